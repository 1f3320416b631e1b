"""Render post text the way platforms show it: links and hashtags highlighted."""

from __future__ import annotations

import re

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

TOKEN = re.compile(r"(?P<url>https?://[^\s<]+[^\s<.,;:!?)\]'\"])|(?P<tag>(?<!\w)#\w+)")


@register.filter
def social_text(text: str) -> SafeString:
    """Escape everything, then wrap URLs and hashtags in styled spans (no live links)."""
    out, last = [], 0
    for match in TOKEN.finditer(text or ""):
        out.append(escape(text[last : match.start()]))
        kind = "url" if match.group("url") else "tag"
        out.append(f'<span class="social-{kind}">{escape(match.group(0))}</span>')
        last = match.end()
    out.append(escape((text or "")[last:]))
    return linebreaksbr(mark_safe("".join(out)), autoescape=False)  # noqa: S308 - escaped above
