"""The platforms SocialCare publishes to, and how each one measures a post's text.

X counts a weighted length (twitter-text rules: every URL counts 23, emoji and CJK
count 2) against 280; Facebook Pages accept 63,206 characters.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from twitter_text import parse_tweet

X_MAX_WEIGHTED_LENGTH = 280
FACEBOOK_MAX_LENGTH = 63_206


class Platform(models.TextChoices):
    X = "x", "X"
    FACEBOOK = "facebook", "Facebook"


@dataclass(frozen=True)
class TextMeasure:
    platform: str
    length: int
    limit: int

    @property
    def over_by(self) -> int:
        return max(0, self.length - self.limit)

    @property
    def fits(self) -> bool:
        return self.length <= self.limit

    @property
    def message(self) -> str:
        label = Platform(self.platform).label
        if self.fits:
            return f"{label}: {self.length:,} of {self.limit:,}"
        unit = "character" if self.over_by == 1 else "characters"
        return f"{label} text is {self.over_by:,} {unit} over the {self.limit:,} limit."


def measure(platform: str, text: str) -> TextMeasure:
    if platform == Platform.X:
        length = parse_tweet(text).weightedLength if text else 0
        return TextMeasure(platform, length, X_MAX_WEIGHTED_LENGTH)
    if platform == Platform.FACEBOOK:
        return TextMeasure(platform, len(text), FACEBOOK_MAX_LENGTH)
    raise ValueError(f"unknown platform {platform!r}")
