"""The sandbox's OSS through the real oss2 SDK: buckets, objects, listings, multipart, faults."""

from __future__ import annotations

import base64
import hashlib
import http.client
import itertools
import os
import tracemalloc
from urllib.parse import quote, urlsplit

import oss2
import pytest
from oss2.models import PartInfo

from imageimporter.core.crc64 import crc64
from imageimporter.sandbox import FaultRule, Sandbox, SandboxConfig

BUCKET = "test-bucket"
KIB = 1024
MIB = 1024 * KIB


@pytest.fixture
def session():
    session = oss2.Session()
    yield session
    session.session.close()


@pytest.fixture
def auth(sandbox):
    return oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret)


@pytest.fixture
def bucket(sandbox, auth, session):
    bucket = oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session)
    bucket.create_bucket()
    return bucket


def _read(result) -> bytes:
    data = result.read()
    result.resp.response.close()
    return data


def _raises(exc_type, status, code, call, *args, **kwargs):
    with pytest.raises(exc_type) as excinfo:
        call(*args, **kwargs)
    assert (excinfo.value.status, excinfo.value.code) == (status, code)
    assert len(excinfo.value.request_id) == 24
    return excinfo.value


def _md5_etag(data: bytes) -> str:
    return hashlib.md5(data).hexdigest().upper()


# -- buckets ------------------------------------------------------------------------------------


def test_bucket_lifecycle(sandbox, bucket, auth, session):
    info = bucket.get_bucket_info()
    assert info.name == BUCKET
    assert info.location == "oss-cn-hangzhou"
    assert info.extranet_endpoint == "oss-cn-hangzhou.aliyuncs.com"
    assert info.intranet_endpoint == "oss-cn-hangzhou-internal.aliyuncs.com"
    assert info.storage_class == "Standard"
    assert info.acl.grant == "private"
    assert info.owner.id == sandbox.context.account.account_id
    assert info.bucket_encryption_rule.sse_algorithm is None
    assert bucket.get_bucket_location().location == "oss-cn-hangzhou"
    bucket.create_bucket()  # same owner, same region: idempotent
    assert sandbox.stats.requests["oss:PutBucket"] == 2
    assert sandbox.stats.requests["oss:GetBucketInfo"] == 1

    bucket.delete_bucket()
    _raises(oss2.exceptions.NoSuchBucket, 404, "NoSuchBucket", bucket.get_bucket_info)
    _raises(oss2.exceptions.NoSuchBucket, 404, "NoSuchBucket", bucket.put_object, "k", b"x")


def test_create_bucket_with_storage_class(sandbox, auth, session):
    bucket = oss2.Bucket(auth, sandbox.endpoint, "ia-bucket", session=session)
    bucket.create_bucket(input=oss2.models.BucketCreateConfig(oss2.BUCKET_STORAGE_CLASS_IA))
    assert bucket.get_bucket_info().storage_class == "IA"
    bucket.put_object("k", b"data")
    assert bucket.head_object("k").headers["x-oss-storage-class"] == "IA"


def test_list_buckets_with_prefix_marker_and_paging(sandbox, auth, session):
    for name in ("alpha-1", "alpha-2", "alpha-3", "beta-1"):
        sandbox.create_bucket(name)
    service = oss2.Service(auth, sandbox.endpoint, session=session)
    result = service.list_buckets(prefix="alpha-", max_keys=2)
    assert [b.name for b in result.buckets] == ["alpha-1", "alpha-2"]
    assert result.is_truncated and result.next_marker == "alpha-2"
    rest = service.list_buckets(prefix="alpha-", marker=result.next_marker, max_keys=2)
    assert [b.name for b in rest.buckets] == ["alpha-3"]
    assert not rest.is_truncated
    everything = [b.name for b in oss2.BucketIterator(service)]
    assert everything == ["alpha-1", "alpha-2", "alpha-3", "beta-1"]
    assert rest.buckets[0].location == "oss-cn-hangzhou"
    assert sandbox.stats.requests["oss:GetService"] >= 3


