"""The worker runner: results, errors and progress arrive in the GUI thread, never lost."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from wizard.ui.worker import LatestCall, WorkerRunner


@pytest.fixture
def runner(qtbot):  # noqa: ANN001, ANN201
    r = WorkerRunner(max_threads=2)
    yield r
    r.wait()


def test_result_arrives_in_the_gui_thread(runner, qtbot) -> None:
    seen = {}

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.get_ident()
        return a + b

    def got(value: int) -> None:
        seen["value"] = value
        seen["in_gui"] = QThread.currentThread() is qtbot_app_thread()

    task = runner.run(work, 2, b=3, on_result=got)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["value"] == 5 and seen["in_gui"]
    assert seen["worker"] != threading.get_ident()
    assert task.done and task.value == 5 and not runner.busy


def qtbot_app_thread():  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_error_is_delivered_with_the_exception(runner, qtbot) -> None:
    errors = []

    def fails() -> None:
        raise KeyError("no")

    task = runner.run(fails, on_error=errors.append)
    with qtbot.assertNotEmitted(runner.unhandled_error), qtbot.waitSignal(task.finished):
        pass
    assert isinstance(errors[0], KeyError) and task.exception is errors[0]


def test_error_connected_by_signal_counts_as_handled(runner, qtbot) -> None:
    errors = []

    def fails() -> None:
        raise ValueError("x")

    task = runner.run(fails)
    task.error.connect(errors.append)
    with qtbot.assertNotEmitted(runner.unhandled_error), qtbot.waitSignal(task.finished):
        pass
    assert len(errors) == 1


def test_an_error_nobody_listens_to_is_not_lost(runner, qtbot) -> None:
    def fails() -> None:
        raise OSError("disk")

    with qtbot.waitSignal(runner.unhandled_error, timeout=5000) as blocker:
        runner.run(fails)
    assert isinstance(blocker.args[0], OSError)


def test_progress_values_arrive_in_order(runner, qtbot) -> None:
    values = []

    def work(progress) -> str:  # noqa: ANN001
        for i in range(5):
            progress(i)
        return "ok"

    task = runner.run(work, on_progress=values.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert values == [0, 1, 2, 3, 4] and task.value == "ok"


def test_latest_call_ignores_answers_that_were_cancelled_or_overtaken(runner, qtbot) -> None:
    gate = threading.Event()
    answers: list[str] = []
    call = LatestCall(runner)

    def slow(label: str) -> str:
        gate.wait(5)
        return label

    call.start(slow, "first", on_result=answers.append, on_error=answers.append, name="first")
    call.cancel()  # e.g. the seller went Back
    assert not call.running
    call.start(slow, "second", on_result=answers.append, on_error=answers.append, name="2nd")
    call.start(slow, "third", on_result=answers.append, on_error=answers.append, name="3rd")
    assert call.running
    gate.set()
    assert runner.wait()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert answers == ["third"] and not call.running


def test_latest_call_drops_the_progress_of_an_overtaken_call(runner, qtbot) -> None:
    gates = {"old": threading.Event(), "new": threading.Event()}
    seen: list[tuple[str, object]] = []
    call = LatestCall(runner)

    def work(label: str, progress) -> str:  # noqa: ANN001 - the runner's progress callback
        gates[label].wait(5)
        progress(f"{label} half way")
        return label

    def start(label: str) -> None:
        call.start(
            work,
            label,
            on_result=lambda v: seen.append(("result", v)),
            on_error=lambda e: seen.append(("error", e)),
            on_progress=lambda p: seen.append(("progress", p)),
            name=label,
        )

    start("old")
    start("new")  # e.g. "Send now" again: only the newest call speaks
    gates["old"].set()
    gates["new"].set()
    assert runner.wait()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert seen == [("progress", "new half way"), ("result", "new")]
