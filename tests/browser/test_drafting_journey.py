"""A comms officer drafts a post from the content library, in a real browser."""

from __future__ import annotations

import re
from pathlib import Path

from PIL import Image, ImageDraw
from playwright.sync_api import Locator, Page, expect

from posts.composition import Draft
from posts.models import ContentTemplate, Post
from socialcare.lib.platforms import Platform
from tests.browser.conftest import login, screenshot, url

ALT_TEXT = "A white medical cross on a dark teal background"
EXTRA_TEXT = " Bring your card."
# Far past X's 280, short of Facebook's limit.
LONG_TEXT = " Walk-ins welcome every weekday." * 5


def x_counter_text(*, body: str, hashtags: str) -> str:
    """What the live X counter must show: the length the server enforces on save."""
    measure = Draft(body=body, hashtags=hashtags).measures()[Platform.X]
    return f"{measure.length} / {measure.limit}"


def make_png(path: Path) -> Path:
    image = Image.new("RGB", (640, 360), "#0b4f6c")
    draw = ImageDraw.Draw(image)
    draw.rectangle((260, 150, 380, 210), fill="white")  # a plain cross, not a photo
    draw.rectangle((290, 120, 350, 240), fill="white")
    image.save(path, format="PNG")
    return path


def natural_width(image: Locator) -> int:
    """The decoded width of an <img>; `decode()` waits for it and rejects a broken image."""
    return image.evaluate("img => img.decode().then(() => img.naturalWidth)")


def test_it_drafts_a_post_from_a_library_template(page: Page, live_server, comms, topic, tmp_path):
    template = ContentTemplate.objects.get(name="Flu shot reminder")

    page.goto(url(live_server, "login"))
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    screenshot(page, "login")

    login(page, live_server, comms.username)
    expect(page.get_by_role("heading", name="Welcome, Casey Morgan")).to_be_visible()
    expect(page.get_by_test_id("my-drafts")).to_contain_text("No drafts.")
    screenshot(page, "dashboard")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Content library").click()
    expect(page.get_by_role("heading", name="Content library")).to_be_visible()
    page.get_by_role("link", name="New post from template: Flu shot reminder").click()

    # The editor starts from the template.
    expect(page.get_by_role("heading", name="New post from “Flu shot reminder”")).to_be_visible()
    expect(page.get_by_label("Internal title")).to_have_value("Flu shot reminder")
    expect(page.get_by_label("Topic")).to_have_value(str(topic.pk))
    expect(page.get_by_label("Text", exact=True)).to_have_value(template.body)
    expect(page.get_by_label("Hashtags")).to_have_value(template.hashtags)

    # The X counter follows the text as it is typed, with the server's numbers.
    counter = page.locator("#counter-x")
    problems = page.get_by_test_id("length-problems")
    body = page.get_by_label("Text", exact=True)
    expect(counter).to_have_text(x_counter_text(body=template.body, hashtags=template.hashtags))
    body.press("ControlOrMeta+End")
    body.press_sequentially(EXTRA_TEXT)
    expected_body = template.body + EXTRA_TEXT
    expect(counter).to_have_text(x_counter_text(body=expected_body, hashtags=template.hashtags))
    expect(counter).not_to_have_class(re.compile(r"\btext-danger\b"))
    expect(problems).to_be_empty()

    body.fill(expected_body + LONG_TEXT)
    expect(counter).to_have_text(
        x_counter_text(body=expected_body + LONG_TEXT, hashtags=template.hashtags)
    )
    expect(counter).to_have_class(re.compile(r"\btext-danger\b"))
    expect(problems).to_have_text(re.compile(r"^X text is \d+ characters over the 280 limit\.$"))

    body.fill(expected_body)
    expect(counter).to_have_text(x_counter_text(body=expected_body, hashtags=template.hashtags))
    expect(counter).not_to_have_class(re.compile(r"\btext-danger\b"))
    expect(problems).to_be_empty()
    expect(page.get_by_test_id("readability-grade")).to_have_text(re.compile(r"^Grade \d+(\.\d)?$"))

    # An image with alt text, then save.
    page.get_by_label("Add an image").set_input_files(make_png(tmp_path / "flu-shot.png"))
    page.get_by_label("Alt text for the new image").fill(ALT_TEXT)
    page.get_by_label("No: no patient and no patient information").check()
    page.get_by_role("button", name="Save draft").click()

    expect(page.get_by_role("status")).to_contain_text("Draft saved.")
    expect(page.get_by_role("heading", name="Edit post")).to_be_visible()
    post = Post.objects.get()
    assert (post.author, post.body, post.template) == (comms, expected_body, template)
    expect(page.get_by_label("Text", exact=True)).to_have_value(expected_body)
    row = page.get_by_test_id("media-row")
    expect(row).to_have_count(1)
    thumbnail = row.get_by_role("img", name=ALT_TEXT)
    expect(thumbnail).to_be_visible()
    assert natural_width(thumbnail) > 0
    expect(row.get_by_label("Alt text")).to_have_value(ALT_TEXT)
    screenshot(page, "editor")

    page.get_by_role("link", name="Preview").click()
    expect(page.get_by_role("heading", name="Flu shot reminder Draft")).to_be_visible()
    expect(page.get_by_test_id("blockers")).to_have_count(0)
    for card in (page.get_by_test_id("preview-x"), page.get_by_test_id("preview-facebook")):
        expect(card).to_contain_text(expected_body)
        expect(card.locator(".social-tag")).to_have_text(["#FluSeason", "#GetVaccinated"])
        image = card.get_by_role("img", name=ALT_TEXT)
        expect(image).to_be_visible()
        assert natural_width(image) > 0
    screenshot(page, "preview")


