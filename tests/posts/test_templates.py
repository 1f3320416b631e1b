"""The content library: seeded health-tip templates that Comms can extend."""

from __future__ import annotations

import pytest
from django.urls import reverse

from posts.models import ContentTemplate, Topic

LIBRARY = reverse("posts:templates")
ADD = reverse("posts:template_create")


def template_data(topic: Topic, **fields: str) -> dict[str, object]:
    return {
        "name": "Stroke signs",
        "description": "BE FAST reminder.",
        "topic": topic.pk,
        "body": "Face drooping, arm weakness, speech trouble: call 911 right away.",
        "link": "https://www.stmarys-hospital.org/stroke",
        "hashtags": "#StrokeAwareness",
        **fields,
    }


def test_it_lists_the_twelve_seeded_templates(client, comms):
    client.force_login(comms)

    response = client.get(LIBRARY)

    assert response.status_code == 200
    names = list(ContentTemplate.objects.values_list("name", flat=True))
    assert len(names) == 12
    html = response.content.decode()
    for name in names:
        assert name in html
    assert html.count("New post from template</a>") == 12


def test_it_links_each_template_to_a_new_post(client, comms):
    client.force_login(comms)
    flu = ContentTemplate.objects.get(name="Flu shot reminder")

    response = client.get(LIBRARY)

    assert f'href="{reverse("posts:create")}?template={flu.pk}"' in response.content.decode()


def test_it_lets_comms_add_a_template(client, comms, topic):
    client.force_login(comms)

    response = client.post(ADD, template_data(topic), follow=True)

    assert response.redirect_chain == [(LIBRARY, 302)]
    added = ContentTemplate.objects.get(name="Stroke signs")
    assert added.topic == topic
    assert added.hashtags == "#StrokeAwareness"
    html = response.content.decode()
    assert "Template added to the library." in html
    assert "Stroke signs" in html
    assert ContentTemplate.objects.count() == 13


def test_it_shows_errors_instead_of_adding_an_incomplete_template(client, comms, topic):
    client.force_login(comms)

    response = client.post(ADD, template_data(topic, body=""))

    assert response.status_code == 200
    assert response.context["form"].errors == {"body": ["This field is required."]}
    assert not ContentTemplate.objects.filter(name="Stroke signs").exists()


def test_it_lets_comms_edit_a_template(client, comms):
    client.force_login(comms)
    flu = ContentTemplate.objects.get(name="Flu shot reminder")
    url = reverse("posts:template_edit", args=[flu.pk])
    assert client.get(url).status_code == 200

    response = client.post(
        url,
        template_data(flu.topic, name="Flu shot reminder", body="Walk-in flu shots, 8am to 8pm."),
        follow=True,
    )

    assert response.redirect_chain == [(LIBRARY, 302)]
    flu.refresh_from_db()
    assert flu.body == "Walk-in flu shots, 8am to 8pm."
    assert "Template saved." in response.content.decode()


def test_it_lets_compliance_read_the_library_but_not_change_it(client, compliance, topic):
    client.force_login(compliance)
    flu = ContentTemplate.objects.get(name="Flu shot reminder")

    library = client.get(LIBRARY)

    assert library.status_code == 200
    html = library.content.decode()
    assert "Flu shot reminder" in html
    assert "Add template" not in html
    assert "Edit template" not in html
    assert "New post from template" not in html
    assert client.get(ADD).status_code == 403
    assert client.post(ADD, template_data(topic)).status_code == 403
    edit = reverse("posts:template_edit", args=[flu.pk])
    assert client.get(edit).status_code == 403
    assert client.post(edit, template_data(topic, name="Flu shot reminder")).status_code == 403
    assert not ContentTemplate.objects.filter(name="Stroke signs").exists()
    flu.refresh_from_db()
    assert flu.description == "Seasonal reminder for walk-in flu shots."


@pytest.mark.parametrize("persona", ["admin_member", "outsider"])
def test_it_hides_the_library_from_people_without_a_posts_role(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    assert client.get(LIBRARY).status_code == 403
