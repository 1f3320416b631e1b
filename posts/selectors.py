"""Reads of posts that views share. List queries stay constant in the number of rows."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from posts.models import MediaAsset, Post, Revision


def get_post_for_user(user: AbstractBaseUser, pk: int, *, write: bool = False) -> Post:
    """The one way views load a post: 404 when it does not exist, 403 when not allowed."""
    needed = "posts.change_post" if write else "posts.view_post"
    if not user.has_perm(needed):
        raise PermissionDenied
    return get_object_or_404(
        Post.objects.select_related("topic", "author").prefetch_related("variants", "media"),
        pk=pk,
    )


@dataclass(frozen=True)
class PostFilter:
    state: str = ""
    topic: int | None = None
    author: int | None = None
    text: str = ""


_media_count = Subquery(
    MediaAsset.objects.filter(post=OuterRef("pk"))
    .order_by()
    .values("post")
    .annotate(n=Count("pk"))
    .values("n")
)


def post_list(*, filters: PostFilter) -> QuerySet[Post]:
    posts = (
        Post.objects.select_related("topic", "author")
        # A correlated subquery, not a join with GROUP BY: with LIMIT it is evaluated
        # for the page's rows only, and the text filter's join with the variants cannot
        # inflate it.
        .annotate(media_count=Coalesce(_media_count, Value(0), output_field=IntegerField()))
    )
    if filters.state:
        posts = posts.filter(state=filters.state)
    if filters.topic:
        posts = posts.filter(topic_id=filters.topic)
    if filters.author:
        posts = posts.filter(author_id=filters.author)
    if filters.text:
        posts = posts.filter(
            Q(title__icontains=filters.text)
            | Q(body__icontains=filters.text)
            | Q(hashtags__icontains=filters.text)
            | Q(variants__text__icontains=filters.text)
        ).distinct()
    return posts.order_by("-updated_at", "-id")


def drafts_of(user: AbstractBaseUser, *, limit: int = 5) -> list[Post]:
    return list(
        Post.objects.filter(author=user, state=Post.State.DRAFT)
        .select_related("topic")
        .order_by("-updated_at")[:limit]
    )


def revisions_of(post: Post) -> QuerySet[Revision]:
    return post.revisions.select_related("editor").order_by("-number")
