"""Delivery under load and faults: the harness of `bench_publish` and the fault test.

It starts real processes — Celery beat and W Celery workers (thread pools) on the
configured Redis — against the configured database and the platform simulator (or
real endpoints), seeds approved posts and publications due at chosen times, injects
faults (platform errors through the simulator's control endpoint, SIGKILLed workers,
a Redis restarted empty), waits until every publication settles, and measures the
outcome against the platform's own record of what was posted.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import signal
import statistics
import string
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import redis
from django.conf import settings
from django.db import connection

from publishing.models import ConnectedAccount, Publication
from socialcare.lib import embedded_redis

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class FaultSpec:
    """`5xx=0.10,429=0.05,drop=0.03,kill=2,redis=1`, or `default` for that mix."""

    error_rate: float = 0.0
    rate_429: float = 0.0
    drop_rate: float = 0.0
    kills: int = 0
    redis_restarts: int = 0

    DEFAULT = "5xx=0.10,429=0.05,drop=0.03,kill=2,redis=1"
    KEYS = {"5xx": "error_rate", "429": "rate_429", "drop": "drop_rate"}

    @classmethod
    def parse(cls, spec: str | None) -> FaultSpec:
        if not spec or spec == "none":
            return cls()
        if spec == "default":
            spec = cls.DEFAULT
        values: dict[str, float | int] = {}
        for part in spec.split(","):
            key, _, raw = part.strip().partition("=")
            try:
                if key in cls.KEYS:
                    value = float(raw)
                    if not 0 <= value <= 1:
                        raise ValueError
                    values[cls.KEYS[key]] = value
                elif key == "kill":
                    values["kills"] = int(raw)
                elif key == "redis":
                    values["redis_restarts"] = int(raw)
                else:
                    raise KeyError(key)
            except (ValueError, KeyError) as exc:
                raise ValueError(
                    f"bad fault {part!r}: use 5xx=, 429=, drop= (0 to 1), kill=, redis= (counts)"
                ) from exc
        return cls(**values)

    @property
    def platform_faults(self) -> dict[str, float]:
        return {
            "error_rate": self.error_rate,
            "rate_429": self.rate_429,
            "drop_rate": self.drop_rate,
        }


def database_url() -> str:
    """The URL of the database this process uses (the test database under pytest)."""
    s = connection.settings_dict
    if s["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{Path(s['NAME']).resolve()}"
    user = s.get("USER") or ""
    password = f":{s['PASSWORD']}" if s.get("PASSWORD") else ""
    auth = f"{user}{password}@" if user else ""
    port = f":{s['PORT']}" if s.get("PORT") else ""
    return f"postgres://{auth}{s.get('HOST') or '127.0.0.1'}{port}/{s['NAME']}"


PLATFORM_SETTINGS = (
    "X_API_BASE_URL",
    "X_AUTHORIZE_URL",
    "X_WEB_URL",
    "X_CLIENT_ID",
    "X_CLIENT_SECRET",
    "FACEBOOK_GRAPH_URL",
    "FACEBOOK_WEB_URL",
    "FACEBOOK_GRAPH_VERSION",
    "FACEBOOK_APP_ID",
    "FACEBOOK_APP_SECRET",
)


# Delivery tuned for a run of a minute or two: short leases, claims and back-off, so
# that killed workers and lost tasks are recovered within the run.
QUICK_DELIVERY = {
    "PUBLISH_LEASE_SECONDS": "15",
    "PUBLISH_CLAIM_SECONDS": "8",
    "PUBLISH_READBACK_PAUSE_MS": "300",
    "PUBLISH_RETRY_BASE_SECONDS": "1",
    "PUBLISH_RETRY_MAX_SECONDS": "5",
    "PUBLISH_MAX_ATTEMPTS": "12",
    "PLATFORM_TIMEOUT_SECONDS": "5",
}


def process_environment(*, platform_urls: dict[str, str], **overrides: str) -> dict[str, str]:
    """What the worker and beat processes need: this database, Redis and platforms."""
    env = {
        **{name: str(getattr(settings, name)) for name in PLATFORM_SETTINGS},
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "socialcare.settings"),
        "DATABASE_URL": database_url(),
        "SOCIALCARE_EMBEDDED_REDIS_SOCKET": str(settings.EMBEDDED_REDIS_SOCKET),
        "PYTHONUNBUFFERED": "1",
        **platform_urls,
        **overrides,
    }
    if not settings.REDIS_EMBEDDED:
        env["REDIS_URL"] = settings.REDIS_URL
    return env


class Fleet:
    """Celery beat and W workers in their own processes."""

    def __init__(self, *, workers: int, env: dict[str, str], concurrency: int = 8) -> None:
        self.count = workers
        self.env = env
        self.concurrency = concurrency
        self.workers: list[subprocess.Popen | None] = [None] * workers
        self.beat: subprocess.Popen | None = None
        self._dir = tempfile.TemporaryDirectory(prefix="socialcare-fleet-")
        self._generation = 0

    def _worker_argv(self, index: int) -> list[str]:
        self._generation += 1
        return [
            sys.executable, "-m", "celery", "-A", "socialcare", "worker",
            "--pool", "threads", "--concurrency", str(self.concurrency),
            "--queues", "celery,dispatch", "--loglevel", "WARNING",
            "--hostname", f"fleet{index}-{self._generation}-{os.getpid()}@%h",
            "--without-mingle", "--without-gossip", "--without-heartbeat",
        ]  # fmt: skip

    def start_worker(self, index: int) -> None:
        self.workers[index] = subprocess.Popen(  # noqa: S603 - fixed argv
            self._worker_argv(index), cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL
        )

    def start(self) -> None:
        for index in range(self.count):
            self.start_worker(index)
        schedule = Path(self._dir.name) / "beat-schedule"
        self.beat = subprocess.Popen(  # noqa: S603 - fixed argv
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "socialcare",
                "beat",
                "--loglevel",
                "WARNING",
                "--schedule",
                str(schedule),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
        )

    def kill_worker(self, index: int) -> None:
        """SIGKILL: no warm shutdown, no acknowledgements, leases left behind."""
        process = self.workers[index]
        if process is not None:
            process.send_signal(signal.SIGKILL)
            process.wait()

    def alive(self) -> bool:
        processes = [*self.workers, self.beat]
        return all(p is not None and p.poll() is None for p in processes)

    def stop(self) -> None:
        for process in [*self.workers, self.beat]:
            if process is not None and process.poll() is None:
                process.terminate()
        for process in [*self.workers, self.beat]:
            if process is None:
                continue
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._dir.cleanup()


def restart_redis_empty() -> None:
    """Lose every queued message: restart the embedded server, or empty a real one
    and drop its clients (a shared server is not ours to restart)."""
    if settings.REDIS_EMBEDDED:
        socket = settings.EMBEDDED_REDIS_SOCKET
        embedded_redis.stop(socket)
        embedded_redis.start(socket)
        return
    client = redis.Redis.from_url(settings.REDIS_URL)
    client.flushdb()
    client.client_kill_filter(_type="normal", skipme=True)


@dataclass
class Outcome:
    count: int
    published: int
    failed: int
    unconfirmed: int
    held: int
    duplicates: int | None
    lost: int
    lateness_ms: dict[str, float]
    throughput_per_s: float
    seconds: float
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "count": self.count,
            "published": self.published,
            "failed": self.failed,
            "unconfirmed": self.unconfirmed,
            "held": self.held,
            "duplicates": self.duplicates,
            "lost": self.lost,
            "lateness_ms": self.lateness_ms,
            "throughput_per_s": self.throughput_per_s,
            "seconds": self.seconds,
        }


def settle(
    publication_ids: list[int],
    *,
    timeout: float,
    while_waiting: Callable[[float], None] | None = None,
) -> bool:
    """Wait until no publication is scheduled, claimed or sending."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if while_waiting is not None:
            while_waiting(time.monotonic() - started)
        if not Publication.objects.filter(pk__in=publication_ids).open().exists():
            return True
        time.sleep(0.25)
    return False


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return round(ordered[index], 1)


