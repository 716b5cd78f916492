"""The sandbox cloud's account: its AccessKeys, RAM users and temporary STS credentials.

Every product checks signatures against this registry. The keys are the sandbox's own throwaway
credentials, generated per data folder and kept there so that a restarted sandbox accepts the
same keys; they open nothing outside this machine.
"""

from __future__ import annotations

import json
import secrets
import string
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from imageimporter.sandbox.storage import write_json_atomic

_ALNUM = string.ascii_letters + string.digits


def _random_text(length: int, alphabet: str = _ALNUM) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))


@dataclass(frozen=True)
class Principal:
    """Who a key belongs to, as STS GetCallerIdentity reports it."""

    account_id: str
    user_id: str
    arn: str
    identity_type: str  # "Account", "RAMUser" or "AssumedRoleUser"
    ram_allowed: bool = True  # False: RAM calls answer NoPermission


@dataclass(frozen=True)
class AccessKey:
    access_key_id: str
    access_key_secret: str
    principal: Principal
    security_token: str | None = None
    expires_at: float | None = None  # epoch seconds, for STS credentials

    def expired(self, now: float | None = None) -> bool:
        return self.expires_at is not None and (now or time.time()) >= self.expires_at


class Account:
    """The AccessKeys the sandbox accepts, persisted in ``account.json`` of its data folder."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._keys: dict[str, AccessKey] = {}
        if path.exists():
            self._load()
        else:
            self._create()

    # The account's own key (a root-like identity with every permission).
    @property
    def main_key(self) -> AccessKey:
        return next(k for k in self._keys.values() if k.principal.identity_type == "Account")

    # A RAM user without RAM permissions: OSS and ECS work, RAM answers NoPermission.
    @property
    def restricted_key(self) -> AccessKey:
        return next(k for k in self._keys.values() if not k.principal.ram_allowed)

    @property
    def account_id(self) -> str:
        return self.main_key.principal.account_id

    def lookup(self, access_key_id: str) -> AccessKey | None:
        with self._lock:
            return self._keys.get(access_key_id)

    def issue_sts_credentials(
        self,
        duration_seconds: float = 3600.0,
        role_name: str = "sandbox-role",
        session_name: str | None = None,
        role_id: str | None = None,
        now: float | None = None,
    ) -> AccessKey:
        """Temporary credentials (``STS.`` key, secret, token) for the account's own identity,
        as role ``role_name`` (STS AssumeRole passes the assumed role and session)."""
        main = self.main_key
        session = session_name or _random_text(12)
        principal = Principal(
            account_id=main.principal.account_id,
            user_id=f"{role_id or _random_text(21, string.digits)}:{session}",
            arn=f"acs:ram::{main.principal.account_id}:assumed-role/{role_name.lower()}/{session}",
            identity_type="AssumedRoleUser",
        )
        key = AccessKey(
            access_key_id="STS." + _random_text(25),
            access_key_secret=_random_text(44),
            principal=principal,
            security_token="CAIS" + _random_text(300),
            expires_at=(time.time() if now is None else now) + duration_seconds,
        )
        with self._lock:
            self._keys[key.access_key_id] = key
            self._save()
        return key

    def _create(self) -> None:
        account_id = "1" + _random_text(15, string.digits)
        root = Principal(
            account_id=account_id,
            user_id=account_id,
            arn=f"acs:ram::{account_id}:root",
            identity_type="Account",
        )
        user_id = "2" + _random_text(15, string.digits)
        restricted = Principal(
            account_id=account_id,
            user_id=user_id,
            arn=f"acs:ram::{account_id}:user/no-ram-user",
            identity_type="RAMUser",
            ram_allowed=False,
        )
        for principal in (root, restricted):
            key = AccessKey("LTAI5t" + _random_text(18), _random_text(30), principal)
            self._keys[key.access_key_id] = key
        self._save()

    def _load(self) -> None:
        data = json.loads(self._path.read_text(encoding="utf-8"))
        for item in data["keys"]:
            principal = Principal(**item.pop("principal"))
            key = AccessKey(principal=principal, **item)
            self._keys[key.access_key_id] = key

    def _save(self) -> None:
        keys: list[dict[str, Any]] = [asdict(k) for k in self._keys.values()]
        write_json_atomic(self._path, {"keys": keys})