def test_v4_put_bucket_takes_the_region_of_the_signature(sandbox, session):
    auth = oss2.AuthV4(sandbox.access_key_id, sandbox.access_key_secret)
    shanghai = oss2.Bucket(
        auth, sandbox.endpoint, "sh-bucket", session=session, region="cn-shanghai"
    )
    shanghai.create_bucket()
    assert shanghai.get_bucket_location().location == "oss-cn-shanghai"
    assert sandbox.context.products["oss"].bucket_region("sh-bucket") == "cn-shanghai"
    shanghai.put_object("k", b"v4 data")
    assert _read(shanghai.get_object("k")) == b"v4 data"
    # A V4 signature for another region reaches the "wrong endpoint".
    hangzhou = oss2.Bucket(
        auth, sandbox.endpoint, "sh-bucket", session=session, region="cn-hangzhou"
    )
    error = _raises(oss2.exceptions.AccessDenied, 403, "AccessDenied", hangzhou.get_object, "k")
    assert error.details["Endpoint"] == "oss-cn-shanghai.aliyuncs.com"
    _raises(oss2.exceptions.ServerError, 409, "BucketAlreadyExists", hangzhou.create_bucket)


def test_delete_bucket_refused_while_objects_or_uploads_remain(bucket):
    bucket.put_object("k", b"x")
    _raises(oss2.exceptions.BucketNotEmpty, 409, "BucketNotEmpty", bucket.delete_bucket)
    bucket.delete_object("k")
    upload_id = bucket.init_multipart_upload("pending").upload_id
    _raises(oss2.exceptions.BucketNotEmpty, 409, "BucketNotEmpty", bucket.delete_bucket)
    bucket.abort_multipart_upload("pending", upload_id)
    bucket.delete_bucket()


def _signed_raw_request(sandbox, method, bucket_name, key, *, headers=None, params=None):
    """A V1-signed request for what oss2 refuses to send (invalid names, huge bodies)."""
    auth = oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret)
    url = f"{sandbox.endpoint}/{bucket_name}/{key}"
    request = oss2.http.Request(method, url, headers=headers, params=params)
    auth._sign_request(request, bucket_name, key)
    return {k: v for k, v in request.headers.items() if v is not None}


@pytest.mark.parametrize("name", ["Bad_Name", "good-name\n"])
def test_invalid_bucket_name(sandbox, name):
    headers = _signed_raw_request(sandbox, "PUT", name, "")
    host = urlsplit(sandbox.endpoint)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    try:
        conn.request("PUT", f"/{quote(name)}/", body=b"", headers=headers)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status == 400
    assert b"<Code>InvalidBucketName</Code>" in body
    assert response.getheader("x-oss-request-id")


# -- simple objects -----------------------------------------------------------------------------


def test_put_get_head_delete_object(sandbox, bucket):
    data = os.urandom(300 * KIB)
    result = bucket.put_object("dir/a b+c.bin", data, headers={"x-oss-meta-origin": "test"})
    assert result.etag == _md5_etag(data)
    assert result.crc == crc64(data)
    assert len(result.request_id) == 24
    assert result.headers["Content-MD5"] == base64.b64encode(hashlib.md5(data).digest()).decode()

    got = bucket.get_object("dir/a b+c.bin")
    assert _read(got) == data
    assert got.server_crc == crc64(data)
    assert got.headers["x-oss-object-type"] == "Normal"
    assert got.headers["x-oss-storage-class"] == "Standard"
    assert got.headers["x-oss-meta-origin"] == "test"

    head = bucket.head_object("dir/a b+c.bin")
    assert head.content_length == len(data)
    assert head.etag == _md5_etag(data)
    assert head.object_type == "Normal"
    assert head.server_crc == crc64(data)
    assert head.last_modified > 0
    assert head.headers["Server"].startswith("AliyunOSS")
    assert "Date" in head.headers
    assert bucket.get_object_meta("dir/a b+c.bin").content_length == len(data)
    assert bucket.object_exists("dir/a b+c.bin")

    bucket.delete_object("dir/a b+c.bin")
    assert not bucket.object_exists("dir/a b+c.bin")
    _raises(oss2.exceptions.NoSuchKey, 404, "NoSuchKey", bucket.get_object, "dir/a b+c.bin")
    _raises(oss2.exceptions.NotFound, 404, "NoSuchKey", bucket.head_object, "dir/a b+c.bin")
    bucket.delete_object("dir/a b+c.bin")  # deleting a missing key is fine, as in OSS
    assert sandbox.stats.requests["oss:DeleteObject"] == 2


