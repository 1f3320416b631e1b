"""/healthz: the database, Redis and a Celery worker's heartbeat, without login."""

from __future__ import annotations

import time
from unittest import mock

import pytest
from django.urls import reverse

from socialcare.lib.heartbeat import KEY_PREFIX, redis_client
from tests.conftest import wait_until


@pytest.fixture
def no_heartbeats(db):
    client = redis_client()
    for key in client.scan_iter(match=f"{KEY_PREFIX}*"):
        client.delete(key)


def test_it_is_healthy_when_a_worker_is_running(client, no_heartbeats, celery_worker_process):
    assert wait_until(lambda: client.get(reverse("healthz")).status_code == 200, timeout=30)
    body = client.get(reverse("healthz")).json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["redis"]["ok"] is True
    assert body["checks"]["worker"]["ok"] is True
    assert body["checks"]["worker"]["heartbeat_age_s"] < 30


def test_it_reports_no_worker_when_none_ever_ran(client, no_heartbeats):
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["worker"] == {"ok": False, "heartbeat_age_s": None}
    assert body["checks"]["redis"]["ok"] is True


def test_it_reports_a_stale_heartbeat_as_down(client, no_heartbeats, settings):
    redis_client().set(f"{KEY_PREFIX}gone@host", f"{time.time():.3f}", ex=600)
    assert client.get(reverse("healthz")).status_code == 200
    later = time.time() + settings.WORKER_HEARTBEAT_MAX_AGE + 1
    with mock.patch("socialcare.lib.heartbeat.time.time", return_value=later):
        response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["ok"] is False


def test_it_reports_redis_down(client, db, settings, tmp_path):
    settings.REDIS_URL = f"unix://{tmp_path}/nothing-here.sock"
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["checks"]["redis"]["ok"] is False
    assert response.json()["checks"]["database"]["ok"] is True


def test_it_needs_no_login_and_is_never_cached(client, no_heartbeats):
    response = client.get(reverse("healthz"))
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
