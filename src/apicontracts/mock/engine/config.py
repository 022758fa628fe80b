"""How a mock server behaves beyond its API: faults, latency, validation, limits, time."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class MockConfig:
    """Server-wide settings; the defaults behave like the real service."""

    # Fraction of requests (0..1) answered with a documented 5xx, to exercise client retries.
    error_rate: float = 0.0
    # Added to every request, in milliseconds.
    latency_ms: float = 0.0
    validate_requests: bool = True
    # A response that breaks the spec is a mock or spec bug: logged and replaced by a 500.
    validate_responses: bool = True
    rate_limits: bool = True
    # Bodies larger than this are refused with the API's "bad request" status.
    max_body_bytes: int = 1_048_576
    # Epoch seconds; tests pass a fake clock to step over token expiry and rate-limit windows.
    clock: Callable[[], float] = field(default=time.time)
    # Seed for the fault-injection dice (None: unpredictable).
    random_seed: int | None = None