def test_put_object_storage_class_and_overwrite(bucket):
    bucket.put_object("k", b"first", headers={"x-oss-storage-class": "IA"})
    assert bucket.head_object("k").headers["x-oss-storage-class"] == "IA"
    bucket.put_object("k", b"second")
    assert _read(bucket.get_object("k")) == b"second"
    _raises(
        oss2.exceptions.InvalidArgument,
        400,
        "InvalidArgument",
        bucket.put_object,
        "k",
        b"x",
        headers={"x-oss-storage-class": "Gold"},
    )
    _raises(
        oss2.exceptions.ServerError,
        409,
        "FileAlreadyExists",
        bucket.put_object,
        "k",
        b"x",
        headers={"x-oss-forbid-overwrite": "true"},
    )


def test_content_md5_is_verified(bucket):
    good = base64.b64encode(hashlib.md5(b"payload").digest()).decode()
    bucket.put_object("ok", b"payload", headers={"Content-MD5": good})
    bad = base64.b64encode(hashlib.md5(b"other").digest()).decode()
    _raises(
        oss2.exceptions.InvalidDigest,
        400,
        "InvalidDigest",
        bucket.put_object,
        "bad",
        b"payload",
        headers={"Content-MD5": bad},
    )
    assert not bucket.object_exists("bad")


