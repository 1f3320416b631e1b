"""Delivery in one process: attempts, leases, read-back and holds, against the simulator.

The worker processes, Redis restarts and SIGKILLs are in test_fault_injection.py;
here each attempt is run directly, so every branch can be reached on purpose.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from django.utils import timezone

from compliance import services as compliance_services
from compliance.models import AuditEvent
from posts.composition import Draft
from publishing import delivery
from publishing.adapters import adapter_for
from publishing.models import Attempt, ConnectedAccount, Publication
from socialcare.models import Organisation

State = Publication.State
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _few_attempts(settings) -> None:
    settings.PUBLISH_MAX_ATTEMPTS = 4


def claimed(post, account, user, **fields) -> Publication:
    return Publication.objects.create(
        post=post,
        account=account,
        scheduled_at=timezone.now(),
        state=State.CLAIMED,
        created_by=user,
        **fields,
    )


def on_platform(simulator, publication) -> list[dict]:
    text = Draft.of(publication.post).compose(publication.account.platform)
    return [
        p
        for p in simulator.posts()
        if p["account_id"] == publication.account.external_id and p["text"] == text
    ]


@pytest.mark.parametrize("platform", ["x", "facebook"])
def test_a_due_publication_is_published_once_with_its_permalink(
    simulator, accounts, approved, comms, platform, settings
):
    account = accounts[platform]
    publication = claimed(approved, account, comms)

    assert delivery.run_attempt(publication.pk) == State.PUBLISHED

    publication.refresh_from_db()
    [posted] = on_platform(simulator, publication)
    assert publication.external_id == posted["id"]
    web = settings.X_WEB_URL if platform == "x" else settings.FACEBOOK_WEB_URL
    assert publication.permalink.startswith(web)
    assert posted["id"] in publication.permalink
    assert publication.published_at is not None
    assert [a.outcome for a in publication.attempts.all()] == [Attempt.Outcome.PUBLISHED]
    assert AuditEvent.objects.filter(
        action="publishing.publication.published", object_id=str(publication.pk)
    ).exists()
    account.refresh_from_db()
    assert account.last_success_at is not None


def test_a_publication_already_done_is_not_sent_again(simulator, accounts, approved, comms):
    publication = claimed(approved, accounts["x"], comms)
    delivery.run_attempt(publication.pk)

    assert delivery.run_attempt(publication.pk) == State.PUBLISHED  # redelivered task
    assert len(on_platform(simulator, publication)) == 1
    assert publication.attempts.count() == 1


def test_dispatch_claims_what_is_due_and_queues_it_after_commit(
    accounts, approved, tip, comms, django_capture_on_commit_callbacks
):
    now = timezone.now()
    due = Publication.objects.create(
        post=approved, account=accounts["x"], scheduled_at=now, created_by=comms
    )
    soon = Publication.objects.create(
        post=approved,
        account=accounts["facebook"],
        scheduled_at=now + dt.timedelta(milliseconds=500),
        created_by=comms,
    )
    later = Publication.objects.create(
        post=approved,
        account=accounts["facebook2"],
        scheduled_at=now + dt.timedelta(minutes=5),
        created_by=comms,
    )
    backing_off = Publication.objects.create(
        post=approved,
        account=accounts["x2"],
        scheduled_at=now,
        not_before=now + dt.timedelta(minutes=1),
        created_by=comms,
    )

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        queued = delivery.dispatch_due(now)

    assert sorted(queued) == sorted([due.pk, soon.pk])
    assert len(callbacks) == 1
    states = dict(Publication.objects.values_list("pk", "state"))
    assert states[due.pk] == states[soon.pk] == State.CLAIMED
    assert states[later.pk] == states[backing_off.pk] == State.SCHEDULED
    # A second tick does not claim them again while the claim stands.
    with django_capture_on_commit_callbacks(execute=False):
        assert delivery.dispatch_due(now) == []


def test_a_claim_whose_task_was_lost_is_queued_again(accounts, approved, comms, settings):
    now = timezone.now()
    publication = claimed(approved, accounts["x"], comms, claimed_until=now - dt.timedelta(1))

    assert delivery.dispatch_due(now) == [publication.pk]

    publication.refresh_from_db()
    assert publication.state == State.CLAIMED
    assert publication.claimed_until > now


def _orphan(publication: Publication) -> None:
    """What a worker killed mid-attempt leaves: sending, under an expired lease."""
    token = uuid.uuid4()
    Attempt.objects.create(
        publication=publication, number=1, token=token, started_at=timezone.now()
    )
    Publication.objects.filter(pk=publication.pk).update(
        state=State.SENDING,
        lease_token=token,
        lease_expires_at=timezone.now() - dt.timedelta(seconds=1),
        attempt_count=1,
        attempts_made=1,
    )


def test_an_orphaned_attempt_whose_post_went_out_is_found_not_resent(
    simulator, accounts, approved, comms
):
    publication = claimed(approved, accounts["x"], comms)
    _orphan(publication)
    # The dead worker's request reached X before it died.
    sent = adapter_for(accounts["x"]).publish(publication)

    assert delivery.dispatch_due() == [publication.pk]
    publication.refresh_from_db()
    assert publication.needs_reconcile
    assert delivery.run_attempt(publication.pk) == State.PUBLISHED

    publication.refresh_from_db()
    assert publication.external_id == sent.external_id
    assert len(on_platform(simulator, publication)) == 1
    outcomes = list(publication.attempts.values_list("outcome", flat=True))
    assert outcomes == [Attempt.Outcome.LOST, Attempt.Outcome.FOUND]


def test_an_orphaned_attempt_that_never_sent_is_sent_once(simulator, accounts, approved, comms):
    publication = claimed(approved, accounts["facebook"], comms)
    _orphan(publication)
    delivery.dispatch_due()

    assert delivery.run_attempt(publication.pk) == State.PUBLISHED
    assert len(on_platform(simulator, publication)) == 1


def test_a_dropped_answer_is_resolved_by_reading_the_account_back(
    simulator, accounts, approved, comms
):
    simulator.set_faults(drop_rate=1.0)
    publication = claimed(approved, accounts["x"], comms)

    assert delivery.run_attempt(publication.pk) == State.PUBLISHED

    publication.refresh_from_db()
    [posted] = on_platform(simulator, publication)
    assert publication.external_id == posted["id"]


def test_a_server_error_is_read_back_then_sent_again_once(simulator, accounts, approved, comms):
    simulator.set_faults(error_rate=1.0)
    publication = claimed(approved, accounts["facebook"], comms)

    assert delivery.run_attempt(publication.pk) == State.SCHEDULED
    publication.refresh_from_db()
    assert publication.not_before <= timezone.now()
    assert not publication.needs_reconcile
    assert publication.reason  # shown to staff while it waits

    simulator.set_faults(error_rate=0.0)
    delivery.dispatch_due()
    assert delivery.run_attempt(publication.pk) == State.PUBLISHED
    assert len(on_platform(simulator, publication)) == 1
    assert publication.attempts.count() == 2


def test_a_rate_limit_waits_for_the_platforms_reset(simulator, accounts, approved, comms):
    simulator.set_faults(rate_429=1.0)
    publication = claimed(approved, accounts["x"], comms)

    assert delivery.run_attempt(publication.pk) == State.SCHEDULED

    publication.refresh_from_db()
    account = ConnectedAccount.objects.get(pk=accounts["x"].pk)
    assert account.rate_limited_until is not None
    assert publication.not_before >= account.rate_limited_until
    assert "x:429" in publication.error_code
    assert on_platform(simulator, publication) == []


def test_it_gives_up_after_the_attempts_allowed(simulator, accounts, approved, comms, settings):
    settings.PUBLISH_MAX_ATTEMPTS = 1
    simulator.set_faults(rate_429=1.0)
    publication = claimed(approved, accounts["x"], comms)

    assert delivery.run_attempt(publication.pk) == State.FAILED
    publication.refresh_from_db()
    assert publication.reason.startswith("Gave up after 1 attempt")


def test_when_the_account_cannot_be_read_back_it_is_unconfirmed(
    simulator, accounts, approved, comms
):
    simulator.set_faults(error_rate=1.0, scope="all")
    publication = claimed(approved, accounts["x"], comms)

    assert delivery.run_attempt(publication.pk) == State.UNCONFIRMED

    publication.refresh_from_db()
    assert "could not be read back" in publication.reason
    assert publication.created_by.notifications.exists()


def test_a_duplicate_that_is_our_own_earlier_post_counts_as_published(
    simulator, accounts, approved, comms
):
    publication = claimed(approved, accounts["x"], comms)
    earlier = adapter_for(accounts["x"]).publish(publication)

    assert delivery.run_attempt(publication.pk) == State.PUBLISHED

    publication.refresh_from_db()
    assert publication.external_id == earlier.external_id
    assert len(on_platform(simulator, publication)) == 1


def test_a_revoked_release_holds_the_publication_with_the_reason(
    simulator, accounts, tip, release, comms, compliance
):
    compliance_services.link_release(post=tip, release=release, actor=comms)
    compliance_services.submit_for_review(post=tip, actor=comms)
    publication = claimed(tip, accounts["x"], comms)
    compliance_services.revoke_release(release=release, actor=compliance, note="Letter")

    assert delivery.run_attempt(publication.pk) == State.HELD

    publication.refresh_from_db()
    assert "revoked" in publication.reason
    assert on_platform(simulator, publication) == []


def test_a_crisis_pause_holds_everything(simulator, accounts, approved, comms):
    Organisation.objects.update_or_create(
        pk=1,
        defaults={"publishing_paused_at": timezone.now(), "publishing_pause_reason": "Incident"},
    )
    publication = claimed(approved, accounts["facebook"], comms)

    assert delivery.run_attempt(publication.pk) == State.HELD
    publication.refresh_from_db()
    assert "paused" in publication.reason and "Incident" in publication.reason


def test_too_late_is_missed_not_sent(simulator, accounts, approved, comms):
    publication = claimed(approved, accounts["x"], comms, lateness_window=dt.timedelta(minutes=5))
    Publication.objects.filter(pk=publication.pk).update(
        scheduled_at=timezone.now() - dt.timedelta(minutes=6)
    )

    assert delivery.run_attempt(publication.pk) == State.MISSED
    publication.refresh_from_db()
    assert "past its lateness window of 5 minutes" in publication.reason
    assert on_platform(simulator, publication) == []


def test_a_dead_token_holds_the_publication_and_flags_the_account(
    simulator, accounts, approved, comms, admin_member
):
    account = accounts["facebook"]
    simulator.invalidate_tokens(account.external_id)
    publication = claimed(approved, account, comms)

    assert delivery.run_attempt(publication.pk) == State.HELD

    account.refresh_from_db()
    assert account.state == ConnectedAccount.State.NEEDS_RECONNECT
    assert admin_member.notifications.exists()
    # The next publication on that account is held before any call.
    other = claimed(approved, accounts["facebook"], comms)
    assert delivery.run_attempt(other.pk) == State.HELD
    other.refresh_from_db()
    assert "needs reconnecting" in other.reason


def test_a_result_is_not_recorded_once_another_attempt_holds_the_lease(
    simulator, accounts, approved, comms
):
    publication = claimed(approved, accounts["x"], comms)
    start = delivery._start(publication.pk)
    Publication.objects.filter(pk=publication.pk).update(lease_token=uuid.uuid4())

    outcome = delivery._finish(start, delivery._Result(Attempt.Outcome.FAILED, "late"))

    assert outcome == "lost"
    publication.refresh_from_db()
    assert publication.state == State.SENDING
    assert publication.attempts.get().outcome == Attempt.Outcome.LOST
