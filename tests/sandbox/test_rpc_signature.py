"""ACS3 signatures, STS tokens, replays, routing and faults of the RPC products."""

from __future__ import annotations

import pytest
from alibabacloud_ecs20140526 import models as ecs_models
from alibabacloud_ram20150501 import models as ram_models
from alibabacloud_tea_openapi.exceptions import ServerException

from imageimporter.sandbox import FaultRule, Sandbox
from tests.sandbox.test_rpc_helpers import (
    REGION,
    clients,
    sdk_error,
    send,
    signed_request,
)


def _call_each_product(sandbox: Sandbox, key_id: str | None, secret: str | None) -> list:
    c = clients(sandbox, key_id, secret)
    return [
        sdk_error(lambda: c.ecs.describe_regions(ecs_models.DescribeRegionsRequest())),
        sdk_error(lambda: c.ram.get_role(ram_models.GetRoleRequest(role_name="Any"))),
        sdk_error(c.sts.get_caller_identity),
    ]


def test_wrong_secret_is_signature_does_not_match_for_each_product(sandbox):
    errors = _call_each_product(sandbox, None, "not-the-secret")
    hosts = []
    for error in errors:
        assert (error.status_code, error.code) == (400, "SignatureDoesNotMatch")
        assert "string to sign" in error.data["Message"]
        assert error.data["Recommend"].startswith("https://")
        hosts.append(error.data["HostId"])
    assert hosts == ["ecs.aliyuncs.com", "ram.aliyuncs.com", "sts.aliyuncs.com"]


def test_unknown_key_is_invalid_access_key_id_for_each_product(sandbox):
    for error in _call_each_product(sandbox, "LTAI5tUnknownKey000000", "whatever"):
        assert (error.status_code, error.code) == (404, "InvalidAccessKeyId.NotFound")
        assert error.data["RequestId"]


def test_sts_credentials_need_their_token_and_expire(sandbox):
    account = sandbox.context.account
    key = account.issue_sts_credentials(600)
    good = clients(sandbox, key.access_key_id, key.access_key_secret, key.security_token)
    assert good.sts.get_caller_identity().body.identity_type == "AssumedRoleUser"

    wrong = clients(sandbox, key.access_key_id, key.access_key_secret, "CAISwrong")
    error = sdk_error(wrong.sts.get_caller_identity)
    assert error.code == "InvalidSecurityToken.MismatchWithAccessKey"

    missing = clients(sandbox, key.access_key_id, key.access_key_secret)
    assert sdk_error(missing.sts.get_caller_identity).code == ("InvalidSecurityToken.Malformed")

    old = account.issue_sts_credentials(-1)
    expired = clients(sandbox, old.access_key_id, old.access_key_secret, old.security_token)
    error = sdk_error(lambda: expired.ecs.describe_regions(ecs_models.DescribeRegionsRequest()))
    assert (error.status_code, error.code) == (400, "InvalidSecurityToken.Expired")


def test_replayed_nonce_is_refused(sandbox):
    first = signed_request(sandbox, "DescribeRegions", "2014-05-26", {}, nonce="same-nonce")
    assert send(first)[0] == 200
    again = signed_request(sandbox, "DescribeRegions", "2014-05-26", {}, nonce="same-nonce")
    status, body = send(again)
    assert (status, body["Code"]) == (400, "SignatureNonceUsed")


def test_hand_signed_wrong_secret_and_unknown_action(sandbox):
    status, body = send(signed_request(sandbox, "DescribeRegions", "2014-05-26", {}, secret="nope"))
    assert (status, body["Code"]) == (400, "SignatureDoesNotMatch")
    status, body = send(signed_request(sandbox, "RunInstances", "2014-05-26", {}))
    assert (status, body["Code"]) == (404, "InvalidAction.NotFound")
    status, body = send(signed_request(sandbox, "DescribeRegions", "2099-01-01", {}))
    assert (status, body["Code"]) == (400, "InvalidVersion")


def test_query_parameters_are_part_of_the_signature(sandbox):
    params = {"RegionId": REGION, "AcceptLanguage": "en-US", "Odd": "a b+c/ü~*"}
    status, body = send(signed_request(sandbox, "DescribeRegions", "2014-05-26", params))
    assert status == 200
    names = {r["RegionId"]: r["LocalName"] for r in body["Regions"]["Region"]}
    assert names["cn-hangzhou"] == "China (Hangzhou)"


def test_requests_are_counted_per_api(sandbox):
    c = clients(sandbox)
    c.ecs.describe_regions(ecs_models.DescribeRegionsRequest())
    c.sts.get_caller_identity()
    assert sandbox.stats.requests["ecs:DescribeRegions"] == 1
    assert sandbox.stats.requests["sts:GetCallerIdentity"] == 1


def test_error_fault_reaches_the_sdk_as_503_json(sandbox):
    sandbox.faults.add(FaultRule(api="ecs:DescribeTasks", kind="error", count=1))
    c = clients(sandbox)
    request = ecs_models.DescribeTasksRequest(region_id=REGION)
    with pytest.raises(ServerException) as info:
        c.ecs.describe_tasks(request)
    assert info.value.status_code == 503
    assert info.value.data["HostId"] == "ecs.aliyuncs.com"
    assert info.value.data["Code"]
    # The rule fired once; the next call succeeds.
    assert c.ecs.describe_tasks(request).body.total_count == 0
