"""Word lists for the PHI scanner (`compliance.phi`), read once on first use.

Each `.txt` file here is plain text: `#` starts a comment; `words()` splits on white
space, `phrases()` reads one entry per line. Entries are lower case.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    text = (_HERE / f"{name}.txt").read_text(encoding="utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines()]


@cache
def words(name: str) -> frozenset[str]:
    """The white-space separated words of `name`.txt."""
    return frozenset(word for line in _lines(name) for word in line.split())


@cache
def phrases(name: str) -> tuple[str, ...]:
    """The non-empty lines of `name`.txt, longest first (so that alternations prefer them)."""
    found = {line for line in _lines(name) if line}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))
