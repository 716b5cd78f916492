"""Btrfs, read-only and single-device: enough to find files in the default subvolume.

No maintained Python reader exists (libyal has none), so this follows the on-disk format
directly: the superblock's system chunk array and the chunk tree map logical addresses to the
device; the root tree gives the default subvolume's filesystem tree; directory entries are
looked up by their CRC-32C name hash (``DIR_ITEM``) and listed by index (``DIR_INDEX``); file
data comes from ``EXTENT_DATA`` items (inline or regular, uncompressed, zlib or zstd).
Every walk is bounded: tree depth, nodes visited, extent counts.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from imageimporter.core.guest.blocks import GuestReadError, Region
from imageimporter.core.guest.filesystems import MAX_DIRECTORY_ENTRIES, Node, NodeKind
from imageimporter.core.text import Text

_SUPERBLOCK: Final = 0x10000
_HEADER: Final = 101
_KEY: Final = struct.Struct("<QBQ")
_MAX_LEVEL: Final = 8
_MAX_NODES_PER_SEARCH: Final = 20_000
_MAX_EXTENTS: Final = 100_000

_INODE_ITEM: Final = 1
_ROOT_ITEM: Final = 132
_DIR_ITEM: Final = 84
_DIR_INDEX: Final = 96
_EXTENT_DATA: Final = 108
_CHUNK_ITEM: Final = 228
_FS_TREE: Final = 5
_ROOT_TREE_DIR: Final = 6
_FIRST_INODE: Final = 256

Key = tuple[int, int, int]


def _crc32c_table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC32C: Final = _crc32c_table()


def name_hash(name: bytes) -> int:
    """Btrfs's directory hash: CRC-32C seeded with ~1, without the final inversion."""
    crc = 0xFFFFFFFE
    for byte in name:
        crc = _CRC32C[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc


@dataclass(frozen=True)
class _Chunk:
    logical: int
    length: int
    physical: int


class BtrfsFilesystem:
    def __init__(self, region: Region) -> None:
        self._region = region
        sb = region.read(_SUPERBLOCK, 4096)
        if len(sb) < 4096 or sb[0x40:0x48] != b"_BHRfS_M":
            raise GuestReadError(Text.of("the Btrfs superblock is damaged"))
        root, chunk_root = struct.unpack_from("<QQ", sb, 0x50)
        self._nodesize = struct.unpack_from("<I", sb, 0x94)[0]
        (array_size,) = struct.unpack_from("<I", sb, 0xA0)
        root_level, chunk_level = sb[0xC6], sb[0xC7]
        if not 4096 <= self._nodesize <= 65536 or array_size > 2048:
            raise GuestReadError(Text.of("the Btrfs superblock is damaged"))
        self._chunks: list[_Chunk] = []
        array = sb[0x32B : 0x32B + array_size]
        position = 0
        while position + 17 + 48 <= len(array):
            _, _, logical = _KEY.unpack_from(array, position)
            position += 17
            chunk, size = self._chunk(logical, array, position)
            self._chunks.append(chunk)
            position += size
        for key, data in self._search(
            chunk_root, chunk_level, (256, _CHUNK_ITEM, 0), (256, _CHUNK_ITEM, 2**64 - 1)
        ):
            self._chunks.append(self._chunk(key[2], data, 0)[0])
        self._fs_tree = self._default_tree(root, root_level)

    def _chunk(self, logical: int, data: bytes, position: int) -> tuple[_Chunk, int]:
        if position + 48 + 32 > len(data):
            raise GuestReadError(Text.of("a Btrfs chunk is damaged"))
        (length,) = struct.unpack_from("<Q", data, position)
        (stripes,) = struct.unpack_from("<H", data, position + 44)
        (physical,) = struct.unpack_from("<Q", data, position + 48 + 8)
        return _Chunk(logical, length, physical), 48 + 32 * stripes

    def _physical(self, logical: int) -> int:
        for chunk in self._chunks:
            if chunk.logical <= logical < chunk.logical + chunk.length:
                return chunk.physical + logical - chunk.logical
        raise GuestReadError(Text.of("a Btrfs address is outside every chunk"))

    def read_logical(self, logical: int, length: int) -> bytes:
        parts = []
        while length > 0:
            physical = self._physical(logical)
            chunk = next(c for c in self._chunks if c.logical <= logical < c.logical + c.length)
            step = min(length, chunk.logical + chunk.length - logical)
            parts.append(self._region.read(physical, step))
            logical += step
            length -= step
        return b"".join(parts)

    def _node(self, logical: int) -> bytes:
        node = self.read_logical(logical, self._nodesize)
        if len(node) < self._nodesize or struct.unpack_from("<Q", node, 0x30)[0] != logical:
            raise GuestReadError(Text.of("a Btrfs tree node is damaged"))
        return node

    def _search(self, root: int, level: int, low: Key, high: Key) -> Iterator[tuple[Key, bytes]]:
        """The items of the tree at ``root`` with keys in ``[low, high]``, in order."""
        budget = [_MAX_NODES_PER_SEARCH]
        yield from self._walk(root, level, low, high, budget)

    def _walk(
        self, logical: int, level: int, low: Key, high: Key, budget: list[int]
    ) -> Iterator[tuple[Key, bytes]]:
        budget[0] -= 1
        if budget[0] < 0 or level > _MAX_LEVEL:
            raise GuestReadError(Text.of("a Btrfs tree is too deep or loops"))
        node = self._node(logical)
        (count,) = struct.unpack_from("<I", node, 0x60)
        node_level = node[0x64]
        if node_level != level:
            raise GuestReadError(Text.of("a Btrfs tree node is damaged"))
        if level == 0:
            count = min(count, (len(node) - _HEADER) // 25)
            for index in range(count):
                base = _HEADER + index * 25
                key = _KEY.unpack_from(node, base)
                if key > high:
                    return
                if key >= low:
                    offset, size = struct.unpack_from("<II", node, base + 17)
                    yield key, node[_HEADER + offset : _HEADER + offset + size]
            return
        count = min(count, (len(node) - _HEADER) // 33)
        keys = [_KEY.unpack_from(node, _HEADER + i * 33) for i in range(count)]
        for index, key in enumerate(keys):
            if key > high:
                return
            if index + 1 < count and keys[index + 1] <= low:
                continue
            (child,) = struct.unpack_from("<Q", node, _HEADER + index * 33 + 17)
            yield from self._walk(child, level - 1, low, high, budget)

    def _tree_root(self, root: int, level: int, tree_id: int) -> tuple[int, int]:
        found = None
        for _, item in self._search(
            root, level, (tree_id, _ROOT_ITEM, 0), (tree_id, _ROOT_ITEM, 2**64 - 1)
        ):
            found = item
        if found is None or len(found) < 239:
            raise GuestReadError(Text.of("the Btrfs subvolume {id} is missing", id=tree_id))
        return struct.unpack_from("<Q", found, 176)[0], found[238]

    def _default_tree(self, root: int, level: int) -> tuple[int, int]:
        self._root_tree = (root, level)
        subvolume = _FS_TREE
        wanted = (_ROOT_TREE_DIR, _DIR_ITEM, name_hash(b"default"))
        for _, item in self._search(root, level, wanted, wanted):
            for location, _kind, name in _dir_entries(item):
                if name == b"default" and location[0] >= _FS_TREE:
                    subvolume = location[0]
        return self._tree_root(root, level, subvolume)

    def subvolume_tree(self, tree_id: int) -> tuple[int, int]:
        return self._tree_root(*self._root_tree, tree_id)

    def items(self, tree: tuple[int, int], low: Key, high: Key) -> Iterator[tuple[Key, bytes]]:
        return self._search(tree[0], tree[1], low, high)

    @property
    def kind(self) -> str:
        return "btrfs"

    @property
    def case_insensitive(self) -> bool:
        return False

    def root(self) -> Node:
        return _BtrfsNode(self, self._fs_tree, _FIRST_INODE)


def _dir_entries(item: bytes) -> Iterator[tuple[Key, int, bytes]]:
    position = 0
    while position + 30 <= len(item):
        location = _KEY.unpack_from(item, position)
        data_length, name_length = struct.unpack_from("<HH", item, position + 25)
        kind = item[position + 29]
        name = item[position + 30 : position + 30 + name_length]
        yield location, kind, name
        position += 30 + name_length + data_length


class _BtrfsNode:
    def __init__(self, fs: BtrfsFilesystem, tree: tuple[int, int], inode: int) -> None:
        self._fs = fs
        self._tree = tree
        self._inode = inode
        key = (inode, _INODE_ITEM, 0)
        item = next((data for _, data in fs.items(tree, key, key)), None)
        if item is None or len(item) < 60:
            raise GuestReadError(Text.of("a Btrfs inode is missing"))
        self._size: int = struct.unpack_from("<Q", item, 16)[0]
        self._mode: int = struct.unpack_from("<I", item, 52)[0]

    @property
    def kind(self) -> NodeKind:
        return {
            0o100000: NodeKind.FILE,
            0o040000: NodeKind.DIRECTORY,
            0o120000: NodeKind.SYMLINK,
        }.get(self._mode & 0o170000, NodeKind.OTHER)

    @property
    def size(self) -> int:
        return self._size

    def link_target(self) -> str:
        return self.read(0, min(self._size, 4096)).decode("utf-8", errors="replace")

    def _enter(self, location: Key) -> Node:
        if location[1] == _ROOT_ITEM:  # a subvolume: its own tree, from its root directory
            return _BtrfsNode(self._fs, self._fs.subvolume_tree(location[0]), _FIRST_INODE)
        return _BtrfsNode(self._fs, self._tree, location[0])

    def child(self, name: str) -> Node | None:
        raw = name.encode()
        key = (self._inode, _DIR_ITEM, name_hash(raw))
        for _, item in self._fs.items(self._tree, key, key):
            for location, _kind, entry in _dir_entries(item):
                if entry == raw:
                    return self._enter(location)
        return None

    def names(self) -> list[str]:
        names: list[str] = []
        low, high = (self._inode, _DIR_INDEX, 0), (self._inode, _DIR_INDEX, 2**64 - 1)
        for _, item in self._fs.items(self._tree, low, high):
            names.extend(
                name.decode("utf-8", errors="replace") for _, _, name in _dir_entries(item)
            )
            if len(names) >= MAX_DIRECTORY_ENTRIES:
                break
        return names[:MAX_DIRECTORY_ENTRIES]

    def read(self, offset: int, length: int) -> bytes:
        length = max(0, min(length, self._size - offset))
        if not length:
            return b""
        out = bytearray(length)
        low, high = (self._inode, _EXTENT_DATA, 0), (self._inode, _EXTENT_DATA, offset + length - 1)
        for count, (key, item) in enumerate(self._fs.items(self._tree, low, high)):
            if count > _MAX_EXTENTS:
                raise GuestReadError(Text.of("a Btrfs file has too many extents"))
            data = self._extent(item)
            start = key[2]
            lo, hi = max(offset, start), min(offset + length, start + len(data))
            if lo < hi:
                out[lo - offset : hi - offset] = data[lo - start : hi - start]
        return bytes(out)

    def _extent(self, item: bytes) -> bytes:
        if len(item) < 21:
            raise GuestReadError(Text.of("a Btrfs extent is damaged"))
        (ram_bytes,) = struct.unpack_from("<Q", item, 8)
        compression, kind = item[16], item[20]
        if kind == 0:  # inline
            return _decompress(compression, item[21:], ram_bytes)
        if len(item) < 53:
            raise GuestReadError(Text.of("a Btrfs extent is damaged"))
        disk_bytenr, disk_bytes, extent_offset, num_bytes = struct.unpack_from("<QQQQ", item, 21)
        if kind == 2 or disk_bytenr == 0:  # preallocated or a hole: zeros
            return bytes(min(num_bytes, 1 << 26))
        if num_bytes > 1 << 26 or disk_bytes > 1 << 26 or ram_bytes > 1 << 26:
            raise GuestReadError(Text.of("a Btrfs extent is damaged"))
        if compression:
            data = _decompress(
                compression, self._fs.read_logical(disk_bytenr, disk_bytes), ram_bytes
            )
            return data[extent_offset : extent_offset + num_bytes]
        return self._fs.read_logical(disk_bytenr + extent_offset, num_bytes)


def _decompress(compression: int, data: bytes, ram_bytes: int) -> bytes:
    if compression == 0:
        return data
    if ram_bytes > 1 << 26:
        raise GuestReadError(Text.of("a Btrfs extent is damaged"))
    if compression == 1:
        try:
            return zlib.decompressobj().decompress(data, ram_bytes)
        except zlib.error as exc:
            raise GuestReadError(Text.of("a compressed Btrfs extent is damaged")) from exc
    if compression == 3:
        try:
            import zstandard
        except ImportError as exc:
            raise GuestReadError(Text.of("the zstd decompressor is not installed")) from exc
        try:
            return zstandard.ZstdDecompressor().decompress(data, max_output_size=ram_bytes)
        except zstandard.ZstdError as exc:
            raise GuestReadError(Text.of("a compressed Btrfs extent is damaged")) from exc
    raise GuestReadError(Text.of("LZO-compressed Btrfs files cannot be read"))
