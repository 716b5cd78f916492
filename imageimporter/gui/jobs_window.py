"""Every job with its image and file names and its state.

An unfinished job can be continued in the wizard or cancelled; a failed one retried; a cancelled
or finished one imported again (a new job with the same disks and details); every ended one
cleaned up (what it left in the cloud removed). Cancelling and cleaning up cannot be undone, so
both ask first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.errors import AppError
from imageimporter.core.job import Job, JobState, new_client_token, new_job_id
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import label
from imageimporter.gui.workers import WorkerPool

if TYPE_CHECKING:
    from imageimporter.services.connect import Connection
    from imageimporter.services.pipeline import ImportPipeline

CONTENT_ROLE = Qt.ItemDataRole.UserRole + 1
ENDED = (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)


def _reconnect(job: Job) -> Connection:
    from imageimporter.services.connect import reconnect

    return reconnect(job.profile, job.endpoint, job.region_id)


def again_keys(job: Job) -> list[str]:
    """Object keys for importing ``job``'s disks again: the same folder and file names under a
    new tag, so the new job never shares (or cleans up) the old one's objects."""
    tag = new_job_id()
    keys = []
    for disk in job.disks:
        folder, _, name = disk.key.rpartition("/")
        parent, _, last = folder.rpartition("/")
        if last == job.id:  # the usual {prefix}{job id}/{index}-{file name}
            folder = f"{parent}/{tag}" if parent else tag
        else:
            folder = f"{folder}/{tag}" if folder else tag
        keys.append(f"{folder}/{name}")
    return keys


