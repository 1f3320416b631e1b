"""Connected accounts: connecting through OAuth, keeping X tokens fresh, and health.

Connecting is two requests apart (we send the Admin to the platform; the platform sends
them back with a code), so what ties them together lives in the server-side session:
the OAuth `state`, X's PKCE verifier and the exact redirect URI, single use and valid
for STATE_TTL. Facebook's list of Pages (with their page tokens, encrypted) waits there
too while the Admin picks which ones to connect.

Tokens are secrets: they go into ConnectedAccount's encrypted fields and nowhere else,
never into logs, messages, audit data or pages.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone

from compliance import audit
from publishing.adapters import adapter_for, facebook, x
from publishing.adapters.base import PageInfo, PlatformError, TokenSet
from publishing.models import ConnectedAccount
from socialcare.lib import crypto
from socialcare.lib.platforms import Platform
from socialcare.notifications import notify

log = logging.getLogger(__name__)

STATE_TTL = dt.timedelta(minutes=10)
SESSION_FLOWS = "publishing.oauth_flows"
SESSION_PAGES = "publishing.facebook_pages"
# Without these the account cannot post, or stops working when the first access token
# expires two hours later (no refresh token without offline.access).
X_REQUIRED_SCOPES = ("tweet.write", "offline.access")

NOT_GRANTED = (
    "This Page was not granted to SocialCare in the Facebook dialog; connect again and select it."
)


class ConnectError(Exception):
    """Connecting did not work; the message says why, in plain language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadState(ConnectError):
    """The callback does not belong to a flow this session started (or it expired)."""


@dataclass(frozen=True)
class PageChoice:
    """A Page offered in the picker: never its token, only whether there is one."""

    external_id: str
    name: str
    granted: bool
    connected: bool


# --- Access -----------------------------------------------------------------------------


def get_account_for_user(
    user: AbstractBaseUser, pk: int, *, write: bool = False
) -> ConnectedAccount:
    perm = "publishing.manage_accounts" if write else "publishing.view_connectedaccount"
    if not user.has_perm(perm):
        raise PermissionDenied
    return get_object_or_404(ConnectedAccount, pk=pk)


def missing_configuration() -> dict[str, list[str]]:
    """Per platform, the settings an operator still has to set before connecting."""
    missing = {
        Platform.X.label: [
            name for name in ("X_CLIENT_ID", "X_CLIENT_SECRET") if not getattr(settings, name)
        ],
        Platform.FACEBOOK.label: [
            name
            for name in ("FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET")
            if not getattr(settings, name)
        ],
    }
    return {label: names for label, names in missing.items() if names}


def accounts_needing_attention() -> QuerySet[ConnectedAccount]:
    """For the Admin dashboard: accounts whose publications are held until reconnected."""
    return ConnectedAccount.objects.filter(state=ConnectedAccount.State.NEEDS_RECONNECT)


# --- The OAuth round trip ---------------------------------------------------------------


def _callback_uri(request: HttpRequest, name: str) -> str:
    return request.build_absolute_uri(reverse(name))


def _begin_flow(request: HttpRequest, platform: str, **extra: str) -> str:
    flows = _live_flows(request)
    state = secrets.token_urlsafe(32)
    expires = timezone.now() + STATE_TTL
    flows[state] = {"platform": platform, "expires": expires.timestamp(), **extra}
    request.session[SESSION_FLOWS] = flows
    return state


def _live_flows(request: HttpRequest) -> dict[str, dict[str, Any]]:
    now = timezone.now().timestamp()
    flows = request.session.get(SESSION_FLOWS, {})
    return {state: flow for state, flow in flows.items() if flow["expires"] > now}


def _take_flow(request: HttpRequest, platform: str, state: str) -> dict[str, Any]:
    """The flow `state` names, removed from the session: a state works once."""
    flows = request.session.get(SESSION_FLOWS, {})
    flow = flows.pop(state, None) if state else None
    request.session[SESSION_FLOWS] = flows
    label = Platform(platform).label
    if flow is None or flow["platform"] != platform:
        raise BadState(
            f"This answer from {label} does not match a connection started from this "
            "browser, or it was already used. Start again from Accounts."
        )
    if flow["expires"] <= timezone.now().timestamp():
        raise BadState(
            f"The connection to {label} took longer than {STATE_TTL.seconds // 60} minutes "
            "and expired. Start again from Accounts."
        )
    return flow


