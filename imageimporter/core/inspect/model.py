"""What inspection finds out about a file, as typed values."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from imageimporter.core.inspect.virtual import VirtualDisk


class Verdict(StrEnum):
    """What ECS can do with the file, from best to worst."""

    ACCEPT = "accept"  # importable as it is
    CONVERT = "convert"  # a real disk, but it must be converted first
    UNPACK = "unpack"  # an archive or appliance with a disk inside
    REJECT = "reject"  # not an importable disk at all


class Severity(IntEnum):
    """What a problem does to the verdict."""

    WARNING = 0  # worth knowing, the file can still be imported
    NEEDS_CONVERSION = 1  # the verdict becomes at least "convert"
    NEEDS_UNPACKING = 2  # the verdict becomes at least "unpack"
    FATAL = 3  # the verdict becomes "reject"


@dataclass(frozen=True)
class Problem:
    """What is wrong, in one or two sentences for people."""

    code: str
    message: str
    severity: Severity = Severity.FATAL

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Hint:
    """What to do about it."""

    code: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class ArchiveMember:
    """A file inside an archive, and what its first bytes say it is."""

    name: str
    size: int | None
    format: str | None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "format": self.format}


@dataclass
class ContainerFacts:
    """What one format parser learned from the container's own metadata."""

    format: str
    subformat: str | None = None
    virtual_size: int | None = None
    version: int | None = None
    cluster_size: int | None = None
    backing_file: str | None = None
    backing_format: str | None = None
    encrypted: bool = False
    compressed: bool = False
    compression_type: str | None = None
    snapshots: int = 0
    incompatible_features: tuple[str, ...] = ()
    external_data_file: str | None = None
    # A disk whose data lives in another file (VMDK monolithicFlat extent).
    data_file: str | None = None
    # The descriptor next to this file that lists it as one of its data files (VMDK extent).
    described_by: str | None = None
    # Archives: the format of the first bytes once unpacked, and the members found.
    inner_format: str | None = None
    inner_subformat: str | None = None
    members: tuple[ArchiveMember, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    hints: list[Hint] = field(default_factory=list)
    # The disk as the guest sees it, when its sectors can be read; None otherwise.
    disk: VirtualDisk | None = None
    # Why ``disk`` is None for a disk format (encrypted, compressed with zstd, ...).
    disk_unreadable_reason: str | None = None


@dataclass(frozen=True)
class Partition:
    number: int
    type: str  # MBR type byte as "0x83" or GPT type GUID
    start: int  # bytes
    size: int  # bytes
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "type": self.type,
            "start": self.start,
            "size": self.size,
            "name": self.name,
        }


@dataclass(frozen=True)
class PartitionTable:
    kind: str  # "mbr" or "gpt"
    partitions: tuple[Partition, ...]
    has_efi_system_partition: bool
    has_bios_boot_partition: bool
    sector_size: int = 512
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class DiskReport:
    """Everything the inspector says about one path."""

    path: str
    file_size: int
    format: str
    subformat: str | None
    import_format: str | None
    virtual_size: int | None
    min_disk_image_size_gib: int | None
    fits_system_disk: bool | None
    fits_data_disk: bool | None
    backing_file: str | None
    encrypted: bool
    compressed: bool
    partition_table: str | None
    boot_mode: str | None
    verdict: Verdict
    problems: tuple[Problem, ...]
    hints: tuple[Hint, ...]
    # Bytes the upload would send (the QCOW2 stream when the app converts the disk); None
    # while unknown. Inspection reads headers only: the lead's upload planning fills it.
    estimated_upload_bytes: int | None = None
    # Details beyond the contract.
    version: int | None = None
    cluster_size: int | None = None
    compression_type: str | None = None
    snapshots: int = 0
    incompatible_features: tuple[str, ...] = ()
    external_data_file: str | None = None
    data_file: str | None = None
    content: str | None = None
    inner_format: str | None = None
    inner_subformat: str | None = None
    members: tuple[ArchiveMember, ...] = ()
    partitions: tuple[Partition, ...] = ()
    reads: int = 0
    bytes_read: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "file_size": self.file_size,
            "format": self.format,
            "subformat": self.subformat,
            "import_format": self.import_format,
            "virtual_size": self.virtual_size,
            "min_disk_image_size_gib": self.min_disk_image_size_gib,
            "fits_system_disk": self.fits_system_disk,
            "fits_data_disk": self.fits_data_disk,
            "backing_file": self.backing_file,
            "encrypted": self.encrypted,
            "compressed": self.compressed,
            "partition_table": self.partition_table,
            "boot_mode": self.boot_mode,
            "verdict": self.verdict.value,
            "problems": [p.to_json() for p in self.problems],
            "hints": [h.to_json() for h in self.hints],
            "estimated_upload_bytes": self.estimated_upload_bytes,
            "version": self.version,
            "cluster_size": self.cluster_size,
            "compression_type": self.compression_type,
            "snapshots": self.snapshots,
            "incompatible_features": list(self.incompatible_features),
            "external_data_file": self.external_data_file,
            "data_file": self.data_file,
            "content": self.content,
            "inner_format": self.inner_format,
            "inner_subformat": self.inner_subformat,
            "members": [m.to_json() for m in self.members],
            "partitions": [p.to_json() for p in self.partitions],
            "reads": self.reads,
            "bytes_read": self.bytes_read,
        }
