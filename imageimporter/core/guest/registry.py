"""A Windows registry hive (``regf``) read lazily, key by key, through a guest file.

Why not ``regipy``: it opens hives only by a host path and reads the whole file into memory,
so the guest's SOFTWARE hive (often 50-100 MiB) would first be copied out of the image. Looking
up a handful of keys needs only the cells on their paths: the header, ``nk`` key records, their
subkey lists (``lf``, ``lh``, ``li``, ``ri``) and ``vk`` values. Tested on hives written by
``hivexsh``.
"""

from __future__ import annotations

import struct
from typing import Final

from imageimporter.core.guest.blocks import GuestReadError
from imageimporter.core.guest.filesystems import Node
from imageimporter.core.text import Text

_HBIN_START: Final = 0x1000
_MAX_SUBKEYS: Final = 65536
_MAX_VALUES: Final = 4096
_MAX_VALUE_DATA: Final = 16344  # larger values live in "db" big-data cells; none is needed here

RegistryValue = str | int | bytes | list[str]


class Hive:
    def __init__(self, node: Node) -> None:
        self._node = node
        header = node.read(0, 512)
        if len(header) < 512 or header[:4] != b"regf":
            raise GuestReadError(Text.of("it is not a registry hive"))
        (root,) = struct.unpack_from("<I", header, 0x24)
        self._root = root

    def _cell(self, offset: int, minimum: int = 4) -> bytes:
        absolute = _HBIN_START + offset
        if offset < 0 or absolute + 4 > self._node.size:
            raise GuestReadError(Text.of("a registry cell points outside the hive"))
        (size,) = struct.unpack("<i", self._node.read(absolute, 4))
        size = abs(size)
        if not minimum + 4 <= size <= 1024 * 1024:
            raise GuestReadError(Text.of("a registry cell is damaged"))
        data = self._node.read(absolute + 4, size - 4)
        if len(data) < size - 4:
            raise GuestReadError(Text.of("a registry cell points outside the hive"))
        return data

    def _key(self, path: str) -> bytes | None:
        record = self._cell(self._root, 76)
        for part in [p for p in path.split("\\") if p]:
            found = self._subkey(record, part.casefold())
            if found is None:
                return None
            record = found
        return record

    def _subkey(self, record: bytes, wanted: str) -> bytes | None:
        if record[:2] != b"nk":
            raise GuestReadError(Text.of("a registry key is damaged"))
        (count, list_offset) = struct.unpack_from("<I4xI", record, 20)
        if not count:
            return None
        for offset in self._list_offsets(list_offset, depth=0):
            child = self._cell(offset, 76)
            if child[:2] == b"nk" and _key_name(child).casefold() == wanted:
                return child
        return None

    def _list_offsets(self, list_offset: int, depth: int) -> list[int]:
        data = self._cell(list_offset)
        kind = data[:2]
        (count,) = struct.unpack_from("<H", data, 2)
        count = min(count, _MAX_SUBKEYS)
        if kind in (b"lf", b"lh"):
            return [
                struct.unpack_from("<I", data, 4 + 8 * i)[0]
                for i in range(count)
                if 8 + 8 * i <= len(data)
            ]
        if kind == b"li":
            return [
                struct.unpack_from("<I", data, 4 + 4 * i)[0]
                for i in range(count)
                if 8 + 4 * i <= len(data)
            ]
        if kind == b"ri" and depth == 0:
            offsets: list[int] = []
            for i in range(count):
                if 8 + 4 * i <= len(data):
                    offsets.extend(
                        self._list_offsets(struct.unpack_from("<I", data, 4 + 4 * i)[0], 1)
                    )
            return offsets[:_MAX_SUBKEYS]
        raise GuestReadError(Text.of("a registry subkey list is damaged"))

    def subkeys(self, path: str) -> list[str] | None:
        record = self._key(path)
        if record is None:
            return None
        (count, list_offset) = struct.unpack_from("<I4xI", record, 20)
        if not count:
            return []
        return [_key_name(self._cell(offset, 76)) for offset in self._list_offsets(list_offset, 0)]

    def values(self, path: str) -> dict[str, RegistryValue] | None:
        """The values of the key at ``path`` (``"Microsoft\\Windows NT\\CurrentVersion"``)
        by lowercased name; None when the key does not exist."""
        record = self._key(path)
        if record is None:
            return None
        (count, list_offset) = struct.unpack_from("<II", record, 36)
        result: dict[str, RegistryValue] = {}
        if not count:
            return result
        offsets = self._cell(list_offset)
        for index in range(min(count, _MAX_VALUES, len(offsets) // 4)):
            (offset,) = struct.unpack_from("<I", offsets, index * 4)
            value = self._cell(offset, 20)
            if value[:2] != b"vk":
                continue
            name_length, data_size, data_offset, kind, flags = struct.unpack_from(
                "<HIIIH", value, 2
            )
            raw_name = value[20 : 20 + name_length]
            name = (
                raw_name.decode("latin-1")
                if flags & 1
                else raw_name.decode("utf-16-le", errors="replace")
            )
            if data_size & 0x80000000:  # up to 4 bytes stored in the offset field itself
                data = struct.pack("<I", data_offset)[: data_size & 0x7FFFFFFF]
            elif data_size > _MAX_VALUE_DATA:
                continue
            else:
                data = self._cell(data_offset)[:data_size]
            result[name.casefold()] = _decode(kind, data)
        return result


def _key_name(record: bytes) -> str:
    (flags,) = struct.unpack_from("<H", record, 2)
    (length,) = struct.unpack_from("<H", record, 72)
    raw = record[76 : 76 + length]
    return raw.decode("latin-1") if flags & 0x20 else raw.decode("utf-16-le", errors="replace")


def _decode(kind: int, data: bytes) -> RegistryValue:
    if kind in (1, 2):  # REG_SZ, REG_EXPAND_SZ
        return data.decode("utf-16-le", errors="replace").split("\0", 1)[0]
    if kind == 7:  # REG_MULTI_SZ
        return [s for s in data.decode("utf-16-le", errors="replace").split("\0") if s]
    if kind == 4 and len(data) >= 4:  # REG_DWORD
        return int(struct.unpack_from("<I", data)[0])
    if kind == 11 and len(data) >= 8:  # REG_QWORD
        return int(struct.unpack_from("<Q", data)[0])
    return data
