"""Open a disk and every file it reads through: the top file, its extents and its parents.

Every file is opened the same careful way: ``O_RDONLY | O_NONBLOCK`` first, then ``fstat`` of
the descriptor, and anything that is not a regular file is closed and refused with words. A
FIFO therefore never blocks, a directory or ``/dev/zero`` named as a backing file never reads,
and what was checked is what is read (no race between a ``stat`` of the name and the open).

A :class:`Chain` holds every file one disk opened. It refuses loops (the same file twice among
the layers), chains deeper than :data:`MAX_CHAIN_DEPTH`, VMDK extents outside the descriptor's
folder, and a parent whose bytes say another format than the child recorded for it. Formats are
told from a file's own bytes (:func:`imageimporter.core.inspect.detect.detect_format`), never from
its name, and dispatched through :data:`READERS`.
"""

from __future__ import annotations

import importlib
import os
import stat
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Final, Protocol, cast, runtime_checkable

from imageimporter.core.disk.model import DiskError, DiskImage, Extent, FileStamp
from imageimporter.core.inspect.detect import ARCHIVE_FORMATS, detect_format
from imageimporter.core.inspect.source import (
    ByteSource,
    FileSource,
    ReadBudgetExceeded,
    ReadStats,
    SliceSource,
    pread_all,
)
from imageimporter.core.text import Text

# qemu stops at a backing chain this deep too: deeper is a loop or an attack, not a disk.
MAX_CHAIN_DEPTH: Final = 64

_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)

ReaderFactory = Callable[["LayerFile", "Chain"], DiskImage]

# Format name (as detect_format names it) -> "module:function" of its reader, imported when
# first needed so that a reader not written yet only makes its own format unreadable.
READERS: Final[dict[str, str]] = {
    "raw": "imageimporter.core.disk.raw:open_raw",
    "qcow2": "imageimporter.core.disk.qcow2:open_qcow2",
    "qcow": "imageimporter.core.disk.qcow:open_qcow",
    "qed": "imageimporter.core.disk.qed:open_qed",
    "vhd": "imageimporter.core.disk.vhd:open_vhd",
    "vhdx": "imageimporter.core.disk.vhdx:open_vhdx",
    "vmdk": "imageimporter.core.disk.vmdk:open_vmdk",
    "vdi": "imageimporter.core.disk.vdi:open_vdi",
    "parallels": "imageimporter.core.disk.parallels:open_parallels",
    "luks": "imageimporter.core.disk.open:refuse_luks",
    "gzip": "imageimporter.core.disk.stream:open_gzip",
    "xz": "imageimporter.core.disk.stream:open_xz",
    "bzip2": "imageimporter.core.disk.stream:open_bzip2",
    "zstd": "imageimporter.core.disk.stream:open_zstd",
    "tar": "imageimporter.core.disk.tar:open_tar",
    "ova": "imageimporter.core.disk.tar:open_tar",
}

# Bytes that are no known format are a raw disk, as qemu probes them.
_READ_AS_RAW: Final = frozenset({"unknown", "empty"})


def shown(name: str) -> str:
    """A name taken from inside a file, safe to print: control characters escaped."""
    return "".join(
        char if char.isprintable() or char == " " else f"\\x{ord(char):02x}" for char in name
    )


