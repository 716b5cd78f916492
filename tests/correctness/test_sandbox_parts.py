"""A multipart object kept as its parts reads back as the parts named in Complete, in number
order, whatever their sizes, the order they came in, a part sent twice or one left out; and
the import probe reads the app's QCOW2 stream through uneven parts as the file itself.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import oss2
import pytest
from oss2.models import PartInfo

from imageimporter.core.crc64 import crc64
from imageimporter.core.disk.qcow2_stream import open_qcow2_stream
from imageimporter.sandbox import Sandbox
from imageimporter.sandbox.image_probe import probe_file, probe_object
from tests.correctness.harness import KIB, MIB, needs_qemu, seeded
from tests.sandbox.test_qcow2_check import _import_outcome
from tests.sandbox.test_rpc_helpers import BUCKET, REGION, clients, setup_import_role

PART = 100 * KIB


@pytest.fixture
def bucket(sandbox: Sandbox) -> Iterator[oss2.Bucket]:
    sandbox.create_bucket(BUCKET, REGION)
    session = oss2.Session()
    auth = oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret)
    yield oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session)
    session.session.close()


def assert_reads_back(sandbox: Sandbox, bucket: oss2.Bucket, key: str, data: bytes) -> None:
    rng = seeded(key)
    assert bucket.get_object(key).read() == data
    head = bucket.head_object(key)
    assert head.content_length == len(data)
    assert int(head.headers["x-oss-hash-crc64ecma"]) == crc64(data)
    for _ in range(40):
        first = rng.randrange(0, len(data))
        last = min(len(data) - 1, first + rng.choice([0, 1, 511, rng.randrange(0, 400 * KIB)]))
        assert bucket.get_object(key, byte_range=(first, last)).read() == data[first : last + 1]
    info = sandbox.context.products["oss"].object_info(BUCKET, key)  # type: ignore[attr-defined]
    with info.open() as reader:  # what the import probe reads through
        assert reader.size == len(data)
        for _ in range(40):
            offset = rng.randrange(0, len(data) + 1)
            length = rng.randrange(0, 300 * KIB)
            assert reader.read_at(offset, length) == data[offset : offset + length]


def test_parts_of_different_sizes_sent_out_of_order_twice_and_left_out(
    sandbox: Sandbox, bucket: oss2.Bucket
) -> None:
    rng = random.Random(5)
    key = "uneven.img"
    upload_id = bucket.init_multipart_upload(key).upload_id
    bodies = {
        2: rng.randbytes(PART + 3),
        9: rng.randbytes(3 * PART + 17),
        4: rng.randbytes(PART),
        11: rng.randbytes(1),  # the last part: a single byte
        7: rng.randbytes(2 * PART - 1),
    }
    etags = {}
    for number in (9, 11, 2, 7, 4):
        etags[number] = bucket.upload_part(key, upload_id, number, bodies[number]).etag
    # part 7 sent again with other bytes: the last one counts
    bodies[7] = rng.randbytes(PART + 999)
    etags[7] = bucket.upload_part(key, upload_id, 7, bodies[7]).etag
    bucket.upload_part(key, upload_id, 5, rng.randbytes(PART))  # not named in Complete
    named = sorted(bodies)
    bucket.complete_multipart_upload(key, upload_id, [PartInfo(n, etags[n]) for n in named])
    assert_reads_back(sandbox, bucket, key, b"".join(bodies[n] for n in named))


@needs_qemu
def test_the_apps_stream_in_uneven_parts_probes_and_imports_as_the_file(
    sandbox: Sandbox, bucket: oss2.Bucket, tmp_path: Path
) -> None:
    rng = random.Random(9)
    raw = tmp_path / "disk.raw"
    with open(raw, "wb") as handle:
        handle.truncate(40 * MIB)
        for _ in range(10):
            handle.seek(rng.randrange(0, 39 * MIB))
            handle.write(rng.randbytes(rng.randrange(1, 500 * KIB)))
    stream = open_qcow2_stream(str(raw))
    try:
        image = stream.read_at(0, stream.size)
    finally:
        stream.close()
    local = tmp_path / "disk.qcow2"
    local.write_bytes(image)
    # borders inside the header, the refcount table, the L1 and L2 tables and the data
    sizes = [PART + 1, PART + 64 * KIB - 3, 3 * PART, PART + 7]
    key = "stream.qcow2"
    upload_id = bucket.init_multipart_upload(key).upload_id
    parts, offset, number = [], 0, 1
    while offset < len(image):
        size = sizes[(number - 1) % len(sizes)]
        result = bucket.upload_part(key, upload_id, number, image[offset : offset + size])
        parts.append(PartInfo(number, result.etag))
        offset, number = offset + size, number + 1
    bucket.complete_multipart_upload(key, upload_id, parts)
    assert_reads_back(sandbox, bucket, key, image)
    info = sandbox.context.products["oss"].object_info(BUCKET, key)  # type: ignore[attr-defined]
    with info.open() as reader:
        assert probe_object(reader) == probe_file(local)
    assert probe_file(local).importable
    sandbox.set_import_seconds(0.1)
    setup_import_role(clients(sandbox).ram)
    assert _import_outcome(sandbox, key)[:3] == ("Finished", "Available", "")
