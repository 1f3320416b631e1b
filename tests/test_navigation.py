"""The navigation shows each role what it can do, and nothing it cannot."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse


def nav_labels(client) -> list[str]:
    html = client.get(reverse("dashboard")).content.decode()
    nav = html.split('<ul class="navbar-nav', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'class="nav-link[^"]*"[^>]*>([^<]+)</a>', nav)


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("comms", ["Dashboard", "Posts", "New post", "Content library", "Publications"]),
        (
            "compliance",
            [
                "Dashboard",
                "Posts",
                "Content library",
                "Publications",
                "Review",
                "Releases",
                "Audit trail",
            ],
        ),
        ("admin_member", ["Dashboard", "Publications", "Organisation", "Accounts", "Users"]),
        (
            "lead",
            [
                "Dashboard",
                "Posts",
                "New post",
                "Content library",
                "Publications",
                "Review",
                "Releases",
                "Audit trail",
            ],
        ),
        ("outsider", ["Dashboard"]),
    ],
)
def test_it_shows_each_role_its_own_pages(client, db, request, persona, expected):
    client.force_login(request.getfixturevalue(persona))
    assert nav_labels(client) == expected


def test_it_marks_the_current_page(client, comms):
    client.force_login(comms)
    html = client.get(reverse("posts:create")).content.decode()
    assert re.search(r'class="nav-link active" href="/posts/new/" aria-current="page"', html)
    assert 'href="/posts/" aria-current' not in html


def test_it_lets_an_admin_manage_users_in_the_admin_site(client, admin_member, comms):
    client.force_login(admin_member)
    response = client.get(reverse("admin:auth_user_changelist"))
    assert response.status_code == 200
    assert "casey" in response.content.decode()
