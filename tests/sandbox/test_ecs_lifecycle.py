"""An import over time: progress, Available, failures, cancel, delete, idempotency, restart."""

from __future__ import annotations

from alibabacloud_ecs20140526 import models as ecs_models

from imageimporter.sandbox import Sandbox, SandboxConfig
from tests.polling import wait_until
from tests.sandbox.test_rpc_helpers import (
    REGION,
    all_images,
    clients,
    import_request,
    mbr_disk,
    put_object,
    qemu_image,
    sdk_error,
    setup_import_role,
    task_attribute,
)

Disk = ecs_models.ImportImageRequestDiskDeviceMapping


def _ready(sandbox: Sandbox, seconds: float = 0.8):
    sandbox.set_import_seconds(seconds)
    c = clients(sandbox)
    setup_import_role(c.ram)
    put_object(sandbox, "disk.raw", mbr_disk())
    return c


def test_import_reaches_available_with_increasing_progress(sandbox):
    c = _ready(sandbox, 1.0)
    answer = c.ecs.import_image(
        import_request(
            image_name="web-server",
            platform="Ubuntu",
            detection_strategy="Standard",
            tag=[ecs_models.ImportImageRequestTag(key="team", value="infra")],
        )
    ).body
    assert answer.image_id.startswith("m-bp1") and len(answer.image_id) == 22
    assert answer.task_id.startswith("t-bp1") and answer.region_id == REGION

    # Without Status, only Available images are listed.
    assert all_images(c.ecs, status=None) == []
    first = all_images(c.ecs)[0]
    assert first.status == "Creating"
    task = task_attribute(c.ecs, answer.task_id)
    assert (task.task_status, task.support_cancel, task.task_action) == (
        "Processing",
        "true",
        "ImportImage",
    )

    seen: list[int] = []

    def finished():
        attribute = task_attribute(c.ecs, answer.task_id)
        seen.append(int(attribute.task_process.rstrip("%")))
        return attribute if attribute.task_status == "Finished" else None

    done = wait_until(finished)
    assert seen == sorted(seen) and seen[-1] == 100 and len(set(seen)) > 2
    assert done.finished_time and done.support_cancel == "false"
    operation = done.operation_progress_set.operation_progress[0]
    assert operation.operation_status == "Success"

    image = all_images(c.ecs, status=None)[0]
    assert (image.image_id, image.status, image.progress) == (answer.image_id, "Available", "100%")
    assert (image.image_owner_alias, image.usage, image.is_self_shared) == ("self", "none", "false")
    assert (image.ostype, image.platform, image.architecture, image.boot_mode) == (
        "linux",
        "Ubuntu",
        "x86_64",
        "BIOS",
    )
    assert image.size == 1 and image.creation_time.endswith("Z")
    assert [(t.tag_key, t.tag_value) for t in image.tags.tag] == [("team", "infra")]
    disk = image.disk_device_mappings.disk_device_mapping[0]
    assert (disk.format, disk.progress, disk.remain_time, disk.type) == ("RAW", "100%", 0, "system")
    items = {i.name: i for i in image.detection_options.items.item}
    assert items["partition"].value == "MBR" and items["cloud-init"].risk_level == ""
    assert items["nvme"].risk_code == "NVMe.NotSupported"


def test_same_client_token_gives_the_same_import(sandbox):
    c = _ready(sandbox)
    first = c.ecs.import_image(import_request(client_token="tok-1", image_name="one")).body
    again = c.ecs.import_image(import_request(client_token="tok-1", image_name="one")).body
    assert (again.image_id, again.task_id) == (first.image_id, first.task_id)
    tasks = c.ecs.describe_tasks(ecs_models.DescribeTasksRequest(region_id=REGION)).body
    assert tasks.total_count == 1
    other = sdk_error(
        lambda: c.ecs.import_image(import_request(client_token="tok-1", image_name="two"))
    )
    assert other.code == "IdempotentParameterMismatch"


def test_forced_failure(sandbox):
    c = _ready(sandbox, 0.3)
    sandbox.fail_imports("ImportImageFailed")
    task_id = c.ecs.import_image(import_request()).body.task_id
    failed = wait_until(lambda: (a := task_attribute(c.ecs, task_id)).task_status == "Failed" and a)
    operation = failed.operation_progress_set.operation_progress[0]
    assert (operation.operation_status, operation.error_code) == ("Failed", "ImportImageFailed")
    assert operation.error_msg.startswith("Importing image is failed")
    assert all_images(c.ecs)[0].status == "CreateFailed"


def _failure_of(c, key: str, **disk_fields) -> str:
    disk = Disk(ossbucket="images-hz", ossobject=key, **disk_fields)
    task_id = c.ecs.import_image(import_request(disk_device_mapping=[disk])).body.task_id
    attribute = wait_until(
        lambda: (a := task_attribute(c.ecs, task_id)).task_status != "Processing" and a
    )
    operation = attribute.operation_progress_set.operation_progress[0]
    return f"{attribute.task_status}:{operation.error_code}"


