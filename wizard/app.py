"""Start-up: arguments, folders, logging, the lock, settings and progress, the language, the
window. `main()` is the entry point of main.py and of the `jdid-wizard` script."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from wizard import APP_ID, APP_NAME, __version__, cli
from wizard.appdata.jsonfile import BrokenFile
from wizard.appdata.paths import HOME_ENV, AppPaths, resolve_paths

log = logging.getLogger(__name__)

# How long a busy worker thread (HTTP answers, JSON, catalog rows, the practice platform)
# keeps the interpreter before the window gets its turn. Python's 5 ms, paid a few times a
# frame, made the window wait 20-30 ms during an import or a push (issue 15).
WINDOW_SWITCH_INTERVAL_S = 0.001


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    if args.data_dir:
        # Everything started from here (the sandbox, subcommands) uses the same folder.
        os.environ[HOME_ENV] = str(Path(args.data_dir).expanduser().resolve())
    paths = resolve_paths(args.data_dir).ensure()
    from wizard.appdata.logging_setup import setup_logging

    gui = args.command is None and not args.export_guide and not args.self_test
    # The window starts with a plain file handler and switches to the rotating one once it
    # is painted (logging.handlers is slow to import); commands rotate from the start.
    setup_logging(paths.log_file, rotating=not gui)
    log.info("%s %s starting (%s)", APP_NAME, __version__, " ".join(sys.argv[1:]))
    module = cli.subcommand_module(args)
    if module is not None:
        return int(module.run(args) or 0)
    if args.export_guide:  # exit codes: see wizard.ui.qtenv.guide_pdf.run_export_cli
        from wizard.ui.qtenv.guide_pdf import run_export_cli

        return run_export_cli(args.export_guide, args.lang or "en")
    if args.self_test:  # exit codes: see wizard.ui.self_test
        from wizard.ui import self_test

        return self_test.run(paths)
    try:
        profile = profile_argument(args)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2  # wrong arguments, as for the commands
    return run_gui(paths, lang=args.lang, practice=args.sandbox, profile=profile)


def profile_argument(args: Any) -> Any:
    """The checked EndpointProfile of `--profile FILE.json`, or None without it. Checked
    before anything starts, so a bad file changes nothing: ValueError with its sentence."""
    if not args.profile:
        return None
    from wizard.jdid.profiles import ProfileError, load_profile_file

    try:
        return load_profile_file(args.profile)
    except ProfileError as exc:
        raise ValueError(exc.sentence()) from None


class Started(NamedTuple):
    """What start_wizard() built; tests and the benchmark use it too."""

    wizard: Any  # wizard.ui.window.SetupWizard
    ctx: Any  # wizard.ui.context.WizardContext
    switcher: Any  # wizard.i18n.LanguageSwitcher
    notices: list[str]


def load_state(paths: AppPaths) -> tuple[Any, Any, list[BrokenFile]]:
    """Settings and progress; a broken file is set aside as *.bad and reported, not fatal."""
    from wizard.appdata.settings import Settings
    from wizard.flow.position import Position

    broken: list[BrokenFile] = []
    try:
        settings = Settings.load(paths.settings_file)
    except BrokenFile as exc:
        broken.append(exc)
        settings = Settings()
    try:
        progress = Position.load(paths.progress_file)
    except BrokenFile as exc:
        broken.append(exc)
        progress = Position()
    return settings, progress, broken


def start_wizard(
    paths: AppPaths, lang: str | None = None, practice: bool = False, profile: Any = None
) -> Started:
    """Build the window (QApplication must exist). Does not show it. `profile`: a checked
    EndpointProfile from `--profile`, remembered for the real store."""
    from PySide6.QtCore import QCoreApplication

    from wizard.i18n import LanguageSwitcher, system_language
    from wizard.ui.context import WizardContext
    from wizard.ui.window import SetupWizard

    sys.setswitchinterval(WINDOW_SWITCH_INTERVAL_S)
    settings, progress, broken = load_state(paths)
    language = lang or settings.language or system_language()
    switcher = LanguageSwitcher(paths.cache_dir)
    switcher.set_language(language)
    if practice:
        settings.mode = "practice"
    ctx = WizardContext(paths, settings, progress)
    ctx.language = language
    if profile is not None:
        ctx.remember_profile(profile)
    wizard = SetupWizard(ctx)

    def change_language(new: str) -> None:
        if new == ctx.language:
            return
        log.info("language -> %s", new)
        switcher.set_language(new)
        ctx.language = new
        ctx.settings.language = new
        ctx.save_settings()
        ctx.language_changed.emit(new)

    wizard.language_requested.connect(change_language)

    def link_not_opened(url: str, reason: str) -> None:
        from wizard.ui.link_notice import show_link_notice

        show_link_notice(url, reason, wizard)  # never a silent button

    ctx.link_not_opened.connect(link_not_opened)
    notices = []
    for exc in broken:
        notices.append(
            QCoreApplication.translate(
                "App",
                "Your saved %1 could not be read, so the wizard starts fresh. The damaged "
                "file was kept as %2.",
            )
            .replace(
                "%1",
                QCoreApplication.translate("App", "progress")
                if exc.path == paths.progress_file
                else QCoreApplication.translate("App", "settings"),
            )
            .replace("%2", str(exc.bad_path))
        )
    welcome = wizard.built_page("welcome")
    if notices and welcome is not None:
        welcome.show_notice("\n".join(notices))
    ctx.runner.unhandled_error.connect(lambda exc: show_error_dialog(paths.log_file, wizard))
    # After the first paint, so the window shows fast: the endpoint profile (the HTTP client
    # package) or the practice sandbox, then the stored-login check (wizard.ui.pages.connect.login).
    from wizard.ui.widgets import pictures_follow_width

    wizard.call_after_first_paint(pictures_follow_width)
    wizard.call_after_first_paint(ctx.start_mode)
    wizard.call_after_first_paint(lambda: _reconnect_check(wizard))
    return Started(wizard, ctx, switcher, notices)


def _reconnect_check(wizard: Any) -> None:
    from wizard.ui.pages.connect.reconnect import start_reconnect_check

    start_reconnect_check(wizard)  # stored login expired and not renewable: open at step 14


def run_gui(
    paths: AppPaths, lang: str | None = None, practice: bool = False, profile: Any = None
) -> int:
    missing_code = explain_missing_libraries(paths, lang)  # before Qt's misleading message
    if missing_code is not None:
        return missing_code
    from wizard.ui.qtenv import painting, refcount_guard, source_scan, webengine_env

    refcount_guard.apply()  # PySide6 6.12 on Python 3.11: see wizard/ui/qtenv/refcount_guard.py
    webengine_env.prepare()  # before the QApplication: the embedded login's QtWebEngine set-up
    painting.prepare()  # before Qt first paints: no painter threads to wait for
    source_scan.skip()  # PySide6 is loaded now: see wizard/ui/qtenv/source_scan.py
    from PySide6.QtWidgets import QApplication

    from wizard.ui import theme

    app = QApplication.instance() or QApplication([sys.argv[0], *theme.STYLE_ARGUMENTS])
    theme.prepare(app)  # before the first widget: the body size
    # Not before the QApplication: Qt takes the first thread that uses it for its main one.
    from wizard.ui.qtenv.single_instance import InstanceLock

    lock = InstanceLock(paths.lock_file)
    locked = lock.acquire_in_background()  # written to disk while the window's code loads
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    from wizard.appdata.logging_setup import route_qt_messages

    route_qt_messages()
    install_excepthook(paths.log_file)  # from here on no traceback reaches the seller
    # No cyclic collections until the first page is painted and what start-up built is
    # frozen (below): each pass would walk all of Qt's and the pages' new objects, for nothing.
    gc.disable()
    try:
        try:
            from wizard.ui import window  # noqa: F401 - its modules load while the lock is taken

            if not locked():
                tell_already_running(paths, lock.owner_pid(), lang)
                return 0
            started = start_wizard(paths, lang, practice, profile)
        except Exception:
            log.exception("the wizard could not start")
            show_error_dialog(paths.log_file, wait=True)
            return 1
        finish_after_first_paint(app, started.wizard, paths.log_file)
        install_excepthook(paths.log_file, started.wizard)
        started.wizard.show()
        code = app.exec()
        started.ctx.shutdown()
        return code
    finally:
        gc.enable()
        lock.release()


def finish_after_first_paint(app: Any, wizard: Any, log_file: Path) -> None:
    """What the window does once its first page is painted: the app's icon, the rotating
    log, the designed look, the collector. Here for run_gui and tests/bench/gui_stall.py,
    which measures the window as a seller has it."""
    from wizard.appdata.logging_setup import use_rotation

    # QIcon builds ~110 Python enums when first touched: the taskbar gets the app's
    # icon a moment after the first page shows (Qt gives it to the open window too).
    wizard.call_after_first_paint(lambda: set_app_icon(app))
    wizard.call_after_first_paint(lambda: use_rotation(log_file))
    for step in theme_steps(app, wizard):  # before the later pages: fewer widgets to restyle
        wizard.call_before_later_pages(step)
    collect_after_start(wizard)
    # Start-up time for support (and tests/bench/bundle_startup.py): the log's clock.
    wizard.call_after_first_paint(lambda: log.info("first page painted"))


def collect_after_start(wizard: Any) -> None:
    """No cyclic collections until the window's after-paint work is done (the later pages
    built, their modules loaded), then freeze what start-up built and collect again. A full
    pass meanwhile walked all of it and held the interpreter ~20 ms from the worker loading
    the HTTP stack.

    What start-up built (Qt's wrappers, the pages, translations) lives as long as the
    window: out of the collector's sight, a full collection in a worker (a master list, an
    import) walks only what came after and holds the interpreter that much shorter.
    """
    gc.disable()
    wizard.call_after_first_paint(gc.freeze)
    wizard.call_after_first_paint(gc.enable)


def set_app_icon(app: Any) -> None:
    """The app's icon for its windows (and the taskbar)."""
    from PySide6.QtGui import QIcon

    from wizard.flow.steps import RESOURCES_DIR

    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icon.svg")))  # drawn only when shown


