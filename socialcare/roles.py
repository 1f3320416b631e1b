"""The three roles, as Django groups, and the permissions each one holds.

Views check permissions (`user.has_perm`), never group names, so that one person can
hold several roles. The groups are created by a data migration; a later migration
that adds permissions calls `sync_roles` again.
"""

from __future__ import annotations

from django.contrib.auth.management import create_permissions

COMMS = "Comms"
COMPLIANCE = "Compliance"
ADMIN = "Admin"
ROLES = (COMMS, COMPLIANCE, ADMIN)

ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    COMMS: (
        "posts.view_post",
        "posts.add_post",
        "posts.change_post",
        "posts.view_contenttemplate",
        "posts.add_contenttemplate",
        "posts.change_contenttemplate",
        "posts.delete_contenttemplate",
        "compliance.link_release",
        "publishing.view_publication",
        "publishing.publish_post",
        "publishing.take_down",
    ),
    COMPLIANCE: (
        "posts.view_post",
        "posts.review_post",
        "posts.view_contenttemplate",
        "compliance.view_patientrelease",
        "compliance.add_patientrelease",
        "compliance.change_patientrelease",
        "compliance.download_release",
        "compliance.link_release",
        "compliance.view_auditevent",
        "publishing.view_publication",
        "publishing.take_down",
    ),
    ADMIN: (
        "auth.view_user",
        "auth.add_user",
        "auth.change_user",
        "auth.view_group",
        "socialcare.view_organisation",
        "socialcare.change_organisation",
        "publishing.view_connectedaccount",
        "publishing.manage_accounts",
        "publishing.view_publication",
    ),
}


def sync_roles(apps, schema_editor=None) -> None:
    """Create the groups and give each exactly its permissions (migration-safe)."""
    for app_config in apps.get_app_configs():
        # In a migration the app configs carry no models module and create_permissions
        # would skip them; with the live registry this leaves them as they were.
        original = getattr(app_config, "models_module", None)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, codes in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = []
        for code in codes:
            app_label, codename = code.split(".")
            perm = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if perm is not None:  # a later migration adds the models it names
                perms.append(perm)
        group.permissions.set(perms)
