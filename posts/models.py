from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from socialcare.lib.platforms import Platform


class Topic(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ContentTemplate(models.Model):
    """A reusable starting point in the content library ("Flu shot reminder")."""

    name = models.CharField(max_length=120, unique=True)
    description = models.CharField(max_length=300, blank=True)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="templates")
    body = models.TextField()
    link = models.URLField(blank=True)
    hashtags = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Post(models.Model):
    class State(models.TextChoices):
        DRAFT = "draft", "Draft"
        IN_REVIEW = "in_review", "In review"
        CHANGES_REQUESTED = "changes_requested", "Changes requested"
        APPROVED = "approved", "Approved"

    title = models.CharField(
        "internal title", max_length=200, help_text="Only your team sees this."
    )
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="posts")
    body = models.TextField("text", blank=True)
    link = models.URLField(blank=True)
    hashtags = models.CharField(max_length=300, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="posts"
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.DRAFT)
    template = models.ForeignKey(
        ContentTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The PHI scanner's verdict at the last save (re-checked at submit, approval and
    # publishing; this copy serves lists and the review queue).
    patient_specific = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "-id"]
        permissions = [("review_post", "Can review, approve or reject posts")]
        indexes = [
            # The post list: filtered by state, newest first.
            models.Index(fields=["state", "-updated_at"], name="post_state_updated"),
            # "My drafts" on the Comms dashboard.
            models.Index(fields=["author", "state", "-updated_at"], name="post_author_state"),
        ]

    def __str__(self) -> str:
        return self.title

    def hashtag_list(self) -> list[str]:
        return hashtag_list(self.hashtags)


class PostVariant(models.Model):
    """A platform's own text for a post. Blank text inherits the post's master text."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="variants")
    platform = models.CharField(max_length=20, choices=Platform.choices)
    text = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "platform"], name="one_variant_per_platform")
        ]

    def __str__(self) -> str:
        return f"{self.post_id}/{self.platform}"


def media_upload_to(instance: MediaAsset, filename: str) -> str:
    # Never keep the uploaded file's name: "jane-doe-room-4b.jpg" is PHI.
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"posts/{uuid.uuid4().hex}.{extension}"


class MediaAsset(models.Model):
    """An image attached to a post, stored as rebuilt from its pixels (no metadata)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="media")
    file = models.FileField(upload_to=media_upload_to)
    alt_text = models.CharField(
        max_length=1000,
        help_text="Describe the image for people using a screen reader.",
    )
    # Declared by the author; None until declared (a post cannot be submitted then).
    shows_patient = models.BooleanField(
        "shows a patient or patient information", null=True, blank=True
    )
    content_type = models.CharField(max_length=40)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    size = models.PositiveIntegerField(help_text="Bytes, after cleaning.")
    sha256 = models.CharField(max_length=64)
    position = models.PositiveSmallIntegerField(default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return f"image {self.pk} of post {self.post_id}"


class Revision(models.Model):
    """A snapshot of a post after each save; the history page diffs neighbours."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    editor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    snapshot = models.JSONField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["post", "number"], name="one_revision_number")
        ]

    def __str__(self) -> str:
        return f"post {self.post_id} revision {self.number}"


def hashtag_list(raw: str) -> list[str]:
    """'flu, #FluSeason  vaccines' -> ['#flu', '#FluSeason', '#vaccines'] (no repeats)."""
    tags: list[str] = []
    for token in raw.replace(",", " ").split():
        tag = "#" + token.lstrip("#")
        if len(tag) > 1 and tag.lower() not in {t.lower() for t in tags}:
            tags.append(tag)
    return tags
