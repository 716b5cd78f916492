"""Parallels, LUKS and ISO 9660: formats recognised, described, and turned away or converted."""

from __future__ import annotations

import json
import re
import struct
from typing import Final

from imageimporter.core.inspect.model import ContainerFacts, Problem, Severity
from imageimporter.core.inspect.source import ByteSource
from imageimporter.core.inspect.virtual import BlockMappedDisk
from imageimporter.core.inspect.vmdk import stays_in
from imageimporter.core.text import Text

PARALLELS_MAGICS: Final = (b"WithoutFreeSpace", b"WithouFreSpacExt")
LUKS_MAGIC: Final = b"LUKS\xba\xbe"
ISO_PVD_OFFSET: Final = 16 * 2048
ISO_MAGIC: Final = b"CD001"
_DESCRIPTOR_SNIFF: Final = 4096
_MAX_DESCRIPTOR: Final = 64 * 1024


def parse_parallels(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="parallels")
    head = source.read(0, 64)
    if len(head) < 64:
        facts.problems.append(
            Problem(
                "truncated_header",
                Text.of("The Parallels header is cut short: the file is truncated."),
            )
        )
        return facts
    version, _heads, _cylinders, tracks, bat_entries, sectors = struct.unpack_from(
        "<IIIIIQ", head, 16
    )
    facts.version = version
    facts.virtual_size = sectors * 512
    if not 1 <= tracks <= 1 << 20 or 64 + bat_entries * 4 > source.size:
        facts.problems.append(
            Problem(
                "corrupt_header", Text.of("The Parallels cluster size or block table is invalid.")
            )
        )
        return facts
    facts.cluster_size = tracks * 512
    # Old images count BAT offsets in sectors, "Ext" images in clusters.
    multiplier = 1 if head.startswith(PARALLELS_MAGICS[0]) else tracks
    facts.disk = ParallelsDisk(source, sectors * 512, tracks * 512, bat_entries, multiplier)
    return facts


class ParallelsDisk(BlockMappedDisk):
    def __init__(
        self, source: ByteSource, size: int, cluster_size: int, entries: int, multiplier: int
    ) -> None:
        super().__init__(source, size, cluster_size)
        self._entries = entries
        self._multiplier = multiplier

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        if block >= self._entries:
            return bytes(length)
        entry = self.table_entry(64, block, "<I", "a block table entry")
        if not entry:
            return bytes(length)
        return self.read_exact(entry * self._multiplier * 512 + inner, length, "a data cluster")


def looks_like_parallels_descriptor(head: bytes) -> bool:
    text = head[:_DESCRIPTOR_SNIFF].lstrip()
    return text.startswith(b"<?xml") and b"<Parallels_disk_image" in text


def parse_parallels_descriptor(source: ByteSource, directory: str) -> ContainerFacts:
    """A Parallels bundle's DiskDescriptor.xml: it names the .hds files that hold the disk.

    Read with patterns over at most 64 KiB (no XML parser on untrusted text); only the
    image named as the top of the snapshot tree (or the only one) is pointed to.
    """
    facts = ContainerFacts(format="parallels", subformat="DiskDescriptor.xml")
    text = source.read(0, _MAX_DESCRIPTOR).decode("utf-8", errors="replace")
    size = re.search(r"<Disk_size>\s*(\d+)\s*</Disk_size>", text)
    if size:
        facts.virtual_size = int(size.group(1)) * 512
    images = re.findall(
        r"<Image>.*?<GUID>\s*([^<]*?)\s*</GUID>.*?<File>\s*([^<]*?)\s*</File>.*?</Image>",
        text,
        re.DOTALL,
    )
    top = re.search(r"<TopGUID>\s*([^<]*?)\s*</TopGUID>", text)
    chosen = [name for guid, name in images if top and guid == top.group(1)] or [
        name for _, name in images[:1]
    ]
    if not chosen:
        facts.problems.append(
            Problem("corrupt_header", Text.of("The Parallels descriptor names no image file."))
        )
        return facts
    name = chosen[0]
    if not stays_in(directory, name):
        facts.problems.append(
            Problem(
                "unsafe_extent",
                Text.of(
                    "The Parallels descriptor's image file {name!r} is outside the descriptor's "
                    "folder: it is refused and not opened.",
                    name=name,
                ),
            )
        )
        return facts
    facts.data_file = name
    if len(images) > 1:
        facts.problems.append(
            Problem(
                "parallels_snapshots",
                Text.of(
                    "The disk has snapshots: its current state is spread over {count} .hds files.",
                    count=len(images),
                ),
                Severity.WARNING,
            )
        )
    facts.problems.append(
        Problem(
            "descriptor_only",
            Text.of(
                "This is a Parallels disk's descriptor (DiskDescriptor.xml), not the disk: its "
                "data is in {name}.",
                name=name,
            ),
        )
    )
    return facts


def parse_luks(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="luks", encrypted=True)
    facts.disk_unreadable_reason = "the disk is encrypted"
    head = source.read(0, 4096)
    if len(head) < 208:
        facts.problems.append(
            Problem(
                "truncated_header", Text.of("The LUKS header is cut short: the file is truncated.")
            )
        )
        return facts
    (version,) = struct.unpack_from(">H", head, 6)
    facts.version = version
    if version == 1:
        (payload_sectors,) = struct.unpack_from(">I", head, 104)
        facts.virtual_size = max(0, source.size - payload_sectors * 512)
    elif version == 2:
        (header_size,) = struct.unpack_from(">Q", head, 8)
        facts.virtual_size = _luks2_size(source, header_size)
    return facts


def _luks2_size(source: ByteSource, header_size: int) -> int | None:
    """The data segment's size from the LUKS2 JSON area ("dynamic" means to the end)."""
    if not 4096 < header_size <= 4 * 1024 * 1024:
        return None
    raw = source.read(4096, min(header_size - 4096, 64 * 1024)).split(b"\0", 1)[0]
    try:
        segment = json.loads(raw)["segments"]["0"]
        offset = int(segment["offset"])
        size = segment["size"]
        return max(0, source.size - offset) if size == "dynamic" else int(size)
    except (ValueError, KeyError, TypeError):
        return None


def looks_like_iso(source: ByteSource) -> bool:
    return source.read(ISO_PVD_OFFSET + 1, 5) == ISO_MAGIC


def parse_iso(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="iso9660")
    pvd = source.read(ISO_PVD_OFFSET, 2048)
    if len(pvd) < 132:
        facts.problems.append(
            Problem("truncated_header", Text.of("The ISO 9660 descriptor is cut short."))
        )
        return facts
    (blocks,) = struct.unpack_from("<I", pvd, 80)
    (block_size,) = struct.unpack_from("<H", pvd, 128)
    if pvd[0] == 1 and block_size in (512, 1024, 2048):
        facts.virtual_size = blocks * block_size
    return facts