def _refusal(platform: str, error: str) -> ConnectError:
    label = Platform(platform).label
    if error == "access_denied":
        return ConnectError(f"The connection was cancelled on {label}: nothing was connected.")
    return ConnectError(f"{label} did not allow the connection (its answer: {error[:60]}).")


def _not_completed(platform: str, exc: PlatformError) -> ConnectError:
    label = Platform(platform).label
    if exc.reconnect:
        # The adapters word these for an account that was connected; here, the sign-in
        # code itself was refused (used twice, too old, or for another redirect).
        return ConnectError(
            f"{label} did not accept the sign-in (code {exc.code}). Start again from Accounts."
        )
    return ConnectError(f"{label} did not complete the connection: {exc.message}")


def _require_configured(platform: str) -> None:
    label = Platform(platform).label
    missing = missing_configuration().get(label)
    if missing:
        raise ConnectError(
            f"{label} is not configured: set {' and '.join(missing)} (see docs/deployment.md)."
        )


def pkce_pair() -> tuple[str, str]:
    """A PKCE code verifier and its S256 challenge (RFC 7636)."""
    verifier = secrets.token_urlsafe(64)  # 86 characters: RFC 7636 allows 43 to 128
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
    return verifier, challenge


# --- X ----------------------------------------------------------------------------------


def start_x_connect(request: HttpRequest) -> str:
    """Where to send the Admin to authorise SocialCare on X (OAuth 2.0 with PKCE)."""
    _require_configured(Platform.X)
    verifier, challenge = pkce_pair()
    redirect_uri = _callback_uri(request, "publishing:x_callback")
    state = _begin_flow(request, Platform.X, verifier=verifier, redirect_uri=redirect_uri)
    return x.authorize_url(state=state, code_challenge=challenge, redirect_uri=redirect_uri)


def finish_x_connect(
    request: HttpRequest, *, state: str, code: str | None = None, error: str | None = None
) -> ConnectedAccount:
    flow = _take_flow(request, Platform.X, state)
    if error or not code:
        raise _refusal(Platform.X, error or "no code")
    try:
        tokens = x.exchange_code(
            code=code, code_verifier=flow["verifier"], redirect_uri=flow["redirect_uri"]
        )
        _check_x_scopes(tokens)
        me = x.fetch_me(tokens.access_token)
    except PlatformError as exc:
        raise _not_completed(Platform.X, exc) from None
    return save_connection(
        actor=request.user,
        request=request,
        platform=Platform.X,
        external_id=me.external_id,
        name=me.name,
        handle=me.handle,
        tokens=tokens,
    )


def _check_x_scopes(tokens: TokenSet) -> None:
    granted = set(tokens.scopes.split())
    missing = [scope for scope in X_REQUIRED_SCOPES if scope not in granted]
    if granted and missing:
        raise ConnectError(
            f"X did not grant {', '.join(missing)}, which SocialCare needs. Connect again "
            "and allow every permission asked for."
        )


# --- Facebook ---------------------------------------------------------------------------


def start_facebook_connect(request: HttpRequest) -> str:
    """Where to send the Admin to log in with Facebook and choose Pages."""
    _require_configured(Platform.FACEBOOK)
    redirect_uri = _callback_uri(request, "publishing:facebook_callback")
    state = _begin_flow(request, Platform.FACEBOOK, redirect_uri=redirect_uri)
    return facebook.dialog_url(state=state, redirect_uri=redirect_uri)


