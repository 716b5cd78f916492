"""``imageimporter convert SRC DEST``: write the QCOW2 stream that an upload would send."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from typing import Any

from imageimporter.commands.common import CommandError

# Bytes handed from the stream to the file per write: a few of the stream's source reads.
WRITE_CHUNK = 8 * 1024 * 1024


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
    from imageimporter.core.disk.qcow2_stream import open_qcow2_stream
    from imageimporter.core.errors import AppError
    from imageimporter.core.units import format_size

    if os.path.lexists(args.dest) and not args.force:
        raise CommandError(f"{args.dest} already exists; give --force to overwrite it")
    if os.path.realpath(args.dest) == os.path.realpath(args.source):
        raise CommandError("SRC and DEST are the same file; choose another DEST")
    started = time.monotonic()
    tty = sys.stderr.isatty()

    def on_scan(done: int, total: int) -> None:
        if tty:
            percent = 100.0 * done / total if total else 100.0
            sys.stderr.write(f"\r\x1b[2Kscanning {percent:5.1f}%")
            sys.stderr.flush()

    try:
        stream = open_qcow2_stream(args.source, on_scan)
    except AppError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"cannot read {args.source}: {exc.strerror or exc}") from exc
    try:
        _write(stream, args.dest, tty)
    finally:
        stream.close()
        if tty:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()
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


def _write(stream: Any, dest: str, tty: bool) -> None:
    """Write the whole stream to ``dest``; on any failure remove what was written."""
    from imageimporter.core.errors import AppError

    try:
        with open(dest, "wb") as handle:
            for offset in range(0, stream.size, WRITE_CHUNK):
                handle.write(stream.read_at(offset, min(WRITE_CHUNK, stream.size - offset)))
                if tty:
                    percent = 100.0 * (offset + WRITE_CHUNK) / stream.size
                    sys.stderr.write(f"\r\x1b[2Kwriting {min(percent, 100.0):5.1f}%")
                    sys.stderr.flush()
    except BaseException as exc:
        # Never created, or already gone: nothing partial is left either way.
        with contextlib.suppress(OSError):
            os.unlink(dest)
        if isinstance(exc, AppError):
            raise CommandError(str(exc)) from exc
        if isinstance(exc, OSError):
            raise CommandError(f"cannot write {dest}: {exc.strerror or exc}") from exc
        raise
