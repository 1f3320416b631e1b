"""The simulator's own web pages: the timeline, one post (permalink targets), thumbnails.

Every handler runs with the state lock held (see server.py).
"""

from __future__ import annotations

from publishing.simulator import pages
from publishing.simulator.messages import Request, Response, html_response
from publishing.simulator.state import FB_PAGES, X_USERS, SimState


def not_found() -> Response:
    return html_response(pages.error_page("Not found", "There is nothing at this address."), 404)


def timeline(request: Request, state: SimState) -> Response:
    return html_response(
        pages.timeline(x_users=X_USERS, fb_pages=FB_PAGES, posts_by_account=state.posts_by_account)
    )


def x_status(request: Request, state: SimState) -> Response:
    post = state.posts_by_id.get(request.params["tweet_id"])
    user = state.x_user_by_name(request.params["username"])
    if post is None or user is None or post.platform != "x" or post.account_id != user.id:
        return not_found()
    link = pages.permalink(post, user.username)
    return html_response(
        pages.post_page(post=post, account_name=user.name, platform_name="X", link=link)
    )


def facebook_post(request: Request, state: SimState) -> Response:
    post = state.posts_by_id.get(request.params["post_id"])
    page = state.fb_page(post.account_id) if post and post.platform == "facebook" else None
    if post is None or page is None:
        return not_found()
    link = pages.permalink(post, None)
    return html_response(
        pages.post_page(post=post, account_name=page.name, platform_name="Facebook", link=link)
    )


def media(request: Request, state: SimState) -> Response:
    item = state.media.get(request.params["media_id"])
    if item is None or item.thumbnail is None:
        return not_found()
    return Response(200, item.thumbnail, "image/png", {"Cache-Control": "max-age=3600"})
