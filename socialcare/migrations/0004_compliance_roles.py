"""Give the roles the permissions of the compliance models."""

from django.db import migrations

from socialcare.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("socialcare", "0003_organisation_contacts_notifications"),
        ("compliance", "0001_initial"),
        ("posts", "0003_review_states"),
    ]

    operations = [migrations.RunPython(sync_roles, migrations.RunPython.noop)]
