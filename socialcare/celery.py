"""The Celery application. Tasks take ids, never model objects or post text."""

from __future__ import annotations

import os

from celery import Celery
from celery.signals import task_prerun
from django.db import close_old_connections

from socialcare.lib.heartbeat import HeartbeatStep

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialcare.settings")

app = Celery("socialcare")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Celery's Django fixup closes every database connection before and after each task
# unless told to reuse them; reconnecting to PostgreSQL for every publication costs
# more than the publication. Connections are kept instead, and Django's own rules
# (CONN_MAX_AGE, CONN_HEALTH_CHECKS) retire them, as they do for web requests.
app.conf.update(CELERY_DB_REUSE_MAX=1_000_000)
app.steps["worker"].add(HeartbeatStep)
app.autodiscover_tasks()


@task_prerun.connect
def _retire_old_connections(**kwargs) -> None:
    close_old_connections()
