"""Patient releases (HIPAA authorizations), review decisions and the audit trail."""

from __future__ import annotations

import datetime as dt
import uuid

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone

from socialcare.lib.platforms import Platform


class PrivateFileSystemStorage(FileSystemStorage):
    """Files outside MEDIA_ROOT that have no URL at all: served only through views."""

    def url(self, name: str | None) -> str:
        raise ValueError("private files are served only through SocialCare's views")


def private_storage() -> PrivateFileSystemStorage:
    return PrivateFileSystemStorage(location=settings.PRIVATE_ROOT)


def release_upload_to(instance: PatientRelease, filename: str) -> str:
    # The patient's name is often in the scanned file's name: never keep it.
    return f"releases/{uuid.uuid4().hex}.bin"


class PatientRelease(models.Model):
    """A signed authorization (45 CFR 164.508) to publish a patient's information.

    `missing_elements()` lists what the regulation requires and this record lacks; a
    release with anything missing cannot be linked to a post.
    """

    class RecipientPlatform(models.TextChoices):
        X = Platform.X.value, Platform.X.label
        FACEBOOK = Platform.FACEBOOK.value, Platform.FACEBOOK.label

    # Who, as the name may appear in posts.
    patient_name = models.CharField(max_length=200)
    aliases = models.TextField(
        blank=True, help_text="Nicknames and hashtags that may appear, one per line."
    )
    # 1. A specific, meaningful description of the information.
    description = models.TextField(
        "information covered", help_text="Which story, which photos or video."
    )
    covers_text = models.BooleanField("covers the story (text)", default=True)
    covers_photos = models.BooleanField("covers photos", default=False)
    covers_video = models.BooleanField("covers video", default=False)
    # 2. Who may use or disclose it.
    discloser = models.CharField(
        "who may disclose", max_length=200, help_text="E.g. the hospital's communications office."
    )
    # 3. Who receives it: the public, on these platforms.
    platform_x = models.BooleanField("X", default=False)
    platform_facebook = models.BooleanField("Facebook", default=False)
    # 4. The purpose.
    purpose = models.CharField(max_length=300)
    # 5. An expiry date or an expiry event.
    expires_on = models.DateField(null=True, blank=True)
    expiry_event = models.CharField(max_length=300, blank=True)
    expiry_event_occurred_on = models.DateField(
        null=True, blank=True, help_text="Record when the expiry event happened."
    )
    # 6. Signature and date; a representative's authority.
    signed_on = models.DateField(null=True, blank=True)
    signer_name = models.CharField(max_length=200, blank=True)
    signed_by_representative = models.BooleanField(default=False)
    representative_authority = models.CharField(
        max_length=300, blank=True, help_text="E.g. parent of a minor, health care proxy."
    )
    # Required statements.
    states_right_to_revoke = models.BooleanField(default=False)
    states_no_conditioning = models.BooleanField(
        "states treatment is not conditioned on signing", default=False
    )
    states_redisclosure = models.BooleanField(
        "states information may be redisclosed", default=False
    )
    third_party_payment = models.BooleanField(
        "a third party pays for this marketing", default=False
    )
    states_third_party_payment = models.BooleanField(default=False)
    copy_given_on = models.DateField("copy given to the patient on", null=True, blank=True)
    # The signed form, encrypted at rest in private storage.
    document = models.FileField(storage=private_storage, upload_to=release_upload_to, blank=True)
    document_content_type = models.CharField(max_length=40, blank=True)
    document_sha256 = models.CharField(max_length=64, blank=True)
    # Revocation takes effect from the moment it is recorded.
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    revocation_note = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["patient_name", "-signed_on"]
        permissions = [
            ("download_release", "Can download signed release forms"),
            ("link_release", "Can find releases by name and link them to posts"),
        ]

    def __str__(self) -> str:
        return f"Release #{self.pk}"

    def platforms(self) -> list[str]:
        chosen = [(Platform.X, self.platform_x), (Platform.FACEBOOK, self.platform_facebook)]
        return [p.value for p, on in chosen if on]

    def platform_labels(self) -> str:
        return ", ".join(Platform(p).label for p in self.platforms()) or "none"

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.splitlines() if a.strip()]

    def missing_elements(self) -> list[str]:
        """What 45 CFR 164.508 requires that this release does not record."""
        missing = []
        if not self.description.strip():
            missing.append("a specific description of the information")
        if not (self.covers_text or self.covers_photos or self.covers_video):
            missing.append("what it covers (text, photos or video)")
        if not self.discloser.strip():
            missing.append("who may disclose the information")
        if not self.platforms():
            missing.append("who receives it (at least one platform)")
        if not self.purpose.strip():
            missing.append("the purpose")
        if not (self.expires_on or self.expiry_event.strip()):
            missing.append("an expiry date or expiry event")
        if not (self.signed_on and self.signer_name.strip()):
            missing.append("the signature and date")
        if self.signed_by_representative and not self.representative_authority.strip():
            missing.append("the representative's authority")
        if not self.states_right_to_revoke:
            missing.append("the statement of the right to revoke")
        if not self.states_no_conditioning:
            missing.append("the statement that treatment is not conditioned on signing")
        if not self.states_redisclosure:
            missing.append("the statement that information may be redisclosed")
        if self.third_party_payment and not self.states_third_party_payment:
            missing.append("the statement that a third party pays")
        if not self.document:
            missing.append("the signed form")
        return missing

    def expired_on(self, day: dt.date) -> bool:
        if self.expires_on and day > self.expires_on:
            return True
        return bool(self.expiry_event_occurred_on and day >= self.expiry_event_occurred_on)

    def defects(self, *, at: dt.datetime | None = None) -> list[str]:
        """Why this release cannot be relied on at `at` (default now); empty when valid."""
        at = at or timezone.now()
        problems = [f"it lacks {element}" for element in self.missing_elements()]
        if self.revoked_at and self.revoked_at <= at:
            problems.append(f"it was revoked on {timezone.localdate(self.revoked_at):%Y-%m-%d}")
        if self.expired_on(timezone.localdate(at)):
            problems.append("it has expired")
        return problems

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class PostRelease(models.Model):
    """A release a post relies on. Linking is a service call that checks completeness."""

    post = models.ForeignKey("posts.Post", on_delete=models.CASCADE, related_name="release_links")
    release = models.ForeignKey(PatientRelease, on_delete=models.PROTECT, related_name="post_links")
    linked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    linked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "release"], name="link_release_once")
        ]

    def __str__(self) -> str:
        return f"post {self.post_id} relies on release {self.release_id}"


