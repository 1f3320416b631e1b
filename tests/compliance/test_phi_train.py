"""How the verdict model's training examples are made (`bench.phi_train`)."""

from __future__ import annotations

import pytest

from bench import phi_eval, phi_train


def _post(text: str, *labelled: str) -> dict:
    spans = []
    for value in labelled:
        start = text.index(value)
        spans.append({"type": "NAME", "start": start, "end": start + len(value), "text": value})
    return {"id": "t-1", "text": text, "patient_specific": bool(spans), "spans": spans}


@pytest.fixture
def every_sentence(monkeypatch):
    monkeypatch.setattr(phi_train, "SENTENCE_SHARE", 1.0)


@pytest.mark.usefixtures("every_sentence")
def test_a_sentence_is_about_a_patient_only_when_a_labelled_identifier_is_in_it():
    post = _post("Ava went home today! She spent 43 days in our NICU. Thank you, team.", "Ava")

    examples = [(s["text"], s["patient_specific"]) for s in phi_train.sentences(post)]

    assert examples == [
        ("Ava went home today!", True),
        # The story goes on, but nothing in this sentence identifies anyone.
        ("She spent 43 days in our NICU.", False),
        ("Thank you, team.", False),
    ]


@pytest.mark.usefixtures("every_sentence")
def test_a_sentence_that_cuts_a_labelled_span_is_left_out():
    post = _post("Welcome, baby J. R. Ortiz! Born at 3 am.", "J. R. Ortiz")

    texts = [s["text"] for s in phi_train.sentences(post)]

    assert texts == ["Born at 3 am."]


@pytest.mark.usefixtures("every_sentence")
def test_a_one_sentence_post_gives_no_sentence_of_its_own():
    assert list(phi_train.sentences(_post("Ava went home today after 43 days.", "Ava"))) == []


def test_the_share_of_sentences_is_the_same_on_every_run():
    text = " ".join(f"Sentence number {k} is here." for k in range(40))
    post = _post(text)

    first = [s["text"] for s in phi_train.sentences(post)]

    assert first == [s["text"] for s in phi_train.sentences(post)]
    assert 0 < len(first) < 40


def test_every_studied_set_is_learned_from_in_exactly_one_group():
    grouped = [name for group in phi_train.GROUPS for name in group]

    assert len(grouped) == len(set(grouped))
    assert set(grouped) == set(phi_eval.SETS) - set(phi_eval.FRESH)
    assert not set(grouped) & set(phi_eval.FRESH)


def test_a_training_copy_puts_one_name_in_place_of_each_labelled_name_everywhere():
    import random

    post = _post("Ava Reyes went home! Ava says thanks.", "Ava Reyes")
    post["spans"].append({"type": "NAME", "start": 21, "end": 24, "text": "Ava"})
    pools = phi_train.NamePools(["Marta"], ["Okafor"], ["Sibusisiwe"], ["Laukkanen"])

    copies = [phi_train.augment(post, random.Random(seed), pools) for seed in range(40)]

    texts = {c["text"] for c in copies}
    # from the scanner's lists or from none of them, the same replacement for the same word
    assert texts <= {
        f"{first} {family} went home! {first} says thanks."
        for first in ("Marta", "Sibusisiwe")
        for family in ("Okafor", "Laukkanen")
    }
    assert any("Sibusisiwe" in t for t in texts) and any("Marta" in t for t in texts)
    for copy in copies:
        assert all(copy["text"][s["start"] : s["end"]] == s["text"] for s in copy["spans"])
