"""Inspect one path: detect, parse, look inside, decide. Never raises for a file's content."""

from __future__ import annotations

import contextlib
import errno
import ntpath
import os
import stat
from collections.abc import Callable

from imageimporter.core.errors import AppError
from imageimporter.core.inspect import archives, foreign, other, qcow, vdi, vhd, vhdx, vmdk
from imageimporter.core.inspect.detect import (
    DISK_FORMATS,
    describe_raw_content,
    detect_format,
    sniff_magic,
    volume_boot_record,
)
from imageimporter.core.inspect.model import (
    ContainerFacts,
    DiskReport,
    PartitionTable,
    Problem,
    Severity,
)
from imageimporter.core.inspect.partitions import boot_mode, read_partition_table
from imageimporter.core.inspect.source import (
    HEAD_SIZE,
    ByteSource,
    FileSource,
    ReadBudgetExceeded,
    ReadStats,
    SliceSource,
)
from imageimporter.core.inspect.verdict import decide, sizing
from imageimporter.core.inspect.virtual import CannotReadHere, DiskReadError, RawDisk
from imageimporter.core.text import Text

# Nested lookups (a disk inside a tar, a backing file's chain) stop here.
_MAX_DEPTH = 2


class UnreadablePath(AppError):
    """The path cannot be inspected at all: missing, a directory, or not readable."""


def sniff_prefix(prefix: bytes) -> str | None:
    """The format of decompressed or member bytes: magic first, then raw-disk content."""
    found = sniff_magic(prefix)
    if found is None and describe_raw_content(prefix) is not None:
        found = "raw"
    return found


def parse_container(fmt: str, source: ByteSource, directory: str) -> ContainerFacts:
    """The parser for ``fmt``; formats without one just carry their name."""
    parsers: dict[str, Callable[[ByteSource], ContainerFacts]] = {
        "ewf": foreign.parse_ewf,
        "dmg": foreign.parse_dmg,
        "asif": foreign.parse_asif,
        "qcow2": qcow.parse_qcow2,
        "qcow": qcow.parse_qcow1,
        "qed": qcow.parse_qed,
        "vhd": vhd.parse_vhd,
        "vhdx": vhdx.parse_vhdx,
        "vdi": vdi.parse_vdi,
        "luks": other.parse_luks,
        "iso9660": other.parse_iso,
    }
    if fmt in parsers:
        return parsers[fmt](source)
    if fmt == "parallels":
        if other.looks_like_parallels_descriptor(source.read(0, HEAD_SIZE)):
            return other.parse_parallels_descriptor(source, directory)
        return other.parse_parallels(source)
    if fmt == "vmdk":
        head = source.read(0, 8)
        if head.startswith(vmdk.SPARSE_MAGIC):
            return vmdk.parse_vmdk_sparse(source)
        if head.startswith(vmdk.ESX_EXTENT_MAGICS):
            return vmdk.parse_vmdk_esx_extent(source)
        return vmdk.parse_vmdk_descriptor(source, directory)
    if fmt == "raw":
        return ContainerFacts(
            format="raw", virtual_size=source.size, disk=RawDisk(source, source.size)
        )
    if fmt in ("gzip", "xz", "bzip2", "zstd"):
        return archives.peek_stream(source, fmt, sniff_prefix)
    if fmt == "zip":
        return archives.list_zip(source, sniff_prefix)
    if fmt == "tar":
        facts, members = archives.list_tar(source, sniff_prefix)
        disks = [m for m in members if m.member.format in DISK_FORMATS]
        if len(disks) == 1 and disks[0].member.size is not None:
            # One disk inside (the usual OVA): its size is known without unpacking.
            inner = SliceSource(source, disks[0].offset, disks[0].member.size)
            facts.virtual_size = parse_container(
                disks[0].member.format or "raw", inner, directory
            ).virtual_size
        return facts
    return ContainerFacts(format=fmt)


def inspect_source(
    source: ByteSource, path: str, stats: ReadStats | None = None, *, depth: int = 0
) -> DiskReport:
    directory = os.path.dirname(os.path.abspath(path))
    fmt = "unknown"
    table: PartitionTable | None = None
    raw_content: str | None = None
    volume: str | None = None
    with contextlib.ExitStack() as stack:
        try:
            fmt = detect_format(source)
            facts = parse_container(fmt, source, directory)
            if fmt == "raw":
                raw_content = describe_raw_content(source.read(0, HEAD_SIZE))
            _open_flat_extent(facts, directory, stats, stack)
            _find_descriptor(facts, directory, os.path.basename(path))
            table = _partition_table(facts)
            if table is None:
                volume = _whole_disk_volume(facts)
        except ReadBudgetExceeded as exc:
            facts = ContainerFacts(format=fmt)
            facts.problems.append(
                Problem(
                    "inspection_limit",
                    Text.of(
                        "The file's metadata asks for far more reading than any sane image needs "
                        "({exc}): it is probably damaged.",
                        exc=exc,
                    ),
                )
            )
    backing_exists: bool | None = None
    if facts.backing_file is not None and not facts.backing_file.startswith("("):
        backing_exists = _backing_file_exists(directory, facts.backing_file)
    decision = decide(facts, path, table, backing_exists, raw_content, volume=volume)
    size = sizing(facts.virtual_size)
    return DiskReport(
        path=path,
        file_size=source.size,
        format=facts.format,
        subformat=facts.subformat,
        import_format=decision.import_format,
        virtual_size=facts.virtual_size,
        min_disk_image_size_gib=size.min_disk_image_size_gib,
        fits_system_disk=size.fits_system_disk,
        fits_data_disk=size.fits_data_disk,
        backing_file=facts.backing_file,
        encrypted=facts.encrypted,
        compressed=facts.compressed,
        partition_table=table.kind if table else None,
        boot_mode=boot_mode(table),
        verdict=decision.verdict,
        problems=tuple(decision.problems),
        hints=tuple(decision.hints),
        version=facts.version,
        cluster_size=facts.cluster_size,
        compression_type=facts.compression_type,
        snapshots=facts.snapshots,
        incompatible_features=facts.incompatible_features,
        external_data_file=facts.external_data_file,
        data_file=facts.data_file,
        content=raw_content or (f"{volume} file system" if volume else None),
        inner_format=facts.inner_format,
        inner_subformat=facts.inner_subformat,
        members=facts.members,
        partitions=table.partitions if table else (),
        reads=stats.reads if stats else 0,
        bytes_read=stats.bytes_read if stats else 0,
    )


