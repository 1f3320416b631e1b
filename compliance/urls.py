from django.urls import path

from compliance import views

app_name = "compliance"

urlpatterns = [
    path("releases/", views.release_list, name="releases"),
    path("releases/new/", views.release_create, name="release_create"),
    path("releases/<int:pk>/", views.release_detail, name="release"),
    path("releases/<int:pk>/edit/", views.release_edit, name="release_edit"),
    path("releases/<int:pk>/document/", views.release_document, name="release_document"),
    path("releases/<int:pk>/revoke/", views.release_revoke, name="release_revoke"),
    path("review/", views.review_queue, name="queue"),
    path("review/<int:pk>/", views.review, name="review"),
    path("review/<int:pk>/approve/", views.approve, name="approve"),
    path("review/<int:pk>/request-changes/", views.request_changes, name="request_changes"),
    path("audit/", views.audit_list, name="audit"),
    path("audit/export.csv", views.audit_export, name="audit_export"),
]
