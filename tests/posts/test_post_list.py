"""The post list: finding a post by state, topic, author or words, a page at a time."""

from __future__ import annotations

import io
import re
from html import unescape
from urllib.parse import parse_qs

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from PIL import Image

from posts import selectors, services
from posts.media import clean_image
from posts.models import Post, Topic
from posts.services import NewImage, PostContent
from socialcare.roles import COMMS

LIST = reverse("posts:list")


def png(colour: tuple[int, int, int] = (10, 120, 200)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), colour).save(out, format="PNG")
    return out.getvalue()


def create_post(author, topic: Topic, title: str, *, images: int = 0, **content: str) -> Post:
    return services.create_post(
        author=author,
        content=PostContent(title=title, topic=topic, body=content.pop("body", "Text."), **content),
        new_images=[NewImage(clean_image(png()), "A nurse at the clinic") for _ in range(images)],
    )


def listed_titles(response) -> list[str]:
    assert response.status_code == 200
    return [post.title for post in response.context["page"]]


@pytest.fixture
def heart(db) -> Topic:
    return Topic.objects.get(slug="heart-health")


def test_it_lists_posts_newest_first_with_their_details(client, comms, topic):
    older = create_post(comms, topic, "Flu clinic", images=2)
    create_post(comms, topic, "Blood pressure checks")
    Post.objects.filter(pk=older.pk).update(updated_at=older.updated_at.replace(year=2020))
    client.force_login(comms)

    response = client.get(LIST)

    assert listed_titles(response) == ["Blood pressure checks", "Flu clinic"]
    html = response.content.decode()
    assert "Casey Morgan" in html
    assert "Flu and respiratory" in html
    assert "<td>2</td>" in html
    assert f'href="{reverse("posts:edit", args=[older.pk])}"' in html


def test_it_filters_by_state(client, comms, topic):
    draft = create_post(comms, topic, "Flu clinic")
    other = create_post(comms, topic, "Blood pressure checks")
    # Drafts are the only state staff can reach so far; a row in any other state (as the
    # review workflow will write) must not show under "Draft".
    Post.objects.filter(pk=other.pk).update(state="archived")
    client.force_login(comms)

    assert listed_titles(client.get(LIST, {"state": "draft"})) == [draft.title]
    assert len(listed_titles(client.get(LIST))) == 2


def test_it_filters_by_topic(client, comms, topic, heart):
    create_post(comms, topic, "Flu clinic")
    create_post(comms, heart, "Blood pressure checks")
    client.force_login(comms)

    assert listed_titles(client.get(LIST, {"topic": heart.pk})) == ["Blood pressure checks"]
    assert listed_titles(client.get(LIST, {"topic": topic.pk})) == ["Flu clinic"]


def test_it_filters_by_author(client, comms, make_user, topic):
    colleague = make_user("sam", COMMS, first_name="Sam", last_name="Lee")
    create_post(comms, topic, "Flu clinic")
    create_post(colleague, topic, "Blood pressure checks")
    client.force_login(comms)

    response = client.get(LIST, {"author": colleague.pk})

    assert listed_titles(response) == ["Blood pressure checks"]
    assert f'<option value="{colleague.pk}" selected>' in response.content.decode()


@pytest.mark.parametrize(
    "where",
    [
        {"title": "Walk-in clinic"},
        {"body": "Our walk-in clinic is open."},
        {"hashtags": "#WalkIn"},
        {"x_text": "Walk in today!"},
        {"facebook_text": "Walk-ins welcome."},
    ],
    ids=["title", "body", "hashtags", "x_text", "facebook_text"],
)
def test_it_finds_words_wherever_the_post_has_them(client, comms, topic, where):
    title = where.pop("title", "Clinic news")
    create_post(comms, topic, title, **where)
    create_post(comms, topic, "Blood pressure checks", body="Free checks on Wednesday.")
    client.force_login(comms)

    assert listed_titles(client.get(LIST, {"q": "WALK"})) == [title]


def test_it_lists_a_post_once_when_several_of_its_texts_match(client, comms, topic):
    create_post(
        comms, topic, "Flu clinic", body="Flu shots.", x_text="Flu!", facebook_text="Flu shots!"
    )
    client.force_login(comms)

    assert listed_titles(client.get(LIST, {"q": "flu"})) == ["Flu clinic"]


def test_it_counts_images_correctly_while_searching(client, comms, topic):
    create_post(comms, topic, "Flu clinic", images=1, body="Flu shots.", x_text="Flu!")
    client.force_login(comms)

    response = client.get(LIST, {"q": "flu"})

    assert [post.media_count for post in response.context["page"]] == [1]
    assert "<td>1</td>" in response.content.decode()


