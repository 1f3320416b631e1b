"""Facebook Pages (Graph API) through facebook-sdk.

facebook-sdk 3.1 builds URLs on the hardcoded https://graph.facebook.com, accepts only
versions up to 3.1 in its constructor, raises on an error body whatever the HTTP
status, and puts the access token in the query string of GET and DELETE requests.
`graph_api` is the one place that deals with the first two; errors are translated
`from None` so that no exception chain carries a URL with a token.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import facebook
import requests
from django.conf import settings
from django.utils import timezone

from posts.composition import Draft
from publishing.adapters.base import (
    AccountInfo,
    Adapter,
    Failure,
    PageInfo,
    PlatformError,
    PublishResult,
    TokenSet,
    comparable_text,
    try_again_text,
)
from publishing.adapters.http import PlatformSession, network_error
from socialcare.lib.platforms import Platform

if TYPE_CHECKING:
    from collections.abc import Callable

    from posts.models import MediaAsset
    from publishing.models import ConnectedAccount, Publication

log = logging.getLogger(__name__)

THROTTLING_CODES = {4, 17, 32, 341, 613, 80001}
# 368 "temporarily blocked for policies violations" gives no time; Meta's blocks last
# from minutes to days. An hour keeps retries rare.
BLOCKED_PAUSE = dt.timedelta(hours=1)


def graph_api(access_token: str | None = None) -> facebook.GraphAPI:
    """A GraphAPI on the configured base URL and version, with timeouts.

    The constructor rejects current versions, so the version is set afterwards; the
    setting keeps facebook-sdk's own form ("v25.0") and goes straight into the paths.
    """
    session = PlatformSession(
        rewrite={facebook.FACEBOOK_GRAPH_URL: f"{settings.FACEBOOK_GRAPH_URL}/"}
    )
    graph = facebook.GraphAPI(
        access_token=access_token, timeout=settings.PLATFORM_TIMEOUT_SECONDS, session=session
    )
    graph.version = settings.FACEBOOK_GRAPH_VERSION
    return graph


class FacebookAdapter(Adapter):
    platform = Platform.FACEBOOK

    def __init__(self, account: ConnectedAccount) -> None:
        super().__init__(account)
        self.graph = graph_api(account.access_token)

    @property
    def page_id(self) -> str:
        return self.account.external_id

    def publish(self, publication: Publication) -> PublishResult:
        post = publication.post
        text = Draft.of(post).compose(Platform.FACEBOOK)
        images = sorted(post.media.all(), key=lambda m: (m.position, m.id))
        if not images:
            post_id = self._post_text(text, link=post.link)
        elif len(images) == 1:
            post_id = self._post_photo(images[0], caption=text)
        else:
            post_id = self._post_album(images, message=text)
        log.info("facebook: publication %s created post %s", publication.pk, post_id)
        return PublishResult(post_id, permalink(post_id))

    def _post_text(self, text: str, *, link: str) -> str:
        # The composed text already ends with the link, so the message reads as approved;
        # `link` as well makes Facebook attach the preview card.
        fields = {"message": text, **({"link": link} if link else {})}
        result = self._call(
            lambda: self.graph.put_object(self.page_id, "feed", **fields), creating=True
        )
        return _created_id(result, "id")

    def _post_photo(self, asset: MediaAsset, *, caption: str) -> str:
        result = self._call(
            lambda: self._put_photo(asset, caption=caption, published=True), creating=True
        )
        return _created_id(result, "post_id")

    def _post_album(self, assets: list[MediaAsset], *, message: str) -> str:
        # Unpublished photos stay invisible until attached: failures before the feed
        # post leave nothing on the Page.
        photo_ids = [
            _created_id(
                self._call(lambda a=asset: self._put_photo(a, published=False), creating=False),
                "id",
                creating=False,
            )
            for asset in assets
        ]
        attached = json.dumps([{"media_fbid": photo_id} for photo_id in photo_ids])
        result = self._call(
            lambda: self.graph.put_object(
                self.page_id, "feed", message=message, attached_media=attached
            ),
            creating=True,
        )
        return _created_id(result, "id")

    def delete(self, external_id: str) -> None:
        try:
            self._call(lambda: self.graph.delete_object(external_id), creating=False)
        except PlatformError as error:
            if error.code not in GONE_CODES:
                raise

    def find_recent(self, since: dt.datetime, text: str) -> PublishResult | None:
        wanted = comparable_text(text)
        result = self._call(
            lambda: self.graph.get_connections(
                self.page_id,
                "feed",
                fields="id,message,created_time",
                since=int(since.timestamp()),
                limit=100,
            ),
            creating=False,
        )
        # Newest first; the first match is the newest.
        for item in result.get("data", []):
            if comparable_text(item.get("message", "")) == wanted:
                return PublishResult(str(item["id"]), permalink(str(item["id"])))
        return None

    def verify(self) -> AccountInfo:
        me = self._call(lambda: self.graph.get_object("me", fields="id,name"), creating=False)
        return AccountInfo(
            external_id=str(me["id"]),
            name=me.get("name", ""),
            handle="",
            scopes=_granted_scopes(self.account.access_token),
        )

    def refresh(self) -> TokenSet | None:
        return None  # Page tokens do not expire.

    def _put_photo(self, asset: MediaAsset, *, caption: str = "", published: bool) -> Any:
        with asset.file.open("rb") as file:
            content = file.read()
        extension = asset.content_type.rsplit("/", 1)[-1]
        fields = {"published": "true" if published else "false"}
        if caption:
            fields["caption"] = caption
        if asset.alt_text:
            fields["alt_text_custom"] = asset.alt_text
        return self.graph.put_photo(
            (f"image-{asset.pk}.{extension}", content, asset.content_type),
            album_path=f"{self.page_id}/photos",
            **fields,
        )

    def _call(self, call: Callable[[], Any], *, creating: bool) -> Any:
        return call_graph(self.graph, call, creating=creating)


def _created_id(result: dict[str, Any], key: str, *, creating: bool = True) -> str:
    if not result.get(key):
        raise _server_error(None, creating=creating)
    return str(result[key])


def permalink(post_id: str) -> str:
    return f"{settings.FACEBOOK_WEB_URL}/{post_id}"


def call_graph(graph: facebook.GraphAPI, call: Callable[[], Any], *, creating: bool) -> Any:
    """Run one facebook-sdk call; its failures become PlatformErrors."""
    session: PlatformSession = graph.session
    try:
        result = call()
    except requests.RequestException as error:
        raise network_error(error, platform_label="Facebook", creating=creating) from None
    except facebook.GraphAPIError as error:
        raise graph_error(error, session=session, creating=creating) from None
    except (KeyError, ValueError, TypeError):
        # facebook-sdk reading an answer that is not JSON (a proxy's error page).
        raise _server_error(session.last_status, creating=creating) from None
    # facebook-sdk only looks at the body: an error status without an "error" key
    # passes as a result.
    status = session.last_status
    if not isinstance(result, dict) or (status is not None and status >= 500):
        raise _server_error(status, creating=creating)
    if status is not None and status >= 400:
        raise graph_error(facebook.GraphAPIError(result), session=session, creating=creating)
    return result


GONE_CODES = {"facebook:100/33", "facebook:404"}


def graph_error(
    error: facebook.GraphAPIError, *, session: PlatformSession, creating: bool
) -> PlatformError:
    body = error.result.get("error") if isinstance(error.result, dict) else None
    status = session.last_status
    if not isinstance(body, dict):
        if status == 404:
            return PlatformError(
                Failure.PERMANENT, "Facebook could not find it.", code="facebook:404"
            )
        return _server_error(status, creating=creating)
    code = _int(body.get("code"))
    subcode = _int(body.get("error_subcode"))
    support = f"facebook:{code}/{subcode}" if subcode else f"facebook:{code}"

    def error_of(kind: Failure, message: str, **extra: Any) -> PlatformError:
        return PlatformError(kind, message, code=support, sent=creating, **extra)

    if code == 190:
        return error_of(
            Failure.PERMANENT,
            "Facebook no longer accepts SocialCare's access to this Page (the token expired "
            "or was revoked, for example after a password change). An administrator needs "
            "to reconnect the Page.",
            reconnect=True,
        )
    if code == 10 or (code is not None and 200 <= code <= 299):
        # Account-wide: the Page was not granted, or a permission is missing. Every post
        # to this Page would fail the same way, so the account needs reconnecting.
        return error_of(
            Failure.PERMANENT,
            "Facebook says SocialCare is not allowed to post to this Page. An administrator "
            "needs to reconnect Facebook and tick this Page, granting permission to post.",
            reconnect=True,
        )
    if code in THROTTLING_CODES or code == 1390008:
        retry_at = session.regain_at
        return error_of(
            Failure.RETRYABLE,
            f"Facebook is limiting how fast this Page can post; {try_again_text(retry_at)}",
            retry_at=retry_at,
        )
    if code == 368:
        retry_at = timezone.now() + BLOCKED_PAUSE
        return error_of(
            Failure.RETRYABLE,
            f"Facebook has temporarily blocked this Page from posting; {try_again_text(retry_at)}",
            retry_at=retry_at,
        )
    if code == 506:
        return error_of(
            Failure.DUPLICATE,
            "Facebook refused the post because this Page already posted the same text.",
        )
    if code == 1366046:
        return error_of(
            Failure.PERMANENT,
            "Facebook rejected an image: it is too large or not in a format Facebook "
            "accepts. Replace the image and publish again.",
        )
    if code == 100 and subcode == 33:
        return error_of(Failure.PERMANENT, "Facebook could not find it.")
    if code in (1, 2) or body.get("is_transient") or (status is not None and status >= 500):
        return _server_error(status, creating=creating, support=support)
    return error_of(
        Failure.PERMANENT,
        "Facebook rejected the post. Check its text and images and publish it again; if "
        "it keeps failing, give support the code shown.",
    )


def _server_error(
    status: int | None, *, creating: bool, support: str | None = None
) -> PlatformError:
    code = support or f"facebook:{status or 'answer'}"
    if creating:
        return PlatformError(
            Failure.UNKNOWN,
            "Facebook had an error while receiving the post, so it is not known whether it "
            "went out; SocialCare will check the Page before trying again.",
            code=code,
            sent=True,
        )
    return PlatformError(
        Failure.RETRYABLE, f"Facebook had a temporary error; {try_again_text(None)}", code=code
    )


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# Facebook Login: short-lived user token -> long-lived user token -> page tokens -----


def dialog_url(*, state: str, redirect_uri: str) -> str:
    query = urlencode(
        {
            "client_id": settings.FACEBOOK_APP_ID,
            "redirect_uri": redirect_uri,
            "state": state,
            "scope": settings.FACEBOOK_SCOPES,
            "response_type": "code",
        }
    )
    return f"{settings.FACEBOOK_WEB_URL}/{settings.FACEBOOK_GRAPH_VERSION}/dialog/oauth?{query}"


def exchange_code(*, code: str, redirect_uri: str) -> TokenSet:
    """The short-lived user token for a login dialog's code."""
    graph = graph_api()
    result = call_graph(
        graph,
        lambda: graph.get_access_token_from_code(
            code, redirect_uri, settings.FACEBOOK_APP_ID, settings.FACEBOOK_APP_SECRET
        ),
        creating=False,
    )
    return _token_set(result, scopes="")


