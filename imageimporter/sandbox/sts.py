"""STS (2015-04-01) for the sandbox cloud: GetCallerIdentity and AssumeRole."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from imageimporter.sandbox.account import Account
from imageimporter.sandbox.ram import RamService, trust_allows_account
from imageimporter.sandbox.rpc_common import RpcCall, RpcError, iso_time

_SESSION_NAME = re.compile(r"[\w.@\-]{2,64}")
MIN_DURATION_SECONDS = 900


class StsService:
    ACTIONS = ("GetCallerIdentity", "AssumeRole")

    def __init__(
        self, account: Account, ram: RamService, clock: Callable[[], float] = time.time
    ) -> None:
        self._account = account
        self._ram = ram
        self._clock = clock  # the server's, which OSS checks the expiry against

    def handle(self, call: RpcCall) -> dict[str, Any]:
        if call.action == "GetCallerIdentity":
            return self._caller_identity(call)
        return self._assume_role(call)

    @staticmethod
    def _caller_identity(call: RpcCall) -> dict[str, Any]:
        principal = call.caller.principal
        answer: dict[str, Any] = {
            "AccountId": principal.account_id,
            "UserId": principal.user_id,
            "Arn": principal.arn,
            "IdentityType": principal.identity_type,
            "PrincipalId": principal.user_id,
        }
        if principal.identity_type == "AssumedRoleUser":
            answer["RoleId"] = principal.user_id.split(":", 1)[0]
        return answer

    def _assume_role(self, call: RpcCall) -> dict[str, Any]:
        arn = call.get("RoleArn")
        if not arn:
            raise RpcError(400, "MissingRoleArn", "RoleArn is mandatory for this action.")
        session = call.get("RoleSessionName")
        if not session:
            raise RpcError(
                400, "MissingRoleSessionName", "RoleSessionName is mandatory for this action."
            )
        if not _SESSION_NAME.fullmatch(session):
            raise RpcError(
                400,
                "InvalidParameter.RoleSessionName",
                "The parameter RoleSessionName is wrong.",
            )
        role = self._ram.find_role_by_arn(arn)
        if role is None:
            raise RpcError(404, "EntityNotExist.Role", f"The role not exists: {arn}.")
        duration = self._duration(call.get("DurationSeconds"), role.max_session_duration)
        if not trust_allows_account(role.assume_role_policy_document, self._account.account_id):
            raise RpcError(
                403,
                "NoPermission",
                "You are not authorized to do this action. You should be authorized by RAM.",
            )
        key = self._account.issue_sts_credentials(
            duration,
            role_name=role.role_name,
            session_name=session,
            role_id=role.role_id,
            now=self._clock(),
        )
        assert key.security_token is not None and key.expires_at is not None
        return {
            "Credentials": {
                "AccessKeyId": key.access_key_id,
                "AccessKeySecret": key.access_key_secret,
                "SecurityToken": key.security_token,
                "Expiration": iso_time(key.expires_at),
            },
            "AssumedRoleUser": {
                "Arn": key.principal.arn,
                "AssumedRoleId": key.principal.user_id,
            },
        }

    @staticmethod
    def _duration(value: str, maximum: int) -> int:
        if not value:
            return 3600 if maximum >= 3600 else maximum
        try:
            seconds = int(value)
        except ValueError:
            seconds = -1
        if not MIN_DURATION_SECONDS <= seconds <= maximum:
            raise RpcError(
                400,
                "InvalidParameter.DurationSeconds",
                f"The Min/Max value of DurationSeconds is {MIN_DURATION_SECONDS}/{maximum} "
                "seconds, the parameter DurationSeconds is wrong.",
            )
        return seconds
