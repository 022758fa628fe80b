"""Injected faults and latency: per request (Prism's `Prefer` header) and per server (config)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from apicontracts.mock.engine.config import MockConfig

PREFER_ITEM = re.compile(r"\s*(code|delay)\s*=\s*\"?([0-9]{1,6})\"?\s*", re.IGNORECASE)
# A client cannot make the mock hold a connection longer than this.
MAX_DELAY_SECONDS = 30.0


@dataclass(frozen=True)
class Preference:
    """What a `Prefer` header asks for: `Prefer: code=503, delay=200` (milliseconds)."""

    code: int | None = None
    delay_ms: int | None = None


def parse_prefer(value: str | None) -> Preference:
    if not value:
        return Preference()
    code = delay = None
    for item in re.split(r"[,;]", value):
        found = PREFER_ITEM.fullmatch(item)
        if found and found.group(1).lower() == "code":
            code = int(found.group(2))
        elif found:
            delay = int(found.group(2))
    return Preference(code, delay)


class FaultInjector:
    """Decides, per request, whether to fail on purpose and how long to wait first."""

    def __init__(self, config: MockConfig) -> None:
        self.config = config
        self._dice = random.Random(config.random_seed)

    def delay_seconds(self, preference: Preference) -> float:
        total = self.config.latency_ms + (preference.delay_ms or 0)
        return min(total / 1000.0, MAX_DELAY_SECONDS)

    def fault(self, preference: Preference, documented: frozenset[int]) -> int | None:
        """The error status to answer instead of running the operation, or None."""
        if preference.code is not None and preference.code >= 400 and preference.code in documented:
            return preference.code
        if self.config.error_rate > 0 and self._dice.random() < self.config.error_rate:
            server_errors = sorted(status for status in documented if status >= 500)
            return self._dice.choice(server_errors or [500])
        return None
