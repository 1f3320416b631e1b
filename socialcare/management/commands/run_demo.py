"""`make run`: migrate, seed, and run every process of SocialCare until Ctrl-C.

Starts the embedded Redis (when REDIS_URL is unset), the web server (gunicorn on
127.0.0.1:$PORT, default 8000), a Celery worker and Celery beat. Ctrl-C (or SIGTERM)
stops every process it started. If one of them dies, the others are stopped too, so
that a half-running demo never looks healthy.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from socialcare.lib import embedded_redis

STOP_GRACE_S = 10


class Command(BaseCommand):
    help = "Run the SocialCare demo: web, worker, beat and embedded Redis."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))

    def handle(self, *args, port: int, host: str, **options) -> None:
        if not settings.DEMO_MODE:
            raise CommandError("run_demo needs SOCIALCARE_DEMO=1 (use `make run`).")
        started_redis = False
        if settings.REDIS_EMBEDDED:
            started_redis = embedded_redis.start(settings.EMBEDDED_REDIS_SOCKET)
            self.stdout.write(f"Embedded Redis on {settings.EMBEDDED_REDIS_SOCKET}")
        call_command("migrate", interactive=False, verbosity=0)
        call_command("seed_demo")
        (settings.VAR_DIR).mkdir(exist_ok=True)
        processes = {}
        try:
            if self._simulated():
                processes["simulator"] = self._start_simulator()
                self._connect_demo_accounts()
            processes.update(self._start(host, port))
        except BaseException:
            self._stop(processes)
            raise
        self._banner(host, port)
        try:
            self._wait(processes)
        finally:
            self._stop(processes)
            if started_redis:
                embedded_redis.stop(settings.EMBEDDED_REDIS_SOCKET)
            self.stdout.write("Stopped.")

    @staticmethod
    def _simulated() -> bool:
        return f"http://127.0.0.1:{settings.SIMULATOR_PORT}" == settings.X_API_BASE_URL

    def _start_simulator(self) -> subprocess.Popen:
        """The platform simulator, which the demo's X account and Facebook Page live on."""
        port = settings.SIMULATOR_PORT
        process = subprocess.Popen(  # noqa: S603 - fixed argv
            [sys.executable, "manage.py", "run_simulator", "--port", str(port)],
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}/_sim/stats"
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                if requests.get(url, timeout=1).ok:
                    self.stdout.write(f"Platform simulator on http://127.0.0.1:{port}/")
                    return process
            except requests.RequestException:
                pass
            if process.poll() is not None:
                break
            time.sleep(0.2)
        process.kill()
        raise CommandError(f"the platform simulator did not start on port {port}")

    def _connect_demo_accounts(self) -> None:
        """The simulator starts empty each time: connect its X account and Page again."""
        from publishing.demo import connect_simulated_accounts

        admin = get_user_model().objects.filter(username="admin").first()
        accounts = connect_simulated_accounts(
            x_users=("2244994945",), pages=("200000000000001",), actor=admin
        )
        names = ", ".join(str(a) for a in accounts)
        self.stdout.write(f"Connected simulated accounts: {names}")

    def _start(self, host: str, port: int) -> dict[str, subprocess.Popen]:
        python = sys.executable
        # Beat's file only records when each periodic task last ran (the database holds
        # what to publish): start it afresh, so that a file cut short by a run that was
        # killed cannot stop beat from starting ("EOFError: Ran out of input").
        schedule = settings.VAR_DIR / "celerybeat-schedule"
        for stale in schedule.parent.glob(f"{schedule.name}*"):
            stale.unlink(missing_ok=True)
        commands = {
            "web": [
                python,
                "-m",
                "gunicorn",
                "socialcare.wsgi",
                "--bind",
                f"{host}:{port}",
                "--workers",
                "2",
                "--threads",
                "4",
                "--access-logfile",
                "-",
                "--graceful-timeout",
                "5",
            ],
            "worker": [
                python,
                "-m",
                "celery",
                "-A",
                "socialcare",
                "worker",
                "--loglevel",
                "INFO",
                # Publishing waits on the network: threads, and the dispatcher's queue.
                "--pool",
                "threads",
                "--concurrency",
                "8",
                "--queues",
                "celery,dispatch",
                "--hostname",
                "demo@%h",
            ],
            "beat": [
                python,
                "-m",
                "celery",
                "-A",
                "socialcare",
                "beat",
                "--loglevel",
                "INFO",
                "--schedule",
                str(schedule),
            ],
        }
        # Each child in its own process group: Ctrl-C reaches us, and we stop them
        # in order instead of all at once.
        return {
            name: subprocess.Popen(argv, start_new_session=True)  # noqa: S603
            for name, argv in commands.items()
        }

    def _banner(self, host: str, port: int) -> None:
        password = settings.DEMO_PASSWORD
        self.stdout.write(
            self.style.SUCCESS(f"\nSocialCare is running at http://{host}:{port}/\n")
            + "Demo logins (password: "
            + password
            + "):\n"
            + "  comms       drafts and schedules posts\n"
            + "  compliance  reviews patient stories and keeps the release register\n"
            + "  admin       manages accounts, users and settings\n"
            + "  lead        Comms and Compliance together\n"
            + f"Health: http://{host}:{port}/healthz   Press Ctrl-C to stop.\n"
            + (self._simulator_line() if self._simulated() else "")
        )

    @staticmethod
    def _simulator_line() -> str:
        url = f"http://127.0.0.1:{settings.SIMULATOR_PORT}/"
        return f"Platform simulator (what was published): {url}\n"

    def _wait(self, processes: dict[str, subprocess.Popen]) -> None:
        stop = {"now": False}

        def on_signal(signum, frame) -> None:
            stop["now"] = True

        # Ctrl-C is handled here as well, not left to Python's default: a runner started
        # from a script in the background inherits SIGINT ignored, and would never stop.
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        while not stop["now"]:
            for name, process in processes.items():
                if process.poll() is not None:
                    self.stderr.write(f"{name} exited with status {process.returncode}")
                    return
            time.sleep(0.5)

    def _stop(self, processes: dict[str, subprocess.Popen]) -> None:
        for process in processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        for process in processes.values():
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
