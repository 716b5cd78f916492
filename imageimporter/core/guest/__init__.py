"""Guest inspection: what operating system a disk holds, and whether it will boot on ECS.

``inspect_guest(disk)`` reads a :class:`~imageimporter.core.disk.model.DiskImage` (any container
format) and returns a :class:`GuestReport`; ``import_fields_from_guest(report)`` gives the
ImportImage fields it answers.
"""

from __future__ import annotations

from imageimporter.core.guest.inspector import inspect_guest
from imageimporter.core.guest.model import Check, CheckStatus, GuestReport, import_fields_from_guest

__all__ = ["Check", "CheckStatus", "GuestReport", "import_fields_from_guest", "inspect_guest"]
