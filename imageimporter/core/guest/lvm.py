"""LVM2: physical volume labels, the volume group's text metadata, and plain linear logical
volumes mapped onto their physical volumes.

On-disk format (LVM2's ``format_text``): a ``LABELONE`` label in one of the first four sectors
points to a PV header (PV UUID, data areas, metadata areas); each metadata area starts with an
``mda_header`` whose first raw location gives the current metadata text inside a circular buffer.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Sequence
from typing import Final

from imageimporter.core.guest.blocks import GuestReadError, MappedRegion, Region, Segment
from imageimporter.core.text import Text

_MDA_MAGIC: Final = b" LVM2 x[5A%r0N*>"
_MDA_HEADER_SIZE: Final = 512
# The metadata text of a volume group is a few KiB; this bounds a damaged size field.
_MAX_METADATA: Final = 4 * 1024 * 1024
_MAX_NESTING: Final = 32
_SECTOR: Final = 512

_TOKEN = re.compile(
    r'\s*(?:#[^\n]*\n?|(?P<string>"(?:[^"\\]|\\.)*")|(?P<number>-?\d+)|(?P<name>[A-Za-z0-9_.+\-]+)'
    r"|(?P<punct>[{}\[\]=,]))"
)

Value = str | int | list["Value"] | dict[str, "Value"]


def logical_volumes(pvs: Sequence[Region]) -> tuple[list[tuple[str, Region]], list[str]]:
    """The linear logical volumes of the volume groups on ``pvs``, as ``("vg/lv", region)``,
    and the reasons some could not be read."""
    problems: list[str] = []
    by_uuid: dict[str, Region] = {}
    metadata: dict[str, dict[str, Value]] = {}
    for pv in pvs:
        try:
            uuid, text = _read_pv(pv)
            by_uuid[uuid] = pv
            if text:
                parsed = parse_metadata(text)
                for vg_name, vg in parsed.items():
                    if isinstance(vg, dict):
                        metadata[vg_name] = vg
        except GuestReadError as exc:
            problems.append(Text.of("an LVM physical volume: {reason}", reason=exc.reason))
    volumes: list[tuple[str, Region]] = []
    for vg_name, vg in metadata.items():
        for lv_name, region_or_reason in _volume_group(vg, by_uuid):
            if isinstance(region_or_reason, str):
                problems.append(
                    Text.of(
                        "the logical volume {name}: {reason}",
                        name=f"{vg_name}/{lv_name}",
                        reason=region_or_reason,
                    )
                )
            else:
                volumes.append((f"{vg_name}/{lv_name}", region_or_reason))
    return volumes, problems


def _read_pv(pv: Region) -> tuple[str, str]:
    """The PV's UUID and the newest metadata text of its first metadata area ("" if none)."""
    head = pv.read(0, 4 * _SECTOR)
    for index in range(4):
        label = head[index * _SECTOR : (index + 1) * _SECTOR]
        if label[:8] == b"LABELONE" and label[24:32] == b"LVM2 001":
            break
    else:
        raise GuestReadError(Text.of("no LVM2 label"))
    (header_offset,) = struct.unpack_from("<I", label, 20)
    pv_header = label[header_offset:]
    if len(pv_header) < 40:
        raise GuestReadError(Text.of("the LVM2 label is damaged"))
    uuid = pv_header[:32].decode("ascii", errors="replace")
    # Two lists of (offset, size) pairs, each ended by a pair of zeros: data areas, then
    # metadata areas.
    position = 40
    lists: list[list[tuple[int, int]]] = [[], []]
    for area_list in lists:
        while position + 16 <= len(pv_header):
            offset, size = struct.unpack_from("<QQ", pv_header, position)
            position += 16
            if not offset and not size:
                break
            area_list.append((offset, size))
    for mda_offset, mda_size in lists[1]:
        return uuid, _metadata_text(pv, mda_offset, mda_size)
    return uuid, ""


def _metadata_text(pv: Region, mda_offset: int, mda_size: int) -> str:
    header = pv.read(mda_offset, _MDA_HEADER_SIZE)
    if len(header) < _MDA_HEADER_SIZE or header[4:20] != _MDA_MAGIC:
        raise GuestReadError(Text.of("the LVM2 metadata area is damaged"))
    offset, size = struct.unpack_from("<QQ", header, 40)
    if not size:
        return ""
    if size > _MAX_METADATA or offset >= mda_size or mda_size <= _MDA_HEADER_SIZE:
        raise GuestReadError(Text.of("the LVM2 metadata has an impossible size"))
    # The text sits in a circular buffer after the header: it may wrap to the buffer's start.
    first = min(size, mda_size - offset)
    data = pv.read(mda_offset + offset, first)
    if first < size:
        data += pv.read(mda_offset + _MDA_HEADER_SIZE, size - first)
    return data.rstrip(b"\0").decode("utf-8", errors="replace")


