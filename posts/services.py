"""Writes to posts: the only place that creates or changes a post and what hangs off it.

Every save that changes something records a Revision (who, when, a full snapshot),
so the history page can show who changed what.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction

from compliance import audit
from compliance import services as compliance
from posts.media import CleanImage
from posts.models import ContentTemplate, MediaAsset, Post, PostVariant, Revision, Topic
from socialcare.lib.platforms import Platform


@dataclass(frozen=True)
class PostContent:
    """The fields of the editor, as validated by PostForm."""

    title: str
    topic: Topic
    body: str
    link: str = ""
    hashtags: str = ""
    x_text: str = ""
    facebook_text: str = ""


@dataclass(frozen=True)
class NewImage:
    image: CleanImage
    alt_text: str
    shows_patient: bool | None = None


@dataclass(frozen=True)
class MediaChange:
    media_id: int
    alt_text: str
    remove: bool = False
    shows_patient: bool | None = None


def create_post(
    *,
    author: AbstractBaseUser,
    content: PostContent,
    new_images: Sequence[NewImage] = (),
    template: ContentTemplate | None = None,
) -> Post:
    with transaction.atomic():
        post = Post.objects.create(
            title=content.title,
            topic=content.topic,
            body=content.body,
            link=content.link,
            hashtags=content.hashtags,
            author=author,
            template=template,
        )
        PostVariant.objects.bulk_create(
            [
                PostVariant(post=post, platform=Platform.X, text=content.x_text),
                PostVariant(post=post, platform=Platform.FACEBOOK, text=content.facebook_text),
            ]
        )
        _add_images(post=post, images=new_images, uploaded_by=author)
        _rescan(post)
        revision = _record_revision(post=post, editor=author)
        audit.record(
            "posts.post.created",
            actor=author,
            obj=post,
            content_hash=compliance.content_hash(post),
            data={"revision": revision.number, "patient_specific": post.patient_specific},
        )
    return post


def update_post(
    *,
    post: Post,
    editor: AbstractBaseUser,
    content: PostContent,
    media_changes: Sequence[MediaChange] = (),
    new_images: Sequence[NewImage] = (),
) -> bool:
    """Apply the editor's content; returns False when nothing changed (no revision)."""
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        before = snapshot(post)
        for field in ("title", "topic", "body", "link", "hashtags"):
            setattr(post, field, getattr(content, field))
        post.save()
        for platform, text in (
            (Platform.X, content.x_text),
            (Platform.FACEBOOK, content.facebook_text),
        ):
            PostVariant.objects.update_or_create(
                post=post, platform=platform, defaults={"text": text}
            )
        _apply_media_changes(post=post, changes=media_changes)
        _add_images(post=post, images=new_images, uploaded_by=editor)
        if snapshot(post) == before:
            transaction.set_rollback(True)
            return False
        _rescan(post)
        revision = _record_revision(post=post, editor=editor)
        audit.record(
            "posts.post.updated",
            actor=editor,
            obj=post,
            content_hash=compliance.content_hash(post),
            data={"revision": revision.number, "patient_specific": post.patient_specific},
        )
        # Any edit voids an approval and withdraws a submission.
        compliance.return_to_draft(
            post=post, actor=editor, reason=f"edited (revision {revision.number})"
        )
    return True


def _rescan(post: Post) -> None:
    """Keep the scanner's verdict current on every save (it is run again at submit,
    approval and publishing; this copy serves lists)."""
    patient_specific = compliance.scan_post(post).patient_specific
    if patient_specific != post.patient_specific:
        post.patient_specific = patient_specific
        post.save(update_fields=["patient_specific"])


def _apply_media_changes(*, post: Post, changes: Sequence[MediaChange]) -> None:
    assets = {asset.pk: asset for asset in post.media.all()}
    for change in changes:
        asset = assets.get(change.media_id)
        if asset is None:
            continue
        if change.remove:
            # Remove the file only once the row is gone for good.
            transaction.on_commit(partial(asset.file.storage.delete, asset.file.name))
            asset.delete()
        elif (asset.alt_text, asset.shows_patient) != (change.alt_text, change.shows_patient):
            asset.alt_text = change.alt_text
            asset.shows_patient = change.shows_patient
            asset.save(update_fields=["alt_text", "shows_patient"])


def _add_images(*, post: Post, images: Sequence[NewImage], uploaded_by: AbstractBaseUser) -> None:
    if not images:
        return
    existing = post.media.count()
    limit = settings.MEDIA_MAX_IMAGES_PER_POST
    if existing + len(images) > limit:
        raise ValidationError(f"A post can have at most {limit} images.")
    for offset, new in enumerate(images):
        asset = MediaAsset(
            post=post,
            alt_text=new.alt_text,
            shows_patient=new.shows_patient,
            content_type=new.image.content_type,
            width=new.image.width,
            height=new.image.height,
            size=len(new.image.content),
            sha256=new.image.sha256,
            position=existing + offset,
            uploaded_by=uploaded_by,
        )
        asset.file.save(f"image.{new.image.extension}", ContentFile(new.image.content), save=False)
        asset.save()


def snapshot(post: Post) -> dict:
    """Everything a reviewer would compare between two versions of a post."""
    variants = {v.platform: v.text for v in post.variants.all()}
    return {
        "title": post.title,
        "topic": post.topic.name,
        "body": post.body,
        "link": post.link,
        "hashtags": post.hashtags,
        "x_text": variants.get(Platform.X, ""),
        "facebook_text": variants.get(Platform.FACEBOOK, ""),
        "media": [
            {
                "id": m.pk,
                "sha256": m.sha256,
                "alt_text": m.alt_text,
                "shows_patient": m.shows_patient,
            }
            for m in post.media.all()
        ],
    }


def _record_revision(*, post: Post, editor: AbstractBaseUser) -> Revision:
    last = post.revisions.order_by("-number").values_list("number", flat=True).first() or 0
    return Revision.objects.create(
        post=post, number=last + 1, editor=editor, snapshot=snapshot(post)
    )
