"""Upload checkpoints: round trip, atomic replacement, file identity, no secrets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from imageimporter.core import checkpoint as checkpoint_module
from imageimporter.core.checkpoint import (
    CheckpointError,
    CheckpointStore,
    FileIdentity,
    PartRecord,
    UploadCheckpoint,
    checkpoint_id,
    file_source_identity,
    fingerprint,
    source_change,
)
from imageimporter.core.paths import AppFolderError, checkpoint_dir

ENDPOINT = "https://oss-cn-hangzhou.aliyuncs.com"


def make_checkpoint(path: Path, parts: int = 3) -> UploadCheckpoint:
    return UploadCheckpoint(
        endpoint=ENDPOINT,
        bucket="images",
        key="disks/vm.qcow2",
        upload_id="0004B9894A22E5B1888A1E29F823",
        part_size=16 << 20,
        source=file_source_identity(
            str(path), FileIdentity(48 << 20, 1_700_000_000_123_456_789, "ab" * 32, 1234)
        ),
        parts={n: PartRecord(n, 16 << 20, f"ETAG{n}", (1 << 64) - n) for n in range(1, parts + 1)},
    )


def test_round_trip(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    original = make_checkpoint(tmp_path / "vm.qcow2")
    store.save(original)
    loaded = store.load(ENDPOINT, "images", "disks/vm.qcow2", str(tmp_path / "vm.qcow2"))
    assert loaded == original
    assert loaded.confirmed_bytes == 48 << 20
    # 64-bit CRCs survive JSON readers that use doubles: they are stored as strings.
    raw = json.loads(store.path_for(ENDPOINT, "images", "disks/vm.qcow2", loaded.path).read_text())
    assert raw["parts"][0][3] == str((1 << 64) - 1)
    assert store.all() == [loaded]
    assert store.delete(ENDPOINT, "images", "disks/vm.qcow2", loaded.path)
    assert not store.delete(ENDPOINT, "images", "disks/vm.qcow2", loaded.path)
    assert store.load(ENDPOINT, "images", "disks/vm.qcow2", loaded.path) is None


def test_default_folder_is_the_apps_checkpoint_folder() -> None:
    assert CheckpointStore().directory == checkpoint_dir()


def test_one_checkpoint_per_endpoint_bucket_key_and_file() -> None:
    ids = {
        checkpoint_id(ENDPOINT, "b", "k", "/a"),
        checkpoint_id("http://127.0.0.1:1", "b", "k", "/a"),
        checkpoint_id(ENDPOINT, "c", "k", "/a"),
        checkpoint_id(ENDPOINT, "b", "k2", "/a"),
        checkpoint_id(ENDPOINT, "b", "k", "/b"),
    }
    assert len(ids) == 5
    assert checkpoint_id(ENDPOINT + "/", "b", "k", "/a") == checkpoint_id(ENDPOINT, "b", "k", "/a")


def test_a_failed_write_leaves_the_previous_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CheckpointStore(tmp_path)
    first = make_checkpoint(tmp_path / "vm", parts=1)
    store.save(first)

    def crash(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(checkpoint_module.os, "fsync", crash)
    with pytest.raises(AppFolderError, match="disk full") as excinfo:
        store.save(make_checkpoint(tmp_path / "vm", parts=5))
    assert str(tmp_path) in excinfo.value.message
    monkeypatch.undo()
    loaded = store.load(ENDPOINT, "images", "disks/vm.qcow2", str(tmp_path / "vm"))
    assert loaded is not None
    assert sorted(loaded.parts) == [1]
    assert [p.name for p in tmp_path.iterdir()] == [
        store.path_for(ENDPOINT, "images", "disks/vm.qcow2", str(tmp_path / "vm")).name
    ]  # no temporary file left behind


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"version": 99}',
        '{"version": 1, "parts": []}',
    ],
)
def test_damaged_checkpoints_are_reported(tmp_path: Path, text: str) -> None:
    store = CheckpointStore(tmp_path)
    store.path_for(ENDPOINT, "b", "k", "/f").parent.mkdir(parents=True, exist_ok=True)
    store.path_for(ENDPOINT, "b", "k", "/f").write_text(text)
    with pytest.raises(CheckpointError):
        store.load(ENDPOINT, "b", "k", "/f")
    assert store.all() == []


def test_no_secret_fields() -> None:
    fields = set(UploadCheckpoint.__dataclass_fields__)
    assert not {f for f in fields if "secret" in f or "token" in f or "access" in f}


def test_file_identity_notices_changes(tmp_path: Path) -> None:
    path = tmp_path / "disk.img"
    path.write_bytes(os.urandom(3 << 20))
    before = FileIdentity.of(path)
    assert FileIdentity.of(path).change_from(before) is None
    with path.open("r+b") as handle:  # one byte in a sampled block (the middle of the file)
        handle.seek((3 << 20) - (64 << 10))
        handle.write(b"\0" if handle.read(1) != b"\0" else b"\1")
    os.utime(path, ns=(before.mtime_ns, before.mtime_ns))
    assert FileIdentity.of(path).change_from(before) == "its content changed"
    os.utime(path, ns=(before.mtime_ns + 10**9, before.mtime_ns + 10**9))
    with path.open("ab") as handle:
        handle.write(b"x")
    assert "size changed" in (FileIdentity.of(path).change_from(before) or "")


def test_touching_a_file_counts_as_a_change(tmp_path: Path) -> None:
    path = tmp_path / "disk.img"
    path.write_bytes(b"a" * 1000)
    before = FileIdentity.of(path)
    os.utime(path, ns=(before.mtime_ns + 10**9, before.mtime_ns + 10**9))
    assert "modified" in (FileIdentity.of(path).change_from(before) or "")


def test_fingerprint_reads_little_of_a_huge_sparse_file(tmp_path: Path) -> None:
    path = tmp_path / "sparse.img"
    with path.open("wb") as handle:
        handle.truncate(1 << 40)  # 1 TiB, all holes
    assert fingerprint(path, 1 << 40) != fingerprint(path, (1 << 40) - 1)
    assert fingerprint(tmp_path / "missing", 0) == fingerprint(tmp_path / "other", 0)


def test_a_file_and_its_converted_stream_never_share_a_checkpoint(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path / "checkpoints")
    file_checkpoint = make_checkpoint(tmp_path / "vm.raw")
    stream_checkpoint = make_checkpoint(tmp_path / "vm.raw")
    stream_checkpoint.source = {
        "kind": "qcow2-stream",
        "cluster_size": 65536,
        "files": [{"path": str(tmp_path / "vm.raw"), "size": 1, "mtime_ns": 2, "inode": 3}],
    }
    stream_checkpoint.upload_id = "OTHER"
    store.save(file_checkpoint)
    store.save(stream_checkpoint)
    assert file_checkpoint.path == stream_checkpoint.path
    assert file_checkpoint.id != stream_checkpoint.id
    target = (ENDPOINT, "images", "disks/vm.qcow2", str(tmp_path / "vm.raw"))
    assert store.load(*target) == file_checkpoint
    assert store.load(*target, kind="qcow2-stream") == stream_checkpoint
    assert len(store.all()) == 2


def test_a_version_1_checkpoint_loads_as_a_file_source(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path)
    path = str(tmp_path / "vm.raw")
    version_1 = {
        "version": 1,
        "endpoint": ENDPOINT,
        "bucket": "images",
        "key": "vm.raw",
        "path": path,
        "upload_id": "UP",
        "part_size": 1 << 20,
        "file": {"size": 3 << 20, "mtime_ns": 5, "fingerprint": "ab"},
        "parts": [[1, 1 << 20, "E1", "12"]],
        "created": 1.0,
        "updated": 2.0,
    }
    store.path_for(ENDPOINT, "images", "vm.raw", path).write_text(json.dumps(version_1))
    loaded = store.load(ENDPOINT, "images", "vm.raw", path)
    assert loaded is not None
    assert (loaded.kind, loaded.path, loaded.parts[1].crc64) == ("file", path, 12)
    # Without an inode on record, the same size, mtime and fingerprint are the same file.
    same = file_source_identity(path, FileIdentity(3 << 20, 5, "ab", 77))
    assert source_change(loaded.source, same) is None
    other = file_source_identity(path, FileIdentity(3 << 20, 5, "cd", 77))
    assert source_change(loaded.source, other) == "its content changed"


def test_a_stream_source_change_is_worded(tmp_path: Path) -> None:
    stamp = {"path": "/d/vm.raw", "size": 1, "mtime_ns": 2, "inode": 3}
    recorded = {"kind": "qcow2-stream", "cluster_size": 65536, "files": [stamp]}
    assert source_change(recorded, dict(recorded)) is None
    touched = {**recorded, "files": [{**stamp, "mtime_ns": 9}]}
    assert source_change(recorded, touched) == "/d/vm.raw changed since the last attempt"
    resized = {**recorded, "cluster_size": 1 << 20}
    assert "conversion settings" in (source_change(recorded, resized) or "")
    assert "instead of" in (source_change(recorded, {**stamp, "kind": "file"}) or "")


def test_checkpoints_are_private(tmp_path: Path) -> None:
    store = CheckpointStore(tmp_path / "new" / "checkpoints")
    checkpoint = make_checkpoint(tmp_path / "vm")
    store.save(checkpoint)
    assert (tmp_path / "new" / "checkpoints").stat().st_mode & 0o777 == 0o700
    assert store.file_of(checkpoint).stat().st_mode & 0o777 == 0o600
