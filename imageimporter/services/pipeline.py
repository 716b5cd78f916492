"""The whole import, from local files to a ready image, as a job that survives anything.

``ImportPipeline.prepare`` inspects the disks, builds the ImageSpec and checks every field (all
errors at once, before a byte is sent), then stores a Draft job with its ClientToken.
``ImportPipeline.run`` is the one way any front end moves a job forward: from whatever state it
is in, up to a point (``Until``): it uploads (resuming from the checkpoint), pre-flights, submits
with the job's token, and follows the task. After a crash or a restart, ``run`` on the same job
carries on where it stopped; a submit that may have reached the service is repeated with the
same token, so there is never a second import. What happens meanwhile reaches the listener as
typed events (``services.pipeline_events``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from imageimporter.core import progress
from imageimporter.core.disk.qcow2_stream import Qcow2Stream, open_qcow2_stream
from imageimporter.core.disk_plan import plan_disk
from imageimporter.core.error_catalog import Remedy, ServiceError
from imageimporter.core.errors import AppError
from imageimporter.core.guest_fields import complete_from_guest
from imageimporter.core.image_spec import ImageSpec
from imageimporter.core.import_request import (
    ImageRequest,
    build_spec,
    disk_problems,
    field_problems,
)
from imageimporter.core.inspect import DiskReport, inspect_path
from imageimporter.core.job import (
    Job,
    JobDisk,
    JobError,
    JobState,
    TransitionError,
    create_job,
    new_job_id,
    retry_token,
)
from imageimporter.core.text import Text
from imageimporter.core.validation import validate_image_spec
from imageimporter.services.cloud import CloudSession
from imageimporter.services.importer import (
    Backoff,
    ImportService,
    ImportStatus,
    ObjectChangedError,
    SubmitInterrupted,
)
from imageimporter.services.job_store import JobStore
from imageimporter.services.pipeline_events import (
    EventSink,
    JobChanged,
    Notice,
    UploadProgress,
    ignore,
)
from imageimporter.services.role import RolePermissionError, RoleService
from imageimporter.services.upload import (
    OssTarget,
    SessionCredentials,
    Upload,
    UploadCancelled,
    UploadOptions,
    UploadResult,
)
from imageimporter.services.upload.unfinished import (
    abort_unfinished_uploads,
    list_unfinished_uploads,
)


class InputError(AppError):
    """The request cannot start: field errors and unusable disks, all listed at once."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            Text.of("The import cannot start: {problems}", problems=Text.concat(" ", problems)),
            Text.of("Fix these and run it again; nothing was uploaded."),
            code="InvalidInput",
        )
        self.problems = problems


class SourceChangedError(AppError):
    """A converted disk's files are no longer what the job planned (or first converted)."""

    def __init__(self, path: str, change: str) -> None:
        super().__init__(
            Text.of(
                "{path} changed since the import was prepared: {change}",
                path=path,
                change=change,
            ),
            Text.of(
                "Start a new import of the disk as it is now; this job's object is never made "
                "of two versions of it."
            ),
            code="SourceChanged",
        )


class JobStopped(Exception):
    """``run`` returned early because it was asked to stop (the job keeps its state)."""


class Until(StrEnum):
    """How far ``ImportPipeline.run`` takes a job before it returns."""

    UPLOADED = "uploaded"  # every disk in OSS and verified: the wizard, while the user types
    SUBMITTED = "submitted"  # the import task exists: the CLI without --wait
    ENDED = "ended"  # the import task has ended: succeeded, failed or cancelled


def plan_job(request: ImageRequest, profile: str = "", endpoint: str = "") -> Job:
    """The Draft job for ``request``, not stored yet: its disks inspected, how each travels
    planned (as it is or converted to QCOW2 while uploading), its spec built and every field
    checked. InputError lists every problem at once (unreadable files too)."""
    reports: list[DiskReport] = []
    problems: list[str] = []
    for path in (request.system_disk, *request.data_disks):
        try:
            reports.append(inspect_path(path))
        except AppError as exc:
            problems.append(str(exc))
    if problems:
        raise InputError(problems)
    planned = [plan_disk(report, as_is=request.as_is) for report in reports]
    plans = [p.plan for p in planned]
    problems = disk_problems(reports, plans, as_is=request.as_is)
    job_id = new_job_id()  # also in the objects' keys, so no other job shares them
    spec, disks = build_spec(request, reports, plans, job_id, [p.files for p in planned])
    problems += field_problems(validate_image_spec(spec))
    if problems:
        raise InputError(problems)
    return replace(create_job(spec, disks, profile=profile, endpoint=endpoint), id=job_id)


