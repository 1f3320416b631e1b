"""Publishing fixtures. The simulator and `accounts` are in tests/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _quick_read_back(settings) -> None:
    """Read-back looks twice, a pause apart: a millisecond here."""
    settings.PUBLISH_READBACK_PAUSE_MS = 1


@pytest.fixture
def approved(tip, comms):
    """A health tip, approved by the review policy (not patient-specific)."""
    from compliance.services import submit_for_review

    return submit_for_review(post=tip, actor=comms)


# --- Adapters (publishing/adapters): app credentials, connected accounts, posts ------
# Appended for tests/publishing/test_adapters_*.py. Names start with `sim_` or
# `connected_` so as not to collide with the delivery and account fixtures.

SIM_X_USER = "2244994945"
SIM_X_HANDLE = "riverside_health_sim"
SIM_FB_USER = "10000000000001"
SIM_FB_PAGE = "200000000000001"
SIM_FB_OTHER_PAGE = "200000000000002"


@pytest.fixture
def sim_apps(simulator):
    """The simulator, with the app credentials it accepts in the settings."""
    return simulator


@pytest.fixture
def connected_x(sim_apps, db):
    """@riverside_health_sim, connected with tokens the simulator issued."""
    from publishing.models import ConnectedAccount

    tokens = sim_apps.issue_tokens(SIM_X_USER)
    account = ConnectedAccount(
        platform="x",
        external_id=SIM_X_USER,
        name="Riverside Health (simulated)",
        handle=SIM_X_HANDLE,
        scopes=tokens["scope"],
    )
    account.access_token = tokens["access_token"]
    account.refresh_token = tokens["refresh_token"]
    account.save()
    return account


@pytest.fixture
def connected_page(sim_apps, db):
    """The Page "Riverside Health (simulated)", connected with its page token."""
    from publishing.models import ConnectedAccount

    tokens = sim_apps.issue_tokens(SIM_FB_PAGE)
    account = ConnectedAccount(
        platform="facebook", external_id=SIM_FB_PAGE, name="Riverside Health (simulated)"
    )
    account.access_token = tokens["access_token"]
    account.save()
    return account


@pytest.fixture
def sim_publication(comms, topic):
    """make(account, body=…, link=…, images=n): a Publication of a new post (approval is
    the caller's business, not the adapter's)."""
    import io

    from django.utils import timezone
    from PIL import Image

    from posts.media import clean_image
    from posts.services import NewImage, PostContent, create_post
    from publishing.models import Publication

    def png(n: int) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (24, 16), (40 * n, 120, 200 - 30 * n)).save(out, format="PNG")
        return out.getvalue()

    def make(account, *, body: str, link: str = "", images: int = 0) -> Publication:
        post = create_post(
            author=comms,
            content=PostContent(title="Adapter test", topic=topic, body=body, link=link),
            new_images=[
                NewImage(clean_image(png(n)), f"Photo {n + 1}: nurses at the flu clinic")
                for n in range(images)
            ],
        )
        return Publication.objects.create(
            post=post, account=account, scheduled_at=timezone.now(), created_by=comms
        )

    return make
