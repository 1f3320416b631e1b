"""The simulator's in-memory world: accounts, tokens, posts, media, rate windows, clock.

One re-entrant lock guards all of it. The dispatcher holds the lock for the whole of a
handler call and never while it sleeps (added latency, the timeout fault), so a hanging
request cannot stall the others.
"""

from __future__ import annotations

import copy
import itertools
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from publishing.simulator.faults import FaultInjector
from publishing.simulator.images import ImageInfo

# Client credentials the simulator accepts.
X_CLIENT_ID = "sim-x-client"
X_CLIENT_SECRET = "sim-x-secret"  # noqa: S105 - a simulator's public test credential
X_APP_NAME = "SocialCare (simulated)"
FB_APP_ID = "100000000000001"
FB_APP_SECRET = "sim-fb-secret"  # noqa: S105 - a simulator's public test credential
FB_APP_NAME = "SocialCare (simulated)"

X_SCOPES = frozenset(
    {"tweet.read", "tweet.write", "users.read", "media.write", "offline.access", "like.read"}
)
FB_SCOPES = frozenset(
    {
        "public_profile",
        "email",
        "pages_show_list",
        "pages_read_engagement",
        "pages_manage_posts",
        "pages_manage_metadata",
        "pages_read_user_content",
        "business_management",
        "publish_video",
        "read_insights",
    }
)

# Graph API versions: the newest, and the oldest still served (older ones are answered
# as this one, as Facebook does with expired versions).
GRAPH_NEWEST_VERSION = (26, 0)
GRAPH_OLDEST_LIVE_VERSION = (21, 0)

X_RATE_WINDOW_S = 15 * 60
FB_USAGE_WINDOW_S = 60 * 60
X_CODE_TTL_S = 30
FB_CODE_TTL_S = 600
FB_SHORT_TOKEN_TTL_S = 5183
FB_LONG_TOKEN_TTL_S = 5_184_000
X_MEDIA_TTL_S = 86_400

DEFAULT_CONFIG: dict[str, Any] = {
    # POST /2/tweets per user per 15-minute window.
    "x_post_limit": 100,
    # Every other X endpoint, per user and endpoint per 15-minute window.
    "x_other_limit": 900,
    # Lifetime of new X access tokens, seconds.
    "x_access_ttl": 7200,
    # How long a rotated X refresh token still returns its successor pair. The real X
    # documents no grace: set 0 to rehearse a lost refresh response breaking the chain.
    "x_refresh_grace_s": 60,
    # Posts show in read-back (X user timeline, Page feed) this long after creation.
    "readback_lag_s": 0.0,
    # Page-token calls per Page per hour before Graph throttles with code 32.
    "fb_page_call_limit": 4800,
    # Refuse a post whose text equals a live post of the same account (X 403, Graph 506).
    # Benchmarks turn it off, so that a double send shows in the record instead.
    "reject_duplicates": True,
    # Account ids (X user or Facebook Page) whose writes are refused as "temporarily
    # blocked" (Graph code 368; X 403 locked account).
    "blocked_accounts": [],
}


COUNT_KEYS = ("x_post_limit", "x_other_limit", "fb_page_call_limit")
SECONDS_KEYS = ("x_access_ttl", "x_refresh_grace_s", "readback_lag_s")


def validate_config(values: dict[str, Any]) -> dict[str, Any]:
    """Check a partial configuration; raise ValueError naming the bad key."""
    clean: dict[str, Any] = {}
    for key, value in values.items():
        if key not in DEFAULT_CONFIG:
            raise ValueError(f"unknown setting {key!r}")
        if key in COUNT_KEYS:
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{key} must be a whole number >= 0")
        elif key in SECONDS_KEYS:
            if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{key} must be a number of seconds >= 0")
        elif key == "reject_duplicates":
            if not isinstance(value, bool):
                raise ValueError("reject_duplicates must be true or false")
        elif key == "blocked_accounts":
            if not isinstance(value, list):
                raise ValueError("blocked_accounts must be a list of account ids")
            value = [str(item) for item in value]
        clean[key] = value
    return clean


@dataclass(frozen=True)
class XUser:
    id: str
    username: str
    name: str


@dataclass(frozen=True)
class FbPage:
    id: str
    name: str
    category: str


@dataclass(frozen=True)
class FbUser:
    id: str
    name: str
    page_ids: tuple[str, ...]