def test_put_object_over_5_gb_refused_from_content_length(sandbox, bucket):
    size = 5 * 1024**3 + 1
    headers = _signed_raw_request(
        sandbox, "PUT", BUCKET, "huge", headers={"Content-Length": str(size)}
    )
    host = urlsplit(sandbox.endpoint)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    try:
        conn.putrequest("PUT", f"/{BUCKET}/huge", skip_accept_encoding=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.endheaders()
        conn.send(b"x" * 1000)  # only the beginning: the answer must not wait for the rest
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    assert response.status == 400
    assert b"<Code>EntityTooLarge</Code>" in body
    assert sandbox.stats.bytes_received["oss:PutObject"] < 1 * MIB


@pytest.mark.parametrize(
    ("byte_range", "status", "expected"),
    [
        ((10, 19), 206, slice(10, 20)),
        ((None, 5), 206, slice(95, 100)),
        ((90, None), 206, slice(90, 100)),
        ((0, 100), 200, slice(0, 100)),  # end past the object: OSS ignores the range
        ((100, 200), 200, slice(0, 100)),
    ],
)
def test_ranges(bucket, byte_range, status, expected):
    data = bytes(range(100))
    bucket.put_object("r", data)
    result = bucket.get_object("r", byte_range=byte_range)
    assert result.status == status
    assert _read(result) == data[expected]
    if status == 206:
        assert result.content_range == f"bytes {expected.start}-{expected.stop - 1}/100"


def test_standard_range_behaviour(bucket):
    bucket.put_object("r", bytes(range(100)))
    standard = {"x-oss-range-behavior": "standard"}
    result = bucket.get_object("r", byte_range=(90, 200), headers=standard)
    assert (result.status, _read(result)) == (206, bytes(range(90, 100)))
    _raises(
        oss2.exceptions.ServerError,
        416,
        "InvalidRange",
        bucket.get_object,
        "r",
        byte_range=(100, 200),
        headers=standard,
    )


def test_list_objects_prefix_delimiter_marker(bucket):
    keys = ["a/1", "a/2", "a/b/3", "b/1", "c", "d"]
    for key in keys:
        bucket.put_object(key, key.encode())
    page = bucket.list_objects(max_keys=2)
    assert [o.key for o in page.object_list] == ["a/1", "a/2"]
    assert page.is_truncated and page.next_marker == "a/2"
    assert [o.key for o in oss2.ObjectIterator(bucket, max_keys=2)] == keys

    top = bucket.list_objects(delimiter="/")
    assert top.prefix_list == ["a/", "b/"]
    assert [o.key for o in top.object_list] == ["c", "d"]
    first = bucket.list_objects(delimiter="/", max_keys=1)
    assert first.prefix_list == ["a/"] and first.next_marker == "a/"
    second = bucket.list_objects(delimiter="/", max_keys=1, marker=first.next_marker)
    assert second.prefix_list == ["b/"]

    inner = bucket.list_objects(prefix="a/", delimiter="/")
    assert [o.key for o in inner.object_list] == ["a/1", "a/2"]
    assert inner.prefix_list == ["a/b/"]
    entry = inner.object_list[0]
    assert entry.size == 3 and entry.etag == _md5_etag(b"a/1") and entry.type == "Normal"


def test_list_objects_v2_pages_with_continuation_tokens(bucket):
    keys = [f"k{i:02d}" for i in range(7)]
    for key in keys:
        bucket.put_object(key, b"x")
    assert [o.key for o in oss2.ObjectIteratorV2(bucket, max_keys=3)] == keys
    after = bucket.list_objects_v2(start_after="k04")
    assert [o.key for o in after.object_list] == ["k05", "k06"]


def test_delete_multiple_objects(bucket):
    for key in ("x1", "x2", "x3"):
        bucket.put_object(key, b"x")
    result = bucket.batch_delete_objects(["x1", "x2", "missing"])
    assert sorted(result.deleted_keys) == ["missing", "x1", "x2"]
    assert [o.key for o in bucket.list_objects().object_list] == ["x3"]


# -- multipart ----------------------------------------------------------------------------------


def test_multipart_out_of_order_with_reupload(sandbox, bucket):
    part_size = 128 * KIB
    chunks = [os.urandom(part_size), os.urandom(part_size), os.urandom(50 * KIB)]
    upload_id = bucket.init_multipart_upload("mp.bin").upload_id
    results = {}
    for number in (3, 1, 2):
        results[number] = bucket.upload_part("mp.bin", upload_id, number, chunks[number - 1])
    chunks[1] = os.urandom(part_size)  # re-upload part 2 with other bytes
    results[2] = bucket.upload_part("mp.bin", upload_id, 2, chunks[1])
    for number, result in results.items():
        assert result.crc == crc64(chunks[number - 1])
        assert result.etag == _md5_etag(chunks[number - 1])

    listed = bucket.list_parts("mp.bin", upload_id)
    assert [(p.part_number, p.size, p.etag) for p in listed.parts] == [
        (n, len(chunks[n - 1]), _md5_etag(chunks[n - 1])) for n in (1, 2, 3)
    ]
    parts = [PartInfo(n, results[n].etag) for n in (1, 2, 3)]
    done = bucket.complete_multipart_upload("mp.bin", upload_id, parts)
    data = b"".join(chunks)
    assert done.crc == crc64(data)
    digests = b"".join(hashlib.md5(c).digest() for c in chunks)
    assert done.etag == hashlib.md5(digests).hexdigest().upper() + "-3"

    head = bucket.head_object("mp.bin")
    assert head.object_type == "Multipart"
    assert head.server_crc == crc64(data)
    assert head.content_length == len(data)
    assert _read(bucket.get_object("mp.bin")) == data
    assert bucket.list_multipart_uploads().upload_list == []
    info = sandbox.context.products["oss"].object_info(BUCKET, "mp.bin")
    assert info.crc64 == crc64(data) and b"".join(f.read_bytes() for f in info.files) == data
    assert len(info.files) == 3  # kept as its parts: the uploaded-over part 2 is gone
    with info.open() as reader:
        assert reader.read_at(0, len(data)) == data
    assert sandbox.stats.requests["oss:UploadPart"] == 4
    assert sandbox.stats.bytes_received["oss:UploadPart"] == len(data) + part_size


def test_complete_all_header(bucket):
    upload_id = bucket.init_multipart_upload("all.bin").upload_id
    bucket.upload_part("all.bin", upload_id, 2, b"b" * 10)
    bucket.upload_part("all.bin", upload_id, 1, b"a" * (100 * KIB))
    result = bucket.complete_multipart_upload(
        "all.bin", upload_id, None, headers={"x-oss-complete-all": "yes"}
    )
    assert result.crc == crc64(b"a" * (100 * KIB) + b"b" * 10)


def test_list_parts_pagination(bucket):
    upload_id = bucket.init_multipart_upload("p").upload_id
    for number in range(1, 6):
        bucket.upload_part("p", upload_id, number, b"x")
    first = bucket.list_parts("p", upload_id, max_parts=2)
    assert [p.part_number for p in first.parts] == [1, 2]
    assert first.is_truncated and first.next_marker == "2"
    rest = bucket.list_parts("p", upload_id, marker=first.next_marker, max_parts=10)
    assert [p.part_number for p in rest.parts] == [3, 4, 5]
    assert not rest.is_truncated
    assert [p.part_number for p in oss2.PartIterator(bucket, "p", upload_id, max_parts=2)] == [
        1,
        2,
        3,
        4,
        5,
    ]


def test_list_multipart_uploads_pagination(bucket):
    ids = {}
    for key in ("u/a", "u/b", "u/b", "v"):
        ids.setdefault(key, []).append(bucket.init_multipart_upload(key).upload_id)
    every = [(u.key, u.upload_id) for u in oss2.MultipartUploadIterator(bucket, max_uploads=1)]
    assert sorted(every) == sorted((k, i) for k, v in ids.items() for i in v)
    first = bucket.list_multipart_uploads(prefix="u/", max_uploads=2)
    assert first.is_truncated and len(first.upload_list) == 2
    rest = bucket.list_multipart_uploads(
        prefix="u/",
        key_marker=first.next_key_marker,
        upload_id_marker=first.next_upload_id_marker,
    )
    assert len(rest.upload_list) == 1 and not rest.is_truncated
    grouped = bucket.list_multipart_uploads(delimiter="/")
    assert grouped.prefix_list == ["u/"]
    assert [u.key for u in grouped.upload_list] == ["v"]


def test_multipart_errors(bucket):
    upload_id = bucket.init_multipart_upload("e").upload_id
    small = bucket.upload_part("e", upload_id, 1, b"small")
    last = bucket.upload_part("e", upload_id, 2, b"last")
    for number in (0, 10001):
        _raises(
            oss2.exceptions.InvalidArgument,
            400,
            "InvalidArgument",
            bucket.upload_part,
            "e",
            upload_id,
            number,
            b"x",
        )
    _raises(
        oss2.exceptions.ServerError,
        400,
        "InvalidPart",
        bucket.complete_multipart_upload,
        "e",
        upload_id,
        [PartInfo(1, small.etag), PartInfo(3, last.etag)],
    )
    _raises(
        oss2.exceptions.ServerError,
        400,
        "InvalidPart",
        bucket.complete_multipart_upload,
        "e",
        upload_id,
        [PartInfo(1, last.etag)],
    )
    _raises(
        oss2.exceptions.ServerError,
        400,
        "EntityTooSmall",
        bucket.complete_multipart_upload,
        "e",
        upload_id,
        [PartInfo(1, small.etag), PartInfo(2, last.etag)],
    )
    # oss2 sorts the parts it sends; send an unordered list by hand.
    body = (
        "<CompleteMultipartUpload>"
        f'<Part><PartNumber>2</PartNumber><ETag>"{last.etag}"</ETag></Part>'
        f'<Part><PartNumber>1</PartNumber><ETag>"{small.etag}"</ETag></Part>'
        "</CompleteMultipartUpload>"
    )
    _raises(
        oss2.exceptions.ServerError,
        400,
        "InvalidPartOrder",
        bucket._Bucket__do_object,
        "POST",
        "e",
        params={"uploadId": upload_id},
        data=body.encode(),
    )
    bucket.abort_multipart_upload("e", upload_id)
    _raises(oss2.exceptions.NoSuchUpload, 404, "NoSuchUpload", bucket.list_parts, "e", upload_id)
    _raises(
        oss2.exceptions.NoSuchUpload,
        404,
        "NoSuchUpload",
        bucket.upload_part,
        "e",
        upload_id,
        1,
        b"x",
    )
    _raises(
        oss2.exceptions.NoSuchUpload,
        404,
        "NoSuchUpload",
        bucket.complete_multipart_upload,
        "e",
        upload_id,
        [PartInfo(1, small.etag)],
    )


def test_resumable_upload_with_threads(bucket, tmp_path):
    source = tmp_path / "image.raw"
    data = os.urandom(3 * MIB + 123)
    source.write_bytes(data)
    result = oss2.resumable_upload(
        bucket,
        "image.raw",
        str(source),
        store=oss2.ResumableStore(root=str(tmp_path)),
        multipart_threshold=256 * KIB,
        part_size=256 * KIB,
        num_threads=4,
    )
    assert result.crc == crc64(data)
    assert bucket.head_object("image.raw").object_type == "Multipart"


# -- persistence, lookups -----------------------------------------------------------------------


def test_state_survives_a_restart(tmp_path):
    config = SandboxConfig(data_dir=tmp_path / "cloud")
    with Sandbox(config) as first:
        session = oss2.Session()
        auth = oss2.Auth(first.access_key_id, first.access_key_secret)
        bucket = oss2.Bucket(auth, first.endpoint, BUCKET, session=session)
        bucket.create_bucket()
        bucket.put_object("kept", b"kept bytes")
        upload_id = bucket.init_multipart_upload("later").upload_id
        part1 = bucket.upload_part("later", upload_id, 1, b"1" * (100 * KIB))
        session.session.close()
    with Sandbox(config) as second:
        session = oss2.Session()
        try:
            auth = oss2.Auth(second.access_key_id, second.access_key_secret)
            bucket = oss2.Bucket(auth, second.endpoint, BUCKET, session=session)
            assert _read(bucket.get_object("kept")) == b"kept bytes"
            assert [u.upload_id for u in bucket.list_multipart_uploads().upload_list] == [upload_id]
            assert [p.etag for p in bucket.list_parts("later", upload_id).parts] == [part1.etag]
            part2 = bucket.upload_part("later", upload_id, 2, b"2")
            done = bucket.complete_multipart_upload(
                "later", upload_id, [PartInfo(1, part1.etag), PartInfo(2, part2.etag)]
            )
            assert done.crc == crc64(b"1" * (100 * KIB) + b"2")
            assert bucket.get_bucket_info().location == "oss-cn-hangzhou"
        finally:
            session.session.close()


def test_oss_lookup_contract(sandbox, tmp_path):
    oss = sandbox.context.products["oss"]
    oss.ensure_bucket("lookup-bucket", "cn-beijing")
    oss.ensure_bucket("lookup-bucket", "cn-shanghai")  # exists: unchanged
    assert oss.bucket_region("lookup-bucket") == "cn-beijing"
    assert oss.bucket_region("missing") is None
    info = oss.put_local_object("lookup-bucket", "from-bytes", b"abc", storage_class="Archive")
    assert (info.size, info.crc64, info.storage_class) == (3, crc64(b"abc"), "Archive")
    assert info.etag == _md5_etag(b"abc")
    source = tmp_path / "disk.raw"
    source.write_bytes(b"disk")
    info = oss.put_local_object("lookup-bucket", "from-file", source)
    assert [f.read_bytes() for f in info.files] == [b"disk"]
    assert oss.object_info("lookup-bucket", "from-file") == info
    oss.delete_object("lookup-bucket", "from-file")
    assert oss.object_info("lookup-bucket", "from-file") is None
    with pytest.raises(KeyError):
        oss.put_local_object("missing", "k", b"x")


# -- faults -------------------------------------------------------------------------------------


def test_corrupt_fault_changes_the_stored_crc(sandbox, auth, session):
    bucket = oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session, enable_crc=False)
    bucket.create_bucket()
    sandbox.faults.add(FaultRule(api="oss:UploadPart", kind="corrupt", count=1))
    data = os.urandom(200 * KIB)
    upload_id = bucket.init_multipart_upload("c").upload_id
    corrupted = bucket.upload_part("c", upload_id, 1, data)
    assert corrupted.crc != crc64(data)
    retried = bucket.upload_part("c", upload_id, 1, data)
    assert retried.crc == crc64(data)
    # With CRC checks on (oss2's default), the SDK itself notices.
    sandbox.faults.add(FaultRule(api="oss:PutObject", kind="corrupt", count=1))
    checking = oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session)
    with pytest.raises(oss2.exceptions.InconsistentError):
        checking.put_object("p", data)


