"""Where the sandbox's OSS keeps buckets, objects and multipart uploads, on disk.

Layout under the product folder::

    tmp/                                  bodies being received
    buckets/<bucket>/bucket.json          the bucket's record
    buckets/<bucket>/objects/<h>.json     one object's record (h: SHA-1 of the key)
    buckets/<bucket>/data/<id>            one object's bytes (a new file per version), or
    buckets/<bucket>/data/<id>/part-NNNNN.<id>   the parts of a multipart object, kept as they are
    buckets/<bucket>/uploads/<upload-id>/upload.json, part-NNNNN.json, part-NNNNN.<id>

Every record is a small JSON file replaced atomically, so a restarted sandbox finds everything
as it was and a crash never leaves half a record. Object bytes are written to a temporary file,
hashed (MD5, CRC64) while they stream in, and renamed into place; runs of zeros become holes so
that images of sparse disks stay sparse. Memory never grows with the size of an object.

CompleteMultipartUpload copies nothing, as on real OSS: the upload's folder is renamed to the
object's data folder and its parts are read end to end (``ObjectData``). A version that is
replaced or deleted while a reader holds it stays on disk until the last reader closes it.
"""

from __future__ import annotations

import bisect
import errno
import hashlib
import itertools
import json
import logging
import os
import secrets
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

from imageimporter.core.crc64 import crc64, crc64_of_parts
from imageimporter.sandbox.http import CHUNK_SIZE
from imageimporter.sandbox.storage import write_json_atomic

log = logging.getLogger(__name__)

_ZEROS = bytes(CHUNK_SIZE)


class BodyTooLarge(Exception):
    """The body went beyond the allowed size while streaming (no Content-Length to tell)."""

    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


class ChunkSource(Protocol):
    """Anything with ``read(size) -> bytes`` (``BodyReader``, a binary file)."""

    def read(self, size: int = ..., /) -> bytes: ...


@dataclass
class BucketRecord:
    name: str
    region: str
    storage_class: str
    created: float
    owner_id: str
    acl: str = "private"


@dataclass
class ObjectRecord:
    key: str
    size: int
    etag: str  # without quotes, as OSS computes it (upper-case hex, "-N" for multipart)
    crc64: int
    last_modified: float
    storage_class: str
    object_type: str  # "Normal" or "Multipart"
    content_type: str
    data_file: str  # name inside the bucket's data folder (a folder for parts)
    content_md5: str = ""  # base64, simple uploads only
    user_meta: dict[str, str] = field(default_factory=dict)
    # A multipart object's parts, in order, inside its data folder; empty: one data file.
    part_files: list[str] = field(default_factory=list)
    part_sizes: list[int] = field(default_factory=list)


@dataclass
class UploadRecord:
    upload_id: str
    key: str
    initiated: float
    storage_class: str
    content_type: str
    user_meta: dict[str, str] = field(default_factory=dict)


@dataclass
class PartRecord:
    number: int
    size: int
    etag: str  # upper-case MD5 hex, without quotes
    crc64: int
    last_modified: float
    data_file: str  # name inside the upload's folder


@dataclass
class Received:
    """A body stored in a temporary file, with what was computed while it streamed in."""

    path: Path
    size: int
    md5: bytes
    crc64: int

    @property
    def etag(self) -> str:
        return self.md5.hex().upper()


def _new_id() -> str:
    return secrets.token_hex(16).upper()


def _key_hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()


