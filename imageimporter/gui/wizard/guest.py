"""What the wizard learned about each disk's guest (its operating system and readiness checks).

Guest inspection reads the disk through ``core.disk.open.open_disk``; where the disk readers are
not part of the build yet, :func:`open_guest_disk` gives None and the wizard goes on without the
guest's facts. The findings are kept on a :class:`GuestFindings` that lives as a child of the
wizard's context, so the disks page (which finds them) and the details and review pages (which
use them) share them without the context having to know about guests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from imageimporter.core.disk.model import DiskImage
    from imageimporter.core.guest import GuestReport


def open_guest_disk(path: str) -> DiskImage | None:
    """The disk at ``path`` as the guest sees it, or None when the readers are not built in."""
    try:
        from imageimporter.core.disk.open import open_disk
    except ImportError:
        return None
    disk: DiskImage = open_disk(path)
    return disk


def inspect_guest_at(path: str) -> GuestReport | None:
    """The guest on the disk at ``path`` (run on a worker thread: it reads the disk)."""
    from imageimporter.core.guest import inspect_guest

    disk = open_guest_disk(path)
    if disk is None:
        return None
    try:
        return inspect_guest(disk)
    finally:
        disk.close()


def has_failure(guest: GuestReport | None) -> bool:
    from imageimporter.core.guest import CheckStatus

    return guest is not None and any(c.status is CheckStatus.FAIL for c in guest.checks)


class GuestFindings(QObject):
    """Per disk path: the guest report (None: not known) and whether the user accepted its
    failing checks."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reports: dict[str, GuestReport | None] = {}
        self.accepted_failures: set[str] = set()

    @classmethod
    def of(cls, context: QObject) -> GuestFindings:
        """The findings of this wizard (made on first use)."""
        found = context.findChild(cls)
        if isinstance(found, cls):
            return found
        findings = cls(context)
        findings.setObjectName("guestFindings")
        return findings

    def set(self, path: str, guest: GuestReport | None) -> None:
        self.reports[path] = guest
        self.accepted_failures.discard(path)
        self.changed.emit()

    def get(self, path: str) -> GuestReport | None:
        return self.reports.get(path)

    def accept_failures(self, path: str) -> None:
        self.accepted_failures.add(path)
        self.changed.emit()

    def blocks(self, path: str) -> bool:
        """A failing check the user has not accepted yet."""
        return has_failure(self.get(path)) and path not in self.accepted_failures
