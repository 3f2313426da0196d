"""The wizard's side of the practice developer console: read its state over HTTP, check a
guide step against it, "do this step for me", and the app overview's credentials. No Qt.

Blocking calls (run them in a worker). Every failure is a ConsoleUnavailable with a key;
every check a StepCheck with a keyed reason and the values the seller should see side by
side (the store's name and the App Name, our Callback URL and the saved one).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from wizard.flow.steps import PRACTICE_CHECKED_STEPS

CHECKED_STEPS = PRACTICE_CHECKED_STEPS  # the guide steps checked live in practice mode

# A failed StepCheck's reason is a key of wizard.flow.problems (place CONSOLE): "not_registered",
# "no_app", "name_differs", "not_published", "callback_missing", "callback_spaces",
# "callback_scheme", "callback_host", "callback_path", "callback_other", or the console's
# own "console_unreachable" / "console_unexpected".


class ConsoleUnavailable(Exception):
    """The console could not be asked. `key`: "console_unreachable" (no answer),
    "console_unexpected" (an answer that is not the console's)."""

    def __init__(self, key: str, detail: str = "") -> None:
        super().__init__(f"{key}: {detail}" if detail else key)
        self.key = key


@dataclass(frozen=True)
class ConsoleApp:
    name: str
    published: bool
    callback_url: str
    app_key: str


@dataclass(frozen=True)
class ConsoleView:
    """The console as the practice seller left it."""

    registered: bool
    app: ConsoleApp | None
    shop_name: str  # the practice store's name (what step 7 wants)
    callback_url: str  # the sandbox's own (what step 10 wants when the wizard sends it)


@dataclass(frozen=True)
class StepCheck:
    step_id: str
    passed: bool
    reason: str = ""  # a wizard.flow.problems key (place CONSOLE) when not passed
    expected: str = ""
    actual: str = ""

    @property
    def values(self) -> dict[str, str]:
        return {"expected": self.expected, "actual": self.actual}


@dataclass(frozen=True)
class ConsoleCredentials:
    shop_id: str
    api_key: str
    api_secret: str = field(repr=False)


def callback_difference(actual: str, expected: str) -> tuple[str, str, str] | None:
    """None when `actual` is exactly `expected`, else (reason key, expected part, actual
    part): the first place they differ, as a seller would look for it."""
    if actual == expected:
        return None
    if not actual:
        return "callback_missing", expected, ""
    if actual.strip() == expected:
        return "callback_spaces", expected, actual
    a, e = urlsplit(actual.strip()), urlsplit(expected)
    if a.scheme.lower() != e.scheme.lower():
        return "callback_scheme", f"{e.scheme}://", f"{a.scheme}://" if a.scheme else actual
    if a.netloc != e.netloc:
        return "callback_host", e.netloc, a.netloc
    if (a.path, a.query, a.fragment) != (e.path, e.query, e.fragment):
        want = e.path + (f"?{e.query}" if e.query else "")
        got = a.path + (f"?{a.query}" if a.query else "") + (f"#{a.fragment}" if a.fragment else "")
        return "callback_path", want or "/", got or "/"
    return "callback_other", expected, actual


def check_step(
    step_id: str, view: ConsoleView, *, store_name: str = "", callback_url: str = ""
) -> StepCheck:
    """Is this guide step done in the console? `store_name`/`callback_url`: what the
    wizard wants (default: the practice store's and the sandbox's own)."""
    want_name = store_name or view.shop_name
    want_callback = callback_url or view.callback_url
    if not view.registered:
        return StepCheck(step_id, False, "not_registered")
    if step_id == "step03":
        return StepCheck(step_id, True)
    app = view.app
    if app is None:
        return StepCheck(step_id, False, "no_app")
    if step_id == "step06":
        return StepCheck(step_id, True)
    if step_id == "step07":
        if app.name != want_name:
            return StepCheck(step_id, False, "name_differs", want_name, app.name)
        return StepCheck(step_id, True, expected=want_name, actual=app.name)
    if step_id == "step08":
        return StepCheck(step_id, app.published, "" if app.published else "not_published")
    if step_id == "step10":
        diff = callback_difference(app.callback_url, want_callback)
        if diff is None:
            return StepCheck(step_id, True, expected=want_callback, actual=app.callback_url)
        return StepCheck(step_id, False, *diff)
    raise ValueError(f"not one of {CHECKED_STEPS}: {step_id}")


class ConsoleClient:
    """The practice developer console's API at `base_url`, as the practice seller."""

    def __init__(self, base_url: str, email: str, password: str, timeout_s: float = 10) -> None:
        self.base_url = base_url.rstrip("/")
        self._auth = (email, password)
        self.timeout_s = timeout_s

    def _call(self, method: str, what: str, **data: str) -> dict[str, Any]:
        import requests  # not at import time: the guide pages load this module at start-up

        url = f"{self.base_url}/console/api/{what}"
        try:
            answer = requests.request(
                method, url, data=data or None, auth=self._auth, timeout=self.timeout_s
            )
        except requests.RequestException as exc:
            raise ConsoleUnavailable("console_unreachable", type(exc).__name__) from None
        try:
            body = answer.json()
        except ValueError:
            raise ConsoleUnavailable("console_unexpected", f"HTTP {answer.status_code}") from None
        if answer.status_code != 200 or not isinstance(body, dict):
            error = body.get("error", "") if isinstance(body, dict) else ""
            raise ConsoleUnavailable("console_unexpected", f"HTTP {answer.status_code} {error}")
        return body

    def view(self) -> ConsoleView:
        return _view(self._call("GET", "state"))

    def check(self, step_id: str, *, store_name: str = "", callback_url: str = "") -> StepCheck:
        """The step's live check; an unanswered console is a failed check saying so."""
        try:
            view = self.view()
        except ConsoleUnavailable as exc:
            return StepCheck(step_id, False, exc.key)
        return check_step(step_id, view, store_name=store_name, callback_url=callback_url)

    def do_step(self, step_id: str) -> ConsoleView:
        """The sandbox does the step as the guide says (and what it needs before it)."""
        return _view(self._call("POST", "do-step", step=step_id))

    def credentials(self) -> ConsoleCredentials:
        """Shop ID, API Key and API Secret as the app overview shows them."""
        body = self._call("GET", "credentials")
        try:
            return ConsoleCredentials(
                str(body["shop_id"]), str(body["api_key"]), str(body["api_secret"])
            )
        except KeyError:
            raise ConsoleUnavailable("console_unexpected", "credentials incomplete") from None


def _view(body: dict[str, Any]) -> ConsoleView:
    try:
        app = body["app"]
        return ConsoleView(
            registered=bool(body["registered"]),
            app=None
            if app is None
            else ConsoleApp(
                str(app["name"]),
                bool(app["published"]),
                str(app["callback_url"]),
                str(app["app_key"]),
            ),
            shop_name=str(body["shop_name"]),
            callback_url=str(body["callback_url"]),
        )
    except (KeyError, TypeError):
        raise ConsoleUnavailable("console_unexpected", "state incomplete") from None


SAMPLE_FILE = "practice-products.xlsx"


def download_sample_masters(base_url: str, folder: Path, timeout_s: float = 10) -> Path:
    """Save the practice store's sample master list (.xlsx) in `folder` and return its path.
    Written to a temporary file first, so a broken download never replaces a good file."""
    import requests

    try:
        answer = requests.get(f"{base_url}/practice/sample-products.xlsx", timeout=timeout_s)
    except requests.RequestException as exc:
        raise ConsoleUnavailable("console_unreachable", type(exc).__name__) from None
    if answer.status_code != 200 or not answer.content.startswith(b"PK"):
        raise ConsoleUnavailable("console_unexpected", f"HTTP {answer.status_code}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / SAMPLE_FILE
    partial = path.with_suffix(".part")
    partial.write_bytes(answer.content)
    os.replace(partial, path)
    return path
