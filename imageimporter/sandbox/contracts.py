"""What one sandbox product asks of another.

ECS's ImportImage checks buckets and objects in the sandbox's OSS, and reads the object's own
bytes to decide whether the import succeeds. The OSS product implements ``OssLookup``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Protocol


@dataclass(frozen=True)
class OssObjectInfo:
    bucket: str
    key: str
    size: int
    storage_class: str  # "Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive"
    # The files holding the object's bytes end to end (a multipart object's parts), read-only.
    files: tuple[Path, ...]
    # Opens this version of the object for reading; FileNotFoundError once it is gone.
    open: Callable[[], ObjectReader] = field(compare=False)
    crc64: int
    etag: str


class OssLookup(Protocol):
    def bucket_region(self, bucket: str) -> str | None:
        """The region id (``cn-hangzhou``) of an existing bucket, or None."""
        ...

    def object_info(self, bucket: str, key: str) -> OssObjectInfo | None: ...

    def ensure_bucket(self, name: str, region: str) -> None:
        """Create the bucket in ``region`` unless it exists (for tests and sandbox mode)."""
        ...

    def put_local_object(
        self, bucket: str, key: str, source: Path | bytes, storage_class: str = "Standard"
    ) -> OssObjectInfo:
        """Store an object without HTTP (for tests and sandbox mode); the bucket must exist."""
        ...

    def delete_object(self, bucket: str, key: str) -> None: ...


class ByteReader(Protocol):
    """Random access to an object's bytes (a file, or the parts of a multipart object)."""

    @property
    def size(self) -> int: ...

    def read_at(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset`` (fewer only at the end)."""
        ...


class ObjectReader(ByteReader, Protocol):
    """An object's bytes opened for reading; close it (or use ``with``) when done."""

    def close(self) -> None: ...

    def __enter__(self) -> ObjectReader: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...
