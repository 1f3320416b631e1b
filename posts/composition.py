"""What a post will say on each platform, and whether that fits.

The published text of a platform is its variant text (or the master text when the
variant is blank), then the hashtags that the text does not already carry, then the
link. The live counters, the server-side checks and the previews all use `compose`,
so that what staff see counted is what goes out.
"""

from __future__ import annotations

from dataclasses import dataclass

from posts.models import Post, hashtag_list
from socialcare.lib.platforms import Platform, TextMeasure, measure


@dataclass(frozen=True)
class Draft:
    """The editable text of a post, saved or not (the live counter sends unsaved text)."""

    body: str
    link: str = ""
    hashtags: str = ""
    x_text: str = ""
    facebook_text: str = ""

    @classmethod
    def of(cls, post: Post) -> Draft:
        variants = {v.platform: v.text for v in post.variants.all()}
        return cls(
            body=post.body,
            link=post.link,
            hashtags=post.hashtags,
            x_text=variants.get(Platform.X, ""),
            facebook_text=variants.get(Platform.FACEBOOK, ""),
        )

    def own_text(self, platform: str) -> str:
        override = self.x_text if platform == Platform.X else self.facebook_text
        return override if override.strip() else self.body

    def compose(self, platform: str) -> str:
        text = self.own_text(platform).strip()
        present = {word.lower().rstrip(".,!?;:") for word in text.split()}
        extra = [tag for tag in hashtag_list(self.hashtags) if tag.lower() not in present]
        parts = [text] if text else []
        if extra:
            parts.append(" ".join(extra))
        if self.link and self.link not in text:
            parts.append(self.link)
        return "\n\n".join(parts)

    def measures(self) -> dict[str, TextMeasure]:
        return {p: measure(p, self.compose(p)) for p in Platform.values}

    def submission_blockers(self) -> list[str]:
        """Reasons this text cannot be submitted for review yet (it can still be saved)."""
        problems = [m.message for m in self.measures().values() if not m.fits]
        if not any(self.own_text(p).strip() for p in Platform.values):
            problems.append("The post has no text yet.")
        return problems
