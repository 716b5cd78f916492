"""Step 4: the upload, per disk and overall, with pause, resume and cancel (keep or discard).

The upload starts (or resumes from its checkpoint) as soon as the page is shown; an object that
is already in the bucket with the same size and CRC64 is skipped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core import progress as upload_progress
from imageimporter.core.errors import AppError
from imageimporter.core.job import JobState
from imageimporter.core.progress import UploadState
from imageimporter.core.units import format_duration, format_rate, format_size
from imageimporter.core.wizard_flow import Page, job_matches_storage
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import BasePage, ErrorPanel, button, label
from imageimporter.gui.wizard.context import WizardContext, with_keys
from imageimporter.gui.workers import Worker, WorkerCancelled, WorkerContext
from imageimporter.services.pipeline import Until
from imageimporter.services.pipeline_events import (
    JobChanged,
    Notice,
    PipelineEvent,
    UploadProgress,
)


class DiskRow:
    def __init__(self, name: str, total: int) -> None:
        self.name = name
        self.total = total
        self.done = 0
        self.states: set[UploadState] = set()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(name)
        self.status = QLabel()
        self.status.setMinimumWidth(260)


class UploadPage(BasePage):
    page = Page.UPLOAD

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "The disks are uploaded in parts, checked with CRC64 and resumed where they "
                    "stopped if the app is closed. You can pause at any time."
                ),
                self,
            )
        )
        self.disks_box = QGroupBox(self.tr("Disks"), self)
        self.grid = QGridLayout(self.disks_box)
        self.grid.setColumnStretch(1, 1)
        layout.addWidget(self.disks_box)
        overall_box = QGroupBox(self.tr("Overall"), self)
        overall_layout = QVBoxLayout(overall_box)
        self.overall_bar = QProgressBar(overall_box)
        self.overall_bar.setRange(0, 1000)
        self.overall_bar.setAccessibleName(self.tr("Overall upload progress"))
        self.overall_label = label("", overall_box)
        self.overall_label.setAccessibleName(self.tr("Upload status"))
        overall_layout.addWidget(self.overall_bar)
        overall_layout.addWidget(self.overall_label)
        layout.addWidget(overall_box)
        row = QHBoxLayout()
        self.pause_button = button(self.tr("Pause"), self.tr("Pause the upload"))
        self.pause_button.clicked.connect(self.pause)
        self.resume_button = button(self.tr("Resume"), self.tr("Resume the upload"))
        self.resume_button.clicked.connect(self.start)
        self.cancel_button = button(self.tr("Cancel upload…"), self.tr("Cancel the upload"))
        self.cancel_button.clicked.connect(self._ask_cancel)
        for widget in (self.pause_button, self.resume_button, self.cancel_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.notices = label("", self, content=True)
        self.notices.setAccessibleName(self.tr("Notices"))
        layout.addWidget(self.notices)
        self.error = ErrorPanel(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.rows: list[DiskRow] = []
        self.worker: Worker | None = None
        self._after_stop = ""  # "", "pause", "keep", "discard"
        self._set_buttons()

    def title(self) -> str:
        return self.tr("Upload")

    def enter(self) -> None:
        self._build_rows()
        if self.context.state.all_uploaded:
            self._show_done()
        elif self.worker is None:
            self.start()

    # -- rows ----------------------------------------------------------------------------------
    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        job = self.context.job
        for index, disk in enumerate(self.context.state.disks):
            report = self.context.reports[index] if index < len(self.context.reports) else None
            total = report.file_size if report is not None else 0
            if job is not None and index < len(job.disks):
                total = job.disks[index].file_size or total
            row = DiskRow(Path(disk.path).name, total)
            if job is not None and index < len(job.disks) and job.disks[index].uploaded:
                row.done = row.total
                row.bar.setValue(1000)
                row.status.setText(self.tr("Uploaded and verified."))
            name = QLabel(row.name)
            name.setProperty("content", True)
            self.grid.addWidget(name, index, 0)
            self.grid.addWidget(row.bar, index, 1)
            self.grid.addWidget(row.status, index, 2)
            self.rows.append(row)
        self._update_overall()

    # -- running -------------------------------------------------------------------------------
    def start(self) -> None:
        if self.worker is not None:
            return
        context = self.context
        state = context.state
        job = context.job
        need_new = (
            job is None
            or job.state in (JobState.CANCELLED, JobState.SUCCEEDED)
            or not job_matches_storage(job, state)
        )
        reports = list(context.reports)
        keys = [d.object_key for d in state.disks]
        paths = [Path(d.path) for d in state.disks]
        profile, endpoint = context.connection_profile()
        request_args = (state.bucket, state.region)

        def upload(worker: WorkerContext) -> Any:
            from imageimporter.core.import_request import ImageRequest, build_spec

            current = job
            if need_new:
                bucket, region = request_args
                request = ImageRequest(paths[0], bucket, region, "", data_disks=tuple(paths[1:]))
                inspected = [r for r in reports if r is not None]
                spec, disks = with_keys(*build_spec(request, inspected), keys)
                current = context.pipeline().create(spec, disks, profile, endpoint)
                worker.report(JobChanged(current), force=True)
            assert current is not None
            job_id = current.id
            done = context.run_pipeline(worker, lambda p: p.run(job_id, until=Until.UPLOADED))
            if worker.cancel_requested and done.state is not JobState.UPLOADED:
                worker.report(JobChanged(done), force=True)
                raise WorkerCancelled
            return done

        self.error.clear()
        self._after_stop = ""
        state.uploading = True
        self.overall_label.setText(self.tr("Preparing the upload…"))
        self.worker = context.pool.start(
            upload,
            on_progress=self._progress,
            on_finished=self._finished,
            on_failed=self._failed,
            on_cancelled=self._cancelled,
            stop=lambda: context.stop_pipeline(self._after_stop == "discard"),
            name="upload",
        )
        self._set_buttons()
        context.notify()

    def pause(self) -> None:
        self._stop("pause")

    def cancel_upload(self, discard: bool) -> None:
        """Cancel: keep what was sent (the job stays resumable) or discard it everywhere."""
        if self.worker is None:
            self._after_stop = "discard" if discard else "keep"
            self._after_stopped()
            return
        self._stop("discard" if discard else "keep")

    def _ask_cancel(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel the upload"))
        box.setText(self.tr("Keep what was uploaded so far, to resume it later?"))
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is keep:
            self.cancel_upload(False)
        elif box.clickedButton() is discard:
            self.cancel_upload(True)

    def _stop(self, then: str) -> None:
        if self.worker is None:
            return
        self._after_stop = then
        self.overall_label.setText(
            self.tr("Pausing…") if then == "pause" else self.tr("Cancelling…")
        )
        self.worker.cancel()
        self._set_buttons()

    # -- events --------------------------------------------------------------------------------
    def _progress(self, event: PipelineEvent) -> None:
        if isinstance(event, JobChanged):
            self.context.set_job(event.job)
        elif isinstance(event, UploadProgress):
            if event.disk >= len(self.rows):
                return
            row = self.rows[event.disk]
            progress = event.progress
            row.states.add(progress.state)
            if progress.total:
                row.total = progress.total
            row.done = progress.done
            row.bar.setValue(int(progress.fraction * 1000))
            row.status.setText(self._describe(row, progress))
            self._update_overall()
        elif isinstance(event, Notice):
            self.notices.setText(translate_text(event.text))

    def _describe(self, row: DiskRow, progress: upload_progress.UploadProgress) -> str:
        state = progress.state
        if state is UploadState.SUCCEEDED:
            if row.states <= {UploadState.PREPARING, UploadState.SUCCEEDED}:
                return self.tr("Skipped: already in the bucket with the same size and CRC64.")
            return self.tr("Uploaded and verified.")
        if state is UploadState.PREPARING:
            return self.tr("Preparing…")
        if state is UploadState.CHECKING:
            return self.tr("Checking what was sent before…")
        if state is UploadState.COMPLETING:
            return self.tr("Verifying…")
        if state is UploadState.CANCELLING:
            return self.tr("Stopping…")
        if state is UploadState.CANCELLED:
            return self.tr("Paused.")
        if state is UploadState.FAILED:
            return self.tr("Failed.")
        parts = [f"{format_size(progress.done)} / {format_size(progress.total)}"]
        if progress.speed:
            parts.append(format_rate(progress.speed))
        if progress.eta is not None:
            parts.append(self.tr("{time} left").format(time=format_duration(progress.eta)))
        if progress.retrying:
            parts.append(self.tr("retrying"))
        return " · ".join(parts)

    def _update_overall(self) -> None:
        total = sum(r.total for r in self.rows)
        done = sum(min(r.done, r.total) for r in self.rows)
        self.overall_bar.setValue(int(done * 1000 / total) if total else 0)
        if self.worker is not None and not self.worker.cancelling:
            self.overall_label.setText(
                self.tr("{done} of {total} uploaded").format(
                    done=format_size(done), total=format_size(total)
                )
            )

    def _finished(self, job: Any) -> None:
        self.worker = None
        self.context.state.uploading = False
        self.context.set_job(job)
        self._show_done()
        self._set_buttons()
        self.context.notify()

    def _show_done(self) -> None:
        for row in self.rows:
            row.bar.setValue(1000)
            row.done = row.total
        self.overall_bar.setValue(1000)
        self.overall_label.setText(self.tr("Every disk is uploaded and verified."))
        self._set_buttons()

    def _failed(self, error: AppError) -> None:
        self.worker = None
        self.context.state.uploading = False
        self.overall_label.setText(self.tr("The upload stopped."))
        self.error.show_error(error)
        self._refresh_job()
        self._set_buttons()
        self.context.notify()

    def _cancelled(self) -> None:
        self.worker = None
        self.context.state.uploading = False
        self._after_stopped()

    def _after_stopped(self) -> None:
        then, self._after_stop = self._after_stop, ""
        if then == "pause":
            self.overall_label.setText(self.tr("Paused. Resume continues where it stopped."))
        elif then == "keep":
            self.overall_label.setText(
                self.tr("Cancelled. What was uploaded is kept: the Jobs window can resume it.")
            )
        elif then == "discard":
            self.overall_label.setText(self.tr("Removing what was uploaded…"))
            job = self.context.job
            if job is not None:
                job_id = job.id
                self.context.pool.start(
                    lambda worker: self.context.pipeline().cancel(job_id, cleanup=True)[0],
                    on_finished=self._discarded,
                    on_failed=self._failed,
                    name="discard",
                )
        self._set_buttons()
        self.context.notify()

    def _discarded(self, job: Any) -> None:
        self.context.set_job(job)
        self.context.job = None
        self.context.state.job_id = ""
        self.overall_label.setText(
            self.tr("Cancelled. The uploaded parts were removed from the bucket.")
        )
        for row in self.rows:
            row.bar.setValue(0)
            row.done = 0
            row.status.setText("")
        self.overall_bar.setValue(0)
        self._set_buttons()

    def _refresh_job(self) -> None:
        job = self.context.job
        if job is not None:
            store = self.context.jobs()
            job_id = job.id
            self.context.pool.start(
                lambda worker: store.get(job_id), on_finished=self.context.set_job
            )

    def _set_buttons(self) -> None:
        running = self.worker is not None
        stopping = running and self.worker is not None and self.worker.cancelling
        done = self.context.state.all_uploaded
        self.pause_button.setEnabled(running and not stopping)
        self.resume_button.setEnabled(not running and not done)
        self.cancel_button.setEnabled(not done and not stopping)
