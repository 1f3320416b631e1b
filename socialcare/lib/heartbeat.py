"""Worker heartbeat: each Celery worker stamps a Redis key every few seconds.

/healthz reads the newest stamp. A bootstep of the worker itself is used (not a beat
task) so that the heartbeat says "a worker process is alive and reaches Redis",
independent of whether beat is running.
"""

from __future__ import annotations

import logging
import socket
import time

import redis
from celery import bootsteps
from django.conf import settings

log = logging.getLogger(__name__)

KEY_PREFIX = "socialcare:worker-heartbeat:"


def redis_client() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL, socket_timeout=2, socket_connect_timeout=2)


def beat(client: redis.Redis, worker_name: str) -> None:
    client.set(
        f"{KEY_PREFIX}{worker_name}", f"{time.time():.3f}", ex=settings.WORKER_HEARTBEAT_MAX_AGE
    )


def newest_heartbeat_age(client: redis.Redis) -> float | None:
    """Seconds since the freshest worker heartbeat, or None when there is none."""
    keys = list(client.scan_iter(match=f"{KEY_PREFIX}*", count=100))
    if not keys:
        return None
    stamps = [float(v) for v in client.mget(keys) if v is not None]
    if not stamps:
        return None
    return max(0.0, time.time() - max(stamps))


class HeartbeatStep(bootsteps.StartStopStep):
    requires = {"celery.worker.components:Timer"}

    def __init__(self, worker, **kwargs):
        super().__init__(worker, **kwargs)
        self.tref = None
        self.name = worker.hostname or socket.gethostname()

    def start(self, worker):
        client = redis_client()

        def tick() -> None:
            try:
                beat(client, self.name)
            except redis.RedisError:
                log.warning("worker heartbeat could not reach Redis")

        tick()
        self.tref = worker.timer.call_repeatedly(settings.WORKER_HEARTBEAT_INTERVAL, tick)

    def stop(self, worker):
        if self.tref is not None:
            self.tref.cancel()
            self.tref = None
