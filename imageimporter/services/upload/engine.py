"""The upload engine: one upload source to one OSS object, resumable, parallel and verified.

``Upload(...).run()`` runs in the caller's thread (a GUI worker thread, or the CLI's main
thread) and returns an ``UploadResult``, raises ``UploadCancelled`` after ``cancel()``, or
raises an ``AppError``. The source is an ``UploadSource``: a plain file (``FileUploadSource``)
or a stream generated from a disk. Parts go out from a small pool of threads (one, in order,
for a sequential-only source); each part is streamed from the source in chunks that are read
once, CRC'd once and sent (memory: threads × one chunk, whatever the source's or the parts'
size), and confirmed only when the server's CRC64 for it matches. Progress events are sent
from the caller's thread, a few a second.
"""

from __future__ import annotations

import logging
import queue
import random
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

import oss2

from imageimporter.core.checkpoint import (
    CheckpointError,
    CheckpointStore,
    PartRecord,
    UploadCheckpoint,
    checkpoint_id,
    source_change,
    source_path,
)
from imageimporter.core.crc64 import crc64, crc64_of_parts
from imageimporter.core.errors import AppError
from imageimporter.core.paths import AppFolderError
from imageimporter.core.progress import (
    ProgressThrottle,
    RateMeter,
    UploadProgress,
    UploadState,
    eta_seconds,
)
from imageimporter.core.text import Text
from imageimporter.core.units import format_size
from imageimporter.core.upload_plan import (
    BandwidthLimiter,
    Part,
    PlanError,
    RetryPolicy,
    UploadPlan,
    plan_upload,
)
from imageimporter.core.upload_source import FileUploadSource, UploadSource
from imageimporter.services.upload.client import (
    DEFAULT_TIMEOUT,
    CredentialsSource,
    FailureKind,
    LocalFileError,
    OssTarget,
    ProviderAdapter,
    ServerPart,
    UploadError,
    VerificationError,
    classify,
    close_bucket,
    list_parts,
    make_bucket,
)
from imageimporter.services.upload.lock import upload_lock

log = logging.getLogger(__name__)

T = TypeVar("T")

# Progress events at most this often (state changes and final events always go out).
PROGRESS_INTERVAL = 0.25
# After a cancel, how long to wait for parts on the wire to notice before returning anyway.
CANCEL_GRACE = 0.8
# How often the engine may start a new multipart upload in one run when the server loses one.
MAX_RESTARTS = 2
# Objects are stored as Standard whatever the bucket's default: ECS cannot import from an
# Archive or Cold Archive object (it would have to be restored first).
STANDARD_STORAGE = {"x-oss-storage-class": "Standard"}
# Reading the source to compare it with what the server has.
CHECK_CHUNK = 8 << 20


class UploadCancelled(Exception):
    """``run()`` stopped because ``cancel()`` was called."""

    def __init__(self, discarded: bool, message: str) -> None:
        super().__init__(message)
        self.discarded = discarded
        self.message = message


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


@dataclass(frozen=True)
class UploadOptions:
    part_size: int | None = None  # None: chosen from the file size
    threads: int | None = None  # None: the measured default
    limit_rate: int | None = None  # bytes per second, None: unlimited
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class UploadResult:
    bucket: str
    key: str
    size: int
    crc64: int
    parts: int  # 0 for a simple (single request) upload or a skipped one
    bytes_sent: int  # request body bytes this run sent, retries included
    resumed: bool  # parts confirmed before this run were kept
    seconds: float
    skipped: bool = False  # the object was already there, same size and CRC64
    recovered: str | None = None  # "listparts": parts adopted from the server; "restarted"
    retries: int = 0  # failed attempts (of parts and of other requests) that were retried
    notices: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "bucket": self.bucket,
            "key": self.key,
            "size": self.size,
            # A decimal string, as OSS writes it: 64-bit values lose digits in JSON doubles.
            "crc64": str(self.crc64),
            "parts": self.parts,
            "bytes_sent": self.bytes_sent,
            "resumed": self.resumed,
            "seconds": round(self.seconds, 3),
            "skipped": self.skipped,
            "recovered": self.recovered,
            "retries": self.retries,
            "notices": list(self.notices),
        }


