"""`make run`'s pieces: the demo seed, the embedded Redis, and the process runner."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command

from compliance.models import PatientRelease
from posts.models import Post
from socialcare.lib import embedded_redis
from tests.conftest import ROOT, wait_until


def test_it_seeds_the_demo_users_with_their_roles(db, settings):
    settings.DEMO_MODE = True
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    roles = {
        u.username: sorted(g.name for g in u.groups.all())
        for u in get_user_model().objects.prefetch_related("groups")
    }
    assert roles == {
        "comms": ["Comms"],
        "compliance": ["Compliance"],
        "admin": ["Admin"],
        "lead": ["Comms", "Compliance"],
    }
    assert authenticate(username="lead", password=settings.DEMO_PASSWORD) is not None
    assert Post.objects.filter(author__username="comms").count() == 5
    story = Post.objects.get(title="NICU graduate goes home")
    assert story.patient_specific
    # One post is approved already, so that publishing can be tried at once.
    assert Post.objects.get(state=Post.State.APPROVED).title == "Hand washing reminder"
    assert PatientRelease.objects.get().defects() == []


def test_it_seeds_again_without_duplicates(db, settings):
    settings.DEMO_MODE = True
    with open(os.devnull, "w") as quiet:
        call_command("seed_demo", stdout=quiet)
        call_command("seed_demo", stdout=quiet)
    assert get_user_model().objects.count() == 4
    assert Post.objects.count() == 5
    assert PatientRelease.objects.count() == 1


def test_it_refuses_to_seed_outside_demo_mode(db, settings):
    settings.DEMO_MODE = False
    with pytest.raises(CommandError, match="demo mode"):
        call_command("seed_demo")
    assert not get_user_model().objects.exists()


def test_it_starts_and_stops_the_embedded_redis():
    socket_path = Path(tempfile.mkdtemp(prefix="sc-")) / "r.sock"
    assert embedded_redis.start(socket_path) is True
    try:
        assert embedded_redis.is_running(socket_path)
        assert embedded_redis.start(socket_path) is False  # already running: reused
    finally:
        embedded_redis.stop(socket_path)
    assert not embedded_redis.is_running(socket_path)
    assert not socket_path.exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


def test_it_runs_every_process_and_stops_them_all_on_ctrl_c(tmp_path):
    """The demo runner brings web, worker, beat and the platform simulator up healthy,
    connects the simulated accounts, and Ctrl-C ends them all."""
    work = Path(tempfile.mkdtemp(prefix="sc-demo-"))
    port, simulator_port = _free_port(), _free_port()
    platform_settings = {"X_API_BASE_URL", "X_AUTHORIZE_URL", "X_WEB_URL", "X_CLIENT_ID"}
    env = {
        **{k: v for k, v in os.environ.items() if k not in platform_settings},
        "SIMULATOR_PORT": str(simulator_port),
        "DJANGO_SETTINGS_MODULE": "socialcare.settings",
        "SOCIALCARE_DEMO": "1",
        "DATABASE_URL": f"sqlite:///{work / 'demo.sqlite3'}",
        "SOCIALCARE_EMBEDDED_REDIS_SOCKET": str(work / "redis.sock"),
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_ROOT": str(work / "private"),
        "SOCIALCARE_ENCRYPTION_KEYS": "ZGVtby10ZXN0LWtleS1kby1ub3QtdXNlLWVsc2V3aGU=",
    }
    log = (tmp_path / "run.log").open("w")
    runner = subprocess.Popen(
        [sys.executable, "manage.py", "run_demo", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    children: list[str] = []
    try:
        healthy = wait_until(lambda: _get(f"http://127.0.0.1:{port}/healthz") == 200, timeout=60)
        output = (tmp_path / "run.log").read_text()
        assert healthy, output[-3000:]
        assert f"http://127.0.0.1:{port}/" in output
        assert "comms" in output and "compliance" in output and "lead" in output
        # The first page a worker renders may take longer than one 2 s request on a busy
        # machine (the other worker may still be starting): ask until it answers.
        login = f"http://127.0.0.1:{port}/accounts/login/"
        assert wait_until(lambda: _get(login) == 200, timeout=30)
        children = subprocess.run(
            ["pgrep", "-P", str(runner.pid)],  # noqa: S607
            capture_output=True,
            text=True,
        ).stdout.split()
        assert len(children) == 4, "expected web, worker, beat and the simulator"
        assert "Connected simulated accounts: X: @riverside_health_sim, Facebook:" in output
        assert _get(f"http://127.0.0.1:{simulator_port}/") == 200
    finally:
        runner.send_signal(signal.SIGINT)
        runner.wait(timeout=30)
        log.close()
    assert runner.returncode == 0
    for pid in children:
        assert not Path(f"/proc/{pid}").exists(), f"process {pid} outlived Ctrl-C"
    assert _get(f"http://127.0.0.1:{port}/healthz") == 0
    if not os.environ.get("REDIS_URL"):
        assert not embedded_redis.is_running(work / "redis.sock")


def test_it_writes_local_secrets_once_and_never_over_the_environment(tmp_path, monkeypatch):
    from socialcare.lib import local_env

    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("SOCIALCARE_ENCRYPTION_KEYS", "set-by-the-deployment")
    env_file = tmp_path / ".env"
    assert local_env.ensure(env_file) == ["SECRET_KEY"]
    first = env_file.read_text()
    assert local_env.ensure(env_file) == []
    assert env_file.read_text() == first
    assert oct(env_file.stat().st_mode & 0o777) == "0o600"
