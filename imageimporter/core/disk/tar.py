"""A disk inside an uncompressed tar (an OVA): read in place, as a window of the archive.

The member is found from the tar headers (inspection's
:func:`imageimporter.core.inspect.archives.list_tar`) and opened by the reader of its own
format, so a streamOptimized VMDK or a QCOW2 inside an OVA reads with random access.
"""

from __future__ import annotations

import posixpath
from typing import Final

from imageimporter.core.disk.facts import damaged, source_of
from imageimporter.core.disk.model import DiskError, DiskImage
from imageimporter.core.disk.open import Chain, LayerFile, detect_file_format, shown
from imageimporter.core.inspect.archives import MemberData, list_tar
from imageimporter.core.inspect.detect import DISK_FORMATS
from imageimporter.core.inspect.inspector import sniff_prefix
from imageimporter.core.inspect.source import ReadBudgetExceeded
from imageimporter.core.text import Text

# Members whose first sectors say nothing (a fixed VHD, a blank RAW) are disks by these names.
_DISK_SUFFIXES: Final = (".img", ".raw", ".vhd", ".vhdx", ".vmdk", ".qcow2", ".vdi", ".hdd")


def choose_disk_member(archive: LayerFile, members: list[MemberData]) -> MemberData:
    """The one disk of an archive; a DiskError when there is none or more than one."""
    disks = [m for m in members if m.member.format in DISK_FORMATS and m.member.size]
    if not disks:
        disks = [
            m
            for m in members
            if m.member.format is None
            and m.member.size
            and posixpath.splitext(m.member.name.lower())[1] in _DISK_SUFFIXES
        ]
    if len(disks) == 1:
        return disks[0]
    names = ", ".join(shown(m.member.name) for m in members) or "-"
    if not disks:
        raise DiskError(
            Text.of(
                "{path} holds no disk image (it holds: {names}).", path=archive.path, names=names
            ),
            Text.of("Give the disk image itself."),
        )
    raise DiskError(
        Text.of(
            "{path} holds {count} disk images ({names}); one disk is imported at a time.",
            path=archive.path,
            count=len(disks),
            names=", ".join(shown(m.member.name) for m in disks),
        ),
        Text.of("Unpack it first and import each disk on its own."),
    )


def open_tar(top: LayerFile, chain: Chain) -> DiskImage:
    try:
        _facts, members = list_tar(source_of(top), sniff_prefix)
    except ReadBudgetExceeded as exc:
        raise damaged(top, "tar", str(exc)) from exc
    member = choose_disk_member(top, members)
    size = member.member.size or 0
    if member.offset + size > top.size:
        raise damaged(top, "tar", Text.of("the tar archive is cut short: a member is incomplete."))
    inner = top.window(member.offset, size)
    return chain.dispatch(inner, detect_file_format(inner))
