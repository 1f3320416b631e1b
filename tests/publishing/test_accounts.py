"""Connected accounts: the OAuth flows, token refresh and health, against the simulator.

The consent pages are the simulator's, driven over real HTTP with `requests`, as a
browser would: fetch the page, submit its form, read where it sends us back.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core import mail
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from compliance.models import AuditEvent
from publishing import accounts
from publishing.adapters import x
from publishing.adapters.base import Failure, PlatformError
from publishing.models import ConnectedAccount
from publishing.simulator import Simulator
from socialcare.models import Notification
from tests.consent import consent

X_USER = "2244994945"
X_HANDLE = "riverside_health_sim"
FB_USER = "10000000000001"
HEALTH_PAGE = "200000000000001"
FOUNDATION_PAGE = "200000000000002"
TIMEOUT = 10


# --- The simulator, and our clock beside its clock ------------------------------------------


@pytest.fixture
def platforms(simulator) -> Simulator:
    return simulator


def token_grants(simulator: Simulator) -> int:
    """How many times the simulator's X token endpoint was called."""
    return simulator.stats()["calls"].get("POST /2/oauth2/token", 0)


@pytest.fixture
def advance(platforms, monkeypatch) -> Callable[[float], None]:
    """Move both clocks forward: the simulator's (token expiry) and ours."""
    offset = dt.timedelta()
    real_now = timezone.now

    def now() -> dt.datetime:
        return real_now() + offset

    monkeypatch.setattr(timezone, "now", now)

    def move(seconds: float) -> None:
        nonlocal offset
        offset += dt.timedelta(seconds=seconds)
        platforms.advance_clock(seconds)

    return move


def oauth_request(user) -> object:
    """A request as our views get it: a signed-in user and a server-side session."""
    request = RequestFactory().get("/")
    request.user = user
    request.session = SessionStore()
    return request


def connect_x(user, *, pick: str = "") -> ConnectedAccount:
    request = oauth_request(user)
    answer = consent(accounts.start_x_connect(request), "Authorize app", pick=pick)
    return accounts.finish_x_connect(request, state=answer["state"], code=answer["code"])


def connect_page(user, page_id: str = HEALTH_PAGE) -> ConnectedAccount:
    request = oauth_request(user)
    answer = consent(accounts.start_facebook_connect(request), "Continue")
    accounts.finish_facebook_connect(request, state=answer["state"], code=answer["code"])
    [account] = accounts.connect_pages(request, [page_id])
    return account


def reloaded(account: ConnectedAccount) -> ConnectedAccount:
    return ConnectedAccount.objects.get(pk=account.pk)


NEAR_EXPIRY = 7200 - 300  # inside the default 600-second refresh margin


# --- X ----------------------------------------------------------------------------------


def test_it_connects_an_x_account_and_keeps_its_tokens_encrypted(platforms, admin_member):
    account = connect_x(admin_member)

    assert (account.platform, account.external_id) == ("x", X_USER)
    assert account.handle == X_HANDLE
    assert account.state == ConnectedAccount.State.ACTIVE
    assert account.connected_by == admin_member
    assert "tweet.write" in account.scopes and "offline.access" in account.scopes
    assert account.token_expires_at - timezone.now() > dt.timedelta(hours=1, minutes=55)
    stored = reloaded(account)
    assert stored.access_token and stored.refresh_token
    raw = bytes(stored.access_token_encrypted) + bytes(stored.refresh_token_encrypted)
    assert stored.access_token.encode() not in raw
    assert stored.refresh_token.encode() not in raw
    # The token works: X answers as the account.
    assert x.fetch_me(stored.access_token).handle == X_HANDLE
    event = AuditEvent.objects.get(action="publishing.account.connected")
    assert event.object_id == str(account.pk)
    assert event.data == {"platform": "x", "external_id": X_USER, "previous_state": ""}


def test_it_sends_x_a_pkce_challenge_and_the_callback_address(platforms, admin_member):
    request = oauth_request(admin_member)
    query = dict(parse_qsl(urlsplit(accounts.start_x_connect(request)).query))

    assert query["code_challenge_method"] == "S256"
    assert len(query["code_challenge"]) == 43
    assert query["redirect_uri"] == "http://testserver/publishing/accounts/connect/x/callback/"
    assert query["scope"] == "tweet.read tweet.write users.read media.write offline.access"
    # The verifier stays on the server.
    assert query["state"] in request.session[accounts.SESSION_FLOWS]
    assert "verifier" not in str(query)


