"""Connected accounts, publications and their delivery attempts.

The database is the schedule: a Publication row says what goes where and when, and
its state records how far delivery got. Celery only carries publication ids.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone

from socialcare.lib import crypto
from socialcare.lib.platforms import Platform


class ConnectedAccount(models.Model):
    """An X account or a Facebook Page that SocialCare may publish to."""

    class State(models.TextChoices):
        ACTIVE = "active", "Active"
        NEEDS_RECONNECT = "needs_reconnect", "Needs reconnecting"
        DISCONNECTED = "disconnected", "Disconnected"

    platform = models.CharField(max_length=20, choices=Platform.choices)
    # The platform's id: the X user id or the Facebook Page id.
    external_id = models.CharField(max_length=64)
    name = models.CharField(max_length=200)
    handle = models.CharField(max_length=100, blank=True, help_text="X username, without the @.")
    state = models.CharField(max_length=20, choices=State.choices, default=State.ACTIVE)
    scopes = models.CharField(max_length=500, blank=True)
    # Fernet tokens (socialcare.lib.crypto); read and written through the properties.
    access_token_encrypted = models.BinaryField(default=b"")
    refresh_token_encrypted = models.BinaryField(default=b"")
    token_expires_at = models.DateTimeField(null=True, blank=True)
    # Posting pauses until then after the platform said the rate limit is used up.
    rate_limited_until = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.CharField(max_length=300, blank=True)
    last_error_code = models.CharField(max_length=40, blank=True)
    last_error_at = models.DateTimeField(null=True, blank=True)
    connected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    connected_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["platform", "name"]
        constraints = [
            models.UniqueConstraint(fields=["platform", "external_id"], name="account_unique")
        ]
        permissions = [("manage_accounts", "Can connect and disconnect social accounts")]

    def __str__(self) -> str:
        return f"{self.get_platform_display()}: {self.display_name}"

    @property
    def display_name(self) -> str:
        return f"@{self.handle}" if self.handle else self.name

    @property
    def access_token(self) -> str:
        return _decrypt(self.access_token_encrypted)

    @access_token.setter
    def access_token(self, value: str) -> None:
        self.access_token_encrypted = _encrypt(value)

    @property
    def refresh_token(self) -> str:
        return _decrypt(self.refresh_token_encrypted)

    @refresh_token.setter
    def refresh_token(self, value: str) -> None:
        self.refresh_token_encrypted = _encrypt(value)

    @property
    def is_active(self) -> bool:
        return self.state == self.State.ACTIVE


def _encrypt(value: str) -> bytes:
    return crypto.encrypt(value.encode()) if value else b""


def _decrypt(value: bytes | memoryview) -> str:
    value = bytes(value)
    return crypto.decrypt(value).decode() if value else ""


def default_lateness() -> dt.timedelta:
    return dt.timedelta(minutes=settings.PUBLISH_LATENESS_MINUTES)


class PublicationQuerySet(models.QuerySet):
    def open(self) -> PublicationQuerySet:
        return self.filter(state__in=Publication.OPEN_STATES)


class Publication(models.Model):
    """One post going to one connected account at one time."""

    class State(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        CLAIMED = "claimed", "Claimed"
        SENDING = "sending", "Sending"
        PUBLISHED = "published", "Published"
        FAILED = "failed", "Failed"
        UNCONFIRMED = "unconfirmed", "Unconfirmed"
        HELD = "held", "Held"
        CANCELED = "canceled", "Canceled"
        MISSED = "missed", "Missed"

    # Waiting for or in delivery: the dispatcher and the workers own these.
    OPEN_STATES = (State.SCHEDULED, State.CLAIMED, State.SENDING)

    post = models.ForeignKey("posts.Post", on_delete=models.PROTECT, related_name="publications")
    account = models.ForeignKey(
        ConnectedAccount, on_delete=models.PROTECT, related_name="publications"
    )
    scheduled_at = models.DateTimeField()
    lateness_window = models.DurationField(
        default=default_lateness,
        help_text="Past its time by more than this, it is not sent but marked missed.",
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.SCHEDULED)
    # X's automation rules allow the same text on several X accounts only for
    # emergency and public-service messages; whoever schedules says so, audited.
    emergency_broadcast = models.BooleanField(default=False)
    # When the next attempt may start (retry back-off, rate limits); None: at once.
    not_before = models.DateTimeField(null=True, blank=True)
    # The dispatcher's claim, and an attempt's lease (see publishing.delivery).
    claimed_until = models.DateTimeField(null=True, blank=True)
    lease_token = models.UUIDField(null=True, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    # Set when an attempt ended without knowing whether the platform created the post:
    # the next attempt reads the account back before sending anything.
    needs_reconcile = models.BooleanField(default=False)
    # Attempts since it was last (re)scheduled by a person, and in all.
    attempt_count = models.PositiveIntegerField(default=0)
    attempts_made = models.PositiveIntegerField(default=0)
    external_id = models.CharField(max_length=100, blank=True)
    permalink = models.URLField(max_length=500, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    # The plain-language reason for held, failed, unconfirmed, missed and canceled.
    reason = models.CharField(max_length=500, blank=True)
    error_code = models.CharField(max_length=40, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublicationQuerySet.as_manager()

    class Meta:
        ordering = ["-scheduled_at", "-id"]
        indexes = [
            models.Index(fields=["state", "scheduled_at"], name="publication_due"),
            models.Index(fields=["state", "lease_expires_at"], name="publication_lease"),
        ]
        permissions = [
            ("publish_post", "Can publish and schedule approved posts"),
            ("take_down", "Can delete published posts from the platforms"),
        ]

    def __str__(self) -> str:
        return f"Publication {self.pk} ({self.state})"

    @property
    def platform(self) -> str:
        return self.account.platform

    @property
    def deadline(self) -> dt.datetime:
        return self.scheduled_at + self.lateness_window

    @property
    def is_open(self) -> bool:
        return self.state in self.OPEN_STATES

    @property
    def is_live(self) -> bool:
        """Published and not taken down."""
        return self.state == self.State.PUBLISHED and self.removed_at is None


class Attempt(models.Model):
    """One try at delivering a publication, under its own lease token."""

    class Outcome(models.TextChoices):
        PUBLISHED = "published", "Published"
        FOUND = "found", "Found already published"
        RETRY = "retry", "Will retry"
        FAILED = "failed", "Failed"
        UNKNOWN = "unknown", "Outcome unknown"
        UNCONFIRMED = "unconfirmed", "Unconfirmed"
        HELD = "held", "Held"
        LOST = "lost", "Lease lost"

    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveIntegerField()
    token = models.UUIDField(unique=True)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    message = models.CharField(max_length=500, blank=True)
    error_code = models.CharField(max_length=40, blank=True)
    # Whether the request that creates the post was sent in this attempt.
    sent = models.BooleanField(default=False)

    class Meta:
        ordering = ["publication", "number"]
        constraints = [
            models.UniqueConstraint(fields=["publication", "number"], name="attempt_number")
        ]

    def __str__(self) -> str:
        return f"Attempt {self.number} of publication {self.publication_id}"