def test_error_and_drop_faults(sandbox, bucket):
    sandbox.faults.add(FaultRule(api="oss:PutObject", kind="error", count=1, status=503))
    error = _raises(
        oss2.exceptions.ServerError, 503, "ServiceUnavailable", bucket.put_object, "k", b"x"
    )
    assert error.details["Code"] == "ServiceUnavailable"
    sandbox.faults.add(FaultRule(api="oss:PutObject", kind="drop", count=1))
    with pytest.raises(oss2.exceptions.RequestError):
        bucket.put_object("k", b"x" * (256 * KIB))
    bucket.put_object("k", b"fine")
    assert _read(bucket.get_object("k")) == b"fine"


# -- large objects ------------------------------------------------------------------------------


@pytest.mark.slow
def test_large_sparse_object_streams_without_memory(sandbox, bucket, tmp_path):
    size = 96 * MIB
    source = tmp_path / "sparse.raw"
    markers = {0: os.urandom(MIB), 40 * MIB: os.urandom(3 * MIB), size - 4096: os.urandom(4096)}
    with source.open("wb") as handle:
        handle.truncate(size)
        for offset, chunk in markers.items():
            handle.seek(offset)
            handle.write(chunk)
    expected = 0
    with source.open("rb") as handle:
        while block := handle.read(8 * MIB):
            expected = crc64(block, expected)

    tracemalloc.start()
    try:
        result = bucket.put_object_from_file("sparse.raw", str(source))
        target = tmp_path / "copy.raw"
        bucket.get_object_to_file("sparse.raw", str(target))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * MIB, f"peak traced memory {peak / MIB:.1f} MiB"
    assert result.crc == expected
    assert target.stat().st_size == size
    info = sandbox.context.products["oss"].object_info(BUCKET, "sparse.raw")
    assert info.crc64 == expected
    # The stored object kept the holes (8 MiB of data written, not 96).
    assert info.files[0].stat().st_blocks * 512 < 32 * MIB
    assert sandbox.stats.bytes_received["oss:PutObject"] == size


