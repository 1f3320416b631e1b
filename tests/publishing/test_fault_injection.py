"""Exactly-once delivery through faults, with real processes.

Two Celery worker processes and Celery beat on the suite's Redis, the platform
simulator over HTTP injecting 10% server errors, 5% rate limits and 3% "created, then
the connection dropped"; a worker SIGKILLed twice mid-run (a fresh one started each
time) and Redis restarted empty once. Afterwards the simulator's own record must show
every publication exactly once, or the publication failed or unconfirmed with a
reason, and none may be left claimed or sending.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from django.utils import timezone

from posts.composition import Draft
from publishing import loadtest
from publishing.models import Publication
from tests.conftest import reseed_migration_data

State = Publication.State
pytestmark = pytest.mark.django_db(transaction=True)

COUNT = 200


@pytest.fixture(autouse=True)
def _seeded(transactional_db) -> None:
    reseed_migration_data()


def test_every_publication_goes_out_exactly_once_through_faults(
    simulator, accounts, comms, redis_server
):
    # Duplicates are accepted, so that a double send by us would show in the record
    # instead of being refused by the platform.
    simulator.configure(x_post_limit=100_000, reject_duplicates=False)
    env = loadtest.process_environment(
        platform_urls=simulator.settings_env(),
        DJANGO_SETTINGS_MODULE="socialcare.test_settings",
        **loadtest.QUICK_DELIVERY,
    )
    fleet = loadtest.Fleet(workers=2, env=env, concurrency=6)
    fleet.start()
    try:
        posts = loadtest.seed_posts(COUNT, author=comms, label="fault test")
        start = timezone.now() + dt.timedelta(seconds=2)
        times = loadtest.due_times(COUNT, start=start, spread_s=6)
        ids = loadtest.create_publications(posts, list(accounts.values()), times, author=comms)
        simulator.set_faults(error_rate=0.10, rate_429=0.05, drop_rate=0.03, seed=20261121)
        faults = loadtest.FaultSpec(kills=2, redis_restarts=1)
        chaos = loadtest.Chaos(fleet, faults, window=10)

        settled = loadtest.settle(ids, timeout=150, while_waiting=chaos.tick)
        simulator.set_faults(error_rate=0.0, rate_429=0.0, drop_rate=0.0)
    finally:
        fleet.stop()

    assert len(chaos.done) == 3, chaos.done
    stats = simulator.stats()
    publications = list(Publication.objects.filter(pk__in=ids).select_related("account", "post"))
    left = [(p.pk, p.state) for p in publications if p.is_open]
    assert settled and not left, f"left open: {left[:10]}"

    record = simulator.posts()
    copies = Counter((p["account_id"], p["text"]) for p in record)
    by_id = {(p["account_id"], p["id"]): p for p in record}
    for publication in publications:
        account = publication.account
        text = Draft.of(publication.post).compose(account.platform)
        found = copies[(account.external_id, text)]
        if publication.state == State.PUBLISHED:
            assert found == 1, f"publication {publication.pk} is on the platform {found} times"
            assert (account.external_id, publication.external_id) in by_id
        else:
            assert publication.state in (State.FAILED, State.UNCONFIRMED), publication.state
            assert publication.reason
            assert found <= 1
    states = Counter(p.state for p in publications)
    # Faults were injected and survived, not avoided.
    assert sum(stats["faults"].values()) >= COUNT * 0.1, stats["faults"]
    assert states[State.PUBLISHED] >= COUNT * 0.9, states
