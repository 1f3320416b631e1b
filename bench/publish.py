"""Delivery at scale: `manage.py bench_publish` in its three standard scenarios.

- publish_spread: 300 publications due evenly over a minute, no faults (target: p99
  lateness within 1 s of their time).
- publish_burst: 1,000 due at the same second, 2 worker processes (target: all
  published within 10 s).
- publish_faults: 200 due within a few seconds, the simulator injecting 10% 5xx, 5%
  429 and 3% "created, then the connection dropped", a worker SIGKILLed twice and Redis
  restarted empty once (target: zero duplicates, zero lost).

Each runs real Celery beat and worker processes against the platform simulator.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from django.core.management import call_command

SCENARIOS = (
    ("publish_spread", ["--count", "300", "--workers", "2", "--spread", "60"]),
    ("publish_burst", ["--count", "1000", "--workers", "2", "--spread", "0"]),
    (
        "publish_faults",
        ["--count", "200", "--workers", "2", "--spread", "3", "--faults", "default"],
    ),
)


def run() -> Iterator[dict]:
    for name, argv in SCENARIOS:
        out = io.StringIO()
        call_command("bench_publish", *argv, "--json", stdout=out, stderr=io.StringIO())
        yield {
            "bench": name,
            "command": "manage.py bench_publish " + " ".join(argv),
            **json.loads(out.getvalue().strip().splitlines()[-1]),
        }
