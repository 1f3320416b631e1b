"""Fixtures for the compliance tests: complete releases and patient stories."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from compliance import services
from compliance.models import PatientRelease
from posts.services import PostContent, create_post

STORY = "Little Ava went home today after 43 days in our NICU. Welcome home, Ava! 💕"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def complete_release(**overrides) -> PatientRelease:
    """A release with every element 45 CFR 164.508 requires (not yet saved)."""
    fields = {
        "patient_name": "Ava Thompson",
        "aliases": "Little Ava\n#AvaStrong",
        "description": "Ava's NICU discharge story and two photos taken on discharge day.",
        "covers_text": True,
        "covers_photos": True,
        "discloser": "The hospital's communications office",
        "platform_x": True,
        "platform_facebook": True,
        "purpose": "Patient story on the hospital's social media",
        "expires_on": timezone.localdate() + dt.timedelta(days=365),
        "signed_on": timezone.localdate() - dt.timedelta(days=3),
        "signer_name": "Jessica Thompson",
        "signed_by_representative": True,
        "representative_authority": "Parent of a minor",
        "states_right_to_revoke": True,
        "states_no_conditioning": True,
        "states_redisclosure": True,
    }
    fields.update(overrides)
    return PatientRelease(**fields)


@pytest.fixture
def make_release(compliance):
    def make(document: bytes | None = PDF, **overrides) -> PatientRelease:
        return services.create_release(
            actor=compliance,
            release=complete_release(**overrides),
            document=services.ReleaseDocument(document, "application/pdf") if document else None,
        )

    return make


@pytest.fixture
def release(make_release) -> PatientRelease:
    return make_release()


@pytest.fixture
def story(comms, topic):
    return create_post(
        author=comms,
        content=PostContent(title="NICU discharge", topic=topic, body=STORY, hashtags="#NICU"),
    )


@pytest.fixture
def tip(comms, topic):
    return create_post(
        author=comms,
        content=PostContent(
            title="Flu shots",
            topic=topic,
            body="Flu shots are free at our clinic this week. Protect yourself and others.",
        ),
    )
