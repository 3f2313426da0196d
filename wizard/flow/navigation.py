"""Where the wizard goes next, as data: the window and the side panel ask this, no page decides.

No Qt, so tests walk every path without a window (tests/flow/test_navigation.py):

- the order: the pages in `step_ids` (positions are the window's page ids), minus the
  platform check in practice mode (it is for the real store only);
- the Qualified branch: "No" leads to the upgrade page (a dead end until JD.ID upgrades the
  store), "Yes" goes past it;
- commit points: once a page has committed (step 16 once the import started) no step up to
  it can be reached again; while a page is busy (the import running) Back is off there;
- going to a step from the side panel or a "fix it" button: back along the path, or forward
  over pages whose Next is on;
- resume (the saved path, replayed) and reconnect (a login that expired reopens at step 14);
- the seller's answers (`SellerAnswers`): what one page asks and another uses, in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

QUALIFIED = "qualified"
UPGRADE = "upgrade"
REACH = "reach"
DONE = "done"
RECONNECT_STEP = "step14"  # a stored login that no longer works reopens the wizard here
REAL_STORE_ONLY = (REACH,)  # the platform check means nothing for the practice platform

BACK, FORWARD = "back", "forward"

SHOP_ID, API_KEY, API_SECRET, STORE_NAME = "shop_id", "api_key", "api_secret", "store_name"
# Told to listeners when the Shop ID was corrected to the shop that logged in (step 15): the
# key and secret checked at step 13 are unchanged, so that check still counts.
SHOP_CORRECTED = "shop_corrected"


@dataclass
class SellerAnswers:
    """What the seller told the wizard, read and written by the pages instead of each other's
    widgets. `api_secret` is for this session only: it is never saved (after Install the
    password store keeps it). Listeners hear the name of every field that changed."""

    shop_id: str = ""
    api_key: str = ""
    api_secret: str = field(default="", repr=False)  # never in a log line or an error
    store_name: str = ""
    qualified: str | None = None  # "yes", "no", "unsure" or None (not answered)
    _listeners: list[Callable[[str], None]] = field(default_factory=list, repr=False)

    def set(self, name: str, value: str) -> None:
        if name not in (SHOP_ID, API_KEY, API_SECRET, STORE_NAME):
            raise KeyError(name)
        if getattr(self, name) != value:
            setattr(self, name, value)
            for listener in list(self._listeners):
                listener(name)

    def set_credentials(self, shop_id: str, api_key: str, api_secret: str) -> None:
        for name, value in ((SHOP_ID, shop_id), (API_KEY, api_key), (API_SECRET, api_secret)):
            self.set(name, value)

    def correct_shop_id(self, shop_id: str) -> None:
        """The shop that logged in is the right one (step 15's "use this shop")."""
        self.set(SHOP_ID, shop_id)
        for listener in list(self._listeners):
            listener(SHOP_CORRECTED)

    def credentials(self) -> tuple[str, str, str]:
        return self.shop_id, self.api_key, self.api_secret

    def listen(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)


class Flow:
    """The navigation of one wizard. `practice()` says whether the practice platform is on."""

    def __init__(
        self,
        step_ids: Sequence[str],
        answers: SellerAnswers | None = None,
        practice: Callable[[], bool] = lambda: True,
    ) -> None:
        self.step_ids = list(step_ids)
        self.answers = answers if answers is not None else SellerAnswers()
        self._practice = practice
        self._committed: set[str] = set()
        self._busy: set[str] = set()

    # ----- the order -------------------------------------------------------------------------
    def skipped(self) -> tuple[str, ...]:
        """Pages the current mode does not show."""
        return REAL_STORE_ONLY if self._practice() else ()

    def page_id(self, step_id: str | None) -> int:
        """The window's page id of `step_id` (-1 for None: no further page)."""
        return self.step_ids.index(step_id) if step_id is not None else -1

    def next_step(self, step_id: str) -> str | None:
        """The page Next leads to from `step_id` (None on the last page)."""
        if step_id == QUALIFIED:
            if self.answers.qualified == "no" and UPGRADE in self.step_ids:
                return UPGRADE
            return self._after(UPGRADE if UPGRADE in self.step_ids else QUALIFIED)
        return self._after(step_id)

    def _after(self, step_id: str) -> str | None:
        if step_id not in self.step_ids:
            return None
        skipped = self.skipped()
        for later in self.step_ids[self.step_ids.index(step_id) + 1 :]:
            if later not in skipped:
                return later
        return None

    def walk(self, complete: Callable[[str], bool], start: str | None = None) -> list[str]:
        """The pages from `start` (the first page) on, as far as Next is on (`complete`)."""
        step: str | None = start or self.step_ids[0]
        path: list[str] = []
        while step is not None and step not in path:
            path.append(step)
            if not complete(step):
                break
            step = self.next_step(step)
        return path

    # ----- commit points ---------------------------------------------------------------------
    def set_committed(self, step_id: str, committed: bool = True) -> None:
        """`step_id` has started something Back must not undo (step 16: the import)."""
        if committed:
            self._committed.add(step_id)
        else:
            self._committed.discard(step_id)

    def committed(self, step_id: str) -> bool:
        return step_id in self._committed

    def set_busy(self, step_id: str, busy: bool = True) -> None:
        """A job is in flight on `step_id`: Back stays off there until it ends."""
        if busy:
            self._busy.add(step_id)
        else:
            self._busy.discard(step_id)

    def busy(self, step_id: str) -> bool:
        return step_id in self._busy

    def locked(self, path: Sequence[str]) -> list[str]:
        """Steps of `path` (first page to current) Back can no longer reach: up to and
        including the last commit point already passed."""
        before = list(path[:-1])
        last = max((i for i, s in enumerate(before) if s in self._committed), default=-1)
        return before[: last + 1]

    def back_allowed(self, path: Sequence[str]) -> bool:
        """Back is on: there is a page before, it is not locked, and this page is not busy."""
        return len(path) > 1 and path[-1] not in self._busy and path[-2] not in self.locked(path)

    # ----- going to a step -------------------------------------------------------------------
    def route(self, path: Sequence[str], target: str) -> str | None:
        """How to get from the end of `path` to `target`: BACK along the path, FORWARD over
        complete pages (the window stops at the first page whose Next is off), or None."""
        if target not in self.step_ids or target in self.locked(path) or not path:
            return None
        if target == path[-1]:
            return None
        if target in path:
            return BACK
        return FORWARD

    def reachable(self, path: Sequence[str], visited: Iterable[str]) -> set[str]:
        """Steps the side panel lets the seller jump to: the path taken and pages seen
        earlier, except locked ones and the upgrade page once the answer is no longer "No"."""
        seen = set(visited) & set(self.step_ids)
        if self.answers.qualified != "no":
            seen.discard(UPGRADE)  # not on the way any more once the answer changed
        return (seen | set(path)) - set(self.locked(path))

    # ----- resume and reconnect --------------------------------------------------------------
    def resume_path(self, saved_path: Sequence[str]) -> list[str]:
        """The saved path to replay: pages this wizard has, ending at the last real step
        (not at "done", where nothing is left to do)."""
        path = [s for s in saved_path if s in self.step_ids]
        if len(path) > 2 and path[-1] == DONE:
            path.pop()
        return path

    def offers_resume(self, saved_path: Sequence[str], started: bool) -> bool:
        last = saved_path[-1] if saved_path else None
        return started and last in self.step_ids and last != self.step_ids[0]

    def reconnect_entry(self) -> str:
        return RECONNECT_STEP