def apply_theme(app: Any, wizard: Any, scheme: str | None = None) -> None:
    """The designed look (wizard.ui.theme) and the side panel's progress rail at once.
    `scheme`: "light" or "dark"; None follows the system. The app itself applies it in
    steps (theme_steps), once its first page is painted: polishing every widget would
    otherwise delay the first paint."""
    for step in theme_steps(app, wizard, scheme):
        step()


def theme_steps(app: Any, wizard: Any, scheme: str | None = None) -> list[Any]:
    """apply_theme() in steps, each for an event-loop turn of its own."""
    from wizard.ui import theme

    def header() -> None:
        wizard.currentIdChanged.connect(lambda _id: theme.name_header(wizard))
        theme.name_header(wizard)

    steps = theme.apply_steps(app, scheme, wizard.look_parts())
    panel = wizard.side_panel
    return [*steps, panel.use_rail, panel.draw_rail_ahead, panel.show_rail, header]


def explain_missing_libraries(paths: AppPaths, lang: str | None) -> int | None:
    """Linux with X11: if a library Qt's window needs is missing, say which and how to
    install it, in the seller's language, and return the exit code (None: all there)."""
    from wizard.ui.qtenv import system_libraries as syslibs

    if not syslibs.uses_xcb(os.environ):
        return None
    gone = syslibs.missing(syslibs.WINDOW_LIBRARIES)
    if not gone:
        return None
    try:  # QtCore needs no window system; it translates the explanation
        from PySide6.QtCore import QCoreApplication

        from wizard.i18n import LanguageSwitcher, system_language

        _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        settings, _progress, _broken = load_state(paths)
        language = lang or settings.language or system_language()
        LanguageSwitcher(paths.cache_dir).set_language(language)
        translate = QCoreApplication.translate
    except ImportError as exc:  # QtCore's own libraries are missing: English it is
        log.error("QtCore cannot be loaded: %s", exc)

        def translate(_context: str, text: str) -> str:
            return text

    syslibs.tell(
        translate(syslibs.CONTEXT, syslibs.TITLE_TEXT),
        syslibs.explanation(syslibs.WINDOW_TEXT, gone, translate),
    )
    return syslibs.EXIT_MISSING_LIBRARY


