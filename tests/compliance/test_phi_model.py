"""The learned tagger beside the PHI scanner's rules (`compliance.phi_model`)."""

from __future__ import annotations

from compliance.phi import (
    LEARNED_THRESHOLD,
    RESCUE_THRESHOLD,
    UNSEEN_THRESHOLD,
    VERDICT_THRESHOLD,
    OrgContext,
    ScanResult,
    rule_findings,
    scan,
    verdict_features,
)
from compliance.phi_model import MODEL_PATH, VERDICT_PATH, default_tagger, default_verdict

HOSPITAL = OrgContext(name="Riverside Health", domains=("riversidehealth.org",))


def test_it_ships_a_small_model_that_loads():
    assert MODEL_PATH.stat().st_size < 3_500_000
    assert default_tagger() is not None


def test_it_finds_a_patients_name_the_rules_miss():
    text = "Thanks to a living donor, Beatriz got a new kidney this year."
    assert not rule_findings(text, HOSPITAL)  # the rules take Beatriz for the donor

    result = scan(text, context=HOSPITAL)

    assert result.patient_specific
    [finding] = result.findings
    assert (finding.type, finding.text) == ("NAME", "Beatriz")
    assert "learned from examples" in finding.reason


def test_it_leaves_staff_names_alone_in_a_story():
    text = "Please welcome Dr. Beatriz Molina, our new cardiologist, to the heart transplant team."

    result = scan(text, context=HOSPITAL)

    assert not result.patient_specific
    assert result.findings == []


def test_it_stays_silent_without_a_story_or_care_cue():
    # The tagger is fairly sure "Beatriz" is a patient, but nothing in the post speaks of
    # a story or of care: on such posts its guesses were mostly false alarms.
    text = "Thanks to our sponsors, Beatriz got a new van."
    assert any(s.type == "NAME" for s in default_tagger().spans(text))

    assert scan(text, context=HOSPITAL).findings == []


def test_a_return_visit_after_the_donors_thanks_is_a_known_miss():
    # The models trained on 24 to 45 sets flagged this and showed Beatriz; those trained
    # on 52 and 59 sets read it as the donors' news (the verdict 0.07 and 0.05): a known
    # miss (docs/compliance.md, "Fifty-two sets").
    text = "Thanks to our donors, Beatriz is back to visit her nurses."
    assert not rule_findings(text, HOSPITAL)  # the rules take Beatriz for the donors' news

    assert scan(text, context=HOSPITAL) == ScanResult(patient_specific=False, findings=[])


def test_a_new_heart_after_the_donors_thanks_is_a_known_miss():
    # The models trained on 38 to 52 sets flagged this and showed Beatriz; those trained on
    # 59 sets read it as the donors' news (the tagger 0.51 sure of her, the verdict 0.17):
    # a known miss (docs/compliance.md, "Fifty-nine sets"). With "a living donor" and a
    # kidney the story is still found (`test_it_finds_a_patients_name_the_rules_miss`).
    text = "Thanks to our donors, Beatriz got a new heart last spring."
    assert not rule_findings(text, HOSPITAL)  # the rules still take Beatriz for the news

    assert scan(text, context=HOSPITAL) == ScanResult(patient_specific=False, findings=[])


def test_a_care_cue_does_not_make_staff_a_patient():
    text = (
        "Welcome back, Dr. Summer Ellis! After a year with Doctors Without Borders, "
        "she's back in our ED."
    )

    assert scan(text, context=HOSPITAL).findings == []


def test_it_never_reports_the_organisations_own_name():
    context = OrgContext(name="Beatriz Children's Hospital")
    text = "Thanks to Beatriz, a boy went home today after 40 days in the NICU."
    assert any(s.type == "NAME" for s in default_tagger().spans(text))  # the tagger alone would

    assert [f.text for f in scan(text, context=context).findings if f.type == "NAME"] == []


def _tagged(text: str, word: str) -> float:
    """How sure the tagger alone is that `word` is a patient's name in `text`."""
    return max(
        (s.probability for s in default_tagger().spans(text) if text[s.start : s.end] == word),
        default=0.0,
    )


def test_a_name_the_tagger_is_sure_of_in_a_story_is_reported():
    text = (
        "Because of our donors, Diala is walking again, and she came back to thank her nurses "
        "today."
    )
    assert not rule_findings(text, HOSPITAL)  # the rules have no cue for her
    assert _tagged(text, "Diala") >= LEARNED_THRESHOLD

    assert [f.text for f in scan(text, context=HOSPITAL).findings] == ["Diala"]


def test_a_name_the_post_says_is_not_the_persons_is_not_reported():
    text = "'Daniel' (not his real name) was 15 when he first came to our clinic after a fall."
    assert _tagged(text, "Daniel") >= LEARNED_THRESHOLD  # the tagger alone would report it

    result = scan(text, context=HOSPITAL)

    # The verdict model still reads a patient's story in it and asks for a check: a
    # pseudonym hides the name, not the rest. Nothing is highlighted.
    assert result == ScanResult(patient_specific=True, findings=[])


# --- The verdict model ---------------------------------------------------------------------


def _probability(text: str) -> float:
    return default_verdict().probability(verdict_features(text, HOSPITAL))


def test_it_ships_a_verdict_model_that_loads():
    assert VERDICT_PATH.stat().st_size < 3_000_000
    assert 0.0 <= _probability("Flu shots are free this Friday.") < VERDICT_THRESHOLD


def test_the_verdict_clears_staff_the_rules_took_for_patients():
    text = (
        "Meet the Alvarez sisters of our Pharmacy team! Luz and Marisol Alvarez have worked "
        "side by side for 12 years."
    )
    assert rule_findings(text, HOSPITAL)  # the rules could not place the sisters

    assert scan(text, context=HOSPITAL) == ScanResult(patient_specific=False, findings=[])


def test_the_verdict_flags_a_patients_story_the_rules_and_the_tagger_passed_over():
    text = (
        "Thank you, Officer Banks, for leading the Whitfield family's procession so that "
        "Harold could pass his old barbershop one last time."
    )
    assert not rule_findings(text, HOSPITAL)
    assert _probability(text) >= UNSEEN_THRESHOLD

    result = scan(text, context=HOSPITAL)

    # With nothing else to show, the tagger's name is highlighted, and with it the
    # other names of a post about a patient.
    assert result.patient_specific
    assert [f.text for f in result.findings] == ["Banks", "Whitfield", "Harold"]


def test_the_less_there_is_to_show_the_surer_the_verdict_must_be():
    assert VERDICT_THRESHOLD < RESCUE_THRESHOLD < UNSEEN_THRESHOLD < 0.5
    # A story with nothing in it that could name anyone is not patient-specific.
    text = "A patient told us today that our night nurses are the kindest people she knows."
    assert _probability(text) < UNSEEN_THRESHOLD

    assert scan(text, context=HOSPITAL) == ScanResult(patient_specific=False, findings=[])


def test_a_hashtag_of_words_is_not_a_name():
    text = "Work hard, rest well: our nurses went home today after a long week. #TeamWork"

    assert scan(text, context=HOSPITAL) == ScanResult(patient_specific=False, findings=[])
