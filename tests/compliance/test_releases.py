"""The register of signed releases: complete or unusable, private, encrypted, audited."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from compliance import services
from compliance.models import AuditEvent, PatientRelease
from tests.compliance.conftest import PDF

# (what to change, the element it removes): one case per element of 45 CFR 164.508.
MISSING = [
    ({"description": ""}, "a specific description of the information"),
    (
        {"covers_text": False, "covers_photos": False, "covers_video": False},
        "what it covers",
    ),
    ({"discloser": ""}, "who may disclose the information"),
    ({"platform_x": False, "platform_facebook": False}, "who receives it"),
    ({"purpose": ""}, "the purpose"),
    ({"expires_on": None, "expiry_event": ""}, "an expiry date or expiry event"),
    ({"signed_on": None}, "the signature and date"),
    ({"signer_name": ""}, "the signature and date"),
    ({"representative_authority": ""}, "the representative's authority"),
    ({"states_right_to_revoke": False}, "the statement of the right to revoke"),
    ({"states_no_conditioning": False}, "treatment is not conditioned on signing"),
    ({"states_redisclosure": False}, "information may be redisclosed"),
    (
        {"third_party_payment": True, "states_third_party_payment": False},
        "a third party pays",
    ),
]


def test_it_accepts_a_complete_release(release, story, comms):
    assert release.missing_elements() == []
    services.link_release(post=story, release=release, actor=comms)
    assert list(story.release_links.values_list("release_id", flat=True)) == [release.pk]


@pytest.mark.parametrize(("change", "element"), MISSING, ids=[m[1] for m in MISSING])
def test_it_refuses_to_link_a_release_missing_an_element(
    make_release, story, comms, change, element
):
    release = make_release(**change)
    assert any(element in missing for missing in release.missing_elements())
    with pytest.raises(ValidationError, match=element.split(" (")[0]):
        services.link_release(post=story, release=release, actor=comms)
    assert not story.release_links.exists()


def test_it_refuses_to_link_a_release_without_the_signed_form(make_release, story, comms):
    release = make_release(document=None)
    with pytest.raises(ValidationError, match="the signed form"):
        services.link_release(post=story, release=release, actor=comms)


def test_it_accepts_an_expiry_event_instead_of_a_date(make_release):
    release = make_release(expires_on=None, expiry_event="End of the 2026 NICU campaign")
    assert release.defects() == []
    release.expiry_event_occurred_on = timezone.localdate()
    assert release.defects() == ["it has expired"]


def test_it_treats_a_release_past_its_date_as_expired(make_release, story, comms):
    release = make_release(expires_on=timezone.localdate() - dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="expired"):
        services.link_release(post=story, release=release, actor=comms)


def test_it_stores_the_signed_form_encrypted_outside_media(release):
    raw = release.document.storage.open(release.document.name).read()
    assert PDF not in raw and b"%PDF" not in raw
    assert str(settings.PRIVATE_ROOT) in release.document.path
    assert not release.document.path.startswith(str(settings.MEDIA_ROOT))
    with pytest.raises(ValueError, match="served only through"):
        release.document.url  # noqa: B018 - there is no public URL to ask for
    assert "Thompson" not in release.document.name


def test_it_serves_the_form_only_to_compliance_and_audits_each_download(
    client, release, compliance, comms
):
    url = reverse("compliance:release_document", args=[release.pk])
    client.force_login(comms)
    assert client.get(url).status_code == 403
    client.force_login(compliance)
    response = client.get(url)
    assert response.status_code == 200
    assert response.content == PDF
    assert response["Content-Disposition"] == f'attachment; filename="release-{release.pk}.pdf"'
    assert (
        AuditEvent.objects.filter(
            action="compliance.release.downloaded", object_id=str(release.pk), actor=compliance
        ).count()
        == 1
    )


def _form_data(**overrides) -> dict:
    data = {
        "patient_name": "Mateo Rivera",
        "aliases": "#TeamMateo",
        "description": "Birth announcement and one photo",
        "covers_text": "on",
        "covers_photos": "on",
        "discloser": "The hospital's communications office",
        "platform_x": "on",
        "platform_facebook": "on",
        "purpose": "Birth announcement",
        "expires_on": (timezone.localdate() + dt.timedelta(days=90)).isoformat(),
        "signed_on": timezone.localdate().isoformat(),
        "signer_name": "Lucia Rivera",
        "signed_by_representative": "on",
        "representative_authority": "Mother of a newborn",
        "states_right_to_revoke": "on",
        "states_no_conditioning": "on",
        "states_redisclosure": "on",
    }
    data.update(overrides)
    return data


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 60), "white").save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "content"),
    [("form.pdf", PDF), ("scan.png", _png())],
)
def test_it_records_a_release_from_the_form(client, compliance, name, content):
    client.force_login(compliance)
    data = _form_data(document_upload=SimpleUploadedFile(name, content))
    response = client.post(reverse("compliance:release_create"), data, follow=True)
    release = PatientRelease.objects.get()
    assert release.missing_elements() == []
    assert "It can now be linked to posts." in response.content.decode()
    assert AuditEvent.objects.filter(action="compliance.release.created").count() == 1


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("form.pdf", b"just some text", "Upload the signed form as a PDF, JPEG or PNG"),
        ("form.pdf", PDF[:30], "This PDF is incomplete or damaged"),
        ("form.gif", b"GIF89a" + b"\x00" * 20, "Upload the signed form as a PDF, JPEG or PNG"),
    ],
)
def test_it_refuses_a_bad_signed_form_and_keeps_the_typed_fields(
    client, compliance, name, content, message
):
    client.force_login(compliance)
    data = _form_data(document_upload=SimpleUploadedFile(name, content))
    response = client.post(reverse("compliance:release_create"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Mateo Rivera" in html
    assert not PatientRelease.objects.exists()


def test_it_warns_when_a_saved_release_is_incomplete(client, compliance):
    client.force_login(compliance)
    data = _form_data(states_redisclosure="")
    data.pop("states_redisclosure")
    response = client.post(reverse("compliance:release_create"), data, follow=True)
    html = response.content.decode()
    assert "cannot be linked to posts until it records" in html
    assert "information may be redisclosed" in html


def test_it_revokes_from_the_release_page_and_lists_the_posts(
    client, release, story, comms, compliance
):
    services.link_release(post=story, release=release, actor=comms)
    client.force_login(compliance)
    response = client.post(
        reverse("compliance:release_revoke", args=[release.pk]),
        {"note": "Letter from the parent"},
        follow=True,
    )
    html = response.content.decode()
    assert "1 post(s) relied on it" in html
    assert f"#{story.pk} NICU discharge" in html
    release.refresh_from_db()
    assert release.revoked_at is not None and release.revoked_by == compliance


def test_it_shows_releases_expiring_soon_on_the_compliance_dashboard(
    client, make_release, compliance
):
    soon = make_release(expires_on=timezone.localdate() + dt.timedelta(days=10))
    later = make_release(
        patient_name="Noah Kim", expires_on=timezone.localdate() + dt.timedelta(days=200)
    )
    client.force_login(compliance)
    html = client.get(reverse("dashboard")).content.decode()
    assert f"Release #{soon.pk}" in html
    assert f"Release #{later.pk}" not in html


def test_it_audits_every_view_of_a_release(client, release, compliance):
    client.force_login(compliance)
    client.get(reverse("compliance:release", args=[release.pk]))
    client.get(reverse("compliance:release", args=[release.pk]))
    assert AuditEvent.objects.filter(action="compliance.release.viewed").count() == 2


def test_it_keeps_the_register_from_comms(client, release, comms):
    client.force_login(comms)
    assert client.get(reverse("compliance:releases")).status_code == 403
    assert client.get(reverse("compliance:release", args=[release.pk])).status_code == 403


def test_it_searches_the_register_by_name_without_putting_it_in_the_url(
    client, make_release, compliance
):
    make_release()
    make_release(patient_name="Noah Kim")
    client.force_login(compliance)
    html = client.post(reverse("compliance:releases"), {"q": "noah"}).content.decode()
    assert "Noah Kim" in html and "Ava Thompson" not in html
    # A name in the query string is ignored, and the page's own form POSTs.
    html = client.get(reverse("compliance:releases"), {"q": "noah"}).content.decode()
    assert "Ava Thompson" in html
    assert 'method="post"' in html
