"""Test settings: the real settings with a few test-only choices."""

import os
from pathlib import Path

_VAR = Path(__file__).resolve().parent.parent / "var"
# SOCIALCARE_TEST_SLOT lets several suites run side by side on one checkout, each with
# its own SQLite file and embedded Redis.
_SLOT = os.environ.get("SOCIALCARE_TEST_SLOT", "")
_SUFFIX = f"-{_SLOT}" if _SLOT else ""
os.environ.setdefault("SECRET_KEY", "test-only-secret-key")
os.environ.setdefault("SECURE_COOKIES", "false")
# A fixed, test-only Fernet key (32 bytes, url-safe base64).
os.environ.setdefault("SOCIALCARE_ENCRYPTION_KEYS", "dGVzdC1vbmx5LWtleS1kby1ub3QtdXNlLWFueXdoZXI=")
# The suite's own embedded Redis, apart from the demo's.
os.environ.setdefault("SOCIALCARE_EMBEDDED_REDIS_SOCKET", str(_VAR / f"test-redis{_SUFFIX}.sock"))

from socialcare.settings import *  # noqa: E402, F403
from socialcare.settings import DATABASES, STORAGES, VAR_DIR  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = VAR_DIR / "test-media"
PRIVATE_ROOT = VAR_DIR / "test-private"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = None
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not the in-memory default: worker processes started by tests and the
    # live server share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test{_SUFFIX}.sqlite3")}