def test_image_contents_decide_the_outcome(sandbox, tmp_path):
    c = _ready(sandbox, 0.2)
    qcow2 = qemu_image(tmp_path, "qcow2", "2G")
    put_object(sandbox, "disk.qcow2", qcow2)
    truncated = qcow2.read_bytes()[:1024]
    put_object(sandbox, "cut.qcow2", truncated)
    vhd = qemu_image(tmp_path, "vpc", "64M", "-o", "subformat=fixed")
    put_object(sandbox, "disk.vhd", vhd)
    put_object(sandbox, "disk.gz", b"\x1f\x8b\x08" + bytes(600))

    assert _failure_of(c, "disk.raw", format="QCOW2") == "Failed:InvalidImageFormat.NotMatch"
    assert _failure_of(c, "disk.qcow2", format="QCOW2") == "Finished:"
    assert _failure_of(c, "disk.qcow2") == "Finished:"
    assert _failure_of(c, "disk.qcow2", disk_image_size=1) == "Failed:InvalidImageSize"
    assert _failure_of(c, "cut.qcow2") == "Failed:InvalidImage.Corrupted"
    assert _failure_of(c, "disk.vhd", format="VHD") == "Finished:"
    assert _failure_of(c, "disk.gz") == "Failed:InvalidImageFormat.NotSupported"
    formats = {
        i.disk_device_mappings.disk_device_mapping[
            0
        ].import_ossobject: i.disk_device_mappings.disk_device_mapping[0].format
        for i in all_images(c.ecs, status="Available")
    }
    assert formats == {"disk.qcow2": "QCOW2", "disk.vhd": "VHD"}


def test_cancel_and_delete(sandbox):
    c = _ready(sandbox, 30)
    answer = c.ecs.import_image(import_request(image_name="slow-one")).body
    busy = sdk_error(
        lambda: c.ecs.delete_image(
            ecs_models.DeleteImageRequest(region_id=REGION, image_id=answer.image_id)
        )
    )
    assert (busy.status_code, busy.code) == (403, "ImageIsImporting")
    c.ecs.cancel_task(ecs_models.CancelTaskRequest(region_id=REGION, task_id=answer.task_id))
    task = task_attribute(c.ecs, answer.task_id)
    assert (task.task_status, task.support_cancel) == ("Deleted", "false")
    assert all_images(c.ecs) == []
    again = sdk_error(
        lambda: c.ecs.cancel_task(
            ecs_models.CancelTaskRequest(region_id=REGION, task_id=answer.task_id)
        )
    )
    assert (again.status_code, again.code) == (403, "IncorrectTaskStatus")
    unknown = sdk_error(lambda: task_attribute(c.ecs, "t-bp1doesnotexist000"))
    assert (unknown.status_code, unknown.code) == (404, "InvalidTaskId.NotFound")

    sandbox.set_import_seconds(0.1)
    done = c.ecs.import_image(import_request(image_name="slow-one")).body
    wait_until(lambda: all_images(c.ecs, status=None))
    c.ecs.delete_image(ecs_models.DeleteImageRequest(region_id=REGION, image_id=done.image_id))
    assert all_images(c.ecs) == []
    missing = sdk_error(
        lambda: c.ecs.delete_image(
            ecs_models.DeleteImageRequest(region_id=REGION, image_id=done.image_id)
        )
    )
    assert (missing.status_code, missing.code) == (404, "InvalidImageId.NotFound")


def test_describe_filters_and_pages(sandbox):
    c = _ready(sandbox, 30)
    ids = [c.ecs.import_image(import_request(image_name=f"img-{n}")).body for n in range(3)]
    tasks = c.ecs.describe_tasks(
        ecs_models.DescribeTasksRequest(region_id=REGION, page_size=2, page_number=2)
    ).body
    assert (tasks.total_count, len(tasks.task_set.task), tasks.page_number) == (3, 1, 2)
    chosen = c.ecs.describe_tasks(
        ecs_models.DescribeTasksRequest(
            region_id=REGION,
            task_ids=f"{ids[0].task_id},{ids[2].task_id}",
            task_status="Processing",
        )
    ).body
    assert {t.task_id for t in chosen.task_set.task} == {ids[0].task_id, ids[2].task_id}
    finished = c.ecs.describe_tasks(
        ecs_models.DescribeTasksRequest(region_id=REGION, task_status="Finished")
    ).body
    assert finished.total_count == 0
    by_id = all_images(c.ecs, image_id=ids[1].image_id)
    assert [i.image_name for i in by_id] == ["img-1"]
    assert [i.image_id for i in all_images(c.ecs, image_name="img-2")] == [ids[2].image_id]
    assert all_images(c.ecs, image_owner_alias="system") == []
    page = c.ecs.describe_images(
        ecs_models.DescribeImagesRequest(region_id=REGION, status="Creating", page_size=2)
    ).body
    assert (page.total_count, len(page.images.image)) == (3, 2)


def test_describe_regions_in_english(sandbox):
    regions = (
        clients(sandbox)
        .ecs.describe_regions(ecs_models.DescribeRegionsRequest(accept_language="en-US"))
        .body.regions.region
    )
    names = {r.region_id: (r.local_name, r.status) for r in regions}
    assert names["cn-hangzhou"] == ("China (Hangzhou)", "available")
    assert "cn-nanjing" in names


def test_running_import_continues_after_restart(tmp_path):
    config = SandboxConfig(data_dir=tmp_path, import_seconds=1.0)
    with Sandbox(config) as first:
        c = _ready(first, 1.0)
        answer = c.ecs.import_image(import_request(image_name="survivor")).body
        assert task_attribute(c.ecs, answer.task_id).task_status == "Processing"
    with Sandbox(SandboxConfig(data_dir=tmp_path)) as second:
        c = clients(second)
        assert task_attribute(c.ecs, answer.task_id).task_status in ("Processing", "Finished")
        wait_until(lambda: task_attribute(c.ecs, answer.task_id).task_status == "Finished")
        image = all_images(c.ecs, status=None)[0]
        assert (image.image_id, image.image_name) == (answer.image_id, "survivor")