def test_it_refuses_a_state_used_twice(platforms, admin_member):
    request = oauth_request(admin_member)
    answer = consent(accounts.start_x_connect(request), "Authorize app")
    accounts.finish_x_connect(request, state=answer["state"], code=answer["code"])

    with pytest.raises(accounts.BadState, match="already used"):
        accounts.finish_x_connect(request, state=answer["state"], code=answer["code"])


def test_it_refuses_a_state_this_session_did_not_start(platforms, admin_member):
    mine, theirs = oauth_request(admin_member), oauth_request(admin_member)
    accounts.start_x_connect(mine)
    answer = consent(accounts.start_x_connect(theirs), "Authorize app")

    with pytest.raises(accounts.BadState):
        accounts.finish_x_connect(mine, state=answer["state"], code=answer["code"])
    with pytest.raises(accounts.BadState):
        accounts.finish_x_connect(mine, state="", code=answer["code"])
    assert not ConnectedAccount.objects.exists()


def test_it_refuses_an_x_state_at_the_facebook_callback(platforms, admin_member):
    request = oauth_request(admin_member)
    answer = consent(accounts.start_x_connect(request), "Authorize app")

    with pytest.raises(accounts.BadState):
        accounts.finish_facebook_connect(request, state=answer["state"], code=answer["code"])


def test_it_refuses_a_state_older_than_ten_minutes(platforms, admin_member, advance):
    request = oauth_request(admin_member)
    answer = consent(accounts.start_x_connect(request), "Authorize app")
    advance(10 * 60 + 1)

    with pytest.raises(accounts.BadState, match="expired"):
        accounts.finish_x_connect(request, state=answer["state"], code=answer["code"])


def test_it_says_so_when_the_admin_cancels_on_x(platforms, admin_member):
    request = oauth_request(admin_member)
    answer = consent(accounts.start_x_connect(request), "Cancel")

    assert answer["error"] == "access_denied"
    with pytest.raises(accounts.ConnectError, match="cancelled on X: nothing was connected"):
        accounts.finish_x_connect(request, state=answer["state"], error=answer["error"])
    assert not ConnectedAccount.objects.exists()


def test_it_reconnects_into_the_same_row(platforms, admin_member, make_user):
    first = connect_x(admin_member)
    accounts.mark_needs_reconnect(first, token_error())
    other_admin = make_user("sam", "Admin")

    again = connect_x(other_admin)

    assert again.pk == first.pk
    assert ConnectedAccount.objects.count() == 1
    again = reloaded(again)
    assert again.state == ConnectedAccount.State.ACTIVE
    assert again.access_token != first.access_token
    assert again.last_error == "" and again.connected_by == other_admin
    assert x.fetch_me(again.access_token).external_id == X_USER


def test_it_connects_a_second_x_account_beside_the_first(platforms, admin_member):
    connect_x(admin_member)
    second = connect_x(admin_member, pick="2244994946")

    assert second.handle == "riverside_er_sim"
    assert ConnectedAccount.objects.count() == 2


def test_it_says_what_to_set_when_x_is_not_configured(platforms, admin_member, settings):
    settings.X_CLIENT_ID = ""

    with pytest.raises(accounts.ConnectError, match="X_CLIENT_ID"):
        accounts.start_x_connect(oauth_request(admin_member))


# --- Facebook -------------------------------------------------------------------------


