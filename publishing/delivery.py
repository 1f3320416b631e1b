"""Delivery: claiming due publications and running attempts exactly once in effect.

The database is the schedule. `dispatch_due` (Celery beat, every second) claims due
publications and queues one task each, by id, after its transaction commits. A task
runs `run_attempt`, which

1. re-checks everything that could forbid sending (lateness, crisis pause, account
   health, `assert_publishable`) and holds the publication with the reason if any fails;
2. takes a lease — a fresh token with an expiry, committed before any network call;
3. if an earlier attempt ended without knowing whether the platform created the post,
   reads the account back (twice, a pause apart: timelines lag) before sending;
4. sends the creating request at most once, renewing the lease just before it;
5. records the result only if its token still holds the lease.

A worker that dies leaves its publication `sending` with a lease that expires; the
dispatcher then claims it again with `needs_reconcile`, so the next attempt looks for
the post before sending it. A queue that loses its tasks (Redis restarted empty) leaves
publications `claimed` past `claimed_until`; the dispatcher queues them again. Queued
twice, a publication is still attempted once at a time: the lease decides.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from compliance import audit
from compliance.services import NotPublishable, assert_publishable
from posts.composition import Draft
from publishing import accounts
from publishing.adapters import adapter_for
from publishing.adapters.base import Failure, PlatformError, PublishResult
from publishing.models import Attempt, ConnectedAccount, Publication
from socialcare.models import Organisation

log = logging.getLogger(__name__)

State = Publication.State
Outcome = Attempt.Outcome

# Earlier than the first attempt by this much still counts as ours on read-back
# (clock differences between our servers and the platform's).
READBACK_SKEW = dt.timedelta(minutes=2)

# The state an attempt's outcome leaves a publication in, when delivery stops there.
CLOSING_STATES = {
    Outcome.HELD: State.HELD,
    Outcome.UNCONFIRMED: State.UNCONFIRMED,
    Outcome.FAILED: State.FAILED,
}

# Spreads retries out; not for anything secret.
_jitter = random.Random()  # noqa: S311


def _enqueue(queue: list[tuple[int, dt.datetime | None]]) -> None:
    from publishing.tasks import publish

    now = timezone.now()
    for publication_id, eta in queue:
        try:
            if eta is not None and eta > now:
                # At most the look-ahead (a second) away: held by the worker, not Redis.
                publish.apply_async((publication_id,), eta=eta)
            else:
                publish.delay(publication_id)
        except Exception:  # broker down: the claim expires and a later tick re-queues
            log.warning("could not queue publication %s", publication_id, exc_info=True)
            return


def dispatch_due(now: dt.datetime | None = None) -> list[int]:
    """Claim what is due, re-queue lost work, and queue one task per publication.

    Publications due within the look-ahead are claimed a little early and queued with
    their exact time, so that the one-second tick does not make them late.
    """
    now = now or timezone.now()
    horizon = now + dt.timedelta(milliseconds=settings.PUBLISH_LOOKAHEAD_MS)
    claim_until = horizon + dt.timedelta(seconds=settings.PUBLISH_CLAIM_SECONDS)
    batch = settings.PUBLISH_DISPATCH_BATCH
    with transaction.atomic():
        due = (
            Publication.objects.filter(state=State.SCHEDULED, scheduled_at__lte=horizon)
            .filter(Q(not_before__isnull=True) | Q(not_before__lte=horizon))
            .order_by("scheduled_at", "pk")
        )
        # skip_locked: on PostgreSQL two dispatchers never claim the same rows; on
        # SQLite the transaction holds the write lock from its start (IMMEDIATE).
        rows = list(
            due.select_for_update(skip_locked=True).values_list("pk", "scheduled_at", "not_before")[
                :batch
            ]
        )
        ids = [pk for pk, _, _ in rows]
        Publication.objects.filter(pk__in=ids, state=State.SCHEDULED).update(
            state=State.CLAIMED, claimed_until=claim_until, updated_at=now
        )
        queue: list[tuple[int, dt.datetime | None]] = [
            (pk, max(at, not_before or at)) for pk, at, not_before in rows
        ]
        # Claimed but never started: the queue lost the task.
        lost = list(
            Publication.objects.select_for_update(skip_locked=True)
            .filter(state=State.CLAIMED, claimed_until__lt=now)
            .values_list("pk", flat=True)[:batch]
        )
        Publication.objects.filter(pk__in=lost, state=State.CLAIMED).update(
            claimed_until=claim_until, updated_at=now
        )
        # Sending, but the lease ran out: the worker died somewhere around the send.
        orphaned = list(
            Publication.objects.select_for_update(skip_locked=True)
            .filter(state=State.SENDING, lease_expires_at__lt=now)
            .values_list("pk", flat=True)[:batch]
        )
        Publication.objects.filter(pk__in=orphaned, state=State.SENDING).update(
            state=State.CLAIMED, claimed_until=claim_until, needs_reconcile=True, updated_at=now
        )
        Attempt.objects.filter(
            publication_id__in=orphaned, token=F("publication__lease_token"), outcome=""
        ).update(outcome=Outcome.LOST, finished_at=now, message="The worker stopped mid-attempt.")
        queue += [(pk, None) for pk in lost + orphaned]
        if queue:
            transaction.on_commit(lambda: _enqueue(queue))
    if lost or orphaned:
        log.info("re-queued %d lost and %d orphaned publications", len(lost), len(orphaned))
    return [pk for pk, _ in queue]


@dataclass
class _Start:
    publication: Publication
    attempt: Attempt
    reconcile: bool
    first_started_at: dt.datetime


def run_attempt(publication_id: int) -> str:
    """One attempt at a publication. Returns the publication's state afterwards."""
    start = _start(publication_id)
    if not isinstance(start, _Start):
        return start
    publication, attempt = start.publication, start.attempt
    try:
        account = accounts.ensure_fresh_token(publication.account)
    except PlatformError as error:
        return _finish(start, _Result.from_error(error, sent=False))
    adapter = adapter_for(account)
    text = Draft.of(publication.post).compose(account.platform)
    since = start.first_started_at - READBACK_SKEW

    if start.reconcile:
        result = _read_back(adapter, since, text)
        if result.outcome != Outcome.RETRY:  # found, or reading impossible
            return _finish(start, result)

    if not _renew_lease(publication, attempt.token):
        return _lose(attempt)
    try:
        published = adapter.publish(publication)
    except PlatformError as error:
        if error.kind in (Failure.UNKNOWN, Failure.DUPLICATE):
            # The post may exist (our own earlier send, or this one): look before
            # anything is sent again.
            result = _read_back(adapter, since, text)
            if result.outcome == Outcome.RETRY and error.kind == Failure.DUPLICATE:
                result = _Result.from_error(error, sent=True, duplicate_absent=True)
            elif result.outcome == Outcome.RETRY:
                result = _Result(Outcome.RETRY, error.message, error.code, sent=True, soon=True)
            return _finish(start, result)
        return _finish(start, _Result.from_error(error, sent=True))
    return _finish(start, _Result(Outcome.PUBLISHED, sent=True, published=published))


