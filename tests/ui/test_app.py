"""Start-up pieces: one wizard per data folder, the error dialog, logging, the command line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard import cli
from wizard.app import install_excepthook, main
from wizard.appdata.logging_setup import setup_logging
from wizard.appdata.paths import resolve_paths
from wizard.ui.qtenv.single_instance import InstanceLock

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str, env_home: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JDID_WIZARD_HOME=str(env_home))
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_second_wizard_for_the_same_folder_says_so_and_exits(app_home) -> None:
    paths = resolve_paths().ensure()
    lock = InstanceLock(paths.lock_file)
    assert lock.acquire()
    try:
        result = run_main("--lang", "en", env_home=app_home)
    finally:
        lock.release()
    assert result.returncode == 0
    assert "The wizard is already open for this data folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert lock.acquire()  # free again once released
    lock.release()


def test_the_lock_is_taken_while_the_window_loads(app_home) -> None:
    paths = resolve_paths().ensure()
    first, second = InstanceLock(paths.lock_file), InstanceLock(paths.lock_file)
    taken = first.acquire_in_background()
    assert taken() is True
    assert second.acquire_in_background()() is False  # one wizard per data folder
    first.release()
    assert second.acquire()
    second.release()
    third = InstanceLock(paths.lock_file)
    third.acquire_in_background()
    third.release()  # released even if it was still being taken
    assert first.acquire()
    first.release()


def test_the_lock_of_a_crashed_wizard_is_taken_over(app_home) -> None:
    paths = resolve_paths().ensure()
    paths.lock_file.write_text("999999\njdid-setup-wizard\n" + os.uname().nodename + "\n")
    lock = InstanceLock(paths.lock_file)
    assert lock.acquire()
    lock.release()


def test_other_data_folders_are_independent(tmp_path) -> None:
    a = InstanceLock(resolve_paths(tmp_path / "a").lock_file)
    b = InstanceLock(resolve_paths(tmp_path / "b").lock_file)
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_an_unexpected_error_shows_a_short_sentence_and_the_log_location(
    start, monkeypatch
) -> None:
    d = start()
    log_file = d.ctx.paths.log_file
    setup_logging(log_file)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(log_file, d.wizard)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    box = d.wizard.findChild(QMessageBox, "errorDialog")
    assert box is not None and box.isVisible()
    assert box.text().startswith("Something unexpected went wrong.")
    assert box.informativeText() == f"Log file: {log_file}"
    assert "Traceback" not in box.text() + box.informativeText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "RuntimeError: boom in a slot" in log_file.read_text()
    box.close()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_worker_error_nobody_handles_reaches_the_error_dialog(start) -> None:
    d = start()

    def fails() -> None:
        raise OSError("disk gone")

    d.ctx.runner.run(fails)
    d.qtbot.waitUntil(lambda: d.wizard.findChild(QMessageBox, "errorDialog") is not None)
    box = d.wizard.findChild(QMessageBox, "errorDialog")
    assert str(d.ctx.paths.log_file) in box.informativeText()
    box.close()


def test_log_file_rotates(tmp_path) -> None:
    log_file = tmp_path / "logs" / "wizard.log"
    handler = setup_logging(log_file)
    try:
        handler.maxBytes = 2000
        for i in range(100):
            logging.getLogger("wizard.test").info("line %d %s", i, "x" * 40)
        handler.flush()
        assert log_file.exists() and (tmp_path / "logs" / "wizard.log.1").exists()
        assert log_file.stat().st_size <= 2000
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()


def test_command_line_options() -> None:
    args = cli.parse_args(["--sandbox", "--data-dir", "/x", "--lang", "id"])
    assert (args.sandbox, args.data_dir, args.lang, args.command) == (True, "/x", "id", None)
    args = cli.parse_args(["--export-guide", "g.pdf", "--lang", "en"])
    assert args.export_guide == "g.pdf"
    with pytest.raises(SystemExit):
        cli.parse_args(["--lang", "fr"])


def _argparse_answer(argv: list[str]) -> dict[str, object]:
    args = vars(cli.build_parser(with_subcommands=False).parse_args(argv))
    return {"command": None, **args}


def test_the_plain_window_start_is_read_as_argparse_reads_it() -> None:
    for argv in (
        [],
        ["--lang", "en"],
        ["--lang", "id", "--data-dir", "/x y", "--sandbox"],
        ["--data-dir", "", "--profile", "p.json", "--lang", "en", "--lang", "id"],
        ["--export-guide", "g.pdf", "--self-test", "--sandbox"],
    ):
        plain = cli.plain_args(argv)
        assert plain is not None, argv
        assert vars(plain) == _argparse_answer(argv), argv
    # What argparse must see: its help, its errors, its other spellings, the subcommands.
    for argv in (
        ["--help"],
        ["--lang", "fr"],
        ["--lang"],
        ["--lang=en"],
        ["--la", "en"],
        ["--data-dir", "--sandbox"],
        ["sync", "--dry-run"],
        ["--data-dir", "/x", "import"],
        ["extra"],
    ):
        assert cli.plain_args(argv) is None, argv


def test_the_plain_start_knows_every_option_of_the_parser() -> None:
    options = {}
    for action in cli.build_parser(with_subcommands=False)._actions:
        if action.dest != "help":
            (name,) = action.option_strings
            options[name] = (action.nargs, action.const, action.choices)
    plain = {name: (None, None, choices) for name, choices in cli.PLAIN_VALUES.items()}
    plain.update({name: (0, True, None) for name in cli.PLAIN_FLAGS})
    assert options == plain


def test_subcommands_are_registered_and_get_the_shared_options() -> None:
    for name in ("import", "sync"):
        assert name in cli.SUBCOMMANDS
    args = cli.parse_args(["--data-dir", "/x", "sync", "--dry-run"])
    assert args.command == "sync" and args.data_dir == "/x"
    assert cli.subcommand_module(args).__name__ == cli.SUBCOMMANDS["sync"]


def test_export_guide_option_writes_the_pdf(app_home, tmp_path, capsys) -> None:
    assert QApplication.instance() is not None or True
    target = tmp_path / "panduan.pdf"
    assert main(["--export-guide", str(target), "--lang", "id"]) == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_export_guide_to_an_impossible_place_gives_a_sentence(app_home, tmp_path, capsys) -> None:
    target = tmp_path / "missing-folder" / "x" / "guide.pdf"
    (tmp_path / "missing-folder").write_text("a file, not a folder")
    assert main(["--export-guide", str(target)]) == 3
    err = capsys.readouterr().err
    assert err.strip() and "Traceback" not in err


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_failing_start_shows_the_error_dialog_not_a_traceback(app_home, monkeypatch, capsys):
    import wizard.app as app_module

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("cannot build the window")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "start_wizard", broken)
    paths = resolve_paths().ensure()
    setup_logging(paths.log_file)
    assert app_module.run_gui(paths, lang="en") == 1
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "errorDialog" and w.isVisible()
    ]
    assert boxes and boxes[-1].informativeText() == f"Log file: {paths.log_file}"
    assert "Traceback" not in capsys.readouterr().err
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "RuntimeError: cannot build the window" in paths.log_file.read_text()
    for box in boxes:
        box.close()
        box.deleteLater()
    assert InstanceLock(paths.lock_file).acquire()  # the lock was given back


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_help_button_opens_the_help_dialog(start) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWizard

    d = start()
    seen = []

    def close_help() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "HelpDialog" and w.isVisible()
        )
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, close_help)
    d.click(d.button(QWizard.WizardButton.HelpButton))
    assert seen == ["Help and information"]

    QTimer.singleShot(0, close_help)  # F1, the key support staff tell sellers to press
    QTest.keyClick(d.wizard, Qt.Key.Key_F1)
    assert seen == ["Help and information"] * 2


def _help_says(d) -> str:  # noqa: ANN001 (Driver)
    """Press Help as the seller does; what its where-you-are line says."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWizard

    seen = []

    def read_and_close() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if type(w).__name__ == "HelpDialog" and w.isVisible()
        )
        seen.append(dialog.where.text() if dialog.where.isVisible() else "")
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    d.click(d.button(QWizard.WizardButton.HelpButton))
    return seen[0]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen Help
