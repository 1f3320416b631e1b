"""The platform simulator, over real HTTP: docs/simulator.md, behaviour by behaviour."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from PIL import Image

from publishing.simulator import Simulator
from tests.conftest import wait_until

TIMEOUT = 5
ROOT = Path(__file__).resolve().parents[2]
X_USER, X_OTHER_USER = "2244994945", "2244994946"
FB_USER = "10000000000001"
PAGE, OTHER_PAGE = "200000000000001", "200000000000002"
X_SCOPES = "tweet.read tweet.write users.read media.write offline.access"
FB_SCOPES = "pages_show_list,pages_read_engagement,pages_manage_posts"
CALLBACK = "https://socialcare.example/publishing/accounts/callback/"
X_BASIC = ("sim-x-client", "sim-x-secret")
FB_APP = {"client_id": "100000000000001", "client_secret": "sim-fb-secret"}


# --- Helpers ------------------------------------------------------------------------------


def png(width: int = 32, height: int = 16) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 60)).save(out, format="PNG")
    return out.getvalue()


def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def query_of(response: requests.Response) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(response.headers["Location"]).query).items()}


def authorize_params(challenge: str, scope: str = X_SCOPES) -> dict[str, str]:
    return {
        "response_type": "code",
        "client_id": "sim-x-client",
        "redirect_uri": CALLBACK,
        "scope": scope,
        "state": "state-123",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }


def x_code(sim: Simulator, challenge: str, *, user_id: str = X_USER, scope: str = X_SCOPES) -> str:
    answer = requests.post(
        f"{sim.url}/i/oauth2/authorize",
        data={**authorize_params(challenge, scope), "decision": "allow", "user_id": user_id},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert answer.status_code == 302
    return query_of(answer)["code"]


def exchange(sim: Simulator, code: str, verifier: str) -> requests.Response:
    return requests.post(
        f"{sim.url}/2/oauth2/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": CALLBACK,
            "code_verifier": verifier,
        },
        auth=X_BASIC,
        timeout=TIMEOUT,
    )


def refresh(sim: Simulator, token: str) -> requests.Response:
    return requests.post(
        f"{sim.url}/2/oauth2/token",
        data={"grant_type": "refresh_token", "refresh_token": token},
        auth=X_BASIC,
        timeout=TIMEOUT,
    )


def x_login(sim: Simulator, *, user_id: str = X_USER, scope: str = X_SCOPES) -> dict:
    verifier, challenge = pkce()
    answer = exchange(sim, x_code(sim, challenge, user_id=user_id, scope=scope), verifier)
    assert answer.status_code == 200, answer.text
    return answer.json()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def tweet(sim: Simulator, token: str, text: str, **body) -> requests.Response:
    return requests.post(
        f"{sim.url}/2/tweets", json={"text": text, **body}, headers=bearer(token), timeout=TIMEOUT
    )


def upload(sim: Simulator, token: str, data: bytes) -> requests.Response:
    return requests.post(
        f"{sim.url}/2/media/upload",
        files={"media": ("image.png", data, "image/png")},
        data={"media_category": "tweet_image", "media_type": "image/png"},
        headers=bearer(token),
        timeout=TIMEOUT,
    )


def graph(sim: Simulator, method: str, path: str, **kwargs) -> requests.Response:
    return requests.request(method, f"{sim.url}/v25.0/{path}", timeout=TIMEOUT, **kwargs)


def fb_code(sim: Simulator, *, pages: tuple[str, ...] = (PAGE, OTHER_PAGE)) -> str:
    answer = requests.post(
        f"{sim.url}/web/facebook/v25.0/dialog/oauth",
        data={
            "client_id": FB_APP["client_id"],
            "redirect_uri": CALLBACK,
            "state": "fb-state",
            "scope": FB_SCOPES,
            "decision": "continue",
            "page_id": list(pages),
        },
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert answer.status_code == 302
    reply = query_of(answer)
    assert reply["state"] == "fb-state"
    return reply["code"]


def fb_user_token(sim: Simulator, *, pages: tuple[str, ...] = (PAGE, OTHER_PAGE)) -> str:
    code = fb_code(sim, pages=pages)
    short = graph(
        sim, "GET", "oauth/access_token", params={**FB_APP, "redirect_uri": CALLBACK, "code": code}
    ).json()
    long = graph(
        sim,
        "GET",
        "oauth/access_token",
        params={
            **FB_APP,
            "grant_type": "fb_exchange_token",
            "fb_exchange_token": short["access_token"],
        },
    ).json()
    return long["access_token"]


def page_token(sim: Simulator, page_id: str = PAGE) -> str:
    accounts = graph(sim, "GET", "me/accounts", params={"access_token": fb_user_token(sim)})
    return next(p["access_token"] for p in accounts.json()["data"] if p["id"] == page_id)


def feed_post(sim: Simulator, token: str, message: str, page_id: str = PAGE, **data):
    return graph(
        sim, "POST", f"{page_id}/feed", data={"message": message, "access_token": token, **data}
    )


# --- X: OAuth 2.0 with PKCE ---------------------------------------------------------------


def test_it_shows_the_x_consent_page(simulator):
    _, challenge = pkce()
    page = requests.get(
        f"{simulator.url}/i/oauth2/authorize", params=authorize_params(challenge), timeout=TIMEOUT
    )
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    html = page.text
    assert "SocialCare (simulated)" in html
    assert "tweet.write" in html and "offline.access" in html
    assert f'value="{X_USER}" checked' in html
    assert f'value="{X_OTHER_USER}">' in html
    assert "Authorize app" in html and "Cancel" in html


def test_it_redirects_with_a_code_that_the_verifier_exchanges(simulator):
    verifier, challenge = pkce()
    answer = requests.post(
        f"{simulator.url}/i/oauth2/authorize",
        data={**authorize_params(challenge), "decision": "allow", "user_id": X_OTHER_USER},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert answer.status_code == 302
    assert answer.headers["Location"].startswith(CALLBACK + "?")
    reply = query_of(answer)
    assert reply["state"] == "state-123"

    tokens = exchange(simulator, reply["code"], verifier)

    assert tokens.status_code == 200
    body = tokens.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 7200
    assert body["scope"] == X_SCOPES
    assert body["access_token"] and body["refresh_token"]
    me = requests.get(
        f"{simulator.url}/2/users/me", headers=bearer(body["access_token"]), timeout=TIMEOUT
    )
    assert me.json() == {
        "data": {
            "id": X_OTHER_USER,
            "name": "Riverside ER (simulated)",
            "username": "riverside_er_sim",
        }
    }


def test_it_refuses_a_wrong_verifier_and_a_second_use_of_a_code(simulator):
    verifier, challenge = pkce()
    code = x_code(simulator, challenge)
    wrong = exchange(simulator, code, pkce()[0])
    assert wrong.status_code == 400
    assert wrong.json() == {
        "error": "invalid_request",
        "error_description": "Value passed for the authorization code was invalid.",
    }
    assert exchange(simulator, code, verifier).status_code == 200
    assert exchange(simulator, code, verifier).status_code == 400


def test_it_refuses_a_code_after_thirty_seconds(simulator):
    verifier, challenge = pkce()
    code = x_code(simulator, challenge)
    simulator.advance_clock(31)
    assert exchange(simulator, code, verifier).status_code == 400


def test_it_redirects_a_cancel_with_access_denied(simulator):
    _, challenge = pkce()
    answer = requests.post(
        f"{simulator.url}/i/oauth2/authorize",
        data={**authorize_params(challenge), "decision": "deny"},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    assert answer.status_code == 302
    assert query_of(answer) == {"error": "access_denied", "state": "state-123"}


@pytest.mark.parametrize(
    "change",
    [
        {"client_id": "someone-else"},
        {"code_challenge": ""},
        {"code_challenge_method": "plain"},
        {"scope": "tweet.write everything"},
    ],
)
def test_it_shows_an_error_page_for_a_bad_authorize_request(simulator, change):
    _, challenge = pkce()
    page = requests.get(
        f"{simulator.url}/i/oauth2/authorize",
        params={**authorize_params(challenge), **change},
        timeout=TIMEOUT,
    )
    assert page.status_code == 400
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<form" not in page.text


def test_it_refuses_bad_client_credentials(simulator):
    answer = requests.post(
        f"{simulator.url}/2/oauth2/token",
        data={"grant_type": "refresh_token", "refresh_token": "x"},
        auth=("sim-x-client", "wrong"),
        timeout=TIMEOUT,
    )
    assert answer.status_code == 401
    assert answer.json() == {
        "error": "unauthorized_client",
        "error_description": "Missing valid authorization header",
    }


def test_it_gives_no_refresh_token_without_offline_access(simulator):
    tokens = x_login(simulator, scope="tweet.read tweet.write users.read")
    assert "refresh_token" not in tokens


def test_it_rotates_refresh_tokens_with_a_grace_for_a_lost_answer(simulator):
    first = x_login(simulator)

    rotated = refresh(simulator, first["refresh_token"])
    assert rotated.status_code == 200
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert second["access_token"] != first["access_token"]

    # The answer was lost: the old token, presented again within 60 s, gives the same pair.
    simulator.advance_clock(59)
    replay = refresh(simulator, first["refresh_token"])
    assert replay.status_code == 200
    assert replay.json()["refresh_token"] == second["refresh_token"]
    assert replay.json()["access_token"] == second["access_token"]

    simulator.advance_clock(2)
    dead = refresh(simulator, first["refresh_token"])
    assert dead.status_code == 400
    assert dead.json() == {
        "error": "invalid_request",
        "error_description": "Value passed for the token was invalid.",
    }
    assert refresh(simulator, second["refresh_token"]).status_code == 200


def test_it_can_rotate_without_grace(simulator):
    simulator.configure(x_refresh_grace_s=0)
    first = x_login(simulator)
    assert refresh(simulator, first["refresh_token"]).status_code == 200
    simulator.advance_clock(0.5)
    assert refresh(simulator, first["refresh_token"]).status_code == 400


def test_it_answers_401_once_the_access_token_expires(simulator):
    tokens = x_login(simulator)
    simulator.advance_clock(7199)
    me = f"{simulator.url}/2/users/me"
    assert requests.get(me, headers=bearer(tokens["access_token"]), timeout=TIMEOUT).ok
    simulator.advance_clock(2)
    expired = requests.get(me, headers=bearer(tokens["access_token"]), timeout=TIMEOUT)
    assert expired.status_code == 401
    assert expired.json() == {
        "title": "Unauthorized",
        "type": "about:blank",
        "status": 401,
        "detail": "Unauthorized",
    }
    unknown = requests.get(me, headers=bearer("nonsense"), timeout=TIMEOUT)
    assert unknown.status_code == 401


def test_it_issues_access_tokens_for_the_configured_lifetime(simulator):
    simulator.configure(x_access_ttl=60)
    tokens = x_login(simulator)
    assert tokens["expires_in"] == 60
    simulator.advance_clock(61)
    assert tweet(simulator, tokens["access_token"], "Too late").status_code == 401


def test_it_refuses_a_call_without_its_scope(simulator):
    tokens = x_login(simulator, scope="tweet.read tweet.write users.read")
    answer = upload(simulator, tokens["access_token"], png())
    assert answer.status_code == 403
    assert answer.json()["title"] == "Forbidden"
    assert answer.json()["required_scopes"] == ["media.write"]


def test_it_kills_an_invalidated_accounts_x_tokens(simulator):
    tokens = x_login(simulator)
    assert simulator.invalidate_tokens(X_USER) == 2
    assert tweet(simulator, tokens["access_token"], "Still here?").status_code == 401
    assert refresh(simulator, tokens["refresh_token"]).status_code == 400


# --- X API v2 -----------------------------------------------------------------------------


def test_it_creates_and_deletes_posts(simulator):
    token = x_login(simulator)["access_token"]

    created = tweet(simulator, token, "Flu shots are free this week.")

    assert created.status_code == 201
    data = created.json()["data"]
    assert data["text"] == "Flu shots are free this week."
    assert data["edit_history_tweet_ids"] == [data["id"]]
    url = f"{simulator.url}/2/tweets/{data['id']}"
    assert (
        requests.get(url, headers=bearer(token), timeout=TIMEOUT).json()["data"]["id"] == data["id"]
    )
    deleted = requests.delete(url, headers=bearer(token), timeout=TIMEOUT)
    assert deleted.json() == {"data": {"deleted": True}}
    assert requests.delete(url, headers=bearer(token), timeout=TIMEOUT).status_code == 404
    [record] = simulator.posts()
    assert record["deleted_at"] is not None


def test_it_refuses_duplicate_text_until_the_first_post_is_deleted(simulator):
    token = x_login(simulator)["access_token"]
    first = tweet(simulator, token, "Same words").json()["data"]["id"]

    duplicate = tweet(simulator, token, "Same words")

    assert duplicate.status_code == 403
    assert duplicate.json() == {
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
    }
    other_user = x_login(simulator, user_id=X_OTHER_USER)["access_token"]
    assert tweet(simulator, other_user, "Same words").status_code == 201
    requests.delete(f"{simulator.url}/2/tweets/{first}", headers=bearer(token), timeout=TIMEOUT)
    assert tweet(simulator, token, "Same words").status_code == 201


def test_it_can_accept_duplicates_for_benchmarks(simulator):
    simulator.configure(reject_duplicates=False)
    token = x_login(simulator)["access_token"]
    assert tweet(simulator, token, "Again").status_code == 201
    assert tweet(simulator, token, "Again").status_code == 201


def test_it_refuses_to_delete_another_users_post(simulator):
    mine = tweet(simulator, x_login(simulator)["access_token"], "Mine").json()["data"]["id"]
    other = x_login(simulator, user_id=X_OTHER_USER)["access_token"]
    answer = requests.delete(
        f"{simulator.url}/2/tweets/{mine}", headers=bearer(other), timeout=TIMEOUT
    )
    assert answer.status_code == 403


def test_it_weighs_text_as_x_does(simulator):
    token = x_login(simulator)["access_token"]
    # 140 emoji weigh 280: allowed. 141 weigh 282: refused, though only 141 characters.
    assert tweet(simulator, token, "😀" * 140).status_code == 201
    too_long = tweet(simulator, token, "😀" * 141)
    assert too_long.status_code == 400
    assert too_long.json()["title"] == "Invalid Request"
    # Every URL counts 23, however long.
    url = "https://example.org/" + "a" * 200
    assert tweet(simulator, token, f"Read more {url}").status_code == 201
    assert tweet(simulator, token, "").status_code == 400


def test_it_reads_back_a_users_recent_posts(simulator):
    token = x_login(simulator)["access_token"]
    timeline = f"{simulator.url}/2/users/{X_USER}/tweets"
    assert requests.get(timeline, headers=bearer(token), timeout=TIMEOUT).json() == {
        "meta": {"result_count": 0}
    }
    old = tweet(simulator, token, "Old news").json()["data"]["id"]
    simulator.advance_clock(120)
    since = datetime.now(UTC) + timedelta(seconds=60)
    ids = [tweet(simulator, token, f"News {n}").json()["data"]["id"] for n in range(3)]

    answer = requests.get(
        timeline,
        params={"start_time": since.strftime("%Y-%m-%dT%H:%M:%SZ"), "max_results": 5},
        headers=bearer(token),
        timeout=TIMEOUT,
    ).json()

    assert [post["id"] for post in answer["data"]] == ids[::-1]
    assert old not in {post["id"] for post in answer["data"]}
    assert answer["data"][0]["text"] == "News 2"
    assert answer["data"][0]["created_at"].endswith("Z")
    assert answer["meta"] == {"result_count": 3, "newest_id": ids[2], "oldest_id": ids[0]}
    bad = requests.get(timeline, params={"max_results": 1}, headers=bearer(token), timeout=TIMEOUT)
    assert bad.status_code == 400


def test_it_shows_posts_in_read_back_only_after_the_lag(simulator):
    simulator.configure(readback_lag_s=30)
    token = x_login(simulator)["access_token"]
    tweet(simulator, token, "Lagging")
    timeline = f"{simulator.url}/2/users/{X_USER}/tweets"
    assert requests.get(timeline, headers=bearer(token), timeout=TIMEOUT).json()["meta"] == {
        "result_count": 0
    }
    simulator.advance_clock(31)
    found = requests.get(timeline, headers=bearer(token), timeout=TIMEOUT).json()
    assert [post["text"] for post in found["data"]] == ["Lagging"]


def test_it_uploads_images_and_attaches_them_with_alt_text(simulator):
    token = x_login(simulator)["access_token"]
    image = png(40, 20)

    uploaded = upload(simulator, token, image)

    assert uploaded.status_code == 200
    media = uploaded.json()["data"]
    assert media["media_key"] == f"3_{media['id']}"
    assert media["image"] == {"image_type": "image/png", "w": 40, "h": 20}
    assert media["expires_after_secs"] == 86400
    alt = requests.post(
        f"{simulator.url}/2/media/metadata",
        json={"id": media["id"], "metadata": {"alt_text": {"text": "A red banner"}}},
        headers=bearer(token),
        timeout=TIMEOUT,
    )
    assert alt.json() == {"data": {"associated_metadata": True, "id": media["id"]}}
    assert tweet(simulator, token, "With a picture", media={"media_ids": [media["id"]]}).ok

    [record] = simulator.posts()
    assert record["media"] == [
        {
            "id": media["id"],
            "alt_text": "A red banner",
            "sha256": hashlib.sha256(image).hexdigest(),
            "w": 40,
            "h": 20,
        }
    ]


def test_it_refuses_uploads_that_are_not_images(simulator):
    token = x_login(simulator)["access_token"]
    answer = upload(simulator, token, b"%PDF-1.4 not an image")
    assert answer.status_code == 400
    assert answer.json()["title"] == "Invalid Request"


def test_it_refuses_media_it_does_not_know_or_too_many(simulator):
    token = x_login(simulator)["access_token"]
    other = x_login(simulator, user_id=X_OTHER_USER)["access_token"]
    theirs = upload(simulator, other, png()).json()["data"]["id"]
    assert tweet(simulator, token, "Theirs", media={"media_ids": [theirs]}).status_code == 400
    mine = [upload(simulator, token, png(10 + n, 10)).json()["data"]["id"] for n in range(5)]
    assert tweet(simulator, token, "Five", media={"media_ids": mine}).status_code == 400
    assert tweet(simulator, token, "Four", media={"media_ids": mine[:4]}).status_code == 201


def test_it_reports_rate_limits_and_answers_429_when_exhausted(simulator):
    simulator.configure(x_post_limit=3)
    token = x_login(simulator)["access_token"]
    answers = [tweet(simulator, token, f"Post {n}") for n in range(4)]

    assert [a.status_code for a in answers] == [201, 201, 201, 429]
    assert [a.headers["x-rate-limit-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert {a.headers["x-rate-limit-limit"] for a in answers} == {"3"}
    reset = int(answers[0].headers["x-rate-limit-reset"])
    assert 890 <= reset - time.time() <= 901
    assert answers[3].json() == {
        "title": "Too Many Requests",
        "detail": "Too Many Requests",
        "type": "about:blank",
        "status": 429,
    }
    assert "Retry-After" not in answers[3].headers
    simulator.advance_clock(901)
    assert tweet(simulator, token, "New window").status_code == 201


# --- Facebook Login and the Graph API ------------------------------------------------------


def test_it_shows_the_facebook_login_dialog(simulator):
    page = requests.get(
        f"{simulator.url}/web/facebook/v25.0/dialog/oauth",
        params={**FB_APP, "redirect_uri": CALLBACK, "state": "s", "scope": FB_SCOPES},
        timeout=TIMEOUT,
    )
    assert page.status_code == 200
    html = page.text
    assert "Pat Admin (simulated)" in html
    assert f'name="page_id" value="{PAGE}" checked' in html
    assert f'name="page_id" value="{OTHER_PAGE}" checked' in html
    assert "pages_manage_posts" in html
    assert "Continue" in html and "Cancel" in html


def test_it_redirects_a_cancelled_login_with_user_denied(simulator):
    answer = requests.post(
        f"{simulator.url}/web/facebook/v25.0/dialog/oauth",
        data={"client_id": FB_APP["client_id"], "redirect_uri": CALLBACK, "state": "s"},
        allow_redirects=False,
        timeout=TIMEOUT,
    )
    reply = query_of(answer)
    assert (reply["error"], reply["error_reason"], reply["state"]) == (
        "access_denied",
        "user_denied",
        "s",
    )


def test_it_goes_from_login_to_page_tokens(simulator):
    code = fb_code(simulator, pages=(PAGE,))
    params = {**FB_APP, "redirect_uri": CALLBACK, "code": code}

    short = graph(simulator, "GET", "oauth/access_token", params=params)

    assert short.status_code == 200
    assert short.json()["expires_in"] == 5183
    assert short.json()["token_type"] == "bearer"
    reused = graph(simulator, "GET", "oauth/access_token", params=params).json()["error"]
    assert (reused["code"], reused["error_subcode"]) == (100, 36009)
    long = graph(
        simulator,
        "GET",
        "oauth/access_token",
        params={
            **FB_APP,
            "grant_type": "fb_exchange_token",
            "fb_exchange_token": short.json()["access_token"],
        },
    ).json()
    assert long["expires_in"] == 5184000

    accounts = graph(simulator, "GET", "me/accounts", params={"access_token": long["access_token"]})

    pages = {page["id"]: page for page in accounts.json()["data"]}
    assert pages[PAGE]["name"] == "Riverside Health (simulated)"
    assert pages[PAGE]["access_token"]
    assert "CREATE_CONTENT" in pages[PAGE]["tasks"]
    # Left unticked in the dialog: listed, but without a token.
    assert "access_token" not in pages[OTHER_PAGE]
    me = graph(simulator, "GET", "me", params={"access_token": pages[PAGE]["access_token"]})
    assert me.json() == {"id": PAGE, "name": "Riverside Health (simulated)"}


def test_it_refuses_a_code_exchange_with_the_wrong_secret(simulator):
    params = {
        **FB_APP,
        "client_secret": "nope",
        "redirect_uri": CALLBACK,
        "code": fb_code(simulator),
    }
    error = graph(simulator, "GET", "oauth/access_token", params=params).json()["error"]
    assert error["code"] == 1
    assert error["type"] == "OAuthException"


def test_it_debugs_tokens(simulator):
    token = page_token(simulator)
    app_token = f"{FB_APP['client_id']}|{FB_APP['client_secret']}"
    data = graph(
        simulator, "GET", "debug_token", params={"input_token": token, "access_token": app_token}
    ).json()["data"]
    assert data["type"] == "PAGE"
    assert data["is_valid"] is True
    assert data["profile_id"] == PAGE
    assert data["user_id"] == FB_USER
    assert data["expires_at"] == 0
    assert "pages_manage_posts" in data["scopes"]
    simulator.invalidate_tokens(PAGE)
    data = graph(
        simulator, "GET", "debug_token", params={"input_token": token, "access_token": app_token}
    ).json()["data"]
    assert data["is_valid"] is False
    assert data["error"]["error_subcode"] == 460


def test_it_publishes_to_a_page_feed_and_reads_it_back(simulator):
    token = page_token(simulator)
    posted = feed_post(
        simulator, token, "Visiting hours change on Monday.", link="https://example.org"
    )

    assert posted.status_code == 200
    post_id = posted.json()["id"]
    assert post_id.startswith(f"{PAGE}_")
    usage = posted.headers["X-Business-Use-Case-Usage"]
    assert f'"{PAGE}"' in usage and '"estimated_time_to_regain_access": 0' in usage
    assert posted.headers["facebook-api-version"] == "v25.0"

    feed = graph(
        simulator,
        "GET",
        f"{PAGE}/feed",
        params={
            "access_token": token,
            "fields": "id,message,created_time",
            "since": int(time.time()) - 60,
        },
    ).json()
    assert [(p["id"], p["message"]) for p in feed["data"]] == [
        (post_id, "Visiting hours change on Monday.")
    ]
    assert feed["data"][0]["created_time"].endswith("+0000")
    one = graph(
        simulator, "GET", post_id, params={"access_token": token, "fields": "id,permalink_url"}
    ).json()
    assert one == {"id": post_id, "permalink_url": f"{simulator.url}/web/facebook/{post_id}"}

    assert graph(simulator, "DELETE", post_id, params={"access_token": token}).json() == {
        "success": True
    }
    assert graph(simulator, "GET", f"{PAGE}/feed", params={"access_token": token}).json() == {
        "data": []
    }
    gone = graph(simulator, "DELETE", post_id, params={"access_token": token}).json()["error"]
    assert (gone["code"], gone["error_subcode"]) == (100, 33)


def test_it_publishes_photos_and_several_unpublished_photos_in_one_post(simulator):
    token = page_token(simulator)
    image = png(30, 30)

    single = graph(
        simulator,
        "POST",
        f"{PAGE}/photos",
        data={"caption": "One photo", "alt_text_custom": "A red square", "access_token": token},
        files={"source": ("a.png", image, "image/png")},
    ).json()
    assert set(single) == {"id", "post_id"}

    ids = []
    for size in (10, 20):
        unpublished = graph(
            simulator,
            "POST",
            f"{PAGE}/photos",
            data={"published": "false", "access_token": token},
            files={"source": ("b.png", png(size, size), "image/png")},
        ).json()
        assert set(unpublished) == {"id"}
        ids.append(unpublished["id"])
    attached = '[{"media_fbid":"%s"},{"media_fbid":"%s"}]' % tuple(ids)  # noqa: UP031
    album = feed_post(simulator, token, "Two photos", attached_media=attached)
    assert album.status_code == 200

    records = {r["text"]: r for r in simulator.posts()}
    assert records["One photo"]["id"] == single["post_id"]
    assert records["One photo"]["media"][0]["alt_text"] == "A red square"
    assert records["One photo"]["media"][0]["sha256"] == hashlib.sha256(image).hexdigest()
    assert [m["id"] for m in records["Two photos"]["media"]] == ids
    assert [m["w"] for m in records["Two photos"]["media"]] == [10, 20]
    # A photo attaches to one post only.
    again = feed_post(simulator, token, "Again", attached_media=attached)
    assert again.json()["error"]["code"] == 100


def test_it_refuses_a_photo_that_is_not_an_image(simulator):
    answer = graph(
        simulator,
        "POST",
        f"{PAGE}/photos",
        data={"access_token": page_token(simulator)},
        files={"source": ("a.png", b"not really", "image/png")},
    )
    assert answer.json()["error"]["error_subcode"] == 1366046


def test_it_answers_graph_errors_with_their_codes(simulator):
    user_token = fb_user_token(simulator)
    token = page_token(simulator)

    as_user = feed_post(simulator, user_token, "As the user")
    assert as_user.status_code == 403
    error = as_user.json()["error"]
    assert error["code"] == 200
    assert (
        error["message"] == "(#200) Unpublished posts must be posted to a page as the page itself."
    )
    assert error["type"] == "OAuthException" and error["fbtrace_id"]

    assert feed_post(simulator, token, "Said once").status_code == 200
    duplicate = feed_post(simulator, token, "Said once").json()["error"]
    assert (duplicate["code"], duplicate["error_subcode"]) == (506, 1455006)
    assert duplicate["message"] == "(#506) Duplicate status message"

    other_page = feed_post(simulator, token, "Wrong page", page_id=OTHER_PAGE).json()["error"]
    assert other_page["code"] == 200

    bad = feed_post(simulator, "EAAnonsense", "Bad token")
    assert bad.status_code == 400
    assert bad.json()["error"]["code"] == 190

    simulator.configure(blocked_accounts=[PAGE])
    blocked = feed_post(simulator, token, "Blocked").json()["error"]
    assert blocked["code"] == 368


def test_it_kills_page_tokens_on_invalidation_and_expires_user_tokens(simulator):
    token = page_token(simulator)
    code = fb_code(simulator)
    short = graph(
        simulator,
        "GET",
        "oauth/access_token",
        params={**FB_APP, "redirect_uri": CALLBACK, "code": code},
    ).json()["access_token"]

    simulator.invalidate_tokens(PAGE)
    revoked = feed_post(simulator, token, "After a password change").json()["error"]
    assert (revoked["code"], revoked["error_subcode"]) == (190, 460)

    simulator.advance_clock(5184)
    expired = graph(simulator, "GET", "me", params={"access_token": short}).json()["error"]
    assert (expired["code"], expired["error_subcode"]) == (190, 463)


def test_it_throttles_a_page_over_its_call_limit(simulator):
    simulator.configure(fb_page_call_limit=2)
    token = page_token(simulator)
    assert feed_post(simulator, token, "One").status_code == 200
    assert feed_post(simulator, token, "Two").status_code == 200
    throttled = feed_post(simulator, token, "Three")
    assert throttled.json()["error"]["code"] == 32
    assert '"call_count": 100' in throttled.headers["X-Business-Use-Case-Usage"]
    assert (
        '"estimated_time_to_regain_access": 0' not in throttled.headers["X-Business-Use-Case-Usage"]
    )


def test_it_serves_an_expired_version_as_the_oldest_live_one(simulator):
    answer = requests.get(
        f"{simulator.url}/v2.8/me", params={"access_token": page_token(simulator)}, timeout=TIMEOUT
    )
    assert answer.ok
    assert answer.headers["facebook-api-version"] == "v21.0"


# --- Faults ------------------------------------------------------------------------------


def test_it_answers_server_errors_before_doing_anything(simulator):
    token = x_login(simulator)["access_token"]
    fb_token = page_token(simulator)
    simulator.set_faults(error_rate=1.0)

    x_answers = [tweet(simulator, token, f"Error {n}") for n in range(6)]
    fb_answer = feed_post(simulator, fb_token, "Error")

    assert {a.status_code for a in x_answers} == {500, 503}
    assert x_answers[0].json()["status"] in (500, 503)
    assert fb_answer.status_code in (500, 503)
    assert fb_answer.json()["error"]["is_transient"] is True
    assert simulator.posts() == []
    assert simulator.stats()["faults"] == {"5xx": 7}
    # Reads are outside the default "writes" scope.
    me = requests.get(f"{simulator.url}/2/users/me", headers=bearer(token), timeout=TIMEOUT)
    assert me.status_code == 200
    simulator.set_faults(scope="all")
    me = requests.get(f"{simulator.url}/2/users/me", headers=bearer(token), timeout=TIMEOUT)
    assert me.status_code in (500, 503)


def test_it_injects_platform_throttling(simulator):
    token = x_login(simulator)["access_token"]
    fb_token = page_token(simulator)
    simulator.set_faults(rate_429=1.0, rate_reset_s=2)

    x_answer = tweet(simulator, token, "Throttled")
    fb_answer = feed_post(simulator, fb_token, "Throttled")

    assert x_answer.status_code == 429
    assert x_answer.headers["x-rate-limit-remaining"] == "0"
    assert 0 < int(x_answer.headers["x-rate-limit-reset"]) - time.time() <= 3
    assert fb_answer.json()["error"]["code"] == 32
    # Graph counts whole minutes: under one it says 0.
    usage = fb_answer.headers["X-Business-Use-Case-Usage"]
    assert '"estimated_time_to_regain_access": 0' in usage
    simulator.set_faults(rate_reset_s=150)
    usage = feed_post(simulator, fb_token, "Throttled").headers["X-Business-Use-Case-Usage"]
    assert '"estimated_time_to_regain_access": 3' in usage
    simulator.set_faults(graph_throttle_code=613)
    assert feed_post(simulator, fb_token, "Throttled").json()["error"]["code"] == 613
    assert simulator.posts() == []


def test_it_creates_the_post_then_drops_the_connection(simulator):
    token = x_login(simulator)["access_token"]
    fb_token = page_token(simulator)
    simulator.set_faults(drop_rate=1.0)

    with pytest.raises(requests.ConnectionError):
        tweet(simulator, token, "Did it go out?")
    with pytest.raises(requests.ConnectionError):
        feed_post(simulator, fb_token, "Did it go out?")

    assert [(p["platform"], p["text"]) for p in simulator.posts()] == [
        ("x", "Did it go out?"),
        ("facebook", "Did it go out?"),
    ]
    assert simulator.stats()["faults"] == {"drop": 2}
    # Nothing created, nothing dropped: a refused duplicate is answered.
    assert tweet(simulator, token, "Did it go out?").status_code == 403


def test_it_hangs_then_does_the_work(simulator):
    token = x_login(simulator)["access_token"]
    simulator.set_faults(timeout_rate=1.0, hang_s=1.0)

    with pytest.raises(requests.Timeout):
        requests.post(
            f"{simulator.url}/2/tweets",
            json={"text": "Slow"},
            headers=bearer(token),
            timeout=(TIMEOUT, 0.1),
        )
    # The hang holds no lock: others are answered meanwhile, before the work is done.
    assert simulator.posts() == []

    assert wait_until(lambda: len(simulator.posts()) == 1, timeout=5)
    assert simulator.posts()[0]["text"] == "Slow"
    assert simulator.stats()["faults"] == {"timeout": 1}


def test_it_adds_latency(simulator):
    token = x_login(simulator)["access_token"]
    simulator.set_faults(latency_ms=150)
    started = time.monotonic()
    assert tweet(simulator, token, "Eventually").status_code == 201
    assert time.monotonic() - started >= 0.15


def test_it_draws_faults_from_a_seeded_rng(simulator):
    token = x_login(simulator)["access_token"]
    simulator.configure(reject_duplicates=False)

    def run() -> list[int]:
        simulator.set_faults(error_rate=0.5, seed=42)
        return [tweet(simulator, token, "Coin").status_code for _ in range(12)]

    first = run()
    assert run() == first
    assert 201 in first and set(first) - {201}


def test_it_refuses_bad_fault_settings(simulator):
    for bad in ({"error_rate": 1.5}, {"nonsense": 1}, {"scope": "reads"}):
        answer = requests.post(f"{simulator.url}/_sim/faults", json=bad, timeout=TIMEOUT)
        assert answer.status_code == 400
    assert simulator.faults()["error_rate"] == 0.0


def test_it_never_faults_control_consent_or_web_pages(simulator):
    simulator.set_faults(error_rate=1.0, scope="all")
    _, challenge = pkce()
    assert requests.get(
        f"{simulator.url}/i/oauth2/authorize", params=authorize_params(challenge), timeout=TIMEOUT
    ).ok
    assert requests.get(f"{simulator.url}/", timeout=TIMEOUT).ok
    assert simulator.posts() == []


# --- Control, record, pages ----------------------------------------------------------------


def test_it_keeps_a_record_of_every_post(simulator):
    x_token = x_login(simulator)["access_token"]
    fb_token = page_token(simulator)
    tweet_id = tweet(simulator, x_token, "On X").json()["data"]["id"]
    post_id = feed_post(simulator, fb_token, "On Facebook").json()["id"]

    record = simulator.posts()

    assert [(r["platform"], r["account_id"], r["id"], r["text"]) for r in record] == [
        ("x", X_USER, tweet_id, "On X"),
        ("facebook", PAGE, post_id, "On Facebook"),
    ]
    first = record[0]
    assert set(first) >= {"media", "created_at", "deleted_at", "permalink"}
    assert datetime.fromisoformat(first["created_at"]).tzinfo is not None
    assert first["permalink"] == f"{simulator.url}/web/x/riverside_health_sim/status/{tweet_id}"
    assert [r["id"] for r in simulator.posts(platform="facebook")] == [post_id]
    assert simulator.stats()["calls"]["POST /2/tweets"] == 1


def test_it_resets_to_the_seeded_state(simulator):
    token = x_login(simulator)["access_token"]
    tweet(simulator, token, "Before the reset")
    simulator.set_faults(latency_ms=5)
    simulator.configure(x_post_limit=1)
    simulator.advance_clock(100)

    simulator.reset()

    assert simulator.stats() == {"calls": {}, "faults": {}, "posts": 0}
    assert tweet(simulator, token, "Old token").status_code == 401
    assert simulator.faults()["latency_ms"] == 0
    assert simulator.configure()["x_post_limit"] == 100
    clock = requests.get(f"{simulator.url}/_sim/clock", timeout=TIMEOUT).json()
    assert clock["offset_s"] == 0


def test_it_issues_tokens_without_the_consent_screens(simulator):
    x_tokens = simulator.issue_tokens(X_USER)
    assert tweet(simulator, x_tokens["access_token"], "Seeded").status_code == 201
    fb_tokens = simulator.issue_tokens(PAGE)
    assert feed_post(simulator, fb_tokens["access_token"], "Seeded").status_code == 200


def test_it_shows_the_timelines_and_escapes_text(simulator):
    token = x_login(simulator)["access_token"]
    media_id = upload(simulator, token, png()).json()["data"]["id"]
    tweet(simulator, token, "<script>alert(1)</script> & more", media={"media_ids": [media_id]})
    gone = tweet(simulator, token, "Taken down").json()["data"]["id"]
    requests.delete(f"{simulator.url}/2/tweets/{gone}", headers=bearer(token), timeout=TIMEOUT)
    feed_post(simulator, page_token(simulator), "Open day on Saturday")

    page = requests.get(f"{simulator.url}/", timeout=TIMEOUT)

    html = page.text
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    assert "Open day on Saturday" in html
    assert "Deleted" in html
    assert '<meta http-equiv="refresh" content="5">' in html
    assert f'<img src="/web/media/{media_id}" alt="Image (no alt text)">' in html
    thumbnail = requests.get(f"{simulator.url}/web/media/{media_id}", timeout=TIMEOUT)
    assert thumbnail.headers["Content-Type"] == "image/png"
    # Newest first.
    assert html.index("Taken down") < html.index("&lt;script&gt;")


def test_it_serves_the_permalinks(simulator):
    tweet_id = tweet(simulator, x_login(simulator)["access_token"], "Permalink me").json()["data"][
        "id"
    ]
    post_id = feed_post(simulator, page_token(simulator), "And me").json()["id"]

    x_page = requests.get(
        f"{simulator.url}/web/x/riverside_health_sim/status/{tweet_id}", timeout=TIMEOUT
    )
    fb_page = requests.get(f"{simulator.url}/web/facebook/{post_id}", timeout=TIMEOUT)

    assert x_page.status_code == 200 and "Permalink me" in x_page.text
    assert fb_page.status_code == 200 and "And me" in fb_page.text
    wrong_user = requests.get(
        f"{simulator.url}/web/x/riverside_er_sim/status/{tweet_id}", timeout=TIMEOUT
    )
    assert wrong_user.status_code == 404


# --- Concurrency and the command ------------------------------------------------------------


def test_it_serves_many_concurrent_posts(simulator):
    simulator.configure(x_post_limit=1000)
    token = x_login(simulator)["access_token"]
    local = threading.local()

    def post(n: int) -> int:
        # One keep-alive session per thread, as a worker has.
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        answer = session.post(
            f"{simulator.url}/2/tweets",
            json={"text": f"Concurrent post {n}"},
            headers=bearer(token),
            timeout=TIMEOUT,
        )
        return answer.status_code

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(post, range(300)))

    assert statuses == [201] * 300
    record = simulator.posts()
    assert len(record) == 300
    assert len({r["id"] for r in record}) == 300


def test_the_command_serves_until_interrupted(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "socialcare.test_settings"}
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_simulator", "--port", "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        base_url = first.split(" on ")[1].split()[0]
        assert requests.get(f"{base_url}/_sim/stats", timeout=TIMEOUT).ok
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        assert "Simulator stopped." in process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
