"""Give a local checkout the secrets it needs, once: `make` calls this when it installs.

Writes a random SECRET_KEY and a Fernet key into `.env` (git ignores it) when they are
not set there or in the environment, so that `manage.py` works in a fresh checkout and
demo data encrypted at rest stays readable across runs. A deployment sets both in its
environment instead, and this writes nothing.

    python -m socialcare.lib.local_env .env
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

from cryptography.fernet import Fernet


def _defined(path: Path) -> set[str]:
    if not path.exists():
        return set()
    names = set()
    for line in path.read_text().splitlines():
        name, sep, value = line.partition("=")
        if sep and value.strip() and not name.lstrip().startswith("#"):
            names.add(name.strip())
    return names


def ensure(path: Path) -> list[str]:
    """Append the missing secrets to `path`; returns the names written."""
    present = _defined(path) | {k for k, v in os.environ.items() if v}
    wanted = {
        "SECRET_KEY": lambda: secrets.token_urlsafe(50),
        "SOCIALCARE_ENCRYPTION_KEYS": lambda: Fernet.generate_key().decode(),
    }
    missing = [name for name in wanted if name not in present]
    if missing:
        with path.open("a") as env_file:
            for name in missing:
                env_file.write(f"{name}={wanted[name]()}\n")
        path.chmod(0o600)
    return missing


if __name__ == "__main__":
    written = ensure(Path(sys.argv[1] if len(sys.argv) > 1 else ".env"))
    if written:
        print(f"Wrote {', '.join(written)} to .env")  # noqa: T201
