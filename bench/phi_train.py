"""Train the PHI scanner's learned tagger (`compliance/phi_model/tagger.crfsuite`) and its
verdict model (`compliance/phi_model/verdict.crfsuite`).

    .venv/bin/python -m bench.phi_train            # train both models; write them
    .venv/bin/python -m bench.phi_train --verdict-only   # the verdict model alone
    .venv/bin/python -m bench.phi_train --cross    # train on eval+dev, score dev2 (aggregate)
    .venv/bin/python -m bench.phi_train --cross dev5 eval dev dev2 dev3 dev4   # any split
    .venv/bin/python -m bench.phi_train --leave-one-out [--threshold 0.8] \
        [--verdict 0.1 0.2 0.4 [0.1 0.3 0.4 ...]]
    ... [--folds var/folds]   # keep the fold taggers there for the next run
    ... --leave-one-out --misses   # and list what they got wrong (first verdict triple)
    PHI_UNSEEN_SHARE=0.5 .venv/bin/python -m bench.phi_train ...   # another `UNSEEN_SHARE`

Training needs Faker's name lists (the `compare` extra, which `make bench` installs).
Training data are only the studied labelled sets (`TRAINING_SETS`: `tests/data/phi_eval.jsonl`
and the development sets, never the held-out set nor the unstudied `FRESH` sets). The tagger
learns from all of them, each post that names someone also learned `AUGMENT_COPIES` times
with other names in place of the labelled ones (a quarter of them names no list of the
scanner holds: `UNSEEN_SHARE`).
Deterministic: the posts are read in file order, the replacement names are drawn from a
seeded generator, and L-BFGS has no random state.

The verdict model (`compliance.phi_model.Verdict`) learns from the same sets, posts and a
share of their sentences. What it is shown of a post comes from a tagger that never saw the
post: the sets are split in four `GROUPS`, and each group is read by a "fold" tagger
trained on the other three (trained two at a time). Read with the shipped tagger, the
training posts looked surer than unseen posts ever do, and the model trusted the tagger
too much.

`--cross` scores the tagger on a set it never saw, before the verdict model: with and
without the model, with and without the name replacement, and with and without the story
gate (aggregate figures only). `--leave-one-out` scores each group with a verdict model
trained on the other three and the group's fold tagger, at each triple of verdict
thresholds given.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import re
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bench.phi_eval import SETS, evaluate, load_set, org_context

# L1 keeps the model small (most word features get weight zero); L2 smooths the rest.
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
# The verdict model: L2 only. Weaker (c2 0.3) it raised more false alarms on sets it had not
# seen; stronger (c2 3) it needed a lower threshold for the same recall. Words and word pairs
# seen fewer than four times are left out: with the thirty-one studied sets, leaving out
# only those seen once gave a 5.1 MB model and 4 more missed patient posts leave-one-out
# (68 against 64 in 8,360, at 0.1 / 0.2 / 0.3); with forty-five, fewer than four rather
# than three gave a 2.1 MB model instead of 3.0 MB for the same figures (88 missed and 660
# false alarms against 87 and 658 in 11,720).
VERDICT_PARAMS = {"c1": 0.0, "c2": 1.0, "max_iterations": 300, "feature.minfreq": 4}
# The verdict model also learns from this share of the posts' sentences, each about a patient
# when a labelled identifier lies in it: without them a short post ("Go #TeamRiverside!")
# with one word the tagger took for a name was flagged; with all of them, more false alarms
# at the same recall (leave-one-out).
SENTENCE_SHARE = 0.3
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
Spans = list[tuple[str, int, int]]
Thresholds = tuple[float, float, float]
# The studied sets in four groups of about 5,400 posts, each with Spanish posts; the sets
# written for one organisation (eval, dev, dev2) stay together. For each group a "fold"
# tagger learns from the other three: the verdict model is shown each studied post as a
# tagger that never saw it reads it, and `--leave-one-out` scores each group with models
# that never saw it.
GROUPS = (
    (
        "eval", "dev", "dev2", "dev13", "dev24", "dev31", "dev35", "dev40", "dev44", "dev47",
        "dev51", "dev55", "dev58", "dev62", "dev65", "dev69", "dev72", "dev76",
        "dev80", "dev84", "dev86", "dev90",
    ),
    (
        "dev3", "dev4", "dev12", "dev17", "dev23", "dev29", "dev30", "dev36", "dev38", "dev41",
        "dev45", "dev49", "dev53", "dev59", "dev63", "dev66", "dev70", "dev73", "dev77",
        "dev82", "dev87", "dev91",
    ),
    (
        "dev5", "dev6", "dev8", "dev14", "dev26", "dev28", "dev32", "dev34", "dev37", "dev42",
        "dev46", "dev52", "dev56", "dev60", "dev64", "dev67", "dev71", "dev74", "dev78",
        "dev83", "dev88", "dev92",
    ),
    (
        "dev7", "dev10", "dev15", "dev16", "dev18", "dev25", "dev27", "dev33", "dev39", "dev43",
        "dev48", "dev50", "dev54", "dev57", "dev61", "dev68", "dev75", "dev79", "dev81", "dev85",
        "dev89",
    ),
)  # fmt: skip
# Both models learn from every set in a group: every labelled set but the held-out one, the
# unstudied blind sets (`FRESH`) and the newest blind sets until they are given a group.
# The shipped tagger learns from all of them too: trained on the ten sets studied before
# dev12 arrived, it found 2 fewer patient posts on the blind dev23 to dev29 than trained on
# seventeen, and raised 3 more false alarms (docs/compliance.md). The shipped models are
# still those trained before dev65 to dev71 joined the groups: retrained on all sixty-six
# sets they flagged the same number of posts nobody had studied and found the same names,
# and four pinned short posts changed their verdicts ("Sixty-six sets" there); retrained on
# seventy-three they missed 7 more patient posts on the older unstudied sets and found no
# more names on the newest round ("Seventy-three sets" there).
TRAINING_SETS = tuple(name for group in GROUPS for name in group)
# Each post naming a patient is also learned a few times with other names in its place,
# so that the model learns the places names stand in rather than the names it was shown.
AUGMENT_COPIES = 2
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")


# A quarter of the replacement words are names from none of the scanner's lists (Faker's
# name lists for many countries, in Latin letters): drawn only from the lists, the tagger
# leant on "this word is a known first name" and missed names no list holds. With a quarter,
# unseen patient names found on the unstudied sets went from 0.937 to 0.947 and on the blind
# dev58 to dev64 from 0.925 to 0.928, for the same posts flagged; with a half, more false
# alarms (docs/compliance.md).
UNSEEN_SHARE = float(os.environ.get("PHI_UNSEEN_SHARE", "0.25"))
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f]{3,12}")


def _unseen_names() -> tuple[list[str], list[str]]:
    """First names and family names in Faker's lists that are in none of the scanner's
    (nor words of its vocabulary), sorted."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    from compliance.phi import _fold, _lexicon

    lex = _lexicon()
    pools: tuple[set[str], set[str]] = (set(), set())
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, pool in (
            ("first_names", pools[0]),
            ("first_names_male", pools[0]),
            ("first_names_female", pools[0]),
            ("last_names", pools[1]),
        ):
            values = provider.__dict__.get(attr, ())
            if not isinstance(values, (list, tuple, dict, set)):
                continue
            for value in values:
                folded = _fold(value)
                if (
                    _LATIN_NAME.fullmatch(value)
                    and folded not in lex.names
                    and folded not in lex.surnames
                    and folded not in lex.vocabulary
                ):
                    pool.add(value)
    return sorted(pools[0]), sorted(pools[1])