# -- internal control flow -----------------------------------------------------------------------
class _Stopped(Exception):
    """The round was stopped (cancel, or another part failed for good)."""


class _UploadGone(Exception):
    """The server no longer knows the multipart upload."""


class _CrcMismatch(Exception):
    def __init__(self, part: int, local: int, server: int) -> None:
        super().__init__(f"part {part}: CRC64 {server} on the server, {local} here")
        self.part = part
        self.local = local
        self.server = server


class _SourceFailed(Exception):
    """The source could not deliver a part's bytes while it was being sent (carried past the
    HTTP stack, which would take an OSError for a network failure)."""

    def __init__(self, error: AppError) -> None:
        super().__init__(error.message)
        self.error = error


@dataclass
class _Round:
    """One pass of workers over the pending parts of one upload id."""

    upload_id: str | None  # None: a simple upload (PutObject)
    pending: queue.SimpleQueue[Part]
    stop: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None
    closed: bool = False  # the coordinator left this round; late answers are ignored
    workers: list[threading.Thread] = field(default_factory=list)
    results: dict[int, PartRecord] = field(default_factory=dict)


class _Body:
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
                raise _Stopped
            want = min(self._chunk, self._part.size - self.sent)
            wait = self._limiter.reserve(want)
            if wait > 0 and self._stop.wait(wait):
                raise _Stopped
            try:
                data = self._source.read_at(self._part.offset + self.sent, want)
            except AppError as exc:
                raise _SourceFailed(exc) from exc
            self.crc = crc64(data, self.crc)
            yield memoryview(data)
            self.sent += want
            self._on_sent(want)