def test_lookup_files_are_real_files(sandbox, bucket):
    bucket.put_object("f", b"bytes")
    info = sandbox.context.products["oss"].object_info(BUCKET, "f")
    assert info.files[0].is_file() and info.files[0].read_bytes() == b"bytes"


def test_documented_response_parameters_set_headers(bucket):
    bucket.put_object("shown.txt", b"hello")
    result = bucket.get_object(
        "shown.txt",
        params={
            "response-content-type": "text/plain",
            "response-content-disposition": 'attachment; filename="a.txt"',
            "response-cache-control": "no-cache",
        },
    )
    assert _read(result) == b"hello"
    assert result.headers["Content-Type"] == "text/plain"
    assert result.headers["Content-Disposition"] == 'attachment; filename="a.txt"'
    assert result.headers["Cache-Control"] == "no-cache"


def test_undocumented_response_parameters_are_ignored(sandbox, bucket):
    bucket.put_object("plain.txt", b"hello")
    path = "/" + BUCKET + "/plain.txt?response-content-length=0&response-x-forged=1"
    headers = _signed_raw_request(sandbox, "GET", BUCKET, "plain.txt")
    host = urlsplit(sandbox.endpoint)
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        lengths = response.headers.get_all("Content-Length")
        forged = response.headers.get("X-Forged")
    finally:
        conn.close()
    assert (response.status, body) == (200, b"hello")
    assert lengths == ["5"] and forged is None


