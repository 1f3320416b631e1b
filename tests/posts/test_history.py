"""Revision history: every saved change is kept, and the history page shows who changed what."""

from __future__ import annotations

import io

from django.urls import reverse
from PIL import Image

from posts import services
from posts.media import clean_image
from posts.models import Post, Topic
from posts.services import MediaChange, NewImage, PostContent
from socialcare.roles import COMMS

BODY = "Walk-in flu shots are free on Monday at the outpatient clinic."


def create_post(author, topic: Topic, *, body: str = BODY) -> Post:
    return services.create_post(
        author=author,
        content=PostContent(title="Flu clinic", topic=topic, body=body, hashtags="#FluSeason"),
    )


def edit_body(client, post: Post, body: str) -> None:
    """Save the edit page with a new text, as the browser would send it."""
    response = client.post(
        reverse("posts:edit", args=[post.pk]),
        {"title": post.title, "topic": post.topic_id, "body": body, "hashtags": post.hashtags},
    )
    assert response.status_code == 302


def history_html(client, post: Post) -> str:
    response = client.get(reverse("posts:history", args=[post.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_it_records_each_edit_as_a_numbered_revision_by_its_editor(client, comms, make_user, topic):
    editor = make_user("sam", COMMS, first_name="Sam", last_name="Lee")
    post = create_post(comms, topic)
    client.force_login(editor)

    edit_body(client, post, BODY.replace("Monday", "Tuesday"))

    latest = post.revisions.first()
    assert (latest.number, latest.editor) == (2, editor)
    assert latest.snapshot["body"] == BODY.replace("Monday", "Tuesday")
    assert post.revisions.get(number=1).snapshot["body"] == BODY


def test_it_shows_removed_and_added_words_and_who_changed_them(client, comms, make_user, topic):
    editor = make_user("sam", COMMS, first_name="Sam", last_name="Lee")
    post = create_post(comms, topic)
    client.force_login(editor)
    edit_body(client, post, BODY.replace("Monday", "Tuesday and Wednesday"))

    html = history_html(client, post)

    assert (
        '<dt>Text</dt><dd class="preview-text">Walk-in flu shots are free on '
        "<del>Monday</del><ins>Tuesday and Wednesday</ins> at the outpatient clinic.</dd>"
    ) in html
    assert "<strong>Revision 2</strong> by Sam Lee" in html
    assert "<strong>Revision 1</strong> by Casey Morgan" in html
    assert html.index("Revision 2") < html.index("Revision 1")


def test_it_shows_the_username_of_an_editor_without_a_name(client, comms, make_user, topic):
    editor = make_user("nameless", COMMS)
    post = create_post(comms, topic)
    client.force_login(editor)
    edit_body(client, post, "Flu shots all week.")

    assert "<strong>Revision 2</strong> by nameless" in history_html(client, post)


def test_it_escapes_html_typed_into_a_post(client, comms, topic):
    post = create_post(comms, topic, body="Stay safe this winter.")
    client.force_login(comms)
    edit_body(client, post, 'Stay safe <script>alert("x")</script> this winter.')

    html = history_html(client, post)

    assert "<script>alert" not in html
    assert "<ins>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; </ins>" in html


def test_it_escapes_html_in_removed_words(client, comms, topic):
    post = create_post(comms, topic, body="Stay safe <img src=x onerror=alert(1)> now.")
    client.force_login(comms)
    edit_body(client, post, "Stay safe now.")

    html = history_html(client, post)

    assert "<img src=x" not in html
    assert "<del>&lt;img src=x onerror=alert(1)&gt; </del>" in html


def test_it_lists_image_changes_by_their_alt_text(client, comms, topic):
    png = io.BytesIO()
    Image.new("RGB", (8, 8), (10, 120, 200)).save(png, format="PNG")
    post = services.create_post(
        author=comms,
        content=PostContent(title="Flu clinic", topic=topic, body=BODY),
        new_images=[NewImage(clean_image(png.getvalue()), "Nurse giving a flu shot")],
    )
    asset = post.media.get()
    services.update_post(
        post=post,
        editor=comms,
        content=PostContent(title="Flu clinic", topic=topic, body=BODY),
        media_changes=[MediaChange(media_id=asset.pk, alt_text="Nurse giving a child a flu shot")],
    )
    client.force_login(comms)

    html = history_html(client, post)

    assert (
        '<dt>Image alt text</dt><dd class="preview-text">Nurse giving a '
        "<ins>child a </ins>flu shot</dd>"
    ) in html
    assert "<dt>Image added</dt>" in html


def test_it_lets_compliance_read_the_history(client, comms, compliance, topic):
    post = create_post(comms, topic)
    client.force_login(compliance)

    html = history_html(client, post)

    assert "<strong>Revision 1</strong> by Casey Morgan" in html
    assert f'href="{reverse("posts:edit", args=[post.pk])}"' not in html


def test_it_hides_the_history_from_admin(client, comms, admin_member, topic):
    post = create_post(comms, topic)
    client.force_login(admin_member)

    assert client.get(reverse("posts:history", args=[post.pk])).status_code == 403
