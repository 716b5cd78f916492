"""The wizard's flow without Qt: what blocks Next, which page follows, where a job resumes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from imageimporter.core.image_spec import DiskSpec, ImageSpec
from imageimporter.core.job import JobDisk, JobState, create_job
from imageimporter.core.wizard_flow import (
    Blocker,
    BlockerCode,
    DiskCheck,
    DiskEntry,
    Page,
    WizardState,
    blockers,
    can_go_next,
    job_matches_storage,
    next_page,
    previous_page,
    resume_page,
    state_for_job,
)


def ready_state(**changes):
    state = WizardState(
        connected=True,
        region="cn-hangzhou",
        disks=[
            DiskEntry("/d/system.qcow2", DiskCheck.IMPORTABLE, "imageimporter/system.qcow2"),
            DiskEntry("/d/data.qcow2", DiskCheck.IMPORTABLE, "imageimporter/data.qcow2"),
        ],
        bucket="images",
        bucket_region="cn-hangzhou",
        job_id="j1",
        all_uploaded=True,
        role_checked=True,
        role_ready=True,
        submitted=True,
    )
    return replace(state, **changes)


def codes(page, state):
    return [b.code for b in blockers(page, state)]


def test_page_ids_are_in_order():
    assert [p.name for p in Page] == [
        "ACCOUNT", "DISKS", "STORAGE", "DETAILS", "AUTHORIZATION", "REVIEW", "PROGRESS",
    ]  # fmt: skip


A, B, N = DiskCheck.IMPORTABLE, DiskCheck.NOT_IMPORTABLE, DiskCheck.UNREADABLE


@pytest.mark.parametrize(
    ("page", "changes", "expected"),
    [
        (Page.ACCOUNT, {"connected": False}, [BlockerCode.NOT_CONNECTED]),
        (Page.ACCOUNT, {"connecting": True}, [BlockerCode.CONNECTING]),
        (Page.ACCOUNT, {"region": ""}, [BlockerCode.NO_REGION]),
        (Page.ACCOUNT, {}, []),
        (Page.DISKS, {"disks": []}, [BlockerCode.NO_SYSTEM_DISK]),
        (Page.DISKS, {"disks": [DiskEntry("/a")]}, [BlockerCode.INSPECTING]),
        (
            Page.DISKS,
            {"disks": [DiskEntry("/a", A), DiskEntry("/b", B)]},
            [BlockerCode.DISK_NOT_IMPORTABLE],
        ),
        (Page.DISKS, {"disks": [DiskEntry("/a", N)]}, [BlockerCode.DISK_UNREADABLE]),
        (
            Page.DISKS,
            {"disks": [DiskEntry("/a", DiskCheck.IMPORTABLE)] * 2},
            [BlockerCode.SAME_FILE_TWICE],
        ),
        (
            Page.DISKS,
            {"disks": [DiskEntry(f"/{i}", DiskCheck.IMPORTABLE) for i in range(18)]},
            [BlockerCode.TOO_MANY_DISKS],
        ),
        (Page.DISKS, {}, []),
        (Page.STORAGE, {"bucket": ""}, [BlockerCode.NO_BUCKET]),
        (Page.STORAGE, {"bucket_region": "cn-beijing"}, [BlockerCode.BUCKET_REGION_MISMATCH]),
        (
            Page.STORAGE,
            {"disks": [DiskEntry("/a", A, "k"), DiskEntry("/b", A, "k")]},
            [BlockerCode.OBJECT_KEY_DUPLICATE],
        ),
        (
            Page.STORAGE,
            {"disks": [DiskEntry("/a", DiskCheck.IMPORTABLE, "", "Enter the OSS object name.")]},
            [BlockerCode.OBJECT_KEY_INVALID],
        ),
        (Page.DETAILS, {"all_uploaded": False}, []),  # the upload runs meanwhile
        (Page.DETAILS, {"detail_errors": ("ImageName",)}, [BlockerCode.DETAILS_INVALID]),
        (Page.AUTHORIZATION, {"role_checked": False}, [BlockerCode.CHECKING_ROLE]),
        (Page.AUTHORIZATION, {"role_ready": False}, [BlockerCode.ROLE_NOT_READY]),
        (Page.REVIEW, {"submitted": False}, []),
        (Page.REVIEW, {"busy": True}, [BlockerCode.BUSY]),
    ],
)  # fmt: skip
def test_blockers(page, changes, expected):
    assert codes(page, ready_state(**changes)) == expected


def test_blockers_name_the_disk():
    state = ready_state(
        disks=[DiskEntry("/a", DiskCheck.IMPORTABLE), DiskEntry("/b", DiskCheck.NOT_IMPORTABLE)]
    )
    assert blockers(Page.DISKS, state) == [Blocker(BlockerCode.DISK_NOT_IMPORTABLE, 1)]


def test_bucket_in_another_region_names_it():
    (blocker,) = blockers(Page.STORAGE, ready_state(bucket_region="cn-beijing"))
    assert blocker.detail == "cn-beijing"


def test_progress_is_the_end():
    assert not can_go_next(Page.PROGRESS, ready_state())
    assert next_page(Page.PROGRESS, ready_state()) is None


def test_every_question_comes_before_the_upload_ends():
    assert next_page(Page.STORAGE, ready_state(all_uploaded=False)) is Page.DETAILS
    assert not blockers(Page.REVIEW, ready_state(all_uploaded=False, submitted=False))


def test_next_skips_authorization_only_when_the_role_is_known_ready():
    assert next_page(Page.DETAILS, ready_state()) is Page.REVIEW
    assert next_page(Page.DETAILS, ready_state(role_ready=False)) is Page.AUTHORIZATION
    assert next_page(Page.DETAILS, ready_state(role_checked=False)) is Page.AUTHORIZATION


def test_back():
    fresh = ready_state(submitted=False, all_uploaded=False, role_ready=False)
    assert previous_page(Page.ACCOUNT, fresh) is None
    assert previous_page(Page.DISKS, fresh) is Page.ACCOUNT
    assert previous_page(Page.DETAILS, fresh) is Page.STORAGE
    assert previous_page(Page.DETAILS, replace(fresh, all_uploaded=True)) is Page.STORAGE
    assert previous_page(Page.REVIEW, fresh) is Page.AUTHORIZATION
    assert previous_page(Page.REVIEW, replace(fresh, role_ready=True)) is Page.DETAILS
    assert previous_page(Page.REVIEW, replace(fresh, submitted=True)) is None
    assert previous_page(Page.PROGRESS, fresh) is None


def make_job(state, uploaded=False, task_id="", name=""):
    spec = ImageSpec("cn-hangzhou", name, (DiskSpec("b", "k"),))
    job = create_job(spec, (JobDisk("/d/system.qcow2", "b", "k", uploaded=uploaded),))
    return replace(job, state=state, task_id=task_id)


@pytest.mark.parametrize(
    ("state", "uploaded", "task_id", "name", "page"),
    [
        # Only uploading, the questions not all answered yet: back to them.
        (JobState.DRAFT, False, "", "", Page.DETAILS),
        (JobState.UPLOADING, False, "", "", Page.DETAILS),
        (JobState.UPLOADED, True, "", "", Page.DETAILS),
        (JobState.FAILED, False, "", "", Page.DETAILS),
        # Import was clicked (the spec is complete): it carries on unattended.
        (JobState.UPLOADING, False, "", "web", Page.PROGRESS),
        (JobState.UPLOADED, True, "", "web", Page.PROGRESS),
        (JobState.FAILED, True, "", "web", Page.REVIEW),
        (JobState.FAILED, False, "", "web", Page.REVIEW),
        (JobState.FAILED, True, "t-1", "web", Page.PROGRESS),
        (JobState.SUBMITTING, True, "", "web", Page.PROGRESS),
        (JobState.IMPORTING, True, "t-1", "web", Page.PROGRESS),
        (JobState.SUCCEEDED, True, "t-1", "web", Page.PROGRESS),
        (JobState.CANCELLED, False, "", "", Page.PROGRESS),
    ],
)
def test_resume_page(state, uploaded, task_id, name, page):
    assert resume_page(make_job(state, uploaded, task_id, name)) is page


def test_state_for_a_stored_job():
    job = make_job(JobState.UPLOADED, uploaded=True)
    state = state_for_job(job, is_sandbox=True)
    assert state.connected and state.all_uploaded and not state.submitted
    assert state.bucket == "b" and state.disks[0].object_key == "k"
    assert job_matches_storage(job, state)
    state.disks[0] = replace(state.disks[0], object_key="other")
    assert not job_matches_storage(job, state)
    assert state_for_job(make_job(JobState.IMPORTING, True, "t"), False).submitted
