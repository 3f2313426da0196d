"""Every page and dialog of the wizard as a PNG, for support guides and the README:

    python -m wizard.screens OUTDIR [--lang id|en] [--theme light|dark] [--size WxH]

Drives the real app in practice mode (its own temp folder, the built-in practice platform,
a password store in memory) the way a seller goes: welcome, the Qualified answers, steps
1-11, step 12 empty and filled, Install, the login in the seller's own browser, the
connected shop, the import with its report lists and the master-list summary, export sync
with its preview (with changes and without), the finish page, Help and the close question.
Prints `screens: N`, `english_in_indonesian: N` (visible texts in Indonesian mode that are
an English source text of the catalogue, not a name such as JD.ID or API Key) and
`clipped_texts: N` (labels and buttons whose text does not fit), and writes the offending
texts to OUTDIR/findings.txt. Exit code 0; 2 for wrong arguments; 1 if a page could not be
reached (its name is printed).
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from wizard.i18n import I18N_DIR

ALWAYS_ALLOWED = {"JD.ID", "Shop ID", "API Key", "API Secret", "SKU", "Email:", "OK", "CSV"}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m wizard.screens", description=__doc__)
    parser.add_argument("outdir")
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--size", default="1366x768", help="window size, e.g. 800x560")
    args = parser.parse_args(argv)
    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 1366x768, not {args.size!r}")
    args.width, args.height = w, h
    return args


def english_sources() -> set[str]:
    """Source texts whose Indonesian translation differs from them (names such as "Shop ID"
    are the same in both languages and are not counted)."""
    found: set[str] = set()
    for name in ("wizard_id.ts", "qt_id.ts"):
        for msg in ET.parse(I18N_DIR / name).getroot().iter("message"):
            source, tr = msg.findtext("source") or "", msg.findtext("translation") or ""
            if source and tr != source:  # an empty translation shows the English too
                found.add(source.replace("&", "").strip())
    return found


class Audit:
    """What one screen shows: English left in Indonesian mode, texts that do not fit."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.english = english_sources() if lang == "id" else set()
        self.findings: list[str] = []
        self.english_count = 0
        self.clipped_count = 0

    def check(self, screen: str, root: Any) -> None:
        from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit

        seen: set[tuple[str, str]] = set()
        from PySide6.QtGui import QGuiApplication

        texts: list[tuple[Any, str]] = [(root, root.windowTitle())]
        texts.append((root, QGuiApplication.applicationDisplayName()))  # in every title
        for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
            if w.isVisibleTo(root) and w.isVisible():
                texts.append((w, w.text()))
        for box in root.findChildren(QGroupBox):
            if box.isVisible():
                texts.append((box, box.title()))
        for edit in root.findChildren(QLineEdit):
            if edit.isVisible():
                texts.append((edit, edit.placeholderText()))
        self._overlaps(screen, root, seen)
        for widget, text in texts:
            plain = (text or "").replace("&", "").strip()
            if not plain:
                continue
            if self.lang == "id" and plain in self.english and plain not in ALWAYS_ALLOWED:
                key = ("en", plain)
                if key not in seen:
                    seen.add(key)
                    self.english_count += 1
                    self.findings.append(f"{screen}: English: {plain!r}")
            if widget is not root and self._clipped(widget):
                key = ("clip", widget.objectName() + plain)
                if key not in seen:
                    seen.add(key)
                    self.clipped_count += 1
                    name = widget.objectName() or type(widget).__name__
                    self.findings.append(f"{screen}: clipped {name}: {plain[:70]!r}")

    def _overlaps(self, screen: str, root: Any, seen: set[tuple[str, str]]) -> None:
        """A button drawn over a text (both visible, neither inside the other)."""
        from PySide6.QtCore import QRect
        from PySide6.QtWidgets import QAbstractButton, QLabel

        def area(w: Any) -> QRect:  # the part not cut off by a scroll area
            shown = w.visibleRegion().boundingRect()
            return QRect(w.mapTo(root, shown.topLeft()), shown.size())

        labels = [lb for lb in root.findChildren(QLabel) if lb.isVisible() and lb.text()]
        for button in root.findChildren(QAbstractButton):
            if not button.isVisible() or button.width() <= 1:
                continue
            for label in labels:
                if label.isAncestorOf(button) or button.isAncestorOf(label):
                    continue
                if area(button).intersected(area(label)).width() > 4:
                    key = ("over", button.objectName() + label.text())
                    if key not in seen:
                        seen.add(key)
                        self.clipped_count += 1
                        self.findings.append(
                            f"{screen}: {button.objectName() or button.text()!r} drawn over "
                            f"{label.text()[:50]!r}"
                        )

    @staticmethod
    def _cut_off_sideways(widget: Any) -> bool:
        """Wider than the scroll area (or window) it sits in: its right part is not shown,
        and the pages never scroll sideways."""
        from PySide6.QtWidgets import QAbstractScrollArea

        window = widget.window()
        right = widget.mapTo(window, widget.rect().topRight()).x()
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                view = parent.viewport()
                return right > view.mapTo(window, view.rect().topRight()).x() + 2
            parent = parent.parentWidget()
        return right > window.width() + 2

    @staticmethod
    def _clipped(widget: Any) -> bool:
        from PySide6.QtWidgets import QAbstractButton, QLabel

        if widget.width() <= 1 or widget.height() <= 1:
            return False
        if Audit._cut_off_sideways(widget):
            return True
        if isinstance(widget, QLabel):
            if widget.pixmap() is not None and not widget.pixmap().isNull():
                return False
            rect = widget.contentsRect()
            if widget.wordWrap():
                return widget.heightForWidth(widget.width()) > widget.height() + 2
            hint = widget.minimumSizeHint()
            return hint.width() > rect.width() + widget.margin() * 2 + 2 or (
                hint.height() > widget.height() + 2
            )
        if isinstance(widget, QAbstractButton):
            return widget.minimumSizeHint().width() > widget.width() + 2
        return False


