"""Upload checkpoints: what the server has confirmed of one multipart upload, kept on disk.

One checkpoint per (endpoint, bucket, key, local file), a JSON file in ``checkpoint_dir()``
written atomically (temporary file, fsync, rename) after every confirmed part, so that a crash
or SIGKILL at any moment leaves either the previous checkpoint or the new one. It records the
upload id, the part size, every confirmed part with its ETag, CRC64 and size, and the local
file's identity (size, mtime and a fingerprint of sampled blocks) so that a changed file is
never mixed with the parts of its earlier version. Never any credential.
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

from imageimporter.core.paths import checkpoint_dir
from imageimporter.core.units import format_size

CHECKPOINT_VERSION = 1
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

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        stat = path.stat()
        return cls(stat.st_size, stat.st_mtime_ns, fingerprint(path, stat.st_size))

    def change_from(self, earlier: FileIdentity) -> str | None:
        """How this file differs from ``earlier``, in words, or None when it is the same."""
        if self.size != earlier.size:
            return (
                f"its size changed from {format_size(earlier.size)} ({earlier.size:,} bytes) "
                f"to {format_size(self.size)} ({self.size:,} bytes)"
            )
        if self.fingerprint != earlier.fingerprint:
            return "its content changed"
        if self.mtime_ns != earlier.mtime_ns:
            return "it was modified (its modification time changed)"
        return None

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "fingerprint": self.fingerprint}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FileIdentity:
        return cls(int(data["size"]), int(data["mtime_ns"]), str(data["fingerprint"]))


@dataclass(frozen=True)
class PartRecord:
    """A part the server confirmed: its CRC64 was checked against ``x-oss-hash-crc64ecma``."""

    number: int
    size: int
    etag: str
    crc64: int


def checkpoint_id(endpoint: str, bucket: str, key: str, path: str) -> str:
    """The file name stem of the checkpoint for one upload target and local file."""
    text = "\n".join((endpoint.rstrip("/").lower(), bucket, key, path))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


@dataclass
class UploadCheckpoint:
    endpoint: str
    bucket: str
    key: str
    path: str  # the local file, absolute and resolved
    upload_id: str
    part_size: int
    file: FileIdentity
    parts: dict[int, PartRecord] = field(default_factory=dict)
    created: float = field(default_factory=time.time)
    updated: float = field(default_factory=time.time)

    @property
    def id(self) -> str:
        return checkpoint_id(self.endpoint, self.bucket, self.key, self.path)

    @property
    def confirmed_bytes(self) -> int:
        return sum(p.size for p in self.parts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "version": CHECKPOINT_VERSION,
            "endpoint": self.endpoint,
            "bucket": self.bucket,
            "key": self.key,
            "path": self.path,
            "upload_id": self.upload_id,
            "part_size": self.part_size,
            "file": self.file.to_json(),
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
        if data.get("version") != CHECKPOINT_VERSION:
            raise CheckpointError(f"unknown checkpoint version {data.get('version')!r}")
        try:
            parts = {}
            for number, size, etag, crc in data["parts"]:
                record = PartRecord(int(number), int(size), str(etag), int(crc))
                parts[record.number] = record
            checkpoint = cls(
                endpoint=str(data["endpoint"]),
                bucket=str(data["bucket"]),
                key=str(data["key"]),
                path=str(data["path"]),
                upload_id=str(data["upload_id"]),
                part_size=int(data["part_size"]),
                file=FileIdentity.from_json(data["file"]),
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
    path.parent.mkdir(parents=True, exist_ok=True)
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

    def path_for(self, endpoint: str, bucket: str, key: str, path: str) -> Path:
        return self.directory / (checkpoint_id(endpoint, bucket, key, path) + self.SUFFIX)

    def load(self, endpoint: str, bucket: str, key: str, path: str) -> UploadCheckpoint | None:
        """The checkpoint for this upload, None when there is none; CheckpointError when the
        file is there but unusable."""
        file = self.path_for(endpoint, bucket, key, path)
        try:
            raw = file.read_bytes()
        except FileNotFoundError:
            return None
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise CheckpointError(f"the checkpoint {file} is not valid JSON") from exc
        checkpoint = UploadCheckpoint.from_json(data)
        if (checkpoint.endpoint.rstrip("/").lower(), checkpoint.bucket, checkpoint.key) != (
            endpoint.rstrip("/").lower(),
            bucket,
            key,
        ) or checkpoint.path != path:
            raise CheckpointError(f"the checkpoint {file} belongs to another upload")
        return checkpoint

    def save(self, checkpoint: UploadCheckpoint) -> None:
        checkpoint.updated = time.time()
        data = json.dumps(checkpoint.to_json(), separators=(",", ":")).encode()
        target = self.path_for(
            checkpoint.endpoint, checkpoint.bucket, checkpoint.key, checkpoint.path
        )
        with self._lock:
            write_atomic(target, data)

    def delete(self, endpoint: str, bucket: str, key: str, path: str) -> bool:
        with self._lock:
            try:
                self.path_for(endpoint, bucket, key, path).unlink()
            except FileNotFoundError:
                return False
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
