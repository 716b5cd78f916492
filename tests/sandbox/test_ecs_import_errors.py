"""Every ImportImage error code of ImportImage.md and api-notes.md, table-driven, plus DryRun."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alibabacloud_ecs20140526 import models as ecs_models

from imageimporter.sandbox import Sandbox, SandboxConfig
from tests.sandbox.test_rpc_helpers import (
    BUCKET,
    REGION,
    Clients,
    clients,
    import_request,
    mbr_disk,
    put_object,
    sdk_error,
    setup_import_role,
)

Disk = ecs_models.ImportImageRequestDiskDeviceMapping
Tag = ecs_models.ImportImageRequestTag


def _disk(**fields: Any) -> Disk:
    values = {"ossbucket": BUCKET, "ossobject": "disk.raw"}
    values.update(fields)
    return Disk(**values)


def _tags(*pairs: tuple[str, str]) -> list[Tag]:
    return [Tag(key=k, value=v) for k, v in pairs]


# (case id, ImportImage fields, HTTP status, code, message fragment)
CASES: list[tuple[str, dict[str, Any], int, str, str]] = [
    ("no-region", {"region_id": None}, 400, "MissingParameter", '"RegionId"'),
    ("unknown-region", {"region_id": "xx-nowhere-1"}, 400, "InvalidRegionId.NotFound", ""),
    ("no-import-region", {"region_id": "cn-nanjing"}, 400, "InvalidRegion.NotSupport", ""),
    (
        "no-disks",
        {"disk_device_mapping": None},
        403,
        "MissingParameter.DiskDeviceMapping",
        "DiskDeviceMapping",
    ),
    (
        "no-bucket",
        {"disk_device_mapping": [_disk(ossbucket=None)]},
        400,
        "MissingParameter",
        '"DiskDeviceMapping.1.OSSBucket"',
    ),
    (
        "no-object",
        {"disk_device_mapping": [_disk(ossobject=None)]},
        400,
        "MissingParameter",
        '"DiskDeviceMapping.1.OSSObject"',
    ),
    (
        "object-malformed",
        {"disk_device_mapping": [_disk(ossobject="/abs/key")]},
        400,
        "InvalidOSSObject.Malformed",
        "",
    ),
    ("name-short", {"image_name": "a"}, 400, "InvalidImageName.Malformed", ""),
    ("name-digit", {"image_name": "1abc"}, 400, "InvalidImageName.Malformed", ""),
    ("name-http", {"image_name": "http://x"}, 400, "InvalidImageName.Malformed", ""),
    ("name-aliyun", {"image_name": "aliyun-img"}, 400, "InvalidImageName.Malformed", ""),
    ("name-newline", {"image_name": "good-name\n"}, 400, "InvalidImageName.Malformed", ""),
    ("description", {"description": "https://spam"}, 400, "InvalidDescription.Malformed", ""),
    ("architecture", {"architecture": "sparc"}, 400, "InvalidArchitecture.Malformed", ""),
    (
        "arm-windows",
        {"architecture": "arm64", "platform": "Windows Server 2019", "boot_mode": "UEFI"},
        400,
        "InvalidArchitecture.PlatformUnsupported",
        "",
    ),
    ("platform", {"platform": "TempleOS"}, 400, "InvalidPlatform.Malformed", ""),
    ("os-type", {"ostype": "plan9"}, 400, "InvalidOSType.Malformed", ""),
    (
        "system-size",
        {"disk_device_mapping": [_disk(disk_image_size=4096)]},
        400,
        "InvalidImageSize",
        "",
    ),
    (
        "data-size",
        {"disk_device_mapping": [_disk(), _disk(disk_image_size=0, ossobject="data.raw")]},
        400,
        "InvalidDataDiskSize",
        "",
    ),
    (
        "format",
        {"disk_device_mapping": [_disk(format="ISO")]},
        400,
        "InvalidImageFormat.Malformed",
        "",
    ),
    (
        "format-preview",
        {"disk_device_mapping": [_disk(format="VMDK")]},
        400,
        "InvalidImageFormat.RegionNotSupported",
        "",
    ),
    (
        "device",
        {"disk_device_mapping": [_disk(device="sda")]},
        403,
        "InvalidParameter.Malformed",
        "Device",
    ),
    ("license", {"license_type": "Free"}, 400, "InvalidLicenseType.NotSupported", ""),
    (
        "license-byol",
        {"license_type": "Aliyun", "platform": "Others Linux"},
        400,
        "InvalidLicenseType.BYOLOnly",
        "Only BYOL",
    ),
    ("boot-mode", {"boot_mode": "Legacy"}, 400, "InvalidBootMode.Malformed", ""),
    (
        "arm-bios",
        {"architecture": "arm64", "boot_mode": "BIOS"},
        400,
        "InvalidBootMode.NotSupport",
        "",
    ),
    (
        "tag-duplicate",
        {"tag": _tags(("Env", "a"), ("env", "b"))},
        400,
        "TagKey.Duplication",
        "",
    ),
    ("tag-key-acs", {"tag": _tags(("acs:x", "a"))}, 400, "InvalidTagKey.Malformed", ""),
    ("tag-value-url", {"tag": _tags(("k", "http://x"))}, 400, "InvalidTagValue.Malformed", ""),
    (
        "tag-count",
        {"tag": _tags(*[(f"k{i}", "v") for i in range(21)])},
        400,
        "InvalidTagCount",
        "",
    ),
    ("client-token", {"client_token": "x" * 65}, 400, "InvalidClientToken.Malformed", ""),
    (
        "resource-group",
        {"resource_group_id": "rg-unknown"},
        404,
        "InvalidResourceGroup.NotFound",
        "",
    ),
    (
        "detection-windows",
        {"detection_strategy": "Standard", "ostype": "windows", "platform": "Windows Server 2022"},
        400,
        "ImageCheckUnsupported.WindowsImage",
        "",
    ),
    (
        "features",
        {"features": ecs_models.ImportImageRequestFeatures(nvme_support="maybe")},
        400,
        "InvalidParameter",
        "Features.NvmeSupport",
    ),
    (
        "bucket-missing",
        {"disk_device_mapping": [_disk(ossbucket="no-such-bucket")]},
        400,
        "InvalidOSSBucket.NotFound",
        "does not exist in this region",
    ),
    (
        "bucket-other-region",
        {"disk_device_mapping": [_disk(ossbucket="images-sh")]},
        400,
        "InvalidOSSBucket.NotFound",
        "",
    ),
    (
        "object-missing",
        {"disk_device_mapping": [_disk(ossobject="nothing.raw")]},
        400,
        "InvalidOSSObject.NotFound",
        "does not exist in this region",
    ),
    (
        "object-empty",
        {"disk_device_mapping": [_disk(ossobject="empty.raw")]},
        400,
        "InvalidOSSObject.Size",
        "",
    ),
    (
        "object-archived",
        {"disk_device_mapping": [_disk(ossobject="archived.raw")]},
        400,
        "InvalidOSSObject.NeedRestore",
        "",
    ),
]


def _seed(sandbox: Sandbox) -> Clients:
    """The import role, a bucket per region and a few objects."""
    c = clients(sandbox)
    setup_import_role(c.ram)
    put_object(sandbox, "disk.raw", mbr_disk())
    put_object(sandbox, "data.raw", mbr_disk())
    put_object(sandbox, "empty.raw", b"")
    put_object(sandbox, "archived.raw", mbr_disk(), storage="Archive")
    sandbox.create_bucket("images-sh", "cn-shanghai")
    return c


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clients]:
    """One seeded sandbox for the error table: failed calls change nothing."""
    config = SandboxConfig(data_dir=tmp_path_factory.mktemp("ecs-errors"), import_seconds=2.0)
    with Sandbox(config) as cloud:
        yield _seed(cloud)


@pytest.fixture
def ready(sandbox: Sandbox) -> Clients:
    return _seed(sandbox)


@pytest.mark.parametrize(
    ("fields", "status", "code", "fragment"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_import_image_error(shared, fields, status, code, fragment):
    error = sdk_error(lambda: shared.ecs.import_image(import_request(**fields)))
    assert (error.status_code, error.code) == (status, code)
    assert fragment in error.data["Message"]
    assert error.data["HostId"] == "ecs.aliyuncs.com"
    assert error.data["RequestId"]


def test_object_that_cannot_be_read_is_not_found_with_the_other_message(sandbox, ready):
    put_object(sandbox, "vanishing.raw", mbr_disk())
    info = sandbox.context.products["oss"].object_info(BUCKET, "vanishing.raw")  # type: ignore[attr-defined]
    info.files[0].unlink()
    error = sdk_error(lambda: ready.ecs.import_image(import_request("vanishing.raw")))
    assert error.code == "InvalidOSSObject.NotFound"
    assert "cannot be retrieved" in error.data["Message"]


def test_duplicated_name_and_image_quota(sandbox, ready):
    ready.ecs.import_image(import_request(image_name="first-image"))
    duplicate = sdk_error(lambda: ready.ecs.import_image(import_request(image_name="first-image")))
    assert (duplicate.status_code, duplicate.code) == (400, "InvalidImageName.Duplicated")
    sandbox.context.config.image_quota = 1
    quota = sdk_error(lambda: ready.ecs.import_image(import_request(image_name="second")))
    assert (quota.status_code, quota.code) == (403, "QuotaExceed.Image")


def test_no_role_is_no_set_role_to_ecs_service_account(sandbox):
    c = clients(sandbox)
    put_object(sandbox, "disk.raw", mbr_disk())
    error = sdk_error(lambda: c.ecs.import_image(import_request()))
    assert (error.status_code, error.code) == (403, "NoSetRoletoECSServiceAcount")
    # A role with the right trust but no policy is not enough either.
    from alibabacloud_ram20150501 import models as ram_models

    from tests.sandbox.test_rpc_helpers import ECS_TRUST, IMPORT_ROLE

    c.ram.create_role(
        ram_models.CreateRoleRequest(role_name=IMPORT_ROLE, assume_role_policy_document=ECS_TRUST)
    )
    assert sdk_error(lambda: c.ecs.import_image(import_request())).code == (
        "NoSetRoletoECSServiceAcount"
    )
    c.ram.attach_policy_to_role(
        ram_models.AttachPolicyToRoleRequest(
            policy_type="System",
            policy_name="AliyunECSImageExportRolePolicy",
            role_name=IMPORT_ROLE,
        )
    )
    assert sdk_error(lambda: c.ecs.import_image(import_request())).code == (
        "NoSetRoletoECSServiceAcount"
    )


@pytest.fixture
def sandbox_config(tmp_path):
    return SandboxConfig(
        data_dir=tmp_path / "sandbox", import_seconds=2.0, seed=1, role_propagation_seconds=0.0
    )


def test_role_is_usable_only_after_propagation(sandbox):
    sandbox.context.config.role_propagation_seconds = 0.6
    c = clients(sandbox)
    put_object(sandbox, "disk.raw", mbr_disk())
    setup_import_role(c.ram)
    early = sdk_error(lambda: c.ecs.import_image(import_request()))
    assert early.code == "NoSetRoletoECSServiceAcount"
    from tests.polling import wait_until

    def accepted():
        try:
            return c.ecs.import_image(import_request()).body.image_id
        except Exception:
            return None

    assert wait_until(accepted, timeout=5).startswith("m-bp1")


def test_dry_run_checks_role_and_parameters_without_importing(sandbox):
    c = clients(sandbox)
    no_role = sdk_error(lambda: c.ecs.import_image(import_request(dry_run=True)))
    assert no_role.code == "NoSetRoletoECSServiceAcount"
    setup_import_role(c.ram)
    passed = sdk_error(lambda: c.ecs.import_image(import_request(dry_run=True)))
    assert (passed.status_code, passed.code) == (400, "DryRunOperation")
    assert passed.data["Message"] == "Request validation has been passed with DryRun flag set."
    missing = sdk_error(
        lambda: c.ecs.import_image(import_request(dry_run=True, disk_device_mapping=None))
    )
    assert missing.code == "MissingParameter.DiskDeviceMapping"
    tasks = c.ecs.describe_tasks(ecs_models.DescribeTasksRequest(region_id=REGION)).body
    assert tasks.total_count == 0
