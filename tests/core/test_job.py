"""Job states: every allowed and refused transition, the ClientToken rule, the JSON form."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from imageimporter.core.image_spec import DiskSpec, ImageSpec, Tag
from imageimporter.core.job import (
    TRANSITIONS,
    Job,
    JobDisk,
    JobError,
    JobState,
    TransitionError,
    create_job,
    job_from_json,
    job_to_json,
    retry_token,
)

S = JobState
ALLOWED = {
    (S.DRAFT, S.UPLOADING), (S.DRAFT, S.FAILED), (S.DRAFT, S.CANCELLED),
    (S.UPLOADING, S.UPLOADING), (S.UPLOADING, S.UPLOADED), (S.UPLOADING, S.FAILED),
    (S.UPLOADING, S.CANCELLED),
    (S.UPLOADED, S.UPLOADING), (S.UPLOADED, S.SUBMITTING), (S.UPLOADED, S.FAILED),
    (S.UPLOADED, S.CANCELLED),
    (S.SUBMITTING, S.SUBMITTING), (S.SUBMITTING, S.IMPORTING), (S.SUBMITTING, S.FAILED),
    (S.IMPORTING, S.IMPORTING), (S.IMPORTING, S.SUCCEEDED), (S.IMPORTING, S.FAILED),
    (S.IMPORTING, S.CANCELLED),
    (S.FAILED, S.UPLOADING), (S.FAILED, S.SUBMITTING), (S.FAILED, S.CANCELLED),
}  # fmt: skip


def make_job(**kwargs) -> Job:
    spec = ImageSpec(
        region_id="cn-hangzhou",
        image_name="web",
        disks=(DiskSpec("bucket-a", "disk.qcow2", "QCOW2", 20, 10 << 30),),
        tags=(Tag("env", "prod"),),
    )
    disks = (JobDisk("/images/disk.qcow2", "bucket-a", "disk.qcow2", file_size=123),)
    return create_job(spec, disks, profile="work", **kwargs)


@pytest.mark.parametrize(("current", "wanted"), list(itertools.product(JobState, JobState)))
def test_transition_table(current, wanted):
    job = make_job()
    job = Job(**{**job.__dict__, "state": current})
    if (current, wanted) in ALLOWED:
        assert job.moved_to(wanted).state is wanted
    else:
        with pytest.raises(TransitionError):
            job.moved_to(wanted)


def test_the_table_in_code_is_the_one_tested():
    in_code = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert in_code == ALLOWED


def test_a_new_job_has_its_token_before_any_call():
    job = make_job()
    assert job.state is JobState.DRAFT
    assert len(job.client_token) == 32 and job.client_token.isascii()
    assert job.spec.client_token == job.client_token
    assert make_job().client_token != job.client_token


def test_retry_token_is_kept_until_a_task_exists():
    job = make_job()
    assert retry_token(job) == job.client_token
    failed = Job(**{**job.__dict__, "task_id": "t-123", "state": JobState.FAILED})
    assert retry_token(failed) != job.client_token


def test_json_round_trip():
    job = make_job()
    job = job.moved_to(JobState.UPLOADING).moved_to(
        JobState.FAILED, last_error=JobError("x", "y", "Code", "req")
    )
    assert job_from_json(job_to_json(job)) == job


def _at(state: JobState, task_id: str = "", uploaded: bool = False) -> Job:
    job = make_job()
    disks = tuple(replace(d, uploaded=uploaded) for d in job.disks)
    return replace(job, state=state, task_id=task_id, disks=disks)


@pytest.mark.parametrize(
    ("job", "all_uploaded", "submitted", "ready", "ended"),
    [
        (_at(S.DRAFT), False, False, False, False),
        # A resumed upload re-checks the disks: not "all uploaded" while it runs.
        (_at(S.UPLOADING, uploaded=True), False, False, False, False),
        (_at(S.UPLOADED, uploaded=True), True, False, True, False),
        (_at(S.SUBMITTING, uploaded=True), True, True, True, False),
        (_at(S.IMPORTING, "t-1", uploaded=True), True, True, False, False),
        (_at(S.SUCCEEDED, "t-1", uploaded=True), True, True, False, True),
        (_at(S.FAILED, uploaded=False), False, False, True, False),
        (_at(S.FAILED, "t-1", uploaded=True), True, True, False, True),
        (_at(S.CANCELLED, uploaded=True), True, False, False, True),
    ],
)
def test_phase_properties(job, all_uploaded, submitted, ready, ended):
    assert job.all_uploaded is all_uploaded
    assert job.submitted is submitted
    assert job.ready_to_submit is ready
    assert job.ended is ended
    assert job.failed_before_submit is (job.state is S.FAILED and not job.task_id)
    assert job.failed_after_submit is (job.state is S.FAILED and bool(job.task_id))
    assert job.importing is (job.state in (S.SUBMITTING, S.IMPORTING))


def test_a_job_stored_with_the_old_disk_fingerprint_still_loads():
    job = make_job()
    data = job_to_json(job)
    data["disks"][0]["fingerprint"] = ""
    assert job_from_json(data) == job
