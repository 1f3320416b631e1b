"""The Accounts pages: connecting through the simulator's consent pages, health, and
who may do what."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from publishing import accounts
from publishing.models import ConnectedAccount
from publishing.simulator import Simulator
from tests.html import section
from tests.publishing.test_accounts import (
    FOUNDATION_PAGE,
    HEALTH_PAGE,
    X_HANDLE,
    connect_page,
    connect_x,
    consent,
)

LIST = reverse("publishing:accounts")
PAGES = reverse("publishing:facebook_pages")


def start(client, name: str) -> str:
    response = client.post(reverse(name))
    assert response.status_code == 302
    return response.url


def callback(client, name: str, answer: dict[str, str]):
    return client.get(reverse(name), answer)


def page_text(response) -> str:
    return response.content.decode()


@pytest.fixture
def platforms(simulator) -> Simulator:
    return simulator


@pytest.fixture
def signed_in(client, admin_member, platforms):
    client.force_login(admin_member)
    return client


# --- Connecting X -----------------------------------------------------------------------


def test_it_connects_x_through_the_consent_page(signed_in, platforms):
    authorize = start(signed_in, "publishing:connect_x")
    assert authorize.startswith(f"{platforms.url}/i/oauth2/authorize?")

    answer = consent(authorize, "Authorize app")
    response = callback(signed_in, "publishing:x_callback", answer)

    assert response.status_code == 302
    assert response.url == LIST
    account = ConnectedAccount.objects.get()
    page = signed_in.get(LIST)
    assert f"Connected X: @{X_HANDLE}." in page_text(page)
    row = section(page, f"account-x-{account.external_id}")
    assert "Active" in row and f"@{X_HANDLE}" in row
    assert "tweet.write" in row
    assert account.access_token not in page_text(page)


def test_it_refuses_a_replayed_callback_with_a_clear_page(signed_in):
    answer = consent(start(signed_in, "publishing:connect_x"), "Authorize app")
    callback(signed_in, "publishing:x_callback", answer)

    response = callback(signed_in, "publishing:x_callback", answer)

    assert response.status_code == 400
    assert "already used" in section(response, "connect-failed")
    assert ConnectedAccount.objects.count() == 1


def test_it_refuses_a_forged_state(signed_in):
    answer = consent(start(signed_in, "publishing:connect_x"), "Authorize app")

    response = callback(signed_in, "publishing:x_callback", {**answer, "state": "forged"})

    assert response.status_code == 400
    assert "does not match a connection started from this browser" in page_text(response)
    assert not ConnectedAccount.objects.exists()


def test_it_says_so_when_the_admin_cancels(signed_in):
    answer = consent(start(signed_in, "publishing:connect_x"), "Cancel")

    response = callback(signed_in, "publishing:x_callback", answer)

    assert response.status_code == 302
    page = signed_in.get(response.url)
    assert "The connection was cancelled on X: nothing was connected." in page_text(page)
    assert not ConnectedAccount.objects.exists()


def test_it_says_what_to_set_when_the_apps_are_not_configured(signed_in, settings):
    settings.X_CLIENT_ID = ""
    settings.FACEBOOK_APP_SECRET = ""

    page = signed_in.get(LIST)

    notice = section(page, "not-configured")
    assert "X needs X_CLIENT_ID in the server's environment." in notice
    assert "Facebook needs FACEBOOK_APP_SECRET" in notice
    assert "docs/deployment.md" in notice
    response = signed_in.post(reverse("publishing:connect_x"), follow=True)
    assert "X is not configured: set X_CLIENT_ID" in page_text(response)


# --- Connecting Facebook Pages ----------------------------------------------------------


def test_it_connects_the_pages_picked_and_refuses_one_not_granted(signed_in):
    dialog = start(signed_in, "publishing:connect_facebook")
    answer = consent(dialog, "Continue", uncheck=(FOUNDATION_PAGE,))

    response = callback(signed_in, "publishing:facebook_callback", answer)
    assert response.status_code == 302 and response.url == PAGES

    picker = signed_in.get(PAGES)
    choices = section(picker, "page-choices")
    assert f'value="{HEALTH_PAGE}" id="page-{HEALTH_PAGE}">' in choices
    assert f'value="{FOUNDATION_PAGE}" id="page-{FOUNDATION_PAGE}" disabled' in choices
    assert accounts.NOT_GRANTED in choices
    assert "access_token" not in page_text(picker)

    # A crafted request for the Page left out is refused with the reason.
    refused = signed_in.post(PAGES, {"pages": [FOUNDATION_PAGE]})
    assert refused.status_code == 400
    assert accounts.NOT_GRANTED in section(refused, "pick-error")
    assert not ConnectedAccount.objects.exists()

    connected = signed_in.post(PAGES, {"pages": [HEALTH_PAGE]})
    assert connected.status_code == 302 and connected.url == LIST
    page = signed_in.get(LIST)
    assert "Connected Facebook: Riverside Health (simulated)." in page_text(page)
    row = section(page, f"account-facebook-{HEALTH_PAGE}")
    assert "Active" in row and "Does not expire" in row
    # The list was single use.
    assert signed_in.get(PAGES).status_code == 400


def test_it_asks_for_a_page_when_none_is_picked(signed_in):
    answer = consent(start(signed_in, "publishing:connect_facebook"), "Continue")
    callback(signed_in, "publishing:facebook_callback", answer)

    response = signed_in.post(PAGES, {})

    assert response.status_code == 400
    assert "Choose at least one Page" in section(response, "pick-error")


def test_it_refuses_the_picker_without_a_facebook_login(signed_in):
    response = signed_in.get(PAGES)

    assert response.status_code == 400
    assert "Connect Facebook Pages again" in section(response, "connect-failed")


# --- Health, check, disconnect ----------------------------------------------------------


def test_it_shows_an_accounts_health(signed_in, admin_member):
    account = connect_x(admin_member)

    response = signed_in.get(reverse("publishing:account", args=[account.pk]))

    health = section(response, "account-health")
    assert "Active" in health
    assert "offline.access" in health
    assert "Alex Rivera" in health
    assert "None" in section(response, "last-error")
    assert account.access_token not in page_text(response)
    assert account.refresh_token not in page_text(response)


def test_it_checks_an_account_now(signed_in, admin_member, platforms):
    account = connect_x(admin_member)
    url = reverse("publishing:account_check", args=[account.pk])

    page = signed_in.post(url, follow=True)
    assert f"X: @{X_HANDLE} works" in page_text(page)

    platforms.invalidate_tokens(account.external_id)
    page = signed_in.post(url, follow=True)
    assert "X said:" in page_text(page)
    assert "Needs reconnecting" in page_text(page)
    assert section(page, "reconnect-notice") is not None
    assert reloaded_state(account) == ConnectedAccount.State.NEEDS_RECONNECT
    assert "code x:" in section(page, "last-error")


def test_it_disconnects_after_confirmation(signed_in, admin_member):
    account = connect_page(admin_member)
    url = reverse("publishing:account_disconnect", args=[account.pk])

    confirm = signed_in.get(url)
    assert confirm.status_code == 200
    assert "erases its tokens" in page_text(confirm)
    assert reloaded_state(account) == ConnectedAccount.State.ACTIVE

    page = signed_in.post(url, follow=True)
    assert "is disconnected and its tokens are erased" in page_text(page)
    assert reloaded_state(account) == ConnectedAccount.State.DISCONNECTED


def reloaded_state(account: ConnectedAccount) -> str:
    return ConnectedAccount.objects.get(pk=account.pk).state


def test_it_lists_accounts_in_a_fixed_number_of_queries(signed_in, admin_member):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert signed_in.get(LIST).status_code == 200
        return len(captured)

    connect_x(admin_member)
    one = queries()
    connect_x(admin_member, pick="2244994946")
    connect_page(admin_member)

    assert queries() == one


# --- Who may do what --------------------------------------------------------------------


@pytest.mark.parametrize("persona", ["comms", "compliance", "outsider"])
def test_it_keeps_connecting_to_admins(client, request, admin_member, platforms, persona):
    account = connect_x(admin_member)
    client.force_login(request.getfixturevalue(persona))

    for name in ("publishing:connect_x", "publishing:connect_facebook"):
        assert client.post(reverse(name)).status_code == 403
    assert client.get(reverse("publishing:x_callback"), {"state": "s"}).status_code == 403
    assert client.get(PAGES).status_code == 403
    assert client.get(LIST).status_code == 403
    assert client.get(reverse("publishing:account", args=[account.pk])).status_code == 403
    for name in ("publishing:account_check", "publishing:account_disconnect"):
        assert client.post(reverse(name, args=[account.pk])).status_code == 403
    assert reloaded_state(account) == ConnectedAccount.State.ACTIVE
