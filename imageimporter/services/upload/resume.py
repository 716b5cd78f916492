"""Resuming and reconciling: the checkpoint of one upload, and what the server says about it.

``CheckpointKeeper`` loads the checkpoint of an earlier attempt (refusing it when the source
changed), makes it agree with ListParts (recovering parts the checkpoint missed, after reading
their bytes), re-reads the parts an earlier run confirmed before the object is completed (so
an object never mixes two versions of the source), records each confirmed part, and completes
the upload, checking the whole object's CRC64 against the one combined from the parts.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

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
from imageimporter.core.paths import AppFolderError
from imageimporter.core.progress import UploadState
from imageimporter.core.text import Text
from imageimporter.core.units import format_size
from imageimporter.core.upload_plan import UploadPlan
from imageimporter.core.upload_source import UploadSource
from imageimporter.services.upload.client import (
    ServerPart,
    UploadError,
    VerificationError,
    list_parts,
)
from imageimporter.services.upload.events import Progress
from imageimporter.services.upload.transfer import (
    STANDARD_STORAGE,
    Control,
    NotFound,
    Stopped,
    Transfer,
    UploadGone,
)

log = logging.getLogger(__name__)

# Reading the source to compare it with what the server has.
CHECK_CHUNK = 8 << 20


def crc_of_ranges(
    source: UploadSource, ranges: list[tuple[int, int]], control: Control, progress: Progress
) -> list[int]:
    """The CRC64 of each (offset, size) of the source, read in the order given."""
    if not ranges:
        return []
    progress.set_state(UploadState.CHECKING)
    progress.checking()
    total = sum(size for _, size in ranges)
    done = 0
    crcs = []
    for offset, size in ranges:
        crc = 0
        position = 0
        while position < size:
            if control.cancel.is_set():
                raise Stopped
            data = source.read_at(offset + position, min(CHECK_CHUNK, size - position))
            crc = crc64(data, crc)
            position += len(data)
            done += len(data)
            progress.emit(checked=done, checking=total)
        crcs.append(crc)
    return crcs


class CheckpointKeeper:
    """The checkpoint of one upload (target and source) and its reconciliation with OSS."""

    def __init__(
        self,
        store: CheckpointStore,
        transfer: Transfer,
        progress: Progress,
        control: Control,
    ) -> None:
        self.store = store
        self._transfer = transfer
        self._progress = progress
        self._control = control
        self._save_lock = threading.Lock()  # the checkpoint's parts and its file
        self._open = True  # False once deleted (or discarded): late parts record nothing
        self.checkpoint: UploadCheckpoint | None = None
        self._source: UploadSource | None = None
        self._identity: dict[str, Any] = {}

    def begin(self, source: UploadSource, identity: dict[str, Any]) -> None:
        self._source = source
        self._identity = identity

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """(endpoint, bucket, key, path, kind): which checkpoint file is this upload's."""
        target = self._transfer.target
        return (
            target.endpoint,
            target.bucket,
            self._transfer.key,
            source_path(self._identity),
            str(self._identity["kind"]),
        )

    @property
    def lock_id(self) -> str:
        return checkpoint_id(*self.key)

    @property
    def _name(self) -> str:
        assert self._source is not None
        return self._source.name

    def crc_of_ranges(self, ranges: list[tuple[int, int]]) -> list[int]:
        assert self._source is not None
        return crc_of_ranges(self._source, ranges, self._control, self._progress)

    # -- the checkpoint file -----------------------------------------------------------------
    def load(self) -> UploadCheckpoint | None:
        """The earlier attempt's checkpoint, None when there is none or it cannot be used (the
        source changed: its upload is aborted)."""
        try:
            checkpoint = self.store.load(*self.key)
        except CheckpointError as exc:
            self._progress.notice(
                f"The checkpoint of an earlier attempt is unusable ({exc}); starting over."
            )
            self.delete()
            return None
        if checkpoint is None:
            return None
        change = source_change(checkpoint.source, self._identity)
        if change is not None:
            self._progress.notice(
                Text.of(
                    "{name} changed since the last attempt ({change}); starting the upload over.",
                    name=self._name,
                    change=change,
                )
            )
            self._transfer.abort_quietly(checkpoint.upload_id)
            self.delete()
            return None
        return checkpoint

    def new_upload(self, plan: UploadPlan) -> UploadCheckpoint:
        transfer = self._transfer
        result = transfer.call(
            Text.of("start the upload"),
            lambda: transfer.bucket.init_multipart_upload(transfer.key, headers=STANDARD_STORAGE),
        )
        checkpoint = UploadCheckpoint(
            endpoint=transfer.target.endpoint,
            bucket=transfer.target.bucket,
            key=transfer.key,
            upload_id=str(result.upload_id),
            part_size=plan.part_size,
            source=self._identity,
        )
        try:
            with self._save_lock:
                self._open = True
                self.store.save(checkpoint)
        except AppFolderError:
            # Nothing recorded, so no later run could resume it: leave nothing on the server.
            transfer.abort_quietly(checkpoint.upload_id)
            raise
        return checkpoint

    def record(self, checkpoint: UploadCheckpoint, record: PartRecord) -> None:
        """A part the server confirmed, kept in ``checkpoint`` (the one its round sent for)."""
        with self._save_lock:
            if self._open:
                checkpoint.parts[record.number] = record
                self.store.save(checkpoint)

    def drop_parts(self, checkpoint: UploadCheckpoint, numbers: list[int]) -> None:
        with self._save_lock:
            for number in numbers:
                del checkpoint.parts[number]
            self.store.save(checkpoint)

    def close(self) -> None:
        """Record nothing more (a discarded upload)."""
        with self._save_lock:
            self._open = False

    def delete(self) -> None:
        with self._save_lock:
            self._open = False
            if not self._identity:
                return
            try:
                self.store.delete(*self.key)
            except AppFolderError as exc:
                # A stale checkpoint is harmless: the next run finds the object complete, or
                # the upload gone, and says so.
                log.warning("could not remove the checkpoint: %s", exc)

    # -- reconciliation ----------------------------------------------------------------------
    def reconcile(self, checkpoint: UploadCheckpoint, plan: UploadPlan) -> bool | None:
        """Make the checkpoint agree with ListParts. None: the upload id is gone; True: parts
        the checkpoint had not recorded were recovered from the server; False: nothing new."""
        transfer = self._transfer
        try:
            server = transfer.call(
                Text.of("list the parts already uploaded"),
                lambda: list_parts(transfer.bucket, transfer.key, checkpoint.upload_id),
            )
        except UploadGone:
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
        self._progress.set_state(UploadState.CHECKING)
        for number, found in sorted(on_server.items()):
            if number in kept or number not in expected or found.crc64 is None:
                continue
            part = expected[number]
            if found.size != part.size:
                continue
            if self.crc_of_ranges([(part.offset, part.size)])[0] == found.crc64:
                kept[number] = PartRecord(number, part.size, found.etag, found.crc64)
                adopted += 1
        checkpoint.parts = kept
        self.store.save(checkpoint)
        if missing:
            self._progress.notice(
                f"{missing} part(s) recorded in the checkpoint are not on the server; they "
                "will be sent again."
            )
        if adopted:
            self._progress.notice(
                f"Recovered {adopted} part(s) from the server's list of uploaded parts "
                "(checked against the file's CRC64)."
            )
        done = checkpoint.confirmed_bytes
        self._progress.notice(
            f"Resuming: {len(kept)} of {plan.part_count} parts ({format_size(done)} of "
            f"{format_size(plan.file_size)}) are already on the server."
        )
        return adopted > 0

    def stale_parts(
        self, checkpoint: UploadCheckpoint, plan: UploadPlan, numbers: set[int]
    ) -> list[int]:
        """The parts among ``numbers`` whose bytes read now have another CRC64 than recorded."""
        ranges = [plan.part(number) for number in sorted(numbers)]
        crcs = self.crc_of_ranges([(part.offset, part.size) for part in ranges])
        return [
            part.number
            for part, crc in zip(ranges, crcs, strict=True)
            if crc != checkpoint.parts[part.number].crc64
        ]

    def complete(self, checkpoint: UploadCheckpoint, plan: UploadPlan) -> int:
        """Complete the upload; the object's CRC64, checked against the parts' combined."""
        transfer = self._transfer
        self._progress.set_state(UploadState.COMPLETING)
        records = [checkpoint.parts[p.number] for p in plan.parts()]
        expected = crc64_of_parts((r.crc64, r.size) for r in records)
        part_infos = [oss2.models.PartInfo(r.number, r.etag) for r in records]
        try:
            result = transfer.call(
                Text.of("complete the upload"),
                lambda: transfer.bucket.complete_multipart_upload(
                    transfer.key, checkpoint.upload_id, part_infos
                ),
            )
            server_crc = result.crc
        except UploadGone:
            # A Complete whose answer was lost, then retried: the object may be there.
            server_crc = None
        if server_crc is None:
            # Either Complete's answer was lost (then the object is there, whole), or the
            # server dropped the upload before completing it.
            try:
                head = transfer.call(
                    Text.of("check the object"), lambda: transfer.bucket.head_object(transfer.key)
                )
            except NotFound:
                head = None
            if (
                head is None
                or head.content_length != plan.file_size
                or head.server_crc is None
                or int(head.server_crc) != expected
            ):
                self.delete()
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
                    key=transfer.key,
                    server_crc=server_crc,
                    expected=expected,
                ),
                Text.of("Delete the object and upload the file again."),
            )
        return expected
