"""What staff notice when they upload an image: hidden details gone, picture unchanged.

Every fixture is built here with Pillow, so no patient-looking file is committed.
Limits are passed explicitly, so these tests need neither Django settings nor a database.
"""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zlib
from types import SimpleNamespace

import pytest
from PIL import Image, ImageCms, ImageFile, ImageSequence, IptcImagePlugin
from PIL.PngImagePlugin import PngInfo

from posts.media import ALLOWED_FORMATS, CleanImage, ImageRejected, clean_image

LIMITS = {"max_bytes": 5 * 1024 * 1024, "max_pixels": 40_000_000}
SECRET = "Jane Doe DOB 1990-01-01"
UPLOAD_NAME = "jane-doe-mrn-12345678.jpg"


class Upload(io.BytesIO):
    """A file-like upload with a revealing name, as Django's UploadedFile has."""

    name = UPLOAD_NAME


def clean(data: bytes, **limits: int) -> CleanImage:
    return clean_image(data, **{**LIMITS, **limits})


def encode(img: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    img.save(out, format=fmt, **options)
    return out.getvalue()


def reopen(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data))


def two_colour(size: tuple[int, int] = (40, 20)) -> Image.Image:
    """Red left half, blue right half: enough to see rotation and colour."""
    img = Image.new("RGB", size, (220, 30, 30))
    img.paste((30, 30, 220), (size[0] // 2, 0, size[0], size[1]))
    return img


def camera_exif(orientation: int | None = None) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"  # Make
    exif[0x0110] = "EOS R5"  # Model
    if orientation:
        exif[0x0112] = orientation
    details = exif.get_ifd(0x8769)
    details[0xA431] = "SN-0042-7781"  # BodySerialNumber
    details[0x9003] = "2024:03:05 14:22:10"  # DateTimeOriginal
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 30.0, 12.5), 3: "W", 4: (0.0, 7.0, 39.0)})
    return exif


def splice_after_soi(jpeg: bytes, marker: int, payload: bytes) -> bytes:
    """Insert an APPn segment right after the JPEG start-of-image marker."""
    assert jpeg[:2] == b"\xff\xd8"
    segment = struct.pack(">BBH", 0xFF, marker, len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def iptc_app13(caption: bytes) -> bytes:
    """A Photoshop 3.0 block holding one IPTC 2:120 (caption) dataset."""
    iptc = b"\x1c\x02\x78" + struct.pack(">H", len(caption)) + caption
    iptc += b"\x00" * (len(iptc) % 2)
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc))
    return b"Photoshop 3.0\x00" + resource + iptc


