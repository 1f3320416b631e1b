"""Injected faults: which API calls fail, hang, or lose their answer.

Each in-scope API call draws the same five numbers from one seeded RNG, so a run with a
given seed and the same sequence of calls injects the same faults.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Any

WRITE_METHODS = frozenset({"POST", "DELETE"})
GRAPH_THROTTLE_CODES = frozenset({4, 17, 32, 613, 80001})

DEFAULT_FAULTS: dict[str, Any] = {
    "error_rate": 0.0,
    "rate_429": 0.0,
    "drop_rate": 0.0,
    "timeout_rate": 0.0,
    "latency_ms": 0.0,
    "hang_s": 30.0,
    "rate_reset_s": 2.0,
    "seed": 0,
    "scope": "writes",
    "graph_throttle_code": 32,
}
RATES = ("error_rate", "rate_429", "drop_rate", "timeout_rate")


@dataclass(frozen=True)
class FaultPlan:
    """What to do to one call."""

    latency_s: float = 0.0
    error_status: int | None = None  # 500 or 503, answered before doing anything
    throttle: bool = False  # the platform's rate-limit answer, before doing anything
    hang_s: float = 0.0  # sleep, then do the work and answer
    drop: bool = False  # do the work, then close the connection without answering


NO_FAULTS = FaultPlan()


def validate(values: dict[str, Any]) -> dict[str, Any]:
    """Check a partial fault setting; raise ValueError naming the bad key."""
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key not in DEFAULT_FAULTS:
            raise ValueError(f"unknown fault setting {key!r}")
        if key in RATES:
            if not isinstance(value, int | float) or not 0 <= value <= 1:
                raise ValueError(f"{key} must be a number from 0 to 1")
            clean[key] = float(value)
        elif key in ("latency_ms", "hang_s", "rate_reset_s"):
            if not isinstance(value, int | float) or not 0 <= value <= 600_000:
                raise ValueError(f"{key} must be a non-negative number")
            clean[key] = float(value)
        elif key == "seed":
            if not isinstance(value, int) or isinstance(value, bool):
                raise ValueError("seed must be an integer")
            clean[key] = value
        elif key == "scope":
            if value not in ("writes", "all"):
                raise ValueError('scope must be "writes" or "all"')
            clean[key] = value
        elif key == "graph_throttle_code":
            if value not in GRAPH_THROTTLE_CODES:
                raise ValueError(
                    f"graph_throttle_code must be one of {sorted(GRAPH_THROTTLE_CODES)}"
                )
            clean[key] = value
    return clean


class FaultInjector:
    def __init__(self, *, seed: int = 0) -> None:
        self._lock = threading.Lock()
        self._default_seed = seed
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.settings = {**DEFAULT_FAULTS, "seed": self._default_seed}
            self._rng = random.Random(self._default_seed)  # noqa: S311 - not for secrets

    def update(self, values: dict[str, Any]) -> dict[str, Any]:
        clean = validate(values)
        with self._lock:
            self.settings.update(clean)
            if "seed" in clean:
                self._rng = random.Random(clean["seed"])  # noqa: S311 - not for secrets
            return dict(self.settings)

    def current(self) -> dict[str, Any]:
        with self._lock:
            return dict(self.settings)

    def draw(self, method: str) -> FaultPlan:
        with self._lock:
            s = self.settings
            latency_s = s["latency_ms"] / 1000
            if s["scope"] == "writes" and method not in WRITE_METHODS:
                return FaultPlan(latency_s=latency_s)
            error, throttle, hang, drop, which = (self._rng.random() for _ in range(5))
            if error < s["error_rate"]:
                return FaultPlan(latency_s=latency_s, error_status=500 if which < 0.5 else 503)
            if throttle < s["rate_429"]:
                return FaultPlan(latency_s=latency_s, throttle=True)
            return FaultPlan(
                latency_s=latency_s,
                hang_s=s["hang_s"] if hang < s["timeout_rate"] else 0.0,
                drop=drop < s["drop_rate"],
            )
