"""The Help dialog as a seller or support person uses it: folders, and a clean diagnostics zip."""

from __future__ import annotations

import json
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from wizard import __version__
from wizard.appdata import secrets
from wizard.appdata.paths import resolve_paths
from wizard.appdata.settings import Settings
from wizard.jdid import Token
from wizard.ui.context import WizardContext
from wizard.ui.help_dialog import HelpDialog

API_KEY = "app-key-123"
API_SECRET = "S3cr3t-value-9911"
ACCESS = "acc-token-5f5f5f"
REFRESH = "ref-token-6e6e6e"

# Harmless: the headless "offscreen" platform cannot pass size hints of a dialog on.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def ctx(app_home, memory_keyring, qtbot):
    paths = resolve_paths().ensure()
    settings = Settings(store_name="Toko Maju", shop_id="10012345", api_key=API_KEY)
    settings.save(paths.settings_file)
    # A secret that slipped into the settings file and the log (what the zip must scrub).
    raw = json.loads(paths.settings_file.read_text("utf-8"))
    raw["note"] = f"secret was {API_SECRET}"
    paths.settings_file.write_text(json.dumps(raw), "utf-8")
    paths.log_file.write_text(
        f"INFO wizard.app: started\nDEBUG got {ACCESS} and {REFRESH} and {API_SECRET}\n",
        "utf-8",
    )
    secrets.save_api_secret(API_KEY, API_SECRET)
    now = time.time()
    secrets.save_token(API_KEY, Token(ACCESS, REFRESH, now + 3600, now, "", "", "10012345"))
    context = WizardContext(paths, settings)
    context.opened = []
    context.url_opener = context.opened.append
    yield context
    context.shutdown()


