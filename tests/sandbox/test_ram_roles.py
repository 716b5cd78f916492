"""RAM roles and policies through the official RAM SDK."""

from __future__ import annotations

import json

from alibabacloud_ram20150501 import models as ram_models

from tests.sandbox.test_rpc_helpers import ECS_TRUST, IMPORT_ROLE, clients, sdk_error

SYSTEM_POLICY = "AliyunECSImageImportRolePolicy"


def _attach(name: str, policy_type: str = "System", role: str = IMPORT_ROLE):
    return ram_models.AttachPolicyToRoleRequest(
        policy_type=policy_type, policy_name=name, role_name=role
    )


def test_fresh_sandbox_has_no_import_role(sandbox):
    ram = clients(sandbox).ram
    error = sdk_error(lambda: ram.get_role(ram_models.GetRoleRequest(role_name=IMPORT_ROLE)))
    assert (error.status_code, error.code) == (404, "EntityNotExist.Role")
    assert error.data["HostId"] == "ram.aliyuncs.com"


def test_role_lifecycle(sandbox):
    ram = clients(sandbox).ram
    account = sandbox.context.account.account_id
    created = ram.create_role(
        ram_models.CreateRoleRequest(
            role_name=IMPORT_ROLE, assume_role_policy_document=ECS_TRUST, description="import"
        )
    ).body.role
    assert created.arn == f"acs:ram::{account}:role/aliyunecsimageimportdefaultrole"
    assert created.role_id.isdigit()
    assert created.max_session_duration == 3600

    again = sdk_error(
        lambda: ram.create_role(
            ram_models.CreateRoleRequest(
                role_name=IMPORT_ROLE, assume_role_policy_document=ECS_TRUST
            )
        )
    )
    assert (again.status_code, again.code) == (409, "EntityAlreadyExists.Role")

    role = ram.get_role(ram_models.GetRoleRequest(role_name=IMPORT_ROLE)).body.role
    assert json.loads(role.assume_role_policy_document) == json.loads(ECS_TRUST)
    assert role.create_date.endswith("Z") and role.update_date
    assert role.description == "import"

    trust = json.dumps(
        {
            "Version": "1",
            "Statement": [
                {
                    "Action": "sts:AssumeRole",
                    "Effect": "Allow",
                    "Principal": {"Service": ["ecs.aliyuncs.com", "oss.aliyuncs.com"]},
                }
            ],
        }
    )
    updated = ram.update_role(
        ram_models.UpdateRoleRequest(role_name=IMPORT_ROLE, new_assume_role_policy_document=trust)
    ).body.role
    assert "oss.aliyuncs.com" in updated.assume_role_policy_document

    ram.attach_policy_to_role(_attach(SYSTEM_POLICY))
    twice = sdk_error(lambda: ram.attach_policy_to_role(_attach(SYSTEM_POLICY)))
    assert (twice.status_code, twice.code) == (409, "EntityAlreadyExists.Role.Policy")
    unknown = sdk_error(lambda: ram.attach_policy_to_role(_attach("NoSuchPolicy")))
    assert (unknown.status_code, unknown.code) == (404, "EntityNotExist.Policy")
    bad_type = sdk_error(lambda: ram.attach_policy_to_role(_attach(SYSTEM_POLICY, "Weird")))
    assert bad_type.code == "InvalidParameter.PolicyType"

    policies = ram.list_policies_for_role(
        ram_models.ListPoliciesForRoleRequest(role_name=IMPORT_ROLE)
    ).body.policies.policy
    assert [(p.policy_name, p.policy_type) for p in policies] == [(SYSTEM_POLICY, "System")]
    assert policies[0].attach_date.endswith("Z")

    conflict = sdk_error(
        lambda: ram.delete_role(ram_models.DeleteRoleRequest(role_name=IMPORT_ROLE))
    )
    assert (conflict.status_code, conflict.code) == (409, "DeleteConflict.Role.Policy")
    detach = ram_models.DetachPolicyFromRoleRequest(
        policy_type="System", policy_name=SYSTEM_POLICY, role_name=IMPORT_ROLE
    )
    ram.detach_policy_from_role(detach)
    assert sdk_error(lambda: ram.detach_policy_from_role(detach)).code == (
        "EntityNotExist.Role.Policy"
    )
    ram.delete_role(ram_models.DeleteRoleRequest(role_name=IMPORT_ROLE))
    gone = sdk_error(lambda: ram.get_role(ram_models.GetRoleRequest(role_name=IMPORT_ROLE)))
    assert gone.code == "EntityNotExist.Role"


