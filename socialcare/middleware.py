"""Session limits a hospital's security office expects.

A session ends after SESSION_IDLE_TIMEOUT without a request and SESSION_MAX_AGE after
login, whichever comes first. Django's login() already rotates the session key.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse

from compliance import audit

STARTED_KEY = "socialcare_started_at"
SEEN_KEY = "socialcare_seen_at"


class SessionTimeoutMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = time.time()
            session = request.session
            started = session.setdefault(STARTED_KEY, now)
            seen = session.get(SEEN_KEY, now)
            idle = now - seen > settings.SESSION_IDLE_TIMEOUT.total_seconds()
            too_old = now - started > settings.SESSION_MAX_AGE.total_seconds()
            if idle or too_old:
                audit.record(
                    "auth.session_expired",
                    actor=request.user,
                    request=request,
                    data={"reason": "idle" if idle else "maximum length"},
                )
                logout(request)
                messages.info(
                    request,
                    "You were signed out after a period of inactivity."
                    if idle
                    else "Your session reached its maximum length. Please sign in again.",
                )
                return redirect_to_login(request.get_full_path())
            session[SEEN_KEY] = now
        return self.get_response(request)
