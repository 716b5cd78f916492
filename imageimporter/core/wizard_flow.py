"""The wizard's flow as plain data and pure functions (no Qt; the views only render a step).

The wizard keeps one ``WizardState``; each page updates it through its view, and the window asks
this module three questions: what stops the user from going on (``blockers``), which page comes
next (``next_page``) and which page comes before (``previous_page``). A stored job is picked up
again at the page matching its state (``resume_page``). Reasons are ``Blocker`` values with a
code, so the view can word (and translate) them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from imageimporter.core.job import Job, JobState

MAX_DATA_DISKS = 16


class Page(IntEnum):
    """The steps, in order: every question first, then one Import click and the progress.
    The upload starts in the background when the storage step is left (it needs nothing else),
    so it runs while the user answers the rest."""

    ACCOUNT = 0
    DISKS = 1
    STORAGE = 2
    DETAILS = 3
    AUTHORIZATION = 4
    REVIEW = 5
    PROGRESS = 6


class DiskCheck(StrEnum):
    """Where one disk's inspection is."""

    INSPECTING = "inspecting"
    IMPORTABLE = "importable"  # sent as it is or converted while uploading
    NOT_IMPORTABLE = "not-importable"  # refused (see its plan), or its guest failed a check
    UNREADABLE = "unreadable"  # the file could not be opened


class BlockerCode(StrEnum):
    NOT_CONNECTED = "not-connected"
    CONNECTING = "connecting"
    NO_REGION = "no-region"
    NO_SYSTEM_DISK = "no-system-disk"
    TOO_MANY_DISKS = "too-many-disks"
    INSPECTING = "inspecting"
    DISK_UNREADABLE = "disk-unreadable"
    DISK_NOT_IMPORTABLE = "disk-not-importable"
    SAME_FILE_TWICE = "same-file-twice"
    NO_BUCKET = "no-bucket"
    BUCKET_REGION_MISMATCH = "bucket-region-mismatch"
    OBJECT_KEY_INVALID = "object-key-invalid"
    OBJECT_KEY_DUPLICATE = "object-key-duplicate"
    DETAILS_INVALID = "details-invalid"
    CHECKING_ROLE = "checking-role"
    ROLE_NOT_READY = "role-not-ready"
    BUSY = "busy"


@dataclass(frozen=True)
class Blocker:
    """Why Next is not possible: a code, the disk it is about (0: system disk) if any."""

    code: BlockerCode
    disk: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class DiskEntry:
    path: str
    check: DiskCheck = DiskCheck.INSPECTING
    object_key: str = ""
    object_key_error: str = ""  # from core.validation, "" when the key is fine


@dataclass
class WizardState:
    """Everything the flow decides on. Views write it; this module only reads it."""

    connected: bool = False
    connecting: bool = False
    is_sandbox: bool = False
    region: str = ""
    disks: list[DiskEntry] = field(default_factory=list)
    bucket: str = ""
    bucket_region: str = ""
    job_id: str = ""
    job_state: JobState | None = None
    all_uploaded: bool = False
    detail_errors: tuple[str, ...] = ()  # the fields of the details page that have errors
    role_checked: bool = False
    role_ready: bool = False
    busy: bool = False  # a dry run is running on the review page (Next there is Import)
    submitted: bool = False  # the job has a task (Importing or later)


# -- per page ---------------------------------------------------------------------------------
def _account(state: WizardState) -> list[Blocker]:
    if state.connecting:
        return [Blocker(BlockerCode.CONNECTING)]
    if not state.connected:
        return [Blocker(BlockerCode.NOT_CONNECTED)]
    if not state.region:
        return [Blocker(BlockerCode.NO_REGION)]
    return []


def _disks(state: WizardState) -> list[Blocker]:
    if not state.disks:
        return [Blocker(BlockerCode.NO_SYSTEM_DISK)]
    found: list[Blocker] = []
    if len(state.disks) > MAX_DATA_DISKS + 1:
        found.append(Blocker(BlockerCode.TOO_MANY_DISKS, detail=str(MAX_DATA_DISKS)))
    seen: set[str] = set()
    for index, disk in enumerate(state.disks):
        if disk.path in seen:
            found.append(Blocker(BlockerCode.SAME_FILE_TWICE, index))
        seen.add(disk.path)
        if disk.check is DiskCheck.INSPECTING:
            found.append(Blocker(BlockerCode.INSPECTING, index))
        elif disk.check is DiskCheck.UNREADABLE:
            found.append(Blocker(BlockerCode.DISK_UNREADABLE, index))
        elif disk.check is DiskCheck.NOT_IMPORTABLE:
            found.append(Blocker(BlockerCode.DISK_NOT_IMPORTABLE, index))
    return found


