"""Minting tokens: shared by the OAuth endpoints, /me/accounts and /_sim/tokens/issue."""

from __future__ import annotations

from typing import Any

from publishing.simulator.state import (
    FB_LONG_TOKEN_TTL_S,
    FB_SCOPES,
    FB_SHORT_TOKEN_TTL_S,
    FB_USERS,
    X_CLIENT_ID,
    X_SCOPES,
    FbToken,
    SimState,
    XAccessToken,
    XRefreshToken,
)


def issue_x_pair(
    state: SimState, *, user_id: str, scopes: tuple[str, ...], client_id: str = X_CLIENT_ID
) -> tuple[str, str | None]:
    """A new access token, and a refresh token when `offline.access` was granted."""
    ttl = float(state.config["x_access_ttl"])
    access = XAccessToken(state.token(), user_id, scopes, state.now() + ttl)
    state.x_access[access.token] = access
    refresh = None
    if "offline.access" in scopes:
        refresh = XRefreshToken(state.token(), user_id, client_id, scopes)
        state.x_refresh[refresh.token] = refresh
    return access.token, refresh.token if refresh else None


def x_token_body(state: SimState, access_token: str, refresh_token: str | None) -> dict[str, Any]:
    access = state.x_access[access_token]
    body: dict[str, Any] = {
        "token_type": "bearer",
        "expires_in": max(round(access.expires_at - state.now()), 0),
        "access_token": access_token,
        "scope": " ".join(access.scopes),
    }
    if refresh_token:
        body["refresh_token"] = refresh_token
    return body


def issue_fb_user_token(
    state: SimState,
    *,
    user_id: str,
    scopes: tuple[str, ...],
    page_ids: tuple[str, ...],
    long_lived: bool,
) -> FbToken:
    now = state.now()
    ttl = FB_LONG_TOKEN_TTL_S if long_lived else FB_SHORT_TOKEN_TTL_S
    token = FbToken(
        token=state.token("EAAsim"),
        kind="user",
        user_id=user_id,
        scopes=scopes,
        page_ids=page_ids,
        issued_at=now,
        expires_at=now + ttl,
        long_lived=long_lived,
    )
    state.fb_tokens[token.token] = token
    return token


def page_token_for(state: SimState, user_token: FbToken, page_id: str) -> FbToken:
    """The Page's token as /me/accounts gives it: stable per user token and Page.

    From a long-lived user token it never expires; from a short-lived one it expires
    with it (so a client that skips the fb_exchange_token step finds out).
    """
    key = (user_token.token, page_id)
    existing = state.fb_tokens.get(state.fb_page_tokens.get(key, ""))
    if existing is not None and not existing.revoked:
        return existing
    token = FbToken(
        token=state.token("EAAsimPage"),
        kind="page",
        user_id=user_token.user_id,
        scopes=user_token.scopes,
        page_ids=user_token.page_ids,
        issued_at=state.now(),
        expires_at=None if user_token.long_lived else user_token.expires_at,
        page_id=page_id,
        long_lived=user_token.long_lived,
    )
    state.fb_tokens[token.token] = token
    state.fb_page_tokens[key] = token.token
    return token


def issue_for_account(
    state: SimState, account_id: str, scopes: tuple[str, ...] | None = None
) -> dict[str, Any] | None:
    """Tokens for a seeded account without the consent screens (tests, demo seeding)."""
    if state.x_user(account_id):
        granted = scopes or tuple(sorted(X_SCOPES - {"like.read"}))
        access, refresh = issue_x_pair(state, user_id=account_id, scopes=granted)
        return {"platform": "x", **x_token_body(state, access, refresh)}
    granted = scopes or tuple(sorted(FB_SCOPES))
    if user := state.fb_user(account_id):
        token = issue_fb_user_token(
            state, user_id=user.id, scopes=granted, page_ids=user.page_ids, long_lived=True
        )
        return {"platform": "facebook", "access_token": token.token, "token_type": "bearer"}
    if state.fb_page(account_id):
        user = next(u for u in FB_USERS if account_id in u.page_ids)
        user_token = issue_fb_user_token(
            state, user_id=user.id, scopes=granted, page_ids=user.page_ids, long_lived=True
        )
        page_token = page_token_for(state, user_token, account_id)
        return {
            "platform": "facebook",
            "access_token": page_token.token,
            "user_access_token": user_token.token,
            "token_type": "bearer",
        }
    return None
