"""The upload engine: one upload source to one OSS object, resumable, parallel and verified.

``Upload(...).run()`` runs in the caller's thread (a GUI worker thread, or the CLI's main
thread) and returns an ``UploadResult``, raises ``UploadCancelled`` after ``cancel()``, or
raises an ``AppError``. The source is an ``UploadSource``: a plain file (``FileUploadSource``)
or a stream generated from a disk. This module is the flow: skip an identical object, a simple
upload, or a multipart upload resumed from its checkpoint. The parts on the wire and their
retries are ``transfer``'s, the checkpoint and the reconciliation with the server
``resume``'s, the progress events ``events``'.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imageimporter.core.checkpoint import CheckpointStore, UploadCheckpoint
from imageimporter.core.errors import AppError
from imageimporter.core.progress import UploadState
from imageimporter.core.text import Text
from imageimporter.core.units import format_size
from imageimporter.core.upload_plan import (
    BandwidthLimiter,
    PlanError,
    RetryPolicy,
    UploadPlan,
    plan_upload,
)
from imageimporter.core.upload_source import FileUploadSource, UploadSource
from imageimporter.services.upload.client import (
    DEFAULT_TIMEOUT,
    CredentialsSource,
    LocalFileError,
    OssTarget,
    ProviderAdapter,
    UploadError,
    close_bucket,
    make_bucket,
)
from imageimporter.services.upload.events import NullListener, Progress, UploadListener
from imageimporter.services.upload.lock import upload_lock
from imageimporter.services.upload.resume import CheckpointKeeper
from imageimporter.services.upload.transfer import (
    Control,
    NotFound,
    Round,
    Stopped,
    Transfer,
    UploadGone,
)

log = logging.getLogger(__name__)

# How often the engine may start a new multipart upload in one run when the server loses one.
MAX_RESTARTS = 2


class UploadCancelled(Exception):
    """``run()`` stopped because ``cancel()`` was called."""

    def __init__(self, discarded: bool, message: str) -> None:
        super().__init__(message)
        self.discarded = discarded
        self.message = message


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
        self.target = target
        self.key = key
        self.options = options or UploadOptions()
        self._clock = clock
        self._provider = ProviderAdapter(credentials)
        self._limiter = BandwidthLimiter(self.options.limit_rate)
        self._control = Control()
        self._progress = Progress(listener or NullListener(), clock)
        self._transfer = Transfer(
            target,
            key,
            retry=self.options.retry,
            provider=self._provider,
            limiter=self._limiter,
            progress=self._progress,
            control=self._control,
            clock=clock,
        )
        self._keeper = CheckpointKeeper(
            store or CheckpointStore(), self._transfer, self._progress, self._control
        )

    # -- public --------------------------------------------------------------------------------
    @property
    def state(self) -> UploadState:
        return self._progress.state

    @property
    def name(self) -> str:
        """The source's name for people."""
        return self._given.name

    def cancel(self, discard: bool = False) -> None:
        """Stop within a second. ``discard``: also abort the multipart upload on the server
        and remove the checkpoint; otherwise the checkpoint stays and a later run resumes."""
        with self._progress.lock:
            self._control.discard = self._control.discard or discard
        self._control.cancel.set()
        self._control.wake.set()

    def set_limit_rate(self, rate: int | None) -> None:
        """Change the bandwidth limit while the upload runs (None: unlimited)."""
        self._limiter.set_rate(rate)

    def run(self) -> UploadResult:
        self._progress.started()
        started = self._clock()
        try:
            result = self._run(started)
        except UploadCancelled:
            raise
        except Stopped:
            raise self._finish_cancel() from None
        except AppError as exc:
            self._progress.set_state(UploadState.FAILED, message=str(exc))
            raise
        except PlanError as exc:
            self._progress.set_state(UploadState.FAILED, message=str(exc))
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
            self._progress.set_state(UploadState.FAILED, message=error.message)
            raise error from exc
        self._progress.set_state(UploadState.SUCCEEDED)
        return result

    # -- the flow ------------------------------------------------------------------------------
    def _run(self, started: float) -> UploadResult:
        self._progress.set_state(UploadState.PREPARING)
        if isinstance(self._given, Path):
            if self._control.cancel.is_set():
                raise Stopped
            source = self._open_file(self._given)
            try:
                return self._run_source(source, started)
            finally:
                source.close()
        return self._run_source(self._given, started)

    def _run_source(self, source: UploadSource, started: float) -> UploadResult:
        self._source = self._transfer.source = source
        self._keeper.begin(source, source.identity())
        size = source.size
        # A sequential-only source is read front to back: one part at a time, in order.
        threads = 1 if source.sequential_only else self.options.threads
        plan = plan_upload(size, self.options.part_size, threads)
        self._progress.set_total(size)
        with upload_lock(
            self._keeper.store.directory,
            self._keeper.lock_id,
            f"oss://{self.target.bucket}/{self.key}",
        ):
            try:
                return self._run_locked(size, plan, threads, started)
            except Stopped:
                # Still holding the lock: a discard aborts before another process may resume.
                raise self._finish_cancel() from None

    def _run_locked(
        self, size: int, plan: UploadPlan, threads: int | None, started: float
    ) -> UploadResult:
        transfer = self._transfer
        transfer.bucket = make_bucket(
            self.target, self._provider, pool_size=plan.threads + 2, timeout=self.options.timeout
        )
        try:
            checkpoint = self._keeper.load()
            if checkpoint is not None and checkpoint.part_size != plan.part_size:
                # A resume keeps the parts it has: same part size as the earlier attempt.
                if self.options.part_size is not None:
                    self._progress.notice(
                        f"Resuming with the part size of the earlier attempt, "
                        f"{format_size(checkpoint.part_size)}, instead of "
                        f"{format_size(plan.part_size)}."
                    )
                plan = plan_upload(size, checkpoint.part_size, threads)
            existing = self._existing_object_matches(size)
            if existing is not None:
                if checkpoint is not None:
                    transfer.abort_quietly(checkpoint.upload_id)
                    self._keeper.delete()
                self._progress.notice(
                    f"{self.key} is already in bucket {self.target.bucket} with the same size "
                    "and CRC64; nothing to upload."
                )
                return self._result(size, existing, 0, False, started, skipped=True)
            if not plan.multipart:
                if checkpoint is not None:
                    transfer.abort_quietly(checkpoint.upload_id)
                    self._keeper.delete()
                return self._simple_upload(size, plan, started)
            return self._multipart_upload(plan, checkpoint, started)
        finally:
            close_bucket(transfer.bucket)

    @staticmethod
    def _open_file(path: Path) -> FileUploadSource:
        try:
            return FileUploadSource(path)
        except AppError as exc:
            raise LocalFileError(exc.message, exc.action) from exc

    def _existing_object_matches(self, size: int) -> int | None:
        """The object's CRC64 when the object is already there with the source's size and
        CRC64."""
        bucket = self._transfer.bucket
        try:
            head = self._transfer.call(
                Text.of("check the existing object"), lambda: bucket.head_object(self.key)
            )
        except NotFound:
            return None
        server_crc = head.server_crc
        if head.content_length != size or server_crc is None:
            return None
        storage_class = head.headers.get("x-oss-storage-class", "Standard")
        if storage_class != "Standard":
            self._progress.notice(
                Text.of(
                    "{key} is already in the bucket but stored as {storage_class}, which ECS "
                    "cannot import; uploading it again as Standard.",
                    key=self.key,
                    storage_class=storage_class,
                )
            )
            return None
        self._progress.notice(
            f"{self.key} already exists with the same size; reading the file to compare CRC64."
        )
        local_crc = self._keeper.crc_of_ranges([(0, size)])[0]
        if local_crc != server_crc:
            self._progress.notice(
                f"{self.key} exists but its content differs; it will be replaced."
            )
            return None
        return int(server_crc)

    # -- simple upload -------------------------------------------------------------------------
    def _simple_upload(self, size: int, plan: UploadPlan, started: float) -> UploadResult:
        round_ = Round.of(None, [plan.part(1)])
        self._progress.set_state(UploadState.UPLOADING)
        self._transfer.run_round(round_, threads=1)
        record = round_.results[1]
        self._check_source_unchanged()
        return self._result(size, record.crc64, 0, False, started)

    # -- multipart upload ----------------------------------------------------------------------
    def _multipart_upload(
        self, plan: UploadPlan, checkpoint: UploadCheckpoint | None, started: float
    ) -> UploadResult:
        keeper = self._keeper
        resumed = False
        recovered: str | None = None
        # Parts confirmed by an earlier run: their bytes were read then, not now, so they are
        # read again and compared before the object is completed (a file changed in place with
        # its size and time kept would otherwise end up mixed into the object).
        earlier: set[int] = set()
        if checkpoint is not None:
            recorded = set(checkpoint.parts)
            outcome = keeper.reconcile(checkpoint, plan)
            if outcome is None:
                self._progress.notice(
                    "The unfinished upload is gone from the server (aborted or expired); "
                    "starting over from the first part."
                )
                keeper.delete()
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
                checkpoint = keeper.new_upload(plan)
                earlier = set()
            keeper.checkpoint = checkpoint
            self._progress.set_confirmed(checkpoint.confirmed_bytes)
            pending = [p for p in plan.parts() if p.number not in checkpoint.parts]
            round_ = Round.of(
                checkpoint.upload_id,
                pending,
                on_confirm=functools.partial(keeper.record, checkpoint),
            )
            self._progress.set_state(UploadState.UPLOADING)
            try:
                self._transfer.run_round(round_, threads=min(plan.threads, max(1, len(pending))))
            except UploadGone:
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
                self._progress.notice(
                    "The unfinished upload was aborted on the server; starting over from the "
                    "first part."
                )
                keeper.delete()
                checkpoint = None
                recovered = "restarted"
                resumed = False
                continue
            self._check_source_unchanged()
            stale = keeper.stale_parts(checkpoint, plan, earlier)
            earlier = set()
            if not stale:
                break
            self._progress.notice(
                Text.of(
                    "{count} part(s) sent by an earlier attempt differ from {name} now (parts "
                    "{numbers}); sending them again.",
                    count=len(stale),
                    name=self.name,
                    numbers=", ".join(str(n) for n in stale),
                )
            )
            keeper.drop_parts(checkpoint, stale)
        crc = keeper.complete(checkpoint, plan)
        keeper.delete()
        return self._result(
            plan.file_size, crc, plan.part_count, resumed, started, recovered=recovered
        )

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

    # -- cancel --------------------------------------------------------------------------------
    def _finish_cancel(self) -> UploadCancelled:
        self._progress.set_state(UploadState.CANCELLING)
        checkpoint = self._keeper.checkpoint
        with self._progress.lock:
            discard = self._control.discard
        if discard:
            self._keeper.close()
            if checkpoint is not None and self._transfer.bucket is not None:
                bucket = make_bucket(self.target, self._provider, pool_size=1, timeout=10.0)
                try:
                    bucket.abort_multipart_upload(self.key, checkpoint.upload_id)
                except Exception as exc:
                    log.info("abort after cancel failed: %r", exc)
                finally:
                    close_bucket(bucket)
            self._keeper.delete()
            message = "Upload cancelled; the parts sent so far were deleted from OSS."
        elif checkpoint is not None:
            message = (
                "Upload paused; "
                f"{len(checkpoint.parts)} part(s) are saved and the next run resumes from there."
            )
        else:
            message = "Upload cancelled."
        self._progress.set_state(UploadState.CANCELLED, message=message)
        return UploadCancelled(discard, message)

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
        sent, retries = self._progress.finished(size)
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
            notices=self._progress.notices,
        )
