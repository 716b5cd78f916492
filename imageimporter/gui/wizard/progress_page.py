"""The last step: one timeline of the job, from the first byte to the ready image.

Each disk's upload (bytes, speed, ETA, retries; what was already on the server when it
resumed), then the import task, with what is happening now in one sentence on top. The page
only renders: the work is the ``JobRunner``'s, and it goes on while the earlier steps are shown.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core import progress as upload_progress
from imageimporter.core.errors import AppError
from imageimporter.core.job import Job, JobState
from imageimporter.core.progress import UploadState
from imageimporter.core.units import format_duration, format_rate, format_size
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import BasePage, CopyField, ErrorPanel, button, label
from imageimporter.gui.wizard.context import WizardContext
from imageimporter.gui.wizard.job_runner import RunPhase
from imageimporter.services.pipeline_events import ImportStatus, JobChanged, Notice, UploadProgress

CONSOLE_IMAGE_URL = "https://ecs.console.aliyun.com/image/region/{region}/imageList"


def job_error(job: Job) -> AppError:
    """The job's last error with its remedy from the catalogue (for the remedy button)."""
    from imageimporter.core.error_catalog import CATALOG, ServiceError

    last = job.last_error
    if last is None:
        message = QCoreApplication.translate("ProgressPage", "The import failed.")
        return AppError(message, code="ImportImageFailed")
    error = ServiceError(last.message, last.action, code=last.code, request_id=last.request_id)
    info = CATALOG.get(last.code)
    if info is not None:
        error.remedy = info.remedy
    return error


class DiskRow:
    """One disk on the timeline: its name, a bar and a line of words."""

    def __init__(self, name: str, total: int, parent: QWidget) -> None:
        self.total = total
        self.done = 0
        self.state: UploadState | None = None
        self.resumed_from = 0  # bytes already on the server when this run picked it up
        self.name = label(name, parent, content=True)
        self.bar = QProgressBar(parent)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(name)
        self.status = label("", parent)


