"""The learned tagger beside the PHI scanner's rules (`compliance.phi_model`)."""

from __future__ import annotations

import pytest

from compliance.phi import LEARNED_THRESHOLD, OrgContext, rule_findings, scan
from compliance.phi_model import MODEL_PATH, default_tagger

HOSPITAL = OrgContext(name="Riverside Health", domains=("riversidehealth.org",))


def test_it_ships_a_small_model_that_loads():
    assert MODEL_PATH.stat().st_size < 2_000_000
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
    text = "Thanks to our donors, Beatriz got a new van last spring."
    assert any(s.type == "NAME" for s in default_tagger().spans(text))

    assert scan(text, context=HOSPITAL).findings == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to our donors, Beatriz got a new heart last spring.",  # a transplant
        "Thanks to our donors, Beatriz is back to visit her nurses.",  # a return visit
    ],
)
def test_a_course_of_care_or_a_return_visit_lets_the_tagger_speak(text):
    assert not rule_findings(text, HOSPITAL)  # the rules take Beatriz for the donors' news

    result = scan(text, context=HOSPITAL)

    assert result.patient_specific
    assert [(f.type, f.text) for f in result.findings] == [("NAME", "Beatriz")]


def test_a_care_cue_does_not_make_staff_a_patient():
    text = (
        "Welcome back, Dr. Summer Ellis! After a year with Doctors Without Borders, "
        "she's back in our ED."
    )

    assert scan(text, context=HOSPITAL).findings == []


def test_it_never_reports_the_organisations_own_name():
    context = OrgContext(name="Beatriz Children's Hospital")
    text = "Thanks to a living donor at Beatriz, a boy got a new kidney this year."
    assert any(s.type == "NAME" for s in default_tagger().spans(text))  # the tagger alone would

    assert [f.text for f in scan(text, context=context).findings if f.type == "NAME"] == []


def _tagged(text: str, word: str) -> float:
    """How sure the tagger alone is that `word` is a patient's name in `text`."""
    return max(
        (s.probability for s in default_tagger().spans(text) if text[s.start : s.end] == word),
        default=0.0,
    )


def test_a_name_the_tagger_is_fairly_sure_of_in_a_story_is_reported():
    # Measured leave-one-set-out, 0.85 finds more patients than 0.9 for few false alarms.
    text = "Thanks to our donors, Diala is back to visit her nurses."
    assert not rule_findings(text, HOSPITAL)
    assert LEARNED_THRESHOLD <= _tagged(text, "Diala") < 0.9

    assert [f.text for f in scan(text, context=HOSPITAL).findings] == ["Diala"]


def test_a_name_the_post_says_is_not_the_persons_is_not_reported():
    text = "'Daniel' (not his real name) was 15 when he first came to our clinic after a fall."
    assert _tagged(text, "Daniel") >= LEARNED_THRESHOLD  # the tagger alone would report it

    assert not scan(text, context=HOSPITAL).patient_specific
