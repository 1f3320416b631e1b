"""A patient story goes from draft to signed approval; its release is then revoked."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from compliance import services as compliance_services
from compliance.models import PatientRelease
from posts.models import Post, Topic
from posts.services import PostContent, create_post
from socialcare.models import Notification
from tests.browser.conftest import login, screenshot
from tests.compliance.conftest import PDF, complete_release
from tests.conftest import TEST_PASSWORD

# A story the scanner flags without doubt: a first name after "Little" and "Welcome home".
STORY = "Little Ava went home today after 43 days in our NICU. Welcome home, Ava!"
TITLE = "NICU discharge"
REVOCATION_NOTE = "Written request from the patient's mother, received by letter."


@pytest.fixture
def release(compliance) -> PatientRelease:
    """Ava Thompson's signed release, on file through the service as Compliance records it."""
    return compliance_services.create_release(
        actor=compliance,
        release=complete_release(),
        document=compliance_services.ReleaseDocument(PDF, "application/pdf"),
    )


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()


def test_it_takes_a_patient_story_from_draft_to_signed_approval(
    page: Page, live_server, comms, compliance, release
):
    link_button = f"Link release #{release.pk}: Ava Thompson"

    # Comms drafts the story and sees the scanner's findings while typing.
    login(page, live_server, comms.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="New post").click()
    expect(page.get_by_role("heading", name="New post")).to_be_visible()
    page.get_by_label("Internal title").fill(TITLE)
    page.get_by_label("Topic").select_option(label="Maternity and newborn")
    page.get_by_label("Text", exact=True).fill(STORY)

    mirror = page.locator("#mirror-body")
    expect(mirror.locator("mark.phi").filter(has_text=re.compile(r"^Ava$")).first).to_be_visible()
    expect(page.get_by_test_id("phi-summary")).to_have_text(
        re.compile(r"^Looks patient-specific \(\d+ findings?\): a signed release")
    )
    screenshot(page, "editor-highlights")

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_role("status").filter(has_text="Draft saved.")).to_be_visible()
    post = Post.objects.get()
    expect(page.get_by_role("heading", name=f"Edit post #{post.pk}")).to_be_visible()
    expect(page.get_by_test_id("post-state")).to_have_text("Draft")

    # Not submittable until the patient's release is linked.
    submit = page.get_by_role("button", name="Submit for review")
    expect(page.get_by_test_id("submit-problems")).to_contain_text(
        "link the patient's signed release before submitting"
    )
    expect(submit).to_be_disabled()
    expect(page.get_by_test_id("linked-releases")).to_have_text("No release linked.")

    page.get_by_test_id("suggested-releases").get_by_role("button", name=link_button).click()
    expect(
        page.get_by_role("status").filter(has_text=f"Release #{release.pk} linked.")
    ).to_be_visible()
    linked = page.get_by_test_id("linked-releases").get_by_role("listitem")
    expect(linked).to_have_count(1)
    expect(linked).to_contain_text(f"Release #{release.pk}: Ava Thompson")
    expect(linked).to_contain_text("covers this post")
    expect(page.get_by_role("button", name=link_button)).to_have_count(0)
    expect(page.get_by_test_id("submit-problems")).to_have_count(0)

    submit.click()
    expect(
        page.get_by_role("status").filter(has_text="Submitted. Compliance will review it.")
    ).to_be_visible()
    expect(page.get_by_test_id("post-state")).to_have_text("In review")
    expect(submit).to_have_count(0)
    sign_out(page)

    # Compliance checks the findings and the release's scope, then signs.
    login(page, live_server, compliance.username)
    expect(page.get_by_test_id("review-count")).to_have_text("1")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Review", exact=True
    ).click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    page.get_by_test_id("review-queue").get_by_role("link", name=f"#{post.pk} {TITLE}").click()

    expect(page.get_by_role("heading", name=f"Review post #{post.pk}: {TITLE}")).to_be_visible()
    expect(page.get_by_test_id("post-state")).to_have_text("In review")
    findings = page.get_by_test_id("findings-body")
    expect(
        findings.locator("mark.phi").filter(has_text=re.compile(r"^Ava\b")).first
    ).to_be_visible()
    scope = page.get_by_test_id("scope-check")
    expect(scope).to_have_count(1)
    expect(scope.get_by_role("link")).to_have_text(f"Release #{release.pk}: Ava Thompson")
    expect(scope).to_contain_text("Covers this post")
    expect(page.get_by_test_id("signature-statement")).to_contain_text(
        f"I, Priya Shah, approve post #{post.pk} for publication."
    )
    screenshot(page, "review")

    approve = page.get_by_role("region", name="Approve")
    password = approve.get_by_label("Your password")
    confirm = approve.get_by_label("I have read the statement above and sign this approval.")
    password.fill("not my password")
    confirm.check()
    approve.get_by_role("button", name="Approve and sign").click()
    expect(page.get_by_role("region", name="Approve").get_by_role("alert")).to_contain_text(
        "That password is not right"
    )
    expect(page.get_by_test_id("post-state")).to_have_text("In review")
    expect(password).to_be_empty()

    password.fill(TEST_PASSWORD)
    confirm.check()
    approve.get_by_role("button", name="Approve and sign").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    expect(
        page.get_by_role("status").filter(
            has_text=f"Post #{post.pk} is approved. Its author was told."
        )
    ).to_be_visible()
    expect(page.get_by_test_id("review-queue").locator("tbody")).to_have_text(
        "Nothing is waiting for review."
    )
    sign_out(page)

    # The author is told, and the post shows who approved it.
    login(page, live_server, comms.username)
    expect(page.get_by_test_id("notifications").locator(".badge")).to_have_text("1 unread")
    page.get_by_test_id("notifications").click()
    expect(page.get_by_role("heading", name="Notifications")).to_be_visible()
    page.get_by_test_id("notification-list").get_by_role(
        "link", name=f"Post #{post.pk} was approved."
    ).click()
    expect(page.get_by_role("heading", name=f"Edit post #{post.pk}")).to_be_visible()
    expect(page.get_by_test_id("post-state")).to_have_text("Approved")
    expect(page.get_by_test_id("approval-banner")).to_contain_text("Approved by Priya Shah on ")


