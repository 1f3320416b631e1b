"""`make bench`: run every benchmark and print its figures as JSON lines.

Each benchmark sets up its own throw-away SQLite database and embedded Redis, so it
never touches the demo's data. Figures are medians of repeated runs measured side by
side in one process; docs/benchmarks.md records them with the command that made them.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

BENCHMARKS = ("bench.editor", "bench.phi_speed", "bench.phi_eval", "bench.publish")


def main(argv: list[str]) -> int:
    work = Path(tempfile.mkdtemp(prefix="socialcare-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "socialcare.test_settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{work / 'bench.sqlite3'}"
    os.environ.setdefault("SOCIALCARE_EMBEDDED_REDIS_SOCKET", str(work / "redis.sock"))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the in-process test client, as in the test suite

    call_command("migrate", interactive=False, verbosity=0)
    selected = argv or list(BENCHMARKS)
    for name in selected:
        module = __import__(name, fromlist=["run"])
        for result in module.run():
            print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