class ImportPipeline:
    def __init__(
        self,
        store: JobStore,
        session: CloudSession,
        listener: EventSink = ignore,
        upload_options: UploadOptions | None = None,
        follow_backoff: Callable[[], Backoff] = Backoff,
    ) -> None:
        self.store = store
        self.session = session
        self.listener = listener
        self.upload_options = upload_options or UploadOptions()
        self.importer = ImportService(session)
        self._follow_backoff = follow_backoff
        self._stop = threading.Event()
        self._upload: Upload | None = None
        self._lock = threading.Lock()

    # -- creating a job ------------------------------------------------------------------------
    def prepare(
        self,
        request: ImageRequest,
        profile: str = "",
        endpoint: str = "",
        from_guest: Collection[str] = (),
    ) -> Job:
        """Inspect, build and validate; store a Draft job. InputError lists every problem.

        The ImportImage fields named in ``from_guest`` (Platform, OSType, Architecture,
        BootMode) were not given: the system disk's guest answers them, and a notice says
        what was chosen."""
        request, chosen = complete_from_guest(request, from_guest)
        if chosen:
            self.listener(Notice(chosen))
        return self.add(plan_job(request, profile, endpoint))

    def add(self, job: Job) -> Job:
        self.store.add(job)
        self.listener(JobChanged(job))
        return job

    # -- driving a job -------------------------------------------------------------------------
    def stop(self, discard_upload: bool = False) -> None:
        """Ask ``run`` to return soon; the job keeps its state and can be run again."""
        self._stop.set()
        with self._lock:
            upload = self._upload
        if upload is not None:
            upload.cancel(discard=discard_upload)

    def create(
        self, spec: ImageSpec, disks: tuple[JobDisk, ...], profile: str = "", endpoint: str = ""
    ) -> Job:
        """A Draft job from a spec that may still be incomplete (the wizard uploads while the
        image details are entered); ``update_spec`` completes it later."""
        return self.add(create_job(spec, disks, profile=profile, endpoint=endpoint))

    def update_spec(self, job_id: str, spec: ImageSpec) -> Job:
        """Change what will be submitted, keeping the job's ClientToken; only before submit."""
        job = self.store.get(job_id)
        if job.submitted or job.is_terminal:
            raise AppError(
                Text.of(
                    "The image details cannot change once the job is {state}.",
                    state=job.state.value,
                ),
                code="JobAlreadySubmitted",
            )
        job = self.store.update(job_id, spec=replace(spec, client_token=job.client_token))
        self.listener(JobChanged(job))
        return job

    def run(self, job_id: str, *, until: Until = Until.ENDED, setup_role: bool = False) -> Job:
        """Carry the job on from its state up to ``until`` (or to ``stop``); the stored job.

        Up to ``Until.UPLOADED`` nothing is checked but the upload itself: the wizard starts it
        while the image details and the role are still being asked for. Beyond it, a job that
        has sent nothing yet is pre-flighted first (role, fields, bucket region)."""
        self._stop.clear()
        return self._guarded(job_id, lambda: self._run(job_id, until, setup_role))

    def _guarded(self, job_id: str, step: Callable[[], Job]) -> Job:
        with self.store.lock(job_id):  # one process at a time runs a job
            return self._step(job_id, step)

    def _step(self, job_id: str, step: Callable[[], Job]) -> Job:
        try:
            return step()
        except (JobStopped, SubmitInterrupted):
            return self.store.get(job_id)
        except TransitionError:
            # Another process (a `jobs cancel`, the other app window) moved the job meanwhile:
            # its state wins, and this run ends without an error.
            return self.store.get(job_id)
        except AppError as exc:
            self._fail(job_id, exc)
            raise

    def _run(self, job_id: str, until: Until, setup_role: bool) -> Job:
        job = self.store.get(job_id)
        if until is not Until.UPLOADED and (
            job.state is JobState.DRAFT
            or (job.state is JobState.FAILED and not any(d.uploaded for d in job.disks))
        ):
            # Also after a failed pre-flight: running again must not start hours of upload
            # that the same problem would waste.
            self._preflight(job, setup_role)
        if job.state in (JobState.DRAFT, JobState.UPLOADING) or (
            job.state is JobState.FAILED and not all(d.uploaded for d in job.disks)
        ):
            job = self._upload_all(job)
        if until is Until.UPLOADED:
            return job
        if job.failed_after_submit:
            job = self._prepare_retry(job)
        if job.ready_to_submit:
            job = self._submit(job, setup_role)
        if job.state is JobState.IMPORTING and until is Until.ENDED:
            job = self._follow(job)
        return job

    def _prepare_retry(self, job: Job) -> Job:
        """A job whose import task failed, run again: its failed image (which holds the name)
        is deleted and a new ClientToken chosen, since the old one names the failed task."""
        self.listener(
            Notice(
                Text.of(
                    "Retrying the import: deleting the failed image {image_id} and submitting "
                    "again.",
                    image_id=job.image_id,
                )
            )
        )
        try:
            self.importer.delete_image(job.region_id, job.image_id)
        except ServiceError as exc:
            if "NotFound" not in exc.code:
                raise
        token = retry_token(job)
        return self.store.update(
            job.id,
            client_token=token,
            spec=replace(job.spec, client_token=token),
            task_id="",
            image_id="",
        )

    def _move(self, job: Job, state: JobState, note: str = "", **changes: object) -> Job:
        job = self.store.transition(job.id, state, note, **changes)
        self.listener(JobChanged(job))
        return job

    def _fail(self, job_id: str, error: AppError) -> Job:
        job = self.store.get(job_id)
        last = JobError(error.message, error.action, error.code, error.request_id)
        # What the service did is unknown when its answer never came (network, 5xx): a submit
        # may have created the task, so the job stays Submitting and the next run asks again
        # with the same token. An error while following (an expired token, an outage) says
        # nothing about the import either: the job stays Importing and the next run re-attaches.
        unknown_outcome = job.state is JobState.SUBMITTING and error.transient
        if unknown_outcome or job.state is JobState.IMPORTING:
            return self.store.update(job_id, last_error=last)
        if job.can_go_to(JobState.FAILED):
            return self._move(job, JobState.FAILED, error.code or "error", last_error=last)
        return self.store.update(job_id, last_error=last)

    def _check_stop(self) -> None:
        if self._stop.is_set():
            raise JobStopped

    def _ensure_role(self, job: Job, setup_role: bool) -> bool:
        """Whether the role was set up now (then ImportImage may need a minute)."""
        roles = RoleService(self.session, job.spec.role_name)
        try:
            ready = roles.check().ready
        except RolePermissionError:
            if setup_role:
                raise  # asked to set it up, and not allowed to: the hand-over says what to do
            # A RAM user may import without reading RAM (an administrator authorized ECS with
            # the one-click link): the service's own DryRun and ImportImage tell if it is not.
            self.listener(
                Notice(
                    Text.of(
                        "These credentials cannot read RAM, so the import role is not checked "
                        "here; the service will say if ECS is not authorized."
                    )
                )
            )
            return False
        if ready:
            return False
        if not setup_role:
            raise ServiceError(
                Text.of(
                    "ECS is not yet allowed to read your OSS bucket: the RAM role {role_name} is "
                    "missing or incomplete.",
                    role_name=job.spec.role_name,
                ),
                Text.of(
                    "Let the app set it up (--setup-role, or the Authorization page), or ask an "
                    "administrator (imageimporter role check shows what to hand over).",
                ),
                code="NoSetRoletoECSServiceAcount",
            )
        self.listener(
            Notice(Text.of("Setting up the RAM role {role_name}.", role_name=job.spec.role_name))
        )
        roles.set_up()
        return True

    def _preflight(self, job: Job, setup_role: bool) -> None:
        """Everything that would make the import fail, before hours of upload."""
        self._ensure_role(job, setup_role)
        problems = [
            p
            for p in self.importer.preflight_before_upload(job.spec)
            if not (isinstance(p, ServiceError) and p.remedy is Remedy.SETUP_ROLE)
        ]
        if problems:
            raise problems[0] if len(problems) == 1 else InputError([str(p) for p in problems])

    def _upload_all(self, job: Job) -> Job:
        self._check_stop()
        job = self._move(job, JobState.UPLOADING, "upload started")
        for index, disk in enumerate(job.disks):
            if disk.uploaded:
                continue
            self._check_stop()
            result = self._upload_disk(job, index, disk)
            disks = list(self.store.get(job.id).disks)  # with what opening its stream recorded
            disks[index] = replace(disks[index], uploaded=True, crc64=result.crc64)
            job = self.store.update(job.id, disks=tuple(disks))
            self.listener(JobChanged(job))
        return self._move(job, JobState.UPLOADED, "every disk uploaded and verified")

    def _oss_target(self, job: Job, bucket: str) -> OssTarget:
        return OssTarget(self.session.endpoints.url("oss"), bucket, job.region_id)

    def _credentials_source(self) -> SessionCredentials:
        # The session's, renewed ahead of expiry (a RamRoleArn profile's STS credentials).
        return SessionCredentials(self.session)

    def _upload_disk(self, job: Job, index: int, disk: JobDisk) -> UploadResult:
        watch = _UploadWatch(self.listener, index, self.store, job.id)
        stream = self._open_stream(job, index, disk) if disk.converted else None
        try:
            upload = Upload(
                stream if stream is not None else Path(disk.path),
                self._oss_target(job, disk.bucket),
                disk.key,
                self._credentials_source(),
                options=self.upload_options,
                listener=watch,
            )
            watch.upload = upload
            with self._lock:
                self._upload = upload
            try:
                return upload.run()
            except UploadCancelled as exc:
                raise JobStopped from exc
            finally:
                with self._lock:
                    self._upload = None
        finally:
            if stream is not None:
                stream.close()

    def _open_stream(self, job: Job, index: int, disk: JobDisk) -> Qcow2Stream:
        """The disk's QCOW2 stream, the same one on every run: a file changed since the job
        was planned, or other conversion settings, stop the job with words."""
        self.listener(
            Notice(
                Text.of("Reading {path} to convert it to QCOW2 while uploading.", path=disk.path),
                index,
            )
        )

        def on_scan(done: int, total: int) -> None:
            self._check_stop()

        stream = open_qcow2_stream(disk.path, on_scan)
        try:
            identity = stream.identity()
            files = tuple(identity["files"])
            recorded = disk.stream_identity
            if disk.source_files and files != disk.source_files:
                raise SourceChangedError(disk.path, _files_change(disk.source_files, files))
            if recorded is not None and recorded != identity:
                raise SourceChangedError(
                    disk.path,
                    _files_change(tuple(recorded.get("files", ())), files)
                    or Text.of("the conversion settings or the data it reads changed"),
                )
            if recorded is None:
                disks = list(self.store.get(job.id).disks)
                disks[index] = replace(
                    disks[index], stream_identity=identity, bytes_to_send=stream.size
                )
                self.listener(JobChanged(self.store.update(job.id, disks=tuple(disks))))
        except BaseException:
            stream.close()
            raise
        return stream

    def _submit(self, job: Job, setup_role: bool) -> Job:
        role_just_set_up = self._ensure_role(job, setup_role)
        if job.state is not JobState.SUBMITTING:
            problems = self.importer.preflight_before_submit(job.spec, job.disks)
            changed = {p.disk_index for p in problems if isinstance(p, ObjectChangedError)}
            if changed:  # uploaded again on the next run
                disks = tuple(
                    replace(d, uploaded=False) if i in changed else d
                    for i, d in enumerate(job.disks)
                )
                job = self.store.update(job.id, disks=disks)
            if problems and not role_just_set_up:
                raise problems[0]
            self._check_stop()
            # Stored before the call: a crash from here on resumes with the same token.
            job = self._move(job, JobState.SUBMITTING, f"ClientToken {job.client_token}")
        else:
            self.listener(
                Notice(Text.of("Submitting again with the same ClientToken (no second import)."))
            )
        result = self.importer.submit(job.spec, role_just_set_up=role_just_set_up, stop=self._stop)
        return self._move(
            job,
            JobState.IMPORTING,
            f"task {result.task_id}",
            task_id=result.task_id,
            image_id=result.image_id,
        )

    def _follow(self, job: Job) -> Job:
        def report(status: ImportStatus) -> None:
            stored = self.store.update(job.id, progress=_progress_json(status))
            self.listener(status)
            if stored.state is not JobState.IMPORTING:  # another process cancelled it
                self._stop.set()

        final = self.importer.follow(
            job.region_id,
            job.task_id,
            job.image_id,
            report,
            stop=self._stop,
            backoff=self._follow_backoff(),
        )
        if final is None:
            raise JobStopped
        if final.succeeded:
            return self._move(job, JobState.SUCCEEDED, f"image {job.image_id} available")
        if final.cancelled:
            return self._move(job, JobState.CANCELLED, "task cancelled")
        error = final.error() or AppError(Text.of("The import failed."))
        last = JobError(error.message, error.action, error.code, error.request_id)
        return self._move(job, JobState.FAILED, error.code, last_error=last)

    # -- cancel and clean up -------------------------------------------------------------------
    def cancel(self, job_id: str, cleanup: bool = False) -> tuple[Job, list[str]]:
        """Cancel the job (its import task, if any); with ``cleanup`` also remove what it left
        in the cloud: unfinished multipart uploads, uploaded objects, a failed image."""
        self.stop(discard_upload=cleanup)
        job = self.store.get(job_id)
        removed: list[str] = []
        if job.state is JobState.SUBMITTING:
            # The import may exist: the same token tells, without creating a second one.
            job = self._submit(job, setup_role=False)
        if job.state is JobState.IMPORTING:
            self.importer.cancel(job.region_id, job.task_id)
            self._stop.clear()
            job = self._follow(job)
        elif job.can_go_to(JobState.CANCELLED):
            job = self._move(job, JobState.CANCELLED, "cancelled by the user")
        if cleanup:
            removed = self.clean_up(job)
        return job, removed

    def clean_up(self, job: Job) -> list[str]:
        removed: list[str] = []
        for disk in job.disks:
            target = self._oss_target(job, disk.bucket)
            source = self._credentials_source()
            unfinished = [
                u
                for u in list_unfinished_uploads(target, source, prefix=disk.key)
                if u.key == disk.key
            ]
            if abort_unfinished_uploads(target, source, unfinished):
                removed.append(f"unfinished upload of oss://{disk.bucket}/{disk.key}")
        objects = [(d.bucket, d.key) for d in job.disks]
        removed += self.importer.delete_objects(job.region_id, objects)
        if job.image_id and job.state is JobState.FAILED:
            self.importer.delete_image(job.region_id, job.image_id)
            removed.append(f"image {job.image_id}")
        return removed


