"""Connect the platform simulator's accounts without a browser (demo, benchmark, tests).

It goes through the same OAuth endpoints as an Admin does — authorize (the simulator's
consent form, answered "allow"), code exchange with PKCE, Facebook's long-lived token
and page tokens — so the tokens stored are real simulator tokens.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import parse_qs, urlsplit, urlunsplit

import requests
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from publishing.adapters import facebook, x
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


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def connect_x(user_id: str, *, actor=None) -> ConnectedAccount:
    verifier, challenge = _pkce()
    state = secrets.token_urlsafe(16)
    url = x.authorize_url(state=state, code_challenge=challenge, redirect_uri=REDIRECT_URI)
    reply = _consent(url, {"decision": "allow", "user_id": user_id})
    tokens = x.exchange_code(code=reply["code"], code_verifier=verifier, redirect_uri=REDIRECT_URI)
    me = x.fetch_me(tokens.access_token)
    with transaction.atomic():
        account, _ = ConnectedAccount.objects.select_for_update().get_or_create(
            platform=Platform.X,
            external_id=me.external_id,
            defaults={"name": me.name, "connected_by": actor},
        )
        account.name, account.handle = me.name, me.handle
        account.access_token, account.refresh_token = tokens.access_token, tokens.refresh_token
        account.token_expires_at = tokens.expires_at
        account.scopes = tokens.scopes
        account.state = ConnectedAccount.State.ACTIVE
        account.last_success_at = timezone.now()
        account.save()
    return account


def connect_facebook_pages(page_ids: list[str], *, actor=None) -> list[ConnectedAccount]:
    state = secrets.token_urlsafe(16)
    url = facebook.dialog_url(state=state, redirect_uri=REDIRECT_URI)
    reply = _consent(url, {"decision": "continue", "page_id": page_ids})
    short = facebook.exchange_code(code=reply["code"], redirect_uri=REDIRECT_URI)
    long_lived = facebook.exchange_long_lived(short.access_token)
    accounts = []
    for page in facebook.list_pages(long_lived.access_token):
        if page.external_id not in page_ids or not page.access_token:
            continue
        with transaction.atomic():
            account, _ = ConnectedAccount.objects.select_for_update().get_or_create(
                platform=Platform.FACEBOOK,
                external_id=page.external_id,
                defaults={"name": page.name, "connected_by": actor},
            )
            account.name = page.name
            account.access_token = page.access_token
            account.scopes = settings.FACEBOOK_SCOPES
            account.state = ConnectedAccount.State.ACTIVE
            account.last_success_at = timezone.now()
            account.save()
        accounts.append(account)
    return accounts


def connect_simulated_accounts(
    *,
    x_users: tuple[str, ...] = ("2244994945", "2244994946"),
    pages: tuple[str, ...] = ("200000000000001", "200000000000002"),
    actor=None,
) -> list[ConnectedAccount]:
    """The simulator's seeded X users and Facebook Pages, connected."""
    accounts = [connect_x(user_id, actor=actor) for user_id in x_users]
    if pages:
        accounts += connect_facebook_pages(list(pages), actor=actor)
    return accounts
