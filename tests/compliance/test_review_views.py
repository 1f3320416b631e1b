"""The Compliance pages: the review queue, the review page and its decisions, the
notifications they send, and the posts listed on a release."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from compliance import services
from compliance.models import Review
from posts.models import Post
from posts.services import PostContent, create_post, update_post
from socialcare.models import Notification
from tests.compliance.conftest import STORY
from tests.conftest import TEST_PASSWORD
from tests.html import section

QUEUE = reverse("compliance:queue")
NOTIFICATIONS = reverse("notifications")


def submitted(post: Post, release, author) -> Post:
    """`post` with `release` linked, submitted by its author: waiting for review."""
    services.link_release(post=post, release=release, actor=author)
    post = services.submit_for_review(post=post, actor=author)
    assert post.state == Post.State.IN_REVIEW
    return post


def another_story(author, topic, title: str) -> Post:
    return create_post(author=author, content=PostContent(title=title, topic=topic, body=STORY))


def approve(client, post: Post, **data: str):
    return client.post(reverse("compliance:approve", args=[post.pk]), data)


def state_of(post: Post) -> str:
    return Post.objects.get(pk=post.pk).state


# --- The queue --------------------------------------------------------------------------


def test_it_lists_posts_in_review_oldest_submission_first(
    client, compliance, comms, topic, story, release, tip
):
    first = submitted(story, release, comms)
    second = submitted(another_story(comms, topic, "Second discharge"), release, comms)
    # The post created later was submitted earlier: the queue follows submission time.
    Post.objects.filter(pk=second.pk).update(submitted_at=timezone.now() - dt.timedelta(hours=2))
    client.force_login(compliance)

    response = client.get(QUEUE)

    assert response.status_code == 200
    assert [p.pk for p in response.context["posts"]] == [second.pk, first.pk]
    table = section(response, "review-queue")
    assert table.index("Second discharge") < table.index("NICU discharge")
    assert reverse("compliance:review", args=[story.pk]) in table
    assert "Flu shots" not in table  # a draft is not waiting for anyone


def test_it_says_when_nothing_waits_for_review(client, compliance, tip):
    client.force_login(compliance)

    response = client.get(QUEUE)

    assert "Nothing is waiting for review." in section(response, "review-queue")


@pytest.mark.parametrize("persona", ["comms", "outsider"])
def test_it_keeps_the_queue_and_review_pages_from_non_reviewers(
    client, request, story, release, comms, persona
):
    post = submitted(story, release, comms)
    client.force_login(request.getfixturevalue(persona))

    assert client.get(QUEUE).status_code == 403
    assert client.get(reverse("compliance:review", args=[post.pk])).status_code == 403
    response = approve(client, post, password=TEST_PASSWORD, confirm="on")
    assert response.status_code == 403
    assert state_of(post) == Post.State.IN_REVIEW


# --- The review page --------------------------------------------------------------------


def test_it_highlights_the_scanners_findings_in_the_text(client, compliance, comms, story, release):
    post = submitted(story, release, comms)
    client.force_login(compliance)

    response = client.get(reverse("compliance:review", args=[post.pk]))

    assert response.status_code == 200
    body = section(response, "findings-body")
    assert body.count('<mark class="phi" data-type="NAME"') == 2
    assert body.startswith('Little <mark class="phi"')
    assert "Ava<span" in body
    assert "Patient-specific" in response.content.decode()


def test_it_checks_each_linked_release_against_the_post(
    client, compliance, comms, story, release, make_release
):
    x_only = make_release(platform_facebook=False)
    services.link_release(post=story, release=x_only, actor=comms)
    post = submitted(story, release, comms)
    client.force_login(compliance)

    response = client.get(reverse("compliance:review", args=[post.pk]))

    checks = {c.release.pk: c for c in response.context["scope"]}
    assert checks[release.pk].ok
    assert checks[x_only.pk].problems == ["it does not cover Facebook"]
    html = response.content.decode()
    assert html.count('data-testid="scope-check"') == 2
    assert "Covers this post" in html
    assert "Does not cover this post" in html
    assert "It does not cover Facebook" in html


def test_it_shows_the_signature_statement_and_the_platform_previews(
    client, compliance, comms, story, release
):
    post = submitted(story, release, comms)
    client.force_login(compliance)

    response = client.get(reverse("compliance:review", args=[post.pk]))

    statement = section(response, "signature-statement")
    assert statement.startswith(f"I, Priya Shah, approve post #{post.pk} for publication.")
    assert "by entering my password" in statement
    x_card, facebook_card = section(response, "preview-x"), section(response, "preview-facebook")
    assert "Little Ava went home today" in x_card
    assert "Little Ava went home today" in facebook_card
    assert "#NICU" in x_card


# --- Approving --------------------------------------------------------------------------


def test_it_approves_with_the_password_and_tells_the_author(
    client, compliance, comms, story, release, django_capture_on_commit_callbacks
):
    post = submitted(story, release, comms)
    client.force_login(compliance)

    with django_capture_on_commit_callbacks(execute=True):
        response = approve(client, post, password=TEST_PASSWORD, confirm="on")

    assert response.status_code == 302
    assert response.url == QUEUE
    assert state_of(post) == Post.State.APPROVED
    review = Review.objects.get(post=post)
    assert (review.decision, review.reviewer) == (Review.Decision.APPROVED, compliance)
    assert review.signature_statement.startswith(f"I, Priya Shah, approve post #{post.pk}")
    notice = Notification.objects.get(user=comms)
    assert notice.message == f"Post #{post.pk} was approved."
    assert notice.url == reverse("posts:edit", args=[post.pk])
    assert [m.to for m in mail.outbox] == [[comms.email]]
    assert f"Post #{post.pk} was approved." in mail.outbox[0].subject
    page = client.get(QUEUE)
    assert "Nothing is waiting for review." in section(page, "review-queue")


def test_it_refuses_a_wrong_password_and_keeps_the_post_in_review(
    client, compliance, comms, story, release
):
    post = submitted(story, release, comms)
    client.force_login(compliance)

    response = approve(client, post, password="not my password", confirm="on")

    assert response.status_code == 400
    assert "That password is not right. The post was not approved." in response.content.decode()
    assert state_of(post) == Post.State.IN_REVIEW
    assert not Review.objects.exists()
    assert not Notification.objects.filter(user=comms).exists()


def test_it_requires_the_confirm_box(client, compliance, comms, story, release):
    post = submitted(story, release, comms)
    client.force_login(compliance)

    response = approve(client, post, password=TEST_PASSWORD)

    assert response.status_code == 400
    assert response.context["approve_form"].errors["confirm"] == ["This field is required."]
    assert "This field is required." in response.content.decode()
    assert state_of(post) == Post.State.IN_REVIEW


@pytest.mark.parametrize(
    ("role", "refusal"),
    [
        ("wrote", "Nobody can review their own post."),
        ("edited", "You edited this post, so another reviewer must decide on it."),
    ],
    ids=["wrote", "edited"],
)
def test_it_leaves_a_post_to_another_reviewer_when_you_wrote_or_edited_it(
    client, lead, comms, topic, release, role, refusal
):
    author = lead if role == "wrote" else comms
    post = another_story(author, topic, "NICU discharge")
    if role == "edited":
        update_post(
            post=post,
            editor=lead,
            content=PostContent(title="NICU discharge", topic=topic, body=STORY + " So proud."),
        )
    post = submitted(post, release, author)
    client.force_login(lead)

    page = client.get(reverse("compliance:review", args=[post.pk]))
    approval = approve(client, post, password=TEST_PASSWORD, confirm="on")
    sent_back = client.post(
        reverse("compliance:request_changes", args=[post.pk]), {"reason": "Shorter, please."}
    )

    for response in (page, approval, sent_back):
        html = response.content.decode()
        assert "another Compliance reviewer must decide on it" in html
        assert reverse("compliance:approve", args=[post.pk]) not in html
        assert 'data-testid="signature-statement"' not in html
    assert section(page, "decision-error") is None
    assert (approval.status_code, sent_back.status_code) == (400, 400)
    assert section(approval, "decision-error") == refusal
    assert section(sent_back, "decision-error") == refusal
    assert state_of(post) == Post.State.IN_REVIEW
    assert not Review.objects.exists()


def test_it_explains_a_refused_decision_on_a_post_that_left_review(
    client, compliance, comms, topic, story, release
):
    post = submitted(story, release, comms)
    client.force_login(compliance)
    client.get(reverse("compliance:review", args=[post.pk]))
    # The author withdraws the post by editing it while the reviewer reads.
    update_post(
        post=post,
        editor=comms,
        content=PostContent(title="NICU discharge", topic=topic, body=STORY, hashtags="#Home"),
    )

    approval = approve(client, post, password=TEST_PASSWORD, confirm="on")
    sent_back = client.post(
        reverse("compliance:request_changes", args=[post.pk]), {"reason": "Shorter, please."}
    )

    assert approval.status_code == 400
    assert section(approval, "decision-error") == "Only a post in review can be approved."
    assert section(sent_back, "decision-error") == "Only a post in review can be sent back."
    assert section(approval, "post-state") == "Draft"
    assert state_of(post) == Post.State.DRAFT
    assert not Review.objects.exists()


# --- Requesting changes -----------------------------------------------------------------


def test_it_requires_a_reason_to_send_a_post_back(client, compliance, comms, story, release):
    post = submitted(story, release, comms)
    client.force_login(compliance)

    response = client.post(reverse("compliance:request_changes", args=[post.pk]), {"reason": " "})

    assert response.status_code == 400
    assert response.context["changes_form"].errors["reason"] == ["This field is required."]
    assert state_of(post) == Post.State.IN_REVIEW
    assert not Review.objects.exists()


def test_it_sends_a_post_back_and_the_author_sees_why(
    client, compliance, comms, story, release, django_capture_on_commit_callbacks
):
    post = submitted(story, release, comms)
    reason = "Please leave out how many days she spent in the NICU."
    client.force_login(compliance)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("compliance:request_changes", args=[post.pk]), {"reason": reason}
        )

    assert response.status_code == 302
    assert response.url == QUEUE
    assert state_of(post) == Post.State.CHANGES_REQUESTED
    assert Notification.objects.get(user=comms).message == (
        f"Changes were requested on post #{post.pk}."
    )
    assert [m.to for m in mail.outbox] == [[comms.email]]
    client.force_login(comms)
    editor = client.get(reverse("posts:edit", args=[post.pk]))
    assert section(editor, "changes-requested") == f"Changes requested by Priya Shah: {reason}"


def test_it_shows_what_changed_since_the_last_review(
    client, compliance, comms, topic, story, release
):
    post = submitted(story, release, comms)
    services.request_changes(post=post, reviewer=compliance, reason="Add a thank-you.")
    update_post(
        post=post,
        editor=comms,
        content=PostContent(
            title="NICU discharge",
            topic=topic,
            body=STORY + " Thank you to our NICU team.",
            hashtags="#NICU",
        ),
    )
    post = services.submit_for_review(post=post, actor=comms)
    client.force_login(compliance)

    response = client.get(reverse("compliance:review", args=[post.pk]))

    diff = section(response, "review-diff")
    assert "<dt>Text</dt>" in diff
    assert "<ins>" in diff
    assert "team." in diff
    assert "Changed since the last review (changes requested by" in response.content.decode()


def test_it_shows_no_changes_on_a_first_review(client, compliance, comms, story, release):
    post = submitted(story, release, comms)
    client.force_login(compliance)

    response = client.get(reverse("compliance:review", args=[post.pk]))

    assert section(response, "review-diff") is None


# --- Notifications ----------------------------------------------------------------------


def test_it_lists_the_authors_notifications_and_marks_them_read(
    client, compliance, comms, story, release
):
    post = submitted(story, release, comms)
    services.request_changes(post=post, reviewer=compliance, reason="Shorter, please.")
    client.force_login(comms)

    page = client.get(NOTIFICATIONS)

    items = section(page, "notification-list")
    assert f"Changes were requested on post #{post.pk}." in items
    assert f'href="{reverse("posts:edit", args=[post.pk])}"' in items
    assert "is waiting for your review" not in items  # that one went to Compliance
    assert '1<span class="visually-hidden"> unread</span>' in section(page, "notifications")
    assert "Mark all as read" in page.content.decode()

    response = client.post(NOTIFICATIONS, follow=True)

    assert response.redirect_chain == [(NOTIFICATIONS, 302)]
    assert section(response, "notifications") == "Notifications"
    assert "Mark all as read" not in response.content.decode()
    assert not Notification.objects.filter(user=comms, read_at__isnull=True).exists()
    assert Notification.objects.filter(user=compliance, read_at__isnull=True).exists()


# --- Release pages ----------------------------------------------------------------------


def test_it_lists_the_posts_relying_on_a_release(
    client, compliance, comms, topic, story, release, make_release
):
    post = submitted(story, release, comms)
    other = make_release(patient_name="Noah Williams", aliases="")
    unrelated = another_story(comms, topic, "Another discharge")
    services.link_release(post=unrelated, release=other, actor=comms)
    client.force_login(compliance)

    response = client.get(reverse("compliance:release", args=[release.pk]))

    listed = section(response, "release-posts")
    assert f"#{post.pk} NICU discharge" in listed
    assert "In review" in listed
    assert "Another discharge" not in listed
    empty = client.get(reverse("compliance:release", args=[make_release().pk]))
    assert "None." in section(empty, "release-posts")


def test_it_keeps_release_pages_from_comms(client, comms, release):
    client.force_login(comms)

    assert client.get(reverse("compliance:release", args=[release.pk])).status_code == 403
