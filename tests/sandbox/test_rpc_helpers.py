"""Shared helpers for the RPC product tests (ECS, RAM, STS): official SDK clients, the import
role setup, seeding OSS objects and waiting on conditions. Also tests of the helpers' signer."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

import pytest
from alibabacloud_ecs20140526 import models as ecs_models
from alibabacloud_ecs20140526.client import Client as EcsClient
from alibabacloud_ram20150501 import models as ram_models
from alibabacloud_ram20150501.client import Client as RamClient
from alibabacloud_sts20150401.client import Client as StsClient
from alibabacloud_tea_openapi.exceptions import ClientException, ServerException
from alibabacloud_tea_openapi.models import Config

from imageimporter.sandbox import Sandbox

REGION = "cn-hangzhou"
BUCKET = "images-hz"
IMPORT_ROLE = "AliyunECSImageImportDefaultRole"
ECS_TRUST = json.dumps(
    {
        "Statement": [
            {
                "Action": "sts:AssumeRole",
                "Effect": "Allow",
                "Principal": {"Service": ["ecs.aliyuncs.com"]},
            }
        ],
        "Version": "1",
    }
)
MIB = 1 << 20
T = TypeVar("T")


@dataclass
class Clients:
    ecs: EcsClient
    ram: RamClient
    sts: StsClient


def sdk_config(
    sandbox: Sandbox, key_id: str | None = None, secret: str | None = None, token: str | None = None
) -> Config:
    return Config(
        access_key_id=key_id or sandbox.access_key_id,
        access_key_secret=secret or sandbox.access_key_secret,
        security_token=token,
        endpoint=sandbox.host_port,
        protocol="http",
        region_id=REGION,
        read_timeout=5000,
        connect_timeout=2000,
    )


def clients(
    sandbox: Sandbox, key_id: str | None = None, secret: str | None = None, token: str | None = None
) -> Clients:
    config = lambda: sdk_config(sandbox, key_id, secret, token)  # noqa: E731
    return Clients(EcsClient(config()), RamClient(config()), StsClient(config()))


def sdk_error(call: Callable[[], Any]) -> ClientException | ServerException:
    """The SDK exception a call raises (the test fails if it succeeds)."""
    with pytest.raises((ClientException, ServerException)) as info:
        call()
    error = info.value
    assert isinstance(error, ClientException | ServerException)
    return error


def setup_import_role(ram: RamClient, policy: str = "AliyunECSImageImportRolePolicy") -> None:
    ram.create_role(
        ram_models.CreateRoleRequest(role_name=IMPORT_ROLE, assume_role_policy_document=ECS_TRUST)
    )
    ram.attach_policy_to_role(
        ram_models.AttachPolicyToRoleRequest(
            policy_type="System", policy_name=policy, role_name=IMPORT_ROLE
        )
    )


def put_object(
    sandbox: Sandbox, key: str, data: bytes | Path, bucket: str = BUCKET, storage: str = "Standard"
) -> None:
    sandbox.create_bucket(bucket, REGION)
    oss = sandbox.context.products["oss"]
    oss.put_local_object(bucket, key, data, storage)  # type: ignore[attr-defined]


def mbr_disk(size: int = MIB) -> bytes:
    disk = bytearray(size)
    disk[510:512] = b"\x55\xaa"
    return bytes(disk)


def qemu_image(tmp_path: Path, fmt: str, size: str, *options: str) -> Path:
    path = tmp_path / f"disk-{uuid.uuid4().hex[:6]}.{fmt}"
    subprocess.run(
        ["/usr/bin/qemu-img", "create", "-q", "-f", fmt, *options, str(path), size],
        check=True,
        capture_output=True,
    )
    return path


def import_request(key: str = "disk.raw", **overrides: Any) -> ecs_models.ImportImageRequest:
    disk = ecs_models.ImportImageRequestDiskDeviceMapping(ossbucket=BUCKET, ossobject=key)
    fields: dict[str, Any] = {"region_id": REGION, "disk_device_mapping": [disk]}
    fields.update(overrides)
    return ecs_models.ImportImageRequest(**fields)


def task_attribute(ecs: EcsClient, task_id: str) -> Any:
    return ecs.describe_task_attribute(
        ecs_models.DescribeTaskAttributeRequest(region_id=REGION, task_id=task_id)
    ).body


def all_images(ecs: EcsClient, **filters: Any) -> list[Any]:
    status = "Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated"
    filters.setdefault("status", status)
    body = ecs.describe_images(ecs_models.DescribeImagesRequest(region_id=REGION, **filters)).body
    return list(body.images.image or [])


def signed_request(
    sandbox: Sandbox,
    action: str,
    version: str,
    params: dict[str, str],
    *,
    nonce: str | None = None,
    secret: str | None = None,
) -> urllib.request.Request:
    """An ACS3-HMAC-SHA256 request signed by hand (independently of the SDK and the sandbox)."""
    headers = {
        "host": sandbox.host_port,
        "content-type": "application/x-www-form-urlencoded",
        "x-acs-action": action,
        "x-acs-version": version,
        "x-acs-date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "x-acs-signature-nonce": nonce or uuid.uuid4().hex,
        "x-acs-content-sha256": hashlib.sha256(b"").hexdigest(),
    }
    query = "&".join(f"{k}={quote(v, safe='~')}" for k, v in sorted(params.items()))
    names = sorted(headers)
    canonical = "\n".join(
        [
            "POST",
            "/",
            query,
            "".join(f"{n}:{headers[n]}\n" for n in names),
            ";".join(names),
            headers["x-acs-content-sha256"],
        ]
    )
    to_sign = "ACS3-HMAC-SHA256\n" + hashlib.sha256(canonical.encode()).hexdigest()
    signature = hmac.new(
        (secret or sandbox.access_key_secret).encode(), to_sign.encode(), hashlib.sha256
    ).hexdigest()
    headers["Authorization"] = (
        f"ACS3-HMAC-SHA256 Credential={sandbox.access_key_id},"
        f"SignedHeaders={';'.join(names)},Signature={signature}"
    )
    url = f"{sandbox.endpoint}/?{urlencode(params)}"
    return urllib.request.Request(url, data=b"", method="POST", headers=headers)


def send(request: urllib.request.Request) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read())


def test_hand_signed_request_is_accepted(sandbox: Sandbox) -> None:
    status, body = send(signed_request(sandbox, "DescribeRegions", "2014-05-26", {}))
    assert status == 200
    assert body["RequestId"]
    assert len(body["Regions"]["Region"]) >= 8
