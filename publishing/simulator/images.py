"""Checking uploaded images the way the platforms do: it must decode as an image."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
MAX_PIXELS = 40_000_000
THUMBNAIL_PX = 240


class BadImage(ValueError):
    pass


@dataclass(frozen=True)
class ImageInfo:
    sha256: str
    w: int
    h: int
    image_type: str
    size: int
    thumbnail: bytes


def inspect_image(data: bytes, *, max_bytes: int) -> ImageInfo:
    """Decode `data`; raise BadImage when it is too large or not a supported image."""
    if not data:
        raise BadImage("empty file")
    if len(data) > max_bytes:
        raise BadImage(f"file larger than {max_bytes} bytes")
    try:
        with Image.open(io.BytesIO(data)) as image:
            image_type = IMAGE_TYPES.get(image.format or "")
            if image_type is None:
                raise BadImage(f"unsupported image format {image.format}")
            w, h = image.size
            if w * h > MAX_PIXELS:
                raise BadImage("image has too many pixels")
            image.load()
            thumbnail = _thumbnail(image)
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise BadImage("not a decodable image") from exc
    return ImageInfo(hashlib.sha256(data).hexdigest(), w, h, image_type, len(data), thumbnail)


def _thumbnail(image: Image.Image) -> bytes:
    """A small PNG for the timeline page, so that full uploads need not be kept."""
    copy = image.convert("RGBA") if image.mode not in ("RGB", "RGBA") else image.copy()
    copy.thumbnail((THUMBNAIL_PX, THUMBNAIL_PX))
    out = io.BytesIO()
    copy.save(out, format="PNG")
    return out.getvalue()
