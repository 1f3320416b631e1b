from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from compliance import audit, selectors, services
from compliance.forms import (
    ApproveForm,
    AuditFilterForm,
    ReleaseForm,
    RequestChangesForm,
    RevokeForm,
)
from posts.composition import Draft
from posts.history import changes_between
from socialcare.lib.platforms import Platform
from socialcare.models import Organisation

PAGE_SIZE = 50


def _errors(exc: ValidationError) -> str:
    return " ".join(exc.messages)


# --- Releases ---------------------------------------------------------------------------


@permission_required("compliance.view_patientrelease", raise_exception=True)
def release_list(request: HttpRequest) -> HttpResponse:
    # The name search is POSTed: a patient's name must not end up in a URL or access log.
    params = request.POST if request.method == "POST" else request.GET
    status = params.get("status", "")
    text = request.POST.get("q", "").strip()[:100]
    releases = selectors.release_list(status=status, text=text)
    page = Paginator(releases, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "compliance/release_list.html",
        {"page": page, "status": status, "q": text},
    )


@permission_required("compliance.add_patientrelease", raise_exception=True)
def release_create(request: HttpRequest) -> HttpResponse:
    form = ReleaseForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        release = services.create_release(
            actor=request.user,
            release=form.save(commit=False),
            document=form.cleaned_data["document_upload"],
            request=request,
        )
        missing = release.missing_elements()
        if missing:
            messages.warning(
                request,
                "Release saved, but it cannot be linked to posts until it records: "
                + "; ".join(missing)
                + ".",
            )
        else:
            messages.success(request, "Release saved. It can now be linked to posts.")
        return redirect("compliance:release", pk=release.pk)
    return render(request, "compliance/release_form.html", {"form": form, "release": None})


@permission_required("compliance.change_patientrelease", raise_exception=True)
def release_edit(request: HttpRequest, pk: int) -> HttpResponse:
    release = selectors.get_release_for_user(request.user, pk, write=True)
    if release.is_revoked:
        messages.error(request, "A revoked release cannot be changed.")
        return redirect("compliance:release", pk=pk)
    form = ReleaseForm(request.POST or None, request.FILES or None, instance=release)
    if request.method == "POST" and form.is_valid():
        services.update_release(
            actor=request.user,
            release=form.save(commit=False),
            changed=form.changed_data,
            document=form.cleaned_data["document_upload"],
            request=request,
        )
        messages.success(request, "Release saved.")
        return redirect("compliance:release", pk=pk)
    return render(request, "compliance/release_form.html", {"form": form, "release": release})


@never_cache
@permission_required("compliance.view_patientrelease", raise_exception=True)
def release_detail(request: HttpRequest, pk: int) -> HttpResponse:
    release = selectors.get_release_for_user(request.user, pk)
    services.record_release_viewed(release=release, actor=request.user, request=request)
    return render(
        request,
        "compliance/release_detail.html",
        {
            "release": release,
            "defects": release.defects(),
            "posts": selectors.posts_relying_on(release),
            "revoke_form": RevokeForm(),
        },
    )


@never_cache
@require_GET
@permission_required("compliance.download_release", raise_exception=True)
def release_document(request: HttpRequest, pk: int) -> HttpResponse:
    release = selectors.get_release_for_user(request.user, pk)
    try:
        content = services.read_release_document(
            release=release, actor=request.user, request=request
        )
    except ValidationError as exc:
        messages.error(request, _errors(exc))
        return redirect("compliance:release", pk=pk)
    extension = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}
    response = HttpResponse(content, content_type=release.document_content_type)
    # A neutral file name: the patient's name must not land in a downloads folder listing.
    name = f"release-{release.pk}.{extension.get(release.document_content_type, 'bin')}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@permission_required("compliance.change_patientrelease", raise_exception=True)
def release_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    release = selectors.get_release_for_user(request.user, pk, write=True)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say how the revocation was received.")
        return redirect("compliance:release", pk=pk)
    try:
        posts = services.revoke_release(
            release=release, actor=request.user, note=form.cleaned_data["note"], request=request
        )
    except ValidationError as exc:
        messages.error(request, _errors(exc))
    else:
        messages.warning(
            request,
            f"Release #{release.pk} is revoked. {len(posts)} post(s) relied on it and can no "
            "longer be published; their authors were told.",
        )
    return redirect("compliance:release", pk=pk)


# --- Review -----------------------------------------------------------------------------


@permission_required("posts.review_post", raise_exception=True)
def review_queue(request: HttpRequest) -> HttpResponse:
    return render(request, "compliance/review_queue.html", {"posts": selectors.review_queue()})


