"""The navigation: each role sees the pages it can use, nothing more."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from socialcare.models import Notification

# (label, url name, permission needed)
NAVIGATION = (
    ("Dashboard", "dashboard", None),
    ("Posts", "posts:list", "posts.view_post"),
    ("New post", "posts:create", "posts.add_post"),
    ("Content library", "posts:templates", "posts.view_contenttemplate"),
    ("Publications", "publishing:list", "publishing.view_publication"),
    ("Review", "compliance:queue", "posts.review_post"),
    ("Releases", "compliance:releases", "compliance.view_patientrelease"),
    ("Audit trail", "compliance:audit", "compliance.view_auditevent"),
    ("Organisation", "organisation", "socialcare.change_organisation"),
    ("Accounts", "publishing:accounts", "publishing.view_connectedaccount"),
    # Users and their roles are managed in Django's admin site (staff Admins).
    ("Users", "admin:auth_user_changelist", "auth.change_user"),
)


def navigation(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    items = []
    for label, name, perm in NAVIGATION:
        if name.startswith("admin:") and not user.is_staff:
            continue
        if perm is None or user.has_perm(perm):
            url = reverse(name)
            active = request.path == url or (url != "/" and request.path.startswith(url))
            items.append({"label": label, "url": url, "active": active})
    # Only the longest matching prefix is the current page.
    current = [i for i in items if i["active"]]
    if len(current) > 1:
        longest = max(current, key=lambda i: len(i["url"]))
        for item in items:
            item["active"] = item is longest
    unread = Notification.objects.filter(user=user, read_at__isnull=True).count()
    return {"nav_items": items, "unread_notifications": unread}
