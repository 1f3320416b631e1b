"""A small learned tagger beside the PHI scanner's rules: patient names, dates and ages.

The rules (`compliance.phi`) read a post with hand-written cues; this is a linear-chain
CRF (`python-crfsuite`) trained on the labelled sets in `tests/data/` by
`python -m bench.phi_train`. It tags each word B-/I-NAME, B-/I-DATE, B-/I-AGE or O from
the word's shape and spelling, the first-name list (gender-guesser's, as the rules use),
its neighbours, and the story, staff-title, credential and relative cues of the
scanner's lexicon. It does not read the rules' findings: trained on the sets the rules
were tuned on, such a model learns to copy them (see `_rule_features`).

The trained model (`tagger.crfsuite`, about 3.2 MB) ships in the repository and is
loaded once, on first use: nothing is downloaded. `Tagger.spans(text)` returns each
tagged span with the model's probability for it; `compliance.phi.combined_findings`
decides which to add to the rules' findings.

Beside it, `Verdict` (`verdict.crfsuite`, about 2.5 MB, also trained by
`python -m bench.phi_train`) reads a whole post (`post_features`) and gives the
probability that it is about a specific patient; `compliance.phi.assess` decides with it.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from compliance.phi_data import lexicon

MODEL_PATH = Path(__file__).resolve().parent / "tagger.crfsuite"
LABELS = ("NAME", "DATE", "AGE")

# Words, numbers with their separators ("3/14", "10:30"), and single marks ("#", "@").
_TOKEN = re.compile(r"\d+(?:[/.:-]\d+)*|\w+(?:['\u2019.-]\w+)*|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?\n]+")
_CAMEL_PART = re.compile(r"[A-Z][a-z\u00e0-\u00ff]+|[a-z\u00e0-\u00ff]+")
_WEEKDAYS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
}  # fmt: skip
_DAY_WORDS = {
    "yesterday", "today", "tonight", "tomorrow", "morning", "night", "ayer", "hoy", "anoche",
    "manana", "noche", "am", "pm", "a.m", "p.m",
}  # fmt: skip


@dataclass(frozen=True)
class LearnedSpan:
    type: str
    start: int
    end: int
    probability: float


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _rx_full(fragment: str) -> re.Pattern[str]:
    from compliance.phi import _rx

    return re.compile(rf"(?:{_rx(fragment)})", re.IGNORECASE)


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    from compliance.phi import _rx

    return {
        "story": re.compile(rf"(?<![\w])(?:{_rx(lexicon.STORY)})", re.IGNORECASE),
        "care": re.compile(rf"(?<![\w])(?:{_rx(lexicon.CARE)})(?![\w])", re.IGNORECASE),
        "person_date": re.compile(rf"\b(?:{_rx(lexicon.PERSON_DATE)})", re.IGNORECASE),
        "event_date": re.compile(rf"\b(?:{_rx(lexicon.EVENT_DATE)})", re.IGNORECASE),
        "title": _rx_full(lexicon.STAFF_TITLES),
        "role": _rx_full(lexicon.STAFF_ROLES),
        "credential": _rx_full(lexicon.CREDENTIALS),
        "relative": _rx_full(lexicon.RELATIVES),
        "patient_before": _rx_full(lexicon.PATIENT_BEFORE),
    }


@lru_cache(maxsize=50_000)
def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z\u00c0-\u00de]", "X", word)
    shape = re.sub(r"[a-z\u00df-\u00ff]", "x", shape)
    shape = re.sub(r"\d", "d", shape)
    return re.sub(r"(.)\1+", r"\1\1", shape)[:6]


_NEIGHBOURS = tuple((offset, f"{offset}:") for offset in (-2, -1, 1, 2))


@lru_cache(maxsize=50_000)
def _word_features(word: str, prefix: str) -> tuple[str, ...]:
    """The features of a word on its own (cached: the role and title patterns are long)."""
    from compliance.phi import _fold, _lexicon

    lex = _lexicon()
    folded = _fold(word)
    cues = _cues()
    found = [f"{prefix}w={folded}", f"{prefix}shape={_shape(word)}"]
    if folded in lex.names:
        found.append(f"{prefix}first_name")
    if folded in lex.surnames:
        found.append(f"{prefix}surname")
    if folded in lex.vocabulary:
        found.append(f"{prefix}vocab")
    if cues["title"].fullmatch(word):
        found.append(f"{prefix}title")
    if cues["credential"].fullmatch(word):
        found.append(f"{prefix}credential")
    if cues["relative"].fullmatch(word):
        found.append(f"{prefix}relative")
    if cues["role"].fullmatch(word):
        found.append(f"{prefix}role")
    if cues["patient_before"].fullmatch(word):
        found.append(f"{prefix}patient_before")
    return tuple(found)


def _rule_features(tokens: list[_Tok], i: int, rule_spans: list[tuple[str, int, int]]) -> list[str]:
    """What the rules found on this word and its neighbours, and whether they found anything.

    Measured and not used in the shipped model (`python -m bench.phi_train --cross`): the
    rules were tuned on the training sets, so a model given their findings learns to copy
    them and adds nothing on an unseen set. Without them it is a second, independent
    reader whose mistakes differ from the rules'.
    """
    row = [f"rules_flag={bool(rule_spans)}"]
    for offset in (-1, 0, 1):
        j = i + offset
        if 0 <= j < len(tokens):
            t = tokens[j]
            types = sorted({s[0] for s in rule_spans if s[1] < t.end and t.start < s[2]})
            row += [f"{offset}:rule={x}" for x in types] or [f"{offset}:rule=none"]
    return row


def _features(
    text: str, tokens: list[_Tok], rule_spans: list[tuple[str, int, int]] | None = None
) -> list[list[str]]:
    from compliance.phi import _fold, _lexicon

    lex = _lexicon()
    cues = _cues()
    post_story = bool(cues["story"].search(text))
    sentence_bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text) + 1]
    sentence_story: dict[int, tuple[bool, bool, bool]] = {}
    words = [_word_features(t.text, "") for t in tokens]
    rows = []
    for i, tok in enumerate(tokens):
        word = tok.text
        folded = _fold(word)
        index = bisect.bisect_right(sentence_bounds, tok.start)
        if index not in sentence_story:
            sentence = text[sentence_bounds[index - 1] : sentence_bounds[index]]
            sentence_story[index] = (
                bool(cues["story"].search(sentence)),
                bool(cues["person_date"].search(sentence)),
                bool(cues["event_date"].search(sentence)),
            )
        s_story, s_person_date, s_event = sentence_story[index]
        row = ["bias", *words[i]]
        row += [
            f"len={min(len(word), 8)}",
            f"p3={folded[:3]}",
            f"s3={folded[-3:]}",
            f"s2={folded[-2:]}",
        ]
        if word[:1].isupper():
            row.append("cap")
        if word.isupper() and len(word) > 1:
            row.append("upper")
        if word.isdigit():
            row.append(f"num={min(int(word), 130) // 10 if len(word) < 4 else 'long'}")
        if folded in _WEEKDAYS:
            row.append("weekday")
        if folded in _DAY_WORDS:
            row.append("dayword")
        parts = _CAMEL_PART.findall(word)
        if len(parts) > 1 and any(_fold(p) in lex.names for p in parts):
            row.append("camel_has_name")
        if tok.start == sentence_bounds[index - 1] or (
            i and tokens[i - 1].end <= sentence_bounds[index - 1]
        ):
            row.append("sent_start")
        row += [f"sent_story={s_story}", f"post_story={post_story}"]
        if s_person_date:
            row.append("sent_person_date")
        if s_event:
            row.append("sent_event_date")
        for offset, prefix in _NEIGHBOURS:
            j = i + offset
            if 0 <= j < len(tokens):
                row += _word_features(tokens[j].text, prefix)  # cached with its prefix
            else:
                row.append(f"{prefix}edge")
        before = [f for j in range(max(0, i - 3), i) for f in words[j]]
        after = [f for j in range(i + 1, min(len(tokens), i + 4)) for f in words[j]]
        if "title" in before:
            row.append("title_before")
        if "credential" in after:
            row.append("credential_after")
        if "relative" in before:
            row.append("relative_before")
        if rule_spans is not None:
            row += _rule_features(tokens, i, rule_spans)
        rows.append(row)
    return rows


def _bio(tokens: list[_Tok], spans: list[dict]) -> list[str]:
    labels = ["O"] * len(tokens)
    for span in spans:
        if span["type"] not in LABELS:
            continue
        inside = [
            k for k, t in enumerate(tokens) if t.start < span["end"] and span["start"] < t.end
        ]
        for n, k in enumerate(inside):
            if labels[k] == "O":
                labels[k] = ("B-" if n == 0 else "I-") + span["type"]
    return labels


def training_sequence(
    text: str, spans: list[dict], rule_spans: list[tuple[str, int, int]] | None = None
) -> tuple[list[list[str]], list[str]]:
    """Features and BIO labels of one labelled post (used by `bench.phi_train`)."""
    tokens = tokenize(text)
    return _features(text, tokens, rule_spans), _bio(tokens, spans)


class Tagger:
    """A trained model file, opened once."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        # crfsuite keeps the last sequence for `marginal`: one post at a time per tagger.
        self._lock = threading.Lock()

    def spans(
        self, text: str, rule_spans: list[tuple[str, int, int]] | None = None
    ) -> list[LearnedSpan]:
        tokens = tokenize(text)
        if not tokens:
            return []
        xseq = _features(text, tokens, rule_spans)
        with self._lock:
            labels = self._tagger.tag(xseq)
            marginals = [
                self._tagger.marginal(y, m) if y != "O" else 1.0 for m, y in enumerate(labels)
            ]
        found: list[LearnedSpan] = []
        k = 0
        while k < len(labels):
            if labels[k] == "O":
                k += 1
                continue
            kind = labels[k][2:]
            end = k + 1
            while end < len(labels) and labels[end] == f"I-{kind}":
                end += 1
            # The span is as sure as its least sure word.
            probability = min(marginals[k:end])
            found.append(LearnedSpan(kind, tokens[k].start, tokens[end - 1].end, probability))
            k = end
        return found