def measure(
    publication_ids: list[int], platform_posts: list[dict] | None, *, seconds: float
) -> Outcome:
    """Compare our publications with the platform's own record of posts.

    Without a record (real platforms keep theirs to themselves), duplicates cannot be
    counted (None) and "lost" means left open.
    """
    publications = list(
        Publication.objects.filter(pk__in=publication_ids).select_related("account")
    )
    record = platform_posts or []
    by_key = Counter((p["account_id"], p["id"]) for p in record)
    texts = Counter((p["account_id"], p["text"]) for p in record)
    states = Counter(p.state for p in publications)
    problems = []
    lost = 0
    for publication in publications:
        if publication.is_open:
            lost += 1
            problems.append(f"publication {publication.pk} left {publication.state}")
        elif publication.state == Publication.State.PUBLISHED and platform_posts is not None:
            key = (publication.account.external_id, publication.external_id)
            if by_key[key] != 1:
                lost += 1
                problems.append(f"publication {publication.pk}: its post is not on the platform")
    duplicates = sum(n - 1 for n in texts.values() if n > 1) if platform_posts is not None else None
    lateness = [
        (p.published_at - p.scheduled_at).total_seconds() * 1000
        for p in publications
        if p.state == Publication.State.PUBLISHED and p.published_at
    ]
    published_times = [p.published_at for p in publications if p.published_at]
    span = (
        (max(published_times) - min(p.scheduled_at for p in publications)).total_seconds()
        if published_times
        else 0
    )
    return Outcome(
        count=len(publications),
        published=states[Publication.State.PUBLISHED],
        failed=states[Publication.State.FAILED],
        unconfirmed=states[Publication.State.UNCONFIRMED],
        held=states[Publication.State.HELD],
        duplicates=duplicates,
        lost=lost,
        lateness_ms={
            "p50": round(statistics.median(lateness), 1) if lateness else 0.0,
            "p95": _percentile(lateness, 0.95),
            "p99": _percentile(lateness, 0.99),
            "max": round(max(lateness), 1) if lateness else 0.0,
        },
        throughput_per_s=round(len(lateness) / span, 1) if span > 0 else 0.0,
        seconds=round(seconds, 1),
        problems=problems,
    )


