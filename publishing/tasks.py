"""Celery tasks: they carry publication ids, never post text or tokens."""

from __future__ import annotations

from celery import shared_task

from publishing import accounts, delivery


@shared_task(name="publishing.tasks.dispatch_due", ignore_result=True)
def dispatch_due() -> int:
    return len(delivery.dispatch_due())


@shared_task(name="publishing.tasks.publish", ignore_result=True, acks_late=True)
def publish(publication_id: int) -> str:
    return delivery.run_attempt(publication_id)


@shared_task(name="publishing.tasks.refresh_expiring_tokens", ignore_result=True)
def refresh_expiring_tokens() -> None:
    accounts.refresh_expiring_tokens()
