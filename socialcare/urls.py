from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from socialcare import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("healthz", views.healthz, name="healthz"),
    path("organisation/", views.organisation_settings, name="organisation"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("posts/", include("posts.urls")),
    path("admin/", admin.site.urls),
]