class OssStore:
    """The OSS state: thread-safe, persisted, with streamed object data."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._tmp = root / "tmp"
        self._buckets_dir = root / "buckets"
        self._lock = threading.RLock()
        self._upload_locks: dict[str, threading.Lock] = {}
        self._readers: dict[Path, int] = {}  # open ObjectData per version's data path
        self._released: set[Path] = set()  # versions to delete when their last reader closes
        self.buckets: dict[str, BucketRecord] = {}
        self.objects: dict[str, dict[str, ObjectRecord]] = {}
        self.uploads: dict[str, dict[str, UploadRecord]] = {}
        self.parts: dict[str, dict[int, PartRecord]] = {}
        self._tmp.mkdir(parents=True, exist_ok=True)
        self._buckets_dir.mkdir(parents=True, exist_ok=True)
        self._load()

    # -- loading -------------------------------------------------------------------------------
    def _load(self) -> None:
        for leftover in self._tmp.iterdir():
            leftover.unlink(missing_ok=True)
        for bucket_dir in sorted(self._buckets_dir.iterdir()):
            record_file = bucket_dir / "bucket.json"
            if not record_file.exists():
                continue
            bucket = BucketRecord(**_read(record_file))
            self.buckets[bucket.name] = bucket
            self.objects[bucket.name] = self._load_objects(bucket_dir)
            self.uploads[bucket.name] = self._load_uploads(bucket_dir)

    def _load_objects(self, bucket_dir: Path) -> dict[str, ObjectRecord]:
        objects: dict[str, ObjectRecord] = {}
        for path in (bucket_dir / "objects").glob("*.json"):
            record = ObjectRecord(**_read(path))
            objects[record.key] = record
        by_data_file = {o.data_file: o for o in objects.values()}
        data_dir = bucket_dir / "data"
        if data_dir.exists():
            for data in data_dir.iterdir():
                owner = by_data_file.get(data.name)
                if owner is not None:
                    if owner.part_files:
                        _remove_extra_files(data, owner.part_files)
                elif (data / "upload.json").exists():
                    # A crash inside CompleteMultipartUpload, before the object's record was
                    # written: the upload was never completed, so it is an upload again.
                    upload_id = UploadRecord(**_read(data / "upload.json")).upload_id
                    os.replace(data, bucket_dir / "uploads" / upload_id)
                else:  # left by a crash between two renames
                    _remove_data(data)
        return objects

    def _load_uploads(self, bucket_dir: Path) -> dict[str, UploadRecord]:
        uploads: dict[str, UploadRecord] = {}
        for path in (bucket_dir / "uploads").glob("*/upload.json"):
            upload = UploadRecord(**_read(path))
            uploads[upload.upload_id] = upload
            parts = {}
            for part_path in path.parent.glob("part-*.json"):
                part = PartRecord(**_read(part_path))
                parts[part.number] = part
            self.parts[upload.upload_id] = parts
        return uploads

    # -- paths ---------------------------------------------------------------------------------
    def bucket_dir(self, bucket: str) -> Path:
        return self._buckets_dir / bucket

    def object_path(self, bucket: str, record: ObjectRecord) -> Path:
        return self.bucket_dir(bucket) / "data" / record.data_file

    def upload_dir(self, bucket: str, upload_id: str) -> Path:
        return self.bucket_dir(bucket) / "uploads" / upload_id

    # -- buckets -------------------------------------------------------------------------------
    def create_bucket(self, record: BucketRecord) -> BucketRecord:
        """Create the bucket unless it exists; the existing or new record."""
        with self._lock:
            existing = self.buckets.get(record.name)
            if existing is not None:
                return existing
            folder = self.bucket_dir(record.name)
            for sub in ("objects", "data", "uploads"):
                (folder / sub).mkdir(parents=True, exist_ok=True)
            write_json_atomic(folder / "bucket.json", asdict(record))
            self.buckets[record.name] = record
            self.objects[record.name] = {}
            self.uploads[record.name] = {}
            return record

    def bucket_records(self) -> list[BucketRecord]:
        with self._lock:
            return sorted(self.buckets.values(), key=lambda b: b.name)

    def upload_records(self, bucket: str) -> list[UploadRecord]:
        with self._lock:
            return list(self.uploads.get(bucket, {}).values())

    def delete_bucket(self, name: str) -> None:
        with self._lock:
            self.buckets.pop(name, None)
            self.objects.pop(name, None)
            self.uploads.pop(name, None)
            shutil.rmtree(self.bucket_dir(name), ignore_errors=True)

    # -- receiving data ------------------------------------------------------------------------
    def receive(self, source: ChunkSource, limit: int, corrupt: bool = False) -> Received:
        """Stream ``source`` into a temporary file, hashing it; ``BodyTooLarge`` past ``limit``.

        ``corrupt``: flip one byte of the data before storing and hashing it (fault injection:
        what a bit flip on the way would do).
        """
        fd, name = _mkstemp(self._tmp)
        path = Path(name)
        md5 = hashlib.md5(usedforsecurity=False)
        crc = 0
        size = 0
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := source.read(CHUNK_SIZE):
                    if corrupt:
                        chunk = _flip_middle_byte(chunk)
                        corrupt = False
                    size += len(chunk)
                    if size > limit:
                        raise BodyTooLarge(size)
                    md5.update(chunk)
                    crc = crc64(chunk, crc)
                    _write_sparse(out, chunk)
                out.truncate(size)  # a trailing hole needs the length set explicitly
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return Received(path, size, md5.digest(), crc)

    def discard(self, received: Received) -> None:
        received.path.unlink(missing_ok=True)

    def receive_file(self, source: Path) -> Received:
        with source.open("rb") as handle:
            return self.receive(handle, limit=1 << 62)

    def receive_bytes(self, data: bytes) -> Received:
        return self.receive(_BytesSource(data), limit=1 << 62)

    # -- objects -------------------------------------------------------------------------------
    def commit_object(self, bucket: str, record: ObjectRecord, data: Path) -> ObjectRecord:
        """Make ``data`` the bytes of ``record.key`` (replacing any previous version)."""
        record.data_file = _new_id()
        folder = self.bucket_dir(bucket)
        with self._lock:
            if bucket not in self.buckets:
                data.unlink(missing_ok=True)
                raise KeyError(bucket)
            os.replace(data, folder / "data" / record.data_file)
            previous = self._record_object(bucket, record)
        if previous is not None:
            self._release_version(bucket, previous)
        return record

    def commit_multipart(
        self, bucket: str, upload_id: str, record: ObjectRecord, parts: list[PartRecord]
    ) -> ObjectRecord:
        """Make ``parts`` of an upload the bytes of ``record.key``, moving them, copying nothing.

        The caller holds the upload's lock. The upload ends here; its other parts are deleted.
        """
        record.data_file = _new_id()
        record.part_files = [part.data_file for part in parts]
        record.part_sizes = [part.size for part in parts]
        folder = self.bucket_dir(bucket)
        data = folder / "data" / record.data_file
        with self._lock:
            if bucket not in self.buckets:
                raise KeyError(bucket)
            os.replace(self.upload_dir(bucket, upload_id), data)
            previous = self._record_object(bucket, record)
            self.uploads[bucket].pop(upload_id, None)
            self.parts.pop(upload_id, None)
            self._upload_locks.pop(upload_id, None)
        _remove_extra_files(data, record.part_files)
        if previous is not None:
            self._release_version(bucket, previous)
        return record

    def _record_object(self, bucket: str, record: ObjectRecord) -> ObjectRecord | None:
        """Write the record of a new version (the lock held); the version it replaces."""
        folder = self.bucket_dir(bucket)
        write_json_atomic(folder / "objects" / f"{_key_hash(record.key)}.json", asdict(record))
        previous = self.objects[bucket].get(record.key)
        self.objects[bucket][record.key] = record
        return previous

    def get_object(self, bucket: str, key: str) -> ObjectRecord | None:
        with self._lock:
            return self.objects.get(bucket, {}).get(key)

    def delete_object(self, bucket: str, key: str) -> bool:
        folder = self.bucket_dir(bucket)
        with self._lock:
            record = self.objects.get(bucket, {}).pop(key, None)
            if record is None:
                return False
            (folder / "objects" / f"{_key_hash(key)}.json").unlink(missing_ok=True)
        self._release_version(bucket, record)
        return True

    def sorted_keys(self, bucket: str) -> list[str]:
        with self._lock:
            return sorted(self.objects.get(bucket, {}))

    def object_files(self, bucket: str, record: ObjectRecord) -> list[Path]:
        """The files holding a version's bytes, in order."""
        path = self.object_path(bucket, record)
        return [path / name for name in record.part_files] if record.part_files else [path]

    def open_object(self, bucket: str, key: str) -> tuple[ObjectRecord, ObjectData] | None:
        """The record and the bytes of one version of an object, read together."""
        with self._lock:
            record = self.objects.get(bucket, {}).get(key)
            if record is None:
                return None
            return record, self._open_version(bucket, record)

    def open_version(self, bucket: str, record: ObjectRecord) -> ObjectData:
        """The bytes of this version; ``FileNotFoundError`` once it is gone."""
        with self._lock:
            if self.objects.get(bucket, {}).get(record.key) is not record:
                raise FileNotFoundError(record.key)
            return self._open_version(bucket, record)

    def _open_version(self, bucket: str, record: ObjectRecord) -> ObjectData:
        path = self.object_path(bucket, record)
        self._readers[path] = self._readers.get(path, 0) + 1
        sizes = record.part_sizes or [record.size]
        try:
            return ObjectData(self.object_files(bucket, record), sizes, lambda: self._closed(path))
        except BaseException:
            self._closed(path)
            raise

    def _closed(self, path: Path) -> None:
        with self._lock:
            left = self._readers.pop(path) - 1
            if left:
                self._readers[path] = left
                return
            if path not in self._released:
                return
            self._released.discard(path)
        _remove_data(path)

    def _release_version(self, bucket: str, record: ObjectRecord) -> None:
        """Delete a version's bytes now, or when its last reader closes them."""
        path = self.object_path(bucket, record)
        with self._lock:
            if path in self._readers:
                self._released.add(path)
                return
        _remove_data(path)

    # -- multipart -----------------------------------------------------------------------------
    def upload_lock(self, upload_id: str) -> threading.Lock:
        with self._lock:
            return self._upload_locks.setdefault(upload_id, threading.Lock())

    def create_upload(self, bucket: str, upload: UploadRecord) -> None:
        folder = self.upload_dir(bucket, upload.upload_id)
        folder.mkdir(parents=True, exist_ok=True)
        write_json_atomic(folder / "upload.json", asdict(upload))
        with self._lock:
            self.uploads[bucket][upload.upload_id] = upload
            self.parts[upload.upload_id] = {}

    def get_upload(self, bucket: str, upload_id: str) -> UploadRecord | None:
        with self._lock:
            return self.uploads.get(bucket, {}).get(upload_id)

    def commit_part(self, bucket: str, upload_id: str, part: PartRecord, data: Path) -> bool:
        """Store a part (replacing one with the same number); False if the upload is gone."""
        folder = self.upload_dir(bucket, upload_id)
        part.data_file = f"part-{part.number:05d}.{_new_id()}"
        with self.upload_lock(upload_id):
            if self.get_upload(bucket, upload_id) is None:
                data.unlink(missing_ok=True)
                return False
            os.replace(data, folder / part.data_file)
            write_json_atomic(folder / f"part-{part.number:05d}.json", asdict(part))
            with self._lock:
                previous = self.parts[upload_id].get(part.number)
                self.parts[upload_id][part.number] = part
        if previous is not None:
            (folder / previous.data_file).unlink(missing_ok=True)
        return True

    def list_parts(self, upload_id: str) -> list[PartRecord]:
        with self._lock:
            return sorted(self.parts.get(upload_id, {}).values(), key=lambda p: p.number)

    def forget_upload(self, bucket: str, upload_id: str) -> None:
        """Drop an upload and its parts (abort, or after complete)."""
        with self._lock:
            self.uploads.get(bucket, {}).pop(upload_id, None)
            self.parts.pop(upload_id, None)
            self._upload_locks.pop(upload_id, None)
        shutil.rmtree(self.upload_dir(bucket, upload_id), ignore_errors=True)


