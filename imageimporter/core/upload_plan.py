"""How an upload is cut and paced: part size, thread count, retry backoff and bandwidth limit.

Pure rules, no I/O and no SDK. OSS limits (see ``shared/reference/api-notes.md``): at most
10,000 parts, each 100 KB to 5 GB except the last, which may be smaller; a simple upload
(PutObject) takes at most 5 GB.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from imageimporter.core.units import format_size

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB
TiB = 1024 * GiB

MAX_PARTS = 10_000
MIN_PART_SIZE = 100 * KiB  # OSS's smallest part (except the last one)
MAX_PART_SIZE = 5 * GiB
SIMPLE_UPLOAD_LIMIT = 5 * GiB
MAX_OBJECT_SIZE = MAX_PARTS * MAX_PART_SIZE

# The smallest part size the engine picks by itself. Smaller parts cost a request each (and a
# checkpoint write); larger ones lose more work when a connection drops mid-part. The benchmark
# (benchmarks/bench_upload.py) measured 16 to 64 MiB as equally fast on loopback; 16 MiB keeps
# a dropped part cheap on slow links.
DEFAULT_MIN_PART_SIZE = 16 * MiB
# Parts are rounded up to whole MiB so that sizes read well in logs and checkpoints.
PART_SIZE_GRANULE = MiB
# Parts sent at the same time by default: measured by the benchmark (4 saturates loopback on
# two cores and hides a real link's latency; 8 gained nothing and doubles the in-flight work
# lost on a crash).
DEFAULT_THREADS = 4
MAX_THREADS = 64


class PlanError(ValueError):
    """A part size or thread count that cannot work; the message says which value would."""


@dataclass(frozen=True)
class Part:
    number: int  # 1-based, as OSS numbers parts
    offset: int
    size: int


@dataclass(frozen=True)
class UploadPlan:
    file_size: int
    part_size: int
    threads: int

    @property
    def part_count(self) -> int:
        return part_count(self.file_size, self.part_size)

    @property
    def multipart(self) -> bool:
        """False: the file fits in one request (PutObject); True: multipart upload."""
        return self.file_size > self.part_size

    def parts(self) -> list[Part]:
        return part_ranges(self.file_size, self.part_size)

    def part(self, number: int) -> Part:
        offset = (number - 1) * self.part_size
        if number < 1 or offset >= max(self.file_size, 1):
            raise IndexError(number)
        return Part(number, offset, min(self.part_size, self.file_size - offset))


def _round_up(value: int, granule: int) -> int:
    return -(-value // granule) * granule


def part_count(file_size: int, part_size: int) -> int:
    return max(1, -(-file_size // part_size))


def part_ranges(file_size: int, part_size: int) -> list[Part]:
    """Every part of a file, in order; a 0-byte file has one empty part."""
    if file_size == 0:
        return [Part(1, 0, 0)]
    return [
        Part(n + 1, offset, min(part_size, file_size - offset))
        for n, offset in enumerate(range(0, file_size, part_size))
    ]


def choose_part_size(file_size: int, minimum: int = DEFAULT_MIN_PART_SIZE) -> int:
    """The part size for a file: ``minimum``, or larger when the file needs it to fit in
    10,000 parts (a 2 TiB disk gets 210 MiB parts)."""
    if file_size < 0:
        raise ValueError("file size must not be negative")
    needed = _round_up(-(-file_size // MAX_PARTS), PART_SIZE_GRANULE)
    return min(max(minimum, needed), MAX_PART_SIZE)


def check_part_size(file_size: int, part_size: int) -> None:
    """Raise PlanError when ``part_size`` cannot upload a file of ``file_size`` bytes."""
    if part_size < MIN_PART_SIZE:
        raise PlanError(
            f"the part size {format_size(part_size)} is below OSS's minimum of "
            f"{format_size(MIN_PART_SIZE)}"
        )
    if part_size > MAX_PART_SIZE:
        raise PlanError(
            f"the part size {format_size(part_size)} is above OSS's maximum of "
            f"{format_size(MAX_PART_SIZE)}"
        )
    if file_size > MAX_OBJECT_SIZE:
        raise PlanError(
            f"the file is {format_size(file_size)}; OSS objects can be at most "
            f"{format_size(MAX_OBJECT_SIZE)}"
        )
    if part_count(file_size, part_size) > MAX_PARTS:
        smallest = _round_up(-(-file_size // MAX_PARTS), PART_SIZE_GRANULE)
        raise PlanError(
            f"with {format_size(part_size)} parts the file needs "
            f"{part_count(file_size, part_size):,} parts, more than OSS's {MAX_PARTS:,}; "
            f"use parts of at least {format_size(smallest)}"
        )


def plan_upload(
    file_size: int, part_size: int | None = None, threads: int | None = None
) -> UploadPlan:
    """Part size and threads for a file: the given values, checked, or the defaults."""
    if part_size is None:
        part_size = choose_part_size(file_size)
    check_part_size(file_size, part_size)
    if threads is None:
        threads = DEFAULT_THREADS
    if not 1 <= threads <= MAX_THREADS:
        raise PlanError(f"the thread count must be between 1 and {MAX_THREADS}, not {threads}")
    threads = min(threads, part_count(file_size, part_size))
    return UploadPlan(file_size=file_size, part_size=part_size, threads=threads)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with jitter, bounded in attempts and in delay.

    Attempt 1 is the first try; ``delay(n)`` is the wait before attempt ``n + 1``. With the
    defaults a part is tried 8 times over at most about a minute of waiting.
    """

    max_attempts: int = 8
    base_delay: float = 0.5
    max_delay: float = 20.0
    multiplier: float = 2.0

    def delay(self, attempt: int, jitter: float) -> float:
        """Seconds to wait after failed attempt ``attempt`` (1-based); ``jitter`` in [0, 1).

        "Equal jitter": half of the exponential step is fixed, half random, so retries of
        parts that failed together spread out but never come back at once.
        """
        step = min(self.max_delay, self.base_delay * self.multiplier ** (attempt - 1))
        return step / 2 + step / 2 * jitter

    def gives_up_after(self, attempt: int) -> bool:
        return attempt >= self.max_attempts


class BandwidthLimiter:
    """A token bucket shared by every connection of one upload (bytes per second).

    ``reserve(n)`` books ``n`` bytes and returns how long the caller must wait before sending
    them; the limit can change while the upload runs (``None``: unlimited). Thread-safe.
    """

    # Idle time that may be made up later (keeps the average near the limit after short pauses,
    # never a burst longer than this).
    BURST_SECONDS = 0.25

    def __init__(self, rate: int | None, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._rate = rate
        self._next_free = clock()

    @property
    def rate(self) -> int | None:
        return self._rate

    def set_rate(self, rate: int | None) -> None:
        if rate is not None and rate <= 0:
            raise ValueError("the rate must be more than zero")
        with self._lock:
            self._rate = rate
            self._next_free = self._clock()

    def reserve(self, size: int) -> float:
        with self._lock:
            rate = self._rate
            if not rate:
                return 0.0
            now = self._clock()
            start = max(self._next_free, now - self.BURST_SECONDS)
            self._next_free = start + size / rate
            return max(0.0, start - now)

    def chunk_size(self, default: int = 256 * KiB) -> int:
        """How many bytes to send at a time: small enough under a low limit that sending one
        chunk takes about a tenth of a second (cancel stays prompt, the rate stays smooth)."""
        rate = self._rate
        if not rate:
            return default
        return max(16 * KiB, min(default, rate // 10))
