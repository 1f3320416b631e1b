"""Check uploaded images and strip everything from them except the picture.

Photos taken on a ward can carry far more than staff intend to publish: GPS
coordinates, camera serial numbers and capture times in EXIF, names in XMP or IPTC
captions, notes in PNG text chunks or JPEG/GIF comments. `clean_image` refuses files
that are not safe to decode and rebuilds every accepted image from its decoded pixels
alone, so none of that hidden information can reach a social network.

Nothing here logs, and no message repeats the file's name or contents: both can
identify a patient.
"""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
from dataclasses import dataclass
from typing import IO

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

ALLOWED_FORMATS = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "GIF": "image/gif",
    "WEBP": "image/webp",
}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}

# Pillow reports a JPEG that holds several pictures (some phones add a depth map or a
# preview this way) as "MPO". It is still a JPEG to the user; we keep the main picture.
_ALIASES = {"MPO": "JPEG"}
# Formats whose animations we keep; for JPEG/MPO the extra "frames" are not animation.
_ANIMATED_FORMATS = {"GIF", "PNG", "WEBP"}
# What Pillow raises on damaged data; the decoders are not consistent about it.
_DECODE_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)

_ACCEPTED = "Upload a JPEG, PNG, GIF or WebP."


class ImageRejected(ValueError):
    """An upload we will not publish; `message` is written for the person who uploaded it."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CleanImage:
    content: bytes
    content_type: str
    extension: str
    width: int
    height: int
    sha256: str


def clean_image(
    data: bytes | IO[bytes], *, max_bytes: int | None = None, max_pixels: int | None = None
) -> CleanImage:
    """Return a metadata-free copy of the image in `data`, or raise ImageRejected."""
    if max_bytes is None or max_pixels is None:
        # Imported here so the module loads before Django settings are configured.
        from django.conf import settings

        max_bytes = settings.MEDIA_MAX_IMAGE_BYTES if max_bytes is None else max_bytes
        max_pixels = settings.MEDIA_MAX_IMAGE_PIXELS if max_pixels is None else max_pixels

    raw = _read_limited(data, max_bytes)
    fmt, frames, durations, loop = _decode(raw, max_pixels)
    content = _encode(fmt, frames, durations, loop)
    if len(content) > max_bytes:
        # Re-encoding can grow a heavily compressed file past what the networks accept.
        raise ImageRejected(
            f"Once its hidden information is removed, this image is larger than the "
            f"{_megabytes(max_bytes)} limit. Save it at a smaller size and upload it again."
        )
    width, height = frames[0].size
    return CleanImage(
        content=content,
        content_type=ALLOWED_FORMATS[fmt],
        extension=EXTENSIONS[fmt],
        width=width,
        height=height,
        sha256=hashlib.sha256(content).hexdigest(),
    )


def _read_limited(data: bytes | IO[bytes], max_bytes: int) -> bytes:
    """The upload's bytes, refusing oversized files before any decoder sees them."""
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    else:
        if data.seekable():
            data.seek(0)  # a form validator may already have read the upload
        raw = data.read(max_bytes + 1)  # one byte past the limit is enough to know
    if not raw:
        raise ImageRejected("This file is empty. Choose the image again and upload it.")
    if len(raw) > max_bytes:
        raise ImageRejected(
            f"This image is larger than the {_megabytes(max_bytes)} limit. "
            "Save it at a smaller size and upload it again."
        )
    return raw


def _decode(raw: bytes, max_pixels: int) -> tuple[str, list[Image.Image], list[int], int | None]:
    """Format, rebuilt frames, frame durations (ms) and loop count of an allowed image."""
    with warnings.catch_warnings():
        # Pillow only warns about bombs below twice its own limit; make that a refusal
        # here without touching the process-wide Image.MAX_IMAGE_PIXELS.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(raw)) as img:
                fmt = _ALIASES.get(img.format or "", img.format or "")
                if fmt not in ALLOWED_FORMATS:
                    raise ImageRejected(f"{img.format} images are not accepted. {_ACCEPTED}")
                loop = img.info.get("loop")  # read before seeking: later frames may not carry it
                frames, durations = _frames(img, fmt, max_pixels)
        except UnidentifiedImageError:
            raise ImageRejected(f"This file is not an image. {_ACCEPTED}") from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_big(max_pixels) from None
        except ImageRejected:
            raise
        except _DECODE_ERRORS:
            raise ImageRejected(
                "This image is damaged or incomplete. Open it and save it again, "
                "then upload the new file."
            ) from None
    return fmt, frames, durations, loop


def _frames(img: Image.Image, fmt: str, max_pixels: int) -> tuple[list[Image.Image], list[int]]:
    """Every frame rebuilt from pixels; all frames together must fit in max_pixels."""
    sequence = ImageSequence.Iterator(img) if fmt in _ANIMATED_FORMATS else [img]
    frames, durations, pixels = [], [], 0
    for frame in sequence:
        width, height = frame.size  # from the header: checked before decoding
        pixels += width * height
        if pixels > max_pixels:
            raise _too_big(max_pixels)
        frame.load()  # decode now, so truncation is caught here and not half-published
        durations.append(int(frame.info.get("duration", 0)))
        frames.append(_rebuild(_prepare(frame, fmt)))
    return frames, durations


def _prepare(frame: Image.Image, fmt: str) -> Image.Image:
    """Upright, in a mode the output format can store, with transparency kept."""
    # Rotate by the EXIF orientation now: the EXIF is about to go, and with it the
    # hint that makes phones' photos display the right way up.
    frame = ImageOps.exif_transpose(frame)
    has_alpha = frame.has_transparency_data
    if fmt == "JPEG":
        return frame.convert("RGB")
    if fmt == "WEBP":
        return frame.convert("RGBA" if has_alpha else "RGB")
    if has_alpha and frame.mode not in ("RGBA", "LA"):
        # Palette or tRNS transparency lives in `info`, which the rebuild drops.
        return frame.convert("RGBA")
    return frame


def _rebuild(frame: Image.Image) -> Image.Image:
    """A brand-new image holding only the pixels (and palette) of `frame`.

    Savers copy metadata from `info` (JPEG comments, for one), so saving the decoded
    image itself is not enough; a fresh image has nothing to copy.
    """
    fresh = Image.frombytes(frame.mode, frame.size, frame.tobytes())
    if frame.mode == "P":
        fresh.putpalette(frame.getpalette() or [])
    return fresh


def _encode(fmt: str, frames: list[Image.Image], durations: list[int], loop: int | None) -> bytes:
    options: dict[str, object] = {"JPEG": {"quality": 90}, "WEBP": {"quality": 90}}.get(fmt, {})
    if len(frames) > 1:
        options = {**options, "save_all": True, "append_images": frames[1:], "duration": durations}
        if loop is not None:  # GIF: no loop entry means "play once"
            options["loop"] = loop
    out = io.BytesIO()
    frames[0].save(out, format=fmt, **options)
    return out.getvalue()


def _too_big(max_pixels: int) -> ImageRejected:
    return ImageRejected(
        f"This image has too many pixels to process safely (the limit is "
        f"{max_pixels / 1_000_000:g} megapixels, counting every frame of an animation). "
        "Resize it and upload it again."
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.3g} MB"
