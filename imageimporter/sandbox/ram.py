"""RAM (2015-05-01) for the sandbox cloud: roles, their trust policies and attached policies.

Only what the image import needs: the ``AliyunECSImageImportDefaultRole`` role that lets ECS read
the OSS object. State lives in ``ram/state.json`` of the sandbox's data folder.
"""

from __future__ import annotations

import json
import re
import string
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from imageimporter.sandbox.rpc_common import (
    RpcCall,
    RpcError,
    iso_time,
    missing_parameter,
    random_lower_alnum,
)
from imageimporter.sandbox.storage import read_json, write_json_atomic

IMPORT_ROLE_NAME = "AliyunECSImageImportDefaultRole"
IMPORT_ROLE_POLICY = "AliyunECSImageImportRolePolicy"
ECS_SERVICE = "ecs.aliyuncs.com"
# The OSS actions ECS needs on the role to read an image (ImportImage.md's custom policy).
IMPORT_OSS_ACTIONS = ("oss:GetObject", "oss:GetBucketLocation", "oss:GetBucketInfo")

# System policies the sandbox knows, with whether each grants ECS what the import needs.
SYSTEM_POLICIES: dict[str, tuple[str, bool]] = {
    IMPORT_ROLE_POLICY: ("Default policy for ECS image import role", True),
    "AliyunECSImageExportRolePolicy": ("Default policy for ECS image export role", False),
    "AliyunOSSFullAccess": ("Full access to Object Storage Service (OSS)", True),
    "AliyunOSSReadOnlyAccess": ("Read-only access to Object Storage Service (OSS)", True),
    "AdministratorAccess": ("Full access to all Alibaba Cloud services", True),
    "AliyunECSFullAccess": ("Full access to Elastic Compute Service (ECS)", False),
}

_ROLE_NAME = re.compile(r"[A-Za-z0-9.\-]+")
_POLICY_NAME = re.compile(r"[A-Za-z0-9\-]+")
DEFAULT_MAX_SESSION_DURATION = 3600


@dataclass
class Role:
    role_id: str
    role_name: str
    arn: str
    assume_role_policy_document: str
    description: str
    max_session_duration: int
    created_at: float
    updated_at: float
    # When the role or its policies last changed: ECS can use it only a while later.
    changed_at: float
    # (policy type, policy name, attach time)
    policies: list[tuple[str, str, float]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "RoleId": self.role_id,
            "RoleName": self.role_name,
            "Arn": self.arn,
            "AssumeRolePolicyDocument": self.assume_role_policy_document,
            "Description": self.description,
            "MaxSessionDuration": self.max_session_duration,
            "CreateDate": iso_time(self.created_at),
            "UpdateDate": iso_time(self.updated_at),
        }


@dataclass
class CustomPolicy:
    name: str
    document: str
    description: str
    created_at: float


def trust_allows_service(document: str, service: str) -> bool:
    """Whether a trust policy lets ``service`` (e.g. ``ecs.aliyuncs.com``) assume the role."""
    return any(
        service in _as_list(principal.get("Service"))
        for principal in _allowed_assume_principals(document)
    )


def trust_allows_account(document: str, account_id: str) -> bool:
    """Whether a trust policy lets RAM identities of ``account_id`` assume the role."""
    accepted = {account_id, f"acs:ram::{account_id}:root"}
    for principal in _allowed_assume_principals(document):
        for entry in _as_list(principal.get("RAM")):
            if entry in accepted or entry.startswith(f"acs:ram::{account_id}:"):
                return True
    return False


def policy_allows_actions(document: str, actions: tuple[str, ...]) -> bool:
    """Whether an Allow statement of a policy document covers every one of ``actions``."""
    allowed: list[str] = []
    for statement in _statements(document):
        if statement.get("Effect") == "Allow":
            allowed.extend(_as_list(statement.get("Action")))
    return all(any(_action_matches(p, a) for p in allowed) for a in actions)


