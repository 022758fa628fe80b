"""Fixed-window request counters per key, on an injectable clock."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass

from apicontracts.mock.engine.exchange import RateState


@dataclass(frozen=True)
class Window:
    limit: int
    seconds: int


class RateLimiter:
    """Counts requests per key in every window; windows start at multiples of their length."""

    def __init__(self, windows: tuple[Window, ...], clock: Callable[[], float]) -> None:
        self.windows = windows
        self.clock = clock
        # (key, window index) -> (window start, count)
        self._counts: dict[tuple[str, int], tuple[int, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> tuple[RateState, bool]:
        """Count one request; returns the tightest window's state and whether the request is allowed."""
        return self._apply(key, count=True)

    def peek(self, key: str) -> RateState:
        """The tightest window's state without counting a request."""
        return self._apply(key, count=False)[0]

    def _apply(self, key: str, *, count: bool) -> tuple[RateState, bool]:
        now = self.clock()
        allowed = True
        tightest: RateState | None = None
        with self._lock:
            for index, window in enumerate(self.windows):
                start = int(now // window.seconds) * window.seconds
                seen_start, used = self._counts.get((key, index), (start, 0))
                if seen_start != start:
                    used = 0
                if count:
                    if used >= window.limit:
                        allowed = False
                    else:
                        used += 1
                    self._counts[(key, index)] = (start, used)
                reset_at = start + window.seconds
                state = RateState(
                    window.limit, window.seconds, window.limit - used, reset_at, max(0, math.ceil(reset_at - now))
                )
                if tightest is None or state.remaining < tightest.remaining:
                    tightest = state
        assert tightest is not None, "a rate-limit policy has at least one window"
        return tightest, allowed