def _review_context(request: HttpRequest, post, **extra) -> dict:
    scan = services.scan_post(post)
    draft = Draft.of(post)
    releases = services.releases_of(post)
    scope = [
        services.check_scope(release=r, scan=scan, platforms=Platform.values) for r in releases
    ]
    last_review = post.reviews.order_by("-created_at", "-id").first()
    diff = None
    if last_review is not None:
        old = post.revisions.filter(number=last_review.revision_number).first()
        new = post.revisions.order_by("-number").first()
        if old and new and old.pk != new.pk:
            diff = changes_between(old.snapshot, new.snapshot)
    own = request.user.pk == post.author_id or post.revisions.filter(editor=request.user).exists()
    return {
        "post": post,
        "scan": scan,
        "fields": {f.field: f for f in scan.fields},
        "previews": [
            {"platform": p, "label": Platform(p).label, "text": draft.compose(p), "measure": m}
            for p, m in draft.measures().items()
        ],
        "media": list(post.media.all()),
        "organisation": Organisation.current(),
        "scope": scope,
        "last_review": last_review,
        "diff": diff,
        "own_post": own,
        "statement": services.SIGNATURE_STATEMENT.format(
            name=request.user.get_full_name() or request.user.get_username(), post=post.pk
        ),
        "approve_form": ApproveForm(),
        "changes_form": RequestChangesForm(),
        "reviews": post.reviews.select_related("reviewer").order_by("-created_at")[:10],
        **extra,
    }


@never_cache
@permission_required("posts.review_post", raise_exception=True)
def review(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_review(request.user, pk)
    return render(request, "compliance/review.html", _review_context(request, post))


def _decide(request: HttpRequest, post, form, form_key: str, decide) -> HttpResponse | None:
    """Run a review decision from a valid form; on refusal, show why on the form."""
    if form.is_valid():
        try:
            decide(form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            message = _errors(exc) if isinstance(exc, ValidationError) else str(exc)
            form.add_error(None, message or "You cannot review this post.")
        else:
            return redirect("compliance:queue")
    context = _review_context(request, post, **{form_key: form})
    return render(request, "compliance/review.html", context, status=400)


@require_POST
@permission_required("posts.review_post", raise_exception=True)
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_review(request.user, pk)

    def decide(data: dict) -> None:
        services.approve_post(
            post=post, reviewer=request.user, password=data["password"], request=request
        )
        messages.success(request, f"Post #{post.pk} is approved. Its author was told.")

    return _decide(request, post, ApproveForm(request.POST), "approve_form", decide)


@require_POST
@permission_required("posts.review_post", raise_exception=True)
def request_changes(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_review(request.user, pk)

    def decide(data: dict) -> None:
        services.request_changes(
            post=post, reviewer=request.user, reason=data["reason"], request=request
        )
        messages.info(request, f"Post #{post.pk} went back to its author with your reasons.")

    return _decide(request, post, RequestChangesForm(request.POST), "changes_form", decide)


# --- Audit trail ------------------------------------------------------------------------


def _filtered_events(request: HttpRequest):
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    events = selectors.audit_events(**{k: v for k, v in filters.items() if v})
    return form, events


@permission_required("compliance.view_auditevent", raise_exception=True)
def audit_list(request: HttpRequest) -> HttpResponse:
    form, events = _filtered_events(request)
    page = Paginator(events.select_related("actor"), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "compliance/audit_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


def _cell(value: object) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: neutralise them."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


class _Echo:
    def write(self, value: str) -> str:
        return value


@require_GET
@permission_required("compliance.view_auditevent", raise_exception=True)
def audit_export(request: HttpRequest) -> StreamingHttpResponse:
    form, events = _filtered_events(request)
    audit.record(
        "compliance.audit.exported",
        actor=request.user,
        request=request,
        data={"filters": {k: str(v) for k, v in (form.cleaned_data or {}).items() if v}}
        if form.is_valid()
        else {},
    )
    writer = csv.writer(_Echo())
    header = ["seq", "time_utc", "actor", "action", "object_type", "object_id",
              "content_hash", "ip", "data", "prev_hash", "hash"]  # fmt: skip

    def rows():
        yield writer.writerow(header)
        for e in events.order_by("seq").iterator(chunk_size=2000):
            row = [e.seq, e.created_at.isoformat(), e.actor_label, e.action, e.object_type,
                   e.object_id, e.content_hash, e.ip, e.data, e.prev_hash, e.hash]  # fmt: skip
            yield writer.writerow([_cell(v) for v in row])

    response = StreamingHttpResponse(rows(), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="audit-trail.csv"'
    return response
