"""Bytes on the wire: parts sent from a pool of threads, and control requests, with retries.

``Transfer`` sends a ``Round`` of parts (one multipart upload id, or one PutObject) from a few
threads; each part is streamed from the source in chunks that are read once, CRC'd once and
sent (memory: threads × one chunk), and confirmed only when the server's CRC64 for it matches.
Transient failures are retried with backoff, expired credentials renewed, a part that arrives
damaged sent again. ``call`` does the same for the one-shot requests (HEAD, Initiate, ListParts,
Complete).
"""

from __future__ import annotations

import logging
import queue
import random
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from imageimporter.core.checkpoint import PartRecord
from imageimporter.core.crc64 import crc64
from imageimporter.core.errors import AppError
from imageimporter.core.progress import UploadState
from imageimporter.core.text import Text
from imageimporter.core.upload_plan import BandwidthLimiter, Part, RetryPolicy
from imageimporter.core.upload_source import UploadSource
from imageimporter.services.upload.client import (
    FailureKind,
    OssTarget,
    ProviderAdapter,
    UploadError,
    VerificationError,
    classify,
)
from imageimporter.services.upload.events import PROGRESS_INTERVAL, Progress

log = logging.getLogger(__name__)

T = TypeVar("T")

# After a cancel, how long to wait for parts on the wire to notice before returning anyway.
CANCEL_GRACE = 0.8
# Objects are stored as Standard whatever the bucket's default: ECS cannot import from an
# Archive or Cold Archive object (it would have to be restored first).
STANDARD_STORAGE = {"x-oss-storage-class": "Standard"}


class Stopped(Exception):
    """The work was stopped (cancel, or another part failed for good)."""


class UploadGone(Exception):
    """The server no longer knows the multipart upload (NoSuchUpload)."""


class NotFound(Exception):
    """No such object (HeadObject)."""


class CrcMismatch(Exception):
    def __init__(self, part: int, local: int, server: int) -> None:
        super().__init__(f"part {part}: CRC64 {server} on the server, {local} here")
        self.part = part
        self.local = local
        self.server = server


class SourceFailed(Exception):
    """The source could not deliver a part's bytes while it was being sent (carried past the
    HTTP stack, which would take an OSError for a network failure)."""

    def __init__(self, error: AppError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class Control:
    """What ``cancel()`` sets, read by every thread of the upload."""

    cancel: threading.Event = field(default_factory=threading.Event)
    wake: threading.Event = field(default_factory=threading.Event)  # a worker ended, or cancel
    discard: bool = False  # under Progress.lock


@dataclass
class Round:
    """One pass of workers over the pending parts of one upload id."""

    upload_id: str | None  # None: a simple upload (PutObject)
    pending: queue.SimpleQueue[Part]
    # Called with each confirmed part, outside any lock (the checkpoint's save).
    on_confirm: Callable[[PartRecord], None] | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None
    closed: bool = False  # the coordinator left this round; late answers are ignored
    workers: list[threading.Thread] = field(default_factory=list)
    results: dict[int, PartRecord] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        upload_id: str | None,
        parts: list[Part],
        on_confirm: Callable[[PartRecord], None] | None = None,
    ) -> Round:
        pending: queue.SimpleQueue[Part] = queue.SimpleQueue()
        for part in parts:
            pending.put(part)
        return cls(upload_id, pending, on_confirm)


class PartBody:
    """A part's request body, streamed from the source: each chunk is read once, in increasing
    offsets, added to the part's CRC64 and handed to the socket; the bandwidth limit and the
    stop flag are checked between chunks."""

    def __init__(
        self,
        source: UploadSource,
        part: Part,
        *,
        chunk: int,
        limiter: BandwidthLimiter,
        stop: threading.Event,
        on_sent: Callable[[int], None],
    ) -> None:
        self._source = source
        self._part = part
        self._chunk = chunk
        self._limiter = limiter
        self._stop = stop
        self._on_sent = on_sent
        self.crc = 0
        self.sent = 0

    def __len__(self) -> int:
        return self._part.size

    def __iter__(self) -> Iterator[memoryview]:
        self.crc = 0
        self.sent = 0
        while self.sent < self._part.size:
            if self._stop.is_set():
                raise Stopped
            want = min(self._chunk, self._part.size - self.sent)
            wait = self._limiter.reserve(want)
            if wait > 0 and self._stop.wait(wait):
                raise Stopped
            try:
                data = self._source.read_at(self._part.offset + self.sent, want)
            except AppError as exc:
                raise SourceFailed(exc) from exc
            self.crc = crc64(data, self.crc)
            yield memoryview(data)
            self.sent += want
            self._on_sent(want)