def test_it_connects_a_granted_page_and_refuses_one_left_out(platforms, admin_member):
    request = oauth_request(admin_member)
    answer = consent(
        accounts.start_facebook_connect(request), "Continue", uncheck=(FOUNDATION_PAGE,)
    )

    pages = accounts.finish_facebook_connect(request, state=answer["state"], code=answer["code"])

    granted = {page.external_id: bool(page.access_token) for page in pages}
    assert granted == {HEALTH_PAGE: True, FOUNDATION_PAGE: False}
    # What waits in the session for the picker carries no readable token.
    stored = str(dict(request.session.items()))
    assert all(page.access_token not in stored for page in pages if page.access_token)
    choices = {c.external_id: c.granted for c in accounts.page_choices(request)}
    assert choices == {HEALTH_PAGE: True, FOUNDATION_PAGE: False}

    with pytest.raises(accounts.ConnectError) as refused:
        accounts.connect_pages(request, [HEALTH_PAGE, FOUNDATION_PAGE])
    assert accounts.NOT_GRANTED in refused.value.message
    assert not ConnectedAccount.objects.exists()  # all or nothing

    [account] = accounts.connect_pages(request, [HEALTH_PAGE])
    assert (account.platform, account.external_id) == ("facebook", HEALTH_PAGE)
    assert account.name == "Riverside Health (simulated)"
    assert account.token_expires_at is None  # page tokens do not expire
    assert "pages_manage_posts" in account.scopes
    assert accounts.check_account(reloaded(account)).state == ConnectedAccount.State.ACTIVE
    # The list was used up.
    with pytest.raises(accounts.BadState):
        accounts.connect_pages(request, [HEALTH_PAGE])


def test_it_says_so_when_the_admin_cancels_on_facebook(platforms, admin_member):
    request = oauth_request(admin_member)
    answer = consent(accounts.start_facebook_connect(request), "Cancel")

    with pytest.raises(accounts.ConnectError, match="cancelled on Facebook"):
        accounts.finish_facebook_connect(request, state=answer["state"], error=answer["error"])


# --- Keeping X tokens fresh -----------------------------------------------------------------


def token_error() -> PlatformError:
    return PlatformError(
        Failure.PERMANENT,
        "X no longer accepts SocialCare's access to this account.",
        code="x:401",
        reconnect=True,
    )


def test_it_leaves_a_fresh_token_alone(platforms, admin_member):
    account = connect_x(admin_member)
    grants = token_grants(platforms)

    assert accounts.ensure_fresh_token(account).access_token == account.access_token
    assert token_grants(platforms) == grants


def test_it_refreshes_an_x_token_before_it_expires(platforms, admin_member, advance):
    account = connect_x(admin_member)
    old_access, old_refresh = account.access_token, account.refresh_token
    advance(NEAR_EXPIRY)

    fresh = accounts.ensure_fresh_token(account)

    stored = reloaded(account)
    assert stored.access_token == fresh.access_token != old_access
    assert stored.refresh_token != old_refresh
    assert stored.token_expires_at - timezone.now() > dt.timedelta(hours=1, minutes=55)
    assert x.fetch_me(stored.access_token).external_id == X_USER
    # Rotation: after X's grace period, the old refresh token is dead.
    advance(61)
    with pytest.raises(PlatformError) as dead:
        x.refresh_tokens(old_refresh)
    assert dead.value.reconnect


def test_it_refreshes_expiring_accounts_periodically(platforms, admin_member, advance):
    account = connect_x(admin_member)
    page = connect_page(admin_member)

    assert accounts.refresh_expiring_tokens() == 0
    advance(NEAR_EXPIRY)
    assert accounts.refresh_expiring_tokens() == 1
    assert accounts.refresh_expiring_tokens() == 0
    assert reloaded(account).access_token != account.access_token
    assert reloaded(page).access_token == page.access_token


@pytest.mark.django_db(transaction=True)
def test_it_refreshes_once_when_two_processes_want_to(platforms, admin_member, advance):
    account = connect_x(admin_member)
    advance(NEAR_EXPIRY)
    grants = token_grants(platforms)
    # Slow answers make the second caller arrive while the first holds the lock.
    platforms.set_faults(latency_ms=300, scope="all")
    barrier = threading.Barrier(2)
    results: list[str] = []
    errors: list[BaseException] = []

    def refresh() -> None:
        try:
            mine = ConnectedAccount.objects.get(pk=account.pk)
            barrier.wait(timeout=5)
            results.append(accounts.ensure_fresh_token(mine).access_token)
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=refresh) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert not errors
    assert token_grants(platforms) == grants + 1
    assert len(set(results)) == 1
    assert reloaded(account).access_token == results[0] != account.access_token


