"""What the upload engine reads: a local file as it is, or a stream generated from a disk.

The engine never assumes a file. It asks an :class:`UploadSource` for its size (known before
the first byte is sent, so the part plan is made up front), for the bytes of any range (so
parts are produced in parallel and a resume skips confirmed parts without regenerating what
came before), for an identity to record in the checkpoint (the files read and, for a
generated stream, the conversion settings), and whether any input changed since it was opened.

A source's bytes are a pure function of its inputs and settings: the same identity always
gives the same bytes, which is what keeps the parts' CRC64s valid across runs.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any, Protocol

from imageimporter.core.checkpoint import FileIdentity, file_source_identity
from imageimporter.core.errors import AppError
from imageimporter.core.text import Text


class UploadSource(Protocol):
    @property
    def name(self) -> str:
        """For people: the file name (and, for a stream, what it is converted to)."""
        ...

    @property
    def size(self) -> int:
        """The number of bytes the object will have."""
        ...

    @property
    def sequential_only(self) -> bool:
        """True when ranges must be read in increasing order (a compressed source)."""
        ...

    def identity(self) -> dict[str, Any]:
        """JSON-able, recorded in the checkpoint: ``kind`` (``file`` or ``qcow2-stream``), the
        input files' stamps and the settings. A different identity means other bytes."""
        ...

    def read_at(self, offset: int, length: int) -> bytes:
        """Exactly ``length`` bytes at ``offset`` (never past ``size``); safe from several
        threads at once. Raises ``AppError`` when an input cannot be read."""
        ...

    def changed(self) -> str | None:
        """How an input differs from when the source was opened, in words; None if unchanged."""
        ...

    def close(self) -> None: ...


class SourceReadError(AppError):
    """An upload source's input cannot be opened or read."""


class FileUploadSource:
    """A local file uploaded as it is. Reads with ``os.pread`` (no shared file position), so
    any number of threads read at once; identity: kind ``file``, size, mtime, inode and a
    fingerprint of sampled blocks."""

    def __init__(self, path: Path) -> None:
        self._given = Path(path)
        try:
            self._path = self._given.resolve(strict=True)
            if not self._path.is_file():
                raise SourceReadError(
                    Text.of("{path} is not a file.", path=self._given),
                    Text.of("Choose the disk image file itself."),
                )
            self._fd = os.open(self._path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise _unreadable(self._given, exc) from exc
        try:
            self._status_time = status_change_time(self._path)
            self._identity = FileIdentity.of(self._path)
        except OSError as exc:
            os.close(self._fd)
            raise _unreadable(self._given, exc) from exc
        # Windows has no pread: a shared position, so reads take turns.
        self._seek_lock = None if hasattr(os, "pread") else threading.Lock()

    @property
    def name(self) -> str:
        return self._given.name

    @property
    def path(self) -> Path:
        """Absolute and resolved."""
        return self._path

    @property
    def size(self) -> int:
        return self._identity.size

    @property
    def sequential_only(self) -> bool:
        return False

    def identity(self) -> dict[str, Any]:
        return file_source_identity(str(self._path), self._identity)

    def read_at(self, offset: int, length: int) -> bytes:
        if offset < 0 or length < 0 or offset + length > self.size:
            raise ValueError(f"range {offset}+{length} is outside the file of {self.size} bytes")
        out = bytearray()
        try:
            while len(out) < length:
                position = offset + len(out)
                if self._seek_lock is None:
                    piece = os.pread(self._fd, length - len(out), position)
                else:
                    with self._seek_lock:
                        os.lseek(self._fd, position, os.SEEK_SET)
                        piece = os.read(self._fd, length - len(out))
                if not piece:
                    raise SourceReadError(
                        Text.of(
                            "{name} ended at byte {position:,}, before its recorded size of "
                            "{size:,} bytes: it changed during the upload.",
                            name=self.name,
                            position=position,
                            size=self.size,
                        ),
                        Text.of(
                            "Leave the file alone while it uploads, then run the upload again."
                        ),
                    )
                out += piece
        except OSError as exc:
            raise _unreadable(self._given, exc) from exc
        return bytes(out)

    def changed(self) -> str | None:
        try:
            now = FileIdentity.of(self._path)
            status_time = status_change_time(self._path)
        except OSError as exc:
            return Text.of("it can no longer be read: {reason}", reason=exc.strerror or str(exc))
        change = now.change_from(self._identity)
        if change is None and status_time != self._status_time:
            # A write whose modification time was set back still moves the status time,
            # which no program can set (not kept in checkpoints: copies and chmod move it too).
            return Text.of("it was written to (its status change time moved)")
        return change

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def status_change_time(path: str | os.PathLike[str]) -> int | None:
    """The inode's change time (ctime); None on Windows, where st_ctime is the creation time.
    Every write moves it, also one whose modification time was set back afterwards."""
    return None if sys.platform == "win32" else os.stat(path).st_ctime_ns


def _unreadable(path: Path, exc: OSError) -> SourceReadError:
    return SourceReadError(
        Text.of("Cannot read {path}: {reason}.", path=path, reason=exc.strerror or exc),
        Text.of("Check that the file exists and that you may read it."),
    )
