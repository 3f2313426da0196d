"""Read back what the installed app wrote, for packaging/smoke.sh (run with the build's
Python, from the source tree):

    python packaging/smoke_check.py guide FILE.pdf LANG   # every step heading, every picture
    python packaging/smoke_check.py log FILE.log          # no warning or error but the known
    python packaging/smoke_check.py stderr FILE           # nothing printed but the known
    python packaging/smoke_check.py masters EXE FOLDER    # the app as its master-list child
    python packaging/smoke_check.py practice EXE FOLDER   # the app as its practice platform
    python packaging/smoke_check.py import EXE FOLDER     # the app as its import and push

Exit 0 when the check passes; 1 with one line per problem.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.store.target import StoreTarget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Log lines of a headless start that are expected and harmless.
KNOWN_LOG_WARNINGS = (
    # CI and this smoke test run as root; the app says so once.
    r"running as root: the embedded login starts without Chromium's sandbox",
)
# What a headless QtWebEngine prints on stderr (no GPU, no system D-Bus in a container); the
# same list the tests ignore (tests/login/conftest.py).
KNOWN_STDERR = (
    r"^QRhiGles2: Failed to create (temporary )?context$",
    r"^Failed to create RHI for backend: OpenGL$",
    r"^GPUInfo not initialized on GpuInfoUpdate$",
    r"dbus/bus\.cc:\d+\] Failed to connect to the bus",
)
LOG_LEVEL = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ (WARNING|ERROR|CRITICAL) (.*)$")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_guide(pdf: Path, lang: str) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    from wizard.flow.steps import NUMBERED_STEPS, picture_path, step
    from wizard.ui.qtenv.guide_pdf import (
        EXTRA_PICTURES,
        INTRO_STEP_IDS,
        step_heading,
        translator_for,
    )

    _app = QGuiApplication.instance() or QGuiApplication([])
    doc = QPdfDocument()
    if doc.load(str(pdf)) != QPdfDocument.Error.None_:
        return [f"{pdf}: not a readable PDF"]
    text = _norm(" ".join(doc.getAllText(p).text() for p in range(doc.pageCount())))
    translate = translator_for(lang, None)
    sections = [step(i) for i in INTRO_STEP_IDS] + list(NUMBERED_STEPS)
    problems = [
        f"{pdf.name}: heading missing: {_norm(step_heading(s, translate))!r}"
        for s in sections
        if _norm(step_heading(s, translate)) not in text
    ]
    if lang == "id" and "Langkah 1 dari" not in text:
        problems.append(f"{pdf.name}: not in Indonesian")
    # The pictures are images in the PDF: one per step that has one, and step 12's extras.
    wanted = sum(1 for s in sections if picture_path(s)) + sum(map(len, EXTRA_PICTURES.values()))
    found = len(re.findall(rb"/Subtype\s*/Image", pdf.read_bytes()))
    if found != wanted:
        problems.append(f"{pdf.name}: {found} pictures, expected {wanted}")
    print(f"guide {lang}: {doc.pageCount()} pages, {found} pictures, {len(sections)} steps")
    return problems


def check_log(log: Path) -> list[str]:
    problems = []
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        match = LOG_LEVEL.match(line)
        if match and not any(re.search(known, match[2]) for known in KNOWN_LOG_WARNINGS):
            problems.append(f"{log.name}: {line}")
    return problems


def check_stderr(path: Path) -> list[str]:
    """Anything the app printed on stderr that is not a known headless message."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [
        f"{path.name}: {line}"
        for line in lines
        if line.strip() and not any(re.search(known, line) for known in KNOWN_STDERR)
    ]


def check_masters_child(exe: Path, work: Path) -> list[str]:
    """Step 16's master list is read and saved by the app started as its own child
    (`--masters-worker`, wizard.jobs.masters_worker): through the bundle, not the source."""
    from wizard.catalog import Catalog
    from wizard.jobs.masters_worker import WORKER_FLAG, MastersSession, MastersWorkerLost

    work.mkdir(parents=True, exist_ok=True)
    listing, catalog = work / "masters.csv", work / "catalog.sqlite3"
    listing.write_text("sku;name;stock;price\nA-1;Kaos;5;15000\nB-2;Topi;x;1000\n", "utf-8")
    Catalog.open(catalog).close()
    session = MastersSession.start([str(exe), WORKER_FLAG])
    try:
        summary = session.read(listing, catalog)
        saved = session.save()  # the child ends after saving
    except MastersWorkerLost as exc:
        return [f"masters child: no answer ({exc})"]
    except Exception as exc:  # the child's own error, handed back
        return [f"masters child: {exc!r}"]
    finally:
        session.close()
    with Catalog.open(catalog) as cat:
        skus = [m.sku for m in cat.masters()]
    problems = []
    if (summary.rows, [p.key for p in summary.csv.problems]) != (1, ["bad_stock"]):
        problems.append(f"masters child: read {summary.rows} rows, {summary.csv.problems}")
    if saved != 1 or skus != ["A-1"]:
        problems.append(f"masters child: saved {saved!r}, the catalog has {skus}")
    if session._proc.returncode != 0:
        problems.append(f"masters child: exited {session._proc.returncode}")
    return problems