class _UploadWatch:
    """One disk's upload listener: passes its events on as pipeline events, and stops the
    upload soon after another process (a `jobs cancel`, a second window) cancelled the job,
    instead of uploading on regardless."""

    CHECK_SECONDS = 0.5

    def __init__(self, listener: EventSink, disk: int, store: JobStore, job_id: str) -> None:
        self._listener = listener
        self._disk = disk
        self._store = store
        self._job_id = job_id
        self._next_check = 0.0
        self.upload: Upload | None = None

    def progress(self, event: progress.UploadProgress) -> None:
        self._listener(UploadProgress(self._disk, event))
        now = time.monotonic()
        if self.upload is not None and now >= self._next_check:
            self._next_check = now + self.CHECK_SECONDS
            if self._store.get(self._job_id).state is JobState.CANCELLED:
                self.upload.cancel()

    def notice(self, text: str) -> None:
        self._listener(Notice(text, self._disk))


def _files_change(before: tuple[dict[str, object], ...], now: tuple[dict[str, object], ...]) -> str:
    """Which file of a disk differs, in words ("" when the same files are the same)."""
    old = {str(f.get("path")): f for f in before}
    for stamp in now:
        if old.get(str(stamp.get("path"))) != stamp:
            return Text.of(
                "{path} is not the file it was (size, modification time or inode).",
                path=stamp.get("path"),
            )
    if len(before) != len(now):
        return Text.of("it now reads other files.")
    return ""


def _progress_json(status: ImportStatus) -> dict[str, object]:
    return {
        "task_status": status.task_status,
        "task_progress": status.task_progress,
        "image_status": status.image_status,
        "image_progress": status.image_progress,
        "remain_time": [d.remain_time for d in status.disks],
        "reconnecting": status.reconnecting,
    }
