"""Disk inspection: what a local file is, from its own bytes, in a few small reads.

``inspect_path(path)`` returns a :class:`DiskReport` (format, facts, verdict for ECS, problems
and hints); it raises :class:`UnreadablePath` only when the path cannot be opened at all.
"""

from __future__ import annotations

from imageimporter.core.inspect.inspector import UnreadablePath, inspect_path, inspect_source
from imageimporter.core.inspect.model import (
    ArchiveMember,
    DiskReport,
    Hint,
    Partition,
    Problem,
    Severity,
    Verdict,
)
from imageimporter.core.inspect.source import ReadStats

__all__ = [
    "ArchiveMember",
    "DiskReport",
    "Hint",
    "Partition",
    "Problem",
    "ReadStats",
    "Severity",
    "UnreadablePath",
    "Verdict",
    "inspect_path",
    "inspect_source",
]
