"""One process at a time on one upload: an advisory lock on a file in the checkpoint folder.

The lock is the OS's (``flock``, or ``msvcrt.locking`` on Windows) on ``<checkpoint id>.lock``,
so it dies with its process however the process ends (a SIGKILL included). The holder writes
its pid and start time into the file so a second process can say who has the upload. The holder
removes the file when it is done, still holding the lock; a process that locked a file in the
meantime notices it was unlinked and locks the new one (POSIX; on Windows the file stays).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from imageimporter.core.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, folder_error
from imageimporter.core.text import Text
from imageimporter.services.upload.client import UploadError


class UploadLockedError(UploadError):
    """Another process is running the same upload (same target and source)."""


@contextlib.contextmanager
def upload_lock(folder: Path, lock_id: str, target: str) -> Iterator[None]:
    """Hold the upload ``lock_id`` (a checkpoint id) while the block runs. ``target`` names the
    upload for people (``oss://bucket/key``). ``UploadLockedError`` naming the holder when
    another process has it; ``AppFolderError`` naming the folder when it cannot be created."""
    path = folder / f"{lock_id}.lock"
    while True:
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
            handle = os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        except OSError as exc:
            raise folder_error(folder, exc) from exc
        locked = _try_lock(handle)
        if not locked or _same_file(handle, path):
            break
        os.close(handle)  # the holder removed that file as it finished: lock the new one
    try:
        if not locked:
            raise UploadLockedError(
                Text.of(
                    "{target} is being uploaded by another imageimporter process ({holder}).",
                    target=target,
                    holder=_holder(handle),
                ),
                Text.of(
                    "Wait for that upload to end, or stop it (Ctrl-C there pauses it); then run "
                    "this one again: it resumes."
                ),
                code="UploadLocked",
            )
        since = time.strftime("%Y-%m-%d %H:%M:%S %Z")
        # Who holds the lock is only for a second process's message: a full disk that cannot
        # take these few bytes does not stop the upload (its checkpoint will say so).
        with contextlib.suppress(OSError):
            os.ftruncate(handle, 0)
            os.lseek(handle, 0, os.SEEK_SET)
            os.write(handle, f"{os.getpid()} {since}\n".encode())
        try:
            yield
        finally:
            if sys.platform != "win32":
                with contextlib.suppress(OSError):
                    path.unlink()
    finally:
        os.close(handle)  # releases the lock


def _same_file(handle: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle), os.stat(path))
    except OSError:
        return False


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: int) -> bool:
        try:
            # A byte far beyond the holder's text, so the text stays readable.
            os.lseek(handle, 1 << 30, os.SEEK_SET)
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(handle, 0, os.SEEK_SET)
        return True

else:
    import fcntl

    def _try_lock(handle: int) -> bool:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def _holder(handle: int) -> Text:
    os.lseek(handle, 0, os.SEEK_SET)
    text = os.read(handle, 200).decode("utf-8", "replace").strip()
    pid, _, since = text.partition(" ")
    if not pid.isdigit():
        return Text.of("a process that is starting")
    return Text.of("process {pid}, since {since}", pid=pid, since=since)
