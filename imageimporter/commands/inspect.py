"""``imageimporter inspect PATH...``: what each file is, and what ECS can do with it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from imageimporter.commands.common import CommandError
from imageimporter.core.printable import printable


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "inspect",
        help="say what a disk image is and whether ECS can import it (reads only its headers)",
        description="Inspect local disk image files from their own bytes: format, virtual size, "
        "backing file, encryption, partition table and boot mode, and a verdict for ECS "
        "(accept, convert, unpack or reject) with what to do. Exit status 0 when every path "
        "was inspected, whatever the verdicts; 1 when a path could not be read.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="disk image file(s)")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per path (an array for several paths)",
    )
    parser.set_defaults(func=run_inspect)


def run_inspect(args: argparse.Namespace) -> int:
    from imageimporter.core.inspect import UnreadablePath, inspect_path

    if not args.paths:
        raise CommandError("give at least one path to inspect")
    reports = []
    failed = 0
    for path in args.paths:
        try:
            reports.append(_with_estimate(inspect_path(path)))
        except UnreadablePath as exc:
            failed += 1
            print(f"imageimporter: {exc.message}", file=sys.stderr)
    guests = [_inspect_guest(report) for report in reports]
    if args.json:
        documents = [
            {**report.to_json(), "guest": guest.to_json() if guest else None}
            for report, guest in zip(reports, guests, strict=True)
        ]
        if len(args.paths) == 1:
            if documents:
                print(json.dumps(documents[0], indent=2))
        else:
            print(json.dumps(documents, indent=2))
    else:
        print(
            "\n\n".join(
                format_report(report) + _format_guest(guest)
                for report, guest in zip(reports, guests, strict=True)
            )
        )
    return 1 if failed else 0


def _with_estimate(report: Any) -> Any:
    """The report with the bytes its upload would send (as the import's policy plans it:
    the file as it is, or the QCOW2 stream's estimate), when a reader opens the disk."""
    from dataclasses import replace

    from imageimporter.core.disk.transfer import TransferMode
    from imageimporter.core.disk_plan import plan_disk
    from imageimporter.core.inspect import Verdict

    if report.verdict is Verdict.REJECT or report.encrypted:
        return report
    plan = plan_disk(report).plan
    if plan.mode is TransferMode.REFUSED:
        return report
    return replace(report, estimated_upload_bytes=plan.bytes_to_send)


def _inspect_guest(report: Any) -> Any:
    """What the guest inside a disk is (issue 11); None for files that are not a disk."""
    from imageimporter.core.disk.model import DiskError
    from imageimporter.core.guest import inspect_guest
    from imageimporter.core.inspect import Verdict

    try:
        from imageimporter.core.disk.open import open_disk
    except ImportError:  # TODO(lead): drop this guard once the readers branch is merged
        return None
    if report.verdict not in (Verdict.ACCEPT, Verdict.CONVERT) or report.encrypted:
        return None
    try:
        disk = open_disk(report.path)
    except DiskError as exc:
        print(f"imageimporter: {report.path}: guest not inspected: {exc.message}", file=sys.stderr)
        return None
    try:
        return inspect_guest(disk)
    finally:
        disk.close()


def _format_guest(guest: Any) -> str:
    if guest is None:
        return ""
    lines = [f"\n  guest:           {guest.summary or 'no operating system found'}"]
    if guest.os_type:
        lines.append(
            f"  import as:       Platform {guest.platform or '?'}, OSType {guest.os_type},"
            f" root {guest.root_filesystem} on {guest.root_volume}"
        )
    if guest.kernels:
        lines.append(f"  kernels:         {', '.join(guest.kernels)}")
    for check in guest.checks:
        if check.status != "pass":
            lines.append(f"  {check.status + ':':<17}{check.message}")
            if check.fix:
                lines.append(f"    fix:           {check.fix}")
    passed = sum(1 for check in guest.checks if check.status == "pass")
    lines.append(f"  checks:          {passed} of {len(guest.checks)} passed")
    return "\n".join(lines)


def _size(value: int | None) -> str:
    if value is None:
        return "unknown"
    for unit, factor in (("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if value >= factor:
            return f"{value / factor:.1f} {unit} ({value} bytes)"
    return f"{value} bytes"


def format_report(report: Any) -> str:
    """A readable multi-line report of one :class:`DiskReport`."""
    fmt = report.format + (f" ({report.subformat})" if report.subformat else "")
    lines = [
        printable(report.path),
        f"  format:          {fmt}",
        f"  file size:       {_size(report.file_size)}",
        f"  virtual size:    {_size(report.virtual_size)}",
    ]
    if report.min_disk_image_size_gib is not None:
        fits = [
            name
            for name, ok in (
                ("system disk", report.fits_system_disk),
                ("data disk", report.fits_data_disk),
            )
            if ok
        ]
        lines.append(
            f"  DiskImageSize:   {report.min_disk_image_size_gib} GiB or more"
            f" (fits: {', '.join(fits) or 'neither'})"
        )
    if report.backing_file:
        lines.append(f"  backing file:    {printable(report.backing_file)}")
    if report.encrypted:
        lines.append("  encrypted:       yes")
    if report.compressed:
        lines.append(f"  compressed:      yes ({report.compression_type or 'unknown'})")
    if report.inner_format:
        inside = report.inner_format
        if report.inner_subformat:
            inside += f" ({report.inner_subformat})"
        lines.append(f"  inside:          {inside}")
    for member in report.members[:10]:
        lines.append(f"  member:          {printable(member.name)} ({member.format or 'unknown'})")
    if report.partition_table:
        lines.append(
            f"  partitions:      {report.partition_table.upper()}, {len(report.partitions)}"
            f" partition(s), boot mode {report.boot_mode}"
        )
    elif report.content:
        lines.append(f"  content:         {report.content}")
    verdict = report.verdict.value.upper()
    if report.import_format:
        verdict += f" as {report.import_format}"
    lines.append(f"  verdict:         {verdict}")
    lines.extend(f"  problem:         {printable(p.message)}" for p in report.problems)
    for hint in report.hints:
        text = printable(hint.message)
        if hint.code == "convert" and report.estimated_upload_bytes is not None:
            text += f" About {_size(report.estimated_upload_bytes)} to send."
        lines.append(f"  hint:            {text}")
    return "\n".join(lines)
