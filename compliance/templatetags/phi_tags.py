"""Show the PHI scanner's findings inside the text they were found in."""

from __future__ import annotations

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def highlight(text: str, findings) -> SafeString:
    """Escape `text` and wrap each finding in <mark> with its type and reason."""
    out, last = [], 0
    for f in sorted(findings or [], key=lambda f: f.start):
        if f.start < last:
            continue
        out.append(escape(text[last : f.start]))
        out.append(
            f'<mark class="phi" data-type="{escape(f.type)}" title="{escape(f.reason)}">'
            f"{escape(text[f.start : f.end])}"
            f'<span class="visually-hidden"> ({escape(f.type)}: {escape(f.reason)})</span></mark>'
        )
        last = f.end
    out.append(escape(text[last:]))
    return linebreaksbr(mark_safe("".join(out)), autoescape=False)  # noqa: S308 - escaped above


FIELD_LABELS = {
    "body": "Text",
    "x_text": "Text for X",
    "facebook_text": "Text for Facebook",
    "hashtags": "Hashtags",
    "link": "Link",
}


@register.filter
def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)
