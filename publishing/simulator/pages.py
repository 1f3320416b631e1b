"""The simulator's HTML: consent screens, the timeline, one post. Plain strings, all text
escaped, a little inline CSS and nothing fetched from elsewhere."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from html import escape

from publishing.simulator.state import FbPage, FbUser, Media, Post, XUser

CSS = """
:root { color-scheme: light; --ink: #1c2430; --muted: #5a6472; --line: #d6dbe1;
  --accent: #1d5fa8; --bg: #f5f7f9; --danger: #a4262c; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--bg); }
header.top { background: #fff; border-bottom: 1px solid var(--line); padding: .75rem 1.5rem; }
header.top p { margin: 0; color: var(--muted); font-size: .9rem; }
main { max-width: 64rem; margin: 1.5rem auto; padding: 0 1.5rem; }
main.narrow { max-width: 32rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 0; }
.muted { color: var(--muted); }
.card { background: #fff; border: 1px solid var(--line); border-radius: .5rem;
  padding: 1rem 1.25rem; margin-bottom: 1rem; }
.accounts { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); }
ol.posts { list-style: none; margin: .75rem 0 0; padding: 0; }
ol.posts li { border-top: 1px solid var(--line); padding: .75rem 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: .25rem 0; }
.meta { font-size: .85rem; color: var(--muted); }
.deleted .text { color: var(--muted); text-decoration: line-through; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .4rem;
  border-radius: .25rem; background: #e8edf3; color: var(--ink); }
.badge.deleted { background: #fbe9ea; color: var(--danger); }
.thumbs { display: flex; gap: .5rem; flex-wrap: wrap; margin: .5rem 0 0; }
.thumbs img { max-width: 8rem; max-height: 8rem; border-radius: .25rem;
  border: 1px solid var(--line); }
fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 1rem 0;
  padding: .75rem 1rem; }
legend { font-weight: 600; padding: 0 .25rem; }
label { display: block; padding: .25rem 0; }
button { font: inherit; padding: .5rem 1.1rem; border-radius: .4rem;
  border: 1px solid var(--accent); background: var(--accent); color: #fff;
  cursor: pointer; margin-right: .5rem; }
button.secondary { background: #fff; color: var(--accent); }
button:focus-visible, a:focus-visible { outline: 3px solid #f0b400; outline-offset: 2px; }
a { color: var(--accent); }
"""

# Posts shown per account on the timeline page (a benchmark makes thousands).
TIMELINE_LIMIT = 100

SCOPE_DESCRIPTIONS = {
    "tweet.read": "Read posts you can see",
    "tweet.write": "Post and delete posts for you",
    "users.read": "See your profile",
    "media.write": "Upload images for you",
    "offline.access": "Stay connected until you revoke access",
    "like.read": "See posts you liked",
    "public_profile": "Your name and profile picture",
    "email": "Your email address",
    "pages_show_list": "Show a list of the Pages you manage",
    "pages_read_engagement": "Read content posted on the Page",
    "pages_manage_posts": "Create, edit and delete your Page posts",
    "pages_manage_metadata": "Manage accounts, settings and webhooks for a Page",
    "pages_read_user_content": "Read user content on your Page",
    "business_management": "Manage your business",
    "publish_video": "Publish videos to your Page",
    "read_insights": "Read Page insights",
}


def layout(title: str, body: str, *, refresh_s: int | None = None) -> str:
    refresh = f'<meta http-equiv="refresh" content="{refresh_s}">' if refresh_s else ""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"{refresh}<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        '<header class="top"><strong>Platform simulator</strong>'
        "<p>Simulated X and Facebook for SocialCare. Nothing here is public.</p></header>"
        f"{body}</body></html>"
    )


def error_page(title: str, message: str) -> str:
    body = (
        f'<main class="narrow"><div class="card"><h1>{escape(title)}</h1>'
        f"<p>{escape(message)}</p></div></main>"
    )
    return layout(title, body)


def _hidden(fields: Mapping[str, str]) -> str:
    return "".join(
        f'<input type="hidden" name="{escape(name)}" value="{escape(value)}">'
        for name, value in fields.items()
    )


def _scope_list(scopes: Iterable[str]) -> str:
    items = "".join(
        f"<li>{escape(SCOPE_DESCRIPTIONS.get(scope, scope))} <span class='muted'>"
        f"({escape(scope)})</span></li>"
        for scope in scopes
    )
    return f"<ul>{items}</ul>"


def x_consent(
    *,
    app_name: str,
    action: str,
    fields: Mapping[str, str],
    scopes: Iterable[str],
    users: Iterable[XUser],
) -> str:
    choices = "".join(
        f'<label><input type="radio" name="user_id" value="{escape(user.id)}"'
        f"{' checked' if index == 0 else ''}> {escape(user.name)} "
        f'<span class="muted">@{escape(user.username)}</span></label>'
        for index, user in enumerate(users)
    )
    body = (
        f'<main class="narrow"><div class="card"><h1>{escape(app_name)} wants to access your '
        f'X account</h1><form method="post" action="{escape(action)}">{_hidden(fields)}'
        f"<fieldset><legend>Sign in as</legend>{choices}</fieldset>"
        f"<h2>It will be able to</h2>{_scope_list(scopes)}"
        '<button type="submit" name="decision" value="allow">Authorize app</button>'
        '<button type="submit" name="decision" value="deny" class="secondary">Cancel</button>'
        "</form></div></main>"
    )
    return layout(f"Authorize {app_name}", body)


def fb_consent(
    *,
    app_name: str,
    action: str,
    fields: Mapping[str, str],
    scopes: Iterable[str],
    user: FbUser,
    pages: Iterable[FbPage],
) -> str:
    choices = "".join(
        f'<label><input type="checkbox" name="page_id" value="{escape(page.id)}" checked> '
        f"{escape(page.name)}</label>"
        for page in pages
    )
    body = (
        f'<main class="narrow"><div class="card"><h1>{escape(app_name)} is requesting access'
        f"</h1><p>Continue as <strong>{escape(user.name)}</strong>.</p>"
        f'<form method="post" action="{escape(action)}">{_hidden(fields)}'
        "<fieldset><legend>Which Pages may it use?</legend>"
        f"{choices}</fieldset><h2>It will be able to</h2>{_scope_list(scopes)}"
        '<button type="submit" name="decision" value="continue">Continue</button>'
        '<button type="submit" name="decision" value="cancel" class="secondary">Cancel</button>'
        "</form></div></main>"
    )
    return layout(f"Log in with Facebook: {app_name}", body)


def _when(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp, UTC)
    return (
        f'<time datetime="{moment.isoformat(timespec="seconds")}">'
        f"{moment.strftime('%Y-%m-%d %H:%M:%S')} UTC</time>"
    )


def _thumbs(media: list[Media]) -> str:
    if not media:
        return ""
    images = []
    for item in media:
        alt = escape(item.alt_text or "Image (no alt text)")
        if item.thumbnail:
            images.append(f'<img src="/web/media/{escape(item.id)}" alt="{alt}">')
        else:
            images.append(f'<span class="badge">Image from URL: {alt}</span>')
    return f'<div class="thumbs">{"".join(images)}</div>'


def _post_item(post: Post, permalink: str) -> str:
    marks = ""
    if post.deleted_at is not None:
        marks += f' <span class="badge deleted">Deleted {_when(post.deleted_at)}</span>'
    if not post.published:
        marks += ' <span class="badge">Unpublished</span>'
    link = f'<p class="meta">Link: {escape(post.link)}</p>' if post.link else ""
    text = escape(post.text) if post.text else '<span class="muted">(no text)</span>'
    return (
        f'<li class="{"deleted" if post.deleted_at else "live"}"><p class="text">{text}</p>'
        f"{link}{_thumbs(post.media)}"
        f'<p class="meta">{_when(post.created_at)} · <a href="{escape(permalink)}">'
        f"{escape(post.id)}</a>{marks}</p></li>"
    )


def permalink(post: Post, x_username: str | None) -> str:
    if post.platform == "x":
        return f"/web/x/{x_username}/status/{post.id}"
    return f"/web/facebook/{post.id}"


def timeline(
    *,
    x_users: Iterable[XUser],
    fb_pages: Iterable[FbPage],
    posts_by_account: Mapping[str, list[Post]],
) -> str:
    sections = []
    accounts: list[tuple[str, str, str, str | None]] = [
        (user.id, user.name, f"X · @{user.username}", user.username) for user in x_users
    ]
    accounts += [(page.id, page.name, "Facebook Page", None) for page in fb_pages]
    total = 0
    for account_id, name, kind, username in accounts:
        posts = posts_by_account.get(account_id, [])
        total += len(posts)
        shown = posts[: -TIMELINE_LIMIT - 1 : -1]  # the newest, newest first
        items = "".join(_post_item(post, permalink(post, username)) for post in shown)
        listing = (
            f'<ol class="posts">{items}</ol>' if posts else '<p class="muted">No posts yet.</p>'
        )
        count = f"{len(posts)} posts"
        if len(shown) < len(posts):
            count += f", the newest {len(shown)} shown"
        sections.append(
            f'<section class="card" aria-labelledby="account-{escape(account_id)}">'
            f'<h2 id="account-{escape(account_id)}">{escape(name)}</h2>'
            f'<p class="meta">{escape(kind)} · {escape(account_id)} · {count}</p>'
            f"{listing}</section>"
        )
    body = (
        f"<main><h1>Timelines</h1><p class='muted'>{total} posts, newest first. This page "
        f"refreshes every 5 seconds.</p><div class='accounts'>{''.join(sections)}</div></main>"
    )
    return layout("Simulator timelines", body, refresh_s=5)


def post_page(*, post: Post, account_name: str, platform_name: str, link: str) -> str:
    body = (
        f'<main class="narrow"><p><a href="/">All timelines</a></p><article class="card">'
        f"<h1>{escape(account_name)}</h1><p class='meta'>{escape(platform_name)}</p>"
        f'<ol class="posts">{_post_item(post, link)}</ol></article></main>'
    )
    return layout(f"{account_name} on {platform_name}", body)
