"""Big builds in a worker hold off the collector's full passes and leave what they built
out of its sight afterwards."""

from __future__ import annotations

import gc
import threading

from wizard.jobs.collector import long_lived_build


def test_full_passes_wait_while_a_build_runs_and_the_result_is_frozen_after():
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    try:
        with long_lived_build():
            assert gc.get_threshold()[:2] == before[:2]  # young passes go on
            assert gc.get_threshold()[2] > 1000  # no full pass
            rows = [[i, str(i)] for i in range(1000)]  # tracked objects that live on
        assert gc.get_threshold() == before
        assert gc.get_freeze_count() >= frozen_before + len(rows)
    finally:
        gc.unfreeze()


def test_builds_in_two_threads_restore_the_collector_once_both_are_done():
    before = gc.get_threshold()
    inside, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with long_lived_build():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=other_build)
    try:
        with long_lived_build():
            worker.start()
            assert inside.wait(10)
        assert gc.get_threshold()[2] > 1000  # the other build still runs
        release.set()
        worker.join(10)
        assert gc.get_threshold() == before
    finally:
        release.set()
        gc.unfreeze()
