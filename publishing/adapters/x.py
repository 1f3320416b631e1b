"""X (API v2) through tweepy, with what tweepy lacks added through the same session.

tweepy 4.17 posts, deletes and reads, with the user's OAuth 2.0 access token as the
bearer token (`user_auth=False` on every call: user_auth=True means OAuth 1.0a). It has
no v2 media upload and no OAuth 2.0 refresh: those are plain requests here, on the
same session, so they get the same timeout and base URL.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import requests
import tweepy
from django.conf import settings
from django.utils import timezone

from posts.composition import Draft
from publishing.adapters.base import (
    AccountInfo,
    Adapter,
    Failure,
    PlatformError,
    PublishResult,
    TokenSet,
    comparable_text,
    try_again_text,
)
from publishing.adapters.http import PlatformSession, network_error
from socialcare.lib.platforms import Platform

if TYPE_CHECKING:
    from posts.models import MediaAsset
    from publishing.models import ConnectedAccount, Publication

log = logging.getLogger(__name__)

# tweepy's BaseClient.request builds every URL on this host.
TWEEPY_HOST = "https://api.twitter.com"
DUPLICATE_DETAIL = "duplicate content"


def _session() -> PlatformSession:
    return PlatformSession(rewrite={TWEEPY_HOST: settings.X_API_BASE_URL})


class XAdapter(Adapter):
    platform = Platform.X

    def __init__(self, account: ConnectedAccount) -> None:
        super().__init__(account)
        self.session = _session()
        self.client = tweepy.Client(bearer_token=account.access_token)
        self.client.session = self.session

    def publish(self, publication: Publication) -> PublishResult:
        text = Draft.of(publication.post).compose(Platform.X)
        media_ids = [
            self._upload(asset)
            for asset in sorted(publication.post.media.all(), key=lambda m: (m.position, m.id))
        ]
        try:
            response = self.client.create_tweet(
                text=text, media_ids=media_ids or None, user_auth=False
            )
        except (tweepy.TweepyException, requests.RequestException) as error:
            raise x_error(error, creating=True) from None
        if not isinstance(response.data, dict) or "id" not in response.data:
            raise x_error(tweepy.TweepyException("no tweet id in the answer"), creating=True)
        tweet_id = str(response.data["id"])
        log.info("x: publication %s created tweet %s", publication.pk, tweet_id)
        return PublishResult(tweet_id, self.permalink(tweet_id))

    def delete(self, external_id: str) -> None:
        try:
            self.client.delete_tweet(external_id, user_auth=False)
        except tweepy.NotFound:
            pass  # already gone
        except (tweepy.TweepyException, requests.RequestException) as error:
            raise x_error(error, creating=False) from None

    def find_recent(self, since: dt.datetime, text: str) -> PublishResult | None:
        wanted = comparable_text(text)
        try:
            response = self.client.get_users_tweets(
                self.account.external_id,
                start_time=since,
                max_results=100,
                tweet_fields=["created_at"],
                user_auth=False,
            )
        except (tweepy.TweepyException, requests.RequestException) as error:
            raise x_error(error, creating=False) from None
        # Newest first; the first match is the newest.
        for tweet in response.data or []:
            if comparable_text(tweet.text) == wanted:
                return PublishResult(str(tweet.id), self.permalink(str(tweet.id)))
        return None

    def verify(self) -> AccountInfo:
        return fetch_me(self.account.access_token, session=self.session)

    def refresh(self) -> TokenSet | None:
        return refresh_tokens(self.account.refresh_token)

    def permalink(self, tweet_id: str) -> str:
        # X redirects /i/web/status/<id> to the right account when the handle is unknown.
        owner = self.account.handle or "i/web"
        return f"{settings.X_WEB_URL}/{owner}/status/{tweet_id}"

    def _upload(self, asset: MediaAsset) -> str:
        """Upload one image (and its alt text); return X's media id.

        Nothing is visible on X yet, so every failure here is one that left no post.
        """
        with asset.file.open("rb") as file:
            content = file.read()
        extension = asset.content_type.rsplit("/", 1)[-1]
        try:
            response = self.session.post(
                f"{settings.X_API_BASE_URL}/2/media/upload",
                headers=self._auth(),
                data={"media_category": "tweet_image", "media_type": asset.content_type},
                files={"media": (f"image-{asset.pk}.{extension}", content, asset.content_type)},
            )
            _raise_for_status(response)
            media_id = str(response.json()["data"]["id"])
            if asset.alt_text:
                _raise_for_status(
                    self.session.post(
                        f"{settings.X_API_BASE_URL}/2/media/metadata",
                        headers=self._auth(),
                        json={"id": media_id, "metadata": {"alt_text": {"text": asset.alt_text}}},
                    )
                )
        except (tweepy.TweepyException, requests.RequestException) as error:
            raise x_error(error, creating=False) from None
        except (ValueError, KeyError, TypeError):
            raise PlatformError(
                Failure.RETRYABLE,
                f"X gave an unexpected answer to an image upload; {try_again_text(None)}",
                code="x:media-answer",
            ) from None
        log.info("x: uploaded media asset %s as media %s", asset.pk, media_id)
        return media_id

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.account.access_token}"}


def x_error(error: Exception, *, creating: bool) -> PlatformError:
    """tweepy's and requests' exceptions as our own.

    `creating`: the call would have created the post (POST /2/tweets). Then a lost
    answer means the post may exist; before it (uploads, reads) it means nothing was
    published.
    """
    if isinstance(error, requests.RequestException):
        return network_error(error, platform_label="X", creating=creating)
    if not isinstance(error, tweepy.HTTPException):
        return PlatformError(
            Failure.RETRYABLE if not creating else Failure.UNKNOWN,
            "X gave an answer SocialCare did not understand.",
            code="x:answer",
            sent=creating,
        )
    status = error.response.status_code
    if isinstance(error, tweepy.TooManyRequests):
        retry_at = _reset_at(error.response)
        return PlatformError(
            Failure.RETRYABLE,
            f"X is limiting how fast this account can post; {try_again_text(retry_at)}",
            code="x:429",
            retry_at=retry_at,
            sent=creating,
        )
    if isinstance(error, tweepy.Unauthorized):
        return PlatformError(
            Failure.PERMANENT,
            "X no longer accepts SocialCare's access to this account (it expired or was "
            "revoked). An administrator needs to reconnect the account.",
            code="x:401",
            reconnect=True,
            sent=creating,
        )
    if isinstance(error, tweepy.Forbidden):
        details = " ".join(str(m) for m in error.api_messages).lower()
        if DUPLICATE_DETAIL in details:
            return PlatformError(
                Failure.DUPLICATE,
                "X refused the post because this account already posted the same text.",
                code="x:403-duplicate",
                sent=creating,
            )
        return PlatformError(
            Failure.PERMANENT,
            "X refused this post for this account (the account may not be allowed to post "
            "it, or the connection lacks a permission). Check the account on X, or "
            "reconnect it.",
            code="x:403",
            sent=creating,
        )
    if isinstance(error, tweepy.TwitterServerError):
        if creating:
            return PlatformError(
                Failure.UNKNOWN,
                "X had an error while receiving the post, so it is not known whether it "
                "went out; SocialCare will check the account before trying again.",
                code=f"x:{status}",
                sent=True,
            )
        return PlatformError(
            Failure.RETRYABLE,
            f"X had a temporary error; {try_again_text(None)}",
            code=f"x:{status}",
        )
    # 400, 404 and anything else: the request itself was refused.
    return PlatformError(
        Failure.PERMANENT,
        "X rejected the post: its text or images were not accepted. Check the post "
        "(length, images) and publish it again.",
        code=f"x:{status}",
        sent=creating,
    )


def _raise_for_status(response: requests.Response) -> None:
    """The exceptions tweepy raises for its own calls, for the calls made beside it."""
    status = response.status_code
    if 200 <= status < 300:
        return
    if status == 429:
        reset = response.headers.get("x-rate-limit-reset")
        raise tweepy.TooManyRequests(response, reset_time=int(reset) if reset else None)
    exception = {
        400: tweepy.BadRequest,
        401: tweepy.Unauthorized,
        403: tweepy.Forbidden,
        404: tweepy.NotFound,
    }.get(status, tweepy.TwitterServerError if status >= 500 else tweepy.HTTPException)
    raise exception(response)


def _reset_at(response: requests.Response) -> dt.datetime | None:
    try:
        reset = int(response.headers["x-rate-limit-reset"])
    except (KeyError, ValueError):
        return None
    return dt.datetime.fromtimestamp(reset, tz=dt.UTC)


# OAuth 2.0 (authorization code with PKCE; refresh tokens rotate) ------------------


def authorize_url(*, state: str, code_challenge: str, redirect_uri: str) -> str:
    query = urlencode(
        {
            "response_type": "code",
            "client_id": settings.X_CLIENT_ID,
            "redirect_uri": redirect_uri,
            "scope": settings.X_SCOPES,
            "state": state,
            "code_challenge": code_challenge,
            "code_challenge_method": "S256",
        }
    )
    return f"{settings.X_AUTHORIZE_URL}?{query}"


def exchange_code(*, code: str, code_verifier: str, redirect_uri: str) -> TokenSet:
    return _token_request(
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "code_verifier": code_verifier,
            "client_id": settings.X_CLIENT_ID,
        },
        session=_session(),
    )


def refresh_tokens(refresh_token: str) -> TokenSet:
    """A new access token and a new refresh token (the old refresh token dies).

    When the answer is lost, X may already have rotated the token: the same refresh
    token sent again within X's grace window returns the same new pair, so one retry
    keeps the chain. Callers serialise refreshes per account.
    """
    data = {
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
        "client_id": settings.X_CLIENT_ID,
    }
    session = _session()
    try:
        return _token_request(data, session=session)
    except PlatformError as error:
        if error.code not in ("network:timeout", "network:dropped"):
            raise
        log.info("x: token refresh answer lost; retrying once with the same refresh token")
    return _token_request(data, session=session)


def fetch_me(access_token: str, *, session: PlatformSession | None = None) -> AccountInfo:
    client = tweepy.Client(bearer_token=access_token)
    client.session = session or _session()
    try:
        response = client.get_me(user_fields=["username", "name"], user_auth=False)
    except (tweepy.TweepyException, requests.RequestException) as error:
        raise x_error(error, creating=False) from None
    user = response.data
    return AccountInfo(external_id=str(user.id), name=user.name, handle=user.username)


def _token_request(data: dict[str, str], *, session: PlatformSession) -> TokenSet:
    try:
        response = session.post(
            f"{settings.X_API_BASE_URL}/2/oauth2/token",
            data=data,
            auth=(settings.X_CLIENT_ID, settings.X_CLIENT_SECRET),
        )
    except requests.RequestException as error:
        raise network_error(error, platform_label="X", creating=False) from None
    if response.status_code in (400, 401):
        body = _json_or_empty(response)
        if response.status_code == 401 or body.get("error") == "unauthorized_client":
            raise PlatformError(
                Failure.PERMANENT,
                "X did not accept SocialCare's app credentials. An administrator needs to "
                "check the X client id and secret.",
                code="x:oauth-unauthorized_client",
            )
        raise PlatformError(
            Failure.PERMANENT,
            "X no longer accepts SocialCare's access to this account. An administrator "
            "needs to reconnect the account.",
            code=f"x:oauth-{body.get('error') or response.status_code}",
            reconnect=True,
        )
    if response.status_code == 429 or response.status_code >= 500:
        retry_at = _reset_at(response) if response.status_code == 429 else None
        raise PlatformError(
            Failure.RETRYABLE,
            f"X could not renew access right now; {try_again_text(retry_at)}",
            code=f"x:oauth-{response.status_code}",
            retry_at=retry_at,
        )
    body = _json_or_empty(response)
    if response.status_code != 200 or "access_token" not in body:
        raise PlatformError(
            Failure.RETRYABLE,
            f"X gave an unexpected answer when renewing access; {try_again_text(None)}",
            code=f"x:oauth-{response.status_code}",
        )
    expires_in = body.get("expires_in")
    return TokenSet(
        access_token=body["access_token"],
        refresh_token=body.get("refresh_token", ""),
        expires_at=timezone.now() + dt.timedelta(seconds=int(expires_in)) if expires_in else None,
        scopes=body.get("scope", ""),
    )


def _json_or_empty(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
