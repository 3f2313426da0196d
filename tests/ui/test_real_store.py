"""The real-store path tells the truth: the welcome card, the platform check before step 1
(against a closed port, a name that does not resolve, a silent host, a reachable sandbox
loaded through --profile), step 12 waiting for it, and profiles loaded in Help."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.ui.conftest import Driver, close
from wizard import cli
from wizard.app import profile_argument, start_wizard
from wizard.appdata.paths import resolve_paths


def profile_file(folder: Path, login: str, gateway: str | None = None, **extra: str) -> Path:
    path = folder / "profile.json"
    raw = {
        "name": "Test platform",
        "oauth_base": login,
        "gateway_base": gateway or login,
        "callback_url": f"{login}/callback",
        **extra,
    }
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


@pytest.fixture
def real(start) -> Callable[..., Driver]:  # noqa: ANN001
    """real(*argv, lang="en", timeout_s=None) -> Driver: the wizard as `main.py *argv` starts
    it (the --profile argument checked the way main() does), shown."""

    def start_like_main(*argv: str, lang: str = "en", timeout_s: float | None = None) -> Driver:
        args = cli.parse_args(list(argv))
        driver = start(lang=lang, practice=args.sandbox, profile=profile_argument(args))
        driver.ctx.reachability.timeout_s = timeout_s
        return driver

    return start_like_main


def wait_checked(d: Driver) -> None:
    d.qtbot.waitUntil(lambda: d.ctx.reachability.state in ("ok", "failed"), timeout=15_000)


def test_the_welcome_card_says_jdid_closed_and_offers_practice(real) -> None:  # noqa: ANN001
    d = real()
    welcome = d.page
    d.qtbot.waitUntil(lambda: welcome.real_card is not None and welcome.real_card.isVisible())
    card = welcome.real_card
    assert "closed its marketplace on 31 March 2023" in card.text.text()
    assert "checks that for you before step 1" in card.text.text()
    d.qtbot.waitUntil(lambda: card.platform.isVisible())
    assert card.platform.text() == "Set up for: JD.ID's own platform (oauth.jd.id)."
    d.click(card.practise)
    assert d.ctx.practice and welcome.practice_radio.isChecked()
    assert not card.isVisible()
    d.click(welcome.real_radio)
    assert not d.ctx.practice and card.isVisible()


def test_the_card_is_built_after_the_first_paint_and_speaks_indonesian(app_home, qtbot) -> None:  # noqa: ANN001
    started = start_wizard(resolve_paths().ensure(), lang="id")
    try:
        welcome = started.wizard.built_page("welcome")
        assert welcome.real_card is None  # nothing extra before the window shows
        started.wizard.show()
        qtbot.waitUntil(lambda: welcome.real_card is not None and welcome.real_card.isVisible())
        assert "31 Maret 2023" in welcome.real_card.text.text()
        assert welcome.real_card.practise.text().replace("&", "") == "Berlatih saja"
    finally:
        close(Driver(started, qtbot))


def test_a_reachable_sandbox_through_profile(real, sandbox, tmp_path) -> None:  # noqa: ANN001
    path = profile_file(tmp_path, sandbox.base_url)
    d = real("--profile", str(path))
    assert d.ctx.flush_saves(10)
    saved = json.loads(d.ctx.paths.settings_file.read_text())
    assert saved["profile"]["oauth_base"] == sandbox.base_url  # remembered
    d.walk_to("reach")
    wait_checked(d)
    view = d.page.view
    assert d.ctx.reachability.ok
    assert "can be reached" in view.summary.text()
    assert view.hosts.text() == f"\u2713 JD.ID login + JD.ID API ({sandbox.base_url[7:]}): answers"
    assert not view.practise.isVisible()
    d.walk_to("step10")
    assert d.page.copy_rows[0].value() == f"{sandbox.base_url}/callback"  # the profile's
    d.walk_to("step12")
    assert d.page.reach_gate() is None
    assert not d.page.reach_view.isVisible()
    assert d.blocked_text() == "Fill in the Shop ID, the API Key and the API Secret to go on."


def test_a_closed_port_names_the_host_and_holds_step_12(real, sandbox, tmp_path) -> None:  # noqa: ANN001
    dead = closed_port_url()
    d = real("--profile", str(profile_file(tmp_path, sandbox.base_url, dead)))
    d.walk_to("reach")
    wait_checked(d)
    view = d.page.view
    host = dead[7:]
    assert view.hosts.text().splitlines() == [
        f"\u2713 JD.ID login ({sandbox.base_url[7:]}): answers",
        f"\u2717 JD.ID API ({host}): cannot be reached",
    ]
    why = view.why.text()
    assert why.startswith(f"{host} was found, but the connection was turned away")
    assert "firewall" in why
    assert "You can still read steps 1 to 11" in view.summary.text()
    assert view.practise.isVisible() and view.again.isEnabled()
    assert d.next_button.isEnabled()  # the guide stays readable
    d.walk_to("step12")
    wait_checked(d)  # entering step 12 checks again
    assert not d.next_button.isEnabled()
    assert "JD.ID cannot be reached from this computer" in d.blocked_text()
    assert d.page.reach_view.isVisible()
    # Still dead when checked again from step 12: the same sentence, Next still off.
    d.click(d.page.reach_view.again)
    wait_checked(d)
    assert "cannot be reached" in d.blocked_text()
    # "Practise instead" from step 12: practice mode, the page no longer waits.
    d.click(d.page.reach_view.practise)
    assert d.ctx.practice
    assert "cannot be reached" not in (d.blocked_text() or "")


def test_a_name_that_does_not_resolve_says_internet_or_gone(real, tmp_path) -> None:  # noqa: ANN001
    d = real("--profile", str(profile_file(tmp_path, "https://jdid-platform.invalid")))
    d.walk_to("reach")
    wait_checked(d)
    text = d.page.view.why.text()
    assert "jdid-platform.invalid could not be found" in text
    assert "not connected to the internet" in text and "31 March 2023" in text
    # "Practise instead" on the check page goes on to step 1 in practice mode.
    d.click(d.page.view.practise)
    assert d.ctx.practice and d.current == "step01"
    assert d.wizard.side_panel._items["reach"].isHidden()


def test_a_silent_host_times_out_with_its_own_sentence(real, tmp_path) -> None:  # noqa: ANN001
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)  # accepts (in the kernel) and never answers
    try:
        url = f"http://127.0.0.1:{server.getsockname()[1]}"
        d = real("--profile", str(profile_file(tmp_path, url)), timeout_s=0.3)
        d.walk_to("reach")
        wait_checked(d)
        text = d.page.view.why.text()
        assert "accepted the connection but did not answer within 0.3 seconds" in text
    finally:
        server.close()


def test_the_check_speaks_indonesian(real, tmp_path) -> None:  # noqa: ANN001
    d = real("--profile", str(profile_file(tmp_path, "https://jdid-platform.invalid")), lang="id")
    d.walk_to("reach")
    wait_checked(d)
    assert "tidak bisa dihubungi" in d.page.view.hosts.text()
    assert "tidak ditemukan" in d.page.view.why.text()
    assert d.page.view.again.text().replace("&", "") == "Periksa lagi"


BAD_PROFILES = {
    "missing field": ({"oauth_base": "https://a.example", "callback_url": "https://b.example"},
                      "gateway_base is missing"),
    "http to a public host": ({"oauth_base": "http://oauth.example.co.id",
                               "gateway_base": "https://a.example",
                               "callback_url": "https://b.example"},
                              "oauth_base must start with https://"),
    "not json": ("{oauth_base: https://a.example", "is not valid JSON"),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD_PROFILES, ids=list(BAD_PROFILES))
def test_a_bad_profile_in_help_says_why_and_changes_nothing(real, tmp_path, case) -> None:  # noqa: ANN001
    from wizard.ui.help_dialog import HelpDialog

    content, words = BAD_PROFILES[case]
    path = tmp_path / "bad.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    d = real()
    d.ctx.save_settings()
    assert d.ctx.flush_saves(10)
    before = d.ctx.paths.settings_file.read_bytes()
    d.qtbot.waitUntil(lambda: d.ctx.profile is not None)
    profile_before = d.ctx.profile
    dialog = HelpDialog(d.ctx, d.wizard)
    box = dialog.profile_box
    box.load_from(path)
    d.qtbot.waitUntil(lambda: box.load_button.isEnabled())
    assert words in box.status.text() and str(path) in box.status.text()
    assert "nothing was changed" in box.status.text().lower()
    assert d.ctx.flush_saves(10)
    assert d.ctx.paths.settings_file.read_bytes() == before
    assert d.ctx.profile == profile_before
    dialog.deleteLater()


def test_a_profile_loaded_in_help_is_used_and_remembered(real, sandbox, tmp_path) -> None:  # noqa: ANN001
    from wizard.ui.help_dialog import HelpDialog

    d = real()
    d.qtbot.waitUntil(lambda: d.ctx.profile is not None)
    dialog = HelpDialog(d.ctx, d.wizard)
    box = dialog.profile_box
    assert "JD.ID's own addresses (the default)" in box.current.text()
    assert not box.default_button.isEnabled()
    box.load_from(profile_file(tmp_path, sandbox.base_url))
    d.qtbot.waitUntil(lambda: box.load_button.isEnabled())
    assert "now uses \u201cTest platform\u201d" in box.status.text()
    assert d.ctx.profile.oauth_base == sandbox.base_url
    assert f"Login: {sandbox.base_url}" in box.current.text()
    assert d.ctx.flush_saves(10)
    saved = json.loads(d.ctx.paths.settings_file.read_text())
    assert saved["profile"]["gateway_base"] == sandbox.base_url
    d.click(box.default_button) if dialog.isVisible() else box.default_button.click()
    assert d.ctx.profile.name == "production"
    assert d.ctx.flush_saves(10)
    assert json.loads(d.ctx.paths.settings_file.read_text())["profile"] == {}
    dialog.deleteLater()
