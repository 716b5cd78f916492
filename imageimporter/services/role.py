"""The RAM role ECS needs to read the uploaded disks: check it, and set it up when asked.

ECS imports from OSS as the role ``AliyunECSImageImportDefaultRole``: it must exist, trust
``ecs.aliyuncs.com``, and have ``AliyunECSImageImportRolePolicy`` (or a custom policy allowing
the same OSS actions) attached. A user without RAM permissions gets the console's one-click
authorization link and the exact documents to hand to an administrator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from imageimporter.core.error_catalog import ServiceError
from imageimporter.core.errors import AppError
from imageimporter.core.image_spec import IMPORT_ROLE_NAME
from imageimporter.core.text import Text
from imageimporter.services.cloud import CloudSession

ECS_SERVICE_PRINCIPAL = "ecs.aliyuncs.com"
SYSTEM_POLICY_NAME = "AliyunECSImageImportRolePolicy"
REQUIRED_OSS_ACTIONS = ("oss:GetObject", "oss:GetBucketLocation", "oss:GetBucketInfo")

TRUST_POLICY: dict[str, Any] = {
    "Statement": [
        {
            "Action": "sts:AssumeRole",
            "Effect": "Allow",
            "Principal": {"Service": [ECS_SERVICE_PRINCIPAL]},
        }
    ],
    "Version": "1",
}
CUSTOM_POLICY: dict[str, Any] = {
    "Version": "1",
    "Statement": [{"Action": list(REQUIRED_OSS_ACTIONS), "Resource": "*", "Effect": "Allow"}],
}
# The RAM console's one-click authorization (from ImportImage.md).
CONSOLE_AUTHORIZATION_URL = (
    "https://ram.console.aliyun.com/#/role/authorize?request=%7B%22Requests%22:%20%7B%22request1"
    "%22:%20%7B%22RoleName%22:%20%22AliyunECSImageImportDefaultRole%22,%20%22TemplateId%22:%20%22"
    "ECSImportRole%22%7D,%20%22request2%22:%20%7B%22RoleName%22:%20%22AliyunECSImageExportDefault"
    "Role%22,%20%22TemplateId%22:%20%22ECSExportRole%22%7D%7D,%20%22ReturnUrl%22:%20%22https:%2F"
    "%2Fecs.console.aliyun.com%2F%22,%20%22Service%22:%20%22ECS%22%7D"
)


class RolePermissionError(AppError):
    """The user may not manage RAM roles: an administrator has to do it."""

    def __init__(self, request_id: str = "") -> None:
        super().__init__(
            Text.of(
                "Your account is not allowed to manage RAM roles, so the import role cannot be "
                "set up from here."
            ),
            Text.of(
                "Ask an administrator to open the one-click authorization link, or to create the "
                "role {role} with the trust policy and attach {policy} (both shown below).",
                role=IMPORT_ROLE_NAME,
                policy=SYSTEM_POLICY_NAME,
            ),
            code="NoPermission",
            request_id=request_id,
        )

    @property
    def handover(self) -> str:
        return administrator_instructions()


def administrator_instruction_parts() -> list[str]:
    """The instructions in pieces: the sentences are Text (translatable), the rest is data."""
    return [
        Text.of("One-click authorization: {url}", url=CONSOLE_AUTHORIZATION_URL),
        "\n\n",
        Text.of("Or create the RAM role {role} with this trust policy:", role=IMPORT_ROLE_NAME),
        f"\n{json.dumps(TRUST_POLICY, indent=2)}\n\n",
        Text.of(
            "and attach the system policy {policy}, or a custom policy:",
            policy=SYSTEM_POLICY_NAME,
        ),
        f"\n{json.dumps(CUSTOM_POLICY, indent=2)}\n",
    ]


def administrator_instructions() -> str:
    """What to give an administrator: the link, the role, its trust policy, the policy."""
    return "".join(administrator_instruction_parts())


def trust_policy_allows_ecs(document: str) -> bool:
    try:
        data = json.loads(document)
    except ValueError:
        return False
    statements = data.get("Statement", []) if isinstance(data, dict) else []
    for statement in statements if isinstance(statements, list) else []:
        if not isinstance(statement, dict) or statement.get("Effect") != "Allow":
            continue
        actions = statement.get("Action")
        actions = actions if isinstance(actions, list) else [actions]
        if "sts:AssumeRole" not in actions and "sts:*" not in actions:
            continue
        services = (statement.get("Principal") or {}).get("Service", [])
        services = services if isinstance(services, list) else [services]
        if ECS_SERVICE_PRINCIPAL in services:
            return True
    return False


@dataclass(frozen=True)
class RoleStatus:
    exists: bool
    trusts_ecs: bool = False
    policy_attached: bool = False
    attached_policies: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def ready(self) -> bool:
        return self.exists and self.trusts_ecs and self.policy_attached


class RoleService:
    def __init__(self, session: CloudSession, role_name: str = IMPORT_ROLE_NAME) -> None:
        self.session = session
        self.role_name = role_name

    def _ram_call(self, method: str, request: Any) -> Any:
        client = self.session.ram()
        try:
            return self.session.call(lambda: getattr(client, method)(request).body)
        except ServiceError as exc:
            if exc.code in ("NoPermission", "Forbidden.RAM", "Forbidden"):
                raise RolePermissionError(exc.request_id) from exc
            raise

    def check(self) -> RoleStatus:
        from alibabacloud_ram20150501 import models

        try:
            body = self._ram_call("get_role", models.GetRoleRequest(role_name=self.role_name))
        except ServiceError as exc:
            if exc.code == "EntityNotExist.Role":
                return RoleStatus(
                    exists=False,
                    problems=(Text.of("The role {role} does not exist.", role=self.role_name),),
                )
            raise
        trusts = trust_policy_allows_ecs(str(body.role.assume_role_policy_document or ""))
        policies = self._attached_policies()
        names = tuple(name for _, name in policies)
        attached = any(kind == "System" and name == SYSTEM_POLICY_NAME for kind, name in policies)
        problems: list[str] = []
        if not trusts:
            problems.append(
                Text.of(
                    "The role's trust policy does not let {principal} use it.",
                    principal=ECS_SERVICE_PRINCIPAL,
                )
            )
        if not attached:
            attached = any(
                self._custom_policy_grants_import(name)
                for kind, name in policies
                if kind == "Custom"
            )
        if not attached:
            problems.append(
                Text.of(
                    "Neither {policy} nor an equivalent custom policy is attached.",
                    policy=SYSTEM_POLICY_NAME,
                )
            )
        return RoleStatus(True, trusts, attached, names, tuple(problems))

    def _attached_policies(self) -> list[tuple[str, str]]:
        from alibabacloud_ram20150501 import models

        body = self._ram_call(
            "list_policies_for_role", models.ListPoliciesForRoleRequest(role_name=self.role_name)
        )
        policies = body.policies.policy if body.policies and body.policies.policy else []
        return [(str(p.policy_type), str(p.policy_name)) for p in policies]

    def _custom_policy_grants_import(self, name: str) -> bool:
        from alibabacloud_ram20150501 import models

        try:
            body = self._ram_call(
                "get_policy", models.GetPolicyRequest(policy_name=name, policy_type="Custom")
            )
        except ServiceError:
            return False
        version = getattr(body, "default_policy_version", None)
        document = str(getattr(version, "policy_document", "") or "")
        return _policy_allows(document, REQUIRED_OSS_ACTIONS)

    def set_up(self) -> RoleStatus:
        """Create the role, fix its trust policy, attach the system policy: what is missing."""
        from alibabacloud_ram20150501 import models

        status = self.check()
        trust = json.dumps(TRUST_POLICY)
        if not status.exists:
            self._ram_call(
                "create_role",
                models.CreateRoleRequest(
                    role_name=self.role_name,
                    assume_role_policy_document=trust,
                    description="Lets ECS read image files from OSS for ImportImage "
                    "(set up by imageimporter).",
                ),
            )
        elif not status.trusts_ecs:
            self._ram_call(
                "update_role",
                models.UpdateRoleRequest(
                    role_name=self.role_name, new_assume_role_policy_document=trust
                ),
            )
        if not status.policy_attached:
            self._ram_call(
                "attach_policy_to_role",
                models.AttachPolicyToRoleRequest(
                    policy_type="System", policy_name=SYSTEM_POLICY_NAME, role_name=self.role_name
                ),
            )
        return self.check()


def _policy_allows(document: str, actions: tuple[str, ...]) -> bool:
    try:
        data = json.loads(document)
    except ValueError:
        return False
    allowed: set[str] = set()
    for statement in data.get("Statement", []) if isinstance(data, dict) else []:
        if isinstance(statement, dict) and statement.get("Effect") == "Allow":
            value = statement.get("Action", [])
            allowed.update(value if isinstance(value, list) else [value])
    return all(action in allowed or "oss:*" in allowed or "*" in allowed for action in actions)
