"""A RamRoleArn profile's STS credentials are renewed before they expire during an upload,
against the sandbox's STS (AssumeRole with DurationSeconds), whose OSS enforces the expiry."""

from __future__ import annotations

import json
import time
from pathlib import Path

import oss2
import pytest
from alibabacloud_ram20150501 import models as ram_models

from imageimporter.core.checkpoint import UploadCheckpoint
from imageimporter.core.crc64 import crc64
from imageimporter.sandbox import Sandbox
from imageimporter.services import connect as connect_module
from imageimporter.services.connect import REFRESH_BEFORE_EXPIRY_SECONDS, RoleSession, connect
from imageimporter.services.credentials import CredentialStore, Profile
from imageimporter.services.upload import SessionCredentials, Upload, UploadOptions
from tests.services.upload_helpers import (
    BUCKET,
    FAST_RETRY,
    HookStore,
    Recorder,
    stored_crc,
    target_of,
    write_random,
)

KiB = 1024
MiB = 1024 * KiB


def role_session(sandbox: Sandbox, tmp_path: Path, now: list[float]) -> RoleSession:
    main = sandbox.context.account.main_key
    account = sandbox.context.account.account_id
    trust = {
        "Statement": [
            {"Action": "sts:AssumeRole", "Effect": "Allow",
             "Principal": {"RAM": [f"acs:ram::{account}:root"]}}
        ],
        "Version": "1",
    }  # fmt: skip
    env = {
        "ALIBABA_CLOUD_ACCESS_KEY_ID": main.access_key_id,
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": main.access_key_secret,
    }
    store = CredentialStore(tmp_path / "profiles.json")
    base = connect(env=env, store=store, endpoint=sandbox.endpoint).session
    base.ram().create_role(
        ram_models.CreateRoleRequest(
            role_name="uploader", assume_role_policy_document=json.dumps(trust)
        )
    )
    profile = Profile(
        "uploader", main.access_key_id, mode="RamRoleArn",
        ram_role_arn=f"acs:ram::{account}:role/uploader", ram_session_name="upload",
    )  # fmt: skip
    return RoleSession(base, profile, clock=lambda: now[0])


def test_role_credentials_are_renewed_ahead_of_expiry_without_a_failed_request(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shortest session STS grants, 15 minutes; the server's clock moves within the 15
    # minutes of skew OSS accepts: first 500 s behind this computer's, then 600 s ahead.
    monkeypatch.setattr(connect_module, "ROLE_SESSION_SECONDS", 900)
    sandbox.context.clock = lambda: time.time() - 500
    now = [time.time()]
    session = role_session(sandbox, tmp_path, now)
    first = session.credentials
    assert abs(session.expires_at - (now[0] + 400)) < 60
    assert now[0] < session.expires_at - REFRESH_BEFORE_EXPIRY_SECONDS  # not due yet
    data = write_random(tmp_path / "disk.img", 2 * MiB)
    store = HookStore(tmp_path / "checkpoints")
    jumped: list[bool] = []

    def an_hour_passes(checkpoint: UploadCheckpoint) -> None:
        if len(checkpoint.parts) == 3 and not jumped:
            jumped.append(True)
            # Eleven minutes pass, here and on the server: the first credentials expired.
            sandbox.context.clock = lambda: time.time() + 600
            now[0] += 600

    store.hook = an_hour_passes
    recorder = Recorder()
    result = Upload(
        tmp_path / "disk.img",
        target_of(sandbox),
        "disk.img",
        SessionCredentials(session),
        # One part at a time: no request is on the wire when the hour passes.
        options=UploadOptions(part_size=256 * KiB, threads=1, retry=FAST_RETRY),
        listener=recorder,
        store=store,
    ).run()
    assert jumped
    assert session.credentials.access_key_id != first.access_key_id
    assert result.retries == 0  # renewed before a request was refused, not after
    assert "expired" not in recorder.text()
    assert result.crc64 == crc64(data) == stored_crc(sandbox)
    # The first credentials were really refused by then.
    stale = oss2.Bucket(
        oss2.StsAuth(first.access_key_id, first.access_key_secret, first.security_token or ""),
        sandbox.endpoint,
        BUCKET,
    )
    with pytest.raises(oss2.exceptions.OssError) as refused:
        stale.get_object("disk.img")
    stale.session.session.close()
    assert refused.value.code == "SecurityTokenExpired"
