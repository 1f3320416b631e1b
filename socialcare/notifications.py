"""Tell a person something happened: in the app, and by email once the change commits.

Messages carry ids and plain facts ("Your post #12 was approved"), never post text
or titles: a title may name a patient, and email leaves the system.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from socialcare.models import Notification

log = logging.getLogger(__name__)


def notify(*, users: Iterable[AbstractBaseUser], message: str, url: str = "") -> None:
    recipients = [u for u in users if u.is_active]
    Notification.objects.bulk_create(
        [Notification(user=u, message=message, url=url) for u in recipients]
    )
    emails = [u.email for u in recipients if u.email]
    if emails:
        transaction.on_commit(lambda: _email(emails, message, url))


def _email(emails: list[str], message: str, url: str) -> None:
    body = f"{message}\n\n{url}\n" if url else f"{message}\n"
    try:
        send_mail(
            subject=f"SocialCare: {message}"[:120],
            message=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=emails,
        )
    except OSError:
        # The in-app notification is already saved; mail is a courtesy copy.
        log.warning("notification email could not be sent to %d recipient(s)", len(emails))


def mark_read(*, user: AbstractBaseUser) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
