"""``imageimporter sandbox serve``: run the sandbox cloud in the foreground."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from imageimporter.commands.common import CommandError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run the local sandbox cloud (OSS, ECS, RAM, STS)",
        description="The sandbox cloud speaks the OSS, ECS, RAM and STS protocols on loopback.",
    )
    actions = parser.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)
    serve = actions.add_parser(
        "serve",
        help="serve until interrupted; the first line on stdout is a JSON object with the "
        "endpoint and credentials",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    serve.add_argument("--port", type=int, default=0, help="port (default: any free port)")
    serve.add_argument(
        "--data-dir", type=Path, help="keep state here (default: a temporary folder)"
    )
    serve.add_argument("--region", default=None, help="the sandbox's default region")
    serve.add_argument(
        "--import-seconds",
        type=float,
        default=30.0,
        help="how long a simulated import takes (default: 30)",
    )
    serve.add_argument(
        "--bucket",
        action="append",
        default=[],
        help="create this bucket in the default region at start (repeatable)",
    )
    serve.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="JSON",
        help='a fault rule, e.g. \'{"api": "oss:UploadPart", "kind": "error", "rate": 0.05}\'',
    )
    serve.add_argument("--bandwidth", type=int, default=None, help="cap in bytes per second")
    serve.add_argument(
        "--force-non-loopback",
        action="store_true",
        help="allow a non-loopback --host (the sandbox has no real security)",
    )
    serve.set_defaults(func=run_serve)


def run_serve(args: argparse.Namespace) -> int:
    from imageimporter.sandbox import FaultRule, Sandbox, SandboxConfig
    from imageimporter.sandbox.regions import DEFAULT_REGION
    from imageimporter.sandbox.server import NonLoopbackHostError

    try:
        faults = [FaultRule.from_json(json.loads(text)) for text in args.fault]
    except (ValueError, TypeError) as exc:
        raise CommandError(f"bad --fault: {exc}") from exc
    config = SandboxConfig(
        data_dir=args.data_dir,
        host=args.host,
        port=args.port,
        region=args.region or DEFAULT_REGION,
        import_seconds=args.import_seconds,
        bandwidth_bps=args.bandwidth,
        faults=faults,
        allow_non_loopback=args.force_non_loopback,
        buckets=tuple(args.bucket),
    )
    try:
        sandbox = Sandbox(config)
        sandbox.start()
    except NonLoopbackHostError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(f"cannot listen on {args.host}:{args.port}: {exc.strerror}") from exc

    stop = threading.Event()

    def request_stop(signum: int, frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    print(json.dumps(sandbox.info()), flush=True)
    print(f"sandbox cloud serving on {sandbox.endpoint}; Ctrl-C stops it", file=sys.stderr)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
    print("sandbox cloud stopped", file=sys.stderr)
    return 0