X_USERS = (
    XUser("2244994945", "riverside_health_sim", "Riverside Health (simulated)"),
    XUser("2244994946", "riverside_er_sim", "Riverside ER (simulated)"),
)
FB_PAGES = (
    FbPage("200000000000001", "Riverside Health (simulated)", "Hospital"),
    FbPage("200000000000002", "Riverside Foundation (simulated)", "Nonprofit Organization"),
)
FB_USERS = (FbUser("10000000000001", "Pat Admin (simulated)", tuple(p.id for p in FB_PAGES)),)


@dataclass
class Media:
    id: str
    platform: str
    account_id: str
    created_at: float
    sha256: str | None
    w: int | None
    h: int | None
    image_type: str | None
    size: int
    thumbnail: bytes | None = None
    alt_text: str | None = None
    url: str | None = None
    # Facebook photos: uploaded with published=false, then attached to one feed post.
    published: bool = True
    attached_to: str | None = None
    deleted_at: float | None = None

    def record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "alt_text": self.alt_text,
            "sha256": self.sha256,
            "w": self.w,
            "h": self.h,
        }


@dataclass
class Post:
    platform: str  # "x" or "facebook"
    account_id: str
    id: str
    text: str
    media: list[Media]
    created_at: float
    link: str | None = None
    published: bool = True
    deleted_at: float | None = None

    @property
    def live(self) -> bool:
        return self.deleted_at is None


@dataclass
class XAuthCode:
    code: str
    client_id: str
    redirect_uri: str
    code_challenge: str
    user_id: str
    scopes: tuple[str, ...]
    expires_at: float
    used: bool = False


@dataclass
class XAccessToken:
    token: str
    user_id: str
    scopes: tuple[str, ...]
    expires_at: float
    revoked: bool = False


@dataclass
class XRefreshToken:
    token: str
    user_id: str
    client_id: str
    scopes: tuple[str, ...]
    revoked: bool = False
    # Set when the token has been used: the pair it was exchanged for.
    rotated_at: float | None = None
    successor: tuple[str, str] | None = None


@dataclass
class FbCode:
    code: str
    user_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    page_ids: tuple[str, ...]
    expires_at: float
    used: bool = False


@dataclass
class FbToken:
    token: str
    kind: str  # "user" or "page"
    user_id: str
    scopes: tuple[str, ...]
    # Pages the person ticked in the login dialog (user tokens and their page tokens).
    page_ids: tuple[str, ...]
    issued_at: float
    expires_at: float | None  # None: never (page tokens from a long-lived user token)
    page_id: str | None = None
    long_lived: bool = False
    revoked: bool = False


@dataclass
class Window:
    reset_at: float
    used: int = 0


def iso_utc(timestamp: float) -> str:
    """`2026-10-01T12:00:00.123+00:00`: the simulator's own record format."""
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds")


