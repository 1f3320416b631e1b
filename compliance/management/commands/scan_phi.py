"""`manage.py scan_phi --jsonl`: the PHI scanner as a filter, for batch checks and the
evaluation set.

Reads one JSON object `{"id": ..., "text": ...}` per line on stdin and writes one result
per input line, in order, flushed as it goes:
`{"id", "patient_specific", "findings": [{"type", "start", "end", "text", "reason"}]}`.
A line that cannot be scanned gives `{"id": <id or null>, "error": "..."}` and the run
goes on; the exit code is 0 unless stdin itself cannot be read. Offsets are Python
string indices into `text`. Without `--jsonl`, scans the texts given as arguments and
prints the findings for a person to read.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser

from compliance.phi import OrgContext, default_context, scan


class Command(BaseCommand):
    help = "Scan text for patient identifiers (PHI): JSON lines on stdin with --jsonl."
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--jsonl",
            action="store_true",
            help='Read {"id", "text"} JSON lines on stdin and write one result line each.',
        )
        parser.add_argument("texts", nargs="*", help="Texts to scan (without --jsonl).")

    def handle(self, *args: Any, **options: Any) -> None:
        context = default_context()
        if options["jsonl"]:
            if options.get("stdout") is None and hasattr(sys.stdout, "reconfigure"):
                sys.stdout.reconfigure(encoding="utf-8")  # non-ASCII out, whatever the locale
            self._jsonl(options.get("stdin") or sys.stdin, context)
            return
        if not options["texts"]:
            raise CommandError("Give texts to scan, or --jsonl to read JSON lines on stdin.")
        for text in options["texts"]:
            self._show(text, context)

    def _jsonl(self, stdin: TextIO, context: OrgContext) -> None:
        for number, line in enumerate(_lines(stdin), start=1):
            if isinstance(line, UnicodeDecodeError):
                result: dict[str, Any] = {"id": None, "error": f"line {number} is not UTF-8"}
            else:
                result = _scan_line(line, number, context)
            self.stdout.write(json.dumps(result, ensure_ascii=False))
            self.stdout.flush()

    def _show(self, text: str, context: OrgContext) -> None:
        result = scan(text, context=context)
        verdict = "patient-specific" if result.patient_specific else "not patient-specific"
        self.stdout.write(verdict)
        for f in result.findings:
            self.stdout.write(f"  {f.type} [{f.start}:{f.end}] {f.text!r}: {f.reason}")


def _lines(stdin: TextIO) -> Iterator[str | UnicodeDecodeError]:
    """The lines of stdin without their line ends; bytes that are not UTF-8 are reported
    for their line only. Raises CommandError when stdin cannot be read at all."""
    binary = getattr(stdin, "buffer", None)
    try:
        if binary is None:  # a text stream (tests, call_command)
            for line in stdin:
                yield line.rstrip("\r\n")
            return
        for raw in binary:
            try:
                yield raw.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as error:
                yield error
    except (OSError, ValueError, io.UnsupportedOperation) as error:
        raise CommandError(f"Could not read stdin: {error.__class__.__name__}") from error


def _scan_line(line: str, number: int, context: OrgContext) -> dict[str, Any]:
    # Error messages name the line and the problem, never the text: it may be PHI.
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"line {number} is not valid JSON ({error.msg})"}
    if not isinstance(item, dict):
        return {"id": None, "error": f"line {number} is not a JSON object"}
    item_id = item.get("id")
    text = item.get("text")
    if not isinstance(text, str):
        return {"id": item_id, "error": f'line {number} has no "text" string'}
    result = scan(text, context=context)
    return {
        "id": item_id,
        "patient_specific": result.patient_specific,
        "findings": [
            {"type": f.type, "start": f.start, "end": f.end, "text": f.text, "reason": f.reason}
            for f in result.findings
        ],
    }
