"""Find the Chromium that the browser tests drive.

Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium (or any `chromium` on PATH), then a
browser installed by `python -m playwright install chromium`. `--ensure` installs
Debian's package when none is found and we may (root with apt-get), and otherwise
fails with instructions: the browser tests are never skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

HEADLESS_ARGS = [
    # Running as root in a container needs --no-sandbox; the rest keeps Chromium from
    # reaching out to Google's services, which a closed hospital network refuses.
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

INSTRUCTIONS = (
    "No Chromium found for the browser tests. Install one of:\n"
    "  Debian/Ubuntu:  sudo apt-get install chromium\n"
    "  anywhere:       .venv/bin/python -m playwright install chromium\n"
    "or point CHROMIUM_PATH at a Chromium or Chrome binary."
)


def _playwright_browsers() -> list[str]:
    root = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH", Path.home() / ".cache/ms-playwright"))
    patterns = [
        "chromium-*/chrome-linux*/chrome",
        "chromium-*/chrome-mac*/Chromium.app/Contents/MacOS/Chromium",
    ]
    found: list[str] = []
    for pattern in patterns:
        found.extend(sorted(glob.glob(str(root / pattern)), reverse=True))
    return found


def find_chromium() -> str | None:
    candidates = [
        os.environ.get("CHROMIUM_PATH", ""),
        "/usr/bin/chromium",
        shutil.which("chromium") or "",
        shutil.which("chromium-browser") or "",
        *_playwright_browsers(),
    ]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def ensure() -> int:
    if find_chromium():
        return 0
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing Debian's chromium for the browser tests…", flush=True)  # noqa: T201
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)  # noqa: S607
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)  # noqa: S607
        if find_chromium():
            return 0
    sys.stderr.write(INSTRUCTIONS + "\n")
    return 1


if __name__ == "__main__":
    if sys.argv[1:] == ["--ensure"]:
        raise SystemExit(ensure())
    path = find_chromium()
    print(path or INSTRUCTIONS)  # noqa: T201
    raise SystemExit(0 if path else 1)
