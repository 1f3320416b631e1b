"""Browser tests: Debian's Chromium, driven by pytest-playwright, against the live server.

Every test here gets the live server and a transactional database (the live server's
thread reads only committed rows), reseeded with what the data migrations put there.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest
from django.db import connections
from django.urls import reverse
from playwright.sync_api import BrowserContext, Page, expect
from playwright.sync_api import Error as PlaywrightError

from socialcare.lib.browser import HEADLESS_ARGS, INSTRUCTIONS, find_chromium
from tests.conftest import TEST_PASSWORD, reseed_migration_data

# Playwright's sync API runs an event loop in the test thread, and Django refuses ORM
# calls from a thread with a running loop unless told that this is deliberate.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

HERE = Path(__file__).resolve().parent
SCREENSHOTS = HERE.parent.parent / "docs" / "screenshots"
# One viewport for every test, so that screenshots are comparable from run to run.
VIEWPORT = {"width": 1280, "height": 800}
TIMEOUT_MS = 10_000
PAGE_TEXT_IN_REPORT = 3_000

expect.set_options(timeout=TIMEOUT_MS)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _live_database(live_server, transactional_db) -> None:
    """Requested by every browser test, so pytest-django also orders them last.

    The live server reads only committed rows, so these tests run on a transactional
    database, which is flushed after each transactional test: put back what the data
    migrations seed (roles, topics, the content library) before each one.
    """
    reseed_migration_data()


@pytest.fixture(scope="session", autouse=True)
def _close_loop_connections(django_db_setup, playwright) -> Generator[None, None, None]:
    """Close the connections opened while Playwright's loop ran.

    Django keeps a thread's connections in an asgiref Local, which switches to
    context-variable storage while an event loop runs in the thread: once Playwright
    has started its loop, test code gets connections out of pytest-django's reach
    (pytest-django #1117). Left open, PostgreSQL refuses to drop the test database at
    the end of the run.
    """
    yield
    connections.close_all()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    executable = find_chromium()
    if executable is None:
        pytest.fail(INSTRUCTIONS, pytrace=False)
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": HEADLESS_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict) -> dict:
    return {**browser_context_args, "viewport": VIEWPORT, "locale": "en-US"}


@pytest.fixture
def context(context: BrowserContext) -> BrowserContext:
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    return context


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Generator:
    """On a failure, report where the browser was and what it showed."""
    outcome = yield
    report = outcome.get_result()
    if report.when != "call" or not report.failed:
        return
    page = getattr(item, "funcargs", {}).get("page")
    if page is not None:
        report.sections.append(("Browser page", describe(page)))


def describe(page: Page) -> str:
    try:
        text = page.locator("body").inner_text(timeout=1_000)
    except PlaywrightError as exc:
        text = f"(page text unavailable: {exc.message})"
    if len(text) > PAGE_TEXT_IN_REPORT:
        text = text[:PAGE_TEXT_IN_REPORT] + "\n…"
    return f"URL: {page.url}\n\n{text}"


def url(live_server, name: str, *args: object) -> str:
    return live_server.url + reverse(name, args=args)


def login(page: Page, live_server, username: str, password: str = TEST_PASSWORD) -> None:
    """Sign in through the real login form and wait for the signed-in navigation."""
    login_url = url(live_server, "login")
    if page.url != login_url:
        page.goto(login_url)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_test_id("whoami")).to_be_visible()


def screenshot(page: Page, name: str) -> Path:
    """Write docs/screenshots/<name>.png at the fixed viewport."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.set_viewport_size(VIEWPORT)
    # A focus ring or caret would make the picture depend on the last click.
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.screenshot(path=path, full_page=True, animations="disabled", caret="hide")
    return path
