"""Disk image formats recognised only to be named: EWF (E01), Apple UDIF (DMG), Apple ASIF.

Neither ECS nor the app reads them; inspection says what they are and which tool turns them
into a raw disk. Facts: libewf's "Expert Witness Compression Format" notes (``EVF`` header),
Apple's UDIF trailer (``koly``, 512 bytes at the end, big-endian), and the reverse-engineered
ASIF header (``shdw``, big-endian).
"""

from __future__ import annotations

import struct
from typing import Final

from imageimporter.core.inspect.model import ContainerFacts
from imageimporter.core.inspect.source import ByteSource

EWF_MAGICS: Final = (b"EVF\x09\x0d\x0a\xff\x00", b"EVF2\x0d\x0a\x81\x00")
ASIF_MAGIC: Final = b"shdw"
UDIF_MAGIC: Final = b"koly"
UDIF_TRAILER_SIZE: Final = 512
_UDIF_SECTOR_COUNT: Final = 492


def sniff_foreign(head: bytes) -> str | None:
    if head.startswith(EWF_MAGICS):
        return "ewf"
    if head.startswith(ASIF_MAGIC) and len(head) >= 0x48:
        version, header_size = struct.unpack_from(">II", head, 4)
        if version == 1 and header_size >= 0x48:
            return "asif"
    return None


def is_udif_trailer(tail: bytes) -> bool:
    if len(tail) != UDIF_TRAILER_SIZE or not tail.startswith(UDIF_MAGIC):
        return False
    version, header_size = struct.unpack_from(">II", tail, 4)
    return bool(version == 4 and header_size == UDIF_TRAILER_SIZE)


def parse_ewf(source: ByteSource) -> ContainerFacts:
    # The media size sits in a "volume" section further in; the name is what matters here.
    return ContainerFacts(format="ewf", subformat="EWF2" if source.read(0, 4) == b"EVF2" else None)


def parse_dmg(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="dmg")
    trailer = source.read(source.size - UDIF_TRAILER_SIZE, UDIF_TRAILER_SIZE)
    if is_udif_trailer(trailer):
        (sectors,) = struct.unpack_from(">Q", trailer, _UDIF_SECTOR_COUNT)
        facts.virtual_size = sectors * 512
    return facts


def parse_asif(source: ByteSource) -> ContainerFacts:
    facts = ContainerFacts(format="asif")
    head = source.read(0, 0x48)
    if len(head) == 0x48:
        (sectors,) = struct.unpack_from(">Q", head, 0x30)
        (sector_size,) = struct.unpack_from(">H", head, 0x44)
        if sector_size in (512, 4096):
            facts.virtual_size = sectors * sector_size
    return facts
