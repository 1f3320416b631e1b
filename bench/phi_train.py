"""Train the PHI scanner's learned tagger (`compliance/phi_model/tagger.crfsuite`).

    .venv/bin/python -m bench.phi_train            # train on eval, dev and dev2; write the model
    .venv/bin/python -m bench.phi_train --cross    # train on eval+dev, score dev2 (aggregate)

Training data are only the labelled sets `tests/data/phi_eval.jsonl`,
`tests/data/phi_dev.jsonl` and `tests/data/phi_dev2.jsonl` (never the held-out set).
Deterministic: the posts are read in file order and L-BFGS has no random state.

`--cross` is the honest estimate: the model never sees dev2, and the scanner is scored on
dev2 with and without it, for a few combination rules, and for a model that also reads
the rules' findings (aggregate figures only).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from bench.phi_eval import SETS, evaluate, load_set, org_context

# L1 keeps the model small (most word features get weight zero); L2 smooths the rest.
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
Spans = list[tuple[str, int, int]]


def _rule_spans(posts: list[dict], org_path: Path) -> list[Spans]:
    from compliance.phi import rule_findings

    context = org_context(org_path)
    return [[(f.type, f.start, f.end) for f in rule_findings(p["text"], context)] for p in posts]


def train(set_names: list[str], out: Path, *, rule_features: bool = False) -> None:
    import pycrfsuite

    from compliance.phi_model import training_sequence

    trainer = pycrfsuite.Trainer(verbose=False)
    for name in set_names:
        path, org_path = SETS[name]
        posts = load_set(path)
        rules = _rule_spans(posts, org_path) if rule_features else [None] * len(posts)
        for post, spans in zip(posts, rules, strict=True):
            xseq, yseq = training_sequence(post["text"], post["spans"], spans)
            if xseq:
                trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def _predictor(org_path: Path, tagger=None, *, threshold: float = 0.9, gate: bool = True):
    """The scanner's rules, plus the tagger's spans combined as `scan` does."""
    from compliance.phi import combined_findings, rule_findings

    context = org_context(org_path)

    def predict(text: str):
        if tagger is None:
            found = rule_findings(text, context)
        else:
            found = combined_findings(
                text, context, tagger=tagger, threshold=threshold, story_gate=gate
            )
        return bool(found), [(f.type, f.start, f.end) for f in found]

    return predict


def _line(label: dict, result: dict) -> str:
    keys = ("posts", "recall", "precision", "false_negatives", "false_positives", "span_recall")
    return json.dumps({**label, **{k: result[k] for k in keys}})


def cross() -> None:
    from compliance.phi_model import Tagger

    path, org_path = SETS["dev2"]
    posts = load_set(path)
    print(_line({"set": "dev2", "model": "none"}, evaluate(_predictor(org_path), posts)))
    for rule_features in (False, True):
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "cross.crfsuite"
            train(["eval", "dev"], model, rule_features=rule_features)
            tagger = Tagger(model)
            if rule_features:
                tagger = _WithRules(tagger, org_path)
            for gate in (True, False):
                for threshold in (0.7, 0.9):
                    label = {
                        "set": "dev2",
                        "model": "eval+dev",
                        "rule_features": rule_features,
                        "story_gate": gate,
                        "threshold": threshold,
                    }
                    predict = _predictor(org_path, tagger, threshold=threshold, gate=gate)
                    print(_line(label, evaluate(predict, posts)))


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
    if "--cross" in argv:
        cross()
        return 0
    from compliance.phi_model import MODEL_PATH

    train(["eval", "dev", "dev2"], MODEL_PATH)
    print(json.dumps({"model": str(MODEL_PATH), "bytes": MODEL_PATH.stat().st_size}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
