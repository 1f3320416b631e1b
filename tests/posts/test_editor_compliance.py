"""The editor's compliance side: live findings, linking releases, image declarations
and submitting, through the pages Comms use."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from compliance import services as compliance_services
from compliance.models import PostRelease, Review
from posts.models import Post
from tests.compliance.conftest import STORY
from tests.html import section

ANALYZE = reverse("posts:analyze")
TIP = "Flu shots are free at our clinic this week. Protect yourself and others."
NEEDS_RELEASE = (
    "This post looks patient-specific: link the patient's signed release before submitting."
)
UNDECLARED = "Say for every image whether it shows a patient or patient information."


def find_url(post: Post) -> str:
    return reverse("posts:find_releases", args=[post.pk])


def edit_url(post: Post) -> str:
    return reverse("posts:edit", args=[post.pk])


def messages_in(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def submit_button(response) -> str:
    """The submit panel's button tag, e.g. '<button ... disabled ...>'."""
    html = response.content.decode()
    form = html[
        html.index(f'action="{reverse("posts:submit", args=[response.context["post"].pk])}"') :
    ]
    return form[form.index("<button") : form.index(">", form.index("<button")) + 1]


def state_of(post: Post) -> str:
    return Post.objects.get(pk=post.pk).state


def png_upload() -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (16, 12), (30, 120, 200)).save(out, format="PNG")
    return SimpleUploadedFile("ward.png", out.getvalue(), content_type="image/png")


def saved_form(client, post: Post, **changes: object) -> dict[str, object]:
    """What the browser sends back when the edit page is saved, with `changes` typed in."""
    form = client.get(edit_url(post)).context["form"]
    data = {name: form[name].value() for name in form.fields if name != "new_image"}
    data = {name: value for name, value in data.items() if value not in (None, False)}
    return {**data, **changes}


# --- Live findings ----------------------------------------------------------------------


def test_it_returns_findings_with_offsets_into_each_field(client, comms):
    client.force_login(comms)
    x_text = "Welcome home, Ava!"

    response = client.post(ANALYZE, {"body": STORY, "x_text": x_text, "hashtags": "#NICU"})

    assert response.status_code == 200
    result = response.json()
    assert result["patient_specific"] is True
    body = result["findings"]["body"]
    assert {(f["type"], f["start"], f["end"]) for f in body} >= {
        ("NAME", STORY.index("Ava"), STORY.index("Ava") + 3),
        ("NAME", STORY.rindex("Ava"), STORY.rindex("Ava") + 3),
    }
    assert all(f["reason"] for f in body)
    assert [(f["start"], f["end"]) for f in result["findings"]["x_text"]] == [(14, 17)]
    assert x_text[14:17] == "Ava"
    assert result["findings"]["hashtags"] == []
    # Offsets and reasons only: the browser has the text.
    assert "Ava" not in response.content.decode()


def test_it_finds_nothing_in_a_plain_health_tip(client, comms):
    client.force_login(comms)

    result = client.post(ANALYZE, {"body": TIP, "hashtags": "#FluSeason"}).json()

    assert result["patient_specific"] is False
    assert result["findings"] == {"body": [], "hashtags": []}


# --- The compliance panel ---------------------------------------------------------------


def test_it_asks_for_a_release_and_disables_submit_for_a_patient_story(client, comms, story):
    client.force_login(comms)

    response = client.get(edit_url(story))

    assert NEEDS_RELEASE in section(response, "submit-problems")
    assert " disabled" in submit_button(response)
    assert "No release linked." in section(response, "linked-releases")
    assert section(response, "suggested-releases") is None


def test_it_suggests_the_release_matching_the_name_found(client, comms, story, release):
    client.force_login(comms)

    response = client.get(edit_url(story))

    suggested = section(response, "suggested-releases")
    assert f"Link release #{release.pk}: Ava Thompson" in suggested
    assert f'name="release" value="{release.pk}"' in suggested
    assert response.context["suggested"] == [release]


