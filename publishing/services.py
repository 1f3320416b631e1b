"""What people do with publications: schedule, cancel, retry, resolve, take down.

Delivery itself (claiming, attempts, leases) is in publishing.delivery.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from compliance import audit
from compliance.services import NotPublishable, assert_publishable
from posts.composition import Draft
from posts.models import Post
from publishing.adapters import adapter_for
from publishing.adapters.base import PlatformError
from publishing.models import ConnectedAccount, Publication
from socialcare.lib.platforms import Platform
from socialcare.notifications import notify

State = Publication.State

# "Publish now" and times a little in the past (the form took a while) are fine.
PAST_TOLERANCE = dt.timedelta(minutes=5)


class PublishingRefused(Exception):
    """A request that cannot be carried out; the message is for the user."""


def schedule(
    post: Post,
    accounts: Iterable[ConnectedAccount],
    *,
    actor: AbstractBaseUser,
    at: dt.datetime | None = None,
    emergency_broadcast: bool = False,
    lateness_window: dt.timedelta | None = None,
    request: HttpRequest | None = None,
) -> list[Publication]:
    """Create one publication per account, due at `at` (now when None)."""
    now = timezone.now()
    at = at or now
    accounts = list(accounts)
    if not accounts:
        raise PublishingRefused("Choose at least one account.")
    if at < now - PAST_TOLERANCE:
        raise PublishingRefused("That time has passed; choose a time in the future.")
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        for account in accounts:
            if not account.is_active:
                raise PublishingRefused(
                    f"{account} is {account.get_state_display().lower()}; "
                    "an Admin must reconnect it first."
                )
            try:
                assert_publishable(post, account.platform, at)
            except NotPublishable as exc:
                raise PublishingRefused(f"{account}: {exc}") from exc
            taken = Publication.objects.filter(post=post, account=account).filter(
                state__in=(*Publication.OPEN_STATES, State.PUBLISHED), removed_at__isnull=True
            )
            if taken.exists():
                raise PublishingRefused(
                    f"This post is already scheduled or published on {account}."
                )
        _check_x_automation_rules(post, accounts, emergency_broadcast)
        text = {account.platform: Draft.of(post).compose(account.platform) for account in accounts}
        if not all(text.values()):
            raise PublishingRefused("The post has no text for one of the platforms.")
        publications = []
        for account in accounts:
            publication = Publication(
                post=post,
                account=account,
                scheduled_at=at,
                emergency_broadcast=emergency_broadcast,
                created_by=actor,
            )
            if lateness_window is not None:
                publication.lateness_window = lateness_window
            publication.save()
            audit.record(
                "publishing.publication.scheduled",
                actor=actor,
                obj=publication,
                request=request,
                data={
                    "post": post.pk,
                    "account": account.pk,
                    "at": at.isoformat(),
                    "emergency_broadcast": emergency_broadcast,
                },
            )
            publications.append(publication)
    return publications


def _check_x_automation_rules(
    post: Post, accounts: list[ConnectedAccount], emergency_broadcast: bool
) -> None:
    """X forbids identical content on several accounts, except emergency messages."""
    if emergency_broadcast:
        return
    x_accounts = {a.pk for a in accounts if a.platform == Platform.X}
    others = Publication.objects.filter(
        post=post,
        account__platform=Platform.X,
        state__in=(*Publication.OPEN_STATES, State.PUBLISHED),
        removed_at__isnull=True,
    ).values_list("account_id", flat=True)
    if len(x_accounts | set(others)) > 1:
        raise PublishingRefused(
            "X's automation rules forbid posting the same text to several X accounts. "
            "Choose one X account, or mark this as an emergency or public-service broadcast."
        )


def cancel(publication: Publication, *, actor: AbstractBaseUser, request=None) -> Publication:
    with transaction.atomic():
        publication = Publication.objects.select_for_update().get(pk=publication.pk)
        if publication.state not in (State.SCHEDULED, State.CLAIMED, State.HELD):
            raise PublishingRefused(
                f"A {publication.get_state_display().lower()} publication cannot be canceled."
            )
        publication.state = State.CANCELED
        publication.reason = f"Canceled by {actor.get_username()}."
        publication.save()
        audit.record(
            "publishing.publication.canceled", actor=actor, obj=publication, request=request
        )
    return publication


def retry(publication: Publication, *, actor: AbstractBaseUser, request=None) -> Publication:
    """Send a held, failed or missed publication again, now."""
    with transaction.atomic():
        publication = Publication.objects.select_for_update().get(pk=publication.pk)
        if publication.state not in (State.HELD, State.FAILED, State.MISSED):
            raise PublishingRefused(
                f"A {publication.get_state_display().lower()} publication cannot be retried."
            )
        _reopen(publication, timezone.now())
        audit.record(
            "publishing.publication.retried", actor=actor, obj=publication, request=request
        )
    return publication


def resolve_unconfirmed(
    publication: Publication,
    *,
    actor: AbstractBaseUser,
    found: bool,
    permalink: str = "",
    request=None,
) -> Publication:
    """Staff looked at the account: the post is there (mark published) or not (send)."""
    with transaction.atomic():
        publication = Publication.objects.select_for_update().get(pk=publication.pk)
        if publication.state != State.UNCONFIRMED:
            raise PublishingRefused("Only an unconfirmed publication can be resolved.")
        now = timezone.now()
        if found:
            publication.state = State.PUBLISHED
            publication.published_at = now
            publication.permalink = permalink
            publication.reason = f"Found on the platform by {actor.get_username()}."
            publication.needs_reconcile = False
            publication.save()
        else:
            _reopen(publication, now)
        audit.record(
            "publishing.publication.resolved",
            actor=actor,
            obj=publication,
            request=request,
            data={"found": found},
        )
    return publication


def _reopen(publication: Publication, now: dt.datetime) -> None:
    publication.state = State.SCHEDULED
    if now > publication.deadline:
        publication.scheduled_at = now
    publication.not_before = None
    publication.needs_reconcile = False
    publication.attempt_count = 0
    publication.reason = ""
    publication.error_code = ""
    publication.save()


def take_down(publication: Publication, *, actor: AbstractBaseUser, request=None) -> Publication:
    """Delete a published post from its platform (audited)."""
    publication = Publication.objects.select_related("account").get(pk=publication.pk)
    if not publication.is_live:
        raise PublishingRefused("Only a published post that is still up can be taken down.")
    if not publication.external_id:
        raise PublishingRefused(
            "The platform's id of this post is not known (it was marked published by hand); "
            "delete it on the platform itself."
        )
    try:
        adapter_for(publication.account).delete(publication.external_id)
    except PlatformError as error:
        raise PublishingRefused(f"{publication.account}: {error.message} ({error.code})") from error
    with transaction.atomic():
        Publication.objects.filter(pk=publication.pk).update(
            removed_at=timezone.now(), removed_by=actor
        )
        publication.refresh_from_db()
        audit.record(
            "publishing.publication.removed",
            actor=actor,
            obj=publication,
            request=request,
            data={"post": publication.post_id, "account": publication.account_id},
        )
    return publication


def take_down_post(post: Post, *, actor: AbstractBaseUser, request=None) -> list[str]:
    """Take every live publication of `post` down; returns the problems, if any."""
    problems = []
    for publication in Publication.objects.filter(
        post=post, state=State.PUBLISHED, removed_at=None
    ):
        try:
            take_down(publication, actor=actor, request=request)
        except PublishingRefused as exc:
            problems.append(str(exc))
    return problems


def notify_trouble(publication: Publication) -> None:
    """Tell whoever scheduled it, and the author, that a publication needs a look."""
    users = {publication.created_by, publication.post.author}
    notify(
        users=users,
        message=(
            f"Publication #{publication.pk} of post #{publication.post_id} is "
            f"{publication.get_state_display().lower()}."
        ),
        url=reverse("posts:preview", args=[publication.post_id]),
    )
