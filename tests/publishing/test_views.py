"""The post page's publishing panel, the publications list, and the takedown list."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from compliance import services as compliance_services
from publishing import delivery
from publishing.models import Publication
from tests.html import section

State = Publication.State
pytestmark = pytest.mark.django_db


def schedule(client, post, **data):
    return client.post(reverse("publishing:schedule", args=[post.pk]), data)


def test_publish_now_from_the_post_page(client, comms, accounts, approved):
    client.force_login(comms)
    response = schedule(
        client, approved, accounts=[accounts["x"].pk, accounts["facebook"].pk], when="now"
    )

    assert response.status_code == 302
    assert response.url == reverse("posts:preview", args=[approved.pk])
    assert Publication.objects.filter(post=approved, state=State.SCHEDULED).count() == 2
    page = client.get(response.url)
    assert "2 publications on the way" in page.content.decode()
    panel = section(page, "publishing-panel")
    assert "@riverside_health_sim" in panel and "Scheduled" in panel


def test_schedule_at_a_time(client, comms, accounts, approved, settings):
    client.force_login(comms)
    at = timezone.localtime(timezone.now() + dt.timedelta(hours=2)).replace(second=0, microsecond=0)

    schedule(
        client,
        approved,
        accounts=[accounts["facebook"].pk],
        when="at",
        at=at.strftime("%Y-%m-%dT%H:%M"),
    )

    assert Publication.objects.get().scheduled_at == at


def test_a_publication_can_have_its_own_lateness_window(client, comms, accounts, approved):
    client.force_login(comms)

    schedule(client, approved, accounts=[accounts["x"].pk], when="now", lateness_minutes="15")

    assert Publication.objects.get().lateness_window == dt.timedelta(minutes=15)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"when": "now"}, "Choose at least one account."),
        ({"when": "at", "accounts": "X"}, "Give the date and time to publish at."),
        ({"when": "at", "at": "2020-01-01T10:00", "accounts": "X"}, "That time has passed"),
        ({"when": "now", "accounts": "BOTH_X"}, "automation rules"),
    ],
)
def test_a_refused_schedule_shows_the_form_again_with_the_reason(
    client, comms, accounts, approved, data, message
):
    choice = {"X": [accounts["x"].pk], "BOTH_X": [accounts["x"].pk, accounts["x2"].pk]}
    if "accounts" in data:
        data = {**data, "accounts": choice[data["accounts"]]}
    client.force_login(comms)

    response = schedule(client, approved, **data)

    assert response.status_code == 400
    assert message in section(response, "schedule-form")
    assert not Publication.objects.exists()


def test_a_draft_has_no_schedule_form(client, comms, accounts, tip):
    client.force_login(comms)
    page = client.get(reverse("posts:preview", args=[tip.pk]))

    assert "A post can be published once it is approved." in section(page, "publishing-panel")
    assert section(page, "schedule-form") is None


def test_compliance_sees_publications_but_cannot_schedule(
    client, compliance, comms, accounts, approved
):
    Publication.objects.create(
        post=approved, account=accounts["x"], scheduled_at=timezone.now(), created_by=comms
    )
    client.force_login(compliance)

    page = client.get(reverse("posts:preview", args=[approved.pk]))

    assert "@riverside_health_sim" in section(page, "publications")
    assert section(page, "schedule-form") is None
    assert "Cancel" not in section(page, "publications")


def test_the_publications_list_filters_by_state(client, comms, accounts, approved):
    now = timezone.now()
    for account, state in ((accounts["x"], State.FAILED), (accounts["facebook"], State.HELD)):
        Publication.objects.create(
            post=approved,
            account=account,
            scheduled_at=now,
            state=state,
            reason=f"Reason for {state}",
            created_by=comms,
        )
    client.force_login(comms)

    page = client.get(reverse("publishing:list"), {"state": "failed"})
    table = section(page, "publication-table")

    assert "Reason for failed" in table
    assert "Reason for held" not in table


def test_an_unconfirmed_publication_offers_both_answers(client, comms, accounts, approved):
    publication = Publication.objects.create(
        post=approved,
        account=accounts["x"],
        scheduled_at=timezone.now(),
        state=State.UNCONFIRMED,
        reason="X did not answer.",
        created_by=comms,
    )
    client.force_login(comms)
    page = client.get(reverse("posts:preview", args=[approved.pk])).content.decode()
    assert "It is not there: publish" in page and "It is there: mark published" in page

    response = client.post(
        reverse("publishing:resolve", args=[publication.pk]),
        {"found": "yes", "next": reverse("publishing:list")},
    )

    assert response.url == reverse("publishing:list")
    publication.refresh_from_db()
    assert publication.state == State.PUBLISHED


def test_next_never_leaves_the_site(client, comms, accounts, approved):
    publication = Publication.objects.create(
        post=approved, account=accounts["x"], scheduled_at=timezone.now(), created_by=comms
    )
    client.force_login(comms)

    response = client.post(
        reverse("publishing:cancel", args=[publication.pk]), {"next": "https://evil.example/"}
    )

    assert response.url == reverse("posts:preview", args=[approved.pk])


def test_a_revoked_release_lists_live_posts_for_takedown(
    client, simulator, comms, compliance, accounts, tip, release
):
    compliance_services.link_release(post=tip, release=release, actor=comms)
    compliance_services.submit_for_review(post=tip, actor=comms)
    publication = Publication.objects.create(
        post=tip, account=accounts["x"], scheduled_at=timezone.now(), created_by=comms
    )
    delivery.dispatch_due()
    delivery.run_attempt(publication.pk)
    compliance_services.revoke_release(release=release, actor=compliance, note="Letter")
    client.force_login(compliance)
    release_page = reverse("compliance:release", args=[release.pk])

    listed = section(client.get(release_page), "release-posts")
    assert "Live on" in listed and "Delete from platforms" in listed

    response = client.post(
        reverse("publishing:take_down_post", args=[tip.pk]), {"next": release_page}
    )

    assert response.url == release_page
    assert simulator.posts()[0]["deleted_at"]
    listed = section(client.get(release_page), "release-posts")
    assert "Live on" not in listed
