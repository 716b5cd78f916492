"""Filesystems opened read-only over a volume, as a tree of :class:`Node` values.

ext2/3/4, XFS and NTFS are read with the libyal libraries (``pyfsext``, ``pyfsxfs``,
``pyfsntfs``), opened on a :class:`RegionFile` so every byte still comes through the disk
interface: they do no I/O of their own, hence they live in core like any other parser. FAT (the
EFI System Partition) is small enough to read here; Btrfs has no such library and is read by
``core.guest.btrfs``.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, Protocol

from imageimporter.core.guest.blocks import GuestReadError, Region, RegionFile
from imageimporter.core.guest.volumes import Content
from imageimporter.core.text import Text

# No directory the inspection lists needs more entries than this (/boot, /lib/modules).
MAX_DIRECTORY_ENTRIES: Final = 4096
_FAT_MAX_CHAIN: Final = 1 << 20


class NodeKind(StrEnum):
    FILE = "file"
    DIRECTORY = "directory"
    SYMLINK = "symlink"
    OTHER = "other"


class Node(Protocol):
    @property
    def kind(self) -> NodeKind: ...

    @property
    def size(self) -> int: ...

    def link_target(self) -> str: ...

    def child(self, name: str) -> Node | None: ...

    def names(self) -> list[str]:
        """The names in a directory (at most :data:`MAX_DIRECTORY_ENTRIES`)."""
        ...

    def read(self, offset: int, length: int) -> bytes: ...


class Filesystem(Protocol):
    @property
    def kind(self) -> str:
        """``ext4``, ``xfs``, ``ntfs``, ``vfat``..."""
        ...

    @property
    def case_insensitive(self) -> bool: ...

    def root(self) -> Node: ...


def open_filesystem(region: Region, content: Content) -> Filesystem:
    """The filesystem on a volume, or ``GuestReadError`` saying why it cannot be read."""
    if content is Content.EXT:
        return _LibyalFilesystem(
            region, _libyal(content), _ext_kind(region), case_insensitive=False
        )
    if content is Content.XFS:
        return _LibyalFilesystem(region, _libyal(content), "xfs", case_insensitive=False)
    if content is Content.NTFS:
        return _LibyalFilesystem(region, _libyal(content), "ntfs", case_insensitive=True)
    if content is Content.FAT:
        return FatFilesystem(region)
    if content is Content.BTRFS:
        from imageimporter.core.guest.btrfs import BtrfsFilesystem

        return BtrfsFilesystem(region)
    raise GuestReadError(
        Text.of("it holds no filesystem that can be read ({content})", content=content)
    )


def _ext_kind(region: Region) -> str:
    superblock = region.read(1024, 1024)
    if len(superblock) < 1024:
        raise GuestReadError(Text.of("the filesystem is cut short"))
    compat, incompat = struct.unpack_from("<II", superblock, 0x5C)
    if incompat & 0x2C0:  # extents, 64bit, flex_bg
        return "ext4"
    return "ext3" if compat & 0x4 else "ext2"


class _LibyalFilesystem:
    def __init__(self, region: Region, module: Any, kind: str, *, case_insensitive: bool) -> None:
        self._file = RegionFile(region)
        self._volume = module.volume()
        try:
            self._volume.open_file_object(self._file)
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(
                Text.of(
                    "the {kind} filesystem is damaged: {reason}", kind=kind, reason=_first_line(exc)
                )
            ) from exc
        self._kind = kind
        self._case_insensitive = case_insensitive

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def case_insensitive(self) -> bool:
        return self._case_insensitive

    def root(self) -> Node:
        try:
            entry = self._volume.get_root_directory()
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(_first_line(exc)) from exc
        return _LibyalNode(self._volume, entry, "", ntfs=self._kind == "ntfs")


def _libyal(content: Content) -> Any:
    """The libyal module for a filesystem, imported by name so PyInstaller bundles each one."""
    try:
        if content is Content.EXT:
            import pyfsext

            return pyfsext
        if content is Content.XFS:
            import pyfsxfs

            return pyfsxfs
        import pyfsntfs

        return pyfsntfs
    except ImportError as exc:
        raise GuestReadError(
            Text.of("the reader for {content} is not installed", content=content)
        ) from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[-1] if text else type(exc).__name__


class _LibyalNode:
    """A file entry and its path: children are looked up by path from the volume, because
    libfsext's lookup by name in the root directory fails ("invalid inode")."""

    def __init__(self, volume: Any, entry: Any, path: str, *, ntfs: bool) -> None:
        self._volume = volume
        self._entry = entry
        self._path = path
        self._ntfs = ntfs

    @property
    def kind(self) -> NodeKind:
        try:
            if self._ntfs:
                if self._entry.has_directory_entries_index():
                    return NodeKind.DIRECTORY
                reparse_point = self._entry.file_attribute_flags & 0x400
                return NodeKind.OTHER if reparse_point else NodeKind.FILE
            mode = self._entry.file_mode & 0o170000
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(_first_line(exc)) from exc
        return {
            0o100000: NodeKind.FILE,
            0o040000: NodeKind.DIRECTORY,
            0o120000: NodeKind.SYMLINK,
        }.get(mode, NodeKind.OTHER)

    @property
    def size(self) -> int:
        try:
            return int(self._entry.size)
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(_first_line(exc)) from exc

    def link_target(self) -> str:
        try:
            return str(self._entry.symbolic_link_target or "")
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(_first_line(exc)) from exc

    def child(self, name: str) -> Node | None:
        try:
            path = self._path + ("\\" if self._ntfs else "/") + name
            entry = self._volume.get_file_entry_by_path(path)
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(_first_line(exc)) from exc
        return None if entry is None else _LibyalNode(self._volume, entry, path, ntfs=self._ntfs)

    def names(self) -> list[str]:
        try:
            count = min(self._entry.number_of_sub_file_entries, MAX_DIRECTORY_ENTRIES)
            return [str(self._entry.get_sub_file_entry(index).name) for index in range(count)]
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(_first_line(exc)) from exc

    def read(self, offset: int, length: int) -> bytes:
        length = max(0, min(length, self.size - offset))
        if not length:
            return b""
        try:
            return bytes(self._entry.read_buffer_at_offset(length, offset))
        except (OSError, RuntimeError) as exc:
            raise GuestReadError(_first_line(exc)) from exc


