"""Encryption at rest for secrets and signed release forms (Fernet, rotatable keys).

SOCIALCARE_ENCRYPTION_KEYS holds comma-separated Fernet keys: the first encrypts,
all of them decrypt (MultiFernet), so a key is rotated by putting a new one first and
re-encrypting (`rotate`) before the old one is removed.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

__all__ = ["InvalidToken", "decrypt", "encrypt", "generate_key", "rotate"]


def generate_key() -> str:
    return Fernet.generate_key().decode()


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("SOCIALCARE_ENCRYPTION_KEYS is empty")
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "SOCIALCARE_ENCRYPTION_KEYS must be Fernet keys (32 url-safe base64 bytes)"
        ) from exc


def _current() -> MultiFernet:
    return _fernet(tuple(settings.SOCIALCARE_ENCRYPTION_KEYS))


def encrypt(data: bytes) -> bytes:
    return _current().encrypt(data)


def decrypt(token: bytes) -> bytes:
    """Raises InvalidToken when no configured key opens the data."""
    return _current().decrypt(token)


def rotate(token: bytes) -> bytes:
    """Re-encrypt with the first key."""
    return _current().rotate(token)
