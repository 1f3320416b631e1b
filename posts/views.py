from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from compliance import services as compliance
from compliance.models import PatientRelease
from posts import selectors, services
from posts.composition import Draft
from posts.forms import AnalyzeForm, ContentTemplateForm, PostFilterForm, PostForm
from posts.history import history
from posts.models import ContentTemplate, Post
from socialcare.lib.platforms import Platform
from socialcare.lib.readability import readability
from socialcare.models import Organisation

POSTS_PER_PAGE = 20


@permission_required("posts.view_post", raise_exception=True)
def post_list(request: HttpRequest) -> HttpResponse:
    form = PostFilterForm(request.GET or None)
    filters = selectors.PostFilter()
    if form.is_valid():
        d = form.cleaned_data
        filters = selectors.PostFilter(
            state=d["state"],
            topic=d["topic"].pk if d["topic"] else None,
            author=d["author"].pk if d["author"] else None,
            text=d["q"].strip(),
        )
    page = Paginator(selectors.post_list(filters=filters), POSTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "posts/post_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


def _saved_message(request: HttpRequest, draft: Draft, verb: str) -> None:
    blockers = draft.submission_blockers()
    if blockers:
        messages.warning(
            request, f"Draft {verb}. It cannot be submitted yet: " + " ".join(blockers)
        )
    else:
        messages.success(request, f"Draft {verb}.")


@permission_required("posts.add_post", raise_exception=True)
def post_create(request: HttpRequest) -> HttpResponse:
    template = None
    template_id = request.GET.get("template", "").strip()
    if template_id.isdigit():
        template = ContentTemplate.objects.filter(pk=template_id).first()
    if request.method == "POST":
        form = PostForm(request.POST, request.FILES)
        if form.is_valid():
            post = services.create_post(
                author=request.user,
                content=form.content(),
                new_images=form.new_images(),
                template=template,
            )
            _saved_message(request, Draft.of(post), "saved")
            return redirect("posts:edit", pk=post.pk)
    else:
        initial = {}
        if template is not None:
            initial = {
                "title": template.name,
                "topic": template.topic_id,
                "body": template.body,
                "link": template.link,
                "hashtags": template.hashtags,
            }
        form = PostForm(initial=initial)
    return render(
        request, "posts/post_form.html", {"form": form, "post": None, "template": template}
    )


@permission_required("posts.change_post", raise_exception=True)
def post_edit(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, write=True)
    media = list(post.media.all())
    if request.method == "POST":
        form = PostForm(request.POST, request.FILES, media=media)
        if form.is_valid():
            try:
                changed = services.update_post(
                    post=post,
                    editor=request.user,
                    content=form.content(),
                    media_changes=form.media_changes(),
                    new_images=form.new_images(),
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                post = selectors.get_post_for_user(request.user, pk, write=True)
                if changed:
                    _saved_message(request, Draft.of(post), "saved")
                else:
                    messages.info(request, "No changes to save.")
                return redirect("posts:edit", pk=post.pk)
    else:
        form = _saved_form(post, media)
    return _render_editor(request, post, form)


def _saved_form(post, media) -> PostForm:
    draft = Draft.of(post)
    return PostForm(
        initial={
            "title": post.title,
            "topic": post.topic_id,
            "body": post.body,
            "link": post.link,
            "hashtags": post.hashtags,
            "x_text": draft.x_text,
            "facebook_text": draft.facebook_text,
        },
        media=media,
    )


def _render_editor(request: HttpRequest, post, form: PostForm, release_q: str = "") -> HttpResponse:
    context = {"form": form, "post": post, **_compliance_panel(request, post, release_q)}
    return render(request, "posts/post_form.html", context)


@require_POST
@permission_required("compliance.link_release", raise_exception=True)
def find_releases(request: HttpRequest, pk: int) -> HttpResponse:
    """Search releases by the patient's name: POST, so the name never lands in a URL."""
    post = selectors.get_post_for_user(request.user, pk, write=True)
    query = request.POST.get("release_q", "").strip()[:100]
    return _render_editor(request, post, _saved_form(post, list(post.media.all())), query)


def _compliance_panel(request: HttpRequest, post, query: str = "") -> dict:
    """Linked releases with their scope, suggestions from the names found, search results."""
    scan = compliance.scan_post(post)
    linked = compliance.releases_of(post)
    found = []
    if len(query) >= 3 and request.user.has_perm("compliance.link_release"):
        # Unusable releases are dropped before keeping 10: they must not hide usable ones.
        found = [
            r
            for r in PatientRelease.objects.filter(
                revoked_at__isnull=True, patient_name__icontains=query
            ).exclude(pk__in=[r.pk for r in linked])
            if not r.defects()
        ][:10]
    return {
        "scan": scan,
        "linked": [
            compliance.check_scope(release=r, scan=scan, platforms=Platform.values) for r in linked
        ],
        "suggested": compliance.suggest_releases(scan=scan, exclude=[r.pk for r in linked]),
        "release_q": query,
        "found_releases": found,
        "problems": compliance.submission_problems(post=post, scan=scan),
        "approval": compliance.active_approval(post),
        "last_review": post.reviews.order_by("-created_at", "-id").first(),
    }


@require_POST
@permission_required("posts.change_post", raise_exception=True)
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, write=True)
    try:
        post = compliance.submit_for_review(post=post, actor=request.user, request=request)
    except ValidationError as exc:
        messages.error(request, "Not submitted: " + " ".join(exc.messages))
    else:
        if post.state == post.State.APPROVED:
            messages.success(request, "Approved: this post needs no compliance review.")
        else:
            messages.success(request, "Submitted. Compliance will review it.")
    return redirect("posts:edit", pk=pk)


@require_POST
@permission_required("compliance.link_release", raise_exception=True)
def link_release(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, write=True)
    release_id = request.POST.get("release", "")
    release = PatientRelease.objects.filter(pk=release_id).first() if release_id.isdigit() else None
    if release is None:
        messages.error(request, "Choose a release to link.")
        return redirect("posts:edit", pk=pk)
    try:
        compliance.link_release(post=post, release=release, actor=request.user, request=request)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Release #{release.pk} linked.")
    return redirect("posts:edit", pk=pk)


@require_POST
@permission_required("compliance.link_release", raise_exception=True)
def unlink_release(request: HttpRequest, pk: int, release_id: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk, write=True)
    release = get_object_or_404(PatientRelease, pk=release_id)
    compliance.unlink_release(post=post, release=release, actor=request.user, request=request)
    messages.info(request, f"Release #{release.pk} unlinked.")
    return redirect("posts:edit", pk=pk)


@permission_required("posts.view_post", raise_exception=True)
def post_preview(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk)
    return render(request, "posts/post_preview.html", preview_context(post))


def preview_context(post: Post) -> dict:
    """The post page: previews per platform, and (through a template tag) publishing."""
    draft = Draft.of(post)
    measures = draft.measures()
    previews = [
        {
            "platform": p,
            "label": Platform(p).label,
            "text": draft.compose(p),
            "measure": measures[p],
        }
        for p in Platform.values
    ]
    return {
        "post": post,
        "previews": previews,
        "media": list(post.media.all()),
        "organisation": Organisation.current(),
        "blockers": draft.submission_blockers(),
    }


@require_GET
@cache_control(private=True, max_age=3600)
@permission_required("posts.view_post", raise_exception=True)
def media_file(request: HttpRequest, pk: int, media_id: int) -> FileResponse:
    """Post images are served only to signed-in staff: a draft may show a patient."""
    post = selectors.get_post_for_user(request.user, pk)
    asset = get_object_or_404(post.media, pk=media_id)
    return FileResponse(asset.file.open("rb"), content_type=asset.content_type)


@permission_required("posts.view_post", raise_exception=True)
def post_history(request: HttpRequest, pk: int) -> HttpResponse:
    post = selectors.get_post_for_user(request.user, pk)
    entries = history(list(selectors.revisions_of(post)))
    return render(request, "posts/post_history.html", {"post": post, "entries": entries})


@require_POST
@permission_required("posts.add_post", raise_exception=True)
def analyze(request: HttpRequest) -> JsonResponse:
    """Counters and readability for unsaved editor text, for the live panel."""
    form = AnalyzeForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": "Send the editor's text fields."}, status=400)
    draft = Draft(**form.cleaned_data)
    read = readability(draft.body or draft.own_text(Platform.X))
    scans = compliance.scan_texts(draft)
    return JsonResponse(
        {
            # Offsets and reasons only: the text is the browser's own.
            "patient_specific": any(f.result.patient_specific for f in scans),
            "findings": {
                f.field: [
                    {"type": x.type, "start": x.start, "end": x.end, "reason": x.reason}
                    for x in f.result.findings
                ]
                for f in scans
            },
            "platforms": {
                p: {
                    "length": m.length,
                    "limit": m.limit,
                    "fits": m.fits,
                    "message": m.message,
                }
                for p, m in draft.measures().items()
            },
            "readability": {"grade": read.grade, "level": read.level, "guidance": read.guidance},
        }
    )


@permission_required("posts.view_contenttemplate", raise_exception=True)
def template_list(request: HttpRequest) -> HttpResponse:
    templates = ContentTemplate.objects.select_related("topic").order_by("topic__name", "name")
    return render(request, "posts/template_list.html", {"templates": templates})


@permission_required("posts.add_contenttemplate", raise_exception=True)
def template_create(request: HttpRequest) -> HttpResponse:
    form = ContentTemplateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Template added to the library.")
        return redirect("posts:templates")
    return render(request, "posts/template_form.html", {"form": form, "template": None})


@permission_required("posts.change_contenttemplate", raise_exception=True)
def template_edit(request: HttpRequest, pk: int) -> HttpResponse:
    template = get_object_or_404(ContentTemplate, pk=pk)
    form = ContentTemplateForm(request.POST or None, instance=template)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Template saved.")
        return redirect("posts:templates")
    return render(request, "posts/template_form.html", {"form": form, "template": template})
