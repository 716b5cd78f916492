"""The account service through the official SDKs against the sandbox cloud."""

from __future__ import annotations

import socket

import pytest

from imageimporter.core.endpoints import Endpoints
from imageimporter.core.error_catalog import Remedy, ServiceError
from imageimporter.services.cloud import AccountService, CloudSession, NetworkError
from imageimporter.services.credentials import Credentials


def session_for(sandbox, secret=None, region=None):
    creds = Credentials(sandbox.access_key_id, secret or sandbox.access_key_secret)
    return CloudSession(creds, Endpoints(region or sandbox.region, base=sandbox.endpoint))


def test_caller_identity(sandbox):
    identity = AccountService(session_for(sandbox)).caller_identity()
    assert identity.account_id == sandbox.context.account.account_id
    assert identity.arn.startswith("acs:ram::")


def test_wrong_secret_is_named_with_its_fix(sandbox):
    with pytest.raises(ServiceError) as excinfo:
        AccountService(session_for(sandbox, secret="not-the-secret")).caller_identity()
    error = excinfo.value
    assert error.code == "SignatureDoesNotMatch"
    assert error.remedy is Remedy.CHECK_CREDENTIALS
    assert "secret" in error.message.lower() and error.request_id
    assert "not-the-secret" not in str(error)


def test_unreachable_endpoint_is_a_network_error(sandbox):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    creds = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
    session = CloudSession(creds, Endpoints("cn-hangzhou", base=f"http://127.0.0.1:{port}"))
    with pytest.raises(NetworkError) as excinfo:
        AccountService(session).caller_identity()
    assert excinfo.value.transient


def test_regions(sandbox):
    regions = AccountService(session_for(sandbox)).regions()
    ids = [r.region_id for r in regions]
    assert "cn-hangzhou" in ids and "ap-southeast-1" in ids
    assert all(r.local_name for r in regions)


def test_buckets_by_region_and_create(sandbox):
    sandbox.create_bucket("hz-bucket", "cn-hangzhou")
    sandbox.create_bucket("sh-bucket", "cn-shanghai")
    service = AccountService(session_for(sandbox))
    everything = {b.name: b.region_id for b in service.buckets()}
    assert everything == {"hz-bucket": "cn-hangzhou", "sh-bucket": "cn-shanghai"}
    assert [b.name for b in service.buckets("cn-shanghai")] == ["sh-bucket"]
    created = service.create_bucket("new-bj-bucket", "cn-beijing")
    assert created.region_id == "cn-beijing"
    assert service.bucket_region("new-bj-bucket") == "cn-beijing"


def test_missing_bucket(sandbox):
    with pytest.raises(ServiceError) as excinfo:
        AccountService(session_for(sandbox)).bucket_region("no-such-bucket")
    assert excinfo.value.code == "NoSuchBucket"
