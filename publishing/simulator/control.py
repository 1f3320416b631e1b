"""The control endpoints under /_sim/: faults, configuration, clock, tokens, the record.

Never subject to faults. Every handler runs with the state lock held (see server.py).
"""

from __future__ import annotations

from typing import Any

from publishing.simulator.messages import Request, Response, json_response
from publishing.simulator.pages import permalink
from publishing.simulator.state import Post, SimState, iso_utc
from publishing.simulator.tokens import issue_for_account


def _error(message: str, status: int = 400) -> Response:
    return json_response({"error": message}, status)


def _body(request: Request) -> dict[str, Any] | None:
    body = request.json
    if body is None and not request.body:
        return {}
    return body if isinstance(body, dict) else None


def reset(request: Request, state: SimState) -> Response:
    state.reset()
    return json_response({"reset": True})


def faults(request: Request, state: SimState) -> Response:
    if request.method == "GET":
        return json_response(state.faults.current())
    body = _body(request)
    if body is None:
        return _error("send a JSON object")
    try:
        return json_response(state.faults.update(body))
    except ValueError as exc:
        return _error(str(exc))


def config(request: Request, state: SimState) -> Response:
    if request.method == "POST":
        body = _body(request)
        if body is None:
            return _error("send a JSON object")
        try:
            state.configure(body)
        except ValueError as exc:
            return _error(str(exc))
    return json_response(state.config)


def clock(request: Request, state: SimState) -> Response:
    if request.method == "POST":
        body = _body(request) or {}
        advance = body.get("advance")
        if not isinstance(advance, int | float) or isinstance(advance, bool) or advance < 0:
            return _error("advance must be a number of seconds >= 0 (the clock never goes back)")
        state.advance_clock(float(advance))
    return json_response({"now": iso_utc(state.now()), "offset_s": state.clock_offset})


def _account_id(request: Request) -> str | None:
    body = _body(request) or {}
    value = body.get("account_id")
    return str(value) if isinstance(value, str | int) and not isinstance(value, bool) else None


def invalidate_tokens(request: Request, state: SimState) -> Response:
    account_id = _account_id(request)
    if account_id is None or not state.known_account(account_id):
        return _error("account_id must name a simulated account", 404)
    return json_response({"account_id": account_id, "invalidated": state.invalidate(account_id)})


def issue_tokens(request: Request, state: SimState) -> Response:
    account_id = _account_id(request)
    scopes = (_body(request) or {}).get("scopes")
    if isinstance(scopes, str):
        scopes = scopes.split()
    if scopes is not None and not (
        isinstance(scopes, list) and all(isinstance(s, str) for s in scopes)
    ):
        return _error("scopes must be a list of strings")
    issued = issue_for_account(state, account_id or "", tuple(scopes) if scopes else None)
    if issued is None:
        return _error("account_id must name a simulated account", 404)
    return json_response(issued)


def post_record(post: Post, state: SimState, base_url: str) -> dict[str, Any]:
    user = state.x_user(post.account_id)
    return {
        "platform": post.platform,
        "account_id": post.account_id,
        "id": post.id,
        "text": post.text,
        "media": [media.record() for media in post.media],
        "link": post.link,
        "published": post.published,
        "created_at": iso_utc(post.created_at),
        "deleted_at": iso_utc(post.deleted_at) if post.deleted_at is not None else None,
        "permalink": base_url + permalink(post, user.username if user else None),
    }


def posts(request: Request, state: SimState) -> Response:
    platform = request.query.get("platform")
    account_id = request.query.get("account_id")
    return json_response(
        [
            post_record(post, state, request.base_url)
            for post in state.posts
            if (platform is None or post.platform == platform)
            and (account_id is None or post.account_id == account_id)
        ]
    )


def stats(request: Request, state: SimState) -> Response:
    return json_response(
        {
            "calls": dict(sorted(state.calls.items())),
            "faults": dict(sorted(state.fault_counts.items())),
            "posts": len(state.posts),
        }
    )
