"""An Admin connects a simulated X account and a simulated Facebook Page, in a browser,
through the simulator's OAuth screens."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from publishing.models import ConnectedAccount
from tests.browser.conftest import login, screenshot


@pytest.fixture
def platforms(simulator) -> str:
    """The simulator, on 127.0.0.1 where the browser reaches it too."""
    return simulator.url


def test_it_connects_an_x_account_and_a_facebook_page(
    page: Page, live_server, admin_member, platforms
):
    login(page, live_server, admin_member.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Accounts").click()
    expect(page.get_by_role("heading", name="Connected accounts")).to_be_visible()
    expect(page.get_by_test_id("account-table")).to_contain_text("No accounts are connected yet.")

    # X: OAuth 2.0 with PKCE, on the simulator's consent page.
    page.get_by_role("button", name="Connect X").click()
    expect(page).to_have_url(re.compile(re.escape(f"{platforms}/i/oauth2/authorize?")))
    page.get_by_role("button", name="Authorize app").click()
    expect(
        page.get_by_role("status").filter(has_text="Connected X: @riverside_health_sim.")
    ).to_be_visible()
    x_row = page.get_by_test_id("account-x-2244994945")
    expect(x_row.get_by_test_id("account-state")).to_have_text("Active")
    expect(x_row).to_contain_text("Riverside Health (simulated)")

    # Facebook: log in, keep both Pages in the dialog, then connect one of them.
    page.get_by_role("button", name="Connect Facebook Pages").click()
    expect(page).to_have_url(
        re.compile(re.escape(f"{platforms}/web/facebook/") + r"v[\d.]+/dialog/oauth\?")
    )
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Choose the Facebook Pages to connect")).to_be_visible()
    screenshot(page, "accounts-pages")
    page.get_by_label("Riverside Health (simulated)").check()
    page.get_by_role("button", name="Connect selected Pages").click()
    expect(
        page.get_by_role("status").filter(
            has_text="Connected Facebook: Riverside Health (simulated)."
        )
    ).to_be_visible()
    fb_row = page.get_by_test_id("account-facebook-200000000000001")
    expect(fb_row.get_by_test_id("account-state")).to_have_text("Active")
    expect(fb_row).to_contain_text("Does not expire")
    expect(page.get_by_test_id("account-table").locator("tbody tr")).to_have_count(2)
    screenshot(page, "accounts")

    # The account page shows its health.
    x_row.get_by_role("link", name="Riverside Health (simulated)").click()
    expect(page.get_by_test_id("account-health")).to_contain_text("offline.access")
    page.get_by_role("button", name="Check now").click()
    expect(page.get_by_role("status").filter(has_text="works")).to_be_visible()

    assert set(ConnectedAccount.objects.values_list("platform", "state")) == {
        ("x", "active"),
        ("facebook", "active"),
    }
