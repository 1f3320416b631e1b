"""Scheduling, canceling, retrying, resolving and taking down publications."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from compliance import services as compliance_services
from compliance.models import AuditEvent
from publishing import delivery, services
from publishing.models import ConnectedAccount, Publication

State = Publication.State
pytestmark = pytest.mark.django_db


def test_publish_now_creates_one_publication_per_account_due_now(accounts, approved, comms):
    before = timezone.now()
    publications = services.schedule(approved, [accounts["x"], accounts["facebook"]], actor=comms)

    assert [p.state for p in publications] == [State.SCHEDULED, State.SCHEDULED]
    assert all(before <= p.scheduled_at <= timezone.now() for p in publications)
    assert all(p.lateness_window == dt.timedelta(hours=2) for p in publications)
    assert AuditEvent.objects.filter(action="publishing.publication.scheduled").count() == 2


def test_a_draft_cannot_be_scheduled(accounts, tip, comms):
    with pytest.raises(services.PublishingRefused, match="not approved"):
        services.schedule(tip, [accounts["x"]], actor=comms)
    assert not Publication.objects.exists()


def test_a_time_in_the_past_is_refused(accounts, approved, comms):
    with pytest.raises(services.PublishingRefused, match="passed"):
        services.schedule(
            approved,
            [accounts["x"]],
            actor=comms,
            at=timezone.now() - dt.timedelta(hours=1),
        )


def test_an_account_that_needs_reconnecting_is_refused(accounts, approved, comms):
    account = accounts["facebook"]
    ConnectedAccount.objects.filter(pk=account.pk).update(
        state=ConnectedAccount.State.NEEDS_RECONNECT
    )
    account.refresh_from_db()
    with pytest.raises(services.PublishingRefused, match="reconnect"):
        services.schedule(approved, [account], actor=comms)


def test_the_same_post_twice_on_one_account_is_refused(accounts, approved, comms):
    services.schedule(approved, [accounts["x"]], actor=comms)
    with pytest.raises(services.PublishingRefused, match="already scheduled or published"):
        services.schedule(approved, [accounts["x"]], actor=comms)


def test_the_same_text_on_two_x_accounts_needs_an_emergency_broadcast(accounts, approved, comms):
    with pytest.raises(services.PublishingRefused, match="automation rules"):
        services.schedule(approved, [accounts["x"], accounts["x2"]], actor=comms)
    services.schedule(approved, [accounts["x"]], actor=comms)
    with pytest.raises(services.PublishingRefused, match="automation rules"):
        services.schedule(approved, [accounts["x2"]], actor=comms)

    [second] = services.schedule(approved, [accounts["x2"]], actor=comms, emergency_broadcast=True)
    assert second.emergency_broadcast
    event = AuditEvent.objects.filter(
        action="publishing.publication.scheduled", object_id=str(second.pk)
    ).get()
    assert event.data["emergency_broadcast"] is True


def test_a_revoked_release_refuses_scheduling(accounts, tip, release, comms, compliance):
    compliance_services.link_release(post=tip, release=release, actor=comms)
    compliance_services.submit_for_review(post=tip, actor=comms)
    compliance_services.revoke_release(release=release, actor=compliance, note="Letter")

    with pytest.raises(services.PublishingRefused, match="revoked"):
        services.schedule(tip, [accounts["x"]], actor=comms)


def test_cancel_stops_a_scheduled_publication(accounts, approved, comms):
    [publication] = services.schedule(
        approved, [accounts["x"]], actor=comms, at=timezone.now() + dt.timedelta(hours=1)
    )

    services.cancel(publication, actor=comms)

    publication.refresh_from_db()
    assert publication.state == State.CANCELED
    assert delivery.dispatch_due(timezone.now() + dt.timedelta(hours=2)) == []


def test_a_published_publication_cannot_be_canceled(simulator, accounts, approved, comms):
    [publication] = services.schedule(approved, [accounts["x"]], actor=comms)
    delivery.dispatch_due()
    delivery.run_attempt(publication.pk)

    with pytest.raises(services.PublishingRefused, match="cannot be canceled"):
        services.cancel(publication, actor=comms)


def test_retry_sends_a_held_publication_again(simulator, accounts, approved, comms):
    [publication] = services.schedule(approved, [accounts["facebook"]], actor=comms)
    Publication.objects.filter(pk=publication.pk).update(state=State.HELD, reason="Paused")

    services.retry(publication, actor=comms)

    publication.refresh_from_db()
    assert publication.state == State.SCHEDULED and publication.reason == ""
    delivery.dispatch_due()
    assert delivery.run_attempt(publication.pk) == State.PUBLISHED


def test_a_missed_publication_retried_is_due_now(accounts, approved, comms):
    [publication] = services.schedule(approved, [accounts["x"]], actor=comms)
    Publication.objects.filter(pk=publication.pk).update(
        state=State.MISSED, scheduled_at=timezone.now() - dt.timedelta(hours=3)
    )

    services.retry(publication, actor=comms)

    publication.refresh_from_db()
    assert timezone.now() - publication.scheduled_at < dt.timedelta(minutes=1)


def test_unconfirmed_it_is_there_marks_it_published(accounts, approved, comms):
    [publication] = services.schedule(approved, [accounts["x"]], actor=comms)
    Publication.objects.filter(pk=publication.pk).update(state=State.UNCONFIRMED)

    services.resolve_unconfirmed(
        publication, actor=comms, found=True, permalink="https://x.com/riverside/status/1"
    )

    publication.refresh_from_db()
    assert publication.state == State.PUBLISHED
    assert publication.permalink == "https://x.com/riverside/status/1"
    assert "Found on the platform by" in publication.reason


def test_unconfirmed_it_is_not_there_sends_it(simulator, accounts, approved, comms):
    [publication] = services.schedule(approved, [accounts["x"]], actor=comms)
    Publication.objects.filter(pk=publication.pk).update(state=State.UNCONFIRMED)

    services.resolve_unconfirmed(publication, actor=comms, found=False)

    delivery.dispatch_due()
    assert delivery.run_attempt(publication.pk) == State.PUBLISHED
    assert len(simulator.posts()) == 1


@pytest.mark.parametrize("platform", ["x", "facebook"])
def test_take_down_deletes_the_post_on_the_platform(simulator, accounts, approved, comms, platform):
    [publication] = services.schedule(approved, [accounts[platform]], actor=comms)
    delivery.dispatch_due()
    delivery.run_attempt(publication.pk)

    services.take_down(publication, actor=comms)

    publication.refresh_from_db()
    assert publication.removed_at is not None and publication.removed_by == comms
    [record] = simulator.posts()
    assert record["deleted_at"]
    assert AuditEvent.objects.filter(action="publishing.publication.removed").exists()
    with pytest.raises(services.PublishingRefused, match="still up"):
        services.take_down(publication, actor=comms)


def test_taking_a_post_down_removes_it_everywhere(simulator, accounts, approved, comms):
    publications = services.schedule(approved, [accounts["x"], accounts["facebook"]], actor=comms)
    delivery.dispatch_due()
    for publication in publications:
        delivery.run_attempt(publication.pk)

    assert services.take_down_post(approved, actor=comms) == []

    assert all(p["deleted_at"] for p in simulator.posts())
    assert not Publication.objects.filter(removed_at__isnull=True).exists()
