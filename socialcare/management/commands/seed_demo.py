"""Demo users and a few drafts, for `make run`. Safe to run again; refuses outside demo mode."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from compliance.models import PatientRelease
from compliance.services import ReleaseDocument, create_release, submit_for_review
from posts.models import ContentTemplate, Post, Topic
from posts.services import PostContent, create_post
from socialcare.models import Organisation
from socialcare.roles import ADMIN, COMMS, COMPLIANCE

# username: (first name, last name, roles)
DEMO_USERS = {
    "comms": ("Casey", "Morgan", (COMMS,)),
    "compliance": ("Priya", "Shah", (COMPLIANCE,)),
    "admin": ("Alex", "Rivera", (ADMIN,)),
    "lead": ("Jordan", "Lee", (COMMS, COMPLIANCE)),
}

DEMO_DRAFTS = ("Flu shot reminder", "Heart Month tip", "Safe sleep for babies")
# Approved (not patient-specific, so by the review policy): ready to publish.
DEMO_READY = "Hand washing reminder"
DEMO_READY_TEXT = (
    "Clean hands save lives. Wash with soap for 20 seconds, or use hand sanitizer when "
    "you visit a loved one in the hospital. #HandHygiene"
)

# A fictional patient story and its release, so the compliance flow can be tried.
DEMO_STORY_TITLE = "NICU graduate goes home"
DEMO_STORY = (
    "Little Ava went home today after 43 days in our NICU! Her parents thank every nurse "
    "who cared for her. Welcome home, Ava! #AvaStrong"
)
DEMO_FORM = (
    b"%PDF-1.4\n% Demo authorization form: fictional patient, for training only\n"
    b"1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)


class Command(BaseCommand):
    help = "Create the demo users (comms, compliance, admin, lead) and sample drafts."

    def handle(self, *args, **options) -> None:
        if not settings.DEMO_MODE:
            raise CommandError(
                "seed_demo only runs in demo mode (SOCIALCARE_DEMO=1): it creates users "
                "with a shared, published password."
            )
        with transaction.atomic():
            users = {name: self._user(name, *spec) for name, spec in DEMO_USERS.items()}
            self._organisation()
            self._drafts(users["comms"])
            self._patient_story(users["comms"], users["compliance"])
            self._ready_post(users["comms"])
        self.stdout.write(self.style.SUCCESS(f"Demo users ready: {', '.join(DEMO_USERS)}"))

    def _user(self, username: str, first: str, last: str, roles: tuple[str, ...]):
        user, _ = get_user_model().objects.get_or_create(username=username)
        user.first_name, user.last_name = first, last
        user.email = f"{username}@hospital.example"
        user.is_staff = ADMIN in roles  # Admins manage users in the admin site
        user.set_password(settings.DEMO_PASSWORD)
        user.save()
        user.groups.set(Group.objects.filter(name__in=roles))
        return user

    def _organisation(self) -> None:
        organisation = Organisation.current()
        if not organisation.phone_numbers:
            organisation.name = "Riverside General Hospital"
            organisation.x_handle = "RiversideGH"
            organisation.phone_numbers = "(555) 010-2000\n(555) 010-2100"
            organisation.addresses = "1200 River Road, Springfield"
            organisation.domains = "riverside-hospital.example"
            organisation.handles = "@RiversideGH"
            organisation.save()

    def _patient_story(self, author, compliance) -> None:
        if not PatientRelease.objects.filter(patient_name="Ava Thompson").exists():
            today = timezone.localdate()
            create_release(
                actor=compliance,
                release=PatientRelease(
                    patient_name="Ava Thompson",
                    aliases="Little Ava\n#AvaStrong",
                    description="Ava's NICU discharge story, text and two photos (fictional).",
                    covers_text=True,
                    covers_photos=True,
                    discloser="The hospital's communications office",
                    platform_x=True,
                    platform_facebook=True,
                    purpose="Patient story on the hospital's social media",
                    expires_on=today + dt.timedelta(days=365),
                    signed_on=today - dt.timedelta(days=2),
                    signer_name="Jessica Thompson",
                    signed_by_representative=True,
                    representative_authority="Parent of a minor",
                    states_right_to_revoke=True,
                    states_no_conditioning=True,
                    states_redisclosure=True,
                    copy_given_on=today - dt.timedelta(days=2),
                ),
                document=ReleaseDocument(DEMO_FORM, "application/pdf"),
            )
        if not Post.objects.filter(author=author, title=DEMO_STORY_TITLE).exists():
            create_post(
                author=author,
                content=PostContent(
                    title=DEMO_STORY_TITLE,
                    topic=Topic.objects.get(slug="maternity-and-newborn"),
                    body=DEMO_STORY,
                ),
            )

    def _ready_post(self, author) -> None:
        if Post.objects.filter(author=author, title=DEMO_READY).exists():
            return
        post = create_post(
            author=author,
            content=PostContent(
                title=DEMO_READY,
                topic=Topic.objects.get(slug="flu-and-respiratory"),
                body=DEMO_READY_TEXT,
            ),
        )
        submit_for_review(post=post, actor=author)

    def _drafts(self, author) -> None:
        for template in ContentTemplate.objects.filter(name__in=DEMO_DRAFTS):
            if Post.objects.filter(author=author, template=template).exists():
                continue
            create_post(
                author=author,
                template=template,
                content=PostContent(
                    title=template.name,
                    topic=template.topic,
                    body=template.body,
                    link=template.link,
                    hashtags=template.hashtags,
                ),
            )
