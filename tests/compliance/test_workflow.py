"""The whole path through the services, without a browser: draft a patient story,
get it flagged, link a release, submit, approve as someone else, then watch an edit and
a revocation stop it from being publishable."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from compliance import services
from compliance.models import AuditEvent, Review
from posts.models import Post
from posts.services import PostContent, update_post
from socialcare.models import Notification, Organisation
from tests.compliance.conftest import STORY
from tests.conftest import TEST_PASSWORD


def actions() -> list[str]:
    return list(AuditEvent.objects.order_by("seq").values_list("action", flat=True))


def test_it_takes_a_patient_story_from_draft_to_publishable_and_back(
    story, release, comms, compliance, django_capture_on_commit_callbacks
):
    # Flagged on save.
    assert story.patient_specific
    assert services.scan_post(story).names()

    # Cannot be submitted without a release.
    with pytest.raises(ValidationError, match="link the patient's signed release"):
        services.submit_for_review(post=story, actor=comms)

    # The scanner's names suggest the release; linking it makes submission possible.
    assert services.suggest_releases(scan=services.scan_post(story)) == [release]
    services.link_release(post=story, release=release, actor=comms)
    with django_capture_on_commit_callbacks(execute=True):
        story = services.submit_for_review(post=story, actor=comms)
    assert story.state == Post.State.IN_REVIEW
    assert mail.outbox and compliance.email in mail.outbox[0].to

    # The author cannot approve; a wrong password approves nothing.
    with pytest.raises(PermissionDenied):
        services.approve_post(post=story, reviewer=comms, password=TEST_PASSWORD)
    with pytest.raises(ValidationError, match="password"):
        services.approve_post(post=story, reviewer=compliance, password="nope")
    assert Post.objects.get(pk=story.pk).state == Post.State.IN_REVIEW

    review = services.approve_post(post=story, reviewer=compliance, password=TEST_PASSWORD)
    assert review.content_hash == services.content_hash(story)
    assert "Priya Shah" in review.signature_statement
    assert Post.objects.get(pk=story.pk).state == Post.State.APPROVED
    services.assert_publishable(story, "x")
    services.assert_publishable(story, "facebook")
    assert Notification.objects.filter(user=comms, message__contains="approved").exists()

    # Any edit voids the approval and returns the post to draft.
    update_post(
        post=story,
        editor=comms,
        content=PostContent(
            title="NICU discharge", topic=story.topic, body=STORY + " 🎉", hashtags="#NICU"
        ),
    )
    story.refresh_from_db()
    assert story.state == Post.State.DRAFT
    assert Review.objects.get(pk=review.pk).voided_at is not None
    with pytest.raises(services.NotPublishable, match="not approved"):
        services.assert_publishable(story, "x")

    # Approved again, then the release is revoked: no longer publishable, with the reason.
    services.submit_for_review(post=story, actor=comms)
    services.approve_post(post=story, reviewer=compliance, password=TEST_PASSWORD)
    services.assert_publishable(story, "x")
    affected = services.revoke_release(release=release, actor=compliance, note="Written request")
    assert affected == [Post.objects.get(pk=story.pk)]
    with pytest.raises(services.NotPublishable, match=f"Release #{release.pk}: it was revoked"):
        services.assert_publishable(story, "x")
    assert Notification.objects.filter(user=comms, message__contains="revoked").exists()

    assert actions()[-3:] == [
        "posts.post.submitted",
        "compliance.review.approved",
        "compliance.release.revoked",
    ]
    assert "compliance.approval.voided" in actions()
    assert "compliance.review.signature_failed" in actions()


def test_it_never_writes_the_story_into_the_audit_trail(story, release, comms, compliance):
    services.link_release(post=story, release=release, actor=comms)
    services.submit_for_review(post=story, actor=comms)
    services.approve_post(post=story, reviewer=compliance, password=TEST_PASSWORD)
    for event in AuditEvent.objects.all():
        dumped = f"{event.data} {event.actor_label} {event.object_id}"
        assert "Ava" not in dumped and "NICU" not in dumped and "Thompson" not in dumped


def test_it_refuses_an_approver_who_edited_the_post(story, release, lead, compliance, comms):
    services.link_release(post=story, release=release, actor=comms)
    update_post(
        post=story,
        editor=lead,
        content=PostContent(title="NICU discharge", topic=story.topic, body=STORY + "!"),
    )
    services.submit_for_review(post=story, actor=comms)
    with pytest.raises(PermissionDenied, match="edited this post"):
        services.approve_post(post=story, reviewer=lead, password=TEST_PASSWORD)
    services.approve_post(post=story, reviewer=compliance, password=TEST_PASSWORD)


def test_it_approves_a_plain_health_tip_by_policy(tip, comms):
    post = services.submit_for_review(post=tip, actor=comms)
    assert post.state == Post.State.APPROVED
    approval = services.active_approval(post)
    assert approval.reviewer is None and not approval.patient_specific
    services.assert_publishable(post, "x")


def test_it_sends_every_post_to_review_when_the_policy_says_so(tip, comms):
    organisation = Organisation.current()
    organisation.review_policy = Organisation.ReviewPolicy.ALL
    organisation.save()
    assert services.submit_for_review(post=tip, actor=comms).state == Post.State.IN_REVIEW


def test_it_requires_a_reason_to_request_changes(story, release, comms, compliance):
    services.link_release(post=story, release=release, actor=comms)
    services.submit_for_review(post=story, actor=comms)
    with pytest.raises(ValidationError, match="what needs to change"):
        services.request_changes(post=story, reviewer=compliance, reason="  ")
    services.request_changes(
        post=story, reviewer=compliance, reason="Use only her first name, please."
    )
    story.refresh_from_db()
    assert story.state == Post.State.CHANGES_REQUESTED
    assert Notification.objects.filter(user=comms, message__contains="Changes were requested")
    # The author edits; the post is a draft again and can be resubmitted.
    update_post(
        post=story,
        editor=comms,
        content=PostContent(title="NICU discharge", topic=story.topic, body=STORY),
    )
    story.refresh_from_db()
    assert story.state == Post.State.DRAFT


def test_it_holds_a_post_whose_release_does_not_cover_the_platform(
    story, make_release, comms, compliance
):
    x_only = make_release(platform_facebook=False)
    services.link_release(post=story, release=x_only, actor=comms)
    services.submit_for_review(post=story, actor=comms)
    services.approve_post(post=story, reviewer=compliance, password=TEST_PASSWORD)
    services.assert_publishable(story, "x")
    with pytest.raises(services.NotPublishable, match="does not cover Facebook"):
        services.assert_publishable(story, "facebook")


def test_it_refuses_a_post_changed_behind_the_approvals_back(story, release, comms, compliance):
    services.link_release(post=story, release=release, actor=comms)
    services.submit_for_review(post=story, actor=comms)
    services.approve_post(post=story, reviewer=compliance, password=TEST_PASSWORD)
    # A write that bypasses the services (a bug, a script, the admin site).
    Post.objects.filter(pk=story.pk).update(body="Ava Thompson, room 4B, went home today.")
    with pytest.raises(services.NotPublishable, match="changed after it was approved"):
        services.assert_publishable(story, "x")


def test_it_honours_a_revoked_release_even_on_a_post_the_scanner_passes(
    tip, release, comms, compliance
):
    services.link_release(post=tip, release=release, actor=comms)
    services.submit_for_review(post=tip, actor=comms)
    services.assert_publishable(tip, "x")
    services.revoke_release(release=release, actor=compliance, note="Phone call, then letter")
    with pytest.raises(services.NotPublishable, match="revoked"):
        services.assert_publishable(tip, "x")