class Tour:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.out = Path(args.outdir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.audit = Audit(args.lang)
        self.count = 0
        self.started: Any = None
        self.opened: list[str] = []

    # ----- plumbing ---------------------------------------------------------------------------
    def wait(self, condition: Callable[[], bool], what: str, seconds: float = 30) -> None:
        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError(what)
            QCoreApplication.processEvents()
            time.sleep(0.01)

    def settle(self, ms: int = 60) -> None:
        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def shot(self, name: str, widget: Any = None) -> None:
        widget = widget or self.wizard
        self.settle()
        self.count += 1
        path = self.out / f"{self.count:02d}_{name}.png"
        widget.grab().save(str(path))
        self.audit.check(name, widget)

    @property
    def wizard(self) -> Any:
        return self.started.wizard

    @property
    def page(self) -> Any:
        return self.wizard.currentPage()

    def next(self) -> None:
        self.wizard.next()
        self.settle()

    def modal(self, name: str, trigger: Callable[[], None], close: str = "reject") -> None:
        """Open a dialog that runs its own loop (exec), picture it, close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        def grab() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(50, grab)
                return
            self.shot(name, box)
            getattr(box, close)()

        QTimer.singleShot(100, grab)
        trigger()

    # ----- the journey ------------------------------------------------------------------------
    def run(self) -> None:
        from PySide6.QtWidgets import QApplication

        from wizard.app import apply_theme, start_wizard
        from wizard.appdata.paths import resolve_paths

        app = QApplication.instance()
        paths = resolve_paths().ensure()
        # Indonesian is chosen on the welcome page, as a seller does: texts made before the
        # switch must follow it too.
        self.started = start_wizard(paths, lang="en", practice=True)
        self.started.ctx.url_opener = self.opened.append
        w = self.wizard
        w.setMinimumSize(min(w.minimumWidth(), self.args.width), min(w.minimumHeight(), 400))
        w.resize(self.args.width, self.args.height)
        w.show()
        self.wait(lambda: w._painted, "the first paint")
        apply_theme(app, w, self.args.theme)
        w.resize(self.args.width, self.args.height)
        self.wait(lambda: self.started.ctx.sandbox is not None, "the practice platform", 60)
        self.wizard.ensure_all_pages()  # as after the first paint
        if self.args.lang != "en":
            combo = self.page.language
            combo.setCurrentIndex(combo.findData(self.args.lang))
            self.settle()
        self.shot("welcome")
        self.modal("help", w.open_help)
        self.next()
        qualified = self.page
        for answer in ("not_sure", "no"):
            if answer in qualified.radios:
                qualified.radios[answer].click()
                self.shot(f"qualified_{answer}")
        qualified.radios["yes"].click()
        self.shot("qualified_yes")
        self.next()
        for _ in range(20):
            step_id = self.wizard.current_step_id()
            if step_id == "step12":
                break
            page = self.page
            for row in getattr(page, "copy_rows", []):
                if row.key == "store_name" and not row.value():
                    row.field.setText(self.started.ctx.sandbox.account.shop_name)
            check = getattr(page, "console_check", None)
            if check is not None and self.started.ctx.practice:
                # Checked live in the practice console: its answer first, then "Do this
                # step for me" as a seller in a hurry would.
                self.wait(lambda c=check: c.result is not None and not c.busy, "the check")
                self.shot(step_id)
                if not check.passed:
                    check.do_button.click()
                    self.wait(lambda c=check: c.passed and not c.busy, "the step done")
                    self.shot(f"{step_id}_done")
            else:
                self.shot(step_id)
                box = getattr(page, "confirm_box", None)
                if box is not None and not box.isChecked():
                    box.click()
            self.next()
        self.credentials()
        self.install()
        self.login()
        self.shot("step15")
        self.next()
        self.products()
        self.next()
        self.sync()
        self.next()
        self.shot("finish")
        self.modal("close_question", self.wizard.reject)

    def credentials(self) -> None:
        account = self.started.ctx.sandbox.account
        page = self.page
        self.shot("step12_empty")
        page.fields["shop_id"].edit.setText("12ab")
        page.fields["shop_id"].edit.editingFinished.emit()
        self.shot("step12_bad_shop_id")
        values = {
            "shop_id": str(account.shop_id),
            "api_key": account.app_key,
            "api_secret": account.app_secret,
        }
        for name, value in values.items():
            page.fields[name].edit.setText(value)
        self.shot("step12")
        self.next()

    def install(self) -> None:
        page = self.page
        self.shot("step13")
        page.install_button.click()
        self.wait(lambda: not page.busy, "Install")
        self.shot("step13_done")
        self.next()

    def login(self) -> None:
        from urllib.parse import parse_qs, urlsplit

        from wizard.sandbox.practice_login import login_redirect

        page = self.page
        self.shot("step14")
        page.login_button.click()  # the embedded login, as most sellers do it
        self.settle()
        self.shot("step14_opening")
        self.wait(lambda: page._status_key == "form", "the login form", 60)
        self.settle(500)  # the form's first paint
        self.shot("step14_login_form")
        page.browser_button.click()
        self.settle()
        self.shot("step14_own_browser")
        state = parse_qs(urlsplit(self.opened[-1]).query)["state"][0]
        page.paste_edit.setText("https://example.com/not-it")
        page.paste_button.click()
        self.settle()
        self.shot("step14_wrong_address")
        page.paste_edit.setText(login_redirect(self.started.ctx.sandbox, state))
        page.paste_button.click()
        self.wait(page.logged_in, "the login")
        self.shot("step14_done")
        self.next()
        self.wait(lambda: self.page.isComplete(), "the connected shop")

    def products(self) -> None:
        from wizard.jobs import REPORT_KINDS

        page = self.page
        self.wait(lambda: page.state != "checking", "the product list check")
        self.shot("step16")
        page.start_import()
        self.wait(lambda: page.state in ("done", "failed"), "the import", 120)
        self.shot("step16_report")
        for kind in REPORT_KINDS:
            if page.report is not None and page.report.count(kind):
                dialog = page.open_list(kind)
                self.wait(lambda d=dialog: d.model.rowCount() > 0, f"the {kind} list")
                self.shot(f"step16_list_{kind}", dialog)
                dialog.close()
        masters = self.masters_file(page)
        page.load_masters(str(masters))
        self.wait(lambda: page.masters_dialog is not None, "the master list summary")
        self.shot("step16_masters", page.masters_dialog)
        page.masters_dialog.accept()
        self.wait(lambda: not page.masters_busy, "saving the master list")
        self.shot("step16_masters_saved")

    def masters_file(self, page: Any) -> Path:
        """The seller's own list: the imported products with new stock and prices."""
        exported = self.out / "_new_products.csv"
        page.export_list("new_masters", str(exported))  # written in a worker
        self.wait(lambda: "_new_products" in (page._export_message or ""), "the CSV export")
        self.shot("step16_list_saved")
        with exported.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))[1:]
        exported.unlink()
        target = Path(tempfile.gettempdir()) / f"screens-masters-{os.getpid()}.csv"
        with target.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(["sku", "name", "stock", "price"])
            for i, (sku, name, price, stock, *_rest) in enumerate(rows):
                changed = i % 3 == 0
                writer.writerow(
                    [sku, name, int(stock) + (5 if changed else 0), int(price) + (1000 * changed)]
                )
        return target

    def sync(self) -> None:
        page = self.page
        self.wait(lambda: page.switch.isEnabled(), "the sync summary")
        self.shot("step17")
        page.switch.click()
        self.wait(lambda: page.dialog is not None or page.zero_question is not None, "preview")
        if page.dialog is not None:
            self.shot("step17_preview", page.dialog)
            page.dialog.accept()
            self.settle()
        if getattr(page, "zero_question", None) is not None:
            self.shot("step17_zero_stock", page.zero_question)
            page.zero_question.button(page.zero_question.buttons()[0]).click()
        self.wait(lambda: page.state == "idle", "sending the changes", 120)
        self.shot("step17_on")
        page.send_now()
        self.wait(lambda: page.dialog is not None, "the empty preview")
        self.shot("step17_preview_empty", page.dialog)
        page.dialog.reject()
        self.settle()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="jdid-screens-")
    os.environ["JDID_WIZARD_HOME"] = home  # practice files never mix with the seller's own
    import keyring

    from wizard.appdata.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the practice account's secrets, for this run only
    from wizard.ui.qtenv import refcount_guard, webengine_env

    refcount_guard.apply()
    webengine_env.prepare()  # before the QApplication, as the app does (step 14's login)
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform's notes about window-manager calls it ignores say nothing here.
    qInstallMessageHandler(
        lambda _kind, _where, text: (
            None if "This plugin does not support" in text else print(text, file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication([sys.argv[0]])
    tour = Tour(args)
    code = 0
    try:
        tour.run()
    except (TimeoutError, KeyError, AttributeError) as exc:
        print(f"could not reach: {exc}", file=sys.stderr)
        code = 1
    finally:
        if tour.started is not None:
            tour.wizard._confirm_close = lambda: True
            tour.wizard.close()
            tour.started.ctx.shutdown()
    (tour.out / "findings.txt").write_text("\n".join(tour.audit.findings) + "\n", "utf-8")
    print(f"screens: {tour.count}")
    print(f"english_in_indonesian: {tour.audit.english_count}")
    print(f"clipped_texts: {tour.audit.clipped_count}")
    del app
    return code


if __name__ == "__main__":
    sys.exit(main())
