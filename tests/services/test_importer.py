"""Pre-flight, submit exactly once, follow, cancel: the import service against the sandbox."""

from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import replace

import pytest

from imageimporter.core.endpoints import Endpoints
from imageimporter.core.error_catalog import Remedy, ServiceError
from imageimporter.core.image_spec import DiskSpec, ImageSpec, Tag
from imageimporter.core.job import new_client_token
from imageimporter.sandbox import FaultRule
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import Credentials
from imageimporter.services.importer import Backoff, ImportService, ImportStatus
from imageimporter.services.role import RoleService

FAST = {"first": 0.05, "ceiling": 0.2}
BUCKET = "images-hz"
needs_qemu = pytest.mark.skipif(shutil.which("qemu-img") is None, reason="needs qemu-img")


@pytest.fixture
def session(sandbox):
    sandbox.create_bucket(BUCKET, "cn-hangzhou")
    creds = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
    return CloudSession(creds, Endpoints("cn-hangzhou", base=sandbox.endpoint))


@pytest.fixture
def qcow2(tmp_path):
    path = tmp_path / "disk.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), "6G"], check=True)
    return path


def put(sandbox, key, source, storage_class="Standard"):
    oss = sandbox.context.products["oss"]
    oss.put_local_object(BUCKET, key, source, storage_class)


def spec(**kwargs):
    base = {
        "region_id": "cn-hangzhou",
        "image_name": "web-server",
        "disks": (DiskSpec(BUCKET, "disk.qcow2", "QCOW2", 10, 6 << 30),),
        "tags": (Tag("env", "test"),),
        "client_token": new_client_token(),
    }
    base.update(kwargs)
    return ImageSpec(**base)


def wait_for_end(service, result) -> list[ImportStatus]:
    seen: list[ImportStatus] = []
    stop = threading.Event()
    timer = threading.Timer(60, stop.set)  # a safety net for a broken test, not a timeout
    timer.start()
    try:
        final = service.follow(
            result.region_id,
            result.task_id,
            result.image_id,
            seen.append,
            stop=stop,
            backoff=Backoff(**FAST),
        )
    finally:
        timer.cancel()
    assert final is not None, "the import did not end"
    return seen


def test_preflight_before_upload_finds_what_would_fail(sandbox, session):
    sandbox.create_bucket("images-sh", "cn-shanghai")
    service = ImportService(session)
    wrong_bucket = spec(disks=(DiskSpec("images-sh", "disk.qcow2", "QCOW2", 10),))
    problems = service.preflight_before_upload(wrong_bucket)
    codes = [p.code for p in problems]
    assert "InvalidOSSBucket.NotFound" in codes
    assert any("cn-shanghai" in p.message for p in problems)
    # The fresh sandbox has no import role: the DryRun says so, with the setup offered.
    role = next(p for p in problems if p.code == "NoSetRoletoECSServiceAcount")
    assert isinstance(role, ServiceError) and role.remedy is Remedy.SETUP_ROLE


def test_preflight_field_errors_come_first_without_calls(sandbox, session):
    sandbox.stats.reset()
    problems = ImportService(session).preflight_before_upload(spec(image_name="1bad"))
    assert [p.code for p in problems] == ["InvalidImageName.Malformed"]
    assert sum(sandbox.stats.requests.values()) == 0


@needs_qemu
def test_preflight_before_submit_checks_the_objects(sandbox, session, qcow2):
    RoleService(session).set_up()
    service = ImportService(session)
    missing = service.preflight_before_submit(spec())
    assert [p.code for p in missing] == ["InvalidOSSObject.NotFound"]
    put(sandbox, "disk.qcow2", b"")
    assert [p.code for p in service.preflight_before_submit(spec())] == ["InvalidOSSObject.Size"]
    put(sandbox, "disk.qcow2", qcow2, "Archive")
    assert [p.code for p in service.preflight_before_submit(spec())] == [
        "InvalidOSSObject.NeedRestore"
    ]
    put(sandbox, "disk.qcow2", qcow2)
    assert service.preflight_before_submit(spec()) == []


@needs_qemu
def test_full_import_with_detection(sandbox, session, qcow2):
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    service = ImportService(session)
    assert service.preflight_before_upload(spec()) == []
    result = service.submit(spec(detection_strategy="Standard"))
    assert result.task_id.startswith("t-") and result.image_id.startswith("m-")
    seen = wait_for_end(service, result)
    final = seen[-1]
    assert final.succeeded and not final.failed
    percents = [s.percent for s in seen]
    assert percents == sorted(percents) and percents[-1] == 100
    assert final.detection and all(item.sentence.endswith(".") for item in final.detection)
    assert service.image_name_taken("cn-hangzhou", "web-server")


@needs_qemu
def test_same_token_never_makes_a_second_import(sandbox, session, qcow2):
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    service = ImportService(session, sleep=lambda s: None)
    the_spec = spec()
    # The first answer is lost on its way back: the task exists, the client does not know.
    sandbox.faults.add(FaultRule(api="ecs:ImportImage", kind="lose", count=1))
    sandbox.faults.add(FaultRule(api="ecs:ImportImage", kind="error", status=503, count=1))
    result = service.submit(the_spec)
    assert result.attempts == 3
    again = service.submit(the_spec)
    assert (again.task_id, again.image_id) == (result.task_id, result.image_id)
    ecs = sandbox.context.products["rpc"].ecs
    assert len([i for i in ecs._images.values() if i.name == "web-server"]) == 1


@needs_qemu
def test_role_propagation_is_waited_out(sandbox, session, qcow2):
    sandbox.context.config.role_propagation_seconds = 1.5
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    result = ImportService(session).submit(spec(), role_just_set_up=True)
    assert result.attempts >= 2


