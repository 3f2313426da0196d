"""Where the seller is: saved after each page, read back, broken files set aside."""

from __future__ import annotations

import pytest

from wizard.appdata.jsonfile import BrokenFile
from wizard.flow.position import Position


def test_enter_records_the_path_and_every_visited_page() -> None:
    p = Position()
    p.enter(["welcome", "qualified", "upgrade"])
    p.enter(["welcome", "qualified", "step01"])
    assert p.current == "step01"
    assert p.visited == ["welcome", "qualified", "upgrade", "step01"]
    assert p.started


def test_a_fresh_progress_is_not_worth_resuming() -> None:
    p = Position()
    p.enter(["welcome"])
    assert not p.started


def test_confirmations() -> None:
    p = Position()
    p.set_confirmed("step01", True)
    p.set_confirmed("step01", True)
    assert p.confirmed == ["step01"] and p.is_confirmed("step01")
    p.set_confirmed("step01", False)
    assert not p.is_confirmed("step01")


def test_round_trip(tmp_path) -> None:
    path = tmp_path / "progress.json"
    p = Position()
    p.enter(["welcome", "qualified"])
    p.answers["qualified"] = "no"
    p.set_confirmed("upgrade", True)
    p.save(path)
    assert Position.load(path) == p


@pytest.mark.parametrize(
    "content",
    ['{"path": [1, 2]}', '{"answers": []}', "[]", '{"path": ["welc', "\x00\x01"],
)
def test_broken_or_wrong_shape_is_set_aside(tmp_path, content) -> None:
    path = tmp_path / "progress.json"
    path.write_text(content)
    with pytest.raises(BrokenFile) as info:
        Position.load(path)
    assert info.value.bad_path.read_text() == content
    assert not path.exists()
    assert Position.load(path) == Position()
