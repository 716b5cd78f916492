"""The import role: check and set up through the RAM SDK against the sandbox."""

from __future__ import annotations

import json

import pytest
from alibabacloud_ram20150501 import models

from imageimporter.core.endpoints import Endpoints
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import Credentials
from imageimporter.services.role import (
    CONSOLE_AUTHORIZATION_URL,
    SYSTEM_POLICY_NAME,
    RolePermissionError,
    RoleService,
    trust_policy_allows_ecs,
)


def session(sandbox, key=None):
    key = key or sandbox.context.account.main_key
    creds = Credentials(key.access_key_id, key.access_key_secret)
    return CloudSession(creds, Endpoints(sandbox.region, base=sandbox.endpoint))


def test_fresh_account_has_no_role_then_setup_makes_it_ready(sandbox):
    service = RoleService(session(sandbox))
    status = service.check()
    assert not status.exists and not status.ready
    assert "does not exist" in status.problems[0]
    ready = service.set_up()
    assert ready.ready and ready.problems == ()
    assert SYSTEM_POLICY_NAME in ready.attached_policies
    assert service.set_up().ready  # idempotent


def test_wrong_trust_policy_is_fixed(sandbox):
    ram = session(sandbox).ram()
    wrong = {
        "Statement": [
            {
                "Action": "sts:AssumeRole",
                "Effect": "Allow",
                "Principal": {"Service": ["oss.aliyuncs.com"]},
            }
        ],
        "Version": "1",
    }
    ram.create_role(
        models.CreateRoleRequest(
            role_name="AliyunECSImageImportDefaultRole",
            assume_role_policy_document=json.dumps(wrong),
        )
    )
    service = RoleService(session(sandbox))
    status = service.check()
    assert status.exists and not status.trusts_ecs and not status.policy_attached
    assert len(status.problems) == 2
    assert service.set_up().ready


def test_user_without_ram_permission_gets_the_handover(sandbox):
    service = RoleService(session(sandbox, sandbox.context.account.restricted_key))
    with pytest.raises(RolePermissionError) as excinfo:
        service.check()
    error = excinfo.value
    assert error.code == "NoPermission"
    assert CONSOLE_AUTHORIZATION_URL in error.handover
    assert '"ecs.aliyuncs.com"' in error.handover and "oss:GetObject" in error.handover


def trust(effect="Allow", action='"sts:AssumeRole"', principal='{"Service":["ecs.aliyuncs.com"]}'):
    return f'{{"Statement":[{{"Action":{action},"Effect":"{effect}","Principal":{principal}}}]}}'


@pytest.mark.parametrize(
    ("document", "ok"),
    [
        (trust(), True),
        (trust(action='["sts:AssumeRole"]', principal='{"Service":"ecs.aliyuncs.com"}'), True),
        (trust(effect="Deny"), False),
        (trust(principal='{"RAM":["acs:ram::1:root"]}'), False),
        (trust(action='"sts:GetCallerIdentity"'), False),
        ("not json", False),
    ],
)  # fmt: skip
def test_trust_policy_reading(document, ok):
    assert trust_policy_allows_ecs(document) is ok
