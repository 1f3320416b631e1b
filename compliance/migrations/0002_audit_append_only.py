"""On PostgreSQL, a trigger refuses UPDATE and DELETE of audit events, whatever the
client: the ORM guards are not the only line of defence."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION compliance_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER compliance_audit_append_only
    BEFORE UPDATE OR DELETE ON compliance_auditevent
    FOR EACH ROW EXECUTE FUNCTION compliance_audit_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS compliance_audit_append_only ON compliance_auditevent;
DROP FUNCTION IF EXISTS compliance_audit_append_only();
"""


def create_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def drop_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial")]

    operations = [migrations.RunPython(create_trigger, drop_trigger)]
