"""`manage.py scan_phi --jsonl`: one result line per input line, in order, whatever
the input holds."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def _run(lines: list[str]) -> list[dict]:
    stdout = io.StringIO()
    call_command(
        "scan_phi",
        "--jsonl",
        stdin=io.StringIO("".join(f"{line}\n" for line in lines)),
        stdout=stdout,
    )
    return [json.loads(line) for line in stdout.getvalue().splitlines()]


def _process(**kwargs) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "socialcare.test_settings", "LANG": "C"}
    return subprocess.Popen(
        [sys.executable, "manage.py", "scan_phi", "--jsonl"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def test_it_writes_one_result_per_line_in_order():
    results = _run(
        [
            json.dumps({"id": "a", "text": "Welcome to the world, Mateo!"}),
            json.dumps({"id": 2, "text": "Wash your hands for 20 seconds."}),
            json.dumps({"id": "c", "text": "Patient MRN 00482913 in room 4B"}),
        ]
    )

    assert [r["id"] for r in results] == ["a", 2, "c"]
    assert [r["patient_specific"] for r in results] == [True, False, True]
    assert results[0]["findings"] == [
        {
            "type": "NAME",
            "start": 22,
            "end": 27,
            "text": "Mateo",
            "reason": "Looks like a patient's name: it follows 'Welcome to the world'.",
        }
    ]
    assert [f["type"] for f in results[2]["findings"]] == ["MRN", "OTHER_ID"]


def test_it_reports_a_malformed_line_and_carries_on():
    results = _run(
        [
            "not json at all",
            json.dumps(["a", "list"]),
            json.dumps({"id": 7, "body": "no text field"}),
            json.dumps({"id": 8, "text": None}),
            "",
            json.dumps({"id": 9, "text": "Little Ava went home today."}),
        ]
    )

    assert len(results) == 6
    assert results[0]["id"] is None and "not valid JSON" in results[0]["error"]
    assert results[1]["id"] is None and "not a JSON object" in results[1]["error"]
    assert results[2] == {"id": 7, "error": 'line 3 has no "text" string'}
    assert results[3]["id"] == 8 and "error" in results[3]
    assert results[4]["id"] is None and "error" in results[4]
    assert results[5]["id"] == 9 and results[5]["patient_specific"] is True


def test_it_keeps_the_text_out_of_error_messages():
    [result] = _run(['{"id": 1, "text": "Little Ava went home" oops'])

    assert "Ava" not in result["error"]


def test_it_round_trips_non_ascii_text():
    text = "La pequeña Sofía salió hoy de la UCI neonatal 💙 #FuerzaSofía"
    [result] = _run([json.dumps({"id": "ñ-1", "text": text}, ensure_ascii=False)])

    assert result["id"] == "ñ-1"
    assert [f["text"] for f in result["findings"]] == ["Sofía", "#FuerzaSofía"]
    for f in result["findings"]:
        assert text[f["start"] : f["end"]] == f["text"]


def test_it_answers_each_line_as_it_arrives_and_exits_zero():
    process = _process()
    assert process.stdin and process.stdout
    try:
        process.stdin.write(
            json.dumps({"id": 1, "text": "Welcome to the world, Mateo!"}).encode() + b"\n"
        )
        process.stdin.flush()
        first = json.loads(process.stdout.readline())  # answered before stdin closes
        assert first["id"] == 1 and first["patient_specific"] is True

        line = {"id": 2, "text": "Baby Sofía is home 💙"}
        process.stdin.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
        process.stdin.write(b"\xff\xfe broken bytes\n")
        process.stdin.close()
        rest = [json.loads(raw.decode("utf-8")) for raw in process.stdout.read().splitlines()]
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    assert rest[0]["id"] == 2
    assert rest[0]["findings"][0]["text"] == "Sofía"
    assert rest[1] == {"id": None, "error": "line 3 is not UTF-8"}


@pytest.mark.django_db
def test_it_uses_the_organisations_details():
    from socialcare.models import Organisation

    Organisation.objects.update_or_create(pk=1, defaults={"name": "Grace Regional Hospital"})

    [result] = _run([json.dumps({"id": 1, "text": "We love Grace!"})])

    assert result["findings"] == []
