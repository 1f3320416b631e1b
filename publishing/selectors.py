"""Reads for pages: publications coming up and those that need a person."""

from __future__ import annotations

from django.db.models import QuerySet

from publishing.models import ConnectedAccount, Publication

State = Publication.State

# Ended in a state that a person should look at.
TROUBLE_STATES = (State.FAILED, State.UNCONFIRMED, State.HELD, State.MISSED)


def upcoming(limit: int = 10) -> QuerySet[Publication]:
    return (
        Publication.objects.open()
        .select_related("post", "account")
        .order_by("scheduled_at", "pk")[:limit]
    )


def needing_attention(limit: int = 10) -> QuerySet[Publication]:
    return (
        Publication.objects.filter(state__in=TROUBLE_STATES)
        .select_related("post", "account")
        .order_by("-updated_at", "-pk")[:limit]
    )


def accounts_overview() -> QuerySet[ConnectedAccount]:
    return ConnectedAccount.objects.exclude(state=ConnectedAccount.State.DISCONNECTED)