@pytest.mark.parametrize("value", ["text/plain\r\nContent-Length: 0", "a\nb", "a\x00b", "a\x7f"])
def test_response_parameter_with_control_characters_is_refused(bucket, value):
    bucket.put_object("victim.txt", b"hello")
    error = _raises(
        oss2.exceptions.OssError,
        400,
        "InvalidArgument",
        bucket.get_object,
        "victim.txt",
        params={"response-content-type": value},
    )
    assert error.details["ArgumentName"] == "response-content-type"


def test_unimplemented_subresources_are_501_and_change_nothing(bucket):
    bucket.put_object("tagged", b"original")
    tagging = oss2.models.Tagging(oss2.models.TaggingRule())
    tagging.tag_set.add("k", "v")
    calls = [
        lambda: bucket.put_object_tagging("tagged", tagging),
        lambda: bucket.get_object_tagging("tagged"),
        lambda: bucket.put_symlink("tagged", "link"),
        bucket.get_bucket_policy,
        bucket.get_bucket_lifecycle,
        bucket.get_bucket_versioning,
    ]
    for call in calls:
        error = _raises(oss2.exceptions.OssError, 501, "NotImplemented", call)
        assert "does not implement the ?" in error.message
    assert _read(bucket.get_object("tagged")) == b"original"
    assert not bucket.object_exists("link")


