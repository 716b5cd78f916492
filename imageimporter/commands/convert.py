"""``imageimporter convert SRC DEST``: write the QCOW2 stream that an upload would send."""

from __future__ import annotations

import argparse
import contextlib
import os
import stat
import sys
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from imageimporter.commands.common import CommandError

if TYPE_CHECKING:
    from imageimporter.core.disk.model import DiskImage
    from imageimporter.core.disk.qcow2_stream import Qcow2Stream

# Threads writing to DEST, and the pieces (up to the stream's READ_CHUNK each) queued for them.
WRITERS = 2
WRITES_AHEAD = 4
# Bytes per read and write when the data area is moved within DEST.
MOVE_CHUNK = 4 * 1024 * 1024


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert a disk image to QCOW2, exactly as an upload with conversion sends it",
        description="Read any disk image that `inspect` recognises and write it as a QCOW2 v3 "
        "image with 64 KiB clusters holding only the clusters with non-zero data: the very "
        "bytes an upload with conversion sends. Exit status 2 on an error (DEST is then "
        "removed).",
    )
    parser.add_argument("source", metavar="SRC", help="the disk image to read")
    parser.add_argument("dest", metavar="DEST", help="the QCOW2 file to write")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--force", action="store_true", help="overwrite DEST if it exists")
    parser.set_defaults(func=run_convert)


def run_convert(args: argparse.Namespace) -> int:
    from imageimporter.commands.common import print_json
    from imageimporter.core.disk.open import open_disk
    from imageimporter.core.errors import AppError
    from imageimporter.core.units import format_size

    if os.path.lexists(args.dest) and not args.force:
        raise CommandError(f"{args.dest} already exists; give --force to overwrite it")
    with contextlib.suppress(OSError):  # absent (or a dangling link): it is created
        if not stat.S_ISREG(os.stat(args.dest).st_mode):
            # A failed conversion removes DEST: never a device node, a pipe or a folder.
            raise CommandError(f"{args.dest} is not a regular file; give a file name as DEST")
    if os.path.realpath(args.dest) == os.path.realpath(args.source):
        raise CommandError("SRC and DEST are the same file; choose another DEST")
    started = time.monotonic()
    tty = sys.stderr.isatty()
    try:
        disk = open_disk(args.source)
    except AppError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"cannot read {args.source}: {exc.strerror or exc}") from exc
    try:
        stream = _convert(disk, args.dest, tty)
    finally:
        if tty:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()
    stream.close()
    seconds = time.monotonic() - started
    result = {
        "source": args.source,
        "source_format": stream.source_format,
        "virtual_size": stream.layout.virtual_size,
        "data_bytes": stream.data_bytes,
        "output_bytes": stream.size,
        "seconds": round(seconds, 3),
    }
    if args.json:
        print_json(result)
    else:
        print(f"{args.source} ({stream.source_format}) -> {args.dest} (qcow2)")
        print(f"  virtual size  {format_size(stream.layout.virtual_size)}")
        print(f"  data          {format_size(stream.data_bytes)}")
        print(f"  written       {format_size(stream.size)} in {seconds:.1f} s")
    return 0


def _convert(disk: DiskImage, dest: str, tty: bool) -> Qcow2Stream:
    """Write the disk's QCOW2 stream to ``dest`` and return the stream (which owns the disk).

    The source is read once (a compressed one decompressed once): the scan writes the data
    clusters after room for the metadata as the allocation map predicts it (an upper bound),
    then the data area is moved down by what the metadata turned out smaller (nothing, unless
    allocated clusters read as zeros, or the source has no allocation map, like an ``.xz``),
    and the metadata is written in front. On any failure the disk is closed and ``dest``
    removed.
    """
    from imageimporter.core.disk.qcow2_stream import Qcow2Stream, estimate_layout
    from imageimporter.core.errors import AppError

    def on_scan(done: int, total: int) -> None:
        if tty:
            percent = 100.0 * done / total if total else 100.0
            sys.stderr.write(f"\r\x1b[2Kconverting {percent:5.1f}%")
            sys.stderr.flush()

    stream: Qcow2Stream | None = None
    try:
        fd = os.open(dest, os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o666)
        try:
            with ThreadPoolExecutor(WRITERS) as pool:
                writer = _Writer(fd, pool)
                reserved = estimate_layout(disk).metadata_bytes
                stream = Qcow2Stream.scan(disk, on_scan, sink=writer.appending_at(reserved))
                writer.drain()
                metadata = stream.layout.metadata_bytes
                _move(fd, reserved, stream.size - metadata, metadata)
                append = writer.appending_at(0)
                for piece in stream.pieces(0, metadata):
                    append(piece)
                writer.drain()
            os.ftruncate(fd, stream.size)
        finally:
            os.close(fd)
        change = stream.changed()
        if change is not None:
            raise CommandError(f"{change} Convert it again once it no longer changes.")
        return stream
    except BaseException as exc:
        # Never created, or already gone: nothing partial is left either way.
        with contextlib.suppress(OSError):
            os.unlink(dest)
        if stream is not None:
            stream.close()
        else:
            disk.close()
        if isinstance(exc, AppError):
            raise CommandError(str(exc)) from exc
        if isinstance(exc, OSError):
            raise CommandError(f"cannot write {dest}: {exc.strerror or exc}") from exc
        raise


def _move(fd: int, source: int, length: int, target: int) -> None:
    """Move ``length`` bytes of the file from ``source`` to ``target``, in chunks taken in the
    order that never overwrites a byte before it is read."""
    if source == target:
        return
    starts = list(range(0, length, MOVE_CHUNK))
    for start in starts if target < source else reversed(starts):
        data = os.pread(fd, min(MOVE_CHUNK, length - start), source + start)
        _pwrite_all(fd, data, target + start)


class _Writer:
    """Writes pieces at their offsets from the pool's threads while the caller reads on: a
    write into the page cache may wait for writeback, and the reads need not wait with it.
    At most WRITES_AHEAD pieces are held; a failed write raises at the next call."""

    def __init__(self, fd: int, pool: ThreadPoolExecutor) -> None:
        self._fd = fd
        self._pool = pool
        self._pending: deque[Future[None]] = deque()

    def write_at(self, offset: int, data: bytes) -> None:
        while len(self._pending) >= WRITES_AHEAD:
            self._pending.popleft().result()
        self._pending.append(self._pool.submit(_pwrite_all, self._fd, data, offset))

    def appending_at(self, offset: int) -> Callable[[bytes], None]:
        """A sink writing what it is given one piece after the other from ``offset``."""
        position = offset

        def append(data: bytes) -> None:
            nonlocal position
            self.write_at(position, data)
            position += len(data)

        return append

    def drain(self) -> None:
        while self._pending:
            self._pending.popleft().result()


def _pwrite_all(fd: int, data: bytes, offset: int) -> None:
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view = view[written:]
        offset += written
