"""Check the audit trail's hash chain: exit 1 and list the breaks if it was tampered with."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from compliance.audit import verify
from compliance.models import AuditEvent


class Command(BaseCommand):
    help = "Verify that no audit event was altered, removed or inserted."

    def handle(self, *args, **options) -> None:
        problems = verify()
        count = AuditEvent.objects.count()
        if problems:
            for problem in problems:
                self.stderr.write(f"event {problem.seq}: {problem.message}")
            raise CommandError(f"audit trail broken: {len(problems)} problem(s) in {count} events")
        self.stdout.write(self.style.SUCCESS(f"audit trail intact: {count} events"))
