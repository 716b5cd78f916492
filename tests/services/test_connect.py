"""Which account a command talks to: environment, profiles (RamRoleArn through STS), sandbox."""

from __future__ import annotations

import json
import time

import pytest
from alibabacloud_ram20150501 import models as ram_models

from imageimporter.core.endpoints import EndpointError, Endpoints, check_endpoint
from imageimporter.services import upload
from imageimporter.services.cloud import AccountService
from imageimporter.services.connect import (
    REFRESH_BEFORE_EXPIRY_SECONDS,
    NoAccountError,
    RoleSession,
    connect,
)
from imageimporter.services.credentials import CredentialsError, CredentialStore, Profile


@pytest.fixture
def store(tmp_path):
    return CredentialStore(tmp_path / "profiles.json")


def env_for(key):
    return {
        "ALIBABA_CLOUD_ACCESS_KEY_ID": key.access_key_id,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": key.access_key_secret,
    }


def test_no_account_says_how_to_add_one(store):
    with pytest.raises(NoAccountError) as excinfo:
        connect(env={}, store=store)
    assert "profiles add" in excinfo.value.action and "--sandbox" in excinfo.value.action


def test_environment_wins_unless_a_profile_is_named(sandbox, store):
    main, restricted = sandbox.context.account.main_key, sandbox.context.account.restricted_key
    store.save(
        Profile("saved", restricted.access_key_id, endpoints={}), restricted.access_key_secret
    )
    by_env = connect(env=env_for(main), store=store, endpoint=sandbox.endpoint)
    assert by_env.profile == "environment"
    assert by_env.session.credentials.access_key_id == main.access_key_id
    no_env = connect(env={}, store=store)  # the default profile
    assert no_env.profile == "saved"
    assert no_env.session.credentials.access_key_secret == restricted.access_key_secret


def test_a_missing_account_is_a_credentials_error(store):
    with pytest.raises(CredentialsError):
        connect(env={}, store=store)


def test_endpoint_with_credentials_in_it_is_an_endpoint_error(store):
    with pytest.raises(EndpointError) as excinfo:
        connect(env={}, store=store, endpoint="http://user:pw@127.0.0.1:9")
    assert excinfo.value.code == "EndpointWithCredentials"
    assert "pw" not in str(excinfo.value)


def test_every_endpoint_check_speaks_with_one_error():
    """The uploads, the profiles' endpoints and a connection's endpoints refuse plain HTTP to
    another machine with the same error and the same words."""
    url = "http://203.0.113.9:80"
    refusals = []
    for check in (
        lambda: upload.resolve_endpoint(url, None),
        lambda: check_endpoint(url, "oss"),
        lambda: Endpoints("cn-hangzhou", base=url).url("oss"),
    ):
        with pytest.raises(EndpointError) as excinfo:
            check()
        refusals.append((excinfo.value.message, excinfo.value.action, excinfo.value.code))
    assert upload.EndpointError is EndpointError
    assert len(set(refusals)) == 1
    assert refusals[0][2] == "InsecureEndpoint"


def test_endpoint_needs_environment_credentials(store):
    with pytest.raises(NoAccountError, match="--endpoint"):
        connect(env={}, store=store, endpoint="http://127.0.0.1:9")


def test_ram_role_arn_profile_assumes_the_role(sandbox, store):
    main = sandbox.context.account.main_key
    account = sandbox.context.account.account_id
    trust = {
        "Statement": [
            {"Action": "sts:AssumeRole", "Effect": "Allow",
             "Principal": {"RAM": [f"acs:ram::{account}:root"]}}
        ],
        "Version": "1",
    }  # fmt: skip
    base = connect(env=env_for(main), store=store, endpoint=sandbox.endpoint)
    role = base.session.ram().create_role(
        ram_models.CreateRoleRequest(
            role_name="image-builder", assume_role_policy_document=json.dumps(trust)
        )
    )
    arn = role.body.role.arn
    profile = Profile(
        "builder",
        main.access_key_id,
        mode="RamRoleArn",
        ram_role_arn=arn,
        ram_session_name="ci",
        endpoints=dict.fromkeys(("oss", "ecs", "ram", "sts"), sandbox.endpoint),
    )
    store.save(profile, main.access_key_secret)
    connection = connect(env={}, store=store, profile="builder")
    creds = connection.session.credentials
    assert creds.access_key_id.startswith("STS.") and creds.security_token
    identity = AccountService(connection.session).caller_identity()
    assert identity.identity_type == "AssumedRoleUser"
    assert identity.arn.endswith("/image-builder/ci")


def test_sandbox_connection_is_the_apps_own(tmp_path, monkeypatch, store):
    monkeypatch.setenv("IMAGEIMPORTER_HOME", str(tmp_path / "home"))
    connection = connect(sandbox=True, store=store, buckets=("extra-bucket",))
    try:
        assert connection.is_sandbox and connection.endpoint == "sandbox"
        names = {b.name for b in AccountService(connection.session).buckets()}
        assert {"imageimporter-sandbox", "extra-bucket"} <= names
    finally:
        connection.close()


def test_role_credentials_are_renewed_before_they_expire(sandbox, store):
    main = sandbox.context.account.main_key
    account = sandbox.context.account.account_id
    trust = {
        "Statement": [
            {"Action": "sts:AssumeRole", "Effect": "Allow",
             "Principal": {"RAM": [f"acs:ram::{account}:root"]}}
        ],
        "Version": "1",
    }  # fmt: skip
    base = connect(env=env_for(main), store=store, endpoint=sandbox.endpoint).session
    base.ram().create_role(
        ram_models.CreateRoleRequest(
            role_name="follower", assume_role_policy_document=json.dumps(trust)
        )
    )
    profile = Profile(
        "follower", main.access_key_id, mode="RamRoleArn",
        ram_role_arn=f"acs:ram::{account}:role/follower", ram_session_name="follow",
    )  # fmt: skip
    now = [time.time()]
    session = RoleSession(base, profile, clock=lambda: now[0])
    # The expiry is the one STS gave (an hour), not a guess.
    assert abs(session.expires_at - (now[0] + 3600)) < 120
    first = session.credentials
    session.ecs()
    assert session.credentials == first  # not due yet: no new AssumeRole
    now[0] = session.expires_at - REFRESH_BEFORE_EXPIRY_SECONDS + 1
    identity = AccountService(session).caller_identity()  # signed with the renewed ones
    assert session.credentials.access_key_id != first.access_key_id
    assert identity.arn.endswith("/follower/follow")
