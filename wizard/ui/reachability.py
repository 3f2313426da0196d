"""The reachability check in the window: one per wizard (`ctx.reachability`), run in a worker,
shown on the platform check page and at step 12, which it gates in real mode.

The check itself is wizard.jdid.reachability (Qt-free, imported in the worker so the window
never waits for the HTTP packages). A new endpoint profile forgets the last answer and, once
the seller has reached the check, checks again.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from wizard.ui import theme
from wizard.ui.widgets import note_label
from wizard.ui.worker import LatestCall

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CHECKING, OK, FAILED, IDLE = "checking", "ok", "failed", "idle"


def _check(profile: Any, timeout_s: float | None, cancel: threading.Event) -> Any:
    """Worker thread."""
    from wizard.jdid.reachability import DEFAULT_TIMEOUT_S, check_reachability

    return check_reachability(profile, timeout_s or DEFAULT_TIMEOUT_S, cancel)


class ReachabilityCheck(QObject):
    """State of the check for the current profile. `changed` fires on every change.

    `timeout_s`: seconds to wait for each host (None: the check's default; tests shorten it).
    """

    changed = Signal()

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.timeout_s: float | None = None
        self.result: Any = None  # wizard.jdid.reachability.Reachability of `_for`
        self.crashed = False
        self._for: Any = None  # the profile the result (or the running check) is for
        self._call = LatestCall(ctx.runner)
        self._cancel = threading.Event()
        self._wanted = False  # the seller reached the check: re-check when the profile changes
        ctx.profile_changed.connect(self._profile_changed)

    @property
    def state(self) -> str:
        if self.ctx.practice or self.ctx.profile is None or self._for != self.ctx.profile:
            return IDLE
        if self._call.running:
            return CHECKING
        if self.result is not None and self.result.ok:
            return OK
        return FAILED if self.result is not None or self.crashed else IDLE

    @property
    def ok(self) -> bool:
        return self.state == OK

    def start(self) -> None:
        """Check (again) now, unless in practice mode or the profile is not known yet."""
        self._wanted = True
        profile = self.ctx.profile
        if self.ctx.practice or profile is None or self._cancel.is_set():
            return
        self._for, self.result, self.crashed = profile, None, False
        self._call.start(
            _check,
            profile,
            self.timeout_s,
            self._cancel,
            on_result=self._answered,
            on_error=self._failed,
            name="reachability check",
        )
        self.changed.emit()

    def ensure(self) -> None:
        """Check unless an answer is on its way or the platform was reached already."""
        if self.state not in (CHECKING, OK):
            self.start()

    def stop(self) -> None:
        """The window closes: end a running check's wait at once."""
        self._cancel.set()
        self._call.cancel()

    def _answered(self, result: Any) -> None:
        self.result = result
        self.changed.emit()

    def _failed(self, _exc: BaseException) -> None:
        self.crashed = True
        self.changed.emit()

    def _profile_changed(self, _profile: Any) -> None:
        self._call.cancel()
        self._for, self.result, self.crashed = None, None, False
        if self._wanted:
            self.start()
        self.changed.emit()

    # ----- sentences --------------------------------------------------------------------------
    def summary(self) -> str:
        state = self.state
        if state == CHECKING:
            return translate("Reachability", "Checking that this computer can reach JD.ID…")
        if state == OK:
            return translate(
                "Reachability", "JD.ID can be reached from this computer. You can go on."
            )
        if state == FAILED:
            return translate(
                "Reachability",
                "JD.ID cannot be reached from this computer right now. You can still read "
                "steps 1 to 11; step 12 waits until the check passes.",
            )
        return ""

    def host_lines(self) -> list[str]:
        """One short line per host: its role, its address, whether it answered."""
        from wizard.jdid.reachability import CONTEXT, ROLES

        if self.state not in (OK, FAILED) or self.result is None:
            return []
        lines = []
        for host in self.result.hosts:
            roles = " + ".join(translate(CONTEXT, ROLES[r]) for r in host.roles)
            if host.problem is None:
                lines.append(f"\u2713 {roles} ({host.host}): " + translate(CONTEXT, "answers"))
            else:
                what = translate(CONTEXT, "cannot be reached")
                lines.append(f"\u2717 {roles} ({host.host}): {what}")
        return lines

    def explanations(self) -> list[str]:
        """What each kind of failure means and what to do, once per kind (hosts that fail
        the same way share one sentence)."""
        from wizard.jdid.reachability import CONTEXT, PROBLEMS

        if self.state != FAILED:
            return []
        if self.result is None:  # the check itself broke (logged)
            return [translate("Reachability", "The check could not run. Press Check again.")]
        hosts_by_problem: dict[str, list[str]] = {}
        for host in self.result.failed:
            hosts_by_problem.setdefault(host.problem, []).append(host.host)
        seconds = f"{self.result.timeout_s:g}"
        return [
            translate(CONTEXT, PROBLEMS[problem])
            .replace("%1", ", ".join(hosts))
            .replace("%2", seconds)
            for problem, hosts in hosts_by_problem.items()
        ]

    def gate_sentence(self) -> str | None:
        """Step 12's reason to keep Next off, or None when the platform can be reached."""
        state = self.state
        if state == OK or self.ctx.practice:
            return None
        if state == CHECKING or self.ctx.profile is None:
            return translate(
                "Reachability",
                "Please wait: the wizard is checking that this computer can reach JD.ID.",
            )
        return translate(
            "Reachability",
            "JD.ID cannot be reached from this computer, so your keys cannot be checked yet. "
            "Connect to the internet, then press \u201cCheck again\u201d above.",
        )


class ReachView(QWidget):
    """The check's state in words, one line per host, "Check again" and "Practise instead".
    `compact`: no summary line (step 12, whose blocked sentence says it already)."""

    def __init__(self, ctx: Any, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.compact = compact
        self.check = ctx.reachability
        self.setObjectName("reachView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = note_label("info", self)
        self.summary.setObjectName("reachSummary")
        self.hosts = QLabel(self)
        self.hosts.setObjectName("reachHosts")
        self.hosts.setWordWrap(True)
        self.why = QLabel(self)
        self.why.setObjectName("reachWhy")
        self.why.setWordWrap(True)
        buttons = QHBoxLayout()
        self.again = QPushButton(self)
        self.again.setObjectName("checkAgain")
        self.again.clicked.connect(self.check.start)
        self.practise = QPushButton(self)
        self.practise.setObjectName("practiseInstead")
        self.practise.clicked.connect(self._practise)
        buttons.addWidget(self.again)
        buttons.addWidget(self.practise)
        buttons.addStretch(1)
        layout.addWidget(self.summary)
        layout.addWidget(self.hosts)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        self.check.changed.connect(self.refresh)
        self.refresh()

    def _practise(self) -> None:
        self.ctx.set_mode("practice")

    def refresh(self) -> None:
        state = self.check.state
        self.summary.setText(self.check.summary())
        self.summary.setVisible(bool(self.summary.text()) and not self.compact)
        kind = {OK: "practice", FAILED: "warning"}.get(state, "info")
        theme.mark_card(self.summary, kind)
        lines = self.check.host_lines()
        self.hosts.setText("\n".join(lines))
        self.hosts.setVisible(bool(lines))
        why = self.check.explanations()
        self.why.setText("\n\n".join(why))
        self.why.setVisible(bool(why))
        self.again.setText(translate("Reachability", "Check &again"))
        self.again.setEnabled(state != CHECKING)
        self.practise.setText(translate("Reachability", "&Practise instead"))
        self.practise.setVisible(state == FAILED)
