"""The whole import as a job, in-process against the sandbox: success, input errors, the role,
a failed import, cancel with clean-up, and a stopped upload carried on."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from imageimporter.core.endpoints import Endpoints
from imageimporter.core.error_catalog import ServiceError
from imageimporter.core.errors import AppError
from imageimporter.core.image_spec import Tag
from imageimporter.core.import_request import ImageRequest
from imageimporter.core.job import JobState
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import Credentials
from imageimporter.services.importer import ALL_IMAGE_STATUSES, Backoff
from imageimporter.services.job_store import JobStore
from imageimporter.services.pipeline import ImportPipeline, InputError, Until
from imageimporter.services.pipeline_events import JobChanged, UploadProgress, ignore
from imageimporter.services.upload import UploadOptions

pytestmark = pytest.mark.skipif(shutil.which("qemu-img") is None, reason="needs qemu-img")
BUCKET = "images-hz"


def qemu_image(path, fmt="qcow2", size="6G"):
    subprocess.run(["qemu-img", "create", "-q", "-f", fmt, str(path), size], check=True)
    return path


@pytest.fixture
def pipeline(sandbox, tmp_path):
    sandbox.create_bucket(BUCKET, "cn-hangzhou")
    creds = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
    session = CloudSession(creds, Endpoints("cn-hangzhou", base=sandbox.endpoint))
    store = JobStore(tmp_path / "jobs.sqlite3")
    return ImportPipeline(store, session, follow_backoff=lambda: Backoff(first=0.05, ceiling=0.2))


def request(tmp_path, **kwargs):
    base = {
        "system_disk": qemu_image(tmp_path / "system.qcow2"),
        "bucket": BUCKET,
        "region_id": "cn-hangzhou",
        "image_name": "web-server",
    }
    base.update(kwargs)
    return ImageRequest(**base)


def images_named(pipeline, name):
    """The images of that name in any status, as DescribeImages reports them."""
    from alibabacloud_ecs20140526 import models

    request = models.DescribeImagesRequest(
        region_id="cn-hangzhou", image_name=name, status=ALL_IMAGE_STATUSES
    )
    body = pipeline.session.ecs().describe_images(request).body
    return body.images.image


def test_system_disk_two_data_disks_and_tags(sandbox, pipeline, tmp_path):
    data = (
        qemu_image(tmp_path / "data1.qcow2", size="5G"),
        qemu_image(tmp_path / "data2.vhd", "vpc", "5G"),
    )
    job = pipeline.prepare(
        request(tmp_path, data_disks=data, tags=(Tag("env", "test"), Tag("team", "ops")))
    )
    assert job.state is JobState.DRAFT and len(job.disks) == 3
    assert [d.import_format for d in job.disks] == ["QCOW2", "QCOW2", "VHD"]
    done = pipeline.run(job.id, setup_role=True)
    assert done.state is JobState.SUCCEEDED, done.last_error
    assert done.task_id and done.image_id
    assert [t.to_state for t in pipeline.store.history(job.id)] == [
        JobState.DRAFT, JobState.UPLOADING, JobState.UPLOADED, JobState.SUBMITTING,
        JobState.IMPORTING, JobState.SUCCEEDED,
    ]  # fmt: skip
    (image,) = images_named(pipeline, "web-server")
    assert image.status == "Available" and image.image_id == done.image_id
    oss = sandbox.context.products["oss"]
    for disk in done.disks:
        assert disk.uploaded and oss.object_info(BUCKET, disk.key).crc64 == disk.crc64


def test_every_input_problem_at_once_and_nothing_sent(sandbox, pipeline, tmp_path):
    notes = tmp_path / "notes.txt"  # not a disk: no reader converts it either
    notes.write_text("not a disk image\n" * 100)
    sandbox.stats.reset()
    with pytest.raises(InputError) as excinfo:
        pipeline.prepare(
            request(tmp_path, image_name="1-bad", data_disks=(notes,), tags=(Tag("acs:x"),))
        )
    problems = excinfo.value.problems
    assert any("Data disk 1" in p and "notes.txt" in p for p in problems), problems
    assert any(p.startswith("ImageName:") for p in problems)
    assert any(p.startswith("Tag.1.Key:") for p in problems)
    assert pipeline.store.jobs() == []
    assert sum(sandbox.stats.requests.values()) == 0


def test_missing_role_fails_then_setup_resumes(sandbox, pipeline, tmp_path):
    job = pipeline.prepare(request(tmp_path))
    with pytest.raises(ServiceError) as excinfo:
        pipeline.run(job.id)
    assert excinfo.value.code == "NoSetRoletoECSServiceAcount"
    assert "--setup-role" in excinfo.value.action
    failed = pipeline.store.get(job.id)
    assert (
        failed.state is JobState.FAILED and failed.last_error.code == "NoSetRoletoECSServiceAcount"
    )
    done = pipeline.run(job.id, setup_role=True)
    assert done.state is JobState.SUCCEEDED


def test_injected_import_failure_is_mapped(sandbox, pipeline, tmp_path):
    sandbox.fail_imports("ImportImageFailed")
    job = pipeline.run(pipeline.prepare(request(tmp_path)).id, setup_role=True)
    assert job.state is JobState.FAILED
    assert job.last_error.code == "ImportImageFailed"
    assert "failed on the service side" in job.last_error.message


def test_cancel_mid_import_with_clean_up(sandbox, pipeline, tmp_path):
    sandbox.set_import_seconds(60)
    job = pipeline.prepare(request(tmp_path))
    job = pipeline.run(job.id, setup_role=True, until=Until.SUBMITTED)
    assert job.state is JobState.IMPORTING
    cancelled, removed = pipeline.cancel(job.id, cleanup=True)
    assert cancelled.state is JobState.CANCELLED
    assert f"oss://{BUCKET}/{job.disks[0].key}" in removed
    assert sandbox.context.products["oss"].object_info(BUCKET, job.disks[0].key) is None


def test_stopped_upload_carries_on_without_resending(sandbox, pipeline, tmp_path):
    size, part, threads = 24 << 20, 1 << 20, 2
    disk = tmp_path / "system.raw"
    disk.write_bytes(bytes(range(256)) * (size // 256))  # data that does not compress to holes
    subprocess.run(["sfdisk", "-q", str(disk)], input=b"start=2048, type=83\n", check=True)
    pipeline.upload_options = UploadOptions(part_size=part, threads=threads)
    sandbox.set_bandwidth(6 << 20)
    job = pipeline.prepare(request(tmp_path, system_disk=disk))

    def stop_after_a_third(event):
        if isinstance(event, UploadProgress) and event.progress.done >= size // 3:
            pipeline.stop()

    pipeline.listener = stop_after_a_third
    stopped = pipeline.run(job.id, setup_role=True)
    assert stopped.state is JobState.UPLOADING
    sent_before = sandbox.stats.bytes_received["oss:UploadPart"]
    assert 0 < sent_before < size
    pipeline.listener = ignore
    sandbox.set_bandwidth(None)
    sandbox.stats.reset()
    done = pipeline.run(job.id)
    assert done.state is JobState.SUCCEEDED
    resent = sandbox.stats.bytes_received["oss:UploadPart"]
    # Only what was not confirmed goes again: at most the parts in flight when it stopped.
    assert size <= sent_before + resent <= size + threads * part


def test_upload_first_then_named_and_run_to_the_end_as_the_wizard_does(sandbox, pipeline, tmp_path):
    from dataclasses import replace

    from imageimporter.core.disk_plan import plan_disk
    from imageimporter.core.import_request import build_spec
    from imageimporter.core.inspect import inspect_path

    req = request(tmp_path, image_name="")
    report = inspect_path(req.system_disk)
    spec, disks = build_spec(req, [report], [plan_disk(report).plan])
    job = pipeline.create(spec, disks)  # no name yet: the wizard uploads while it asks for it
    token = job.client_token
    events = []
    pipeline.listener = events.append
    # No role and no name yet: up to UPLOADED nothing but the upload is checked.
    uploaded = pipeline.run(job.id, until=Until.UPLOADED)
    assert uploaded.state is JobState.UPLOADED and uploaded.all_uploaded
    assert [e.job.state for e in events if isinstance(e, JobChanged)][-1] is JobState.UPLOADED
    assert any(isinstance(e, UploadProgress) and e.disk == 0 for e in events)
    assert pipeline.run(job.id, until=Until.UPLOADED).state is JobState.UPLOADED  # no-op
    pipeline.update_spec(job.id, replace(spec, image_name="named-later", client_token=""))
    done = pipeline.run(job.id, setup_role=True)
    assert done.state is JobState.SUCCEEDED
    assert done.client_token == token == done.spec.client_token
    assert (
        sandbox.stats.requests["oss:PutObject"]
        + sandbox.stats.requests["oss:InitiateMultipartUpload"]
        == 1
    )  # uploaded once, not again by the second run
    with pytest.raises(AppError, match="cannot change"):
        pipeline.update_spec(job.id, spec)
