"""Command-line entry point.

With no subcommand the GUI opens. Each subcommand lives in its own module under
``imageimporter.commands`` and registers itself through ``register(subparsers)``; the module
imports its heavy dependencies (SDKs, Qt) inside the command function so that ``--help`` and
``--version`` stay fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from imageimporter import __version__

# Modules under imageimporter.commands, in the order they appear in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "inspect",
    "upload",
    "convert",
    "importimage",
    "jobs",
    "profiles",
    "role",
    "sandbox",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="imageimporter",
        description="Import a local disk image into Alibaba Cloud ECS as a custom image. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"imageimporter {__version__}")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="open the app on an in-process sandbox cloud, even when an account is configured",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that the app starts and works here (offscreen Qt, window, sandbox cloud, "
        "keyring, disk inspection), print one line per check and exit non-zero on a failure",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"imageimporter.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.smoke_test:
        from imageimporter.smoke import run_smoke_test

        return run_smoke_test(lang=getattr(args, "lang", None))
    from imageimporter.commands.common import CommandError

    func = getattr(args, "func", None)
    if func is None:
        from imageimporter.gui.launcher import launch

        return launch(sandbox=args.sandbox)
    log_path = _install_log_file()
    try:
        return int(func(args) or 0)
    except CommandError as exc:
        print(f"imageimporter: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("imageimporter: interrupted", file=sys.stderr)
        return 130
    except Exception:  # a bug: its traceback (redacted) goes to the log file, not the screen
        logging.getLogger("imageimporter.cli").exception("command %s failed", args.command)
        print(f"imageimporter: {_crash_words(log_path)}", file=sys.stderr)
        return 1


def _install_log_file() -> Path | None:
    """The log file's path, or None when the app's log folder cannot be written (the command
    still runs: the folder's problem is reported by whatever needs it)."""
    from imageimporter.services.logs import install_log_file

    try:
        return install_log_file()
    except OSError:
        return None


def _crash_words(log_path: Path | None) -> str:
    """What the CLI says about a bug: never the exception's text, which may quote a request, a
    URL or a secret."""
    if log_path is None:
        return "something unexpected went wrong (and the log folder cannot be written)."
    return (
        f"something unexpected went wrong. What happened is written in the log file {log_path}. "
        "Try again; if it keeps happening, report it with that log file."
    )
