"""Connected accounts: connect through OAuth, health, disconnect (Admin)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from publishing import accounts as services
from publishing.accounts import BadState, ConnectError
from publishing.adapters.base import PlatformError
from publishing.models import ConnectedAccount

VIEW = "publishing.view_connectedaccount"
MANAGE = "publishing.manage_accounts"
# A picker never needs more; a longer list is not from our page.
MAX_PAGES_PICKED = 100


def _failed(request: HttpRequest, exc: ConnectError) -> HttpResponse:
    """The OAuth answer cannot be used (forged, replayed or expired): say so, 400."""
    return render(request, "publishing/accounts/failed.html", {"message": exc.message}, status=400)


@require_GET
@permission_required(VIEW, raise_exception=True)
def account_list(request: HttpRequest) -> HttpResponse:
    accounts = ConnectedAccount.objects.all()
    return render(
        request,
        "publishing/accounts/list.html",
        {"accounts": accounts, "missing": services.missing_configuration()},
    )


@never_cache
@require_GET
@permission_required(VIEW, raise_exception=True)
def account_detail(request: HttpRequest, pk: int) -> HttpResponse:
    account = services.get_account_for_user(request.user, pk)
    return render(request, "publishing/accounts/detail.html", {"account": account})


@require_POST
@permission_required(MANAGE, raise_exception=True)
def account_check(request: HttpRequest, pk: int) -> HttpResponse:
    account = services.get_account_for_user(request.user, pk, write=True)
    try:
        account = services.check_account(account, actor=request.user)
    except ConnectError as exc:
        messages.error(request, exc.message)
    except PlatformError as exc:
        messages.error(request, f"{account.get_platform_display()} said: {exc.message}")
    else:
        messages.success(request, f"{account} works: {account.get_platform_display()} answered.")
    return redirect("publishing:account", pk=pk)


@permission_required(MANAGE, raise_exception=True)
def account_disconnect(request: HttpRequest, pk: int) -> HttpResponse:
    account = services.get_account_for_user(request.user, pk, write=True)
    if request.method == "POST":
        services.disconnect(account, request.user, request=request)
        messages.warning(
            request,
            f"{account} is disconnected and its tokens are erased. Publications to it are held.",
        )
        return redirect("publishing:account", pk=pk)
    return render(request, "publishing/accounts/disconnect.html", {"account": account})


# --- Connecting -------------------------------------------------------------------------


@require_POST
@permission_required(MANAGE, raise_exception=True)
def connect_x(request: HttpRequest) -> HttpResponse:
    try:
        return redirect(services.start_x_connect(request))
    except ConnectError as exc:
        messages.error(request, exc.message)
        return redirect("publishing:accounts")


@never_cache
@require_GET
@permission_required(MANAGE, raise_exception=True)
def x_callback(request: HttpRequest) -> HttpResponse:
    try:
        account = services.finish_x_connect(
            request,
            state=request.GET.get("state", ""),
            code=request.GET.get("code"),
            error=request.GET.get("error"),
        )
    except BadState as exc:
        return _failed(request, exc)
    except ConnectError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"Connected {account}.")
    return redirect("publishing:accounts")


@require_POST
@permission_required(MANAGE, raise_exception=True)
def connect_facebook(request: HttpRequest) -> HttpResponse:
    try:
        return redirect(services.start_facebook_connect(request))
    except ConnectError as exc:
        messages.error(request, exc.message)
        return redirect("publishing:accounts")


@never_cache
@require_GET
@permission_required(MANAGE, raise_exception=True)
def facebook_callback(request: HttpRequest) -> HttpResponse:
    try:
        services.finish_facebook_connect(
            request,
            state=request.GET.get("state", ""),
            code=request.GET.get("code"),
            error=request.GET.get("error"),
        )
    except BadState as exc:
        return _failed(request, exc)
    except ConnectError as exc:
        messages.error(request, exc.message)
        return redirect("publishing:accounts")
    return redirect("publishing:facebook_pages")


@never_cache
@permission_required(MANAGE, raise_exception=True)
def facebook_pages(request: HttpRequest) -> HttpResponse:
    """Pick which of the Pages Facebook listed to connect."""
    error = ""
    try:
        choices = services.page_choices(request)
        if request.method == "POST":
            picked = request.POST.getlist("pages")[:MAX_PAGES_PICKED]
            connected = services.connect_pages(request, picked)
            names = ", ".join(str(account) for account in connected)
            messages.success(request, f"Connected {names}.")
            return redirect("publishing:accounts")
    except BadState as exc:
        return _failed(request, exc)
    except ConnectError as exc:
        error = exc.message
    return render(
        request,
        "publishing/accounts/pick_pages.html",
        {"choices": choices, "error": error, "not_granted": services.NOT_GRANTED},
        status=400 if error else 200,
    )


urlpatterns = [
    path("accounts/", account_list, name="accounts"),
    path("accounts/<int:pk>/", account_detail, name="account"),
    path("accounts/<int:pk>/check/", account_check, name="account_check"),
    path("accounts/<int:pk>/disconnect/", account_disconnect, name="account_disconnect"),
    path("accounts/connect/x/", connect_x, name="connect_x"),
    path("accounts/connect/x/callback/", x_callback, name="x_callback"),
    path("accounts/connect/facebook/", connect_facebook, name="connect_facebook"),
    path("accounts/connect/facebook/callback/", facebook_callback, name="facebook_callback"),
    path("accounts/connect/facebook/pages/", facebook_pages, name="facebook_pages"),
]
