"""Reads for the compliance pages."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from compliance.models import AuditEvent, PatientRelease
from posts.models import Post

EXPIRING_SOON_DAYS = 30


def get_release_for_user(user: AbstractBaseUser, pk: int, *, write: bool = False) -> PatientRelease:
    needed = "compliance.change_patientrelease" if write else "compliance.view_patientrelease"
    if not user.has_perm(needed):
        raise PermissionDenied
    return get_object_or_404(PatientRelease.objects.select_related("revoked_by"), pk=pk)


def get_post_for_review(user: AbstractBaseUser, pk: int) -> Post:
    if not user.has_perm("posts.review_post"):
        raise PermissionDenied
    return get_object_or_404(
        Post.objects.select_related("topic", "author").prefetch_related("variants", "media"),
        pk=pk,
    )


def release_list(*, status: str = "", text: str = "") -> QuerySet[PatientRelease]:
    today = timezone.localdate()
    releases = PatientRelease.objects.annotate(post_count=Count("post_links")).order_by(
        "patient_name", "-signed_on"
    )
    if text:
        releases = releases.filter(Q(patient_name__icontains=text) | Q(aliases__icontains=text))
    if status == "active":
        releases = releases.filter(revoked_at__isnull=True).exclude(expires_on__lt=today)
    elif status == "expiring":
        releases = expiring_releases()
    elif status == "revoked":
        releases = releases.filter(revoked_at__isnull=False)
    elif status == "expired":
        releases = releases.filter(Q(expires_on__lt=today) | Q(expiry_event_occurred_on__lte=today))
    return releases


def expiring_releases(*, days: int = EXPIRING_SOON_DAYS) -> QuerySet[PatientRelease]:
    today = timezone.localdate()
    return (
        PatientRelease.objects.filter(
            revoked_at__isnull=True,
            expires_on__gte=today,
            expires_on__lte=today + dt.timedelta(days=days),
        )
        .annotate(post_count=Count("post_links"))
        .order_by("expires_on")
    )


def review_queue() -> QuerySet[Post]:
    return (
        Post.objects.filter(state=Post.State.IN_REVIEW)
        .select_related("author", "topic")
        .annotate(release_count=Count("release_links"))
        .order_by("submitted_at", "id")
    )


def posts_relying_on(release: PatientRelease) -> QuerySet[Post]:
    return Post.objects.filter(release_links__release=release).select_related("author")


def audit_events(
    *,
    actor: str = "",
    action: str = "",
    object_type: str = "",
    object_id: str = "",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.all()
    if actor:
        events = events.filter(actor_label__iexact=actor)
    if action:
        events = events.filter(action__startswith=action)
    if object_type:
        events = events.filter(object_type=object_type)
    if object_id:
        events = events.filter(object_id=object_id)
    if since:
        events = events.filter(created_at__date__gte=since)
    if until:
        events = events.filter(created_at__date__lte=until)
    return events.order_by("-seq")
