"""The pipeline when things go wrong in between: answers that never came, errors while
following, a cancel from another process, a failed pre-flight run again, no RAM read rights."""

from __future__ import annotations

import shutil
import subprocess
import threading

import pytest

from imageimporter.core.endpoints import Endpoints
from imageimporter.core.error_catalog import ServiceError
from imageimporter.core.job import JobState
from imageimporter.sandbox import FaultRule
from imageimporter.services.cloud import CloudSession, translate_sdk_error
from imageimporter.services.credentials import Credentials
from imageimporter.services.importer import Backoff, ImportService
from imageimporter.services.job_store import JobStore
from imageimporter.services.pipeline import ImportPipeline, Until
from imageimporter.services.pipeline_events import Notice
from imageimporter.services.role import RoleService
from imageimporter.services.upload import UploadOptions
from tests.polling import wait_until
from tests.services.test_pipeline import BUCKET, images_named, request

pytestmark = pytest.mark.skipif(shutil.which("qemu-img") is None, reason="needs qemu-img")


def make_pipeline(sandbox, store_path, key=None):
    key = key or sandbox.context.account.main_key
    session = CloudSession(
        Credentials(key.access_key_id, key.access_key_secret),
        Endpoints("cn-hangzhou", base=sandbox.endpoint),
    )
    pipeline = ImportPipeline(
        JobStore(store_path), session, follow_backoff=lambda: Backoff(first=0.05, ceiling=0.2)
    )
    pipeline.importer = ImportService(session, sleep=lambda seconds: None)
    return pipeline


@pytest.fixture
def pipeline(sandbox, tmp_path):
    sandbox.create_bucket(BUCKET, "cn-hangzhou")
    return make_pipeline(sandbox, tmp_path / "jobs.sqlite3")


def test_a_submit_whose_answer_never_came_stays_submitting(sandbox, pipeline, tmp_path):
    job = pipeline.prepare(request(tmp_path))
    # Every answer lost, after the two DryRuns of the pre-flights went through.
    sandbox.faults.add(FaultRule(api="ecs:ImportImage", kind="lose", after=2))
    with pytest.raises(Exception, match="could not be reached"):
        pipeline.run(job.id, setup_role=True)
    stuck = pipeline.store.get(job.id)
    assert stuck.state is JobState.SUBMITTING and not stuck.task_id
    assert stuck.last_error.code == "NetworkError"
    with pytest.raises(Exception, match="cannot change"):
        pipeline.update_spec(job.id, stuck.spec)  # the token may be in use: no new parameters
    sandbox.faults.clear()
    done = pipeline.run(job.id)
    assert done.state is JobState.SUCCEEDED
    assert len(images_named(pipeline, "web-server")) == 1  # the lost submits made one import


def test_an_error_while_following_keeps_the_job_importing(sandbox, pipeline, tmp_path, monkeypatch):
    sandbox.set_import_seconds(1)
    job = pipeline.run(
        pipeline.prepare(request(tmp_path)).id, setup_role=True, until=Until.SUBMITTED
    )
    real_status = pipeline.importer.status
    calls = []

    def expired_once(*args):
        calls.append(args)
        if len(calls) == 1:
            raise ServiceError("The temporary (STS) credentials have expired.",
                               code="InvalidSecurityToken.Expired")  # fmt: skip
        return real_status(*args)

    monkeypatch.setattr(pipeline.importer, "status", expired_once)
    with pytest.raises(ServiceError):
        pipeline.run(job.id)
    kept = pipeline.store.get(job.id)
    assert kept.state is JobState.IMPORTING and kept.last_error.code.startswith("InvalidSecurity")
    assert pipeline.run(job.id).state is JobState.SUCCEEDED  # re-attached to the same task


def test_a_failed_preflight_is_checked_again_before_any_upload(sandbox, pipeline, tmp_path):
    sandbox.create_bucket("images-sh", "cn-shanghai")
    job = pipeline.prepare(request(tmp_path, bucket="images-sh"))
    RoleService(pipeline.session).set_up()
    for _ in range(2):
        with pytest.raises(Exception, match="cn-shanghai"):
            pipeline.run(job.id)
        assert pipeline.store.get(job.id).state is JobState.FAILED
    assert sandbox.stats.bytes_received["oss:UploadPart"] == 0
    assert sandbox.stats.requests["oss:PutObject"] == 0


def test_cancel_from_another_process_stops_the_upload(sandbox, pipeline, tmp_path):
    size = 24 << 20
    disk = tmp_path / "system.raw"
    disk.write_bytes(bytes(range(256)) * (size // 256))
    subprocess.run(["sfdisk", "-q", str(disk)], input=b"start=2048, type=83\n", check=True)
    pipeline.upload_options = UploadOptions(part_size=1 << 20, threads=2)
    sandbox.set_bandwidth(4 << 20)
    job = pipeline.prepare(request(tmp_path, system_disk=disk))
    RoleService(pipeline.session).set_up()
    outcome = {}
    runner = threading.Thread(target=lambda: outcome.setdefault("job", pipeline.run(job.id)))
    runner.start()
    other = make_pipeline(sandbox, tmp_path / "jobs.sqlite3")  # the other process's view
    wait_until(lambda: sandbox.stats.bytes_received["oss:UploadPart"] >= 2 << 20)
    cancelled, _ = other.cancel(job.id, cleanup=True)
    assert cancelled.state is JobState.CANCELLED
    runner.join(30)
    assert not runner.is_alive()
    assert outcome["job"].state is JobState.CANCELLED  # ended quietly, no error
    received = sandbox.stats.bytes_received["oss:UploadPart"]
    assert received < size  # it did not start over after the clean-up aborted the upload


def test_credentials_without_ram_read_rights_still_import(sandbox, tmp_path):
    sandbox.create_bucket(BUCKET, "cn-hangzhou")
    admin = make_pipeline(sandbox, tmp_path / "admin.sqlite3")
    RoleService(admin.session).set_up()  # an administrator authorized ECS
    user = make_pipeline(sandbox, tmp_path / "jobs.sqlite3", sandbox.context.account.restricted_key)
    notices = []
    user.listener = lambda event: isinstance(event, Notice) and notices.append(event.text)
    done = user.run(user.prepare(request(tmp_path)).id)
    assert done.state is JobState.SUCCEEDED
    assert any("cannot read RAM" in n for n in notices)


class FakeTeaError(Exception):
    def __init__(self, code, status):
        super().__init__(code)
        self.code = code
        self.status_code = status
        self.data = {"Code": code, "Message": "m", "RequestId": "R", "statusCode": status}


@pytest.mark.parametrize(
    ("code", "status", "transient"),
    [("UnknownError", 500, True), ("Throttling.User", 400, True), ("InternalError.Db", 503, True),
     ("InvalidImageName.Duplicated", 400, False), ("Forbidden.RAM", 403, False)],
)  # fmt: skip
def test_transient_errors_by_status_and_code(code, status, transient):
    assert translate_sdk_error(FakeTeaError(code, status)).transient is transient


def test_a_failed_import_is_retried_with_a_new_token(sandbox, pipeline, tmp_path):
    sandbox.fail_imports("ImportImageFailed")
    failed = pipeline.run(pipeline.prepare(request(tmp_path)).id, setup_role=True)
    assert failed.state is JobState.FAILED and failed.task_id
    sandbox.fail_imports(None)
    done = pipeline.run(failed.id)
    assert done.state is JobState.SUCCEEDED
    assert done.client_token != failed.client_token and done.task_id != failed.task_id
    (image,) = images_named(pipeline, "web-server")  # the failed image was deleted first
    assert image.image_id == done.image_id