def finish_facebook_connect(
    request: HttpRequest, *, state: str, code: str | None = None, error: str | None = None
) -> list[PageInfo]:
    """The Pages the Admin manages; kept (tokens encrypted) for `connect_pages`."""
    flow = _take_flow(request, Platform.FACEBOOK, state)
    if error or not code:
        raise _refusal(Platform.FACEBOOK, error or "no code")
    try:
        short = facebook.exchange_code(code=code, redirect_uri=flow["redirect_uri"])
        # Page tokens listed with a long-lived user token do not expire; with a
        # short-lived one they would die with it, within two hours.
        long = facebook.exchange_long_lived(short.access_token)
        pages = facebook.list_pages(long.access_token)
    except PlatformError as exc:
        raise _not_completed(Platform.FACEBOOK, exc) from None
    request.session[SESSION_PAGES] = {
        "expires": (timezone.now() + STATE_TTL).timestamp(),
        "scopes": long.scopes or short.scopes,
        "pages": [
            {
                "id": page.external_id,
                "name": page.name,
                "token": crypto.encrypt(page.access_token.encode()).decode()
                if page.access_token
                else "",
                "tasks": list(page.tasks),
            }
            for page in pages
        ],
    }
    return pages


def _pending_pages(request: HttpRequest) -> dict[str, Any]:
    pending = request.session.get(SESSION_PAGES)
    if not pending or pending["expires"] <= timezone.now().timestamp():
        raise BadState(
            "There is no list of Facebook Pages waiting, or it expired after "
            f"{STATE_TTL.seconds // 60} minutes. Connect Facebook Pages again."
        )
    return pending


def page_choices(request: HttpRequest) -> list[PageChoice]:
    """The Pages Facebook listed for the picker, and which are already connected."""
    pages = _pending_pages(request)["pages"]
    connected = set(
        ConnectedAccount.objects.filter(
            platform=Platform.FACEBOOK,
            state=ConnectedAccount.State.ACTIVE,
            external_id__in=[p["id"] for p in pages],
        ).values_list("external_id", flat=True)
    )
    return [
        PageChoice(p["id"], p["name"], granted=bool(p["token"]), connected=p["id"] in connected)
        for p in pages
    ]


def connect_pages(request: HttpRequest, page_ids: Iterable[str]) -> list[ConnectedAccount]:
    """Connect the chosen Pages, all or none: any Page that cannot be connected refuses."""
    pending = _pending_pages(request)
    offered = {page["id"]: page for page in pending["pages"]}
    chosen = list(dict.fromkeys(page_ids))
    if not chosen:
        raise ConnectError("Choose at least one Page to connect.")
    for page_id in chosen:
        page = offered.get(page_id)
        if page is None:
            raise ConnectError(
                "That Page was not in the list Facebook gave; connect Facebook Pages again."
            )
        if not page["token"]:
            raise ConnectError(f"{page['name']}: {NOT_GRANTED}")
    accounts = []
    with transaction.atomic():
        for page_id in chosen:
            page = offered[page_id]
            token = crypto.decrypt(page["token"].encode()).decode()
            accounts.append(
                save_connection(
                    actor=request.user,
                    request=request,
                    platform=Platform.FACEBOOK,
                    external_id=page_id,
                    name=page["name"],
                    handle="",
                    tokens=TokenSet(token, "", None, pending["scopes"]),
                )
            )
    del request.session[SESSION_PAGES]
    return accounts


# --- Saving a connection ----------------------------------------------------------------


def save_connection(
    *,
    actor: AbstractBaseUser | None,
    request: HttpRequest | None = None,
    platform: str,
    external_id: str,
    name: str,
    handle: str,
    tokens: TokenSet,
) -> ConnectedAccount:
    """Create the account, or bring an existing one back to life with the new tokens."""
    with transaction.atomic():
        account = (
            ConnectedAccount.objects.select_for_update()
            .filter(platform=platform, external_id=external_id)
            .first()
        )
        previous = account.state if account else None
        account = account or ConnectedAccount(platform=platform, external_id=external_id)
        account.name = name[:200]
        account.handle = handle[:100]
        account.access_token = tokens.access_token
        account.refresh_token = tokens.refresh_token
        account.token_expires_at = tokens.expires_at
        # X lists scopes with spaces, Facebook with commas: show them one way.
        account.scopes = " ".join(tokens.scopes.replace(",", " ").split())[:500]
        account.state = ConnectedAccount.State.ACTIVE
        account.rate_limited_until = None
        account.last_error = account.last_error_code = ""
        account.last_error_at = None
        account.last_success_at = timezone.now()
        account.connected_by = actor
        account.connected_at = timezone.now()
        account.save()
        audit.record(
            "publishing.account.connected",
            actor=actor,
            obj=account,
            request=request,
            data={
                "platform": platform,
                "external_id": external_id,
                "previous_state": previous or "",
            },
        )
    return account


