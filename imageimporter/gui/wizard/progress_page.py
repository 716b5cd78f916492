"""Step 8: submit (with the job's ClientToken) and follow the import to its end; the result."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.errors import AppError
from imageimporter.core.job import Job, JobState
from imageimporter.core.units import format_duration
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import BasePage, CopyField, ErrorPanel, button, label
from imageimporter.gui.wizard.context import WizardContext
from imageimporter.gui.workers import Worker, WorkerCancelled, WorkerContext
from imageimporter.services.pipeline import ImportPipeline, Until
from imageimporter.services.pipeline_events import ImportStatus, JobChanged, PipelineEvent

CONSOLE_IMAGE_URL = "https://ecs.console.aliyun.com/image/region/{region}/imageList"


def job_error(job: Job) -> AppError:
    """The job's last error with its remedy from the catalogue (for the remedy button)."""
    from imageimporter.core.error_catalog import explain

    last = job.last_error
    if last is None:
        message = QCoreApplication.translate("ProgressPage", "The import failed.")
        return AppError(message, code="ImportImageFailed")
    error = AppError(last.message, last.action, last.code, last.request_id)
    if last.code:
        error.remedy = explain(last.code).remedy  # type: ignore[attr-defined]
    return error


class ProgressPage(BasePage):
    page = Page.PROGRESS

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Import"), self)
        form = QFormLayout(box)
        self.state_label = label("", box)
        self.state_label.setAccessibleName(self.tr("Import status"))
        form.addRow(self.tr("Status:"), self.state_label)
        self.task_bar = QProgressBar(box)
        self.task_bar.setAccessibleName(self.tr("Task progress"))
        form.addRow(self.tr("Task:"), self.task_bar)
        self.image_bar = QProgressBar(box)
        self.image_bar.setAccessibleName(self.tr("Image progress"))
        form.addRow(self.tr("Image:"), self.image_bar)
        self.remaining_label = label("", box)
        self.remaining_label.setAccessibleName(self.tr("Remaining time per disk"))
        form.addRow(self.tr("Remaining:"), self.remaining_label)
        row = QHBoxLayout()
        self.cancel_button = button(self.tr("Cancel the import"), self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        form.addRow(row)
        layout.addWidget(box)

        self.result_box = QGroupBox(self.tr("Result"), self)
        result_form = QFormLayout(self.result_box)
        self.image_id = CopyField(self.tr("Image ID"), self.result_box)
        result_form.addRow(self.tr("Image ID:"), self.image_id)
        self.console_link = label("", self.result_box)
        self.console_link.setOpenExternalLinks(True)
        self.console_link.setAccessibleName(self.tr("Console link"))
        result_form.addRow(self.console_link)
        self.checks_label = label("", self.result_box, content=True)
        self.checks_label.setAccessibleName(self.tr("Image check results"))
        result_form.addRow(self.tr("Image check:"), self.checks_label)
        self.cleanup_button = button(
            self.tr("Delete the uploaded objects"), self.tr("Delete the uploaded objects")
        )
        self.cleanup_button.clicked.connect(self.clean_up)
        result_form.addRow(self.cleanup_button)
        self.cleanup_label = label("", self.result_box, content=True)
        result_form.addRow(self.cleanup_label)
        self.result_box.hide()
        layout.addWidget(self.result_box)
        self.error = ErrorPanel(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.worker: Worker | None = None
        self.last_status: ImportStatus | None = None
        self._cancel_wanted = False

    def title(self) -> str:
        return self.tr("Progress")

    def enter(self) -> None:
        job = self.context.job
        if job is None or self.worker is not None:
            return
        if job.ended:
            self._show_result(job)
            return
        self.start()

    def start(self) -> None:
        context = self.context
        job = context.job
        assert job is not None
        spec = context.spec
        job_id = job.id

        def run(worker: WorkerContext) -> Job:
            def to_the_end(pipeline: ImportPipeline) -> Job:
                if spec is not None and not pipeline.store.get(job_id).submitted:
                    pipeline.update_spec(job_id, replace(spec, client_token=""))
                return pipeline.run(job_id, until=Until.ENDED)

            done: Job = context.run_pipeline(worker, to_the_end)
            if worker.cancel_requested and done.state is JobState.IMPORTING:
                raise WorkerCancelled
            return done

        self.error.clear()
        self.result_box.hide()
        self._cancel_wanted = False
        self.state_label.setText(self.tr("Submitting the import…"))
        self.worker = context.pool.start(
            run,
            on_progress=self._progress,
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._stopped,
            stop=context.stop_pipeline,
            name="import",
        )
        self._buttons()

    # -- events --------------------------------------------------------------------------------
    def _progress(self, event: PipelineEvent) -> None:
        if isinstance(event, JobChanged):
            self.context.set_job(event.job)
            if event.job.state is JobState.IMPORTING:
                self.state_label.setText(self.tr("Importing…"))
        elif isinstance(event, ImportStatus):
            self._show_status(event)
        self._buttons()

    def _show_status(self, status: ImportStatus) -> None:
        self.last_status = status
        self.task_bar.setValue(_percent(status.task_progress))
        self.image_bar.setValue(_percent(status.image_progress))
        if status.reconnecting:
            self.state_label.setText(self.tr("Connection lost; reconnecting…"))
        elif not self._cancel_wanted:
            self.state_label.setText(
                self.tr("Importing: task {task}, image {image}.").format(
                    task=status.task_status or "…", image=status.image_status or "…"
                )
            )
        remaining = []
        for index, disk in enumerate(status.disks):
            what = (
                self.tr("System disk") if index == 0 else self.tr("Data disk {n}").format(n=index)
            )
            when = format_duration(disk.remain_time) if disk.remain_time else "—"
            remaining.append(f"{what}: {when}")
        self.remaining_label.setText("; ".join(remaining))

    def _finished(self, job: Job) -> None:
        self.worker = None
        self.context.set_job(job)
        self._show_result(job)

    def _failed(self, error: AppError) -> None:
        self.worker = None
        self.state_label.setText(self.tr("The import could not go on."))
        self.error.show_error(error)
        self._refresh_job()
        self._buttons()

    def _refresh_job(self) -> None:
        job = self.context.job
        if job is None:
            return
        store = self.context.jobs()
        job_id = job.id
        self.context.pool.start(lambda worker: store.get(job_id), on_finished=self.context.set_job)

    def cancel_import(self) -> None:
        """Two-phase: stop following, then cancel the task and follow it to Cancelled."""
        self._cancel_wanted = True
        self.state_label.setText(self.tr("Cancelling…"))
        if self.worker is not None:
            self.worker.cancel()
        else:
            self._stopped()
        self._buttons()

    def _stopped(self) -> None:
        self.worker = None
        job = self.context.job
        if not self._cancel_wanted or job is None:
            self._buttons()
            return
        job_id = job.id
        self.worker = self.context.pool.start(
            lambda worker: self.context.pipeline().cancel(job_id)[0],
            on_finished=self._finished,
            on_failed=self._failed,
            name="cancel import",
        )
        self._buttons()

    def _show_result(self, job: Job) -> None:
        self._buttons()
        self.result_box.setVisible(job.state is JobState.SUCCEEDED)
        if job.state is JobState.SUCCEEDED:
            self.state_label.setText(self.tr("The image is ready."))
            self.task_bar.setValue(100)
            self.image_bar.setValue(100)
            self.image_id.set_text(job.image_id)
            url = CONSOLE_IMAGE_URL.format(region=job.region_id)
            self.console_link.setText(
                '<a href="{url}">{text}</a>'.format(
                    url=url, text=self.tr("Open the image list in the ECS console")
                )
            )
            status = self.last_status
            items = status.detection if status is not None else ()
            self.checks_label.setText(
                "\n".join(translate_text(item.sentence) for item in items)
                if items
                else self.tr("No check results (the image check was off or found nothing).")
            )
            self.cleanup_button.setEnabled(True)
        elif job.state is JobState.CANCELLED:
            self.state_label.setText(self.tr("The import was cancelled."))
        elif job.state is JobState.FAILED:
            self.state_label.setText(self.tr("The import failed."))
            self.error.show_error(job_error(job))

    def clean_up(self) -> None:
        job = self.context.job
        if job is None:
            return
        pipeline = self.context.pipeline()
        self.cleanup_button.setEnabled(False)
        self.context.pool.start(
            lambda worker: pipeline.clean_up(job),
            on_finished=lambda removed: self.cleanup_label.setText(
                self.tr("Deleted: {list}").format(list=", ".join(removed))
            ),
            on_failed=self._failed,
        )

    def _buttons(self) -> None:
        job = self.context.job
        importing = job is not None and job.importing
        self.cancel_button.setEnabled(importing and not self._cancel_wanted)


def _percent(text: str) -> int:
    try:
        return max(0, min(100, int(str(text).rstrip("%") or 0)))
    except ValueError:
        return 0
