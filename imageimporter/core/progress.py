"""Progress of a long transfer: named states, rolling speed and ETA, and event throttling.

The upload engine reports ``UploadProgress`` values; a GUI worker turns them into its
``progress(done, total)`` signal, the CLI into a bar. Speed uses a rolling window so that a
stall shows as a falling speed within seconds, not as a lifetime average.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from enum import StrEnum


class UploadState(StrEnum):
    """Where an upload is. Exactly one at a time; the last three are final."""

    PREPARING = "preparing"  # reading the file's identity, the checkpoint, the server's state
    CHECKING = "checking"  # reading local data to compare with what the server already has
    UPLOADING = "uploading"
    COMPLETING = "completing"  # CompleteMultipartUpload and whole-object verification
    CANCELLING = "cancelling"
    SUCCEEDED = "succeeded"
    CANCELLED = "cancelled"
    FAILED = "failed"

    @property
    def final(self) -> bool:
        return self in (UploadState.SUCCEEDED, UploadState.CANCELLED, UploadState.FAILED)


@dataclass(frozen=True)
class UploadProgress:
    state: UploadState
    done: int  # bytes confirmed by the server plus bytes of parts on their way
    total: int
    speed: float | None = None  # bytes per second over the last seconds; None: not known yet
    eta: float | None = None  # seconds; None: not known
    retries: int = 0  # failed attempts retried so far
    retrying: int = 0  # parts waiting to be tried again right now
    message: str = ""  # what is happening, in words (the last retried failure, ...)

    @property
    def fraction(self) -> float:
        if self.total <= 0:
            return 1.0 if self.state is UploadState.SUCCEEDED else 0.0
        return min(1.0, self.done / self.total)


class RateMeter:
    """Bytes per second over a rolling window of samples of a growing byte counter."""

    def __init__(self, window: float = 10.0, minimum_span: float = 0.5) -> None:
        if window <= 0:
            raise ValueError("window must be positive")
        self._window = window
        self._minimum_span = minimum_span
        self._samples: deque[tuple[float, int]] = deque()

    def add(self, now: float, counter: int) -> None:
        """Record the counter's value at time ``now`` (monotonic seconds)."""
        if self._samples and now < self._samples[-1][0]:
            raise ValueError("samples must be added in time order")
        self._samples.append((now, counter))
        # Keep one sample at or before the window's start as the baseline.
        while len(self._samples) >= 2 and self._samples[1][0] <= now - self._window:
            self._samples.popleft()

    def speed(self) -> float | None:
        """Bytes per second between the window's oldest and newest samples, or None when the
        samples span too short a time to tell."""
        if len(self._samples) < 2:
            return None
        (t0, c0), (t1, c1) = self._samples[0], self._samples[-1]
        span = t1 - t0
        if span < self._minimum_span:
            return None
        return max(0.0, (c1 - c0) / span)

    def reset(self) -> None:
        self._samples.clear()


def eta_seconds(remaining: int, speed: float | None) -> float | None:
    """Seconds left at ``speed``; None when the speed is unknown or zero."""
    if remaining <= 0:
        return 0.0
    if not speed or speed <= 0 or not math.isfinite(speed):
        return None
    return remaining / speed


class ProgressThrottle:
    """Lets an event through at most every ``interval`` seconds, except state changes and
    final events, which always pass (the UI must never miss "done" or "retrying")."""

    def __init__(self, interval: float = 0.25) -> None:
        self._interval = interval
        self._last_time: float | None = None
        self._last_key: tuple[object, ...] | None = None

    def should_emit(self, now: float, event: UploadProgress) -> bool:
        key = (event.state, event.retrying, event.message)
        due = self._last_time is None or now - self._last_time >= self._interval
        if event.state.final or key != self._last_key or due:
            self._last_time = now
            self._last_key = key
            return True
        return False