def exchange_long_lived(user_token: str) -> TokenSet:
    graph = graph_api(user_token)
    result = call_graph(
        graph,
        lambda: graph.extend_access_token(settings.FACEBOOK_APP_ID, settings.FACEBOOK_APP_SECRET),
        creating=False,
    )
    return _token_set(result, scopes=_granted_scopes(result["access_token"]))


def list_pages(user_token: str) -> list[PageInfo]:
    """The Pages the user manages; a Page not granted in the dialog has no token."""
    graph = graph_api(user_token)
    fields = "id,name,access_token,tasks"
    pages: list[PageInfo] = []
    result = call_graph(
        graph,
        lambda: graph.get_connections("me", "accounts", fields=fields, limit=100),
        creating=False,
    )
    while True:
        pages += [
            PageInfo(
                external_id=str(page["id"]),
                name=page.get("name", ""),
                access_token=page.get("access_token", ""),
                tasks=tuple(page.get("tasks", ())),
            )
            for page in result.get("data", [])
        ]
        after = result.get("paging", {}).get("cursors", {}).get("after")
        if not result.get("paging", {}).get("next") or not after:
            return pages
        result = call_graph(
            graph,
            lambda a=after: graph.get_connections(
                "me", "accounts", fields=fields, limit=100, after=a
            ),
            creating=False,
        )


def _granted_scopes(token: str) -> str:
    """The permissions granted to a token ("" when the app credentials are not set)."""
    if not (settings.FACEBOOK_APP_ID and settings.FACEBOOK_APP_SECRET):
        return ""
    graph = graph_api()
    app_token = f"{settings.FACEBOOK_APP_ID}|{settings.FACEBOOK_APP_SECRET}"
    result = call_graph(
        graph,
        lambda: graph.request(
            f"{graph.version}/debug_token", {"input_token": token, "access_token": app_token}
        ),
        creating=False,
    )
    return ",".join(result.get("data", {}).get("scopes", []))


def _token_set(result: dict[str, Any], *, scopes: str) -> TokenSet:
    expires_in = _int(result.get("expires_in"))
    return TokenSet(
        access_token=result["access_token"],
        refresh_token="",
        expires_at=timezone.now() + dt.timedelta(seconds=expires_in) if expires_in else None,
        scopes=scopes,
    )
