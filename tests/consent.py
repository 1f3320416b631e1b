"""Answering the platform simulator's consent pages as a browser would (tests only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

import requests

TIMEOUT = 10


@dataclass
class Form:
    action: str = ""
    method: str = "get"
    fields: list[tuple[str, str]] = field(default_factory=list)
    # (name, value) of unchecked checkboxes, so that a test can tick them.
    unchecked: list[tuple[str, str]] = field(default_factory=list)
    buttons: dict[str, tuple[str, str]] = field(default_factory=dict)


class _FormParser(HTMLParser):
    """The first form of a page: its fields as a browser would submit them."""

    def __init__(self) -> None:
        super().__init__()
        self.form: Form | None = None
        self.done = False
        self.button: dict[str, str] | None = None
        self.button_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and self.form is None:
            self.form = Form(a.get("action", ""), a.get("method", "get").lower())
        if self.form is None or self.done:
            return
        if tag == "input" and a.get("name") and "disabled" not in a:
            kind = a.get("type", "text")
            pair = (a["name"], a.get("value", "on"))
            if kind in ("checkbox", "radio") and "checked" not in a:
                self.form.unchecked.append(pair)
            elif kind == "submit":
                self.form.buttons[a.get("value", "")] = pair
            else:
                self.form.fields.append(pair)
        elif tag == "button":
            self.button, self.button_text = a, ""

    def handle_data(self, data: str) -> None:
        if self.button is not None:
            self.button_text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "button" and self.button is not None and self.form is not None:
            pair = (self.button.get("name", ""), self.button.get("value", ""))
            self.form.buttons[" ".join(self.button_text.split())] = pair
            self.button = None
        elif tag == "form" and self.form is not None:
            self.done = True


def consent(
    url: str, button: str, *, uncheck: tuple[str, ...] = (), pick: str = ""
) -> dict[str, str]:
    """Open a consent page, press `button`, return the query it redirects back with.

    `uncheck`: values of checkboxes to clear (Facebook's Pages); `pick`: the value of
    the radio button to choose instead of the first (X's simulated users).
    """
    page = requests.get(url, timeout=TIMEOUT)
    assert page.status_code == 200, page.text[:500]
    parser = _FormParser()
    parser.feed(page.text)
    form = parser.form
    assert form is not None, "the consent page has no form"
    data = [(k, v) for k, v in form.fields if v not in uncheck]
    if pick:
        radio = next(name for name, value in form.unchecked if value == pick)
        data = [(k, v) for k, v in data if k != radio] + [(radio, pick)]
    assert button in form.buttons, f"no {button!r} button in {list(form.buttons)}"
    name, value = form.buttons[button]
    if name:
        data.append((name, value))
    target = urljoin(page.url, form.action or page.url)
    send = requests.post if form.method == "post" else requests.get
    kwargs = {"data": data} if form.method == "post" else {"params": data}
    answer = send(target, allow_redirects=False, timeout=TIMEOUT, **kwargs)
    assert answer.status_code in (302, 303), answer.text[:500]
    return dict(parse_qsl(urlsplit(answer.headers["Location"]).query))
