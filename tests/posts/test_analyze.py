"""The editor's live panel: counters and readability for text that is not saved yet."""

from __future__ import annotations

from django.urls import reverse

ANALYZE = reverse("posts:analyze")
# A real top-level domain: twitter-text only counts a URL as 23 when it recognises it.
LONG_LINK = "https://www.stmarys-hospital.org/flu-shots/walk-in-clinic-opening-hours-2025"
EASY_TEXT = "Flu season is here. Get your flu shot today. It is free and it is quick."
HARD_TEXT = (
    "Immunocompromised individuals experiencing persistent respiratory symptoms should "
    "consult their healthcare practitioner regarding prophylactic antiviral "
    "administration and comprehensive immunisation documentation."
)


def analyze(client, **fields: str) -> dict:
    response = client.post(ANALYZE, fields)
    assert response.status_code == 200
    return response.json()


def test_it_only_accepts_post(client, comms):
    client.force_login(comms)

    assert client.get(ANALYZE, {"body": "Get your flu shot"}).status_code == 405


def test_it_forbids_people_who_cannot_write_posts(client, compliance):
    client.force_login(compliance)

    assert client.post(ANALYZE, {"body": "Get your flu shot"}).status_code == 403


def test_it_counts_a_link_as_23_and_an_emoji_as_2_on_x(client, comms):
    client.force_login(comms)

    result = analyze(client, body="Get your flu shot 💉", link=LONG_LINK)

    # 18 characters + emoji (2) + blank line (2) + link (23)
    assert result["platforms"]["x"] == {
        "length": 45,
        "limit": 280,
        "fits": True,
        "message": "X: 45 of 280",
    }


def test_it_counts_the_hashtags_that_will_be_added(client, comms):
    client.force_login(comms)

    result = analyze(client, body="Get your flu shot 💉", hashtags="FluSeason", link=LONG_LINK)

    # 20 for the text, then "\n\n#FluSeason" (12), then "\n\n" and the link (25)
    assert result["platforms"]["x"]["length"] == 57


def test_it_does_not_count_a_hashtag_twice_when_the_text_has_it(client, comms):
    client.force_login(comms)

    result = analyze(client, body="Get your #FluSeason shot", hashtags="#fluseason")

    assert result["platforms"]["x"]["length"] == len("Get your #FluSeason shot")


def test_it_counts_a_platforms_own_text_instead_of_the_master_text(client, comms):
    client.force_login(comms)

    result = analyze(client, body="a" * 300, x_text="Get your flu shot")

    assert result["platforms"]["x"]["length"] == 17
    assert result["platforms"]["facebook"]["length"] == 300


def test_it_says_when_x_text_is_over_280(client, comms):
    client.force_login(comms)

    result = analyze(client, body="a" * 270, link=LONG_LINK)

    assert result["platforms"]["x"] == {
        "length": 295,
        "limit": 280,
        "fits": False,
        "message": "X text is 15 characters over the 280 limit.",
    }
    assert result["platforms"]["facebook"]["fits"] is True


def test_it_allows_63206_characters_on_facebook(client, comms):
    client.force_login(comms)

    at_limit = analyze(client, body="a" * 63_206)["platforms"]["facebook"]
    over = analyze(client, body="a" * 63_207)["platforms"]["facebook"]

    assert at_limit == {
        "length": 63_206,
        "limit": 63_206,
        "fits": True,
        "message": "Facebook: 63,206 of 63,206",
    }
    assert over["fits"] is False
    assert over["message"] == "Facebook text is 1 character over the 63,206 limit."


def test_it_rates_plain_text_as_easy_to_read(client, comms):
    client.force_login(comms)

    readability = analyze(client, body=EASY_TEXT)["readability"]

    assert readability["level"] == "good"
    assert readability["grade"] <= 8
    assert readability["guidance"] == "Easy to read: most adults will follow this."


def test_it_gives_guidance_for_hard_text(client, comms):
    client.force_login(comms)

    readability = analyze(client, body=HARD_TEXT)["readability"]

    assert readability["level"] == "hard"
    assert readability["grade"] > 12
    assert "replace medical terms with plain words" in readability["guidance"]


def test_it_rates_the_x_text_when_there_is_no_master_text(client, comms):
    client.force_login(comms)

    readability = analyze(client, body="", x_text=HARD_TEXT)["readability"]

    assert readability["level"] == "hard"


def test_it_asks_for_more_text_before_rating_readability(client, comms):
    client.force_login(comms)

    readability = analyze(client, body="Flu shots")["readability"]

    assert readability == {
        "grade": None,
        "level": "empty",
        "guidance": "Write a sentence or two to see how easy it is to read.",
    }
