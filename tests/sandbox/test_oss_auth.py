"""Authentication of the sandbox's OSS: V1/V4 signatures, presigned URLs, STS tokens."""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import oss2
import pytest
import requests

BUCKET = "auth-bucket"


@pytest.fixture
def session():
    session = oss2.Session()
    yield session
    session.session.close()


@pytest.fixture
def bucket(sandbox, session):
    auth = oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret)
    bucket = oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session)
    bucket.create_bucket()
    bucket.put_object("obj", b"secret bytes")
    return bucket


def _bucket(sandbox, session, auth, **kwargs):
    return oss2.Bucket(auth, sandbox.endpoint, BUCKET, session=session, **kwargs)


def _denied(status, code, call, *args):
    with pytest.raises(oss2.exceptions.ServerError) as excinfo:
        call(*args)
    assert (excinfo.value.status, excinfo.value.code) == (status, code)
    return excinfo.value


def _get(url: str) -> tuple[int, bytes]:
    with requests.get(url, timeout=10) as response:
        return response.status_code, response.content


def test_wrong_secret_is_signature_mismatch(sandbox, session, bucket):
    wrong = _bucket(sandbox, session, oss2.Auth(sandbox.access_key_id, "not-the-secret"))
    error = _denied(403, "SignatureDoesNotMatch", wrong.get_object, "obj")
    assert error.details["StringToSign"].startswith("GET\n")
    assert error.details["StringToSign"].endswith(f"/{BUCKET}/obj")
    assert error.details["SignatureProvided"]
    assert error.details["OSSAccessKeyId"] == sandbox.access_key_id
    assert error.ec == "0002-00000040"
    # HEAD has no body: oss2 reads the error from the x-oss-err header.
    head_error = _denied(403, "SignatureDoesNotMatch", wrong.head_object, "obj")
    assert head_error.request_id


def test_unknown_key_and_anonymous(sandbox, session, bucket):
    unknown = _bucket(sandbox, session, oss2.Auth("LTAI5tUnknownKey000000", "x"))
    _denied(403, "InvalidAccessKeyId", unknown.get_object, "obj")
    anonymous = _bucket(sandbox, session, oss2.AnonymousAuth())
    _denied(403, "AccessDenied", anonymous.get_object, "obj")
    service = oss2.Service(oss2.AnonymousAuth(), sandbox.endpoint, session=session)
    _denied(403, "AccessDenied", service.list_buckets)


def test_v4_header_signature(sandbox, session, bucket):
    auth = oss2.AuthV4(sandbox.access_key_id, sandbox.access_key_secret)
    v4 = _bucket(sandbox, session, auth, region="cn-hangzhou")
    v4.put_object("v4 key/with+chars", b"v4")
    assert v4.get_object("v4 key/with+chars").read() == b"v4"
    assert [o.key for o in v4.list_objects(prefix="v4 ").object_list] == ["v4 key/with+chars"]
    upload_id = v4.init_multipart_upload("v4mp").upload_id
    part = v4.upload_part("v4mp", upload_id, 1, b"p")
    v4.complete_multipart_upload("v4mp", upload_id, [oss2.models.PartInfo(1, part.etag)])
    wrong = _bucket(
        sandbox, session, oss2.AuthV4(sandbox.access_key_id, "bad"), region="cn-hangzhou"
    )
    error = _denied(403, "SignatureDoesNotMatch", wrong.get_object, "obj")
    assert error.details["StringToSign"].startswith("OSS4-HMAC-SHA256\n")


def test_presigned_urls_v1_and_v4(sandbox, session, bucket):
    v1_url = bucket.sign_url("GET", "obj", 60)
    assert "OSSAccessKeyId=" in v1_url
    assert _get(v1_url) == (200, b"secret bytes")
    with urllib.request.urlopen(v1_url, timeout=10) as response:
        assert response.read() == b"secret bytes"

    auth = oss2.AuthV4(sandbox.access_key_id, sandbox.access_key_secret)
    v4 = _bucket(sandbox, session, auth, region="cn-hangzhou")
    v4_url = v4.sign_url("GET", "obj", 60)
    assert "x-oss-signature-version=OSS4-HMAC-SHA256" in v4_url
    assert _get(v4_url) == (200, b"secret bytes")

    put_url = bucket.sign_url("PUT", "uploaded", 60)
    with requests.put(put_url, data=b"via url", timeout=10) as response:
        assert response.status_code == 200
    assert bucket.get_object("uploaded").read() == b"via url"

    tampered = v1_url.replace("/obj?", "/other?")
    status, body = _get(tampered)
    assert status == 403 and b"<Code>SignatureDoesNotMatch</Code>" in body


def test_expired_presigned_urls(sandbox, session, bucket):
    expired_v1 = bucket.sign_url("GET", "obj", -10)
    status, body = _get(expired_v1)
    assert status == 403
    assert b"<Code>AccessDenied</Code>" in body and b"Request has expired." in body
    with pytest.raises(urllib.error.HTTPError) as excinfo:
        urllib.request.urlopen(expired_v1, timeout=10)
    excinfo.value.close()
    assert excinfo.value.code == 403

    auth = oss2.AuthV4(sandbox.access_key_id, sandbox.access_key_secret)
    v4_url = _bucket(sandbox, session, auth, region="cn-hangzhou").sign_url("GET", "obj", 5)
    sandbox.context.clock = lambda: time.time() + 60
    status, body = _get(v4_url)
    assert status == 403 and b"Request has expired." in body


def test_request_time_too_skewed(sandbox, session, bucket):
    sandbox.context.clock = lambda: time.time() + 3600
    _denied(403, "RequestTimeTooSkewed", bucket.get_object, "obj")


def test_sts_credentials(sandbox, session, bucket):
    creds = sandbox.context.account.issue_sts_credentials()
    for version in (oss2.AUTH_VERSION_1, oss2.AUTH_VERSION_4):
        auth = oss2.StsAuth(
            creds.access_key_id, creds.access_key_secret, creds.security_token, version
        )
        sts = _bucket(sandbox, session, auth, region="cn-hangzhou")
        assert sts.get_object("obj").read() == b"secret bytes"
        assert _get(sts.sign_url("GET", "obj", 60)) == (200, b"secret bytes")

    wrong_token = oss2.StsAuth(creds.access_key_id, creds.access_key_secret, "CAISwrong")
    error = _denied(
        403, "InvalidSecurityToken", _bucket(sandbox, session, wrong_token).get_object, "obj"
    )
    assert error.message == "The security token you provided is invalid."
    without_token = oss2.Auth(creds.access_key_id, creds.access_key_secret)
    _denied(403, "InvalidAccessKeyId", _bucket(sandbox, session, without_token).get_object, "obj")
    token_on_main_key = oss2.StsAuth(sandbox.access_key_id, sandbox.access_key_secret, "CAIS")
    _denied(
        403, "InvalidAccessKeyId", _bucket(sandbox, session, token_on_main_key).get_object, "obj"
    )


def test_expired_sts_credentials(sandbox, session, bucket):
    creds = sandbox.context.account.issue_sts_credentials(duration_seconds=1)
    sandbox.context.clock = lambda: time.time() + 5
    # Keep the request date in step with the shifted clock (no skew error).
    auth = oss2.StsAuth(creds.access_key_id, creds.access_key_secret, creds.security_token)
    expired = _bucket(sandbox, session, auth)
    error = _denied(403, "SecurityTokenExpired", expired.get_object, "obj")
    assert error.ec == "0002-00000007"