class Upload:
    """One upload job. Create it, call ``run()`` in a worker thread, ``cancel()`` from any."""

    def __init__(
        self,
        source: UploadSource | Path,
        target: OssTarget,
        key: str,
        credentials: CredentialsSource,
        *,
        options: UploadOptions | None = None,
        listener: UploadListener | None = None,
        store: CheckpointStore | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # A path is a plain file, opened (and closed) by run(); a source object stays the
        # caller's to close.
        self._given = source
        self._source: UploadSource | None = None
        self._identity: dict[str, Any] = {}  # the source's, read once by run()
        self.target = target
        self.key = key
        self.options = options or UploadOptions()
        self._listener = listener or NullListener()
        self._store = store or CheckpointStore()
        self._clock = clock
        self._provider = ProviderAdapter(credentials)
        self._limiter = BandwidthLimiter(self.options.limit_rate)
        self._cancel = threading.Event()
        self._discard = False
        self._wake = threading.Event()  # a worker finished or the job was cancelled
        self._lock = threading.Lock()  # counters and state; never held during I/O
        self._save_lock = threading.Lock()  # the checkpoint's parts and its file
        self._random = random.Random()
        # Progress counters (under _lock).
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
        self._checkpoint: UploadCheckpoint | None = None
        self._checkpoint_open = True
        self._bucket: Any = None

    # -- public --------------------------------------------------------------------------------
    @property
    def state(self) -> UploadState:
        return self._state

    @property
    def name(self) -> str:
        """The source's name for people."""
        return self._given.name

    def cancel(self, discard: bool = False) -> None:
        """Stop within a second. ``discard``: also abort the multipart upload on the server
        and remove the checkpoint; otherwise the checkpoint stays and a later run resumes."""
        with self._lock:
            self._discard = self._discard or discard
        self._cancel.set()
        self._wake.set()

    def set_limit_rate(self, rate: int | None) -> None:
        """Change the bandwidth limit while the upload runs (None: unlimited)."""
        self._limiter.set_rate(rate)

    def run(self) -> UploadResult:
        self._run_thread = threading.get_ident()
        started = self._clock()
        try:
            result = self._run(started)
        except UploadCancelled:
            raise
        except _Stopped:
            raise self._finish_cancel() from None
        except AppError as exc:
            self._set_state(UploadState.FAILED, message=str(exc))
            raise
        except PlanError as exc:
            self._set_state(UploadState.FAILED, message=str(exc))
            raise UploadError(
                Text.of(
                    "Cannot upload {name}: {exc}.",
                    name=self.name,
                    exc=exc,
                )
            ) from exc
        except Exception as exc:
            # Every failure reaches the caller as an AppError (the GUI's failed(error) path).
            log.exception("upload failed unexpectedly")
            error = UploadError(
                Text.of(
                    "The upload failed unexpectedly: {exc!r}.",
                    exc=exc,
                )
            )
            self._set_state(UploadState.FAILED, message=error.message)
            raise error from exc
        self._set_state(UploadState.SUCCEEDED)
        return result

    # -- the flow ------------------------------------------------------------------------------
    def _run(self, started: float) -> UploadResult:
        self._set_state(UploadState.PREPARING)
        if isinstance(self._given, Path):
            if self._cancel.is_set():
                raise _Stopped
            self._source = self._open_file(self._given)
            try:
                return self._run_source(self._source, started)
            finally:
                self._source.close()
        self._source = self._given
        return self._run_source(self._given, started)

    def _run_source(self, source: UploadSource, started: float) -> UploadResult:
        identity = self._identity = source.identity()
        size = source.size
        # A sequential-only source is read front to back: one part at a time, in order.
        threads = 1 if source.sequential_only else self.options.threads
        plan = plan_upload(size, self.options.part_size, threads)
        with self._lock:
            self._total = size
        with upload_lock(
            self._store.directory,
            checkpoint_id(*self._checkpoint_key),
            f"oss://{self.target.bucket}/{self.key}",
        ):
            try:
                return self._run_locked(source, identity, plan, threads, started)
            except _Stopped:
                # Still holding the lock: a discard aborts before another process may resume.
                raise self._finish_cancel() from None

    def _run_locked(
        self,
        source: UploadSource,
        identity: dict[str, Any],
        plan: UploadPlan,
        threads: int | None,
        started: float,
    ) -> UploadResult:
        size = source.size
        self._bucket = make_bucket(
            self.target, self._provider, pool_size=plan.threads + 2, timeout=self.options.timeout
        )
        try:
            checkpoint = self._load_checkpoint(identity)
            if checkpoint is not None and checkpoint.part_size != plan.part_size:
                # A resume keeps the parts it has: same part size as the earlier attempt.
                if self.options.part_size is not None:
                    self._notice(
                        f"Resuming with the part size of the earlier attempt, "
                        f"{format_size(checkpoint.part_size)}, instead of "
                        f"{format_size(plan.part_size)}."
                    )
                plan = plan_upload(size, checkpoint.part_size, threads)
            existing = self._existing_object_matches(size)
            if existing is not None:
                if checkpoint is not None:
                    self._abort_quietly(checkpoint.upload_id)
                    self._delete_checkpoint()
                self._notice(
                    f"{self.key} is already in bucket {self.target.bucket} with the same size "
                    "and CRC64; nothing to upload."
                )
                return self._result(size, existing, 0, False, started, skipped=True)
            if not plan.multipart:
                if checkpoint is not None:
                    self._abort_quietly(checkpoint.upload_id)
                    self._delete_checkpoint()
                return self._simple_upload(size, plan, started)
            return self._multipart_upload(identity, plan, checkpoint, started)
        finally:
            close_bucket(self._bucket)

    @staticmethod
    def _open_file(path: Path) -> FileUploadSource:
        try:
            return FileUploadSource(path)
        except AppError as exc:
            raise LocalFileError(exc.message, exc.action) from exc

    @property
    def _checkpoint_key(self) -> tuple[str, str, str, str, str]:
        """(endpoint, bucket, key, path, kind): which checkpoint file is this upload's."""
        identity = self._identity
        return (
            self.target.endpoint,
            self.target.bucket,
            self.key,
            source_path(identity),
            str(identity["kind"]),
        )

    def _existing_object_matches(self, size: int) -> int | None:
        """The object's CRC64 when the object is already there with the source's size and
        CRC64."""
        try:
            head = self._call(
                Text.of("check the existing object"), lambda: self._bucket.head_object(self.key)
            )
        except _NotFound:
            return None
        server_crc = head.server_crc
        if head.content_length != size or server_crc is None:
            return None
        storage_class = head.headers.get("x-oss-storage-class", "Standard")
        if storage_class != "Standard":
            self._notice(
                Text.of(
                    "{key} is already in the bucket but stored as {storage_class}, which ECS "
                    "cannot import; uploading it again as Standard.",
                    key=self.key,
                    storage_class=storage_class,
                )
            )
            return None
        self._notice(
            f"{self.key} already exists with the same size; reading the file to compare CRC64."
        )
        local_crc = self._crc_of_range(0, size)
        if local_crc != server_crc:
            self._notice(f"{self.key} exists but its content differs; it will be replaced.")
            return None
        return int(server_crc)

    # -- simple upload -------------------------------------------------------------------------
    def _simple_upload(self, size: int, plan: UploadPlan, started: float) -> UploadResult:
        part = plan.part(1)
        round_ = _Round(upload_id=None, pending=queue.SimpleQueue())
        round_.pending.put(part)
        self._set_state(UploadState.UPLOADING)
        self._run_round(round_, threads=1)
        record = round_.results[1]
        self._check_source_unchanged()
        return self._result(size, record.crc64, 0, False, started)

    # -- multipart upload ----------------------------------------------------------------------
    def _multipart_upload(
        self,
        identity: dict[str, Any],
        plan: UploadPlan,
        checkpoint: UploadCheckpoint | None,
        started: float,
    ) -> UploadResult:
        resumed = False
        recovered: str | None = None
        # Parts confirmed by an earlier run: their bytes were read then, not now, so they are
        # read again and compared before the object is completed (a file changed in place with
        # its size and time kept would otherwise end up mixed into the object).
        earlier: set[int] = set()
        if checkpoint is not None:
            recorded = set(checkpoint.parts)
            outcome = self._reconcile(checkpoint, plan)
            if outcome is None:
                self._notice(
                    "The unfinished upload is gone from the server (aborted or expired); "
                    "starting over from the first part."
                )
                self._delete_checkpoint()
                checkpoint = None
                recovered = "restarted"
            else:
                resumed = bool(checkpoint.parts)
                earlier = recorded & set(checkpoint.parts)
                if outcome:
                    recovered = "listparts"
        restarts = 0
        while True:
            if checkpoint is None:
                checkpoint = self._new_upload(identity, plan)
                earlier = set()
            self._checkpoint = checkpoint
            with self._lock:
                self._confirmed = checkpoint.confirmed_bytes
            pending = [p for p in plan.parts() if p.number not in checkpoint.parts]
            round_ = _Round(upload_id=checkpoint.upload_id, pending=queue.SimpleQueue())
            for part in pending:
                round_.pending.put(part)
            self._set_state(UploadState.UPLOADING)
            try:
                self._run_round(round_, threads=min(plan.threads, max(1, len(pending))))
            except _UploadGone:
                restarts += 1
                if restarts > MAX_RESTARTS:
                    raise UploadError(
                        Text.of("The server keeps losing the unfinished upload."),
                        Text.of(
                            "Check whether something aborts multipart uploads in this bucket (a "
                            "lifecycle rule), then try again.",
                        ),
                        code="NoSuchUpload",
                    ) from None
                self._notice(
                    "The unfinished upload was aborted on the server; starting over from the "
                    "first part."
                )
                self._delete_checkpoint()
                checkpoint = None
                recovered = "restarted"
                resumed = False
                continue
            self._check_source_unchanged()
            stale = self._stale_parts(checkpoint, plan, earlier)
            earlier = set()
            if not stale:
                break
            self._notice(
                Text.of(
                    "{count} part(s) sent by an earlier attempt differ from {name} now (parts "
                    "{numbers}); sending them again.",
                    count=len(stale),
                    name=self.name,
                    numbers=", ".join(str(n) for n in stale),
                )
            )
            with self._save_lock:
                for number in stale:
                    del checkpoint.parts[number]
                self._store.save(checkpoint)
        crc = self._complete(checkpoint, plan)
        self._delete_checkpoint()
        return self._result(
            plan.file_size, crc, plan.part_count, resumed, started, recovered=recovered
        )

    def _new_upload(self, identity: dict[str, Any], plan: UploadPlan) -> UploadCheckpoint:
        result = self._call(
            Text.of("start the upload"),
            lambda: self._bucket.init_multipart_upload(self.key, headers=STANDARD_STORAGE),
        )
        checkpoint = UploadCheckpoint(
            endpoint=self.target.endpoint,
            bucket=self.target.bucket,
            key=self.key,
            upload_id=str(result.upload_id),
            part_size=plan.part_size,
            source=identity,
        )
        try:
            with self._save_lock:
                self._checkpoint_open = True
                self._store.save(checkpoint)
        except AppFolderError:
            # Nothing recorded, so no later run could resume it: leave nothing on the server.
            self._abort_quietly(checkpoint.upload_id)
            raise
        return checkpoint

    def _load_checkpoint(self, identity: dict[str, Any]) -> UploadCheckpoint | None:
        try:
            checkpoint = self._store.load(*self._checkpoint_key)
        except CheckpointError as exc:
            self._notice(
                f"The checkpoint of an earlier attempt is unusable ({exc}); starting over."
            )
            self._delete_checkpoint()
            return None
        if checkpoint is None:
            return None
        change = source_change(checkpoint.source, identity)
        if change is not None:
            self._notice(
                Text.of(
                    "{name} changed since the last attempt ({change}); starting the upload over.",
                    name=self.name,
                    change=change,
                )
            )
            self._abort_quietly(checkpoint.upload_id)
            self._delete_checkpoint()
            return None
        return checkpoint

    def _reconcile(self, checkpoint: UploadCheckpoint, plan: UploadPlan) -> bool | None:
        """Make the checkpoint agree with ListParts. None: the upload id is gone; True: parts
        the checkpoint had not recorded were recovered from the server; False: nothing new."""
        try:
            server = self._call(
                Text.of("list the parts already uploaded"),
                lambda: list_parts(self._bucket, self.key, checkpoint.upload_id),
            )
        except _Gone:
            return None
        expected = {p.number: p for p in plan.parts()}
        on_server: dict[int, ServerPart] = {p.number: p for p in server}
        kept: dict[int, PartRecord] = {}
        for number, record in checkpoint.parts.items():
            found = on_server.get(number)
            if found is not None and found.etag == record.etag and found.size == record.size:
                kept[number] = record
        missing = len(checkpoint.parts) - len(kept)
        adopted = 0
        self._set_state(UploadState.CHECKING)
        for number, found in sorted(on_server.items()):
            if number in kept or number not in expected or found.crc64 is None:
                continue
            part = expected[number]
            if found.size != part.size:
                continue
            if self._crc_of_range(part.offset, part.size) == found.crc64:
                kept[number] = PartRecord(number, part.size, found.etag, found.crc64)
                adopted += 1
        checkpoint.parts = kept
        self._store.save(checkpoint)
        if missing:
            self._notice(
                f"{missing} part(s) recorded in the checkpoint are not on the server; they "
                "will be sent again."
            )
        if adopted:
            self._notice(
                f"Recovered {adopted} part(s) from the server's list of uploaded parts "
                "(checked against the file's CRC64)."
            )
        done = checkpoint.confirmed_bytes
        self._notice(
            f"Resuming: {len(kept)} of {plan.part_count} parts ({format_size(done)} of "
            f"{format_size(plan.file_size)}) are already on the server."
        )
        return adopted > 0

    def _complete(self, checkpoint: UploadCheckpoint, plan: UploadPlan) -> int:
        self._set_state(UploadState.COMPLETING)
        records = [checkpoint.parts[p.number] for p in plan.parts()]
        expected = crc64_of_parts((r.crc64, r.size) for r in records)
        part_infos = [oss2.models.PartInfo(r.number, r.etag) for r in records]
        try:
            result = self._call(
                Text.of("complete the upload"),
                lambda: self._bucket.complete_multipart_upload(
                    self.key, checkpoint.upload_id, part_infos
                ),
            )
            server_crc = result.crc
        except _Gone:
            # A Complete whose answer was lost, then retried: the object may be there.
            server_crc = None
        if server_crc is None:
            # Either Complete's answer was lost (then the object is there, whole), or the
            # server dropped the upload before completing it.
            try:
                head = self._call(
                    Text.of("check the object"), lambda: self._bucket.head_object(self.key)
                )
            except _NotFound:
                head = None
            if (
                head is None
                or head.content_length != plan.file_size
                or head.server_crc is None
                or int(head.server_crc) != expected
            ):
                self._delete_checkpoint()
                raise UploadError(
                    Text.of(
                        "The unfinished upload disappeared from the server before it could be "
                        "completed (aborted or expired).",
                    ),
                    Text.of("Run the upload again; it starts over."),
                    code="NoSuchUpload",
                    transient=True,
                )
            server_crc = head.server_crc
        if server_crc is None:
            raise VerificationError(
                Text.of("OSS did not report the object's CRC64, so the upload cannot be verified."),
                Text.of("Check that the endpoint is Alibaba Cloud OSS."),
            )
        if int(server_crc) != expected:
            raise VerificationError(
                Text.of(
                    "The object {key} in OSS has CRC64 {server_crc}, but the file's parts add up "
                    "to {expected}, although each part matched when it was sent.",
                    key=self.key,
                    server_crc=server_crc,
                    expected=expected,
                ),
                Text.of("Delete the object and upload the file again."),
            )
        return expected

    def _stale_parts(
        self, checkpoint: UploadCheckpoint, plan: UploadPlan, numbers: set[int]
    ) -> list[int]:
        """The parts among ``numbers`` whose bytes read now have another CRC64 than recorded."""
        ranges = [plan.part(number) for number in sorted(numbers)]
        crcs = self._crc_of_ranges([(part.offset, part.size) for part in ranges])
        return [
            part.number
            for part, crc in zip(ranges, crcs, strict=True)
            if crc != checkpoint.parts[part.number].crc64
        ]

    def _check_source_unchanged(self) -> None:
        assert self._source is not None
        change = self._source.changed()
        if change is not None:
            raise LocalFileError(
                Text.of(
                    "{name} changed while it was being uploaded ({change}).",
                    name=self.name,
                    change=change,
                ),
                Text.of(
                    "Leave the file alone (shut the virtual machine down) and run the upload "
                    "again; it starts over.",
                ),
            )

    # -- the workers ---------------------------------------------------------------------------
    def _run_round(self, round_: _Round, threads: int) -> None:
        for index in range(threads):
            worker = threading.Thread(
                target=self._worker, args=(round_,), name=f"upload-part-{index}", daemon=True
            )
            round_.workers.append(worker)
        for worker in round_.workers:
            worker.start()
        cancel_deadline: float | None = None
        while True:
            self._emit()
            alive = [w for w in round_.workers if w.is_alive()]
            if not alive:
                break
            if self._cancel.is_set() and not round_.stop.is_set():
                round_.stop.set()
                self._set_state(UploadState.CANCELLING)
                cancel_deadline = self._clock() + CANCEL_GRACE
            if round_.error is not None:
                round_.stop.set()
                if cancel_deadline is None:
                    cancel_deadline = self._clock() + CANCEL_GRACE
            if cancel_deadline is not None and self._clock() >= cancel_deadline:
                break  # parts still on the wire give up on their own; their results are ignored
            self._wake.wait(PROGRESS_INTERVAL)
            self._wake.clear()
        with self._lock:
            # Nothing a late worker does from now on may touch the checkpoint or the counters
            # (a part it still gets confirmed is found by ListParts on the next run).
            round_.stop.set()
            round_.closed = True
            self._in_flight.clear()
        if self._cancel.is_set():
            raise _Stopped
        if round_.error is not None:
            raise round_.error
        if round_.upload_id is None and 1 not in round_.results:  # pragma: no cover
            raise UploadError(Text.of("The upload ended without an answer from the server."))

    def _worker(self, round_: _Round) -> None:
        try:
            while not round_.stop.is_set():
                try:
                    part = round_.pending.get_nowait()
                except queue.Empty:
                    return
                self._part_with_retries(round_, part)
        except _Stopped:
            pass
        except BaseException as exc:
            self._fail(round_, exc)
        finally:
            self._wake.set()

    def _fail(self, round_: _Round, exc: BaseException) -> None:
        with self._lock:
            if round_.error is None:
                round_.error = exc
            round_.stop.set()

    def _part_with_retries(self, round_: _Round, part: Part) -> None:
        policy = self.options.retry
        attempt = 0
        refreshes = 0
        while True:
            attempt += 1
            generation = self._provider.generation
            try:
                record = self._send_part(round_, part)
            except _SourceFailed as exc:
                self._forget_in_flight(part)
                raise exc.error from None
            except _Stopped:
                self._forget_in_flight(part)
                raise
            except AppError:
                self._forget_in_flight(part)
                raise
            except _CrcMismatch as exc:
                self._forget_in_flight(part)
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
                self._forget_in_flight(part)
                failure = classify(exc, self.target, self._provider.current)
                if failure.kind is FailureKind.EXPIRED:
                    if refreshes < 3 and self._refresh(generation):
                        refreshes += 1
                        attempt -= 1
                        continue
                    raise failure.error from None
                if failure.kind is FailureKind.UPLOAD_GONE:
                    raise _UploadGone from None
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

    def _send_part(self, round_: _Round, part: Part) -> PartRecord:
        if round_.stop.is_set():
            raise _Stopped
        with self._lock:
            self._in_flight[part.number] = 0

        def on_sent(size: int) -> None:
            with self._lock:
                self._sent_total += size
                if part.number in self._in_flight:
                    self._in_flight[part.number] += size

        assert self._source is not None
        body = _Body(
            self._source,
            part,
            chunk=self._limiter.chunk_size(),
            limiter=self._limiter,
            stop=round_.stop,
            on_sent=on_sent,
        )
        data: Any = body if part.size else b""
        if round_.upload_id is None:
            result = self._bucket.put_object(self.key, data, headers=STANDARD_STORAGE)
        else:
            result = self._bucket.upload_part(self.key, round_.upload_id, part.number, data)
        if body.sent != part.size:  # pragma: no cover - the HTTP stack sends the whole body
            raise _Stopped
        if result.crc is None:
            raise VerificationError(
                Text.of(
                    "OSS did not report the CRC64 of part {number}, so it cannot be verified.",
                    number=part.number,
                ),
                Text.of("Check that the endpoint is Alibaba Cloud OSS."),
            )
        if int(result.crc) != body.crc:
            raise _CrcMismatch(part.number, body.crc, int(result.crc))
        return PartRecord(part.number, part.size, str(result.etag), body.crc)

    def _confirm(self, round_: _Round, part: Part, record: PartRecord) -> None:
        with self._lock:
            if round_.closed or (self._cancel.is_set() and self._discard):
                return
            self._in_flight.pop(part.number, None)
            round_.results[part.number] = record
            self._confirmed += part.size
            checkpoint = self._checkpoint if round_.upload_id is not None else None
        if checkpoint is None or checkpoint.upload_id != round_.upload_id:
            return
        # Not under _lock: a slow disk must not hold up progress, cancel() or other parts.
        with self._save_lock:
            if self._checkpoint_open:
                checkpoint.parts[part.number] = record
                self._store.save(checkpoint)

    def _forget_in_flight(self, part: Part) -> None:
        with self._lock:
            self._in_flight.pop(part.number, None)

    def _retry_wait(self, round_: _Round, part: Part, attempt: int, summary: str) -> None:
        policy = self.options.retry
        delay = policy.delay(attempt, self._random.random())
        with self._lock:
            self._retries += 1
            self._retrying += 1
            self._message = (
                f"Part {part.number}: {summary}; retrying in {delay:.1f} s "
                f"(attempt {attempt + 1} of {policy.max_attempts})"
            )
        log.info("%s", self._message)
        self._wake.set()
        try:
            if round_.stop.wait(delay):
                raise _Stopped
        finally:
            with self._lock:
                self._retrying -= 1

    def _refresh(self, generation: int) -> bool:
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
            self._notice("The temporary credentials expired; continuing with renewed ones.")
        return refreshed

    # -- control requests (HEAD, Init, ListParts, Complete, Abort) -------------------------------
    def _call(self, what: str, request: Callable[[], T]) -> T:
        policy = self.options.retry
        attempt = 0
        refreshes = 0
        while True:
            if self._cancel.is_set():
                raise _Stopped
            attempt += 1
            generation = self._provider.generation
            try:
                return request()
            except Exception as exc:
                failure = classify(exc, self.target, self._provider.current)
                if failure.kind is FailureKind.NOT_FOUND:
                    raise _NotFound from None
                if failure.kind is FailureKind.UPLOAD_GONE:
                    raise _Gone from None
                if failure.kind is FailureKind.EXPIRED:
                    if refreshes < 3 and self._refresh(generation):
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
                with self._lock:
                    self._retries += 1
                    self._message = f"Could not {what} ({failure.summary}); retrying"
                self._emit()
                if self._cancel.wait(delay):
                    raise _Stopped from None

    def _abort_quietly(self, upload_id: str) -> None:
        try:
            self._bucket.abort_multipart_upload(self.key, upload_id)
        except Exception as exc:
            log.info("could not abort upload %s: %r", upload_id, exc)

    def _delete_checkpoint(self) -> None:
        with self._save_lock:
            self._checkpoint_open = False
            if not self._identity:
                return
            try:
                self._store.delete(*self._checkpoint_key)
            except AppFolderError as exc:
                # A stale checkpoint is harmless: the next run finds the object complete, or
                # the upload gone, and says so.
                log.warning("could not remove the checkpoint: %s", exc)

    # -- cancel --------------------------------------------------------------------------------
    def _finish_cancel(self) -> UploadCancelled:
        self._set_state(UploadState.CANCELLING)
        checkpoint = self._checkpoint
        with self._lock:
            discard = self._discard
        if discard:
            with self._save_lock:
                self._checkpoint_open = False
        if discard:
            if checkpoint is not None and self._bucket is not None:
                bucket = make_bucket(self.target, self._provider, pool_size=1, timeout=10.0)
                try:
                    bucket.abort_multipart_upload(self.key, checkpoint.upload_id)
                except Exception as exc:
                    log.info("abort after cancel failed: %r", exc)
                finally:
                    close_bucket(bucket)
            self._delete_checkpoint()
            message = "Upload cancelled; the parts sent so far were deleted from OSS."
        elif checkpoint is not None:
            message = (
                "Upload paused; "
                f"{len(checkpoint.parts)} part(s) are saved and the next run resumes from there."
            )
        else:
            message = "Upload cancelled."
        self._set_state(UploadState.CANCELLED, message=message)
        return UploadCancelled(discard, message)

    # -- reading the source --------------------------------------------------------------------
    def _crc_of_range(self, offset: int, size: int) -> int:
        return self._crc_of_ranges([(offset, size)])[0]

    def _crc_of_ranges(self, ranges: list[tuple[int, int]]) -> list[int]:
        """The CRC64 of each (offset, size) of the source, read in the order given."""
        assert self._source is not None
        if not ranges:
            return []
        self._set_state(UploadState.CHECKING)
        self._check_meter.reset()
        total = sum(size for _, size in ranges)
        done = 0
        crcs = []
        for offset, size in ranges:
            crc = 0
            position = 0
            while position < size:
                if self._cancel.is_set():
                    raise _Stopped
                data = self._source.read_at(offset + position, min(CHECK_CHUNK, size - position))
                crc = crc64(data, crc)
                position += len(data)
                done += len(data)
                self._emit(checked=done, checking=total)
            crcs.append(crc)
        return crcs

    # -- events --------------------------------------------------------------------------------
    def _notice(self, text: str) -> None:
        """Tell the user; from a worker thread, the text waits for the next progress tick so
        that the listener is only ever called from the thread running ``run()``."""
        log.info("%s", text)
        with self._lock:
            self._notices.append(text)
            self._unsent_notices.append(text)
        if threading.get_ident() == self._run_thread:
            self._flush_notices()

    def _flush_notices(self) -> None:
        with self._lock:
            unsent, self._unsent_notices = self._unsent_notices, []
        for text in unsent:
            self._listener.notice(text)

    def _set_state(self, state: UploadState, message: str = "") -> None:
        with self._lock:
            self._state = state
            if message or state.final:
                self._message = message
        self._emit(force=True)

    def _emit(self, force: bool = False, checked: int = 0, checking: int = 0) -> None:
        self._flush_notices()
        now = self._clock()
        with self._lock:
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

    def _result(
        self,
        size: int,
        crc: int,
        parts: int,
        resumed: bool,
        started: float,
        *,
        skipped: bool = False,
        recovered: str | None = None,
    ) -> UploadResult:
        with self._lock:
            self._confirmed = size
            self._in_flight.clear()
            sent = self._sent_total
            retries = self._retries
        return UploadResult(
            bucket=self.target.bucket,
            key=self.key,
            size=size,
            crc64=crc,
            parts=parts,
            bytes_sent=sent,
            resumed=resumed,
            seconds=self._clock() - started,
            skipped=skipped,
            recovered=recovered,
            retries=retries,
            notices=tuple(self._notices),
        )


class _NotFound(Exception):
    pass


class _Gone(Exception):
    pass
