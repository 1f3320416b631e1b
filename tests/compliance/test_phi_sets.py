"""The labelled PHI sets in `tests/data/` are what their builders write: a builder edited
without rebuilding its set (or a set edited by hand) fails here."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"


# Every blind set's builder in the folder, so that a new set cannot be left out.
BUILT = sorted(
    int(path.name.removeprefix("phi_dev").removesuffix("_source.py"))
    for path in DATA.glob("phi_dev*_source.py")
)


def test_every_blind_set_built_is_scored():
    from bench.phi_eval import SETS

    built = {f"dev{k}" for k in BUILT}
    assert built == {name for name in SETS if name.startswith("dev") and name != "dev"}


@pytest.mark.parametrize("k", BUILT)
def test_each_blind_set_is_what_its_builder_writes(k, tmp_path, capsys):
    module = importlib.import_module(f"tests.data.phi_dev{k}_source")
    module.S.out_path = str(tmp_path / "built.jsonl")
    if hasattr(module, "main"):
        module.main()
    else:
        module.S.main(module.__name__)
    capsys.readouterr()  # the builder's summary

    built = (tmp_path / "built.jsonl").read_text(encoding="utf-8")
    assert built == (DATA / f"phi_dev{k}.jsonl").read_text(encoding="utf-8")