class Transfer:
    """The requests of one upload to one object: parts in rounds, and control requests."""

    def __init__(
        self,
        target: OssTarget,
        key: str,
        *,
        retry: RetryPolicy,
        provider: ProviderAdapter,
        limiter: BandwidthLimiter,
        progress: Progress,
        control: Control,
        clock: Callable[[], float],
    ) -> None:
        self.target = target
        self.key = key
        self._retry = retry
        self._provider = provider
        self._limiter = limiter
        self._progress = progress
        self._control = control
        self._clock = clock
        self._random = random.Random()
        self.bucket: Any = None  # the oss2.Bucket, while the upload runs
        self.source: UploadSource | None = None

    # -- rounds of parts ---------------------------------------------------------------------
    def run_round(self, round_: Round, threads: int) -> None:
        """Send the round's parts from ``threads`` threads; returns when all are confirmed,
        raises the first lasting failure (``Stopped`` after a cancel)."""
        control = self._control
        for index in range(threads):
            worker = threading.Thread(
                target=self._worker, args=(round_,), name=f"upload-part-{index}", daemon=True
            )
            round_.workers.append(worker)
        for worker in round_.workers:
            worker.start()
        cancel_deadline: float | None = None
        while True:
            self._progress.emit()
            alive = [w for w in round_.workers if w.is_alive()]
            if not alive:
                break
            if control.cancel.is_set() and not round_.stop.is_set():
                round_.stop.set()
                self._progress.set_state(UploadState.CANCELLING)
                cancel_deadline = self._clock() + CANCEL_GRACE
            if round_.error is not None:
                round_.stop.set()
                if cancel_deadline is None:
                    cancel_deadline = self._clock() + CANCEL_GRACE
            if cancel_deadline is not None and self._clock() >= cancel_deadline:
                break  # parts still on the wire give up on their own; their results are ignored
            control.wake.wait(PROGRESS_INTERVAL)
            control.wake.clear()
        with self._progress.lock:
            # Nothing a late worker does from now on may touch the checkpoint or the counters
            # (a part it still gets confirmed is found by ListParts on the next run).
            round_.stop.set()
            round_.closed = True
            self._progress.clear_in_flight_locked()
        if control.cancel.is_set():
            raise Stopped
        if round_.error is not None:
            raise round_.error
        if round_.upload_id is None and 1 not in round_.results:  # pragma: no cover
            raise UploadError(Text.of("The upload ended without an answer from the server."))

    def _worker(self, round_: Round) -> None:
        try:
            while not round_.stop.is_set():
                try:
                    part = round_.pending.get_nowait()
                except queue.Empty:
                    return
                self._part_with_retries(round_, part)
        except Stopped:
            pass
        except BaseException as exc:
            self._fail(round_, exc)
        finally:
            self._control.wake.set()

    def _fail(self, round_: Round, exc: BaseException) -> None:
        with self._progress.lock:
            if round_.error is None:
                round_.error = exc
            round_.stop.set()

    def _part_with_retries(self, round_: Round, part: Part) -> None:
        policy = self._retry
        attempt = 0
        refreshes = 0
        while True:
            attempt += 1
            generation = self._provider.generation
            try:
                record = self._send_part(round_, part)
            except SourceFailed as exc:
                self._progress.part_dropped(part.number)
                raise exc.error from None
            except (Stopped, AppError):
                self._progress.part_dropped(part.number)
                raise
            except CrcMismatch as exc:
                self._progress.part_dropped(part.number)
                if policy.gives_up_after(attempt):
                    raise VerificationError(
                        Text.of(
                            "Part {number} (bytes {offset:,} to {end:,}) arrived damaged "
                            "{attempt} times: OSS computed CRC64 {server}, the file has {local}.",
                            number=part.number,
                            offset=part.offset,
                            end=part.offset + part.size - 1,
                            attempt=attempt,
                            server=exc.server,
                            local=exc.local,
                        ),
                        Text.of(
                            "Check the network (a proxy or faulty hardware may alter data), then "
                            "run the upload again.",
                        ),
                    ) from None
                self._retry_wait(round_, part, attempt, "arrived damaged (CRC64 mismatch)")
                continue
            except Exception as exc:
                self._progress.part_dropped(part.number)
                failure = classify(exc, self.target, self._provider.current)
                if failure.kind is FailureKind.EXPIRED:
                    if refreshes < 3 and self.refresh(generation):
                        refreshes += 1
                        attempt -= 1
                        continue
                    raise failure.error from None
                if failure.kind is FailureKind.UPLOAD_GONE:
                    raise UploadGone from None
                if failure.kind is not FailureKind.TRANSIENT:
                    raise failure.error from None
                if policy.gives_up_after(attempt):
                    raise UploadError(
                        Text.of(
                            "Part {number} failed {attempt} times; the last time: {message}",
                            number=part.number,
                            attempt=attempt,
                            message=failure.error.message,
                        ),
                        Text.of("Run the upload again when the connection is back: it resumes."),
                        failure.error.code,
                        failure.error.request_id,
                        transient=True,
                    ) from None
                self._retry_wait(round_, part, attempt, failure.summary)
                continue
            self._confirm(round_, part, record)
            return

    def _send_part(self, round_: Round, part: Part) -> PartRecord:
        if round_.stop.is_set():
            raise Stopped
        assert self.source is not None
        self._progress.part_started(part.number)
        body = PartBody(
            self.source,
            part,
            chunk=self._limiter.chunk_size(),
            limiter=self._limiter,
            stop=round_.stop,
            on_sent=lambda size: self._progress.part_sent(part.number, size),
        )
        data: Any = body if part.size else b""
        if round_.upload_id is None:
            result = self.bucket.put_object(self.key, data, headers=STANDARD_STORAGE)
        else:
            result = self.bucket.upload_part(self.key, round_.upload_id, part.number, data)
        if body.sent != part.size:  # pragma: no cover - the HTTP stack sends the whole body
            raise Stopped
        if result.crc is None:
            raise VerificationError(
                Text.of(
                    "OSS did not report the CRC64 of part {number}, so it cannot be verified.",
                    number=part.number,
                ),
                Text.of("Check that the endpoint is Alibaba Cloud OSS."),
            )
        if int(result.crc) != body.crc:
            raise CrcMismatch(part.number, body.crc, int(result.crc))
        return PartRecord(part.number, part.size, str(result.etag), body.crc)

    def _confirm(self, round_: Round, part: Part, record: PartRecord) -> None:
        with self._progress.lock:
            if round_.closed or (self._control.cancel.is_set() and self._control.discard):
                return
            self._progress.part_confirmed_locked(part.number, part.size)
            round_.results[part.number] = record
        # Not under the lock: a slow disk must not hold up progress, cancel() or other parts.
        if round_.on_confirm is not None:
            round_.on_confirm(record)

    def _retry_wait(self, round_: Round, part: Part, attempt: int, summary: str) -> None:
        policy = self._retry
        delay = policy.delay(attempt, self._random.random())
        self._progress.retry_waiting(
            f"Part {part.number}: {summary}; retrying in {delay:.1f} s "
            f"(attempt {attempt + 1} of {policy.max_attempts})"
        )
        self._control.wake.set()
        try:
            if round_.stop.wait(delay):
                raise Stopped
        finally:
            self._progress.retry_waited()

    def refresh(self, generation: int) -> bool:
        """Renew the credentials after OSS said they expired (once for all threads)."""
        try:
            refreshed = self._provider.refresh(generation)
        except AppError:
            raise
        except Exception as exc:
            raise UploadError(
                Text.of(
                    "The temporary credentials expired and renewing them failed: {exc}.",
                    exc=exc,
                ),
                Text.of("Get new credentials, then run the upload again: it resumes."),
            ) from exc
        if refreshed:
            self._progress.notice(
                "The temporary credentials expired; continuing with renewed ones."
            )
        return refreshed

    # -- control requests (HEAD, Init, ListParts, Complete, Abort) -----------------------------
    def call(self, what: str, request: Callable[[], T]) -> T:
        """``request()`` with retries; ``NotFound`` and ``UploadGone`` for those answers."""
        policy = self._retry
        attempt = 0
        refreshes = 0
        while True:
            if self._control.cancel.is_set():
                raise Stopped
            attempt += 1
            generation = self._provider.generation
            try:
                return request()
            except Exception as exc:
                failure = classify(exc, self.target, self._provider.current)
                if failure.kind is FailureKind.NOT_FOUND:
                    raise NotFound from None
                if failure.kind is FailureKind.UPLOAD_GONE:
                    raise UploadGone from None
                if failure.kind is FailureKind.EXPIRED:
                    if refreshes < 3 and self.refresh(generation):
                        refreshes += 1
                        attempt -= 1
                        continue
                    raise failure.error from None
                if failure.kind is not FailureKind.TRANSIENT or policy.gives_up_after(attempt):
                    if failure.kind is FailureKind.TRANSIENT:
                        raise UploadError(
                            Text.of(
                                "Could not {what}: {message}",
                                what=what,
                                message=failure.error.message,
                            ),
                            failure.error.action,
                            failure.error.code,
                            failure.error.request_id,
                            transient=True,
                        ) from None
                    raise failure.error from None
                delay = policy.delay(attempt, self._random.random())
                self._progress.request_retried(f"Could not {what} ({failure.summary}); retrying")
                self._progress.emit()
                if self._control.cancel.wait(delay):
                    raise Stopped from None

    def abort_quietly(self, upload_id: str) -> None:
        try:
            self.bucket.abort_multipart_upload(self.key, upload_id)
        except Exception as exc:
            log.info("could not abort upload %s: %r", upload_id, exc)
