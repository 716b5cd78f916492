"""The credential store: profiles beside the keyring, no plain-text secrets, aliyun CLI import."""

from __future__ import annotations

import json

import keyring
import keyring.backend
import keyring.errors
import pytest

from imageimporter.services.credentials import (
    KEYRING_SERVICE,
    Credentials,
    CredentialsError,
    CredentialStore,
    KeyringUnavailableError,
    Profile,
    credentials_from_env,
    validate_profile_name,
)

SECRET = "s3cr3t-Value-That-Must-Not-Leak"


@pytest.fixture
def store(tmp_path):
    return CredentialStore(tmp_path / "profiles.json")


def test_secret_goes_to_the_keyring_only(store, tmp_path, memory_keyring):
    store.save(Profile("work", "LTAI5tExample", region="cn-shanghai"), SECRET)
    assert memory_keyring.entries[(KEYRING_SERVICE, "work:access_key_secret")] == SECRET
    text = (tmp_path / "profiles.json").read_text()
    assert "LTAI5tExample" in text and "cn-shanghai" in text
    assert SECRET not in text
    creds = store.credentials("work")
    assert creds == Credentials("LTAI5tExample", SECRET, None)
    assert SECRET not in repr(creds)
    assert store.default_profile_name == "work"


def test_sts_profile_keeps_its_token_in_the_keyring(store, memory_keyring, tmp_path):
    store.save(Profile("temp", "STS.abc", mode="StsToken"), SECRET, "CAIStoken")
    assert store.credentials("temp").security_token == "CAIStoken"
    assert "CAIStoken" not in (tmp_path / "profiles.json").read_text()
    with pytest.raises(CredentialsError, match="security token"):
        store.save(Profile("temp2", "STS.abc", mode="StsToken"), SECRET)


def test_remove_deletes_profile_and_secrets(store, memory_keyring):
    store.save(Profile("a", "LTAI1"), SECRET, None)
    store.save(Profile("b", "LTAI2"), SECRET, None)
    store.remove("a")
    assert [p.name for p in store.profiles()] == ["b"]
    assert (KEYRING_SERVICE, "a:access_key_secret") not in memory_keyring.entries
    assert store.default_profile_name == "b"
    with pytest.raises(CredentialsError, match='no profile named "a"'):
        store.credentials("a")


def test_secret_removed_behind_our_back_is_explained(store, memory_keyring):
    store.save(Profile("a", "LTAI1"), SECRET)
    memory_keyring.entries.clear()
    with pytest.raises(CredentialsError, match="not in the keyring any more") as excinfo:
        store.credentials("a")
    assert "enter its AccessKey Secret again" in excinfo.value.action


class FailingKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self, error: Exception) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service, username):
        raise self.error

    def set_password(self, service, username, password):
        raise self.error

    def delete_password(self, service, username):
        raise self.error


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (keyring.errors.NoKeyringError("no backend"), "NoKeyring"),
        (keyring.errors.KeyringLocked("locked"), "KeyringLocked"),
    ],
)
def test_no_plain_text_fallback_when_the_keyring_fails(store, tmp_path, error, code):
    keyring.set_keyring(FailingKeyring(error))  # the autouse fixture restores the memory one
    with pytest.raises(KeyringUnavailableError) as excinfo:
        store.save(Profile("work", "LTAI5tExample"), SECRET)
    assert excinfo.value.code == code
    assert excinfo.value.action
    # Nothing was written anywhere: no profile without its secret, no secret in a file.
    assert not (tmp_path / "profiles.json").exists()
    assert store.profiles() == []


@pytest.mark.parametrize(
    ("name", "ok"),
    [("default", True), ("a", True), ("x" * 64, True), ("x" * 65, False), ("", False),
     ("-lead", False), ("with space", False), ("environment", False), ("prod.cn_1-b", True)],
)  # fmt: skip
def test_profile_names(name, ok):
    assert (validate_profile_name(name) is None) is ok


def test_environment_variables():
    assert credentials_from_env({}) is None
    assert credentials_from_env({"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI"}) is None
    creds = credentials_from_env(
        {
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET": SECRET,
            "ALIBABA_CLOUD_SECURITY_TOKEN": "tok",
        }
    )
    assert creds == Credentials("LTAI", SECRET, "tok")


def write_aliyun_config(home, profiles):
    path = home / ".aliyun" / "config.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"current": "default", "profiles": profiles, "meta_path": ""}))
    return path


def aliyun_profile(name, mode, **extra):
    base = {
        "name": name, "mode": mode, "access_key_id": f"LTAI-{name}",
        "access_key_secret": f"{SECRET}-{name}", "sts_token": "", "ram_role_arn": "",
        "ram_session_name": "", "region_id": "cn-beijing", "output_format": "json",
    }  # fmt: skip
    base.update(extra)
    return base


def test_import_aliyun_cli_profiles(store, isolated_app_dirs, memory_keyring):
    write_aliyun_config(
        isolated_app_dirs,
        [
            aliyun_profile("default", "AK"),
            aliyun_profile("sts", "StsToken", sts_token="CAIS-token"),
            aliyun_profile("role", "RamRoleArn", ram_role_arn="acs:ram::123:role/importer"),
            aliyun_profile("ecs", "EcsRamRole", access_key_id="", access_key_secret=""),
            aliyun_profile("broken-role", "RamRoleArn"),
        ],
    )
    results = {r.name: r for r in store.import_aliyun_cli()}
    assert results["default"].imported and results["sts"].imported and results["role"].imported
    assert "EcsRamRole" in results["ecs"].reason
    assert "RAM role ARN" in results["broken-role"].reason
    assert store.credentials("sts").security_token == "CAIS-token"
    role = store.profile("role")
    assert role.mode == "RamRoleArn" and role.ram_role_arn == "acs:ram::123:role/importer"
    assert role.source == "aliyun-cli" and role.region == "cn-beijing"
    # Importing again does not overwrite what is there.
    again = {r.name: r for r in store.import_aliyun_cli()}
    assert not again["default"].imported and "exists already" in again["default"].reason


def test_import_aliyun_cli_without_a_config(store):
    with pytest.raises(CredentialsError, match="aliyun configure"):
        store.import_aliyun_cli()


def test_keyring_description_names_the_backend(store):
    assert store.keyring_description()


def test_keyring_available_only_with_a_real_backend(store):
    from keyring.backends import fail, null

    assert store.keyring_available()  # the tests' in-memory backend
    for backend in (fail.Keyring(), null.Keyring()):
        keyring.set_keyring(backend)
        assert not store.keyring_available()
