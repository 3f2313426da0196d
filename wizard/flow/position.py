"""Where the seller is in the wizard: saved after each page so the wizard can resume.

Only non-secret answers live here (the Qualified answer, ticked confirmations, the path of
pages taken). Qt-free, so tests can walk it without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.appdata.jsonfile import load_json, save_json

VERSION = 1


@dataclass
class Position:
    path: list[str] = field(default_factory=list)  # page ids from the first page to the current
    visited: list[str] = field(default_factory=list)  # every page id ever shown, in order
    confirmed: list[str] = field(default_factory=list)  # step ids whose "done" box is ticked
    answers: dict[str, Any] = field(default_factory=dict)  # e.g. {"qualified": "yes"}

    @property
    def current(self) -> str | None:
        return self.path[-1] if self.path else None

    @property
    def started(self) -> bool:
        """True when there is something worth resuming (the seller went past the first page)."""
        return len(self.path) > 1 or bool(self.confirmed) or bool(self.answers)

    def enter(self, page_path: list[str]) -> None:
        """Record that the wizard now shows the last page of `page_path`."""
        self.path = list(page_path)
        for page_id in page_path:
            if page_id not in self.visited:
                self.visited.append(page_id)

    def set_confirmed(self, step_id: str, done: bool) -> None:
        if done and step_id not in self.confirmed:
            self.confirmed.append(step_id)
        elif not done and step_id in self.confirmed:
            self.confirmed.remove(step_id)

    def is_confirmed(self, step_id: str) -> bool:
        return step_id in self.confirmed

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "path": self.path,
            "visited": self.visited,
            "confirmed": self.confirmed,
            "answers": self.answers,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Position:
        """Raises ValueError when the content does not have the expected shape."""

        def str_list(key: str) -> list[str]:
            value = raw.get(key, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"progress field {key!r} is not a list of strings")
            return list(value)

        answers = raw.get("answers", {})
        if not isinstance(answers, dict):
            raise ValueError("progress field 'answers' is not an object")
        return cls(str_list("path"), str_list("visited"), str_list("confirmed"), dict(answers))

    @classmethod
    def load(cls, path: Path) -> Position:
        """Position from `path` (empty if missing). An unreadable file raises
        jsonfile.BrokenFile after it has been moved aside as *.bad."""
        raw = load_json(path, default={})
        try:
            return cls.from_dict(raw)
        except ValueError as exc:
            from wizard.appdata.jsonfile import BrokenFile

            bad = path.with_name(path.name + ".bad")
            path.replace(bad)
            raise BrokenFile(path, bad) from exc

    def save(self, path: Path) -> None:
        save_json(path, self.to_dict())
