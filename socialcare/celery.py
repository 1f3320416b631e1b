"""The Celery application. Tasks take ids, never model objects or post text."""

from __future__ import annotations

import os

from celery import Celery

from socialcare.lib.heartbeat import HeartbeatStep

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialcare.settings")

app = Celery("socialcare")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.steps["worker"].add(HeartbeatStep)
app.autodiscover_tasks()