def parse_metadata(text: str) -> dict[str, Value]:
    """LVM2's metadata text: ``name { ... }`` sections, ``key = value``, ``[lists]``."""
    tokens: list[tuple[str, str]] = []
    position = 0
    text = text.rstrip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            raise GuestReadError(Text.of("the LVM2 metadata text cannot be parsed"))
        position = match.end()
        kind = match.lastgroup
        if kind is not None:
            tokens.append((kind, match.group(kind)))
    section, _ = _section(tokens, 0, 0)
    return section


def _section(tokens: list[tuple[str, str]], index: int, depth: int) -> tuple[dict[str, Value], int]:
    if depth > _MAX_NESTING:
        raise GuestReadError(Text.of("the LVM2 metadata nests too deeply"))
    result: dict[str, Value] = {}
    while index < len(tokens):
        kind, token = tokens[index]
        if token == "}" and kind == "punct":
            return result, index + 1
        if kind not in ("name", "string", "number") or index + 1 >= len(tokens):
            raise GuestReadError(Text.of("the LVM2 metadata text cannot be parsed"))
        key = token.strip('"')
        following = tokens[index + 1][1]
        if following == "{":
            result[key], index = _section(tokens, index + 2, depth + 1)
        elif following == "=":
            result[key], index = _value(tokens, index + 2)
        else:
            raise GuestReadError(Text.of("the LVM2 metadata text cannot be parsed"))
    return result, index


def _value(tokens: list[tuple[str, str]], index: int) -> tuple[Value, int]:
    if index >= len(tokens):
        raise GuestReadError(Text.of("the LVM2 metadata text cannot be parsed"))
    kind, token = tokens[index]
    if token == "[":
        items: list[Value] = []
        index += 1
        while index < len(tokens) and tokens[index][1] != "]":
            if tokens[index][1] == ",":
                index += 1
                continue
            item, index = _value(tokens, index)
            items.append(item)
        return items, index + 1
    if kind == "number":
        return int(token), index + 1
    if kind == "string":
        return token[1:-1].replace('\\"', '"').replace("\\\\", "\\"), index + 1
    return token, index + 1


def _volume_group(
    vg: dict[str, Value], by_uuid: dict[str, Region]
) -> list[tuple[str, Region | str]]:
    extent_size = vg.get("extent_size")
    pvs = vg.get("physical_volumes")
    lvs = vg.get("logical_volumes")
    if not isinstance(extent_size, int) or not isinstance(pvs, dict) or not isinstance(lvs, dict):
        return []
    extent_bytes = extent_size * _SECTOR
    starts: dict[str, tuple[Region, int]] = {}
    for pv_name, pv in pvs.items():
        if isinstance(pv, dict) and isinstance(pv.get("id"), str):
            region = by_uuid.get(str(pv["id"]).replace("-", ""))
            pe_start = pv.get("pe_start")
            if region is not None and isinstance(pe_start, int):
                starts[pv_name] = (region, pe_start * _SECTOR)
    result: list[tuple[str, Region | str]] = []
    for lv_name, lv in lvs.items():
        if isinstance(lv, dict):
            result.append((lv_name, _linear(lv, extent_bytes, starts)))
    return result


def _linear(
    lv: dict[str, Value], extent_bytes: int, starts: dict[str, tuple[Region, int]]
) -> Region | str:
    segments: list[Segment] = []
    total = 0
    for key, segment in lv.items():
        if not key.startswith("segment") or not isinstance(segment, dict):
            continue
        kind = segment.get("type")
        stripes = segment.get("stripes")
        start = segment.get("start_extent")
        count = segment.get("extent_count")
        if kind != "striped" or segment.get("stripe_count") != 1:
            return Text.of(
                "only linear logical volumes can be read (this one is {kind})", kind=kind
            )
        if not (isinstance(stripes, list) and len(stripes) == 2 and isinstance(start, int)):
            return Text.of("its segments are damaged")
        pv_name, pv_extent = stripes
        if not isinstance(count, int) or not isinstance(pv_extent, int):
            return Text.of("its segments are damaged")
        if not isinstance(pv_name, str) or pv_name not in starts:
            return Text.of("it lives on a physical volume that is not on this disk")
        region, pe_start = starts[pv_name]
        segments.append(
            Segment(
                start * extent_bytes,
                count * extent_bytes,
                region,
                pe_start + pv_extent * extent_bytes,
            )
        )
        total = max(total, (start + count) * extent_bytes)
    if not segments:
        return Text.of("it has no segments")
    return MappedRegion(total, segments)
