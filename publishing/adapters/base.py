"""What every platform adapter offers, and the one error type they raise.

An adapter wraps one connected account. Library exceptions (tweepy, facebook-sdk,
requests) become a `PlatformError` at the boundary, so that delivery decides what to
do from `kind`, `retry_at`, `reconnect` and `sent` alone and shows staff `message`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from django.db import models
from django.utils import timezone

if TYPE_CHECKING:
    from publishing.models import ConnectedAccount, Publication


@dataclass(frozen=True)
class PublishResult:
    external_id: str
    permalink: str


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str
    expires_at: dt.datetime | None
    scopes: str


@dataclass(frozen=True)
class AccountInfo:
    external_id: str
    name: str
    handle: str
    scopes: str = ""


@dataclass(frozen=True)
class PageInfo:
    external_id: str
    name: str
    # "" when the Page was left out of the login dialog's selection.
    access_token: str
    tasks: tuple[str, ...]


class Failure(models.TextChoices):
    RETRYABLE = "retryable", "Retryable"
    PERMANENT = "permanent", "Permanent"
    # The request may have created the post: read back before trying again.
    UNKNOWN = "unknown", "Outcome unknown"
    # The platform says the post already exists (possibly our own earlier attempt).
    DUPLICATE = "duplicate", "Duplicate"


class PlatformError(Exception):
    """A platform call failed. `message` is for hospital staff; `code` is for support.

    Neither ever contains post text, tokens or URLs (Graph URLs carry tokens): adapters
    raise these `from None` so that a logged traceback cannot carry them either.
    """

    def __init__(
        self,
        kind: Failure,
        message: str,
        *,
        code: str,
        retry_at: dt.datetime | None = None,
        reconnect: bool = False,
        sent: bool = False,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.code = code
        self.retry_at = retry_at
        self.reconnect = reconnect
        self.sent = sent

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"

    def __repr__(self) -> str:
        return (
            f"PlatformError({self.kind.value}, code={self.code!r}, sent={self.sent}, "
            f"reconnect={self.reconnect}, retry_at={self.retry_at!r})"
        )

    @property
    def retryable(self) -> bool:
        return self.kind == Failure.RETRYABLE


class Adapter:
    """One connected account on one platform."""

    platform: ClassVar[str]

    def __init__(self, account: ConnectedAccount) -> None:
        self.account = account

    def publish(self, publication: Publication) -> PublishResult:
        raise NotImplementedError

    def delete(self, external_id: str) -> None:
        """Remove a post; one that is already gone counts as removed."""
        raise NotImplementedError

    def find_recent(self, since: dt.datetime, text: str) -> PublishResult | None:
        """The newest post since `since` whose text matches `text`, in one read."""
        raise NotImplementedError

    def verify(self) -> AccountInfo:
        raise NotImplementedError

    def refresh(self) -> TokenSet | None:
        raise NotImplementedError


_URL = re.compile(r"https?://\S+", re.IGNORECASE)


def comparable_text(text: str) -> str:
    """Text as it can be compared with what a platform gives back.

    X escapes &, < and >, rewrites every link as t.co and appends a t.co link for
    attached media; both platforms may normalise Unicode and whitespace. So: unescape,
    NFC, drop URLs, collapse whitespace.
    """
    text = unicodedata.normalize("NFC", html.unescape(text))
    return " ".join(_URL.sub(" ", text).split())


def local_time(moment: dt.datetime) -> str:
    """ "14:05", or "3 Mar 14:05" when not today, in the hospital's time zone."""
    local = timezone.localtime(moment)
    if local.date() == timezone.localdate():
        return local.strftime("%H:%M")
    return f"{local.day} {local:%b %H:%M}"


def try_again_text(retry_at: dt.datetime | None) -> str:
    if retry_at is None:
        return "it will be tried again shortly."
    return f"it will be tried again after {local_time(retry_at)}."
