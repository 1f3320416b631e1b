"""Organisation settings: the name and handle the platform previews show."""

from __future__ import annotations

from django.urls import reverse

from posts.services import PostContent, create_post
from socialcare.models import Organisation


def test_it_saves_the_name_shown_in_previews(client, admin_member, comms, topic):
    client.force_login(admin_member)
    response = client.post(
        reverse("organisation"),
        {
            "name": "St Mary's Children's Hospital",
            "x_handle": "@StMarysKids",
            "review_policy": "patient_specific",
            "phone_numbers": "(555) 010-2000",
        },
        follow=True,
    )
    assert "Organisation settings saved." in response.content.decode()
    assert Organisation.current().x_handle == "StMarysKids"
    assert Organisation.current().phone_numbers == "(555) 010-2000"

    post = create_post(author=comms, content=PostContent(title="t", topic=topic, body="Hello"))
    client.force_login(comms)
    html = client.get(reverse("posts:preview", args=[post.pk])).content.decode()
    assert "St Mary&#x27;s Children&#x27;s Hospital" in html
    assert "@StMarysKids" in html


def test_it_refuses_a_handle_x_would_not_accept(client, admin_member):
    client.force_login(admin_member)
    response = client.post(
        reverse("organisation"),
        {"name": "General", "x_handle": "St Mary", "review_policy": "all"},
    )
    assert response.status_code == 200
    assert "Use letters, digits and underscores only." in response.content.decode()
    assert Organisation.current().x_handle == "GeneralHospital"
