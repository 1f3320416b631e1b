"""The X adapter over real HTTP against the platform simulator."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import random
import secrets
import socket
import time

import pytest
from django.utils import timezone

from posts.composition import Draft
from publishing.adapters import ADAPTERS, Failure, PlatformError, adapter_for
from publishing.adapters import x as x_oauth
from publishing.adapters.base import comparable_text
from publishing.adapters.x import XAdapter
from tests.conftest import wait_until
from tests.consent import consent
from tests.publishing.conftest import SIM_X_HANDLE, SIM_X_USER

pytestmark = pytest.mark.django_db

BODY = "Walk-in flu shots are free this week at the outpatient clinic."


def text_of(publication) -> str:
    return Draft.of(publication.post).compose("x")


def sim_posts(simulator) -> list[dict]:
    return simulator.posts(platform="x", account_id=SIM_X_USER)


def publish_error(connected_x, publication) -> PlatformError:
    with pytest.raises(PlatformError) as caught:
        adapter_for(connected_x).publish(publication)
    return caught.value


def test_the_registry_gives_the_x_adapter(connected_x):
    assert ADAPTERS["x"] is XAdapter
    assert isinstance(adapter_for(connected_x), XAdapter)


def test_it_publishes_text_with_its_permalink(simulator, connected_x, sim_publication):
    publication = sim_publication(connected_x, body=BODY, link="https://hospital.example/flu")

    result = adapter_for(connected_x).publish(publication)

    [posted] = sim_posts(simulator)
    assert posted["id"] == result.external_id
    assert posted["text"] == text_of(publication)
    assert posted["text"].endswith("https://hospital.example/flu")
    assert posted["media"] == []
    assert result.permalink == f"{simulator.url}/web/x/{SIM_X_HANDLE}/status/{result.external_id}"


@pytest.mark.parametrize("count", [1, 3])
def test_it_publishes_images_in_order_with_their_alt_text(
    simulator, connected_x, sim_publication, count
):
    publication = sim_publication(connected_x, body=BODY, images=count)

    result = adapter_for(connected_x).publish(publication)

    [posted] = sim_posts(simulator)
    assert posted["id"] == result.external_id
    assets = list(publication.post.media.order_by("position"))
    assert [m["alt_text"] for m in posted["media"]] == [a.alt_text for a in assets]
    assert [m["sha256"] for m in posted["media"]] == [a.sha256 for a in assets]


def test_it_deletes_and_counts_already_gone_as_deleted(simulator, connected_x, sim_publication):
    adapter = adapter_for(connected_x)
    result = adapter.publish(sim_publication(connected_x, body=BODY))

    adapter.delete(result.external_id)
    adapter.delete(result.external_id)

    [posted] = sim_posts(simulator)
    assert posted["deleted_at"] is not None


def test_the_same_text_again_is_a_duplicate(connected_x, sim_publication):
    adapter_for(connected_x).publish(sim_publication(connected_x, body=BODY))

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY))

    assert (error.kind, error.code, error.sent) == (Failure.DUPLICATE, "x:403-duplicate", True)


def test_a_revoked_token_needs_reconnecting(simulator, connected_x, sim_publication):
    simulator.invalidate_tokens(SIM_X_USER)

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY))

    assert (error.kind, error.code, error.reconnect) == (Failure.PERMANENT, "x:401", True)
    assert "reconnect" in error.message


def test_a_rate_limit_is_retryable_at_the_reset_time(simulator, connected_x, sim_publication):
    simulator.set_faults(rate_429=1.0, rate_reset_s=600)

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY))

    assert (error.kind, error.code) == (Failure.RETRYABLE, "x:429")
    expected = timezone.now() + dt.timedelta(seconds=600)
    assert abs((error.retry_at - expected).total_seconds()) < 5
    assert timezone.localtime(error.retry_at).strftime("%H:%M") in error.message
    assert sim_posts(simulator) == []


def test_a_server_error_on_create_is_an_unknown_outcome(simulator, connected_x, sim_publication):
    simulator.set_faults(error_rate=1.0)

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY))

    assert error.kind == Failure.UNKNOWN
    assert error.sent is True
    assert error.code in ("x:500", "x:503")


def test_a_dropped_answer_is_an_unknown_outcome(simulator, connected_x, sim_publication):
    simulator.set_faults(drop_rate=1.0)
    publication = sim_publication(connected_x, body=BODY)

    error = publish_error(connected_x, publication)

    assert (error.kind, error.code, error.sent) == (Failure.UNKNOWN, "network:dropped", True)
    [posted] = sim_posts(simulator)  # it did go out
    assert posted["text"] == text_of(publication)


def test_no_answer_in_time_is_an_unknown_outcome(simulator, connected_x, sim_publication, settings):
    settings.PLATFORM_TIMEOUT_SECONDS = 0.3
    simulator.set_faults(timeout_rate=1.0, hang_s=1.0)

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY))

    # We gave up before the platform answered: the post is not there yet.
    assert sim_posts(simulator) == []
    assert (error.kind, error.code, error.sent) == (Failure.UNKNOWN, "network:timeout", True)
    # The simulator does the work after its pause, as a slow platform would.
    assert wait_until(lambda: len(sim_posts(simulator)) == 1)


def test_a_failed_image_upload_is_retryable_and_nothing_was_sent(
    simulator, connected_x, sim_publication
):
    simulator.set_faults(error_rate=1.0)

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY, images=1))

    assert (error.kind, error.sent) == (Failure.RETRYABLE, False)
    assert simulator.stats()["calls"].get("POST /2/tweets", 0) == 0


def test_a_connection_that_cannot_be_opened_is_retryable(connected_x, sim_publication, settings):
    settings.X_API_BASE_URL = f"http://127.0.0.1:{closed_port()}"

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY))

    assert (error.kind, error.code, error.sent) == (Failure.RETRYABLE, "network:connect", False)


def test_find_recent_finds_the_newest_matching_post(simulator, connected_x, sim_publication):
    since = timezone.now() - dt.timedelta(seconds=5)
    adapter = adapter_for(connected_x)
    publication = sim_publication(connected_x, body=BODY, link="https://hospital.example/flu")
    adapter.publish(sim_publication(connected_x, body="Another post entirely."))
    result = adapter.publish(publication)

    found = adapter.find_recent(since, text_of(publication))

    assert found == result


def test_find_recent_misses_other_text_and_older_posts(connected_x, sim_publication):
    adapter = adapter_for(connected_x)
    publication = sim_publication(connected_x, body=BODY)
    adapter.publish(publication)

    assert adapter.find_recent(timezone.now() - dt.timedelta(minutes=1), "Not this") is None
    later = timezone.now() + dt.timedelta(minutes=1)
    assert adapter.find_recent(later, text_of(publication)) is None


def test_find_recent_raises_when_the_account_cannot_be_read(simulator, connected_x):
    simulator.set_faults(error_rate=1.0, scope="all")

    with pytest.raises(PlatformError) as caught:
        adapter_for(connected_x).find_recent(timezone.now(), BODY)

    assert caught.value.kind == Failure.RETRYABLE


def test_matching_ignores_what_x_does_to_text():
    ours = "Flu shots & more:  café\n\nhttps://hospital.example/flu"
    theirs = "Flu shots &amp; more: cafe\u0301 https://t.co/abc123 https://t.co/media9"

    assert comparable_text(ours) == comparable_text(theirs)


def test_verify_names_the_account(connected_x):
    info = adapter_for(connected_x).verify()

    assert (info.external_id, info.handle) == (SIM_X_USER, SIM_X_HANDLE)
    assert info.name == "Riverside Health (simulated)"


def test_refresh_rotates_the_tokens(simulator, connected_x):
    old_refresh = connected_x.refresh_token

    tokens = adapter_for(connected_x).refresh()

    assert tokens.access_token != connected_x.access_token
    assert tokens.refresh_token not in ("", old_refresh)
    assert tokens.expires_at > timezone.now() + dt.timedelta(minutes=100)
    assert "tweet.write" in tokens.scopes
    assert x_oauth.fetch_me(tokens.access_token).external_id == SIM_X_USER
    # The old refresh token dies once X's grace window has passed.
    simulator.advance_clock(120)
    with pytest.raises(PlatformError) as caught:
        x_oauth.refresh_tokens(old_refresh)
    assert (caught.value.kind, caught.value.reconnect) == (Failure.PERMANENT, True)


def test_a_refresh_presented_again_within_the_grace_window_gets_the_same_pair(connected_x):
    first = x_oauth.refresh_tokens(connected_x.refresh_token)

    again = x_oauth.refresh_tokens(connected_x.refresh_token)  # as after a lost answer

    assert (again.access_token, again.refresh_token) == (first.access_token, first.refresh_token)
    assert x_oauth.refresh_tokens(again.refresh_token).refresh_token != again.refresh_token


def test_a_refresh_whose_answer_is_lost_is_retried_once_and_keeps_the_chain(
    simulator, connected_x, settings
):
    # The simulator's drop fault only applies to calls that create a post, so the lost
    # answer is a timeout: the first call hangs (the simulator rotates the token after
    # the client gave up), the retry does not. The seed picks that sequence from the
    # simulator's RNG, which draws five numbers per write (the third decides a hang).
    settings.PLATFORM_TIMEOUT_SECONDS = 0.3
    simulator.set_faults(timeout_rate=0.5, hang_s=0.6, seed=seed_hanging_first_call_only(0.5))

    tokens = x_oauth.refresh_tokens(connected_x.refresh_token)

    assert simulator.stats()["calls"]["POST /2/oauth2/token"] == 2
    assert x_oauth.fetch_me(tokens.access_token).external_id == SIM_X_USER
    time.sleep(0.5)  # the hung first call finishes its rotation
    assert x_oauth.refresh_tokens(tokens.refresh_token).access_token


def test_the_oauth_helpers_connect_an_account(sim_apps):
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    redirect_uri = "http://testserver/accounts/x/callback"
    url = x_oauth.authorize_url(
        state="state-123", code_challenge=challenge.rstrip(b"=").decode(), redirect_uri=redirect_uri
    )
    assert url.startswith(f"{sim_apps.url}/i/oauth2/authorize?")

    answer = consent(url, "Authorize app")
    assert answer["state"] == "state-123"
    tokens = x_oauth.exchange_code(
        code=answer["code"], code_verifier=verifier, redirect_uri=redirect_uri
    )
    me = x_oauth.fetch_me(tokens.access_token)

    assert tokens.refresh_token and "offline.access" in tokens.scopes
    assert (me.external_id, me.handle) == (SIM_X_USER, SIM_X_HANDLE)


def test_a_used_code_is_refused(sim_apps):
    with pytest.raises(PlatformError) as caught:
        x_oauth.exchange_code(code="nope", code_verifier="v" * 43, redirect_uri="http://t/cb")

    assert caught.value.kind == Failure.PERMANENT


def test_nothing_logged_carries_the_text_or_the_token(connected_x, sim_publication, caplog):
    publication = sim_publication(connected_x, body=BODY, images=1)
    caplog.set_level(logging.DEBUG)

    adapter_for(connected_x).publish(publication)

    assert caplog.records  # the adapter logs ids
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert BODY not in logged
    assert connected_x.access_token not in logged


def test_error_messages_carry_neither_text_nor_token(simulator, connected_x, sim_publication):
    simulator.set_faults(drop_rate=1.0)

    error = publish_error(connected_x, sim_publication(connected_x, body=BODY))

    for shown in (str(error), repr(error), error.message):
        assert BODY not in shown and connected_x.access_token not in shown
    assert error.__cause__ is None and error.__suppress_context__


# --- Helpers -------------------------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def seed_hanging_first_call_only(rate: float) -> int:
    for seed in range(1000):
        draws = random.Random(seed)  # the simulator's RNG, not for secrets
        first = [draws.random() for _ in range(5)]
        second = [draws.random() for _ in range(5)]
        if first[2] < rate <= second[2]:
            return seed
    raise AssertionError("no seed")