def test_it_combines_filters(client, comms, make_user, topic, heart):
    colleague = make_user("sam", COMMS)
    create_post(comms, topic, "Flu clinic")
    create_post(colleague, topic, "Flu clinic reminder")
    create_post(colleague, heart, "Flu and your heart")
    client.force_login(comms)

    response = client.get(LIST, {"q": "flu", "topic": topic.pk, "author": colleague.pk})

    assert listed_titles(response) == ["Flu clinic reminder"]


def test_it_says_when_no_post_matches(client, comms, topic):
    create_post(comms, topic, "Flu clinic")
    client.force_login(comms)

    response = client.get(LIST, {"q": "measles"})

    assert listed_titles(response) == []
    assert "No posts match." in response.content.decode()


def page_link(html: str, label: str) -> dict[str, list[str]] | None:
    """The query of the "Next" or "Previous" link, or None when the page has no such link."""
    match = re.search(rf'<a class="page-link" href="\?([^"]*)">{label}</a>', html)
    return parse_qs(unescape(match.group(1))) if match else None


def test_it_pages_by_20_and_keeps_the_filters_in_the_page_links(client, comms, topic, heart):
    for n in range(25):
        create_post(comms, topic, f"Flu post {n:02}")
    for n in range(3):
        create_post(comms, heart, f"Heart post {n:02}")
    client.force_login(comms)
    filters = {"q": ["flu"], "topic": [str(topic.pk)]}

    first = client.get(LIST, {"q": "flu", "topic": topic.pk})

    assert listed_titles(first) == [f"Flu post {n:02}" for n in range(24, 4, -1)]
    html = first.content.decode()
    assert "Page 1 of 2" in html
    assert page_link(html, "Next") == {**filters, "page": ["2"]}
    assert page_link(html, "Previous") is None

    second = client.get(LIST, {"q": "flu", "topic": topic.pk, "page": 2})

    assert listed_titles(second) == [f"Flu post {n:02}" for n in range(4, -1, -1)]
    html = second.content.decode()
    assert "Page 2 of 2" in html
    assert page_link(html, "Previous") == {**filters, "page": ["1"]}
    assert page_link(html, "Next") is None


def test_it_shows_no_page_links_for_one_page(client, comms, topic):
    for n in range(20):
        create_post(comms, topic, f"Flu post {n:02}")
    client.force_login(comms)

    response = client.get(LIST)

    assert len(listed_titles(response)) == 20
    assert 'aria-label="Pages"' not in response.content.decode()


def test_it_runs_as_many_queries_for_50_posts_as_for_5(client, comms, make_user, topic, heart):
    authors = [comms, make_user("sam", COMMS, first_name="Sam", last_name="Lee")]

    def add_posts(count: int, start: int) -> None:
        for n in range(start, start + count):
            create_post(
                authors[n % 2],
                (topic, heart)[n % 3 == 0],
                f"Post {n}",
                images=n % 2,
                x_text=f"X text {n}",
            )

    def queries_for_list() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(LIST, {"q": "post"})
        assert response.status_code == 200
        return len(queries)

    client.force_login(comms)
    add_posts(5, start=0)
    with_5 = queries_for_list()
    add_posts(45, start=5)
    with_50 = queries_for_list()

    # 5 rows on the page, then 20: any query per row would show up as a difference.
    assert with_5 == with_50


def test_it_finds_text_through_the_selector_too(comms, topic):
    wanted = create_post(comms, topic, "Clinic news", x_text="Walk in today!")
    create_post(comms, topic, "Blood pressure checks")

    found = selectors.post_list(filters=selectors.PostFilter(text="walk in"))

    assert list(found) == [wanted]


def test_it_lets_compliance_browse_posts_and_links_them_to_the_preview(
    client, comms, compliance, topic
):
    post = create_post(comms, topic, "Flu clinic")
    client.force_login(compliance)

    response = client.get(LIST)

    assert listed_titles(response) == ["Flu clinic"]
    html = response.content.decode()
    assert f'href="{reverse("posts:preview", args=[post.pk])}"' in html
    assert not re.search(r'href="/posts/\d+/"', html)
    assert ">New post</a>" not in html


@pytest.mark.parametrize("persona", ["admin_member", "outsider"])
def test_it_hides_the_list_from_people_without_a_posts_role(client, request, comms, topic, persona):
    create_post(comms, topic, "Flu clinic")
    client.force_login(request.getfixturevalue(persona))

    assert client.get(LIST).status_code == 403
