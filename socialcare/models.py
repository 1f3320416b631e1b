from __future__ import annotations

from django.conf import settings
from django.db import models


class Organisation(models.Model):
    """The hospital itself: one row, edited by Admins.

    Its name and handle are what the platform previews show as the author.
    """

    name = models.CharField(max_length=120, default="General Hospital")
    x_handle = models.CharField(
        "X handle", max_length=15, default="GeneralHospital", help_text="Without the @."
    )

    class ReviewPolicy(models.TextChoices):
        PATIENT_SPECIFIC = "patient_specific", "Only patient-specific posts need review"
        ALL = "all", "Every post needs review"

    review_policy = models.CharField(
        max_length=20, choices=ReviewPolicy.choices, default=ReviewPolicy.PATIENT_SPECIFIC
    )
    # The hospital's own contact details: never PHI, so the scanner ignores them.
    phone_numbers = models.TextField(blank=True, help_text="One per line.")
    addresses = models.TextField(blank=True, help_text="One per line.")
    domains = models.TextField(blank=True, help_text="E.g. hospital.org, one per line.")
    handles = models.TextField(blank=True, help_text="Social media handles, one per line.")
    # A crisis pause holds every publication until it is lifted.
    publishing_paused_at = models.DateTimeField(null=True, blank=True)
    publishing_pause_reason = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "organisation"

    def __str__(self) -> str:
        return self.name

    @classmethod
    def current(cls) -> Organisation:
        organisation, _ = cls.objects.get_or_create(pk=1)
        return organisation


class Notification(models.Model):
    """An in-app message to one person (also emailed). Never carries post text."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    message = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            # The unread badge in the navigation, on every page.
            models.Index(fields=["user", "read_at"], name="notification_unread"),
        ]

    def __str__(self) -> str:
        return self.message
