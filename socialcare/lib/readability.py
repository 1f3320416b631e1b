"""Readability of post text, with guidance a comms officer can act on.

Public health writing aims at US school grade 8 or below (CDC Clear Communication
Index; NIH plain language guidance).
"""

from __future__ import annotations

from dataclasses import dataclass

import textstat

TARGET_GRADE = 8.0


@dataclass(frozen=True)
class Readability:
    grade: float | None
    level: str  # "good", "fair", "hard" or "empty"
    guidance: str


def readability(text: str) -> Readability:
    if len(text.split()) < 3:
        return Readability(None, "empty", "Write a sentence or two to see how easy it is to read.")
    grade = round(float(textstat.flesch_kincaid_grade(text)), 1)
    if grade <= TARGET_GRADE:
        return Readability(grade, "good", "Easy to read: most adults will follow this.")
    if grade <= 12:
        return Readability(
            grade,
            "fair",
            "Aim for grade 8 or below: use shorter sentences and everyday words.",
        )
    return Readability(
        grade,
        "hard",
        "Hard to read: split long sentences and replace medical terms with plain words.",
    )
