"""What the labelled PHI sets' build scripts share: span resolution and the checks.

Each set's script declares its posts with `P(...)` and calls `main()`; see the
docstring of `build_phi_eval.py` for the labelling rules and the span notation.
"""

import itertools
import json
import os
import re
import sys
from collections import Counter

TYPES = (
    "NAME",
    "DATE",
    "AGE",
    "GEO",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "PHOTO",
    "OTHER_ID",
)

CATEGORIES = (
    "patient_story",
    "birth_announcement",
    "discharge",
    "thank_you",
    "memorial",
    "milestone_birthday",
    "pasted_record",
    "staff_spotlight",
    "health_tip",
    "event",
    "statistic",
    "recruitment",
    "crisis_update",
    "research",
    "public_figure",
    "eponymous_condition",
    "sponsor",
    "hospital_contact",
    "campaign_hashtag",
    "anonymous_story",
)


def _is_word_char(c):
    return c.isalnum() or c == "_"


def _occurrences(text, sub):
    """Start/end of every occurrence of sub that does not cut a word in two."""
    found = []
    i = text.find(sub)
    while i != -1:
        j = i + len(sub)
        ok = True
        if _is_word_char(sub[0]) and i > 0 and _is_word_char(text[i - 1]):
            ok = False
        if _is_word_char(sub[-1]) and j < len(text) and _is_word_char(text[j]):
            ok = False
        if ok:
            found.append((i, j))
        i = text.find(sub, i + 1)
    return found


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _digits(s):
    return re.sub(r"\D", "", s)


def resolve_spans(post):
    """Turn (TYPE, substring[, occurrence]) into verified offsets."""
    text = post["text"]
    where = f"{post['id']} ({text[:50]!r})"
    explicit, everywhere = [], []
    for raw in post["raw_spans"]:
        if len(raw) == 2:
            typ, sub, occ = raw[0], raw[1], 1
        elif len(raw) == 3:
            typ, sub, occ = raw
        else:
            raise AssertionError(f"{where}: bad span spec {raw!r}")
        assert typ in TYPES, f"{where}: unknown type {typ}"
        assert sub and sub == sub.strip(), f"{where}: empty or padded span {sub!r}"
        occs = _occurrences(text, sub)
        assert occs, f"{where}: {sub!r} not found as a whole word"
        if occ == "*":
            everywhere.append((typ, sub, occs))
        else:
            assert isinstance(occ, int) and 1 <= occ <= len(occs), (
                f"{where}: {sub!r} occurrence {occ} of {len(occs)}"
            )
            explicit.append((typ,) + occs[occ - 1])
    spans = list(explicit)
    for typ, _sub, occs in everywhere:
        for se in occs:
            if not any(_overlaps(se, (s[1], s[2])) for s in spans):
                spans.append((typ, *se))
    spans.sort(key=lambda s: (s[1], s[2]))
    for a, b in itertools.pairwise(spans):
        assert a[2] <= b[1], f"{where}: overlapping spans {a} {b}"
    out = []
    for typ, start, end in spans:
        span_text = text[start:end]
        out.append({"type": typ, "start": start, "end": end, "text": span_text})
    # every occurrence of a labelled string must be labelled (unless declared)
    for s in out:
        if s["text"] in post["unlabelled_ok"]:
            continue
        for se in _occurrences(text, s["text"]):
            assert any(se[0] >= o["start"] and se[1] <= o["end"] for o in out), (
                f"{where}: {s['text']!r} at {se} is not labelled"
            )
    return out


def check_post(post, org):
    where = f"{post['id']} ({post['text'][:50]!r})"
    assert post["lang"] in ("en", "es"), where
    assert post["category"] in CATEGORIES, f"{where}: category {post['category']}"
    assert isinstance(post["patient_specific"], bool), where
    assert post["note"].strip(), f"{where}: missing note"
    assert post["patient_specific"] == bool(post["spans"]), (
        f"{where}: patient_specific={post['patient_specific']} but {len(post['spans'])} spans"
    )
    for s in post["spans"]:
        assert post["text"][s["start"] : s["end"]] == s["text"], where
    # the hospital's own identifiers are never labelled
    org_phone_digits = {_digits(p)[-10:] for p in org["phone_numbers"]}
    for s in post["spans"]:
        if s["type"] in ("PHONE", "FAX"):
            assert _digits(s["text"])[-10:] not in org_phone_digits, (
                f"{where}: hospital number labelled"
            )
    org_strings = list(org["domains"]) + list(org["handles"])
    for addr in org["addresses"]:
        street = addr.split(",")[0]
        org_strings += [street, street.replace("Parkway", "Pkwy"), addr.rsplit(" ", 1)[1]]
    low = post["text"].lower()
    for needle in org_strings:
        needle = needle.lower()
        i = low.find(needle)
        while i != -1:
            for s in post["spans"]:
                assert not _overlaps((i, i + len(needle)), (s["start"], s["end"])), (
                    f"{where}: hospital identifier {needle!r} labelled"
                )
            i = low.find(needle, i + 1)