class SimState:
    """Everything the simulator knows. Callers hold `lock` while reading or writing."""

    def __init__(self, *, seed: int = 0) -> None:
        self.lock = threading.RLock()
        self.faults = FaultInjector(seed=seed)
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.clock_offset = 0.0
            self.config: dict[str, Any] = copy.deepcopy(DEFAULT_CONFIG)
            self.faults.reset()
            self.posts: list[Post] = []
            self.posts_by_id: dict[str, Post] = {}
            self.posts_by_account: dict[str, list[Post]] = {}
            # (platform, account, text) of live posts: duplicate checks in O(1).
            self.live_texts: dict[tuple[str, str, str], str] = {}
            self.media: dict[str, Media] = {}
            self.x_codes: dict[str, XAuthCode] = {}
            self.x_access: dict[str, XAccessToken] = {}
            self.x_refresh: dict[str, XRefreshToken] = {}
            self.fb_codes: dict[str, FbCode] = {}
            self.fb_tokens: dict[str, FbToken] = {}
            # (user token, page id) -> page token, so /me/accounts answers stably.
            self.fb_page_tokens: dict[tuple[str, str], str] = {}
            self.rate_windows: dict[tuple[str, str], Window] = {}
            self.page_usage: dict[str, Window] = {}
            self.calls: Counter[str] = Counter()
            self.fault_counts: Counter[str] = Counter()
            self._serial = itertools.count(1)

    def configure(self, values: dict[str, Any]) -> dict[str, Any]:
        """Change some settings (see DEFAULT_CONFIG); ValueError on a bad one."""
        clean = validate_config(values)
        with self.lock:
            self.config.update(clean)
            return copy.deepcopy(self.config)

    def set_faults(self, values: dict[str, Any]) -> dict[str, Any]:
        """Change some fault settings (see faults.DEFAULT_FAULTS); ValueError on a bad one."""
        return self.faults.update(values)

    # The clock: real time plus an offset that /_sim/clock moves forward.
    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        with self.lock:
            self.clock_offset += seconds

    def serial(self) -> int:
        return next(self._serial)

    def x_id(self) -> str:
        """Snowflake-like ids: 19 digits, increasing with creation order."""
        return str(1_880_000_000_000_000_000 + self.serial())

    def fb_id(self) -> str:
        return str(122_100_000_000_000_000 + self.serial())

    @staticmethod
    def token(prefix: str = "") -> str:
        return prefix + secrets.token_urlsafe(32)

    # Accounts.
    @staticmethod
    def x_user(user_id: str) -> XUser | None:
        return next((u for u in X_USERS if u.id == user_id), None)

    @staticmethod
    def x_user_by_name(username: str) -> XUser | None:
        return next((u for u in X_USERS if u.username.lower() == username.lower()), None)

    @staticmethod
    def fb_page(page_id: str) -> FbPage | None:
        return next((p for p in FB_PAGES if p.id == page_id), None)

    @staticmethod
    def fb_user(user_id: str) -> FbUser | None:
        return next((u for u in FB_USERS if u.id == user_id), None)

    def blocked(self, account_id: str) -> bool:
        return account_id in self.config["blocked_accounts"]

    # Posts.
    def add_post(self, post: Post) -> Post:
        self.posts.append(post)
        self.posts_by_id[post.id] = post
        self.posts_by_account.setdefault(post.account_id, []).append(post)
        if post.text and post.published:
            self.live_texts[(post.platform, post.account_id, post.text)] = post.id
        return post

    def new_media(
        self,
        platform: str,
        account_id: str,
        info: ImageInfo | None,
        *,
        published: bool = True,
        alt_text: str | None = None,
        url: str | None = None,
    ) -> Media:
        media = Media(
            id=self.x_id() if platform == "x" else self.fb_id(),
            platform=platform,
            account_id=account_id,
            created_at=self.now(),
            sha256=info.sha256 if info else None,
            w=info.w if info else None,
            h=info.h if info else None,
            image_type=info.image_type if info else None,
            size=info.size if info else 0,
            thumbnail=info.thumbnail if info else None,
            alt_text=alt_text,
            url=url,
            published=published,
        )
        self.media[media.id] = media
        return media

    def delete_post(self, post: Post) -> None:
        post.deleted_at = self.now()
        key = (post.platform, post.account_id, post.text)
        if self.live_texts.get(key) == post.id:
            del self.live_texts[key]

    def duplicate_of(self, platform: str, account_id: str, text: str) -> str | None:
        if not text or not self.config["reject_duplicates"]:
            return None
        return self.live_texts.get((platform, account_id, text))

    def visible_posts(self, account_id: str) -> list[Post]:
        """Live, published posts old enough to show in read-back, newest first."""
        horizon = self.now() - float(self.config["readback_lag_s"])
        return [
            post
            for post in reversed(self.posts_by_account.get(account_id, []))
            if post.live and post.published and post.created_at <= horizon
        ]

    # Rate windows.
    def consume(self, windows: dict[Any, Window], key: Any, limit: int, length: float) -> Window:
        """Count one call in `key`'s fixed window; `used` may exceed `limit` (refused)."""
        now = self.now()
        window = windows.get(key)
        if window is None or now >= window.reset_at:
            window = windows[key] = Window(reset_at=now + length)
        window.used += 1
        return window

    def invalidate(self, account_id: str) -> int:
        """Kill an account's tokens, as a password change or revoked app would."""
        killed = 0
        for access in self.x_access.values():
            if access.user_id == account_id and not access.revoked:
                access.revoked = True
                killed += 1
        for refresh in self.x_refresh.values():
            if refresh.user_id == account_id and not refresh.revoked:
                refresh.revoked = True
                killed += 1
        for token in self.fb_tokens.values():
            hit = token.user_id == account_id or token.page_id == account_id
            if hit and not token.revoked:
                token.revoked = True
                killed += 1
        return killed

    def known_account(self, account_id: str) -> bool:
        return bool(self.x_user(account_id) or self.fb_page(account_id) or self.fb_user(account_id))