def _find_descriptor(facts: ContainerFacts, directory: str, name: str) -> None:
    """A split VMDK's extent given alone: name the descriptor that lists it.

    A sparse extent says so itself (no descriptor inside); a flat one is raw data, part of a
    twoGbMaxExtentFlat disk when a descriptor next to it lists several extents (a
    monolithicFlat's single -flat.vmdk is the whole disk and stays importable as RAW).
    """
    sparse_extent = any(problem.code == "vmdk_extent" for problem in facts.problems)
    if not sparse_extent and not (facts.format == "raw" and name.lower().endswith(".vmdk")):
        return
    found = vmdk.find_descriptor_of(directory, name)
    if found is None:
        return
    facts.described_by, extents = found
    if not sparse_extent and extents > 1:
        facts.problems.append(vmdk.split_extent_problem())


def _backing_file_exists(directory: str, name: str) -> bool:
    """Whether the parent is where readers look for it: the name relative to this file's
    folder, or for a Windows path (VHD/VHDX parents, ``.\\parent.vhdx``, ``C:\\VMs\\...``)
    its last component next to this file."""
    candidates = [name]
    if "\\" in name or ntpath.splitdrive(name)[0]:
        candidates.append(ntpath.basename(name))
    return any(os.path.exists(os.path.join(directory, candidate)) for candidate in candidates)


def _partition_table(facts: ContainerFacts) -> PartitionTable | None:
    if facts.disk is None or facts.format not in DISK_FORMATS:
        return None
    try:
        return read_partition_table(facts.disk)
    except CannotReadHere as exc:
        facts.problems.append(
            Problem(
                "contents_not_checked",
                Text.of(
                    "The partition table was not checked: {exc}.",
                    exc=exc,
                ),
                Severity.WARNING,
            )
        )
    except DiskReadError as exc:
        facts.problems.append(
            Problem(
                "corrupt_image",
                Text.of(
                    "The image's tables are damaged ({exc}); the disk cannot be read.",
                    exc=exc,
                ),
            )
        )
    return None


def _whole_disk_volume(facts: ContainerFacts) -> str | None:
    """The file system filling a disk that has no partition table (a volume image), if any."""
    if facts.disk is None or facts.format not in DISK_FORMATS:
        return None
    try:
        return volume_boot_record(facts.disk.read(0, min(512, facts.disk.size)))
    except (CannotReadHere, DiskReadError):
        return None  # already reported by the partition table's read


def _open_flat_extent(
    facts: ContainerFacts, directory: str, stats: ReadStats | None, stack: contextlib.ExitStack
) -> None:
    """A monolithicFlat descriptor: look at the partition table in its one raw extent."""
    if facts.format != "vmdk" or facts.disk is not None or not facts.data_file:
        return
    if "," in facts.data_file or facts.virtual_size is None:
        return
    if any(problem.code == "unsafe_extent" for problem in facts.problems):
        return
    extent = os.path.join(directory, facts.data_file)
    try:
        # O_NONBLOCK: opening a FIFO planted as the extent must not wait for a writer.
        fd = os.open(extent, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return
    stack.callback(os.close, fd)
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        return
    size = info.st_size
    facts.disk = RawDisk(FileSource(fd, size, stats or ReadStats()), facts.virtual_size)


def _unreadable(path: str, error: OSError) -> UnreadablePath:
    reasons = {
        errno.ENOENT: "it does not exist",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "it is a folder, not a file",
        errno.ELOOP: "too many symbolic links",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    return UnreadablePath(
        f"Cannot read {path}: {reason}.", action="Choose a disk image file you can read."
    )


def inspect_path(path: str | os.PathLike[str], *, stats: ReadStats | None = None) -> DiskReport:
    """Inspect the file at ``path``. Raises :class:`UnreadablePath` if it cannot be opened."""
    text = os.fspath(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(text, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise _unreadable(text, exc) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(text, IsADirectoryError(errno.EISDIR, "is a directory"))
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISBLK(info.st_mode)):
            raise UnreadablePath(
                f"Cannot read {text}: it is not a regular file (a pipe, socket or character "
                "device).",
                action="Choose a disk image file.",
            )
        size = info.st_size
        if stat.S_ISBLK(info.st_mode):
            size = os.lseek(fd, 0, os.SEEK_END)
        stats = stats or ReadStats()
        try:
            return inspect_source(FileSource(fd, size, stats), text, stats)
        except OSError as exc:  # an I/O error in the middle of reading (bad media)
            raise _unreadable(text, exc) from exc
    finally:
        os.close(fd)