# --- Token refresh ----------------------------------------------------------------------


def _expires_soon(account: ConnectedAccount) -> bool:
    if account.token_expires_at is None:
        return False
    margin = dt.timedelta(seconds=settings.X_TOKEN_REFRESH_MARGIN_SECONDS)
    return account.token_expires_at <= timezone.now() + margin


def ensure_fresh_token(account: ConnectedAccount) -> ConnectedAccount:
    """The account with an access token that outlives the refresh margin.

    X refresh tokens rotate: the old one dies when the new pair is issued, so two
    processes refreshing at once would leave one of them (and maybe us) with a dead
    token. One refresh at a time per account: the row is locked (on SQLite, IMMEDIATE
    transactions take the database's write lock, which serialises the same way) and
    re-read, and a process that waited finds the fresh token and does nothing. The new
    pair is stored in the same short transaction. Call this outside any transaction.

    A refresh the platform refuses for good marks the account needs_reconnect (the
    Admins are told) and raises the PlatformError; a transient failure just raises.
    """
    if account.platform != Platform.X or not _expires_soon(account):
        return account
    failure: PlatformError | None = None
    with transaction.atomic():
        locked = ConnectedAccount.objects.select_for_update().get(pk=account.pk)
        if locked.state != ConnectedAccount.State.ACTIVE or not _expires_soon(locked):
            return locked
        try:
            tokens = adapter_for(locked).refresh()
        except PlatformError as exc:
            if not exc.reconnect:
                raise
            _mark_needs_reconnect(locked, exc)
            failure = exc
        else:
            if tokens is not None:
                locked.access_token = tokens.access_token
                # Platforms may keep the refresh token; X always sends a new one.
                if tokens.refresh_token:
                    locked.refresh_token = tokens.refresh_token
                locked.token_expires_at = tokens.expires_at
                locked.scopes = tokens.scopes[:500] or locked.scopes
                locked.save(
                    update_fields=[
                        "access_token_encrypted",
                        "refresh_token_encrypted",
                        "token_expires_at",
                        "scopes",
                        "updated_at",
                    ]
                )
                log.info("refreshed the tokens of account %s", locked.pk)
    if failure is not None:
        raise failure
    return locked


def refresh_expiring_tokens() -> int:
    """Refresh every active X account near expiry (periodic task). Returns how many."""
    margin = dt.timedelta(seconds=settings.X_TOKEN_REFRESH_MARGIN_SECONDS)
    due = ConnectedAccount.objects.filter(
        platform=Platform.X,
        state=ConnectedAccount.State.ACTIVE,
        token_expires_at__lte=timezone.now() + margin,
    ).values_list("pk", flat=True)
    refreshed = 0
    for pk in list(due):
        account = ConnectedAccount.objects.get(pk=pk)
        try:
            fresh = ensure_fresh_token(account)
        except PlatformError as exc:
            log.warning("refreshing account %s failed: %r", pk, exc)
            continue
        refreshed += fresh.token_expires_at != account.token_expires_at
    return refreshed


# --- Health -----------------------------------------------------------------------------


def _admins() -> QuerySet:
    return get_user_model().objects.with_perm("publishing.manage_accounts")


def mark_needs_reconnect(account: ConnectedAccount, error: PlatformError) -> ConnectedAccount:
    """The platform no longer accepts the account's tokens: hold it until reconnected."""
    with transaction.atomic():
        locked = ConnectedAccount.objects.select_for_update().get(pk=account.pk)
        _mark_needs_reconnect(locked, error)
    return locked