def test_it_shows_compliance_the_review_queue_and_no_new_post(page: Page, live_server, compliance):
    login(page, live_server, compliance.username)

    expect(page.get_by_role("region", name="Review queue")).to_be_visible()
    expect(page.get_by_test_id("review-count")).to_have_text("0")
    nav = page.get_by_role("navigation", name="Main")
    expect(nav.get_by_role("link", name="Posts", exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="New post", exact=True)).to_have_count(0)
    expect(page.get_by_role("region", name="Your drafts")).to_have_count(0)


def test_it_shows_an_admin_the_connected_accounts(page: Page, live_server, admin_member):
    login(page, live_server, admin_member.username)

    accounts = page.get_by_role("region", name="Connected accounts")
    expect(accounts).to_be_visible()
    expect(accounts.get_by_test_id("account-health")).to_have_text(
        "No social accounts connected yet."
    )
    expect(page.get_by_role("region", name="Review queue")).to_have_count(0)


def test_it_refuses_a_text_file_named_png_and_keeps_the_typed_text(
    page: Page, live_server, comms, tmp_path
):
    fake = tmp_path / "photo.png"
    fake.write_text("Not a picture at all.\n")
    body_text = "Our new parking garage opens Monday. Enter from Elm Street."
    login(page, live_server, comms.username)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="New post").click()

    page.get_by_label("Internal title").fill("Parking garage")
    page.get_by_label("Topic").select_option(label="Hospital news")
    page.get_by_label("Text", exact=True).fill(body_text)
    page.get_by_label("Add an image").set_input_files(fake)
    page.get_by_label("Alt text for the new image").fill("The new garage entrance")
    page.get_by_label("No: no patient and no patient information").check()
    page.get_by_role("button", name="Save draft").click()

    expect(
        page.get_by_text("This file is not an image. Upload a JPEG, PNG, GIF or WebP.")
    ).to_be_visible()
    expect(page.get_by_label("Add an image")).to_have_class(re.compile(r"\bis-invalid\b"))
    expect(page.get_by_label("Internal title")).to_have_value("Parking garage")
    expect(page.get_by_label("Text", exact=True)).to_have_value(body_text)
    expect(page.get_by_label("Alt text for the new image")).to_have_value("The new garage entrance")
    assert not Post.objects.exists()