def due_times(count: int, *, start: dt.datetime, spread_s: float) -> list[dt.datetime]:
    """`count` times from `start`, evenly over `spread_s` seconds (0: all at once)."""
    if count <= 1 or spread_s <= 0:
        return [start] * count
    step = spread_s / (count - 1)
    return [start + dt.timedelta(seconds=i * step) for i in range(count)]


HEALTH_TIPS = (
    "Wash your hands for 20 seconds before meals and after the bus.",
    "Flu shots are free at every clinic this month; bring your insurance card.",
    "Drink water through the day: thirst lags behind what your body needs.",
    "A 20-minute walk after dinner helps your blood sugar settle.",
    "Check the smoke alarm batteries when the clocks change.",
)


def run_label() -> str:
    """Letters that make this run's texts unique (digits could read as a phone number)."""
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(6))


def seed_posts(count: int, *, author, label: str) -> list:
    """`count` approved posts with unique text (not patient-specific: approved by policy)."""
    from compliance.services import submit_for_review
    from posts.models import Topic
    from posts.services import PostContent, create_post

    topic = Topic.objects.order_by("pk").first()
    posts = []
    for index in range(count):
        tip = HEALTH_TIPS[index % len(HEALTH_TIPS)]
        post = create_post(
            author=author,
            content=PostContent(
                title=f"{label} tip {index + 1}",
                topic=topic,
                body=f"{tip} (tip {index + 1} of {label})",
            ),
        )
        posts.append(submit_for_review(post=post, actor=author))
    return posts


def create_publications(
    posts: list, accounts: list[ConnectedAccount], times: list[dt.datetime], *, author
) -> list[int]:
    """One publication per post, on the accounts in turn, due at `times`."""
    publications = Publication.objects.bulk_create(
        [
            Publication(
                post=post,
                account=accounts[index % len(accounts)],
                scheduled_at=at,
                created_by=author,
            )
            for index, (post, at) in enumerate(zip(posts, times, strict=True))
        ]
    )
    if any(p.pk is None for p in publications):  # backends without RETURNING
        return list(
            Publication.objects.filter(post__in=posts).order_by("pk").values_list("pk", flat=True)
        )
    return [p.pk for p in publications]


class Chaos:
    """Kills workers (SIGKILL, then a fresh one) and empties Redis at set moments."""

    def __init__(self, fleet: Fleet, faults: FaultSpec, *, window: float) -> None:
        events: list[tuple[float, str, int]] = []
        for i in range(faults.kills):
            at = window * (0.3 + 0.3 * i / max(1, faults.kills - 1))
            events.append((at, "kill", i % fleet.count))
        for i in range(faults.redis_restarts):
            events.append((window * (0.5 + 0.1 * i), "redis", 0))
        self.events = sorted(events)
        self.fleet = fleet
        self.done: list[str] = []

    def tick(self, elapsed: float) -> None:
        while self.events and self.events[0][0] <= elapsed:
            _, kind, index = self.events.pop(0)
            if kind == "kill":
                self.fleet.kill_worker(index)
                self.fleet.start_worker(index)
            else:
                restart_redis_empty()
            self.done.append(f"{kind} at {elapsed:.1f}s")
