"""The post editor: drafting text and images, and who may do it."""

from __future__ import annotations

import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from posts import services
from posts.media import clean_image
from posts.models import ContentTemplate, MediaAsset, Post, Topic
from posts.services import NewImage, PostContent

CREATE = reverse("posts:create")
BODY = "Walk-in flu shots are free this week at the outpatient clinic."


def image_bytes(fmt: str = "PNG", colour: tuple[int, int, int] = (200, 30, 30), **options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 12), colour).save(out, format=fmt, **options)
    return out.getvalue()


def png_upload(name: str = "clinic.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(), content_type="image/png")


def jpeg_with_secrets(name: str = "jane-doe-room-4b.jpg") -> SimpleUploadedFile:
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0131] = "Ward camera SN-0042"  # Software
    data = image_bytes("JPEG", exif=exif, comment=b"Jane Doe, bed 4B")
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


def editor_data(topic: Topic, **fields: object) -> dict[str, object]:
    """What the browser sends for a new post."""
    return {
        "title": "Flu clinic",
        "topic": topic.pk,
        "body": BODY,
        "link": "",
        "hashtags": "#FluSeason",
        "x_text": "",
        "facebook_text": "",
        "new_image_alt": "",
        "new_image_shows_patient": "no",
        **fields,
    }


def resubmission(client, post: Post, **changes: object) -> dict[str, object]:
    """What the browser sends back when the edit page is saved, with `changes` typed in."""
    form = client.get(reverse("posts:edit", args=[post.pk])).context["form"]
    data = {name: form[name].value() for name in form.fields if name != "new_image"}
    data = {name: value for name, value in data.items() if value not in (None, False)}
    if "new_image" in changes:
        data["new_image_shows_patient"] = "no"
    return {**data, **changes}


def create_post(author, topic: Topic, *, images: int = 0) -> Post:
    return services.create_post(
        author=author,
        content=PostContent(title="Flu clinic", topic=topic, body=BODY, hashtags="#FluSeason"),
        new_images=[
            NewImage(clean_image(image_bytes(colour=(n * 40, 90, 90))), f"Nurse {n} at the clinic")
            for n in range(images)
        ],
    )


def stored_bytes(asset: MediaAsset) -> bytes:
    with default_storage.open(asset.file.name, "rb") as f:
        return f.read()


