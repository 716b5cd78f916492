"""STS GetCallerIdentity and AssumeRole through the official STS SDK."""

from __future__ import annotations

import json
import time

from alibabacloud_ram20150501 import models as ram_models
from alibabacloud_sts20150401 import models as sts_models

from tests.sandbox.test_rpc_helpers import IMPORT_ROLE, clients, sdk_error, setup_import_role


def test_caller_identity_of_the_account_and_of_a_ram_user(sandbox):
    account = sandbox.context.account
    root = clients(sandbox).sts.get_caller_identity().body
    assert root.identity_type == "Account"
    assert root.account_id == account.account_id
    assert root.arn == f"acs:ram::{account.account_id}:root"
    assert root.principal_id == root.user_id == account.account_id
    assert root.role_id is None

    restricted = account.restricted_key
    user = clients(sandbox, restricted.access_key_id, restricted.access_key_secret).sts
    body = user.get_caller_identity().body
    assert body.identity_type == "RAMUser"
    assert body.arn.startswith(f"acs:ram::{account.account_id}:user/")


def test_assume_role_issues_working_temporary_credentials(sandbox):
    c = clients(sandbox)
    account_id = sandbox.context.account.account_id
    trust = json.dumps(
        {
            "Version": "1",
            "Statement": [
                {
                    "Action": "sts:AssumeRole",
                    "Effect": "Allow",
                    "Principal": {"RAM": [f"acs:ram::{account_id}:root"]},
                }
            ],
        }
    )
    role = c.ram.create_role(
        ram_models.CreateRoleRequest(role_name="Uploader", assume_role_policy_document=trust)
    ).body.role
    answer = c.sts.assume_role(
        sts_models.AssumeRoleRequest(
            role_arn=role.arn, role_session_name="upload-1", duration_seconds=900
        )
    ).body
    credentials = answer.credentials
    assert credentials.access_key_id.startswith("STS.")
    assert credentials.security_token
    expires = time.mktime(time.strptime(credentials.expiration, "%Y-%m-%dT%H:%M:%SZ"))
    assert 800 < expires - time.mktime(time.gmtime()) <= 901
    assert answer.assumed_role_user.arn == f"acs:ram::{account_id}:assumed-role/uploader/upload-1"

    temporary = clients(
        sandbox,
        credentials.access_key_id,
        credentials.access_key_secret,
        credentials.security_token,
    )
    identity = temporary.sts.get_caller_identity().body
    assert identity.identity_type == "AssumedRoleUser"
    assert identity.role_id == role.role_id
    assert identity.arn == answer.assumed_role_user.arn


def test_assume_role_errors(sandbox):
    c = clients(sandbox)
    account_id = sandbox.context.account.account_id
    missing = sdk_error(
        lambda: c.sts.assume_role(
            sts_models.AssumeRoleRequest(
                role_arn=f"acs:ram::{account_id}:role/nope", role_session_name="s1"
            )
        )
    )
    assert (missing.status_code, missing.code) == (404, "EntityNotExist.Role")

    setup_import_role(c.ram)
    arn = f"acs:ram::{account_id}:role/{IMPORT_ROLE.lower()}"
    # The import role trusts only ecs.aliyuncs.com, not the account's users.
    denied = sdk_error(
        lambda: c.sts.assume_role(
            sts_models.AssumeRoleRequest(role_arn=arn, role_session_name="s1")
        )
    )
    assert (denied.status_code, denied.code) == (403, "NoPermission")
    short = sdk_error(
        lambda: c.sts.assume_role(
            sts_models.AssumeRoleRequest(role_arn=arn, role_session_name="s1", duration_seconds=60)
        )
    )
    assert short.code == "InvalidParameter.DurationSeconds"
    no_session = sdk_error(lambda: c.sts.assume_role(sts_models.AssumeRoleRequest(role_arn=arn)))
    assert no_session.code == "MissingRoleSessionName"


def test_validation_patterns_refuse_a_trailing_newline():
    from imageimporter.sandbox import ecs_rules, ram, sts

    # "$" would accept "name\n": the sandbox's checks match whole values.
    assert ecs_rules.DEVICE_NAME.fullmatch("/dev/xvda\n") is None
    assert ram._ROLE_NAME.fullmatch("Uploader\n") is None
    assert ram._POLICY_NAME.fullmatch("Policy\n") is None
    assert not ram._action_matches("oss:GetObject", "oss:getobject\n")
    assert sts._SESSION_NAME.fullmatch("upload-1\n") is None