@dataclass(frozen=True)
class LayerFile:
    """One opened regular file of a disk's chain, or a window of one (a member of a tar).

    ``start`` and ``length`` make the window: offsets given to :meth:`pread` are relative to
    ``start``, and nothing past ``start + size`` is read. A whole file has ``start == 0`` and
    ``length is None``.
    """

    path: str  # absolute path as opened
    fd: int  # opened O_RDONLY|O_NONBLOCK|O_CLOEXEC, fstat'ed: a regular file
    stamp: FileStamp  # from that fstat
    start: int = 0
    length: int | None = None

    @property
    def size(self) -> int:
        """How many bytes this file (or window) holds, as seen when it was opened."""
        if self.length is None:
            return max(0, self.stamp.size - self.start)
        return self.length

    def pread(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset``: fewer at the end of the file, never an error."""
        if offset < 0 or length <= 0 or offset >= self.size:
            return b""
        try:
            return pread_all(self.fd, self.start + offset, min(length, self.size - offset))
        except OSError as exc:
            raise DiskError(
                Text.of("Cannot read {path}: {reason}.", path=self.path, reason=exc.strerror),
                Text.of("Check that the disk holding it is still attached and readable."),
            ) from exc

    def read_exact(self, offset: int, length: int, what: str) -> bytes:
        """Exactly ``length`` bytes at ``offset``; a DiskError naming ``what`` when short."""
        if offset < 0 or offset + length > self.size:
            raise DiskError(
                Text.of(
                    "{what} at offset {offset} of {path} lies beyond the end of the file: the "
                    "file is truncated or damaged.",
                    what=what,
                    offset=offset,
                    path=self.path,
                ),
                Text.of("Use a complete copy of the disk image."),
            )
        data = self.pread(offset, length)
        if len(data) != length:
            raise DiskError(
                Text.of(
                    "{what} at offset {offset} of {path} is cut short: the file shrank while "
                    "it was read.",
                    what=what,
                    offset=offset,
                    path=self.path,
                ),
                Text.of("Do not change the disk image while it is read."),
            )
        return data

    def window(self, start: int, length: int) -> LayerFile:
        """The part ``[start, start + length)`` of this file, as a file of its own."""
        return LayerFile(self.path, self.fd, self.stamp, self.start + start, length)


@runtime_checkable
class IdentifiedDisk(Protocol):
    """A disk whose header gives it an identity that a child's header records, so that opening
    the child can tell its parent is the disk it was made from: the VHD unique id, the VHDX data
    write GUID, the VMDK content id."""

    def identity(self) -> uuid.UUID | int | None: ...


def identity_of(disk: DiskImage, fmt: str) -> uuid.UUID | int | None:
    """``disk``'s identity if it is a disk of format ``fmt`` (the one a child's header names);
    None for another format, or a header that gives none."""
    if disk.format != fmt or not isinstance(disk, IdentifiedDisk):
        return None
    return disk.identity()


def _not_found(what: str, name: str, path: str, reason: str) -> DiskError:
    return DiskError(
        Text.of(
            "The {what} {name} cannot be opened ({path}): {reason}.",
            what=what,
            name=shown(name),
            path=shown(path),
            reason=reason,
        ),
        Text.of("Put the file next to the disk that names it, under that name, and try again."),
    )


def open_layer_file(path: str, what: str, name: str | None = None) -> LayerFile:
    """Open ``path`` read-only; a DiskError unless it is a regular file.

    ``name`` is how the file was named (inside another file, or by the user), for the message.
    """
    shown_name = path if name is None else name
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise _not_found(what, shown_name, path, Text.of("there is no such file")) from exc
    except OSError as exc:
        raise _not_found(what, shown_name, path, exc.strerror or str(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = (
                Text.of("it is a folder")
                if stat.S_ISDIR(info.st_mode)
                else Text.of("it is a pipe")
                if stat.S_ISFIFO(info.st_mode)
                else Text.of("it is a device or another special file, not a regular file")
            )
            raise _not_found(what, shown_name, path, kind)
    except BaseException:
        os.close(fd)
        raise
    stamp = FileStamp(path, info.st_size, info.st_mtime_ns, info.st_ino)
    return LayerFile(path, fd, stamp)


def detect_file_format(file: LayerFile) -> str:
    """The format of a file from its own bytes (``raw`` for bytes of no known format)."""
    source: ByteSource = FileSource(file.fd, file.stamp.size, ReadStats())
    if file.start or file.length is not None:
        source = SliceSource(source, file.start, file.size)
    try:
        found = detect_format(source)
    except ReadBudgetExceeded as exc:  # detection reads a few sectors; only a bug gets here
        raise DiskError(
            Text.of("The format of {path} cannot be told: {reason}.", path=file.path, reason=exc)
        ) from exc
    return "raw" if found in _READ_AS_RAW else found


@dataclass
class Chain:
    """Opens the files of one disk: parents and extents, with loop, depth and type checks.

    The chain owns every file descriptor it opened; :meth:`close` closes them all, once.
    """

    _files: list[LayerFile] = field(default_factory=list)
    # (device, inode) of every layer (top and parents): the same file twice is a loop.
    _layers: set[tuple[int, int]] = field(default_factory=set)
    _depth: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _closed: bool = False

    def _keep(self, file: LayerFile) -> LayerFile:
        with self._lock:
            if self._closed:
                os.close(file.fd)
                raise DiskError(Text.of("The disk was closed while it was being opened."))
            self._files.append(file)
        return file

    def open_top(self, path: str | os.PathLike[str]) -> LayerFile:
        """The file the user named: the top layer."""
        absolute = os.path.abspath(os.fspath(path))
        top = self._keep(open_layer_file(absolute, Text.of("disk image"), os.fspath(path)))
        self._layers.add(_identity(top))
        return top

    def open_file(self, relative_to: LayerFile, name: str, what: str) -> LayerFile:
        """A file named inside ``relative_to``: relative names are resolved against its folder
        (as qemu does), absolute ones are taken as they are."""
        if not name or "\0" in name:
            raise DiskError(
                Text.of(
                    "{path} names its {what} as {name}, which is not a usable file name.",
                    path=relative_to.path,
                    what=what,
                    name=repr(shown(name)),
                ),
                Text.of("The image is damaged; use another copy."),
            )
        path = os.path.join(os.path.dirname(relative_to.path), name)
        return self._keep(open_layer_file(os.path.normpath(path), what, name))

    def open_extent_file(self, descriptor: LayerFile, name: str) -> LayerFile:
        """A VMDK extent: only files inside the descriptor's own folder (or below it), named
        by a relative name, and not through a symbolic link that leads out of it."""
        folder = os.path.dirname(descriptor.path)
        target = os.path.normpath(os.path.join(folder, name))
        inside = (
            bool(name)
            and not os.path.isabs(name)
            and os.path.commonpath([folder, target]) == folder
            and target != folder
        )
        if inside:
            # A symbolic link in the folder may point anywhere: where it leads must be inside.
            real_folder = os.path.realpath(folder)
            real_target = os.path.realpath(target)
            inside = os.path.commonpath([real_folder, real_target]) == real_folder
        if not inside:
            raise DiskError(
                Text.of(
                    "The VMDK descriptor {path} names the extent {name}, which is outside the "
                    "descriptor's folder: it is not opened.",
                    path=descriptor.path,
                    name=shown(name),
                ),
                Text.of(
                    "Keep a VMDK's extent files in the descriptor's folder and name them there "
                    "by relative names."
                ),
            )
        return self.open_file(descriptor, name, Text.of("VMDK extent"))

    def open_parent(self, child: LayerFile, name: str, format_hint: str | None = None) -> DiskImage:
        """The parent (backing file) ``child`` names, opened with the reader of its format."""
        if self._depth >= MAX_CHAIN_DEPTH:
            raise DiskError(
                Text.of(
                    "The chain of backing files of {path} is more than {depth} files deep.",
                    path=child.path,
                    depth=MAX_CHAIN_DEPTH,
                ),
                Text.of("Flatten the chain first (qemu-img convert makes one file of it)."),
            )
        parent = self.open_file(child, name, Text.of("backing file"))
        identity = _identity(parent)
        if identity in self._layers:
            raise DiskError(
                Text.of(
                    "The backing file {name} of {path} is a disk already in its own chain: the "
                    "chain loops.",
                    name=shown(name),
                    path=child.path,
                ),
                Text.of("The backing file names are wrong; fix them with qemu-img rebase -u."),
            )
        self._layers.add(identity)
        fmt = detect_file_format(parent)
        hint = None if format_hint is None else format_hint.strip().lower()
        if hint is not None and hint != fmt and not (hint == "vpc" and fmt == "vhd"):
            raise DiskError(
                Text.of(
                    "{path} says its backing file {name} is a {hint} disk, but that file is a "
                    "{fmt} disk.",
                    path=child.path,
                    name=shown(name),
                    hint=shown(hint),
                    fmt=fmt,
                ),
                Text.of("Check that the backing file is the right one."),
            )
        self._depth += 1
        return self.dispatch(parent, fmt)

    def dispatch(self, file: LayerFile, fmt: str) -> DiskImage:
        """``file`` opened by the reader of ``fmt``."""
        return reader_for(fmt)(file, self)

    def close(self) -> None:
        """Close every file this chain opened (a second call does nothing)."""
        with self._lock:
            files, self._files = self._files, []
            self._closed = True
        for file in files:
            os.close(file.fd)


def _identity(file: LayerFile) -> tuple[int, int]:
    info = os.fstat(file.fd)
    return (info.st_dev, info.st_ino)


def _not_supported(fmt: str) -> DiskError:
    return DiskError(
        Text.of("Reading {fmt} disks is not supported yet.", fmt=fmt),
        Text.of("Convert the disk to QCOW2 or RAW with qemu-img first."),
    )


def reader_for(fmt: str) -> ReaderFactory:
    """The reader of format ``fmt``; a DiskError for formats nothing reads (yet)."""
    target = READERS.get(fmt)
    if target is None and fmt in ARCHIVE_FORMATS:
        raise DiskError(
            Text.of("{fmt} archives cannot be read in place.", fmt=fmt),
            Text.of("Unpack it first and import the disk inside."),
        )
    if target is None:
        raise DiskError(
            Text.of("{fmt} files are not virtual disks that can be read.", fmt=fmt),
            Text.of("Give the disk image itself."),
        )
    module_name, function_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise _not_supported(fmt) from exc
    factory = getattr(module, function_name, None)
    if factory is None:
        raise _not_supported(fmt)
    return cast(ReaderFactory, factory)


def refuse_luks(top: LayerFile, chain: Chain) -> DiskImage:
    """LUKS disks are encrypted: nothing can be read without the key, and ECS takes none."""
    del chain
    raise DiskError(
        Text.of("{path} is an encrypted (LUKS) disk, which cannot be imported.", path=top.path),
        Text.of("Decrypt it first (qemu-img convert with its key) and import the result."),
    )


class OpenedDisk:
    """The top disk of a chain, which closes the chain's files when it is closed."""

    def __init__(self, disk: DiskImage, chain: Chain) -> None:
        self._disk = disk
        self._chain = chain

    @property
    def format(self) -> str:
        return self._disk.format

    @property
    def size(self) -> int:
        return self._disk.size

    @property
    def sequential_only(self) -> bool:
        return self._disk.sequential_only

    def read(self, offset: int, length: int) -> bytes:
        return self._disk.read(offset, length)

    def extents(self) -> Iterator[Extent]:
        return self._disk.extents()

    def files(self) -> tuple[FileStamp, ...]:
        return self._disk.files()

    def close(self) -> None:
        try:
            self._disk.close()
        finally:
            self._chain.close()

    def __enter__(self) -> OpenedDisk:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def changed_files(stamps: Iterable[FileStamp]) -> list[str]:
    """The paths among ``stamps`` that are no longer the file they were (another size,
    modification time or inode), or are gone: a disk whose chain changed since it was read."""
    changed: list[str] = []
    for stamp in stamps:
        try:
            info = os.stat(stamp.path)
        except OSError:
            changed.append(stamp.path)
            continue
        if (info.st_size, info.st_mtime_ns, info.st_ino) != (
            stamp.size,
            stamp.mtime_ns,
            stamp.inode,
        ):
            changed.append(stamp.path)
    return list(dict.fromkeys(changed))


def open_disk(path: str | os.PathLike[str]) -> OpenedDisk:
    """The disk at ``path`` as the guest sees it, whatever its format and chain.

    ``close()`` the result (or use it in ``with``): that closes every file of the chain.
    """
    chain = Chain()
    try:
        top = chain.open_top(path)
        disk = chain.dispatch(top, detect_file_format(top))
    except BaseException:
        chain.close()
        raise
    return OpenedDisk(disk, chain)