def test_it_links_a_release_and_then_lets_the_story_be_submitted(client, comms, story, release):
    client.force_login(comms)

    response = client.post(
        reverse("posts:link_release", args=[story.pk]), {"release": release.pk}, follow=True
    )

    assert response.redirect_chain == [(edit_url(story), 302)]
    assert messages_in(response) == [f"Release #{release.pk} linked."]
    assert list(story.release_links.values_list("release_id", flat=True)) == [release.pk]
    linked = section(response, "linked-releases")
    assert f"Release #{release.pk}: Ava Thompson" in linked
    assert "covers this post" in linked
    assert section(response, "submit-problems") is None
    assert " disabled" not in submit_button(response)
    assert section(response, "suggested-releases") is None  # already linked


def test_it_explains_why_an_incomplete_release_cannot_be_linked(client, comms, story, make_release):
    unsigned = make_release(document=None)
    client.force_login(comms)

    response = client.post(
        reverse("posts:link_release", args=[story.pk]), {"release": unsigned.pk}, follow=True
    )

    assert messages_in(response) == [
        f"Release #{unsigned.pk} cannot be linked: it lacks the signed form."
    ]
    assert not story.release_links.exists()


@pytest.mark.parametrize("persona", ["compliance", "outsider"])
def test_it_keeps_linking_and_submitting_to_people_who_edit_posts(
    client, request, story, release, persona
):
    client.force_login(request.getfixturevalue(persona))

    link = client.post(reverse("posts:link_release", args=[story.pk]), {"release": release.pk})
    submit = client.post(reverse("posts:submit", args=[story.pk]))

    assert (link.status_code, submit.status_code) == (403, 403)
    assert not story.release_links.exists()
    assert state_of(story) == Post.State.DRAFT


# --- Submitting -------------------------------------------------------------------------


def test_it_puts_a_patient_story_with_its_release_in_review(client, comms, story, release):
    compliance_services.link_release(post=story, release=release, actor=comms)
    client.force_login(comms)

    response = client.post(reverse("posts:submit", args=[story.pk]), follow=True)

    assert messages_in(response) == ["Submitted. Compliance will review it."]
    assert state_of(story) == Post.State.IN_REVIEW
    assert section(response, "post-state") == "In review"
    assert not Review.objects.exists()


def test_it_refuses_to_submit_a_patient_story_without_a_release(client, comms, story):
    client.force_login(comms)

    response = client.post(reverse("posts:submit", args=[story.pk]), follow=True)

    assert messages_in(response) == [f"Not submitted: {NEEDS_RELEASE}"]
    assert state_of(story) == Post.State.DRAFT


def test_it_approves_a_plain_tip_by_policy(client, comms, tip):
    client.force_login(comms)

    page = client.get(edit_url(tip))
    response = client.post(reverse("posts:submit", args=[tip.pk]), follow=True)

    assert " disabled" not in submit_button(page)
    assert messages_in(response) == ["Approved: this post needs no compliance review."]
    assert state_of(tip) == Post.State.APPROVED
    review = Review.objects.get(post=tip)
    assert (review.decision, review.reviewer) == (Review.Decision.APPROVED, None)
    assert section(response, "approval-banner").startswith("Approved by the review policy on ")


# --- Finding a release by name ----------------------------------------------------------


def test_it_searches_releases_only_from_three_letters(client, comms, tip, release):
    client.force_login(comms)

    short = client.post(find_url(tip), {"release_q": "Av"})
    enough = client.post(find_url(tip), {"release_q": "ava"})

    assert short.context["found_releases"] == []
    assert "No usable release matches (at least 3 letters" in section(short, "found-releases")
    assert enough.context["found_releases"] == [release]
    assert f"Link release #{release.pk}: Ava Thompson" in section(enough, "found-releases")


def test_it_never_offers_revoked_expired_or_incomplete_releases(
    client, comms, compliance, tip, release, make_release
):
    revoked = make_release(patient_name="Ava Martin")
    compliance_services.revoke_release(release=revoked, actor=compliance, note="Letter")
    today = timezone.localdate()
    make_release(
        patient_name="Ava Lopez",
        signed_on=today - dt.timedelta(days=30),
        expires_on=today - dt.timedelta(days=1),
    )
    make_release(patient_name="Ava Chen", document=None)
    client.force_login(comms)

    response = client.post(find_url(tip), {"release_q": "Ava"})

    assert response.context["found_releases"] == [release]
    found = section(response, "found-releases")
    assert "Ava Thompson" in found
    for name in ("Ava Martin", "Ava Lopez", "Ava Chen"):
        assert name not in found