@pytest.mark.parametrize(
    ("lang", "welcome", "on_step_7"),
    [
        (
            "en",
            "You are on: Welcome",
            "You are on: Step 7 of 17: Name the app after your store. "
            "Tell this to the person who helps you.",
        ),
        (
            "id",
            "Anda sekarang di: Selamat datang",
            "Anda sekarang di: Langkah 7 dari 17: Beri nama app sesuai nama toko. "
            "Sebutkan ini kepada orang yang membantu Anda.",
        ),
    ],
)
def test_help_says_which_step_the_seller_is_on_in_their_language(
    start, lang: str, welcome: str, on_step_7: str
) -> None:
    d = start(lang=lang, practice=True)
    assert _help_says(d).startswith(welcome)
    d.walk_to("step07")
    assert _help_says(d) == on_step_7


def test_data_dir_puts_every_file_under_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("JDID_WIZARD_HOME", "")  # recorded, so main()'s value is undone after
    monkeypatch.delenv("JDID_WIZARD_HOME")
    home = tmp_path / "support-case-17"
    target = home / "guide.pdf"
    assert main(["--data-dir", str(home), "--export-guide", str(target), "--lang", "en"]) == 0
    assert os.environ["JDID_WIZARD_HOME"] == str(home)  # for everything started from here
    assert (home / "logs" / "wizard.log").exists() and target.exists()
    assert resolve_paths().data_dir == home / "data"
