"""Connect the platform simulator's accounts without a browser (demo, benchmark, tests).

It goes through the same OAuth endpoints as an Admin does — authorize (the simulator's
consent form, answered "allow"), code exchange with PKCE, Facebook's long-lived token
and page tokens — so the tokens stored are real simulator tokens.
"""

from __future__ import annotations

import secrets
from urllib.parse import parse_qs, urlsplit, urlunsplit

import requests
from django.conf import settings

from publishing import accounts
from publishing.adapters import facebook, x
from publishing.adapters.base import TokenSet
from publishing.models import ConnectedAccount
from socialcare.lib.platforms import Platform

REDIRECT_URI = "http://127.0.0.1/publishing/accounts/callback/"


def _consent(url: str, answer: dict[str, str | list[str]]) -> dict[str, str]:
    """Answer a consent page the way a person would; returns the callback's query."""
    parts = urlsplit(url)
    fields = {k: v[0] for k, v in parse_qs(parts.query).items()}
    action = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
    response = requests.post(
        action,
        data={**fields, **answer},
        allow_redirects=False,
        timeout=settings.PLATFORM_TIMEOUT_SECONDS,
    )
    location = response.headers.get("Location", "")
    if response.status_code != 302 or not location:
        raise RuntimeError(f"consent page answered {response.status_code}")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def connect_x(user_id: str, *, actor=None) -> ConnectedAccount:
    verifier, challenge = accounts.pkce_pair()
    state = secrets.token_urlsafe(16)
    url = x.authorize_url(state=state, code_challenge=challenge, redirect_uri=REDIRECT_URI)
    reply = _consent(url, {"decision": "allow", "user_id": user_id})
    tokens = x.exchange_code(code=reply["code"], code_verifier=verifier, redirect_uri=REDIRECT_URI)
    me = x.fetch_me(tokens.access_token)
    return accounts.save_connection(
        actor=actor,
        platform=Platform.X,
        external_id=me.external_id,
        name=me.name,
        handle=me.handle,
        tokens=tokens,
    )


def connect_facebook_pages(page_ids: list[str], *, actor=None) -> list[ConnectedAccount]:
    state = secrets.token_urlsafe(16)
    url = facebook.dialog_url(state=state, redirect_uri=REDIRECT_URI)
    reply = _consent(url, {"decision": "continue", "page_id": page_ids})
    short = facebook.exchange_code(code=reply["code"], redirect_uri=REDIRECT_URI)
    long_lived = facebook.exchange_long_lived(short.access_token)
    return [
        accounts.save_connection(
            actor=actor,
            platform=Platform.FACEBOOK,
            external_id=page.external_id,
            name=page.name,
            handle="",
            tokens=TokenSet(page.access_token, "", None, long_lived.scopes),
        )
        for page in facebook.list_pages(long_lived.access_token)
        if page.external_id in page_ids and page.access_token
    ]


def connect_simulated_accounts(
    *,
    x_users: tuple[str, ...] = ("2244994945", "2244994946"),
    pages: tuple[str, ...] = ("200000000000001", "200000000000002"),
    actor=None,
) -> list[ConnectedAccount]:
    """The simulator's seeded X users and Facebook Pages, connected."""
    connected = [connect_x(user_id, actor=actor) for user_id in x_users]
    if pages:
        connected += connect_facebook_pages(list(pages), actor=actor)
    return connected
