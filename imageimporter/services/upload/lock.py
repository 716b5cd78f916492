"""One process at a time on one upload: an advisory lock on ``<checkpoint id>.lock`` in the
checkpoint folder (``services.file_lock``), so it dies with its process however it ends."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from imageimporter.core.text import Text
from imageimporter.services.file_lock import file_lock
from imageimporter.services.upload.client import UploadError


class UploadLockedError(UploadError):
    """Another process is running the same upload (same target and source)."""


@contextlib.contextmanager
def upload_lock(folder: Path, lock_id: str, target: str) -> Iterator[None]:
    """Hold the upload ``lock_id`` (a checkpoint id) while the block runs. ``target`` names the
    upload for people (``oss://bucket/key``). ``UploadLockedError`` naming the holder when
    another process has it; ``AppFolderError`` naming the folder when it cannot be created."""

    def busy(holder: Text) -> UploadLockedError:
        return UploadLockedError(
            Text.of(
                "{target} is being uploaded by another imageimporter process ({holder}).",
                target=target,
                holder=holder,
            ),
            Text.of(
                "Wait for that upload to end, or stop it (Ctrl-C there pauses it); then run "
                "this one again: it resumes."
            ),
            code="UploadLocked",
        )

    with file_lock(folder / f"{lock_id}.lock", busy):
        yield