def _mark_needs_reconnect(account: ConnectedAccount, error: PlatformError) -> None:
    """Within the caller's transaction, on a locked row."""
    _set_error(account, error)
    fields = ["last_error", "last_error_code", "last_error_at", "updated_at"]
    if account.state != ConnectedAccount.State.ACTIVE:
        # Already waiting for a reconnect (the Admins were told) or disconnected.
        account.save(update_fields=fields)
        return
    account.state = ConnectedAccount.State.NEEDS_RECONNECT
    account.save(update_fields=[*fields, "state"])
    audit.record(
        "publishing.account.needs_reconnect",
        obj=account,
        actor_label="system",
        data={"platform": account.platform, "code": error.code},
    )
    notify(
        users=_admins(),
        message=f"{account} needs reconnecting: {error.message} Publications to it are held.",
        url=reverse("publishing:account", args=[account.pk]),
    )


def _set_error(account: ConnectedAccount, error: PlatformError) -> None:
    account.last_error = error.message[:300]
    account.last_error_code = error.code[:40]
    account.last_error_at = timezone.now()


# Health shows the last successful call to the minute; writing it on every post would
# make the account's row a hot spot under load.
SUCCESS_RECORD_INTERVAL = dt.timedelta(seconds=30)


def record_success(account: ConnectedAccount) -> None:
    now = timezone.now()
    stale = (
        Q(last_success_at__isnull=True)
        | Q(last_success_at__lt=now - SUCCESS_RECORD_INTERVAL)
        | Q(last_error_at__gte=F("last_success_at"))  # the last word must be the success
    )
    ConnectedAccount.objects.filter(stale, pk=account.pk).update(last_success_at=now)


def record_error(account: ConnectedAccount, error: PlatformError) -> None:
    if error.reconnect:
        mark_needs_reconnect(account, error)
        return
    _set_error(account, error)
    account.save(update_fields=["last_error", "last_error_code", "last_error_at", "updated_at"])


def check_account(
    account: ConnectedAccount, *, actor: AbstractBaseUser | None = None
) -> ConnectedAccount:
    """Ask the platform now whether the account works, and record the answer.

    Raises the PlatformError after recording it. An account waiting for a reconnect
    whose tokens work again (the platform's refusal was a blip) becomes active.
    """
    if account.state == ConnectedAccount.State.DISCONNECTED:
        raise ConnectError("This account is disconnected: connect it again to use it.")
    account = ensure_fresh_token(account)
    try:
        me = adapter_for(account).verify()
    except PlatformError as exc:
        record_error(account, exc)
        raise
    with transaction.atomic():
        locked = ConnectedAccount.objects.select_for_update().get(pk=account.pk)
        # Renamed on the platform since it was connected: show the current name.
        locked.name = me.name[:200] or locked.name
        locked.handle = me.handle[:100] if locked.platform == Platform.X else locked.handle
        locked.last_success_at = timezone.now()
        if locked.state == ConnectedAccount.State.NEEDS_RECONNECT:
            locked.state = ConnectedAccount.State.ACTIVE
            audit.record(
                "publishing.account.restored",
                actor=actor,
                actor_label="" if actor else "system",
                obj=locked,
                data={"platform": locked.platform},
            )
        locked.save(update_fields=["name", "handle", "last_success_at", "state", "updated_at"])
    return locked


def disconnect(
    account: ConnectedAccount, actor: AbstractBaseUser, *, request: HttpRequest | None = None
) -> ConnectedAccount:
    """Stop using the account and forget its tokens (connecting again brings it back)."""
    with transaction.atomic():
        locked = ConnectedAccount.objects.select_for_update().get(pk=account.pk)
        previous = locked.state
        locked.state = ConnectedAccount.State.DISCONNECTED
        locked.access_token = ""
        locked.refresh_token = ""
        locked.token_expires_at = None
        locked.save(
            update_fields=[
                "state",
                "access_token_encrypted",
                "refresh_token_encrypted",
                "token_expires_at",
                "updated_at",
            ]
        )
        audit.record(
            "publishing.account.disconnected",
            actor=actor,
            obj=locked,
            request=request,
            data={"platform": locked.platform, "previous_state": previous},
        )
    return locked