class Review(models.Model):
    """A compliance decision on one version of a post (bound to its content hash)."""

    class Decision(models.TextChoices):
        APPROVED = "approved", "Approved"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"

    post = models.ForeignKey("posts.Post", on_delete=models.CASCADE, related_name="reviews")
    # None when the organisation's review policy approved it (not patient-specific).
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decision = models.CharField(max_length=20, choices=Decision.choices)
    reason = models.TextField(blank=True)
    content_hash = models.CharField(max_length=64)
    revision_number = models.PositiveIntegerField()
    signature_statement = models.TextField(blank=True)
    patient_specific = models.BooleanField()
    release_ids = models.JSONField(default=list)
    voided_at = models.DateTimeField(null=True, blank=True)
    voided_reason = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} post {self.post_id}"


class AuditQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("audit events cannot be changed")

    def bulk_update(self, objs, fields, batch_size=None):
        raise PermissionError("audit events cannot be changed")

    def delete(self):
        raise PermissionError("audit events cannot be deleted")


class AuditEvent(models.Model):
    """One entry of the append-only, hash-chained audit trail.

    Written only by `compliance.audit.record`; never updated or deleted (the manager,
    the model and, on PostgreSQL, a trigger refuse). `hash` covers every field and the
    previous event's hash, so `verify_audit` finds altered, removed or inserted rows.
    No PHI: ids, codes and hashes only.
    """

    seq = models.PositiveBigIntegerField(unique=True)
    created_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_label = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=80)
    object_type = models.CharField(max_length=60, blank=True)
    object_id = models.CharField(max_length=40, blank=True)
    content_hash = models.CharField(max_length=64, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ["-seq"]
        indexes = [
            # The audit page filters by action and object, newest first.
            models.Index(fields=["action", "-seq"], name="audit_action_seq"),
            models.Index(fields=["object_type", "object_id"], name="audit_object"),
            models.Index(fields=["actor", "-seq"], name="audit_actor_seq"),
        ]

    def __str__(self) -> str:
        return f"{self.seq} {self.action}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise PermissionError("audit events cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("audit events cannot be deleted")
