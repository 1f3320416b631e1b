"""Sign-in and session limits: 15 idle minutes, 12 hours at most, a new key at login."""

from __future__ import annotations

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.urls import reverse

from tests.conftest import TEST_PASSWORD


@pytest.fixture
def signed_in(client, comms):
    response = client.post(reverse("login"), {"username": "casey", "password": TEST_PASSWORD})
    assert response.status_code == 302
    return client


class Clock:
    """time.time() as the session middleware sees it, moved forward by hand."""

    def __init__(self) -> None:
        self.now = time.time()

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta).total_seconds()


@pytest.fixture
def clock():
    clock = Clock()
    with mock.patch("socialcare.middleware.time.time", lambda: clock.now):
        yield clock


def test_it_rotates_the_session_key_at_login(client, comms):
    session = client.session
    session["visited"] = True
    session.save()
    before = session.session_key
    client.post(reverse("login"), {"username": "casey", "password": TEST_PASSWORD})
    assert client.session.session_key != before
    assert client.get(reverse("dashboard")).status_code == 200


def test_it_refuses_a_wrong_password_with_a_message(client, comms):
    response = client.post(reverse("login"), {"username": "casey", "password": "wrong"})
    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()
    assert client.get(reverse("dashboard")).status_code == 302


def test_it_signs_out_after_fifteen_idle_minutes(signed_in, clock):
    assert signed_in.get(reverse("dashboard")).status_code == 200
    clock.advance(minutes=15, seconds=1)
    response = signed_in.get(reverse("posts:list"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    follow = signed_in.get(response.url)
    assert "signed out after a period of inactivity" in follow.content.decode()
    # The old session is gone for good, not merely redirected once.
    assert signed_in.get(reverse("dashboard")).status_code == 302


def test_it_keeps_an_active_session_alive(signed_in, clock):
    for _ in range(6):
        clock.advance(minutes=14)
        assert signed_in.get(reverse("dashboard")).status_code == 200


def test_it_ends_a_session_after_twelve_hours_however_active(signed_in, clock):
    signed_in.get(reverse("dashboard"))
    for _ in range(int(12 * 60 / 14)):
        clock.advance(minutes=14)
        assert signed_in.get(reverse("dashboard")).status_code == 200
    clock.advance(minutes=14)
    response = signed_in.get(reverse("dashboard"))
    assert response.status_code == 302
    assert "maximum length" in signed_in.get(response.url).content.decode()


def test_it_takes_the_idle_limit_from_settings(signed_in, clock, settings):
    settings.SESSION_IDLE_TIMEOUT = timedelta(minutes=5)
    signed_in.get(reverse("dashboard"))
    clock.advance(minutes=6)
    assert signed_in.get(reverse("dashboard")).status_code == 302


def test_it_requires_login_for_new_views_by_default(client):
    # LoginRequiredMiddleware: nothing but login and /healthz is open.
    for name in ("dashboard", "posts:list", "posts:create", "organisation"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
