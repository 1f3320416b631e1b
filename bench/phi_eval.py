"""PHI scanner quality on the labelled evaluation set, side by side with scrubadub.

    make bench                       # all benchmarks, this one included
    .venv/bin/python -m bench bench.phi_eval
    .venv/bin/python -m bench.phi_eval --misses         # what it got wrong on the tuning set
    .venv/bin/python -m bench.phi_eval --misses dev     # ... on the development set
    .venv/bin/python -m bench.phi_eval --misses dev2    # ... on the second development set
    .venv/bin/python -m bench.phi_eval --misses dev5    # ... dev3-8, dev10, dev12-18, dev23-92

A hundred and one sets, side by side: `eval` (tuning, `tests/data/phi_eval.jsonl`), `dev` (the
development set, `tests/data/phi_dev.jsonl`, written later to find weak spots), `dev2`
to `dev99` (`tests/data/phi_dev2.jsonl`..., each written by someone who had seen neither
the scanner nor the other sets, for another hospital) and `holdout`
(`tests/data/holdout/phi_holdout.jsonl`). The held-out set and the blind sets kept
unstudied (`FRESH`: dev9, dev11, dev19 to dev22 and the newest round, dev93 to dev99) are
scored in aggregate only: their misses are never listed and neither model learns from
them, so that they keep estimating how the scanner does on posts it has not seen. dev16
to dev18 and the rounds from dev23 to dev92 (seven sets each) were scored blind, then
studied and given to the training groups (`bench.phi_train`).

Post level: recall and precision of `patient_specific`. Span level: a labelled span is
found when a finding of the same type overlaps it (and, less strictly, of any type).
The labelling rules are in `tests/data/build_phi_eval.py` (and, for the decisions it
leaves open, `tests/data/build_phi_dev.py`; dev2's own conventions are at the top of
`tests/data/phi_dev2_source.py` and its siblings); the hospital's own details come from
`tests/data/phi_eval_org.json` (dev2 to dev99: `tests/data/phi_devN_org.json`).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
REPORTED_TYPES = ("NAME", "DATE", "AGE", "PHONE", "EMAIL", "MRN")

Span = tuple[str, int, int]
Predictor = Callable[[str], tuple[bool, list[Span]]]

EVAL = DATA / "phi_eval.jsonl"


def load_set(path: Path = EVAL) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


DEV = DATA / "phi_dev.jsonl"
DEV2 = DATA / "phi_dev2.jsonl"
# A set written apart from the scanner and from the first set: scored only in
# aggregate, never tuned on, it estimates how the scanner does on posts it has not seen.
HOLDOUT = DATA / "holdout" / "phi_holdout.jsonl"
EVAL_ORG = DATA / "phi_eval_org.json"
# Each set with the organisation whose posts it holds; only these may list misses.
SETS = {
    "eval": (EVAL, EVAL_ORG),
    "dev": (DEV, EVAL_ORG),
    "dev2": (DEV2, DATA / "phi_dev2_org.json"),
    **{
        f"dev{k}": (DATA / f"phi_dev{k}.jsonl", DATA / f"phi_dev{k}_org.json")
        for k in range(3, 100)
    },
}
# Blind sets kept unstudied: scored, never listed, never learned from.
FRESH = (
    "dev9", "dev11", "dev19", "dev20", "dev21", "dev22",
    "dev93", "dev94", "dev95", "dev96", "dev97", "dev98", "dev99",
)  # fmt: skip
LISTABLE = tuple(name for name in SETS if name not in FRESH)


def org_context(path: Path = EVAL_ORG):
    from compliance.phi import OrgContext

    org = json.loads(path.read_text(encoding="utf-8"))
    return OrgContext(
        name=org["name"],
        phone_numbers=tuple(org.get("phone_numbers", ())),
        addresses=tuple(org.get("addresses", ())),
        domains=tuple(org.get("domains", ())),
        handles=tuple(org.get("handles", ())),
    )


def socialcare_predictor(org_path: Path = EVAL_ORG) -> Predictor:
    from compliance.phi import scan

    context = org_context(org_path)

    def predict(text: str) -> tuple[bool, list[Span]]:
        result = scan(text, context=context)
        return result.patient_specific, [(f.type, f.start, f.end) for f in result.findings]

    return predict


# scrubadub's filth types, in Safe Harbor terms.
SCRUBADUB_TYPES = {
    "name": "NAME",
    "phone": "PHONE",
    "email": "EMAIL",
    "url": "URL",
    "twitter": "OTHER_ID",
    "social_security_number": "SSN",
    "date_of_birth": "DATE",
    "address": "GEO",
    "postalcode": "GEO",
    "credit_card": "ACCOUNT",
    "credential": "OTHER_ID",
    "drivers_licence": "LICENSE",
    "vehicle_licence_plate": "VEHICLE",
}


def scrubadub_predictor() -> Predictor | None:
    try:
        import scrubadub
        import scrubadub.detectors
    except ImportError:
        return None
    scrubber = scrubadub.Scrubber(locale="en_US")
    # Its date-of-birth detector needs no downloaded model; name detection does
    # (spaCy or TextBlob corpora), which this network cannot fetch.
    scrubber.add_detector(scrubadub.detectors.DateOfBirthDetector)

    def predict(text: str) -> tuple[bool, list[Span]]:
        spans = [
            (SCRUBADUB_TYPES.get(f.type, "OTHER_ID"), f.beg, f.end)
            for f in scrubber.iter_filth(text)
        ]
        return bool(spans), spans

    return predict


def evaluate(predict: Predictor, posts: list[dict]) -> dict:
    tp = fp = fn = tn = 0
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # same type, any type, total
    misses: list[dict] = []
    timings: list[float] = []
    for post in posts:
        start = time.perf_counter()
        predicted, spans = predict(post["text"])
        timings.append((time.perf_counter() - start) * 1000)
        truth = post["patient_specific"]
        tp += truth and predicted
        fn += truth and not predicted
        fp += predicted and not truth
        tn += not truth and not predicted
        missed_spans = []
        for label in post["spans"]:
            counts = found[label["type"]]
            counts[2] += 1
            overlapping = [s for s in spans if s[1] < label["end"] and label["start"] < s[2]]
            counts[0] += any(s[0] == label["type"] for s in overlapping)
            counts[1] += bool(overlapping)
            if not any(s[0] == label["type"] for s in overlapping):
                missed_spans.append(f"{label['type']}:{label['text']}")
        if truth != predicted or missed_spans:
            misses.append(
                {"id": post["id"], "truth": truth, "predicted": predicted, "missed": missed_spans}
            )
    span_recall = {
        t: round(c[0] / c[2], 3) for t, c in sorted(found.items()) if t in REPORTED_TYPES
    }
    return {
        "posts": len(posts),
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "false_negatives": fn,
        "false_positives": fp,
        "span_recall": span_recall,
        "span_recall_any_type": {
            t: round(c[1] / c[2], 3) for t, c in sorted(found.items()) if t in REPORTED_TYPES
        },
        "span_counts": {t: c[2] for t, c in sorted(found.items())},
        "ms_p50": round(statistics.median(timings), 3),
        "misses": misses,
    }


def run() -> Iterator[dict]:
    sets = {**SETS, "holdout": (HOLDOUT, EVAL_ORG)}
    detectors: dict[str, Callable[[Path], Predictor | None]] = {
        "socialcare": socialcare_predictor,
        "scrubadub": lambda org_path: scrubadub_predictor(),
    }
    for name, make_predictor in detectors.items():
        if make_predictor(EVAL_ORG) is None:
            yield {"bench": "phi_eval", "detector": name, "error": "not installed"}
            continue
        for set_name, (path, org_path) in sets.items():
            predict = make_predictor(org_path)
            posts = load_set(path)
            for language in ("all", "en", "es"):
                subset = [p for p in posts if language in ("all", p["lang"])]
                result = evaluate(predict, subset)
                result.pop("misses")
                yield {
                    "bench": "phi_eval",
                    "detector": name,
                    "set": set_name,
                    "language": language,
                    **result,
                }


def main(argv: list[str]) -> int:
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialcare.settings")
    os.environ.setdefault("SOCIALCARE_DEMO", "1")
    django.setup()
    if "--misses" in argv:
        rest = argv[argv.index("--misses") + 1 :]
        set_name = rest[0] if rest else "eval"
        if set_name not in LISTABLE:
            print(
                "--misses lists the studied sets only (not the held-out set, nor the "
                "unstudied " + ", ".join(FRESH) + "): " + ", ".join(LISTABLE)
            )
            return 2
        path, org_path = SETS[set_name]
        result = evaluate(socialcare_predictor(org_path), load_set(path))
        for miss in result.pop("misses"):
            print(json.dumps(miss, ensure_ascii=False))
        print(json.dumps(result))
        return 0
    for line in run():
        print(json.dumps(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