def multipart_etag(parts: list[PartRecord]) -> str:
    """OSS's ETag of a multipart object: MD5 of the parts' binary MD5s, then ``-<count>``."""
    digest = hashlib.md5(usedforsecurity=False)
    for part in parts:
        digest.update(bytes.fromhex(part.etag))
    return f"{digest.hexdigest().upper()}-{len(parts)}"


def combined_crc(parts: list[PartRecord]) -> int:
    return crc64_of_parts((part.crc64, part.size) for part in parts)


class ObjectData:
    """One version of an object's bytes, by offset: one file, or a multipart object's parts.

    Part files are opened one at a time as reads reach them. ``close`` lets the store delete a
    version that was replaced or deleted meanwhile.
    """

    def __init__(self, files: list[Path], sizes: list[int], on_close: Callable[[], None]) -> None:
        self._files = files
        self._sizes = sizes
        self._starts = list(itertools.accumulate(sizes, initial=0))
        self.size = self._starts[-1]
        self._on_close: Callable[[], None] | None = on_close
        self._fd = -1
        self._fd_index = -1
        if len(files) == 1:  # a single file is opened now: missing data shows at once
            self._open(0)

    def _open(self, index: int) -> int:
        if self._fd_index != index:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1
            self._fd = os.open(self._files[index], os.O_RDONLY)
            self._fd_index = index
        return self._fd

    def read_at(self, offset: int, length: int) -> bytes:
        pieces = []
        end = min(offset + length, self.size)
        while offset < end:
            index = bisect.bisect_right(self._starts, offset) - 1
            within = offset - self._starts[index]
            count = min(end - offset, self._sizes[index] - within)
            piece = os.pread(self._open(index), count, within)
            if len(piece) != count:
                raise OSError(errno.EIO, f"{self._files[index]} is shorter than its record")
            pieces.append(piece)
            offset += count
        return b"".join(pieces)

    def chunks(self, start: int, length: int) -> ObjectChunks:
        """``length`` bytes from ``start`` in chunks; the end of them closes this."""
        return ObjectChunks(self, start, min(start + length, self.size))

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
            self._fd_index = -1
        on_close, self._on_close = self._on_close, None
        if on_close is not None:
            on_close()

    def __enter__(self) -> ObjectData:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ObjectChunks:
    """A range of an ``ObjectData`` as an iterator of chunks (a response body).

    Reaching the end or ``close`` closes the data, also when no chunk was ever taken (a
    generator would not run its cleanup then).
    """

    def __init__(self, data: ObjectData, start: int, end: int) -> None:
        self._data = data
        self._position = start
        self._end = end

    def __iter__(self) -> ObjectChunks:
        return self

    def __next__(self) -> bytes:
        if self._position >= self._end:
            self.close()
            raise StopIteration
        try:
            chunk = self._data.read_at(self._position, min(CHUNK_SIZE, self._end - self._position))
        except BaseException:
            self.close()
            raise
        self._position += len(chunk)
        return chunk

    def close(self) -> None:
        self._data.close()