def _busy(publication: Publication | None, now: dt.datetime) -> str | None:
    """Why no attempt may start on this publication now, or None when one may."""
    if publication is None:
        return "gone"
    if publication.state == State.SENDING and publication.lease_expires_at > now:
        return publication.state  # another attempt holds it
    if publication.state not in (State.CLAIMED, State.SENDING):
        return publication.state  # done, canceled, or rescheduled meanwhile
    return None


def _start(publication_id: int) -> _Start | str:
    now = timezone.now()
    rows = Publication.objects.select_related("account", "post").filter(pk=publication_id)
    # The checks read a good deal (approval, content hash, a fresh scan, releases):
    # they run before the write transaction, so that on SQLite the database's write
    # lock is held only for the few statements that take the lease.
    candidate = rows.prefetch_related("post__variants", "post__media").first()
    busy = _busy(candidate, now)
    if busy is not None:
        return busy
    reason = _blocker(candidate, now)
    with transaction.atomic():
        publication = rows.select_for_update().first()
        busy = _busy(publication, now)
        if busy is not None:
            return busy
        publication.post = candidate.post  # with its text and images loaded
        account = publication.account
        if reason is None and account.state != ConnectedAccount.State.ACTIVE:
            reason = State.HELD, _account_reason(account)
        if reason is not None:
            state, message = reason
            _close(publication, state, message, now=now)
            return state
        if account.rate_limited_until and account.rate_limited_until > now:
            publication.state = State.SCHEDULED
            publication.not_before = account.rate_limited_until
            publication.save(update_fields=["state", "not_before", "updated_at"])
            return publication.state
        # Read-back looks from the first attempt of this run (since the last manual
        # retry): earlier than that, nothing of this run can have been sent.
        first_started_at = now
        if publication.attempt_count:
            first_started_at = publication.attempts.order_by("-number").values_list(
                "started_at", flat=True
            )[publication.attempt_count - 1]
        token = uuid.uuid4()
        publication.attempt_count += 1
        publication.attempts_made += 1
        publication.state = State.SENDING
        publication.lease_token = token
        publication.lease_expires_at = now + dt.timedelta(seconds=settings.PUBLISH_LEASE_SECONDS)
        publication.claimed_until = None
        publication.save(
            update_fields=[
                "attempt_count",
                "attempts_made",
                "state",
                "lease_token",
                "lease_expires_at",
                "claimed_until",
                "updated_at",
            ]
        )
        attempt = Attempt.objects.create(
            publication=publication,
            number=publication.attempts_made,
            token=token,
            started_at=now,
        )
    return _Start(publication, attempt, publication.needs_reconcile, first_started_at)


