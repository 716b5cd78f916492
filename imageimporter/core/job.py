"""An import job: everything one import needs, in one explicit state at a time.

A job is created in ``Draft`` with its ClientToken already chosen, so that every ImportImage
attempt for it, after a timeout, a crash or a restart, sends the same token and the service
never starts a second import. Only the transitions in ``TRANSITIONS`` are allowed; the store
refuses any other, so a job's history always reads as a story that could have happened.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from imageimporter.core.image_spec import DiskSpec, ImageSpec, Tag


class JobState(StrEnum):
    DRAFT = "Draft"
    UPLOADING = "Uploading"
    UPLOADED = "Uploaded"
    SUBMITTING = "Submitting"
    IMPORTING = "Importing"
    SUCCEEDED = "Succeeded"
    FAILED = "Failed"
    CANCELLED = "Cancelled"


TERMINAL_STATES = frozenset({JobState.SUCCEEDED, JobState.CANCELLED})

TRANSITIONS: dict[JobState, frozenset[JobState]] = {
    JobState.DRAFT: frozenset({JobState.UPLOADING, JobState.FAILED, JobState.CANCELLED}),
    # Uploading -> Uploading: a resumed upload (after a pause, a crash, a restart).
    JobState.UPLOADING: frozenset(
        {JobState.UPLOADING, JobState.UPLOADED, JobState.FAILED, JobState.CANCELLED}
    ),
    JobState.UPLOADED: frozenset(
        {JobState.UPLOADING, JobState.SUBMITTING, JobState.FAILED, JobState.CANCELLED}
    ),
    # Submitting is left only when the service has answered: with a task (Importing), with a
    # definite refusal (Failed). Submitting -> Submitting is a retry with the same token. There
    # is no Submitting -> Cancelled: a task may exist, so it must be found and cancelled first.
    JobState.SUBMITTING: frozenset({JobState.SUBMITTING, JobState.IMPORTING, JobState.FAILED}),
    JobState.IMPORTING: frozenset(
        {JobState.IMPORTING, JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED}
    ),
    # A failed job can be taken up again where it failed: its upload resumed or its submit
    # retried (the token is reused only if no task was created; see ``retry_token``).
    JobState.FAILED: frozenset({JobState.UPLOADING, JobState.SUBMITTING, JobState.CANCELLED}),
    JobState.SUCCEEDED: frozenset(),
    JobState.CANCELLED: frozenset(),
}


class TransitionError(ValueError):
    def __init__(self, current: JobState, wanted: JobState) -> None:
        super().__init__(f"a job cannot go from {current} to {wanted}")
        self.current = current
        self.wanted = wanted


def new_client_token() -> str:
    """A ClientToken: 32 lowercase hex characters (the API allows up to 64 ASCII)."""
    return secrets.token_hex(16)


def new_job_id() -> str:
    return time.strftime("%Y%m%d") + "-" + secrets.token_hex(4)


@dataclass(frozen=True)
class JobError:
    """The last error of a job, as shown to the user. Never holds a secret."""

    message: str
    action: str = ""
    code: str = ""
    request_id: str = ""


@dataclass(frozen=True)
class JobDisk:
    """One local disk of a job and where it goes in OSS."""

    path: str
    bucket: str
    key: str
    file_size: int = 0
    import_format: str | None = None
    virtual_size: int | None = None
    disk_image_size_gib: int | None = None
    uploaded: bool = False
    crc64: int | None = None  # of the uploaded object, once verified
    # How the disk travels (a core.disk.transfer.TransferMode value): "as_is" uploads the file,
    # "convert" the QCOW2 stream generated from it while uploading.
    transfer: str = "as_is"
    transfer_reason: str = ""
    bytes_to_send: int | None = None  # the object's size (an estimate until the stream's scan)
    # The files a converted disk reads, as they were when the job was planned, and the
    # stream's identity once first opened (its settings and data map): a resume must reopen
    # the very same stream, or stop with words, never put two versions in one object.
    source_files: tuple[dict[str, Any], ...] = ()
    stream_identity: dict[str, Any] | None = None

    @property
    def converted(self) -> bool:
        return self.transfer == "convert"


@dataclass(frozen=True)
class Job:
    id: str
    state: JobState
    region_id: str
    spec: ImageSpec
    disks: tuple[JobDisk, ...]
    client_token: str
    created_at: float
    updated_at: float
    profile: str = ""  # the credential profile's name; never the secret itself
    endpoint: str = ""  # a base URL override (the sandbox), or "" for Alibaba Cloud
    task_id: str = ""
    image_id: str = ""
    last_error: JobError | None = None
    progress: dict[str, Any] = field(default_factory=dict)

    @property
    def is_terminal(self) -> bool:
        return self.state in TERMINAL_STATES

    # -- phases: the one place front ends ask where a job is -----------------------------------
    @property
    def all_uploaded(self) -> bool:
        """Every disk is in OSS and verified (a resumed upload is not: it is running again)."""
        return (
            bool(self.disks)
            and all(d.uploaded for d in self.disks)
            and self.state not in (JobState.DRAFT, JobState.UPLOADING)
        )

    @property
    def submitted(self) -> bool:
        """ImportImage was (or may have been) sent: the spec can no longer change."""
        return bool(self.task_id) or self.state in (
            JobState.SUBMITTING,
            JobState.IMPORTING,
            JobState.SUCCEEDED,
        )

    @property
    def failed_before_submit(self) -> bool:
        """Failed while uploading or when the service refused the import: no task exists, so
        the job carries on from its upload or its submit."""
        return self.state is JobState.FAILED and not self.task_id

    @property
    def failed_after_submit(self) -> bool:
        """The import task itself failed: retrying means a new submit with a new token."""
        return self.state is JobState.FAILED and bool(self.task_id)

    @property
    def ready_to_submit(self) -> bool:
        """Uploads are done and the import is still to be sent (or re-sent with its token)."""
        return self.state in (JobState.UPLOADED, JobState.SUBMITTING) or self.failed_before_submit

    @property
    def importing(self) -> bool:
        return self.state in (JobState.SUBMITTING, JobState.IMPORTING)

    @property
    def ended(self) -> bool:
        """Nothing more happens without the user: succeeded, cancelled or its task failed."""
        return self.is_terminal or self.failed_after_submit

    def can_go_to(self, state: JobState) -> bool:
        return state in TRANSITIONS[self.state]

    def moved_to(self, state: JobState, now: float | None = None, **changes: Any) -> Job:
        """This job in ``state`` (with other fields changed); TransitionError if not allowed."""
        if not self.can_go_to(state):
            raise TransitionError(self.state, state)
        return replace(self, state=state, updated_at=now or time.time(), **changes)


def create_job(
    spec: ImageSpec,
    disks: tuple[JobDisk, ...],
    profile: str = "",
    endpoint: str = "",
    now: float | None = None,
) -> Job:
    """A new job in Draft, with its ClientToken fixed now, before any call is made."""
    created = now or time.time()
    token = spec.client_token or new_client_token()
    return Job(
        id=new_job_id(),
        state=JobState.DRAFT,
        region_id=spec.region_id,
        spec=replace(spec, client_token=token),
        disks=disks,
        client_token=token,
        created_at=created,
        updated_at=created,
        profile=profile,
        endpoint=endpoint,
    )


def retry_token(job: Job) -> str:
    """The token for the next submit: the same while no task exists, a new one after a task
    failed (the service would otherwise answer with the failed task again)."""
    return job.client_token if not job.task_id else new_client_token()


# -- JSON form (for the job store) -------------------------------------------------------------
def job_to_json(job: Job) -> dict[str, Any]:
    data = asdict(job)
    data["state"] = job.state.value
    return data


def job_from_json(data: dict[str, Any]) -> Job:
    spec_data = dict(data["spec"])
    spec_data["disks"] = tuple(DiskSpec(**d) for d in spec_data["disks"])
    spec_data["tags"] = tuple(Tag(**t) for t in spec_data["tags"])
    error = data.get("last_error")
    return Job(
        id=data["id"],
        state=JobState(data["state"]),
        region_id=data["region_id"],
        spec=ImageSpec(**spec_data),
        disks=tuple(_disk_from_json(d) for d in data["disks"]),
        client_token=data["client_token"],
        created_at=data["created_at"],
        updated_at=data["updated_at"],
        profile=data.get("profile", ""),
        endpoint=data.get("endpoint", ""),
        task_id=data.get("task_id", ""),
        image_id=data.get("image_id", ""),
        last_error=JobError(**error) if error else None,
        progress=dict(data.get("progress") or {}),
    )


def _disk_from_json(data: dict[str, Any]) -> JobDisk:
    # Jobs stored before JobDisk lost its never-set "fingerprint" field still load.
    fields = {k: v for k, v in data.items() if k != "fingerprint"}
    fields["source_files"] = tuple(fields.get("source_files") or ())
    return JobDisk(**fields)
