"""Named account profiles, with their secrets kept only in the OS keyring.

A profile's non-secret part (AccessKey ID, region, mode, endpoint overrides) lives in
``profiles.json`` in the app's config folder; its AccessKey Secret and STS token live in the
keyring under the service name ``imageimporter``. If the keyring is missing or locked the store
says so and stores nothing: there is no plain-text fallback.

Also recognised, never copied without being asked: the standard environment variables and the
``aliyun`` CLI's ``~/.aliyun/config.json`` profiles.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import keyring
import keyring.errors

from imageimporter.core import paths
from imageimporter.core.endpoints import EndpointError
from imageimporter.core.errors import AppError
from imageimporter.core.text import Text
from imageimporter.core.validation import endpoint_url_problem

KEYRING_SERVICE = "imageimporter"
ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID"
ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN"
ENV_PROFILE_NAME = "environment"

ProfileMode = Literal["AK", "StsToken", "RamRoleArn"]
PROFILE_MODES: tuple[str, ...] = ("AK", "StsToken", "RamRoleArn")
_PROFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


class CredentialsError(AppError):
    """Credentials missing, unusable or refused: the app's one error for them (a profile or a
    secret the user can fix, the keyring, a service that rejected them)."""


class KeyringUnavailableError(CredentialsError):
    """The OS keyring cannot be used; nothing was stored anywhere else."""


@dataclass(frozen=True)
class Credentials:
    """What the SDKs need to sign a request. The secret parts never appear in ``repr``."""

    access_key_id: str
    access_key_secret: str = field(repr=False)
    security_token: str | None = field(default=None, repr=False)

    @property
    def is_temporary(self) -> bool:
        return bool(self.security_token)


@dataclass(frozen=True)
class Profile:
    """A named account setting. Holds no secret."""

    name: str
    access_key_id: str
    region: str = "cn-hangzhou"
    mode: ProfileMode = "AK"
    ram_role_arn: str | None = None
    ram_session_name: str | None = None
    # Per product ("oss", "ecs", "ram", "sts") base URL overrides: sandbox, VPC, proxies.
    endpoints: dict[str, str] = field(default_factory=dict)
    source: str = "saved"  # "saved", "environment" or "aliyun-cli"


@dataclass(frozen=True)
class ImportedProfile:
    name: str
    imported: bool
    reason: str = ""  # why a profile was skipped


def validate_profile_name(name: str) -> str | None:
    """An error message for a profile name, or None when it is fine."""
    if not name:
        return Text.of("Enter a name for the profile.")
    if name == ENV_PROFILE_NAME:
        return Text.of('"{name}" is reserved for the environment variables.', name=ENV_PROFILE_NAME)
    if not _PROFILE_NAME.fullmatch(name):
        return Text.of(
            "Use 1 to 64 letters, digits, dots, underscores or hyphens, starting with a letter or "
            "digit."
        )
    return None


def credentials_from_env(env: Mapping[str, str]) -> Credentials | None:
    """Credentials from the standard variables, or None when they are not both set."""
    key_id = env.get(ENV_ACCESS_KEY_ID, "").strip()
    secret = env.get(ENV_ACCESS_KEY_SECRET, "").strip()
    if not key_id or not secret:
        return None
    token = env.get(ENV_SECURITY_TOKEN, "").strip() or None
    return Credentials(key_id, secret, token)


def _keyring_failure(exc: Exception) -> KeyringUnavailableError:
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailableError(
            Text.of("The system keyring is locked, so the secret cannot be read or stored."),
            Text.of(
                "Unlock your keyring (log in again or open your password manager) and try again."
            ),
            code="KeyringLocked",
        )
    return KeyringUnavailableError(
        Text.of("No usable system keyring was found, and secrets are never stored in plain text."),
        Text.of(
            "Install or unlock a keyring (GNOME Keyring or KWallet on Linux; macOS Keychain and "
            "Windows Credential Manager work out of the box), or use the environment variables "
            "{env_access_key_id} and {env_access_key_secret}.",
            env_access_key_id=ENV_ACCESS_KEY_ID,
            env_access_key_secret=ENV_ACCESS_KEY_SECRET,
        ),
        code="NoKeyring",
    )


class CredentialStore:
    """Profiles in ``profiles.json`` and their secrets in the keyring."""

    def __init__(self, config_path: Path | None = None) -> None:
        self._path = config_path or paths.config_dir() / "profiles.json"

    # -- where secrets are ---------------------------------------------------------------------
    @staticmethod
    def keyring_available() -> bool:
        """Whether a real keyring backend is in use (keyring's "fail" and "null" backends have
        no positive priority): without one, profiles cannot be saved."""
        return float(keyring.get_keyring().priority) > 0

    @staticmethod
    def keyring_description() -> str:
        """Where secrets go, for the UI ("stored in: ...")."""
        backend = keyring.get_keyring()
        return str(getattr(backend, "name", type(backend).__name__))

    # -- profiles ------------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        data = self._read()
        return [self._profile_from_json(item) for item in data.get("profiles", [])]

    def profile(self, name: str) -> Profile:
        for profile in self.profiles():
            if profile.name == name:
                return profile
        raise CredentialsError(
            Text.of(
                'There is no profile named "{name}".',
                name=name,
            ),
            Text.of("Choose one of the saved profiles, or add one."),
            code="ProfileNotFound",
        )

    @property
    def default_profile_name(self) -> str | None:
        value = self._read().get("default")
        return str(value) if value else None

    def set_default(self, name: str) -> None:
        self.profile(name)
        data = self._read()
        data["default"] = name
        self._write(data)

    def save(
        self, profile: Profile, access_key_secret: str, security_token: str | None = None
    ) -> None:
        """Store the secret in the keyring first; the profile is written only if that worked."""
        problem = validate_profile_name(profile.name)
        if problem:
            raise CredentialsError(problem, code="InvalidProfileName")
        if not profile.access_key_id.strip() or not access_key_secret.strip():
            raise CredentialsError(
                Text.of("Both the AccessKey ID and the AccessKey Secret are needed."),
                Text.of("Copy them from the RAM console (AccessKey management)."),
                code="MissingAccessKey",
            )
        for url in profile.endpoints.values():
            problem = endpoint_url_problem(url)
            if problem:
                raise EndpointError(problem, code="EndpointWithCredentials")
        if profile.mode == "StsToken" and not security_token:
            raise CredentialsError(
                Text.of("An STS profile needs its security token."), code="MissingSecurityToken"
            )
        try:
            keyring.set_password(
                KEYRING_SERVICE, self._secret_user(profile.name), access_key_secret
            )
            token_user = self._token_user(profile.name)
            if security_token:
                keyring.set_password(KEYRING_SERVICE, token_user, security_token)
            else:
                self._delete_secret(token_user)
        except keyring.errors.KeyringError as exc:
            raise _keyring_failure(exc) from exc
        data = self._read()
        items = [p for p in data.get("profiles", []) if p.get("name") != profile.name]
        stored = asdict(profile)
        stored["source"] = "saved" if profile.source == "environment" else profile.source
        items.append(stored)
        data["profiles"] = sorted(items, key=lambda p: str(p["name"]))
        if not data.get("default"):
            data["default"] = profile.name
        self._write(data)

    def credentials(self, name: str) -> Credentials:
        profile = self.profile(name)
        try:
            secret = keyring.get_password(KEYRING_SERVICE, self._secret_user(name))
            token = keyring.get_password(KEYRING_SERVICE, self._token_user(name))
        except keyring.errors.KeyringError as exc:
            raise _keyring_failure(exc) from exc
        if secret is None:
            raise CredentialsError(
                Text.of(
                    'The secret of profile "{name}" is not in the keyring any more.',
                    name=name,
                ),
                Text.of("Edit the profile and enter its AccessKey Secret again."),
                code="SecretMissing",
            )
        return Credentials(profile.access_key_id, secret, token)

    def remove(self, name: str) -> None:
        self.profile(name)
        try:
            self._delete_secret(self._secret_user(name))
            self._delete_secret(self._token_user(name))
        except keyring.errors.KeyringError as exc:
            raise _keyring_failure(exc) from exc
        data = self._read()
        data["profiles"] = [p for p in data.get("profiles", []) if p.get("name") != name]
        if data.get("default") == name:
            remaining = data["profiles"]
            data["default"] = remaining[0]["name"] if remaining else None
        self._write(data)

    # -- the aliyun CLI ------------------------------------------------------------------------
    def import_aliyun_cli(
        self, config_path: Path | None = None, overwrite: bool = False
    ) -> list[ImportedProfile]:
        """Copy the aliyun CLI's AK, StsToken and RamRoleArn profiles into the store."""
        path = config_path or Path.home() / ".aliyun" / "config.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise CredentialsError(
                Text.of(
                    "No aliyun CLI configuration was found at {path}.",
                    path=path,
                ),
                Text.of("Run `aliyun configure` first, or add the profile here by hand."),
                code="AliyunConfigMissing",
            ) from exc
        except (OSError, ValueError) as exc:
            raise CredentialsError(
                Text.of(
                    "The aliyun CLI configuration at {path} could not be read ({exc}).",
                    path=path,
                    exc=exc,
                ),
                Text.of("Check that the file is valid JSON."),
                code="AliyunConfigUnreadable",
            ) from exc
        existing = {p.name for p in self.profiles()}
        results: list[ImportedProfile] = []
        for item in data.get("profiles", []):
            if not isinstance(item, dict):
                continue
            results.append(self._import_one(item, existing, overwrite))
        return results

    def _import_one(
        self, item: dict[str, Any], existing: set[str], overwrite: bool
    ) -> ImportedProfile:
        name = str(item.get("name") or "")
        mode = str(item.get("mode") or "")
        if mode not in PROFILE_MODES:
            return ImportedProfile(
                name,
                False,
                Text.of(
                    'its mode "{mode}" is not supported (AK, StsToken and RamRoleArn are)',
                    mode=mode,
                ),
            )
        if validate_profile_name(name):
            return ImportedProfile(name, False, Text.of("the name cannot be used here"))
        if name in existing and not overwrite:
            return ImportedProfile(name, False, Text.of("a profile with this name exists already"))
        key_id = str(item.get("access_key_id") or "")
        secret = str(item.get("access_key_secret") or "")
        if not key_id or not secret:
            return ImportedProfile(name, False, Text.of("it has no AccessKey"))
        arn = str(item.get("ram_role_arn") or "") or None
        if mode == "RamRoleArn" and not arn:
            return ImportedProfile(name, False, Text.of("it has no RAM role ARN"))
        profile = Profile(
            name=name,
            access_key_id=key_id,
            region=str(item.get("region_id") or "cn-hangzhou"),
            mode=mode,  # type: ignore[arg-type]  # checked against PROFILE_MODES above
            ram_role_arn=arn,
            ram_session_name=str(item.get("ram_session_name") or "") or None,
            source="aliyun-cli",
        )
        token = str(item.get("sts_token") or "") or None
        self.save(profile, secret, token if mode == "StsToken" else None)
        return ImportedProfile(name, True)

    # -- storage -------------------------------------------------------------------------------
    @staticmethod
    def _secret_user(name: str) -> str:
        return f"{name}:access_key_secret"

    @staticmethod
    def _token_user(name: str) -> str:
        return f"{name}:security_token"

    @staticmethod
    def _delete_secret(user: str) -> None:
        # Nothing stored under this name means the goal is reached already.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, user)

    @staticmethod
    def _profile_from_json(item: dict[str, Any]) -> Profile:
        known = set(Profile.__dataclass_fields__)
        return Profile(**{k: v for k, v in item.items() if k in known})

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {"profiles": [], "default": None}
        except (OSError, ValueError) as exc:
            raise CredentialsError(
                Text.of(
                    "The profile list at {path} could not be read ({exc}).",
                    path=self._path,
                    exc=exc,
                ),
                Text.of("Fix or remove the file; secrets are not in it."),
                code="ProfilesUnreadable",
            ) from exc
        return data if isinstance(data, dict) else {"profiles": [], "default": None}

    def _write(self, data: dict[str, Any]) -> None:
        paths.private_dir(self._path.parent)
        tmp = self._path.with_name(f".{self._path.name}.tmp")
        try:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()  # left by a crash, maybe with other permissions
            # Created private, never widened: no moment when others could read it.
            handle = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE_MODE)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(json.dumps(data, indent=1, sort_keys=True))
            os.replace(tmp, self._path)
        except OSError as exc:
            raise paths.folder_error(self._path.parent, exc) from exc
