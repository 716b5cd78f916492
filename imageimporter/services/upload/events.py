"""What an upload tells its listener: progress a few times a second, and notices for people.

``Progress`` keeps the upload's counters (bytes confirmed, bytes on the wire per part, retries)
under one lock, never held during I/O, and calls the listener only from the thread running
``Upload.run()``: a notice from a worker thread waits for the next progress tick.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from imageimporter.core.progress import (
    ProgressThrottle,
    RateMeter,
    UploadProgress,
    UploadState,
    eta_seconds,
)

log = logging.getLogger(__name__)

# Progress events at most this often (state changes and final events always go out).
PROGRESS_INTERVAL = 0.25


class UploadListener(Protocol):
    def progress(self, event: UploadProgress) -> None:
        """Bytes done and total, speed, ETA, retries and the state; a few times a second."""

    def notice(self, text: str) -> None:
        """Something the user should read: resuming, starting over and why, skipping."""


class NullListener:
    def progress(self, event: UploadProgress) -> None:
        pass

    def notice(self, text: str) -> None:
        pass


class Progress:
    """The counters of one upload and the events made from them."""

    def __init__(self, listener: UploadListener, clock: Callable[[], float]) -> None:
        self._listener = listener
        self._clock = clock
        # Counters and state; never held during I/O. Also guards a round's closing (transfer).
        self.lock = threading.Lock()
        self._state = UploadState.PREPARING
        self._total = 0
        self._confirmed = 0
        self._in_flight: dict[int, int] = {}
        self._sent_total = 0
        self._retries = 0
        self._retrying = 0
        self._message = ""
        self._notices: list[str] = []
        self._unsent_notices: list[str] = []
        self._run_thread: int | None = None
        self._meter = RateMeter()
        self._check_meter = RateMeter()
        self._throttle = ProgressThrottle(PROGRESS_INTERVAL)

    @property
    def state(self) -> UploadState:
        return self._state

    @property
    def notices(self) -> tuple[str, ...]:
        return tuple(self._notices)

    def started(self) -> None:
        """``run()`` started in the calling thread: the only one the listener is called from."""
        self._run_thread = threading.get_ident()

    # -- counters ----------------------------------------------------------------------------
    def set_total(self, total: int) -> None:
        with self.lock:
            self._total = total

    def set_confirmed(self, confirmed: int) -> None:
        with self.lock:
            self._confirmed = confirmed

    def part_started(self, number: int) -> None:
        with self.lock:
            self._in_flight[number] = 0

    def part_sent(self, number: int, size: int) -> None:
        with self.lock:
            self._sent_total += size
            if number in self._in_flight:
                self._in_flight[number] += size

    def part_dropped(self, number: int) -> None:
        with self.lock:
            self._in_flight.pop(number, None)

    def part_confirmed_locked(self, number: int, size: int) -> None:
        """Under ``lock``, held by the caller with the round's own state."""
        self._in_flight.pop(number, None)
        self._confirmed += size

    def clear_in_flight_locked(self) -> None:
        self._in_flight.clear()

    def retry_waiting(self, message: str) -> None:
        with self.lock:
            self._retries += 1
            self._retrying += 1
            self._message = message
        log.info("%s", message)

    def retry_waited(self) -> None:
        with self.lock:
            self._retrying -= 1

    def request_retried(self, message: str) -> None:
        with self.lock:
            self._retries += 1
            self._message = message

    def finished(self, size: int) -> tuple[int, int]:
        """Everything is confirmed; (bytes sent, retries) of this run."""
        with self.lock:
            self._confirmed = size
            self._in_flight.clear()
            return self._sent_total, self._retries

    # -- events ------------------------------------------------------------------------------
    def notice(self, text: str) -> None:
        """Tell the user; from a worker thread, the text waits for the next progress tick so
        that the listener is only ever called from the thread running ``run()``."""
        log.info("%s", text)
        with self.lock:
            self._notices.append(text)
            self._unsent_notices.append(text)
        if threading.get_ident() == self._run_thread:
            self.flush_notices()

    def flush_notices(self) -> None:
        with self.lock:
            unsent, self._unsent_notices = self._unsent_notices, []
        for text in unsent:
            self._listener.notice(text)

    def set_state(self, state: UploadState, message: str = "") -> None:
        with self.lock:
            self._state = state
            if message or state.final:
                self._message = message
        self.emit(force=True)

    def checking(self) -> None:
        """A check of the source's bytes starts: its own speed."""
        self._check_meter.reset()

    def emit(self, force: bool = False, checked: int = 0, checking: int = 0) -> None:
        self.flush_notices()
        now = self._clock()
        with self.lock:
            if checking:
                done, total = checked, checking
                self._check_meter.add(now, checked)
                speed = self._check_meter.speed()
            else:
                done = self._confirmed + sum(self._in_flight.values())
                total = self._total
                self._meter.add(now, self._sent_total)
                speed = self._meter.speed()
            event = UploadProgress(
                state=self._state,
                done=min(done, total) if total else done,
                total=total,
                speed=speed,
                eta=eta_seconds(total - done, speed),
                retries=self._retries,
                retrying=self._retrying,
                message=self._message,
            )
            emit = self._throttle.should_emit(now, event) or (force and event.state.final)
        if emit or force:
            self._listener.progress(event)