@pytest.fixture
def dialog(ctx, qtbot) -> HelpDialog:
    dlg = HelpDialog(ctx, None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """The save dialog answers `path` (None = the user cancels); returns the offered names."""
    offered: list[str] = []

    def fake(parent, caption, directory, filters):  # noqa: ANN001
        offered.append(directory)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return offered


def test_shows_name_version_and_folders(dialog: HelpDialog, ctx) -> None:
    assert dialog.title.text() == "JD.ID Setup Wizard"
    assert __version__ in dialog.version.text()
    for key, folder in (
        ("data", ctx.paths.data_dir),
        ("config", ctx.paths.config_dir),
        ("log", ctx.paths.log_dir),
    ):
        field = dialog.folder_fields[key]
        assert field.text() == str(folder) and field.isReadOnly() and field.isVisible()
    dialog.grab().save(str(ctx.paths.cache_dir / "help.png"))


def test_open_folder_buttons_open_the_folders(dialog: HelpDialog, ctx, qtbot) -> None:
    shutil.rmtree(ctx.paths.data_dir)  # not created yet, as on a fresh install
    qtbot.mouseClick(dialog.open_buttons["data"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_buttons["log"], Qt.MouseButton.LeftButton)
    assert ctx.opened == [
        QUrl.fromLocalFile(str(ctx.paths.data_dir)).toString(),
        QUrl.fromLocalFile(str(ctx.paths.log_dir)).toString(),
    ]
    assert ctx.paths.data_dir.is_dir()


def test_save_diagnostics_writes_a_zip_without_secrets(
    dialog: HelpDialog, ctx, qtbot, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "out" / "support"  # no .zip: the dialog adds it
    target.parent.mkdir()
    offered = _choose_file(monkeypatch, target)
    with qtbot.waitSignal(dialog.diagnostics_saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        # while it works: the button is off and the dialog says why
        assert not dialog.save_button.isEnabled()
        assert dialog.status.isVisible() and "Saving" in dialog.status.text()
    written = Path(saved.args[0])
    assert written == target.with_name("support.zip") and written.is_file()
    assert offered and offered[0].endswith(".zip")
    assert dialog.save_button.isEnabled() and not dialog.busy.isVisible()
    assert str(written) in dialog.status.text()

    with zipfile.ZipFile(written) as zf:
        members = {n: zf.read(n).decode("utf-8") for n in zf.namelist()}
    assert {"logs/wizard.log", "config/settings.json", "system.json"} <= set(members)
    assert "INFO wizard.app: started" in members["logs/wizard.log"]
    assert json.loads(members["config/settings.json"])["store_name"] == "Toko Maju"
    system = json.loads(members["system.json"])
    assert system["qt"] and system["qt_platform"] == "offscreen"
    for name, text in members.items():
        for secret in (API_SECRET, ACCESS, REFRESH):
            assert secret not in text, f"{secret} leaked into {name}"

    qtbot.mouseClick(dialog.show_saved_button, Qt.MouseButton.LeftButton)
    assert ctx.opened[-1] == QUrl.fromLocalFile(str(written.parent)).toString()


def test_unwritable_place_gives_a_sentence_and_the_button_back(
    dialog: HelpDialog, qtbot, tmp_path: Path, monkeypatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", "utf-8")
    _choose_file(monkeypatch, blocker / "diag.zip")
    with qtbot.waitSignal(dialog.diagnostics_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "could not be saved" in failed.args[0] and "another folder" in failed.args[0]
    assert dialog.status.text() == failed.args[0]
    assert dialog.save_button.isEnabled()
    assert not dialog.show_saved_button.isVisible()


def test_cancelling_the_file_choice_does_nothing(dialog: HelpDialog, ctx, qtbot, monkeypatch):
    _choose_file(monkeypatch, None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_button.isEnabled() and not dialog.status.isVisible()
    assert not ctx.runner.busy


def test_save_the_guide_as_pdf(dialog: HelpDialog, ctx, qtbot, tmp_path: Path, monkeypatch):
    target = tmp_path / "guide"
    offered = _choose_file(monkeypatch, target)
    with qtbot.waitSignal(dialog.guide_saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.guide_button, Qt.MouseButton.LeftButton)
        # one file at a time: both buttons wait, and say why
        assert not dialog.guide_button.isEnabled() and not dialog.save_button.isEnabled()
        assert dialog.save_button.toolTip()
    written = Path(saved.args[0])
    assert written == tmp_path / "guide.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert offered[0].endswith(".pdf")
    assert str(written) in dialog.status.text()
    assert dialog.guide_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.save_button.toolTip()


def test_texts_are_found_by_lupdate_and_switch_language_live(dialog: HelpDialog, tmp_path: Path):
    """lupdate files the dialog's texts under "HelpDialog"; an installed translation shows at
    once (LanguageChange), without reopening the dialog."""
    import subprocess
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication, QTranslator

    from wizard import i18n
    from wizard.ui import help_dialog

    ts = tmp_path / "help_id.ts"
    subprocess.run(
        [*i18n._pyside_tool("lupdate"), "-silent", "-locations", "none",
         help_dialog.__file__, "-ts", str(ts)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    tree = ET.parse(ts)
    contexts = {c.findtext("name"): c for c in tree.getroot().iter("context")}
    assert set(contexts) == {"HelpDialog"}
    for message in contexts["HelpDialog"].iter("message"):
        if message.findtext("source") == "Help and information":
            translation = message.find("translation")
            translation.text = "Bantuan dan informasi"
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    qm = tmp_path / "help_id.qm"
    i18n.release(ts, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        QCoreApplication.processEvents()
        assert dialog.windowTitle() == "Bantuan dan informasi"
    finally:
        QCoreApplication.removeTranslator(translator)
    QCoreApplication.processEvents()
    assert dialog.windowTitle() == "Help and information"


def test_the_dialog_fits_the_screen_and_close_stays_on_it(dialog: HelpDialog, qtbot) -> None:
    """Taller than a laptop screen when whole: the texts scroll, Close stays visible."""
    room = dialog.screen().availableGeometry()
    assert dialog.geometry().height() <= room.height()
    assert room.contains(dialog.buttons.mapToGlobal(dialog.buttons.rect().bottomRight()))
    dialog.resize(dialog.width(), 400)  # as on a small screen: the texts scroll, not Close
    qtbot.waitUntil(lambda: dialog.scroll.verticalScrollBar().maximum() > 0)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and dialog.rect().contains(close.geometry().center())
    dialog.scroll.ensureWidgetVisible(dialog.profile_box)
    assert dialog.scroll.verticalScrollBar().value() > 0
