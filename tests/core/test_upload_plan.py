"""Part size, threads, retry backoff, bandwidth limit and size/rate parsing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from imageimporter.core.units import (
    UnitError,
    format_duration,
    format_size,
    parse_rate,
    parse_size,
)
from imageimporter.core.upload_plan import (
    DEFAULT_MIN_PART_SIZE,
    DEFAULT_THREADS,
    MAX_PART_SIZE,
    MAX_PARTS,
    BandwidthLimiter,
    GiB,
    KiB,
    MiB,
    PlanError,
    RetryPolicy,
    TiB,
    choose_part_size,
    part_count,
    part_ranges,
    plan_upload,
)


@pytest.mark.parametrize(
    ("file_size", "part_size"),
    [
        (0, DEFAULT_MIN_PART_SIZE),
        (1, DEFAULT_MIN_PART_SIZE),
        (5 * GiB, DEFAULT_MIN_PART_SIZE),
        (156 * GiB, DEFAULT_MIN_PART_SIZE),  # 9,984 parts of 16 MiB
        (157 * GiB, 17 * MiB),  # 16 MiB would need 10,048 parts
        (2 * TiB, 210 * MiB),  # the largest disk
        (MAX_PARTS * MAX_PART_SIZE, MAX_PART_SIZE),
    ],
)
def test_part_size_table(file_size: int, part_size: int) -> None:
    assert choose_part_size(file_size) == part_size
    assert part_count(file_size, part_size) <= MAX_PARTS


@given(st.integers(min_value=0, max_value=MAX_PARTS * MAX_PART_SIZE))
def test_chosen_part_size_always_fits(file_size: int) -> None:
    size = choose_part_size(file_size)
    assert DEFAULT_MIN_PART_SIZE <= size <= MAX_PART_SIZE
    assert part_count(file_size, size) <= MAX_PARTS
    assert size % MiB == 0


@given(st.integers(min_value=0, max_value=50 * GiB), st.integers(min_value=1, max_value=GiB))
def test_part_ranges_cover_the_file(file_size: int, part_size: int) -> None:
    if part_count(file_size, part_size) > 2000:
        return
    parts = part_ranges(file_size, part_size)
    assert [p.number for p in parts] == list(range(1, len(parts) + 1))
    assert sum(p.size for p in parts) == file_size
    offset = 0
    for part in parts:
        assert part.offset == offset
        offset += part.size
    assert all(p.size == part_size for p in parts[:-1])


def test_plan_defaults_and_limits() -> None:
    plan = plan_upload(100 * MiB)
    assert plan.part_size == DEFAULT_MIN_PART_SIZE
    assert plan.threads == DEFAULT_THREADS
    assert plan.multipart
    assert plan.part_count == 7
    assert plan.part(7).size == 100 * MiB - 6 * 16 * MiB
    small = plan_upload(10, threads=8)
    assert not small.multipart
    assert small.threads == 1
    assert plan_upload(0).parts()[0].size == 0


@pytest.mark.parametrize(
    ("file_size", "part_size", "words"),
    [
        (GiB, 50 * KiB, "below OSS's minimum"),
        (GiB, 6 * GiB, "above OSS's maximum"),
        (2 * TiB, 100 * MiB, "use parts of at least 210 MiB"),
        (60 * TiB, MAX_PART_SIZE, "at most"),
    ],
)
def test_impossible_part_sizes_say_what_works(file_size: int, part_size: int, words: str) -> None:
    with pytest.raises(PlanError, match=words):
        plan_upload(file_size, part_size)


def test_thread_count_is_checked() -> None:
    with pytest.raises(PlanError, match="between 1 and 64"):
        plan_upload(GiB, threads=0)
    assert plan_upload(GiB, MiB, threads=64).threads == 64


def test_retry_backoff_grows_is_bounded_and_jittered() -> None:
    policy = RetryPolicy(max_attempts=5, base_delay=1.0, max_delay=6.0)
    assert [policy.delay(n, 0.0) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert [policy.delay(n, 0.999) for n in (1, 4)] == pytest.approx([0.9995, 5.997])
    assert not policy.gives_up_after(4)
    assert policy.gives_up_after(5)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bandwidth_limiter_paces_to_the_rate() -> None:
    clock = FakeClock()
    limiter = BandwidthLimiter(1000, clock=clock)
    waits = [limiter.reserve(100) for _ in range(20)]
    # 2,000 bytes at 1,000 B/s: the 20th chunk of 100 bytes starts 1.9 s in.
    assert waits[0] == 0.0
    assert waits[-1] == pytest.approx(1.9)
    assert waits == sorted(waits)
    clock.now += 60  # idle for a minute: only a quarter of a second may be made up
    assert limiter.reserve(100) == 0.0
    assert limiter.reserve(1000) == 0.0
    assert limiter.reserve(100) == pytest.approx(1.1 - BandwidthLimiter.BURST_SECONDS)
    limiter.set_rate(None)
    assert limiter.reserve(10**9) == 0.0
    assert limiter.chunk_size() == 256 * KiB
    limiter.set_rate(10 * KiB)
    assert limiter.chunk_size() == 16 * KiB
    with pytest.raises(ValueError, match="more than zero"):
        limiter.set_rate(0)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("0", 0),
        ("1048576", MiB),
        ("64M", 64 * MiB),
        ("64m", 64 * MiB),
        ("64MiB", 64 * MiB),
        ("64MB", 64 * MiB),
        ("1G", GiB),
        ("1.5G", 3 * GiB // 2),
        ("100K", 100 * KiB),
        ("2T", 2 * TiB),
        (" 8 M ", 8 * MiB),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "M", "-1M", "1X", "1.2.3", "ten"])
def test_parse_size_rejects_with_an_example(text: str) -> None:
    with pytest.raises(UnitError, match="like 64M"):
        parse_size(text)


@pytest.mark.parametrize(
    ("text", "rate"),
    [("10M", 10 * MiB), ("10M/s", 10 * MiB), ("500K/s", 500 * KiB), ("1024", 1024)],
)
def test_parse_rate(text: str, rate: int) -> None:
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["0", "fast", "10M/h"])
def test_parse_rate_rejects(text: str) -> None:
    with pytest.raises(UnitError):
        parse_rate(text)


def test_formatting() -> None:
    assert format_size(0) == "0 B"
    assert format_size(1536) == "1.50 KiB"
    assert format_size(64 * MiB) == "64.0 MiB"
    assert format_size(210 * MiB) == "210 MiB"
    assert format_size(2 * TiB) == "2.00 TiB"
    assert format_duration(0.2) == "0:01"
    assert format_duration(75) == "1:15"
    assert format_duration(3 * 3600 + 129) == "3:02:09"
