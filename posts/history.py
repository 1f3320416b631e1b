"""Revision history: what changed between one saved version of a post and the next."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from posts.models import Revision

FIELD_LABELS = {
    "title": "Internal title",
    "topic": "Topic",
    "body": "Text",
    "link": "Link",
    "hashtags": "Hashtags",
    "x_text": "Text for X",
    "facebook_text": "Text for Facebook",
}


@dataclass(frozen=True)
class FieldChange:
    label: str
    diff: SafeString


@dataclass(frozen=True)
class RevisionChanges:
    revision: Revision
    changes: list[FieldChange]


def word_diff(old: str, new: str) -> SafeString:
    """Inline diff by words: removed words in <del>, added ones in <ins>."""
    a, b = re.findall(r"\s+|\S+", old), re.findall(r"\s+|\S+", new)
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op in ("delete", "replace"):
            out.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if op in ("insert", "replace"):
            out.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
        if op == "equal":
            out.append(escape("".join(a[i1:i2])))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def _media_changes(old: list[dict], new: list[dict]) -> list[FieldChange]:
    before = {m["id"]: m for m in old}
    after = {m["id"]: m for m in new}
    changes = []
    for media_id in sorted(after.keys() - before.keys()):
        changes.append(FieldChange("Image added", word_diff("", after[media_id]["alt_text"])))
    for media_id in sorted(before.keys() - after.keys()):
        changes.append(FieldChange("Image removed", word_diff(before[media_id]["alt_text"], "")))
    for media_id in sorted(before.keys() & after.keys()):
        old_flag = before[media_id].get("shows_patient")
        new_flag = after[media_id].get("shows_patient")
        if old_flag != new_flag:
            changes.append(
                FieldChange(
                    "Image shows a patient", word_diff(_yes_no(old_flag), _yes_no(new_flag))
                )
            )
        if before[media_id]["alt_text"] != after[media_id]["alt_text"]:
            changes.append(
                FieldChange(
                    "Image alt text",
                    word_diff(before[media_id]["alt_text"], after[media_id]["alt_text"]),
                )
            )
    return changes


def _yes_no(flag: bool | None) -> str:
    return {True: "yes", False: "no", None: "not declared"}[flag]


def changes_between(old: dict, new: dict) -> list[FieldChange]:
    changes = [
        FieldChange(label, word_diff(str(old.get(field, "")), str(new.get(field, ""))))
        for field, label in FIELD_LABELS.items()
        if old.get(field, "") != new.get(field, "")
    ]
    return changes + _media_changes(old.get("media", []), new.get("media", []))


def history(revisions: list[Revision]) -> list[RevisionChanges]:
    """Newest first; the first revision is compared with an empty post."""
    ordered = sorted(revisions, key=lambda r: r.number)
    result, previous = [], {}
    for revision in ordered:
        result.append(RevisionChanges(revision, changes_between(previous, revision.snapshot)))
        previous = revision.snapshot
    return list(reversed(result))
