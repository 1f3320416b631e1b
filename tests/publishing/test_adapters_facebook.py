"""The Facebook Pages adapter over real HTTP against the platform simulator."""

from __future__ import annotations

import datetime as dt
import logging
import socket

import pytest
from django.utils import timezone

from posts.composition import Draft
from publishing.adapters import ADAPTERS, Failure, PlatformError, adapter_for
from publishing.adapters import facebook as fb_oauth
from publishing.adapters.facebook import FacebookAdapter
from tests.conftest import wait_until
from tests.consent import consent
from tests.publishing.conftest import SIM_FB_OTHER_PAGE, SIM_FB_PAGE

pytestmark = pytest.mark.django_db

BODY = "Walk-in flu shots are free this week at the outpatient clinic."
LINK = "https://hospital.example/flu"


def text_of(publication) -> str:
    return Draft.of(publication.post).compose("facebook")


def sim_posts(simulator) -> list[dict]:
    return simulator.posts(platform="facebook", account_id=SIM_FB_PAGE)


def publish_error(account, publication) -> PlatformError:
    with pytest.raises(PlatformError) as caught:
        adapter_for(account).publish(publication)
    return caught.value


def test_the_registry_gives_the_facebook_adapter(connected_page):
    assert ADAPTERS["facebook"] is FacebookAdapter
    assert isinstance(adapter_for(connected_page), FacebookAdapter)


def test_it_publishes_text_and_link_with_its_permalink(simulator, connected_page, sim_publication):
    publication = sim_publication(connected_page, body=BODY, link=LINK)

    result = adapter_for(connected_page).publish(publication)

    [posted] = sim_posts(simulator)
    assert posted["id"] == result.external_id
    # The message is exactly the composed text (ending with the link); `link` adds the
    # preview card.
    assert posted["text"] == text_of(publication)
    assert posted["text"].endswith(LINK)
    assert posted["link"] == LINK
    assert result.permalink == f"{simulator.url}/web/facebook/{result.external_id}"


@pytest.mark.parametrize("count", [1, 3])
def test_it_publishes_images_in_order_with_their_alt_text(
    simulator, connected_page, sim_publication, count
):
    publication = sim_publication(connected_page, body=BODY, link=LINK, images=count)

    result = adapter_for(connected_page).publish(publication)

    [posted] = [p for p in sim_posts(simulator) if p["published"]]
    assert posted["id"] == result.external_id
    assert posted["text"] == text_of(publication)
    assets = list(publication.post.media.order_by("position"))
    assert [m["alt_text"] for m in posted["media"]] == [a.alt_text for a in assets]
    assert [m["sha256"] for m in posted["media"]] == [a.sha256 for a in assets]


def test_it_deletes_and_counts_already_gone_as_deleted(simulator, connected_page, sim_publication):
    adapter = adapter_for(connected_page)
    result = adapter.publish(sim_publication(connected_page, body=BODY))

    adapter.delete(result.external_id)
    adapter.delete(result.external_id)

    [posted] = sim_posts(simulator)
    assert posted["deleted_at"] is not None


def test_the_same_text_again_is_a_duplicate(connected_page, sim_publication):
    adapter_for(connected_page).publish(sim_publication(connected_page, body=BODY))

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY))

    assert (error.kind, error.code, error.sent) == (Failure.DUPLICATE, "facebook:506/1455006", True)


def test_a_dead_page_token_needs_reconnecting(simulator, connected_page, sim_publication):
    simulator.invalidate_tokens(SIM_FB_PAGE)

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY))

    assert (error.kind, error.reconnect) == (Failure.PERMANENT, True)
    assert error.code.startswith("facebook:190")


def test_a_page_that_was_not_granted_needs_reconnecting(simulator, connected_page, sim_publication):
    connected_page.access_token = simulator.issue_tokens(SIM_FB_PAGE)["user_access_token"]

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY))

    assert (error.kind, error.code, error.reconnect) == (Failure.PERMANENT, "facebook:200", True)
    assert "tick this Page" in error.message


