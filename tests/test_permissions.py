"""The permissions matrix: every URL by every role → the status that role gets.

Adding a URL means adding a row here; `test_it_covers_every_url` fails until then.
Statuses: 200 page shown, 302 sent to the login page (anonymous), 403 refused,
405 method not allowed (POST-only endpoints fetched with GET).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from posts.models import ContentTemplate, Post
from posts.services import PostContent, create_post

ROLES = ("anonymous", "comms", "compliance", "admin", "lead", "norole")


@dataclass(frozen=True)
class Row:
    name: str
    expect: dict[str, int | tuple[int, ...]]
    kwargs: Callable[[dict], dict] = field(default=lambda objs: {})
    method: str = "get"


def allow(*roles: str, denied: int = 403, anonymous: int = 302) -> dict[str, int]:
    """200 for `roles`, `denied` for the other signed-in roles."""
    return {
        role: anonymous if role == "anonymous" else (200 if role in roles else denied)
        for role in ROLES
    }


EVERYONE = ("comms", "compliance", "admin", "lead", "norole")
COMMS = ("comms", "lead")
COMPLIANCE = ("compliance", "lead")
READERS = ("comms", "compliance", "lead")


def refused_post(roles: tuple[str, ...], allowed: int) -> dict[str, int]:
    """A POST-only action: `allowed` for `roles`, 403 for other signed-in people."""
    return {role: allowed if role in roles else 403 for role in ROLES} | {"anonymous": 302}


def POST(objects: dict) -> dict:
    return {"pk": objects["post"].pk}


def RELEASE(objects: dict) -> dict:
    return {"pk": objects["release"].pk}


def ACCOUNT(objects: dict) -> dict:
    from publishing.models import ConnectedAccount

    account, _ = ConnectedAccount.objects.get_or_create(
        platform="x",
        external_id="2244994945",
        # Disconnected: "Check now" answers without calling X.
        defaults={"name": "Riverside Health", "state": "disconnected"},
    )
    return {"pk": account.pk}


def PUBLICATION(objects: dict) -> dict:
    from django.utils import timezone

    from publishing.models import Publication

    account = ACCOUNT(objects)["pk"]
    publication = Publication.objects.create(
        post=objects["post"],
        account_id=account,
        scheduled_at=timezone.now(),
        created_by=objects["post"].author,
    )
    return {"pk": publication.pk}


def POST_ID(objects: dict) -> dict:
    return {"post_id": objects["post"].pk}


MATRIX = [
    Row("dashboard", allow(*EVERYONE)),
    # Open to all; 200 or 503 depending on whether a worker is up (tests/test_health.py).
    Row("healthz", {role: (200, 503) for role in ROLES}),
    # Signed-in people are sent on to the dashboard.
    Row("login", {"anonymous": 200} | dict.fromkeys(EVERYONE, 302)),
    Row("logout", {role: 405 for role in ROLES} | {"anonymous": 302}),
    Row("organisation", allow("admin")),
    Row("posts:list", allow(*READERS)),
    Row("posts:create", allow(*COMMS)),
    Row("posts:analyze", {role: 405 for role in ROLES} | {"anonymous": 302}),
    Row("posts:analyze", allow(*COMMS), method="post"),
    Row("posts:edit", allow(*COMMS), kwargs=lambda o: {"pk": o["post"].pk}),
    Row("posts:preview", allow(*READERS), kwargs=lambda o: {"pk": o["post"].pk}),
    Row("posts:history", allow(*READERS), kwargs=lambda o: {"pk": o["post"].pk}),
    Row(
        "posts:media",
        allow(*READERS),
        kwargs=lambda o: {"pk": o["post"].pk, "media_id": o["media"].pk},
    ),
    Row("posts:templates", allow(*READERS)),
    Row("posts:template_create", allow(*COMMS)),
    Row("posts:template_edit", allow(*COMMS), kwargs=lambda o: {"pk": o["template"].pk}),
    Row("notifications", allow(*EVERYONE)),
    # Submitting and linking answer with a redirect to the editor (302) when allowed.
    Row("posts:submit", refused_post(COMMS, 302), kwargs=POST, method="post"),
    Row("posts:link_release", refused_post(COMMS, 302), kwargs=POST, method="post"),
    Row("posts:find_releases", refused_post(COMMS, 200), kwargs=POST, method="post"),
    Row(
        "posts:unlink_release",
        refused_post(COMMS, 302),
        kwargs=lambda o: {"pk": o["post"].pk, "release_id": o["release"].pk},
        method="post",
    ),
    Row("compliance:releases", allow(*COMPLIANCE)),
    Row("compliance:releases", allow(*COMPLIANCE), method="post"),
    Row("compliance:release_create", allow(*COMPLIANCE)),
    Row("compliance:release", allow(*COMPLIANCE), kwargs=RELEASE),
    Row("compliance:release_edit", allow(*COMPLIANCE), kwargs=RELEASE),
    Row("compliance:release_document", allow(*COMPLIANCE), kwargs=RELEASE),
    Row("compliance:release_revoke", refused_post(COMPLIANCE, 302), kwargs=RELEASE, method="post"),
    Row("compliance:queue", allow(*COMPLIANCE)),
    Row("compliance:review", allow(*COMPLIANCE), kwargs=POST),
    # An empty approval or request is refused with the form (400) to those allowed.
    Row("compliance:approve", refused_post(COMPLIANCE, 400), kwargs=POST, method="post"),
    Row("compliance:request_changes", refused_post(COMPLIANCE, 400), kwargs=POST, method="post"),
    Row("compliance:audit", allow(*COMPLIANCE)),
    Row("compliance:audit_export", allow(*COMPLIANCE)),
    # Connected accounts
    Row("publishing:accounts", allow("admin")),
    Row("publishing:account", allow("admin"), kwargs=ACCOUNT),
    Row("publishing:account_disconnect", allow("admin"), kwargs=ACCOUNT),
    Row(
        "publishing:account_disconnect",
        refused_post(("admin",), 302),
        kwargs=ACCOUNT,
        method="post",
    ),
    Row("publishing:account_check", refused_post(("admin",), 302), kwargs=ACCOUNT, method="post"),
    # Starting a connection sends the Admin to the platform (or back, when unconfigured).
    Row("publishing:connect_x", refused_post(("admin",), 302), method="post"),
    Row("publishing:connect_facebook", refused_post(("admin",), 302), method="post"),
    # A callback or Page picker without a connection in progress is refused with 400.
    Row("publishing:x_callback", allow("admin") | {"admin": 400}),
    Row("publishing:facebook_callback", allow("admin") | {"admin": 400}),
    Row("publishing:facebook_pages", allow("admin") | {"admin": 400}),
    Row("publishing:facebook_pages", refused_post(("admin",), 400), method="post"),
    # Publications. The post here is a draft: scheduling it is refused with the form.
    Row("publishing:list", allow("comms", "compliance", "admin", "lead")),
    Row("publishing:schedule", refused_post(COMMS, 400), kwargs=POST_ID, method="post"),
    Row("publishing:schedule", {role: 405 for role in ROLES} | {"anonymous": 302}, POST_ID),
    # Actions answer with a redirect back to the post page, with a message.
    Row("publishing:cancel", refused_post(COMMS, 302), kwargs=PUBLICATION, method="post"),
    Row("publishing:retry", refused_post(COMMS, 302), kwargs=PUBLICATION, method="post"),
    Row("publishing:resolve", refused_post(COMMS, 302), kwargs=PUBLICATION, method="post"),
    Row(
        "publishing:take_down",
        refused_post(READERS, 302),
        kwargs=PUBLICATION,
        method="post",
    ),
    Row("publishing:take_down_post", refused_post(READERS, 302), kwargs=POST_ID, method="post"),
]

# Django's own admin site has its own staff checks; it is not part of this matrix.
EXCLUDED_NAMESPACES = {"admin"}


def _url_names(resolver: URLResolver, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace in EXCLUDED_NAMESPACES:
                continue
            ns = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            names |= _url_names(pattern, ns)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(prefix + pattern.name)
    return names


def test_it_covers_every_url():
    assert _url_names(get_resolver()) == {row.name for row in MATRIX}


@pytest.fixture
def objects(make_user, topic, tmp_path):
    from io import BytesIO

    from PIL import Image

    from posts.media import clean_image
    from posts.services import NewImage

    author = make_user("author", "Comms")
    buffer = BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    post = create_post(
        author=author,
        content=PostContent(title="Flu clinic", topic=topic, body="Get your flu shot."),
        new_images=[NewImage(clean_image(buffer.getvalue()), "A red square")],
    )
    from compliance import services as compliance
    from tests.compliance.conftest import PDF, complete_release

    release = compliance.create_release(
        actor=author,
        release=complete_release(),
        document=compliance.ReleaseDocument(PDF, "application/pdf"),
    )
    return {
        "post": post,
        "media": post.media.get(),
        "template": ContentTemplate.objects.first(),
        "release": release,
    }


@pytest.fixture
def people(make_user):
    return {
        "comms": make_user("m-comms", "Comms"),
        "compliance": make_user("m-compliance", "Compliance"),
        "admin": make_user("m-admin", "Admin", is_staff=True),
        "lead": make_user("m-lead", "Comms", "Compliance"),
        "norole": make_user("m-norole"),
    }


CASES = [
    pytest.param(row, role, id=f"{row.method}-{row.name}-{role}")
    for row in MATRIX
    for role in ROLES
]


@pytest.mark.parametrize(("row", "role"), CASES)
def test_it_answers_each_role_as_the_matrix_says(client, objects, people, row, role):
    if role != "anonymous":
        client.force_login(people[role])
    url = reverse(row.name, kwargs=row.kwargs(objects))
    response = getattr(client, row.method)(url)
    expected = row.expect[role]
    assert response.status_code in (expected if isinstance(expected, tuple) else (expected,))
    if response.status_code == 302 and role == "anonymous" and row.name != "logout":
        assert response.url.startswith(reverse("login"))


def test_it_keeps_posts_untouched_by_refused_requests(client, objects, people):
    client.force_login(people["compliance"])
    client.post(reverse("posts:edit", kwargs={"pk": objects["post"].pk}), {"title": "Hacked"})
    assert Post.objects.get(pk=objects["post"].pk).title == "Flu clinic"
