from django.urls import path

from publishing import account_views, views

app_name = "publishing"

urlpatterns = [
    path("", views.publication_list, name="list"),
    path("posts/<int:post_id>/schedule/", views.schedule, name="schedule"),
    path("posts/<int:post_id>/take-down/", views.take_down_post, name="take_down_post"),
    path("<int:pk>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/retry/", views.retry, name="retry"),
    path("<int:pk>/resolve/", views.resolve, name="resolve"),
    path("<int:pk>/take-down/", views.take_down, name="take_down"),
    # Connected accounts (Admin).
    *account_views.urlpatterns,
]