def test_throttling_is_retryable_when_the_usage_header_says(
    simulator, connected_page, sim_publication
):
    simulator.set_faults(rate_429=1.0, rate_reset_s=300)

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY))

    assert (error.kind, error.code) == (Failure.RETRYABLE, "facebook:32")
    expected = timezone.now() + dt.timedelta(minutes=5)  # estimated_time_to_regain_access
    assert abs((error.retry_at - expected).total_seconds()) < 5
    assert sim_posts(simulator) == []


def test_a_server_error_on_create_is_an_unknown_outcome(simulator, connected_page, sim_publication):
    simulator.set_faults(error_rate=1.0)

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY))

    assert (error.kind, error.sent) == (Failure.UNKNOWN, True)
    assert error.code in ("facebook:1", "facebook:2")


def test_a_dropped_answer_is_an_unknown_outcome(simulator, connected_page, sim_publication):
    simulator.set_faults(drop_rate=1.0)
    publication = sim_publication(connected_page, body=BODY, images=1)

    error = publish_error(connected_page, publication)

    assert (error.kind, error.code, error.sent) == (Failure.UNKNOWN, "network:dropped", True)
    [posted] = sim_posts(simulator)
    assert posted["text"] == text_of(publication)


def test_a_dropped_answer_to_the_feed_post_after_photos_is_unknown(
    simulator, connected_page, sim_publication
):
    # Unpublished photos are not "created" posts, so only the feed call is dropped.
    simulator.set_faults(drop_rate=1.0)

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY, images=2))

    assert (error.kind, error.sent) == (Failure.UNKNOWN, True)
    assert len([p for p in sim_posts(simulator) if p["published"]]) == 1


def test_no_answer_in_time_is_an_unknown_outcome(
    simulator, connected_page, sim_publication, settings
):
    settings.PLATFORM_TIMEOUT_SECONDS = 0.3
    simulator.set_faults(timeout_rate=1.0, hang_s=1.0)

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY))

    # We gave up before the platform answered: the post is not there yet.
    assert sim_posts(simulator) == []
    assert (error.kind, error.code, error.sent) == (Failure.UNKNOWN, "network:timeout", True)
    assert wait_until(lambda: len(sim_posts(simulator)) == 1)


def test_a_failed_photo_upload_before_the_feed_post_is_retryable(
    simulator, connected_page, sim_publication
):
    simulator.set_faults(error_rate=1.0)

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY, images=3))

    assert (error.kind, error.sent) == (Failure.RETRYABLE, False)
    assert simulator.stats()["calls"].get("POST /{page-id}/feed", 0) == 0


