"""A multipart object is kept as its parts: Complete moves them, copying nothing, as on real OSS.

Every way to read an object reads through the parts (GetObject with and without ranges,
HeadObject, the CRC64 combined from the parts', the ImportImage probe), and so do a restart,
delete and overwrite, a reader that holds a version while it is replaced, and a crash in the
middle of Complete.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import oss2
import pytest
from oss2.models import PartInfo

from imageimporter.core.crc64 import crc64
from imageimporter.sandbox import FaultRule, Sandbox, SandboxConfig
from tests.core.images import needs_qemu, qemu_convert
from tests.polling import wait_until
from tests.sandbox.test_qcow2_check import Layout, _import_outcome, _set_l2
from tests.sandbox.test_rpc_helpers import BUCKET as IMPORT_BUCKET
from tests.sandbox.test_rpc_helpers import REGION, clients, setup_import_role

BUCKET = "parts-bucket"
KIB = 1024
PART = 100 * KIB  # OSS's smallest part


@pytest.fixture
def oss_bucket(sandbox: Sandbox) -> Iterator[oss2.Bucket]:
    session = oss2.Session()
    auth = oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret)
    bucket = oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session)
    bucket.create_bucket()
    yield bucket
    session.session.close()


def _read(result: oss2.models.GetObjectResult) -> bytes:
    data: bytes = result.read()
    result.resp.response.close()
    return data


def upload_in_parts(
    bucket: oss2.Bucket, key: str, data: bytes, part_size: int = PART, extra_part: bool = False
) -> oss2.models.PutObjectResult:
    upload_id = bucket.init_multipart_upload(key).upload_id
    parts = []
    for number, offset in enumerate(range(0, len(data), part_size), start=1):
        result = bucket.upload_part(key, upload_id, number, data[offset : offset + part_size])
        parts.append(PartInfo(number, result.etag))
    if extra_part:  # uploaded, but not named in Complete
        bucket.upload_part(key, upload_id, len(parts) + 5, b"left out" * 1000)
    return bucket.complete_multipart_upload(key, upload_id, parts)


def stored_files(sandbox: Sandbox, key: str, bucket: str = BUCKET) -> tuple[Path, ...]:
    info = sandbox.context.products["oss"].object_info(bucket, key)  # type: ignore[attr-defined]
    assert info is not None
    return info.files  # type: ignore[no-any-return]


def bucket_folder(sandbox: Sandbox, bucket: str = BUCKET) -> Path:
    return sandbox.context.data_dir / "oss" / "buckets" / bucket


def test_complete_moves_the_parts_and_copies_nothing(
    sandbox: Sandbox, oss_bucket: oss2.Bucket
) -> None:
    data = os.urandom(3 * PART + 777)
    upload_id = oss_bucket.init_multipart_upload("moved").upload_id
    etags = [
        oss_bucket.upload_part("moved", upload_id, n, data[(n - 1) * PART : n * PART]).etag
        for n in (1, 2, 3, 4)
    ]
    oss_bucket.upload_part("moved", upload_id, 9, b"not named in Complete")
    upload_folder = bucket_folder(sandbox) / "uploads" / upload_id
    part_files = [p for p in upload_folder.glob("part-0000[1-4].*") if p.suffix != ".json"]
    inodes = sorted(p.stat().st_ino for p in part_files)
    assert len(inodes) == 4

    done = oss_bucket.complete_multipart_upload(
        "moved", upload_id, [PartInfo(n, e) for n, e in enumerate(etags, start=1)]
    )
    files = stored_files(sandbox, "moved")
    # The object's files are the very files the parts were received into.
    assert sorted(f.stat().st_ino for f in files) == inodes
    assert not upload_folder.exists()
    assert sorted(p.name for p in files[0].parent.iterdir()) == sorted(f.name for f in files)
    assert done.crc == crc64(data)
    head = oss_bucket.head_object("moved")
    assert (head.content_length, head.server_crc, head.object_type) == (
        len(data),
        crc64(data),
        "Multipart",
    )
    assert _read(oss_bucket.get_object("moved")) == data


def test_ranges_across_part_boundaries(oss_bucket: oss2.Bucket) -> None:
    data = os.urandom(5 * PART + 1234)
    upload_in_parts(oss_bucket, "ranges", data)
    rng = random.Random(11)
    boundaries = [n * PART for n in range(1, 6)]
    ranges = [(b - 1, b) for b in boundaries] + [(0, len(data) - 1), (PART - 10, 4 * PART + 9)]
    ranges += [tuple(sorted(rng.sample(range(len(data)), 2))) for _ in range(20)]
    for first, last in ranges:
        got = _read(oss_bucket.get_object("ranges", byte_range=(first, last)))
        assert got == data[first : last + 1], (first, last)
    suffix = _read(oss_bucket.get_object("ranges", byte_range=(None, 5000)))
    assert suffix == data[-5000:]


def test_parts_survive_a_restart_and_a_crash_inside_complete(tmp_path: Path) -> None:
    config = SandboxConfig(data_dir=tmp_path / "cloud")
    data = os.urandom(2 * PART + 10)
    session = oss2.Session()
    try:
        with Sandbox(config) as first:
            auth = oss2.Auth(first.access_key_id, first.access_key_secret)
            bucket = oss2.Bucket(auth, first.endpoint, BUCKET, session=session)
            bucket.create_bucket()
            upload_in_parts(bucket, "kept", data, extra_part=True)
            pending = bucket.init_multipart_upload("pending").upload_id
            part = bucket.upload_part("pending", pending, 1, data[:PART])
            folder = bucket_folder(first)
        # A crash after Complete moved the upload's folder, before it wrote the object's record.
        os.replace(folder / "uploads" / pending, folder / "data" / "MOVED-BEFORE-A-CRASH")
        with Sandbox(config) as second:
            auth = oss2.Auth(second.access_key_id, second.access_key_secret)
            bucket = oss2.Bucket(auth, second.endpoint, BUCKET, session=session)
            assert _read(bucket.get_object("kept")) == data
            assert (
                _read(bucket.get_object("kept", byte_range=(PART - 5, PART + 5)))
                == data[PART - 5 : PART + 6]
            )
            assert bucket.head_object("kept").server_crc == crc64(data)
            assert len(stored_files(second, "kept")) == 3
            # The interrupted upload is an upload again, and completes.
            uploads = bucket.list_multipart_uploads().upload_list
            assert [u.upload_id for u in uploads] == [pending]
            bucket.complete_multipart_upload("pending", pending, [PartInfo(1, part.etag)])
            assert _read(bucket.get_object("pending")) == data[:PART]
            assert not (folder / "data" / "MOVED-BEFORE-A-CRASH").exists()
    finally:
        session.session.close()


def test_delete_and_overwrite_remove_the_parts(sandbox: Sandbox, oss_bucket: oss2.Bucket) -> None:
    upload_in_parts(oss_bucket, "gone", os.urandom(2 * PART))
    folder = stored_files(sandbox, "gone")[0].parent
    oss_bucket.delete_object("gone")
    assert not folder.exists()
    with pytest.raises(oss2.exceptions.NoSuchKey):
        oss_bucket.get_object("gone")

    upload_in_parts(oss_bucket, "replaced", os.urandom(3 * PART))
    first = stored_files(sandbox, "replaced")[0].parent
    second_data = os.urandom(2 * PART + 1)
    upload_in_parts(oss_bucket, "replaced", second_data)
    second = stored_files(sandbox, "replaced")[0].parent
    assert not first.exists() and second.exists()
    oss_bucket.put_object("replaced", b"simple now")
    assert not second.exists()
    assert _read(oss_bucket.get_object("replaced")) == b"simple now"
    assert sorted(p.name for p in (bucket_folder(sandbox) / "data").iterdir()) == [
        stored_files(sandbox, "replaced")[0].name
    ]


def test_a_reader_keeps_the_version_it_opened(sandbox: Sandbox, oss_bucket: oss2.Bucket) -> None:
    data = os.urandom(40 * PART)  # larger than what the sockets buffer
    upload_in_parts(oss_bucket, "held", data, part_size=4 * PART)
    folder = stored_files(sandbox, "held")[0].parent
    stream = oss_bucket.get_object("held")
    head = stream.read(PART)
    oss_bucket.delete_object("held")
    upload_in_parts(oss_bucket, "held", os.urandom(2 * PART))
    assert folder.exists()  # still being read
    rest = stream.read()
    stream.resp.response.close()
    assert head + rest == data
    wait_until(lambda: not folder.exists())


@needs_qemu
def test_import_reads_a_qcow2_object_through_its_parts(sandbox: Sandbox, tmp_path: Path) -> None:
    raw = tmp_path / "disk.raw"
    with open(raw, "wb") as handle:
        handle.truncate(16 << 20)
        for offset in range(0, 16 << 20, 3 << 20):
            handle.seek(offset + 12345)
            handle.write(os.urandom(70_000))
    image = qemu_convert(raw, tmp_path / "disk.qcow2", "qcow2").read_bytes()
    broken = bytearray(image)
    broken[-3 * 65536 + 17] ^= 1  # a data byte: the tables stay sound
    leaked = bytearray(image)
    _set_l2(4, lambda layout: 0)(leaked, Layout(image))  # a data cluster no table names
    sandbox.set_import_seconds(0.1)
    c = clients(sandbox)
    setup_import_role(c.ram)
    sandbox.create_bucket(IMPORT_BUCKET, REGION)
    auth = oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret)
    session = oss2.Session()
    bucket = oss2.Bucket(auth, sandbox.endpoint, IMPORT_BUCKET, session=session)
    try:
        for key, body in (("good", image), ("data-flip", bytes(broken)), ("leak", bytes(leaked))):
            upload_in_parts(bucket, f"{key}.qcow2", body, part_size=PART + 8)
    finally:
        session.session.close()
    assert len(stored_files(sandbox, "good.qcow2", IMPORT_BUCKET)) > 3
    assert _import_outcome(sandbox, "good.qcow2")[:3] == ("Finished", "Available", "")
    assert _import_outcome(sandbox, "data-flip.qcow2")[:3] == ("Finished", "Available", "")
    status, _, code, message = _import_outcome(sandbox, "leak.qcow2")
    assert (status, code) == ("Failed", "InvalidImage.Corrupted") and "leaked" in message


def test_an_answer_never_sent_releases_the_version(
    sandbox: Sandbox, oss_bucket: oss2.Bucket
) -> None:
    upload_in_parts(oss_bucket, "lost", os.urandom(2 * PART))
    folder = stored_files(sandbox, "lost")[0].parent
    sandbox.faults.add(FaultRule(api="oss:GetObject", kind="lose", count=1))
    with pytest.raises(oss2.exceptions.RequestError):
        oss_bucket.get_object("lost")
    oss_bucket.delete_object("lost")
    wait_until(lambda: not folder.exists())