def _blocker(publication: Publication, now: dt.datetime) -> tuple[str, str] | None:
    """Why this publication must not be sent now, as (state, reason), or None."""
    if now > publication.deadline:
        late = now - publication.scheduled_at
        return State.MISSED, (
            f"It was {_minutes(late)} late, past its lateness window of "
            f"{_minutes(publication.lateness_window)}."
        )
    organisation = Organisation.current()
    if organisation.publishing_paused_at:
        reason = organisation.publishing_pause_reason or "no reason given"
        return State.HELD, f"Publishing is paused for the organisation ({reason})."
    account = publication.account
    if account.state != ConnectedAccount.State.ACTIVE:
        return State.HELD, _account_reason(account)
    try:
        assert_publishable(publication.post, account.platform, now)
    except NotPublishable as exc:
        return State.HELD, str(exc)
    return None


def _account_reason(account: ConnectedAccount) -> str:
    return f"The account {account.display_name} is {account.get_state_display().lower()}."


def _minutes(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return "1 minute" if minutes == 1 else f"{minutes} minutes"


def _renew_lease(publication: Publication, token: uuid.UUID) -> bool:
    """Extend our lease just before sending; False when it is no longer ours."""
    expires = timezone.now() + dt.timedelta(seconds=settings.PUBLISH_LEASE_SECONDS)
    with transaction.atomic():
        renewed = Publication.objects.filter(
            pk=publication.pk, lease_token=token, state=State.SENDING
        ).update(lease_expires_at=expires)
    return renewed == 1


@dataclass
class _Result:
    outcome: str
    message: str = ""
    code: str = ""
    sent: bool = False
    published: PublishResult | None = None
    retry_at: dt.datetime | None = None
    reconnect: bool = False
    soon: bool = False  # retry at once (the post is known not to exist)
    error: PlatformError | None = None

    @classmethod
    def from_error(
        cls, error: PlatformError, *, sent: bool, duplicate_absent: bool = False
    ) -> _Result:
        if error.reconnect:
            return cls(
                Outcome.HELD, error.message, error.code, sent=sent, reconnect=True, error=error
            )
        if error.kind == Failure.RETRYABLE:
            return cls(Outcome.RETRY, error.message, error.code, sent, retry_at=error.retry_at)
        if duplicate_absent:
            message = (
                f"{error.message} No post of ours was found on the account, so it was "
                "not sent again."
            )
            return cls(Outcome.FAILED, message, error.code, sent)
        if error.kind == Failure.UNKNOWN:
            return cls(Outcome.UNCONFIRMED, error.message, error.code, sent)
        return cls(Outcome.FAILED, error.message, error.code, sent)


def _read_back(adapter, since: dt.datetime, text: str) -> _Result:
    """Look for the post on the account twice, a pause apart.

    Found → FOUND with its id; absent both times → RETRY (safe to send);
    reading impossible → UNCONFIRMED (staff decide).
    """
    pause = settings.PUBLISH_READBACK_PAUSE_MS / 1000
    for look in range(2):
        if look:
            time.sleep(pause)
        try:
            found = adapter.find_recent(since, text)
        except PlatformError as error:
            return _Result(
                Outcome.UNCONFIRMED,
                "The platform did not answer clearly and the account could not be read "
                f"back to check whether the post went out ({error.message})",
                error.code,
            )
        if found is not None:
            return _Result(Outcome.FOUND, published=found)
    return _Result(Outcome.RETRY, soon=True)


def _lose(attempt: Attempt) -> str:
    Attempt.objects.filter(pk=attempt.pk).update(
        outcome=Outcome.LOST,
        finished_at=timezone.now(),
        message="Another attempt took over before this one sent anything.",
    )
    return "lost"


def _finish(start: _Start, result: _Result) -> str:
    """Record the result if our lease still holds; otherwise only the attempt."""
    publication, attempt = start.publication, start.attempt
    now = timezone.now()
    with transaction.atomic():
        current = (
            Publication.objects.select_for_update().select_related("account").get(pk=publication.pk)
        )
        held = current.lease_token == attempt.token
        Attempt.objects.filter(pk=attempt.pk).update(
            outcome=result.outcome if held else Outcome.LOST,
            finished_at=now,
            message=result.message[:500],
            error_code=result.code[:40],
            sent=result.sent,
        )
        if not held:
            log.warning("publication %s: attempt %s lost its lease", current.pk, attempt.number)
            return "lost"
        if result.published is not None:
            _published(current, result.published, now)
            accounts.record_success(current.account)
        elif result.outcome == Outcome.RETRY:
            _retry(current, result, now)
        else:
            if result.reconnect:
                accounts.mark_needs_reconnect(current.account, result.error)
            _close(
                current, CLOSING_STATES[result.outcome], result.message, code=result.code, now=now
            )
        return current.state


def _published(publication: Publication, result: PublishResult, now: dt.datetime) -> None:
    publication.state = State.PUBLISHED
    publication.external_id = result.external_id
    publication.permalink = result.permalink
    publication.published_at = now
    publication.reason = ""
    publication.error_code = ""
    publication.needs_reconcile = False
    publication.lease_expires_at = None
    publication.save()
    audit.record(
        "publishing.publication.published",
        obj=publication,
        actor_label="system",
        data={"post": publication.post_id, "account": publication.account_id},
    )


def _retry(publication: Publication, result: _Result, now: dt.datetime) -> None:
    if publication.attempt_count >= settings.PUBLISH_MAX_ATTEMPTS:
        message = result.message or "The platform did not take the post."
        _close(
            publication,
            State.FAILED,
            f"Gave up after {publication.attempt_count} attempts. {message}",
            code=result.code,
            now=now,
        )
        return
    if result.soon:
        not_before = now
    else:
        not_before = backoff(publication.attempt_count, now)
        if result.retry_at is not None:
            not_before = max(not_before, result.retry_at + dt.timedelta(seconds=_jitter.random()))
            ConnectedAccount.objects.filter(pk=publication.account_id).update(
                rate_limited_until=result.retry_at
            )
    publication.state = State.SCHEDULED
    publication.not_before = not_before
    # The post is known not to be there (read back), or was never sent.
    publication.needs_reconcile = False
    publication.reason = result.message
    publication.error_code = result.code
    publication.lease_expires_at = None
    publication.save()


def backoff(attempts: int, now: dt.datetime) -> dt.datetime:
    """Exponential back-off with full jitter, bounded."""
    ceiling = min(
        settings.PUBLISH_RETRY_MAX_SECONDS,
        settings.PUBLISH_RETRY_BASE_SECONDS * 2 ** max(0, attempts - 1),
    )
    return now + dt.timedelta(seconds=_jitter.uniform(ceiling / 2, ceiling))


def _close(
    publication: Publication, state: str, reason: str, *, code: str = "", now: dt.datetime
) -> None:
    """End delivery for now in a state that needs a person (or nothing) to go on."""
    publication.state = state
    publication.reason = reason[:500]
    publication.error_code = code[:40]
    publication.lease_expires_at = None
    publication.claimed_until = None
    publication.save()
    audit.record(
        f"publishing.publication.{state}",
        obj=publication,
        actor_label="system",
        data={"post": publication.post_id, "account": publication.account_id, "code": code},
    )
    if state in (State.FAILED, State.UNCONFIRMED, State.HELD, State.MISSED):
        from publishing.services import notify_trouble

        notify_trouble(publication)
