from __future__ import annotations

from django import template

from posts.models import Post
from publishing.forms import ScheduleForm
from publishing.models import Publication

register = template.Library()

BADGES = {
    Publication.State.SCHEDULED: "text-bg-info",
    Publication.State.CLAIMED: "text-bg-info",
    Publication.State.SENDING: "text-bg-primary",
    Publication.State.PUBLISHED: "text-bg-success",
    Publication.State.FAILED: "text-bg-danger",
    Publication.State.UNCONFIRMED: "text-bg-warning",
    Publication.State.HELD: "text-bg-warning",
    Publication.State.CANCELED: "text-bg-secondary",
    Publication.State.MISSED: "text-bg-danger",
}


@register.filter
def state_badge(publication: Publication) -> str:
    return BADGES.get(publication.state, "text-bg-secondary")


@register.inclusion_tag("publishing/_post_panel.html", takes_context=True)
def publishing_panel(context: template.Context, post: Post) -> dict:
    """The post page's publishing section: its publications and the schedule form."""
    request = context["request"]
    user = request.user
    can_publish = user.has_perm("publishing.publish_post") and post.state == Post.State.APPROVED
    form = context.get("schedule_form")
    if form is None and can_publish:
        form = ScheduleForm()
    publications = list(
        Publication.objects.filter(post=post)
        .select_related("account")
        .order_by("-scheduled_at", "-pk")
    )
    return {
        "request": request,
        "perms": context.get("perms"),
        "csrf_token": context.get("csrf_token"),
        "post": post,
        "publications": publications,
        "schedule_form": form if can_publish else None,
        "live": [p for p in publications if p.is_live],
    }


@register.simple_tag
def with_live_publications(posts) -> list[Post]:
    """`posts`, each with `.live`: where it is up on a platform now (one query for all)."""
    posts = list(posts)
    live: dict[int, list[Publication]] = {post.pk: [] for post in posts}
    for publication in Publication.objects.filter(
        post__in=posts, state=Publication.State.PUBLISHED, removed_at__isnull=True
    ).select_related("account"):
        live[publication.post_id].append(publication)
    for post in posts:
        post.live = live[post.pk]
    return posts
