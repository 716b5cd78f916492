"""``imageimporter upload``: upload (or resume uploading) a disk image to OSS."""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import sys
from pathlib import Path
from typing import Any

from imageimporter.commands.common import (
    CommandError,
    ProgressView,
    rate_arg,
    size_arg,
    threads_arg,
)
from imageimporter.core.printable import printable


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "upload",
        help="upload a disk image to OSS (resumes an interrupted upload)",
        description="Upload a local file to an OSS bucket with a resumable, parallel, "
        "CRC64-verified multipart upload. Run the same command again after an interruption "
        "to resume. With --convert, the disk is sent as QCOW2 holding only its clusters with "
        "data (the bytes `imageimporter convert` writes), generated on the fly. Credentials "
        "come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and "
        "ALIBABA_CLOUD_SECURITY_TOKEN (STS).",
    )
    parser.add_argument("path", metavar="PATH", type=Path, help="the file to upload")
    parser.add_argument("--bucket", required=True, help="the OSS bucket")
    parser.add_argument(
        "--key",
        help="the object name (default: the file's name; with --convert, ending in .qcow2)",
    )
    parser.add_argument(
        "--convert",
        action="store_true",
        help="upload the disk converted to QCOW2 (any format `inspect` reads; only clusters "
        "with data are sent)",
    )
    parser.add_argument(
        "--region", help="the bucket's region, e.g. cn-hangzhou (gives the endpoint)"
    )
    parser.add_argument(
        "--oss-endpoint",
        metavar="URL",
        help="an OSS endpoint URL instead of the region's, e.g. http://127.0.0.1:PORT for a "
        "running sandbox (plain HTTP only on loopback)",
    )
    parser.add_argument(
        "--threads", type=threads_arg, help="parts sent at the same time (default: 4)"
    )
    parser.add_argument(
        "--part-size",
        type=size_arg,
        metavar="SIZE",
        help="part size, e.g. 64M (default: from the file size, at least 16M)",
    )
    parser.add_argument(
        "--limit-rate",
        type=rate_arg,
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
    key = args.key or (path.with_suffix(".qcow2").name if args.convert else path.name)
    sandbox = None
    stream = None
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
        if args.convert:
            stream = _open_stream(path)
        view = ProgressView(sys.stderr)
        upload = Upload(
            stream if stream is not None else path,
            target,
            key,
            StaticCredentials(credentials),
            options=options,
            listener=view,
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
        raise CommandError(printable(str(exc))) from None
    finally:
        if stream is not None:
            stream.close()
        if sandbox is not None:
            sandbox.stop()
    if args.json:
        output = result.to_json()
        output["converted"] = stream is not None
        if stream is not None:
            output["source_format"] = stream.source_format
            output["virtual_size"] = stream.layout.virtual_size
            output["data_bytes"] = stream.data_bytes
        print(json.dumps(output))
    else:
        _print_result(result)
        if stream is not None:
            from imageimporter.core.units import format_size

            print(
                f"  qcow2   converted from {stream.source_format}: virtual size "
                f"{format_size(stream.layout.virtual_size)}, data {format_size(stream.data_bytes)}"
            )
    return 0


def _open_stream(path: Path) -> Any:
    """The disk at ``path`` as a QCOW2 stream, after a scan of its data (shown on a terminal)."""
    from imageimporter.core.disk.qcow2_stream import open_qcow2_stream

    tty = sys.stderr.isatty()

    def on_scan(done: int, total: int) -> None:
        if tty:
            percent = 100.0 * done / total if total else 100.0
            sys.stderr.write(f"\r\x1b[2Kscanning {percent:5.1f}%")
            sys.stderr.flush()

    try:
        return open_qcow2_stream(str(path), on_scan)
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc.strerror or exc}") from exc
    finally:
        if tty:
            sys.stderr.write("\r\x1b[2K")
            sys.stderr.flush()


def _credentials_from_environment() -> Any:
    from imageimporter.services.credentials import (
        ENV_ACCESS_KEY_ID,
        ENV_ACCESS_KEY_SECRET,
        ENV_SECURITY_TOKEN,
        credentials_from_env,
    )

    credentials = credentials_from_env(os.environ)
    if credentials is None:
        raise CommandError(
            f"no credentials: set {ENV_ACCESS_KEY_ID} and {ENV_ACCESS_KEY_SECRET} "
            f"(and {ENV_SECURITY_TOKEN} for STS credentials), or use --sandbox"
        )
    return credentials


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
    if args.convert:
        words.append("--convert")
    return shlex.join(words)


def _print_result(result: Any) -> None:
    from imageimporter.core.units import format_duration, format_size

    if result.skipped:
        verb = "already uploaded (same size and CRC64), skipped"
    elif result.resumed:
        verb = "uploaded (resumed)"
    else:
        verb = "uploaded"
    print(f"oss://{result.bucket}/{printable(result.key)}: {verb}")
    print(f"  size    {format_size(result.size)} ({result.size:,} bytes)")
    print(f"  crc64   {result.crc64}")
    print(f"  parts   {result.parts}")
    print(f"  sent    {format_size(result.bytes_sent)} in {format_duration(result.seconds)}")
    if result.recovered:
        print(f"  recovered: {result.recovered}")