def test_a_connection_that_cannot_be_opened_is_retryable(connected_page, sim_publication, settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings.FACEBOOK_GRAPH_URL = f"http://127.0.0.1:{port}"

    error = publish_error(connected_page, sim_publication(connected_page, body=BODY))

    assert (error.kind, error.code, error.sent) == (Failure.RETRYABLE, "network:connect", False)
    assert connected_page.access_token not in str(error)


def test_find_recent_finds_the_newest_matching_post(connected_page, sim_publication):
    since = timezone.now() - dt.timedelta(seconds=5)
    adapter = adapter_for(connected_page)
    publication = sim_publication(connected_page, body=BODY, link=LINK)
    adapter.publish(sim_publication(connected_page, body="Another post entirely."))
    result = adapter.publish(publication)

    assert adapter.find_recent(since, text_of(publication)) == result


def test_find_recent_misses_other_text_and_older_posts(connected_page, sim_publication):
    adapter = adapter_for(connected_page)
    publication = sim_publication(connected_page, body=BODY)
    adapter.publish(publication)

    assert adapter.find_recent(timezone.now() - dt.timedelta(minutes=1), "Not this") is None
    later = timezone.now() + dt.timedelta(minutes=1)
    assert adapter.find_recent(later, text_of(publication)) is None


def test_find_recent_raises_when_the_page_cannot_be_read(simulator, connected_page):
    simulator.set_faults(error_rate=1.0, scope="all")

    with pytest.raises(PlatformError) as caught:
        adapter_for(connected_page).find_recent(timezone.now(), BODY)

    assert caught.value.kind == Failure.RETRYABLE


def test_verify_names_the_page_and_its_permissions(connected_page):
    info = adapter_for(connected_page).verify()

    assert (info.external_id, info.name) == (SIM_FB_PAGE, "Riverside Health (simulated)")
    assert "pages_manage_posts" in info.scopes


def test_page_tokens_need_no_refresh(connected_page):
    assert adapter_for(connected_page).refresh() is None


@pytest.mark.parametrize("version", ["v25.0", "v26.0"])
def test_the_graph_version_in_the_url_is_the_setting(
    connected_page, sim_publication, settings, version
):
    settings.FACEBOOK_GRAPH_VERSION = version
    adapter = adapter_for(connected_page)
    paths: list[str] = []
    adapter.graph.session.hooks["response"].append(
        lambda response, **kwargs: paths.append(response.request.path_url)
    )

    adapter.publish(sim_publication(connected_page, body=BODY, images=2))
    adapter.verify()

    assert paths and all(path.startswith(f"/{version}/") for path in paths)


def test_the_oauth_helpers_list_the_pages_granted(sim_apps):
    redirect_uri = "http://testserver/accounts/facebook/callback"
    url = fb_oauth.dialog_url(state="state-9", redirect_uri=redirect_uri)
    assert url.startswith(f"{sim_apps.url}/web/facebook/v25.0/dialog/oauth?")
    assert "pages_manage_posts" in url

    answer = consent(url, "Continue", uncheck=(SIM_FB_OTHER_PAGE,))
    assert answer["state"] == "state-9"
    short = fb_oauth.exchange_code(code=answer["code"], redirect_uri=redirect_uri)
    long = fb_oauth.exchange_long_lived(short.access_token)
    pages = {page.external_id: page for page in fb_oauth.list_pages(long.access_token)}

    assert long.expires_at > timezone.now() + dt.timedelta(days=50)
    assert "pages_manage_posts" in long.scopes
    assert pages[SIM_FB_PAGE].access_token
    assert "CREATE_CONTENT" in pages[SIM_FB_PAGE].tasks
    assert pages[SIM_FB_OTHER_PAGE].access_token == ""


def test_a_bad_code_is_refused(sim_apps):
    with pytest.raises(PlatformError) as caught:
        fb_oauth.exchange_code(code="nope", redirect_uri="http://testserver/cb")

    assert caught.value.kind == Failure.PERMANENT


def test_nothing_logged_carries_the_text_or_the_token(connected_page, sim_publication, caplog):
    publication = sim_publication(connected_page, body=BODY, images=2)
    caplog.set_level(logging.DEBUG)

    adapter = adapter_for(connected_page)
    adapter.publish(publication)
    adapter.find_recent(timezone.now() - dt.timedelta(minutes=1), text_of(publication))

    assert caplog.records
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert BODY not in logged
    assert connected_page.access_token not in logged


def test_errors_carry_no_url_with_the_token(simulator, connected_page, settings):
    # A GET carries the token in its query string; a timeout must not repeat the URL.
    settings.PLATFORM_TIMEOUT_SECONDS = 0.2
    simulator.set_faults(timeout_rate=1.0, hang_s=0.5, scope="all")

    with pytest.raises(PlatformError) as caught:
        adapter_for(connected_page).verify()

    error = caught.value
    assert connected_page.access_token not in f"{error} {error!r} {error.message}"
    assert error.__cause__ is None and error.__suppress_context__