def test_it_revokes_a_release_and_lists_the_post_that_relied_on_it(
    page: Page, live_server, comms, compliance, release
):
    post = create_post(
        author=comms,
        content=PostContent(
            title=TITLE, topic=Topic.objects.get(name="Maternity and newborn"), body=STORY
        ),
    )
    compliance_services.link_release(post=post, release=release, actor=comms)

    login(page, live_server, compliance.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Releases").click()
    page.get_by_test_id("release-table").get_by_role("link", name="Ava Thompson").click()
    expect(page.get_by_role("heading", name=f"Release #{release.pk}: Ava Thompson")).to_be_visible()
    expect(page.get_by_test_id("release-status")).to_have_text("Valid")

    page.get_by_label("How the revocation was received").fill(REVOCATION_NOTE)
    page.get_by_role("button", name="Revoke release").click()

    expect(
        page.get_by_role("alert").filter(has_text=f"Release #{release.pk} is revoked.")
    ).to_contain_text("1 post(s) relied on it")
    expect(page.get_by_test_id("release-status")).to_have_text("Revoked")
    relying = page.get_by_test_id("release-posts").get_by_role("listitem")
    expect(relying).to_have_count(1)
    expect(relying.get_by_role("link")).to_have_text(f"#{post.pk} {TITLE}")
    expect(page.get_by_text(REVOCATION_NOTE)).to_be_visible()
    expect(page.get_by_role("button", name="Revoke release")).to_have_count(0)
    expect(page.get_by_role("link", name="Edit", exact=True)).to_have_count(0)
    assert Notification.objects.filter(
        user=comms, message__startswith=f"Release #{release.pk} was revoked: post #{post.pk}"
    ).exists()