def test_it_marks_the_account_for_reconnecting_when_x_refuses_the_refresh(
    platforms, admin_member, comms, advance, django_capture_on_commit_callbacks
):
    account = connect_x(admin_member)
    platforms.invalidate_tokens(X_USER)
    advance(NEAR_EXPIRY)

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(PlatformError) as refused:
            accounts.ensure_fresh_token(account)
        # Delivery records the same failure again; the Admins are told only once.
        accounts.mark_needs_reconnect(account, refused.value)
        accounts.record_error(account, refused.value)

    assert refused.value.reconnect
    stored = reloaded(account)
    assert stored.state == ConnectedAccount.State.NEEDS_RECONNECT
    assert stored.last_error_code == refused.value.code
    assert stored.last_error and stored.last_error_at
    assert list(accounts.accounts_needing_attention()) == [stored]
    [note] = Notification.objects.filter(user=admin_member)
    assert note.message.startswith(f"X: @{X_HANDLE} needs reconnecting")
    assert note.url == f"/publishing/accounts/{account.pk}/"
    assert not Notification.objects.filter(user=comms).exists()
    assert len(mail.outbox) == 1
    assert AuditEvent.objects.filter(action="publishing.account.needs_reconnect").count() == 1
    # Nothing is refreshed while it waits for an Admin.
    assert accounts.ensure_fresh_token(stored).state == ConnectedAccount.State.NEEDS_RECONNECT


# --- Health -----------------------------------------------------------------------------


def test_it_checks_an_account_and_records_the_success(platforms, admin_member):
    account = connect_x(admin_member)
    ConnectedAccount.objects.filter(pk=account.pk).update(last_success_at=None)

    checked = accounts.check_account(reloaded(account), actor=admin_member)

    assert checked.last_success_at is not None
    assert reloaded(account).last_success_at == checked.last_success_at


def test_it_restores_an_account_whose_tokens_work_again_when_checked(platforms, admin_member):
    account = connect_x(admin_member)
    accounts.mark_needs_reconnect(account, token_error())  # a passing refusal

    checked = accounts.check_account(reloaded(account), actor=admin_member)

    assert checked.state == ConnectedAccount.State.ACTIVE
    event = AuditEvent.objects.get(action="publishing.account.restored")
    assert event.actor == admin_member


def test_it_marks_a_page_whose_token_died_when_checked(platforms, admin_member):
    account = connect_page(admin_member)
    platforms.invalidate_tokens(HEALTH_PAGE)

    with pytest.raises(PlatformError) as refused:
        accounts.check_account(account, actor=admin_member)

    assert refused.value.reconnect
    assert reloaded(account).state == ConnectedAccount.State.NEEDS_RECONNECT


def test_it_records_a_passing_error_without_holding_the_account(platforms, admin_member):
    account = connect_x(admin_member)
    error = PlatformError(Failure.RETRYABLE, "X is busy; trying again soon.", code="x:503")

    accounts.record_error(account, error)

    stored = reloaded(account)
    assert stored.state == ConnectedAccount.State.ACTIVE
    assert (stored.last_error, stored.last_error_code) == ("X is busy; trying again soon.", "x:503")
    accounts.record_success(stored)
    assert reloaded(account).last_success_at > stored.last_error_at


def test_it_disconnects_and_erases_the_tokens(platforms, admin_member):
    account = connect_x(admin_member)

    accounts.disconnect(account, admin_member)

    stored = reloaded(account)
    assert stored.state == ConnectedAccount.State.DISCONNECTED
    assert bytes(stored.access_token_encrypted) == b""
    assert bytes(stored.refresh_token_encrypted) == b""
    assert stored.token_expires_at is None
    event = AuditEvent.objects.get(action="publishing.account.disconnected")
    assert event.actor == admin_member
    assert event.data == {"platform": "x", "previous_state": "active"}
    with pytest.raises(accounts.ConnectError, match="disconnected"):
        accounts.check_account(stored, actor=admin_member)


def test_it_never_writes_a_token_into_the_audit_trail(platforms, admin_member):
    account = connect_x(admin_member)
    page = connect_page(admin_member)
    tokens = [account.access_token, account.refresh_token, page.access_token]
    accounts.disconnect(account, admin_member)

    trail = " ".join(str(e.data) for e in AuditEvent.objects.all())
    assert not any(token in trail for token in tokens)
