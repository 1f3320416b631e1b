"""Demo users and a few drafts, for `make run`. Safe to run again; refuses outside demo mode."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from posts.models import ContentTemplate, Post
from posts.services import PostContent, create_post
from socialcare.roles import ADMIN, COMMS, COMPLIANCE

# username: (first name, last name, roles)
DEMO_USERS = {
    "comms": ("Casey", "Morgan", (COMMS,)),
    "compliance": ("Priya", "Shah", (COMPLIANCE,)),
    "admin": ("Alex", "Rivera", (ADMIN,)),
    "lead": ("Jordan", "Lee", (COMMS, COMPLIANCE)),
}

DEMO_DRAFTS = ("Flu shot reminder", "Heart Month tip", "Safe sleep for babies")


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
            self._drafts(users["comms"])
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
