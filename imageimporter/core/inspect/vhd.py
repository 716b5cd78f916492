"""Microsoft VHD: fixed (a raw disk with a 512-byte footer), dynamic and differencing.

Facts from Microsoft's "Virtual Hard Disk Image Format Specification": big-endian structures;
the footer (cookie ``conectix``) is at the end of every VHD and, for sparse disks, copied at the
start; its "current size" is the disk's size. Sparse disks map 2 MiB (usually) blocks through
the Block Allocation Table named by the dynamic header (cookie ``cxsparse``).
"""

from __future__ import annotations

import struct
from typing import Final

from imageimporter.core.inspect.model import ContainerFacts, Problem, Severity
from imageimporter.core.inspect.source import ByteSource
from imageimporter.core.inspect.virtual import BlockMappedDisk, RawDisk
from imageimporter.core.text import Text

FOOTER_COOKIE: Final = b"conectix"
DYNAMIC_COOKIE: Final = b"cxsparse"
FOOTER_SIZE: Final = 512
FIXED_DISK_TYPE: Final = 2
DISK_TYPES: Final = {FIXED_DISK_TYPE: "fixed", 3: "dynamic", 4: "differencing"}
_UNALLOCATED: Final = 0xFFFF_FFFF
_MAX_BLOCK_SIZE: Final = 256 * 1024 * 1024


def vhd_checksum(structure: bytes, checksum_offset: int) -> int:
    """One's complement of the byte sum, the checksum field counted as zero."""
    total = sum(structure) - sum(structure[checksum_offset : checksum_offset + 4])
    return ~total & 0xFFFF_FFFF


def find_footer(source: ByteSource, tail: bytes = b"") -> tuple[bytes, int] | None:
    """The footer and where it is: at the end (every VHD) or, failing that, the start copy.

    ``tail``: the last 512 bytes if the caller has read them already.
    """
    if source.size >= FOOTER_SIZE:
        tail = tail or source.read(source.size - FOOTER_SIZE, FOOTER_SIZE)
        if tail.startswith(FOOTER_COOKIE):
            return tail, source.size - FOOTER_SIZE
        # Some old tools wrote a 511-byte footer.
        if tail[1:].startswith(FOOTER_COOKIE):
            return tail[1:] + b"\0", source.size - FOOTER_SIZE + 1
    head = source.read(0, FOOTER_SIZE)
    if head.startswith(FOOTER_COOKIE):
        return head + bytes(FOOTER_SIZE - len(head)), 0
    return None


def parse_vhd(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="vhd")
    found = find_footer(source)
    if found is None:
        facts.problems.append(Problem("corrupt_header", Text.of("The VHD footer cannot be found.")))
        return facts
    footer, footer_offset = found
    (data_offset,) = struct.unpack_from(">Q", footer, 16)
    (current_size,) = struct.unpack_from(">Q", footer, 48)
    (disk_type, checksum) = struct.unpack_from(">II", footer, 60)
    facts.subformat = DISK_TYPES.get(disk_type)
    facts.virtual_size = current_size
    if vhd_checksum(footer, 64) != checksum:
        facts.problems.append(
            Problem(
                "bad_checksum", Text.of("The VHD footer's checksum does not match: it is damaged.")
            )
        )
    if footer_offset == 0:
        facts.problems.append(
            Problem(
                "missing_footer",
                Text.of("The VHD footer at the end of the file is missing: the file is truncated."),
            )
        )
    if facts.subformat is None:
        facts.problems.append(
            Problem(
                "corrupt_header",
                Text.of(
                    "The VHD disk type ({disk_type}) is not one that exists.",
                    disk_type=disk_type,
                ),
            )
        )
        return facts
    if facts.subformat == "fixed":
        expected = current_size + FOOTER_SIZE
        if footer_offset and source.size != expected:
            facts.problems.append(
                Problem(
                    "size_mismatch",
                    Text.of(
                        "A fixed VHD of {current_size} bytes should be a file of {expected} "
                        "bytes, this one has {size}.",
                        current_size=current_size,
                        expected=expected,
                        size=source.size,
                    ),
                    Severity.NEEDS_CONVERSION,
                )
            )
        facts.disk = RawDisk(source, current_size)
        return facts
    _parse_dynamic_header(source, facts, data_offset, current_size)
    return facts


def _parse_dynamic_header(
    source: ByteSource, facts: ContainerFacts, data_offset: int, current_size: int
) -> None:
    header = source.read(data_offset, 1024) if data_offset < source.size else b""
    if len(header) < 1024 or not header.startswith(DYNAMIC_COOKIE):
        facts.problems.append(
            Problem("corrupt_header", Text.of("The VHD dynamic disk header is missing or damaged."))
        )
        return
    table_offset, _version, max_entries, block_size, checksum = struct.unpack_from(
        ">QIIII", header, 16
    )
    if vhd_checksum(header, 36) != checksum:
        facts.problems.append(
            Problem(
                "bad_checksum",
                Text.of("The VHD dynamic header's checksum does not match: it is damaged."),
                Severity.NEEDS_CONVERSION,
            )
        )
    facts.cluster_size = block_size
    if facts.subformat == "differencing":
        facts.backing_file = _parent_name(header) or "(unnamed parent)"
    if (
        block_size < 512
        or block_size > _MAX_BLOCK_SIZE
        or block_size & (block_size - 1)
        or table_offset + max_entries * 4 > source.size
    ):
        facts.problems.append(
            Problem(
                "corrupt_header",
                Text.of("The VHD block table is invalid or beyond the end of file."),
            )
        )
        return
    facts.disk = VhdDynamicDisk(source, current_size, block_size, table_offset, max_entries)


def _parent_name(header: bytes) -> str | None:
    raw = header[64 : 64 + 512]
    name = raw.decode("utf-16-be", errors="replace").split("\0", 1)[0]
    return name or None


class VhdDynamicDisk(BlockMappedDisk):
    def __init__(
        self, source: ByteSource, size: int, block_size: int, table_offset: int, entries: int
    ) -> None:
        super().__init__(source, size, block_size)
        self._table_offset = table_offset
        self._entries = entries
        # Each block starts with a sector bitmap, padded to whole sectors.
        self._bitmap_size = -(-(block_size // 512 // 8) // 512) * 512

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        if block >= self._entries:
            return bytes(length)
        sector = self.table_entry(self._table_offset, block, ">I", "a block table entry")
        if sector == _UNALLOCATED:
            return bytes(length)
        return self.read_exact(sector * 512 + self._bitmap_size + inner, length, "a data block")
