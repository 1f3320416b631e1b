"""The audit trail: append-only, hash-chained, tamper-evident, and free of PHI."""

from __future__ import annotations

import csv
import io
import itertools

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from compliance import audit
from compliance.models import AuditEvent
from tests.conftest import TEST_PASSWORD


@pytest.fixture
def chain(db, comms):
    return [audit.record("posts.post.created", actor=comms, data={"n": n}) for n in range(1, 6)]


def verify_output() -> tuple[bool, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("verify_audit", stdout=out, stderr=err)
    except CommandError as exc:
        return False, err.getvalue() + str(exc)
    return True, out.getvalue()


def test_it_chains_each_event_to_the_one_before(chain):
    assert [e.seq for e in chain] == [1, 2, 3, 4, 5]
    assert chain[0].prev_hash == audit.GENESIS
    for before, after in itertools.pairwise(chain):
        assert after.prev_hash == before.hash
    assert verify_output() == (True, "audit trail intact: 5 events\n")


def test_it_refuses_changes_and_deletes_through_the_orm(chain):
    event = AuditEvent.objects.get(seq=3)
    event.action = "something.else"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        event.delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(seq=3).update(action="x")
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(seq=3).delete()
    assert AuditEvent.objects.get(seq=3).action == "posts.post.created"


def _raw(sql: str, params: list) -> None:
    """Tamper the way someone with database access would, around any trigger."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # A superuser can switch triggers off for the session: the chain still tells.
            cursor.execute("SET session_replication_role = replica")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET session_replication_role = DEFAULT")


def test_it_detects_an_altered_event(chain):
    _raw("UPDATE compliance_auditevent SET action = %s WHERE seq = %s", ["auth.login", 3])
    ok, output = verify_output()
    assert not ok
    assert "event 3: its contents were altered" in output


def test_it_detects_a_removed_event(chain):
    _raw("DELETE FROM compliance_auditevent WHERE seq = %s", [2])
    ok, output = verify_output()
    assert not ok
    assert "event 3: expected event 2 here" in output
    assert "event 3: does not follow the event before it" in output


def test_it_detects_an_inserted_event(chain):
    # Move the last event up and forge one in its place, hash computed like ours.
    last = AuditEvent.objects.get(seq=5)
    _raw("UPDATE compliance_auditevent SET seq = 6 WHERE seq = 5", [])
    forged = AuditEvent(
        seq=5,
        created_at=last.created_at,
        action="compliance.review.approved",
        prev_hash=AuditEvent.objects.get(seq=4).hash,
        data={},
    )
    forged.hash = audit.event_hash(forged)
    forged.save()
    ok, output = verify_output()
    assert not ok
    assert "event 6" in output


def test_it_records_inside_the_callers_transaction(db, comms):
    with pytest.raises(RuntimeError), transaction.atomic():
        audit.record("posts.post.created", actor=comms)
        raise RuntimeError("the change failed")
    assert not AuditEvent.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_it_rejects_raw_updates_on_postgresql_or_verify_catches_them(make_user):
    user = make_user("raw", "Comms")
    audit.record("auth.login", actor=user)
    audit.record("auth.logout", actor=user)
    if connection.vendor == "postgresql":
        with pytest.raises(DatabaseError, match="append-only"), connection.cursor() as cursor:
            cursor.execute("UPDATE compliance_auditevent SET action = 'x' WHERE seq = 1")
        with pytest.raises(DatabaseError, match="append-only"), connection.cursor() as cursor:
            cursor.execute("DELETE FROM compliance_auditevent WHERE seq = 1")
        assert AuditEvent.objects.get(seq=1).action == "auth.login"
    else:
        # SQLite has no such trigger (its DELETE-based test flush would trip it): the
        # hash chain is what catches a raw change there.
        with connection.cursor() as cursor:
            cursor.execute("UPDATE compliance_auditevent SET action = 'x' WHERE seq = 1")
        assert [p.seq for p in audit.verify()] == [1]


def test_it_audits_logins_logouts_and_failures(client, comms):
    client.post(reverse("login"), {"username": "casey", "password": "wrong"})
    client.post(reverse("login"), {"username": "casey", "password": TEST_PASSWORD})
    client.post(reverse("logout"))
    events = list(AuditEvent.objects.order_by("seq").values_list("action", "actor_label"))
    assert events == [
        ("auth.login_failed", "casey"),
        ("auth.login", "casey"),
        ("auth.logout", "casey"),
    ]
    assert all(e.ip == "127.0.0.1" for e in AuditEvent.objects.all())


def test_it_lets_compliance_filter_and_export_the_trail(client, compliance, comms, chain):
    audit.record("compliance.release.viewed", actor=compliance)
    client.force_login(compliance)
    page = client.get(reverse("compliance:audit"), {"action": "compliance."}).content.decode()
    assert "compliance.release.viewed" in page
    assert "posts.post.created" not in page

    response = client.get(reverse("compliance:audit_export"), {"actor": "casey"})
    assert response["Content-Type"] == "text/csv"
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:4] == ["seq", "time_utc", "actor", "action"]
    assert {row[2] for row in rows[1:]} == {"casey"}
    assert len(rows) == 1 + 5
    assert AuditEvent.objects.filter(action="compliance.audit.exported").exists()


def test_it_keeps_the_trail_from_comms(client, comms):
    client.force_login(comms)
    assert client.get(reverse("compliance:audit")).status_code == 403
    assert client.get(reverse("compliance:audit_export")).status_code == 403


def test_it_neutralises_formulas_in_the_export(client, compliance, make_user):
    audit.record("auth.login_failed", actor_label="=HYPERLINK(1)")
    client.force_login(compliance)
    response = client.get(reverse("compliance:audit_export"))
    body = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in body
