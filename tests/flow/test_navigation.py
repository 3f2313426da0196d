"""The wizard's navigation walked as data, without Qt (wizard.flow.navigation).

The step order is the real one (the steps table and the page registry's rule), read here
without importing the registry (it is a ui module): every step of the table up to "done".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wizard.flow.navigation import (
    API_KEY,
    BACK,
    FORWARD,
    SHOP_CORRECTED,
    SHOP_ID,
    Flow,
    SellerAnswers,
)
from wizard.flow.steps import STEPS

ROOT = Path(__file__).resolve().parents[2]
STEP_IDS = [s.id for s in STEPS]
GUIDE = [f"step{n:02d}" for n in range(1, 12)]
LATER = [f"step{n:02d}" for n in range(12, 18)]


def flow(practice: bool = True, qualified: str | None = "yes") -> Flow:
    return Flow(STEP_IDS, SellerAnswers(qualified=qualified), practice=lambda: practice)


def everything_complete(_step: str) -> bool:
    return True


def test_the_step_table_is_the_order_the_flow_walks() -> None:
    assert STEP_IDS[:4] == ["welcome", "qualified", "upgrade", "reach"]
    assert STEP_IDS[4:] == [*GUIDE, *LATER, "done"]


@pytest.mark.parametrize(
    ("practice", "expected"),
    [
        (True, ["welcome", "qualified", *GUIDE, *LATER, "done"]),
        (False, ["welcome", "qualified", "reach", *GUIDE, *LATER, "done"]),
    ],
)
def test_a_qualified_seller_walks_every_page_of_the_mode(practice, expected) -> None:
    f = flow(practice=practice)
    assert f.walk(everything_complete) == expected
    assert f.next_step("done") is None and f.page_id(None) == -1
    assert f.skipped() == (() if not practice else ("reach",))


def test_a_basic_seller_goes_to_the_upgrade_page_and_stops_there_until_ticked() -> None:
    f = flow(qualified="no")
    assert f.next_step("qualified") == "upgrade"
    ticked = {"upgrade": False}
    walked = f.walk(lambda s: ticked.get(s, True))
    assert walked == ["welcome", "qualified", "upgrade"]
    ticked["upgrade"] = True  # JD.ID upgraded the store
    assert f.walk(lambda s: ticked.get(s, True))[3] == "step01"
    f.answers.qualified = "yes"  # the answer changed: the upgrade page is not on the way
    assert f.next_step("qualified") == "step01"


@pytest.mark.parametrize("answer", [None, "unsure"])
def test_no_answer_or_not_sure_stops_at_the_qualified_page(answer) -> None:
    f = flow(qualified=answer)
    assert f.walk(lambda s: s != "qualified") == ["welcome", "qualified"]


def test_the_real_store_goes_through_the_platform_check_and_practice_skips_it() -> None:
    mode = {"practice": False}
    f = Flow(STEP_IDS, SellerAnswers(qualified="yes"), practice=lambda: mode["practice"])
    assert f.next_step("qualified") == "reach" and f.next_step("reach") == "step01"
    mode["practice"] = True  # switched on the welcome page: asked again each time
    assert f.next_step("qualified") == "step01"


def test_page_ids_are_positions_in_the_order() -> None:
    f = flow()
    assert [f.page_id(s) for s in STEP_IDS] == list(range(len(STEP_IDS)))


def test_a_commit_point_locks_every_step_up_to_it_and_a_busy_page_holds_back() -> None:
    f = flow()
    path = f.walk(lambda s: s != "step16")
    assert path[-1] == "step16" and f.back_allowed(path)
    f.set_busy("step16")  # the import is running
    assert not f.back_allowed(path)
    f.set_committed("step16")
    f.set_busy("step16", False)  # finished: Back on step 16 itself is on again
    assert f.back_allowed(path) and f.locked(path) == []
    onwards = [*path, "step17"]
    assert f.locked(onwards) == path  # from step 17 nothing up to step 16 is reached again
    assert not f.back_allowed(onwards)
    assert f.route(onwards, "step12") is None and f.route(onwards, "step16") is None
    assert "step16" not in f.reachable(onwards, visited=onwards)


def test_routes_go_back_along_the_path_or_forward_over_pages() -> None:
    f = flow()
    path = f.walk(lambda s: s != "step05")
    assert f.route(path, "step02") == BACK
    assert f.route(path, "step10") == FORWARD
    assert f.route(path, "step05") is None  # already there
    assert f.route(path, "nowhere") is None


def test_the_side_panel_reaches_the_path_and_pages_seen_before_but_not_a_stale_upgrade() -> None:
    f = flow(qualified="no")
    seen = ["welcome", "qualified", "upgrade"]
    assert f.reachable(["welcome", "qualified"], seen) == set(seen)
    f.answers.qualified = "yes"
    assert f.reachable(["welcome", "qualified"], seen) == {"welcome", "qualified"}


def test_resume_replays_the_saved_path_but_not_onto_done() -> None:
    f = flow()
    assert f.resume_path(["welcome", "qualified", "gone_page", "step01"]) == [
        "welcome",
        "qualified",
        "step01",
    ]
    assert f.resume_path([*STEP_IDS[:2], *GUIDE, *LATER, "done"])[-1] == "step17"
    assert f.offers_resume(["welcome", "qualified"], started=True)
    assert not f.offers_resume(["welcome"], started=True)
    assert not f.offers_resume(["welcome", "qualified"], started=False)
    assert not f.offers_resume(["welcome", "removed"], started=True)


def test_reconnect_enters_at_the_login() -> None:
    assert flow().reconnect_entry() == "step14"


def test_answers_tell_listeners_what_changed_and_the_secret_is_not_in_the_repr() -> None:
    answers = SellerAnswers()
    heard: list[str] = []
    answers.listen(heard.append)
    answers.set_credentials("10023456", "KEY", "s3cret-value")
    answers.set(SHOP_ID, "10023456")  # unchanged: nobody is told
    assert heard == [SHOP_ID, API_KEY, "api_secret"]
    answers.correct_shop_id("10098765")
    assert heard[-2:] == [SHOP_ID, SHOP_CORRECTED]
    assert answers.credentials() == ("10098765", "KEY", "s3cret-value")
    assert "s3cret-value" not in repr(answers) and "10098765" in repr(answers)
    with pytest.raises(KeyError):
        answers.set("password", "x")


def test_the_flow_never_needs_qt() -> None:
    probe = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"  # importing PySide6 now raises ImportError
        "from wizard.flow import navigation, steps\n"
        "f = navigation.Flow([s.id for s in steps.STEPS], navigation.SellerAnswers('1', 'k'))\n"
        "print(len(f.walk(lambda s: True)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 20  # welcome, qualified, steps 1-17, done (practice)
