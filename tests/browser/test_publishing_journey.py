"""Comms publishes an approved post now and schedules another a minute ahead; real
Celery beat and a worker deliver them to the platform simulator; a revoked release
holds a third before it goes out."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone
from playwright.sync_api import Page, expect

from compliance import services as compliance_services
from posts.services import PostContent, create_post
from publishing import loadtest
from tests.browser.conftest import login, screenshot, url

NOW_TEXT = "Flu shots are free at every Riverside clinic this week. Walk in, no appointment."
LATER_TEXT = "Our blood drive starts at noon in the main lobby. Every donation helps."
HELD_TEXT = "Thank you to everyone who cheered at the charity run this weekend!"


@pytest.fixture
def fleet(simulator):
    """Celery beat and one worker, in their own processes, on this test's database."""
    env = loadtest.process_environment(
        platform_urls={},
        DJANGO_SETTINGS_MODULE="socialcare.test_settings",
        PUBLISH_READBACK_PAUSE_MS="300",
    )
    processes = loadtest.Fleet(workers=1, env=env, concurrency=4)
    processes.start()
    yield processes
    processes.stop()


def approved_post(author, topic, title: str, text: str, *, release=None):
    post = create_post(author=author, content=PostContent(title=title, topic=topic, body=text))
    if release is not None:
        compliance_services.link_release(post=post, release=release, actor=author)
    return compliance_services.submit_for_review(post=post, actor=author)


def open_post(page: Page, live_server, post) -> None:
    page.goto(url(live_server, "posts:preview", post.pk))
    expect(page.get_by_role("heading", name=re.compile(post.title))).to_be_visible()


def reload_until(page: Page, shown, *, seconds: int = 90) -> None:
    """Delivery happens in the worker: reload the page until `shown()` is true."""
    for _ in range(seconds):
        if shown():
            return
        page.wait_for_timeout(1_000)
        page.reload()


def in_a_minute() -> str:
    """A minute from now, as the date-time field takes it, in the hospital's time zone."""
    moment = timezone.now().astimezone(ZoneInfo(settings.TIME_ZONE)) + dt.timedelta(minutes=1)
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def schedule_in_a_minute(page: Page, account: str) -> None:
    form = page.get_by_test_id("schedule-form")
    form.get_by_label(account).check()
    form.get_by_label("Schedule at…").check()
    form.get_by_label("Date and time").fill(in_a_minute())
    form.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status").filter(has_text="1 publication scheduled")).to_be_visible()


def publication(page: Page, account: str):
    return page.get_by_test_id("publications").get_by_role("row").filter(has_text=account)


def test_comms_publishes_now_and_later_and_a_revoked_release_holds_a_post(
    page: Page, live_server, comms, compliance, topic, release, accounts, simulator, fleet
):
    flu = approved_post(comms, topic, "Flu clinic", NOW_TEXT)
    blood = approved_post(comms, topic, "Blood drive", LATER_TEXT)
    run = approved_post(comms, topic, "Charity run", HELD_TEXT, release=release)
    login(page, live_server, comms.username)

    # Publish now, on the X account and the Facebook Page.
    open_post(page, live_server, flu)
    form = page.get_by_test_id("schedule-form")
    form.get_by_label("X · @riverside_health_sim").check()
    form.get_by_label("Facebook · Riverside Health (simulated)").check()
    form.get_by_label("Publish now").check()
    form.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status").filter(has_text="2 publications on the way")).to_be_visible()
    for account in ("@riverside_health_sim", "Riverside Health (simulated)"):
        row = publication(page, account)
        expect(row).to_be_visible()
    reload_until(page, lambda: page.get_by_test_id("permalink").count() == 2, seconds=30)
    expect(page.get_by_test_id("permalink")).to_have_count(2)
    expect(
        publication(page, "@riverside_health_sim").get_by_test_id("publication-state")
    ).to_have_text("Published")
    x_link = publication(page, "@riverside_health_sim").get_by_test_id("permalink")
    expect(x_link).to_have_attribute("href", re.compile(r"/web/x/riverside_health_sim/status/\d+$"))
    screenshot(page, "post-published")

    # Schedule another a minute ahead, on X.
    open_post(page, live_server, blood)
    schedule_in_a_minute(page, "X · @riverside_health_sim")
    expect(
        publication(page, "@riverside_health_sim").get_by_test_id("publication-state")
    ).to_have_text("Scheduled")

    # A third, relying on a release, scheduled a minute ahead; then the release is revoked.
    open_post(page, live_server, run)
    schedule_in_a_minute(page, "Facebook · Riverside Health (simulated)")
    compliance_services.revoke_release(release=release, actor=compliance, note="By letter")

    held = publication(page, "Riverside Health (simulated)").get_by_test_id("publication-state")
    reload_until(page, lambda: held.inner_text() == "Held")
    expect(held).to_have_text("Held")
    reason = publication(page, "Riverside Health (simulated)").get_by_test_id("publication-reason")
    expect(reason).to_contain_text("revoked")
    screenshot(page, "publication-held")

    open_post(page, live_server, blood)
    row = publication(page, "@riverside_health_sim")
    reload_until(page, lambda: row.get_by_test_id("permalink").count() == 1)
    expect(row.get_by_test_id("publication-state")).to_have_text("Published")

    # Both published posts are on the simulator's timeline; the held one is not.
    page.goto(simulator.url + "/")
    expect(page.get_by_text(NOW_TEXT).first).to_be_visible()
    expect(page.get_by_text(LATER_TEXT)).to_be_visible()
    expect(page.get_by_text(HELD_TEXT)).to_have_count(0)
    screenshot(page, "simulator-timeline")
