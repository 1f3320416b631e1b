"""Redis URLs for the two clients that need them.

redis-py speaks `unix:///path` for a unix socket, Celery's broker (kombu) speaks
`redis+socket:///path`. Settings keep one REDIS_URL and derive the broker URL here.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit


def embedded_redis_url(socket_path: Path) -> str:
    return f"unix://{socket_path}?db=0"


def celery_broker_url(redis_url: str) -> str:
    parts = urlsplit(redis_url)
    if parts.scheme == "unix":
        return f"redis+socket://{parts.path}"
    return redis_url
