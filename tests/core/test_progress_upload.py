"""Rolling speed, ETA and progress event throttling."""

from __future__ import annotations

import pytest

from imageimporter.core.progress import (
    ProgressThrottle,
    RateMeter,
    UploadProgress,
    UploadState,
    eta_seconds,
)


def test_speed_needs_half_a_second_of_samples() -> None:
    meter = RateMeter(window=10)
    assert meter.speed() is None
    meter.add(0.0, 0)
    meter.add(0.2, 1000)
    assert meter.speed() is None
    meter.add(1.0, 4000)
    assert meter.speed() == pytest.approx(4000.0)


def test_speed_is_a_rolling_window_and_falls_during_a_stall() -> None:
    meter = RateMeter(window=10)
    for second in range(0, 61):
        meter.add(float(second), second * 1_000_000)  # 1 MB/s for a minute
    assert meter.speed() == pytest.approx(1_000_000)
    for second in range(61, 66):
        meter.add(float(second), 60_000_000)  # then nothing for five seconds
    assert meter.speed() == pytest.approx(500_000)
    for second in range(66, 80):
        meter.add(float(second), 60_000_000)
    assert meter.speed() == 0.0
    with pytest.raises(ValueError, match="time order"):
        meter.add(1.0, 0)


def test_eta() -> None:
    assert eta_seconds(1000, 100.0) == 10.0
    assert eta_seconds(0, None) == 0.0
    assert eta_seconds(1000, None) is None
    assert eta_seconds(1000, 0.0) is None


def event(state: UploadState = UploadState.UPLOADING, **kwargs: object) -> UploadProgress:
    values: dict[str, object] = {"done": 0, "total": 100}
    values.update(kwargs)
    return UploadProgress(state, **values)  # type: ignore[arg-type]


def test_throttle_lets_a_few_events_a_second_through() -> None:
    throttle = ProgressThrottle(interval=0.25)
    times = [i * 0.01 for i in range(100)]  # 100 events in one second
    passed = [t for t in times if throttle.should_emit(t, event(done=int(t * 100)))]
    assert 4 <= len(passed) <= 5


def test_throttle_never_drops_state_changes_retries_or_final_events() -> None:
    throttle = ProgressThrottle(interval=10)
    assert throttle.should_emit(0.0, event())
    assert not throttle.should_emit(0.1, event(done=5))
    assert throttle.should_emit(0.2, event(retrying=1, message="Part 3: HTTP 503; retrying"))
    assert throttle.should_emit(0.3, event(UploadState.COMPLETING))
    assert throttle.should_emit(0.4, event(UploadState.SUCCEEDED))
    assert throttle.should_emit(0.5, event(UploadState.SUCCEEDED))


def test_fraction() -> None:
    assert event(done=50).fraction == 0.5
    assert event(done=0, total=0).fraction == 0.0
    assert event(UploadState.SUCCEEDED, done=0, total=0).fraction == 1.0
    assert UploadState.CANCELLED.final
    assert not UploadState.CANCELLING.final
