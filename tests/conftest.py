"""Shared fixtures: the embedded Redis, people in each role, and a real Celery worker."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.contrib.auth.models import Group

from compliance import services as compliance_services
from compliance.models import PatientRelease
from posts.models import Topic
from posts.services import PostContent, create_post
from publishing.simulator import Simulator
from socialcare.lib import embedded_redis
from socialcare.roles import ADMIN, COMMS, COMPLIANCE, sync_roles
from tests.factories import PDF, STORY, complete_release

ROOT = Path(__file__).resolve().parent.parent
TEST_PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session", autouse=True)
def redis_server() -> Iterator[str]:
    """The suite's Redis: the embedded one unless REDIS_URL points at a server."""
    started = False
    if settings.REDIS_EMBEDDED:
        started = embedded_redis.start(settings.EMBEDDED_REDIS_SOCKET)
    yield settings.REDIS_URL
    if started:
        embedded_redis.stop(settings.EMBEDDED_REDIS_SOCKET)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def make_user(db, django_user_model) -> Callable[..., object]:
    def make(username: str, *roles: str, **fields):
        user = django_user_model.objects.create_user(
            username=username,
            password=TEST_PASSWORD,
            email=f"{username}@hospital.example",
            **fields,
        )
        user.groups.set(Group.objects.filter(name__in=roles))
        return user

    return make


@pytest.fixture
def comms(make_user):
    return make_user("casey", COMMS, first_name="Casey", last_name="Morgan")


@pytest.fixture
def compliance(make_user):
    return make_user("priya", COMPLIANCE, first_name="Priya", last_name="Shah")


@pytest.fixture
def admin_member(make_user):
    return make_user("alex", ADMIN, first_name="Alex", last_name="Rivera", is_staff=True)


@pytest.fixture
def lead(make_user):
    return make_user("jordan", COMMS, COMPLIANCE)


@pytest.fixture
def outsider(make_user):
    """Signed in, but holds no role."""
    return make_user("visitor")


@pytest.fixture
def topic(db) -> Topic:
    return Topic.objects.get(slug="flu-and-respiratory")


@pytest.fixture
def make_release(compliance):
    def make(document: bytes | None = PDF, **overrides) -> PatientRelease:
        return compliance_services.create_release(
            actor=compliance,
            release=complete_release(**overrides),
            document=compliance_services.ReleaseDocument(document, "application/pdf")
            if document
            else None,
        )

    return make


@pytest.fixture
def release(make_release) -> PatientRelease:
    return make_release()


@pytest.fixture
def story(comms, topic):
    return create_post(
        author=comms,
        content=PostContent(title="NICU discharge", topic=topic, body=STORY, hashtags="#NICU"),
    )


@pytest.fixture
def tip(comms, topic):
    return create_post(
        author=comms,
        content=PostContent(
            title="Flu shots",
            topic=topic,
            body="Flu shots are free at our clinic this week. Protect yourself and others.",
        ),
    )


@pytest.fixture
def celery_worker_process() -> Iterator[subprocess.Popen]:
    """A real Celery worker in its own process, on the suite's Redis."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "socialcare.test_settings"}
    process = subprocess.Popen(
        [
            sys.executable, "-m", "celery", "-A", "socialcare", "worker",
            "--pool", "solo", "--loglevel", "WARNING", "--hostname", f"test-{os.getpid()}@%h",
            "--without-mingle", "--without-gossip",
        ],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    yield process
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def reseed_migration_data() -> None:
    """Put back what the data migrations seed (roles, topics, the content library).

    A transactional test's database is flushed afterwards, and with it that data.
    """
    seed_library = importlib.import_module("posts.migrations.0002_seed_library")
    seed_library.seed(django_apps, None)
    sync_roles(django_apps)


def wait_until(condition: Callable[[], bool], *, timeout: float = 20.0) -> bool:
    """Poll `condition` until true or the timeout passes (for processes starting up)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


# --- The platform simulator (docs/simulator.md), over real HTTP -------------------------


@pytest.fixture(scope="session")
def simulator_server() -> Iterator[Simulator]:
    """One simulator for the session, on a free port of 127.0.0.1."""
    server = Simulator()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def simulator(simulator_server: Simulator, settings) -> Simulator:
    """The simulator as seeded (reset before each test), with the settings pointed at it.

    Control it over HTTP like any process would: `simulator.set_faults(drop_rate=1.0)`,
    `.configure(x_post_limit=3)`, `.advance_clock(60)`, `.invalidate_tokens(account_id)`,
    `.issue_tokens(account_id)`, `.posts()`, `.stats()`.
    """
    simulator_server.reset()
    for name, value in simulator_server.settings_env().items():
        setattr(settings, name, value)
    return simulator_server


@pytest.fixture
def accounts(simulator, admin_member) -> dict:
    """The simulator's two X users and two Pages, connected through OAuth over HTTP."""
    from publishing.demo import connect_simulated_accounts

    by_id = {a.external_id: a for a in connect_simulated_accounts(actor=admin_member)}
    return {
        "x": by_id["2244994945"],
        "x2": by_id["2244994946"],
        "facebook": by_id["200000000000001"],
        "facebook2": by_id["200000000000002"],
    }