@cache
def default_tagger() -> Tagger:
    """The shipped model. A missing file or library is a broken install: it raises."""
    return Tagger(MODEL_PATH)


def story_cue(text: str) -> bool:
    """The post has a story cue from the scanner's lexicon ("went home", "diagnosed")."""
    return bool(_cues()["story"].search(text))


def care_cue(text: str) -> bool:
    """The post speaks of a course of care, an injury, a return visit or a loss
    ("six weeks of radiation", "welcome back"): not a story on its own."""
    return bool(_cues()["care"].search(text))


# --- The verdict: is the post about a specific patient? ---------------------------------

VERDICT_PATH = Path(__file__).resolve().parent / "verdict.crfsuite"
PATIENT, OTHER = "patient", "other"
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# The tagger's probabilities are given as steps, so that the model learns how much each
# step counts rather than one weight for the whole range.
_STEPS = (0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.97)


def post_features(
    text: str,
    *,
    rules: bool,
    found: list[str],
    story: bool,
    care: bool,
    name: float,
    date: float,
    age: float,
) -> list[str]:
    """What the verdict model reads of a post: whether the rules flagged it (`rules`), the
    types of the rules' and tagger's findings together (`found`), the story and care cues,
    the tagger's highest probability for a name the rules do not clear, a date and an age,
    and the post's words and word pairs (lower case, without accents)."""
    from compliance.phi import _fold

    features = ["bias"]
    if rules:
        features.append("rules")
    if found:
        features.append("found")
    features += sorted({f"type={kind}" for kind in found})
    if story:
        features.append("story")
    if care:
        features.append("care")
    for label, probability in (("name", name), ("date", date), ("age", age)):
        features += [f"{label}>{step}" for step in _STEPS if probability > step]
    words = [_fold(w) for w in _WORD.findall(text)]
    features += sorted({f"w={w}" for w in words})
    features += sorted({f"b={a}_{b}" for a, b in itertools.pairwise(words)})
    return features


class Verdict:
    """The post-level model: a logistic regression over `post_features`, trained by
    `python -m bench.phi_train` on the labelled sets' verdicts.

    It is stored as a crfsuite model over one-item sequences, which is exactly a
    logistic regression, so that it needs no library beside the tagger's.
    """

    def __init__(self, path: Path = VERDICT_PATH) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._lock = threading.Lock()

    def probability(self, features: list[str]) -> float:
        """How likely the post is about a specific patient, from 0 to 1."""
        with self._lock:
            self._tagger.set([{f: 1.0 for f in features}])
            return self._tagger.marginal(PATIENT, 0)


@cache
def default_verdict() -> Verdict:
    """The shipped verdict model. A missing file is a broken install: it raises."""
    return Verdict(VERDICT_PATH)
