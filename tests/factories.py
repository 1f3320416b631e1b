"""Builders shared by the tests: a complete patient release, a patient story, a signed form."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from compliance.models import PatientRelease

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