def messages_in(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# --- Creating a post -------------------------------------------------------------------


def test_it_creates_a_draft_with_both_variants_and_revision_1(client, comms, topic):
    client.force_login(comms)

    response = client.post(CREATE, editor_data(topic, x_text="Flu shots, walk in!"))

    post = Post.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("posts:edit", args=[post.pk])
    assert (post.title, post.body, post.hashtags) == ("Flu clinic", BODY, "#FluSeason")
    assert post.author == comms
    assert post.state == Post.State.DRAFT
    assert dict(post.variants.values_list("platform", "text")) == {
        "x": "Flu shots, walk in!",
        "facebook": "",
    }
    revision = post.revisions.get()
    assert (revision.number, revision.editor) == (1, comms)
    assert revision.snapshot["body"] == BODY


def test_it_says_the_draft_was_saved(client, comms, topic):
    client.force_login(comms)

    response = client.post(CREATE, editor_data(topic), follow=True)

    assert messages_in(response) == ["Draft saved."]
    assert BODY in response.content.decode()


@pytest.mark.parametrize("persona", ["compliance", "admin_member"])
def test_it_forbids_creating_posts_without_the_comms_role(client, request, topic, persona):
    client.force_login(request.getfixturevalue(persona))

    assert client.get(CREATE).status_code == 403
    assert client.post(CREATE, editor_data(topic)).status_code == 403
    assert not Post.objects.exists()


def test_it_starts_a_new_post_from_a_library_template(client, comms):
    client.force_login(comms)
    template = ContentTemplate.objects.get(name="Flu shot reminder")
    url = f"{CREATE}?template={template.pk}"

    page = client.get(url)

    form = page.context["form"]
    assert form["title"].value() == "Flu shot reminder"
    assert form["topic"].value() == template.topic_id
    assert form["body"].value() == template.body
    assert form["hashtags"].value() == "#FluSeason #GetVaccinated"
    html = page.content.decode()
    assert "from “Flu shot reminder”" in html
    assert "Walk-in flu shots are free for everyone 6 months and older" in html

    # The form posts back to the same address, template id included.
    response = client.post(
        url, editor_data(template.topic, title="Flu shot reminder", body=template.body)
    )

    post = Post.objects.get()
    assert response.url == reverse("posts:edit", args=[post.pk])
    assert post.template == template
    assert post.body == template.body


def test_it_keeps_an_x_text_over_the_limit_but_warns_it_cannot_be_submitted(client, comms, topic):
    client.force_login(comms)
    long_text = "Flu shots are free this week. " * 10  # 300 characters

    response = client.post(CREATE, editor_data(topic, body=long_text, hashtags=""), follow=True)

    post = Post.objects.get()
    assert post.body == long_text.strip()
    assert response.redirect_chain == [(reverse("posts:edit", args=[post.pk]), 302)]
    assert messages_in(response) == [
        "Draft saved. It cannot be submitted yet: X text is 19 characters over the 280 limit."
    ]
    assert 'class="alert alert-warning' in response.content.decode()


# --- Images ----------------------------------------------------------------------------


def test_it_asks_for_alt_text_and_keeps_what_was_typed(client, comms, topic):
    client.force_login(comms)

    response = client.post(CREATE, editor_data(topic, new_image=png_upload()))

    assert response.status_code == 200
    assert response.context["form"].errors["new_image_alt"] == [
        "Add alt text so that everyone can understand the image."
    ]
    html = response.content.decode()
    assert "Add alt text so that everyone can understand the image." in html
    assert BODY in html
    assert 'value="Flu clinic"' in html
    assert not Post.objects.exists()


def test_it_explains_that_a_non_image_is_not_accepted_and_keeps_the_text(client, comms, topic):
    client.force_login(comms)
    notes = SimpleUploadedFile("notes.pdf", b"%PDF-1.4 not a picture", "application/pdf")

    response = client.post(
        CREATE, editor_data(topic, new_image=notes, new_image_alt="Clinic opening hours")
    )

    assert response.status_code == 200
    assert response.context["form"].errors["new_image"] == [
        "This file is not an image. Upload a JPEG, PNG, GIF or WebP."
    ]
    html = response.content.decode()
    assert "This file is not an image. Upload a JPEG, PNG, GIF or WebP." in html
    assert BODY in html
    assert "Clinic opening hours" in html
    assert not Post.objects.exists()


def test_it_stores_an_uploaded_jpeg_without_exif_or_comment(client, comms, topic):
    client.force_login(comms)
    upload = jpeg_with_secrets()
    assert b"Jane Doe, bed 4B" in upload.read()
    upload.seek(0)

    client.post(CREATE, editor_data(topic, new_image=upload, new_image_alt="Flu clinic door"))

    asset = MediaAsset.objects.get()
    stored = stored_bytes(asset)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert image.size == (16, 12)
        assert len(image.getexif()) == 0
        assert "comment" not in image.info
    for leak in (b"Jane Doe", b"bed 4B", b"Canon", b"SN-0042", b"Exif\x00\x00"):
        assert leak not in stored
    assert (asset.alt_text, asset.content_type) == ("Flu clinic door", "image/jpeg")


def test_it_does_not_keep_the_uploaded_file_name(client, comms, topic):
    client.force_login(comms)

    client.post(
        CREATE,
        editor_data(topic, new_image=jpeg_with_secrets(), new_image_alt="Flu clinic door"),
    )

    name = MediaAsset.objects.get().file.name
    assert "jane" not in name.lower()
    assert re.fullmatch(r"posts/[0-9a-f]{32}\.jpg", name)
    assert default_storage.exists(name)


def test_it_refuses_a_fifth_image(client, comms, topic):
    post = create_post(comms, topic, images=4)
    client.force_login(comms)

    response = client.post(
        reverse("posts:edit", args=[post.pk]),
        resubmission(client, post, new_image=png_upload(), new_image_alt="A fifth picture"),
    )

    assert response.status_code == 200
    assert response.context["form"].errors["new_image"] == [
        "A post can have at most 4 images. Remove one first."
    ]
    assert "A post can have at most 4 images. Remove one first." in response.content.decode()
    assert post.media.count() == 4
    assert post.revisions.count() == 1


def test_it_accepts_a_new_image_in_place_of_one_removed(client, comms, topic):
    post = create_post(comms, topic, images=4)
    first = post.media.first()
    client.force_login(comms)

    client.post(
        reverse("posts:edit", args=[post.pk]),
        resubmission(
            client,
            post,
            **{f"remove_{first.pk}": "on"},
            new_image=png_upload(),
            new_image_alt="A fifth picture",
        ),
    )

    assert post.media.count() == 4
    assert not post.media.filter(pk=first.pk).exists()
    assert post.media.filter(alt_text="A fifth picture").exists()


def test_it_removes_an_image_and_changes_alt_text(
    client, comms, topic, django_capture_on_commit_callbacks
):
    post = create_post(comms, topic, images=2)
    kept, removed = post.media.all()
    client.force_login(comms)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("posts:edit", args=[post.pk]),
            resubmission(
                client,
                post,
                **{f"alt_{kept.pk}": "Two nurses at the flu clinic", f"remove_{removed.pk}": "on"},
            ),
            follow=True,
        )

    assert messages_in(response) == ["Draft saved."]
    assert list(post.media.values_list("pk", "alt_text")) == [
        (kept.pk, "Two nurses at the flu clinic")
    ]
    assert not default_storage.exists(removed.file.name)
    assert default_storage.exists(kept.file.name)
    assert post.revisions.count() == 2
    html = response.content.decode()
    assert "Two nurses at the flu clinic" in html
    assert reverse("posts:media", args=[post.pk, removed.pk]) not in html


