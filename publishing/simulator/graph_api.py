"""Facebook Graph API (Pages): the calls SocialCare makes, with Graph's error bodies.

Every handler runs with the state lock held (see server.py).
"""

from __future__ import annotations

import json
import math
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from publishing.simulator.images import BadImage, inspect_image
from publishing.simulator.messages import Request, Response, json_response
from publishing.simulator.state import (
    FB_APP_ID,
    FB_APP_SECRET,
    FB_USAGE_WINDOW_S,
    GRAPH_NEWEST_VERSION,
    GRAPH_OLDEST_LIVE_VERSION,
    FbToken,
    Post,
    SimState,
)
from publishing.simulator.tokens import page_token_for

VERSION = r"/v(?P<version>\d+\.\d+)"
APP_TOKEN = f"{FB_APP_ID}|{FB_APP_SECRET}"
MAX_PHOTO_BYTES = 10 * 1024 * 1024
PAGE_TASKS = ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"]
# Calls per hour for user and app tokens, for X-App-Usage.
APP_CALL_LIMIT = 10_000
WRITE_SCOPES = ("pages_manage_posts", "pages_read_engagement")

THROTTLE_MESSAGES = {
    4: "(#4) Application request limit reached",
    17: "(#17) User request limit reached",
    32: "(#32) Page request limit reached",
    613: "(#613) Calls to this api have exceeded the rate limit.",
    80001: (
        "(#80001) There have been too many calls to this Page account. Wait a bit and try again."
    ),
}
NOT_AS_PAGE = "(#200) Unpublished posts must be posted to a page as the page itself."
NEEDS_PAGE_PERMISSIONS = (
    "(#200) If posting to a page, requires both pages_read_engagement and "
    "pages_manage_posts as an admin with sufficient administrative permission"
)
NEEDS_READ_ENGAGEMENT = (
    "(#10) This endpoint requires the 'pages_read_engagement' permission or the "
    "'Page Public Content Access' feature."
)

TokenHandler = Callable[[Request, SimState, FbToken | None], Response]
Handler = Callable[[Request, SimState], Response]


def graph_error(
    status: int,
    code: int,
    message: str,
    *,
    subcode: int | None = None,
    error_type: str = "OAuthException",
    transient: bool = False,
    **extra: Any,
) -> Response:
    error: dict[str, Any] = {"message": message, "type": error_type, "code": code}
    if subcode is not None:
        error["error_subcode"] = subcode
    error["is_transient"] = transient
    error.update(extra)
    error["fbtrace_id"] = "Sim" + secrets.token_urlsafe(8)
    return json_response({"error": error}, status)


def unsupported(verb: str, object_id: str) -> Response:
    return graph_error(
        400,
        100,
        f"Unsupported {verb} request. Object with ID '{object_id}' does not exist, cannot be "
        "loaded due to missing permissions, or does not support this operation.",
        subcode=33,
        error_type="GraphMethodException",
    )


def server_error(status: int) -> Response:
    if status == 500:
        return graph_error(500, 1, "An unknown error has occurred.", transient=True)
    return graph_error(503, 2, "Service temporarily unavailable", transient=True)


def fb_time(timestamp: float) -> str:
    """Graph's timestamps: `2026-10-01T12:00:00+0000`."""
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


def served_version(requested: str) -> str:
    """An expired version is answered by the oldest live one, as Facebook does."""
    major, minor = (int(part) for part in requested.split("."))
    served = min(max((major, minor), GRAPH_OLDEST_LIVE_VERSION), GRAPH_NEWEST_VERSION)
    return f"v{served[0]}.{served[1]}"


# Tokens and usage.


def token_value(request: Request) -> str | None:
    return request.param("access_token") or request.bearer()


def resolve_token(state: SimState, value: str | None) -> FbToken | Response | None:
    """The caller's token (None for the app token), or the Graph error to answer."""
    if not value:
        return graph_error(400, 104, "An access token is required to request this resource.")
    if value == APP_TOKEN:
        return None
    token = state.fb_tokens.get(value)
    if token is None:
        return graph_error(400, 190, "Invalid OAuth access token - Cannot parse access token")
    if token.revoked:
        return graph_error(
            400,
            190,
            "Error validating access token: The session has been invalidated because the "
            "user changed their password or Facebook has changed the session for security "
            "reasons.",
            subcode=460,
        )
    now = state.now()
    if token.expires_at is not None and token.expires_at <= now:
        return graph_error(
            400,
            190,
            f"Error validating access token: Session has expired on {fb_time(token.expires_at)}. "
            f"The current time is {fb_time(now)}.",
            subcode=463,
        )
    return token


