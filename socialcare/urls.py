from django.contrib import admin
from django.urls import include, path

from socialcare import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("healthz", views.healthz, name="healthz"),
    path("organisation/", views.organisation_settings, name="organisation"),
    path("accounts/login/", views.LoginView.as_view(), name="login"),
    path("accounts/logout/", views.LogoutView.as_view(), name="logout"),
    path("posts/", include("posts.urls")),
    path("compliance/", include("compliance.urls")),
    path("publishing/", include("publishing.urls")),
    path("notifications/", views.notifications, name="notifications"),
    path("admin/", admin.site.urls),
]
