"""The audit trail: append-only, hash-chained, written in the caller's transaction.

`record()` is the only writer. Each event's hash covers its own fields and the hash of
the event before it, so `verify()` (the `verify_audit` command) detects an event that
was altered, removed from the middle, or inserted. Events carry ids, codes and content
hashes, never post text or patient names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection, models, transaction
from django.http import HttpRequest
from django.utils import timezone

from compliance.models import AuditEvent

GENESIS = "0" * 64
# Any constant: the advisory lock that serialises appends on PostgreSQL.
_CHAIN_LOCK = 0x5C_A0D1


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def _canonical(event: AuditEvent) -> bytes:
    fields = {
        "seq": event.seq,
        "created_at": event.created_at.isoformat(timespec="microseconds"),
        "actor": event.actor_id,
        "actor_label": event.actor_label,
        "action": event.action,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "content_hash": event.content_hash,
        "ip": event.ip,
        "data": event.data,
        "prev_hash": event.prev_hash,
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def event_hash(event: AuditEvent) -> str:
    return hashlib.sha256(_canonical(event)).hexdigest()


def _lock_chain() -> None:
    # SQLite needs nothing more: IMMEDIATE transactions already hold the write lock.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK])


def record(
    action: str,
    *,
    actor: AbstractBaseUser | None = None,
    obj: models.Model | None = None,
    content_hash: str = "",
    request: HttpRequest | None = None,
    data: dict[str, Any] | None = None,
    actor_label: str = "",
) -> AuditEvent:
    """Append one event. Call inside the transaction of the change it records."""
    with transaction.atomic():
        _lock_chain()
        last = AuditEvent.objects.order_by("-seq").values_list("seq", "hash").first()
        seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
        authenticated = actor is not None and actor.is_authenticated
        event = AuditEvent(
            seq=seq,
            created_at=timezone.now(),  # UTC, microseconds: what every database keeps
            actor=actor if authenticated else None,
            actor_label=actor_label or (actor.get_username() if authenticated else ""),
            action=action,
            object_type=obj._meta.label_lower if obj is not None else "",
            object_id=str(obj.pk) if obj is not None else "",
            content_hash=content_hash,
            ip=client_ip(request),
            data=data or {},
            prev_hash=prev_hash,
        )
        event.hash = event_hash(event)
        event.save(force_insert=True)
    return event


@dataclass(frozen=True)
class Problem:
    seq: int
    message: str


def verify(events: Iterator[AuditEvent] | None = None) -> list[Problem]:
    """Walk the chain in order; every break is reported with the event where it shows."""
    if events is None:
        events = AuditEvent.objects.order_by("seq").iterator(chunk_size=2000)
    problems: list[Problem] = []
    expected_seq, prev_hash = 1, GENESIS
    for event in events:
        if event.seq != expected_seq:
            problems.append(
                Problem(event.seq, f"expected event {expected_seq} here: events are missing")
            )
        if event.prev_hash != prev_hash:
            problems.append(
                Problem(event.seq, "does not follow the event before it (removed or inserted)")
            )
        if event_hash(event) != event.hash:
            problems.append(Problem(event.seq, "its contents were altered after it was written"))
        expected_seq, prev_hash = event.seq + 1, event.hash
    return problems
