"""What several commands share: account options, JSON output, and turning errors into words."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from imageimporter.core.printable import printable

if TYPE_CHECKING:
    from imageimporter.core.job import Job, JobDisk
    from imageimporter.services.connect import Connection

T = TypeVar("T")


class CommandError(Exception):
    """A failure a command reports to the user in one sentence (no traceback), exit status 2."""


def add_account_options(parser: argparse.ArgumentParser, region: bool = True) -> None:
    group = parser.add_argument_group("account")
    choice = group.add_mutually_exclusive_group()
    choice.add_argument(
        "--sandbox",
        action="store_true",
        help="use the app's own sandbox cloud on this machine (no account needed)",
    )
    choice.add_argument("--profile", help="a saved profile (default: the default profile)")
    group.add_argument(
        "--endpoint",
        metavar="URL",
        help="send every product's calls to this base URL (e.g. a running `imageimporter "
        "sandbox serve`), with credentials from the ALIBABA_CLOUD_* variables",
    )
    if region:
        group.add_argument("--region", help="the region (default: the profile's)")


@contextmanager
def connection_from(
    args: argparse.Namespace, buckets: tuple[str, ...] = ()
) -> Iterator[Connection]:
    from imageimporter.core.errors import AppError
    from imageimporter.services.connect import connect

    try:
        connection = connect(
            region=getattr(args, "region", None),
            sandbox=bool(getattr(args, "sandbox", False)),
            endpoint=getattr(args, "endpoint", None),
            profile=getattr(args, "profile", None),
            buckets=buckets,
        )
    except AppError as exc:
        raise CommandError(str(exc)) from exc
    try:
        yield connection
    finally:
        connection.close()


def call(func: Callable[[], T]) -> T:
    """Run a service call; its AppError becomes a one-sentence CommandError (escaped: the words
    may quote names from inside a disk)."""
    from imageimporter.core.errors import AppError

    try:
        return func()
    except AppError as exc:
        raise CommandError(printable(str(exc))) from exc


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    sys.stdout.flush()


def job_json(job: Job) -> dict[str, Any]:
    """A job as scripts see it (``--json``)."""
    error = job.last_error
    return {
        "id": job.id,
        "state": job.state.value,
        "ImageId": job.image_id or None,
        "TaskId": job.task_id or None,
        "RegionId": job.region_id,
        "ImageName": job.spec.image_name,
        "ClientToken": job.client_token,
        "objects": [f"oss://{d.bucket}/{d.key}" for d in job.disks],
        "disks": [
            {
                "path": d.path,
                "bucket": d.bucket,
                "key": d.key,
                "format": d.import_format,
                "transfer": d.transfer,
                "virtual_size": d.virtual_size,
                "bytes_to_send": d.bytes_to_send,
                "uploaded": d.uploaded,
                "crc64": None if d.crc64 is None else str(d.crc64),
            }
            for d in job.disks
        ],
        "profile": job.profile or None,
        "endpoint": job.endpoint or None,
        "created_at": job.created_at,
        "updated_at": job.updated_at,
        "progress": job.progress or None,
        "error": None
        if error is None
        else {
            "code": error.code,
            "message": error.message,
            "action": error.action,
            "request_id": error.request_id,
        },
    }


def describe_job(job: Job) -> str:
    lines = [
        f"job {job.id}: {job.state.value}",
        f"  image      {job.spec.image_name} in {job.region_id}",
    ]
    if job.image_id:
        lines.append(f"  ImageId    {job.image_id}")
    if job.task_id:
        lines.append(f"  TaskId     {job.task_id}")
    for disk in job.disks:
        mark = "uploaded" if disk.uploaded else "not uploaded yet"
        lines.append(
            f"  disk       {printable(disk.path)} -> oss://{disk.bucket}/{printable(disk.key)}"
            f" ({mark})"
        )
        lines.append(f"             {transfer_summary(disk)}")
    if job.progress:
        lines.append(
            f"  progress   task {job.progress.get('task_progress') or '-'}, image "
            f"{job.progress.get('image_progress') or '-'}"
        )
    if job.last_error is not None:
        error = f"{job.last_error.message} {job.last_error.action}".rstrip()
        lines.append(f"  error      {printable(error)}")
    return "\n".join(lines)


def transfer_summary(disk: JobDisk) -> str:
    """How a disk travels, with both sizes: ``converted to QCOW2 while uploading: 40.0 GiB
    virtual, 4.10 GiB to send`` (``about`` before the stream's scan made the size exact)."""
    from imageimporter.core.units import format_size

    how = "converted to QCOW2 while uploading" if disk.converted else "sent as it is"
    if disk.virtual_size is None or disk.bytes_to_send is None:
        return how
    about = "about " if disk.converted and disk.stream_identity is None else ""
    return (
        f"{how}: {format_size(disk.virtual_size)} virtual, "
        f"{about}{format_size(disk.bytes_to_send)} to send"
    )


# -- argument types and progress shown by upload and import ------------------------------
def size_arg(text: str) -> int:
    from imageimporter.core.units import UnitError, parse_size

    try:
        return parse_size(text)
    except UnitError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def rate_arg(text: str) -> int:
    from imageimporter.core.units import UnitError, parse_rate

    try:
        return parse_rate(text)
    except UnitError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def threads_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("the thread count must be between 1 and 64")
    return value


class ProgressView:
    """A live bar on a terminal; plain lines (every few seconds) otherwise."""

    LINE_INTERVAL = 5.0

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._last_line = 0.0
        self._bar_shown = False

    def notice(self, text: str) -> None:
        self._clear_bar()
        print(text, file=self._stream, flush=True)

    def progress(self, event: Any) -> None:
        from imageimporter.core.progress import UploadState

        text = describe_progress(event)
        if self._tty:
            width = 24
            filled = int(event.fraction * width)
            bar = "#" * filled + "-" * (width - filled)
            self._stream.write(f"\r\x1b[2K[{bar}] {text}")
            self._stream.flush()
            self._bar_shown = True
            return
        now = time.monotonic()
        important = event.state in (UploadState.COMPLETING, UploadState.CANCELLING) or (
            event.retrying and event.message
        )
        if important or now - self._last_line >= self.LINE_INTERVAL:
            self._last_line = now
            print(text, file=self._stream, flush=True)

    def _clear_bar(self) -> None:
        if self._bar_shown:
            self._stream.write("\r\x1b[2K")
            self._stream.flush()
            self._bar_shown = False

    def close(self) -> None:
        if self._bar_shown:
            self._stream.write("\n")
            self._stream.flush()
            self._bar_shown = False


def describe_progress(event: Any) -> str:
    from imageimporter.core.units import format_duration, format_rate, format_size

    parts = [
        f"{event.state.value}",
        f"{event.fraction * 100:5.1f}%",
        f"{format_size(event.done)} of {format_size(event.total)}",
    ]
    if event.speed is not None:
        parts.append(format_rate(event.speed))
    if event.eta is not None and event.eta > 0:
        parts.append(f"ETA {format_duration(event.eta)}")
    if event.retries:
        parts.append(f"{event.retries} retried")
    line = "  ".join(parts)
    if event.retrying and event.message:
        line += f"  ({event.message})"
    return line
