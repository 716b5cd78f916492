"""One process at a time on one thing (an upload, a job): an advisory lock on a file.

The lock is the OS's (``flock``, or ``msvcrt.locking`` on Windows) on a file of its own, so it
dies with its process however the process ends (a SIGKILL included). The holder writes its pid
and start time into the file so a second process can say who holds it. The holder removes the
file when it is done, still holding the lock; a process that locked a file in the meantime
notices it was unlinked and locks the new one (POSIX; on Windows the file stays).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from imageimporter.core import paths
from imageimporter.core.errors import AppError
from imageimporter.core.text import Text


@contextlib.contextmanager
def file_lock(path: Path, busy: Callable[[Text], AppError]) -> Iterator[None]:
    """Hold the lock on ``path`` while the block runs, its folder created private. When another
    process holds it, raise ``busy(holder)``, ``holder`` naming that process for people;
    ``AppFolderError`` naming the folder when the file cannot be made."""
    folder = paths.private_dir(path.parent)
    while True:
        try:
            handle = os.open(path, os.O_RDWR | os.O_CREAT, paths.PRIVATE_FILE_MODE)
        except OSError as exc:
            raise paths.folder_error(folder, exc) from exc
        locked = _try_lock(handle)
        if not locked or _same_file(handle, path):
            break
        os.close(handle)  # the holder removed that file as it finished: lock the new one
    try:
        if not locked:
            raise busy(_holder(handle))
        since = time.strftime("%Y-%m-%d %H:%M:%S %Z")
        # Who holds the lock is only for a second process's message: a full disk that cannot
        # take these few bytes does not stop the work (its own writes will say so).
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
    """Who holds the lock, from what the holder wrote in the lock file."""
    os.lseek(handle, 0, os.SEEK_SET)
    text = os.read(handle, 200).decode("utf-8", "replace").strip()
    pid, _, since = text.partition(" ")
    if not pid.isdigit():
        return Text.of("a process that is starting")
    return Text.of("process {pid}, since {since}", pid=pid, since=since)