class JobsWindow(QDialog):
    continue_requested = Signal(object)  # a Job

    def __init__(
        self,
        store: Any,
        pool: WorkerPool,
        parent: QWidget | None = None,
        reconnect: Callable[[Job], Connection] = _reconnect,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = pool
        self.reconnect = reconnect
        self.confirm_dialog: QMessageBox | None = None
        self.setWindowTitle(self.tr("Jobs"))
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Image"), self.tr("Created"), self.tr("State"), self.tr("Files"),
             self.tr("Last error")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda index: self._continue())
        layout.addWidget(self.table)
        self.status_label = label("", self)
        self.status_label.setAccessibleName(self.tr("What happened"))
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue the selected job"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._continue)
        self.again_button = QPushButton(self.tr("Import again"), self)
        self.again_button.setAccessibleName(self.tr("Import the selected job's disks again"))
        self.again_button.clicked.connect(self.import_again)
        self.cancel_job_button = QPushButton(self.tr("Cancel the import…"), self)
        self.cancel_job_button.setAccessibleName(self.tr("Cancel the selected job"))
        self.cancel_job_button.clicked.connect(self.confirm_cancel)
        self.clean_button = QPushButton(self.tr("Clean up…"), self)
        self.clean_button.setAccessibleName(
            self.tr("Remove what the selected job left in the cloud")
        )
        self.clean_button.clicked.connect(self.confirm_clean_up)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the job list"))
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for widget in (
            self.continue_button,
            self.again_button,
            self.cancel_job_button,
            self.clean_button,
            self.refresh_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.jobs: list[Job] = []
        self.refresh()

    def state_text(self, state: str) -> str:
        return {
            "Draft": self.tr("Draft"),
            "Uploading": self.tr("Uploading"),
            "Uploaded": self.tr("Uploaded"),
            "Submitting": self.tr("Submitting"),
            "Importing": self.tr("Importing"),
            "Succeeded": self.tr("Succeeded"),
            "Failed": self.tr("Failed"),
            "Cancelled": self.tr("Cancelled"),
        }.get(state, state)

    def refresh(self) -> None:
        store = self.store
        self.pool.start(
            lambda worker: store.jobs(), on_finished=self._loaded, on_failed=self._failed
        )

    def _failed(self, error: AppError) -> None:
        self.status_label.setText(
            " ".join(translate_text(t) for t in (error.message, error.action) if t)
        )
        self._selected()

    def _loaded(self, jobs: list[Job]) -> None:
        selected = self.selected_job()
        self.jobs = sorted(jobs, key=lambda j: j.created_at, reverse=True)
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            name = job.spec.image_name or self.tr("(no name yet)")
            cells = [
                (name, bool(job.spec.image_name)),
                (time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created_at)), True),
                (self.state_text(job.state.value), False),
                (", ".join(Path(d.path).name for d in job.disks), True),
                (translate_text(job.last_error.message) if job.last_error else "", True),
            ]
            items = []
            for text, content in cells:
                item = QTableWidgetItem(text)
                if content:
                    item.setData(CONTENT_ROLE, "content")
                items.append(item)
            # The ids stay at hand for support, without being what people read.
            items[0].setToolTip(
                self.tr("Job {job}, image {image}").format(job=job.id, image=job.image_id or "—")
            )
            items[3].setToolTip("\n".join(d.path for d in job.disks))
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        if selected is not None:
            for row, job in enumerate(self.jobs):
                if job.id == selected.id:
                    self.table.selectRow(row)
        self._selected()

    def job_name(self, job: Job) -> str:
        return job.spec.image_name or ", ".join(Path(d.path).name for d in job.disks)

    def selected_job(self) -> Job | None:
        row = self.table.currentRow()
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def _selected(self) -> None:
        job = self.selected_job()
        ended = job is not None and job.state in ENDED
        self.continue_button.setEnabled(job is not None and not job.is_terminal)
        self.continue_button.setText(
            self.tr("Retry")
            if job is not None and job.state is JobState.FAILED
            else self.tr("Continue")
        )
        self.again_button.setEnabled(job is not None and job.is_terminal)
        self.cancel_job_button.setEnabled(job is not None and not ended)
        self.clean_button.setEnabled(ended)

    def _continue(self) -> None:
        job = self.selected_job()
        if job is not None and not job.is_terminal:
            self.continue_requested.emit(job)
            self.accept()

    # -- work on a job, in the cloud it was made in --------------------------------------------
    def _with_pipeline(
        self,
        job: Job,
        work: Callable[[ImportPipeline], Any],
        done: Callable[[Any], None],
        busy: str,
    ) -> None:
        from imageimporter.services.pipeline import ImportPipeline

        store = self.store
        reconnect = self.reconnect

        def run(worker: object) -> Any:
            connection = reconnect(job)
            try:
                return work(ImportPipeline(store, connection.session))
            finally:
                connection.close()

        self.status_label.setText(busy)
        for widget in (self.again_button, self.cancel_job_button, self.clean_button):
            widget.setEnabled(False)
        self.pool.start(run, on_finished=done, on_failed=self._failed, name=busy)

    def _confirm(self, title: str, text: str, yes: str, on_yes: Callable[[], None]) -> None:
        """Ask before what cannot be undone; "No" is the default, Escape says no."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(self.tr("This cannot be undone."))
        go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            self.confirm_dialog = None
            if box.clickedButton() is go:
                on_yes()

        box.finished.connect(answered)
        self.confirm_dialog = box
        box.open()

    def confirm_cancel(self) -> None:
        job = self.selected_job()
        if job is None or job.state in ENDED:
            return
        self._confirm(
            self.tr("Cancel this import?"),
            self.tr(
                "The import of {image} stops for good: a running import task is cancelled "
                "and the job cannot be continued. The uploaded disks stay in the bucket until "
                "you clean up."
            ).format(image=self.job_name(job)),
            self.tr("Cancel the import"),
            lambda: self._with_pipeline(
                job,
                lambda pipeline: pipeline.cancel(job.id)[0],
                self._cancelled,
                self.tr("Cancelling…"),
            ),
        )

    def _cancelled(self, job: Job) -> None:
        self.status_label.setText(
            self.tr("The import ended: {state}.").format(state=self.state_text(job.state.value))
        )
        self.refresh()

    def confirm_clean_up(self) -> None:
        job = self.selected_job()
        if job is None or job.state not in ENDED:
            return
        what = [
            self.tr("the uploaded disks in the bucket {bucket}").format(bucket=bucket)
            for bucket in sorted({d.bucket for d in job.disks})
        ]
        if job.state is JobState.FAILED and job.image_id:
            what.append(self.tr("the failed image"))
        if job.state is JobState.FAILED:
            what.append(self.tr("the chance to retry this job"))
        self._confirm(
            self.tr("Clean up this job?"),
            self.tr("This removes {what}.").format(what=self.tr(", and ").join(what)),
            self.tr("Clean up"),
            lambda: self._with_pipeline(
                job, self._clean_up(job), self._cleaned, self.tr("Cleaning up…")
            ),
        )

    @staticmethod
    def _clean_up(job: Job) -> Callable[[ImportPipeline], list[str]]:
        def clean(pipeline: ImportPipeline) -> list[str]:
            if job.state is JobState.FAILED:
                # Ended for good first, so nothing retries it into objects that are gone.
                return pipeline.cancel(job.id, cleanup=True)[1]
            return pipeline.clean_up(job)

        return clean

    def _cleaned(self, removed: list[str]) -> None:
        self.status_label.setText(
            self.tr("Removed {count} item(s) from the cloud.").format(count=len(removed))
            if removed
            else self.tr("Nothing was left to remove.")
        )
        self.status_label.setToolTip("\n".join(removed))
        self.refresh()

    def import_again(self) -> None:
        """A new job with the selected one's disks and details (and a new ClientToken),
        continued in the wizard."""
        job = self.selected_job()
        if job is None or not job.is_terminal:
            return
        from imageimporter.gui.wizard.context import with_keys

        keys = again_keys(job)
        # A converted disk is read afresh: the new job converts the file as it is now.
        fresh = tuple(
            replace(d, uploaded=False, crc64=None, source_files=(), stream_identity=None)
            for d in job.disks
        )
        spec, disks = with_keys(replace(job.spec, client_token=new_client_token()), fresh, keys)
        self._with_pipeline(
            job,
            lambda pipeline: pipeline.create(spec, disks, job.profile, job.endpoint),
            self._created,
            self.tr("Preparing a new import…"),
        )

    def _created(self, job: Job) -> None:
        self.continue_requested.emit(job)
        self.accept()
