"""Routing, fault injection and the HTTP server: one thread per connection, HTTP/1.1
keep-alive with a Content-Length on every answer."""

from __future__ import annotations

import logging
import re
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from publishing.simulator import control, graph_api, oauth, web, x_api
from publishing.simulator.client import SimulatorControl
from publishing.simulator.faults import NO_FAULTS, FaultPlan
from publishing.simulator.graph_api import VERSION
from publishing.simulator.messages import Request, Response, json_response
from publishing.simulator.state import SimState

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 32 * 1024 * 1024
# Idle keep-alive connections are closed after this long.
IDLE_TIMEOUT_S = 300

Handler = Callable[[Request, SimState], Response]


@dataclass(frozen=True)
class Route:
    methods: tuple[str, ...]
    pattern: re.Pattern[str]
    handler: Handler
    name: str
    # "x" or "graph": counted in /_sim/stats and answered with that platform's errors.
    platform: str | None = None
    # Faults apply to API calls only: never to consent pages, /web/ or /_sim/.
    faults: bool = False


def _route(
    methods: str, pattern: str, handler: Handler, name: str, platform: str | None = None
) -> Route:
    return Route(
        tuple(methods.split(",")),
        re.compile(pattern),
        handler,
        name,
        platform,
        faults=platform is not None and not name.startswith("consent"),
    )


OBJECT_ID = r"(?P<object_id>\d+(?:_\d+)?)"
PAGE_ID = r"(?P<page_id>\d+)"
ROUTES = (
    # X API v2.
    _route("POST", r"/2/oauth2/token", oauth.x_token, "POST /2/oauth2/token", "x"),
    _route("GET", r"/2/users/me", x_api.users_me, "GET /2/users/me", "x"),
    _route(
        "GET",
        r"/2/users/(?P<user_id>\d+)/tweets",
        x_api.user_tweets,
        "GET /2/users/:id/tweets",
        "x",
    ),
    _route("POST", r"/2/tweets", x_api.create_tweet, "POST /2/tweets", "x"),
    _route("GET", r"/2/tweets/(?P<tweet_id>\d+)", x_api.get_tweet, "GET /2/tweets/:id", "x"),
    _route(
        "DELETE", r"/2/tweets/(?P<tweet_id>\d+)", x_api.delete_tweet, "DELETE /2/tweets/:id", "x"
    ),
    _route("POST", r"/2/media/upload", x_api.upload_media, "POST /2/media/upload", "x"),
    _route("POST", r"/2/media/metadata", x_api.media_metadata, "POST /2/media/metadata", "x"),
    # Graph API, any version.
    _route(
        "GET",
        VERSION + r"/oauth/access_token",
        oauth.fb_access_token,
        "GET /oauth/access_token",
        "graph",
    ),
    _route("GET", VERSION + r"/debug_token", oauth.fb_debug_token, "GET /debug_token", "graph"),
    _route("GET", VERSION + r"/me", graph_api.me, "GET /me", "graph"),
    _route("GET", VERSION + r"/me/accounts", graph_api.me_accounts, "GET /me/accounts", "graph"),
    _route(
        "POST",
        VERSION + rf"/{PAGE_ID}/feed",
        graph_api.create_feed_post,
        "POST /{page-id}/feed",
        "graph",
    ),
    _route(
        "GET",
        VERSION + rf"/{PAGE_ID}/(?:feed|posts|published_posts)",
        graph_api.page_feed,
        "GET /{page-id}/feed",
        "graph",
    ),
    _route(
        "POST",
        VERSION + rf"/{PAGE_ID}/photos",
        graph_api.create_photo,
        "POST /{page-id}/photos",
        "graph",
    ),
    _route("GET", VERSION + rf"/{OBJECT_ID}", graph_api.get_object, "GET /{object-id}", "graph"),
    _route(
        "DELETE",
        VERSION + rf"/{OBJECT_ID}",
        graph_api.delete_object,
        "DELETE /{object-id}",
        "graph",
    ),
    # Consent screens.
    _route("GET,POST", r"/i/oauth2/authorize", oauth.x_authorize, "consent x", "x"),
    _route(
        "GET,POST",
        r"/web/facebook(?:/v\d+\.\d+)?/dialog/oauth",
        oauth.fb_dialog,
        "consent facebook",
        "graph",
    ),
    # Web pages.
    _route("GET", r"/", web.timeline, "timeline"),
    _route(
        "GET",
        r"/web/x/(?P<username>\w+)/status/(?P<tweet_id>\d+)",
        web.x_status,
        "x permalink",
    ),
    _route("GET", r"/web/facebook/(?P<post_id>\d+_\d+)", web.facebook_post, "facebook permalink"),
    _route("GET", r"/web/media/(?P<media_id>\d+)", web.media, "media"),
    # Control.
    _route("POST", r"/_sim/reset", control.reset, "reset"),
    _route("GET,POST", r"/_sim/faults", control.faults, "faults"),
    _route("GET,POST", r"/_sim/config", control.config, "config"),
    _route("GET,POST", r"/_sim/clock", control.clock, "clock"),
    _route("POST", r"/_sim/tokens/invalidate", control.invalidate_tokens, "invalidate"),
    _route("POST", r"/_sim/tokens/issue", control.issue_tokens, "issue"),
    _route("GET", r"/_sim/posts", control.posts, "posts"),
    _route("GET", r"/_sim/stats", control.stats, "stats"),
)
_GRAPH_PATH = re.compile(VERSION + "/")