def check_import_child(exe: Path, work: Path) -> list[str]:
    """Step 16's import runs in the app started as its own child (`--import-worker`,
    wizard.jobs.import_worker): it imports a sandbox shop into a product list, with
    progress, through the bundle. The login is handed over as the window hands it (from a
    password store: here one in memory, so nothing is written)."""
    import keyring

    from tests.fixtures.keyring_backend import MemoryKeyring
    from wizard.appdata import secrets
    from wizard.jobs import CancelToken
    from wizard.jobs.child_job import WorkerLost
    from wizard.jobs.import_worker import WORKER_FLAG, run_in_child
    from wizard.sandbox import SandboxConfig, SandboxServer
    from wizard.sandbox.practice_login import practice_login
    from wizard.store.target import StoreTarget

    keyring.set_keyring(MemoryKeyring())
    work.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with SandboxServer(SandboxConfig(spus=30)) as server:
        account = server.account
        secrets.save_api_secret(account.app_key, account.app_secret)
        secrets.save_token(account.app_key, practice_login(server))
        target = StoreTarget(
            server.profile, account.app_key, str(account.shop_id), work / "catalog.sqlite3"
        )
        seen: list[object] = []
        try:
            report = run_in_child(
                target,
                CancelToken(),
                True,
                {},
                {},
                progress=seen.append,
                command=[str(exe), WORKER_FLAG],
            )
        except WorkerLost as exc:
            return [f"import child: no answer ({exc})"]
        except Exception as exc:  # the child's own error, handed back
            return [f"import child: {exc!r}"]
        if not report.count("imported"):
            problems.append(f"import child: nothing imported ({report.counts})")
        if not seen or getattr(seen[-1], "spus_done", 0) != 30:
            problems.append(f"import child: progress {seen[-1:]} instead of 30 products")
        problems += _check_push_child(exe, target)
    return problems


def _check_push_child(exe: Path, target: StoreTarget) -> list[str]:
    """Step 17's push through the app started as its push child (`--push-worker`): one
    master's stock changed, its preview sent."""
    from wizard.catalog import Catalog, MasterRow
    from wizard.jobs import CancelToken
    from wizard.jobs.child_job import WorkerLost
    from wizard.jobs.export_sync import build_preview
    from wizard.jobs.push_worker import WORKER_FLAG, run_in_child
    from wizard.store.target import open_client

    with Catalog.open(target.catalog) as cat:
        master = cat.masters()[0]
        cat.save_masters([MasterRow(master.sku, master.name, master.stock + 5, master.price)])
    with open_client(target) as client:
        preview = build_preview(target.catalog, target.shop_id, client)
    try:
        result = run_in_child(
            target,
            preview,
            CancelToken(),
            {},
            progress=lambda _p: None,
            command=[str(exe), WORKER_FLAG],
        )
    except WorkerLost as exc:
        return [f"push child: no answer ({exc})"]
    except Exception as exc:  # the child's own error, handed back
        return [f"push child: {exc!r}"]
    if not result.ok or result.stock_done != preview.stock_changes or not result.stock_done:
        return [f"push child: {result!r} for {preview.stock_changes} stock changes"]
    return []


def check_practice_child(exe: Path, work: Path) -> list[str]:
    """The window's practice platform is the app started as its own child
    (`--practice-worker`, wizard.store.practice_platform): it answers the practice console
    over HTTP, writes its state file, and ends when its input closes."""
    import requests

    from wizard.sandbox.console_client import ConsoleClient
    from wizard.store.practice_platform import (
        WORKER_FLAG,
        PracticePlatform,
        PracticePlatformLost,
    )

    work.mkdir(parents=True, exist_ok=True)
    state = work / "sandbox-state.json"
    try:
        platform = PracticePlatform.start(
            [str(exe), WORKER_FLAG], state_file=str(state), console_ready=False
        )
    except PracticePlatformLost as exc:
        return [f"practice child: no answer ({exc})"]
    except Exception as exc:  # the child's own error, handed back
        return [f"practice child: {exc!r}"]
    problems = []
    try:
        account = platform.account
        console = ConsoleClient(platform.base_url, account.seller_email, account.seller_password)
        if not console.do_step("step03").registered:
            problems.append("practice child: step 3 done, but not registered")
        if requests.get(platform.base_url + "/", timeout=10).status_code >= 500:
            problems.append("practice child: its front page failed")
    except Exception as exc:
        problems.append(f"practice child: {exc!r}")
    finally:
        platform.stop()
    if platform._proc.returncode != 0:
        problems.append(f"practice child: exited {platform._proc.returncode}")
    if not state.is_file():
        problems.append("practice child: no state file written")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "guide":
        problems = check_guide(Path(argv[1]), argv[2])
    elif len(argv) == 2 and argv[0] == "log":
        problems = check_log(Path(argv[1]))
    elif len(argv) == 2 and argv[0] == "stderr":
        problems = check_stderr(Path(argv[1]))
    elif len(argv) == 3 and argv[0] == "masters":
        problems = check_masters_child(Path(argv[1]), Path(argv[2]))
    elif len(argv) == 3 and argv[0] == "import":
        problems = check_import_child(Path(argv[1]), Path(argv[2]))
    elif len(argv) == 3 and argv[0] == "practice":
        problems = check_practice_child(Path(argv[1]), Path(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in problems:
        print("FAILED:", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
