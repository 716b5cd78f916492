"""What ``ImportPipeline`` tells its listener while it moves a job: four typed events.

Front ends receive them through one callable (``EventSink``) and tell them apart by type; the
GUI's worker passes them through to the window unchanged, the CLI prints them. ``ImportStatus``
is the importer's own value (the task and image as DescribeTasks/DescribeImages report them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from imageimporter.core import progress
from imageimporter.core.job import Job
from imageimporter.services.importer import ImportStatus


@dataclass(frozen=True)
class JobChanged:
    """The stored job changed: its state, a disk verified, its task, its last error."""

    job: Job


@dataclass(frozen=True)
class UploadProgress:
    """One disk's upload (``disk``: 0 is the system disk): bytes, speed, ETA, retries."""

    disk: int
    progress: progress.UploadProgress


@dataclass(frozen=True)
class Notice:
    """Something the user should read (a translatable ``Text``); ``disk`` if about one."""

    text: str
    disk: int | None = None


PipelineEvent = JobChanged | UploadProgress | ImportStatus | Notice
EventSink = Callable[[PipelineEvent], None]


def ignore(event: PipelineEvent) -> None:
    """The listener of a pipeline nobody watches."""


__all__ = [
    "EventSink",
    "ImportStatus",
    "JobChanged",
    "Notice",
    "PipelineEvent",
    "UploadProgress",
    "ignore",
]
