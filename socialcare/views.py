from __future__ import annotations

import logging

import redis
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required, permission_required
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from compliance import audit
from compliance import selectors as compliance_selectors
from posts import selectors as post_selectors
from publishing import selectors as publishing_selectors
from socialcare.forms import OrganisationForm
from socialcare.lib.heartbeat import newest_heartbeat_age, redis_client
from socialcare.models import Notification, Organisation
from socialcare.notifications import mark_read

log = logging.getLogger(__name__)


def dashboard(request: HttpRequest) -> HttpResponse:
    """One page, a section per role the user holds."""
    user = request.user
    context: dict = {
        "comms": user.has_perm("posts.add_post"),
        "compliance": user.has_perm("posts.review_post"),
        "admin": user.has_perm("socialcare.change_organisation"),
    }
    organisation = Organisation.current()
    context["paused"] = organisation if organisation.publishing_paused_at else None
    if context["comms"]:
        context["drafts"] = post_selectors.drafts_of(user)
        context["scheduled"] = list(publishing_selectors.upcoming())
        context["troubled"] = list(publishing_selectors.needing_attention())
    if context["compliance"]:
        context["review_queue_count"] = compliance_selectors.review_queue().count()
        context["expiring"] = list(compliance_selectors.expiring_releases()[:10])
    if context["admin"]:
        context["accounts"] = list(publishing_selectors.accounts_overview())
    return render(request, "dashboard.html", context)


class LoginView(auth_views.LoginView):
    """Django's login, with every success and failure in the audit trail."""

    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        audit.record("auth.login", actor=self.request.user, request=self.request)
        return response

    def form_invalid(self, form):
        attempted = str(form.data.get("username", ""))[:150]
        audit.record("auth.login_failed", actor_label=attempted, request=self.request)
        return super().form_invalid(form)


class LogoutView(auth_views.LogoutView):
    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            audit.record("auth.logout", actor=request.user, request=request)
        return super().post(request, *args, **kwargs)


def notifications(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        mark_read(user=request.user)
        return redirect("notifications")
    items = Notification.objects.filter(user=request.user).order_by("-created_at")[:100]
    return render(request, "notifications.html", {"items": items})


@permission_required("socialcare.change_organisation", raise_exception=True)
def organisation_settings(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None, instance=Organisation.current())
    if request.method == "POST" and form.is_valid():
        organisation = form.save()
        audit.record(
            "socialcare.organisation.updated",
            actor=request.user,
            obj=organisation,
            request=request,
            data={"fields": sorted(form.changed_data)},
        )
        messages.success(request, "Organisation settings saved.")
        return redirect("organisation")
    return render(request, "organisation.html", {"form": form})


def _check_database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        log.warning("health check: database unreachable")
        return False


def _check_redis_and_worker() -> tuple[bool, float | None]:
    try:
        client = redis_client()
        client.ping()
        return True, newest_heartbeat_age(client)
    except (redis.RedisError, OSError):
        log.warning("health check: Redis unreachable")
        return False, None


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    database = _check_database()
    redis_up, heartbeat_age = _check_redis_and_worker()
    worker = heartbeat_age is not None and heartbeat_age <= settings.WORKER_HEARTBEAT_MAX_AGE
    checks = {
        "database": {"ok": database},
        "redis": {"ok": redis_up},
        "worker": {
            "ok": worker,
            "heartbeat_age_s": None if heartbeat_age is None else round(heartbeat_age, 1),
        },
    }
    healthy = database and redis_up and worker
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )
