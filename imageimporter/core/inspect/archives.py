"""Archives and appliances: what they hold, from a bounded peek (never a full unpack).

Compressed streams (gzip, xz, bzip2) are decompressed only far enough to see the first
:data:`PEEK_OUTPUT` bytes of what is inside (small ones to their end, for a fixed VHD's
footer); tar and zip are listed from their headers.
"""

from __future__ import annotations

import bz2
import lzma
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from imageimporter.core.inspect.model import ArchiveMember, ContainerFacts, Problem
from imageimporter.core.inspect.source import ByteSource
from imageimporter.core.inspect.vhd import FIXED_DISK_TYPE, FOOTER_COOKIE
from imageimporter.core.text import Text

PEEK_INPUT: Final = 256 * 1024
PEEK_OUTPUT: Final = 64 * 1024
# A stream this small (compressed) is decompressed to its end, for the footer of a fixed VHD,
# unless it unpacks to more than TAIL_OUTPUT.
TAIL_INPUT: Final = 4 * 1024 * 1024
TAIL_OUTPUT: Final = 512 * 1024 * 1024
_CHUNK: Final = 1024 * 1024
MAX_MEMBERS: Final = 32
# Members whose first bytes are read to tell their format (each costs one or two reads).
MAX_SNIFFED_MEMBERS: Final = 8
MAX_PAX_HEADER: Final = 64 * 1024  # names and sizes only: longer records are not read
_ZIP_EOCD: Final = b"PK\x05\x06"
_ZIP_CENTRAL: Final = b"PK\x01\x02"
_ZIP_LOCAL: Final = b"PK\x03\x04"


@dataclass(frozen=True)
class MemberData:
    """Where a tar member's bytes are in the archive (for looking inside it in place)."""

    member: ArchiveMember
    offset: int
    # Stored sparse (GNU "S" or a pax GNU.sparse.* member): the bytes at ``offset`` are a map
    # and the packed data segments, not the file. Nothing reads such a member as the disk.
    sparse: bool = False


Sniffer = Callable[[bytes], str | None]


def peek_stream(source: ByteSource, kind: str, sniff: Sniffer) -> ContainerFacts:
    """gzip, xz, bzip2, zstd: the format of what the stream decompresses to."""
    facts = ContainerFacts(format=kind, compressed=True, compression_type=kind)
    data = source.read(0, PEEK_INPUT)
    try:
        if kind == "gzip":
            prefix = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, PEEK_OUTPUT)
        elif kind == "xz":
            prefix = lzma.LZMADecompressor().decompress(data, max_length=PEEK_OUTPUT)
        elif kind == "bzip2":
            prefix = bz2.BZ2Decompressor().decompress(data, max_length=PEEK_OUTPUT)
        else:
            # No zstd decoder in the standard library: say what it is, not what it holds.
            return facts
    except (zlib.error, lzma.LZMAError, OSError, EOFError, ValueError) as exc:
        facts.problems.append(
            Problem(
                "corrupt_archive",
                Text.of(
                    "The {kind} data does not decompress: {exc}.",
                    kind=kind,
                    exc=exc,
                ),
            )
        )
        return facts
    if prefix:
        facts.inner_format = sniff(prefix)
    if facts.inner_format in ("raw", None) and source.size <= TAIL_INPUT:
        # A fixed VHD starts like a raw disk: its only footer is its last 512 bytes.
        _find_fixed_vhd(facts, _decompressed_tail(source, kind))
    return facts


def _decompressed_tail(source: ByteSource, kind: str) -> bytes:
    """The last 512 bytes the stream decompresses to, or b"" past :data:`TAIL_OUTPUT` or on
    damage. Memory stays at one chunk in and one chunk out."""
    decompressor: Any
    if kind == "gzip":
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif kind == "xz":
        decompressor = lzma.LZMADecompressor()
    else:
        decompressor = bz2.BZ2Decompressor()
    tail = b""
    produced = 0
    try:
        for start in range(0, source.size, _CHUNK):
            if decompressor.eof:  # what follows the stream (padding, a second member) is not read
                break
            data = source.read(start, _CHUNK)
            while data or _has_more(decompressor):
                if kind == "gzip":
                    out = decompressor.decompress(data, _CHUNK)
                    data = decompressor.unconsumed_tail
                else:
                    out = decompressor.decompress(data, max_length=_CHUNK)
                    data = b""
                if not out:
                    break
                produced += len(out)
                if produced > TAIL_OUTPUT:
                    return b""
                tail = (tail + out)[-512:]
    except (zlib.error, lzma.LZMAError, OSError, EOFError, ValueError):
        return b""
    return tail


def _has_more(decompressor: Any) -> bool:
    """Whether a bz2/xz decompressor holds output it has not returned yet."""
    return not getattr(decompressor, "needs_input", True) and not decompressor.eof


def _find_fixed_vhd(facts: ContainerFacts, tail: bytes) -> None:
    if len(tail) == 512 and tail.startswith(FOOTER_COOKIE):
        (size,) = struct.unpack_from(">Q", tail, 48)
        (disk_type,) = struct.unpack_from(">I", tail, 60)
        if disk_type == FIXED_DISK_TYPE:
            facts.inner_format = "vhd"
            facts.inner_subformat = "fixed"
            facts.virtual_size = size


def _tar_number(field: bytes) -> int | None:
    if field and field[0] & 0x80:  # GNU base-256 for sizes of 8 GiB and more
        return int.from_bytes(field[1:], "big")
    text = field.split(b"\0", 1)[0].strip()
    try:
        return int(text, 8) if text else 0
    except ValueError:
        return None


def _pax_records(data: bytes) -> dict[str, str]:
    """A pax extended header's ``LEN key=value\\n`` records; a damaged record ends the list."""
    records: dict[str, str] = {}
    position = 0
    while position < len(data):
        space = data.find(b" ", position, position + 20)
        if space < 0 or not data[position:space].isdigit():
            break
        end = position + int(data[position:space])
        if end <= space or end > len(data):
            break
        key, _, value = data[space + 1 : end].rstrip(b"\n").partition(b"=")
        records[key.decode("utf-8", errors="replace")] = value.decode("utf-8", errors="replace")
        position = end
    return records


def list_tar(source: ByteSource, sniff: Sniffer) -> tuple[ContainerFacts, list[MemberData]]:
    facts = ContainerFacts(format="tar")
    members: list[MemberData] = []
    offset = 0
    long_name: str | None = None
    pax: dict[str, str] = {}  # the next member's extended header (pax "x")
    while len(members) < MAX_MEMBERS and offset + 512 <= source.size:
        header = source.read(offset, 512)
        if len(header) < 512 or not any(header):
            break
        size = _tar_number(header[124:136])
        if size is None:
            facts.problems.append(Problem("corrupt_archive", Text.of("A tar header is damaged.")))
            break
        kind = header[156:157]
        data_offset = offset + 512
        if kind == b"L":  # GNU long name: the next member's name is this member's data
            long_name = (
                source.read(data_offset, min(size, 4096))
                .split(b"\0", 1)[0]
                .decode("utf-8", errors="replace")
            )
        elif kind == b"x":  # pax: path, size and GNU.sparse.* of the next member
            pax = _pax_records(source.read(data_offset, min(size, MAX_PAX_HEADER)))
        elif kind in (b"0", b"\0", b"7", b"S"):
            name = header[0:100].split(b"\0", 1)[0].decode("utf-8", errors="replace")
            if header[257:262] == b"ustar" and header[345]:
                prefix = header[345:500].split(b"\0", 1)[0].decode("utf-8", errors="replace")
                name = f"{prefix}/{name}"
            name = pax.get("GNU.sparse.name") or pax.get("path") or long_name or name
            pax_size = pax.get("size", "")
            if pax_size.isdigit():
                size = int(pax_size)
            # The member's bytes are the packed data (and, for pax 1.0, a map before it): the
            # file itself exists only once unpacked.
            sparse = kind == b"S" or any(key.startswith("GNU.sparse.") for key in pax)
            real_size = pax.get("GNU.sparse.realsize") or pax.get("GNU.sparse.size") or ""
            shown_size = int(real_size) if sparse and real_size.isdigit() else size
            long_name, pax = None, {}
            sniffed = size and len(members) < MAX_SNIFFED_MEMBERS and not sparse
            first = source.read(data_offset, min(size, 4096)) if sniffed else b""
            member = ArchiveMember(
                name=name, size=shown_size, format=sniff(first) if first else None
            )
            if first.lstrip().startswith(b"<?xml") and b"Envelope" in first:
                member = ArchiveMember(name=name, size=shown_size, format="ovf")
            members.append(MemberData(member, data_offset, sparse))
        offset = data_offset + (size + 511) // 512 * 512
    if offset > source.size:
        facts.problems.append(
            Problem(
                "truncated_archive",
                Text.of("The tar archive is cut short: a member is incomplete."),
            )
        )
    # An OVA is a tar whose first member is the OVF descriptor (an XML Envelope).
    if members and members[0].member.format == "ovf":
        facts.format = "ova"
    facts.members = tuple(m.member for m in members)
    return facts, members


def list_zip(source: ByteSource, sniff: Sniffer) -> ContainerFacts:
    facts = ContainerFacts(format="zip")
    tail_length = min(source.size, 65536 + 22)
    tail = source.read(source.size - tail_length, tail_length)
    eocd = tail.rfind(_ZIP_EOCD)
    members: list[ArchiveMember] = []
    if eocd >= 0 and eocd + 22 <= len(tail):
        count, cd_size, cd_offset = struct.unpack_from("<HII", tail, eocd + 10)
        directory = source.read(cd_offset, min(cd_size, 256 * 1024))
        position = 0
        for _ in range(min(count, MAX_MEMBERS)):
            if directory[position : position + 4] != _ZIP_CENTRAL or position + 46 > len(directory):
                break
            (method,) = struct.unpack_from("<H", directory, position + 10)
            _compressed_size, size, name_length, extra_length, comment_length = struct.unpack_from(
                "<IIHHH", directory, position + 20
            )
            (local_offset,) = struct.unpack_from("<I", directory, position + 42)
            name_start = position + 46
            name = directory[name_start : name_start + name_length].decode(
                "utf-8", errors="replace"
            )
            member_format = (
                _zip_member_format(source, local_offset, method, sniff)
                if len(members) < MAX_SNIFFED_MEMBERS
                else None
            )
            members.append(ArchiveMember(name, size, member_format))
            position = name_start + name_length + extra_length + comment_length
    else:
        facts.problems.append(
            Problem(
                "truncated_archive",
                Text.of(
                    "The zip archive's directory at its end is missing: the file is truncated."
                ),
            )
        )
    facts.members = tuple(members)
    return facts


def _zip_member_format(
    source: ByteSource, local_offset: int, method: int, sniff: Sniffer
) -> str | None:
    header = source.read(local_offset, 30)
    if len(header) < 30 or not header.startswith(_ZIP_LOCAL):
        return None
    name_length, extra_length = struct.unpack_from("<HH", header, 26)
    data = source.read(local_offset + 30 + name_length + extra_length, 16 * 1024)
    try:
        if method == 0:
            return sniff(data)
        if method == 8:
            return sniff(zlib.decompressobj(-15).decompress(data, PEEK_OUTPUT))
    except zlib.error:
        return None
    return None
