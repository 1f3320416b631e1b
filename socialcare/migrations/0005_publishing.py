"""The organisation's crisis pause, and the roles' publishing permissions."""

from django.db import migrations, models

from socialcare.roles import sync_roles


class Migration(migrations.Migration):
    dependencies = [
        ("socialcare", "0004_compliance_roles"),
        ("publishing", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisation",
            name="publishing_pause_reason",
            field=models.CharField(blank=True, max_length=300),
        ),
        migrations.AddField(
            model_name="organisation",
            name="publishing_paused_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(sync_roles, migrations.RunPython.noop),
    ]
