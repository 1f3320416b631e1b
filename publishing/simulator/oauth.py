"""OAuth: X's authorization-code flow with PKCE, and Facebook Login.

Every handler runs with the state lock held (see server.py).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from publishing.simulator import pages
from publishing.simulator.graph_api import APP_TOKEN, graph_error, resolve_token
from publishing.simulator.messages import (
    Request,
    Response,
    html_response,
    json_response,
    redirect,
    split_scopes,
    with_query,
)
from publishing.simulator.state import (
    FB_APP_ID,
    FB_APP_NAME,
    FB_APP_SECRET,
    FB_CODE_TTL_S,
    FB_PAGES,
    FB_SCOPES,
    FB_USERS,
    X_APP_NAME,
    X_CLIENT_ID,
    X_CLIENT_SECRET,
    X_CODE_TTL_S,
    X_SCOPES,
    X_USERS,
    FbCode,
    FbToken,
    SimState,
    XAuthCode,
)
from publishing.simulator.tokens import issue_fb_user_token, issue_x_pair, x_token_body

X_AUTHORIZE_FIELDS = (
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "code_challenge",
    "code_challenge_method",
)
FB_DIALOG_FIELDS = ("client_id", "redirect_uri", "state", "scope", "response_type")
INVALID_CODE = "Value passed for the authorization code was invalid."
INVALID_TOKEN = "Value passed for the token was invalid."  # noqa: S105 - a message


def _token_error(description: str, status: int = 400, error: str = "invalid_request") -> Response:
    return json_response({"error": error, "error_description": description}, status)


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


# X: the consent page and the token endpoint.


def _x_authorize_problem(params: dict[str, str]) -> str | None:
    if params.get("client_id") != X_CLIENT_ID:
        return "This app is not registered with the simulator (unknown client_id)."
    if params.get("response_type") != "code":
        return "response_type must be code."
    if not params.get("redirect_uri", "").startswith(("http://", "https://")):
        return "redirect_uri must be an http(s) URL."
    if not params.get("state"):
        return "state is required."
    if not params.get("code_challenge"):
        return "PKCE is required: code_challenge is missing."
    if params.get("code_challenge_method") != "S256":
        return "Only code_challenge_method=S256 is accepted."
    unknown = [s for s in split_scopes(params.get("scope")) if s not in X_SCOPES]
    if unknown or not split_scopes(params.get("scope")):
        return f"Invalid scopes: {' '.join(unknown) or '(none requested)'}."
    return None


def x_authorize(request: Request, state: SimState) -> Response:
    params = request.query if request.method == "GET" else request.form
    problem = _x_authorize_problem(params)
    if problem:
        return html_response(pages.error_page("Something went wrong", problem), 400)
    scopes = split_scopes(params["scope"])
    if request.method == "GET":
        fields = {name: params.get(name, "") for name in X_AUTHORIZE_FIELDS}
        return html_response(
            pages.x_consent(
                app_name=X_APP_NAME,
                action=request.path,
                fields=fields,
                scopes=scopes,
                users=X_USERS,
            )
        )
    if params.get("decision") != "allow":
        return redirect(
            with_query(params["redirect_uri"], error="access_denied", state=params["state"])
        )
    user = state.x_user(params.get("user_id", "")) or X_USERS[0]
    code = XAuthCode(
        code=state.token(),
        client_id=params["client_id"],
        redirect_uri=params["redirect_uri"],
        code_challenge=params["code_challenge"],
        user_id=user.id,
        scopes=scopes,
        expires_at=state.now() + X_CODE_TTL_S,
    )
    state.x_codes[code.code] = code
    return redirect(with_query(params["redirect_uri"], state=params["state"], code=code.code))


def x_token(request: Request, state: SimState) -> Response:
    credentials = request.basic_auth()
    valid = credentials is not None and (
        credentials[0] == X_CLIENT_ID and hmac.compare_digest(credentials[1], X_CLIENT_SECRET)
    )
    if not valid:
        return _token_error("Missing valid authorization header", 401, "unauthorized_client")
    form = request.form
    grant = form.get("grant_type")
    if grant == "authorization_code":
        return _x_code_grant(state, form)
    if grant == "refresh_token":
        return _x_refresh_grant(state, form)
    return _token_error(
        "Value passed for the grant type was invalid.", error="unsupported_grant_type"
    )


def _x_code_grant(state: SimState, form: dict[str, str]) -> Response:
    code = state.x_codes.get(form.get("code", ""))
    verifier = form.get("code_verifier", "")
    if (
        code is None
        or code.used
        or code.expires_at <= state.now()
        or code.redirect_uri != form.get("redirect_uri")
        or not hmac.compare_digest(s256(verifier), code.code_challenge)
    ):
        return _token_error(INVALID_CODE)
    code.used = True
    access, refresh = issue_x_pair(
        state, user_id=code.user_id, scopes=code.scopes, client_id=code.client_id
    )
    return json_response(x_token_body(state, access, refresh))


def _x_refresh_grant(state: SimState, form: dict[str, str]) -> Response:
    """Rotation: each refresh token works once; a replay within the grace gets the same pair."""
    refresh = state.x_refresh.get(form.get("refresh_token", ""))
    now = state.now()
    if refresh is None or refresh.revoked:
        return _token_error(INVALID_TOKEN)
    if refresh.successor is None:
        access_token, refresh_token = issue_x_pair(
            state, user_id=refresh.user_id, scopes=refresh.scopes, client_id=refresh.client_id
        )
        assert refresh_token is not None  # noqa: S101 - offline.access is in the scopes
        refresh.successor = (access_token, refresh_token)
        refresh.rotated_at = now
        return json_response(x_token_body(state, access_token, refresh_token))
    assert refresh.rotated_at is not None  # noqa: S101 - set with successor
    if now - refresh.rotated_at <= float(state.config["x_refresh_grace_s"]):
        return json_response(x_token_body(state, *refresh.successor))
    return _token_error(INVALID_TOKEN)


# Facebook Login: the dialog, the code exchange, fb_exchange_token, debug_token.


def _fb_dialog_problem(params: dict[str, str]) -> str | None:
    if params.get("client_id") != FB_APP_ID:
        return "Invalid App ID: the app is not registered with the simulator."
    if not params.get("redirect_uri", "").startswith(("http://", "https://")):
        return "redirect_uri must be an http(s) URL."
    if params.get("response_type", "code") != "code":
        return "Only response_type=code is simulated."
    unknown = [s for s in split_scopes(params.get("scope")) if s not in FB_SCOPES]
    if unknown:
        return f"Invalid Scopes: {', '.join(unknown)}."
    return None


def fb_dialog(request: Request, state: SimState) -> Response:
    params = request.query if request.method == "GET" else request.form
    problem = _fb_dialog_problem(params)
    if problem:
        return html_response(pages.error_page("Something went wrong", problem), 400)
    scopes = split_scopes(params.get("scope")) or ("public_profile",)
    user = FB_USERS[0]
    if request.method == "GET":
        fields = {name: params[name] for name in FB_DIALOG_FIELDS if name in params}
        return html_response(
            pages.fb_consent(
                app_name=FB_APP_NAME,
                action=request.path,
                fields=fields,
                scopes=scopes,
                user=user,
                pages=[page for page in FB_PAGES if page.id in user.page_ids],
            )
        )
    reply_state = {"state": params["state"]} if "state" in params else {}
    if params.get("decision") != "continue":
        return redirect(
            with_query(
                params["redirect_uri"],
                error="access_denied",
                error_code="200",
                error_description="Permissions error",
                error_reason="user_denied",
                **reply_state,
            )
        )
    chosen = request.form_lists.get("page_id", [])
    code = FbCode(
        code=state.token("AQsim"),
        user_id=user.id,
        redirect_uri=params["redirect_uri"],
        scopes=scopes,
        page_ids=tuple(page_id for page_id in user.page_ids if page_id in chosen),
        expires_at=state.now() + FB_CODE_TTL_S,
    )
    state.fb_codes[code.code] = code
    return redirect(with_query(params["redirect_uri"], code=code.code, **reply_state))


def fb_access_token(request: Request, state: SimState) -> Response:
    if request.param("client_id") != FB_APP_ID:
        return graph_error(400, 101, "Error validating application. Invalid application ID.")
    if not hmac.compare_digest(request.param("client_secret") or "", FB_APP_SECRET):
        return graph_error(400, 1, "Error validating client secret.")
    grant = request.param("grant_type")
    if grant == "client_credentials":
        return json_response({"access_token": APP_TOKEN, "token_type": "bearer"})
    if grant == "fb_exchange_token":
        return _fb_exchange(state, request.param("fb_exchange_token"))
    return _fb_code_exchange(state, request.param("code") or "", request.param("redirect_uri"))


def _fb_code_exchange(state: SimState, value: str, redirect_uri: str | None) -> Response:
    code = state.fb_codes.get(value)
    if code is None:
        return graph_error(400, 100, "Invalid verification code format.", subcode=36007)
    if code.used:
        return graph_error(400, 100, "This authorization code has been used.", subcode=36009)
    if code.expires_at <= state.now():
        return graph_error(400, 100, "This authorization code has expired.", subcode=36007)
    if code.redirect_uri != redirect_uri:
        return graph_error(
            400,
            100,
            "Error validating verification code. Please make sure your redirect_uri is "
            "identical to the one you used in the OAuth dialog request",
            subcode=36008,
        )
    code.used = True
    token = issue_fb_user_token(
        state, user_id=code.user_id, scopes=code.scopes, page_ids=code.page_ids, long_lived=False
    )
    return _user_token_body(state, token)


def _fb_exchange(state: SimState, value: str | None) -> Response:
    token = resolve_token(state, value)
    if isinstance(token, Response):
        return token
    if token is None or token.kind != "user":
        return graph_error(400, 190, "Invalid OAuth access token - Cannot parse access token")
    long_lived = issue_fb_user_token(
        state, user_id=token.user_id, scopes=token.scopes, page_ids=token.page_ids, long_lived=True
    )
    return _user_token_body(state, long_lived)


def _user_token_body(state: SimState, token: FbToken) -> Response:
    assert token.expires_at is not None  # noqa: S101 - user tokens always expire
    return json_response(
        {
            "access_token": token.token,
            "token_type": "bearer",
            "expires_in": int(token.expires_at - token.issued_at),
        }
    )


def fb_debug_token(request: Request, state: SimState) -> Response:
    caller = resolve_token(state, request.param("access_token") or request.bearer())
    if isinstance(caller, Response):
        return caller
    value = request.param("input_token") or ""
    token = state.fb_tokens.get(value)
    checked = resolve_token(state, value)
    if token is None or isinstance(checked, Response):
        error: dict[str, Any] = {"code": 190, "message": "Invalid OAuth access token."}
        if isinstance(checked, Response):
            error = json.loads(checked.body)["error"]
            error = {k: error[k] for k in ("code", "message", "error_subcode") if k in error}
        data: dict[str, Any] = {
            "app_id": FB_APP_ID,
            "is_valid": False,
            "scopes": [],
            "error": error,
        }
        if token is not None:
            data.update(type=token.kind.upper(), user_id=token.user_id)
        return json_response({"data": data})
    data = {
        "app_id": FB_APP_ID,
        "type": token.kind.upper(),
        "application": FB_APP_NAME,
        "data_access_expires_at": int(token.issued_at + 90 * 86_400),
        "expires_at": int(token.expires_at) if token.expires_at is not None else 0,
        "is_valid": True,
        "issued_at": int(token.issued_at),
        "scopes": list(token.scopes),
        "granular_scopes": [
            {"scope": scope, "target_ids": list(token.page_ids)}
            if scope.startswith("pages_")
            else {"scope": scope}
            for scope in token.scopes
        ],
        "user_id": token.user_id,
    }
    if token.kind == "page":
        data["profile_id"] = token.page_id
    return json_response({"data": data})