def png_claiming(width: int, height: int) -> bytes:
    """A valid one-bit, single-colour PNG of any size, built row by row in little memory."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte + packed pixels
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    )


def close_to(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


# --- Hidden details are removed ---------------------------------------------------


def test_it_removes_gps_serial_number_and_camera_from_jpeg_exif():
    original = encode(two_colour(), "JPEG", exif=camera_exif())
    assert reopen(original).getexif().get_ifd(0x8825)[2] == (51.0, 30.0, 12.5)
    assert b"SN-0042-7781" in original

    cleaned = clean(original).content

    assert len(reopen(cleaned).getexif()) == 0
    for leak in (b"SN-0042-7781", b"Canon", b"EOS R5", b"2024:03:05", b"Exif\x00\x00"):
        assert leak not in cleaned


def test_it_removes_a_jpeg_comment_that_a_plain_resave_would_keep():
    original = encode(two_colour(), "JPEG", comment=b"patient bed 4B")
    # Why rebuilding matters: Pillow's JPEG saver copies info["comment"] from the
    # opened image, even when told to drop the EXIF.
    assert b"patient bed 4B" in encode(reopen(original), "JPEG", exif=b"")

    cleaned = clean(original).content

    assert b"patient bed 4B" not in cleaned
    assert "comment" not in reopen(cleaned).info


def test_it_removes_xmp_and_iptc_from_a_jpeg():
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">John Doe</x:xmpmeta>'
    original = encode(two_colour(), "JPEG", xmp=xmp)
    original = splice_after_soi(original, 0xED, iptc_app13(b"MRN 12345678"))
    opened = reopen(original)
    assert IptcImagePlugin.getiptcinfo(opened)[(2, 120)] == b"MRN 12345678"
    assert "xmp" in opened.info

    cleaned = clean(original).content

    for leak in (b"John Doe", b"xmpmeta", b"MRN 12345678", b"Photoshop 3.0", b"8BIM"):
        assert leak not in cleaned
    assert IptcImagePlugin.getiptcinfo(reopen(cleaned)) is None


def test_it_removes_png_text_chunks_and_exif():
    text = PngInfo()
    text.add_text("Description", SECRET)
    text.add_itxt("Comment", SECRET)
    original = encode(
        Image.new("RGBA", (8, 8), (10, 20, 30, 255)), "PNG", pnginfo=text, exif=camera_exif()
    )
    assert original.count(SECRET.encode()) == 2
    assert b"eXIf" in original

    cleaned = clean(original).content

    for leak in (SECRET.encode(), b"tEXt", b"iTXt", b"eXIf", b"Canon"):
        assert leak not in cleaned
    assert len(reopen(cleaned).getexif()) == 0


@pytest.mark.parametrize(("fmt", "mode"), [("PNG", "RGBA"), ("JPEG", "RGB"), ("WEBP", "RGB")])
def test_it_removes_embedded_colour_profiles(fmt, mode):
    # Pillow's PNG saver copies an opened image's ICC profile unless the image is rebuilt.
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    original = encode(Image.new(mode, (8, 8), "red"), fmt, icc_profile=profile)
    assert reopen(original).info["icc_profile"] == profile

    cleaned = clean(original).content

    assert not reopen(cleaned).info.get("icc_profile")
    assert profile not in cleaned


def test_it_removes_webp_exif_and_xmp():
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">John Doe</x:xmpmeta>'
    original = encode(two_colour(), "WEBP", exif=camera_exif(), xmp=xmp)
    assert b"SN-0042-7781" in original
    assert b"John Doe" in original

    cleaned = clean(original).content

    for leak in (b"SN-0042-7781", b"Canon", b"John Doe", b"EXIF", b"XMP "):
        assert leak not in cleaned
    assert len(reopen(cleaned).getexif()) == 0


def test_it_keeps_gif_animation_but_drops_its_comment():
    frames = [Image.new("RGB", (12, 12), colour) for colour in ("red", "lime", "blue")]
    original = encode(
        frames[0],
        "GIF",
        save_all=True,
        append_images=frames[1:],
        duration=[100, 200, 300],
        loop=0,
        comment=b"patient bed 4B",
    )
    assert reopen(original).n_frames == 3
    assert reopen(original).info["comment"] == b"patient bed 4B"

    content = clean(original).content
    cleaned = reopen(content)

    assert b"patient bed 4B" not in content
    assert cleaned.n_frames == 3
    assert cleaned.info.get("loop") == 0
    assert "comment" not in cleaned.info
    shown = [
        (f.info["duration"], f.convert("RGB").getpixel((5, 5)))
        for f in ImageSequence.Iterator(cleaned)
    ]
    assert shown == [(100, (255, 0, 0)), (200, (0, 255, 0)), (300, (0, 0, 255))]


def test_it_keeps_webp_animation():
    frames = [Image.new("RGBA", (12, 12), colour) for colour in ("red", "lime", "blue")]
    original = encode(
        frames[0],
        "WEBP",
        save_all=True,
        append_images=frames[1:],
        duration=[100, 200, 300],
        loop=0,
        lossless=True,
    )

    cleaned = reopen(clean(original).content)

    assert cleaned.n_frames == 3
    durations = []
    for frame in ImageSequence.Iterator(cleaned):
        frame.load()  # Pillow only sets a WebP frame's duration once it is decoded
        durations.append(frame.info["duration"])
    assert durations == [100, 200, 300]


# --- The picture itself is unchanged ----------------------------------------------


def test_it_turns_a_sideways_phone_photo_upright_and_drops_the_orientation_tag():
    # Orientation 6: the camera stored the picture rotated; viewers turn it 90° clockwise.
    original = encode(two_colour((40, 20)), "JPEG", exif=camera_exif(orientation=6))

    result = clean(original)
    cleaned = reopen(result.content).convert("RGB")

    assert (result.width, result.height) == cleaned.size == (20, 40)
    assert len(reopen(result.content).getexif()) == 0
    assert close_to(cleaned.getpixel((10, 5)), (220, 30, 30))  # left half is now on top
    assert close_to(cleaned.getpixel((10, 35)), (30, 30, 220))


def test_it_keeps_png_pixels_identical():
    rng = random.Random(4)
    img = Image.frombytes("RGBA", (32, 16), rng.randbytes(32 * 16 * 4))

    cleaned = reopen(clean(encode(img, "PNG")).content)

    assert cleaned.mode == "RGBA"
    assert cleaned.tobytes() == img.tobytes()


@pytest.mark.parametrize(
    "img",
    [
        pytest.param(Image.new("RGBA", (8, 8), (200, 10, 10, 255)), id="alpha-channel"),
        pytest.param(Image.new("P", (8, 8), 1), id="palette-with-transparent-entry"),
    ],
)
def test_it_keeps_png_transparency(img):
    img.putpixel((2, 3), (0, 0, 0, 0) if img.mode == "RGBA" else 0)
    original = encode(img, "PNG", **({"transparency": 0} if img.mode == "P" else {}))

    cleaned = reopen(clean(original).content).convert("RGBA")

    assert cleaned.getpixel((2, 3))[3] == 0
    assert cleaned.getpixel((5, 5))[3] == 255


def test_it_keeps_webp_transparency():
    img = Image.new("RGBA", (8, 8), (200, 10, 10, 255))
    img.putpixel((2, 3), (0, 0, 0, 0))

    cleaned = reopen(clean(encode(img, "WEBP", lossless=True)).content).convert("RGBA")

    assert cleaned.getpixel((2, 3))[3] == 0
    assert cleaned.getpixel((5, 5))[3] == 255


def test_it_keeps_jpeg_size_and_colour():
    original = encode(two_colour((64, 48)), "JPEG", quality=95)

    result = clean(original)
    cleaned = reopen(result.content)

    assert (result.width, result.height) == cleaned.size == (64, 48)
    assert close_to(cleaned.getpixel((10, 24)), (220, 30, 30))
    assert close_to(cleaned.getpixel((54, 24)), (30, 30, 220))


def test_it_turns_cmyk_and_greyscale_jpegs_into_rgb():
    for img in (Image.new("CMYK", (16, 16), (0, 255, 255, 0)), Image.new("L", (16, 16), 128)):
        cleaned = reopen(clean(encode(img, "JPEG")).content)
        assert cleaned.format == "JPEG"
        assert cleaned.mode == "RGB"


def test_it_treats_a_multi_picture_phone_jpeg_as_a_jpeg():
    # Pillow calls a JPEG with an extra embedded picture (depth map, preview) "MPO".
    original = encode(
        two_colour(), "MPO", save_all=True, append_images=[Image.new("RGB", (40, 20))]
    )
    assert reopen(original).format == "MPO"

    result = clean(original)

    assert (result.content_type, result.extension) == ("image/jpeg", "jpg")
    assert reopen(result.content).format == "JPEG"
    assert close_to(reopen(result.content).getpixel((5, 5)), (220, 30, 30))


@pytest.mark.parametrize(
    ("fmt", "content_type", "extension"),
    [
        ("JPEG", "image/jpeg", "jpg"),
        ("PNG", "image/png", "png"),
        ("GIF", "image/gif", "gif"),
        ("WEBP", "image/webp", "webp"),
    ],
)
def test_it_describes_the_cleaned_file(fmt, content_type, extension):
    result = clean(encode(two_colour((30, 10)), fmt))

    assert result.content_type == content_type == ALLOWED_FORMATS[fmt]
    assert result.extension == extension
    assert (result.width, result.height) == (30, 10)
    assert result.sha256 == hashlib.sha256(result.content).hexdigest()
    assert reopen(result.content).format == fmt


def test_it_reads_an_upload_that_a_form_has_already_read():
    upload = Upload(encode(two_colour(), "PNG"))
    upload.read()

    assert clean_image(upload, **LIMITS).width == 40


def test_it_uses_the_limits_from_settings_when_none_are_given(monkeypatch):
    fake = SimpleNamespace(MEDIA_MAX_IMAGE_BYTES=100, MEDIA_MAX_IMAGE_PIXELS=40_000_000)
    monkeypatch.setattr("django.conf.settings", fake)

    with pytest.raises(ImageRejected, match="limit"):
        clean_image(encode(two_colour(), "PNG"))


# --- Files that are refused, with a message a comms officer can act on ---------------


def rejection(data: bytes, **limits: int) -> str:
    """The message for a refused upload, checked not to repeat its name or contents."""
    with pytest.raises(ImageRejected) as refused:
        clean_image(Upload(data), **{**LIMITS, **limits})
    message = refused.value.message
    assert message == str(refused.value)
    assert message.endswith(".")
    for private in ("jane", "mrn", "12345678", UPLOAD_NAME):
        assert private not in message.lower()
    return message


def test_it_refuses_a_text_file_renamed_to_jpg():
    message = rejection(b"Jane Doe, bed 4B, MRN 12345678: discharged Tuesday.\n")

    assert message == "This file is not an image. Upload a JPEG, PNG, GIF or WebP."


def test_it_refuses_a_pdf():
    message = rejection(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

    assert message == "This file is not an image. Upload a JPEG, PNG, GIF or WebP."


def test_it_refuses_a_truncated_jpeg():
    whole = encode(
        Image.frombytes("RGB", (64, 64), random.Random(1).randbytes(64 * 64 * 3)), "JPEG"
    )

    message = rejection(whole[: len(whole) // 2])

    assert "damaged or incomplete" in message
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_it_refuses_a_file_over_the_size_limit_without_reading_all_of_it():
    upload = Upload(b"\xff\xd8" + b"\x00" * 50_000)
    with pytest.raises(ImageRejected) as refused:
        clean_image(upload, max_bytes=10_000, max_pixels=LIMITS["max_pixels"])

    assert upload.tell() == 10_001
    assert "larger than the" in refused.value.message
    assert "MB limit" in refused.value.message
    assert "5 MB limit" in rejection(b"\x00" * (5 * 1024 * 1024 + 1))


def test_it_refuses_a_decompression_bomb_before_decoding_it():
    # 36 megapixels: under Pillow's own bomb threshold (about 89), so only our limit stops it.
    bomb = png_claiming(6_000, 6_000)
    assert len(bomb) < 50_000  # tiny on disk, 36 million pixels once decoded

    message = rejection(bomb, max_pixels=1_000_000)

    assert "too many pixels" in message
    assert "1 megapixels" in message


def test_it_refuses_what_pillow_flags_as_a_bomb_without_changing_pillows_limit():
    pillow_limit = Image.MAX_IMAGE_PIXELS
    bomb = png_claiming(100_000, 1_000)  # over Pillow's own warning threshold

    message = rejection(bomb, max_pixels=10**12)

    assert "too many pixels" in message
    assert pillow_limit == Image.MAX_IMAGE_PIXELS


def test_it_refuses_an_animation_whose_frames_add_up_to_too_many_pixels():
    frames = [Image.new("RGB", (100, 100), (i * 20, 0, 0)) for i in range(10)]
    animation = encode(frames[0], "GIF", save_all=True, append_images=frames[1:])

    assert "counting every frame" in rejection(animation, max_pixels=50_000)


@pytest.mark.parametrize("fmt", ["BMP", "TIFF"])
def test_it_refuses_other_image_formats_and_says_which_are_accepted(fmt):
    message = rejection(encode(two_colour(), fmt))

    assert message == f"{fmt} images are not accepted. Upload a JPEG, PNG, GIF or WebP."


def test_it_refuses_an_empty_file():
    assert "empty" in rejection(b"")


def test_it_refuses_an_image_that_grows_past_the_limit_when_cleaned():
    # Noise saved at low quality grows when re-encoded at quality 90.
    noise = Image.frombytes("RGB", (128, 128), random.Random(2).randbytes(128 * 128 * 3))
    original = encode(noise, "JPEG", quality=10)

    message = rejection(original, max_bytes=len(original) + 10)

    assert "Once its hidden information is removed" in message
