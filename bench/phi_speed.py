"""The PHI scanner's speed: it runs on every draft save and again at submit, approval
and publishing, once per field of the post.

- phi_first_scan: importing `compliance.phi` and its first scan, in a fresh process: the
  first scan loads the word lists (first names, vocabulary) and compiles the patterns;
  everything after is cached.
- phi_scan: single-core throughput and per-post latency (median, p99, max) over a few
  hundred varied posts (patient stories, staff spotlights, events, health tips, English
  and Spanish, 40 to 500 characters), each scanned once per round, several rounds.
- phi_long_post: one Facebook-length post (about 2,000 characters).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from compliance import phi

ROUNDS = 5

_FIRST = [
    "Ava",
    "Mateo",
    "Jayden",
    "Sofía",
    "Liam",
    "Valentina",
    "Hope",
    "Grace",
    "Noah",
    "Kinsley",
]
_STAFF = ["Dr. Patel", "Nurse Kim", "Maria Lopez, RN", "our chaplain, John", "Dr. Ramírez"]
_TEMPLATES = [
    "Little {first} went home today after {n} days in our NICU! 💙 #Team{first}",
    "Welcome to the world, {first}! Born {month} {day} at {n} weeks. #NICUgrad",
    "Happy {age}th birthday to our patient, Mrs. {first} Delgado! 🎉",
    "{first}'s mom says the care team became family. Thank you, {staff}!",
    "La pequeña {first} salió hoy de la UCI neonatal después de {n} días. #Fuerza{first}",
    "Join {staff} for a free heart health talk on {month} {day} at 6 p.m. in the lobby.",
    "Flu shots are free at our outpatient clinic, Monday through Friday, 8 a.m. to 5 p.m.",
    "Meet {staff}! She has been a NICU nurse for {n} years. #NursesWeek",
    "Living with Parkinson's? Our support group meets every Tuesday. Call (555) 010-2000.",
    "1 in 3 adults over 65 falls each year. Learn how to prevent falls at riverside.example/falls",
    "Florence Nightingale changed nursing forever. Happy Nurses Week to our amazing team!",
    "Patient MRN {mrn} in room {n}B: release pending. Call her husband at 617-555-0134.",
    "Únete a nuestra feria de salud el {day} de mayo en el parque. ¡Vacunas gratis!",
    "Our 102-year-old patient {first} turned {age} this week and shared her secret: dancing.",
    "October is Breast Cancer Awareness Month. Schedule your mammogram today. #PinkOctober",
    "Thanks to the generosity of John and Mary Smith, the Smith Family Pavilion opens in June.",
    "so proud of {lower}!! she finally got to go home after {n} weeks in the picu",
    "Wash your hands for 20 seconds and stay home when you are sick. #FluFighters",
]
_FILLER = (
    " Our team is proud to care for families across the region, every day and every night,"
    " with compassion, skill and a lot of heart."
)


def _posts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    posts = []
    for i in range(count):
        first = rng.choice(_FIRST)
        text = rng.choice(_TEMPLATES).format(
            first=first,
            lower=first.lower(),
            staff=rng.choice(_STAFF),
            n=rng.randint(2, 120),
            age=rng.randint(90, 105),
            day=rng.randint(1, 28),
            month=rng.choice(["June", "March", "Oct."]),
            mrn=rng.randint(10_000_000, 99_999_999),
        )
        text += _FILLER * (i % 4)  # 40 to ~500 characters
        posts.append(text[:500])
    return posts


def _first_scan_ms() -> dict:
    """Import and first scan in a fresh process, where nothing is loaded or cached yet."""
    code = (
        "import json, time\n"
        "start = time.perf_counter()\n"
        "from compliance import phi\n"
        "imported = time.perf_counter()\n"
        "phi.scan('Little Ava went home today.', context=phi.OrgContext())\n"
        "done = time.perf_counter()\n"
        "print(json.dumps([imported - start, done - imported]))\n"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(  # noqa: S603 - our own interpreter and code, no input
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    imported, first = json.loads(out.stdout)
    return {"import_ms": round(imported * 1000, 1), "first_scan_ms": round(first * 1000, 1)}


def run() -> Iterator[dict]:
    context = phi.OrgContext(
        name="Riverside Children's Hospital",
        phone_numbers=("(555) 010-2000",),
        domains=("riverside.example",),
        handles=("RiversideKids",),
    )
    yield {"bench": "phi_first_scan", **_first_scan_ms()}

    posts = _posts(400)
    phi.scan(posts[0], context=context)  # warm up: load the lists once, as a server would
    samples = []
    for _ in range(ROUNDS):
        for text in posts:
            start = time.perf_counter()
            phi.scan(text, context=context)
            samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    yield {
        "bench": "phi_scan",
        "posts": len(posts),
        "rounds": ROUNDS,
        "mean_chars": round(statistics.mean(len(p) for p in posts)),
        "posts_per_second": round(len(samples) / (sum(samples) / 1000)),
        "ms_p50": round(statistics.median(samples), 3),
        "ms_p99": round(samples[int(len(samples) * 0.99) - 1], 3),
        "ms_max": round(samples[-1], 3),
    }

    long = " ".join(posts[:12])[:2000]
    samples = []
    for _ in range(20):
        start = time.perf_counter()
        phi.scan(long, context=context)
        samples.append((time.perf_counter() - start) * 1000)
    yield {
        "bench": "phi_long_post",
        "chars": len(long),
        "ms_p50": round(statistics.median(samples), 3),
    }
