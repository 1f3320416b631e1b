"""X API v2: the calls SocialCare makes, with X's paths, headers and problem bodies.

Every handler runs with the state lock held (see server.py).
"""

from __future__ import annotations

import base64
import binascii
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from twitter_text import parse_tweet

from publishing.simulator.images import BadImage, inspect_image
from publishing.simulator.messages import Request, Response, json_response
from publishing.simulator.state import (
    X_MEDIA_TTL_S,
    X_RATE_WINDOW_S,
    Post,
    SimState,
    Window,
    XAccessToken,
)

MAX_TWEET_WEIGHT = 280
MAX_MEDIA_PER_TWEET = 4
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_ALT_TEXT = 1000
INVALID_REQUEST_TYPE = "https://api.twitter.com/2/problems/invalid-request"
NOT_FOUND_TYPE = "https://api.twitter.com/2/problems/resource-not-found"
DUPLICATE_DETAIL = "You are not allowed to create a Tweet with duplicate content."

Handler = Callable[[Request, SimState], Response]
UserHandler = Callable[[Request, SimState, XAccessToken], Response]


def problem(status: int, title: str, detail: str, **extra: Any) -> Response:
    return json_response(
        {"title": title, "type": "about:blank", "status": status, "detail": detail, **extra},
        status,
    )


def unauthorized() -> Response:
    return problem(401, "Unauthorized", "Unauthorized")


def too_many_requests() -> Response:
    return problem(429, "Too Many Requests", "Too Many Requests")


def invalid_request(message: str) -> Response:
    return json_response(
        {
            "errors": [{"message": message}],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": INVALID_REQUEST_TYPE,
        },
        400,
    )


def not_found(resource_type: str, resource_id: str) -> dict[str, Any]:
    """A lookup error, as X returns inside a 200 body (and as the detail of a 404)."""
    return {
        "value": resource_id,
        "detail": f"Could not find {resource_type} with id: [{resource_id}].",
        "title": "Not Found Error",
        "resource_type": resource_type,
        "parameter": "id",
        "resource_id": resource_id,
        "type": NOT_FOUND_TYPE,
    }


def server_error(status: int) -> Response:
    title = "Internal Server Error" if status == 500 else "Service Unavailable"
    return problem(status, title, title)


def rate_headers(limit: int, window: Window) -> dict[str, str]:
    return {
        "x-rate-limit-limit": str(limit),
        "x-rate-limit-remaining": str(max(limit - window.used, 0)),
        "x-rate-limit-reset": str(int(window.reset_at)),
    }


def throttled(state: SimState) -> Response:
    """The rate_429 fault: exhausted, with a reset a little ahead."""
    limit = int(state.config["x_post_limit"])
    reset_at = state.now() + state.faults.current()["rate_reset_s"]
    response = too_many_requests()
    response.headers.update(rate_headers(limit, Window(reset_at=reset_at, used=limit)))
    return response


def endpoint(
    name: str, scopes: tuple[str, ...], *, limit_key: str = "x_other_limit"
) -> Callable[[UserHandler], Handler]:
    """Bearer authentication, scope check and the per-user rate window around a handler."""

    def wrap(handler: UserHandler) -> Handler:
        def authenticated(request: Request, state: SimState) -> Response:
            access = state.x_access.get(request.bearer() or "")
            if access is None or access.revoked or access.expires_at <= state.now():
                return unauthorized()
            limit = int(state.config[limit_key])
            window = state.consume(
                state.rate_windows, (access.user_id, name), limit, X_RATE_WINDOW_S
            )
            missing = [scope for scope in scopes if scope not in access.scopes]
            if missing:
                response = problem(
                    403,
                    "Forbidden",
                    f"Missing scope: {' '.join(missing)}",
                    reason="missing-scope",
                    required_scopes=missing,
                )
            elif window.used > limit:
                response = too_many_requests()
            else:
                response = handler(request, state, access)
            response.headers.update(rate_headers(limit, window))
            return response

        return authenticated

    return wrap


def x_time(timestamp: float) -> str:
    """X's timestamps: `2026-10-01T12:00:00.000Z`."""
    moment = datetime.fromtimestamp(timestamp, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def tweet_data(post: Post) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": post.id,
        "text": post.text,
        "created_at": x_time(post.created_at),
        "edit_history_tweet_ids": [post.id],
    }
    if post.media:
        data["attachments"] = {"media_keys": [f"3_{m.id}" for m in post.media]}
    return data


@endpoint("GET /2/users/me", ("tweet.read", "users.read"))
def users_me(request: Request, state: SimState, access: XAccessToken) -> Response:
    user = state.x_user(access.user_id)
    assert user is not None  # noqa: S101 - tokens are only issued to seeded users
    return json_response({"data": {"id": user.id, "name": user.name, "username": user.username}})


