"""The simulator's control endpoints over HTTP, for tests, benchmarks and worker processes.

control = SimulatorControl("http://127.0.0.1:8025")
control.set_faults(error_rate=0.1, seed=7)
control.posts()
"""

from __future__ import annotations

from typing import Any

import requests

CONTROL_TIMEOUT_S = 10.0


class SimulatorControl:
    def __init__(self, base_url: str, *, timeout: float = CONTROL_TIMEOUT_S) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout

    def _call(
        self, method: str, path: str, body: dict[str, Any] | None = None, **params: Any
    ) -> Any:
        response = requests.request(
            method, f"{self.base_url}/_sim/{path}", json=body, params=params, timeout=self.timeout
        )
        response.raise_for_status()
        return response.json()

    def settings_env(self) -> dict[str, str]:
        """The Django settings that point SocialCare at this simulator, with the client
        credentials of its X and Facebook apps."""
        from publishing.simulator import state

        return {
            "X_API_BASE_URL": self.base_url,
            "X_AUTHORIZE_URL": f"{self.base_url}/i/oauth2/authorize",
            "X_WEB_URL": f"{self.base_url}/web/x",
            "X_CLIENT_ID": state.X_CLIENT_ID,
            "X_CLIENT_SECRET": state.X_CLIENT_SECRET,
            "FACEBOOK_GRAPH_URL": self.base_url,
            "FACEBOOK_WEB_URL": f"{self.base_url}/web/facebook",
            "FACEBOOK_APP_ID": state.FB_APP_ID,
            "FACEBOOK_APP_SECRET": state.FB_APP_SECRET,
        }

    @property
    def url(self) -> str:
        return self.base_url

    def reset(self) -> None:
        self._call("POST", "reset")

    def faults(self) -> dict[str, Any]:
        return self._call("GET", "faults")

    def set_faults(self, **faults: Any) -> dict[str, Any]:
        return self._call("POST", "faults", faults)

    def configure(self, **config: Any) -> dict[str, Any]:
        return self._call("POST", "config", config)

    def advance_clock(self, seconds: float) -> None:
        self._call("POST", "clock", {"advance": seconds})

    def invalidate_tokens(self, account_id: str) -> int:
        return self._call("POST", "tokens/invalidate", {"account_id": account_id})["invalidated"]

    def issue_tokens(self, account_id: str, *, scopes: list[str] | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"account_id": account_id}
        if scopes is not None:
            body["scopes"] = scopes
        return self._call("POST", "tokens/issue", body)

    def posts(self, *, platform: str | None = None, account_id: str | None = None) -> list[dict]:
        params = {k: v for k, v in (("platform", platform), ("account_id", account_id)) if v}
        return self._call("GET", "posts", **params)

    def stats(self) -> dict[str, Any]:
        return self._call("GET", "stats")
