"""Requests and responses as the simulator's handlers see them, and body parsing."""

from __future__ import annotations

import base64
import email
import json
import re
from dataclasses import dataclass, field
from email.message import Message
from functools import cached_property
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

JSON_TYPE = "application/json; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Upload:
    name: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Request:
    method: str
    path: str
    query_string: str
    headers: Message
    body: bytes
    base_url: str
    # Named groups of the matched route.
    params: dict[str, str] = field(default_factory=dict)

    @cached_property
    def query_lists(self) -> dict[str, list[str]]:
        return parse_qs(self.query_string, keep_blank_values=True)

    @cached_property
    def query(self) -> dict[str, str]:
        return {key: values[0] for key, values in self.query_lists.items()}

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";")[0].strip().lower()

    @cached_property
    def _form_and_files(self) -> tuple[dict[str, list[str]], dict[str, Upload]]:
        if self.content_type == "application/x-www-form-urlencoded":
            text = self.body.decode("utf-8", "replace")
            return parse_qs(text, keep_blank_values=True), {}
        if self.content_type == "multipart/form-data":
            return parse_multipart(self.headers.get("Content-Type", ""), self.body)
        return {}, {}

    @property
    def form_lists(self) -> dict[str, list[str]]:
        return self._form_and_files[0]

    @cached_property
    def form(self) -> dict[str, str]:
        return {key: values[0] for key, values in self.form_lists.items()}

    @property
    def files(self) -> dict[str, Upload]:
        return self._form_and_files[1]

    @cached_property
    def json(self) -> Any:
        try:
            return json.loads(self.body or b"null")
        except ValueError:
            return None

    def param(self, name: str, default: str | None = None) -> str | None:
        """A query-string or form parameter (Graph accepts either)."""
        if name in self.query:
            return self.query[name]
        return self.form.get(name, default)

    def basic_auth(self) -> tuple[str, str] | None:
        scheme, _, value = self.headers.get("Authorization", "").partition(" ")
        if scheme.lower() != "basic":
            return None
        try:
            user, _, password = base64.b64decode(value, validate=True).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            return None
        return user, password

    def bearer(self) -> str | None:
        scheme, _, value = self.headers.get("Authorization", "").partition(" ")
        if scheme.lower() not in ("bearer", "oauth"):
            return None
        return value.strip() or None


def parse_multipart(
    content_type: str, body: bytes
) -> tuple[dict[str, list[str]], dict[str, Upload]]:
    """Split a multipart/form-data body into fields and files (no `cgi` since 3.13)."""
    header = Message()
    header["Content-Type"] = content_type
    boundary = header.get_param("boundary")
    fields: dict[str, list[str]] = {}
    files: dict[str, Upload] = {}
    if not isinstance(boundary, str) or not boundary:
        return fields, files
    for chunk in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        data = data.removesuffix(b"\r\n")
        part = email.message_from_bytes(head + b"\r\n\r\n")
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = part.get_filename()
        if filename is None:
            charset = part.get_content_charset() or "utf-8"
            fields.setdefault(name, []).append(data.decode(charset, "replace"))
        else:
            files[name] = Upload(name, filename, part.get_content_type(), data)
    return fields, files


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = JSON_TYPE
    headers: dict[str, str] = field(default_factory=dict)
    # A post was created: the "drop" fault may swallow this answer.
    created: bool = False


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(status, body, JSON_TYPE, dict(headers or {}))


def html_response(html: str, status: int = 200) -> Response:
    return Response(status, html.encode(), HTML_TYPE)


def redirect(location: str) -> Response:
    return Response(302, b"", HTML_TYPE, {"Location": location})


def with_query(url: str, **params: str) -> str:
    """`url` with `params` appended to its query string."""
    parts = urlsplit(url)
    extra = urlencode(params)
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit(parts._replace(query=query))


_SCOPE_SPLIT = re.compile(r"[\s,]+")


def split_scopes(value: str | None) -> tuple[str, ...]:
    """Scopes as X (spaces) and Facebook (commas) send them, in order, without repeats."""
    return tuple(dict.fromkeys(s for s in _SCOPE_SPLIT.split(value or "") if s))
