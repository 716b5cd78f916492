"""The one place the wizard moves its job: ``ImportPipeline.run`` on a worker, up to a goal.

Leaving the storage step starts the upload (``upload``: up to ``Until.UPLOADED``) while the user
answers the other questions. The Import click (``start_import``) completes the job's spec and
runs it to the end: at once when nothing runs, else as soon as the upload returns, with no
further click. ``pause`` stops the work and keeps the job as it is (resumable here, from the
Jobs window or after a restart); ``cancel`` ends the job. Every pipeline event reaches
``pipeline_event`` unchanged; ``changed`` says that ``phase`` changed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from imageimporter.core.errors import AppError
from imageimporter.core.job import Job
from imageimporter.core.wizard_flow import job_matches_storage
from imageimporter.gui.workers import Worker, WorkerContext
from imageimporter.services.pipeline import Until
from imageimporter.services.pipeline_events import (
    EventSink,
    ImportStatus,
    JobChanged,
    PipelineEvent,
    UploadProgress,
)

if TYPE_CHECKING:
    from imageimporter.core.image_spec import ImageSpec
    from imageimporter.gui.wizard.context import WizardContext


class RunPhase(StrEnum):
    """What the runner is doing; exactly one at a time."""

    IDLE = "idle"  # nothing runs: not started, done, failed or cancelled
    UPLOADING = "uploading"  # running up to UPLOADED, in the background of the questions
    RUNNING = "running"  # running to the end (upload, pre-flight, submit, follow)
    PAUSING = "pausing"  # asked to pause: the worker has not returned yet
    PAUSED = "paused"
    CANCELLING = "cancelling"  # stopping, then cancelling the job (and its import task)


class JobRunner(QObject):
    pipeline_event = Signal(object)  # a services.pipeline_events.PipelineEvent, unchanged
    failed = Signal(object)  # an AppError: the run stopped on it
    changed = Signal()  # ``phase`` changed

    def __init__(self, context: WizardContext) -> None:
        super().__init__(context)
        self._context = context
        self._worker: Worker | None = None
        self.phase = RunPhase.IDLE
        self.import_wanted = False  # Import was clicked: run to the end once uploaded
        self.removed: list[str] = []  # what the last cancel deleted in the cloud
        self._spec: ImageSpec | None = None
        self._then: Callable[[], None] | None = None  # to start once the worker returned

    @property
    def busy(self) -> bool:
        """Work runs (or is winding down) on a worker thread."""
        return self._worker is not None

    # -- what the pages ask for ----------------------------------------------------------------
    def upload(self) -> None:
        """Upload what the disks and storage steps say, in the background. A job that uploads
        something else (the user went back and changed it) is cancelled, its uploaded data
        deleted, and a new job made."""
        if self._worker is not None:
            if self._job_matches():
                return
            self._then = self.upload
            self._stop(RunPhase.PAUSING)
            return
        self.import_wanted = False
        self._start(Until.UPLOADED)

    def start_import(self, spec: ImageSpec) -> None:
        """The Import click: the job gets ``spec`` and runs to the end, now or once uploaded."""
        self.import_wanted = True
        self._spec = spec
        self._store_spec()
        if self._worker is None:
            self._start(Until.ENDED)
        elif self.phase is RunPhase.PAUSING:
            self._then = lambda: self._start(Until.ENDED)
        else:
            self._set_phase(self.phase)  # uploading; the import follows when it returns

    def pause(self) -> None:
        if self._worker is not None and self.phase in (RunPhase.UPLOADING, RunPhase.RUNNING):
            self._stop(RunPhase.PAUSING)

    def resume(self) -> None:
        if self._worker is None:
            self._start(Until.ENDED if self.import_wanted else Until.UPLOADED)

    def cancel(self, delete_uploads: bool) -> None:
        """End the job: its import task cancelled if there is one; with ``delete_uploads``
        also what it uploaded. Irreversible: the pages confirm first."""
        self._then = lambda: self._cancel_job(delete_uploads)
        if self._worker is not None:
            self._stop(RunPhase.CANCELLING)
        else:
            self._run_then()

    def forget(self) -> None:
        """A new import starts: nothing of the last job is carried on."""
        self.import_wanted = False
        self._spec = None
        self.removed = []
        if self._worker is None:
            self._set_phase(RunPhase.IDLE)

    # -- running -------------------------------------------------------------------------------
    def _job_matches(self) -> bool:
        job = self._context.job
        return job is not None and job_matches_storage(job, self._context.state)

    def _start(self, until: Until) -> None:
        context = self._context
        job = context.job
        old = job if job is not None and not job.ended and not job.submitted else None
        if job is None or job.is_terminal or not job_matches_storage(job, context.state):
            # Made here and now (a row in the job store), so the next step has its job at once.
            job = self._new_job()
            context.set_job(job)
            if until is Until.ENDED:
                self._store_spec()
        else:
            old = None
        job_id = job.id

        def run(worker: WorkerContext) -> Job:
            pipeline = context.pipeline()
            pipeline.listener = forward_events(worker)
            if old is not None:  # the user changed the disks or the storage: a new job
                pipeline.cancel(old.id, cleanup=True)
            return pipeline.run(job_id, until=until)

        self._worker = context.pool.start(
            run,
            on_progress=self._event,
            on_finished=self._finished,
            on_failed=self._failed,
            stop=context.stop_pipeline,
            name="upload" if until is Until.UPLOADED else "import",
        )
        self._set_phase(RunPhase.UPLOADING if until is Until.UPLOADED else RunPhase.RUNNING)

    def _store_spec(self) -> None:
        """The Import click's spec, stored at once: a job closed before its upload ends
        carries on to the end when it is reopened (``wizard_flow.import_requested``)."""
        job = self._context.job
        if self._spec is None or job is None or job.submitted or job.is_terminal:
            return
        spec = replace(self._spec, client_token="")
        self._context.set_job(self._context.pipeline().update_spec(job.id, spec))

    def _new_job(self) -> Job:
        """A Draft job for what the disks and storage steps say; its name comes later."""
        from imageimporter.core.import_request import ImageRequest, build_spec
        from imageimporter.gui.wizard.context import with_keys

        context = self._context
        state = context.state
        paths = [Path(d.path) for d in state.disks]
        request = ImageRequest(paths[0], state.bucket, state.region, "", tuple(paths[1:]))
        reports = [r for r in context.reports if r is not None]
        planned = [context.plans[d.path] for d in state.disks]
        spec, disks = with_keys(
            *build_spec(
                request, reports, [p.plan for p in planned], sources=[p.files for p in planned]
            ),
            [d.object_key for d in state.disks],
        )
        profile, endpoint = context.connection_profile()
        return context.pipeline().create(spec, disks, profile, endpoint)

    def _stop(self, phase: RunPhase) -> None:
        assert self._worker is not None
        self._set_phase(phase)
        self._worker.cancel()

    def _cancel_job(self, delete_uploads: bool) -> None:
        job = self._context.job
        self.import_wanted = False
        if job is None:
            self._set_phase(RunPhase.IDLE)
            return
        job_id = job.id
        context = self._context

        def cancel(worker: WorkerContext) -> Job:
            pipeline = context.pipeline()
            pipeline.listener = forward_events(worker)
            cancelled, self.removed = pipeline.cancel(job_id, cleanup=delete_uploads)
            return cancelled

        self._worker = context.pool.start(
            cancel,
            on_progress=self._event,
            on_finished=self._finished,
            on_failed=self._failed,
            name="cancel",
        )
        self._set_phase(RunPhase.CANCELLING)

    # -- what the worker says ------------------------------------------------------------------
    def _event(self, event: object) -> None:
        if isinstance(event, JobChanged):
            self._context.set_job(event.job)
        self.pipeline_event.emit(event)

    def _finished(self, job: Job) -> None:
        self._worker = None
        self._context.set_job(job)
        if self._run_then():
            return
        if self.phase is RunPhase.PAUSING:
            self._set_phase(RunPhase.PAUSED)
        elif self.phase is RunPhase.UPLOADING and self.import_wanted and job.all_uploaded:
            self._start(Until.ENDED)  # Import was clicked while the upload ran
        else:
            self._set_phase(RunPhase.IDLE)

    def _failed(self, error: AppError) -> None:
        self._worker = None
        self._then = None
        self._set_phase(RunPhase.IDLE)
        self.failed.emit(error)
        job = self._context.job
        if job is not None:
            store = self._context.jobs()
            job_id = job.id
            self._context.pool.start(
                lambda worker: store.get(job_id), on_finished=self._context.set_job
            )

    def _run_then(self) -> bool:
        then, self._then = self._then, None
        if then is None:
            return False
        then()
        return True

    def _set_phase(self, phase: RunPhase) -> None:
        self.phase = phase
        self.changed.emit()


def forward_events(worker: WorkerContext) -> EventSink:
    """The pipeline's listener on the worker thread: every event goes to the worker's
    ``progress`` unchanged, upload and import progress throttled per disk and state."""

    def forward(event: PipelineEvent) -> None:
        if isinstance(event, UploadProgress):
            state = event.progress.state
            worker.report(event, kind=(event.disk, state), force=state.final)
        elif isinstance(event, ImportStatus):
            worker.report(event, kind=ImportStatus, force=event.finished)
        else:
            worker.report(event, force=True)

    return forward
