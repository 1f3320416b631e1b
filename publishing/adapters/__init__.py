"""Platform adapters: one module per platform behind an explicit registry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from publishing.adapters.base import (
    AccountInfo,
    Adapter,
    Failure,
    PageInfo,
    PlatformError,
    PublishResult,
    TokenSet,
)
from publishing.adapters.facebook import FacebookAdapter
from publishing.adapters.x import XAdapter
from socialcare.lib.platforms import Platform

if TYPE_CHECKING:
    from publishing.models import ConnectedAccount

ADAPTERS: dict[str, type[Adapter]] = {
    Platform.X: XAdapter,
    Platform.FACEBOOK: FacebookAdapter,
}


def adapter_for(account: ConnectedAccount) -> Adapter:
    return ADAPTERS[account.platform](account)


__all__ = [
    "ADAPTERS",
    "AccountInfo",
    "Adapter",
    "Failure",
    "PageInfo",
    "PlatformError",
    "PublishResult",
    "TokenSet",
    "adapter_for",
]
