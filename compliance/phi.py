"""The PHI scanner: finds HIPAA Safe Harbor identifiers in a post (45 CFR 164.514(b)(2))
and decides whether the post is about a specific patient.

`scan(text)` returns the findings (type, offsets, text and a plain-language reason) and
`patient_specific`. Missing a patient story is the costly error, so when in doubt the
scanner reports: a reviewer dismisses a false alarm in a second, while a published
patient story without a release cannot be taken back.

How it works, in order:

1. Structured identifiers by pattern: e-mail, personal web pages, IP addresses, phone and
   fax numbers (`phonenumbers`), SSN, and record, member, account, licence, plate, serial,
   room and user-name values after their cue words ("MRN", "MR#", "FIN", "cama 7"), and
   a name in brackets after such a number ("Case# 2024-00918 (Olsen)").
2. Names: capitalised words (and lower-case ones after strong cues) checked against a
   first-name list, then read in context. Cues such as "welcome to the world", "little",
   "went home", "her husband", "and his mom", "is in stable condition" mark a patient or
   relative; titles, credentials and roles ("Dr.", "RN", "our chaplain") mark staff, but a
   coach or a pastor with a patient cue is a patient; public figures, eponymous
   conditions, named buildings and holidays are not names of patients (a one-word figure
   such as "Elsa" is, with a patient cue next to it). Chart-style names ("Pt: LOPEZ, ANA"),
   newborns ("Baby Boy G") and names inside hashtags and handles count too. Then the post
   is read as a whole: the first mention that a cue explains decides who a name belongs
   to ("our nurse Lupita ... Thanks, Lupita!"), every other mention of a patient's name is
   reported, and a name listed with a patient's name is one too ("Will and Grace").
3. Dates and ages: a date counts when it is tied to a person ("born on June 3", "nacieron
   el 8 de marzo", "passed away on Christmas morning") or sits in a patient story without
   being an event date; an age counts when over 89. Once the post is patient-specific,
   a second look adds ages under 90 ("Leo, 10,", "de 8 años") and the days of the
   patient's events ("Yesterday he walked"): details that never change the verdict.
4. Small geography: street addresses, ZIP codes, known cities after "from" or "lives in",
   and any town said of one person ("the Coon Rapids toddler", "a boy from Fridley").
5. The organisation's own name, phone numbers, addresses, domains, handles and machines
   (`OrgContext`, "our server") are never reported; nor are other businesses' numbers.
6. Beside the rules, a small trained tagger (`compliance.phi_model`, a CRF learned from
   the labelled sets by `python -m bench.phi_train`) adds the patient names and dates it
   is sure of in a story the rules passed over; it never overrules the rules about the
   organisation, public figures or words that are never names (`combined_findings`).
7. Then a second trained model, the verdict (`compliance.phi_model.Verdict`, a logistic
   regression learned by `python -m bench.phi_train` from every studied set), decides
   whether the post is about a specific patient, from what the rules and the tagger found,
   how sure the tagger is of a name, the story and care cues and the post's own words
   (`assess`). The rules read every name they cannot place as a possible patient; the
   model has learned which staff spotlights and thanks are nobody's story, and flags the
   patient stories the rules had no cue for.
8. Once the post is patient-specific, anyone it names may be the patient or a relative:
   names after a title from outside the hospital ("Officer Garrity"), the tagger's less
   sure names and every other mention of a name are shown too, while staff named with
   their role stay cleared (`_Post.other_names`); so are a holiday naming a patient's
   date again and an age over 89 given bare ("at 98 she", "¡101 años!").

Word lists load on the first scan (about a third of a second) and are then cached; a
typical post then takes about three milliseconds (`python -m bench bench.phi_speed`).
"""

from __future__ import annotations

import bisect
import ipaddress
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, cached_property
from importlib import resources

from compliance import phi_data, phi_model
from compliance.phi_data import lexicon

TYPES = (
    "NAME", "DATE", "AGE", "GEO", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
    "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "PHOTO", "OTHER_ID",
)  # fmt: skip


@dataclass(frozen=True)
class Finding:
    type: str
    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class ScanResult:
    patient_specific: bool
    findings: list[Finding]


@dataclass(frozen=True)
class OrgContext:
    """The organisation's own details, which are never PHI.

    Phone numbers, addresses, domains and handles as written anywhere ("(555) 010-2000",
    "https://www.riverside.org", "@RiversideHealth"); `allowed_names` are names that
    must never be reported (the hospital's mascot, a building's namesake).
    """

    name: str = ""
    phone_numbers: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    allowed_names: tuple[str, ...] = ()

    @classmethod
    def from_organisation(cls, organisation: object) -> OrgContext:
        """Read an `Organisation` row; fields it does not have yet are simply empty."""

        def lines(field: str) -> tuple[str, ...]:
            value = getattr(organisation, field, "") or ""
            return tuple(line.strip() for line in str(value).splitlines() if line.strip())

        handles = lines("handles") + lines("x_handle")
        return cls(
            name=str(getattr(organisation, "name", "") or ""),
            phone_numbers=lines("phone_numbers"),
            addresses=lines("addresses"),
            domains=lines("domains"),
            handles=handles,
            allowed_names=lines("allowed_names"),
        )

    @cached_property
    def phone_digits(self) -> frozenset[str]:
        """Each phone number's last ten digits (seven for local numbers)."""
        found = set()
        for number in self.phone_numbers:
            digits = re.sub(r"\D", "", number)
            if len(digits) >= 7:
                found.add(digits[-10:])
        return frozenset(found)

    @cached_property
    def domain_names(self) -> frozenset[str]:
        found = set()
        for domain in self.domains:
            host = re.sub(r"^[a-z]+://", "", domain.strip().lower()).split("/")[0]
            host = host.removeprefix("www.").split("@")[-1]
            if host:
                found.add(host)
        return frozenset(found)

    @cached_property
    def handle_names(self) -> frozenset[str]:
        return frozenset(h.strip().lstrip("@").lower() for h in self.handles if h.strip())

    @cached_property
    def protected_phrases(self) -> tuple[str, ...]:
        """Phrases to leave alone wherever they appear: the name, its distinctive core
        ("St. Mary's" in "St. Mary's Medical Center"), allowed names, and the street and
        town of each address ("Harlan Grove" is the hospital's town, not a person)."""
        phrases = set()
        for name in (*self.name_parts, *self.allowed_names):
            name = name.strip()
            if not name:
                continue
            phrases.add(name)
            core = _org_core(name)
            if core and core.lower() not in _GENERIC_ORG_WORDS:
                phrases.add(core)
        phrases |= {parts[0] for parts in self._address_parts if len(parts[0]) > 4}
        phrases |= self.towns
        return tuple(sorted(phrases, key=len, reverse=True))

    @cached_property
    def _address_parts(self) -> tuple[list[str], ...]:
        return tuple(
            [part.strip() for part in re.split(r"[,\n]", address)] for address in self.addresses
        )

    @cached_property
    def towns(self) -> frozenset[str]:
        """The town of each address, the word before "IL 60587"."""
        return frozenset(
            parts[-2]
            for parts in self._address_parts
            if len(parts) >= 3 and re.fullmatch(r"[^\W\d_][^\d,]{2,}", parts[-2])
        )

    @cached_property
    def name_parts(self) -> tuple[str, ...]:
        """The name, and each part of a name given with its other forms or its town:
        "Sycamore Valley Hospital (Sycamore Valley Health), Harlan Grove, IL"."""
        parts = [part.strip() for part in re.split(r"[(),]", self.name)]
        return (self.name, *(part for part in parts if len(part) > 3 and part != self.name))

    @cached_property
    def name_words(self) -> frozenset[str]:
        """The distinctive words of the organisation's name, which its campaign hashtags
        carry (#SycamoreStrong for Sycamore Valley Hospital)."""
        words = set()
        for name in self.name_parts:
            for word in _org_core(name.strip()).split():
                word = word.lower()
                if len(word) > 3 and word not in _GENERIC_ORG_WORDS and word.isalpha():
                    words.add(word)
        return frozenset(words)

    @cached_property
    def address_keys(self) -> frozenset[str]:
        """Street number and first street word of each address ("100 main")."""
        keys = set()
        for address in self.addresses:
            match = re.search(r"\b(\d{1,6})\s+(?:[NSEW]\.?\s+)?([A-Za-z0-9]+)", address)
            if match:
                keys.add(f"{match[1]} {match[2].lower()}")
        return frozenset(keys)

    @cached_property
    def zip_codes(self) -> frozenset[str]:
        return frozenset(
            m[1] for a in self.addresses for m in re.finditer(r"\b(\d{5})(?:-\d{4})?\b", a)
        )


_GENERIC_ORG_WORDS = {"the", "st.", "saint", "san", "santa", "general", "regional", "community"}


def _org_core(name: str) -> str:
    """The organisation's name without its generic tail ("Riverside" of "Riverside
    Children's Hospital")."""
    words = name.split()
    tail = re.compile(
        r"(?i)^(?:hospitals?|health(?:care)?|medical|center|centre|clinic|system|network|"
        r"children'?s|childrens|memorial|regional|general|university|foundation|institute|"
        r"of|and|&|the|inc\.?|llc)$"
    )
    while words and tail.match(words[-1]):
        words.pop()
    return " ".join(words)


def default_context() -> OrgContext:
    """The organisation's details from the database, or an empty context when there is
    no database to ask (a script, a test without database access, an early migration)."""
    try:
        from django.core.exceptions import (
            AppRegistryNotReady,
            ImproperlyConfigured,
            SynchronousOnlyOperation,
        )
        from django.db import DatabaseError
    except ImportError:  # pragma: no cover - Django is a dependency
        return OrgContext()
    try:
        from socialcare.models import Organisation

        organisation = Organisation.objects.filter(pk=1).first()
    except (
        DatabaseError,
        ImproperlyConfigured,
        AppRegistryNotReady,
        SynchronousOnlyOperation,
        RuntimeError,  # pytest-django's "Database access not allowed"
    ):
        return OrgContext()
    return OrgContext.from_organisation(organisation) if organisation else OrgContext()


def scan(text: str, *, context: OrgContext | None = None) -> ScanResult:
    """Find the identifiers in `text` and decide whether it is about a specific patient."""
    if context is None:
        context = default_context()
    if not text or not text.strip():
        return ScanResult(patient_specific=False, findings=[])
    return assess(text, context)


def rule_findings(text: str, context: OrgContext) -> list[Finding]:
    """The hand-written rules' findings alone."""
    return _Post(text, context).findings()


# The learned tagger's spans are added when it is at least this sure of every word
# (`python -m bench.phi_train --leave-one-out --threshold T` compares thresholds).
LEARNED_THRESHOLD = 0.85
# A date the tagger is this sure of is a patient's finding even in a post with no other.
LEARNED_DATE_VERDICT = 0.9
# In a post already about a patient, the tagger's other names are shown from this
# probability (`_Post.other_names`); in a post only the verdict model flags, its names
# and dates are shown from this probability too (`_Reading.rescued`).
OTHER_NAME_THRESHOLD = 0.5
# In a post about a patient, a name the rules took for staff is shown when the tagger is at
# least this sure of it ("Our ER nurse Colleen Walsh ... it was her own son, Aidan, on the
# stretcher"), unless a doctor's title comes right before it: leave-one-out, NAME 0.944 to
# 0.950 with no post changing its verdict (0.8: 0.949).
STAFF_PATIENT_THRESHOLD = 0.6
# A post is patient-specific when the verdict model gives it at least this probability; the
# less the rules and the tagger found in it, the surer the model must be: a post in which
# only the tagger's less sure names are left to show needs `RESCUE_THRESHOLD`, one with
# nothing at all to show `UNSEEN_THRESHOLD` (`python -m bench.phi_train --leave-one-out
# --verdict 0.1 0.2 0.3 0.1 0.2 0.35` compares thresholds: with the 59-set models, 0.35
# missed 3 more patient posts than 0.3 for 20 fewer false alarms in 15,080, and 0.4 9 more
# for 36 fewer). Low on purpose: a missed patient story is the costly error.
VERDICT_THRESHOLD = 0.1
RESCUE_THRESHOLD = 0.2
UNSEEN_THRESHOLD = 0.35
_LEARNED_REASONS = {
    "NAME": "Looks like a patient's name in this story (learned from examples).",
    "DATE": "Looks like the date of a patient's event in this story (learned from examples).",
}
_LEARNED_AGE_REASON = "Looks like a patient's age over 89 in this story (learned from examples)."
# In a post found to be about a patient, the tagger's ages are shown from
# `OTHER_NAME_THRESHOLD` when they read as 90 to 125 ("90M", "102ND", "¡Que cumpla los 100,
# don Aurelio!"): never a number of something ("Engine 106", "104 livers", "a fever of
# 104"), nor the age of someone the rules know to be staff or a volunteer.
_LEARNED_AGE = re.compile(r"(?P<n>\d{2,3})(?:st|nd|rd|th|[ºo]|\s*(?:y/?o|yo|y|a|m|f|años))?", re.I)
# An age as a list or a chart writes it, the number and a letter: "96y", "97a", "93Y", "91F".
_CHART_AGE = re.compile(r"(?<![\w#/.-])(?P<n>\d{2,3})(?:y|Y|a|[FM])(?![\w'\u2019-])")
_NUMBERED_THING_BEFORE = re.compile(
    r"(?i)(?:\b(?:engine|ladder|medic|unit|station|squad|rescue|route|highway|hwy|interstate|"
    r"exit|room|rm|bed|suite|no\.|apt|box|bus|flight|gate|lot|floor|cama|cuarto|ruta|"
    r"carretera|fever|temp(?:erature)?|fiebre|oxygen|o2|sats?|saturation|spo2|pulse|rate|bp|"
    r"pressure|glucose|sugar|weight|score|ox[ií]geno|go|the)(?:\s+(?:was|is|of|at|de|en))?|[#$(]|"
    r"i-)\s*$"
)
_COUNTED_AFTER = re.compile(
    r"(?i)(?:%|\s*(?:percent|por\s*ciento|°|degrees|grados|mph|km|miles?|millas|mg|lbs?|kg)\b"
    # a plural noun ("104 livers"), not a verb ("97 looks good on you")
    r"|\s+(?!(?:years|yrs|a[ñn]os|looks|says|turns|loves|wants|gets|feels|keeps|makes|does|"
    r"has|is)\b)[a-z][\w-]*s\b|\s*!\))"
)
_AGE_OF_KNOWN = re.compile(r"(?i)(?:,\s*(?:de\s+)?|\s+is\s+|\s+tiene\s+)$")
_YEARS_ONLY = re.compile(r"\d{4}(?:\s*[-\u2013/]\s*\d{2,4})?")


Thresholds = tuple[float, float, float]


def assess(
    text: str,
    context: OrgContext,
    *,
    tagger: phi_model.Tagger | None = None,
    verdict: phi_model.Verdict | None = None,
    threshold: float = LEARNED_THRESHOLD,
    thresholds: Thresholds = (VERDICT_THRESHOLD, RESCUE_THRESHOLD, UNSEEN_THRESHOLD),
) -> ScanResult:
    """The rules and the tagger find the identifiers (`combined_findings`); the verdict
    model (`compliance.phi_model.Verdict`) then decides from what they found, how sure the
    tagger is of a name, the story and care cues and the post's own words whether the
    post is about a specific patient.

    The rules alone read every name they cannot place as a possible patient, so a staff
    spotlight or a donor's thanks was flagged; the model has learned from the labelled
    sets which of those posts are about patients. It also flags a patient's story the
    rules had no cue for ("Thank you, Deputy Hollis, for escorting the Andersen family's
    motorcade so that Karl could drive past his hardware store one last time"), when it is
    surer of it: there the tagger's less sure names are shown (`RESCUE_THRESHOLD`), and
    when there are none, the post is still patient-specific, with no highlight
    (`UNSEEN_THRESHOLD`). A post it does not flag has no findings: they would be
    identifiers of nobody's patient.
    """
    (result,) = assess_each(
        text, context, [thresholds], tagger=tagger, verdict=verdict, threshold=threshold
    )
    return result


def assess_each(
    text: str,
    context: OrgContext,
    each: Sequence[Thresholds],
    *,
    tagger: phi_model.Tagger | None = None,
    verdict: phi_model.Verdict | None = None,
    threshold: float = LEARNED_THRESHOLD,
) -> list[ScanResult]:
    """`assess` at each of several verdict thresholds, the post read once
    (`python -m bench.phi_train --leave-one-out` compares thresholds with it)."""
    reading = _Reading(text, context, tagger or phi_model.default_tagger(), threshold)
    verdict = verdict or phi_model.default_verdict()
    probability = verdict.probability(reading.features())
    return [reading.decide(probability, thresholds) for thresholds in each]


def verdict_features(
    text: str, context: OrgContext, *, tagger: phi_model.Tagger | None = None
) -> list[str]:
    """What the verdict model reads of a post (`bench.phi_train` learns from these)."""
    tagger = tagger or phi_model.default_tagger()
    return _Reading(text, context, tagger, LEARNED_THRESHOLD).features()


def combined_findings(
    text: str,
    context: OrgContext,
    *,
    tagger: phi_model.Tagger | None = None,
    threshold: float = LEARNED_THRESHOLD,
    story_gate: bool = True,
) -> list[Finding]:
    """The rules' findings, plus the names and dates the learned tagger
    (`compliance.phi_model`) finds and the rules did not.

    The tagger reads words differently from the rules and catches patient names their
    cues miss. Its spans are added only in a post the rules already flag, that has a
    story cue, or that speaks of a course of care, an injury, a return visit or a loss
    ("six weeks of radiation", "welcome back": `lexicon.CARE`); on staff news and events
    its guesses were mostly false alarms. It never overrides what the rules know a word
    to be: a public figure, the organisation, a holiday, a word that is never a name
    ("Ella" in Spanish), nor staff in a post the rules flag, unless it is sure they are
    the patient or a relative (`STAFF_PATIENT_THRESHOLD`). Its dates are added in a
    post with no other finding only when it is sure of them and they are a person's own
    day, never a bare year, which Safe Harbor allows (`python -m bench.phi_train --cross`
    measures all this).
    """
    tagger = tagger or phi_model.default_tagger()
    return _Reading(text, context, tagger, threshold, story_gate=story_gate).findings


class _Reading:
    """One post read by the rules and the tagger: their findings, and what the verdict
    model is shown of it."""

    def __init__(
        self,
        text: str,
        context: OrgContext,
        tagger: phi_model.Tagger,
        threshold: float,
        *,
        story_gate: bool = True,
    ) -> None:
        self.text = text
        self.post = post = _Post(text, context)
        self.rules = post.findings()
        self.story = phi_model.story_cue(text)
        self.learned = tagger.spans(text)
        # In a post the rules flag, a name they read as staff stays staff unless the tagger
        # is sure of it (`_Post.staff_but_patient`): a staff name among the findings would
        # mislead the release suggestions. In a post they pass, the tagger may overrule
        # them ("our volunteer ... is a patient this week"): a missed patient story is the
        # costly error.
        self.cleared = post.not_patient_spans(staff=bool(self.rules))
        gate = not story_gate or self.rules or self.story or post.speaks_of_care
        self.findings = self.rules
        self._details: dict[tuple[Finding, ...], list[Finding]] = {}
        if gate:
            self.findings = self._with_learned(self.rules, threshold, self.cleared)

    def _with_learned(
        self, findings: list[Finding], threshold: float, cleared: list[tuple[int, int]]
    ) -> list[Finding]:
        text, post = self.text, self.post
        cleared_dates = post.not_patient_dates()
        added = []
        for span in self.learned:
            if span.type not in _LEARNED_REASONS or span.probability < threshold:
                continue
            if (
                span.type == "DATE"
                and not findings
                and not (
                    span.probability >= LEARNED_DATE_VERDICT
                    and post.ones_own_day(span.start, span.end)
                )
            ):
                # Like the rules' days of events, a date the tagger is less sure of is a
                # detail of a post with other findings ("ayer"); one it is sure of is a
                # patient's day even in a story with no name ("On March 3, a man walked
                # into our ER carrying his wife").
                continue
            if any(
                f.type == span.type and f.start < span.end and span.start < f.end for f in findings
            ):
                continue
            value = text[span.start : span.end]
            if span.type == "NAME" and self._tag_of_words(value):
                continue
            # A month is never a name, but it is a date's: a date is cleared only where
            # the organisation, a holiday or a public figure's day is.
            not_here = cleared if span.type == "NAME" else cleared_dates
            reason = _LEARNED_REASONS[span.type]
            if _YEARS_ONLY.fullmatch(value):
                continue
            if post._overlaps(not_here, span.start, span.end):
                if not (span.type == "NAME" and findings and post.staff_but_patient(span)):
                    continue
                reason = _STAFF_PATIENT_REASON
            added.append(Finding(span.type, span.start, span.end, value, reason))
        if added:
            findings = sorted([*findings, *added], key=lambda f: (f.start, f.end))
        if findings:
            findings = post.other_names(findings, self.learned)
        return findings

    def decide(self, probability: float, thresholds: Thresholds) -> ScanResult:
        """The verdict at `thresholds` on the verdict model's `probability` (`assess`)."""
        least, rescue, unseen = thresholds
        if probability < least:
            return ScanResult(patient_specific=False, findings=[])
        findings = self.findings
        if not findings:
            findings = self.rescued(self.known)
            if probability < (rescue if findings else unseen):
                return ScanResult(patient_specific=False, findings=[])
            # Nothing else to show: the tagger's names the rules took for staff in a post
            # they did not flag ("Officer Banks ... so that Harold could pass his old
            # barbershop").
            findings = (
                findings
                or self.rescued(self.cleared)
                or self.sure_dates()
                # the names a post about a patient may show ("El cantante Ramón 'El Güero'
                # Araiza ... lo atendimos"), read as if it had a finding
                or self.post.other_names([], self.learned)
            )
        if not self.rules and findings:
            findings = self.details(findings)
        findings = self.tags_of_names(findings)
        return ScanResult(patient_specific=True, findings=self.older_ages(findings))

    def tags_of_names(self, findings: list[Finding]) -> list[Finding]:
        """`findings` with the hashtags made of a patient's name found in the post:
        "#teamchue ... chue is home", "#GurleenGetsUp" after "Gurleen Kaur Sidhu"."""
        text = self.text
        if "#" not in text:
            return findings
        spans = [(f.start, f.end) for f in findings if f.type == "NAME"]
        spans += [
            (s.start, s.end)
            for s in self.learned
            if s.type == "NAME"
            and s.probability >= OTHER_NAME_THRESHOLD
            and self.post._overlaps(spans, s.start, s.end)
        ]
        lex = self.post.lex
        names = {
            w
            for start, end in spans
            if not text.startswith("#", start)
            for w in (_fold(w) for w in _NAME_WORD.findall(text[start:end]))
            if len(w) >= 3 and w not in _PARTICLES and not lex.plain_word(w)
        }
        added = []
        for m in self.post.rx.hashtag.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in findings):
                continue
            body = _fold(m["body"])
            if _prays_for_someone(body, lex):
                # "#PrayForTank", "#prayforbub": in a patient's post, someone prayed for
                reason = f"A hashtag asking prayers for someone in this post ('{m['body']}')."
                added.append(Finding("NAME", m.start(), m.end(), m.group(), reason))
                continue
            if not names:
                continue
            name = next(
                (
                    n
                    for n in sorted(names, key=len, reverse=True)
                    if body.startswith(n) or body.endswith(n) or (len(n) >= 4 and n in body)
                ),
                None,
            )
            if name:
                reason = f"A hashtag with the name of the patient in this post ('{name}')."
                added.append(Finding("NAME", m.start(), m.end(), m.group(), reason))
        return sorted([*findings, *added], key=lambda f: (f.start, f.end)) if added else findings

    def details(self, findings: list[Finding]) -> list[Finding]:
        """In a post the rules did not flag, `findings` (the tagger's) and the details the
        rules look for once a post is about a patient, read with those names as the
        patient's: the days of their events ("By the 5th he had two stents"), their ages
        (`_Post.details_of`). A fresh reading: `decide` may be asked at several thresholds."""
        key = tuple(findings)
        if key not in self._details:
            post = _Post(self.text, self.post.context)
            post.findings()
            self._details[key] = post.details_of(findings)
        return self._details[key]

    def older_ages(self, findings: list[Finding]) -> list[Finding]:
        """`findings` with the tagger's ages over 89 that they lack (`_LEARNED_AGE`)."""
        text, post = self.text, self.post
        names = [(f.start, f.end) for f in findings if f.type == "NAME"]
        added = []
        for span in self.learned:
            if span.type != "AGE" or span.probability < OTHER_NAME_THRESHOLD:
                continue
            value = text[span.start : span.end]
            m = _LEARNED_AGE.fullmatch(value)
            if not 90 <= (int(m["n"]) if m else _Post._words_to_number(value)) <= 125:
                continue
            if any(f.start < span.end and span.start < f.end for f in findings):
                continue
            if self._age_of_a_name_shown(span, names):
                # "Captain Isaiah 'Ikey' Wigfall, 90,", "Pani Krystyna K. (91)": the age of a
                # name shown as the patient's, even one the rules first took for someone else
                added.append(Finding("AGE", span.start, span.end, value, _LEARNED_AGE_REASON))
                continue
            before = text[max(0, span.start - 20) : span.start]
            known_end = max(
                (e for s, e in self.known if e <= span.start and not post._overlaps(names, s, e)),
                default=None,
            )
            if (
                _NUMBERED_THING_BEFORE.search(before)
                or _COUNTED_AFTER.match(text, span.end)
                or (known_end is not None and _AGE_OF_KNOWN.search(text, known_end, span.start))
                or post._about_organisation(span.start)
            ):
                continue
            added.append(Finding("AGE", span.start, span.end, value, _LEARNED_AGE_REASON))
        return sorted([*findings, *added], key=lambda f: (f.start, f.end)) if added else findings

    def _age_of_a_name_shown(
        self, span: phi_model.LearnedSpan, names: list[tuple[int, int]]
    ) -> bool:
        """The tagger's age right after a name shown, or alone in brackets: "Wigfall, 90,",
        "Bwirre Lokeijak (100, Rogers)", "maria de fátima (91!!)"."""
        text = self.text
        if _COUNTED_AFTER.match(text, span.end):
            return False
        if any(
            e <= span.start and _AGE_AFTER_NAME.fullmatch(text, e, span.start) for _, e in names
        ):
            return True
        return bool(
            _AGE_IN_BRACKETS_BEFORE.search(text, max(0, span.start - 4), span.start)
            and _AGE_IN_BRACKETS_AFTER.match(text, span.end)
        )

    def _tag_of_words(self, value: str) -> bool:
        """A hashtag made only of words that are not first names ("#TeamWork")."""
        if not value.startswith("#"):
            return False
        lex = self.post.lex
        parts = [_fold(p) for p in _CAMEL_BOUNDARY.split(value[1:]) if p]
        return bool(parts) and all(p in lex.vocabulary and p not in lex.names for p in parts)

    @cached_property
    def known(self) -> list[tuple[int, int]]:
        """Where the rules know who is named, staff included (`cleared` already is, in a
        post the rules flag)."""
        return self.cleared if self.rules else self.post.not_patient_spans(staff=True)

    def features(self) -> list[str]:
        # The tagger's names the rules know to be someone else's, staff included, are not
        # shown to the verdict model: "Nurse Kim ... Thank you, Kim!" is no patient's;
        # nor are hashtags of words ("#TeamWork").
        names = [
            s.probability
            for s in self.learned
            if s.type == "NAME"
            and not self.post._overlaps(self.known, s.start, s.end)
            and not self._tag_of_words(self.text[s.start : s.end])
        ]

        # A holiday the rules did not take for a patient's day is not shown as a date either:
        # "Happy Valentine's Day from all of us!" is nobody's birthday.
        found_dates = [(f.start, f.end) for f in self.findings if f.type == "DATE"]
        holidays = [d for d in self.post.named_days if not self.post._overlaps(found_dates, *d)]

        def most(kind: str) -> float:
            return max(
                (
                    s.probability
                    for s in self.learned
                    if s.type == kind and not self.post._overlaps(holidays, s.start, s.end)
                ),
                default=0.0,
            )

        return phi_model.post_features(
            self.text,
            rules=bool(self.rules),
            found=[f.type for f in self.findings],
            story=self.story,
            care=self.post.speaks_of_care,
            name=max(names, default=0.0),
            date=most("DATE"),
            age=most("AGE"),
        )

    def sure_dates(self) -> list[Finding]:
        """In a post the verdict model flags with nothing else to show, the dates the tagger
        is sure of ("see you at clinic on the 19th 💕"), but never a bare year nor a day the
        rules know to be a holiday's or a public figure's."""
        cleared = self.post.not_patient_dates()
        return [
            Finding("DATE", s.start, s.end, self.text[s.start : s.end], _LEARNED_REASONS["DATE"])
            for s in self.learned
            if s.type == "DATE"
            and s.probability >= LEARNED_DATE_VERDICT
            and not _YEARS_ONLY.fullmatch(self.text[s.start : s.end])
            and not self.post._overlaps(cleared, s.start, s.end)
        ]

    def rescued(self, cleared: list[tuple[int, int]]) -> list[Finding]:
        """In a post where neither the rules nor the tagger's sure spans found anything,
        the tagger's names it is less sure of, and its dates it is sure of, outside
        `cleared` (`known`: what the rules know to be someone else's, staff included)."""
        return self._with_learned([], OTHER_NAME_THRESHOLD, cleared)


# --- Word lists and patterns, loaded on first use ------------------------------------------


def _fold(word: str) -> str:
    """Lower case without accents: "Sofía" -> "sofia"."""
    word = word.lower().replace("\u2019", "'")
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@cache
def _first_names() -> frozenset[str]:
    """About 45,000 first names: gender-guesser's list (many countries) and our additions."""
    names: set[str] = set()
    source = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    with source.open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] in "#=":
                continue
            name = line[3:29].strip()
            if "+" in name:  # "Jun+Wei": Jun-Wei, Jun Wei, Junwei
                names.update(_fold(name.replace("+", joint)) for joint in ("", "-", " "))
            else:
                names.add(_fold(name))
    names.update(_fold(w) for w in phi_data.words("names_extra"))
    return frozenset(names)


@dataclass(frozen=True)
class _Lexicon:
    names: frozenset[str]
    name_words: frozenset[str]
    not_names: frozenset[str]
    vocabulary: frozenset[str]
    surnames: frozenset[str]
    cities: frozenset[str]
    regions: frozenset[str]
    eponyms: frozenset[str]

    def plain_word(self, folded: str) -> bool:
        """A word of the vocabulary that is neither a first name nor a surname."""
        return (
            folded in self.vocabulary and folded not in self.names and folded not in self.surnames
        )


@cache
def _lexicon() -> _Lexicon:
    def folded(name: str, split: bool = True) -> frozenset[str]:
        source = phi_data.words(name) if split else phi_data.phrases(name)
        return frozenset(_fold(w) for w in source)

    return _Lexicon(
        names=_first_names(),
        name_words=frozenset(w.lower() for w in phi_data.words("name_words")),
        not_names=frozenset(w.lower() for w in phi_data.words("not_names")),
        vocabulary=folded("vocabulary"),
        surnames=folded("surnames"),
        cities=folded("us_cities", split=False),
        regions=folded("regions", split=False),
        eponyms=folded("eponyms", split=False),
    )


_POSSESSED_NAME = re.compile(
    r"\b(?P<cue>his|her|their|our|my|mi|su|nuestr[oa])\s+(?P<name>[A-ZÁÉÍÓÚÑ][a-zà-ÿ'\u2019-]{2,})"
    r"(?=\s*(?:[.,!?;:)\u2014]|$|\s+(?:and|y|like|who|is|was|has|went|came|como|que)\b))"
)
_NEXT_CAPITALISED = re.compile(r"[ \t]+(?P<word>[A-ZÁÉÍÓÚÑ][a-zà-ÿ'\u2019-]+)\b")
# Relatives and household, the rules' list (`lexicon.RELATIVES` and `MORE_RELATIVES`).
_RELATIVES = lexicon.RELATIVES.strip() + "\n|" + lexicon.MORE_RELATIVES.strip()


def _rx(fragment: str) -> str:
    """A lexicon fragment as a regex alternation: lines joined, spaces as white space."""
    return "(?:" + fragment.strip().replace("\n", "").replace(" ", r"\s+") + ")"


def _phrase_pattern(phrase: str) -> str:
    """A phrase from a list, matched loosely: any white space, optional dots and
    apostrophes ("St Patricks Day" for "st. patrick's day")."""
    escaped = re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['\u2019]?")
    return escaped.replace(r"\.", r"\.?")


_PHRASE_FIRST_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|'(?=[^\W\d_])|-(?=[^\W\d_]))*")


@cache
def _phrase_index(name: str) -> dict[str, re.Pattern[str]]:
    """First word of each phrase in `name`.txt -> a pattern for the phrases it starts."""
    by_first: dict[str, list[str]] = {}
    for phrase in phi_data.phrases(name):  # longest first
        # the first word as `_Post` reads a token: "mid-autumn festival", "spider-man"
        first = _PHRASE_FIRST_WORD.match(phrase)
        if first:
            word = first.group()
            word = word[:-2] if word.endswith("'s") and len(word) > 2 else word
            by_first.setdefault(_fold(word), []).append(_phrase_pattern(phrase))
    return {
        word: re.compile("(?:" + "|".join(patterns) + r")(?!\w)", _I)
        for word, patterns in by_first.items()
    }


@cache
def _squashed(name: str) -> frozenset[str]:
    """The phrases of `name`.txt without spaces or punctuation, to compare with hashtags."""
    return frozenset(re.sub(r"[\W_]", "", _fold(p)) for p in phi_data.phrases(name))


_I = re.IGNORECASE
_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[^\W\d_a-zß-ÿ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_MONTH_HINT = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)", re.IGNORECASE
)
# Quick checks that let a scan skip patterns that cannot match.
_AGE_HINT = re.compile(r"\d|ninet|hundred|noventa|cien|centenar|cent\u00e9sim|nonagenar", re.I)
_AGE_NUMBER = re.compile(r"(?<!\d)(?:9\d|1[01]\d|12[0-5])(?!\d)")  # 90 to 125
_SIX_DIGITS = re.compile(r"\d{3}[\d -]?\d{3}")
_OLD_YEAR = re.compile(r",?\s+(?:of\s+)?1[0-8]\d\d\b")
_NUMERIC_DATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})")
_NUMERIC_DATE_HINT = re.compile(r"\d[/.-]\d")
# A chart's month/day and 24-hour time: "10/07 2215", "2/14 0600".
_DATE_AND_TIME = re.compile(
    r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\s+(?:[01]\d|2[0-3])[0-5]\d\b"
)
_MONTHS_EN = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
_MONTHS_ES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre)"
)
_MONTH_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ene",
    "abr", "ago", "dic",
}  # fmt: skip
_MONTH_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
}  # fmt: skip
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th|º|°)?"
_YEAR = r"(?:19|20)\d{2}"
_STATES_ABBR = (
    r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    r"NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)"
)
_WORD_NUMBERS = {
    "ninety": 90, "one hundred": 100, "a hundred": 100, "hundred": 100, "noventa": 90,
    "cien": 100, "ciento": 100,
}  # fmt: skip
# The units after "ninety", "hundred", "noventa", "ciento" in an age spelled out.
_UNITS_EN = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_UNITS_ES = r"(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "uno": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
}  # fmt: skip


@dataclass(frozen=True)
class _Patterns:
    token: re.Pattern[str]
    sentence_end: re.Pattern[str]
    email: re.Pattern[str]
    url: re.Pattern[str]
    handle: re.Pattern[str]
    hashtag: re.Pattern[str]
    ipv4: re.Pattern[str]
    ipv6: re.Pattern[str]
    ssn: re.Pattern[str]
    cued_ids: re.Pattern[str]
    cue_reasons: dict[str, str]
    room: re.Pattern[str]
    vin: re.Pattern[str]
    card: re.Pattern[str]
    long_number: re.Pattern[str]
    dates: tuple[tuple[str, re.Pattern[str]], ...]
    date_month_only: re.Pattern[str]
    date_short: re.Pattern[str]
    date_loose: re.Pattern[str]
    date_holiday: re.Pattern[str]
    birth_year: re.Pattern[str]
    ages: tuple[re.Pattern[str], ...]
    age_words: re.Pattern[str]
    street: re.Pattern[str]
    street_es: re.Pattern[str]
    po_box: re.Pattern[str]
    zip_code: re.Pattern[str]
    city_state: re.Pattern[str]
    home_town_before: re.Pattern[str]
    home_town_after: re.Pattern[str]
    county: re.Pattern[str]
    photo: re.Pattern[str]
    fax_before: re.Pattern[str]
    org_before: re.Pattern[str]
    call_to_action: re.Pattern[str]
    person_date: re.Pattern[str]
    event_date: re.Pattern[str]
    time_of_day: re.Pattern[str]
    story: re.Pattern[str]
    staff_events: re.Pattern[str]
    staff_roles: re.Pattern[str]
    donor: re.Pattern[str]
    left_relative: re.Pattern[str]
    relative_any: re.Pattern[str]
    left_staff: re.Pattern[str]
    left_strong: re.Pattern[str]
    left_weak: re.Pattern[str]
    left_title: re.Pattern[str]
    left_place: re.Pattern[str]
    left_month: re.Pattern[str]
    left_host: re.Pattern[str]
    left_determiner: re.Pattern[str]
    left_saint: re.Pattern[str]
    left_condition_es: re.Pattern[str]
    right_relative: re.Pattern[str]
    right_credential: re.Pattern[str]
    right_staff: re.Pattern[str]
    right_staff_possession: re.Pattern[str]
    right_department: re.Pattern[str]
    right_story: re.Pattern[str]
    right_age: re.Pattern[str]
    right_possession: re.Pattern[str]
    right_condition: re.Pattern[str]
    right_place: re.Pattern[str]
    pronoun_staff: re.Pattern[str]
    pseudonym: re.Pattern[str]
    staff_relative: re.Pattern[str]
    left_spotlight: re.Pattern[str]
    right_with_relative: re.Pattern[str]
    right_family: re.Pattern[str]
    vocative: re.Pattern[str]
    quantity_after: re.Pattern[str]


# Strong patient cues before a name (the weak ones, "congrats", "meet", are checked
# after the staff cues, because staff are congratulated and met too).
_WEAK_BEFORE = {
    "welcome", "welcome back", "meet", "say hello to", "say hi to", "introducing", "congrats",
    "congrats to", "congratulations", "congratulations to", "go", "go team", "team",
    "love you", "we love", "proud of", "so proud of", "way to go", "shout out to",
    "shoutout to", "hats off to", "cheering for", "cheering on", "rooting for", "good luck",
    "hi", "hello", "dear", "felicidades", "felicidades a", "felicitaciones",
    "felicitaciones a", "muchas felicidades", "conozcan a", "conoce a", "les presentamos a",
    "presentamos a", "hola", "vamos", "ánimo", "animo", "happy bday", "keep it up", "remember",
    "thinking of", "strong", "beautiful", "adorable", "courageous", "so happy for", "happy for",
}  # fmt: skip


@cache
def _phone_matcher() -> type:
    """phonenumbers' matcher, imported (with the US metadata) once, on first use."""
    import phonenumbers

    phonenumbers.parse("+1 202-555-0100", "US")  # loads the metadata now, not mid-scan
    return phonenumbers.PhoneNumberMatcher


@cache
def _patterns() -> _Patterns:
    _phone_matcher()  # warm now: the first scan pays for all loading, later ones none
    id_tail = (
        r"\s*(?:number|numbers|num\.?|no\.?|nº|n\.º|\#|número|núm\.?|id)?"
        r"(?:\s+(?:of|on|for|de)\s+(?:his|her|their|the|a|su|el|la)\s+[\w-]+(?:\s+(?:form|release|photo|story|post|file|foto|historia))?)?"
        r"(?:\s*\((?-i:[A-Z]{2,5}\#?)\))?"  # "expediente (MRN) 7734-221-09"
        r"\s*(?:is|es|:|\#|-|reads|shows|says|dice|was)?\s*"
        r"[(\['\"\u2018\u201c]?"  # "licencia de la paciente (R445-...)", "plate 'GRNDMA1'"
    )
    # Digits may come in groups ("MRN 004 829 13", "member ID W 882 113 907").
    an_id = (
        # a site's letters before a slash or a star: "DN/00-58/1123", "SCSH*00419"
        r"(?P<id>(?-i:[A-Z]{2,5})[/*]\d(?:\d|[/-](?=\d)){3,16}\b"
        r"|(?=[A-Z0-9-]*\d)[A-Z0-9]"
        r"(?:[A-Z0-9]|-(?=[A-Z0-9])|(?<=\d)\s(?=\d)|(?-i:(?<=\b[A-Z]))\s(?=\d)){3,24}\b)"
    )
    cue_specs = (
        ("SSN", "Looks like a Social Security number: it follows '{cue}'.",
         r"ssn|ss\#|social\s+security(?:\s+(?:number|no\.?|\#|card))?|seguro\s+social"
         r"|n[úu]mero\s+de\s+seguro\s+social"),
        ("MRN", "Looks like a medical record number: it follows '{cue}'.",
         r"mrn|mr\#|med(?:ical)?\s+rec(?:ord)?s?(?:\s+(?:number|no\.?|\#))?|record\s+(?:number|no\.?|\#)"
         r"|chart(?:\s+(?:number|no\.?|\#))?|patient\s+(?:id|number|no\.?|\#)"
         r"|hospital\s+(?:number|no\.?|\#|id)|(?:n[úu]mero\s+de\s+)?expediente(?:\s+(?:m[ée]dico|cl[íi]nico))?"
         r"|(?:n[º°o]\.?\s*de\s+)?historia(?:\s+cl[íi]nica)?|nhc|registro(?:\s+m[ée]dico)?"
         r"|n[úu]mero\s+de\s+paciente|m\.r\.n\.?"
         r"|pt\.?\s+(?:id|number|no\.?|\#)|(?:patient|medical)\s+record|(?:id|n[úu]mero)\s+de\s+paciente"
         r"|encounter(?:\s+(?:id|number|no\.?|\#))?|record"
         # "Exp. #: 004-77-12", "Exp.: 7730-5521", "EXP 00-48-2291", "exp 88124"
         r"|exp(?:\.\s*\#?\s*:?|:|\s*\#\s*:?)(?=\s*\d|\s*[A-Z]{1,3}-?\d)"
         r"|exp(?=\s+\d[\d-]{3,}\d\b)|s[ốo]\s+h[ồo]\s+s[ơo]"
         # "HRN 40219", "HC 40288173" (historia clínica), an HL7 line's "PID|||66310427^^^" or
         # "PID|1||00558291^^^"
         r"|hrn|health\s+record(?:\s+(?:number|no\.?|\#))?|(?-i:HC)(?=:?\s+\d(?:-?\d){4,})|(?-i:PID)\|(?:\d{1,4}\|)?\|*(?=\d)"),
        ("HEALTH_PLAN", "Looks like a health plan or insurance number: it follows '{cue}'.",
         r"member\s+(?:id|number|no\.?|\#)|member|insurance\s+(?:id|number|no\.?|\#|card)"
         r"|policy\s+(?:number|no\.?|\#|id)|policy|subscriber\s+(?:id|number|no\.?|\#)"
         r"|group\s+(?:number|no\.?|\#)|plan\s+(?:id|number)|health\s+plan(?:\s+(?:id|number))?"
         r"|medicaid(?:\s+(?:id|number|no\.?|\#))?|medicare(?:\s+(?:id|number|no\.?|\#))?|mbi"
         r"|medi-cal(?:\s+(?:id|number))?|beneficiary\s+(?:id|number)|claim\s+(?:number|no\.?|\#)"
         r"|n[úu]mero\s+de\s+p[óo]liza|p[óo]liza|n[úu]mero\s+de\s+afiliad[oa]|afiliad[oa]"
         r"|id\s+de\s+miembro|n[úu]mero\s+de\s+miembro|seguro\s+m[ée]dico"),
        ("ACCOUNT", "Looks like an account number: it follows '{cue}'.",
         r"(?-i:FIN|CSN|HAR)|account|acct\.?|a/c|billing\s+(?:number|no\.?|\#|id)|invoice\s+(?:number|no\.?|\#)"
         r"|routing\s+(?:number|no\.?|\#)|iban|card\s+(?:number|no\.?|\#)|credit\s+card"
         r"|n[úu]mero\s+de\s+cuenta|cuenta|tarjeta"),
        ("LICENSE", "Looks like a licence or certificate number: it follows '{cue}'.",
         r"driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|dl\#?|licen[cs]e|certificate"
         r"|cert\.?|permit|licencia(?:\s+de\s+conducir)?|certificado|n[úu]mero\s+de\s+licencia"),
        ("VEHICLE", "Looks like a vehicle plate or VIN: it follows '{cue}'.",
         r"licen[cs]e\s+plate|plate|plates|tag|vin|placa|placas|matr[íi]cula"),
        ("DEVICE", "Looks like a device serial number: it follows '{cue}'.",
         r"serial|s/n|sn|device\s+(?:id|number|no\.?|\#|serial)|udi|imei|implant\s+(?:id|number)"
         r"|pacemaker\s+(?:id|number|serial)|model\s+and\s+serial|lot"
         r"|n[úu]mero\s+de\s+serie|serie|n/s"),
        ("OTHER_ID", "Looks like an identifying number: it follows '{cue}'.",
         r"case\s+(?:number|no\.?|\#)|case|ticket\s+(?:number|no\.?|\#)|confirmation\s+(?:number|no\.?|\#)"
         r"|passport|pasaporte|student\s+id|id\s+(?:number|no\.?|\#|card)|id|identification"
         r"|wristband|bracelet|c[ée]dula|curp|dni|ine|folio|n[úu]mero\s+de\s+identificaci[óo]n"
         r"|c[óo]digo|badge"),
    )  # fmt: skip
    # One pattern for every cue word: the first alternative that fits wins, so the
    # longer cues come first ("license plate" before "license").
    order = ("SSN", "MRN", "VEHICLE", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "DEVICE", "OTHER_ID")
    specs = {kind: (reason, cue) for kind, reason, cue in cue_specs}
    cues = "|".join(f"(?P<k_{kind}>{specs[kind][1]})" for kind in order)
    # A cue ends at a word boundary, or right after its own "#", "." or ":" ("MR# 4471920").
    cued_ids = re.compile(
        rf"(?<![\w#])(?P<cue>{cues})(?:(?<=[\#.:])|\b|(?<=mrn)(?=\d)){id_tail}{an_id}", _I
    )
    cue_reasons = {kind: specs[kind][0] for kind in order}
    date_tail = rf"(?:,?\s+(?:of\s+)?{_YEAR})?"
    ordinal = (
        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
        r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
        r"twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
        r"thirty[- ]first)"
    )
    dates = (  # (what the text must hold for the pattern to match, pattern)
        # June third, the third of June
        ("month", re.compile(rf"\b{_MONTHS_EN}\.?\s+(?:the\s+)?{ordinal}\b{date_tail}", _I)),
        ("month", re.compile(rf"\bthe\s+{ordinal}\s+of\s+{_MONTHS_EN}\b{date_tail}", _I)),
        # June 3, June 3rd, 2024; Sept. 3
        ("month_digit", re.compile(rf"\b{_MONTHS_EN}\.?\s+{_DAY}{_ORD}\b{date_tail}", _I)),
        # 17-Apr-1951, 12/ene/2024, 14-feb: a chart's day, month abbreviation and year
        (
            "month_digit",
            re.compile(
                rf"\b{_DAY}([-/])(?:{_MONTHS_EN}|{_MONTHS_ES}|ene|abr|ago|dic)\b"
                rf"(?:\.?\1(?:{_YEAR}|\d{{2}})\b)?(?![-/]?\w)",
                _I,
            ),
        ),
        # 3 June, the 3rd of June 2024
        (
            "month_digit",
            re.compile(rf"\b(?:the\s+)?{_DAY}{_ORD}\s+(?:of\s+)?{_MONTHS_EN}\b\.?{date_tail}", _I),
        ),
        # el 3 de junio de 2024, primero de mayo
        (
            "month",
            re.compile(
                rf"\b(?:{_DAY}(?:º|°|o(?=\s))?|primero)\s+de\s+{_MONTHS_ES}\b"
                rf"(?:\s+(?:de|del)\s+{_YEAR})?",
                _I,
            ),
        ),
        ("month_digit", re.compile(rf"\b{_MONTHS_ES}\s+{_DAY}\b(?:,?\s+{_YEAR})?", _I)),
        # 6/3/2024, 03-06-24, 2024-06-03
        ("numeric", re.compile(r"\b\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})\b")),
        ("numeric", re.compile(r"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")),
        # March 2023, marzo de 2023
        ("month_digit", re.compile(rf"\b{_MONTHS_EN}\.?,?\s+{_YEAR}\b", _I)),
        ("month_digit", re.compile(rf"\b{_MONTHS_ES}\s+(?:de|del)\s+{_YEAR}\b", _I)),
    )
    person_date = _rx(lexicon.PERSON_DATE)
    age_number = r"(?P<n>\d{2,3})"
    ages = (
        re.compile(
            rf"\b{age_number}(?:\s*-\s*|\s+)(?:years?|yrs?)(?:\s*-\s*|\s+)(?:old|young)\b", _I
        ),
        re.compile(
            rf"\b(?:turn(?:s|ed|ing)?|will\s+turn|cumpli[óo]|cumple|cumplir[áa]|celebrat(?:es|ed|ing)|"
            rf"celebr[óo]|celebra)\s+(?:(?:his|her|their|su)\s+)?{age_number}(?:st|nd|rd|th|º|°)?"
            r"(?!\s*(?:%|percent|por\s+ciento|years?\s+(?:of|in|at|with|as|since|serving)"
            r"|años\s+de\s+(?:servicio|trabajo|experiencia|carrera|historia)|\d|,\d))\b",
            _I,
        ),
        re.compile(rf"\b{age_number}(?:st|nd|rd|th)\s+(?:birthday|b-?day)\b", _I),
        re.compile(rf"\b{age_number}\s*(?:º|°|o)?\s+cumpleaños\b", _I),
        re.compile(
            rf"(?<![\w-])(?:aged|age:?|at\s+age|at\s+the\s+age\s+of|a\s+la\s+edad\s+de|edad:?)\s+"
            rf"{age_number}\b(?!\s*(?:\+|and\s+(?:up|older|over)|or\s+(?:older|over)|y\s+m[áa]s|o\s+m[áa]s|-\d|%))",
            _I,
        ),
        re.compile(
            rf"(?:\b(?:de|tiene|ten[íi]a|con|a\s+sus|a\s+los|cumpli[óo]|cumple)\s+){age_number}\s+años\b"
            r"(?!\s+de\s+(?:servicio|experiencia|trabajo|historia|carrera|atenci[óo]n|vida\s+institucional))",
            _I,
        ),
        re.compile(
            rf"(?:(?<=[^\W\d_])|(?<=[A-Z]\.)),\s+{age_number}"
            r"(?=\s*,|\s*[.!](?:\s|$)|\s+(?:años|years?|yrs?|y/o|yo|y\.o\.)(?!\w))"
        ),
        # "¡felices 95!", "su cumpleaños 90", "cumpleaños número 100" (see below)
        re.compile(rf"\b(?:felices|cumpleaños)\s+{age_number}\b(?!\s*(?:años\s+de|%|\d|,\d))", _I),
        # "Mr. Olsen is 97", "she was 94 when", "who is now 101", "ella tiene 98"
        re.compile(
            rf"(?:\b(?:he|she|who|ella|él|quien|patient|paciente|resident|veteran|grandma|grandpa|"
            rf"grandmother|grandfather|abuel[oa])|(?-i:\b[A-Z][a-zà-ÿ'\u2019]+))"
            rf"(?:\s+(?:is|was|turns|está|tiene|tenía|cumple)|\s*['\u2019]s)\s+"
            rf"(?:now\s+|already\s+|still\s+|ya\s+)?"
            rf"{age_number}\b(?!\s*(?:%|percent|por\s+ciento|degrees|grados|°|minutes?|mins?|miles?|"
            r"lbs?|pounds?|kg|mg|units?|days?|weeks?|months?|bpm|over|/|-|\.\d|,\d|años\s+de\s+(?:servicio|experiencia)))",
            _I,
        ),
        # "Our oldest patient of the year was 107", "nuestro paciente más longevo ... cumple 103"
        re.compile(
            r"\b(?:oldest|eldest|longest-living|m[áa]s\s+longev[oa]|de\s+m[áa]s\s+edad)\s+"
            r"(?:(?!(?:hospital|building|clinic|tree|church|house|company|school|program|campus|"
            r"edificio|iglesia|empresa|escuela)\b)[\w,]+\s+){0,5}?"
            rf"(?:was|is|turned|turns|tiene|ten[íi]a|cumpli[óo]|cumple)\s+{age_number}\b"
            r"(?!\s*(?:%|percent|por\s+ciento|\d|,\d))",
            _I,
        ),
        # "patient in 8-14 is 100 today!!", "turns 95 this week"
        re.compile(
            rf"\b(?:is|turns|turned|cumple|cumpli[óo])\s+{age_number}\s+"
            r"(?:today|this\s+week|this\s+weekend|on\s+\w+day|years\s+young|hoy|este\s+\w+)\b",
            _I,
        ),
        # "Frances, now 91, says hello"
        re.compile(rf"(?<=[^\W\d_]),\s+(?:now|ahora|ya\s+de)\s+{age_number}(?=\s*[,.!)])", _I),
        # "101 candles for Mr. Lee"
        re.compile(rf"\b{age_number}\s+(?:candles|velas|velitas)\b", _I),
        # "celebrated 90 years with cake", "celebró sus 95 años" (but "90 years of care")
        re.compile(
            rf"\b(?:celebrat(?:es|ed|ing)|celebr[óo]|celebra|marked|marks)\s+(?:(?:his|her|their|sus?)\s+)?"
            rf"{age_number}\s+(?:years|años)\b"
            r"(?!\s+(?:of|in|at|as|since|serving|de|en|como|with\s+(?:us|our|the)\b))",
            _I,
        ),
        # "Happy 90th to Mr. Arce!", "¡Feliz 95!" (but "happy 100th anniversary")
        re.compile(
            rf"\b(?:happy|feliz)\s+{age_number}(?:st|nd|rd|th|º|°)?\b"
            r"(?!\s*(?:anniversary|aniversario|years?\s+of|años\s+de|[\d%]|,\d))",
            _I,
        ),
        # "98 and still sharp as a tack", "not bad for 96!"
        re.compile(
            rf"(?:^|(?<=[.!?:]\s))(?:at\s+)?{age_number}\s+and\s+(?:still|counting|going\s+strong|thriving)\b",
            _I,
        ),
        re.compile(rf"\b(?:not\s+bad\s+for|at|for)\s+{age_number}(?=\s*!)", _I),
        # "Ms. Lottie, who at 101 asked us to teach her TikTok", "ella, a los 93,"
        re.compile(
            rf"\b(?:who|she|he|quien|ella|él)\s*,?\s+(?:now\s+|still\s+|even\s+)?"
            rf"(?:at|a\s+los)\s+{age_number}\b(?!\s*(?:%|degrees|grados|mph|miles|lbs?|pounds|kg))",
            _I,
        ),
        # "in his late 90s", "en sus noventa"
        re.compile(
            r"\b(?:in\s+(?:his|her|their)|en\s+sus)\s+(?:early\s+|mid-?\s*|late\s+)?"
            r"(?P<n>9\d)(?=['\u2019]?s\b)",
            _I,
        ),
        # "a card for his 100th", "su 95º"
        re.compile(
            rf"\b(?:his|her|their|su)\s+{age_number}(?:st|nd|rd|th|º|°)(?!\s*(?:%|\d|,\d))", _I
        ),
        # "cumpleaños número 100", "birthday number 100"
        re.compile(
            rf"\b(?:cumpleaños|birthday)\s+(?:n[úu]mero|number|no\.?|\#)\s*{age_number}\b", _I
        ),
        re.compile(rf"(?<=[^\W\d_])\s*\(\s*(?:age\s+|edad\s+)?{age_number}\s*\)"),
        re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:at|a\s+los)\s+{age_number}(?=\s*,)", _I),
        re.compile(rf"\b{age_number}\s*(?:yo|y/o|y\.o\.)(?!\w)", _I),
        re.compile(rf"\b{age_number}\s+(?:years?\s+of\s+age|años\s+de\s+(?:edad|vida))\b", _I),
        re.compile(rf"\bat\s+{age_number}(?=\s*(?:[,;!.)]|$))", _I),
        # "in his 90s": said of one person (not "seniors in their 90s")
        re.compile(
            r"\bin\s+(?:his|her)\s+(?:early\s+|mid-?\s*|late\s+)?(?P<word>90['\u2019]?s)(?!\w)", _I
        ),
        # The last three need no number (`_find_ages` tries only them in a post without
        # one): "in her nineties", "en sus noventa" (a decade over 89 said of one person),
        # "her centennial", "centenarian".
        re.compile(
            r"\b(?:in|en)\s+(?:his|her|their|sus?)\s+(?:early\s+|mid-?\s*|late\s+|primeros\s+)?"
            r"(?P<word>nineties|noventas?)\b",
            _I,
        ),
        re.compile(r"\b(?:his|her)\s+(?P<word>centennial)\b", _I),
        re.compile(
            r"\b(?P<word>(?:super)?centenarian|nonagenarian|centenari[oa]|nonagenari[oa])s?\b", _I
        ),
    )
    age_words = re.compile(
        rf"\b(?P<words>ninety(?:[- ]{_UNITS_EN})?"
        rf"|(?:one\s+|a\s+)?hundred(?:(?:\s+and)?[- ]{_UNITS_EN})?)"
        r"(?:\s*-\s*|\s+)(?:years?(?:\s*-\s*|\s+)(?:old|young)|th\s+birthday|candles)\b"
        rf"|\b(?:turn(?:s|ed|ing)?)\s+"
        rf"(?P<words2>ninety(?:[- ]{_UNITS_EN})?|(?:one\s+|a\s+)?hundred)\b"
        rf"|\b(?:de|cumpli[óo]|cumple|tiene|a\s+sus|con)\s+(?P<words3>noventa(?:\s+y\s+{_UNITS_ES})?"
        rf"|cien|ciento\s+{_UNITS_ES})\s+años\b",
        _I,
    )
    street_suffix = (
        r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Court|Ct|Way|Place|Pl|"
        r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Loop|Square|Sq|Alley|Pike|"
        r"Row|Crossing|Xing)"
    )
    states_full = "|".join(
        re.escape(s).replace(r"\ ", r"\s+")
        for s in sorted(_lexicon().regions, key=len, reverse=True)
    )
    rel = _rx(_RELATIVES)
    roles = _rx(lexicon.STAFF_ROLES)
    titles = _rx(lexicon.STAFF_TITLES)
    strong_before = "|".join(
        p
        for p in _rx(lexicon.PATIENT_BEFORE)[3:-1].split("|")
        if p.replace(r"\s+", " ") not in _WEAK_BEFORE
    )
    weak_before = "|".join(
        sorted((w.replace(" ", r"\s+") for w in _WEAK_BEFORE), key=len, reverse=True)
    )
    return _Patterns(
        token=re.compile(
            r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f]|['\u2019](?=[^\W\d_])|[-\u2010](?=[^\W\d_]))*"
        ),
        # not the dot of a title: "born on St. Patrick's Day", "seen by Dr. Ruiz"
        sentence_end=re.compile(
            r"(?:(?<![\s(]St)(?<![\s(]Dr)(?<![\s(]Mr)(?<![\s(]Mrs)(?<![\s(]Ms)(?<![\s(]Sra)"
            r"(?<![\s(]Sr)(?<![\s(]Mt)(?<![\s(]Fr)(?<![\s(]Rev)(?<![\s(]Sgt)(?<![\s(]Dra)\.|[!?\u2026])"
            r"[.!?\u2026]*[\"\u201d\u2019')\]]*(?=\s|$)|[¡¿]|\n|[•|]"
        ),
        email=re.compile(
            r"(?<![\w.+-])[\w.+-]+(?:@|\s?[\[(]at[\])]\s?)"
            r"(?:[A-Za-z0-9-]+(?:\.|\s?[\[(]dot[\])]\s?))+[A-Za-z]{2,}\b"
        ),
        url=re.compile(
            r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+"
            r"|\b(?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|us|me|io|co|info|health|care|ly|link|page)"
            r"(?:/[^\s<>\"'()\[\]]*)?(?![\w@])",
            _I,
        ),
        handle=re.compile(r"(?<![\w@.])@(?P<body>[A-Za-z0-9_](?:[A-Za-z0-9_]|\.(?=\w)){1,29})\b"),
        hashtag=re.compile(r"(?<![\w#&])#(?P<body>[^\W_][\w]*)"),
        ipv4=re.compile(
            r"(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?!\w|\.\d)"
        ),
        ipv6=re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"),
        ssn=re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])"),
        cued_ids=cued_ids,
        cue_reasons=cue_reasons,
        room=re.compile(
            r"(?<![\w-])(?P<cue>room|rm\.?|bed|bay|crib|isolette|bassinet|pod|habitaci[óo]n|cuarto|cama|cuna|"
            r"incubadora|cub[íi]culo)\s*(?:\#|no\.?|number|n[úu]mero|n[úu]m\.?)?\s*:?\s*(?P<id>[A-Z]?\d{1,4}[A-Z]?(?:-[A-Z0-9]{1,4})?)\b",
            _I,
        ),
        vin=re.compile(
            r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"
        ),
        card=re.compile(r"(?<![\d-])(?:\d[ -]?){12,18}\d(?![\d-])"),
        long_number=re.compile(
            r"(?<![\w$€£.,/-])(?:\#\s?)?(?P<id>[A-Z]{0,3}-?\d{6,12}[A-Z]?)(?![\w%]|[.,]\d)"
        ),
        dates=dates,
        date_month_only=re.compile(
            rf"\b(?P<cue>{person_date})\s+(?:(?:in|on|during|last|this|early|late|mid|en|el\s+pasado|"
            rf"a\s+principios\s+de|a\s+finales\s+de|a\s+mediados\s+de|de)\s+)*-?"
            rf"(?P<month>(?:{_MONTHS_EN}|{_MONTHS_ES}))\b(?!\s+\d)",
            _I,
        ),
        # 9/12 and, when the day comes first, 15/08 (but not "24/7 care")
        date_short=re.compile(
            r"(?<![\d/])(?!24/7(?!\d))(?:(?:0?[1-9]|1[0-2])/(?:3[01]|[12]\d|0?[1-9])"
            r"|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/])"
        ),
        # "on the 14th", "3-14", "el día 14": only with a cue that ties them to a patient
        date_loose=re.compile(
            r"(?<![\w/-])(?:0?[1-9]|1[0-2])-(?:3[01]|[12]\d|0?[1-9])(?![\w/-]|\.\d)"
            # "on the 28th:", "on the 19th 💕" (not "on the 5th floor", "the 5th-floor unit")
            r"|(?<=\bon\sthe\s)(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=\s*(?:[^\w\s-]|$|at\b|and\b))"
            r"|(?<![\d/])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"  # "Dx 3/2023"
            r"|(?<=\bel\sd[íi]a\s)(?:3[01]|[12]\d|0?[1-9])(?![\w/-]|\.\d|\s+de\b)",
            _I,
        ),
        date_holiday=re.compile(
            r"\b(?:born|arrived|delivered|nació|nacida|nacido|llegó)\s+(?:on|el\s+día\s+de|en|el)?\s*"
            r"(?P<day>christmas(?:\s+(?:day|eve))?|new\s+year'?s(?:\s+(?:day|eve))?|"
            r"valentine'?s\s+day|halloween|thanksgiving(?:\s+day)?|(?:the\s+)?(?:fourth|4th)\s+of\s+july|"
            r"independence\s+day|leap\s+day|mother'?s\s+day|father'?s\s+day|easter(?:\s+sunday)?|"
            r"navidad|nochebuena|año\s+nuevo|d[íi]a\s+de\s+reyes)",
            _I,
        ),
        birth_year=re.compile(
            rf"\b(?:born\s+in|born|b\.|nació\s+en|nacid[oa]\s+en)\s+(?P<year>{_YEAR})\b", _I
        ),
        ages=ages,
        age_words=age_words,
        street=re.compile(
            r"\b\d{1,6}(?:-\d{1,4})?\s+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
            rf"(?:[A-Z0-9][\w'.-]*\s+){{0,3}}[A-Z][\w'.-]*\s+{street_suffix}\b\.?"
            r"(?:,?\s+(?:Apt|Apartment|Unit|#)\.?\s*[A-Z0-9-]+)?"
        ),
        street_es=re.compile(
            r"\b(?:Calle|C/|Avenida|Av\.|Avda\.|Carrera|Cra\.|Calzada|Camino|Paseo|Carretera|"
            r"Privada|Callej[óo]n|Colonia|Col\.)\s+(?:[\wÁÉÍÓÚÑáéíóúñ.'-]+\s+){0,4}?"
            r"(?:\#|No\.?|N[úu]m\.?|n[úu]mero)?\s*\d{1,5}\b"
        ),
        po_box=re.compile(
            r"\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Apartado(?:\s+Postal)?)\s+\d+", _I
        ),
        zip_code=re.compile(
            rf"(?:\b{_STATES_ABBR}\s+|\b(?:zip(?:\s+code)?|c[óo]digo\s+postal|C\.P\.)\s*:?\s*|(?i:\b(?:{states_full}))\s+)"
            r"(?P<zip>\d{5}(?:-\d{4})?)\b"
        ),
        city_state=re.compile(
            rf"\b(?P<city>[A-Z][a-zA-Z.'-]+(?:\s+[A-Z][a-zA-Z.'-]+){{0,2}}),\s+(?:{_STATES_ABBR}\b|"
            rf"(?i:(?:{states_full}))\b)"
        ),
        home_town_before=re.compile(
            r"\b(?:from|of|in|lives\s+in|living\s+in|native\s+of|resident\s+of|hometown\s+of|hails\s+from|"
            r"de|desde|vive\s+en|originari[oa]\s+de|oriund[oa]\s+de)\s+$",
            _I,
        ),
        home_town_after=re.compile(
            r"\s+(?:native|resident|local|family|girl|boy|teen|man|woman|nativ[oa]|residente)\b", _I
        ),
        county=re.compile(r"\b(?P<county>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+(?:County|Parish))\b"),
        photo=re.compile(
            r"\b(?:pictured(?:\s+(?:here|above|below|with|left|right|at\s+left|at\s+right))?|"
            r"in\s+(?:this|the)\s+(?:photo|picture|pic|video)|photos?\s+(?:of\s+(?:him|her|them|our\s+patient)|"
            r"shared\s+with\s+permission|used\s+with\s+permission|courtesy\s+of\s+(?:the|his|her|their)\s+family)|"
            r"shared\s+with\s+(?:the\s+family's\s+|(?:his|her|their)\s+(?:family's\s+|parents'\s+|mom's\s+)?)?permission|"
            r"en\s+la\s+foto|foto\s+compartida\s+con\s+permiso|con\s+permiso\s+de\s+(?:la|su)\s+familia)\b"
            r"|(?:^|(?<=\n))\s*(?:photo|pic|picture|foto|video)(?=\s*:)"
            r"|\b(?:sent|shared|took|posted|sends|shares)\s+(?:us\s+)?(?:this|these)\s+"
            r"(?P<cue>photos?|pics?|pictures?|videos?)\b",
            _I,
        ),
        fax_before=re.compile(
            r"(?:\bf\s*[:.]?\s*|\b(?:fax|facsimile|telefax)\b[^.!?\n\d]{0,40})$", _I
        ),
        org_before=re.compile(
            r"(?<![\w'\u2019])[A-Z][\w'\u2019&.-]*(?:\s+(?:[A-Z][\w'\u2019&.-]*|&|of|for|de|y))*\s+"
            r"(?:Dentistry|Dental|Pediatrics|Orthodontics|Associates|Pharmacy|Clinic|Clinics|Hospital|"
            r"Center|Centre|Healthcare|Medical|Services|Foundation|Institute|Society|Association|Agency|"
            r"Department|Library|School|Church|Bank|Inc\.?|LLC|Group|Partners|Therapy|Rehabilitation|"
            r"Counseling|Hospice|Practice|Labs?|Cl[íi]nica|Farmacia|Fundaci[óo]n|Centro)"
            r"\s*(?:\(|:|,|-|\u2013|\u2014|at|al)?\s*$"
        ),
        call_to_action=re.compile(
            r"\b(?:call|text|dial|phone|tel|contact|reach|info|information|appointments?|schedule|register|"
            r"rsvp|hotline|helpline|line|llame|ll[áa]menos|llama|marque|informes|citas|l[íi]nea)\b",
            _I,
        ),
        person_date=re.compile(rf"(?<!\w){person_date}(?!\w)", _I),
        event_date=re.compile(rf"(?<!\w){_rx(lexicon.EVENT_DATE)}(?!\w)", _I),
        time_of_day=re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)", _I),
        story=re.compile(rf"(?<![\w])(?:{_rx(lexicon.STORY)})", _I),
        staff_events=re.compile(rf"(?<!\w){_rx(lexicon.STAFF_EVENTS)}(?!\w)", _I),
        staff_roles=re.compile(rf"(?<!\w)(?:{roles}|{titles}\.)(?!\w)", _I),
        donor=re.compile(rf"(?<!\w){_rx(lexicon.DONOR_CUES)}(?!\w)", _I),
        relative_any=re.compile(rf"(?<![\w'\u2019])(?:{rel})(?![\w'\u2019])", _I),
        left_relative=re.compile(
            rf"(?<![\w'\u2019])(?P<cue>(?:{rel})(?<!family)(?:s|es)?|(?:{rel}))"
            # "his wife of 65 years, Teresa"
            r"(?:\s+(?:(?:of|de)\s+\d{1,2}\s+(?:years|años)|de|of))?[\s,:]*$",
            _I,
        ),
        left_staff=re.compile(
            rf"(?<![\w'\u2019])(?P<cue>(?:{titles})\.?|{roles})[\s,:]*"
            r"(?:\d{1,3}[- ](?:years?|yrs?)[- ]old\s+)?(?-i:(?:[A-Z]\.\s*){1,2}\s)?$",
            _I,
        ),
        # "RIP Big Tony", "our patient, sweet Ava": a describing word may come between.
        left_strong=re.compile(
            rf"(?<![\w'\u2019])(?P<cue>{strong_before}|{_DESCRIBED_PATIENT})(?:[^\w]+(?:big|little|lil|sweet|dear|baby|"
            r"brave|tiny|young|old|precious|beautiful|miss|mister|master))?[^\w]*$",
            _I,
        ),
        left_weak=re.compile(rf"(?<![\w'\u2019])(?P<cue>{weak_before})[^\w]*$", _I),
        left_title=re.compile(
            r"(?<![\w'\u2019])(?P<cue>mr|mrs|ms|mx|miss|sr|sra|srta|señor|señora|señorita|don|doña|"
            rf"{_rx(lexicon.KIN_TITLES)})\.?\s+$",
            _I,
        ),
        left_place=re.compile(
            r"(?<![\w'\u2019])(?:in|from|to|at|near|of|around|across|outside|through|visit|visiting|"
            rf"de|en|desde|a|hacia|cerca\s+de|downtown|{_REGION_WORDS})\s+$",
            _I,
        ),
        left_month=re.compile(
            r"(?<![\w'\u2019])(?:in|on|since|until|by|this|last|next|early|late|mid|of|de|en|desde|hasta|el|"
            r"este|pasado|through|from|during|durante)\s+$",
            _I,
        ),
        left_host=re.compile(
            r"(?<![\w'\u2019])(?:join|joined\s+by|hosted\s+by|led\s+by|presented\s+by|featuring|moderated\s+by|"
            r"ask|with\s+(?:guest|special\s+guest|host)|únete\s+a|acompaña\s+a|con\s+la\s+participación\s+de)\s+$",
            _I,
        ),
        left_determiner=re.compile(
            r"(?<![\w'\u2019])(?:the|a|an|our|your|this|that|of|with|y|la|el|de|con|for|in|on|to|bring|brings|"
            r"brought|give|gives|find|found|share|spread|full\s+of)\s+$",
            _I,
        ),
        left_saint=re.compile(
            r"(?<![\w'\u2019])(?:st|saint|san|santa|santo|mount|mt|lake|fort|ft|port|camp|cape|lady|"
            r"our\s+lady\s+of|hurricane|tropical|storm|typhoon|cyclone|huracán|huracan|tormenta)\.?\s+$",
            _I,
        ),
        left_condition_es=re.compile(
            r"(?<![\w'\u2019])(?:enfermedad|s[íi]ndrome|linfoma|sarcoma|tumor|mal|maniobra|prueba|escala|"
            r"test|puntuaci[óo]n|tetralog[íi]a|corea|ataxia|distrofia|par[áa]lisis)\s+de\s+$",
            _I,
        ),
        right_relative=re.compile(
            rf"^['\u2019]s\s+(?:(?:big|little|baby|twin|younger|older|loving|proud)\s+)?(?P<cue>{rel})\b",
            _I,
        ),
        right_credential=re.compile(rf"^\s*,?\s*(?P<cue>{_rx(lexicon.CREDENTIALS)})(?![\w-])", _I),
        right_staff=re.compile(
            r"^\s*[,\u2014\u2013]?\s*(?:who\s+)?(?:(?:is|was|has\s+been|['\u2019]s\s+been|had\s+been|became|becomes|works\s+as|"
            r"worked\s+as|serves\s+as|served\s+as|joined\s+(?:us|our\s+team|the\s+team)(?:\s+as)?|"
            r"joins\s+(?:us|our\s+team|the\s+team)(?:\s+as)?|started\s+(?:as|here\s+as)|es|fue|ha\s+sido|"
            r"trabaja\s+como|se\s+unió\s+como)\s+)?"
            r"(?:(?:our|a|an|the|one\s+of\s+our|nuestr[oa]|un|una|la|el|su)\s+)?"
            rf"(?P<filler>(?:[\w'\u2019/-]+\s+){{0,4}}?)(?P<cue>{roles})\b",
            _I,
        ),
        right_department=re.compile(
            r"^(?:\s*,?\s+(?:and|&|y)\s+[A-Z][\w'\u2019-]+)?\s*,?\s+(?:in|from|of|on|at|en|de|del)\s+(?:our\s+|the\s+|el\s+|la\s+)?"
            r"(?:(?:[A-Z][\w&-]*|&|and)\s+){0,3}?(?:Services|Department|Dept\.?|Radiology|Pharmacy|Nursing|Cardiology|"
            r"Oncology|Laboratory|Lab|Security|Housekeeping|Facilities|Engineering|IT|HR|Finance|Marketing|"
            r"Administration|Nutrition|Dietary|Registration|Admissions|Billing|Transport|Transportation|"
            r"Maintenance|Patient\s+Access|Human\s+Resources|Food\s+Service|Environmental\s+Services|"
            r"Communications|Foundation|Volunteer\s+Services|Quality|Informatics|Servicios|Departamento|"
            r"Biomed|Biomedical|EVS|Sterile\s+Processing|Supply\s+Chain|Central\s+Supply|Materials\s+Management|"
            r"Linen|Laundry|Kitchen|Cafeteria|Gift\s+Shop|Mailroom|Payroll|Accounting|Purchasing|"
            r"Enfermería|Farmacia|Administración)\b"
            r"|^\s+(?:from|of|on|in|at)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:team|department|staff|office|services|program|desk|shop|cafeteria|kitchen|store|crew)\b"
        ),
        right_staff_possession=re.compile(
            rf"^['\u2019]s\s+(?:\w+\s+)?(?P<cue>{_rx(lexicon.STAFF_POSSESSIONS)})\b", _I
        ),
        right_story=re.compile(
            r"^\s*,?\s*(?:(?:who|que|and|y)\s+)?(?:(?:just|finally|recently|officially|proudly|bravely|also|"
            r"now|today|yesterday|this\s+week|last\s+week|happily|ya|hoy|por\s+fin|finalmente)\s+)*"
            rf"(?P<cue>{_rx(lexicon.PATIENT_AFTER)})(?!\w)",
            _I,
        ),
        right_age=re.compile(
            r"^\s*(?:,\s*(?P<cue>(?:age\s+)?\d{1,3}"
            r"(?:\s*(?:months?|weeks?|days?|years?|mos?|yrs?)(?:[- ]old)?"
            r"|\s*(?:y/?o\s*)?[MF](?=\W))?"
            r"|de\s+\d{1,3}\s+(?:años|meses|semanas|días)|\d{1,3}\s+años)\s*[,.)]"
            r"|\(\s*(?P<cue2>(?:age\s+|edad\s+)?\d{1,3}(?:\s*(?:months?|weeks?|days?|years?|años|meses))?)\s*\))",
            _I,
        ),
        right_possession=re.compile(
            rf"^['\u2019]s\s+(?P<cue>{_rx(lexicon.PATIENT_POSSESSIONS)})\b", _I
        ),
        right_condition=re.compile(
            r"^(?:['\u2019]s?|['\u2019]s)?\s*(?:disease|syndrome|lymphoma|sarcoma|tumou?r|palsy|disorder|esophagus|"
            r"ataxia|dystrophy|score|test|maneuver|manoeuvre|smear|contractions|cyst|sign|reflex|anomaly|"
            r"phenomenon|virus|law|criteria|scale|classification|body|bodies|dementia|chorea|"
            r"thyroiditis|encephalopathy|anemia|anaemia|sequence|variant)\b"
            r"|^\s+(?:surgery|procedure|operation|technique|method|shunt|repair)\b",
            _I,
        ),
        right_place=re.compile(
            rf"^\s*,\s*(?:{_STATES_ABBR}\b|(?i:(?:{states_full})\b)|USA\b|U\.S\.)"
        ),
        pseudonym=re.compile(
            r"^\W{0,4}(?:not\s+(?:his|her|their|the\s+(?:patient|child)'?s)\s+real\s+name|"
            r"(?:name|names)\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)?changed|a\s+pseudonym|"
            r"no\s+es\s+su\s+nombre(?:\s+real)?|nombre\s+(?:ficticio|cambiado))",
            _I,
        ),
        # "Nurse Kim and her daughter", "Dr. Patel's son": the family of a staff member.
        staff_relative=re.compile(
            rf"(?<![\w'\u2019])(?:(?:{titles})\.?|{roles})\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
            r"(?:\s+(?:and|&|with|y|con)\s+(?:his|her|their|su|sus)|['\u2019]s)\s+"
            r"(?:(?:own|big|little|baby|twin|younger|older|oldest|youngest|new)\s+)?$",
            _I,
        ),
        # "Volunteer spotlight: Ruth", "Voluntaria del mes: doña Chelo".
        left_spotlight=re.compile(
            rf"(?<![\w'\u2019])(?P<cue>(?:{roles}|staff|team|employee|nurse|volunteer)\s+(?:spotlight|"
            r"appreciation|of\s+the\s+(?:month|year|week|quarter)|del\s+(?:mes|año)|destacad[oa])"
            r"|spotlight\s+on)\b[^\w]*(?:(?:is|es|:)\s+)?(?:(?:our|nuestr[oa]|the|la|el)\s+)?"
            r"(?:(?:mr|mrs|ms|miss|don|doña|sr|sra|srta)\.?\s+)?$",
            _I,
        ),
        # "Ava and her husband Tom", "Rosario y su esposo Manuel".
        right_with_relative=re.compile(
            r"^\s*,?\s+(?:(?:and|&|with|y|con|junto\s+(?:a|con))\s+(?:his|her|their|su|sus)|whose|cuy[oa]s?)\s+"
            r"(?:(?:loving|proud|new|big|little|baby|twin|younger|older|husband\s+and|wife\s+and)\s+)?"
            rf"(?P<cue>{rel})\b",
            _I,
        ),
        right_family=re.compile(
            r"^\s+(?P<cue>family|families|household|clan|crew|kids|children|twins|triplets)\b", _I
        ),
        pronoun_staff=re.compile(r"^\W*(?:she|he|they|ella|él)\b(?P<rest>.*)$", _I | re.S),
        vocative=re.compile(
            r"^\W*(?:happy|congrat\w*|welcome|bienvenid\w*|felicidades|felicitaciones|go|way\s+to\s+go|keep|"
            r"we\s+love|love|so\s+proud|proud|hang\s+in|stay\s+strong|you\s+did\s+it|you'?re|you\s+are|"
            r"get\s+well|feliz|fuerza|vamos|ánimo|te\s+queremos|estamos\s+orgullosos)\b.*,\s*$",
            _I,
        ),
        quantity_after=re.compile(rf"^\s*(?:{_rx(lexicon.QUANTITY_WORDS)})\b", _I),
    )


# --- One scan ------------------------------------------------------------------------------

# When two findings overlap, the one with the lower rank wins (then the longer).
_RANK = {
    "cued": 10, "EMAIL": 20, "URL": 25, "IP": 28, "PHONE": 30, "FAX": 30, "SSN": 32,
    "VEHICLE": 34, "ACCOUNT": 36, "DATE": 40, "AGE": 45, "GEO": 50, "MRN": 55,
    "OTHER_ID": 55, "NAME": 65, "PHOTO": 70,
}  # fmt: skip

# The hospital's own machines: their addresses are not a patient's.
_OWN_SYSTEMS = re.compile(
    r"\b(?:our|the\s+hospital'?s|nuestr[oa]s?)\s+(?:new\s+)?(?:servers?|website|web\s+site|site|portal|"
    r"network|systems?|app|vpn|wi-?fi|servidor(?:es)?|red|sitio|p[áa]gina)\b",
    re.IGNORECASE,
)
_PHONE_CUED = re.compile(
    r"(?<!\w)(?P<cue>cell(?:\s+phone)?|mobile|mob\.?|tel\.?|teléfono|telefono|tel[ée]fono\s+m[óo]vil"
    r"|celular|cel\.?|m[óo]vil|whats\s?app|ph\.?|phone(?:\s+number)?"
    r"|ll[áa]m\w*\s+al|call\s+(?:me|us|her|him|them)\s+at)"
    r"\s*(?:\#|no\.?|is|es|:|-)?\s*(?:\#|:)?\s*"
    r"(?P<number>\+?\(?\d[\d ().-]{5,18}\d)(?![\w.-]\d)",
    re.IGNORECASE,
)
_PHONE_BEFORE = re.compile(
    r"(?i)\b(?:call|text|phone|cell|mobile|tel|contact|reach|dial|number|llam\w*|tel[ée]fono|cel|"
    r"celular|m[óo]vil|whats\s?app|n[úu]mero|at|al)\b\W*$"
)
_CHART_NAME_REASON = "Looks like a patient's name written as in a chart."
# Identifiers only a patient's record carries: a phone number beside one is the patient's.
_RECORD_TYPES = frozenset({"MRN", "SSN", "HEALTH_PLAN", "ACCOUNT", "DEVICE", "LICENSE"})
_FULL_NUMERIC_DATE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})")
_MONTH_OF_CARE = re.compile(
    rf"(?i)\b(?:his|her|their|my|your)\s+(?P<month>{_MONTHS_EN})\s+"
    r"(?P<care>stay|visit|admission|surgery|appointment|appt|delivery|discharge|procedure|"
    r"hospitali[sz]ation|transplant|bypass|c-section|ER\s+visit)\b"
)
_MONTH_OF_EVENT = re.compile(
    rf"(?i)\b(?:the|a|that|last|this)\s+(?P<month>{_MONTHS_EN})\s+"
    r"(?P<event>(?:ice|snow|winter)\s*storm|storm|blizzard|heat\s+wave|tornado|flood|fire|fall|"
    r"crash|wreck|hurricane|freeze|outage|derecho|accident|shooting)\b"
)
_PADDED_MONTH_DAY = re.compile(r"\d\d/\d\d")
_RECORD_DATE_REASON = "A date in a pasted record that holds a patient's identifying numbers."
_TOLL_FREE = {"800", "833", "844", "855", "866", "877", "888"}
_PERSONAL_SITES = re.compile(
    r"(?:^|\.)(?:gofundme\.com|gofund\.me|caringbridge\.org|mealtrain\.com|lotsahelpinghands\.com|"
    r"givesendgo\.com|fundly\.com|youcaring\.com|spotfund\.com|giveforward\.com|fundrazr\.com|"
    r"venmo\.com|paypal\.me|cash\.app|helphopelive\.org|takethemameal\.com|carecalendar\.org|"
    r"mightycause\.com|crowdrise\.com|justgiving\.com|vakinha\.com\.br|linktr\.ee)$",
    _I,
)
_SOCIAL_SITES = re.compile(
    r"(?:^|\.)(?:facebook\.com|fb\.com|instagram\.com|tiktok\.com|x\.com|twitter\.com|youtube\.com|"
    r"linkedin\.com|threads\.net|pinterest\.com|snapchat\.com)$",
    _I,
)
_ROLE_MAILBOXES = {
    "info", "media", "press", "news", "contact", "hello", "help", "support", "giving",
    "foundation", "donate", "donations", "volunteer", "volunteers", "careers", "jobs", "hr",
    "events", "marketing", "communications", "comms", "pr", "webmaster", "admin", "noreply",
    "no-reply", "appointments", "billing", "privacy", "compliance", "patientrelations",
    "feedback", "social", "community", "education", "research", "outreach", "info.es",
}  # fmt: skip
_NAME_WORD = re.compile(r"[^\W\d_]+")
# Tags asking prayers for someone: whatever word follows is who (`_prays_for_someone`).
_PRAYER_PREFIXES = (
    "prayersfor", "prayers4", "prayingfor", "praying4", "prayfor", "pray4", "oracionespor",
    "oracionpor", "oremospor", "orandopor",
)  # fmt: skip
# Hashtags and handles built around a patient's name: #TeamJayden, #AvaStrong.
_TAG_PREFIXES = {
    *_PRAYER_PREFIXES,
    "team", "fuerza",
    "fuerzapara", "fightfor", "fight4", "standwith", "happybirthday", "welcomehome",
    "inmemoryof", "remembering", "todosconel", "todosconla", "todoscon",
    "vamos", "love4", "lovefor", "bravelike", "stronglike", "runfor", "walkfor", "ridefor",
    "hopefor", "healingfor", "justicefor", "livelike", "bemorelike", "unidospor", "todospor",
    "felizcumpleanos", "felizcumple", "fuerzadon", "fuerzadona",
    "yosoy", "todossomos", "iam", "weare", "welove", "rip", "flyhigh", "vuelaalto", "longlive",
    "mama", "maman", "papa", "abuela", "abuelo", "grandma", "grandpa", "nana", "nonna", "tia",
    "tio",
}  # fmt: skip
_TAG_SUFFIXES = {
    "strong", "fuerte", "warrior", "warriors", "army", "nation", "tough", "brave", "journey",
    "story", "fight", "fighter", "crew", "squad", "miracle", "recovery", "homecoming",
    "stronger", "power", "updates", "update", "guerrera", "guerrero", "valiente", "milagro",
    "strongtogether", "battle", "legacy", "proud", "light", "thebrave", "vscancer", "tribe",
    "kickscancer", "beatscancer", "lucha", "batalla", "esperanza", "hero", "superhero", "vive",
    "forever", "siempre", "beatsit", "kicksit",
}  # fmt: skip
# After a place name, these make it a place: "our Chandler campus".
_SITE_AFTER = re.compile(
    r"\s+(?:campus|clinic|clinics|location|locations|office|offices|branch|site|hospital|center|"
    r"facility|families|residents|area|region|community|metro|county|schools|police|fire)\b"
)
# Words of awareness days' and campaigns' tags: a first name among them is not a patient's.
_TAG_CAMPAIGN_WORDS = frozenset(
    {"day", "week", "month", "awareness", "national", "world", "dia", "semana", "mes", "mundial"}
    | {"nacional", "internacional", "dona", "donate", "donar", "vida", "salud", "health"}
)
# Where camel case starts a new word: "TeamJayden", "MLKDay"; and at "_", "." and digits.
_CAMEL_BOUNDARY = re.compile(
    r"[_.]+|\d+|(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])|(?<=[A-ZÀ-Þ])(?=[A-ZÀ-Þ][a-zß-ÿ])"
)


def _prays_for_someone(folded_tag: str, lex: _Lexicon) -> bool:
    """A hashtag asking prayers for a person ("#PrayForTank"), not for a town or a region."""
    who = next((folded_tag[len(p) :] for p in _PRAYER_PREFIXES if folded_tag.startswith(p)), "")
    return (
        len(who) > 1
        and who.isascii()
        and who.isalpha()
        and who not in lex.cities
        and who not in lex.regions
    )


# Cues too vague to make an unknown word a name: "Go Riverside!", "Hi Bluey".
_VAGUE_CUES = {"go", "go team", "team", "hi", "hello", "dear", "hola", "vamos", "strong"}
_PARTICLES = {
    "de",
    "del",
    "la",
    "las",
    "los",
    "van",
    "von",
    "da",
    "dos",
    "das",
    "di",
    "du",
    "le",
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_FILLER_STOP = {
    "who", "whose", "with", "and", "her", "his", "their", "of", "for", "to", "by", "from",
    "mom", "dad", "mother", "father", "family", "baby", "son", "daughter", "patient", "y",
    "con", "su", "sus", "para", "por", "when", "while", "after", "before", "at", "in",
    "a", "al", "los", "las", "les", "thank", "thanks", "thanked", "brought", "visited", "sent",
    "wrote", "trajo", "agradecer", "agradece", "agradeció", "visitó", "escribió", "envió",
}  # fmt: skip


@cache
def _city_first_words() -> frozenset[str]:
    return frozenset(c.split()[0] for c in _lexicon().cities)


@cache
def _institution_words() -> frozenset[str]:
    return frozenset(_fold(w) for w in lexicon.INSTITUTIONS.replace("\n", "").split("|"))


@dataclass(frozen=True)
class _Candidate:
    type: str
    start: int
    end: int
    reason: str
    rank: int


@dataclass(frozen=True)
class _Judged:
    """A run of name-like words and what the scanner made of it."""

    start: int
    end: int
    key: str  # the words, folded: "rose delgado"
    verdict: str  # "name", "staff", "other" or "not a person"
    local: bool  # decided by a cue right next to it
    kind: str  # "strong", "word" or "unknown"
    weak_cue: str  # a greeting before an unknown word ("shout out to"), if any


@dataclass(frozen=True)
class _Token:
    start: int
    end: int  # without a possessive 's
    text: str
    folded: str
    possessive: bool
    sentence: int


class _Post:
    """One scan of one text: the text, its sentences and tokens, and what was found."""

    def __init__(self, text: str, context: OrgContext) -> None:
        self.text = text
        self.context = context
        self.lex = _lexicon()
        self.rx = _patterns()
        self.candidates: list[_Candidate] = []
        self.protected: list[tuple[int, int]] = []  # the organisation's own details
        self.masked: list[tuple[int, int]] = []  # URLs, e-mails, handles, hashtags
        self._never_names: list[tuple[int, int]] | None = None  # `staff_but_patient`
        self.named_days: list[tuple[int, int]] = []  # holidays: "Valentine's Day", "Navidad"
        self.public_names: list[tuple[int, int]] = []  # "Elsa", "Prince": figures or patients
        self.public_spans: list[tuple[int, int]] = []  # every public figure named
        self.not_persons: list[tuple[int, int]] = []  # conditions, places, pseudonyms
        self.is_story = bool(self.rx.story.search(text))
        self.sentences = self._split_sentences()
        self.sentence_starts = [s for s, _ in self.sentences]
        self.tokens = self._tokenize()
        self.name_found = False
        self.judged: list[_Judged] = []
        self.staff_spans: list[tuple[int, int]] = []
        self.staff_keys: set[str] = set()
        self.tag_names: list[str] = []  # names read inside hashtags and handles
        self.previous: tuple[int, str, str, bool] | None = None  # the last name-like group
        self.detailed = False  # looking for the details of a post already about a patient
        lower = len(_LOWER.findall(text))
        self.shouting = len(_UPPER.findall(text)) > 1.5 * lower + 3

    @cached_property
    def has_spotlight(self) -> bool:
        """The post has a "spotlight" or "of the month" heading somewhere (a quick check)."""
        return bool(_SPOTLIGHT_HINT.search(self.text))

    @cached_property
    def spanish(self) -> bool:
        """More Spanish than English function words: "Ella" is then "she", not a name."""
        es = len(_SPANISH_WORDS.findall(self.text))
        return es > len(_ENGLISH_WORDS.findall(self.text))

    @cached_property
    def speaks_of_care(self) -> bool:
        """A course of care, an injury, a return visit or a loss ("six weeks of radiation",
        "welcome back"): not a story on its own (`phi_model.care_cue`)."""
        return phi_model.care_cue(self.text)

    @cached_property
    def has_thanks(self) -> bool:
        return bool(_THANKS_HINT.search(self.text))

    @cached_property
    def _emails(self) -> list[re.Match[str]]:
        """The e-mail addresses, read once for the organisation's details and the web's."""
        return list(self.rx.email.finditer(self.text))

    @cached_property
    def is_staffish(self) -> bool:
        """The post talks about staff (roles, awards, service years): asked only when needed."""
        return bool(self.rx.staff_events.search(self.text) or self.rx.staff_roles.search(self.text))

    # -- driver --

    def findings(self) -> list[Finding]:
        self._protect_organisation()
        self._find_web()
        self._find_ids()
        self._find_ages()
        self._find_incident_ages()
        self._find_names()
        self._find_words_spoken_to()
        self._find_relatives_spoken_to()
        self._find_word_names_with_own_event()
        self._find_initials()
        self._find_nicknames()
        self._find_names_in_lowercase_post()
        self._find_lower_case_full_names()
        self._find_names_after_possessive()
        self._find_hashtags_and_handles()
        self._propagate_names()
        self._find_employers()
        self._find_phones()  # after the names: a name nearby makes a number personal
        self._find_dates()
        self._find_geo()
        self._find_photo()
        found = self._resolve()
        if found:
            found = self._add_details_of_patient(found)
        return found

    def not_patient_spans(self, *, staff: bool = True) -> list[tuple[int, int]]:
        """Where the rules decided the words are not a patient's (after `findings()`):
        the organisation's details, holidays, public figures, words that are never names
        here, and (unless `staff` is false) staff."""
        spans = self._known_not_patients()
        if staff:
            spans += [(j.start, j.end) for j in self.judged if j.verdict == "staff"]
        # Staff named with a title or credential right next to them ("Dr. Harriet
        # Mbeki-Stone", "CEO Patricia Whitcombe-Hale", "Gracie Soto, CCLS") stay staff
        # even where the post has nothing of a patient.
        spans += [
            (j.start, j.end)
            for j in self.judged
            if j.verdict == "staff"
            and j.local
            and (
                _TITLED_STAFF_BEFORE.search(self.text, max(0, j.start - 40), j.start)
                or self._staff_after(self.text[j.end : j.end + 120], j.end)
            )
        ]
        if staff:
            spans += self.staff_spans
        return spans

    def ones_own_day(self, start: int, end: int) -> bool:
        """A full date ("March 3", "15 de septiembre", "6/30") in a sentence with nothing
        of an event, a count of people or an awareness day: it can be one person's day."""
        value = self.text[start:end]
        if not re.search(r"\d", value) or not (
            re.search(r"\d{1,2}\s*/\s*\d{1,2}", value)
            or any(_fold(w) in _MONTH_WORDS for w in re.findall(r"[^\W\d_]+", value))
        ):
            return False
        s, e = self.sentence_of(start)
        sentence = self.text[s:e]
        return not (
            _NOTICE_DATE_BEFORE.search(self.text, max(s, start - 25), start)
            or self.rx.event_date.search(sentence)
            or _GROUP_SUBJECT.search(sentence)
            or _CALL_TO_EVENT.search(sentence)
            or _AWARENESS_TAG.search(self.text)
            or self._overlaps(self.named_days, start, end)
        )

    def not_patient_dates(self) -> list[tuple[int, int]]:
        """Where a date is not a patient's: the organisation's details, and public
        figures' and events' days the rules know."""
        return [*self.protected, *self.public_names, *self.public_spans, *self.not_persons]

    def other_names(
        self, found: list[Finding], learned: list[phi_model.LearnedSpan]
    ) -> list[Finding]:
        """In a post already about a patient, the other names a reviewer should see.

        Once a post is patient-specific, any person it names may be the patient or a
        relative, so the bar for a name is lower than for the verdict: a name after a
        title from outside the hospital ("Officer Tom Garrity", "Coach Destiny",
        "Sister Mary Agnes"), a name the learned tagger finds however unsure
        (`OTHER_NAME_THRESHOLD`), a family named by its surname ("To the Gallaghers"),
        a first name the post speaks to ("¡Ánimo, Lupe!"), the names signing a note ("—
        Cassidy"), and every other mention of a name found ("Frank" after "Frank
        Dombrowski"). What the rules know is not a patient's stays
        cleared: staff named with their role (unless the tagger is sure they are the
        patient or a relative: `staff_but_patient`), the organisation, public figures,
        holidays, conditions and places. These names never change `patient_specific`,
        which is decided before.
        """
        text = self.text
        cleared = self._never_a_patient()
        taken = [(f.start, f.end) for f in found]
        extra: list[Finding] = []

        def add(start: int, end: int, reason: str) -> None:
            taken.append((start, end))
            extra.append(Finding("NAME", start, end, text[start:end], reason))

        for j in self.judged:
            if j.verdict != "staff" or self._overlaps(taken, j.start, j.end):
                continue
            title = self._lay_title_before(j.start)
            if j.local and title and not self._overlaps(cleared, j.start, j.end):
                add(j.start, j.end, _LAY_TITLE_REASON.format(_clean(title["title"])))
        for span in learned:
            if span.type != "NAME" or span.probability < OTHER_NAME_THRESHOLD:
                continue
            start, end = span.start, span.end
            # "Warsame Hodan M 04.11.1929": the tagger's name ends where another finding starts
            end = min(
                (f.start for f in found if f.type != "NAME" and start < f.start < end),
                default=end,
            )
            end = start + len(text[start:end].rstrip(" ,;:-"))
            if end <= start or self._overlaps(taken, start, end):
                continue
            if not self._overlaps(cleared, start, end):
                add(start, end, _OTHER_NAME_REASON)
            elif self.staff_but_patient(span):
                add(span.start, span.end, _STAFF_PATIENT_REASON)
        families = [(m, False) for m in _FAMILY_NOUN.finditer(text)]
        families += [(m, True) for m in _FAMILY_PLURAL.finditer(text)]
        named = {_fold(f.text.split()[-1]) for f in found if f.type == "NAME" and f.text.split()}
        for m, plural in families:
            # "To the Nguyens", "— The Strouds", "the whole Okafor house", "the Mercer girls"
            surname = _fold(m["surname"])
            # "the Reeses": "Rees" or "Reese"; "the Pinckneys" after "Grace Pinckney"
            forms = {surname, surname + "e"} if plural and m.group().endswith("es") else {surname}
            if plural and not forms & (self.lex.surnames | named):
                continue  # "the Spurs", "the Cubs": a team, not a family
            if not plural and (
                surname in self.lex.vocabulary
                or any(self.lex.plain_word(part) for part in surname.split("-"))
            ):
                continue  # "the gift-shop crew"
            span = m.span("surname") if not plural else (m.start("surname"), m.end())
            if not self._overlaps(taken + cleared, *span):
                add(*span, _FAMILY_REASON.format(text[span[0] : span[1]]))

        def add_listed(m: re.Match[str], reason: str, known: str) -> None:
            # each capitalised word of the match's "names" that is no word nor staff, and a
            # known first name or surname: "each" of them, "one" of them at least, or "any"
            words = list(re.finditer(r"[A-ZÁÉÍÓÚÑ][\w'\u2019-]+", m["names"]))
            folds = [_fold(w.group()) for w in words]
            is_known = [f in self.lex.names or f in self.lex.surnames for f in folds]
            if known == "one" and not any(f in self.lex.names for f in folds):
                return  # "Tunde, Bisi and Kemi": one of them a known first name
            for word, folded, named in zip(words, folds, is_known, strict=True):
                if (known == "each" and not named) or folded in self.lex.vocabulary:
                    continue
                span = (m.start("names") + word.start(), m.start("names") + word.end())
                if folded not in self.staff_keys and not self._overlaps(taken + cleared, *span):
                    add(*span, reason.format(word.group()))

        # "the Kaleak and Hopson families", "the Grier, Tolbert and Hightower families"
        for m in _FAMILY_LIST.finditer(text):
            add_listed(m, _FAMILY_REASON, "any")
        # "— Erin & Josh Carlsen", "Con cariño, Lety, Memo y Araceli": who signs a note
        for m in _SIGNATURE.finditer(text):
            add_listed(m, _SIGNATURE_REASON, "each")
        # "Chidi, Ngozi and Emeka — you made our night", "Linda, Janet and Sue — thank you"
        for m in _ADDRESSED_LIST.finditer(text):
            add_listed(m, _ADDRESSED_REASON, "one")
        for m in _ADDRESSED_NAME.finditer(text):
            # "¡Ánimo, Lupe!", "Deshawn, your dad's coworkers": a first name spoken to
            token = m["name"]
            folded = _fold(token)
            if folded not in self.lex.names or folded in self.staff_keys:
                continue
            if folded in self.lex.vocabulary or token.lower() in self.lex.not_names:
                continue
            if not self._overlaps(taken + cleared, *m.span("name")):
                add(*m.span("name"), _ADDRESSED_REASON.format(token))
        lex = self.lex

        def plain_name(word: str) -> bool:
            folded = _fold(word)
            return (
                folded not in self.staff_keys
                and not lex.plain_word(folded)
                and word.lower() not in lex.not_names
            )

        for f in found if "(" in text else ():
            # "CIPRIANI, VINCENT (Vinny)": a nickname in brackets after a name found
            m = _NICKNAME_IN_BRACKETS.match(text, f.end)
            if (
                f.type == "NAME"
                and m
                and plain_name(m["name"])
                and not self._overlaps(taken + cleared, *m.span("name"))
            ):
                add(*m.span("name"), _NICKNAME_IN_BRACKETS_REASON.format(m["name"]))
        if _NICKNAME_QUOTES_HINT.search(text):
            # "El cantante Ramón 'El Güero' Araiza", "Oilers legend Curtis 'Big Train'
            # Wilkerson": a full name with a nickname in quotes, in a post about a patient,
            # even after a role (a public person who is the patient), never the
            # organisation's, a public figure's or a holiday's
            known: list[tuple[int, int]] | None = None
            for m in _NAME_WITH_NICKNAME.finditer(text):
                if _fold(m["first"]) not in lex.names:
                    continue
                if known is None:
                    known = self._known_not_patients() + self.masked
                if (
                    not self._overlaps(taken, *m.span())
                    # the nickname may be words ("Big Train"); the name around it may not
                    and not self._overlaps(known, *m.span("first"))
                    and not self._overlaps(known, *m.span("last"))
                    and not _CARE_STAFF_BEFORE.search(text, max(0, m.start() - 40), m.start())
                ):
                    add(*m.span(), _NAME_WITH_NICKNAME_REASON.format(m.group()))
        for pattern, reason in _PEOPLE_IN_A_MESSAGE:
            # "[iMessage] Lottie: Can y'all post ...", "Call Tinker at 501-555-0187",
            # "... God bless. Ro"
            for m in pattern.finditer(text):
                name = m["name"]
                if (
                    _fold(name.split()[0]) in lex.names
                    and all(map(plain_name, name.split()))
                    and not self._overlaps(taken + cleared, *m.span("name"))
                ):
                    add(*m.span("name"), reason.format(name))
        keys: set[str] = set()
        initials: set[str] = set()  # "JJ", "MJ": a name of two capitals
        for f in [*found, *extra]:
            if f.type == "NAME" and text[f.start] not in "#@":
                for t in self.tokens:
                    if f.start <= t.start < f.end and t.text[0].isupper():
                        if len(t.folded) > 2:
                            keys.add(t.folded)
                        elif len(t.text) == 2 and t.text.isupper():
                            initials.add(t.text)
        # a name the tagger showed to be no staff's after all is found again too
        keys -= self.staff_keys - {
            t.folded
            for f in [*found, *extra]
            if f.reason == _STAFF_PATIENT_REASON
            for t in self.tokens
            if f.start <= t.start < f.end
        }
        for token in self.tokens if keys else ():
            if token.folded not in keys or not token.text[0].isupper():
                continue
            if not self._overlaps(taken + cleared, token.start, token.end):
                add(token.start, token.end, _AGAIN_REASON.format(token.text))
        org_words = {w for w in re.findall(r"[^\W\d_]{4,}", _fold(self.context.name))}
        for m in self.rx.hashtag.finditer(text) if keys or initials else ():
            # "#LilyLovesPizza", "#gusgoeshome", "#Minnie100", "#JJsFirstPitch" in a post that
            # names Lily, Gus, Minnie or JJ; never the organisation's own campaign tag
            # ("#KingsHarborStrong")
            body = m["body"]
            squashed = _fold(body).rstrip("0123456789")
            if self._overlaps(taken, *m.span()) or any(w in squashed for w in org_words):
                continue
            parts = {_fold(part) for part in _CAMEL_BOUNDARY.split(body) if part}
            if any(len(k) > 2 and (k in parts or squashed.startswith(k)) for k in keys) or (
                body[:2].upper() in initials and (body[2:3] in ("", "s") or body[2:3].isupper())
            ):
                add(*m.span(), _NAMED_TAG_REASON.format(m.group()))
        if not extra:
            return found
        return sorted([*found, *extra], key=lambda f: (f.start, f.end))

    def staff_but_patient(self, span: phi_model.LearnedSpan) -> bool:
        """A name the rules took for staff that the tagger is sure is a patient's or a
        relative's (`STAFF_PATIENT_THRESHOLD`): staff are patients and patients' relatives
        too. Never one after a doctor's title, nor one the rules know to be the
        organisation's, a public figure's or no name at all."""
        if (
            span.probability < STAFF_PATIENT_THRESHOLD
            or _DOCTOR_BEFORE.search(self.text, max(0, span.start - 12), span.start)
            or self._lay_title_before(span.start)  # `other_names` says why ("Captain")
        ):
            return False
        if self._never_names is None:
            self._never_names = self._known_not_patients() + self.masked
        return not self._overlaps(self._never_names, span.start, span.end)

    def _never_a_patient(self) -> list[tuple[int, int]]:
        """What the rules know is not a patient's name, whatever the post: the
        organisation, holidays, public figures, conditions and places, links and tags,
        words that are never names here, and staff named with their role ("our nurse
        Jess", "Dr. Patel"), unless the role is from outside the hospital."""
        spans = self._known_not_patients() + self.masked
        spans += [
            (j.start, j.end)
            for j in self.judged
            if j.verdict == "staff" and j.local and not self._lay_title_before(j.start)
        ]
        return spans

    def _known_not_patients(self) -> list[tuple[int, int]]:
        """The organisation's details, holidays, public figures, conditions and places
        ("Turner syndrome", "coastal Georgia"), a name the post says is not the person's
        ("'Sarah' (not her real name)"), and words that are never a name here ("Ella" in
        a Spanish post, "tiny")."""
        spans = [*self.protected, *self.named_days, *self.public_names, *self.public_spans]
        spans += [(j.start, j.end) for j in self.judged if j.verdict == "public"]
        spans += self.not_persons
        for token in self.tokens:
            lower = token.text.lower()
            if (
                lower in self.lex.not_names
                or token.folded in _NEVER_NAMES
                or (lower in _SPANISH_PRONOUNS and self.spanish)
            ):
                spans.append((token.start, token.end))
        for m in _DOTTED_LETTERS.finditer(self.text) if "." in self.text else ():
            if m.group().replace(".", "") in _NOT_INITIALS:
                spans.append(m.span())  # "the E.R.", "U.S.", "10 A.M."
        return spans

    def _lay_title_before(self, start: int) -> re.Match[str] | None:
        """A title from outside the hospital right before `start`: "Officer", "Coach"."""
        return _LAY_TITLE_BEFORE.search(self.text, max(0, start - 30), start)

    def _add_details_of_patient(self, found: list[Finding]) -> list[Finding]:
        """In a post already about a patient, the smaller details that point to them:
        ages under 90 and the day or time of their events ("On Tuesday they were back").

        Safe Harbor lists only ages over 89, and a weekday alone identifies nobody, but
        next to a named patient both help identify them. They are looked for only once
        the post is patient-specific on other grounds, and never where another finding
        is, so they do not change `patient_specific` or the other findings: a nameless
        "45-year-old runner" stays a health story.
        """
        self.detailed = True
        before = len(self.candidates)
        self._find_dates()
        self._find_holiday_after_date()
        self._find_holiday_tags()
        self._find_younger_ages()
        self._find_bare_older_ages()
        taken = [(f.start, f.end) for f in found]
        added = [c for c in self.candidates[before:] if not self._overlaps(taken, c.start, c.end)]
        self.candidates[before:] = added
        return self._resolve() if added else found

    def details_of(self, found: list[Finding]) -> list[Finding]:
        """`found` (what the tagger found in a post the rules did not flag), with the
        employers, dates and ages the rules find once they know who the patient is: the
        employers and dates are read again with those names as the patient's, then the
        details (`_add_details_of_patient`)."""
        taken = [(f.start, f.end) for f in found]
        self.candidates = [c for c in self.candidates if not self._overlaps(taken, c.start, c.end)]
        self.candidates += [
            _Candidate(f.type, f.start, f.end, f.reason, _RANK[f.type]) for f in found
        ]
        self.name_found = any(f.type == "NAME" for f in found)
        before = len(self.candidates)
        self._find_employers()  # "The retired Bethlehem Steel crane operator"
        self._find_dates()
        self.candidates[before:] = [
            c for c in self.candidates[before:] if not self._overlaps(taken, c.start, c.end)
        ]
        return self._add_details_of_patient(self._resolve())

    def add(self, kind: str, start: int, end: int, reason: str, rank: str | None = None) -> None:
        while end > start and self.text[end - 1] in " \t\n.,;:!?)":
            end -= 1
        if end <= start or self._overlaps(self.protected, start, end):
            return
        self.candidates.append(_Candidate(kind, start, end, reason, _RANK[rank or kind]))

    def _resolve(self) -> list[Finding]:
        chosen: list[_Candidate] = []
        for c in sorted(self.candidates, key=lambda c: (c.rank, c.start - c.end, c.start)):
            if self._overlaps(self.protected, c.start, c.end):
                continue  # the organisation's own details, found after the candidate
            if not any(c.start < o.end and o.start < c.end for o in chosen):
                chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        return [
            Finding(c.type, c.start, c.end, self.text[c.start : c.end], c.reason) for c in chosen
        ]

    # -- text structure --

    def _split_sentences(self) -> list[tuple[int, int]]:
        spans, start = [], 0
        for match in self.rx.sentence_end.finditer(self.text):
            if match.group().startswith(".") and len(match.group()) == 1:
                before = re.search(r"(\w+)\.$", self.text[max(0, match.start() - 12) : match.end()])
                word = before[1].lower() if before else ""
                if (len(word) == 1 and not word.isdigit()) or word in _ABBREVIATIONS:
                    continue
            spans.append((start, match.end()))
            start = match.end()
        if start < len(self.text):
            spans.append((start, len(self.text)))
        return spans or [(0, len(self.text))]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.sentence_starts, offset) - 1)
        return self.sentences[i]

    def with_next_sentence(self, offset: int) -> tuple[int, int]:
        """The sentence of `offset` and the one after it."""
        s, e = self.sentence_of(offset)
        following = next((sp for sp in self.sentences if sp[0] >= e), None)
        return s, following[1] if following else e

    def _tokenize(self) -> list[_Token]:
        tokens = []
        for match in self.rx.token.finditer(self.text):
            word, start = match.group(), match.start()
            possessive = word[-2:].lower() in ("'s", "\u2019s") and len(word) > 2
            if possessive:
                word = word[:-2]
            sentence = max(0, bisect.bisect_right(self.sentence_starts, start) - 1)
            tokens.append(_Token(start, start + len(word), word, _fold(word), possessive, sentence))
        return tokens

    @staticmethod
    def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in spans)

    def _names_over(self, start: int, end: int) -> list[_Candidate]:
        """The names found so far that overlap `start`..`end`."""
        return [c for c in self.candidates if c.type == "NAME" and c.start < end and start < c.end]

    def _take_names_inside(self, start: int, end: int) -> bool:
        """For a reading of `start`..`end` that covers the names found inside it ("sra.
        graciela gonzalez" where a reading found "graciela"): drops them, or, when a name
        reaches past the span, drops nothing and says no."""
        inside = self._names_over(start, end)
        if any(c.start < start or c.end > end for c in inside):
            return False
        self.candidates = [c for c in self.candidates if c not in inside]
        return True

    # -- the organisation's own details --

    def _protect_organisation(self) -> None:
        ctx = self.context
        emails = [m.span() for m in self._emails]
        for phrase in ctx.protected_phrases:
            pattern = re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
            for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", self.text, _I):
                if self._overlaps(emails, *m.span()):
                    continue  # "familia.selma@gmail.com"
                after = _NEXT_CAPITALISED.match(self.text, m.end())
                word = _fold(after["word"]) if after else ""
                if (
                    " " not in phrase
                    and phrase not in ctx.allowed_names
                    and (word in self.lex.surnames or word in self.lex.names)
                    and word not in self.lex.vocabulary
                ):
                    continue  # "Meet Cleveland Jones", "Lowell Fitzgerald, 90": a person's name
                self.protected.append(m.span())
        # Public figures and holidays: look up each word in an index of first words,
        # much faster than one alternation of hundreds of phrases tried everywhere.
        # A holiday is never a name, but it is a date when a patient's event fell on it.
        # A public figure known by one name ("Elsa", "Prince", "Selena") may also be a
        # patient's name: such a word is a patient's only with a cue right next to it.
        public, holidays = _phrase_index("public_figures"), _phrase_index("holidays")
        # "el día de San Pedro y San Pablo", "Día de la Virgen de Guadalupe"
        saints = [m.span() for m in _SAINTS_DAY.finditer(self.text)] if "a de" in self.text else []
        if "east" in self.text or "'s" in self.text or "\u2019s" in self.text:
            saints += [m.span() for m in _FEAST_DAY.finditer(self.text)]
        for token in self.tokens:
            # the holiday first: "St. Patrick" inside "St. Patrick's Day" is the day's
            for index, found in ((holidays, self.named_days), (public, self.protected)):
                pattern = index.get(token.folded)
                m = pattern.match(self.text, token.start) if pattern else None
                if m and index is public and self._overlaps(self.named_days + saints, *m.span()):
                    continue  # "San Valentín" inside "Día de San Valentín": the holiday's
                if m and not (found and found[-1][1] > m.start()):
                    if found is self.protected and m.end() == token.end:
                        self.public_names.append(m.span())
                    else:
                        found.append(m.span())
                    if index is public and " " in m.group():
                        self.public_spans.append(m.span())  # "Florence Nightingale", not "Santa"
        self.named_days += [span for span in saints if not self._overlaps(self.named_days, *span)]

    # -- web: e-mail, URLs, IP addresses, handles --

    def _find_web(self) -> None:
        ctx = self.context
        for m in self._emails:
            self.masked.append(m.span())
            local, domain = re.split(r"@|\s?[\[(]at[\])]\s?", m.group(), maxsplit=1)
            domain = re.sub(r"\s?[\[(]dot[\])]\s?", ".", domain.lower())
            if self._is_org_domain(domain):
                self.protected.append(m.span())
            elif local.lower() in _ROLE_MAILBOXES:
                continue
            else:
                self.add(
                    "EMAIL",
                    *m.span(),
                    "Looks like a personal e-mail address, which identifies someone.",
                )
        for m in self.rx.url.finditer(self.text):
            if self._overlaps(self.masked, *m.span()):
                continue
            self.masked.append(m.span())
            url = m.group().rstrip(".,;:!?)")
            host = re.sub(r"^[a-z]+://", "", url, flags=_I).split("/")[0].split(":")[0].lower()
            host = host.removeprefix("www.")
            path = url.split(host, 1)[-1].strip("/")
            if self._is_org_domain(host):
                self.protected.append(m.span())
            elif _PERSONAL_SITES.search(host):
                reason = "Looks like a personal fundraising or family update page."
                self.add("URL", m.start(), m.start() + len(url), reason)
            elif _SOCIAL_SITES.search(host) and path:
                handle = path.split("/")[0].lstrip("@").lower()
                if handle not in ctx.handle_names and handle not in (
                    "hashtag",
                    "events",
                    "groups",
                    "watch",
                    "p",
                    "reel",
                    "share",
                ):
                    self.add("URL", m.start(), m.start() + len(url),
                             "Looks like a link to a personal social media profile.")  # fmt: skip
            elif re.fullmatch(r"[\d.]+", host) and self.rx.ipv4.fullmatch(host):
                self.add(
                    "URL",
                    m.start(),
                    m.start() + len(url),
                    "Looks like a link to a private computer address.",
                )
        for m in self.rx.handle.finditer(self.text):
            self.masked.append(m.span())
            if m["body"].lower() in ctx.handle_names:
                self.protected.append(m.span())
        for m in self.rx.hashtag.finditer(self.text):
            self.masked.append(m.span())  # read as a whole by _find_hashtags_and_handles
        for m in self.rx.ipv4.finditer(self.text):
            before = self.text[max(0, m.start() - 9) : m.start()].lower()
            if re.search(r"(?:v|version|ver\.?)\s*$", before):
                continue
            self.masked.append(m.span())  # not a phone number either
            if _OWN_SYSTEMS.search(self._clause(m.start(), m.end())):
                continue  # "our server address changed to ...": the hospital's own machine
            self.add(
                "IP", *m.span(), "Looks like an IP address, which can point to a patient's device."
            )
        if ":" in self.text:
            for m in self.rx.ipv6.finditer(self.text):
                try:
                    ipaddress.IPv6Address(m.group())
                except ValueError:
                    continue
                self.add(
                    "IP",
                    *m.span(),
                    "Looks like an IP address, which can point to a patient's device.",
                )

    def _clause(self, start: int, end: int) -> str:
        """The part of the sentence around a span, between commas, semicolons and "but"."""
        s, e = self.sentence_of(start)
        before = re.split(r"[,;]|\bbut\b|\bpero\b", self.text[s:start])[-1]
        after = re.split(r"[,;]|\bbut\b|\bpero\b", self.text[end:e])[0]
        return before + self.text[start:end] + after

    def _is_org_domain(self, host: str) -> bool:
        return any(host == d or host.endswith("." + d) for d in self.context.domain_names)

    # -- phone and fax numbers --

    def _find_phones(self) -> None:
        if len(_DIGIT.findall(self.text)) < 7:
            return
        from phonenumbers import Leniency

        matcher = _phone_matcher()(self.text, "US", leniency=Leniency.POSSIBLE)
        found: list[tuple[int, int]] = []
        for match in matcher:
            found.append((match.start, match.end))
            self._consider_phone(match.start, match.end, match.raw_string, match.number)
        # A number right after "cell", "mobile", "tel", "WhatsApp", "celular": a phone
        # number even when phonenumbers cannot read it as a US one ("mobile 07700 900123").
        for m in _PHONE_CUED.finditer(self.text):
            start, end = m.span("number")
            if self._overlaps(found, start, end):
                continue
            digits = re.sub(r"\D", "", m["number"])
            if not 7 <= len(digits) <= 15:
                continue
            self._consider_phone(start, end, m["number"], None, cue=_clean(m["cue"]))

    def _consider_phone(
        self, start: int, end: int, raw: str, number: object | None, *, cue: str = ""
    ) -> None:
        """Report a phone number unless it is the hospital's, a business's or a call to
        action; `number` is phonenumbers' reading, None for a number found by its cue."""
        if self._overlaps(self.masked, start, end):
            return  # inside an e-mail, a link or an IP address
        date = _NUMERIC_DATE.match(raw)
        if date and _valid_numeric_date(date.group()):
            return  # "3-14-2023", "04-02-1931 / 94 F": a date (and an age), not a phone number
        if _DATE_AND_TIME.match(raw):
            return  # "10/07 2215 — 97yo F": a date, a time and an age, not a phone number
        if (
            number is not None
            and raw.isdigit()
            and len(raw) < 10
            and not _PHONE_BEFORE.search(self.text, max(0, start - 30), start)
        ):
            return  # "Ava, 4482193": a bare run of digits reads as a record number
        if number is not None:
            national = str(number.national_number)
            country = number.country_code
        else:
            national = re.sub(r"\D", "", raw).lstrip("0")
            if raw.lstrip().startswith("+1"):
                national = national[1:]
            country = 1 if len(national) == 10 else 0
        if country == 1 and national[:3] in _TOLL_FREE:
            return  # national lines and the hospital's own 1-800 numbers
        # A hospital number, in full or written without its area code (but
        # "787-555-0142" is another line than the hospital's "(763) 555-0142").
        if national[-10:] in self.context.phone_digits or (
            len(national) <= 7 and national[-7:] in {d[-7:] for d in self.context.phone_digits}
        ):
            self.protected.append((start, end))
            return
        if len(national) < 7:
            return
        s, e = self.sentence_of(start)
        before = self.text[max(s, start - 60) : start]
        if self.rx.org_before.search(before):
            return  # "Lakeside Pediatric Dentistry (952-555-0160)": a business's line
        if (
            not self.is_story
            and self.rx.call_to_action.search(self.text[s:e])
            and not self.rx.relative_any.search(self.text[s:e])
            and not _MY_NUMBER.search(self.text[s:e])
            and not _CALL_A_PERSON.search(self.text[s:e])
            and not self._patient_named_near(s, e)
            # a pasted record ("MRN 00912244 ... Pls call 907.555.0118"): the patient's line
            and not any(
                c.type in _RECORD_TYPES or c.reason in (_CHART_NAME_REASON, _FIELD_NAME_REASON)
                for c in self.candidates
            )
        ):
            return  # "Call 555-0100 to book": the hospital's line, not a patient's
        if self.rx.fax_before.search(before):
            self.add(
                "FAX",
                start,
                end,
                "Looks like a fax number that is not one of the hospital's.",
            )
        else:
            self.add(
                "PHONE",
                start,
                end,
                f"Looks like a phone number: it follows '{cue}'."
                if cue
                else "Looks like a phone number that is not one of the hospital's.",
                "cued" if cue else None,
            )

    # -- record numbers and other identifiers --

    def _find_ids(self) -> None:
        text = self.text
        for m in self.rx.ssn.finditer(text):
            self.add("SSN", *m.span(), "Looks like a Social Security number.")
        if not _DIGIT.search(text):
            return
        for m in self.rx.cued_ids.finditer(text):
            kind = next(k[2:] for k, v in m.groupdict().items() if k.startswith("k_") and v)
            cue, ident = " ".join(m["cue"].split()), m["id"]
            if kind in ("HEALTH_PLAN", "OTHER_ID", "DEVICE", "LICENSE", "ACCOUNT", "MRN") and (
                len(_DIGIT.findall(ident)) < 3
            ):
                continue  # "policy 2", "case 1": too short to identify anyone
            if self.rx.quantity_after.match(text[m.end() :]) or re.fullmatch(
                r"(?:19|20)\d{2}", ident
            ):
                continue  # "member 25 volunteers", a year
            if (
                cue.upper() == "ID"
                and _ZIP.fullmatch(ident)
                and _CITY_COMMA.search(text, 0, m.start())
            ):
                continue  # "Boise, ID 83702": Idaho and a ZIP code, found as a place
            reason = self.rx.cue_reasons[kind].format(cue=cue)
            self.add(kind, m.start("id"), m.end("id"), reason, "cued")
            self._name_after_id(m.end("id"))
        for m in _USERNAME.finditer(text):
            reason = "Looks like a patient's user name for an online account."
            self.add("OTHER_ID", *m.span("id"), reason, "cued")
        for m in self.rx.room.finditer(text):
            s, e = self.sentence_of(m.start())
            before = text[s : m.start()].lower()
            if re.search(
                r"(?:conference|meeting|training|class|board|community|break|lecture|waiting|education|"
                r"family|play|sala\s+de\s+(?:juntas|conferencias)|auditorio)\s*$",
                before,
            ) or (self.rx.event_date.search(text[s:e]) and not _PERSON_IN_ROOM.search(before)):
                continue
            if self.rx.quantity_after.match(text[m.end() :]):
                continue
            reason = f"Looks like a patient's room or bed number ('{_clean(m['cue'])} {m['id']}')."
            self.add("OTHER_ID", m.start("id"), m.end("id"), reason, "cued")
            self._name_after_id(m.end("id"))
        if not _SIX_DIGITS.search(text):
            return  # a VIN, a card and a bare record number all have a run of digits
        for m in self.rx.vin.finditer(text):
            self.add("VEHICLE", *m.span(), "Looks like a vehicle identification number (VIN).")
        for m in self.rx.card.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if 13 <= len(digits) <= 19 and _luhn(digits):
                self.add("ACCOUNT", *m.span(), "Looks like a payment card number.")
        for m in self.rx.long_number.finditer(text):
            if self.rx.quantity_after.match(text[m.end() :]):
                continue
            before = text[max(0, m.start() - 40) : m.start()]
            medical = re.search(
                r"(?:patient|pt|chart|record|rec|medical|mrn|mr|hospital|paciente|expediente|registro|"
                r"historia|cl[íi]nic[oa])\W*(?:\w+\W+){0,4}$",
                before,
                _I,
            ) or self._number_after_full_name(before)
            padded = _PADDED_RECORD_NUMBER.fullmatch(m["id"])
            kind = "MRN" if medical or padded else "OTHER_ID"
            reason = (
                "Looks like a record number in a patient's details."
                if medical
                else "Looks like a medical record number (padded with zeros, as record systems "
                "write them)."
                if padded
                else "Looks like an identifying number (a long code with no obvious meaning)."
            )
            self.add(kind, m.start("id"), m.end("id"), reason)

    def _number_after_full_name(self, before: str) -> bool:
        """A full name right before a number ("Ava Smith (#4471029)", "SMITH, AVA 4471029",
        "WALSH, J — 40133481"): the number is the patient's record number."""
        m = _NUMBER_AFTER_FULL_NAME.search(before)
        if not m:
            return False
        if m["caps"]:
            return True
        first = _fold(m["second"] if m["comma"] else m["first"])
        return first in self.lex.names and first not in self.lex.vocabulary

    def _name_after_id(self, end: int) -> None:
        """A name in brackets after a record or room number: "Case# 2024-00918 (Olsen)"."""
        m = _NAME_IN_BRACKETS.match(self.text, end)
        if not m:
            return
        words = [_fold(w) for w in m["name"].replace(",", " ").split()]
        if all(w in self.lex.vocabulary and w not in self.lex.surnames for w in words):
            return  # "(private)", "(Isolation)"
        start, stop = m.span("name")
        self.judged.append(_Judged(start, stop, " ".join(words), "name", True, "strong", ""))
        self._add_name(start, stop, "Looks like a patient's name next to a record number.")

    # -- ages over 89 --

    def _find_ages(self) -> None:
        text = self.text
        if not _AGE_HINT.search(text):
            return
        for pattern in self.rx.ages if _AGE_NUMBER.search(text) else self.rx.ages[-3:]:
            for m in pattern.finditer(text):
                if "word" in m.groupdict() and m["word"]:
                    if m["word"][0].isupper() and _PLACE_WORD_BEFORE.search(
                        text, max(0, m.start() - 30), m.start()
                    ):
                        continue  # "Otay Centenario", "Parque Centenario": a place's name
                    self.add(
                        "AGE",
                        *m.span("word"),
                        f"Gives an age over 89 ('{m['word']}'), which identifies a person.",
                    )
                    continue
                age = int(m["n"])
                if not 90 <= age <= 125 or self._age_is_not_a_person(m):
                    continue
                span = m.span("n")
                if re.search(
                    r"(?:old|young|años|yo|y/o|y\.o\.|birthday|cumpleaños|age|edad|vida)$",
                    m.group(),
                    _I,
                ):
                    span = (m.start("n"), m.end())
                elif re.match(r"(?:st|nd|rd|th|º|°)\b", text[m.end("n") : m.end("n") + 3], _I):
                    span = (m.start("n"), m.end("n") + (1 if text[m.end("n")] in "º°" else 2))
                self.add("AGE", *span, f"Gives an age over 89 ({age}), which identifies a person.")
        for m in _OLDEST_PATIENT.finditer(text):
            # "Oldest patient: 103", "nuestra paciente de mayor edad: 101"
            group = next(g for g in ("n", "n2", "n3") if m[g])
            if 90 <= int(m[group]) <= 125:
                reason = f"Gives an age over 89 ({m[group]}), which identifies a person."
                self.add("AGE", *m.span(group), reason)
        for m in _CHART_AGE.finditer(text) if _AGE_NUMBER.search(text) else ():
            # "Pérez, Graciela 96y", "C1 Ramírez Soto, Herlinda 97a", "TAUFA, SIONE 93Y"
            if 90 <= int(m["n"]) <= 125 and not _NUMBERED_THING_BEFORE.search(
                text, max(0, m.start() - 20), m.start()
            ):
                reason = f"Gives an age over 89 ({m['n']}), as a chart writes it."
                self.add("AGE", *m.span("n"), reason)
        for m in self.rx.age_words.finditer(text):
            name = next(g for g in ("words", "words2", "words3") if m[g])
            if self._words_to_number(m[name]) >= 90:
                self.add(
                    "AGE",
                    *m.span(name),
                    f"Gives an age over 89 ('{m[name]}'), which identifies a person.",
                )

    def _find_incident_ages(self) -> None:
        """ "A 45-year-old runner collapsed at Sunday's marathon": an age under 90 names no
        one, but one person of that age in an incident on a given day is who the news
        reported; "several patients from this morning's crash" stays anonymous."""
        text = self.text
        if not _AGE_HINT.search(text):
            return
        for m in _INCIDENT_PERSON.finditer(text):
            near = text[max(0, m.start() - 200) : m.end() + 200]
            if _INCIDENT.search(near) and _INCIDENT_DAY.search(near):
                group = "age" if m["age"] else "edad"
                self.add(
                    "AGE",
                    *m.span(group),
                    "Gives the age of one person in an incident on a given day "
                    f"('{m[group]}'): with the news of it, this identifies them.",
                )

    def _age_is_not_a_person(self, m: re.Match[str]) -> bool:
        """ "our 100-year-old hospital", "adults aged 90+", "celebrating 100 years of care"."""
        after = self.text[m.end() : m.end() + 30].lower()
        if re.match(
            r"\s*(?:hospital|building|tradition|institution|organization|organisation|company|clinic|"
            # "our 100-year-old church", not "the 101-year-old church mother"
            r"school|church(?!\s+(?:mother|elder|deacon|member|lady|usher|matriarch|pianist|"
            r"organist))|bridge|campus|facility|legacy|history|foundation|tree|house|home|program|"
            r"hospital|edificio|instituci[óo]n|historia)\b",
            after,
        ):
            return True
        s, _ = self.sentence_of(m.start())
        before = self.text[max(s, m.start() - 40) : m.start()].lower()
        # "Riverside Health turns 125": the subject may be inside the match
        with_subject = self.text[max(s, m.start() - 40) : m.start("n")].lower()
        if re.search(
            r"\b(?:one\s+of\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:patients|residents)|(?:our\s+)?oldest\s+(?:patient|resident)"
            r"|uno\s+de\s+nuestros\s+pacientes|una\s+de\s+nuestras\s+pacientes|(?:el|la)\s+paciente\s+de\s+mayor"
            r"\s+edad)\b\W{0,3}(?:\w+\s+){0,2}$",
            with_subject,
        ):
            return False  # "One of our patients turned 103", "Oldest patient: 103": one person
        # ("El 9% tenía más de 90 años": the words before the number may be in the match)
        if re.search(
            r"\b(?:adults|people|patients|seniors|those|individuals|women|men|anyone|everyone|persons|"
            r"personas|adultos|mayores|pacientes|over|under|above|below|than|mayores\s+de|menores\s+de|"
            r"m[áa]s\s+de)\b[\w\s-]{0,12}$",
            with_subject,
        ):
            return True
        org = self.context.name.lower()
        return bool(
            re.search(
                r"\b(?:hospital|clinic|center|foundation|we|our\s+hospital|el\s+hospital)\b\W*\w*\W*$",
                before,
            )
            or (org and org in with_subject)
            or self._about_organisation(m.start("n"))
        )

    def _find_holiday_after_date(self) -> None:
        """ "Nació el 12 de diciembre, Día de la Virgen de Guadalupe", "born on São João,
        June 24": a holiday right next to a patient's date is the same day, named again."""
        dates = [c for c in self.candidates if c.type == "DATE"]
        for start, end in self.named_days:
            if any(
                (c.end <= start and _SAME_DAY_LINK.fullmatch(self.text, c.end, start))
                or (end <= c.start and _SAME_DAY_BEFORE.fullmatch(self.text, end, c.start))
                for c in dates
            ):
                self.add("DATE", start, end, _SAME_DAY_REASON)

    def _find_holiday_tags(self) -> None:
        """In a post already about a patient, "#JuneteenthBaby", "#BebéDeNavidad": the
        holiday of a child's birth, in a hashtag."""
        for m in _HOLIDAY_BABY_TAG.finditer(self.text) if "#" in self.text else ():
            day = re.sub(r"[\W_]", "", _fold(m["day"] or m["day2"]))
            if day in _squashed("holidays"):
                self.add("DATE", *m.span(), _HOLIDAY_TAG_REASON.format(m.group()))

    def _find_bare_older_ages(self) -> None:
        """In a post already about a patient, an age over 89 given bare: "is 102 and still
        does the crossword", "at 98 she is the queen of bingo", "¡101 años!", "Cien años"."""
        if not _AGE_HINT.search(self.text):
            return
        text = self.text
        reason = "Gives an age over 89 ('{}'), which identifies a person."
        for pattern in _BARE_OLDER_AGES if _AGE_NUMBER.search(text) else ():
            for m in pattern.finditer(text):
                if (
                    not 90 <= int(m["n"]) <= 125
                    or self._age_is_not_a_person(m)
                    or self._age_of_staff(m.start("n"))
                ):
                    continue
                self.add("AGE", *m.span("n"), reason.format(m["n"]))
        for m in _BIG_BIRTHDAY.finditer(text):
            self.add("AGE", *m.span("word"), reason.format(m["word"]))
        for m in _OLDER_ORDINAL.finditer(text):
            self.add("AGE", *m.span("word"), reason.format(m["word"]))
        for c in [c for c in self.candidates if c.type == "NAME"] if _DIGIT.search(text) else ():
            # "(Hortensia Lugo, 95)", "Ovidio Lafortune 104 - hab. 212", "'la Nena' 96 -"
            m = _AGE_RIGHT_AFTER_NAME.match(text, c.end)
            if m and 90 <= int(m["n"]) <= 125 and not self._age_is_not_a_person(m):
                self.add("AGE", *m.span("n"), reason.format(m["n"]))
        for c in [c for c in self.candidates if c.type == "NAME"] if "," in text else ():
            # "Aabo Sheikh Nur Ahmed Jama, ninety, who passed away"
            m = _WORD_AGE_RIGHT_AFTER_NAME.match(text, c.end)
            if m and self._words_to_number(m["word"]) >= 90:
                self.add("AGE", *m.span("word"), reason.format(m["word"]))
        for m in _AGE_TAG.finditer(text) if "#" in text else ():
            # "#100yearsyoung", "#100AnosDeVida", "#Turning95"
            if 90 <= int(m["n"]) <= 125:
                self.add("AGE", *m.span(), reason.format(m.group()))
        for m in _AGE_WORD_TAG.finditer(text) if "#" in text else ():
            # "#NinetyNineAndFine": the number in words
            words = re.sub(r"(?i)(ninety|hundred)", r"\1 ", m["word"])
            if self._words_to_number(words) >= 90:
                self.add("AGE", *m.span(), reason.format(m.group()))
        for pattern in (_BARE_OLDER_AGE_WORDS, *_SPELLED_OLDER_AGES):
            for m in pattern.finditer(text):
                if self._words_to_number(m["word"]) >= 90 and not self._about_organisation(
                    m.start()
                ):
                    self.add("AGE", *m.span("word"), reason.format(m["word"]))

    def _find_younger_ages(self) -> None:
        """Ages under 90 ("7-year-old Ava", "Leo, 10,", "de 8 años", "turns 40"), asked
        only of a post already about a patient (see `_add_details_of_patient`)."""
        text = self.text
        if not _DIGIT.search(text) and not _SMALL_AGE_HINT.search(text):
            return
        names = [(c.start, c.end) for c in self.candidates if c.type == "NAME"]
        for pattern in _YOUNGER_AGES:
            for m in pattern.finditer(text):
                if self._younger_age_of_patient(m, names):
                    self.add("AGE", *m.span("age"), _YOUNGER_AGE_REASON)

    def _younger_age_of_patient(self, m: re.Match[str], names: list[tuple[int, int]]) -> bool:
        """Whether a number that reads as an age belongs to one person, not to staff,
        a group ("children under 5") or a thing ("our 10-year-old program")."""
        text = self.text
        if "after" in m.groupdict() and m["after"] is not None:
            # "Leo, 10," and "Ana (7)": the age of the name before it, a patient's only
            name_end = m.start()
            if not any(e == name_end or 0 <= name_end - e <= 2 for _, e in names):
                return False
        after = text[m.end() : m.end() + 40]
        if _YOUNGER_AGE_THING.match(after):
            return False
        s, _ = self.sentence_of(m.start())
        before = text[max(s, m.start() - 40) : m.start()]
        if _YOUNGER_AGE_GROUP.search(before) or _YOUNGER_AGE_RANGE.match(after):
            return False
        # "Nurse Kim, 34," and "Dr. Ruiz turned 60": the age of a member of staff
        return not any(
            0 <= m.start() - end <= 12
            and not text[end : m.start()].strip(" ,(").startswith(("and", "y", "&"))
            for _, end in self.staff_spans
        ) and not self._about_organisation(m.start("age"))

    def _age_of_staff(self, start: int) -> bool:
        """ "Volunteer spotlight: Ruth, 92": the age right after a member of staff's name."""
        return any(
            end <= start and _AGE_AFTER_NAME.fullmatch(self.text, end, start)
            for _, end in self.staff_spans
        )

    @staticmethod
    def _words_to_number(words: str) -> int:
        words = " ".join(words.lower().replace("-", " ").split())
        total = 0
        for base, value in _WORD_NUMBERS.items():
            if words.startswith(base) or f" {base}" in f" {words}":
                total = max(total, value)
        for unit, value in _UNITS.items():
            if words.endswith(" " + unit) and total:
                return total + value
        return total

    # -- dates tied to a person --

    def _find_dates(self) -> None:
        text = self.text
        story = self.is_story or self.name_found
        seen: list[tuple[int, int]] = list(self.masked)  # not inside links, e-mails, IPs
        months = bool(_MONTH_HINT.search(text))
        digits = bool(_DIGIT.search(text))
        numeric = digits and bool(_NUMERIC_DATE_HINT.search(text))
        days = (self.name_found or self.detailed) and _DAY_WORDS.search(text)
        if not (months or digits or self.named_days or days):
            return
        present = {"month": months, "month_digit": months and digits, "numeric": numeric}
        for needs, pattern in self.rx.dates:
            if not present[needs]:
                continue  # this pattern cannot match: skip the pass over the text
            for m in pattern.finditer(text):
                if self._overlaps(seen, *m.span()):
                    continue
                if re.fullmatch(r"[\d/.-]+", m.group()) and not _valid_numeric_date(m.group()):
                    continue
                seen.append(m.span())
                self._consider_date(m.start(), m.end(), story, loose=False)
        for m in self.rx.date_short.finditer(text) if "/" in text else ():
            if self._overlaps(seen, *m.span()):
                continue
            seen.append(m.span())
            # "welcomed River on 9/12": in a patient story a day and month is the patient's
            self._consider_date(m.start(), m.end(), story, loose=False)
        for m in self.rx.date_loose.finditer(text) if digits else ():
            if not self._overlaps(seen, *m.span()):
                seen.append(m.span())
                if (
                    self.detailed
                    and m.group()[-2:].isalpha()
                    and self._day_of_patients_month(*m.span())
                ):
                    continue  # "see you at clinic on the 28th"
                self._consider_date(m.start(), m.end(), story, loose=True)
        for m in self.rx.date_month_only.finditer(text) if months else ():
            if self._overlaps(seen, *m.span("month")):
                continue
            if m["month"].lower() in ("may", "mar") and not m["month"][0].isupper():
                continue  # "may" the verb, "mar" the sea
            reason = f"Looks like a date in a patient's life: it follows '{_clean(m['cue'])}'."
            self.add("DATE", *m.span("month"), reason)
        for m in _MONTH_OF_CARE.finditer(text) if months and self.name_found else ():
            # "the bill from his June stay", "her March surgery"
            if not self._overlaps(seen, *m.span("month")) and m["month"][0].isupper():
                seen.append(m.span("month"))
                reason = f"The month of a patient's {m['care'].lower()}."
                self.add("DATE", *m.span("month"), reason)
        for m in _MONTH_OF_EVENT.finditer(text) if months and self.detailed else ():
            # "born during the January ice storm", "hurt in a January fall"
            if not self._overlaps(seen, *m.span("month")) and m["month"][0].isupper():
                seen.append(m.span("month"))
                reason = f"The month of the {m['event'].lower()} in a patient's story."
                self.add("DATE", *m.span("month"), reason)
        for m in _MONTH_ALONE.finditer(text) if months else ():
            # "hurt in a fire in January": a month alone, tied to the patient by a cue
            if self._overlaps(seen, *m.span("month")) or self._overlaps(
                [(c.start, c.end) for c in self.candidates if c.type == "DATE"], *m.span("month")
            ):
                continue
            if m["month"].lower() in ("may", "mar") and not m["month"][0].isupper():
                continue
            seen.append(m.span("month"))
            self._consider_date(*m.span("month"), story, loose=True)
        for m in self.rx.date_holiday.finditer(text) if months or not digits else ():
            seen.append(m.span("day"))
            self.add(
                "DATE", *m.span("day"), "Looks like a patient's birth date, given as a holiday."
            )
        for start, end in self.named_days:
            if self._overlaps(seen, start, end):
                continue
            wish = _HOLIDAY_GREETING.search(text, max(0, start - 14), start)
            if (self.name_found or self.detailed) and (
                _EVENT_ON_DAY.search(text, max(0, start - 80), start)
                or _DAY_BABY.match(text, end)
                or _BABY_OF_DAY.search(text, max(0, start - 20), start)
            ):
                # "Chester, born on St. Patrick's Day", "admitted on Pascha", "our Pascha baby"
                seen.append((start, end))
                self.add("DATE", start, end, _NAMED_DAY_REASON)
                continue
            if wish:
                continue  # "Boa Páscoa, Joaquim!": a wish, not the day of an event
            self._consider_date(start, end, story, loose=True)
        for m in _HEBREW_DATE.finditer(text):
            if not self._overlaps(seen, *m.span()):
                seen.append(m.span())
                self._consider_date(*m.span(), story, loose=True)
        for m in _ROMAN_MONTH_DATE.finditer(text) if digits else ():
            # "fecha de la cirugía: 10/IX", "nació 29-II-1964": the month in Roman numerals
            if not self._overlaps(seen, *m.span()):
                seen.append(m.span())
                self._consider_date(*m.span(), story, loose=False)
        for m in _COMPACT_BIRTH_DATE.finditer(text) if digits else ():
            # "DOB 19510417": a birth date written without separators
            reason = f"Looks like a date in a patient's life: it follows '{_clean(m['cue'])}'."
            self.add("DATE", *m.span("date"), reason)
        if days and (self.detailed or any(c.type == "NAME" for c in self.candidates)):
            # In a post that names a patient, "on Friday", "yesterday" and "at 4:15 a.m."
            # next to the patient's event are elements of that event's date too.
            names = [(c.start, c.end) for c in self.candidates if c.type == "NAME"]
            for m in _DAY_WORDS.finditer(text):
                if self.detailed and _RECURRING.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "every Tuesday", "todos los lunes": a habit, not a date
                if not self._overlaps(seen + names + self.masked, *m.span()):
                    seen.append(m.span())
                    self._consider_date(m.start(), m.end(), story, loose=True)
        # "a patient on 6 West since the 14th", "Tuesday the 8th": a day of the month, the
        # month left out; "born 2.14": a month and day with a dot (each match's one group)
        for m in itertools.chain(
            _DAY_OF_MONTH.finditer(text) if self.detailed and digits else (),
            _DOTTED_BIRTH_DAY.finditer(text) if digits else (),
            _SHORT_DATE_AFTER_CUE.finditer(text) if numeric else (),
            _EVENT_DAY_OF_MONTH.finditer(text) if digits else (),
        ):
            if m.lastgroup == "short" and not _day_and_month(
                *(int(n) for n in re.split(r"[.-]", m["short"]))
            ):
                continue
            if not self._overlaps(seen, *m.span(m.lastgroup)):
                seen.append(m.span(m.lastgroup))
                if m.re is _DAY_OF_MONTH and self._day_of_patients_month(*m.span(m.lastgroup)):
                    continue
                self._consider_date(*m.span(m.lastgroup), story, loose=True)
        if (self.name_found or self.detailed) and any(c.type != "DATE" for c in self.candidates):
            dates = [(c.start, c.end) for c in self.candidates if c.type == "DATE"]
            for start, end in self.named_days:
                # the day's sentence and the next: "Twins on MLK Day! Welcome Dallas and
                # Savannah, born at 4:04 a.m."
                s, e = self.with_next_sentence(start)
                if not self._overlaps(dates, start, end) and _LIFE_EVENT.search(text, s, e):
                    self.add("DATE", start, end, _NAMED_DAY_REASON)
        for m in _LIFE_SPAN.finditer(text) if digits else ():
            # "Walter Kowalczyk (1931-2025)": a life of more than 89 years gives the age away
            if int(m["end"]) - int(m["start"]) >= 90 and self.name_found:
                reason = "A life span of more than 89 years gives away an age over 89."
                self.add("DATE", *m.span("span"), reason)
        for m in self.rx.birth_year.finditer(text):
            if self._about_organisation(m.start()):
                continue  # "Riverside Health turns 125 today. Born in 1900": the hospital's
            if int(m["year"]) <= datetime.now(UTC).year - 90:
                reason = "A birth year more than 89 years ago gives away an age over 89."
                self.add("DATE", *m.span("year"), reason)

    def _day_of_patients_month(self, start: int, end: int) -> bool:
        """In a post about a patient, a day of the month is theirs ("on the 14th our trauma
        team got a 16 y/o", "see you at clinic on the 28th"), unless its sentence invites
        to an event: adds it and says so."""
        sentence = self.text[slice(*self.sentence_of(start))]
        if _CALL_TO_EVENT.search(sentence) or _AWARENESS_TAG.search(sentence):
            return False
        self.add("DATE", start, end, _DAY_OF_MONTH_REASON)
        return True

    def _about_organisation(self, offset: int) -> bool:
        """The sentence at `offset`, or the one before, gives the hospital's own age or
        birthday ("Happy birthday to our hospital!", "Riverside turns 125")."""
        s, e = self.sentence_of(offset)
        previous = self.sentence_of(s - 1)[0] if s else s
        window = self.text[previous:e].lower()
        names = ["our hospital", "the hospital", "nuestro hospital"]
        if self.context.name:
            names += [self.context.name.lower(), _org_core(self.context.name).lower()]
        return any(
            re.search(rf"\b{re.escape(n)}\b[^.!?]{{0,30}}\b(?:turns|turned|birthday|founded|opened|"
                      r"anniversary|cumple|aniversario)\b", window)
            or re.search(rf"\b(?:birthday|cumpleaños)\s+(?:to|a)\s+{re.escape(n)}\b", window)
            for n in names if n.strip()
        )  # fmt: skip

    def _consider_date(self, start: int, end: int, story: bool, *, loose: bool) -> None:
        if (
            _FULL_NUMERIC_DATE.fullmatch(self.text, start, end)
            or (
                _PADDED_MONTH_DAY.fullmatch(self.text, start, end)
                and _day_and_month(*map(int, self.text[start:end].split("/")))
            )
        ) and any(c.type in _RECORD_TYPES for c in self.candidates):
            # "2024-06-18,THAO,NOU,F,1962-11-30,MRN 00675502", "Sent 02/11 9:14 PM ... serial
            # PJN448129S": a date in a pasted record
            self.add("DATE", start, end, _RECORD_DATE_REASON)
            return
        s, e = self.sentence_of(start)
        sentence = self.text[s:e]
        at, to = start - s, end - s
        if _OLD_YEAR.match(sentence, to) or any(
            0 <= start - pe <= 25 and not self._overlaps(self.named_days, ps, pe)
            for ps, pe in self.public_spans
        ):
            return  # "Florence Nightingale, born May 12, 1820": a historical or public date
        person = [
            m for m in self.rx.person_date.finditer(sentence) if m.end() <= at or m.start() >= to
        ]
        group = bool(_GROUP_SUBJECT.search(sentence))
        if person and group:
            person = []  # "12 babies were born on 12/12": a count, not one patient
        events = [
            m
            for m in self.rx.event_date.finditer(sentence)
            if not any(p.start() <= m.start() and m.end() <= p.end() for p in person)
            and (m.end() <= at or m.start() >= to)
        ]  # "discharge day" is the patient's, not an event's
        if self.name_found:
            # In a story about a named patient, words like "day", "week" or "every" do not
            # make a date an event's.
            events = [m for m in events if not _WEAK_EVENT.fullmatch(m.group())]
        if self.detailed and not _CALL_TO_EVENT.search(sentence):
            # The patient's own sentence: "Yesterday he walked back in", "Mia, with us since
            # Feb. 2"; "learning to walk" is not a walk, and "Join Team Ava on Sept 21" is.
            names = [
                _ANY.match(sentence, c.start - s, c.end - s)
                for c in self.candidates
                if c.type == "NAME" and s <= c.start and c.end <= e
            ]
            person += [
                m
                for m in [*_PERSON_REFERENCE.finditer(sentence), *names]
                if m and (m.end() <= at or m.start() >= to)
            ]
            events = [m for m in events if not _VERB_NOT_EVENT.search(sentence, 0, m.start())]
        if not person:
            events += [
                m  # "born at 4:44 pm": a birth
                for m in self.rx.time_of_day.finditer(sentence)
                if m.end() <= at or m.start() >= to or not self.detailed
            ]
            events += list(_AWARENESS_TAG.finditer(sentence))  # "#WorldPrematurityDay is Nov 17"

        def distance(m: re.Match[str]) -> int:
            return at - m.end() if m.end() <= at else max(0, m.start() - to)

        # "born on", "nacieron el", "died on the morning of": the cue governs the date.
        governing = any(
            m.end() <= at and _DATE_LINK.fullmatch(sentence[m.end() : at]) for m in person
        )
        nearest_person = min((distance(m) for m in person), default=None)
        nearest_event = min((distance(m) for m in events), default=None)
        if nearest_person is not None and (
            governing or nearest_event is None or nearest_person <= nearest_event
        ):
            cue = min(person, key=distance).group()
            reason = f"Looks like a date in a patient's life: it is near '{_clean(cue)}'."
            self.add("DATE", start, end, reason)
        elif nearest_event is None and story and not loose and not group:
            reason = "Looks like a date in a patient story, where a date points to the patient."
            self.add("DATE", start, end, reason)
        elif (
            nearest_event is None
            and not group
            and any(c.type == "NAME" and s <= c.start < e for c in self.candidates)
        ):
            # "Since October, Marta has been waiting": a patient named in the same sentence
            reason = "Looks like a date in a patient's life: the patient is named next to it."
            self.add("DATE", start, end, reason)
        elif (
            self.detailed
            and not group
            and not _CALL_TO_EVENT.search(sentence)
            and not _AWARENESS_TAG.search(sentence)
            and (person or self._patient_named_near(s, e))
        ):
            # In a post about a named patient, a date in the patient's own sentence (or
            # the one after their name) is theirs even beside a word like "walk" or
            # "class": only an invitation ("join us", "register") makes it an event's.
            reason = "Looks like a date in the story of the patient named in this post."
            self.add("DATE", start, end, reason)

    def _patient_named_near(self, s: int, e: int) -> bool:
        """A patient's name in this sentence or the one before it."""
        previous = self.sentence_of(s - 1)[0] if s else s
        return any(c.type == "NAME" and previous <= c.start < e for c in self.candidates)

    # -- small geography --

    def _find_geo(self) -> None:
        text = self.text
        ctx = self.context
        digits = bool(_DIGIT.search(text))
        story = self.is_story or self.name_found
        for pattern in (self.rx.street, self.rx.street_es, self.rx.po_box) if digits else ():
            for m in pattern.finditer(text):
                key = re.match(r"(\d{1,6})\s+(?:[NSEW]\.?\s+)?([A-Za-z0-9]+)", m.group())
                if key and f"{key[1]} {key[2].lower()}" in ctx.address_keys:
                    self.protected.append(m.span())
                    continue
                self.add(
                    "GEO",
                    *m.span(),
                    "Looks like a street address, which can identify where someone lives.",
                )
        for m in self.rx.zip_code.finditer(text):
            if m["zip"][:5] in ctx.zip_codes:
                continue
            self.add(
                "GEO",
                *m.span("zip"),
                "Looks like a full ZIP code, which narrows down where someone lives.",
            )
        self._find_places_of_people()
        if not story:
            return
        for m in self.rx.city_state.finditer(text):
            if _NOT_A_ZIP_AFTER.match(text, m.end()) or _STATE_LICENCE_AFTER.match(text, m.end()):
                continue  # "Ava Smith, ID 4471029": an identifier, not Idaho; "HECTOR, CA DL"
            if any(
                c.reason == _CHART_NAME_REASON and c.start <= m.start("city") < c.end
                for c in self.candidates
            ):
                continue  # "VANG, PA HOUA  DOB ...": a chart's name, not a town in Pennsylvania
            city = m["city"]
            words = city.split()
            # Drop leading capitalised words that are not part of the city ("Ava from Boise, ID").
            while (
                len(words) > 1
                and _fold(words[0]) not in self.lex.cities
                and (_fold(words[0]) in self.lex.names or _fold(words[0]) in self.lex.vocabulary)
            ):
                words.pop(0)
            city = " ".join(words)
            start = m.start("city") + m["city"].rfind(city)
            if _fold(city) in self.lex.vocabulary or self._in_org_address(city):
                continue
            self.add("GEO", start, start + len(city), f"Names a patient's town or city ('{city}').")
        names = [(c.start, c.end) for c in self.candidates if c.type == "NAME"]
        for start, end in self._cities():
            if self._overlaps(self.named_days, start, end) or self._overlaps(names, start, end):
                continue  # "Independence Day"; "proud of Jackson", read as a person
            before = text[max(0, start - 30) : start]
            after = text[end : end + 20]
            if not (
                self.rx.home_town_before.search(before) or self.rx.home_town_after.match(after)
            ):
                continue
            if re.match(
                r"\s+(?:Hospital|Children|Medical|Health|Clinic|Center|Memorial|General)\b", after
            ):
                continue
            city = text[start:end]
            if _fold(city) in self.lex.regions and not re.match(r",?\s+(?:D\.?C\.?|City)\b", after):
                continue  # "surgery in Washington": a state, which Safe Harbor allows
            if self._in_org_address(city) and not re.search(
                r"(?i)\b(?:from|lives|living|native|resident|hometown|hails|vive|desde)\b", before
            ):
                continue
            self.add("GEO", start, end, f"Names a patient's town or city ('{city}').")
        for m in _HOMETOWN.finditer(text):
            # "his hometown of Hinckley", "lives in Anoka": any place named after the cue
            place = m["place"]
            if self._in_org_address(place) or _fold(place) in self.lex.regions:
                continue
            if (
                _fold(place.split()[0]) in self.lex.vocabulary
                and _fold(place) not in self.lex.cities
            ):
                continue
            self.add("GEO", *m.span("place"), f"Names a patient's town or city ('{place}').")
        for m in self.rx.county.finditer(text) if "County" in text or "Parish" in text else ():
            self.add(
                "GEO",
                *m.span("county"),
                f"Names a county ('{m['county']}'), which is smaller than a state.",
            )

    def _find_places_of_people(self) -> None:
        """Places said of one person: "the Coon Rapids toddler", "a baby boy from Fridley",
        "the Larsen family of Wayzata", "Eli Thompson (6) from Coon Rapids"."""
        text, lex = self.text, self.lex
        found = [(m, "place") for m in _PLACE_OF_PERSON.finditer(text)]
        found += [(m, "person") for m in _PERSON_OF_PLACE.finditer(text)]
        for c in [c for c in self.candidates if c.type == "NAME"]:
            m = _FROM_PLACE.match(text, c.end)
            if m:
                found.append((m, "name"))
        for m, how in found:
            start, end = m.span("place")
            words = text[start:end].split()
            while words and _fold(words[-1]) in _PLACE_TAIL:
                words.pop()  # "Elk River High": the town, not the school
            if not words:
                continue
            place = " ".join(words)
            end = start + len(place)
            folded = _fold(place)
            first = _fold(words[0])
            if folded in lex.regions or first in _NEVER_NAMES or first in _MONTH_WORDS:
                continue
            if self._in_org_address(place) or self._overlaps(self.protected, start, end):
                continue
            family = re.search(r"(?i)famil|couple|twins|kids", m.group())
            known = first in lex.names or first in lex.surnames
            of = how == "person" or (how == "place" and m["prep"].lower() == "of")
            if known and (family or of) and (family or first not in lex.cities):
                continue  # "the Johnson family", "the mother of Liam": a person's name
            if (
                family
                and how == "person"
                and folded not in lex.cities
                and _fold(words[-1]) not in _PLACE_WORDS
            ):
                continue  # "the Lindqvist family": a family name that no list knows
            if (
                folded not in lex.cities
                and first in lex.vocabulary
                and first not in lex.names
                and (len(words) == 1 or _fold(words[-1]) not in _PLACE_WORDS)
            ):
                continue  # "the Cancer Center family"; but "the Maple Grove man"
            names = self._names_over(start, end)
            if names and (how == "person" or family):
                continue  # "the Okafor family": already read as a family name
            if names:  # "a baby boy from Fridley": a place, whatever the name reading said
                self.candidates = [c for c in self.candidates if c not in names]
            self.add("GEO", start, end, f"Names the town a patient comes from ('{place}').")

    def _cities(self) -> Iterator[tuple[int, int]]:
        """Spans of known city names (one to three words: "Fresno", "San Antonio")."""
        tokens, cities, firsts = self.tokens, self.lex.cities, _city_first_words()
        for i, token in enumerate(tokens):
            if token.folded not in firsts or not token.text[0].isupper():
                continue
            for k in (3, 2, 1):
                run = tokens[i : i + k]
                if len(run) < k or any(
                    self.text[a.end : b.start] not in (" ", ". ")
                    for a, b in itertools.pairwise(run)
                ):
                    continue
                words = " ".join(t.folded for t in run)
                if words in cities or words.replace(" ", ". ", 1) in cities:
                    yield token.start, run[-1].end
                    break

    def _in_org_address(self, place: str) -> bool:
        place = place.lower()
        return (
            any(place in a.lower() for a in self.context.addresses)
            or place in self.context.name.lower()
        )

    # -- photos --

    def _find_photo(self) -> None:
        if not (self.is_story or self.name_found):
            return
        for m in self.rx.photo.finditer(self.text):
            self.add(
                "PHOTO",
                *(m.span("cue") if m["cue"] else m.span()),
                "Mentions a photo of the patient: the release must cover photos.",
            )

    # -- names --

    def _find_names(self) -> None:
        tokens = self.tokens
        used = [False] * len(tokens)
        for i, token in enumerate(tokens):
            if used[i] or self._overlaps(self.masked, token.start, token.end):
                continue
            if self._overlaps(self.named_days, token.start, token.end):
                continue
            if token.text[0].isupper():
                before = self.text[max(0, token.start - 40) : token.start]
                titled = token.folded not in _NEVER_AFTER_TITLE and self.rx.left_title.search(
                    before[-12:]
                )
                # A quoted nickname after a cue: baby "Peanut", our patient 'Doc'.
                nickname = (
                    before[-1:] in _QUOTES
                    and self.text[token.end : token.end + 1] in _QUOTES
                    and self.rx.left_strong.search(before[:-1])
                )
                # "the Gonzalez-Whitfield family", "la familia Morales": a family name,
                # even one that is also a word, when a relative of theirs is in the post
                familial = (
                    (self.is_story or _RELATIVE_OF_FAMILY.search(self.text))
                    and not token.possessive
                    and (
                        (
                            (familia := _FAMILIA_BEFORE.search(before))
                            # "la familia de la Cruz", not "la familia de la Sra." or "del SAFD"
                            and not (
                                familia["particle"]
                                and (token.text.isupper() or token.folded in _NEVER_AFTER_TITLE)
                            )
                        )
                        or (
                            re.search(r"(?i)\b(?:the|los|las|la)\s+$", before)
                            and self.rx.right_family.match(self.text, token.end)
                        )
                    )
                )
                # "her mom Deja", "his wife Joy": after a relative, any capitalised word
                kin = (
                    not titled
                    and token.folded not in _NEVER_NAMES
                    and _kin_before().search(before)
                    and not self.rx.staff_roles.fullmatch(token.text)
                )
                group = self._group_from(i, force=bool(titled or nickname or familial or kin))
                if group is None:
                    if token.folded in self.lex.cities or token.folded in self.lex.regions:
                        # "from Fresno, Clovis and Madera": what follows is a place too
                        self.previous = (token.end, "not a person", "", True)
                    continue
                first, last, kind = group
                for j in range(first, last + 1):
                    used[j] = True
                self._judge_group(first, last, kind)
            else:
                self._judge_lowercase(i)
        self._find_record_names()
        self._find_family_writers()
        self._second_look()

    def _find_record_names(self) -> None:
        """Names as a chart writes them: "Pt: HERNANDEZ, MARIA L", "Smith, John A. admitted",
        and a newborn's: "Baby Boy G", "Baby Girl Lopez"."""
        for m in _NEWBORN_NAME.finditer(self.text):
            start, end = m.span("name")
            if self._overlaps([(c.start, c.end) for c in self.candidates], start, end):
                continue
            self.judged.append(_Judged(start, end, _fold(m["name"]), "name", True, "strong", ""))
            self._add_name(start, end, "Looks like a newborn's name as the hospital writes it.")
        for m in _HL7_PATIENT.finditer(self.text) if "PID|" in self.text else ():
            start, end = m.span("name")
            self.judged.append(_Judged(start, end, _fold(m["name"]), "name", True, "strong", ""))
            self._add_name(start, end, "Looks like a patient's name in a pasted HL7 message.")
            if m["dob"]:
                self.add("DATE", *m.span("dob"), "A birth date in a pasted HL7 message.")
        self._find_room_list_names()
        self._find_names_with_initial()
        self._find_capitals_after_label()
        self._find_lower_case_chart_names()
        self._find_names_after_label()
        self._find_names_in_fields()
        self._find_names_of_those_we_lost()
        self._find_lower_case_titled_names()
        if "," not in self.text:
            return
        found, unsure = [], []
        for m in _RECORD_NAME.finditer(self.text):
            if m["caps"] is not None and self.text.isupper():
                continue  # a post all in capitals: no name stands out by them
            raw = m["name"].replace(",", " ").split()
            if _CREDENTIAL.fullmatch(raw[-1]) and not _MORE_GIVEN_NAMES.match(self.text, m.end()):
                continue  # "Kwabena Asare, RN", "Asante-Boateng, MSN, RN": staff
            # ("VANG, PA HOUA": "Pa" is a given name there, not a physician assistant)
            words = [_fold(w) for w in raw if len(w) > 2 and _fold(w) not in _NAME_PARTICLES]
            known = [w for w in words if w in self.lex.names or w in self.lex.surnames]
            after = self.text[m.end() : m.end() + 40]
            if not words or (
                # "Pt: WILLIAMS, COMFORT": after a label, one known name is enough; "B3 HER,
                # CHUE — 67 — CHF — MRN ...": in capitals before a chart's field, any name
                any(w in self.lex.vocabulary and w not in known for w in words)
                and not (m["label"] and known)
                and not (
                    m["caps"] is not None
                    and m["given"]
                    and _fold(m["given"]) not in self.lex.vocabulary
                    and sum(w in self.lex.vocabulary for w in words) == 1
                    and _RECORD_AFTER.search(after)
                )
            ):
                continue
            start, end = m.span("name")
            if self._overlaps(self.protected, start, end):
                continue
            if m["given"] is None and not m["label"]:
                continue
            initial = m["given"] is not None and len(m["given"]) == 1  # "Garcia, M"
            sure = m["label"] or initial or _RECORD_AFTER.search(after)
            (found if sure else unsure).append((start, end))
        if found or len(unsure) > 1:  # "Ortiz, Candelaria / Ramos Ruiz, Wilfredo / ..."
            for start, end in found + (unsure if len(found) + len(unsure) > 1 else []):
                self._claim_name(start, end, _CHART_NAME_REASON)

    def _claim_name(self, start: int, end: int, reason: str) -> None:
        """A name a chart's layout makes sure of: it replaces the name candidates that start
        inside it and is judged a patient's."""
        self.candidates = [
            c for c in self.candidates if c.type != "NAME" or not (start <= c.start < end)
        ]
        self.judged.append(
            _Judged(start, end, _fold(self.text[start:end]), "name", True, "strong", "")
        )
        self._add_name(start, end, reason)

    def _find_room_list_names(self) -> None:
        """Names in a pasted room or bed list (`_NAME_AFTER_ROOM`): the post has at least two
        rooms or beds with numbers; a word the vocabulary has (other than a name), a unit's
        or a chart's abbreviation ("BICU", "NPO") or a title before it is no name."""
        text = self.text
        rooms = _ROOM_MARK_RX.findall(text)
        if not rooms:
            return
        # Before a room a name may be staff's; right after one it is a patient's, unless a
        # title says otherwise ("Rm" is no midwife's title there).
        found = [(m, True) for m in _NAME_BEFORE_ROOM.finditer(text)]
        if len(rooms) >= 2:
            found += [(m, False) for m in _NAME_AFTER_ROOM.finditer(text)]
        lex = self.lex
        staff = [(j.start, j.end) for j in self.judged if j.verdict == "staff"]
        for m, may_be_staff in found:
            start, end = m.span("name")
            words = m["name"].rstrip(".,'\u2019").split()
            first = words[0].rstrip(",")
            if len(words) > 1 and _INITIAL.fullmatch(first):  # "D. Kaplan": judged by the surname
                first, words = words[1], [" ".join(words)]
            if not first.isupper():  # "Lindqvist R NPO": a chart's abbreviation follows
                while len(words) > 1 and len(words[-1].strip(".,")) > 1:
                    words.pop()
            value = " ".join(words).rstrip(".,")
            parts = [_fold(p) for p in first.split("-") if p]
            if (
                not parts
                or all(lex.plain_word(p) for p in parts)
                or (first.isupper() and len(first) <= 4 and parts[0] not in lex.names)
                or parts[0] in _NEVER_NAMES
                or text[max(0, start - 1) : start] in _QUOTES
                or self.rx.left_title.search(text[max(0, start - 12) : start])
                or _BABY_BEFORE.search(text, max(0, start - 8), start)
                or self._overlaps(self.protected, start, end)
                or (may_be_staff and self._overlaps(staff, start, end))
            ):  # fmt: skip
                continue
            end = start + len(value)
            self.judged = [j for j in self.judged if not (j.start < end and start < j.end)]
            self._claim_name(start, end, _ROOM_LIST_REASON)

    def _find_names_with_initial(self) -> None:
        """A chart's name after a room, a bed or a patient label (`_NAME_WITH_INITIAL`);
        never a word the vocabulary has (other than a name), nor the organisation's."""
        for m in (
            _NAME_WITH_INITIAL.finditer(self.text) if "." in self.text or "," in self.text else ()
        ):
            surname = m["surname"] or m["surname2"]
            parts = [_fold(p) for p in surname.split("-") if p]
            if any(self.lex.plain_word(p) for p in parts):
                continue
            self._claim_free_chart_name(*m.span("name"))

    def _claim_free_chart_name(self, start: int, end: int) -> None:
        """A chart's name where neither the organisation's details nor a name already found
        lie: it replaces what the post's names were judged there."""
        if self._overlaps(self.protected, start, end) or self._names_over(start, end):
            return
        self.judged = [j for j in self.judged if not (j.start < end and start < j.end)]
        self._claim_name(start, end, _CHART_NAME_REASON)

    def _find_capitals_after_label(self) -> None:
        """A name in capitals after a patient label ("Patient GLORIA MABINI called from
        ..."), in a post not all in capitals: a known first name or surname among its
        words, and no other word the vocabulary has."""
        for m in _CAPS_AFTER_LABEL.finditer(self.text) if not self.text.isupper() else ():
            words = [_fold(w) for w in m["name"].split()]
            if any(w in self.lex.vocabulary and w not in self.lex.names for w in words) or not any(
                w in self.lex.names or w in self.lex.surnames for w in words
            ):
                continue
            start, end = m.span("name")
            if not self._overlaps(self.protected, start, end):
                self._claim_name(start, end, _CHART_NAME_REASON)

    def _find_names_after_label(self) -> None:
        """A name after a patient's label and before an age or a chart's field
        (`_NAME_AFTER_LABEL`), no word of it a word of the vocabulary only."""
        for m in _NAME_AFTER_LABEL.finditer(self.text) if "," in self.text else ():
            words = [_fold(w) for w in m["name"].split() if w.lower() not in _PARTICLES]
            if any(w in self.lex.vocabulary and w not in self.lex.names for w in words):
                continue  # "Pt: Chest Pain, 91": words, not a name
            start, end = m.span("name")
            if not self._overlaps(self.protected, start, end) and self._take_names_inside(
                start, end
            ):
                self._claim_name(start, end, _CHART_NAME_REASON)

    def _find_names_in_fields(self) -> None:
        """A name in a form's field for a patient or an insured person (`_NAME_IN_FIELD`):
        "Patient: Brynlee Call-Sorensen.", "MEMBER: LOPES FERREIRA, GABRIEL  ID: ...",
        "Employee Jorge L. Tzunux, employer ...", "Wristband: PALMER, JUNIOR A"; no word of it
        a word of the vocabulary only, but in a chart's "SURNAME, GIVEN"."""
        if ":" not in self.text and "mployee" not in self.text and "river" not in self.text:
            return
        for m in _NAME_IN_FIELD.finditer(self.text):
            raw = m["name"].replace(",", " ").split()
            words = [
                [_fold(part) for part in w.split("-")]
                for w in raw
                if len(w.rstrip(".")) > 1 and w.lower() not in _PARTICLES
            ]
            if any(w in _FIELD_CODES or _CREDENTIAL.fullmatch(w) for w in raw) or (
                "," not in m["name"]
                and not m["name"].isupper()
                and any(len(w) > 2 and w.isupper() for w in raw)
            ):
                continue  # "Montana DL 0305...", "From: PVMC Case Mgmt", "From: Keshia Brown RN"
            plain = [all(map(self.lex.plain_word, w)) for w in words]
            if len(words) < 2 or all(plain) or (any(plain) and "," not in m["name"]):
                # "Patient: Chest Pain", "Name: Hope Gala"; "Call-Sorensen" is a name, and so
                # is a chart's "PALMER, JUNIOR A"
                continue
            if not any(p in self.lex.names or p in self.lex.surnames for w in words for p in w):
                continue
            start, end = m.span("name")
            if not self._overlaps(self.protected, start, end) and self._take_names_inside(
                start, end
            ):
                self._claim_name(start, end, _FIELD_NAME_REASON)

    def _find_names_of_those_we_lost(self) -> None:
        """ "Honoring the children we lost this year: Santiago 'Santi' Reyes Villa, who loved
        the Xolos; Amira Toma, ...": the names listed after a loss are the patients'."""
        m = _THOSE_WE_LOST.search(self.text) if "lost" in self.text else None
        if not m:
            return
        end = self.text.find("\n\n", m.end())
        end = len(self.text) if end < 0 else end
        for j in self.judged:
            if m.end() <= j.start < end and j.kind == "strong" and j.verdict in ("staff", "other"):
                if (
                    j.verdict == "staff"
                    and j.local
                    and not self.rx.left_relative.search(self.text, max(0, j.start - 30), j.start)
                ):
                    continue  # "... and Dr. Ruiz, who cared for them": staff named as staff
                self._add_name(j.start, j.end, _THOSE_WE_LOST_REASON)

    def _find_lower_case_chart_names(self) -> None:
        """A chart's name in lower case, surname first, with a chart's field right after it
        (`_LOWER_CHART_NAME`): its given name a known first name."""
        for m in _LOWER_CHART_NAME.finditer(self.text) if "," in self.text else ():
            given = [_fold(w) for w in m["given"].split() if len(w) > 1 and w not in _PARTICLES]
            surname = [_fold(w) for w in m["surname"].replace("-", " ").split()]
            if (
                not given
                or given[0] not in self.lex.names
                or any(self.lex.plain_word(w) for w in given)
                or any(w in self.lex.vocabulary and w not in self.lex.surnames for w in surname)
            ):
                continue  # "water, ice chips, rm 4 ...": a list of words
            self._claim_free_chart_name(*m.span("name"))
        for m in _LOWER_GIVEN_FIRST.finditer(self.text):
            words = [_fold(w) for w in m["name"].split() if len(w.rstrip(".")) > 1]
            first, rest = words[0], words[1:]
            if (
                first not in self.lex.names
                or first in self.lex.vocabulary
                or any(self.lex.plain_word(w) for w in words)
                or any(w in self.lex.vocabulary and w not in self.lex.surnames for w in rest)
                or self._overlaps(self.protected, *m.span("name"))
            ):
                continue  # "'discharge summary 6 y/o ...": words, not a name
            self._claim_free_chart_name(*m.span("name"))

    def _find_lower_case_titled_names(self) -> None:
        """A name in lower case after a courtesy title ("sra. maría de jesús quintanilla, hab
        203"): a known first name, not a word, then the surnames the lists know."""
        for m in _LOWER_TITLED_NAME.finditer(self.text):
            if self.is_staffish:
                return  # asked only once a title is there: reading the roles is costly
            words = m["name"].split()
            if _fold(words[0]) not in self.lex.names or self.lex.plain_word(_fold(words[0])):
                continue
            end, kept = m.start("name") + len(words[0]), 1
            for word in words[1:]:
                folded = _fold(word)
                if folded in _PARTICLES:
                    continue
                if folded not in self.lex.surnames and folded not in self.lex.names:
                    break
                end, kept = self.text.index(word, end) + len(word), kept + 1
            start = m.start("name")
            if kept < 2 or self._overlaps(self.protected, start, end):
                continue  # a first name alone after "don" is left to the other readings
            if self._take_names_inside(start, end):
                self._claim_free_chart_name(start, end)

    def _second_look(self) -> None:
        """Read the names again with the whole post in view.

        The same name means the same person: the first mention that a cue explains
        ("our nurse Lupita", "her daughter Lily") decides what the later mentions are,
        and an unknown word after a greeting ("Shout out to Bubba") is a name once the
        post has turned out to be about a patient."""
        self._staff_turned_patients()
        self._relatives_thanking_carers()
        roles: dict[str, str] = {}  # a name, and each word of it -> first explained role
        for j in sorted(self.judged, key=lambda j: j.start):
            # In text order: "Jordan Pike, our new child life specialist! Jordan loves
            # Legos" - the first mention, a staff member, decides the second.
            if j.local and j.verdict in ("name", "staff"):
                roles.setdefault(j.key, j.verdict)
                for word in j.key.split():
                    roles.setdefault(word, j.verdict)
        dropped = set()
        for j in self.judged:
            role = roles.get(j.key)
            if role is None and j.verdict in ("staff", "other") and not j.local and " " in j.key:
                # "Rhonda Pierce has lived with an LVAD ... Rhonda, a retired dispatcher,
                # says": a full name whose first or last name is a patient's elsewhere
                word_roles = {roles.get(word) for word in j.key.split()}
                role = "name" if "name" in word_roles and "staff" not in word_roles else None
            if j.verdict == "name" and role == "staff":
                dropped.add((j.start, j.end))
            elif j.verdict in ("staff", "public", "other") and role == "name" and not j.local:
                if j.verdict == "other" and j.kind == "unknown":
                    continue
                self._add_name(
                    j.start, j.end, "The same name is a patient's elsewhere in this post."
                )
                roles.setdefault(j.key, "name")
        self._names_listed_with_patients(roles)
        if dropped:
            self.candidates = [
                c for c in self.candidates if c.type != "NAME" or (c.start, c.end) not in dropped
            ]
        self.staff_spans = [(j.start, j.end) for j in self.judged if j.verdict == "staff"]
        self.staff_spans += sorted(dropped)
        self.staff_keys = {k for k, role in roles.items() if role == "staff"}
        if self.staff_spans and any(c.type == "AGE" for c in self.candidates):
            self.candidates = [
                c for c in self.candidates if c.type != "AGE" or not self._age_of_staff(c.start)
            ]
        if not any(c.type == "NAME" for c in self.candidates):
            return
        for j in self.judged:
            if j.verdict == "other" and j.weak_cue:
                reason = f"Looks like a patient's name: it follows '{j.weak_cue}'."
                self._add_name(j.start, j.end, reason)

    def _find_family_writers(self) -> None:
        """A note from a patient's family names its writer and the ones it speaks to:
        "... you made my wife's last Christmas feel like home. Forever grateful, Lou Brennan",
        "'... call me at ... — Bisi'", "Hi Sharon! We passed your message to your dad's nurse".
        """
        text = self.text
        spans: list[tuple[int, int, str]] = []
        if _OWN_RELATIVE.search(text):
            m = _SIGN_OFF.search(text)
            if m:
                group = "name" if m["name"] else "dash"
                reason = "Looks like the name of a patient's relative who signs this note."
                spans.append((*m.span(group), reason))
        for m in _SELF_INTRO.finditer(text) if "s " in text else ():
            # "Hi it's Rita (Manny's sister)!!", "hey its shonda, dquan's mom"
            folded = _fold(m["name"])
            if folded in self.lex.names and folded not in self.lex.vocabulary:
                reason = "Looks like the name of someone who writes in about a patient."
                spans.append((*m.span("name"), reason))
        if _YOUR_RELATIVE.search(text):
            for m in _GREETED.finditer(text):
                reason = "Looks like a patient's relative, spoken to in this post."
                spans.append((*m.span("name"), reason))
        for start, end, reason in spans:
            while end > start and text[end - 1] in _QUOTES:
                end -= 1  # "— Teresa'": the note's closing quote
            if self._overlaps(self.protected, start, end):
                continue
            if any(j.start == start and j.verdict == "staff" and j.local for j in self.judged):
                continue
            key = " ".join(t.folded for t in self.tokens if start <= t.start < end)
            self.judged.append(_Judged(start, end, key, "name", True, "strong", ""))
            self._add_name(start, end, reason)

    def _staff_turned_patients(self) -> None:
        """Staff, volunteers and public people who became patients: "our nurse Tanya Brooks
        ... In March she became our patient", "enfermero Julio, fue paciente en la UCI".
        The cue must be said of them: right after the name (an aside may come between), or
        after "he" or "she" with no other name in between, in that sentence or the next."""
        text = self.text
        for index, j in enumerate(self.judged):
            if j.verdict not in ("staff", "public") or _CARE_BY.search(
                text, max(0, j.start - 30), j.start
            ):
                continue
            _, limit = self.with_next_sentence(j.start)
            others = [
                k.start
                for k in self.judged
                if k.start >= j.end and k.verdict in ("name", "staff") and k.key != j.key
                and not set(k.key.split()) & set(j.key.split())
            ]  # fmt: skip
            cues = sorted(
                [
                    *_BECAME_PATIENT.finditer(text, j.end, limit),
                    *_TURNED_PATIENT_ITSELF.finditer(text, j.end, limit),
                    *_TURNED_PATIENT_CARE.finditer(text, j.end, limit),
                ],
                key=lambda m: m.start(),
            )
            for cue in cues:
                if any(o < cue.start() for o in others):
                    break
                between = text[j.end : cue.start()]
                # "... our aide Donna Fiske ... This spring Donna became one of our patients"
                again = "|".join(re.escape(w) for w in text[j.start : j.end].split() if len(w) > 2)
                # "a Hatzalah founder", "the voice of Haitian radio": a word before a noun
                modifier = (
                    " " not in j.key and j.kind != "strong" and _NOUN_AFTER.match(text, j.end)
                )
                if (
                    (cue.re is _TURNED_PATIENT_ITSELF and not modifier)
                    or (
                        cue.re is _TURNED_PATIENT_CARE
                        and not modifier
                        and not _SOMEONE_ELSE.search(between)
                    )
                    or _SUBJECT_IS_NAME.fullmatch(between)
                    or _SUBJECT_PRONOUN.search(between)
                    or (again and re.search(rf"[.!?]\s+(?:\w+\s+){{0,3}}(?:{again})\s+$", between))
                ):
                    self.judged[index] = _Judged(j.start, j.end, j.key, "name", True, j.kind, "")
                    title = _PUBLIC_TITLE_WORDS.match(text, j.start, j.end)
                    self._add_name(
                        title.end() if title and title.end() < j.end else j.start,
                        j.end,
                        "Looks like staff or a public person who became a patient: "
                        f"'{_clean(cue.group())}'.",
                    )
                    break

    def _relatives_thanking_carers(self) -> None:
        """The first person a sentence names, and any named with them, when it goes on to the
        care of their relative: "Chaltu Gemechu wrote to thank Dr. Lindqvist and the nurses
        who cared for her father", "Mai and Pheng Vang ... for the nurses who cared for their
        dad", "Dr. Rena Begay wants to thank the team for caring for her father". A patient's
        relative is named in the patient's story."""
        text = self.text
        people = sorted(
            (
                j
                for j in self.judged
                if j.verdict in ("name", "staff")
                # an unknown word opening a sentence ("Billing question from a dad") is none
                or (j.verdict == "other" and (j.kind == "strong" or " " in j.key))
            ),
            key=lambda j: j.start,
        )
        for s, e in self.sentences:
            cue = _KIN_IN_OUR_CARE.search(text, s, e)
            named = [j for j in people if s <= j.start and j.end <= cue.start()] if cue else []
            if not named:
                continue
            subjects = [named[0]]
            for j in named[1:]:  # "Mai and Pheng Vang", "Kimber, Kade and Kolt"
                if not _COORDINATED.fullmatch(text, subjects[-1].end, j.start):
                    break
                subjects.append(j)
            if _SUBJECT_START.fullmatch(text, s, subjects[0].start) is None:
                continue  # the sentence does not open with them
            for j in subjects:
                if j.verdict == "name":
                    continue
                index = self.judged.index(j)
                self.judged[index] = _Judged(j.start, j.end, j.key, "name", True, j.kind, "")
                reason = f"Looks like the name of a patient's relative: '{_clean(cue.group())}'."
                self._add_name(j.start, j.end, reason)

    def _names_listed_with_patients(self, roles: dict[str, str]) -> None:
        """ "Earl and Dorothy Pruitt renewed their vows ... Earl, 84,": a first name or
        full name listed with a patient's name, with no cue of its own, is a patient's."""
        found = sorted(self.judged, key=lambda j: j.start)
        for a, b in itertools.pairwise(found):
            if not _LISTED.fullmatch(self.text[a.end : b.start]):
                continue
            for one, other in ((a, b), (b, a)):
                if (
                    one.verdict in ("staff", "other")
                    and not one.local
                    and one.kind != "unknown"
                    and roles.get(one.key) is None
                    and roles.get(other.key) == "name"
                ):
                    self._add_name(
                        one.start, one.end, "Looks like a patient's name: it is listed with one."
                    )

    def _kind(self, token: _Token) -> str | None:
        """'strong' (a first name), 'word' (a first name that is also a word), 'unknown'
        (capitalised, in no list) or None (a word)."""
        folded, lex, lower = token.folded, self.lex, token.text.lower().replace("\u2019", "'")
        if (
            len(folded) < 2
            or lower in lex.not_names
            or folded in _NEVER_NAMES
            or (lower in _SPANISH_PRONOUNS and self.spanish)
        ):
            return None
        if token.text.isupper() and len(token.text) > 1 and not self.shouting:
            return None  # NICU, CEO, MLK, IL
        if lower in lex.name_words:
            if lower in _SPANISH_PRONOUNS and self.spanish:
                return None  # "Ella salió hoy": she
            return "word"
        if folded in lex.names:
            return "strong"
        if folded in lex.vocabulary or folded in lex.cities or folded in lex.regions:
            return None
        if _diminutive_of_name(folded, lex.names):
            return "strong"  # "Dieguito", "Juanita"
        if "-" in folded:
            parts = folded.split("-")
            if all(p in lex.names for p in parts):
                return "strong"
            if all(p in lex.names or p in lex.surnames for p in parts):
                return "unknown"
            if all(w[:1].isupper() for w in token.text.split("-")) and not any(
                p in lex.vocabulary or p in lex.cities or p in lex.regions for p in parts
            ):
                return "unknown"  # "Okafor-Reyes", "Nakamura-Lindqvist": a double surname
            return None
        if "'" in folded:
            # D'Andre, O'Neil, Ja'Kobe: a first name after a short prefix
            head, _, rest = folded.partition("'")
            if len(head) <= 2 and len(rest) >= 3 and rest in lex.names:
                return "strong"
        if not token.text[0].isupper():
            return None
        return "unknown"

    def _group_from(self, i: int, *, force: bool = False) -> tuple[int, int, str] | None:
        """A run of capitalised name-like words starting at token i: (first, last, kind).
        With `force` (after "Mrs."), any capitalised word starts one."""
        tokens, text = self.tokens, self.text
        kinds = [self._kind(tokens[i])]
        if kinds[0] is None:
            if not force:
                return None
            kinds = ["unknown"]
        last = i
        j = i + 1
        if kinds[0] == "unknown" and not force and j < len(tokens):
            after = self._kind(tokens[j])
            if after in ("strong", "word") and text[tokens[i].end : tokens[j].start] == " ":
                return None  # "Contact Jake's mom": the name starts at "Jake"
        while j < len(tokens) and len(kinds) < 4 and not tokens[last].possessive:
            gap = text[tokens[last].end : tokens[j].start]
            nxt = tokens[j]
            if nxt.folded in _PARTICLES and j + 1 < len(tokens) and gap == " ":
                after = tokens[j + 1]
                if (
                    nxt.folded in ("de", "del")
                    and (after.folded in self.lex.cities or after.folded in _city_first_words())
                    and after.folded not in self.lex.surnames
                ):
                    break  # "la familia Ramírez de Brooklyn Park": where they are from
                if (
                    after.text[0].isupper()
                    and text[nxt.end : after.start] == " "
                    and self._kind(after) is not None
                ):
                    kinds.append(self._kind(after))
                    last = j + 1
                    j += 2
                    continue
                break
            # 'Walter "Walt" Kowalczyk', "Kai 'KaiPlays' Matagi": a quoted nickname inside
            quoted = _NICKNAME_GAP.fullmatch(gap) and (
                (gap[-1] in _QUOTES and _NICKNAME_CLOSE.match(text, nxt.end))
                or (
                    gap[0] in _QUOTES
                    and text[tokens[last].start - 1 : tokens[last].start] in _QUOTES
                )
            )
            if gap != " " and not (gap == ". " and len(tokens[last].text) == 1) and not quoted:
                break
            if not nxt.text[0].isupper():
                break
            if nxt.folded in _SUFFIXES:
                last = j
                break
            kind = self._kind(nxt) or ("unknown" if quoted and gap[-1] in _QUOTES else None)
            if kind is None and nxt.folded in self.lex.surnames and nxt.folded not in _NEVER_NAMES:
                kind = "surname"
            if kind is None and not (len(nxt.text) == 1 and nxt.text.isupper()):
                break
            kinds.append(kind or "initial")
            last = j
            j += 1
        if "strong" in kinds:
            kind = "strong"
        elif kinds[0] == "word" and (kinds[-1] == "surname" or kinds == ["word", "unknown"]):
            kind = "strong"  # "Ray Dunlap", "Hope Nakamura": a first and a last name
        elif kinds[0] == "word" or "word" in kinds:
            kind = "word"
        else:
            kind = "unknown"
        return i, last, kind

    def _context(self, start: int, end: int) -> tuple[str, str, int, int]:
        s, e = self.sentence_of(start)
        return self.text[s:start], self.text[end:e], s, e

    def _judge_group(self, first: int, last: int, kind: str) -> None:
        start, end = self.tokens[first].start, self.tokens[last].end
        if self._overlaps(self.protected, start, end) or self._overlaps(
            self.named_days, start, end
        ):
            return
        verdict, reason, local = self._verdict(first, last, kind)
        public = self.public_names and self._overlaps(self.public_names, start, end)
        if public and not (verdict == "name" and local and self._patient_cue_next_to(start, end)):
            verdict, reason, local = "public", "", False  # "Santa visited the kids"
        # "Ashley, Brandon and Maria" share the verdict of the first when a cue made it;
        # in a list of names, a word like "Cara" is a name too.
        listed = None
        if self.previous:
            listed = re.fullmatch(
                r"\s*,\s*(?:(?:and|&|y)\s+)?|\s+(?:and|&|y|or|o)\s+",
                self.text[self.previous[0] : start],
            )
        if listed and _fold(self.text[: self.previous[0]].split()[-1].strip(",.")) in _MONTH_WORDS:
            listed = None  # "Since March, Teodoro has come ...": a month, then a name
        if listed and not local:
            _, prev_verdict, prev_reason, prev_local = self.previous
            if prev_local:
                verdict, reason, local = prev_verdict, prev_reason, True
            elif prev_verdict == "name" and verdict == "other":
                verdict, reason = "name", prev_reason
        if listed and verdict == "name" and self.judged and self.judged[-1].verdict == "other":
            # "Will and Grace went home": the first of the pair is a name too.
            earlier = self.judged[-1]
            if earlier.end == self.previous[0] and earlier.kind != "unknown":
                self.judged[-1] = _Judged(earlier.start, earlier.end, earlier.key, "name",
                                          earlier.local, earlier.kind, "")  # fmt: skip
                self._add_name(earlier.start, earlier.end, reason)
        self.previous = (end, verdict, reason, local)
        weak = ""
        if verdict == "other" and kind == "unknown":
            left = self.text[max(self.sentence_of(start)[0], start - 80) : start]
            cue = self.rx.left_weak.search(left)
            if cue and _clean(cue["cue"]).lower() not in _VAGUE_CUES:
                weak = _clean(cue["cue"])
        key = " ".join(t.folded for t in self.tokens[first : last + 1])
        self.judged.append(_Judged(start, end, key, verdict, local, kind, weak))
        if verdict == "name":
            self._add_name(start, end, reason)

    def _patient_cue_next_to(self, start: int, end: int) -> bool:
        """A cue that only a patient gets ("baby Elsa", "Ariel, 6,", "Selena turned 9"),
        unlike a greeting, which public figures get too ("Happy birthday, Elvis!")."""
        rx = self.rx
        left, right, _, _ = self._context(start, end)
        if _PATIENT_NOUN_BEFORE.search(left[-60:]) or rx.left_relative.search(left[-60:]):
            return True
        right = right[:100]
        possessive = self.text[end : end + 2] in ("'s", "\u2019s")
        return bool(
            rx.right_age.match(right)
            or rx.right_relative.match(right)
            or (possessive and rx.right_possession.match(right))
            or (not possessive and rx.right_story.match(right))
        )

    def _verdict(self, first: int, last: int, kind: str) -> tuple[str, str, bool]:
        """("name" | "staff" | "place" | "other", reason, decided by a cue next to it?)"""
        tokens, text, rx = self.tokens, self.text, self.rx
        tail = tokens[last]
        start, end = tokens[first].start, tail.end
        left, right, s, e = self._context(start, end)
        left80, right80 = left[-80:], right[:120]
        if self._not_a_person(first, last, kind, left80, right80):
            return "not a person", "", True
        label = text[start:end]
        if rx.pseudonym.match(right80):
            self.not_persons.append((start, end))
            return "other", "", True  # "Meet 'Sarah' (not her real name)"
        # "Leo, 10, who's recovering", "17-yo Marcus Lee": a child's or young adult's age
        # given with the name makes it a patient's (ages over 89 are handled as ages).
        aged = _CHILD_AGE_AFTER.match(right80) or _CHILD_AGE_BEFORE.search(left80)
        if aged and not _WORKER_BEFORE.search(left80) and not _WORKER_AFTER.match(right80):
            return "name", "Looks like a patient's name: it is given with an age.", True
        # "Angel, we'll miss your jokes", "We will always remember you, Chuy.": a name
        # spoken to, in a patient story
        if (
            self.is_story
            and not _WORKER_BEFORE.search(text[s:e])
            and (
                (_SENTENCE_START.search(left) and _ADDRESSED_AFTER.match(right80))
                or (_ADDRESSED_BEFORE.search(left80) and re.match(r"\s*(?:[.!?]|$)", right80))
            )
        ):
            return "name", "Looks like a patient's name: the post speaks to them.", True
        # What follows, without an aside in brackets or commas:
        # "jesús (sí, como ...) salió hoy", "Milagros, nuestra milagrito, ya está en casa".
        right_on = _ASIDE.sub("", right80, count=1)
        if right_on == right80:
            right_on = _APPOSITIVE.sub("", right80, count=1)

        # Cues right next to the name, strongest first.
        relative = rx.left_relative.search(left80)
        if (
            relative
            and kind == "unknown"
            and relative["cue"][0].isupper()
            and (
                _fold(relative["cue"]).startswith("famil")
                or not (
                    _VERB_AFTER.match(right80)
                    # "Auto Partes Hermanos Gallegos, ...": a plural is a business's name,
                    # "Twin Rivers", "Twin Falls" a place
                    or (
                        _PLAIN_AFTER.match(right80)
                        and not relative["cue"].endswith("s")
                        and _fold(relative["cue"]) != "twin"
                    )
                )
            )
        ):
            # "Patient Family Advisory Council": a title, not a relative (but "Dad
            # Abdirahman Warsame has read to his twins", "Husband Kyaw Zin, cell ..." and
            # "Daughter Biola requests a call" are)
            relative = None
        clergy = relative is not None and _is_clergy(relative, left80)
        if (
            relative
            and _fold(relative["cue"]) in ("family", "familia")
            and rx.donor.search(text[s:e])
            and not rx.story.search(text[s:e])
            and not _IN_THEIR_MEMORY.search(text[s:e])
        ):
            relative = None  # "Gracias a la familia Garza ... por donar": donors
        if relative and not clergy:
            if not self.is_story and rx.staff_relative.search(left80[: relative.start()]):
                # "Nurse Kim and her daughter Lily ran the 5K": a staff member's family (but
                # "nurse Brianna and her husband Devon welcomed a son here": patients)
                return "staff", "", True
            cue = _clean(relative.group().strip(" ,:"))
            if re.search(r"(?i)\s(?:of|de)$", cue):
                return "name", f"Looks like a patient's name: it follows '{cue}'.", True
            return "name", f"Looks like the name of a patient's relative: it follows '{cue}'.", True
        relative_after = rx.right_relative.match(right80)
        if relative_after:
            cue = _clean(relative_after["cue"])
            return "name", f"Looks like a patient's name: '{label}'s {cue}' follows.", True
        staff_left = rx.left_staff.search(left80) or (
            self.has_spotlight and rx.left_spotlight.search(left80)
        )
        if staff_left and _CHILD_ROLE.search(left80[: staff_left.start()]):
            staff_left = None  # "our little astronaut Houston", "future nurse Ava"
        if staff_left and not clergy and _LAY_TITLES.match(staff_left["cue"]):
            # "Coach Randy Fields is in stable condition": a coach can be a patient too.
            story = None if tail.possessive else rx.right_story.match(right_on)
            if story:
                cue = _clean(story["cue"])
                return "name", f"Looks like a patient's name: '{cue}' comes right after it.", True
            # "Rest in peace, Coach Dan Miller": a patient cue before the lay title
            before_title = rx.left_strong.search(
                left80[: staff_left.start()]
            ) or rx.left_relative.search(left80[: staff_left.start()])
            if not before_title:
                # "Today we pinned Sgt. Lyle Fenwick", "Godspeed, Sgt. Alvin Teague"
                before_title = _FAREWELL_BEFORE.search(left80[: staff_left.start()])
            if not before_title and not tail.possessive:
                # "Sgt. Marcus Webb, an Army veteran who spent his last days in our hospice"
                before_title = _LAY_PATIENT.search(text[end:e])
            if before_title and _clean(before_title["cue"]).lower() not in _VAGUE_CUES:
                cue = _clean(before_title["cue"])
                return "name", f"Looks like a patient's name: it follows '{cue}'.", True
        if staff_left and not clergy and not tail.possessive:
            # "our cook, Verna Dahlberg, who had her gallbladder out here", "our volunteer
            # coordinator, Phyllis Ng, is now a hospice patient herself"
            turned = _STAFF_TURNED_PATIENT.match(right80)
            if turned:
                cue = _clean(turned["cue"])
                return "name", f"Looks like a patient's name: '{cue}' follows it.", True
        if staff_left and self._care_home_resident(staff_left["cue"]):
            # "Our resident Arvid Solberg", "nuestro residente don Ernesto"
            return "name", _CARE_HOME_REASON, True
        if clergy or staff_left or rx.left_host.search(left80):
            return "staff", "", True  # "Dr. Patel", "our chaplain, John", "join Jennifer"
        with_relative = rx.right_with_relative.match(right_on)
        if with_relative:
            cue = _clean(with_relative["cue"])
            return "name", f"Looks like a patient's name: '{cue}' follows it.", True
        strong_left = rx.left_strong.search(left80)
        if (
            strong_left
            and kind == "unknown"
            and re.fullmatch(r"Patients?|Paciente", strong_left["cue"])
        ):
            strong_left = None  # "Patient Access", "Patient Experience": a department
        if strong_left:
            return (
                "name",
                f"Looks like a patient's name: it follows '{_clean(strong_left['cue'])}'.",
                True,
            )
        titled = rx.left_title.search(left80)
        staff_before_title = titled and rx.left_staff.search(left80[: titled.start()])
        if staff_before_title and self._care_home_resident(staff_before_title["cue"]):
            return "name", _CARE_HOME_REASON, True
        if titled and (
            staff_before_title
            or (
                (after := _OUR_ROLE_AFTER.match(right80))
                and not after["role"].startswith("resident")
            )
        ):
            return "staff", "", True  # "our cafeteria cook Ms. Pearl", "Mrs. K — our secretary"
        if titled:
            return "name", f"Looks like a person's name after '{titled['cue']}'.", True
        role_after = _OUR_ROLE_AFTER.match(right80)
        if role_after and self._care_home_resident(role_after["role"]):
            # "Don Cipriano, nuestro residente más querido"
            return "name", _CARE_HOME_REASON, True
        if self._staff_after(right80, e):
            return "staff", "", True  # "Maria Lopez, RN", "Jennifer, our nurse manager"
        if rx.right_age.match(right80):
            return "name", "Looks like a patient's name: an age follows it.", True
        possession = rx.right_possession.match(right80) if tail.possessive else None
        if possession:
            cue = _clean(possession["cue"])
            return "name", f"Looks like a patient's name: '{label}'s {cue}'.", True
        story = None if tail.possessive else rx.right_story.match(right_on)
        if story:
            cue = _clean(story["cue"])
            return (
                "name",
                f"Looks like a patient's name: '{cue}' comes right after it.",
                True,
            )

        # Cues in the sentence and the post.
        sentence = text[s:e]
        toward = _TOWARD_STAFF.search(sentence, end - s)
        if toward and kind != "unknown":
            # "Rocío les trajo pan dulce a las enfermeras", "Mateo y sus enfermeras":
            # someone who thanks, visits or has nurses is a patient or a relative
            cue = _clean(toward.group())
            return "name", f"Looks like a patient or relative: '{cue}' follows the name.", False
        thanks = _FAMILY_THANKS.search(sentence) if self.has_thanks else None
        if thanks and thanks.start() < start - s and not rx.donor.search(sentence):
            # "Thank you, Maria, for the cookies!": a family thanks the unit
            return (
                "name",
                "Looks like a patient or relative thanked for a personal gift or visit.",
                False,
            )
        if (
            (rx.staff_events.search(sentence) or rx.donor.search(sentence))
            and not rx.story.search(sentence)
            and not _DONOR_FAMILY.search(sentence)
        ):
            return "staff", "", False  # "Congratulations to Maria on 25 years of service!"
        # Outside a patient story, a family name needs a relative of theirs in the post:
        # "the Patel family ... saved their dad's life" (but not "the Reyes family" of a gift)
        family_post = self.is_story or bool(_RELATIVE_OF_FAMILY.search(text))
        family = rx.right_family.match(right80) if family_post and not tail.possessive else None
        if family and re.search(
            r"(?i)(?:\b(?:the|los|las|la|familia)\s+|(?:\bthank\s+you|\bthanks|\bgracias|\bdear|^\W*)\s*,?\s*)$",
            left80,
        ):
            return (
                "name",
                f"Looks like a patient's family name: 'the {label} {family['cue']}'.",
                True,
            )
        if family_post and _FAMILIA_BEFORE.search(left80) and not tail.possessive:
            # "la familia Morales", "los papás Pérez": a patient's family name, in Spanish
            cue = _clean(_FAMILIA_BEFORE.search(left80).group())
            return "name", f"Looks like a patient's family name: it follows '{cue}'.", True
        weak_left = rx.left_weak.search(left80)
        vocative = re.match(r"\s*(?:[!.?]|$|[^\w\s])", right) and rx.vocative.search(left80)
        if kind == "unknown":
            # A word in none of our lists counts only after a cue, in a patient story.
            if weak_left and self.is_story and _clean(weak_left["cue"]).lower() not in _VAGUE_CUES:
                return (
                    "name",
                    f"Looks like a patient's name: it follows '{_clean(weak_left['cue'])}'.",
                    False,
                )
            pronoun = _PRONOUN_AFTER.match(right)
            if (
                pronoun
                and self._sentence_initial(first)
                and pronoun.group().strip() in ("su", "sus")
            ):
                pronoun = None  # "Agende su mamografía": a verb, then "your"
            if self.is_story and not tail.possessive and pronoun:
                # "Big day for Abdirahman: his first steps": a person, by the pronoun
                return "name", "Looks like a patient's name: a personal pronoun follows it.", False
            return "other", "", False
        staff_post = self.is_staffish and not self.is_story
        if weak_left or vocative:
            if staff_post:
                return "staff", "", False
            cue = _clean(weak_left["cue"]) if weak_left else "a greeting"
            return (
                "name",
                f"Looks like a person's name after '{cue}'; check whether it is a patient.",
                False,
            )
        if kind == "word":
            # "Hope", "Will", "Grace": only mid-sentence, capitalised, in a patient story.
            determiner = rx.left_determiner.search(left80)
            if determiner and re.search(r"(?i)\b(?:for|to|with|con|para)\s+$", left80):
                # "Sunny days ahead for Sunny!": a name that ends its clause is a person
                determiner = None if re.match(r"\s*(?:[!?:]|,\s|$)", right) else determiner
            if self.is_story and not self._sentence_initial(first) and not determiner:
                return "name", "Looks like a person's name in a patient story.", False
            return "other", "", False
        if self.is_story:
            return "name", "Looks like a person's name in a patient story.", False
        if not self.is_staffish:
            quoted = _QUOTE_AUTHOR_BEFORE.search(text, max(0, start - 8), start)
            if (quoted and first != last and not _FAMILY_NOTE.search(text, 0, start)) or (
                first == last and self.tokens[first].folded in _MONTH_WORDS
            ):
                # "'Hope is ...' — Desmond Tutu": who said a quotation; "Abril es el Mes
                # de ...": a month, with no cue of a person
                return "other", "", False
            reason = (
                "Looks like a person's name; check whether it is a patient or a patient's relative."
            )
            return "name", reason, False
        return "staff", "", False

    def _find_names_in_lowercase_post(self) -> None:
        """ "happy gotcha day to bill!!", "congrats to our little nicu grad hunter 💙": in a
        post written all in lower case, a first name that is also a word ("bill", "will",
        "hunter") is a name where a greeting or a thanks ends with it."""
        text = self.text
        if any(
            text[s:e].lstrip(" \t\n\"'¡¿([#@*-")[:1].isupper() for s, e in self.sentences
        ) or not (self.is_story or self.speaks_of_care):
            return
        taken = [(c.start, c.end) for c in self.candidates] + self.masked + self.protected
        for token in self.tokens:
            lower = token.text
            if (
                not lower.islower()
                or len(lower) < 3
                or token.folded not in self.lex.names
                or lower in self.lex.not_names
                or token.folded in _NEVER_NAMES
                or self._overlaps(taken, token.start, token.end)
            ):
                continue
            s, _ = self.sentence_of(token.start)
            left = text[max(s, token.start - 50) : token.start]
            if _LOWER_GREETING_BEFORE.search(left) and _CLAUSE_END_AFTER.match(text, token.end):
                reason = (
                    f"Looks like a person's name written in lower case ('{lower}'): the post "
                    "greets or thanks them by it."
                )
                self._add_name(token.start, token.end, reason)

    def _find_lower_case_full_names(self) -> None:
        """ "rip big mike, miguel ángel sosa", "dorothy zimmerman, born 10-10-25": in a post
        about a patient, a first name and a surname the lists know, written in lower case."""
        if not (self.is_story or self.name_found or self.speaks_of_care):
            return
        lex, tokens = self.lex, self.tokens
        taken = [(c.start, c.end) for c in self.candidates] + self.masked + self.protected
        for i, first in enumerate(tokens[:-1]):
            if (
                not first.text.islower()
                or len(first.text) < 3
                or first.folded not in lex.names
                or first.folded in lex.vocabulary
                or first.text in lex.not_names
                or first.folded in _NEVER_NAMES
                or first.folded in _NOT_A_LOWER_FIRST_NAME
                or first.possessive
            ):
                continue
            for j in (i + 1, i + 2):
                if j >= len(tokens) or not re.fullmatch(
                    r"[ \t]+", self.text[tokens[j - 1].end : tokens[j].start]
                ):
                    break
                last = tokens[j]
                if not last.text.islower() or last.sentence != first.sentence:
                    break
                if last.folded in lex.surnames and (
                    not (last.folded in lex.vocabulary or last.folded in lex.names)
                    # "jaylen woods walked out", "brynlee oaks came to us": a surname that
                    # is a word, the person's story right after it
                    or (j == i + 1 and _LOWER_NAME_THEN.match(self.text, last.end))
                ):
                    start, end = first.start, last.end
                    if not self._overlaps(taken, start, end):
                        reason = "Looks like a person's full name, written in lower case."
                        self._add_name(start, end, reason)
                        taken.append((start, end))
                    break
                if last.folded not in lex.names or last.folded in lex.vocabulary:
                    break  # a middle name may come first: "miguel ángel sosa"

    def _find_names_after_possessive(self) -> None:
        """ "70 years married to his Nell", "thank you for loving our Sissy": a first name
        right after "his", "her", "our" or "my" in a post about a patient, with the clause
        ending there (`_POSSESSED_NAME`)."""
        if not (self.is_story or self.name_found):
            return
        lex = self.lex
        taken = [(c.start, c.end) for c in self.candidates]
        taken += self.masked + self.protected + self.named_days
        for m in _POSSESSED_NAME.finditer(self.text):
            folded = _fold(m["name"])
            if (
                folded not in lex.names
                or folded in lex.vocabulary
                or folded in lex.name_words
                or folded in lex.cities
                or folded in lex.regions
                or folded in _MONTH_WORDS
                or self._overlaps(taken, *m.span("name"))
            ):
                continue
            reason = f"Looks like a patient's or relative's name: it follows '{m['cue']}'."
            self._add_name(*m.span("name"), reason)

    def _find_nicknames(self) -> None:
        """A nickname given as one ("lo llamaban 'Balta'", "known as Smoove"), or in quotes
        right after a patient's name ("Ortiz Cruz, Wilfredo ("Wichy")", "ALANIZ, GRACIELA
        'Chela'"), in a post about a patient."""
        if not (self.is_story or self.name_found or self.speaks_of_care):
            return
        taken = [(c.start, c.end) for c in self.candidates if c.type == "NAME"]
        taken += self.masked + self.protected
        for m in _NICKNAME.finditer(self.text):
            start, end = m.span("name")
            if self._overlaps(taken, start, end) or _fold(m["name"]) in _NEVER_NAMES:
                continue
            if m["cue"] is None:
                # a word in quotes right after a patient's name: in a chart, or in a post
                # that is not about staff
                if not any(
                    c.type == "NAME"
                    and c.end <= m.start()
                    and not self.text[c.end : m.start()].strip(" ,(")
                    and (c.reason == _CHART_NAME_REASON or not self.is_staffish)
                    for c in self.candidates
                ):
                    continue
            elif self.is_staffish and not self.is_story:
                continue  # "Dr. Giggles (aka Ramón Salinas), our hospital clown"
            self._add_name(start, end, _NICKNAME_REASON.format(m["name"]))
        for m in _BIG_NICKNAME.finditer(self.text) if "ig " in self.text else ():
            # "Prayers up for Big T", "We lost Big Walt today": a nickname, not a size
            start, end = m.span()
            word = _fold(m["n"].rstrip("."))
            if self._overlaps(taken, start, end) or self._overlaps(self.named_days, start, end):
                continue
            if len(word) == 1 or (word in self.lex.names and word not in self.lex.vocabulary):
                self._add_name(start, end, _NICKNAME_REASON.format(m.group()))

    def _find_initials(self) -> None:
        """ "J.D. was our very first patient", "Gracias a J.M.R. y a su familia": initials
        standing for a person in a patient's story, where a name was left out on purpose."""
        initials = list(_INITIALS.finditer(self.text)) if "." in self.text else []
        if not initials or not (self.is_story or self.speaks_of_care):
            return
        taken = [(c.start, c.end) for c in self.candidates] + self.masked + self.protected
        for m in initials:
            if m.group().replace(".", "").upper() in _NOT_INITIALS:
                continue
            if _TITLED_STAFF_BEFORE.search(self.text, max(0, m.start() - 12), m.start()):
                continue  # "Dr. J.D. Kim"
            if self._overlaps(taken, *m.span()):
                continue
            reason = f"Initials that stand for a person ('{m.group()}') in a patient's story."
            self.add("NAME", *m.span(), reason)
            self.name_found = True

    def _find_words_spoken_to(self) -> None:
        """ "Meet Blue. ... Wear it every time, Blue!", "Tiny is home! ... misses you, Tiny.":
        a capitalised word the post speaks to at the end of a clause, and names again
        elsewhere, is someone's name, though it is also a word."""
        text = self.text
        if "," not in text:
            return
        # Only words the name rules did not judge: a name they read as staff stays staff.
        taken = [(c.start, c.end) for c in self.candidates] + self.protected + self.named_days
        taken += self.masked + [(j.start, j.end) for j in self.judged]
        judged = {word for j in self.judged for word in j.key.split()}
        for token in self.tokens:
            if (
                not token.text[0].isupper()
                or token.text.isupper()
                or len(token.folded) < 3
                or token.folded in _GROUP_VOCATIVES
                or token.folded in judged
                or (
                    token.folded not in self.lex.vocabulary
                    and token.text.lower() not in self.lex.name_words
                )
                or token.text.lower() in self.lex.not_names
            ):
                continue
            if not (
                _VOCATIVE_LEFT.search(text, max(0, token.start - 3), token.start)
                and _VOCATIVE_RIGHT.match(text, token.end)
            ):
                continue
            again = any(
                t.folded == token.folded and t.start != token.start and t.text[0].isupper()
                for t in self.tokens
            ) or any(
                token.folded in (_fold(p) for p in _CAMEL_BOUNDARY.split(m["body"]))
                for m in self.rx.hashtag.finditer(text)
            )
            if again and not self._overlaps(taken, token.start, token.end):
                reason = (
                    f"Looks like a person's name: the post speaks to '{token.text}' "
                    "and names them again."
                )
                self.add("NAME", token.start, token.end, reason)
                self.name_found = True

    def _find_relatives_spoken_to(self) -> None:
        """ "Jolie, Mason and Tante Rosalie — y'all sat with your daddy every night", "Gracias,
        Yamilé, Osmany y Dayron, por traer ... junto a la cama de su mamá en la UCI": the
        people a post thanks or speaks to, whose own relative is in our care, are a
        patient's family."""
        text = self.text
        kin = _KIN_IN_CARE.search(text)
        if not kin or not (self.speaks_of_care or self.is_story or _UNIT_CUE.search(text)):
            return
        # Staff named with their role stay staff ("Dr. Kim and Nurse Ray, thank you for your
        # care of my mom"); a name the post only seemed to give to staff does not.
        taken = self.protected + self.named_days + self.masked
        taken += [
            (j.start, j.end)
            for j in self.judged
            if j.verdict in ("public", "not a person") or (j.verdict == "staff" and j.local)
        ]
        kin_sentence = self.sentence_of(kin.start())[0]
        for start, end in self.sentences:
            if start > kin.start() or kin_sentence - start > 400:
                continue  # the names come in the kin's sentence or just before it
            head = _ADDRESSED_HEAD.match(text, start, end)
            if not head:
                continue
            words = list(re.finditer(r"[^\W\d_][\w'\u2019-]*", head["names"]))
            names = [
                w for w in words if w.group()[0].isupper() and not _KIN_TITLE.fullmatch(w.group())
            ]
            if not names or any(
                (_fold(w.group()) in self.lex.vocabulary and _fold(w.group()) not in self.lex.names)
                or w.group().lower() in self.lex.not_names
                or _fold(w.group()) in _GROUP_VOCATIVES
                for w in names
            ):
                continue
            base = head.start("names")
            for w in names:
                a, b = base + w.start(), base + w.end()
                if not self._overlaps(taken, a, b):
                    self._add_name(
                        a,
                        b,
                        "Looks like a patient's relative: the post speaks to them of a "
                        f"relative in our care ('{_clean(kin.group())}').",
                    )

    def _find_word_names_with_own_event(self) -> None:
        """ "Tiny is home!", "Shout-out to Sky, our favorite frequent flyer", "Remember
        'Moose'?": a first name that is also a word, at the start of a sentence, with a
        patient's own event right after it (or a patient noun said of it), is a name."""
        text = self.text
        care = self.is_story or self.speaks_of_care
        if not care and not _SHOUT_OUT.search(text):
            return
        taken = [(c.start, c.end) for c in self.candidates] + self.protected + self.named_days
        taken += self.masked + [(j.start, j.end) for j in self.judged if j.verdict != "other"]
        lex = self.lex
        for token in self.tokens:
            word = token.text
            lower = word.lower()
            if (
                not word[:1].isupper()
                or (word.isupper() and len(word) > 1)
                or len(token.folded) < 3
                or token.folded in _NOT_A_SUBJECT
                or token.folded in _MONTH_WORDS
                or token.folded in _NEVER_NAMES
                or self.rx.left_relative.search(word + " ")
                or self.rx.staff_roles.fullmatch(word)
                or token.possessive
                or self._overlaps(taken, token.start, token.end)
            ):
                continue
            s, e = self.sentence_of(token.start)
            left = text[s : token.start]
            right = _ASIDE.sub("", text[token.end : e + 1], count=1)
            listed = (
                token.folded in lex.names
                or lower in lex.name_words
                or lower in lex.not_names
                or token.folded not in lex.vocabulary
            )
            if (
                care
                and listed
                and re.fullmatch(r"[\W_]*", left)
                and (story := _STRONG_STORY_AFTER.match(right))
            ):
                cue = _clean(story.group())
            elif _SHOUT_OUT_BEFORE.search(left) and (m := _PATIENT_SAID_AFTER.match(right)):
                cue = _clean(m["cue"])
            elif (
                care
                and _REMEMBER_BEFORE.fullmatch(text[: token.start])
                and re.match(r"[\"'\u2019\u201d]?\?", right)
            ):
                cue = "Remember"
            else:
                continue
            self._add_name(
                token.start, token.end, f"Looks like a patient's name: '{cue}' is said of it."
            )

    def _care_home_resident(self, role: str) -> bool:
        """The role is "resident" in a post with nothing of doctors in training: a
        resident of the care home ("our resident Arvid Solberg"), not a resident doctor."""
        return bool(
            re.fullmatch(r"(?i)residents?|residentes?", role.strip(" ,:"))
            and not _MEDICAL_TRAINING.search(self.text)
        )

    def _not_a_person(self, first: int, last: int, kind: str, left: str, right: str) -> bool:
        """A condition, a saint, a building, a month or a place, not a person."""
        tokens, rx, lex = self.tokens, self.rx, self.lex
        head = tokens[first]
        if rx.left_title.search(left):
            return False  # "Mrs. Park", "Mr. Sunday": a title makes it a person
        if _LEFT_INSTITUTION.search(left):
            return True  # "Fundación Familia Reyes", "the Foundation of the Smith Family"
        if self._is_condition(first, last, left, right) or rx.left_saint.search(left):
            self.not_persons.append((head.start, tokens[last].end))
            return True
        if self._is_institution(last):
            return True
        if _COUNTY_AFTER.match(right):
            return True  # "Hidalgo and Cameron counties", "Iberia Parish"
        if kind == "unknown" and tokens[last].folded in _institution_words():
            return True  # "Little League", "Baby Cafe"
        if (
            first == last
            and head.folded in _MONTH_WORDS
            and (re.match(r"\s*\d", right) or rx.left_month.search(left))
        ):
            return True
        if first == last and head.folded in _MONTH_ABBREVIATIONS and re.match(r"\.?\s*\d", right):
            return True  # "starts Tuesday, Jan. 6": a month, not Jan the person
        if _SITE_AFTER.match(right):
            return True  # "our Chandler campus", "the Austin clinic"
        words = " ".join(t.folded for t in tokens[first : last + 1])
        is_place = head.folded in lex.cities or head.folded in lex.regions or words in lex.cities
        if not is_place:
            return False
        listed = re.match(r",?\s+(?:and\s+|&\s+|y\s+)?([A-Z][\w.]+(?:\s[A-Z][\w.]+)?)", right)
        place = bool(
            rx.left_place.search(left)
            or rx.right_place.match(right)
            or bool(listed and (_fold(listed[1]) in lex.cities or _fold(listed[1]) in lex.regions))
        )
        if place and head.folded in lex.names and rx.left_relative.search(left):
            return False  # "the family of Austin"
        if place and _REGION_BEFORE.search(left):
            self.not_persons.append((head.start, tokens[last].end))
            return True  # "the midwives of coastal Georgia who cared for mothers"
        if place and head.folded in lex.names and not rx.right_place.match(right):
            # "thank you to Tyler and his mom", "happy birthday to Madison": a first name
            # after a greeting, or with a person's words after it, is a person
            weak = rx.left_weak.search(left)
            person = (
                rx.left_strong.search(left)
                or (weak and _clean(weak["cue"]).lower() not in _VAGUE_CUES)
                or _PERSON_GREETING.search(left)
                or _PATIENT_APPOSITIVE.match(right)
                or rx.right_with_relative.match(right)
                or rx.right_relative.match(right)
                or rx.right_age.match(right)
                or (not tokens[last].possessive and rx.right_story.match(right))
                or (tokens[last].possessive and rx.right_possession.match(right))
            )
            return not person
        if place and head.folded not in lex.names:
            self.not_persons.append((head.start, tokens[last].end))
        return place

    def _judge_lowercase(self, i: int) -> None:
        """Lower-case names count only with strong cues: "little ava went home"."""
        token = self.tokens[i]
        folded, lex, lower = token.folded, self.lex, token.text.lower().replace("\u2019", "'")
        if folded in ("don", "dona") and _CAPITALISED_NEXT.match(self.text, token.end):
            return  # "nuestro paciente don Cruz": a title; the name follows it
        if folded in _MODAL_VERBS:
            return  # "her daughter will be home", "Papa may visit": a verb, not Will or May
        titled = _HONORIFIC.search(self.text[max(0, token.start - 12) : token.start])
        if (
            titled
            and folded not in _NEVER_AFTER_TITLE
            and lower not in lex.not_names
            and (len(folded) == 1 or folded not in lex.vocabulary or lower in lex.name_words)
            and not self.rx.staff_roles.fullmatch(lower)
        ):
            # "miss you already, mr. b", "ms. ruby": a title in lower case still makes a name
            self.judged.append(_Judged(token.start, token.end, folded, "name", True, "word", ""))
            self._add_name(
                token.start, token.end, f"Looks like a person's name after '{titled['cue']}'."
            )
            return
        if (
            len(folded) >= 3
            and lower not in lex.not_names
            and folded not in _MONTH_WORDS
            and (folded in lex.names or folded in lex.surnames)
            and _PATIENT_WORD_BEFORE.search(self.text, max(0, token.start - 30), token.start)
        ):
            # "our patient gloria": the cue names the patient, though the name is a word
            self.judged.append(_Judged(token.start, token.end, folded, "name", True, "strong", ""))
            self._add_name(
                token.start,
                token.end,
                "Looks like a patient's name written in lower case: it follows the word 'patient'.",
            )
            return
        if len(folded) < 3 or lower in lex.not_names or folded in lex.vocabulary:
            return
        word = lower in lex.name_words
        if not word and folded not in lex.names and not _diminutive_of_name(folded, lex.names):
            return
        if folded in lex.cities or folded in lex.regions or folded in _MONTH_WORDS:
            return
        left, right, _, _ = self._context(token.start, token.end)
        left80, right80 = left[-60:], right[:100]
        if self._is_condition(i, i, left80, right80):
            return
        previous = self.judged[-1] if self.judged else None
        if (
            previous
            and previous.verdict == "name"
            and _PAIRED_WITH.fullmatch(self.text, previous.end, token.start)
            and self.text[previous.start].islower()
            and not _KIN_TITLE.fullmatch(token.text)
        ):
            # "to proud parents amina and yusuf": named together with a name just found
            self.judged.append(_Judged(token.start, token.end, folded, "name", True, "strong", ""))
            self._add_name(token.start, token.end, _PAIRED_REASON.format(previous.key))
            return
        strong_left = self.rx.left_strong.search(left80)
        if strong_left and _clean(strong_left["cue"]).lower() in _VAGUE_CUES:
            strong_left = None
        weak_left = self.rx.left_weak.search(left80) if self.is_story or not word else None
        if weak_left and _clean(weak_left["cue"]).lower() in _VAGUE_CUES:
            weak_left = None
        relative = self.rx.left_relative.search(left80) or self.rx.right_relative.match(right80)
        story_right = (
            None
            if token.possessive
            else self.rx.right_story.match(_ASIDE.sub("", right80, count=1))
        )
        age_right = self.rx.right_age.match(right80)
        possession = self.rx.right_possession.match(right80) if token.possessive else None
        right_cue = story_right or age_right or possession
        collective = relative is not None and _fold(relative["cue"]) in _COLLECTIVE_RELATIVES
        # "rose is finally home", "joy & bill celebrated their 70th": a clause that starts
        # with the word and goes on with a patient's event
        paired = re.sub(r"^\s*(?:&|and|y)\s+[a-zà-ÿ]+", "", right80)
        own_event = (
            not token.possessive
            and re.search(r"(?:^|[,;:.!?&]|\band|\by)\s*$|^[^\w]*$", left80[-12:] or "")
            and (_STRONG_STORY_AFTER.match(right80) or _STRONG_STORY_AFTER.match(paired))
        )
        if (
            word
            and not own_event
            and not ((strong_left or relative) and (right_cue or (relative and not collective)))
        ):
            return  # "little hope" alone is not enough; "little hope went home" is
        if relative:
            cue = _clean(relative["cue"])
            reason = f"Looks like a relative's name, written in lower case: it is next to '{cue}'."
        elif strong_left or weak_left:
            cue = _clean((strong_left or weak_left)["cue"])
            reason = f"Looks like a patient's name written in lower case: it follows '{cue}'."
        elif (right_cue and self.is_story) or story_right or own_event:
            reason = "Looks like a patient's name written in lower case, in a patient story."
        else:
            return
        self.judged.append(_Judged(token.start, token.end, folded, "name", True, "strong", ""))
        self._add_name(token.start, token.end, reason)

    def _add_name(self, start: int, end: int, reason: str) -> None:
        self.name_found = True
        self.add("NAME", start, end, reason)

    def _sentence_initial(self, i: int) -> bool:
        token = self.tokens[i]
        s, _ = self.sentences[token.sentence]
        before = self.text[s : token.start]
        return not re.search(r"[^\W\d_]", before) or bool(
            re.search(r"[:\n\U0001F000-\U0001FAFF\u2600-\u27BF]\s*$", before)
        )

    def _is_condition(self, first: int, last: int, left: str, right: str) -> bool:
        tokens, lex = self.tokens, self.lex
        words = " ".join(t.folded for t in self.tokens[first : last + 1])
        if self.rx.right_condition.match(right):
            return True
        if self.rx.left_condition_es.search(left):
            return True
        if words in lex.eponyms or tokens[last].folded in lex.eponyms:
            # "living with Parkinson's", "Graves'": a possessive eponym with no person cue.
            possessive = tokens[last].possessive or right.startswith(("'", "\u2019"))
            if possessive and tokens[last].folded not in lex.names:
                return True  # "Alzheimer's caregivers": no one is called Alzheimer
            if possessive and not (
                self.rx.right_relative.match(right) or self.rx.right_possession.match(right)
            ):
                return tokens[last].folded not in lex.names or bool(
                    re.search(
                        r"(?i)\b(?:with|has|had|have|of|from|for|about|diagnosed|awareness|con|de)\s+$",
                        left,
                    )
                )
        return False

    def _is_institution(self, last: int) -> bool:
        """The name starts a building, award, event or organisation name."""
        tokens, text, inst = self.tokens, self.text, _institution_words()
        j, seen = last + 1, 0
        prev = tokens[last]
        while j < len(tokens) and seen < 6:
            nxt = tokens[j]
            gap = text[prev.end : nxt.start]
            if not re.fullmatch(r"\s*(?:['\u2019]s?)?\s*|\s*&\s*|\s+-\s+", gap) and not (
                prev.possessive and gap == " "
            ):
                return False
            shouted = self.shouting and nxt.text.isupper()
            if nxt.folded in inst and nxt.text[0].isupper() and not shouted:
                return True
            if nxt.folded in ("of", "from", "de", "del") and nxt.text.islower():
                return False  # "Dana and Chris of Brooklyn Park": where they are from
            if (not nxt.text[0].isupper() or shouted) and nxt.folded not in (
                "and",
                "the",
                "y",
                "for",
            ):
                return False
            prev, j, seen = nxt, j + 1, seen + 1
        return False

    def _staff_after(self, right: str, sentence_end: int) -> bool:
        """What follows the name says staff: a credential, a role, a department."""
        rx = self.rx
        credential = rx.right_credential.match(right)
        if credential and sum(c.isupper() for c in credential["cue"]) >= 2:
            return True
        if rx.right_staff_possession.match(right):
            return True
        if rx.right_department.match(right):
            return True
        staff = rx.right_staff.match(right)
        if staff and not (set(staff["filler"].lower().split()) & _FILLER_STOP):
            return True
        # "Meet Jennifer! She has been a nurse here for 20 years."
        nxt = next((sp for sp in self.sentences if sp[0] >= sentence_end), None)
        if nxt and not re.search(r"\w", right):
            pronoun = rx.pronoun_staff.match(self.text[nxt[0] : nxt[1]])
            if (
                pronoun
                and rx.staff_events.search(pronoun["rest"])
                and not rx.story.search(pronoun["rest"])
            ):
                return True  # "This is Marisol. She's been cooking in our cafeteria since 1995."
            if pronoun:
                staff = rx.right_staff.match(" " + pronoun["rest"].lstrip())
                if staff and not (set(staff["filler"].lower().split()) & _FILLER_STOP):
                    return True
        return False

    def _propagate_names(self) -> None:
        """Every mention of a patient's name counts: "Grace" at the start of a sentence,
        "jayden" after #TeamJayden, #LilysLegacy after "Lily"."""
        lex = self.lex
        names = [c for c in self.candidates if c.type == "NAME"]
        if not names:
            return
        keys: set[str] = set()
        for c in names:
            if self.text[c.start] not in "#@":
                # not "lounge" from "the Milagros Lounge": a building's word is no name
                keys.update(
                    t.folded
                    for t in self.tokens
                    if c.start <= t.start < c.end and t.folded not in _institution_words()
                )
        keys.update(_fold(n) for n in self.tag_names)
        keys = {k for k in keys if len(k) >= 2 and k not in _PARTICLES and k not in self.staff_keys}
        if not keys:
            return
        covered = [(c.start, c.end) for c in self.candidates if c.type == "NAME"]
        lower_found = {self.text[a:b] for a, b in covered if self.text[a:b].islower()}
        covered += self.staff_spans + self.named_days
        covered += [(j.start, j.end) for j in self.judged if j.verdict == "not a person"]
        for token in self.tokens:
            if token.folded not in keys or self._overlaps(covered, token.start, token.end):
                continue
            if self._overlaps(self.masked, token.start, token.end):
                continue
            if (
                not token.text[0].isupper()
                and token.text not in lower_found
                and (
                    token.folded in lex.vocabulary
                    or token.text.lower() in lex.name_words
                    or token.text.lower() in lex.not_names
                )
            ):
                continue  # "grace" the word, after "Grace" the patient
            left, right, _, _ = self._context(token.start, token.end)
            if self._is_condition_word(token, left[-60:], right[:60]):
                continue
            reason = f"Names '{token.text}' again: the post already names this patient."
            self.add("NAME", token.start, token.end, reason)
        for m in self.rx.hashtag.finditer(self.text):
            if self._overlaps(covered, *m.span()) or self._overlaps(self.protected, *m.span()):
                continue
            parts = [_fold(p) for p in _CAMEL_BOUNDARY.split(m["body"]) if p]
            if len(parts) < 2:
                body = parts[0] if parts else ""
                parts = [k for k in keys if len(k) >= 4 and body.startswith(k)]
            hit = next(
                (p for p in parts if p in keys or (p.endswith("s") and p[:-1] in keys)), None
            )
            if hit:
                reason = f"Looks like a patient's name inside a hashtag ('{m.group()}')."
                self.add("NAME", *m.span(), reason)

    def _find_employers(self) -> None:
        """A patient's or relative's employer is an identifier: "he has cooked at Casa
        Paloma Grill for 20 years", "trabaja en Taller Ramírez"."""
        if not (self.is_story or self.name_found) or not _EMPLOYER_CUE.search(self.text):
            return
        matches = [*_EMPLOYER.finditer(self.text), *_EMPLOYER_BY_JOB.finditer(self.text)]
        matches += _EMPLOYER_OF_OFFICER.finditer(self.text)
        matches += _EMPLOYER_SHIP.finditer(self.text) if "USS" in self.text else ()
        lowered = self.text.lower()
        if "year" in lowered or "años" in lowered or "yrs" in lowered:
            matches += _EMPLOYER_YEARS.finditer(self.text)
        patterns = (
            _EMPLOYER_BY_KIND,
            _EMPLOYER_WORKPLACE_OF,
            _EMPLOYER_VEHICLE,
            _EMPLOYER_BEFORE_JOB,
            _EMPLOYER_NAMED_BEFORE_JOB,
        )
        for pattern in patterns:
            for m in pattern.finditer(self.text):
                s, e = self.sentence_of(m.start())
                if not _SPONSOR_SENTENCE.search(self.text, s, e):
                    matches.append(m)
        matches += _EMPLOYER_LABEL.finditer(self.text)
        matches += _EMPLOYER_HELD_JOB.finditer(self.text)
        matches += (
            m
            for m in _EMPLOYER_ONE_WORD.finditer(self.text)
            if not self.lex.plain_word(_fold(m["biz"]))  # a town is checked below
        )
        towns = {t.lower() for t in self.context.towns}
        for m in matches:
            s, _ = self.sentence_of(m.start())
            if _WORKER_BEFORE.search(self.text[s : m.start()]):
                continue  # "Nurse Kim worked at Mayo for 10 years": a staff member's
            start, end = m.span("biz")
            if " " not in m["biz"] and (
                _fold(m["biz"]) in self.lex.cities
                or _fold(m["biz"]) in self.lex.regions
                or (_FROM_DE.search(m["cue"]) and not m.groupdict().get("place"))
            ):
                continue  # "works in Houston", "albañil de Tegucigalpa": where, not for whom
            place = m.groupdict().get("place")
            if place and place[0].isupper() and self.text[m.end("place")] == " ":
                start = m.start("place")  # "Taller Ramírez", "Taquería El Milagro"
            cue = m["cue"].strip().lower()
            if _fold(m["biz"]) in self.lex.cities or (
                cue.startswith("driver") and cue.endswith(" of")
            ):
                continue  # "works in Los Angeles": where; "driver of Silverado": a truck
            ship = m["biz"].startswith("USS ")  # "USS Abraham Lincoln": not the president
            if (
                self._overlaps(self.masked, start, end)
                or any(
                    ps < end
                    and start < pe
                    and not ship
                    # the hospital's town at the start of a longer name ("Buffalo Public
                    # Schools"), never the town alone nor one of its campuses
                    and not (
                        self.text[ps:pe].lower() in towns
                        and pe < end
                        and not _HOSPITAL_WORD_END.search(self.text, start, end)
                    )
                    for ps, pe in self.protected
                )
            ):
                continue  # the hospital itself (but "Buffalo Public Schools" in Buffalo)
            # the hospital's town inside the employer's name is the employer's
            self.protected = [p for p in self.protected if not (start <= p[0] and p[1] <= end)]
            # "... for Black Fork Mining and went home": a word of the business read as a name
            if not self._take_names_inside(start, end):
                continue
            reason = f"Looks like the employer of a patient or relative ('{_clean(m['cue'])}')."
            self.add("NAME", start, end, reason)

    def _is_condition_word(self, token: _Token, left: str, right: str) -> bool:
        i = next(k for k, t in enumerate(self.tokens) if t.start == token.start)
        return self._is_condition(i, i, left, right) or bool(self.rx.left_saint.search(left))

    # -- hashtags and handles --

    def _find_hashtags_and_handles(self) -> None:
        for m in self.rx.hashtag.finditer(self.text):
            name = self._name_in_tag(m["body"], handle=False) or self._word_name_in_tag(m)
            if (
                not name
                and (self.is_story or self.speaks_of_care)
                and _prays_for_someone(_fold(m["body"]), self.lex)
            ):
                name = m["body"]  # "#PrayForPickles ... after last night's surgery"
            if name and _fold(name) in self.staff_keys:
                continue  # "#TeamRosa ... our charge nurse Rosa Jimenez": a staff member's
            if name:
                self.tag_names.append(name)
                self._add_name(
                    m.start(), m.end(), f"Looks like a patient's name inside a hashtag ('{name}')."
                )
        for m in self.rx.handle.finditer(self.text):
            if self._overlaps(self.protected, *m.span()):
                continue
            name = self._name_in_tag(m["body"], handle=True)
            if name:
                self.tag_names.append(name)
                self.name_found = True
                reason = f"Looks like a personal account named after a patient ('{name}')."
                self.add("OTHER_ID", *m.span(), reason)
                continue
            s, e = self.sentence_of(m.start())
            if (
                _FAMILY_HANDLE.search(m["body"])
                or (_FOLLOW_PATIENT.search(self.text[s:e]) and not self.is_staffish)
                or self._person_handle_in_story(m)
            ):
                reason = "Looks like a family's or patient's own social media account."
                self.add("OTHER_ID", *m.span(), reason)

    def _person_handle_in_story(self, m: re.Match[str]) -> bool:
        """In a patient's story, an account named with a first name or spoken of as a
        person ("@RunLikeRosalinda finished the half marathon", "follow @brave_little_bea
        as she finishes chemo") is the patient's or family's own."""
        if not (self.is_story or self.speaks_of_care) or self.is_staffish:
            return False
        body = m["body"]
        if _fold(body) in _squashed("public_figures") or _ORG_HANDLE.search(body):
            return False
        parts = [_fold(p) for p in _CAMEL_BOUNDARY.split(body) if p]
        if any(len(p) >= 3 and p in self.lex.names and p not in self.lex.vocabulary for p in parts):
            return True
        _, e = self.sentence_of(m.start())
        return bool(_PERSON_AFTER_HANDLE.match(self.text, m.end(), e))

    def _word_name_in_tag(self, m: re.Match[str]) -> str | None:
        """A word used as a nickname, in a patient's hashtag and again on its own in the
        story: "Peanut update ... #PrayersForPeanut", "Go get 'em, Brave ... #TeamBrave"."""
        if not self.is_story or self._overlaps(self.protected, *m.span()):
            return None
        parts = [p for p in _CAMEL_BOUNDARY.split(m["body"]) if p]
        folded = [_fold(p) for p in parts]
        for k in range(1, len(parts)):
            if "".join(folded[:k]) in _TAG_PREFIXES and len(parts) - k == 1:
                word = parts[k]
            elif "".join(folded[k:]) in _TAG_SUFFIXES and k == 1:
                word = parts[0]
            else:
                continue
            if (
                len(word) < 3
                or not word.istitle()
                or _fold(word) in _TAG_CAMPAIGN_WORDS
                or _fold(word) in self.context.name_words
            ):
                continue
            # Said on its own, capitalised, and not merely opening a sentence ("Work hard,
            # rest well ... #TeamWork"), unless a name-like word follows ("Peanut update:").
            alone = re.compile(rf"(?<![#@\w]){re.escape(word)}(?!\w)")
            for x in alone.finditer(self.text):
                if self._overlaps(self.protected, *x.span()):
                    continue
                opening = x.start() == self.sentence_of(x.start())[0]
                if not opening or _NICKNAME_AFTER.match(self.text, x.end()):
                    return word
        return None

    def _name_in_tag(self, body: str, *, handle: bool) -> str | None:
        """The patient's name in a hashtag or handle body ("TeamJayden" -> "Jayden"), if any."""
        lex, ctx = self.lex, self.context
        lowered = _fold(body)
        if (
            lowered in ctx.handle_names
            or any(
                _fold(re.sub(r"\W", "", p)) in lowered for p in ctx.protected_phrases if len(p) > 3
            )
            or any(lowered.startswith(word) for word in ctx.name_words)
        ):
            return None
        if lowered in _squashed("public_figures") or lowered in _squashed("holidays"):
            return None
        if _STORM_TAG.match(lowered):
            return None  # "#HurricaneMilton", "#HuracánMilton": a storm

        def is_name(word: str, *, affixed: bool, unknown_ok: bool = False) -> bool:
            word = _fold(word)
            if len(word) < 3 or word in lex.not_names or word in lex.vocabulary:
                return False
            if word.endswith("s") and word[:-1] in lex.vocabulary and word not in lex.names:
                return False  # "#HopeForHearts": a plural word
            if word in lex.cities or word in lex.regions:
                return affixed and word in lex.names  # #TeamAustin, not #TeamRiverside
            if word in lex.name_words:
                return affixed
            if word in lex.names:
                return True
            return affixed and unknown_ok and len(word) >= 4

        parts = [p for p in _CAMEL_BOUNDARY.split(body) if p]
        if len(parts) >= 2:
            # Camel case: #TeamJayden, #PrayForParker, #AvaStrong, #JaydensJourney.
            folded = [_fold(p) for p in parts]
            for k in range(1, len(parts)):
                head, rest = "".join(folded[:k]), parts[k:]
                if (
                    head in _TAG_PREFIXES
                    and len(rest) == 1
                    and (
                        is_name(rest[0], affixed=True, unknown_ok=True)
                        or re.fullmatch(r"[A-Z]{2,3}", rest[0])  # #TeamJR: initials
                    )
                ):
                    return rest[0]
            for k in range(1, len(parts)):
                tail, rest = "".join(folded[k:]), parts[:k]
                if tail in _TAG_SUFFIXES and len(rest) == 1:
                    name = rest[0]
                    if (
                        re.fullmatch(r"[A-Z]{2,3}", name)
                        and not handle
                        and ".".join(name) + "." in self.text
                    ):
                        return name  # "J.R. rang the bell ... #JRStrong": the initials
                    if name.lower().endswith("s") and is_name(name[:-1], affixed=True):
                        return name[:-1]  # #JaydensJourney
                    if is_name(name, affixed=True, unknown_ok=True):
                        return name
            if handle:
                return None
            # #HappyHomecomingAva: a first name that is not also a word (but #AskDrSam: a
            # staff member's, after a title; and not in an awareness day's or a campaign's
            # tag, #DíaDelCorazón, #DonaVida, #WorldKindnessDay).
            if _TAG_CAMPAIGN_WORDS & set(folded):
                return None
            for before, part in zip(["", *folded], parts, strict=False):
                if part.istitle() and is_name(part, affixed=False):
                    return None if _TAG_TITLES.fullmatch(before) else part
            return None

        # One case throughout: #teamjayden, #avastrong, #avas_journey; a name in no list
        # once the post says it on its own too ("proud of u jeimy ... #jeimystrong").
        def said(word: str) -> bool:
            # capitalised inside a sentence, or ending a phrase as a name spoken to does
            return not handle and any(
                len(t.text) == len(word)
                and _fold(t.text) == word
                and (
                    (t.text[0].isupper() and t.start != self.sentence_of(t.start)[0])
                    or _PHRASE_END.match(self.text, t.end)
                )
                for t in self.tokens
            )

        for prefix in _TAG_PREFIXES:
            rest = lowered.removeprefix(prefix).strip("_")
            if rest != lowered and is_name(rest, affixed=True, unknown_ok=said(rest)):
                return body[len(body) - len(rest) :]
        for suffix in _TAG_SUFFIXES:
            rest = lowered.removesuffix(suffix).strip("_")
            if rest != lowered:
                if rest.endswith("s") and is_name(rest[:-1], affixed=True):
                    return body[: len(rest) - 1]
                if is_name(rest, affixed=True, unknown_ok=said(rest)):
                    return body[: len(rest)]
        return None


@cache
def _kin_before() -> re.Pattern[str]:
    """A relative of someone named just before a word: "her mom ", "su esposo "."""
    return re.compile(
        r"(?<![\w'\u2019])(?:his|her|their|my|your|our|su|sus|mi|tu|[\w]+['\u2019]s)\s+"
        r"(?:(?:late|beloved|new|little|big|baby|twin|older|younger|proud|querid[oa])\s+)?"
        rf"(?-i:{_rx(_RELATIVES)})(?<!family)(?<!familia)\s*,?\s+$",
        _I,
    )


# A note written by a patient's relative: "my wife", "our father", "mi esposo".
_OWN_RELATIVE = re.compile(
    rf"(?i)(?<![\w'\u2019])(?:my|our|mi|mis|nuestr[oa]s?)\s+(?:(?:late|beloved|dear|querid[oa])\s+)?"
    rf"(?-i:{_rx(_RELATIVES)})(?<!family)(?<!familia)(?:s|es)?(?:['\u2019]s)?\b"
)
_YOUR_RELATIVE = re.compile(
    rf"(?i)(?<![\w'\u2019])(?:your|tu|su)\s+(?-i:{_rx(_RELATIVES)})(?<!family)(?<!familia)"
    r"(?:['\u2019]s)?\b"
)
# The signature at the end of a note: "Forever grateful, Lou Brennan", "— Teresa'".
_SIGN_OFF = re.compile(
    r"(?:(?:(?:forever|eternally|so|truly|always)\s+)?(?:grateful|thankful)|with\s+(?:love|gratitude|thanks)"
    r"|love|thanks|thank\s+you|gratefully|sincerely|con\s+cariño|gracias|agradecid[oa]s?)\s*,\s*"
    # "Forever grateful, Araceli & Tomás Villalobos."
    r"(?P<name>(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}"
    r"(?:\s*(?:&|and|y)\s+[A-ZÁÉÍÓÚÑ][\w'\u2019-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'\u2019.-]+){0,2})?))\W*$"
    # "— Bisi'", "- Maiv\"", "> Cleide"
    r"|(?:[\u2014\u2013~>]|(?<=\s)-)\s*(?P<dash>(?-i:[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2}))"
    r"[\s'\"\u2019\u201d.!]*$",
    re.IGNORECASE,
)
_SELF_INTRO = re.compile(
    r"(?i)\b(?:hi|hey|hello|hola|buenas)\W{0,3}\s*(?:it['\u2019]?s|its|this\s+is|soy)\s+"
    r"(?P<name>[^\W\d_][\w'\u2019-]+)(?=\s*[,(!.]|\s+(?:here|aqu[íi])\b)"
)
_GREETED = re.compile(
    r"(?:^|[.!?:]\s*)(?i:hi|hello|dear|hola|hey|querid[oa])\s+(?P<name>(?-i:[A-Z][\w'\u2019-]+))"
)
# "call her back at", "call his daughter's number": a person's line, not the hospital's
_CALL_A_PERSON = re.compile(
    r"(?i)\b(?:call|text|reach)\s+(?:her|him|them|his\s+\w+|her\s+\w+|their\s+\w+)\b"
    r"|\bll[áa]m(?:e|a|ar)l[eao]s?\b"
    # "a nurse will call you at ...", "te llamará hoy al ...": the number is the family's
    r"|\bcall\s+you\s+(?:back\s+)?(?:today\s+|tomorrow\s+)?(?:at|on)\b"
    r"|\b(?:te|le|les)\s+(?:llamar[áa]n?|llamaremos)\b"
)
_MY_NUMBER = re.compile(
    r"(?i)\b(?:call|text|reach|contact|phone)\s+me\b|\bll[áa]men(?:me)?\b|\bll[áa]mame\b"
    r"|\b(?:my|mi)\s+(?:cell|number|phone|n[úu]mero|tel[ée]fono|celular)\b"
)
# A patient's event right before a named day: "born on", "admitted on the", "nació el día de".
_EVENT_VERB = (
    r"(?:born|birth|birthday|arrived|delivered|died|passed(?:\s+away)?|admitted|discharged|"
    r"went\s+home|came\s+home|surgery|operated|transplant|fell\s+asleep|nació|nacid[oa]|"
    r"naci[óo]|llegó|muri[óo]|falleci[óo]|ingres[óo]|se\s+fue|operad[oa]|cumpleaños)"
)
# Part of a holiday: "on the first morning of Ramazanski Bajram", "the Saturday of the Feast".
_DAY_PART_OF = (
    r"(?:(?:(?:first|second|third|last|very)\s+)?(?:day|morning|night|evening|eve|afternoon|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+of\s+(?:the\s+)?)?"
)
_EVENT_ON_DAY = re.compile(
    rf"(?i)\b{_EVENT_VERB}\s+(?:on|el\s+d[íi]a\s+de|en|el)?\s*(?:the\s+)?{_DAY_PART_OF}$"
    # a few words between: "born in our Boise NICU on", "arrived at 4:12 a.m. on the"
    rf"|\b{_EVENT_VERB}(?:\s+[^\s.!?]+){{1,6}}?\s+(?:on|el\s+d[íi]a\s+de)\s+(?:the\s+)?"
    rf"{_DAY_PART_OF}$"
)
_LIFE_SPAN = re.compile(
    r"\(\s*(?P<span>(?P<start>1[89]\d\d)\s*[-\u2013\u2014]\s*(?P<end>(?:19|20)\d\d))\s*\)"
)
# Weekdays, "yesterday", "last night" and clock times: parts of a date when they are
# said of a named patient's event ("went home Friday", "born at 4:15 a.m.").
_DAY_WORDS = re.compile(
    r"(?i)\b(?:(?:last|next|this\s+past|early|late|el|este|el\s+pasado)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[ée]rcoles|jueves"
    r"|viernes|s[áa]bado|domingo)(?:\s+(?:night|morning|afternoon|evening|por\s+la\s+(?:mañana|tarde"
    r"|noche)))?\b|\b(?:yesterday|last\s+night|ayer|anoche|anteayer)\b"
    r"|\b\d{1,2}:\d{2}\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?!\w)"
    r"|\b\d{1,2}:\d{2}(?:\s+y\s+\d{1,2}:\d{2})?\s+(?:de\s+la\s+(?:mañana|tarde|noche|madrugada)|hrs?\b|horas\b)"
)
# "a patient advocate", "the patient's": a role or someone else, not the person themselves
_NOT_PATIENT_ROLE = (
    r"(?![\w'\u2019-]|\s+(?:advocate|navigator|experience|safety|care|liaison|representative|"
    r"relations|educator|transport|access|portal|family|and\s+family|satisfaction|services|"
    r"ambassador))"
)
# Said of staff or a public person who became a patient (see `_staff_turned_patients`).
_BECAME_PATIENT = re.compile(
    r"(?i)\b(?:(?:became|become|becomes|is\s+now|was|is|as)\s+(?:our|a|the)\s+patient"
    + _NOT_PATIENT_ROLE
    + r"|our\s+patient"
    r"|(?:fue|es|como)\s+paciente|on\s+the\s+receiving\s+end|(?:was|been|got)\s+admitted"
    r"|is\s+recovering|recovering\s+(?:from|after|at)|woke\s+up\s+from|(?:had|delivered|gave\s+birth"
    r"\s+to)\s+(?:her|his|their)\s+own\s+baby|fue\s+(?:ingresad[oa]|internad[oa]|hospitalizad[oa])"
    r"|se\s+recupera|est[áa]\s+recuper[áa]ndose"
    r"|(?:became|become|becomes|is\s+now|was)\s+one\s+of\s+our\s+patients"
    r"|needed\s+(?:one|it|surgery|a\s+\w+)\s+(?:him|her)self|se\s+convirti[óo]\s+en\s+paciente)\b"
)
# Said of staff or a public person who became a patient, naming them again by a pronoun of
# its own ("... spent last week on the other side of the bed", "we got to care for him",
# "esta vez fue la paciente"): enough with no other name between (`_staff_turned_patients`).
_TURNED_PATIENT_ITSELF = re.compile(
    r"(?i)\b(?:on\s+the\s+other\s+side\s+of\s+the\s+(?:bed|bedrail|rail|stretcher|gurney|curtain)"
    r"|del\s+otro\s+lado\s+de\s+la\s+(?:camilla|cama)"
    r"|(?:became|become|becomes|becoming|being|as|was)\s+(?:a|an|the|our)\s+(?:[a-z&/]+\s+)?patient"
    r"(?:\s+(?:herself|himself|themselves))?"
    + _NOT_PATIENT_ROLE
    + r"|in\s+(?:her|his|their)\s+own\s+(?:unit|er|ed|nicu|picu|icu|hospital|floor|ward|clinic|"
    r"emergency\s+(?:room|department)|trauma\s+bay|cath\s+lab|or|operating\s+room)"
    r"|it\s+was\s+(?:her|his|their)\s+turn|care\s+for\s+(?:him|her|them)\s+(?:in|on|at|here)"
    r"|cared\s+for\s+by\s+(?:her|his|their)\s+(?:own\s+)?(?:co-?workers|colleagues|team)"
    r"|this\s+time\s+(?:she|he)\s+(?:delivered|was\s+the\s+(?:patient|one\s+in\s+the\s+bed))"
    r"|delivered\s+her\s+(?:own\b|(?:own\s+)?(?:daughter|son|baby|twins))|dio\s+a\s+luz"
    r"|and\s+(?:our|a)\s+(?:longtime\s+|beloved\s+|dear\s+)?patient\s+(?:for|since|of)"
    r"|(?:she|he)['\u2019]s\s+(?:now\s+)?(?:a|an|our)\s+(?:[a-z]+\s+)?patient\b(?!['\u2019])"
    r"|trading\s+places|one\s+of\s+our\s+(?:[\w-]+\s+){0,3}?patients|(?:got|had)\s+to\s+be\s+on\s+the"
    r"\s+other\s+end"
    r"|esta\s+vez\s+(?:fue|le\s+toc[óo])|fue\s+dad[oa]\s+de\s+alta"
    # "this week he was the one on the table", "he's in bed 4", "practiced what he preaches"
    r"|(?:was|is)\s+the\s+one\s+(?:on\s+the\s+(?:table|stretcher|gurney)|in\s+the\s+(?:bed|gown))"
    r"|(?:(?:she|he)['\u2019]s|(?:she|he)\s+(?:is|was))\s+(?:now\s+)?in\s+(?:bed|room)\s+\d+"
    r"|practiced\s+what\s+(?:she|he|they)\s+preach(?:es)?)\b"
)
# The title a public person's name is given with, left out of the name found: "Parish
# President Jolene Dupuis", "State Sen. Ruiz".
_PUBLIC_TITLE_WORDS = re.compile(
    r"(?:(?:Parish|County|City|State|Tribal|Former|President|Mayor|Governor|Gov\.|Senator|Sen\.|"
    r"Rep\.|Representative|Council(?:member|man|woman)|Commissioner|Judge|Sheriff|Chief)\s+)+"
)
# The same of their own care, when no other person is spoken of in between ("after his
# knee replacement here", "was treated in our ED", "the team that placed his stent").
_TURNED_PATIENT_CARE = re.compile(
    r"(?i)\b(?:(?:after|following|since|tras|despu[ée]s\s+de)\s+(?:his|her|their|su|an?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:surgery|replacement|transplant|stent|bypass|stroke|heart\s+attack|"
    r"c-section|operation|appendectomy|amputation|chemo(?:therapy)?|cirug[íi]a|trasplante|"
    r"operaci[óo]n|reemplazo|quimio(?:terapia)?|infarto|derrame)"
    # "thanks our cardiac team for his triple bypass"
    r"|thanks?\s+(?:[\w-]+\s+){0,4}?for\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:surgery|"
    r"replacement|transplant|stent|bypass|operation|appendectomy|amputation|chemo(?:therapy)?|care)"
    r"|(?:for|after)\s+(?:his|her|their|su)\s+(?:first\s+|annual\s+)?(?:colonoscopy|mammogram|"
    r"biopsy|colonoscop[íi]a|mamograf[íi]a)"
    r"|had\s+(?:her|his|their)\s+(?:[\w-]+\s+){1,2}(?:replaced|removed|repaired|out)\s+here"
    r"|(?:was|been|got|fue|estuvo)\s+(?:treated|internad[oa]|hospitalizad[oa]|operad[oa]|"
    r"atendid[oa])\s+(?:in|at|here|aqu[íi]|en)|recovered\s+from"
    # "finished her last round of radiation", "terminó su última quimio"
    r"|(?:finished|completed|rang\s+the\s+bell\s+after)\s+(?:his|her|their)\s+(?:last\s+|final\s+)?"
    r"(?:round|course|cycle|dose)s?\s+of\s+(?:chemo(?:therapy)?|radiation|treatment|dialysis)"
    r"|termin[óo]\s+su\s+[úu]ltim[oa]\s+(?:quimio(?:terapia)?|radiaci[óo]n|tratamiento|sesi[óo]n)"
    # a staff member's own relative in our care: "cared for her own dad", "cuidó de su abuela"
    r"|(?:cared\s+for|took\s+care\s+of|nursed)\s+(?:his|her|their)\s+own\s+(?:dad|father|mom|mother|"
    r"son|daughter|husband|wife|grandmother|grandfather|grandma|grandpa|baby|brother|sister)"
    r"|cuid[óo]\s+(?:de|a)\s+su\s+propi[oa]\s+(?:mam[áa]|madre|pap[áa]|padre|abuel[oa]|hij[oa]|"
    r"espos[oa]|herman[oa]|beb[ée])"
    r"|(?:team|crew|surgeons?|doctors?|nurses?|staff|unit)\s+(?:that|who)\s+(?:placed|put\s+in|"
    r"replaced|repaired|set|removed)\s+(?:his|her|their)"
    # a living donor: "donated part of her liver", "donó un riñón"
    r"|donated\s+(?:part\s+of\s+)?(?:her|his|their|a)\s+(?:kidney|liver|lung|bone\s+marrow)"
    r"|don[óo]\s+(?:un|su|parte\s+de\s+su)\s+(?:riñ[óo]n|h[íi]gado|m[ée]dula)"
    r"|(?:passed\s+away|died)\s+(?:peacefully\s+)?(?:in|on)\s+our\s+(?:care|icu|unit|hospice|floor)"
    # "discharged today after being shot", "in serious condition after a crash", "the trauma
    # team that never gave up on him", "recovering at home after knee surgery"
    r"|(?:was\s+)?discharged\s+(?:today|yesterday|this\s+(?:morning|afternoon|week))"
    r"|(?:is|remains|was|listed)\s+in\s+(?:serious|critical|stable|fair|good|grave)\s+condition"
    r"|(?:team|crew|staff|nurses|doctors|surgeons)\s+(?:that|who)\s+(?:saved\s+(?:his|her)\s+life|"
    r"never\s+gave\s+up\s+on\s+(?:him|her))"
    r"|recovering\s+(?:at\s+home\s+)?(?:from|after)\s+(?:[\w-]+\s+){0,2}?(?:surgery|a\s+fall|"
    r"a\s+stroke|a\s+heart\s+attack|pneumonia|covid|a\s+crash)"
    r"|falleci[óo]\s+en\s+nuestr[oa]s?"
    # "after tearing his Achilles", "spent two nights in our ICU"
    r"|after\s+(?:tearing|breaking|fracturing|rupturing|dislocating)\s+(?:his|her|their)\b"
    r"|spent\s+(?:\w+\s+){1,2}(?:nights?|days?|weeks?)\s+(?:in|on)\s+our\s+(?:[\w-]+\s+)?"
    r"(?:icu|unit|floor|ward|er|ed|hospital|burn\s+unit))\b"
)
_NOUN_AFTER = re.compile(r"\s+(?-i:[a-z\u00e0-\u00ff]+)\b(?!\s+(?:her|his|the|a|an|our)\b)")
_SOMEONE_ELSE = re.compile(
    r"(?i)\b(?:patients?|pacientes?|man|woman|boy|girl|child|children|kids?|baby|babies|mom|dad|"
    r"mother|father|son|daughter|wife|husband|family|grand\w+|veteran|teen|toddler|infant|"
    r"niñ[oa]s?|beb[ée]s?|señor[a]?|abuel[oa]s?|hij[oa]s?|espos[oa])\b"
)
# The care of someone's relative: "who cared for her father", "for caring for their dad",
# "after her dad's knee replacement", "por cuidar a su mamá" (`_relatives_thanking_carers`).
_KIN_WORDS = (
    r"(?:father|mother|dad|daddy|mom|mommy|mum|son|daughter|brother|sister|grandmother|"
    r"grandfather|grandma|grandpa|granny|husband|wife|baby|twins|kids|child|children|parents|"
    r"papaw|mamaw|nana|papa)"
)
_KIN_IN_OUR_CARE = re.compile(
    r"(?i)\b(?:(?:who|that|for)\s+(?:cared|caring|took\s+care|taking\s+care|looked\s+after|"
    r"looking\s+after|treated|treating|saved|saving)\s+(?:for\s+|of\s+)?(?:her|his|their)\s+"
    rf"(?:late\s+|beloved\s+|baby\s+|little\s+)?{_KIN_WORDS}\b"
    rf"|\b(?:her|his|their)\s+{_KIN_WORDS}['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?(?:surgery|stay|"
    r"treatment|transplant|replacement|stroke|recovery|last\s+days|illness|fall|bypass|chemo)\b"
    r"|(?:por\s+)?cuidar(?:on)?\s+(?:a\s+|de\s+)?(?:su|sus|mi|mis)\s+(?:pap[áa]|mam[áa]|padre|"
    r"madre|hij[oa]s?|abuel[oa]s?|espos[oa]|herman[oa]s?|beb[ée]|papi|mami)\b)"
)
# Between names said together: "Mai and Pheng Vang", "Kimber, Kade and Kolt", "Ana y Luis".
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+|&\s+)?|\s+(?:and|&|y)\s+)")
# Before the first name of a sentence that opens with it: nothing, a title, a greeting word.
_SUBJECT_START = re.compile(
    r"(?i)[\s\W]*(?:(?:our\s+own|our|nuestr[oa])\s+)?(?:(?:dr|dra|mr|mrs|ms|imam|rabbi|rev|"
    r"pastor|sgt|coach|don|doña)\.?\s+)*"
)
# "... replaced by Dr. Okonkwo", "operada por la Dra. Ruiz": who gave the care, not received it.
_CARE_BY = re.compile(
    r"(?i)\b(?:by|por|con)\s+(?:(?:el|la)\s+)?(?:(?:dr|dra|drs|nurse)\.?\s+)?\W{0,2}$"
)
# Between a name and what is said of it: nothing, an aside or an age, "who", a verb.
_SUBJECT_IS_NAME = re.compile(
    r"(?i)(?:['\u2019]s)?\s*(?:[,(\u2014\u2013]\s*(?!(?:[^.!?;]*\b(?:patient|paciente|who|que|quien)\b))"
    r"[^.!?;]{0,40}?[,)\u2014\u2013]?\s*|\s*\([^()]{0,80}\)\s*,?\s*)?(?:(?:who|quien|que)\s+)?"
    r"(?:(?:now|also|then|finally|has|had|is|was|been|just|and)\s+)*"
)
_SUBJECT_PRONOUN = re.compile(
    r"(?i)\b(?:he|she|él|ella|he['\u2019]s|she['\u2019]s)\s+"
    r"(?:(?:now|also|then|finally|has|had|is|was|been|just)\s+)*$"
)
# "your daddy", "y'all's mama", "su mamá", "her dad's": the relative of the person spoken to.
_KIN_IN_CARE = re.compile(
    r"(?i)\b(?:your|y['\u2019]all['\u2019]s|y['\u2019]all|su|sus|tu|tus)\s+(?:(?:sweet|dear|querid[oa])\s+)?"
    r"(?:mom|mommy|momma|mama|mamá|mami|dad|daddy|papa|papá|papi|father|mother|padres?|madre|parents"
    r"|husband|wife|esposo|esposa|grandma|grandpa|abuel[oa]|abuelit[oa]|nana|mawmaw|pawpaw|son|daughter"
    r"|hij[oa]|brother|sister|herman[oa]|uncle|aunt|t[íi][oa]|baby|beb[ée])\b"
)
# A unit or a bed: "on 4 West", "la cama", "en la UCI".
_UNIT_CUE = re.compile(
    r"(?i)\b(?:on|en)\s+\d+\s*(?:west|east|north|south)\b|\b(?:icu|uci|nicu|picu|bedside|cama|bed)\b"
)
# Kinship words written before a relative's name ("Tante Rosalie"): not part of it.
_KIN_WORD = r"tante|t[íi][oa]|aunt|uncle|nonc"
_KIN_TITLE = re.compile(rf"(?i){_KIN_WORD}|auntie|mawmaw|pawpaw|abuel[oa]|do[ñn]a?")
# The start of a sentence that speaks to or thanks people by name: "Gracias, Yamilé,
# Osmany y Dayron, por", "Jolie, Mason and Tante Rosalie —".
_KIN_AND_NAME = rf"(?i:(?:{_KIN_WORD})\s+)?[A-ZÁÉÍÓÚÑ][\w'\u2019-]+"
_ADDRESSED_HEAD = re.compile(
    r"\W*(?i:(?:thank\s+you|thanks|gracias|merci|shout-?out)(?:\s+to)?\s*,?\s*)?"
    r"(?P<names>[A-ZÁÉÍÓÚÑ][\w'\u2019-]+"
    rf"(?:\s*,\s*{_KIN_AND_NAME})*\s*,?\s*(?:and|&|y)\s+{_KIN_AND_NAME})"
    r"\s*(?:[,\u2014\u2013-]|:)"
)
# A storm's hashtag: its name is no person's.
_STORM_TAG = re.compile(r"(?:hurricane|huracan|tropicalstorm|tormentatropical|storm|tormenta)[a-z]")
_TAG_TITLES = re.compile(rf"(?i){_rx(lexicon.STAFF_TITLES)}")
# "Mrs. K — our unit secretary": one of ours, said right after the name ("resident" is
# left out: after "Mrs." it is a care home's resident).
_OUR_ROLE_AFTER = re.compile(
    rf"(?i)^\s*[,\u2014\u2013(]\s*(?:our|nuestr[oa])\s+(?:[\w'\u2019/&-]+\s+){{0,3}}?"
    rf"(?P<role>{_rx(lexicon.STAFF_ROLES)}|secretary|secretaries|cook|secretari[oa])\b"
)
_NICKNAME_GAP = re.compile(r" [\"'\u2018\u201c]|[\"'\u2019\u201d] ")
_NICKNAME_CLOSE = re.compile(r"(?:\s[A-Z][\w'\u2019-]*)?[\"'\u2019\u201d] (?-i:[A-Z])")
_LISTED = re.compile(r"\s*,\s*(?:(?:and|&|y)\s+)?|\s+(?:and|&|y)\s+")
# Titles and month names that are not in the name lists' sense names themselves.
_NEVER_NAMES = {
    "mr", "mrs", "ms", "mx", "miss", "dr", "dra", "drs", "sr", "sra", "srta", "jr", "st",
    "prof", "rev", "fr", "doña", "dona", "señor", "senor", "señora", "senora", "señorita",
    "senorita", "january", "february", "october", "november", "december",
    "september", "enero", "febrero", "junio", "octubre", "noviembre", "diciembre",
    "septiembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "pt",
}  # fmt: skip

# After "Mr." or "Mrs." any capitalised word is a surname ("Mr. Sunday"), but not a title.
_NEVER_AFTER_TITLE = {
    "mr", "mrs", "ms", "mx", "miss", "dr", "dra", "drs", "sr", "sra", "srta", "jr", "st",
    "prof", "rev", "fr", "doña", "dona", "señor", "senor", "señora", "senora", "señorita",
    "senorita",
    "test", "tests", "smear", "smears",  # "Pap Test", "Pap Smear": not Pap the grandfather
}  # fmt: skip
# Before a name, these make it the name of an institution: "Fundación Familia Reyes".
_LEFT_INSTITUTION = re.compile(
    r"(?<![\w'\u2019])(?:Fundaci[óo]n|Foundation|Fondo|Fund|Premio|Beca|Sala|Pabell[óo]n|Centro|"
    r"Cl[íi]nica|Escuela|Instituto|Edificio|Torre|Hospital|Colegio)\s+(?:(?:Familia|Family)\s+)?$"
)
# "Pt: HERNANDEZ, MARIA L", "Smith, John A. admitted 02/14", "pac. RIVERA ORTIZ, JOSÉ A.",
# "... / Ramos Ruiz, Wilfredo / ...": a name as a chart writes it, after a field label, at the
# start of a line or field, or in capitals anywhere ("ROI for WILLETO, GRACE A (DOB ..."),
# and read with what follows.
_CHART_WORD = (
    r"(?i:(?:DOB|D\.O\.B|MRN|MR|NPO|DNR|HD|POD\d*|DX|RM|ROOM|BED|ADM|AGE|SEX|SSN|ACCT|PT|HAB|NOK|CDL|"
    r"NO|FN|FUM|CAMA|EDAD|FECHA|MRI|CT|ED|ER|ICU|PATIENT|PACIENTE|PAC|NAME|NOMBRE|RESIDENTE?)\b)"
)
_CHART_NAME_WORD = r"[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'\u2019-]"
_RECORD_NAME = re.compile(
    r"(?:(?P<label>\b(?:pt|pte|patient|patient\s+name|pt\s+name|name|nombre|paciente|pac|"
    r"nombre\s+del\s+paciente|resident|residente)\.?\s*[:#-]?\s*)"
    r"|(?:^|(?<=[\n|:;\-\u2013\u2014\"'/(\u00b7\u2705\u274c])|(?<=\d:\d\d))[ \t]*"
    r"|(?<=[ \t])(?P<caps>(?=(?-i:[A-Z\u00C0-\u00DD'\u2019-]{2,}"
    r"(?:[ \t]+[A-Z\u00C0-\u00DD'\u2019-]{2,})?,[ \t]*[A-Z\u00C0-\u00DD]{2,}))))"
    rf"(?P<name>(?-i:(?!{_CHART_WORD}){_CHART_NAME_WORD}+"
    rf"(?:[ \t]+(?:(?i:de|del|de la|de los)[ \t]+)?(?!{_CHART_WORD}){_CHART_NAME_WORD}+){{0,2}}"
    rf"(?:,[ \t]*(?!{_CHART_WORD}|(?:{_STATES_ABBR})[ \t]+(?i:DL|CDL|ID|\d))"
    rf"(?P<given>{_CHART_NAME_WORD}*)"
    rf"(?:[ \t]+(?:(?i:de|del|de la|de los)[ \t]+)?(?!{_CHART_WORD}){_CHART_NAME_WORD}*){{0,3}}\.?"
    # after a label, a surname alone before a chart's field: "pt Nieves, DOB 12/25/1929"
    rf"|(?=,[ \t]*(?:{_CHART_WORD}|(?:{_STATES_ABBR})[ \t]+(?i:DL|CDL)\b)))))"
    r"(?![\w-])",
    re.IGNORECASE,
)
_CAPS_WORD = rf"(?!{_CHART_WORD})[A-ZÀ-Ý][A-ZÀ-Ý'\u2019-]+"
_CAPS_AFTER_LABEL = re.compile(
    r"\b(?i:pt|patient|paciente|pte)\.?:?[ \t]+"
    rf"(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,2}})"
    r"(?![\w'\u2019-])"
)
# A name after a patient's label, with an age or a chart's field after it: "'Pac. Eduviges
# Tovar, 91 a., ingresó 23/11", "Pt: Lonnie Ray Mullins, 92 y/o M".
_NAME_AFTER_LABEL = re.compile(
    r"\b(?i:pt|pte|pac|paciente|patient)\.?:?[ \t]+"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][a-zà-ÿ'\u2019-]+(?:[ \t]+(?:(?:de|del|de la)[ \t]+)?"
    r"[A-ZÁÉÍÓÚÑ][a-zà-ÿ'\u2019-]+){1,3})"
    r"(?=[ \t]*,[ \t]*(?:\d{1,3}[ \t]*(?:a\.?|años|y/?o|yo|y|[FM])?(?![\w'\u2019])"
    r"|(?i:dob|d\.o\.b|fn|f\.[ \t]?nac|mrn|exp)\b))"
)
# A form's field for the person a record is about, and the name in it (`_find_names_in_fields`).
# A word of a name in a form's field, not the next field's label ("Colt R. Danner  DOB").
_FIELD_WORD = (
    r"(?!(?i:dob|mrn|id|acct|age|sex|fn|ssn|medicaid|medicare|member|plan|group|dx)\b)"
    r"[A-ZÁÉÍÓÚÑ][\w'\u2019-]+"
)
_NAME_IN_FIELD = re.compile(
    r"\b(?:(?i:patient|pt|member|subscriber|insured|claimant|guarantor|resident|paciente|"
    r"asegurad[oa]|nombre|wristband|registration|from|sender|owner|driver)"
    r"(?:[ \t]+(?i:name|del[ \t]+paciente))?[ \t]*:"
    r"|(?i:employee|claimant|member|subscriber|driver))[ \t]+"
    r"(?P<name>"
    # "LOPES FERREIRA, GABRIEL", "Vieira, Ana Lucia"
    rf"{_FIELD_WORD}(?:[ \t]+{_FIELD_WORD})?,[ \t]*{_FIELD_WORD}"
    rf"(?:[ \t]+(?:{_FIELD_WORD}|[A-ZÁÉÍÓÚÑ]\.|[A-ZÁÉÍÓÚÑ](?![\w'\u2019-])))?"
    # "Brynlee Call-Sorensen", "Jorge L. Tzunux", "Ana de la Cruz"
    rf"|{_FIELD_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]+)?(?:(?:de|del|da|dos|de[ \t]+la)[ \t]+)?"
    rf"{_FIELD_WORD}){{1,3}})"
    r"(?=[ \t]*(?:[.,;|)(/\n<\u00b7\u2022\u2014\u2013]|$)|[ \t]{2}"
    r"|[ \t]+(?i:id|dob|mrn|age|sex|fn|d\.o\.b|born|acct)\b|[ \t]+\d)"
)
# A list of the patients a unit lost: "honoring the children we lost this year:"
_THOSE_WE_LOST = re.compile(
    r"(?i)\b(?:children|kids|babies|patients|friends|little\s+ones|residents|veterans)\s+"
    r"(?:we(?:['\u2019]ve|\s+have)?|who\s+we)\s+lost\b[^:\n]{0,30}:"
)
_THOSE_WE_LOST_REASON = "A name in a list of the patients the hospital lost."
_FIELD_CODES = frozenset({"DL", "ID", "MRN", "DOB", "SSN", "FIN", "CSN", "MR", "PT"})
_FIELD_NAME_REASON = "Looks like a patient's or insured person's name in a form's field."
# "HINOJOSA CAVAZOS, MA. DEL ROSARIO": "Ma." is María there, not a master's degree
_MORE_GIVEN_NAMES = re.compile(r"\.?[ \t]+(?:DE|DEL|de|del)[ \t]+[A-ZÁÉÍÓÚÑ]")
_CREDENTIAL = re.compile(rf"(?i)(?:{_rx(lexicon.CREDENTIALS)})\.?")
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "van", "von", "der", "da", "dos"})
_RECORD_AFTER = re.compile(
    r"(?i)\b(?:dob|d\.o\.b|mrn|mr\#|rm|room|bed|admit(?:ted)?|adm|age|sex|dx|fecha|edad|cama|"
    r"habitaci[óo]n|hab|expediente|npo|dnr|hd|pod\s?\d|nok|ssn|acct|seguro|"
    r"(?:exp|brazalete|pulsera|wristband|band|hc|nhc|fn)\b|\d{1,3}\s*(?:y/?o|yo|f|m)\b"
    r"|\d{3}-\d{2}-\d{4})"
)
# Staff as someone's carers or as the ones thanked: the person before them is a patient.
_STAFF_NOUNS = (
    r"(?:nurses|doctors|care\s+team|medical\s+team|nicu\s+team|picu\s+team|surgeons|therapists|"
    r"enfermer[oa]s|doctor[ae]s|m[ée]dicos|cirujanos|terapeutas|cuidadores)"
)
_TOWARD_STAFF = re.compile(
    rf"(?i)\b(?:his|her|their|su|sus)\s+(?:(?:favorite|favourite|amazing|wonderful|favorit[oa]s|"
    rf"querid[oa]s)\s+)?{_STAFF_NOUNS}\b"
    r"|\b(?:brought|bring|brings|wrote|writes|sent|sends|made|makes|baked|knitted|thanked|thanks|"
    r"thank|visited|visits|trajo|traen|trajeron|escribi[óo]|envi[óo]|mand[óo]|hizo|visit[óo]|"
    r"agradece|agradeci[óo]|quiere\s+agradecer|quieren\s+agradecer|les\s+dio)\b[^.!?\n]{0,50}?"
    rf"\b(?:to|for|a|para)\s+(?:the|our|all\s+the|all\s+of\s+the|las|los|sus|todas\s+las|"
    rf"todos\s+los)\s+(?:[\w-]+\s+){{0,2}}?{_STAFF_NOUNS}\b"
)
# A personal pronoun right after a word: "Abdirahman: his first steps", "Hodan and her".
_PRONOUN_AFTER = re.compile(
    r"(?i)^\s*(?:[:,\u2014\u2013-]\s*|\s(?:and|y|on|with|con)\s+)?"
    r"(?:his|her|he|she|he's|she's|who|whose|su|sus|quien)\b"
)
_PATIENT_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:little|lil|baby|sweet|brave|tiny|precious|preemie|patient|paciente|pequeñ[oa]|bebé|"
    r"welcome\s+to\s+the\s+world|bienvenid[oa]\s+al\s+mundo)\W*$"
)
# "portal username is ava.k2019", "usuario: rosa_m"
_USERNAME = re.compile(
    r"(?i)\b(?:user\s*name|user\s+id|login|screen\s+name|handle|usuario|nombre\s+de\s+usuario)"
    r"\s*(?:is|es|:|=|-)?\s*[\"'\u201c\u2018]?(?P<id>(?=[\w.@-]*\d)[A-Za-z0-9][\w.@-]{2,40}[A-Za-z0-9])"
)
# Honorifics written in lower case: "mr. b", "ms. ruby", "doña lupe".
_HONORIFIC = re.compile(
    r"(?i)(?<![\w'\u2019])(?P<cue>mr|mrs|ms|mx|sr|sra|srta|señor|señora|señorita|don|doña)\.?\s+$"
)
_NEWBORN_NAME = re.compile(
    r"\b(?i:baby|bebé|bebe)\s+(?i:boy|girl|niño|niña)\s+(?P<name>[A-Z](?:[a-zà-ÿ'\u2019-]+|\.)?)(?![\w])"
)
# A room list, board or huddle pasted by mistake: the name after a room's or a bed's number
# ("Rm 401 Baker (CHF) / Rm 403 Delgado-Ruiz", "rm 412 Nowicki K POD1", "Bed 3 Washington,
# L.", "LDR 3 \u2014 MARTINEZ 39+2") or before it ("Kowalski in bed 11").
_ROOM_MARK = (
    r"(?i:\b(?:rm|room|bed|cama|hab\.?|habitaci[oó]n|cuarto|ldr|bay|chair|silla)\s*#?\s*"
    r"\d{1,4}(?:-?[A-Z]\b)?)"
)
_ROOM_MARK_RX = re.compile(_ROOM_MARK)
_BABY_BEFORE = re.compile(r"(?i)\bbaby\s+$")  # "Baby Boy in Bed 19": no name
_LIST_NAME_WORD = r"[A-ZÀ-Ý][A-Za-zÀ-ÿ'\u2019]*(?:-[A-ZÀ-Ý][A-Za-zÀ-ÿ'\u2019]*)*"
_NAME_AFTER_ROOM = re.compile(
    rf"{_ROOM_MARK}[ \t]*(?:[-\u2013\u2014:][ \t]*)?"
    # "bed 1 D. Kaplan - tele", "bed 2 e. moskowitz - CIWA": an initial, then the surname
    r"(?P<name>(?-i:[A-ZÀ-Ý]\.[ \t]?[A-ZÀ-Ý][a-zà-ÿ'\u2019-]+"
    r"|[a-zà-ÿ]\.[ \t]?[a-zà-ÿ][a-zà-ÿ'\u2019-]+)|"
    rf"{_LIST_NAME_WORD}(?:(?:,[ \t]*|[ \t]+)(?:[A-ZÀ-Ý]\.?(?![\w'\u2019])|"
    rf"(?-i:[A-ZÀ-Ý]{{2,}})(?![\w'\u2019]))){{0,3}})"
    r"(?=[\s,.;:(/|\u2014\u2013-]|$)"
)
_NAME_BEFORE_ROOM = re.compile(
    rf"(?P<name>{_LIST_NAME_WORD})[ \t]+(?:in|en)[ \t]+(?:(?:la|el)[ \t]+)?{_ROOM_MARK}"
)
# "our bravest patient in cardiology, Ava", "nuestra paciente más alegre de Cardiología,
# Esperancita": a patient described, then named after a comma.
_DESCRIBED_PATIENT = (
    r"(?:our|my|nuestr[oa]|mi)\s+(?:[^\W\d_]+\s+){0,2}?(?:patient|paciente)\s+"
    r"(?:of|in|on|at|from|ever|this|de|del|en|m[áa]s)\s[^,.!?\n;:]{1,40}?,"
)
_ROOM_LIST_REASON = "Looks like a patient's name in a room or bed list."
# A chart's name after one room, bed or patient label, surname first with an initial, in
# any case: "bed 3 - nowakowski, b. - 96 F", "pte: ramírez j., 94 a", "pt sharma, a. 95F",
# "bed 14 - arsenault, ti-jean - mrn#..." (a given name in full when a field follows).
_ANY_CASE_WORD = r"[^\W\d_][^\W\d_'\u2019]*(?:['\u2019-][^\W\d_]+)*"
_NAME_WITH_INITIAL = re.compile(
    rf"(?:{_ROOM_MARK}|\b(?i:pt|pte|patient|paciente|pac)\.?:?)[ \t]*(?:[-\u2013\u2014:][ \t]*)?"
    rf"(?P<name>(?P<surname>{_ANY_CASE_WORD}),?[ \t]+[^\W\d_]\."
    rf"|(?P<surname2>{_ANY_CASE_WORD}),[ \t]*{_ANY_CASE_WORD}(?=[ \t]+[-\u2013\u2014|;]))"
    r"(?!\w)"
)
# "hall, ruby d  dob 3/9/71", "rm 401: okafor, grace (adm 2025-02-14)", "ponce, maria del
# rosario, cama 9": a chart's name in lower case at the start of a line or field, or after a
# room, with a chart's field right after it.
_LOWER_WORD = r"[a-zà-ÿ][a-zà-ÿ'\u2019]+(?:-[a-zà-ÿ]+)?"
_LOWER_CHART_NAME = re.compile(
    rf"(?:^|(?<=[\n|;:/'\"\u2014\u2013\u2705])|(?<=\bis\s)|{_ROOM_MARK}(?:[ \t]*[-:])?)[ \t]*"
    r"(?:(?:pt|pte|pac|paciente)\.?:?[ \t]+)?"
    rf"(?P<name>(?P<surname>{_LOWER_WORD}(?:[ \t]+{_LOWER_WORD})?),[ \t]*"
    rf"(?P<given>{_LOWER_WORD}(?:[ \t]+(?:(?:de|del|de la)[ \t]+)?{_LOWER_WORD}){{0,2}})"
    r"(?:[ \t]+[a-z]\.?)?)"
    r"(?=[ \t]*[,(/\u2014\u2013-]?[ \t]*(?:dob|d\.o\.b|mrn|rm|room|bed|adm|cama|hab|exp|ingres[oó]"
    r"|f\.?[ \t]?nac"
    r"|\d{1,3}[ \t]*(?:y/?o|yo|[fFmM]|a|mos?)\b)\b)"
)
# A chart's name in lower case, given name first, at the start of a line or field or after a
# record's label, with an age or a chart's field right after it: "'sasha kozak 4yo m, dob
# ...", "— ilaisaane fusitu'a, 6 y/o", "member: lupe a. fonoti · subscriber: tavita fonoti".
_LOWER_GIVEN_FIRST = re.compile(
    r"(?:(?:^|(?<=[\n|;:/'\"\u2014\u2013\u00b7]))[ \t]*"
    r"|(?P<label>\b(?i:member|subscriber|insured|guarantor|re|pt|patient|name|nombre|paciente|pac)"
    r"[ \t]*[:#-][ \t]*))"
    rf"(?P<name>{_LOWER_WORD}(?:[ \t]+[a-z]\.)?(?:[ \t]+{_LOWER_WORD}){{1,2}})"
    r"(?(label)(?=[ \t]*(?:[,\u00b7|;()\n]|$|[ \t]\d|[ \t](?:dob|mrn|rm|bed)\b))"
    r"|(?=[ \t]*,?[ \t]*\d{1,3}[ \t]*(?:y/?o|yo|[fFmM]|mos?)(?![\w'\u2019])))"
)
# After a name spoken to: "proud of u jeimy 💛", "te extrañamos, miguelito."
_PHRASE_END = re.compile(r"\s*(?:[^\w\s#@]|$)")
# "sra. maría de jesús quintanilla", "mr. john kearney": a courtesy title in lower case.
_LOWER_TITLED_NAME = re.compile(
    r"(?<![\w.])(?:sra?|srta|mrs?|ms|doña|don)\.?[ \t]+"
    rf"(?P<name>{_LOWER_WORD}(?:[ \t]+(?:(?:de|del|de la|de los)[ \t]+)?{_LOWER_WORD}){{0,3}})"
)
_INITIAL = re.compile(r"[^\W\d_]\.")
# A nickname: after a cue that says it is one, or in quotes (right after a name, which
# `_find_nicknames` checks).
_NICKNAME = re.compile(
    r"(?:(?P<cue>\b(?i:nicknamed|known\s+as|know\s+(?:him|her)\s+as|a\.k\.a\.?|aka|"
    r"(?:lo|la|le)\s+(?:llamaban|llaman|"
    r"llamamos|dicen|dice|dec[íi]an?|decimos)|(?:de\s+)?apodo(?:\s+le\s+(?:va\s+a\s+)?(?:decir|dice|"
    r"dicen))?|apodad[oa]|(?:we|they|everyone)\s+call(?:s|ed)?\s+(?:him|her)))(?:\s+(?:him|her))?\s+"
    r"|(?<=[\s(])(?=[\"'\u201c\u2018\u00ab]))"
    # 'el Chele', "Tiny Tiger." in quotes: the article is not the name, a second word is
    r"(?P<q>[\"'\u201c\u2018\u00ab])?(?(q)(?:(?i:el|la)\s+)?)"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][^\W\d_]{1,15}(?(q)(?:\s+[A-ZÁÉÍÓÚÑ][^\W\d_]{1,15})?))(?![\w-])"
    r"(?(q)[.,!]?[\"'\u201d\u2019\u00bb])"
)
_NICKNAME_REASON = "Looks like a patient's nickname ('{}')."
_BIG_NICKNAME = re.compile(r"\bBig\s+(?P<n>[A-Z]\.?(?![\w'\u2019&-])|[A-Z][a-z]+(?![\w'\u2019&-]))")
_NAME_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?P<name>[A-Z][\w'\u2019-]+(?:,?\s+[A-Z][\w'\u2019.-]*){0,2})\s*\)"
)
_MONTH_ALONE = re.compile(
    rf"(?i)\b(?:in|since|during|until|through|early|late|mid|last|this|past|en|desde|durante|hasta|"
    rf"principios\s+de|finales\s+de|mediados\s+de|pasado)\s+-?(?P<month>{_MONTHS_EN}|{_MONTHS_ES})\b"
    r"(?!\s*\.?\s*\d)"
)
# Later in the sentence of a coach's or an officer's name: they are the patient.
_LAY_PATIENT = re.compile(
    r"(?i)^[^.!?\n]{0,80}?\b(?P<cue>hospice|last\s+days|passed\s+away|died|was\s+(?:injured|hurt|"
    r"treated|admitted|airlifted|flown|shot|burned)|is\s+(?:recovering|awake|in\s+(?:serious|critical|"
    r"stable|fair|good)\s+condition)|remains\s+in\s+(?:our|the)|had\s+(?:surgery|a\s+stroke|a\s+heart"
    r"\s+attack)|falleci[óo]|est[áa]\s+(?:grave|estable|hospitalizad[oa]))\b"
)
_CAPITALISED_NEXT = re.compile(r"\.?[ \t]+[A-ZÀ-Ý]")
# "our patient gloria", "la paciente lupe": a word right after it is the patient's name.
_PATIENT_WORD_BEFORE = re.compile(
    r"(?i)\b(?:our|my|the|this|nuestr[oa]|la|el|est[ea])\s+(?:patient|paciente|resident|residente)\s+$"
)
# A county or parish named after the word: "Cameron counties", "Iberia Parish".
_COUNTY_AFTER = re.compile(
    r"(?i)^(?:\s+(?:and|y|&)\s+[A-Z][\w'-]+)?\s+(?:county|counties|parish|parishes|condados?|borough)\b"
)
# A closing quotation mark and a dash right before a name: who said the quotation.
_QUOTE_AUTHOR_BEFORE = re.compile(r"[\"'\u2019\u201d]\s*[\u2014\u2013-]+\s*$")
# A note from a family, whose signature is a relative's: "Thank you ... Mom felt like a queen".
_FAMILY_NOTE = re.compile(
    r"(?i)\b(?:thank|thanks|gracias|mom|dad|mama|mamá|papá|family|familia|my\s+(?:mother|father|wife"
    r"|husband|son|daughter))"
)
# A notice's dates: "until June 30", "hasta el 30 de junio", "starting May 1".
_NOTICE_DATE_BEFORE = re.compile(
    r"(?i)\b(?:until|till|through|thru|starting|beginning|from|by|before|after|hasta|desde|"
    r"a\s+partir\s+de|antes\s+de|despu[ée]s\s+de)(?:\s+(?:the|el|del|la))?\s+$"
)
# Words that start a sentence about someone without being their name.
_NOT_A_SUBJECT = {
    "everyone", "everybody", "baby", "bebe", "mom", "dad", "mama", "papa", "grandma", "grandpa",
    "nana", "santa", "someone", "somebody", "nobody", "family", "familia", "today", "hoy",
    "spring", "summer", "winter", "fall", "autumn", "christmas", "navidad", "team", "equipo",
    "she", "he", "they", "it", "we", "you", "this", "that", "there", "here", "who", "what",
    "ella", "el", "ellos", "ellas", "usted", "ustedes", "nosotros", "esto", "eso", "quien",
}  # fmt: skip
# "Shout-out to", "Congrats to", "Big day for": a greeting right before a name.
_SHOUT_OUT = re.compile(
    r"(?i)\b(?:shout-?\s?outs?|congrat(?:ulation)?s|big\s+day|happy\s+\w+(?:\s+day)?|cheers)"
    r"\s+(?:to|for)\b"
)
_SHOUT_OUT_BEFORE = re.compile(rf"{_SHOUT_OUT.pattern}\s+$|^[\W_]*$")
# Said of the person right after the name: "Sky, our favorite frequent flyer", "Lovely,
# who turned 16 on the peds floor".
_PATIENT_SAID_AFTER = re.compile(
    r"(?i)\s*,\s*(?P<cue>(?:who\s+)?turned\s+\d{1,3}\s+(?:on|in|at)\s+(?:the|our)\s+[\w\s-]{0,20}"
    r"(?:floor|unit|nicu|picu|icu|ward|hospital)|our\s+(?:\w+\s+){0,3}(?:patient(?!\s+(?:access|"
    r"experience|advocate|relations|safety|care|services|transport))|frequent\s+flyer"
    r"|fighter|warrior|nicu\s+grad|chemo\s+buddy|preemie|miracle))\b"
)
# A post that opens by asking whether the reader remembers someone.
_REMEMBER_BEFORE = re.compile(
    r"(?i)[\W_]*(?:remember|recuerdan|se\s+acuerdan\s+de)\s+[\"'\u2018\u201c]?"
)
# One patient's age in a list of figures: "Oldest patient: 103".
_OLDEST_PATIENT = re.compile(
    r"(?i)\b(?:oldest|youngest)\s+(?:patient|resident|survivor)"
    # "the oldest patient we treated for heat stroke this summer was 97"
    r"(?:(?:\s+[\w'\u2019-]+){0,8}?\s+(?:was|is)\b|\s*(?:was|is|:|,|\u2014|\u2013|-))\s*"
    r"(?:age\s+|aged\s+)?(?P<n>\d{2,3})\b(?!\s*%)"
    # "We received 9 patients, the oldest 93", "six lived past 100, the oldest to 106"
    r"|\bthe\s+oldest\s*(?:,|:|\u2014|\u2013|-|was|is|to|at|aged?)?\s*(?P<n3>\d{2,3})\b"
    r"(?!\s*%|\s+(?!years\b|yrs\b)[a-z]+s\b)"
    r"|\b(?:paciente|residente)\s+(?:de\s+)?(?:mayor\s+edad|m[áa]s\s+longev[oa])\s*(?:fue|es|:|,)\s*"
    r"(?:de\s+)?(?P<n2>\d{2,3})\b"
)
# A veteran's pinning or a farewell, said right before a lay title and a name.
_FAREWELL_BEFORE = re.compile(
    r"(?i)\b(?P<cue>(?:we|proudly)\s+pinned|pinning\s+(?:ceremony\s+)?(?:for|of)|godspeed|rest\s+easy"
    r"|fair\s+winds(?:\s+and\s+following\s+seas)?|descanse\s+en\s+paz)\s*[,.!:\u2014-]?\s*$"
)
# A patient's own event right after a word: "rose is finally home", "bill is 94".
_STRONG_STORY_AFTER = re.compile(
    r"(?i)^\s+(?:is\s+(?:finally\s+|now\s+|back\s+|officially\s+)?home|went\s+home|is\s+going\s+home"
    r"|rang\s+the\s+bell|was\s+(?:born|discharged|diagnosed|admitted)|celebrated\s+(?:his|her|their)"
    r"|is\s+\d{1,3}\b(?!\s*(?:%|percent|degrees|days|weeks|months|minutes|hours))|turned\s+\d|turns\s+\d"
    r"|sali[óo]\s+(?:hoy|de)|naci[óo]|cumpli[óo]\s+\d|cumple\s+\d)"
)
# A hashtag of an awareness day, week or month: its date is the campaign's.
_AWARENESS_TAG = re.compile(r"#\w*(?:Day|Week|Month|Awareness|D[íi]a|Semana|Mes)\b")
# Event words that are also everyday words about time.
_WEAK_EVENT = re.compile(
    r"(?i)day|d[íi]as?|week|month|every|each|through|until|starting|starts|begins|national|world|"
    r"international|nacional|mundial|holidays?|observed|open|opens|opening|available|office|"
    r"offices|hours|schedule|close|closed|closes|closure|mes\s+de|semana\s+de|visitors|visitas"
)
# Relatives that name a group, not one person: "our 4 West family will miss you".
_COLLECTIVE_RELATIVES = {
    "family", "familia", "parents", "padres", "siblings", "twins", "grandkids", "grandchildren",
    "abuelos", "hermanos", "hijos",
}  # fmt: skip
# A relative of a family or of the writer: "their dad", "my mom", "sus hijas".
_RELATIVE_OF_FAMILY = re.compile(
    r"(?i)\b(?:their|whose|my|our|your|su|sus|mi|tu|nuestr[oa])\s+(?:late\s+|beloved\s+|new\s+|little\s+|querid[oa]\s+|nuev[oa]\s+)?"
    r"(?:dad|mom|father|mother|son|daughter|baby|child|children|kids|twins?|triplets|grandson|"
    r"granddaughter|grandma|grandpa|grandmother|grandfather|husband|wife|papá|mamá|padre|madre|"
    r"hij[oa]s?|beb[ée]s?|niet[oa]s?|abuel[oa]|espos[oa]|gemel[oa]s|trillizas|trillizos)\b"
)
# An age (under 90) given with a name: "Leo, 10,", "Ana (7)", "17-yo Marcus".
_CHILD_AGE_AFTER = re.compile(
    r"(?i)^\s*(?:,\s*|\(\s*)(?:age\s+|aged\s+|de\s+|edad\s+)?(?:[1-8]?\d)"
    r"(?:\s*(?:años|years?\s+old|yrs?\s+old|yo|y/o))?\s*(?:[,)]|$)"
)
_CHILD_AGE_BEFORE = re.compile(
    r"(?i)\b[1-8]?\d\s*-?\s*(?:years?|yrs?|months?|weeks?|meses|semanas)[\s-]+old\s+$"
    r"|\b[1-8]?\d\s*-?\s*(?:yo|y/o|y\.o\.)\s+$"
)
_WORKER_BEFORE = re.compile(
    r"(?i)\b(?:volunteers?|voluntari[oa]s?|nurses?|enfermer[oa]s?|dr|doctor|staff|employees?|"
    r"team\s+members?|colleagues?|coworkers?|therapist|chaplain|coach|technician|aide|"
    r"spotlight|retire[sd]?|retiring|years\s+of\s+service)\b"
)
_WORKER_AFTER = re.compile(
    r"(?i)^\s*,?\s*(?:\(\s*)?\d+\s*(?:years?|yrs?|años)\s+(?:in|at|of|on|with|en|de)\b"
)
_COMPACT_BIRTH_DATE = re.compile(
    r"(?i)\b(?P<cue>dob|d\.o\.b\.?|born|birth\s*date|date\s+of\s+birth|fecha\s+de\s+nacimiento"
    r"|f\.?\s*nac\.?|nacid[oa]|nació)\W{0,3}"
    r"(?P<date>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
    r"|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d{2})(?!\d)"
)
# Where a patient or relative works: "works at Casa Paloma Grill", "trabaja en Taller Ruiz".
_EMPLOYER_CUE = re.compile(
    r"(?i)\b(?:work|cook|driv|employ|trabaj|emplead|labor|cashier|clerk|mechanic|owner|own|runs"
    r"|(?-i:USS)"
    r"|welder|teacher|trucker|waitress|waiter|bartender|foreman|lineman|janitor|custodian|dueñ"
    r"|(?:police|sheriff|fire)\s+(?:department|dept|office)|spent\s+\d+\s+years|loaded|hauled"
    r"|cos(?:e|ía|iendo|ió)|piscando|pizcando|crew|co-?workers?|compañer[oa]s|vaquer[oa]"
    r"|tractorista|capataz|obrer[oa]|costurera|jornaler[oa]|agente|shift|cocin|operari|pharmac"
    r"|farmac|fitter|operator|\bjob\b|patrono|years\s+(?:at|with)|años\s+en|planta|bodega|"
    r"almac[ée]n|acer[íi]a|f[áa]brica|(?-i:\bat\s+[A-Z])|\bbus\b|deliver|pack|braid|guard|retired|holding|\bheld\b|covering|permiso|puesto"
    r"|repartidor|albañil|chofer|meser|cajer|carpinter|soldador|jardiner|conserje|forklift|ordeñ"
    r"|milker)"
)
# The kinds of workplace a business name may follow: "the tortillería El Ranchito", "la planta
# de Pollos del Sur". After one of them a name of one word is enough ("la fábrica de Bacardí").
_WORKPLACE = (
    r"panader[íi]a|bakery|tienda|store|restaurant|restaurante|taller|shop|farm|rancho|granja|"
    r"f[áa]brica|factory|plant|planta|company|compañ[íi]a|empresa|tortiller[íi]a|taquer[íi]a|"
    r"colmado|bodega|maquiladora|mine|mina|mill|warehouse|almac[ée]n|deli|carnicer[íi]a|"
    r"lavander[íi]a|constructora|aserradero|empacadora|l[íi]nea|pizzer[íi]a|trattoria|"
    r"cafeter[íi]a|pasteler[íi]a|cantina|fonda|lonchería"
)
_BIZ_WORD = r"[A-Z][\w'\u2019&.-]*[\w'\u2019]"
_EMPLOYER = re.compile(
    r"(?P<cue>(?i:\b(?:works?|worked|working|has\s+worked|cooks?|cooked|cooking|drives?|drove|driven|"
    r"employed|employee|trabaja|trabajaba|trabajó|trabajar|trabajando|ha\s+trabajado|emplead[oa]|"
    r"(?:su|mi|al)\s+trabajo|"
    r"labora|laboró|spent(?=\s+\d+\s+years)|loaded|hauled|cos(?:e|ía|iendo|ió)|piscando|pizcando|"
    r"crew|co-?workers?|compañer[oa]s|shifts?(?=\s+(?:at|for|with)\s)|driving|deliver(?:s|ed|ing)|"
    r"packs|packed|picks|picked|picking|braids|braided|braiding))"
    r"(?:\s+[a-zá-ú0-9]+){0,5}?\s+(?i:at|for|in|en|para|de|con)\s+(?:(?i:the|la|el)\s+)?"
    rf"(?:(?P<place>(?i:{_WORKPLACE}))\s+(?:(?i:de|del)\s+)?)?)"
    rf"(?P<biz>{_BIZ_WORD}(?:\s+(?:{_BIZ_WORD}|&|de|del|la|los|of|the)){{1,4}}"
    r"(?<![\s&])(?<!\sde)(?<!\sdel)(?<!\sla)(?<!\slos)(?<!\sof)(?<!\sthe)"
    rf"|(?<=\s)(?(place){_BIZ_WORD}(?![\w'\u2019-])|(?!)))"
)
_BUSINESS = (
    r"(?P<biz>(?-i:[A-Z0-9](?=[\w'\u2019&.-]*[A-Za-z])[\w'\u2019&.-]*[\w'\u2019])(?:\s+(?:(?-i:[A-Z][\w'\u2019&.-]*[\w'\u2019])|&|de|del|of)){0,4}"
    r"(?<!\sde)(?<!\sdel)(?<!\sof))"
)
# A job and where it is done: "a truck driver for Schwan's", "cashier at Hillside Grocery",
# "dueño de Taller Ruiz". One word is enough here: the job says it is a business.
_EMPLOYER_BY_JOB = re.compile(
    r"(?P<cue>(?i:\b(?:driver|cashier|clerk|mechanic|cook|chef|welder|carpenter|electrician|"
    r"plumber|trucker|waitress|waiter|bartender|foreman|lineman|janitor|custodian|manager|owner|"
    r"teacher|worker|employee|farmhand|dueñ[oa]|cajer[oa]|mec[áa]nic[oa]|cociner[oa]|chofer|"
    r"maestr[oa]|emplead[oa]|trabajador[a]?|tractorista|vaquer[oa]|capataz|patr[óo]n|obrer[oa]|"
    r"costurera|jornaler[oa]|albañil|pharmacist|pipefitter|machinist|operator|operari[oa]|"
    r"farmac[ée]utic[oa]|(?:crossing|security|school)\s+guard|dishwasher|housekeeper|nanny|landscaper|roofer|miner|millwright|"
    r"courier|packer|picker|fisherman|deckhand|longshoreman|laborer|stocker|barber|stylist|"
    r"braider|repartidor[a]?|meser[oa]|cargador[a]?|actuary|accountant|engineer|analyst|paralegal|"
    r"receptionist|secretary|dispatcher|supervisor|technician|teller|bookkeeper|programmer|"
    r"salesman|saleswoman|sales\s+rep)\s+(?:at|for|with|of|en|de|del|para)\s+(?:the\s+|la\s+|el\s+)?"
    rf"(?:(?:{_WORKPLACE})\s+(?:de\s+|del\s+)?)?))" + _BUSINESS
)
# Years of work at a place: "31 years at the Ford engine plant", "40 years at GM", "treinta
# años en Muelles del Sur". Not a school, a church or a team.
_NUMBER_WORD = (
    r"(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:-(?:one|two|three|four|five|six|"
    r"seven|eight|nine))?|ten|eleven|twelve|\w+teen|veinte|treinta|cuarenta|cincuenta)"
)
_EMPLOYER_YEARS = re.compile(
    rf"(?P<cue>(?i:\b{_NUMBER_WORD}(?:\s+(?:long|good|hard))?\s+(?:years|yrs|años)\s+"
    # "38 years building Chinooks at Boeing"
    r"(?:(?:underground|there|on\s+the\s+(?:line|floor|docks?|road)|[a-z]+ing(?:\s+[\w-]+){0,2})\s+)?"
    r"(?:at|with|for|en|con)\s+(?:the\s+|la\s+|el\s+)?))"
    + _BUSINESS
    + r"(?!\s+(?i:high|elementary|middle|school|university|college|academy|church|parish|"
    r"temple|mosque|synagogue|iglesia|escuela|universidad)\b)"
)
# A business named in one word or letters after a job's verb: "drives for RTA", "worked the
# line at Firestone", "his job at Kroger" (`_find_employers` checks it is not a place).
_EMPLOYER_ONE_WORD = re.compile(
    r"(?P<cue>(?i:\b(?:works?|worked|working|drives?|drove|driven|job|employed|shifts?|"
    r"trabaja|trabajaba|trabajó)(?:\s+(?:the|a|an|his|her|[a-z]+)){0,3}\s+(?:at|for|para)\s+"
    r"(?:the\s+)?))"
    rf"(?P<biz>{_BIZ_WORD})(?![\w'\u2019&-]|\s+[A-Z0-9]|\.\w)"
)
# A workplace named by its kind of business: "a fall at Baytown Shipyard", "en la bodega de
# Pacific Northwest Cold Storage", "la cuadrilla de la planta de Sandhill Beef", "he drives
# the LRTA 8 bus" (`_find_employers` leaves out a sponsor's sentence).
_BUSINESS_KIND = (
    r"Company|Co\.|Inc\.?|LLC|Shipyard|Refining|Refinery|Chemicals?|Storage|Beef|Foods|Mills?|"
    r"Works|Steel|Motors|Co-op|Kitchen|Taxi|Shipping|Trucking|Construction|Logistics|Packing|"
    r"Farms?|Ranch|Dairy|Orchards?|Fruit|Produce|Poultry|Lumber|Mining|Plumbing|Roofing|Tire|Tires|"
    r"Rubber|Transit|Supermarket|Grocery|Bakery|Builders|Energy|Coal|Electric|Auto|Transport|"
    r"Hauling|Landscaping|Restaurant|Grill|Diner|Deli|Salon|Barbershop|Meats|Seafood|Fisheries|"
    r"Nursery|Greenhouses?|Mushrooms|Stevedoring|Distribution|Catering|Janitorial|Almonds|"
    r"Cordage|Packaging|Manufacturing|Fabrication|Machining|Welding|Masonry|Drywall|Excavating|"
    r"Paving|Concrete|Freight|Towing|Creamery|Cannery|Packers|Processing|Plastics|Textiles?|"
    r"Garments?|Brewery|Winery|Vineyards?|Bottling|Boatworks|Boatyard|Laundry|Cleaners|Pizzeria|"
    r"Pizzería|Tavern|Cafe|Café|Bistro|Taqueria|Taquería|Cantina|Motel"
)
_EMPLOYER_BY_KIND = re.compile(
    r"(?P<cue>(?i:\b(?:at|for|with|en|para|works|worked)\s+(?:the\s+|la\s+|el\s+)?))"
    # "Double J Dairy": one letter may be a word of the name here
    rf"(?P<biz>(?:(?:{_BIZ_WORD}|[A-Z])\s+){{1,3}}(?:{_BUSINESS_KIND}))(?![\w-])"
)
_EMPLOYER_WORKPLACE_OF = re.compile(
    r"(?P<cue>(?i:\b(?:la|el)\s+(?:planta|bodega|almac[ée]n|f[áa]brica|empacadora|acer[íi]a|"
    r"taller|rancho|granja|huerta)\s+de\s+))" + _BUSINESS
)
_EMPLOYER_VEHICLE = re.compile(
    r"(?P<cue>(?i:\b(?:drives?|drove|driven|driving)\s+(?:an?|the)\s+))"
    r"(?P<biz>[A-Z]{2,5})(?=\s+(?:\d+\s+)?(?:bus|train|truck|van|route)\b)"
)
# A business before a job it was done at: "retired Edgar Thomson millwright", "a former
# Alcoa machinist".
_JOBS_AFTER_EMPLOYER = (
    r"(?:steel\s*worker|steelworker|millwright|miner|coal\s+miner|machinist|welder|pipefitter|"
    r"mechanic|trucker|driver|operator|foreman|electrician|boilermaker|ironworker|(?:tire\s+)?builder|"
    r"(?:rubber|auto|steel|mill|dock)\s*worker|autoworker|lunch\s+lady|bus\s+driver|crane\s+operator|"
    r"line\s+cook|janitor|custodian|trolley\s+operator|cashier|stocker|"
    r"forklift\s+(?:driver|operator)|warehouse\s+worker|crossing\s+guard|bus\s+aide)s?\b"
)
_EMPLOYER_BEFORE_JOB = re.compile(
    r"(?P<cue>(?i:\b(?:retired|former|longtime|long-time)\s+))"
    rf"(?P<biz>{_BIZ_WORD}(?:\s+{_BIZ_WORD}){{0,2}})\s+(?={_JOBS_AFTER_EMPLOYER})"
)
# Without "retired", after a person's name: a name of three or more words, or an acronym,
# before the job: "Reggie Boone, the SEPTA trolley operator", "Tom, a Buffalo Public Schools
# custodian" (never the hospital's own services: "the Environmental Services custodian"; nor
# a rescuer: "the Boston Public Works driver who flashed his lights")
_HOSPITAL_WORD_END = re.compile(
    r"(?i)\b(?:campus|hospital|clinic|medical|health|center|centre|pavilion)$"
)
_EMPLOYER_NAMED_BEFORE_JOB = re.compile(
    # said of a person named right before it: "Tom, a ...", "Reggie' Boone, the ..."
    r"(?:(?<=[^\W\d_],\s)|(?<=['\u2019\u201d\"],\s))(?i:(?:a|an|the)\s+)"
    rf"(?P<biz>(?!(?:{_BIZ_WORD}\s+)*Services\b)"
    rf"(?:{_BIZ_WORD}(?:\s+{_BIZ_WORD}){{2,3}}|[A-Z]{{3,6}}(?![\w'\u2019-])))\s+"
    # (a lineman of a three-word business: "a Philadelphia Gas Works lineman", not "Former
    # Vikings lineman")
    rf"(?=(?P<cue>{_JOBS_AFTER_EMPLOYER}|line(?:man|men)\b))"
)
# A business that held a patient's job: "Sunny Slope Mushrooms for holding Ernesto's job",
# "Wheatland Co-op for covering every shift while Gerald recovered", "Sunrise Hop Ranch por
# darle a don Chuy tres meses de permiso".
_EMPLOYER_HELD_JOB = re.compile(
    rf"(?P<biz>{_BIZ_WORD}(?:\s+(?:{_BIZ_WORD}|&|of|de|del)){{0,4}}(?<!\sof)(?<!\sde)(?<!\sdel))"
    r"\s*,?\s+(?P<cue>(?i:(?:which|who|that|que)\s+)?(?:for|por)?\s*(?i:holding|held|kept|keeping|"
    r"covering|covered|saving|saved|darle|guardarle|guard[óo]|le\s+dio|dio))\b"
    r"(?=[^.!?\n]{0,50}?\b(?i:job|jobs|shifts?|position|spot|route|permiso|trabajo|puesto)\b)"
)
# "de" after a job is often where the worker comes from: "repartidor de 38 años".
_FROM_DE = re.compile(r"\bdel?\s+(?:la\s+|el\s+)?$")
_SPONSOR_SENTENCE = re.compile(r"(?i)\b(?:donat|sponsor|raised|fundrais|gift|don[óo]|patrocin)")
# An employer given by its label: "Empleador: Rancho Los Tres Hermanos", "employer Cascade
# Crest Fruit", "(Carta para su patrono, Almacenes El Turista)".
_EMPLOYER_LABEL = re.compile(
    r"(?P<cue>(?i:\b(?:employer|empleador|patrono|tel(?:[ée]fono)?\.?\s+del\s+trabajo"
    r"|work\s+(?:phone|number|tel\.?))\s*[:,#-]?\s+"
    # "collapsed at work (Shoreline Fitness, Broadway)", "employee ID 884213 (Ozark Valley
    # Poultry, Rogers plant)"
    r"|\b(?:at\s+work|employee\s+(?:id|no\.?|number|\#)\s*:?\s*\d+)\s*\(\s*))" + _BUSINESS
)
# The ship a sailor serves on: "came off the USS Makin Island with chest pain", "watched from
# the USS Abraham Lincoln" (not its museum)
_EMPLOYER_SHIP = re.compile(
    r"(?P<cue>\b(?i:on|off|aboard|from|to|of|with)\s+(?:(?i:the)\s+)?)"
    r"(?P<biz>USS(?:\s+(?!(?i:museum|memorial)\b)[A-Z][\w'\u2019-]*){1,3}?)"
    r"(?!\s+(?i:museum|memorial)\b)(?=\s*(?:\(|[.,;:!?]|$|\s+[a-z]))"
)
# "Deputy Carla Whitmore of the Hennepin County Sheriff's Office"
_EMPLOYER_OF_OFFICER = re.compile(
    r"(?P<cue>(?i:\b(?:officer|deputy|firefighter|trooper|sgt\.?|sergeant|captain|capt\.?|lieutenant|"
    r"lt\.?|chief|agente|bombero))\s+(?:[A-ZÁÉÍÓÚÑ][\w'\u2019-]+,?\s+){1,3}(?i:of|with|from|del?)\s+"
    r"(?:(?i:the|la)\s+)?)"
    r"(?P<biz>(?:[A-Z][\w'\u2019-]*\s+){0,3}(?:Police|Sheriff['\u2019]s|Fire|State\s+Patrol|"
    r"Border\s+Patrol|Highway\s+Patrol|Patrulla\s+Fronteriza|Polic[íi]a(?:\s+[A-Z][\w-]+)?)"
    r"(?:\s+(?:Department|Dept\.?|Office|Rescue|District))?)"
)
# A name spoken to: "Angel, we'll miss you", "te extrañaremos, Chuy."
_SENTENCE_START = re.compile(r"^\W*$")
# A greeting or a thanks that a name may end, in a post written in lower case.
_LOWER_GREETING_BEFORE = re.compile(
    r"\b(?:congra\w*|shout\s*-?\s*out|happy\s+[\w ]{0,25}|cheer\s+(?:on|for)|"
    r"thank\s+you|thanks|welcome\s+(?:back|home)|say\s+hi|felicidades|bienvenid[oa]|gracias|"
    r"feliz\s+[\w ]{0,25}|keep\s+(?:fighting|going|pushing)|get\s+well(?:\s+soon)?|fuerza|"
    r"[áa]nimo|te\s+(?:queremos|extrañamos|extrañaremos))"
    r"(?:\s+(?:to|for|a|al))?(?:\s+(?:our|my|your|nuestr[oa]s?|mi|tu))?"
    r"(?:\s+(?:little|lil|big|sweet|favorite|favourite|brave|friend|buddy|nicu|grad|girl|boy|"
    r"man|guy|peque[ñn][oa]|amig[oa]|t[íi][oa]))*,?\s+$"
)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[!?.,;:]|$|[^\w\s'\u2019-]|\s+(?:in|on|who|from)\b)")
_CARE_HOME_REASON = "Looks like the name of a resident of the care home, a patient."
# A post about doctors in training, where a "resident" is staff.
_MEDICAL_TRAINING = re.compile(
    r"(?i)\b(?:residency|residencies|pgy-?\d|interns?|internship|attendings?|match\s+day|"
    r"(?:chief|medical|surgical|surgery|medicine|pediatrics?|ob/?gyn|psychiatry|anesthesia|"
    r"radiology|neurology|cardiology|orthopedic|ortho|ed|er|pharmacy|dental|nurse|nursing|"
    r"first-year|second-year|third-year)\s+residents?|resident\s+(?:physicians?|"
    r"doctors?)|m[ée]dic[oa]s?\s+residentes?|residentes?\s+de\s+(?:cirug[íi]a|medicina|pediatr[íi]a|"
    r"primer|segundo|tercer)|dr\.?\s|dra\.?\s)"
)
# After a state's abbreviation, digits that are not a ZIP code: "Smith, ID 4471029".
_NOT_A_ZIP_AFTER = re.compile(r"\s*[:#]?\s*(?:\d{6,}|\d{1,4}(?![\d-]))")
# After a state's abbreviation, a licence: "PEREZ LOZANO, HECTOR, CA DL B7734219".
_STATE_LICENCE_AFTER = re.compile(
    r"\s+(?:DL|(?i:driver['\u2019]?s?\s+licen[cs]e|lic\.?|plate)(?!\w))"
)
# A long number right after a full name: "Ava Smith (#4471029)", "SMITH, AVA 4471029".
_NUMBER_AFTER_FULL_NAME = re.compile(
    r"\b(?P<first>[A-Z][a-zA-Z'-]+)(?P<comma>,)?\s+(?P<second>[A-Z][a-zA-Z'-]+)\s*"
    r"[(,:\-\u2013\u2014]?\s*(?:#|no\.?\s*)?$"
    # a board's "WALSH, J — 40133481"
    r"|\b(?P<caps>[A-Z][A-Z'-]+),\s*[A-Z]\.?\s*[(:\-\u2013\u2014|]\s*(?:#\s*)?$"
)
# A record number as record systems pad it: "00731156" (never a placeholder, "0000000")
_PADDED_RECORD_NUMBER = re.compile(r"00(?!0*$)\d{5,8}")
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
_CITY_COMMA = re.compile(r"[A-Z][a-z]+,\s*$")
# Two or three initials with their dots, not followed by a surname: "J.D.", "J.M.R."
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,3}(?!\w)(?!\s+[A-Z][a-z])")
_DOTTED_LETTERS = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,4}")
# Abbreviations written like initials.
_NOT_INITIALS = {
    "US", "UK", "DC", "MD", "RN", "PM", "AM", "ER", "OR", "IV", "NP", "PA", "DO", "LA", "NY",
    "BC", "AD", "PS", "EU", "UU", "EEUU", "QEPD", "PD", "NB", "TV", "ID", "OK", "AKA", "ASL",
    "CT", "MR", "ED", "ICU", "EMT", "UCI", "DR", "PT", "OT", "RT", "CNA", "LPN", "BSN", "MSN",
}  # fmt: skip
# A word spoken to at the end of a clause: "..., Blue!", "misses you, Tiny."
_VOCATIVE_LEFT = re.compile(r",\s*$")
_VOCATIVE_RIGHT = re.compile(r"\s*(?:[!.?]|[^\w\s,;:'\u2019-]|$)")
# Words a post speaks to that are groups or roles, not someone's name.
_GROUP_VOCATIVES = {
    "everyone",
    "everybody",
    "all",
    "friends",
    "friend",
    "team",
    "teams",
    "family",
    "families",
    "folks",
    "heroes",
    "hero",
    "grads",
    "graduates",
    "nurses",
    "doctors",
    "docs",
    "doc",
    "mom",
    "moms",
    "dad",
    "dads",
    "mama",
    "papa",
    "parents",
    "kids",
    "kiddo",
    "buddy",
    "babe",
    "baby",
    "babies",
    "ladies",
    "gentlemen",
    "neighbors",
    "neighbours",
    "community",
    "volunteers",
    "donors",
    "champ",
    "champion",
    "champions",
    "warriors",
    "warrior",
    "survivors",
    "survivor",
    "sir",
    "madam",
    "coach",
    "chief",
    "captain",
    "nurse",
    "doctor",
    "todos",
    "todas",
    "amigos",
    "amigas",
    "familia",
    "equipo",
    "mamas",
    "papas",
    "campeon",
    "campeona",
    "guerrero",
    "guerrera",
    "enfermeras",
    "doctores",
    "vecinos",
    "love",
    "sister",
    "sergeant",
    "mister",
}  # fmt: skip (folded: no accents)
_ADDRESSED_AFTER = re.compile(
    r"(?i)^\s*,\s*(?:we|we'll|we're|we\u2019ll|we\u2019re|you|you're|you\u2019re|your|"
    r"te|tu|tú|eres|nunca\s+te|siempre\s+te)\b"
)
# "donated in her memory", "en su memoria": a family remembering a patient, not donors
_IN_THEIR_MEMORY = re.compile(
    r"(?i)\bin\s+(?:her|his|their)\s+(?:loving\s+)?memory\b|\ben\s+su\s+memoria\b"
)
# A member of staff who is, or was, a patient: what follows the name right after it.
_STAFF_TURNED_PATIENT = re.compile(
    r"(?i)^(?:\s*,?\s*(?:who|and|quien|que)\b|\s*,?\s*)\s*(?P<cue>"
    r"(?:is|was)\s+now\s+(?:a|an|one\s+of\s+our)\s+(?:\w+\s+)?(?:patient|resident)"
    r"|(?:is|was)\s+(?:(?:now|also)\s+)?(?:our|a)\s+patient"
    + _NOT_PATIENT_ROLE
    + r"|had\s+(?:(?:her|his|their)\s+\w+\s+(?:out|removed|replaced)|(?:emergency\s+)?surgery|"
    r"a\s+(?:stroke|heart\s+attack|baby))"
    r"|was\s+(?:admitted|injured|hurt|diagnosed|airlifted)|is\s+(?:recovering|being\s+treated)"
    r"|gave\s+birth|delivered\s+(?:her|a|their)|es\s+ahora\s+paciente|fue\s+(?:operad[oa]|internad[oa]))\b"
)
_ADDRESSED_BEFORE = re.compile(r"(?i)\b(?:you|te|ti|usted)\b[^.!?\n]{0,40},\s*$")
# Spanish puts the family word first: "la familia Morales", "los papás Pérez".
_FAMILIA_BEFORE = re.compile(
    r"(?i)\b(?:(?:la|a\s+la|de\s+la)\s+familia(?:\s+(?P<particle>de\s+la|de\s+los|de))?"
    r"|los\s+(?:papás|papas|padres|abuelos|esposos|hermanos))\s+$"
)
# Donors who give because of their own child: they are a patient's family.
_DONOR_FAMILY = re.compile(
    r"(?i)\b(?:in\s+(?:loving\s+)?memory\s+of|in\s+honou?r\s+of|en\s+memoria\s+de|en\s+honor\s+a)\s+"
    r"(?:their|his|her|su|sus)\b|\b(?:their|whose|cuy[oa])\s+(?:late\s+)?(?:son|daughter|baby|child|"
    r"twins?|grandson|granddaughter|hij[oa]|beb[ée]|niet[oa])\b"
)
# Ages under 90 of one person, the span to report in the group "age". A group "after"
# marks an age that follows a name ("Leo, 10,", "Ana (7)"): it counts only after a patient's.
_AGE_SMALL = (
    r"(?:[1-8]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|un|uno|una|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince)"
)
_SMALL_AGE_HINT = re.compile(
    r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\b"
)
_NOT_AFTER_AGE = (
    r"(?!\s*(?:%|percent|por\s+ciento|degrees|grados|°|times|veces|pages|miles|millas|lbs?|"
    r"pounds|libras|kg|kilos|oz|ounces|onzas|inches|feet|cm|mph|[.,/:-]\d))"
)
_YOUNGER_AGES = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # "7-year-old", "12 weeks old", "a 3-day-old", "Ten-year-old", "1 year old"
        rf"\b(?P<age>{_AGE_SMALL}[\s-]*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[\s-]*old)\b",
        # "16yo", "7 y/o"
        rf"\b(?P<age>{_AGE_SMALL}\s*(?:yo|y/o|y\.o\.))(?!\w)",
        # "age 3", "aged 7", "at age 14", "at the age of 88", "ages 19 and 21", "edad: 6"
        rf"(?<![\w-])(?P<age>(?:ages?|aged|at\s+the\s+age\s+of|a\s+la\s+edad\s+de|edad:?)\s+"
        rf"{_AGE_SMALL}(?:\s+(?:and|y|&)\s+{_AGE_SMALL}\b)?)\b{_NOT_AFTER_AGE}",
        # "de 8 años", "tiene 3 años", "cumplió 40 años", "con 4 meses de edad"
        rf"\b(?<!\bdespu[ée]s\s)(?<!\bantes\s)(?<!\bm[áa]s\s)(?<!\bmenos\s)(?<!\bhace\s)"
        rf"(?<!\bdurante\s)(?<!\bluego\s)(?:de|tiene|ten[íi]a|con|a\s+sus|a\s+los|cumpli[óo]|"
        rf"cumple|cumplir[áa]|celebr[óo]|celebra)\s+(?P<age>{_AGE_SMALL}\s+años"
        r"(?!\s+(?:de\s+(?:servicio|experiencia|trabajo|historia|carrera|atenci[óo]n|casad|matrimonio)"
        r"|en\s+(?:el|la|nuestr|este|esta)|trabajando|sirviendo|como))"
        rf"|{_AGE_SMALL}\s+(?:meses|semanas|d[íi]as)(?=\s+de\s+(?:edad|nacid|vida)))\b",
        rf"\b(?P<age>{_AGE_SMALL}\s+(?:años|meses|semanas|d[íi]as)\s+de\s+(?:edad|nacid[oa]))\b",
        # "turns 40", "turned one", "cumplió 7"
        rf"\b(?:turn(?:s|ed|ing)?|will\s+turn|cumpli[óo]|cumple|cumplir[áa])\s+"
        rf"(?P<age>{_AGE_SMALL}(?:st|nd|rd|th|º|°)?)\b{_NOT_AFTER_AGE}"
        r"(?!\s+(?:years?\s+(?:of|in|at|with|as|since|serving|here)|años?\s+(?:de|en|desde|que)|"
        r"(?:weeks?|months?|days?|semanas|meses|d[íi]as)\b(?!\s+old)|years?\s+ago|"
        r"pages?|corners?|heads?|around|over|away|out))",
        # "Leo, 10,", "Brooke W., 19,", "Omar, now 8.", "Aryan Mehta (age 11)", "Hiro (32)"
        r"(?<=[^\W\d_])\.?,\s+(?:now\s+|ahora\s+|de\s+|age\s+|aged\s+)?"
        r"(?P<age>(?P<after>[1-8]?\d)(?:\s+(?:años|years?(?:\s+old)?|yrs?))?)"
        r"(?=\s*(?:[,.;:!)]|$)|\s+(?:and|y|&)\s)",
        r"(?<=[^\W\d_])\s*\(\s*(?:age\s+|aged\s+|edad\s+|de\s+)?"
        r"(?P<age>(?P<after>[1-8]?\d)(?:\s+(?:años|years?(?:\s+old)?|yrs?))?)\s*\)",
        # "Micah is now 2 and", "she's 12.", "is 5 today", "She's now 9 months"
        rf"\b(?:is|was|turns|tiene|ten[íi]a|she['\u2019]s|he['\u2019]s)\s+(?:now\s+|just\s+|already\s+|ya\s+)?"
        rf"(?P<age>{_AGE_SMALL}(?:\s+(?:months?|weeks?|years?|meses|semanas|años)(?!\s+(?:of|de)\b))?)"
        r"(?=\s*(?:[,.;!)]|$)|\s+(?:and|y|today|hoy|now|when|cuando|this\s+week)\b)",
        rf"(?<=[,\s])(?:now|ahora|ya)\s+(?P<age>{_AGE_SMALL}(?:\s+(?:months?|weeks?|years?|meses|"
        r"semanas|años))?)(?=\s*(?:[,.;!)]|$)|\s+(?:and|y)\b)",
        # "Happy 3rd birthday", "their son's first birthday", "primer cumpleaños", "sweet 16"
        rf"\b(?P<age>{_AGE_SMALL}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
        r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fifteenth|sixteenth|eighteenth|"
        r"primer|segundo|tercer|cuarto|quinto|sexto|s[ée]ptimo|octavo|noveno|d[ée]cimo)\s+"
        r"(?:birthday|b-?day|cumpleaños|cumple)\b",
        rf"\b(?:cumpleaños|birthday)\s+(?:n[úu]mero|number|\#)\s*(?P<age>{_AGE_SMALL})\b",
        rf"\bsweet\s+(?P<age>{_AGE_SMALL})\b",
        # "tenía apenas 3 años", "cumplió sus 15 años", "ahora tiene 5 años", "de 8 añitos"
        rf"\b(?:tiene|ten[íi]a|cumpli[óo]\s+sus|cumple\s+sus|a\s+sus)\s+(?:apenas\s+|ya\s+|solo\s+)?"
        rf"(?P<age>{_AGE_SMALL}\s+(?:años|añitos|meses|mesecitos))\b",
        rf"\bde\s+(?P<age>{_AGE_SMALL}\s+añitos)\b",
        # "Gael, de 3 meses,", "Marisol Esquivel, de 2 añitos", "Hoy, a los 4 meses, pesa"
        rf"(?<=[^\W\d_]),\s+de\s+(?P<age>{_AGE_SMALL}\s+(?:años|añitos|meses|semanas|d[íi]as))\b",
        rf"\ba\s+los\s+(?P<age>{_AGE_SMALL}\s+(?:años|añitos|meses))(?=\s*,)",
        # "both 87", "ambos de 80 años"
        r"\b(?:both|ambos|ambas)\s+(?:de\s+)?(?P<age>[1-8]?\d)\b(?=\s*(?:[,.;!)]|años|$))",
        # "diagnosed with Crohn's at 12", "adoptada a los 3"
        r"\b(?:diagnosed|diagnosticad[oa]|adopted|adoptad[oa]|paralyzed|paralizad[oa])\b[^.!?\n]{0,40}?"
        r"\b(?:at|a\s+los)\s+(?P<age>[1-8]?\d)(?=\s*(?:[,.;!)]|$)|\s+(?:years|años)\b)",
    )
)
_YOUNGER_AGE_REASON = "The patient's age: together with the story it helps identify them."
# What an age-like number says of a thing or a group rather than of one person.
_YOUNGER_AGE_THING = re.compile(
    r"(?i)^[\s-]*(?:hospital|building|tradition|institution|organi[sz]ation|company|clinic|"
    r"program|programme|school|church|bridge|campus|facility|unit|wing|center|centre|study|trial|"
    r"partnership|legacy|history|foundation|tree|house|home\b(?!\s)|car|truck|van|machine|"
    r"dogs?|beagles?|labs?|retrievers?|terriers?|pups?|puppy|cats?|kittens?|horses?|pony|pets?|"
    r"perr[oa]s?|perrit[oa]s?|gat[oa]s?|mascotas?|"
    r"nurses?|doctors?|physicians?|surgeons?|volunteers?|staff|employees?|colleagues?|"
    r"coworkers?|team|enfermer[oa]s?|m[ée]dic[oa]s?|voluntari[oa]s?|and\s+(?:up|older|over|under|"
    r"younger)|or\s+(?:older|over|younger|under)|\+|y\s+m[áa]s|o\s+m[áa]s|y\s+menores|"
    r"(?:to|a|-|through|hasta)\s*\d|plus|and\s+above)\b"
)
_YOUNGER_AGE_GROUP = re.compile(
    r"(?i)\b(?:adults|people|patients|seniors|those|individuals|women|men|anyone|everyone|"
    r"persons|children|kids|teens|youth|babies|infants|students|athletes|players|ages|"
    r"personas|adultos|mayores|pacientes|niñ[oa]s|jóvenes|over|under|above|below|than|between|"
    r"from|mayores\s+de|menores\s+de|m[áa]s\s+de|menos\s+de|entre|average|median|promedio|"
    r"every|cada|per)\b[\w\s-]{0,12}$"
)
_YOUNGER_AGE_RANGE = re.compile(r"(?i)^\s*(?:-|\u2013|to|a|through|hasta|or|o)\s*\d")
# A person in a sentence of a post already about a patient: the patient, most likely.
_PERSON_REFERENCE = re.compile(
    rf"(?i)(?<![\w'\u2019])(?:he|she|him|his|her|they|them|their|él|ella|ellos|ellas"
    rf"|(?-i:{_rx(_RELATIVES)}))(?![\w'\u2019])"
)
_VERB_NOT_EVENT = re.compile(r"(?i)\b(?:to|learning|learned|relearning|relearned|could|can)\s+$")
_ANY = re.compile(r"[\s\S]+")
# A verb right after a capitalised relative word makes it a relative, not a title: "Dad
# Abdirahman Warsame has read to his twins" (but "Patient Family Advisory Council").
_VERB_AFTER = re.compile(r"\s+(?:has|had|is|was|and|y|says|said|dice|dijo|est[áa]|ha)\b")
# So do a comma or a request after the name: "Husband Kyaw Zin, cell ...", "Daughter Biola
# requests a call".
_PLAIN_AFTER = re.compile(
    r"\s*[,;:]|\s+(?:requests?|wants?|asks?|called|calls|will|would|can|needs?|"
    r"signed|brought|visits?|visited|stays?|stayed|arrived|at\s+(?:the\s+)?bedside)\b"
)
_CALL_TO_EVENT = re.compile(
    r"(?i)\b(?:join|register|rsvp|sign\s+up|tickets|save\s+the\s+date|mark\s+your\s+calendars?|"
    r"únete|[úu]nanse|reg[íi]strate|inscr[íi]bete|acomp[áa]ñanos)\b"
)
_RECURRING = re.compile(r"(?i)\b(?:every|each|cada|todos\s+los|todas\s+las)\s+(?:single\s+)?$")
# "since the 14th", "desde el 3": a day of the month alone.
_DAY_OF_MONTH = re.compile(
    r"(?i)\b(?:(?:since|on|until|by|desde|hasta)\s+(?:the|el)\s+(?P<day>(?:3[01]|[12]\d|0?[1-9])"
    r"(?:st|nd|rd|th|º)?)|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+the|(?:night|morning|"
    r"evening|afternoon)\s+of\s+the)\s+(?P<ordinal>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)))(?![\w:])"
    # "on the Fourth", "the evening of the twelfth": an ordinal in words ending the phrase
    r"|\b(?:(?:on|since|until)\s+the|(?:night|morning|evening|afternoon)\s+of\s+the)\s+"
    r"(?P<word>(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
    r"thirtieth|thirty-first)(?=\s*(?:[,.;!?)\u2014\u2013]|$))"
    # "el día 5", "el sábado 21", "entró el 15": a day of the month in Spanish
    r"|\b(?:el|ese|aquel)\s+(?P<dia>d[íi]a\s+(?:3[01]|[12]\d|0?[1-9]))(?![\w:/.,-]\d|\w|\s+de\s+\w)"
    r"|\bel\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)\s+"
    r"(?P<weekday>(?:3[01]|[12]\d|0?[1-9]))(?![\w:/.,-]\d|\w|\s+de\s+\w)"
    r"|\b(?i:entr[óo]|lleg[óo]|ingres[óo]|naci[óo]|falleci[óo]|muri[óo]|sali[óo]|se\s+fue)\s+el\s+"
    r"(?P<event>(?:3[01]|[12]\d|0?[1-9]))(?![\w:/.,-]\d|\w|\s+de\s+\w|\s*(?:%|años|a\b))"
    # "del 3 al 19 de abril": the first day of a span, its month given once
    r"|\bdel?\s+(?P<first>(?:3[01]|[12]\d|0?[1-9]))\s+al?\s+(?=(?:3[01]|[12]\d|0?[1-9])\s+de\s+\w)"
)
# A day of the month right after a patient's event, in a post with or without a name:
# "our first harvest baby of the year arrived on the 28th", "born the 9th".
_EVENT_DAY_OF_MONTH = re.compile(
    r"(?i)\b(?:born|delivered|died|passed\s+away|admitted|discharged|naci[óo]|falleci[óo]|"
    r"muri[óo]|ingres[óo]|(?:baby|twins|bab[ie]s?|bebé)\s+(?:[\w-]+\s+){0,6}?arrived)\s+(?:on\s+)?the\s+"
    r"(?P<evday>(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))(?![\w:])"
)
# A day and month with a dot or a dash after a word that gives a date: "we lost him on 2.19",
# "nació el 31-12", "FUM 15-04" (`_Post._find_dates` checks the numbers make a date).
_SHORT_DATE_AFTER_CUE = re.compile(
    r"(?i)\b(?:on|el|del|desde|since|fum|fn|adm|admitted|ingres[óo]|ingreso|dob|fecha)\.?:?\s+"
    r"(?:the\s+)?(?P<short>\d{1,2}[.-]\d{1,2})(?![\d/-]|[.,]\d|\s*(?:%|kg|lbs?|mg|ml|cm|mm|g\b|pounds|"
    r"kilos|miles|km|hours?|hrs?|min|puntos|points|a\.?m\b|p\.?m\b|oz|onzas|libras|l\b|liters?|"
    r"litres?|litros?|units?|unidades))"
)
# A month and day with a dot after a birth: "born 2.14", "welcomed Ayantu on 11.02 at 4:41"
_DOTTED_BIRTH_DAY = re.compile(
    r"(?i)\b(?:born|arrived|nació|nacid[oa]|nacieron|llegó)\s+(?:on\s+|el\s+)?"
    # month first, or day first as most of the world writes it: "born 13.07"
    r"(?P<day>(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])|(?:3[01]|[12]\d)\.(?:1[0-2]|0[1-9]))"
    r"(?![\d.,%]|\s*(?:kg|lbs?|pounds|kilos))"
    r"|\bon\s+(?P<day2>(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9]))(?=\s+at\s+\d)"
)
# A patient's event in the sentence of a named day: "born at 30 weeks on St. Patrick's Day"
_LIFE_EVENT = re.compile(
    r"(?i)\b(?:born|arrived|nació|nacid[oa]|nacieron|llegó|passed|died|falleció|murió|partió|"
    r"discharged|admitted|diagnosed|went\s+home|turned|cumplió|dad[oa]\s+de\s+alta|baptized|"
    r"bautizad[oa]|married|se\s+casaron|"
    r"sali[óo]\s+del\s+hospital|ingres[óo])\b"
)
_NAMED_DAY_REASON = "The day of a patient's event, given by its holiday."
_DAY_OF_MONTH_REASON = "A day of the month in a post about a patient: the day of their event."
# Before a capitalised age word that is part of a place's name: "Otay Centenario", "Parque
# Centenario", "Col. Centenario".
_PLACE_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b(?:Col\.|[A-Z][a-z]+)\s+$")
# Between a name and its age: "Ruth, 92", "doña Chelo, de 91 años", "Walt (94)".
_AGE_AFTER_NAME = re.compile(r"(?i)\s*[,(]\s*(?:de\s+|age\s+|aged\s+|edad\s+)?")
# A number alone in brackets after a word, in a list of people: "Krystyna K. (91)", "(91!!)"
_AGE_IN_BRACKETS_BEFORE = re.compile(r"[^\W\d_.]\.?\s?\($")
_AGE_IN_BRACKETS_AFTER = re.compile(r"\s*!*\)|,\s*(?-i:[A-Z])")
# Between a cue and the date it governs: "born on", "died on the morning of", "nació el".
_DATE_LINK = re.compile(
    r"(?i)[\s,]*(?:(?:on|in|at|the|of|early|late|this|last|morning|evening|night|afternoon|"
    r"day|el|la|de|del|en|d[íi]a|mañana|madrugada|noche|tarde|pasado)[\s,]+)*"
)
# A number of people as the subject: "12 babies were born", "300 patients were discharged".
_GROUP_SUBJECT = re.compile(
    r"(?i)\b(?:\d[\d,]*|dozens|hundreds|thousands|several|many|two|three|four|five|six|seven|"
    r"eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|docenas|cientos|miles|"
    r"varios|varias|muchos|muchas)\s+(?:\w+\s+)?(?:babies|patients|people|children|kids|moms|"
    r"mothers|families|veterans|seniors|adults|bebés|pacientes|personas|niños|niñas|madres|familias)"
    r"\s+(?:were|are|have|had|was|fueron|han|nacieron|llegaron)\b"
)
# A saint's or the Virgin's day: "día de San Isidro Labrador", "Día de la Inmaculada".
_SAINTS_DAY = re.compile(
    r"\b(?i:d[íi]a)\s+del?\s+(?:(?i:la|las|los|el|nuestra\s+señora\s+de(?:\s+la)?)\s+)?"
    r"(?:San|Santa|Santo|Santiago|Virgen|Inmaculada|Candelaria|Sagrado|Asunci[óo]n|Guadalupe)\b"
    r"(?:\s+(?:(?:de|del|de\s+la|de\s+los|y)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*"
)
# A feast or a saint's day in English or Portuguese: "the Feast of the Transfiguration",
# "Feast of Our Lady of Fátima", "St. George's Day", "santo antónio's day".
_FEAST_DAY = re.compile(
    r"\bFeast\s+of\s+(?:the\s+|St\.?\s+|Saint\s+|Our\s+Lady\s+of\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ.]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)*"
    r"|\b(?i:(?:st\.?|saint|san|santo|santa|s[ãa]o)\s+[a-zà-ÿ]+['\u2019]s\s+day)\b"
)
# Between a patient's date and a holiday that names the same day: "12 de diciembre, Día
# de la Virgen", "on 6/21 (the first day of summer)".
_SAME_DAY_MARK = r"\s*(?:,|\(|\u2014|\u2013| - )\s*"
_SAME_DAY_LINK = re.compile(_SAME_DAY_MARK + r"[¡¿]?(?:el\s+|the\s+|on\s+)?")
# Between a holiday and the patient's date it names: "born on São João, June 24", "on the
# Feast of St. John — June 24", "ON SAN INAZIO DAY, JULY 31".
_SAME_DAY_BEFORE = re.compile(_SAME_DAY_MARK)
# A wish opening a sentence or a line: "Happy Valentine's Day from 4 West!", "Boa Páscoa".
_HOLIDAY_GREETING = re.compile(
    r"(?i)(?:^|[.!?\n]\s*|[^\w\s,;:'\u2019-]\s*)[¡¿]?(?:happy|merry|blessed|feliz|felices|boa|bom|boas|"
    r"joyeux|joyeuse|sretan|sretni)\s+$"
)
# A child named by the holiday of its birth: "a Portugal Day baby", "Gemelos de Amor y Amistad".
_DAY_BABY = re.compile(r"(?i)\s+(?:babies|baby|twins|bab(?:y|ies)\s+(?:boy|girl)|bebés?)\b")
_BABY_OF_DAY = re.compile(r"(?i)\b(?:beb[ée]s?|gemel[oa]s|mellizos?|mellizas?)\s+de\s+$")
_SAME_DAY_REASON = "The day of a patient's event, named again by its holiday."
_HOLIDAY_BABY_TAG = re.compile(
    r"(?i)#(?:(?P<day>\w+?)(?:babies|baby|bebes|bebe|beb\u00e9s?|twins)"
    r"|(?:beb\u00e9s?|bebes?)de(?P<day2>\w+))(?!\w)"
)
_HOLIDAY_TAG_REASON = "The day of a patient's birth, given by the holiday in a hashtag ('{}')."
# A day of the Hebrew calendar: "5 Tishrei", "the 17th of Tammuz", "2 de Nisán", "in Elul"
# (considered like a month's date, `_Post._find_dates`).
_HEBREW_MONTHS = (
    r"(?:tishrei|tishri|cheshvan|marcheshvan|heshvan|kislev|teves|tevet|shevat|shvat|"
    r"adar(?:\s+(?:ii?|alef|bet|beis|sheni))?|nisan|nis\u00e1n|iyar|iyyar|sivan|tammuz|tamuz|"
    r"menachem\s+av|elul)"
)
# A day and a month in Roman numerals, as Spanish and Central European charts write them:
# "10/IX", "5/V", "29-II-1964", "21.VI.24".
_ROMAN_MONTH_DATE = re.compile(
    r"(?<![\w/.-])(?:3[01]|[12]\d|0?[1-9])(?P<sep>[/.\u00b7-])(?:XI{0,2}|IX|IV|VI{0,3}|I{1,3})"
    r"(?:(?P=sep)(?:19|20)?\d{2})?(?![\w/-])"
)
_HEBREW_DATE = re.compile(
    rf"(?i)\b(?:(?:the\s+)?{_DAY}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?{_HEBREW_MONTHS}"
    rf"|{_HEBREW_MONTHS}(?:\s+{_DAY}(?:st|nd|rd|th)?)?)(?:,?\s+57\d\d)?\b"
)
# An age over 89 given bare, looked for only in a post already about a patient:
# "102 and still", "¡101 años!", "is 94", "at 98 she", "Cien años de vida".
_NOT_AN_AGE_AFTER = (
    r"(?!\s*(?:%|percent|por\s+ciento|degrees|grados|°|mph|miles?|lbs?|pounds?|kg|minutes?|mins?|"
    r"[ap]\.?\s?m\b|o['\u2019]clock|:|\.\d|,\d|-|/|\+|years?\s+(?:of|in|at|with|as|since|serving|ago)"
    r"|or\s+older|and\s+(?:up|older|over)))"
)
_BARE_OLDER_AGES = (
    re.compile(
        r"(?<![\w.,/$#-])(?P<n>\d{2,3})(?=\s+(?:and\s+(?:still|counting|going|thriving|she|he)\b"
        r"|y\s+(?:sigue|contando)\b|años\b(?!\s+de\s+(?:servicio|experiencia|trabajo|historia|"
        r"carrera|atenci[óo]n|vida\s+institucional|fundaci[óo]n|existencia))))",
        _I,
    ),
    re.compile(
        r"\b(?:is|was|at|tiene|ten[íi]a|a\s+los)\s+(?P<n>\d{2,3})\b" + _NOT_AN_AGE_AFTER, _I
    ),
    # "103 winters!", "sus 97 primaveras", "99 abriles", "104 candles?", "100 years, 3 wars",
    # "a man who's seen 101 Kentucky winters"
    re.compile(
        r"(?<![\w.,/$#-])(?P<n>\d{2,3})\s+(?:(?-i:[A-Z][a-z]+)\s+(?=winters|summers))?"
        r"(?:winters|summers|inviernos|primaveras|abriles|añitos|candles|velitas|"
        r"years(?=\s*[,!]))(?![\w-])",
        _I,
    ),
    # a chart's age and sex: "(92 F)", "ISON, A. (92 F)"
    re.compile(r"\(\s*(?P<n>\d{2,3})\s?(?-i:[MF])\s*\)"),
    # "turned 100 on the 4th of July", "I'm 90 and", "¡Que cumpla los 100!", "pa' los 100"
    re.compile(
        r"\b(?:turned|turns|turning|cumpli[óo]|cumple|cumpla|I['\u2019]m|I\s+am|she['\u2019]s|"
        r"he['\u2019]s|(?:pa['\u2019]?|para)\s+los)\s+['\u2018\u201c\"]?(?P<n>\d{2,3})\b"
        + _NOT_AN_AGE_AFTER,
        _I,
    ),
    # after a name, a record number or a room, with more of the record or story after it:
    # "Sra. Jovita Prado, 95 \u2013 Exp. ...", "(MRN 00574221), 91, broke her hip", "Boyce, 92;"
    re.compile(
        r"(?:(?<=[^\W\d_])|(?<=\))"
        r"|\b(?i:room|rm|bed|cama|cuarto|hab)\.?\s*\d{1,4}(?:-?[A-Za-z])?)"
        r",\s+(?P<n>\d{2,3})(?=\s*(?:[;\u2013\u2014]|\s-\s|,\s*(?-i:[a-z\u00e0-\u00ff])))"
    ),
    # between dashes after a name on a bed board: "LUGO, Fermina - 93 - neumonía"
    re.compile(r"(?<=[^\W\d_])\s+[-\u2013\u2014]\s+(?P<n>\d{2,3})(?=\s+[-\u2013\u2014]\s)"),
    # a chart's age with the patient's sex or "a." (años): "OKAFOR, JOY 94F", "Pruett, 91M,",
    # "Rosa Amalia, 93a,", "(Exp. 00751204), 93 a., cuarto 212" (never a fever: "temp 101F")
    re.compile(
        r"(?<![\w.,/$#\u00b0-])(?<!\b(?i:temp|high|peak)\s)(?<!\b(?i:fever)\s)(?<!\b(?i:fiebre)\s)"
        r"(?<!\b(?i:of|to|at|de|is)\s)(?<!\b(?i:hit|was)\s)"
        r"(?P<n>\d{2,3})\s?(?:(?-i:[MF])(?![\w\u00b0]|\s+(?i:dash|relay|run|race|sprint|hurdles))|a(?:\.|(?=\s*[,;|\u2013\u2014]|\s+-\s)))"
    ),
    # "came to us three times in his 96 years", "all of her 101 years"
    re.compile(
        r"\b(?:his|her|sus)\s+(?P<n>\d{2,3})\s+(?:years|a[ñn]os)\b"
        r"(?!\s+(?:of|in|at|with|as|on|serving|de\s+(?:servicio|trabajo)))",
        _I,
    ),
    # a chart line in capitals, the sex then the age: "HOCHSTETLER, MIRIAM F 91 hip fx"
    re.compile(r"(?<=[A-Z]{2})\s(?:[A-Z]\s)?[MF]\s(?P<n>\d{2,3})\b(?!\s*(?:%|°|mg|kg|lbs?)\b)"),
    # "97 looks good on you", "welcome to the 100 club"
    re.compile(
        r"(?<![\w.,/$#-])(?P<n>\d{2,3})\s+(?:looks|suits)\s+(?:good|great|amazing|beautiful)\s+on\b",
        _I,
    ),
    re.compile(r"\bto\s+the\s+(?P<n>\d{3})\s+club\b", _I),
    # "a proud nonagenarian (93!)"
    re.compile(
        r"\b(?:nonagenarian|centenarian|nonagenari[oa]|centenari[oa])\s*\(\s*(?P<n>\d{2,3})\s*!?\s*\)",
        _I,
    ),
)
# "hit the big 9-0", "turns 9-0", "the big one-oh-oh": a birthday over 89 said as it is spoken
_BIG_BIRTHDAY = re.compile(
    r"(?i)\b(?:big|turns|turned|turning|hits|hit)\s+"
    r"(?P<word>9-\d|1-0-\d|one-oh-(?:oh|one|two|three|four|five|six|seven|eight|nine))\b"
)
# A birthday over 89 said as an ordinal: "Lucia's ninety-ninth!", "su centésimo cumpleaños"
_OLDER_ORDINAL = re.compile(
    r"(?i)\b(?P<word>ninetieth|nonag[ée]sim[oa]"
    r"|ninety-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|(?:one\s+)?hundredth|(?:one\s+)?hundred\s+(?:and\s+)?(?:first|second|third|fourth|fifth)"
    r"|centésim[oa])(?=\s*(?:birthday|b-?day|cumpleaños|!))"
)
# Right after a patient's name (and a nickname in quotes), an age with the rest of a list or
# a record after it: "(Hortensia Lugo, 95)", "Saintil, Yolette 99 - Cama 4".
_AGE_RIGHT_AFTER_NAME = re.compile(
    # "PAVLENKO, M. (94)": the initial's dot before the age
    r"(?:\s+['\u2018\u201c\"][^'\u2019\u201d\"\n]{1,20}['\u2019\u201d\"])?\.?(?:,\s*|\s*\(\s*|\s+)"
    r"(?P<n>\d{2,3})(?=\s*(?:!+\)?|[\u2013\u2014;,)|]|\s-\s|$|(?:y/?o|yo|[FM])\b"
    r"|(?i:today|hoy)\b))"
)
_AGE_TAG = re.compile(
    r"(?i)#(?:turn(?:ing|ed|s)?|feliz|happy)?(?P<n>\d{2,3})(?:th)?(?=(?:years?|yrs|anos|años|"
    r"birthday|bday|cumple|young|and[a-z]{3}|y[a-z]{3})[a-z]*\b)[\w]+"
)
# "#NinetyNineAndFine", "#OneHundredYearsYoung"
_AGE_WORD_TAG = re.compile(
    r"(?i)#(?P<word>ninety(?:one|two|three|four|five|six|seven|eight|nine)?|(?:one)?hundred)"
    r"(?=and|years?|young|strong|fine|fabulous|blessed)[a-z]*\b"
)
_BARE_OLDER_AGE_WORDS = re.compile(
    r"\b(?P<word>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|cien|"
    r"noventa(?:\s+y\s+\w+)?)(?=\s+(?:and\s+still|años)\b)",
    _I,
)
# Spelled out, in a post already about a patient: "to be one hundred and five", "at
# ninety-one", "One hundred years!", "¡NOVENTA Y NUEVE!", "Cien velitas", "Ciento un añitos".
_OLDER_AGE_SPELLED = (
    rf"(?P<word>ninety(?:[- ]{_UNITS_EN})?|noventa(?:(?:[- ]|\s+y\s+){_UNITS_ES})?"
    rf"|(?:(?:one|a)\s+)?hundred(?:(?:\s+and\s+|[- ]){_UNITS_EN})?|cien|ciento\s+{_UNITS_ES})"
)
_WORD_AGE_RIGHT_AFTER_NAME = re.compile(
    rf",\s*{_OLDER_AGE_SPELLED}(?=\s*[,;)]|\s+(?:who|que|years|años)\b)", _I
)
_SPELLED_OLDER_AGES = (
    re.compile(
        rf"\b(?:at|be|turned|turns|turning|cumple|cumpli[óo]|los)\s+{_OLDER_AGE_SPELLED}\b"
        r"(?!\s*(?:%|percent|por\s+ciento|degrees|grados|miles|millas|mph|km|minutes|feet|pies|"
        r"pounds|lbs|kg|days|d[íi]as|weeks|semanas|people|personas|patients|pacientes)\b)",
        _I,
    ),
    re.compile(
        rf"\b{_OLDER_AGE_SPELLED}(?=['\u2019\"]?\s*(?:years|años|añitos|candles|velitas|velas|"
        r"winters|inviernos|primaveras|abriles)\b(?!\s+(?:of|in|at|ago|since|de|en|como|"
        r"with\s+(?:us|our|the))\b)|\s*[!?]|\s+(?:today|hoy)\b)",
        _I,
    ),
)
# Right before a name, a title from outside the hospital, maybe with a word or two in
# lower case between: "Officer", "firefighter/paramedic", "Staff Sgt. (Ret.)", "la
# maestra"; never a title further back ("Officer Jones and nurse Kelly Marsh").
_LAY_TITLE_BEFORE = re.compile(
    r"(?i)\b(?P<title>coach|entrenador[a]?|pastor[a]?|rev|reverend|reverendo|officer|oficial|deputy|"
    r"trooper|sgt|sergeant|sargento|capt|captain|capit[aá]n|lt|lieutenant|teniente|cpl|corporal|"
    r"chief|jef[ea]|principal|sister|hermana|engineer|firefighter|bomber[oa]|paramedic|"
    r"param[eé]dic[oa]|emt|teacher|maestr[oa]|profe|profesor[a]?|veteran|resident|residente|retired|"
    r"ret)\b\.?(?-i:[\s/()a-z.-]){0,20}$"  # only lower-case words between: "firefighter/paramedic"
)
_LAY_TITLE_REASON = (
    "A name after a title from outside the hospital ('{}') in a post about a patient: "
    "it may be the patient's."
)
_STAFF_PATIENT_REASON = (
    "Named with a role at the hospital, but the post reads as if this person is the patient "
    "or a patient's relative (learned from examples)."
)
_DOCTOR_BEFORE = re.compile(r"(?i)\b(?:dr|dra|doctor|doctora)\.?\s+$")
_OTHER_NAME_REASON = (
    "Looks like a person's name in a post about a patient: it may be the patient's or a "
    "relative's (learned from examples)."
)
# A family named by its surname: "the Okafor house", "the Mercer girls"; "the Nguyens".
_FAMILY_NOUN = re.compile(
    r"\b(?i:the\s+(?:whole\s+)?)(?P<surname>[A-Z][a-z]*(?:['\u2019][A-Z][a-z]+)?(?:-[A-Z][a-z]+)?"
    # a double surname in lower case: "the faleolo-ioane family"
    r"|[a-z]+(?:['\u2019][a-z]+)?-[a-z]+)\s+"
    r"(?i:family|fam|house|household|clan|crew|grandkids|kids|girls|boys|babies|baby|twins|"
    r"triplets|aiga|ohana|\u02bbohana|whanau|wh\u0101nau)\b(?!\s+(?i:foundation|fund|center|centre|room|pavilion|wing|house|scholarship|"
    r"award|trust|garden|endowment|lounge|suite|tower|building|hall|library|chair))"
)
_FAMILY_PLURAL = re.compile(r"\b(?i:the)\s+(?P<surname>[A-Z][a-z]+?)(?:e?s)\b(?!['\u2019])")
# Families named together: "the Grier, Tolbert and Hightower families"
_FAMILY_LIST = re.compile(
    r"\b(?:(?i:the)\s+(?P<names>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)+)\s+(?i:families)\b)"
)
_FAMILY_REASON = "A family named by its surname ('{}') in a post about a patient."
# A first name spoken to at the start or end of a clause: "¡Ánimo, Lupe!", "Deshawn, your".
_ADDRESSED_NAME = re.compile(
    r"(?:,\s+|¡\s*|^|[.!?]\s+)(?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?=\s*[!?.]|\s*,\s+(?i:your?|we|te|tu)\b)"
)
# Names spoken to together: "Chidi, Ngozi and Emeka — you made our night"
_ADDRESSED_LIST = re.compile(
    r"(?P<names>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s*,\s*[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)*\s*,?\s+(?:and|&|y)\s+"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s*[\u2014\u2013:,-]\s*(?i:you|your|thank\s+you|thanks|gracias|ustedes)\b"
)
# The signature that closes a note: "— Cassidy", "Love, Erin & Josh", "Con cariño, Lety".
_SIGNATURE = re.compile(
    r"(?:^|(?<=[\n.!?\"\u201d'\u2019)]))\s*(?:[\u2014\u2013~-]+|(?i:love|with\s+love|con\s+cari[ñn]o|"
    r"gracias|thank\s+you|sincerely|atentamente|xoxo),)\s*"
    r"(?P<names>[A-ZÁÉÍÓÚÑ][\w'\u2019-]+(?:\s*(?:,|&|\band\b|\by\b)?\s*[A-ZÁÉÍÓÚÑ][\w'\u2019-]+){0,5})"
    r"(?=\s*(?:[^\w\s]|$))",
    re.MULTILINE,
)
_SIGNATURE_REASON = "A name signing a note ('{}') in a post about a patient."
_NICKNAME_QUOTES_HINT = re.compile(r"[\"'\u2018\u201c\u00ab]")
_NAME_WITH_NICKNAME = re.compile(
    r"\b(?P<first>[A-ZÁÉÍÓÚÑ][a-zà-ÿ'\u2019-]+|[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ'-]+)"
    r"(?:\s+[A-ZÁÉÍÓÚÑ][\w'\u2019-]+)?\s+"
    r"[\"'\u2018\u201c\u00ab][^\"'\u2019\u201d\u00bb\n]{1,25}[\"'\u2019\u201d\u00bb]\s+"
    r"(?P<last>[A-ZÁÉÍÓÚÑ][\w'\u2019-]+)(?:\s+(?:Jr\.?|Sr\.?|III|II)(?!\w))?"
)
# The hospital's own people right before a name: "el enfermero Reinaldo 'Rey' Casanova",
# "Dr. Walter 'Walt' Kessling" (a public role does not count: "El cantante ...")
_CARE_STAFF_BEFORE = re.compile(
    r"(?i)\b(?:dr|dra|doctor|doctora|nurse|enfermer[oa]|rn|np|chaplain|capell[aá]n|therapist|"
    r"tech|technician|medic|paramedic|compa[ñn]er[oa]|colleague|co-?worker|volunteer|"
    r"voluntari[oa]|our\s+own)\.?,?\s+(?:[\w-]+\s+){0,2}$"
)
_NAME_WITH_NICKNAME_REASON = "A name with a nickname ('{}') in a post about a patient."
_NICKNAME_IN_BRACKETS = re.compile(r"\s*\(\s*(?P<name>[A-Z][a-z'\u2019]{1,14})\s*\)")
_NICKNAME_IN_BRACKETS_REASON = "A nickname ('{}') given with a name, in a post about a patient."
# Who writes in, is to be called, or signs a pasted message about a patient.
_PEOPLE_IN_A_MESSAGE = (
    (
        re.compile(r"(?m)(?:^|\]\s*)(?P<name>[A-Z][a-z]{1,14}):[ \t]"),
        "The name of someone writing in a pasted message ('{}'), in a post about a patient.",
    ),
    (
        re.compile(
            r"\b(?i:call|text|reach)\s+(?P<name>[A-Z][a-z]{1,14}(?:\s+[A-Z][a-z]{1,14})?)"
            r"\s+(?i:at|on)\s+[(+\d]"
        ),
        "The name of someone to call about a patient ('{}').",
    ),
    (
        re.compile(r"[.!]\s+(?P<name>[A-Z][a-z]{1,12})\s*[.!]?\s*['\u2019\u201d\"]?\s*$"),
        _SIGNATURE_REASON,
    ),
)
_ADDRESSED_REASON = "A name the post speaks to ('{}'), in a post about a patient."
# Between two names written in lower case and named together: "amina and yusuf", "kash +
# ryder", "ana sofía"
_PAIRED_WITH = re.compile(r"\s*(?:,|and|y|&|\+)\s*|\s+")
_PAIRED_REASON = "Looks like a name written in lower case, named together with '{}'."
# An HL7 message's patient segment: "PID|||66310427^^^GLHH||BAZZI^HASSAN^M||19560419|M"
# (the patient's name in field 5, the birth date in field 7).
_HL7_PATIENT = re.compile(
    r"\bPID(?:\|[^|\n]*){4}\|(?P<name>[^\W\d_][\w'-]*(?:\^[\w'-]*)+)"
    r"(?:\|[^|\n]*\|(?P<dob>(?:19|20)\d{6}))?"
)
_NAMED_TAG_REASON = "A hashtag with the name of this post's patient or relative ('{}')."
_AGAIN_REASON = "Names '{}' again: this post names this person as a patient or a relative."
# Titles of people who do not work in the hospital: a coach or a pastor can be a patient.
_LAY_TITLES = re.compile(
    r"(?i)(?:coach|entrenador[a]?|pastor[a]?|rev|reverend|reverendo|rabbi|imam|officer|oficial|sgt|"
    r"sergeant|capt|captain|cap['\u2019]n|lt|lieutenant|chief|judge|juez|jueza|mayor|alcalde|alcaldesa|senator|"
    r"senador[a]?|sen|rep|governor|gobernador[a]?|gov|councilmember|councilman|councilwoman|"
    r"commissioner|superintendent|principal|dean|firefighter|deputy|trooper|bombero|sheriff)\.?$"
)
# An aside in brackets right after a name: "Bubba (his real name is Robert)".
# Cues that introduce where a patient lives or comes from.
_HOMETOWN = re.compile(
    r"\b(?i:hometown\s+of|home\s+town\s+of|hometown,|native\s+of|lives\s+(?:alone\s+)?in|living\s+in|"
    r"resident\s+of|hails\s+from|grew\s+up\s+in|vive\s+en|originari[oa]\s+de|oriund[oa]\s+de|"
    r"su\s+pueblo,?|de\s+su\s+pueblo\s+de)\s+"
    r"(?P<place>[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,2})"
)
_PLACE = r"(?P<place>(?-i:[A-Z][a-zà-ÿ'\u2019.-]+(?:\s+(?:[A-Z][a-zà-ÿ'\u2019.-]+|de|del)){0,2}))"
_ONE_PERSON = (
    r"(?:(?:\d+-(?:year|month|week|day)-old|young|little|local|elderly|brave|teenage|sweet)\s+)*"
    r"(?:man|woman|teen|teenager|boy|girl|baby(?:\s+(?:boy|girl))?|toddler|child|kid|infant|newborn|"
    r"family|couple|twins|triplets|grandmother|grandfather|grandma|grandpa|veteran|firefighter|"
    r"student|mom|dad|mother|father|patient|resident|native|\d+-(?:year|month|week|day)-old|"
    r"snowbird|(?:seasonal\s+|farm\s*)?worker|son|daughter|grandson|granddaughter|trabajador[a]?|"
    r"niñ[oa]|beb[ée]|familia|joven|señor|señora|abuel[oa]|paciente)"
)
# "a baby boy from Fridley", "the 8-year-old from Elk River", "el niño desde Willmar"
_PLACE_OF_PERSON = re.compile(
    rf"(?i)\b(?:the|a|an|our|this|that|la|el|una?|nuestr[oa])\s+{_ONE_PERSON}\s+"
    r"(?:(?:who\s+)?(?:drove|flew|came|traveled|travelled|moved|was\s+airlifted|was\s+flown|"
    r"was\s+transferred)\s+(?:(?:up|down|in|over|here|all\s+the\s+way)\s+)?)?"
    rf"(?P<prep>from|of|in|desde)\s+{_PLACE}"
)
_PLACE_WORDS = {
    "grove", "rapids", "river", "lake", "lakes", "park", "heights", "hills", "springs", "falls",
    "valley", "creek", "city", "beach", "bay", "point", "prairie", "ridge", "woods", "plains",
    "harbor", "island", "crossing", "village", "township", "junction", "mills", "lodge",
}  # fmt: skip
# "the Coon Rapids toddler", "a Blaine teen", "the Anoka family"
_PERSON_OF_PLACE = re.compile(
    rf"(?i)\b(?:the|a|an)\s+{_PLACE}\s+(?:(?:\d+-year-old|young|little|teenage)\s+)?"
    r"(?:man|woman|teen|teenager|boy|girl|toddler|child|kid|infant|newborn|family|couple|twins|"
    r"grandmother|grandfather|veteran|firefighter|student|mom|dad|mother|father|baby|resident|native)\b"
)
# After a patient's name: "Eli Thompson (6) from Coon Rapids", "Rocío, de Guadalajara,".
_FROM_PLACE = re.compile(
    rf"\s*(?:\(\s*\d{{1,3}}\s*\)\s*)?(?:,?\s*(?:(?:and|y)\s+[A-Z]\w+\s+)?(?i:from|of|desde)|,\s*de)"
    rf"\s+{_PLACE}"
)
_PLACE_TAIL = {
    "high", "school", "elementary", "middle", "church", "hospital", "academy", "college",
    "university", "clinic", "center",
}  # fmt: skip
# After a nickname opening a sentence: "Peanut update:", "Tank is home", "Bear's cast".
_NICKNAME_AFTER = re.compile(r"(?i)\s*(?:update|is\b|was\b|has\b|'s\b|\u2019s\b|[:!,])")
# An account that is a person's: a pronoun soon after it ("@x as she finishes", "@x for
# organizing ... for your dad").
_PERSON_AFTER_HANDLE = re.compile(
    r"(?i)[^.!?\n@]{0,60}?\b(?:she|he|her|his|hers|your|you're|ella|él|su)\b"
)
# An organisation's account: a team, station, paper, school, club or agency.
_ORG_HANDLE = re.compile(
    r"(?i)(?:news|radio|tv|fm|am\d|fire|police|pd|fd$|sheriff|ems|rescue|dept|county|city|school|isd|"
    r"college|univ|team|club|league|foundation|fund|org|official|hq|health|hospital|clinic|"
    r"church|rotary|lions|library|bank|inc|co$|media|times|post|herald|gazette)"
)
# Accounts of a family: "@thebeckerfamily", "@familia_ruiz", "@team_ava", "@baby_gia_grows".
_FAMILY_HANDLE = re.compile(
    r"(?i)famil(?:y|ia)|fam\b|fam_|_fam|journey|strong|warrior|baby[_.]|[_.]baby|beb[ée][_.]|princes|lucha"
)
# "Follow his journey at @...": the account of a patient or family.
_FOLLOW_PATIENT = re.compile(
    r"(?i)\b(?:follow|sigue|siga)\b[^.!?\n]{0,30}\b(?:his|her|their|su|sus)\s+(?:journey|story|"
    r"updates?|progress|recovery|fight|family|page|historia|recuperaci[óo]n|familia)"
)
_SPOTLIGHT_HINT = re.compile(
    r"(?i)spotlight|appreciation|of\s+the\s+(?:month|year|week|quarter)|del\s+(?:mes|año)|destacad"
)
_SPANISH_WORDS = re.compile(
    r"(?i)\b(?:el|la|los|las|de|del|que|y|en|por|para|con|su|sus|es|está|hoy)\b"
)
_ENGLISH_WORDS = re.compile(r"(?i)\b(?:the|and|of|to|in|is|for|with|her|his|on|at|our|was|today)\b")
# Spanish words that are English names: "Ella salió hoy", "que sean felices"; "Sean and
# Bridget Doyle" in English.
_SPANISH_PRONOUNS = {"ella", "sean"}
_THANKS_HINT = re.compile(r"(?i)thank|gracias|agradec")
# A thank-you for something a patient or family brought, wrote or shared.
_FAMILY_THANKS = re.compile(
    r"(?i)\b(?:thank\s+you|thanks|thank\s+u|gracias|agradecemos|agradecimiento)\b[^.!?\n]{0,60}?"
    r"\b(?:for|por)\s+(?:the|your|his|her|their|all\s+the|these|those|such|this|that|that|el|la|los|las|"
    r"sus?|tus?|compartir|sharing|bringing|letting|making|writing|sending|coming|stopping|visiting)\b"
    r"[^.!?\n]{0,40}?\b(?:cookies|treats|pizza|donuts|doughnuts|cupcakes|cake|snacks|lunch|dinner|"
    r"breakfast|coffee|cards?|letters?|notes?|quilts?|blankets?|flowers|balloons|basket|candy|"
    r"chocolates|tamales|food|meals?|drawings?|pictures?|artwork|words|review|story|journey|"
    r"visit|by|back|galletas|pastel|tarjetas?|cartas?|flores|comida|dulces|visita|historia|"
    r"palabras|regalo)\b"
)
# A child playing a part: "our little astronaut", "future nurse", "aspiring chef".
_CHILD_ROLE = re.compile(
    r"(?i)\b(?:little|lil|tiny|future|aspiring|junior|brave|young|baby|honorary|pequeñ[oa]|futur[oa])\s+$"
)
# Greetings that take "to", "of" or "for" before a name: "thank you to", "proud of".
_PERSON_GREETING = re.compile(
    r"(?i)\b(?:thank\s+you|thanks|thank\s+you\s+so\s+much|big\s+thanks|congrats|congratulations|"
    r"happy\s+\w+|happy\s+birthday|proud|so\s+proud|love|hugs|prayers|sending\s+love|a\s+visit|"
    r"visit|cheers|kudos|hats\s+off|shout\s*out|gracias|felicidades)\s+(?:\w+\s+)?(?:to|of|for|from|a|para|de)\s+$"
)
# ", our former NICU baby,": an appositive that makes the name a patient's.
_PATIENT_APPOSITIVE = re.compile(
    r"(?i)^\s*,\s*(?:our|a|the|nuestr[oa]|la|el|un|una)\s+(?:[\w-]+\s+){0,3}?(?:patient|baby|preemie|"
    r"warrior|grad|graduate|fighter|friend|miracle|survivor|champ|hero|paciente|bebé|guerrer[oa]|amig[oa])\b"
)
_ASIDE = re.compile(r"^\s*\([^()]{0,80}\)")
_APPOSITIVE = re.compile(r"^\s*,[^,.!?;:()\n]{2,40},")
_QUOTES = "\"'\u2018\u2019\u201c\u201d"

_ABBREVIATIONS = {
    "dr", "dra", "drs", "mr", "mrs", "ms", "mx", "st", "sr", "sra", "srta", "jr", "no", "vs",
    "etc", "inc", "dept", "mt", "ft", "av", "avda", "prof", "rev", "fr", "lt", "sgt", "capt",
    "gen", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "approx", "est", "ext", "tel", "núm", "nº", "ste", "apt",
}  # fmt: skip


def _is_clergy(relative: re.Match[str], left: str) -> bool:
    """ "Father Miguel", "el padre Miguel", "Sister Mary": clergy, not relatives."""
    cue = relative["cue"]
    if _fold(cue) not in {"father", "padre", "sister", "brother", "madre", "hermana", "hermano"}:
        return False
    before = left[: relative.start()]
    if re.search(r"(?i)\b(?:his|her|their|my|your|our|su|sus|mi|tu|de)\s+$|['\u2019]s\s+$", before):
        return False
    if re.match(r"(?i)\s+(?:de|of)\b", relative.group()[relative.end("cue") - relative.start() :]):
        return False  # "la hermana de Yesenya": her sister, not Sister Yesenya
    return cue[0].isupper() or bool(re.search(r"(?i)\b(?:el|la)\s+$", before))


def _diminutive_of_name(folded: str, names: frozenset[str]) -> bool:
    """A Spanish diminutive of a first name: "dieguito" (Diego), "panchito" (Pancho)."""
    for suffix in ("cito", "cita", "ito", "ita", "illo", "illa"):
        if folded.endswith(suffix) and len(folded) > len(suffix) + 2:
            stem = folded[: -len(suffix)]
            stems = {stem, stem + "o", stem + "a", stem + "e"}
            if stem.endswith("gu"):
                stems |= {stem[:-1] + "o", stem[:-1] + "a"}  # dieguito -> diego
            if stem.endswith("qu"):
                stems |= {stem[:-2] + "co", stem[:-2] + "ca"}  # paquito -> paco
            return any(s in names for s in stems)
    return False


# Words the first-name lists hold that begin no name in lower case: "una huerta", "hope
# ahmed is resting", "ella le dijo".
_LOWER_NAME_THEN = re.compile(
    r"[ \t]*,[ \t]*\d{1,3}[ \t]*,|[ \t]+(?:is|was|has|had|came|went|walked|left|rang|got|turned|"
    r"passed|died|fought|spent|beat|graduated|arrived|finished)\b"
)
_NOT_A_LOWER_FIRST_NAME = frozenset(
    {"una", "uno", "unos", "unas", "ella", "ellas", "ellos", "hope", "año", "mes", "les", "con"}
)
# Verbs that are also first names, never a name in lower case.
_MODAL_VERBS = frozenset({"will", "may", "might", "can", "shall", "must"})


def _clean(cue: str) -> str:
    return " ".join(cue.split()).strip(" ,:;!")


# A title of staff or of an office right before a name: "Dr.", "CEO", "Mayor", "Lic.".
# Narrower than STAFF_TITLES on purpose: "Officer", "Coach", "Lt." and "nurse" are often
# said of someone who is the patient ("Officer Tamika Reyes, discharged today").
_TITLED_STAFF_BEFORE = re.compile(
    r"(?i)\b(?:dr|dra|doctor|doctora|ceo|cfo|coo|president|presidenta|mayor|alcalde(?:sa)?|gov|governor|"
    r"gobernador(?:a)?|senator|sen|rep|congress(?:wo)?man|lic|ing|director|directora|chief|chair)\.?\s+$"
)
# One person of a given age in an incident on a given day, which the news can tie to
# them: "the 17-year-old driver injured in Sunday's crash", "un motociclista de 24 años".
_INCIDENT_PERSON = re.compile(
    r"\b(?:a|an|the|one)\s+(?P<age>\d{1,3}[- ](?:year|yr)s?[- ]old)\s+(?:local\s+)?"
    r"(?:man|woman|boy|girl|driver|motorcyclist|runner|cyclist|bicyclist|pedestrian|passenger|"
    r"hiker|swimmer|teen|teenager|child|worker|farmer|rider|skier|snowmobiler|hunter|student|"
    r"player)\b"
    r"|\b(?:un|una|el|la)\s+(?:hombre|mujer|joven|niñ[oa]|conductora?|motociclista|ciclista|"
    r"peat[oó]n|trabajadora?|corredora?)\s+de\s+(?P<edad>\d{1,3}\s+años)",
    _I,
)
_INCIDENT = re.compile(
    r"\b(?:crash\w*|collision|collided|collapsed?|rollover|shooting|shot|stabb\w+|drown\w*|struck|"
    r"hit\s+by|injured|burned|fire|marathon|life\s?flight|helicopter|helipad|airlifted|wreck|"
    r"accident|accidente|choque|chocó|balacera|baleado|herid[oa]|atropellad[oa]|incendio|"
    r"quemad[oa]|ahog\w+|helicóptero|se\s+desplomó|colapsó)\b",
    _I,
)
_INCIDENT_DAY = re.compile(
    r"\b(?:yesterday|last\s+night|this\s+(?:morning|afternoon|evening)|tonight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+\d{1,2}:\d\d|ayer|anoche|"
    r"esta\s+(?:mañana|tarde|noche)|el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|"
    r"a\s+las\s+\d{1,2}(?::\d\d)?)\b",
    _I,
)
# "coastal Georgia", "southern Indiana": a region, even when it is also a first name
_REGION_WORDS = r"central|coastal|rural|upstate|greater|(?:north|south|east|west)(?:ern|east|west)?"
_REGION_BEFORE = re.compile(rf"(?<![\w'\u2019])(?:{_REGION_WORDS})\s+$", _I)
# "the man in room 622", "our friend in bed 4", "la señora de la habitación 12"
_PERSON_IN_ROOM = re.compile(
    r"\b(?:man|woman|lady|gentleman|guy|gal|patient|friend|boy|girl|kid|baby|resident|mom|dad|"
    r"grandma|grandpa|paciente|señora?|abuel[oa]|niñ[oa]|beb[ée])\s+(?:in|en\s+(?:la|el)?|de\s+la)\s*$",
    _I,
)


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _day_and_month(a: int, b: int) -> bool:
    """Two numbers that make a date month first or day first: "2.19", "31-12" (not "0.5")."""
    return (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31)


def _valid_numeric_date(value: str) -> bool:
    parts = [int(p) for p in re.split(r"[/.-]", value)]
    if len(parts) != 3:
        return False
    if parts[0] > 31:  # ISO
        return 1 <= parts[1] <= 12 and 1 <= parts[2] <= 31
    return _day_and_month(parts[0], parts[1])
