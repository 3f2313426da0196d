"""The one problem table (wizard.flow.problems), read without Qt: one row per key, every
place it reports in, the step that fixes it, and the sentence function both the GUI and
the CLI use."""

from __future__ import annotations

import pytest

from wizard.flow import problems
from wizard.flow.problems import CONNECT, IMPORT, IMPORT_PAGE, PROBLEMS, SYNC, SYNC_PAGE
from wizard.flow.steps import STEPS

STEP_IDS = {s.id for s in STEPS}


def test_every_row_is_complete_where_it_reports() -> None:
    assert len(PROBLEMS) == len({p.key for p in problems._ROWS})  # each key once
    for p in PROBLEMS.values():
        assert p.texts and set(p.texts) <= set(problems.CONTEXTS), p.key
        assert p.fix_step is None or p.fix_step in STEP_IDS, p.key
        assert p.action in ("retry", "step", "login", "session_only"), p.key
        if p.action == "step":
            assert p.fix_step is not None, p.key
        if CONNECT in p.texts:  # steps 13-15 show a heading and an action button
            assert p.title and p.action_label, p.key
        assert all(t.strip() == t and t.endswith((".", ")")) for t in p.texts.values()), p.key


def test_every_place_has_its_fallback_row() -> None:
    for where, (fallback, at) in problems.FALLBACK.items():
        assert problems.known(fallback, at), where


def test_a_sentence_is_found_by_key_and_place_and_falls_back_for_an_unknown_key() -> None:
    login = PROBLEMS["login_expired"]
    assert problems.sentence("login_expired", IMPORT) == login.texts[IMPORT]
    assert problems.sentence("login_expired", SYNC) == login.texts[SYNC]
    assert "(step 14)" in login.texts[IMPORT] and problems.fix_step("login_expired") == "step14"
    assert problems.sentence("no_such_key", SYNC) == PROBLEMS["platform_error"].texts[SYNC]
    assert problems.sentence(None, IMPORT) == PROBLEMS["internal_error"].texts[IMPORT]
    seen: list[tuple[str, str]] = []
    problems.sentence("no_import", SYNC_PAGE, lambda c, t: seen.append((c, t)) or t.upper())
    assert seen == [("SyncPage", PROBLEMS["no_import"].texts[SYNC_PAGE])]


@pytest.mark.parametrize(
    ("key", "places", "from_platform", "expected"),
    [
        ("not_set_up", (IMPORT_PAGE, IMPORT), False, ("not_set_up", IMPORT_PAGE)),
        ("no_network", (IMPORT_PAGE, IMPORT), True, ("no_network", IMPORT)),
        ("oauth_denied", (IMPORT_PAGE, IMPORT), True, ("platform_error", IMPORT)),
        ("odd", (IMPORT_PAGE, IMPORT), False, ("internal_error", IMPORT)),
        ("odd", (SYNC_PAGE,), False, ("internal_error", SYNC_PAGE)),
        ("odd", (SYNC_PAGE, SYNC), True, ("platform_error", SYNC)),
    ],
)
def test_describe_picks_the_first_place_that_knows_the_key(
    key, places, from_platform, expected
) -> None:
    assert problems.describe(key, places, from_platform) == expected


def test_the_cli_reads_the_same_sentences() -> None:
    from wizard.jobs import export_sync, import_texts

    assert problems.texts_of(IMPORT) == import_texts.STOP_REASONS
    assert problems.texts_of(SYNC) == export_sync.STOP_REASONS
    assert export_sync.stop_sentence("rate_limited") == PROBLEMS["rate_limited"].texts[SYNC]
