"""Reading parts of a rendered page in tests."""

from __future__ import annotations

from html.parser import HTMLParser

VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class _Section(HTMLParser):
    """The markup inside the first element carrying a given data-testid."""

    def __init__(self, testid: str) -> None:
        super().__init__()
        self.testid = testid
        self.depth = 0
        self.found = False
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.parts.append(self.get_starttag_text() or "")
            if tag not in VOID_TAGS:
                self.depth += 1
        elif not self.found and dict(attrs).get("data-testid") == self.testid:
            self.found = True
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if self.depth:
                self.parts.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def section(response, testid: str) -> str | None:
    """What the page shows inside `data-testid=testid`; None when it is not there."""
    parser = _Section(testid)
    parser.feed(response.content.decode())
    return "".join(parser.parts) if parser.found else None