@endpoint("POST /2/tweets", ("tweet.read", "tweet.write", "users.read"), limit_key="x_post_limit")
def create_tweet(request: Request, state: SimState, access: XAccessToken) -> Response:
    body = request.json
    if not isinstance(body, dict):
        return invalid_request("The request body must be a JSON object.")
    text = body.get("text") or ""
    media = body.get("media") or {}
    if not isinstance(text, str) or not isinstance(media, dict):
        return invalid_request("text must be a string and media an object.")
    media_ids = media.get("media_ids") or []
    if not isinstance(media_ids, list) or len(media_ids) > MAX_MEDIA_PER_TWEET:
        return invalid_request("Your media IDs are invalid.")
    items = []
    now = state.now()
    for media_id in media_ids:
        item = state.media.get(str(media_id))
        if (
            item is None
            or item.platform != "x"
            or item.account_id != access.user_id
            or item.created_at + X_MEDIA_TTL_S < now
        ):
            return invalid_request("Your media IDs are invalid.")
        items.append(item)
    # X counts and compares the NFC form.
    text = unicodedata.normalize("NFC", text)
    if not text and not items:
        return invalid_request("A post needs text or media.")
    weight = parse_tweet(text).weightedLength if text else 0
    if weight > MAX_TWEET_WEIGHT:
        return invalid_request(
            f"Tweet text is too long: weighted length {weight}, maximum {MAX_TWEET_WEIGHT}."
        )
    if state.blocked(access.user_id):
        return problem(403, "Forbidden", "Your account is temporarily locked.")
    if state.duplicate_of("x", access.user_id, text):
        return problem(403, "Forbidden", DUPLICATE_DETAIL)
    post = state.add_post(Post("x", access.user_id, state.x_id(), text, items, now))
    response = json_response(
        {"data": {"id": post.id, "text": post.text, "edit_history_tweet_ids": [post.id]}}, 201
    )
    response.created = True
    return response


@endpoint("DELETE /2/tweets/:id", ("tweet.read", "tweet.write", "users.read"))
def delete_tweet(request: Request, state: SimState, access: XAccessToken) -> Response:
    tweet_id = request.params["tweet_id"]
    post = state.posts_by_id.get(tweet_id)
    if post is None or post.platform != "x" or not post.live:
        return problem(404, "Not Found Error", f"Could not find tweet with id: [{tweet_id}].")
    if post.account_id != access.user_id:
        return problem(403, "Forbidden", "You are not allowed to delete this Tweet.")
    state.delete_post(post)
    return json_response({"data": {"deleted": True}})


@endpoint("GET /2/tweets/:id", ("tweet.read", "users.read"))
def get_tweet(request: Request, state: SimState, access: XAccessToken) -> Response:
    tweet_id = request.params["tweet_id"]
    post = state.posts_by_id.get(tweet_id)
    if post is None or post.platform != "x" or not post.live:
        return json_response({"errors": [not_found("tweet", tweet_id)]})
    return json_response({"data": tweet_data(post)})


def _parse_time(value: str) -> float:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a time zone is required")
    return moment.timestamp()


@endpoint("GET /2/users/:id/tweets", ("tweet.read", "users.read"))
def user_tweets(request: Request, state: SimState, access: XAccessToken) -> Response:
    user_id = request.params["user_id"]
    if state.x_user(user_id) is None:
        return json_response({"errors": [not_found("user", user_id)]})
    query = request.query
    try:
        max_results = int(query.get("max_results", "10"))
        start = _parse_time(query["start_time"]) if "start_time" in query else None
        end = _parse_time(query["end_time"]) if "end_time" in query else None
        offset = int(query.get("pagination_token", "0"))
    except (ValueError, KeyError):
        return invalid_request("max_results, start_time, end_time or pagination_token is invalid.")
    if not 5 <= max_results <= 100:
        return invalid_request("max_results must be between 5 and 100.")
    since_id = int(query.get("since_id", "0") or 0)
    posts = [
        post
        for post in state.visible_posts(user_id)
        if (start is None or post.created_at >= start)
        and (end is None or post.created_at < end)
        and int(post.id) > since_id
    ]
    page = posts[offset : offset + max_results]
    if not page:
        return json_response({"meta": {"result_count": 0}})
    meta: dict[str, Any] = {
        "result_count": len(page),
        "newest_id": page[0].id,
        "oldest_id": page[-1].id,
    }
    if offset + max_results < len(posts):
        meta["next_token"] = str(offset + max_results)
    return json_response({"data": [tweet_data(post) for post in page], "meta": meta})


@endpoint("POST /2/media/upload", ("media.write",))
def upload_media(request: Request, state: SimState, access: XAccessToken) -> Response:
    upload = request.files.get("media")
    data = upload.data if upload else None
    if data is None and "media_data" in request.form:
        try:
            data = base64.b64decode(request.form["media_data"], validate=True)
        except binascii.Error:
            return invalid_request("media_data is not valid base64.")
    if data is None:
        return invalid_request("A media file is required (multipart field `media`).")
    if request.form.get("media_category", "tweet_image") != "tweet_image":
        return invalid_request("Only media_category=tweet_image is simulated.")
    try:
        info = inspect_image(data, max_bytes=MAX_IMAGE_BYTES)
    except BadImage as exc:
        return invalid_request(f"The media could not be processed: {exc}.")
    media = state.new_media("x", access.user_id, info)
    return json_response(
        {
            "data": {
                "id": media.id,
                "media_key": f"3_{media.id}",
                "size": info.size,
                "expires_after_secs": X_MEDIA_TTL_S,
                "image": {"image_type": info.image_type, "w": info.w, "h": info.h},
            }
        }
    )


@endpoint("POST /2/media/metadata", ("media.write",))
def media_metadata(request: Request, state: SimState, access: XAccessToken) -> Response:
    body = request.json if isinstance(request.json, dict) else {}
    media = state.media.get(str(body.get("id", "")))
    alt = (body.get("metadata") or {}).get("alt_text") or {}
    text = alt.get("text") if isinstance(alt, dict) else None
    if media is None or media.platform != "x" or media.account_id != access.user_id:
        return invalid_request("Your media ID is invalid.")
    if not isinstance(text, str) or len(text) > MAX_ALT_TEXT:
        return invalid_request(f"metadata.alt_text.text must be at most {MAX_ALT_TEXT} characters.")
    media.alt_text = text
    return json_response({"data": {"associated_metadata": True, "id": media.id}})
