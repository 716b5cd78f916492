"""VirtualBox VDI: a little-endian header at 0x40 and a block map of 32-bit block numbers."""

from __future__ import annotations

import struct
import uuid
from typing import Final

from imageimporter.core.inspect.model import ContainerFacts, Problem
from imageimporter.core.inspect.source import ByteSource
from imageimporter.core.inspect.virtual import BlockMappedDisk
from imageimporter.core.text import Text

SIGNATURE: Final = 0xBEDA107F
SIGNATURE_OFFSET: Final = 0x40
IMAGE_TYPES: Final = {1: "dynamic", 2: "fixed", 3: "undo", 4: "differencing"}
_UNALLOCATED: Final = 0xFFFF_FFFF
_ZERO: Final = 0xFFFF_FFFE


def parse_vdi(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="vdi")
    head = source.read(0, 0x200)
    if len(head) < 0x1C8:
        facts.problems.append(
            Problem(
                "truncated_header", Text.of("The VDI header is cut short: the file is truncated.")
            )
        )
        return facts
    (version,) = struct.unpack_from("<I", head, 0x44)
    facts.version = version >> 16
    (image_type,) = struct.unpack_from("<I", head, 0x4C)
    offset_blocks, offset_data = struct.unpack_from("<II", head, 0x154)
    (disk_size, block_size, block_extra, blocks) = struct.unpack_from("<QIII", head, 0x170)
    parent = uuid.UUID(bytes_le=head[0x1A8:0x1B8])
    facts.subformat = IMAGE_TYPES.get(image_type)
    facts.virtual_size = disk_size
    facts.cluster_size = block_size
    if facts.subformat is None:
        facts.problems.append(
            Problem(
                "corrupt_header",
                Text.of(
                    "The VDI image type ({image_type}) is not one that exists.",
                    image_type=image_type,
                ),
            )
        )
        return facts
    if facts.subformat in ("differencing", "undo") and parent.int:
        # VDI names its parent only by UUID; VirtualBox's media registry knows the file.
        facts.backing_file = f"(VirtualBox disk {parent})"
    valid = (
        block_size >= 512
        and not block_size & (block_size - 1)
        and block_size <= 256 * 1024 * 1024
        and blocks * block_size >= disk_size
        and offset_blocks + blocks * 4 <= source.size
        and block_extra < block_size
    )
    if not valid:
        facts.problems.append(
            Problem(
                "corrupt_header", Text.of("The VDI block map is invalid or beyond the end of file.")
            )
        )
        return facts
    facts.disk = VdiDisk(
        source,
        disk_size,
        block_size,
        block_extra=block_extra,
        offset_blocks=offset_blocks,
        offset_data=offset_data,
    )
    return facts


class VdiDisk(BlockMappedDisk):
    def __init__(
        self,
        source: ByteSource,
        size: int,
        block_size: int,
        *,
        block_extra: int,
        offset_blocks: int,
        offset_data: int,
    ) -> None:
        super().__init__(source, size, block_size)
        self._block_extra = block_extra
        self._offset_blocks = offset_blocks
        self._offset_data = offset_data

    def read_in_block(self, block: int, inner: int, length: int) -> bytes:
        number = self.table_entry(self._offset_blocks, block, "<I", "a block map entry")
        if number in (_UNALLOCATED, _ZERO):
            return bytes(length)
        start = self._offset_data + number * (self.block_size + self._block_extra)
        return self.read_exact(start + self._block_extra + inner, length, "a data block")
