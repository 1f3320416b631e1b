"""`manage.py run_simulator --port 8025`: the platform simulator in the foreground.

Serves X API v2, the Graph API, the consent screens, the timeline page and the control
endpoints (docs/simulator.md) until Ctrl-C or SIGTERM. Needs no database.
"""

from __future__ import annotations

import signal
import threading
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from publishing.simulator import Simulator


class Command(BaseCommand):
    help = "Run the X and Facebook platform simulator until interrupted."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--port", type=int, default=8025)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--seed", type=int, default=0, help="The fault RNG's seed.")
        parser.add_argument(
            "--log-requests", action="store_true", help="Log every request (method, path)."
        )

    def handle(self, *args: Any, port: int, host: str, seed: int, **options: Any) -> None:
        stop = threading.Event()
        previous = {
            signum: signal.signal(signum, lambda *_: stop.set())
            for signum in (signal.SIGINT, signal.SIGTERM)
        }
        simulator = Simulator(seed=seed, verbose=options["log_requests"])
        try:
            base_url = simulator.start(host=host, port=port)
            self.stdout.write(f"Platform simulator on {base_url} (timelines at {base_url}/)")
            for name, value in simulator.settings_env().items():
                self.stdout.write(f"  {name}={value}")
            self.stdout.flush()
            while not stop.wait(0.5):
                pass
        finally:
            simulator.stop()
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        self.stdout.write("Simulator stopped.")
