from django.urls import path

from posts import views

app_name = "posts"

urlpatterns = [
    path("", views.post_list, name="list"),
    path("new/", views.post_create, name="create"),
    path("analyze/", views.analyze, name="analyze"),
    path("<int:pk>/", views.post_edit, name="edit"),
    path("<int:pk>/preview/", views.post_preview, name="preview"),
    path("<int:pk>/history/", views.post_history, name="history"),
    path("<int:pk>/media/<int:media_id>/", views.media_file, name="media"),
    path("<int:pk>/submit/", views.submit, name="submit"),
    path("<int:pk>/releases/", views.link_release, name="link_release"),
    path("<int:pk>/releases/find/", views.find_releases, name="find_releases"),
    path("<int:pk>/releases/<int:release_id>/unlink/", views.unlink_release, name="unlink_release"),
    path("templates/", views.template_list, name="templates"),
    path("templates/new/", views.template_create, name="template_create"),
    path("templates/<int:pk>/", views.template_edit, name="template_edit"),
]