def test_it_finds_a_usable_release_behind_many_unusable_ones(
    client, comms, tip, release, make_release
):
    # Incomplete releases whose names sort before "Ava Thompson".
    for letter in "ABCDEFGHIJK":
        make_release(patient_name=f"Ava {letter}ardy", document=None)
    client.force_login(comms)

    response = client.post(find_url(tip), {"release_q": "Ava"})

    assert response.context["found_releases"] == [release]


# --- Images -----------------------------------------------------------------------------


def test_it_refuses_to_submit_an_image_nobody_declared(client, comms, tip):
    client.force_login(comms)
    data = saved_form(client, tip, new_image=png_upload(), new_image_alt="A ward corridor")

    saved = client.post(edit_url(tip), data, follow=True)
    refused = client.post(reverse("posts:submit", args=[tip.pk]), follow=True)

    assert tip.media.get().shows_patient is None
    assert UNDECLARED in section(saved, "submit-problems")
    assert " disabled" in submit_button(saved)
    assert messages_in(refused) == [f"Not submitted: {UNDECLARED}"]
    assert state_of(tip) == Post.State.DRAFT


def test_it_needs_a_photo_release_for_an_image_showing_a_patient(client, comms, tip, make_release):
    text_only = make_release(covers_photos=False)
    client.force_login(comms)
    data = saved_form(
        client,
        tip,
        new_image=png_upload(),
        new_image_alt="A nurse holding a baby",
        new_image_shows_patient="yes",
    )

    response = client.post(edit_url(tip), data, follow=True)

    assert Post.objects.get(pk=tip.pk).patient_specific
    assert "This post looks patient-specific (PHOTO)" in response.content.decode()
    assert NEEDS_RELEASE in section(response, "submit-problems")

    response = client.post(
        reverse("posts:link_release", args=[tip.pk]), {"release": text_only.pk}, follow=True
    )

    assert "it does not cover photos" in section(response, "linked-releases")
    assert f"Release #{text_only.pk} cannot be relied on: it does not cover photos." in section(
        response, "submit-problems"
    )
    assert " disabled" in submit_button(response)
    refused = client.post(reverse("posts:submit", args=[tip.pk]), follow=True)
    assert state_of(tip) == Post.State.DRAFT
    assert "it does not cover photos" in messages_in(refused)[0]


def test_it_submits_a_patient_photo_with_a_release_covering_photos(client, comms, tip, release):
    client.force_login(comms)
    data = saved_form(
        client,
        tip,
        new_image=png_upload(),
        new_image_alt="A nurse holding a baby",
        new_image_shows_patient="yes",
    )
    client.post(edit_url(tip), data, follow=True)
    client.post(reverse("posts:link_release", args=[tip.pk]), {"release": release.pk}, follow=True)

    response = client.post(reverse("posts:submit", args=[tip.pk]), follow=True)

    assert messages_in(response) == ["Submitted. Compliance will review it."]
    assert state_of(tip) == Post.State.IN_REVIEW


# --- Changes after submitting -----------------------------------------------------------


def test_it_voids_the_approval_when_an_approved_post_is_edited(client, comms, tip):
    compliance_services.submit_for_review(post=tip, actor=comms)
    client.force_login(comms)
    before = client.get(edit_url(tip))
    assert section(before, "post-state") == "Approved"
    assert section(before, "approval-banner") is not None

    response = client.post(
        edit_url(tip), saved_form(client, tip, body=TIP + " Walk-ins welcome."), follow=True
    )

    assert state_of(tip) == Post.State.DRAFT
    assert section(response, "post-state") == "Draft"
    assert section(response, "approval-banner") is None
    assert Review.objects.get(post=tip).voided_at is not None
    assert " disabled" not in submit_button(response)


def test_it_returns_a_post_in_review_to_draft_when_its_release_is_unlinked(
    client, comms, story, release
):
    compliance_services.link_release(post=story, release=release, actor=comms)
    compliance_services.submit_for_review(post=story, actor=comms)
    client.force_login(comms)

    response = client.post(
        reverse("posts:unlink_release", args=[story.pk, release.pk]), follow=True
    )

    assert messages_in(response) == [f"Release #{release.pk} unlinked."]
    assert not PostRelease.objects.filter(post=story).exists()
    assert state_of(story) == Post.State.DRAFT
    assert section(response, "post-state") == "Draft"
    assert NEEDS_RELEASE in section(response, "submit-problems")
