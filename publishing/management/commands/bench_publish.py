"""Publish N posts through real workers, with faults, and measure exactly-once delivery.

    python manage.py bench_publish --count 1000 --workers 2 --spread 0 --json
    python manage.py bench_publish --count 300 --workers 2 --spread 60 --json
    python manage.py bench_publish --count 200 --workers 2 --faults default --json

Runs against the platform simulator, started here on a free port, unless
X_API_BASE_URL / FACEBOOK_GRAPH_URL are set in the environment (then against what they
point to, with the connected accounts already in the database). Uses the configured
database and Redis: point DATABASE_URL at a scratch database (`make bench` does).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from publishing import loadtest
from publishing.demo import connect_simulated_accounts
from publishing.models import ConnectedAccount
from socialcare.lib import embedded_redis
from socialcare.roles import COMMS


class Command(BaseCommand):
    help = "Measure delivery: lateness, throughput, duplicates and losses under faults."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--count", type=int, default=200)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--concurrency", type=int, default=8, help="Threads per worker.")
        parser.add_argument(
            "--spread", type=float, default=0.0, help="Seconds over which they fall due."
        )
        parser.add_argument("--lead", type=float, default=3.0, help="Seconds until the first.")
        parser.add_argument("--faults", default="none", help=f"e.g. {loadtest.FaultSpec.DEFAULT}")
        parser.add_argument("--timeout", type=float, default=300.0)
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options) -> None:
        try:
            faults = loadtest.FaultSpec.parse(options["faults"])
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if options["count"] < 1 or options["workers"] < 1:
            raise CommandError("--count and --workers must be at least 1")
        call_command("migrate", verbosity=0)
        started_redis = settings.REDIS_EMBEDDED and embedded_redis.start(
            settings.EMBEDDED_REDIS_SOCKET
        )
        external = bool(os.environ.get("X_API_BASE_URL") or os.environ.get("FACEBOOK_GRAPH_URL"))
        simulator = None
        if external:
            urls: dict[str, str] = {}
            accounts = list(ConnectedAccount.objects.filter(state=ConnectedAccount.State.ACTIVE))
            if any(faults.platform_faults.values()):
                raise CommandError("platform faults (5xx, 429, drop) need the simulator")
        else:
            from publishing.simulator.server import Simulator

            simulator = Simulator()
            simulator.start()
            urls = simulator.settings_env()
            for name, value in urls.items():
                setattr(settings, name, value)
            # Duplicates accepted: a double send by us shows in the record.
            simulator.configure(x_post_limit=1_000_000, reject_duplicates=False)
            accounts = connect_simulated_accounts()
        if not accounts:
            raise CommandError("no active connected accounts")
        user, _ = get_user_model().objects.get_or_create(username="bench-publisher")
        user.groups.add(Group.objects.get(name=COMMS))
        user = get_user_model().objects.get(pk=user.pk)  # permissions cache
        env = loadtest.process_environment(platform_urls=urls, **loadtest.QUICK_DELIVERY)
        fleet = loadtest.Fleet(
            workers=options["workers"], env=env, concurrency=options["concurrency"]
        )
        try:
            fleet.start()
            posts = loadtest.seed_posts(
                options["count"], author=user, label=f"set {loadtest.run_label()}"
            )
            start = timezone.now() + dt.timedelta(seconds=options["lead"])
            times = loadtest.due_times(options["count"], start=start, spread_s=options["spread"])
            ids = loadtest.create_publications(posts, accounts, times, author=user)
            if simulator is not None:
                simulator.set_faults(**faults.platform_faults, seed=20261121)
            began = time.monotonic()
            chaos = loadtest.Chaos(fleet, faults, window=max(options["spread"], 8.0))
            settled = loadtest.settle(ids, timeout=options["timeout"], while_waiting=chaos.tick)
            seconds = time.monotonic() - began
            if simulator is not None:
                simulator.set_faults(error_rate=0, rate_429=0, drop_rate=0)
            posts = simulator.posts() if simulator is not None else None
            outcome = loadtest.measure(ids, posts, seconds=seconds)
        finally:
            fleet.stop()
            if simulator is not None:
                simulator.stop()
            if started_redis:
                embedded_redis.stop(settings.EMBEDDED_REDIS_SOCKET)
        result = outcome.as_dict()
        result.update(
            workers=options["workers"],
            faults=options["faults"],
            database=settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
            settled=settled,
        )
        if options["json"]:
            self.stdout.write(json.dumps(result))
        else:
            for key, value in result.items():
                self.stdout.write(f"{key}: {value}")
        for problem in outcome.problems[:20]:
            self.stderr.write(problem)
        if not settled or outcome.lost or outcome.duplicates:
            raise CommandError("publications were lost or duplicated")