def test_it_removes_an_image_whose_alt_text_was_cleared(client, comms, topic):
    post = create_post(comms, topic, images=1)
    image = post.media.get()
    client.force_login(comms)
    data = resubmission(client, post, **{f"alt_{image.pk}": "", f"remove_{image.pk}": "on"})
    response = client.post(reverse("posts:edit", args=[post.pk]), data, follow=True)
    assert messages_in(response) == ["Draft saved."]
    assert not post.media.exists()


def test_it_requires_alt_text_on_every_image_it_keeps(client, comms, topic):
    post = create_post(comms, topic, images=1)
    image = post.media.get()
    client.force_login(comms)
    data = resubmission(client, post, body="Updated text", **{f"alt_{image.pk}": "  "})
    response = client.post(reverse("posts:edit", args=[post.pk]), data)
    assert response.status_code == 200
    assert "Alt text is required for every image." in response.content.decode()
    assert "Updated text" in response.content.decode()
    assert post.media.get().alt_text == "Nurse 0 at the clinic"


def test_it_shows_the_images_of_a_post_with_their_alt_text(client, comms, topic):
    post = create_post(comms, topic, images=1)
    asset = post.media.get()
    client.force_login(comms)

    html = client.get(reverse("posts:edit", args=[post.pk])).content.decode()

    src = reverse("posts:media", args=[post.pk, asset.pk])
    assert f'<img src="{src}" alt="Nurse 0 at the clinic"' in html


# --- Serving images --------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["comms", "compliance"])
def test_it_serves_a_posts_image_to_staff_who_can_see_posts(client, request, topic, persona):
    post = create_post(request.getfixturevalue("comms"), topic, images=1)
    asset = post.media.get()
    client.force_login(request.getfixturevalue(persona))

    response = client.get(reverse("posts:media", args=[post.pk, asset.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == stored_bytes(asset)


@pytest.mark.parametrize("persona", ["admin_member", "outsider"])
def test_it_does_not_serve_images_to_people_without_a_posts_role(
    client, request, comms, topic, persona
):
    post = create_post(comms, topic, images=1)
    asset = post.media.get()
    client.force_login(request.getfixturevalue(persona))

    assert client.get(reverse("posts:media", args=[post.pk, asset.pk])).status_code == 403


def test_it_does_not_serve_an_image_through_another_post(client, comms, topic):
    post = create_post(comms, topic, images=1)
    other = create_post(comms, topic, images=1)
    client.force_login(comms)

    response = client.get(reverse("posts:media", args=[post.pk, other.media.get().pk]))

    assert response.status_code == 404


# --- Editing ---------------------------------------------------------------------------


def test_it_saves_an_edit_as_a_new_revision(client, comms, topic):
    post = create_post(comms, topic)
    client.force_login(comms)

    response = client.post(
        reverse("posts:edit", args=[post.pk]),
        resubmission(client, post, facebook_text="Free flu shots all week, no appointment."),
        follow=True,
    )

    assert messages_in(response) == ["Draft saved."]
    assert post.variants.get(platform="facebook").text == (
        "Free flu shots all week, no appointment."
    )
    assert list(post.revisions.values_list("number", flat=True)) == [2, 1]


def test_it_says_there_is_nothing_to_save_when_nothing_changed(client, comms, topic):
    post = create_post(comms, topic, images=1)
    updated_at = post.updated_at
    client.force_login(comms)

    response = client.post(
        reverse("posts:edit", args=[post.pk]), resubmission(client, post), follow=True
    )

    assert response.redirect_chain == [(reverse("posts:edit", args=[post.pk]), 302)]
    assert messages_in(response) == ["No changes to save."]
    assert post.revisions.count() == 1
    post.refresh_from_db()
    assert post.updated_at == updated_at


@pytest.mark.parametrize("persona", ["compliance", "admin_member"])
def test_it_forbids_editing_without_the_comms_role(client, request, comms, topic, persona):
    post = create_post(comms, topic)
    edit = reverse("posts:edit", args=[post.pk])
    client.force_login(request.getfixturevalue(persona))

    assert client.get(edit).status_code == 403
    assert client.post(edit, editor_data(topic, body="Changed")).status_code == 403
    post.refresh_from_db()
    assert post.body == BODY
    assert post.revisions.count() == 1


def test_it_lets_compliance_preview_a_post(client, comms, compliance, topic):
    post = create_post(comms, topic)
    client.force_login(compliance)

    response = client.get(reverse("posts:preview", args=[post.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert BODY in html
    assert f'href="{reverse("posts:edit", args=[post.pk])}"' not in html


def test_it_previews_what_each_platform_will_show(client, comms, topic):
    post = create_post(comms, topic)
    client.force_login(comms)

    response = client.get(reverse("posts:preview", args=[post.pk]))

    assert response.status_code == 200
    previews = {p["platform"]: p["text"] for p in response.context["previews"]}
    assert previews == {"x": f"{BODY}\n\n#FluSeason", "facebook": f"{BODY}\n\n#FluSeason"}
    assert f'href="{reverse("posts:edit", args=[post.pk])}"' in response.content.decode()


def test_it_does_not_preview_posts_for_admin(client, comms, admin_member, topic):
    post = create_post(comms, topic)
    client.force_login(admin_member)

    assert client.get(reverse("posts:preview", args=[post.pk])).status_code == 403