def test_conditional_get_and_head(bucket):
    from email.utils import formatdate

    etag = bucket.put_object("cond", b"data").etag
    head = bucket.head_object("cond")
    before = formatdate(head.last_modified - 3600, usegmt=True)
    after = formatdate(head.last_modified + 3600, usegmt=True)
    ok = [
        {"If-Match": f'"{etag}"'},
        {"If-Match": "*"},
        {"If-None-Match": '"other"'},
        {"If-Modified-Since": before},
        {"If-Unmodified-Since": after},
        {"If-Modified-Since": "not a date"},
    ]
    for headers in ok:
        assert _read(bucket.get_object("cond", headers=headers)) == b"data", headers
        bucket.head_object("cond", headers=headers)
    for headers in ({"If-Match": '"other"'}, {"If-Unmodified-Since": before}):
        error = _raises(
            oss2.exceptions.PreconditionFailed, 412, "PreconditionFailed",
            bucket.get_object, "cond", headers=headers,
        )  # fmt: skip
        assert error.details["Condition"] == next(iter(headers))
        with pytest.raises(oss2.exceptions.PreconditionFailed):
            bucket.head_object("cond", headers=headers)
    for headers in ({"If-None-Match": f'"{etag}"'}, {"If-Modified-Since": after}):
        with pytest.raises(oss2.exceptions.NotModified):
            bucket.get_object("cond", headers=headers)
        with pytest.raises(oss2.exceptions.NotModified):
            bucket.head_object("cond", headers=headers)


def test_list_multipart_uploads_pages_common_prefixes_once(bucket):
    for key in ("a/1", "a/2", "b/x/1", "c", "d/1"):
        bucket.init_multipart_upload(key)
    listed = list(
        itertools.islice(oss2.MultipartUploadIterator(bucket, delimiter="/", max_uploads=1), 20)
    )
    assert [(u.key, u.is_prefix()) for u in listed] == [
        ("a/", True), ("b/", True), ("c", False), ("d/", True),
    ]  # fmt: skip


@pytest.mark.parametrize("version", ["v1", "v4"])
def test_non_ascii_user_metadata_is_signed_and_kept(sandbox, session, version):
    if version == "v1":
        auth = oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret)
    else:
        credentials = oss2.credentials.StaticCredentialsProvider(
            sandbox.access_key_id, sandbox.access_key_secret
        )
        auth = oss2.ProviderAuthV4(credentials)
    bucket = oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session, region=sandbox.region)
    bucket.create_bucket()
    bucket.put_object("meta", b"x", headers={"x-oss-meta-owner": "张三 café".encode()})
    # On the wire the value is its UTF-8 bytes, which the HTTP client decodes as Latin-1.
    shown = bucket.head_object("meta").headers["x-oss-meta-owner"]
    assert shown.encode("latin-1").decode("utf-8") == "张三 café"


def test_delete_multiple_objects_with_a_control_character_in_a_key(bucket):
    key = "form\x0cfeed"
    bucket.put_object(key, b"x")
    bucket.put_object("plain", b"y")
    result = bucket.batch_delete_objects([key, "plain"])
    assert sorted(result.deleted_keys) == sorted([key, "plain"])
    assert not bucket.object_exists(key) and not bucket.object_exists("plain")


def test_live_channel_listing_is_empty(bucket):
    # The sandbox has no live channels; oss2's own test suite lists them when cleaning up.
    assert list(oss2.LiveChannelIterator(bucket)) == []
