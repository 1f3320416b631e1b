"""The one HTTP session both platform libraries are given.

tweepy and facebook-sdk build their URLs from hardcoded hosts and set no timeout of
their own (facebook-sdk passes `timeout=None` unless told). This session points those
hosts at the configured base URLs (the simulator in tests and the demo), gives every
request the platform timeout, never retries a request by itself (requests' default:
a resent POST could publish twice) and never logs anything. A response hook keeps
the last answer's status and the Graph API's usage headers, which the libraries
discard.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import requests
import urllib3.exceptions
from django.conf import settings
from django.utils import timezone

from publishing.adapters.base import Failure, PlatformError


class PlatformSession(requests.Session):
    def __init__(self, *, rewrite: Mapping[str, str] | None = None) -> None:
        super().__init__()
        # Hardcoded library prefix -> configured prefix, e.g. "https://api.twitter.com".
        self.rewrite = dict(rewrite or {})
        self.last_status: int | None = None
        # When a throttled Graph account may call again (X-Business-Use-Case-Usage).
        self.regain_at: dt.datetime | None = None
        self.hooks["response"].append(self._remember)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any):  # type: ignore[override]
        url = self._rewritten(url if isinstance(url, str) else url.decode())
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = settings.PLATFORM_TIMEOUT_SECONDS
        self.last_status = None
        return super().request(method, url, *args, **kwargs)

    def _rewritten(self, url: str) -> str:
        for prefix, replacement in self.rewrite.items():
            if url.startswith(prefix):
                return replacement + url[len(prefix) :]
        return url

    def _remember(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        self.last_status = response.status_code
        self.regain_at = graph_regain_at(response.headers)


def graph_regain_at(headers: Mapping[str, str]) -> dt.datetime | None:
    """When Graph says a throttled caller may call again, from its usage headers.

    X-Business-Use-Case-Usage (page tokens) is `{"<page id>": [{"type", "call_count",
    "total_cputime", "total_time", "estimated_time_to_regain_access"}]}`, the last in
    minutes. X-App-Usage (user and app tokens) gives percentages only, no time.
    """
    raw = headers.get("X-Business-Use-Case-Usage")
    if not raw:
        return None
    try:
        usage = json.loads(raw)
        minutes = max(
            (
                float(entry.get("estimated_time_to_regain_access") or 0)
                for entries in usage.values()
                for entry in entries
            ),
            default=0.0,
        )
    except (ValueError, TypeError, AttributeError):
        return None
    if minutes <= 0:
        return None
    return timezone.now() + dt.timedelta(minutes=minutes)


def connection_opened(error: requests.RequestException) -> bool:
    """Whether the request may have reached the platform.

    A connect timeout, a refused connection or a failed name lookup means nothing was
    sent. Anything later (read timeout, connection dropped mid-answer) may have been
    acted on.
    """
    if isinstance(error, requests.ConnectTimeout):
        return False
    reason = error.args[0] if error.args else None
    reason = getattr(reason, "reason", reason)  # urllib3's MaxRetryError wraps the cause
    return not isinstance(
        reason, urllib3.exceptions.NewConnectionError | urllib3.exceptions.ConnectTimeoutError
    )


def network_error(
    error: requests.RequestException, *, platform_label: str, creating: bool
) -> PlatformError:
    """A transport failure as a PlatformError. The request's URL is never included."""
    if not connection_opened(error):
        return PlatformError(
            Failure.RETRYABLE,
            f"SocialCare could not reach {platform_label}; {_retry_soon}",
            code="network:connect",
            sent=False,
        )
    code = "network:timeout" if isinstance(error, requests.Timeout) else "network:dropped"
    if creating:
        return PlatformError(
            Failure.UNKNOWN,
            f"{platform_label} did not answer in time, so it is not known whether the post "
            "went out; SocialCare will check the account before trying again.",
            code=code,
            sent=True,
        )
    return PlatformError(
        Failure.RETRYABLE,
        f"{platform_label} did not answer in time; {_retry_soon}",
        code=code,
        sent=False,
    )


_retry_soon = "it will be tried again shortly."