class Dispatcher:
    """Finds the route, applies the drawn faults, and runs the handler under the lock."""

    def __init__(self, state: SimState) -> None:
        self.state = state

    def handle(self, request: Request) -> Response | None:
        """The answer, or None to close the connection without one (the drop fault)."""
        route, params = self._find(request)
        if route is None:
            return self._not_found(request)
        request.params = params
        plan = NO_FAULTS
        if route.platform:
            with self.state.lock:
                self.state.calls[route.name] += 1
            if route.faults:
                plan = self.state.faults.draw(request.method)
        response = self._run(route, request, plan)
        if response is not None and route.platform == "graph" and "version" in params:
            response.headers["facebook-api-version"] = graph_api.served_version(params["version"])
        return response

    def _run(self, route: Route, request: Request, plan: FaultPlan) -> Response | None:
        # Sleeps happen outside the lock, so that a hanging call stalls nobody else.
        if plan.latency_s:
            time.sleep(plan.latency_s)
        if plan.error_status:
            self._count("5xx")
            if route.platform == "x":
                return x_api.server_error(plan.error_status)
            return graph_api.server_error(plan.error_status)
        if plan.throttle:
            self._count("429")
            with self.state.lock:
                if route.platform == "x":
                    return x_api.throttled(self.state)
                return graph_api.throttled(request, self.state)
        if plan.hang_s:
            self._count("timeout")
            time.sleep(plan.hang_s)
        with self.state.lock:
            response = route.handler(request, self.state)
        if plan.drop and response.created:
            self._count("drop")
            return None
        return response

    def _count(self, fault: str) -> None:
        with self.state.lock:
            self.state.fault_counts[fault] += 1

    @staticmethod
    def _find(request: Request) -> tuple[Route | None, dict[str, str]]:
        for route in ROUTES:
            match = route.pattern.fullmatch(request.path)
            if match and request.method in route.methods:
                return route, match.groupdict()
        return None, {}

    @staticmethod
    def _not_found(request: Request) -> Response:
        if request.path.startswith("/2/"):
            return x_api.problem(404, "Not Found Error", "Sorry, that page does not exist.")
        if _GRAPH_PATH.match(request.path):
            return graph_api.unsupported(request.method.lower(), request.path)
        if request.path.startswith("/_sim/"):
            return json_response({"error": "unknown control endpoint or method"}, 404)
        return web.not_found()


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SocialCareSimulator/1.0"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version

    timeout = IDLE_TIMEOUT_S
    # Headers and body go out in separate writes: without TCP_NODELAY, Nagle and the
    # client's delayed ACK add ~40 ms to every keep-alive answer.
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except ValueError as exc:
            self.close_connection = True
            self._send(json_response({"error": str(exc)}, 413 if "large" in str(exc) else 400))
            return
        parts = urlsplit(self.path)
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        request = Request(
            self.command, parts.path, parts.query, self.headers, body, f"http://{host}"
        )
        try:
            response = self.server.dispatcher.handle(request)
        except Exception:
            # A bug here must not look like the drop fault: answer, and say whose it is.
            logger.exception("Simulator error on %s %s", self.command, parts.path)
            response = json_response(
                {"title": "Simulator error", "status": 500, "detail": "The simulator failed."}, 500
            )
        if response is None:
            # The drop fault: the work is done; close without a byte of answer.
            self.close_connection = True
            return
        self._send(response)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as exc:
            raise ValueError("bad Content-Length") from exc
        if length < 0:
            raise ValueError("bad Content-Length")
        if length > MAX_BODY_BYTES:
            raise ValueError("request body too large")
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes:
        chunks = []
        total = 0
        while True:
            size = int(self.rfile.readline(65537).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                raise ValueError("request body too large")
            chunks.append(self.rfile.read(size))
            self.rfile.readline(65537)

    def _send(self, response: Response) -> None:
        try:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(response.body)
        except (ConnectionError, TimeoutError):
            # The client gave up (a timeout fault outlasted its patience).
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            logger.info("%s %s", self.address_string(), format % args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Idle keep-alive threads must not hold up stop().
    block_on_close = False
    # Bursts from several worker processes: a deep accept queue.
    request_queue_size = 256
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], dispatcher: Dispatcher, *, verbose: bool) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.dispatcher = dispatcher
        self.verbose = verbose
        super().__init__(address, _RequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which can stall on DNS.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError | TimeoutError):
            return
        logger.exception("Simulator connection from %s failed", client_address)


class Simulator(SimulatorControl):
    """The simulator in a background thread of this process.

        simulator = Simulator()
        base_url = simulator.start()  # a free port on 127.0.0.1
        ...
        simulator.stop()

    The control methods (reset, set_faults, posts, ...) go over HTTP like any client's.
    """

    def __init__(self, *, seed: int = 0, verbose: bool = False) -> None:
        super().__init__("")
        self.state = SimState(seed=seed)
        self._verbose = verbose
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        if self._server is not None:
            raise RuntimeError("the simulator is already running")
        server = _Server((host, port), Dispatcher(self.state), verbose=self._verbose)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name="platform-simulator",
            daemon=True,
        )
        self._thread.start()
        shown = f"[{host}]" if ":" in host else host
        self.base_url = f"http://{shown}:{server.server_address[1]}"
        return self.base_url

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> Simulator:
        if self._server is None:
            self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