# -- helpers ------------------------------------------------------------------------------------


class _BytesSource:
    def __init__(self, data: bytes) -> None:
        self._view = memoryview(data)
        self._offset = 0

    def read(self, size: int = CHUNK_SIZE) -> bytes:
        chunk = bytes(self._view[self._offset : self._offset + size])
        self._offset += len(chunk)
        return chunk


def _read(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _mkstemp(folder: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix="recv-", dir=folder)


def _flip_middle_byte(chunk: bytes) -> bytes:
    changed = bytearray(chunk)
    changed[len(changed) // 2] ^= 0xFF
    return bytes(changed)


def _write_sparse(out: Any, chunk: bytes) -> None:
    # A chunk of zeros becomes a hole: the file system stores nothing for it.
    zeros = _ZEROS if len(chunk) == CHUNK_SIZE else bytes(len(chunk))
    if chunk == zeros:
        out.seek(len(chunk), os.SEEK_CUR)
    else:
        out.write(chunk)


def _remove_data(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _remove_extra_files(folder: Path, keep: list[str]) -> None:
    """Delete what an upload left beside the parts an object is made of (records, other parts)."""
    wanted = set(keep)
    for entry in folder.iterdir():
        if entry.name not in wanted:
            entry.unlink(missing_ok=True)