class ProgressPage(BasePage):
    page = Page.PROGRESS

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.now_label = label("", self)
        self.now_label.setObjectName("nowLabel")
        self.now_label.setStyleSheet("#nowLabel { font-weight: bold; }")
        self.now_label.setAccessibleName(self.tr("What is happening now"))
        layout.addWidget(self.now_label)

        self.upload_box = QGroupBox(self.tr("1. Upload to OSS"), self)
        self.grid = QGridLayout(self.upload_box)
        self.grid.setColumnStretch(1, 1)
        layout.addWidget(self.upload_box)

        self.import_box = QGroupBox(self.tr("2. Import into ECS"), self)
        import_layout = QVBoxLayout(self.import_box)
        self.import_bar = QProgressBar(self.import_box)
        self.import_bar.setAccessibleName(self.tr("Import progress"))
        self.import_label = label("", self.import_box)
        self.import_label.setAccessibleName(self.tr("Import status"))
        import_layout.addWidget(self.import_bar)
        import_layout.addWidget(self.import_label)
        layout.addWidget(self.import_box)

        row = QHBoxLayout()
        self.pause_button = button(self.tr("Pause"), self.tr("Pause the upload"))
        self.pause_button.clicked.connect(self.context.runner.pause)
        self.resume_button = button(self.tr("Resume"), self.tr("Resume"))
        self.resume_button.clicked.connect(self.context.runner.resume)
        self.cancel_button = button(self.tr("Cancel the import…"), self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.retry_button = button(self.tr("Try again"), self.tr("Try the import again"))
        self.retry_button.clicked.connect(self.retry)
        buttons = (self.pause_button, self.resume_button, self.retry_button, self.cancel_button)
        for widget in buttons:
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        for before, after in itertools.pairwise(buttons):
            self.setTabOrder(before, after)  # as they stand, not as they were made
        self.notice_label = label("", self, content=True)
        self.notice_label.setAccessibleName(self.tr("Notices"))
        layout.addWidget(self.notice_label)

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

        self.rows: list[DiskRow] = []
        self.last_status: ImportStatus | None = None
        self._rows_for = ""  # the job the rows show
        runner = self.context.runner
        runner.pipeline_event.connect(self._event)
        runner.changed.connect(self.refresh)
        runner.failed.connect(self._failed)
        self.context.job_updated.connect(lambda job: self.refresh())

    def title(self) -> str:
        return self.tr("Progress")

    def primary_button(self) -> QPushButton | None:
        """What Enter may press here: Try again after a failure. Nothing while the work runs,
        so that Enter never pauses or cancels it."""
        return None if self.retry_button.isHidden() else self.retry_button

    def enter(self) -> None:
        self.refresh()

    # -- the disks -----------------------------------------------------------------------------
    def _build_rows(self, job: Job) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        for index, disk in enumerate(job.disks):
            row = DiskRow(Path(disk.path).name, disk.file_size, self.upload_box)
            if disk.uploaded:
                row.done, row.state = row.total, UploadState.SUCCEEDED
                row.bar.setValue(1000)
                row.status.setText(self.tr("Uploaded and verified."))
            else:
                row.status.setText(self.tr("Waiting…"))
            # The words under the bar: a long line (speed, ETA, retries, resumed) stays whole.
            self.grid.addWidget(row.name, 2 * index, 0)
            self.grid.addWidget(row.bar, 2 * index, 1)
            self.grid.addWidget(row.status, 2 * index + 1, 1)
            self.rows.append(row)
        self._rows_for = job.id

    def _upload_progress(self, event: UploadProgress) -> None:
        if event.disk >= len(self.rows):
            return
        row = self.rows[event.disk]
        progress = event.progress
        if (
            progress.state is UploadState.UPLOADING
            and row.state in (None, UploadState.PREPARING, UploadState.CHECKING)
            and progress.done > 0
        ):
            row.resumed_from = progress.done  # counted, and said, from the server's parts
        if progress.state is UploadState.SUCCEEDED and row.state in (None, UploadState.PREPARING):
            row.status.setText(self.tr("Already in the bucket (same size and CRC64): skipped."))
        else:
            row.status.setText(self._describe(row, progress))
        row.state = progress.state
        if progress.total:
            row.total = progress.total
        row.done = progress.done
        row.bar.setValue(int(progress.fraction * 1000))

    def _describe(self, row: DiskRow, progress: upload_progress.UploadProgress) -> str:
        state = progress.state
        words = {
            UploadState.PREPARING: self.tr("Checking what is already on the server…"),
            UploadState.CHECKING: self.tr("Checking what was sent before…"),
            UploadState.COMPLETING: self.tr("Verifying the whole object (CRC64)…"),
            UploadState.CANCELLING: self.tr("Stopping…"),
            UploadState.CANCELLED: self.tr("Paused."),
            UploadState.FAILED: self.tr("Stopped by an error."),
            UploadState.SUCCEEDED: self.tr("Uploaded and verified."),
        }
        if state in words:
            return words[state]
        parts = [
            self.tr("{done} of {total}").format(
                done=format_size(progress.done), total=format_size(progress.total)
            )
        ]
        if progress.speed:
            parts.append(format_rate(progress.speed))
        if progress.eta is not None:
            parts.append(self.tr("{time} left").format(time=format_duration(progress.eta)))
        if progress.retries:
            parts.append(self.tr("{n} retried").format(n=progress.retries))
        if row.resumed_from:
            parts.append(
                self.tr("resumed: {size} was already on the server").format(
                    size=format_size(row.resumed_from)
                )
            )
        return " · ".join(parts)

    # -- the import ----------------------------------------------------------------------------
    def _import_status(self, status: ImportStatus) -> None:
        self.last_status = status
        percent = _percent(status.image_progress or status.task_progress)
        self.import_bar.setValue(percent)
        if status.reconnecting:
            self.import_label.setText(self.tr("The connection was lost; reconnecting…"))
            return
        remaining = [d.remain_time for d in status.disks if d.remain_time]
        text = self.tr("ECS is converting the disks into an image: {percent} %.").format(
            percent=percent
        )
        if remaining:
            text += " " + self.tr("About {time} left.").format(time=format_duration(max(remaining)))
        self.import_label.setText(text)

    # -- events --------------------------------------------------------------------------------
    def _event(self, event: object) -> None:
        if isinstance(event, UploadProgress):
            self._upload_progress(event)
            self._now()
        elif isinstance(event, ImportStatus):
            self._import_status(event)
            self._now()
        elif isinstance(event, Notice):
            self.notice_label.setText(translate_text(event.text))
        elif isinstance(event, JobChanged):
            self.refresh()

    def _failed(self, error: AppError) -> None:
        self.error.show_error(error)
        self.refresh()

    def refresh(self) -> None:
        """Render the job and the runner as they are now."""
        job = self.context.job
        if job is None:
            self.now_label.setText("")
            return
        if job.id != self._rows_for or len(self.rows) != len(job.disks):
            self._build_rows(job)
        if job.state is JobState.IMPORTING and self.last_status is None:
            self.import_label.setText(self.tr("Following the import task…"))
        elif not job.submitted and not job.is_terminal:
            self.import_label.setText(
                self.tr("Starts by itself when every disk is uploaded.")
                if self.context.runner.import_wanted
                else self.tr("Starts when you click Import on the review step.")
            )
        self._show_result(job)
        self._now()
        self._buttons()

    def _now(self) -> None:
        """The one sentence that says where the job is."""
        self.now_label.setText(self.now_sentence())

    def now_sentence(self) -> str:
        job = self.context.job
        runner = self.context.runner
        if job is None:
            return ""
        phase = runner.phase
        if phase is RunPhase.PAUSING:
            return self.tr("Pausing…")
        if phase is RunPhase.CANCELLING:
            return self.tr("Cancelling…")
        if job.state is JobState.SUCCEEDED:
            return self.tr("Done: the image {name} is ready.").format(name=job.spec.image_name)
        if job.state is JobState.CANCELLED:
            if runner.removed:
                return self.tr("Cancelled. What was uploaded was deleted from the bucket.")
            return self.tr("Cancelled.")
        if job.state is JobState.FAILED:
            return self.tr("Stopped: see the error below.")
        done = sum(min(r.done, r.total) for r in self.rows)
        total = sum(r.total for r in self.rows)
        if phase is RunPhase.PAUSED or (phase is RunPhase.IDLE and not job.submitted):
            return self.tr(
                "Paused: {done} of {total} is on the server. Resume carries on from there."
            ).format(done=format_size(done), total=format_size(total))
        if job.state is JobState.SUBMITTING:
            return self.tr("Submitting the import to ECS…")
        if job.state is JobState.IMPORTING:
            return self.tr("ECS is importing the image; this window can be closed meanwhile.")
        if job.all_uploaded:
            return self.tr("Checking everything before the import…")
        current = next((i for i, r in enumerate(self.rows) if r.done < r.total), 0)
        sentence = self.tr("Uploading disk {n} of {count} ({done} of {total}).").format(
            n=current + 1,
            count=len(self.rows),
            done=format_size(done),
            total=format_size(total),
        )
        if runner.import_wanted:
            sentence += " " + self.tr("The import follows by itself.")
        return sentence

    def _show_result(self, job: Job) -> None:
        self.result_box.setVisible(job.state is JobState.SUCCEEDED)
        if job.state is JobState.SUCCEEDED:
            self.import_bar.setValue(100)
            self.import_label.setText(self.tr("The image is available."))
            self.image_id.set_text(job.image_id)
            url = CONSOLE_IMAGE_URL.format(region=job.region_id)
            self.console_link.setText(
                '<a href="{url}">{text}</a>'.format(
                    url=url, text=self.tr("Open the image list in the ECS console")
                )
            )
            # The sandbox's images are on this computer only: the console would not show them.
            self.console_link.setVisible(not self.context.state.is_sandbox)
            items = self.last_status.detection if self.last_status is not None else ()
            self.checks_label.setText(
                "\n".join(translate_text(item.sentence) for item in items)
                if items
                else self.tr("No check results (the image check was off or found nothing).")
            )
        elif self.context.runner.phase is RunPhase.IDLE and (
            job.failed_after_submit or (job.failed_before_submit and not self.error.isVisible())
        ):
            self.import_label.setText(self.tr("The import failed."))
            self.error.show_error(job_error(job))

    # -- actions -------------------------------------------------------------------------------
    def ask_cancel(self) -> None:
        """Cancelling cannot be undone: it is confirmed, and the box says what is lost."""
        job = self.context.job
        if job is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cancel the import"))
        if job.submitted:
            box.setText(
                self.tr("Cancel the import task? ECS stops it and the image is not created.")
            )
            box.setInformativeText(self.tr("This cannot be undone."))
        else:
            box.setText(self.tr("Cancel this import and delete what was uploaded?"))
            box.setInformativeText(
                self.tr("To stop for now and carry on later, use Pause instead.")
            )
        confirm = box.addButton(self.tr("Cancel the import"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep going"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.cancel_box = box
        box.finished.connect(lambda result: self._cancel_answered(box.clickedButton() is confirm))
        box.open()

    def _cancel_answered(self, confirmed: bool) -> None:
        job = self.context.job
        if confirmed and job is not None:
            self.error.clear()
            self.context.runner.cancel(delete_uploads=not job.submitted)

    def retry(self) -> None:
        """A failed job, run again from where it failed: its upload resumed, its submit
        repeated with its token, or (the task failed) its failed image deleted and a new
        import submitted."""
        self.error.clear()
        runner = self.context.runner
        runner.import_wanted = True
        runner.resume()

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
            on_failed=self.error.show_error,
        )

    def _buttons(self) -> None:
        job = self.context.job
        phase = self.context.runner.phase
        uploading = job is not None and not job.submitted and not job.is_terminal
        running = phase in (RunPhase.UPLOADING, RunPhase.RUNNING)
        self.pause_button.setVisible(uploading)
        self.pause_button.setEnabled(running and uploading)
        can_resume = (
            job is not None
            and not job.ended
            and job.state is not JobState.FAILED
            and phase in (RunPhase.PAUSED, RunPhase.IDLE)
            and (uploading or job.state in (JobState.SUBMITTING, JobState.IMPORTING))
        )
        self.resume_button.setVisible(can_resume)
        cancellable = (
            job is not None
            and not job.ended
            and phase
            not in (
                RunPhase.PAUSING,
                RunPhase.CANCELLING,
            )
        )
        self.cancel_button.setEnabled(cancellable)
        failed = job is not None and job.state is JobState.FAILED
        self.retry_button.setVisible(failed and phase is RunPhase.IDLE)
        self.cancel_button.setVisible(job is not None and not job.ended)
        self.cleanup_button.setEnabled(job is not None and job.state is JobState.SUCCEEDED)


def _percent(text: str) -> int:
    try:
        return max(0, min(100, int(str(text).rstrip("%") or 0)))
    except ValueError:
        return 0
