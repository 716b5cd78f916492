"""``imageimporter upload``: upload (or resume uploading) a disk image to OSS."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from imageimporter.cli import CommandError

KEY_ID_ENV = "ALIBABA_CLOUD_ACCESS_KEY_ID"
SECRET_ENV = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
TOKEN_ENV = "ALIBABA_CLOUD_SECURITY_TOKEN"


def _size(text: str) -> int:
    from imageimporter.core.units import UnitError, parse_size

    try:
        return parse_size(text)
    except UnitError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _rate(text: str) -> int:
    from imageimporter.core.units import UnitError, parse_rate

    try:
        return parse_rate(text)
    except UnitError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _threads(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("the thread count must be between 1 and 64")
    return value


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "upload",
        help="upload a disk image to OSS (resumes an interrupted upload)",
        description="Upload a local file to an OSS bucket with a resumable, parallel, "
        "CRC64-verified multipart upload. Run the same command again after an interruption "
        "to resume. Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, "
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET and ALIBABA_CLOUD_SECURITY_TOKEN (STS).",
    )
    parser.add_argument("path", metavar="PATH", type=Path, help="the file to upload")
    parser.add_argument("--bucket", required=True, help="the OSS bucket")
    parser.add_argument("--key", help="the object name (default: the file's name)")
    parser.add_argument(
        "--region", help="the bucket's region, e.g. cn-hangzhou (gives the endpoint)"
    )
    parser.add_argument(
        "--oss-endpoint",
        metavar="URL",
        help="an OSS endpoint URL instead of the region's, e.g. http://127.0.0.1:PORT for a "
        "running sandbox (plain HTTP only on loopback)",
    )
    parser.add_argument("--threads", type=_threads, help="parts sent at the same time (default: 4)")
    parser.add_argument(
        "--part-size",
        type=_size,
        metavar="SIZE",
        help="part size, e.g. 64M (default: from the file size, at least 16M)",
    )
    parser.add_argument(
        "--limit-rate",
        type=_rate,
        metavar="RATE",
        help="bandwidth limit in bytes per second, e.g. 10M",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="upload to a temporary in-process sandbox cloud (with the bucket created)",
    )
    parser.set_defaults(func=run_upload)


def run_upload(args: argparse.Namespace) -> int:
    from imageimporter.core.errors import AppError
    from imageimporter.services.upload import (
        Credentials,
        OssTarget,
        StaticCredentials,
        Upload,
        UploadCancelled,
        UploadOptions,
        resolve_endpoint,
    )

    path: Path = args.path
    if not path.is_file():
        raise CommandError(f"{path} is not a file")
    key = args.key or path.name
    sandbox = None
    try:
        if args.sandbox:
            from imageimporter.sandbox import Sandbox, SandboxConfig

            sandbox = Sandbox(SandboxConfig(buckets=(args.bucket,))).start()
            endpoint = sandbox.endpoint
            region: str | None = sandbox.region
            credentials = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
        else:
            endpoint = resolve_endpoint(args.oss_endpoint, args.region)
            region = args.region
            credentials = _credentials_from_environment()
        target = OssTarget(endpoint, args.bucket, region)
        options = UploadOptions(
            part_size=args.part_size, threads=args.threads, limit_rate=args.limit_rate
        )
        view = _ProgressView(sys.stderr)
        upload = Upload(
            path, target, key, StaticCredentials(credentials), options=options, listener=view
        )
        previous = signal.getsignal(signal.SIGINT)

        def on_interrupt(signum: int, frame: object) -> None:
            # The first Ctrl-C pauses (checkpoint kept); a second one stops at once.
            signal.signal(signal.SIGINT, signal.default_int_handler)
            upload.cancel(discard=False)

        signal.signal(signal.SIGINT, on_interrupt)
        try:
            result = upload.run()
        except UploadCancelled as exc:
            view.close()
            print(f"imageimporter: {exc.message}", file=sys.stderr)
            if not exc.discarded and not args.sandbox:
                print(f"To resume, run: {_resume_command(args)}", file=sys.stderr)
            return 130
        finally:
            signal.signal(signal.SIGINT, previous)
            view.close()
    except AppError as exc:
        raise CommandError(str(exc)) from None
    finally:
        if sandbox is not None:
            sandbox.stop()
    if args.json:
        print(json.dumps(result.to_json()))
    else:
        _print_result(result)
    return 0


def _credentials_from_environment() -> Any:
    from imageimporter.services.upload import Credentials

    key_id = os.environ.get(KEY_ID_ENV, "").strip()
    secret = os.environ.get(SECRET_ENV, "").strip()
    token = os.environ.get(TOKEN_ENV, "").strip() or None
    if not key_id or not secret:
        raise CommandError(
            f"no credentials: set {KEY_ID_ENV} and {SECRET_ENV} "
            f"(and {TOKEN_ENV} for STS credentials), or use --sandbox"
        )
    return Credentials(key_id, secret, token)


def _resume_command(args: argparse.Namespace) -> str:
    words = ["imageimporter", "upload", str(args.path), "--bucket", args.bucket]
    for flag, value in (
        ("--key", args.key),
        ("--region", args.region),
        ("--oss-endpoint", args.oss_endpoint),
        ("--threads", args.threads),
        ("--part-size", args.part_size),
        ("--limit-rate", args.limit_rate),
    ):
        if value is not None:
            words += [flag, str(value)]
    return shlex.join(words)


def _print_result(result: Any) -> None:
    from imageimporter.core.units import format_duration, format_size

    if result.skipped:
        verb = "already uploaded (same size and CRC64), skipped"
    elif result.resumed:
        verb = "uploaded (resumed)"
    else:
        verb = "uploaded"
    print(f"oss://{result.bucket}/{result.key}: {verb}")
    print(f"  size    {format_size(result.size)} ({result.size:,} bytes)")
    print(f"  crc64   {result.crc64}")
    print(f"  parts   {result.parts}")
    print(f"  sent    {format_size(result.bytes_sent)} in {format_duration(result.seconds)}")
    if result.recovered:
        print(f"  recovered: {result.recovered}")


class _ProgressView:
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

        text = _describe(event)
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


def _describe(event: Any) -> str:
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
