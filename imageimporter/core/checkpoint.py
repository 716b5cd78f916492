"""Upload checkpoints: what the server has confirmed of one multipart upload, kept on disk.

One checkpoint per (endpoint, bucket, key, source): the source is a local file as it is, or a
stream generated from one (a QCOW2 conversion), told apart by the identity's ``kind`` so a file
and its converted stream never share a checkpoint. A JSON file in ``checkpoint_dir()`` written
atomically (temporary file, fsync, rename) after every confirmed part, so that a crash or
SIGKILL at any moment leaves either the previous checkpoint or the new one. It records the
upload id, the part size, every confirmed part with its ETag, CRC64 and size, and the source's
identity (for a file: size, mtime, inode and a fingerprint of sampled blocks; for a stream: its
input files' stamps and the conversion settings) so that a changed source is never mixed with
the parts of its earlier version. Never any credential.

Format versions: 2 records the source's identity; 1 (files only, before streams) still loads.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from imageimporter.core.paths import (
    PRIVATE_DIR_MODE,
    checkpoint_dir,
    folder_error,
    private_dir,
)
from imageimporter.core.text import Text
from imageimporter.core.units import format_size

CHECKPOINT_VERSION = 2
# Version 1 recorded a plain file's identity under "file"; it loads as a "file" source.
OLDEST_VERSION = 1
FILE_KIND = "file"
FINGERPRINT_SAMPLES = 16
FINGERPRINT_BLOCK = 64 * 1024


class CheckpointError(ValueError):
    """A checkpoint file that cannot be used (damaged, or from an unknown version)."""


def fingerprint(path: Path, size: int) -> str:
    """SHA-256 of the size and of ``FINGERPRINT_SAMPLES`` blocks spread evenly over the file,
    first and last block included (reads at most 1 MiB, whatever the file's size)."""
    digest = hashlib.sha256(str(size).encode())
    if size > 0:
        span = max(0, size - FINGERPRINT_BLOCK)
        offsets = sorted(
            {span * i // (FINGERPRINT_SAMPLES - 1) for i in range(FINGERPRINT_SAMPLES)}
        )
        with open(path, "rb", buffering=0) as handle:
            for offset in offsets:
                digest.update(offset.to_bytes(8, "big"))
                handle.seek(offset)
                digest.update(handle.read(FINGERPRINT_BLOCK))
    return digest.hexdigest()


@dataclass(frozen=True)
class FileIdentity:
    size: int
    mtime_ns: int
    fingerprint: str
    inode: int | None = None  # None: recorded by a version 1 checkpoint, which had none

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        stat = path.stat()
        return cls(stat.st_size, stat.st_mtime_ns, fingerprint(path, stat.st_size), stat.st_ino)

    def change_from(self, earlier: FileIdentity) -> str | None:
        """How this file differs from ``earlier``, in words, or None when it is the same."""
        if self.size != earlier.size:
            return Text.of(
                "its size changed from {old} ({old_bytes:,} bytes) to {new} ({new_bytes:,} bytes)",
                old=format_size(earlier.size),
                old_bytes=earlier.size,
                new=format_size(self.size),
                new_bytes=self.size,
            )
        if None not in (self.inode, earlier.inode) and self.inode != earlier.inode:
            return Text.of("it was replaced by another file of the same name")
        if self.fingerprint != earlier.fingerprint:
            return Text.of("its content changed")
        if self.mtime_ns != earlier.mtime_ns:
            return Text.of("it was modified (its modification time changed)")
        return None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "size": self.size,
            "mtime_ns": self.mtime_ns,
            "fingerprint": self.fingerprint,
        }
        if self.inode is not None:
            data["inode"] = self.inode
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileIdentity:
        inode = data.get("inode")
        return cls(
            int(data["size"]),
            int(data["mtime_ns"]),
            str(data["fingerprint"]),
            None if inode is None else int(inode),
        )


def file_source_identity(path: str, identity: FileIdentity) -> dict[str, Any]:
    """The checkpoint identity of a plain file source."""
    return {"kind": FILE_KIND, "path": path, **identity.to_json()}


def source_change(recorded: dict[str, Any], current: dict[str, Any]) -> str | None:
    """How the source ``current`` differs from the ``recorded`` one, in words; None when it
    gives the same bytes (a file whose checkpoint had no inode matches on the rest)."""
    if recorded.get("kind") != current.get("kind"):
        return Text.of(
            "it is now uploaded as {new} instead of {old}",
            new=current.get("kind"),
            old=recorded.get("kind"),
        )
    if current.get("kind") == FILE_KIND:
        try:
            return FileIdentity.from_json(current).change_from(FileIdentity.from_json(recorded))
        except (KeyError, TypeError, ValueError):
            return Text.of("its recorded identity is unreadable")
    if recorded == current:
        return None
    old_files = {str(f.get("path")): f for f in recorded.get("files", []) if isinstance(f, dict)}
    for stamp in current.get("files", []):
        if not isinstance(stamp, dict) or old_files.get(str(stamp.get("path"))) != stamp:
            return Text.of(
                "{path} changed since the last attempt",
                path=stamp.get("path") if isinstance(stamp, dict) else stamp,
            )
    settings = {k for k in current.keys() | recorded.keys() if k not in ("files",)}
    if any(recorded.get(k) != current.get(k) for k in settings):
        return Text.of("the conversion settings or the data it reads changed")
    return Text.of("its input files changed")


def source_path(identity: dict[str, Any]) -> str:
    """The local file a source reads (the top file of a stream's chain), for people and keys."""
    if "path" in identity:
        return str(identity["path"])
    files = identity.get("files") or [{}]
    return str(files[0].get("path", "")) if isinstance(files[0], dict) else ""


@dataclass(frozen=True)
class PartRecord:
    """A part the server confirmed: its CRC64 was checked against ``x-oss-hash-crc64ecma``."""

    number: int
    size: int
    etag: str
    crc64: int


def checkpoint_id(endpoint: str, bucket: str, key: str, path: str, kind: str = FILE_KIND) -> str:
    """The file name stem of the checkpoint for one upload target and source (a plain file
    keeps version 1's id; a stream's kind is part of its id)."""
    fields = [endpoint.rstrip("/").lower(), bucket, key, path]
    if kind != FILE_KIND:
        fields.append(kind)
    text = "\n".join(fields)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass
class UploadCheckpoint:
    endpoint: str
    bucket: str
    key: str
    upload_id: str
    part_size: int
    source: dict[str, Any]  # the source's identity (UploadSource.identity()), "kind" included
    parts: dict[int, PartRecord] = field(default_factory=dict)
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)

    @property
    def path(self) -> str:
        """The local file the source reads, absolute and resolved."""
        return source_path(self.source)

    @property
    def kind(self) -> str:
        return str(self.source.get("kind", FILE_KIND))

    @property
    def id(self) -> str:
        return checkpoint_id(self.endpoint, self.bucket, self.key, self.path, self.kind)

    @property
    def confirmed_bytes(self) -> int:
        return sum(p.size for p in self.parts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "version": CHECKPOINT_VERSION,
            "endpoint": self.endpoint,
            "bucket": self.bucket,
            "key": self.key,
            "upload_id": self.upload_id,
            "part_size": self.part_size,
            "source": self.source,
            # Compact rows: a 10,000-part checkpoint stays under a megabyte.
            "parts": [
                [p.number, p.size, p.etag, f"{p.crc64:d}"]
                for p in sorted(self.parts.values(), key=lambda p: p.number)
            ],
            "created": self.created,
            "updated": self.updated,
        }

    @classmethod
    def from_json(cls, data: Any) -> UploadCheckpoint:
        if not isinstance(data, dict):
            raise CheckpointError("the checkpoint is not a JSON object")
        version = data.get("version")
        if not isinstance(version, int) or not OLDEST_VERSION <= version <= CHECKPOINT_VERSION:
            raise CheckpointError(f"unknown checkpoint version {version!r}")
        try:
            parts = {}
            for number, size, etag, crc in data["parts"]:
                record = PartRecord(int(number), int(size), str(etag), int(crc))
                parts[record.number] = record
            if version == 1:
                source = file_source_identity(
                    str(data["path"]), FileIdentity.from_json(data["file"])
                )
            else:
                source = data["source"]
                if not isinstance(source, dict) or not isinstance(source.get("kind"), str):
                    raise TypeError("the source identity is not an object with a kind")
            checkpoint = cls(
                endpoint=str(data["endpoint"]),
                bucket=str(data["bucket"]),
                key=str(data["key"]),
                upload_id=str(data["upload_id"]),
                part_size=int(data["part_size"]),
                source=source,
                parts=parts,
                created=float(data["created"]),
                updated=float(data["updated"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CheckpointError(f"the checkpoint is damaged ({exc!r})") from exc
        if checkpoint.part_size <= 0 or not checkpoint.upload_id:
            raise CheckpointError("the checkpoint is damaged (no upload id or part size)")
        return checkpoint


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file whole."""
    path.parent.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    # mkstemp creates the file 0600: checkpoints name buckets, keys and local paths.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class CheckpointStore:
    """Checkpoints in one folder (``checkpoint_dir()`` unless told otherwise). Thread-safe."""

    SUFFIX = ".upload.json"

    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory
        self._lock = threading.Lock()

    @property
    def directory(self) -> Path:
        return self._directory if self._directory is not None else checkpoint_dir()

    def path_for(
        self, endpoint: str, bucket: str, key: str, path: str, kind: str = FILE_KIND
    ) -> Path:
        return self.directory / (checkpoint_id(endpoint, bucket, key, path, kind) + self.SUFFIX)

    def file_of(self, checkpoint: UploadCheckpoint) -> Path:
        return self.directory / (checkpoint.id + self.SUFFIX)

    def load(
        self, endpoint: str, bucket: str, key: str, path: str, kind: str = FILE_KIND
    ) -> UploadCheckpoint | None:
        """The checkpoint for this upload, None when there is none; CheckpointError when the
        file is there but unusable."""
        file = self.path_for(endpoint, bucket, key, path, kind)
        try:
            raw = file.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise folder_error(self.directory, exc) from exc
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise CheckpointError(f"the checkpoint {file} is not valid JSON") from exc
        checkpoint = UploadCheckpoint.from_json(data)
        if (checkpoint.endpoint.rstrip("/").lower(), checkpoint.bucket, checkpoint.key) != (
            endpoint.rstrip("/").lower(),
            bucket,
            key,
        ) or (checkpoint.path, checkpoint.kind) != (path, kind):
            raise CheckpointError(f"the checkpoint {file} belongs to another upload")
        return checkpoint

    def save(self, checkpoint: UploadCheckpoint) -> None:
        """Write ``checkpoint`` atomically; ``AppFolderError`` naming the folder when it
        cannot be written (a full disk, a read-only folder)."""
        checkpoint.updated = time.time()
        data = json.dumps(checkpoint.to_json(), separators=(",", ":")).encode()
        with self._lock:
            private_dir(self.directory)
            try:
                write_atomic(self.file_of(checkpoint), data)
            except OSError as exc:
                raise folder_error(self.directory, exc) from exc

    def delete(
        self, endpoint: str, bucket: str, key: str, path: str, kind: str = FILE_KIND
    ) -> bool:
        with self._lock:
            try:
                self.path_for(endpoint, bucket, key, path, kind).unlink()
            except FileNotFoundError:
                return False
            except OSError as exc:
                raise folder_error(self.directory, exc) from exc
            return True

    def all(self) -> list[UploadCheckpoint]:
        """Every readable checkpoint in the folder (damaged ones are skipped)."""
        found = []
        try:
            files = sorted(self.directory.glob("*" + self.SUFFIX))
        except OSError:
            return []
        for file in files:
            try:
                found.append(UploadCheckpoint.from_json(json.loads(file.read_bytes())))
            except (OSError, ValueError):
                continue
        return found