@dataclass(frozen=True)
class _FatGeometry:
    bytes_per_cluster: int
    fat_offset: int
    data_offset: int
    root_offset: int  # FAT12/16: the fixed root directory
    root_size: int
    root_cluster: int  # FAT32
    bits: int
    cluster_count: int


class FatFilesystem:
    """FAT12/16/32 with long names: enough to find boot loaders and grub.cfg on an ESP."""

    def __init__(self, region: Region) -> None:
        boot = region.read(0, 512)
        if len(boot) < 512:
            raise GuestReadError(Text.of("the FAT boot sector is damaged"))
        bytes_per_sector, sectors_per_cluster, reserved, fats, root_entries = struct.unpack_from(
            "<HBHBH", boot, 11
        )
        total16, _media, fat16_size = struct.unpack_from("<HBH", boot, 19)
        (total32, fat32_size, root_cluster) = struct.unpack_from("<I4xI4xI", boot, 32)
        if bytes_per_sector not in (512, 1024, 2048, 4096) or sectors_per_cluster == 0 or not fats:
            raise GuestReadError(Text.of("the FAT boot sector is damaged"))
        fat_size = fat16_size or fat32_size
        total = total16 or total32
        root_sectors = (root_entries * 32 + bytes_per_sector - 1) // bytes_per_sector
        first_data = reserved + fats * fat_size + root_sectors
        cluster_count = max(0, (total - first_data) // sectors_per_cluster)
        bits = 12 if cluster_count < 4085 else 16 if cluster_count < 65525 else 32
        self._region = region
        self._geometry = _FatGeometry(
            bytes_per_cluster=bytes_per_sector * sectors_per_cluster,
            fat_offset=reserved * bytes_per_sector,
            data_offset=first_data * bytes_per_sector,
            root_offset=(reserved + fats * fat_size) * bytes_per_sector,
            root_size=root_sectors * bytes_per_sector,
            root_cluster=root_cluster if bits == 32 else 0,
            bits=bits,
            cluster_count=cluster_count,
        )

    @property
    def kind(self) -> str:
        return "vfat"

    @property
    def case_insensitive(self) -> bool:
        return True

    def root(self) -> Node:
        return _FatNode(self, NodeKind.DIRECTORY, self._geometry.root_cluster, 0, root=True)

    def chain(self, cluster: int) -> Iterator[int]:
        geometry = self._geometry
        seen = 0
        end = {12: 0xFF8, 16: 0xFFF8, 32: 0x0FFFFFF8}[geometry.bits]
        while 2 <= cluster < geometry.cluster_count + 2 and cluster < end:
            seen += 1
            if seen > _FAT_MAX_CHAIN:
                raise GuestReadError(Text.of("a FAT cluster chain loops"))
            yield cluster
            cluster = self._next(cluster)

    def _next(self, cluster: int) -> int:
        geometry = self._geometry
        if geometry.bits == 32:
            return (
                int.from_bytes(self._region.read(geometry.fat_offset + cluster * 4, 4), "little")
                & 0x0FFFFFFF
            )
        if geometry.bits == 16:
            return int.from_bytes(self._region.read(geometry.fat_offset + cluster * 2, 2), "little")
        value = int.from_bytes(
            self._region.read(geometry.fat_offset + cluster * 3 // 2, 2), "little"
        )
        return value >> 4 if cluster & 1 else value & 0xFFF

    def read_chain(self, cluster: int, offset: int, length: int) -> bytes:
        size = self._geometry.bytes_per_cluster
        parts = []
        for index, current in enumerate(self.chain(cluster)):
            if length <= 0:
                break
            lo = index * size
            if lo + size <= offset:
                continue
            inner = max(0, offset - lo)
            take = min(size - inner, length)
            parts.append(
                self._region.read(self._geometry.data_offset + (current - 2) * size + inner, take)
            )
            length -= take
        return b"".join(parts)

    def read_root_directory(self) -> bytes:
        if self._geometry.bits == 32:
            return self.read_chain(self._geometry.root_cluster, 0, MAX_DIRECTORY_ENTRIES * 32)
        return self._region.read(self._geometry.root_offset, self._geometry.root_size)


class _FatNode:
    def __init__(
        self, fs: FatFilesystem, kind: NodeKind, cluster: int, size: int, *, root: bool = False
    ) -> None:
        self._fs = fs
        self._kind = kind
        self._cluster = cluster
        self._size = size
        self._root = root

    @property
    def kind(self) -> NodeKind:
        return self._kind

    @property
    def size(self) -> int:
        return self._size

    def link_target(self) -> str:
        return ""

    def _entries(self) -> Iterator[tuple[str, _FatNode]]:
        if self._kind is not NodeKind.DIRECTORY:
            return
        if self._root:
            data = self._fs.read_root_directory()
        else:
            data = self._fs.read_chain(self._cluster, 0, MAX_DIRECTORY_ENTRIES * 32)
        long_name: list[str] = []
        for position in range(0, len(data) - 31, 32):
            entry = data[position : position + 32]
            if entry[0] == 0:
                return
            if entry[0] == 0xE5:
                long_name = []
                continue
            attributes = entry[11]
            if attributes == 0x0F:
                part = (entry[1:11] + entry[14:26] + entry[28:32]).decode(
                    "utf-16-le", errors="replace"
                )
                long_name.insert(0, part.split("\0", 1)[0].rstrip("\uffff"))
                continue
            if attributes & 0x08:
                long_name = []
                continue
            stem = entry[:8].decode("latin-1").rstrip()
            extension = entry[8:11].decode("latin-1").rstrip()
            name = "".join(long_name) or (f"{stem}.{extension}" if extension else stem)
            long_name = []
            if name in (".", ".."):
                continue
            cluster = struct.unpack_from("<H", entry, 26)[0] | (
                struct.unpack_from("<H", entry, 20)[0] << 16
            )
            size = struct.unpack_from("<I", entry, 28)[0]
            kind = NodeKind.DIRECTORY if attributes & 0x10 else NodeKind.FILE
            yield name, _FatNode(self._fs, kind, cluster, size)

    def child(self, name: str) -> Node | None:
        wanted = name.casefold()
        for entry_name, node in self._entries():
            if entry_name.casefold() == wanted:
                return node
        return None

    def names(self) -> list[str]:
        return [name for name, _ in self._entries()][:MAX_DIRECTORY_ENTRIES]

    def read(self, offset: int, length: int) -> bytes:
        length = max(0, min(length, self._size - offset))
        return self._fs.read_chain(self._cluster, offset, length) if length else b""