class LabelledSet:
    """The posts of one set, built into a verified JSON-lines file."""

    def __init__(self, out_path, org_path, id_prefix=""):
        self.out_path = out_path
        self.org_path = org_path
        self.id_prefix = f"{id_prefix}-" if id_prefix else ""
        self.posts = []

    def P(self, lang, category, patient_specific, text, spans=(), note="", unlabelled_ok=()):
        """Declare one post. spans: (TYPE, substring) | (TYPE, substring, n) | (TYPE, substring, "*").

        n is the 1-based occurrence among whole-word occurrences of substring; "*" labels
        every whole-word occurrence not already covered by another span.
        """
        self.posts.append(
            {
                "lang": lang,
                "category": category,
                "patient_specific": patient_specific,
                "text": text,
                "raw_spans": list(spans),
                "note": note,
                "unlabelled_ok": tuple(unlabelled_ok),
            }
        )

    def load_org(self):
        with open(self.org_path, encoding="utf-8") as fh:
            return json.load(fh)

    def build(self):
        org = self.load_org()
        counters = Counter()
        seen_texts = set()
        records = []
        for post in self.posts:
            counters[post["lang"]] += 1
            post["id"] = f"{self.id_prefix}{post['lang']}-{counters[post['lang']]:04d}"
            assert post["text"] not in seen_texts, f"duplicate text: {post['text'][:60]!r}"
            seen_texts.add(post["text"])
            post["spans"] = resolve_spans(post)
            check_post(post, org)
            records.append(
                {
                    "id": post["id"],
                    "lang": post["lang"],
                    "text": post["text"],
                    "patient_specific": post["patient_specific"],
                    "spans": post["spans"],
                    "category": post["category"],
                    "note": post["note"],
                }
            )
        return records

    def write(self, records):
        with open(self.out_path, "w", encoding="utf-8", newline="\n") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        # read back and re-verify every offset from the file itself
        with open(self.out_path, encoding="utf-8") as fh:
            back = [json.loads(line) for line in fh]
        assert len(back) == len(records)
        for r in back:
            for s in r["spans"]:
                assert r["text"][s["start"] : s["end"]] == s["text"], r["id"]

    def summary(self, records):
        n = len(records)
        pos = sum(r["patient_specific"] for r in records)
        print(f"wrote {os.path.relpath(self.out_path)}: {n} posts")
        print(f"\nclass: patient_specific=true {pos}, false {n - pos}")
        print("\nlanguage (true / false / total):")
        for lang in ("en", "es"):
            rs = [r for r in records if r["lang"] == lang]
            t = sum(r["patient_specific"] for r in rs)
            print(f"  {lang}: {t:4d} / {len(rs) - t:4d} / {len(rs):4d}")
        print("\ncategory (true / false / total):")
        for cat in CATEGORIES:
            rs = [r for r in records if r["category"] == cat]
            t = sum(r["patient_specific"] for r in rs)
            print(f"  {cat:20s} {t:4d} / {len(rs) - t:4d} / {len(rs):4d}")
        spans = Counter(s["type"] for r in records for s in r["spans"])
        spans_by_lang = {
            lang: Counter(s["type"] for r in records if r["lang"] == lang for s in r["spans"])
            for lang in ("en", "es")
        }
        print(f"\nspans by type (total / en / es), {sum(spans.values())} spans:")
        for typ in TYPES:
            print(
                f"  {typ:12s} {spans[typ]:4d} / {spans_by_lang['en'][typ]:4d} / {spans_by_lang['es'][typ]:4d}"
            )

    def main(self, name):
        try:
            records = self.build()
            self.write(records)
            self.summary(records)
        except AssertionError as exc:
            sys.exit(f"{name} build failed: {exc}")


class BlindSet(LabelledSet):
    """A development set written apart from the scanner, for its own hospital (the
    `*_org.json` beside it): posts numbered `{prefix}-0001`... in the order written.

    `patient(...)` declares a patient-specific post (its note defaults to the types
    labelled), `other(...)` a post with no patient identifier and the reason why.
    """

    def __init__(self, out_path, org_path, prefix):
        super().__init__(out_path, org_path, id_prefix=prefix)
        self.prefix = prefix

    def build(self):
        records = super().build()
        for i, record in enumerate(records, 1):
            record["id"] = f"{self.prefix}-{i:04d}"
        return records

    def patient(self, lang, category, text, spans, note="", ok=()):
        if not note:
            note = "patient identifiers: " + ", ".join(sorted({s[0] for s in spans}))
        self.P(lang, category, True, text, spans, note, ok)

    def other(self, lang, category, text, note):
        self.P(lang, category, False, text, (), note)
