"""Settings come from the environment, are all documented, and fail loudly when wrong."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

READ = re.compile(r'(?:env\.\w+|_positive_int|_time_zone|_platform)\(\s*"([A-Z_]+)"')


def _load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    return subprocess.run(
        [sys.executable, "-c", "import socialcare.settings"],
        cwd=ROOT,
        env={**clean, "SOCIALCARE_DEMO": "1", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_it_documents_every_variable_in_env_example():
    read = set(READ.findall((ROOT / "socialcare" / "settings.py").read_text()))
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read, "no variables found: the pattern is out of date"
    assert read <= documented, f"undocumented: {sorted(read - documented)}"


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SESSION_IDLE_MINUTES", "soon", "SESSION_IDLE_MINUTES must be a whole number"),
        ("SESSION_MAX_HOURS", "0", "SESSION_MAX_HOURS must be greater than zero"),
        ("SOCIALCARE_TIME_ZONE", "Mars/Olympus", "is not an IANA time zone"),
    ],
)
def test_it_refuses_malformed_values(variable, value, message):
    result = _load_settings(**{variable: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_it_requires_a_secret_key_outside_demo_mode():
    result = _load_settings(SOCIALCARE_DEMO="0", DEBUG="false", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_it_loads_with_defaults_in_demo_mode():
    assert _load_settings().returncode == 0
