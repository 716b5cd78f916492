"""How each disk of an import travels, decided from the disk itself (the policy is
``core.disk.transfer.plan_transfer``; this opens the disk to give it its estimate).

Reads the disk's allocation map (no guest data), so it runs where inspection runs: on the CLI's
thread or a worker, never the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from imageimporter.core.disk.model import DiskImage
from imageimporter.core.disk.open import open_disk
from imageimporter.core.disk.transfer import (
    SendEstimate,
    TransferPlan,
    estimate_send,
    plan_transfer,
)
from imageimporter.core.errors import AppError
from imageimporter.core.inspect import DiskReport, Verdict


@dataclass(frozen=True)
class DiskPlan:
    """A disk's transfer plan and the files its conversion reads, as they are now."""

    plan: TransferPlan
    files: tuple[dict[str, Any], ...] = ()


def estimate_of(path: str) -> tuple[SendEstimate, tuple[dict[str, Any], ...]] | None:
    """The QCOW2 stream's estimated size and the files it reads; None when no reader can
    open the disk (the plan then says why it cannot be converted)."""
    disk: DiskImage
    try:
        disk = open_disk(path)
    except (AppError, OSError):
        return None
    try:
        return estimate_send(disk), tuple(stamp.to_json() for stamp in disk.files())
    except (AppError, OSError):
        return None
    finally:
        disk.close()


def plan_disk(report: DiskReport, *, as_is: bool = False) -> DiskPlan:
    """How the disk ``report`` describes travels (``as_is``: the user's ``--as-is``)."""
    found = None if report.verdict is Verdict.REJECT else estimate_of(report.path)
    if found is None:
        return DiskPlan(plan_transfer(report, None, as_is=as_is))
    estimate, files = found
    plan = plan_transfer(report, estimate, as_is=as_is)
    return DiskPlan(plan, files if plan.converted else ())
