"""Publications: publish now or schedule, delivery state, unconfirmed, takedown."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from posts import selectors as post_selectors
from posts.views import preview_context
from publishing import services
from publishing.forms import PublicationFilterForm, ResolveForm, ScheduleForm
from publishing.models import Publication

PER_PAGE = 30


@permission_required("publishing.view_publication", raise_exception=True)
def publication_list(request: HttpRequest) -> HttpResponse:
    form = PublicationFilterForm(request.GET or None)
    publications = Publication.objects.select_related("post", "account").order_by(
        "-scheduled_at", "-pk"
    )
    if form.is_valid():
        if form.cleaned_data["state"]:
            publications = publications.filter(state=form.cleaned_data["state"])
        if form.cleaned_data["platform"]:
            publications = publications.filter(account__platform=form.cleaned_data["platform"])
    page = Paginator(publications, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "publishing/publication_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


@require_POST
@permission_required("publishing.publish_post", raise_exception=True)
def schedule(request: HttpRequest, post_id: int) -> HttpResponse:
    post = post_selectors.get_post_for_user(request.user, post_id)
    form = ScheduleForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            publications = services.schedule(
                post,
                data["accounts"],
                actor=request.user,
                at=data["at"] if data["when"] == "at" else None,
                emergency_broadcast=data["emergency_broadcast"],
                lateness_window=(
                    dt.timedelta(minutes=data["lateness_minutes"])
                    if data["lateness_minutes"]
                    else None
                ),
                request=request,
            )
        except services.PublishingRefused as exc:
            form.add_error(None, str(exc))
        else:
            count = len(publications)
            plural = "publication" if count == 1 else "publications"
            if data["when"] == "at":
                messages.success(request, f"{count} {plural} scheduled.")
            else:
                messages.success(request, f"{count} {plural} on the way: sending within seconds.")
            return redirect("posts:preview", pk=post.pk)
    context = {**preview_context(post), "schedule_form": form}
    return render(request, "posts/post_preview.html", context, status=400)


def _back(request: HttpRequest, post_id: int) -> HttpResponse:
    """To the page the action came from (`next`, on this site only), else the post."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("posts:preview", pk=post_id)


def _act(request: HttpRequest, pk: int, action, success: str, **kwargs) -> HttpResponse:
    publication = get_object_or_404(Publication, pk=pk)
    try:
        action(publication, actor=request.user, request=request, **kwargs)
    except services.PublishingRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, success)
    return _back(request, publication.post_id)


@require_POST
@permission_required("publishing.publish_post", raise_exception=True)
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, services.cancel, "Publication canceled.")


@require_POST
@permission_required("publishing.publish_post", raise_exception=True)
def retry(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, services.retry, "Publication queued again: sending within seconds.")


@require_POST
@permission_required("publishing.publish_post", raise_exception=True)
def resolve(request: HttpRequest, pk: int) -> HttpResponse:
    form = ResolveForm(request.POST)
    if not form.is_valid():
        publication = get_object_or_404(Publication, pk=pk)
        messages.error(request, "Say whether the post is on the platform (and give a valid link).")
        return _back(request, publication.post_id)
    found = form.cleaned_data["found"]
    return _act(
        request,
        pk,
        services.resolve_unconfirmed,
        "Marked published." if found else "Publication queued again: sending within seconds.",
        found=found,
        permalink=form.cleaned_data["permalink"],
    )


@require_POST
@permission_required("publishing.take_down", raise_exception=True)
def take_down(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, services.take_down, "Deleted from the platform.")


@require_POST
@permission_required("publishing.take_down", raise_exception=True)
def take_down_post(request: HttpRequest, post_id: int) -> HttpResponse:
    post = post_selectors.get_post_for_user(request.user, post_id)
    problems = services.take_down_post(post, actor=request.user, request=request)
    for problem in problems:
        messages.error(request, problem)
    if not problems:
        messages.success(request, "Deleted from every platform it was on.")
    return _back(request, post.pk)