def _storage(state: WizardState) -> list[Blocker]:
    if not state.bucket:
        return [Blocker(BlockerCode.NO_BUCKET)]
    found: list[Blocker] = []
    if state.bucket_region and state.bucket_region != state.region:
        found.append(Blocker(BlockerCode.BUCKET_REGION_MISMATCH, detail=state.bucket_region))
    keys: dict[str, int] = {}
    for index, disk in enumerate(state.disks):
        if disk.object_key_error:
            found.append(Blocker(BlockerCode.OBJECT_KEY_INVALID, index, disk.object_key_error))
        elif disk.object_key in keys:
            found.append(Blocker(BlockerCode.OBJECT_KEY_DUPLICATE, index, disk.object_key))
        keys.setdefault(disk.object_key, index)
    return found


def _details(state: WizardState) -> list[Blocker]:
    if state.detail_errors:
        return [Blocker(BlockerCode.DETAILS_INVALID, detail=", ".join(state.detail_errors))]
    return []


def _authorization(state: WizardState) -> list[Blocker]:
    if not state.role_checked:
        return [Blocker(BlockerCode.CHECKING_ROLE)]
    if not state.role_ready:
        return [Blocker(BlockerCode.ROLE_NOT_READY)]
    return []


def _review(state: WizardState) -> list[Blocker]:
    if state.busy:
        return [Blocker(BlockerCode.BUSY)]
    return []


def _progress(state: WizardState) -> list[Blocker]:
    return []


_CHECKS = {
    Page.ACCOUNT: _account,
    Page.DISKS: _disks,
    Page.STORAGE: _storage,
    Page.DETAILS: _details,
    Page.AUTHORIZATION: _authorization,
    Page.REVIEW: _review,
    Page.PROGRESS: _progress,
}


def blockers(page: Page, state: WizardState) -> list[Blocker]:
    """Why the user cannot leave ``page`` forwards; empty when Next is possible."""
    return _CHECKS[page](state)


def can_go_next(page: Page, state: WizardState) -> bool:
    return page is not Page.PROGRESS and not blockers(page, state)


def next_page(page: Page, state: WizardState) -> Page | None:
    """The page after ``page``: Authorization is skipped when the role is known to be ready.
    None after the last page."""
    if page is Page.PROGRESS:
        return None
    following = Page(page + 1)
    if following is Page.AUTHORIZATION and state.role_checked and state.role_ready:
        following = Page.REVIEW
    return following


def previous_page(page: Page, state: WizardState) -> Page | None:
    """Where Back goes, or None when Back is not possible (nothing before, or an import
    submitted). Back is possible while the upload runs: changing the disks or the storage
    makes a new job."""
    if page is Page.ACCOUNT or state.submitted or page is Page.PROGRESS:
        return None
    before = Page(page - 1)
    if before is Page.AUTHORIZATION and state.role_checked and state.role_ready:
        before = Page.DETAILS
    return before


def import_requested(job: Job) -> bool:
    """Whether the user clicked Import for this job: the wizard completes the spec (its image
    name) only then, and jobs made by the CLI are complete from the start."""
    return bool(job.spec.image_name) or job.submitted


def resume_page(job: Job) -> Page:
    """The page where a stored job carries on: the questions while it was only uploading, the
    review when it failed before its import existed, else the progress."""
    if not import_requested(job) and not job.is_terminal:
        return Page.DETAILS
    if job.failed_before_submit:
        return Page.REVIEW
    return Page.PROGRESS


def state_for_job(job: Job, is_sandbox: bool, checks: Sequence[DiskCheck] = ()) -> WizardState:
    """The wizard's state for a stored job being continued (its disks were inspected before)."""
    disks = [
        DiskEntry(d.path, checks[i] if i < len(checks) else DiskCheck.IMPORTABLE, d.key)
        for i, d in enumerate(job.disks)
    ]
    return WizardState(
        connected=True,
        is_sandbox=is_sandbox,
        region=job.region_id,
        disks=disks,
        bucket=job.disks[0].bucket if job.disks else "",
        bucket_region=job.region_id,
        job_id=job.id,
        job_state=job.state,
        all_uploaded=job.all_uploaded,
        submitted=job.submitted,
    )


def job_matches_storage(job: Job, state: WizardState) -> bool:
    """Whether a job still uploads what the storage page says (else a new job is needed)."""
    wanted = [(d.path, state.bucket, d.object_key) for d in state.disks]
    have = [(d.path, d.bucket, d.key) for d in job.disks]
    return wanted == have and job.region_id == state.region
