"""The settings writer thread: newest copy of each file, in order, whole files only."""

from __future__ import annotations

import json
import os
import threading

import pytest

from wizard.appdata.background_writer import BackgroundWriter


@pytest.fixture
def held_writer(monkeypatch: pytest.MonkeyPatch):
    """A writer whose first fsync waits for `release`, so that saves queue up behind it;
    os.replace is watched to see which file is written when."""
    release = threading.Event()
    first = threading.Event()
    replaced: list[tuple[str, dict]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        if not first.is_set():
            first.set()
            assert release.wait(10)
        real_fsync(fd)

    def replace(src, dst) -> None:  # noqa: ANN001
        with open(src, "rb") as f:
            replaced.append((os.path.basename(dst), json.load(f)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    writer = BackgroundWriter()
    yield writer, first, release, replaced
    release.set()
    writer.close(10)


def test_writes_keep_their_order_and_a_newer_copy_replaces_a_waiting_one(
    tmp_path, held_writer
) -> None:  # noqa: ANN001
    writer, first, release, replaced = held_writer
    a, b, c = (tmp_path / f"{n}.json" for n in "abc")
    writer.save_json(a, {"v": 1})
    assert first.wait(10)  # a's first copy is being written
    writer.save_json(b, {"v": 1})
    writer.save_json(c, {"v": 1})
    writer.save_json(b, {"v": 2})  # replaces b's waiting copy and goes behind c
    writer.save_json(a, {"v": 2})
    assert writer.pending == 4  # a being written; c, b, a waiting
    release.set()
    assert writer.flush(10)
    assert replaced == [
        ("a.json", {"v": 1}),
        ("c.json", {"v": 1}),
        ("b.json", {"v": 2}),
        ("a.json", {"v": 2}),
    ]
    assert [json.loads(p.read_text()) for p in (a, b, c)] == [{"v": 2}, {"v": 2}, {"v": 1}]


def test_the_copy_is_taken_when_saved(tmp_path, held_writer) -> None:  # noqa: ANN001
    writer, first, release, _ = held_writer
    writer.save_json(tmp_path / "other.json", {})
    assert first.wait(10)
    value = {"answers": {"installed": {"shop_id": "1"}}, "path": ["welcome"]}
    writer.save_json(tmp_path / "p.json", value)
    value["answers"]["installed"]["shop_id"] = "2"  # changed after the save, before the write
    value["path"].append("step01")
    release.set()
    assert writer.flush(10)
    saved = json.loads((tmp_path / "p.json").read_text())
    assert saved == {"answers": {"installed": {"shop_id": "1"}}, "path": ["welcome"]}


def test_a_failed_write_keeps_the_old_file_reports_and_the_writer_goes_on(tmp_path) -> None:
    blocked = tmp_path / "settings.json"
    blocked.mkdir()  # a folder where the file should be: the rename fails
    errors: list[OSError] = []
    writer = BackgroundWriter()
    writer.save_json(blocked, {"v": 1}, errors.append)
    writer.save_json(tmp_path / "progress.json", {"v": 1})
    assert writer.flush(10)
    assert len(errors) == 1 and isinstance(errors[0], OSError)
    assert blocked.is_dir() and not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert json.loads((tmp_path / "progress.json").read_text()) == {"v": 1}
    writer.close(10)


def test_after_close_a_save_writes_at_once(tmp_path) -> None:
    writer = BackgroundWriter()
    writer.save_json(tmp_path / "a.json", {"v": 1})
    assert writer.close(10)
    assert json.loads((tmp_path / "a.json").read_text()) == {"v": 1}
    writer.save_json(tmp_path / "a.json", {"v": 2})
    assert json.loads((tmp_path / "a.json").read_text()) == {"v": 2}