def _usage_figures(used: int, limit: int) -> dict[str, int]:
    percent = min(100, math.ceil(used * 100 / limit))
    return {"call_count": percent, "total_cputime": percent // 4, "total_time": percent // 3}


def page_usage_header(page_id: str, used: int, limit: int, regain_minutes: int) -> str:
    return json.dumps(
        {
            page_id: [
                {
                    "type": "pages",
                    **_usage_figures(used, limit),
                    "estimated_time_to_regain_access": regain_minutes,
                }
            ]
        }
    )


def record_usage(state: SimState, token: FbToken | None) -> tuple[dict[str, str], bool]:
    """Count one call; return the usage headers and whether the caller is throttled."""
    if token is not None and token.kind == "page" and token.page_id:
        limit = int(state.config["fb_page_call_limit"])
        window = state.consume(state.page_usage, token.page_id, limit, FB_USAGE_WINDOW_S)
        over = window.used > limit
        regain = math.ceil((window.reset_at - state.now()) / 60) if over else 0
        header = page_usage_header(token.page_id, window.used, limit, regain)
        return {"X-Business-Use-Case-Usage": header}, over
    window = state.consume(state.page_usage, "app", APP_CALL_LIMIT, FB_USAGE_WINDOW_S)
    return {"X-App-Usage": json.dumps(_usage_figures(window.used, APP_CALL_LIMIT))}, False


def throttled(request: Request, state: SimState) -> Response:
    """The rate_429 fault: the configured throttling code and a usage header saying so."""
    faults = state.faults.current()
    code = int(faults["graph_throttle_code"])
    response = graph_error(400, code, THROTTLE_MESSAGES[code], transient=True)
    token = state.fb_tokens.get(token_value(request) or "")
    if token is not None and token.kind == "page" and token.page_id:
        # Graph counts in whole minutes; under a minute it says 0 ("soon").
        reset_s = faults["rate_reset_s"]
        regain = math.ceil(reset_s / 60) if reset_s >= 60 else 0
        header = page_usage_header(token.page_id, 1, 1, regain)
        response.headers["X-Business-Use-Case-Usage"] = header
    else:
        response.headers["X-App-Usage"] = json.dumps(_usage_figures(1, 1))
    return response


def authenticated(handler: TokenHandler) -> Handler:
    """Resolve the token, count the call, answer code 32 when the Page is over its limit."""

    def wrapped(request: Request, state: SimState) -> Response:
        token = resolve_token(state, token_value(request))
        if isinstance(token, Response):
            return token
        headers, over = record_usage(state, token)
        if over:
            response = graph_error(400, 32, THROTTLE_MESSAGES[32], transient=True)
        else:
            response = handler(request, state, token)
        response.headers.update(headers)
        return response

    return wrapped


def _write_denied(token: FbToken | None, page_id: str) -> Response | None:
    if token is None or token.kind == "user":
        return graph_error(403, 200, NOT_AS_PAGE)
    if token.page_id != page_id or any(s not in token.scopes for s in WRITE_SCOPES):
        return graph_error(403, 200, NEEDS_PAGE_PERMISSIONS)
    return None


def _blocked(state: SimState, page_id: str) -> Response | None:
    if not state.blocked(page_id):
        return None
    return graph_error(
        400,
        368,
        "It looks like you were misusing this feature by going too fast. You've been "
        "temporarily blocked from using it.",
        subcode=1390008,
    )


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.lower() not in ("false", "0", "no")


def _attached_media(request: Request) -> list[str] | None:
    """`attached_media` as a JSON array string, or PHP-style `attached_media[0]` fields."""
    values: list[Any] = []
    raw = request.param("attached_media")
    if raw:
        try:
            parsed = json.loads(raw)
        except ValueError:
            return None
        values = parsed if isinstance(parsed, list) else [parsed]
    else:
        indexed = sorted(
            (key for key in {**request.query, **request.form} if key.startswith("attached_media[")),
        )
        for key in indexed:
            try:
                values.append(json.loads(request.param(key) or ""))
            except ValueError:
                return None
    ids = []
    for value in values:
        if not isinstance(value, dict) or "media_fbid" not in value:
            return None
        ids.append(str(value["media_fbid"]))
    return ids


def _duplicate() -> Response:
    return graph_error(
        400,
        506,
        "(#506) Duplicate status message",
        subcode=1455006,
        error_user_title="Duplicate Post",
        error_user_msg=(
            "This status update is identical to the last one you posted. Try posting "
            "something different, or delete your previous update."
        ),
    )


def _new_post_id(state: SimState, page_id: str) -> str:
    return f"{page_id}_{state.fb_id()}"


@authenticated
def create_feed_post(request: Request, state: SimState, token: FbToken | None) -> Response:
    page_id = request.params["page_id"]
    if state.fb_page(page_id) is None:
        return unsupported("post", page_id)
    if denied := _write_denied(token, page_id) or _blocked(state, page_id):
        return denied
    message = request.param("message") or ""
    link = request.param("link") or None
    published = _flag(request.param("published"), True)
    media_ids = _attached_media(request)
    if media_ids is None:
        return graph_error(400, 100, "(#100) param attached_media must be an array of objects")
    photos = []
    for index, media_id in enumerate(media_ids):
        photo = state.media.get(media_id)
        if (
            photo is None
            or photo.platform != "facebook"
            or photo.account_id != page_id
            or photo.published
            or photo.attached_to is not None
            or photo.deleted_at is not None
        ):
            return graph_error(
                400, 100, f"(#100) param attached_media[{index}] must be a valid unpublished photo"
            )
        photos.append(photo)
    if not message and not link and not photos:
        return graph_error(400, 100, "(#100) Missing message or attachment")
    if published and state.duplicate_of("facebook", page_id, message):
        return _duplicate()
    post = Post(
        "facebook",
        page_id,
        _new_post_id(state, page_id),
        message,
        photos,
        state.now(),
        link=link,
        published=published,
    )
    for photo in photos:
        photo.attached_to = post.id
    state.add_post(post)
    response = json_response({"id": post.id})
    response.created = published
    return response


@authenticated
def create_photo(request: Request, state: SimState, token: FbToken | None) -> Response:
    page_id = request.params["page_id"]
    if state.fb_page(page_id) is None:
        return unsupported("post", page_id)
    if denied := _write_denied(token, page_id) or _blocked(state, page_id):
        return denied
    source = request.files.get("source")
    url = request.param("url") or None
    if source is None and url is None:
        return graph_error(400, 324, "(#324) Requires upload file")
    info = None
    if source is not None:
        try:
            info = inspect_image(source.data, max_bytes=MAX_PHOTO_BYTES)
        except BadImage:
            return graph_error(
                400,
                100,
                "Sorry, the photos you uploaded are too big or in a format we don't support.",
                subcode=1366046,
            )
    published = _flag(request.param("published"), True)
    photo = state.new_media(
        "facebook",
        page_id,
        info,
        published=published,
        alt_text=request.param("alt_text_custom") or None,
        url=url if source is None else None,
    )
    if not published:
        return json_response({"id": photo.id})
    caption = request.param("caption") or request.param("message") or ""
    post = Post("facebook", page_id, _new_post_id(state, page_id), caption, [photo], state.now())
    photo.attached_to = post.id
    state.add_post(post)
    response = json_response({"id": photo.id, "post_id": post.id})
    response.created = True
    return response


def _post_fields(request: Request, post: Post) -> dict[str, Any]:
    requested = (request.param("fields") or "id,message,created_time").split(",")
    available: dict[str, Any] = {
        "id": post.id,
        "created_time": fb_time(post.created_at),
        "permalink_url": f"{request.base_url}/web/facebook/{post.id}",
        "is_published": post.published,
    }
    if post.text:
        available["message"] = post.text
    if post.link:
        available["link"] = post.link
    return {name: available[name] for name in ("id", *requested) if name in available}


def _parse_since(value: str) -> float:
    if value.lstrip("-").isdigit():
        return float(value)
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


@authenticated
def page_feed(request: Request, state: SimState, token: FbToken | None) -> Response:
    page_id = request.params["page_id"]
    if state.fb_page(page_id) is None:
        return unsupported("get", page_id)
    readable = token is not None and token.page_id == page_id
    if not readable or "pages_read_engagement" not in token.scopes:
        return graph_error(403, 10, NEEDS_READ_ENGAGEMENT)
    try:
        since = _parse_since(request.param("since") or "") if request.param("since") else None
        until = _parse_since(request.param("until") or "") if request.param("until") else None
        limit = min(int(request.param("limit") or 25), 100)
        offset = int(request.param("after") or 0)
    except ValueError:
        return graph_error(400, 100, "(#100) since, until, limit or after is invalid")
    posts = [
        post
        for post in state.visible_posts(page_id)
        if (since is None or post.created_at >= since)
        and (until is None or post.created_at <= until)
    ]
    page = posts[offset : offset + max(limit, 1)]
    body: dict[str, Any] = {"data": [_post_fields(request, post) for post in page]}
    if page:
        cursors = {"before": str(offset), "after": str(offset + len(page))}
        body["paging"] = {"cursors": cursors}
        if offset + len(page) < len(posts):
            body["paging"]["next"] = (
                f"{request.base_url}/v{request.params['version']}/{page_id}/feed"
                f"?after={offset + len(page)}&limit={limit}"
            )
    return json_response(body)


def _may_see(token: FbToken | None, page_id: str) -> bool:
    """Page tokens see their own Page; user and app tokens see public Page objects."""
    return token is None or token.kind == "user" or token.page_id == page_id


@authenticated
def get_object(request: Request, state: SimState, token: FbToken | None) -> Response:
    object_id = request.params["object_id"]
    if page := state.fb_page(object_id):
        return json_response({"id": page.id, "name": page.name, "category": page.category})
    post = state.posts_by_id.get(object_id)
    if (
        post is not None
        and post.platform == "facebook"
        and post.live
        and _may_see(token, post.account_id)
    ):
        return json_response(_post_fields(request, post))
    photo = state.media.get(object_id)
    if photo is not None and photo.platform == "facebook" and photo.deleted_at is None:
        data: dict[str, Any] = {"id": photo.id, "created_time": fb_time(photo.created_at)}
        if photo.alt_text:
            data["alt_text_custom"] = photo.alt_text
        return json_response(data)
    return unsupported("get", object_id)


@authenticated
def delete_object(request: Request, state: SimState, token: FbToken | None) -> Response:
    object_id = request.params["object_id"]
    post = state.posts_by_id.get(object_id)
    photo = state.media.get(object_id)
    if photo is not None and photo.platform == "facebook" and photo.deleted_at is None:
        if photo.attached_to is None:
            if token is None or token.page_id != photo.account_id:
                return graph_error(403, 200, NEEDS_PAGE_PERMISSIONS)
            photo.deleted_at = state.now()
            return json_response({"success": True})
        post = state.posts_by_id.get(photo.attached_to)
    if post is None or post.platform != "facebook" or not post.live:
        return unsupported("delete", object_id)
    if token is None or token.page_id != post.account_id:
        return graph_error(403, 200, NEEDS_PAGE_PERMISSIONS)
    state.delete_post(post)
    return json_response({"success": True})


@authenticated
def me(request: Request, state: SimState, token: FbToken | None) -> Response:
    if token is None:
        return graph_error(
            400,
            2500,
            "An active access token must be used to query information about the current user.",
        )
    if token.kind == "page" and (page := state.fb_page(token.page_id or "")):
        return json_response({"id": page.id, "name": page.name})
    user = state.fb_user(token.user_id)
    assert user is not None  # noqa: S101 - tokens are only issued to seeded users
    return json_response({"id": user.id, "name": user.name})


@authenticated
def me_accounts(request: Request, state: SimState, token: FbToken | None) -> Response:
    if token is None:
        return graph_error(
            400,
            2500,
            "An active access token must be used to query information about the current user.",
        )
    if token.kind == "page":
        return json_response({"data": []})
    if "pages_show_list" not in token.scopes:
        return graph_error(403, 200, "(#200) Requires the pages_show_list permission")
    user = state.fb_user(token.user_id)
    assert user is not None  # noqa: S101 - tokens are only issued to seeded users
    data = []
    for page_id in user.page_ids:
        page = state.fb_page(page_id)
        assert page is not None  # noqa: S101 - seeded
        item: dict[str, Any] = {
            "id": page.id,
            "name": page.name,
            "category": page.category,
            "tasks": PAGE_TASKS,
        }
        # A Page left unticked in the login dialog comes back without a token.
        if page_id in token.page_ids:
            item["access_token"] = page_token_for(state, token, page_id).token
        data.append(item)
    cursors = {"before": data[0]["id"], "after": data[-1]["id"]} if data else {}
    return json_response({"data": data, "paging": {"cursors": cursors}})