def _action_matches(pattern: str, action: str) -> bool:
    regex = re.escape(pattern.lower()).replace(r"\*", ".*")
    return re.fullmatch(regex, action.lower(), re.DOTALL) is not None


def _statements(document: str) -> list[dict[str, Any]]:
    try:
        data = json.loads(document)
    except ValueError:
        return []
    statements = data.get("Statement", []) if isinstance(data, dict) else []
    return [s for s in _as_list(statements) if isinstance(s, dict)]


def _allowed_assume_principals(document: str) -> list[dict[str, Any]]:
    return [
        s["Principal"]
        for s in _statements(document)
        if s.get("Effect") == "Allow"
        and any(_action_matches(a, "sts:AssumeRole") for a in _as_list(s.get("Action")))
        and isinstance(s.get("Principal"), dict)
    ]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _check_policy_document(document: str, parameter: str) -> None:
    try:
        data = json.loads(document)
    except ValueError:
        data = None
    if not isinstance(data, dict) or "Statement" not in data:
        raise RpcError(
            400,
            f"InvalidParameter.{parameter}.InvalidFormat",
            f"The parameter - {parameter} is not a valid policy document.",
        )


class RamService:
    """The RAM API and the role facts ECS asks for."""

    ACTIONS = (
        "GetRole",
        "CreateRole",
        "UpdateRole",
        "DeleteRole",
        "ListRoles",
        "AttachPolicyToRole",
        "DetachPolicyFromRole",
        "ListPoliciesForRole",
        "CreatePolicy",
    )

    def __init__(self, state_dir: Path, account_id: str, clock: Callable[[], float]) -> None:
        self._path = state_dir / "state.json"
        self._account_id = account_id
        self._clock = clock
        self._lock = threading.Lock()
        self._roles: dict[str, Role] = {}  # by lower-cased name: RAM role names ignore case
        self._policies: dict[str, CustomPolicy] = {}
        self._load()

    # -- what other products ask -----------------------------------------------------------
    def find_role(self, name: str) -> Role | None:
        with self._lock:
            return self._roles.get(name.lower())

    def find_role_by_arn(self, arn: str) -> Role | None:
        prefix = f"acs:ram::{self._account_id}:role/"
        if not arn.lower().startswith(prefix):
            return None
        return self.find_role(arn[len(prefix) :])

    def import_role_problem(self, role_name: str, now: float, propagation: float) -> str | None:
        """Why ECS cannot use ``role_name`` to read OSS now (None: it can)."""
        with self._lock:
            role = self._roles.get(role_name.lower())
            if role is None:
                return "the role does not exist"
            if not trust_allows_service(role.assume_role_policy_document, ECS_SERVICE):
                return f"the role's trust policy does not allow {ECS_SERVICE}"
            if not any(self._grants_import(kind, name) for kind, name, _ in role.policies):
                return "no attached policy grants " + ", ".join(IMPORT_OSS_ACTIONS)
            if now < role.changed_at + propagation:
                return "the role was changed too recently to be usable"
            return None

    def _grants_import(self, policy_type: str, name: str) -> bool:
        if policy_type == "System":
            return SYSTEM_POLICIES.get(name, ("", False))[1]
        policy = self._policies.get(name)
        return policy is not None and policy_allows_actions(policy.document, IMPORT_OSS_ACTIONS)

    # -- the API ---------------------------------------------------------------------------
    def handle(self, call: RpcCall) -> dict[str, Any]:
        if not call.caller.principal.ram_allowed:
            resource = f"acs:ram:*:{self._account_id}:role/{call.get('RoleName') or '*'}"
            raise RpcError(
                403,
                "NoPermission",
                f"You are not authorized to do this action. Resource: {resource} "
                f"Action: ram:{call.action}",
            )
        handler = getattr(self, f"_{call.action}")
        with self._lock:
            result: dict[str, Any] = handler(call)
        return result

    def _role(self, name: str) -> Role:
        role = self._roles.get(name.lower())
        if role is None:
            raise RpcError(404, "EntityNotExist.Role", f"The role does not exist: {name}.")
        return role

    @staticmethod
    def _role_name(call: RpcCall) -> str:
        name = call.get("RoleName")
        if not name:
            raise missing_parameter("RoleName")
        if len(name) > 64:
            raise RpcError(
                400,
                "InvalidParameter.RoleName.Length",
                "The parameter - RoleName beyond the length limit.",
            )
        if not _ROLE_NAME.fullmatch(name):
            raise RpcError(
                400,
                "InvalidParameter.RoleName.InvalidChars",
                "The parameter - RoleName contains invalid chars.",
            )
        return name

    def _GetRole(self, call: RpcCall) -> dict[str, Any]:
        return {"Role": self._role(self._role_name(call)).to_json()}

    def _ListRoles(self, call: RpcCall) -> dict[str, Any]:
        roles = [r.to_json() for r in sorted(self._roles.values(), key=lambda r: r.created_at)]
        return {"IsTruncated": False, "Roles": {"Role": roles}}

    def _CreateRole(self, call: RpcCall) -> dict[str, Any]:
        name = self._role_name(call)
        document = call.get("AssumeRolePolicyDocument")
        if not document:
            raise missing_parameter("AssumeRolePolicyDocument")
        _check_policy_document(document, "AssumeRolePolicyDocument")
        if name.lower() in self._roles:
            raise RpcError(409, "EntityAlreadyExists.Role", f"The role already exists: {name}.")
        duration = self._max_session_duration(call.get("MaxSessionDuration"))
        now = self._clock()
        role = Role(
            role_id=role_id_digits(),
            role_name=name,
            arn=f"acs:ram::{self._account_id}:role/{name.lower()}",
            assume_role_policy_document=document,
            description=call.get("Description"),
            max_session_duration=duration or DEFAULT_MAX_SESSION_DURATION,
            created_at=now,
            updated_at=now,
            changed_at=now,
        )
        self._roles[name.lower()] = role
        self._save()
        created = role.to_json()
        del created["UpdateDate"]  # CreateRole's answer has no UpdateDate
        return {"Role": created}

    @staticmethod
    def _max_session_duration(value: str) -> int | None:
        if not value:
            return None
        try:
            seconds = int(value)
        except ValueError:
            seconds = -1
        if not 3600 <= seconds <= 43200:
            raise RpcError(
                400,
                "InvalidParameter.MaxSessionDuration",
                "The parameter - MaxSessionDuration must be between 3600 and 43200.",
            )
        return seconds

    def _UpdateRole(self, call: RpcCall) -> dict[str, Any]:
        role = self._role(self._role_name(call))
        document = call.get("NewAssumeRolePolicyDocument")
        now = self._clock()
        if document:
            _check_policy_document(document, "NewAssumeRolePolicyDocument")
            role.assume_role_policy_document = document
            role.changed_at = now
        if "NewDescription" in call.params:
            role.description = call.get("NewDescription")
        duration = self._max_session_duration(call.get("NewMaxSessionDuration"))
        if duration:
            role.max_session_duration = duration
        role.updated_at = now
        self._save()
        return {"Role": role.to_json()}

    def _DeleteRole(self, call: RpcCall) -> dict[str, Any]:
        role = self._role(self._role_name(call))
        if role.policies:
            raise RpcError(
                409,
                "DeleteConflict.Role.Policy",
                f"The role still has policies attached: {role.role_name}.",
            )
        del self._roles[role.role_name.lower()]
        self._save()
        return {}

    def _policy_args(self, call: RpcCall) -> tuple[str, str]:
        policy_type = call.get("PolicyType")
        if not policy_type:
            raise missing_parameter("PolicyType")
        if policy_type not in ("System", "Custom"):
            raise RpcError(
                400, "InvalidParameter.PolicyType", "The parameter - PolicyType is invalid."
            )
        name = call.get("PolicyName")
        if not name:
            raise missing_parameter("PolicyName")
        known = name in SYSTEM_POLICIES if policy_type == "System" else name in self._policies
        if not known:
            raise RpcError(
                404, "EntityNotExist.Policy", f"The policy does not exist: {policy_type}/{name}."
            )
        return policy_type, name

    def _AttachPolicyToRole(self, call: RpcCall) -> dict[str, Any]:
        role = self._role(self._role_name(call))
        policy_type, name = self._policy_args(call)
        if any(k == policy_type and n == name for k, n, _ in role.policies):
            raise RpcError(
                409,
                "EntityAlreadyExists.Role.Policy",
                f"The policy {name} has already been attached to the role {role.role_name}.",
            )
        now = self._clock()
        role.policies.append((policy_type, name, now))
        role.changed_at = now
        self._save()
        return {}

    def _DetachPolicyFromRole(self, call: RpcCall) -> dict[str, Any]:
        role = self._role(self._role_name(call))
        policy_type, name = self._policy_args(call)
        remaining = [p for p in role.policies if (p[0], p[1]) != (policy_type, name)]
        if len(remaining) == len(role.policies):
            raise RpcError(
                404,
                "EntityNotExist.Role.Policy",
                f"The policy {name} is not attached to the role {role.role_name}.",
            )
        role.policies = remaining
        role.changed_at = self._clock()
        self._save()
        return {}

    def _ListPoliciesForRole(self, call: RpcCall) -> dict[str, Any]:
        role = self._role(self._role_name(call))
        policies = []
        for policy_type, name, attached_at in role.policies:
            if policy_type == "System":
                description = SYSTEM_POLICIES[name][0]
            else:
                description = self._policies[name].description if name in self._policies else ""
            policies.append(
                {
                    "PolicyName": name,
                    "PolicyType": policy_type,
                    "Description": description,
                    "DefaultVersion": "v1",
                    "AttachDate": iso_time(attached_at),
                }
            )
        return {"Policies": {"Policy": policies}}

    def _CreatePolicy(self, call: RpcCall) -> dict[str, Any]:
        name = call.get("PolicyName")
        if not name:
            raise missing_parameter("PolicyName")
        if len(name) > 128 or not _POLICY_NAME.fullmatch(name):
            raise RpcError(
                400,
                "InvalidParameter.PolicyName.InvalidChars",
                "The parameter - PolicyName contains invalid chars.",
            )
        document = call.get("PolicyDocument")
        if not document:
            raise missing_parameter("PolicyDocument")
        _check_policy_document(document, "PolicyDocument")
        if name in self._policies or name in SYSTEM_POLICIES:
            raise RpcError(409, "EntityAlreadyExists.Policy", f"The policy already exists: {name}.")
        policy = CustomPolicy(name, document, call.get("Description"), self._clock())
        self._policies[name] = policy
        self._save()
        return {
            "Policy": {
                "PolicyName": name,
                "PolicyType": "Custom",
                "Description": policy.description,
                "DefaultVersion": "v1",
                "CreateDate": iso_time(policy.created_at),
            }
        }

    # -- persistence -------------------------------------------------------------------------
    def _load(self) -> None:
        data = read_json(self._path, {"roles": [], "policies": []})
        for item in data["roles"]:
            item["policies"] = [tuple(p) for p in item["policies"]]
            role = Role(**item)
            self._roles[role.role_name.lower()] = role
        for item in data["policies"]:
            policy = CustomPolicy(**item)
            self._policies[policy.name] = policy

    def _save(self) -> None:
        write_json_atomic(
            self._path,
            {
                "roles": [asdict(r) for r in self._roles.values()],
                "policies": [asdict(p) for p in self._policies.values()],
            },
        )


def role_id_digits() -> str:
    """A RAM-style numeric id (for roles)."""
    return "3" + "".join(string.digits[int(c, 36) % 10] for c in random_lower_alnum(17))
