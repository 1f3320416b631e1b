"""What a post will say on each platform: the text staff see counted is the text that goes out."""

from __future__ import annotations

from posts import services
from posts.composition import Draft
from posts.services import PostContent
from socialcare.lib.platforms import Platform

LINK = "https://www.stmarys-hospital.org/flu"


def test_it_uses_a_platforms_own_text_instead_of_the_master_text():
    draft = Draft(body="Walk-in flu shots all week.", x_text="Flu shots, walk in!")

    assert draft.compose(Platform.X) == "Flu shots, walk in!"
    assert draft.compose(Platform.FACEBOOK) == "Walk-in flu shots all week."


def test_it_falls_back_to_the_master_text_when_a_variant_is_only_whitespace():
    draft = Draft(body="Walk-in flu shots all week.", facebook_text="   \n ")

    assert draft.compose(Platform.FACEBOOK) == "Walk-in flu shots all week."


def test_it_adds_hashtags_after_the_text():
    draft = Draft(body="Walk-in flu shots all week.", hashtags="FluSeason, #GetVaccinated")

    assert draft.compose(Platform.X) == "Walk-in flu shots all week.\n\n#FluSeason #GetVaccinated"


def test_it_does_not_repeat_a_hashtag_the_text_already_carries_in_any_case():
    draft = Draft(
        body="It is #fluseason. Walk in for your shot!",
        hashtags="#FluSeason #GetVaccinated",
    )

    assert draft.compose(Platform.X) == (
        "It is #fluseason. Walk in for your shot!\n\n#GetVaccinated"
    )


def test_it_adds_no_hashtag_line_when_the_text_carries_them_all():
    draft = Draft(body="Get your shot #GETVACCINATED!", hashtags="#GetVaccinated")

    assert draft.compose(Platform.FACEBOOK) == "Get your shot #GETVACCINATED!"


def test_it_appends_the_link_once_at_the_end():
    draft = Draft(body="Walk-in flu shots all week.", hashtags="#FluSeason", link=LINK)

    composed = draft.compose(Platform.X)

    assert composed == f"Walk-in flu shots all week.\n\n#FluSeason\n\n{LINK}"
    assert composed.count(LINK) == 1


def test_it_does_not_append_the_link_when_the_text_already_has_it():
    draft = Draft(body=f"Opening hours: {LINK}", link=LINK)

    assert draft.compose(Platform.FACEBOOK) == f"Opening hours: {LINK}"


def test_it_has_no_blockers_for_text_that_fits_everywhere():
    draft = Draft(body="Walk-in flu shots all week.", hashtags="#FluSeason", link=LINK)

    assert draft.submission_blockers() == []


def test_it_blocks_submission_when_x_text_is_over_the_limit():
    draft = Draft(body="a" * 281)

    assert draft.submission_blockers() == ["X text is 1 character over the 280 limit."]


def test_it_counts_hashtags_and_link_towards_the_limit():
    # 270 characters fit alone; with the hashtag and the link they do not.
    draft = Draft(body="a" * 270, hashtags="#FluSeason", link=LINK)

    assert draft.submission_blockers() == ["X text is 27 characters over the 280 limit."]


def test_it_blocks_submission_of_a_post_with_no_text():
    draft = Draft(body="  ", hashtags="#FluSeason", link=LINK)

    assert draft.submission_blockers() == ["The post has no text yet."]


def test_it_composes_a_saved_post_from_its_variants(comms, topic):
    post = services.create_post(
        author=comms,
        content=PostContent(
            title="Flu clinic",
            topic=topic,
            body="Walk-in flu shots all week at the outpatient clinic.",
            hashtags="#FluSeason",
            x_text="Flu shots, walk in!",
        ),
    )

    draft = Draft.of(post)

    assert draft.compose(Platform.X) == "Flu shots, walk in!\n\n#FluSeason"
    assert draft.compose(Platform.FACEBOOK) == (
        "Walk-in flu shots all week at the outpatient clinic.\n\n#FluSeason"
    )