def test_invalid_role_names_and_documents(sandbox):
    ram = clients(sandbox).ram
    bad_chars = sdk_error(
        lambda: ram.create_role(
            ram_models.CreateRoleRequest(
                role_name="bad name!", assume_role_policy_document=ECS_TRUST
            )
        )
    )
    assert (bad_chars.status_code, bad_chars.code) == (
        400,
        "InvalidParameter.RoleName.InvalidChars",
    )
    too_long = sdk_error(
        lambda: ram.create_role(
            ram_models.CreateRoleRequest(role_name="r" * 65, assume_role_policy_document=ECS_TRUST)
        )
    )
    assert too_long.code == "InvalidParameter.RoleName.Length"
    not_json = sdk_error(
        lambda: ram.create_role(
            ram_models.CreateRoleRequest(role_name="ok", assume_role_policy_document="{not json")
        )
    )
    assert not_json.code == "InvalidParameter.AssumeRolePolicyDocument.InvalidFormat"


def test_custom_policy_can_be_attached(sandbox):
    ram = clients(sandbox).ram
    document = json.dumps(
        {
            "Version": "1",
            "Statement": [
                {
                    "Action": ["oss:GetObject", "oss:GetBucketLocation", "oss:GetBucketInfo"],
                    "Resource": "*",
                    "Effect": "Allow",
                }
            ],
        }
    )
    ram.create_policy(
        ram_models.CreatePolicyRequest(policy_name="ImageImportOss", policy_document=document)
    )
    ram.create_role(
        ram_models.CreateRoleRequest(role_name=IMPORT_ROLE, assume_role_policy_document=ECS_TRUST)
    )
    ram.attach_policy_to_role(_attach("ImageImportOss", "Custom"))
    policies = ram.list_policies_for_role(
        ram_models.ListPoliciesForRoleRequest(role_name=IMPORT_ROLE)
    ).body.policies.policy
    assert [(p.policy_name, p.policy_type) for p in policies] == [("ImageImportOss", "Custom")]


def test_restricted_key_gets_no_permission_on_every_ram_call(sandbox):
    restricted = sandbox.context.account.restricted_key
    ram = clients(sandbox, restricted.access_key_id, restricted.access_key_secret).ram
    calls = [
        lambda: ram.get_role(ram_models.GetRoleRequest(role_name=IMPORT_ROLE)),
        lambda: ram.create_role(
            ram_models.CreateRoleRequest(
                role_name=IMPORT_ROLE, assume_role_policy_document=ECS_TRUST
            )
        ),
        lambda: ram.attach_policy_to_role(_attach(SYSTEM_POLICY)),
        lambda: ram.list_policies_for_role(
            ram_models.ListPoliciesForRoleRequest(role_name=IMPORT_ROLE)
        ),
    ]
    for call in calls:
        error = sdk_error(call)
        assert (error.status_code, error.code) == (403, "NoPermission")
        assert error.data["Message"].startswith("You are not authorized to do this action.")
        assert "Action: ram:" in error.data["Message"]


def test_roles_survive_a_restart(tmp_path):
    from imageimporter.sandbox import Sandbox, SandboxConfig

    with Sandbox(SandboxConfig(data_dir=tmp_path)) as first:
        ram = clients(first).ram
        ram.create_role(
            ram_models.CreateRoleRequest(
                role_name=IMPORT_ROLE, assume_role_policy_document=ECS_TRUST
            )
        )
        ram.attach_policy_to_role(_attach(SYSTEM_POLICY))
    with Sandbox(SandboxConfig(data_dir=tmp_path)) as second:
        ram = clients(second).ram
        assert ram.get_role(ram_models.GetRoleRequest(role_name=IMPORT_ROLE)).body.role.role_name
        policies = ram.list_policies_for_role(
            ram_models.ListPoliciesForRoleRequest(role_name=IMPORT_ROLE)
        ).body.policies.policy
        assert [p.policy_name for p in policies] == [SYSTEM_POLICY]
