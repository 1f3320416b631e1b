"""The editor's costs: the live counter round trip, and the post list as posts grow.

- analyze: median server time of one live-counter request (runs on every pause in
  typing) for a typical health tip and for a long Facebook post.
- clean_image: median time to check and rebuild a 12-megapixel phone photo (JPEG
  with EXIF) and a 2-megapixel PNG, the work done on every upload.
- post_list: median time of the post list page with 50 and with 500 posts, and their
  ratio; the page is paginated with a constant number of queries, so it should stay
  close to 1.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from posts.models import Topic
from posts.services import PostContent, create_post

REPEATS = 50

TIP = (
    "Flu season is here. A flu shot is the best way to protect yourself and the people "
    "you love. Walk-in flu shots are free at our outpatient clinic 💉"
)


def _median_ms(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    fn()  # warm up
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def _client() -> Client:
    user, _ = get_user_model().objects.get_or_create(username="bench-comms")
    user.groups.set(Group.objects.filter(name="Comms"))
    client = Client()
    client.force_login(user)
    return client


def _add_posts(count: int) -> None:
    author = get_user_model().objects.get(username="bench-comms")
    topic = Topic.objects.first()
    for i in range(count):
        create_post(
            author=author,
            content=PostContent(title=f"Tip {i}", topic=topic, body=TIP, hashtags="#FluSeason"),
        )


def _photo(fmt: str, size: tuple[int, int]) -> bytes:
    from io import BytesIO

    from PIL import Image

    # A gradient, not a flat colour: it compresses like a photo, not like a logo.
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    out = BytesIO()
    image.save(out, fmt, **({"exif": exif, "quality": 92} if fmt == "JPEG" else {}))
    return out.getvalue()


def run() -> Iterator[dict]:
    from posts.media import clean_image

    photo, png = _photo("JPEG", (4032, 3024)), _photo("PNG", (1600, 1200))
    yield {
        "bench": "clean_image",
        "jpeg_12mp_ms_p50": _median_ms(lambda: clean_image(photo), repeats=10),
        "jpeg_12mp_bytes": len(photo),
        "png_2mp_ms_p50": _median_ms(lambda: clean_image(png), repeats=10),
    }

    client = _client()
    url = reverse("posts:analyze")
    typical = {"body": TIP, "hashtags": "#FluSeason", "link": "https://hospital.example/flu"}
    long = {"body": " ".join([TIP] * 60)}
    yield {
        "bench": "analyze",
        "typical_post_ms_p50": _median_ms(lambda: client.post(url, typical)),
        "long_post_ms_p50": _median_ms(lambda: client.post(url, long)),
        "repeats": REPEATS,
    }

    list_url = reverse("posts:list")
    _add_posts(50)
    at_50 = _median_ms(lambda: client.get(list_url), repeats=20)
    with CaptureQueriesContext(connection) as q50:
        client.get(list_url)
    _add_posts(450)
    at_500 = _median_ms(lambda: client.get(list_url), repeats=20)
    with CaptureQueriesContext(connection) as q500:
        client.get(list_url)
    yield {
        "bench": "post_list",
        "ms_p50_at_50_posts": at_50,
        "ms_p50_at_500_posts": at_500,
        "ratio_500_to_50": round(at_500 / at_50, 2),
        "queries_at_50": len(q50),
        "queries_at_500": len(q500),
    }
