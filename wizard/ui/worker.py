"""Run plain callables off the GUI thread and deliver their outcome back to it as signals.

    task = ctx.runner.run(fetch_shop, shop_id, on_result=self.show_shop, on_error=self.show_error)

`fn` runs in a QThreadPool thread. Exactly one of `result` / `error` is delivered, always in
the GUI thread. With `on_progress=...`, `fn` is called with an extra keyword argument
`progress` (a callable, safe to call from the worker thread) whose values reach
`on_progress` in the GUI thread. An error nobody listens to is never lost: it is logged and
re-emitted as `WorkerRunner.unhandled_error`, which the app shows in its error dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SIGNAL, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Task(QObject):
    """One piece of work. Lives in the GUI thread; its public signals fire there."""

    result = Signal(object)
    error = Signal(object)  # the exception
    progress = Signal(object)
    finished = Signal()  # after result or error

    # Emitted from the worker thread; queued to the slots below in the GUI thread.
    _raw_result = Signal(object)
    _raw_error = Signal(object)
    _raw_progress = Signal(object)

    def __init__(self, runner: WorkerRunner, name: str) -> None:
        super().__init__(runner)
        self.name = name
        self.done = False
        self.value: Any = None
        self.exception: BaseException | None = None
        self._on_result: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[Any], None] | None = None
        self._raw_result.connect(self._deliver_result)
        self._raw_error.connect(self._deliver_error)
        self._raw_progress.connect(self._deliver_progress)

    def report(self, value: Any) -> None:
        """Thread-safe: hand a progress value to the GUI thread."""
        self._raw_progress.emit(value)

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if self._on_progress is not None:
            self._on_progress(value)
        self.progress.emit(value)

    @Slot(object)
    def _deliver_result(self, value: Any) -> None:
        self.done, self.value = True, value
        try:
            if self._on_result is not None:
                self._on_result(value)
            self.result.emit(value)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, exc: BaseException) -> None:
        self.done, self.exception = True, exc
        runner = self.parent()
        try:
            handled = self._on_error is not None or self.receivers(SIGNAL("error(PyObject)")) > 0
            if self._on_error is not None:
                self._on_error(exc)
            self.error.emit(exc)
            if not handled and isinstance(runner, WorkerRunner):
                runner.unhandled_error.emit(exc)
        finally:
            self._finish()

    def _finish(self) -> None:
        self.finished.emit()
        runner = self.parent()
        if isinstance(runner, WorkerRunner):
            runner._forget(self)


class _Job(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.task, self.fn, self.args, self.kwargs = task, fn, args, kwargs

    def run(self) -> None:
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            log.warning("task %s failed: %s", self.task.name, type(exc).__name__, exc_info=exc)
            self.task._raw_error.emit(exc)
        else:
            self.task._raw_result.emit(value)


class WorkerRunner(QObject):
    """Starts Tasks on a thread pool; one per app, reachable as `WizardContext.runner`."""

    unhandled_error = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> Task:
        task = Task(self, name or getattr(fn, "__name__", "task"))
        task._on_result, task._on_error, task._on_progress = on_result, on_error, on_progress
        if on_progress is not None:
            kwargs["progress"] = task.report
        self._tasks.add(task)
        self.pool.start(_Job(task, fn, args, kwargs))
        return task

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Block until the pool is idle (used at shutdown and in tests)."""
        return self.pool.waitForDone(timeout_ms)

    def _forget(self, task: Task) -> None:
        self._tasks.discard(task)
        task.deleteLater()


class LatestCall:
    """One page action at a time (a check, a fetch) whose late answers must not count.

    `start()` runs `fn` through the runner; `cancel()` (going Back, Start over) or a newer
    `start()` makes the answer (and the progress) of the earlier call be ignored when it
    arrives.
    """

    def __init__(self, runner: WorkerRunner) -> None:
        self._runner = runner
        self._current = 0  # generation of the call in flight (0: none)
        self._generation = 0

    @property
    def running(self) -> bool:
        return self._current != 0

    def cancel(self) -> None:
        self._current = 0

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        name: str,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Task:
        self._generation += 1
        generation = self._current = self._generation

        def answer(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                if generation != self._current:
                    return  # cancelled or overtaken: this answer no longer matters
                self._current = 0
                handler(value)

            return deliver

        def progress(value: Any) -> None:
            if generation == self._current and on_progress is not None:
                on_progress(value)

        return self._runner.run(
            fn,
            *args,
            on_result=answer(on_result),
            on_error=answer(on_error),
            on_progress=progress if on_progress is not None else None,
            name=name,
        )
