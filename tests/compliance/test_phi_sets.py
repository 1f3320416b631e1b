"""The labelled PHI sets in `tests/data/` are what their builders write: a builder edited
without rebuilding its set (or a set edited by hand) fails here."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.mark.parametrize("k", range(2, 44))
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
