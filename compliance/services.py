"""Compliance writes and checks: releases, review decisions, and whether a post may go out.

Every state change here is audited in the same transaction. `assert_publishable` is
the check the publisher calls immediately before each send; it repeats everything the
approval relied on, because releases are revoked and posts are edited after approval.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from compliance import audit, phi
from compliance.models import PatientRelease, PostRelease, Review
from compliance.names import matches
from posts.composition import Draft
from posts.models import Post
from socialcare.lib import crypto
from socialcare.lib.platforms import Platform
from socialcare.models import Organisation
from socialcare.notifications import notify

SIGNATURE_STATEMENT = (
    "I, {name}, approve post #{post} for publication. I have checked that every patient "
    "identifier in it is covered by the linked signed releases, and I sign this approval "
    "electronically by entering my password."
)


class NotPublishable(Exception):
    """The post must not go out now; `reason` is plain language without PHI."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- What a post contains ---------------------------------------------------------------


def content_hash(post: Post) -> str:
    """SHA-256 of what would be published: every platform's text, the images (checksums
    and patient declarations) and the linked release ids."""
    draft = Draft.of(post)
    canonical = {
        "texts": {p: draft.compose(p) for p in Platform.values},
        "media": [
            [m.sha256, m.shows_patient]
            for m in sorted(post.media.all(), key=lambda m: (m.position, m.id))
        ],
        "releases": sorted(post.release_links.values_list("release_id", flat=True)),
    }
    payload = json.dumps(canonical, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


@dataclass(frozen=True)
class FieldScan:
    field: str  # "body", "x_text", "facebook_text"
    text: str
    result: phi.ScanResult


@dataclass(frozen=True)
class PostScan:
    fields: list[FieldScan]
    patient_images: int
    undeclared_images: int

    @property
    def patient_specific(self) -> bool:
        return self.patient_images > 0 or any(f.result.patient_specific for f in self.fields)

    def names(self) -> list[str]:
        return [
            finding.text
            for f in self.fields
            for finding in f.result.findings
            if finding.type == "NAME"
        ]

    def finding_types(self) -> list[str]:
        found = {finding.type for f in self.fields for finding in f.result.findings}
        return sorted(found | ({"PHOTO"} if self.patient_images else set()))


def scan_texts(draft: Draft) -> list[FieldScan]:
    """Scan each piece of text staff wrote, plus the hashtags and link that go out."""
    pieces = {
        "body": draft.body,
        "x_text": draft.x_text,
        "facebook_text": draft.facebook_text,
        "hashtags": draft.hashtags,
        "link": draft.link,
    }
    return [FieldScan(name, text, phi.scan(text)) for name, text in pieces.items() if text.strip()]


def scan_post(post: Post) -> PostScan:
    media = list(post.media.all())
    return PostScan(
        fields=scan_texts(Draft.of(post)),
        patient_images=sum(1 for m in media if m.shows_patient),
        undeclared_images=sum(1 for m in media if m.shows_patient is None),
    )


# --- Releases ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ReleaseDocument:
    content: bytes
    content_type: str


def create_release(
    *,
    actor: AbstractBaseUser,
    release: PatientRelease,
    document: ReleaseDocument | None,
    request: HttpRequest | None = None,
) -> PatientRelease:
    """Save a new release (fields set by the form) with its signed form encrypted."""
    with transaction.atomic():
        release.created_by = actor
        if document is not None:
            _store_document(release, document)
        release.save()
        audit.record(
            "compliance.release.created",
            actor=actor,
            obj=release,
            request=request,
            content_hash=release.document_sha256,
            data={"complete": not release.missing_elements()},
        )
    return release


def update_release(
    *,
    actor: AbstractBaseUser,
    release: PatientRelease,
    changed: Sequence[str],
    document: ReleaseDocument | None = None,
    request: HttpRequest | None = None,
) -> PatientRelease:
    if release.is_revoked:
        raise ValidationError("A revoked release cannot be changed.")
    with transaction.atomic():
        if document is not None:
            old = release.document.name if release.document else ""
            _store_document(release, document)
            if old:
                storage = release.document.storage
                transaction.on_commit(lambda: storage.delete(old))
        release.save()
        audit.record(
            "compliance.release.updated",
            actor=actor,
            obj=release,
            request=request,
            content_hash=release.document_sha256,
            data={"fields": sorted(changed), "complete": not release.missing_elements()},
        )
    return release


def _store_document(release: PatientRelease, document: ReleaseDocument) -> None:
    release.document_sha256 = hashlib.sha256(document.content).hexdigest()
    release.document_content_type = document.content_type
    release.document.save("form.bin", ContentFile(crypto.encrypt(document.content)), save=False)


def read_release_document(
    *, release: PatientRelease, actor: AbstractBaseUser, request: HttpRequest | None = None
) -> bytes:
    """The decrypted signed form; every read is audited."""
    if not actor.has_perm("compliance.download_release"):
        raise PermissionDenied
    if not release.document:
        raise ValidationError("No signed form is on file for this release.")
    with release.document.open("rb") as stored:
        content = crypto.decrypt(stored.read())
    audit.record(
        "compliance.release.downloaded",
        actor=actor,
        obj=release,
        request=request,
        content_hash=release.document_sha256,
    )
    return content


def record_release_viewed(
    *, release: PatientRelease, actor: AbstractBaseUser, request: HttpRequest | None = None
) -> None:
    audit.record("compliance.release.viewed", actor=actor, obj=release, request=request)


def revoke_release(
    *,
    release: PatientRelease,
    actor: AbstractBaseUser,
    note: str = "",
    request: HttpRequest | None = None,
) -> list[Post]:
    """Revoke from now on. Returns the posts that relied on it; their authors are told."""
    with transaction.atomic():
        release = PatientRelease.objects.select_for_update().get(pk=release.pk)
        if release.is_revoked:
            raise ValidationError("This release was already revoked.")
        release.revoked_at = timezone.now()
        release.revoked_by = actor
        release.revocation_note = note
        release.save(update_fields=["revoked_at", "revoked_by", "revocation_note", "updated_at"])
        posts = list(Post.objects.filter(release_links__release=release).select_related("author"))
        audit.record(
            "compliance.release.revoked",
            actor=actor,
            obj=release,
            request=request,
            data={"post_ids": [p.pk for p in posts]},
        )
        for post in posts:
            notify(
                users=[post.author],
                message=f"Release #{release.pk} was revoked: post #{post.pk} can no longer "
                "be published.",
                url=reverse("posts:edit", args=[post.pk]),
            )
    return posts


def suggest_releases(*, scan: PostScan, exclude: Sequence[int] = ()) -> list[PatientRelease]:
    """Releases whose name or aliases match a NAME the scanner found (usable ones only)."""
    names = scan.names()
    if not names:
        return []
    candidates = PatientRelease.objects.filter(revoked_at__isnull=True).exclude(pk__in=exclude)
    return [
        release
        for release in candidates
        if any(matches(name, [release.patient_name, *release.alias_list()]) for name in names)
        and not release.defects()
    ]


def link_release(
    *,
    post: Post,
    release: PatientRelease,
    actor: AbstractBaseUser,
    request: HttpRequest | None = None,
) -> PostRelease:
    if not actor.has_perm("compliance.link_release"):
        raise PermissionDenied
    defects = release.defects()
    if defects:
        raise ValidationError(f"Release #{release.pk} cannot be linked: {'; '.join(defects)}.")
    with transaction.atomic():
        link, created = PostRelease.objects.get_or_create(
            post=post, release=release, defaults={"linked_by": actor}
        )
        if created:
            audit.record(
                "compliance.release.linked",
                actor=actor,
                obj=post,
                request=request,
                data={"release_id": release.pk},
            )
            return_to_draft(post=post, actor=actor, reason="a release was linked")
    return link


def unlink_release(
    *,
    post: Post,
    release: PatientRelease,
    actor: AbstractBaseUser,
    request: HttpRequest | None = None,
) -> None:
    if not actor.has_perm("compliance.link_release"):
        raise PermissionDenied
    with transaction.atomic():
        deleted, _ = PostRelease.objects.filter(post=post, release=release).delete()
        if deleted:
            audit.record(
                "compliance.release.unlinked",
                actor=actor,
                obj=post,
                request=request,
                data={"release_id": release.pk},
            )
            return_to_draft(post=post, actor=actor, reason="a release was unlinked")


# --- Review -----------------------------------------------------------------------------


def active_approval(post: Post) -> Review | None:
    return (
        post.reviews.filter(decision=Review.Decision.APPROVED, voided_at__isnull=True)
        .order_by("-created_at", "-id")
        .first()
    )


@dataclass(frozen=True)
class ScopeCheck:
    """One release against one post: what it covers and what it does not."""

    release: PatientRelease
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_scope(
    *,
    release: PatientRelease,
    scan: PostScan,
    platforms: Sequence[str],
    at: dt.datetime | None = None,
) -> ScopeCheck:
    problems = list(release.defects(at=at))
    for platform in platforms:
        if platform not in release.platforms():
            problems.append(f"it does not cover {Platform(platform).label}")
    if scan.patient_images and not release.covers_photos:
        problems.append("it does not cover photos")
    if any(f.result.patient_specific for f in scan.fields) and not release.covers_text:
        problems.append("it does not cover the story's text")
    return ScopeCheck(release, problems)


def releases_of(post: Post) -> list[PatientRelease]:
    return list(PatientRelease.objects.filter(post_links__post=post).order_by("pk"))


def submission_problems(*, post: Post, scan: PostScan) -> list[str]:
    """Everything that stops `post` from being submitted, in plain words."""
    problems = Draft.of(post).submission_blockers()
    if scan.undeclared_images:
        problems.append("Say for every image whether it shows a patient or patient information.")
    releases = releases_of(post)
    if scan.patient_specific and not releases:
        problems.append(
            "This post looks patient-specific: link the patient's signed release before submitting."
        )
    for release in releases:
        check = check_scope(release=release, scan=scan, platforms=[])
        if not check.ok:
            problems.append(
                f"Release #{release.pk} cannot be relied on: {'; '.join(check.problems)}."
            )
    return problems


def needs_review(post: Post, scan: PostScan) -> bool:
    policy = Organisation.current().review_policy
    return scan.patient_specific or policy == Organisation.ReviewPolicy.ALL


def submit_for_review(
    *, post: Post, actor: AbstractBaseUser, request: HttpRequest | None = None
) -> Post:
    """Send a draft to Compliance, or approve it by policy when it needs no review."""
    if not actor.has_perm("posts.change_post"):
        raise PermissionDenied
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.state not in (Post.State.DRAFT, Post.State.CHANGES_REQUESTED):
            raise ValidationError(
                f"A post that is {post.get_state_display().lower()} cannot be submitted."
            )
        scan = scan_post(post)
        problems = submission_problems(post=post, scan=scan)
        if problems:
            raise ValidationError(problems)
        post.patient_specific = scan.patient_specific
        post.submitted_at = timezone.now()
        digest = content_hash(post)
        if needs_review(post, scan):
            post.state = Post.State.IN_REVIEW
            post.save(update_fields=["state", "patient_specific", "submitted_at", "updated_at"])
            audit.record(
                "posts.post.submitted",
                actor=actor,
                obj=post,
                request=request,
                content_hash=digest,
                data={"patient_specific": scan.patient_specific, "types": scan.finding_types()},
            )
            notify(
                users=_reviewers(exclude=post.author_id),
                message=f"Post #{post.pk} is waiting for your review.",
                url=reverse("compliance:review", args=[post.pk]),
            )
        else:
            _approve(post=post, reviewer=None, digest=digest, scan=scan, statement="")
            audit.record(
                "compliance.review.approved_by_policy",
                actor=actor,
                obj=post,
                request=request,
                content_hash=digest,
                data={"patient_specific": False},
            )
    return post


def _reviewers(*, exclude: int) -> list[AbstractBaseUser]:
    users = get_user_model().objects.filter(is_active=True).exclude(pk=exclude)
    return [u for u in users.filter(groups__permissions__codename="review_post").distinct()]


def _check_reviewer(post: Post, reviewer: AbstractBaseUser) -> None:
    if not reviewer.has_perm("posts.review_post"):
        raise PermissionDenied
    if reviewer.pk == post.author_id:
        raise PermissionDenied("Nobody can review their own post.")
    if post.revisions.filter(editor=reviewer).exists():
        raise PermissionDenied("You edited this post, so another reviewer must decide on it.")


def approve_post(
    *,
    post: Post,
    reviewer: AbstractBaseUser,
    password: str,
    request: HttpRequest | None = None,
) -> Review:
    """Approve the current version: password re-entered, every check repeated."""
    _check_reviewer(post, reviewer)
    if not reviewer.check_password(password):
        # Audited on its own: the approval's transaction is not going to happen.
        audit.record(
            "compliance.review.signature_failed", actor=reviewer, obj=post, request=request
        )
        raise ValidationError("That password is not right. The post was not approved.")
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        _check_reviewer(post, reviewer)
        if post.state != Post.State.IN_REVIEW:
            raise ValidationError("Only a post in review can be approved.")
        scan = scan_post(post)
        problems = submission_problems(post=post, scan=scan)
        for release in releases_of(post):
            check = check_scope(release=release, scan=scan, platforms=[])
            problems.extend(f"Release #{release.pk}: {p}." for p in check.problems)
        if problems:
            raise ValidationError(problems)
        digest = content_hash(post)
        now = timezone.now()
        statement = (
            SIGNATURE_STATEMENT.format(
                name=reviewer.get_full_name() or reviewer.get_username(), post=post.pk
            )
            + f" Signed {now:%Y-%m-%d %H:%M} UTC."
        )
        review = _approve(
            post=post, reviewer=reviewer, digest=digest, scan=scan, statement=statement
        )
        audit.record(
            "compliance.review.approved",
            actor=reviewer,
            obj=post,
            request=request,
            content_hash=digest,
            data={"review_id": review.pk, "release_ids": review.release_ids},
        )
        notify(
            users=[post.author],
            message=f"Post #{post.pk} was approved.",
            url=reverse("posts:edit", args=[post.pk]),
        )
    return review


def _approve(
    *, post: Post, reviewer: AbstractBaseUser | None, digest: str, scan: PostScan, statement: str
) -> Review:
    review = Review.objects.create(
        post=post,
        reviewer=reviewer,
        decision=Review.Decision.APPROVED,
        content_hash=digest,
        revision_number=post.revisions.order_by("-number").values_list("number", flat=True).first()
        or 0,
        signature_statement=statement,
        patient_specific=scan.patient_specific,
        release_ids=sorted(r.pk for r in releases_of(post)),
        reason="" if reviewer else "Approved by the organisation's review policy.",
    )
    post.state = Post.State.APPROVED
    post.patient_specific = scan.patient_specific
    post.save(update_fields=["state", "patient_specific", "updated_at"])
    return review


def request_changes(
    *,
    post: Post,
    reviewer: AbstractBaseUser,
    reason: str,
    request: HttpRequest | None = None,
) -> Review:
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say what needs to change.")
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        _check_reviewer(post, reviewer)
        if post.state != Post.State.IN_REVIEW:
            raise ValidationError("Only a post in review can be sent back.")
        scan = scan_post(post)
        review = Review.objects.create(
            post=post,
            reviewer=reviewer,
            decision=Review.Decision.CHANGES_REQUESTED,
            reason=reason,
            content_hash=content_hash(post),
            revision_number=post.revisions.order_by("-number")
            .values_list("number", flat=True)
            .first()
            or 0,
            patient_specific=scan.patient_specific,
            release_ids=sorted(r.pk for r in releases_of(post)),
        )
        post.state = Post.State.CHANGES_REQUESTED
        post.save(update_fields=["state", "updated_at"])
        audit.record(
            "compliance.review.changes_requested",
            actor=reviewer,
            obj=post,
            request=request,
            content_hash=review.content_hash,
            data={"review_id": review.pk},
        )
        notify(
            users=[post.author],
            message=f"Changes were requested on post #{post.pk}.",
            url=reverse("posts:edit", args=[post.pk]),
        )
    return review


def return_to_draft(*, post: Post, actor: AbstractBaseUser, reason: str) -> None:
    """After any change to a submitted or approved post: void approval, back to draft."""
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.state == Post.State.DRAFT:
        return
    previous = post.state
    approval = active_approval(post)
    if approval is not None:
        approval.voided_at = timezone.now()
        approval.voided_reason = reason
        approval.save(update_fields=["voided_at", "voided_reason"])
    post.state = Post.State.DRAFT
    post.save(update_fields=["state", "updated_at"])
    audit.record(
        "compliance.approval.voided" if approval else "posts.post.returned_to_draft",
        actor=actor,
        obj=post,
        data={"from": previous, "review_id": approval.pk if approval else None},
    )


# --- Publishing gate --------------------------------------------------------------------


def assert_publishable(post: Post, platform: str, at: dt.datetime | None = None) -> None:
    """Raise NotPublishable unless `post` may be published on `platform` at `at`.

    Re-checks from the database: the approval, the content hash it was bound to, a
    fresh PHI scan, and every linked release's validity and scope at `at`.
    """
    at = at or timezone.now()
    post = Post.objects.prefetch_related("variants", "media").get(pk=post.pk)
    if post.state != Post.State.APPROVED:
        raise NotPublishable(f"The post is {post.get_state_display().lower()}, not approved.")
    approval = active_approval(post)
    if approval is None:
        raise NotPublishable("The post's approval was voided.")
    if content_hash(post) != approval.content_hash:
        raise NotPublishable("The post changed after it was approved.")
    scan = scan_post(post)
    if scan.patient_specific and not approval.patient_specific:
        raise NotPublishable(
            "The post now looks patient-specific and was not reviewed by Compliance."
        )
    releases = releases_of(post)
    # A linked release means someone judged the post patient-specific, even if the
    # scanner does not: its validity is checked all the same.
    if not (scan.patient_specific or approval.patient_specific or releases):
        return
    if not releases:
        raise NotPublishable("The post is patient-specific and no release is linked.")
    for release in releases:
        check = check_scope(release=release, scan=scan, platforms=[platform], at=at)
        if not check.ok:
            raise NotPublishable(f"Release #{release.pk}: {'; '.join(check.problems)}.")