def tell_already_running(paths: AppPaths, pid: int | None, lang: str | None) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    from wizard.i18n import LanguageSwitcher, system_language

    settings, _progress, _broken = load_state(paths)
    LanguageSwitcher(paths.cache_dir).set_language(lang or settings.language or system_language())
    text = QCoreApplication.translate(
        "App",
        "The wizard is already open for this data folder (%1). Switch to that window, "
        "or close it first.",
    ).replace("%1", str(paths.data_dir.parent if os.environ.get(HOME_ENV) else paths.data_dir))
    log.warning("another wizard (pid %s) holds %s; exiting", pid, paths.lock_file)
    print(text, file=sys.stderr)
    if QGuiApplication.platformName() != "offscreen":  # nobody could see it when headless
        QMessageBox.information(None, QCoreApplication.translate("App", "Already open"), text)


_open_dialogs: set[Any] = set()


def show_error_dialog(log_file: Path, parent: Any = None, wait: bool = False) -> None:
    """A short message in the user's language with the log's location; never a traceback.
    `wait`: block until it is closed (when there is no window to keep the app running)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("App", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "App",
            "Something unexpected went wrong. Your progress is saved. Please try again; if it "
            "happens again, send the log file to support.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("App", "Log file: %1").replace("%1", str(log_file))
    )
    if wait and QGuiApplication.platformName() != "offscreen":
        box.exec()
        return
    # Kept referenced until closed: a dialog without a parent would vanish with the last
    # Python reference to it.
    _open_dialogs.add(box)
    box.finished.connect(lambda _result: _open_dialogs.discard(box))
    box.open()


def install_excepthook(log_file: Path, parent: Any = None) -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
        try:
            show_error_dialog(log_file, parent)
        except Exception:  # noqa: BLE001 - the hook must never raise
            log.exception("could not show the error dialog")

    sys.excepthook = hook