def test_role_error_without_setup_is_not_retried(sandbox, session):
    service = ImportService(session, sleep=lambda s: pytest.fail("no retry expected"))
    with pytest.raises(ServiceError) as excinfo:
        service.submit(spec())
    assert excinfo.value.code == "NoSetRoletoECSServiceAcount"


@needs_qemu
def test_follow_keeps_going_through_network_failures(sandbox, session, qcow2):
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    service = ImportService(session)
    result = service.submit(spec())
    seen: list[ImportStatus] = []
    service.status(result.region_id, result.task_id, result.image_id)
    sandbox.faults.add(FaultRule(api="ecs:DescribeTaskAttribute", kind="drop", count=3, rate=1.0))
    sandbox.faults.add(FaultRule(api="ecs:DescribeImages", kind="error", count=2, rate=1.0))
    final = service.follow(
        result.region_id, result.task_id, result.image_id, seen.append, backoff=Backoff(**FAST)
    )
    assert final is not None and final.succeeded
    assert any(s.reconnecting for s in seen)


@needs_qemu
def test_cancel_mid_import_and_clean_up(sandbox, session, qcow2):
    sandbox.set_import_seconds(60)
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    service = ImportService(session)
    result = service.submit(spec())
    status = service.status(result.region_id, result.task_id, result.image_id)
    assert status.support_cancel and not status.finished
    service.cancel(result.region_id, result.task_id)
    final = wait_for_end(service, result)[-1]
    assert final.cancelled
    deleted = service.delete_objects("cn-hangzhou", [(BUCKET, "disk.qcow2")])
    assert deleted == [f"oss://{BUCKET}/disk.qcow2"]
    assert sandbox.context.products["oss"].object_info(BUCKET, "disk.qcow2") is None


@needs_qemu
def test_forced_failure_has_words(sandbox, session, qcow2):
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    sandbox.fail_imports("ImportImageFailed")
    service = ImportService(session)
    result = service.submit(spec())
    final = wait_for_end(service, result)[-1]
    assert final.failed
    error = final.error()
    assert error is not None and error.code == "ImportImageFailed"
    assert "failed on the service side" in error.message
    service.delete_image(result.region_id, result.image_id)


@needs_qemu
def test_wrong_declared_format_fails_the_task(sandbox, session, qcow2):
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    service = ImportService(session)
    result = service.submit(spec(disks=(DiskSpec(BUCKET, "disk.qcow2", "RAW", 10),)))
    final = wait_for_end(service, result)[-1]
    assert final.failed and final.error_code


@needs_qemu
def test_following_ends_when_the_image_was_deleted_after_the_task(sandbox, session, qcow2):
    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    service = ImportService(session)
    result = service.submit(spec())
    assert wait_for_end(service, result)[-1].succeeded
    service.delete_image(result.region_id, result.image_id)
    final = wait_for_end(service, result)[-1]
    assert final.failed and final.image_gone
    error = final.error()
    assert error is not None and error.code == "InvalidImageId.NotFound"
    assert f"The image {result.image_id} was deleted" in error.message


# The sandbox has no way to put an image in UnAvailable: the classification is checked here.
@pytest.mark.parametrize(
    ("task_status", "image_status", "finished", "failed"),
    [
        ("Processing", "Creating", False, False),
        ("Processing", "UnAvailable", True, True),
        ("Finished", "UnAvailable", True, True),
        ("Finished", "Available", True, False),
        ("Finished", "", True, True),
        ("Processing", "", False, False),
        ("Failed", "CreateFailed", True, True),
    ],
)
def test_which_statuses_end_the_following(task_status, image_status, finished, failed):
    status = ImportStatus("t-1", "m-1", task_status=task_status, image_status=image_status)
    assert (status.finished, status.failed) == (finished, failed)
    if failed and image_status == "UnAvailable":
        error = status.error()
        assert error is not None and error.code == "Image.UnAvailable"
        assert "m-1 became unavailable" in error.message


def test_an_image_that_failed_without_a_task_error_is_said_in_words():
    """The image's status is a code for the JSON, not a word in the sentence."""
    status = ImportStatus("t-1", "m-1", task_status="Finished", image_status="CreateFailed")
    error = status.error()
    assert error is not None and error.code == "Image.CreateFailed"
    assert error.message.startswith("ECS could not create the image m-1:")
    assert "CreateFailed" not in error.message


@needs_qemu
def test_preflight_before_submit_compares_the_object_with_the_upload(sandbox, session, qcow2):
    from imageimporter.core.job import JobDisk
    from imageimporter.services.importer import ObjectChangedError

    RoleService(session).set_up()
    put(sandbox, "disk.qcow2", qcow2)
    service = ImportService(session)
    head = session.oss_bucket(BUCKET).head_object("disk.qcow2")
    crc = int(head.headers["x-oss-hash-crc64ecma"])
    size = qcow2.stat().st_size
    recorded = JobDisk(str(qcow2), BUCKET, "disk.qcow2", size, uploaded=True, crc64=crc)
    assert service.preflight_before_submit(spec(), [recorded]) == []
    replaced = [
        replace(recorded, crc64=crc ^ 1),  # other bytes under the same key
        replace(recorded, crc64=None, file_size=size + 1),  # no CRC64 recorded: the size
    ]
    for disk in replaced:
        [problem] = service.preflight_before_submit(spec(), [disk])
        assert isinstance(problem, ObjectChangedError) and problem.disk_index == 0
        assert "is not the object this job uploaded" in problem.message