class NamePools(NamedTuple):
    """What `augment` puts in place of the labelled names (each list sorted, so the draw is
    the same on every run): first and family names from the scanner's lists, and from no
    list of the scanner's (empty when `UNSEEN_SHARE` is 0)."""

    first: list[str]
    family: list[str]
    unseen_first: list[str]
    unseen_family: list[str]


@cache
def _name_pools() -> NamePools:
    from compliance.phi import _lexicon

    lex = _lexicon()
    first = sorted(n for n in lex.names if n.isalpha() and 2 < len(n) < 12)
    family = sorted(n for n in lex.surnames if n.isalpha() and len(n) > 2)
    unseen_first, unseen_family = _unseen_names() if UNSEEN_SHARE else ([], [])
    return NamePools(first, family, unseen_first, unseen_family)


def _cased(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new.lower()
    return new[:1].upper() + new[1:]


def augment(post: dict, rng: random.Random, pools: NamePools) -> dict | None:
    """The post with each labelled name's words replaced, the same word by the same
    replacement everywhere in the post (hashtags and initials are left as written); a
    share `UNSEEN_SHARE` of the replacements are names from no list of the scanner's."""
    names = [s for s in post["spans"] if s["type"] == "NAME" and not s["text"].startswith("#")]
    if not names:
        return None
    swap: dict[str, str] = {}
    for span in names:
        for k, m in enumerate(_NAME_WORD.finditer(span["text"])):
            word = m.group()
            if len(word) < 2 or word.lower() in swap:
                continue
            if pools.unseen_first and rng.random() < UNSEEN_SHARE:
                first, family = pools.unseen_first, pools.unseen_family
            else:
                first, family = pools.first, pools.family
            swap[word.lower()] = rng.choice(family if k and family else first)
    pieces, spans, cursor, shift = [], [], 0, 0
    for span in sorted(post["spans"], key=lambda s: s["start"]):
        value = span["text"]
        if span in names:
            value = _NAME_WORD.sub(
                lambda m: (
                    _cased(swap[m.group().lower()], m.group())
                    if m.group().lower() in swap
                    else m.group()
                ),
                value,
            )
        pieces.append(post["text"][cursor : span["start"]])
        start = span["start"] + shift
        pieces.append(value)
        shift += len(value) - (span["end"] - span["start"])
        spans.append({**span, "start": start, "end": start + len(value), "text": value})
        cursor = span["end"]
    pieces.append(post["text"][cursor:])
    return {**post, "text": "".join(pieces), "spans": spans}


def _rule_spans(posts: list[dict], org_path: Path) -> list[Spans]:
    from compliance.phi import rule_findings

    context = org_context(org_path)
    return [[(f.type, f.start, f.end) for f in rule_findings(p["text"], context)] for p in posts]


def train(
    set_names: list[str],
    out: Path,
    *,
    rule_features: bool = False,
    copies: int = AUGMENT_COPIES,
) -> None:
    import pycrfsuite

    from compliance.phi_model import training_sequence

    trainer = pycrfsuite.Trainer(verbose=False)
    rng = random.Random(20261121)
    pools = _name_pools()
    for name in set_names:
        path, org_path = SETS[name]
        posts = load_set(path)
        if copies and not rule_features:
            extra = [augment(p, rng, pools) for p in posts for _ in range(copies)]
            posts += [p for p in extra if p is not None]
        rules = _rule_spans(posts, org_path) if rule_features else [None] * len(posts)
        for post, spans in zip(posts, rules, strict=True):
            xseq, yseq = training_sequence(post["text"], post["spans"], spans)
            if xseq:
                trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def sentences(post: dict) -> Iterator[dict]:
    """A seeded share (`SENTENCE_SHARE`) of the sentences of a post of two or more, as
    labelled posts of their own; a sentence that cuts a labelled span is left out."""
    text = post["text"]
    pieces = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(text[start:end].split()) > 1:
            pieces.append((start, end))
    if len(pieces) < 2:
        return
    for start, end in pieces:
        if random.Random(f"{post['id']}:{start}").random() >= SENTENCE_SHARE:
            continue
        spans = [s for s in post["spans"] if s["start"] < end and start < s["end"]]
        if any(s["start"] < start or s["end"] > end for s in spans):
            continue
        yield {"id": post["id"], "text": text[start:end], "patient_specific": bool(spans)}


def _train_fold(job: tuple[int, str]) -> None:
    index, out = job
    train([name for name in TRAINING_SETS if name not in GROUPS[index]], Path(out))


def fold_taggers(folder: Path) -> dict[str, Path]:
    """For each studied set, the tagger trained on the other `GROUPS` than its own (the
    four trained two at a time). A fold tagger already in `folder` is kept (`--folds`)."""
    jobs = [(index, str(folder / f"fold{index}.crfsuite")) for index in range(len(GROUPS))]
    missing = [job for job in jobs if not Path(job[1]).exists()]
    workers = min(2, os.cpu_count() or 1)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        list(pool.map(_train_fold, missing))
    return {name: Path(out) for index, out in jobs for name in GROUPS[index]}


@contextmanager
def _fold_folder(argv: list[str]) -> Iterator[Path]:
    """`--folds DIR` keeps the fold taggers in DIR for the next run with the same sets and
    groups; without it they are trained in a temporary folder and thrown away."""
    if "--folds" in argv:
        folder = Path(argv[argv.index("--folds") + 1])
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


Examples = list[tuple[list[str], str]]


def verdict_examples(folds: dict[str, Path]) -> dict[str, Examples]:
    """Each studied set's posts and sampled sentences as the verdict model reads them,
    with their labels; each read by a tagger that never saw it."""
    from compliance.phi import verdict_features
    from compliance.phi_model import OTHER, PATIENT, Tagger

    taggers = {path: Tagger(path) for path in set(folds.values())}
    examples: dict[str, Examples] = {}
    for name in TRAINING_SETS:
        path, org_path = SETS[name]
        context = org_context(org_path)
        tagger = taggers[folds[name]]
        rows = []
        for post in load_set(path):
            for item in (post, *sentences(post)):
                features = verdict_features(item["text"], context, tagger=tagger)
                rows.append((features, PATIENT if item["patient_specific"] else OTHER))
        examples[name] = rows
    return examples


def train_verdict(examples: Examples, out: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, label in examples:
        trainer.append([{f: 1.0 for f in features}], [label])
    trainer.set_params(VERDICT_PARAMS)
    trainer.train(str(out))


def _predictor(
    org_path: Path,
    tagger=None,
    *,
    threshold: float | None = None,
    gate: bool = True,
):
    """The scanner's rules, plus the tagger's spans combined as `scan` does before the
    verdict model; the post is flagged when they find anything."""
    from compliance.phi import LEARNED_THRESHOLD, combined_findings, rule_findings

    context = org_context(org_path)
    threshold = LEARNED_THRESHOLD if threshold is None else threshold

    def predict(text: str):
        if tagger is None:
            found = rule_findings(text, context)
        else:
            found = combined_findings(
                text,
                context,
                tagger=tagger,
                threshold=threshold,
                story_gate=gate,
            )
        return bool(found), [(f.type, f.start, f.end) for f in found]

    return predict


def _line(label: dict, result: dict) -> str:
    keys = ("posts", "recall", "precision", "false_negatives", "false_positives", "span_recall")
    return json.dumps({**label, **{k: result[k] for k in keys}})


def cross(train_sets: tuple[str, ...] = ("eval", "dev"), test_set: str = "dev2") -> None:
    """Scores the scanner on `test_set` with a tagger that never saw it: without
    augmentation, with it, and with the rules' findings as features."""
    from compliance.phi_model import Tagger

    path, org_path = SETS[test_set]
    posts = load_set(path)
    print(_line({"set": test_set, "model": "none"}, evaluate(_predictor(org_path), posts)))
    variants = [(False, 0), (False, AUGMENT_COPIES), (True, 0)]
    for rule_features, copies in variants:
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "cross.crfsuite"
            train(list(train_sets), model, rule_features=rule_features, copies=copies)
            tagger = Tagger(model)
            if rule_features:
                tagger = _WithRules(tagger, org_path)
            for gate in (True, False):
                label = {
                    "set": test_set,
                    "model": "+".join(train_sets),
                    "copies": copies,
                    "rule_features": rule_features,
                    "story_gate": gate,
                }
                predict = _predictor(org_path, tagger, gate=gate)
                print(_line(label, evaluate(predict, posts)))


def leave_one_out(
    folder: Path,
    *,
    threshold: float | None = None,
    verdicts: list[Thresholds] | None = None,
    misses: bool = False,
) -> None:
    """Each group of studied sets (`GROUPS`) scored by the scanner with a verdict model
    trained on the other groups and the group's fold tagger (aggregate figures per set and
    over all of them): how the scanner does on posts it never saw, at a tagger threshold
    and at each triple of verdict thresholds (`VERDICT_THRESHOLD`, `RESCUE_THRESHOLD`,
    `UNSEEN_THRESHOLD`), each post read once."""
    from compliance.phi import (
        LEARNED_THRESHOLD,
        RESCUE_THRESHOLD,
        UNSEEN_THRESHOLD,
        VERDICT_THRESHOLD,
        assess_each,
    )
    from compliance.phi_model import Tagger, Verdict

    threshold = LEARNED_THRESHOLD if threshold is None else threshold
    verdicts = verdicts or [(VERDICT_THRESHOLD, RESCUE_THRESHOLD, UNSEEN_THRESHOLD)]
    folds = fold_taggers(folder)
    examples = verdict_examples(folds)
    scored: list[tuple[str, list[dict], list[list]]] = []  # set, posts, results per triple
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "verdict.crfsuite"
        for group in GROUPS:
            others = [row for name in examples if name not in group for row in examples[name]]
            train_verdict(others, model)
            judge, tagger = Verdict(model), Tagger(folds[group[0]])
            for test_set in group:
                path, org_path = SETS[test_set]
                context = org_context(org_path)
                posts = load_set(path)
                results = [
                    assess_each(
                        post["text"], context, verdicts, tagger=tagger, verdict=judge,
                        threshold=threshold,
                    )
                    for post in posts
                ]  # fmt: skip
                scored.append((test_set, posts, results))
    for index, at in enumerate(verdicts):
        label = {"threshold": threshold, "verdict": at}
        replayed: dict[str, object] = {}  # every post's result at this triple, by its text
        for test_set, posts, results in scored:
            replayed.update((p["text"], r[index]) for p, r in zip(posts, results, strict=True))
            result = evaluate(_replay(replayed), posts)
            if misses and index == 0:  # what models that never saw it got wrong
                for miss in result["misses"]:
                    print(json.dumps({"set": test_set, **miss}), flush=True)
            print(_line({"set": test_set, **label}, result), flush=True)
        every = [post for _, posts, _ in scored for post in posts]
        result = evaluate(_replay(replayed), every)
        positives = sum(p["patient_specific"] for p in every)
        print(_line({"set": "all", **label, "true_positives": positives}, result), flush=True)


def _replay(results: dict):
    """A predictor for `evaluate` that answers with results already computed, by text."""

    def predict(text: str):
        result = results[text]
        return result.patient_specific, [(f.type, f.start, f.end) for f in result.findings]

    return predict


def _option(argv: list[str], name: str) -> float | None:
    return float(argv[argv.index(name) + 1]) if name in argv else None


class _WithRules:
    """A tagger trained with the rules' findings as features, fed them at tagging time."""

    def __init__(self, tagger, org_path: Path) -> None:
        from compliance.phi import rule_findings

        self.tagger = tagger
        self.context = org_context(org_path)
        self.rule_findings = rule_findings

    def spans(self, text: str):
        found = self.rule_findings(text, self.context)
        return self.tagger.spans(text, [(f.type, f.start, f.end) for f in found])


def main(argv: list[str]) -> int:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialcare.settings")
    os.environ.setdefault("SOCIALCARE_DEMO", "1")
    django.setup()
    if "--leave-one-out" in argv:
        verdicts = None
        if "--verdict" in argv:  # --verdict A B C [A B C ...]: one or more triples
            values = []
            for word in argv[argv.index("--verdict") + 1 :]:
                if word.startswith("--"):
                    break
                values.append(float(word))
            verdicts = [tuple(values[k : k + 3]) for k in range(0, len(values) - 2, 3)]
        with _fold_folder(argv) as folder:
            leave_one_out(
                folder,
                threshold=_option(argv, "--threshold"),
                verdicts=verdicts,
                misses="--misses" in argv,
            )
        return 0
    if "--cross" in argv:
        rest = argv[argv.index("--cross") + 1 :]
        if rest:  # --cross TEST TRAIN [TRAIN ...]
            cross(tuple(rest[1:]), rest[0])
        else:
            cross()
        return 0
    from compliance.phi_model import MODEL_PATH, VERDICT_PATH

    if "--verdict-only" not in argv:
        train(list(TRAINING_SETS), MODEL_PATH)
        print(json.dumps({"model": str(MODEL_PATH), "bytes": MODEL_PATH.stat().st_size}))
    with _fold_folder(argv) as folder:
        examples = verdict_examples(fold_taggers(folder))
    train_verdict([row for name in TRAINING_SETS for row in examples[name]], VERDICT_PATH)
    print(json.dumps({"model": str(VERDICT_PATH), "bytes": VERDICT_PATH.stat().st_size}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
