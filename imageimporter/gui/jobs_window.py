"""Every job with its state; an unfinished one can be continued in the wizard."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.errors import AppError
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.workers import WorkerPool

CONTENT_ROLE = Qt.ItemDataRole.UserRole + 1


class JobsWindow(QDialog):
    continue_requested = Signal(object)  # a Job

    def __init__(self, store: Any, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = pool
        self.setWindowTitle(self.tr("Jobs"))
        self.resize(760, 360)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Jobs"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Job"), self.tr("Created"), self.tr("State"), self.tr("Image"),
             self.tr("Last error")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.continue_button = QPushButton(self.tr("Continue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue the selected job"))
        self.continue_button.clicked.connect(self._continue)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh the job list"))
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        row.addWidget(self.continue_button)
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.jobs: list[Any] = []
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
        self.setWindowTitle(self.tr("Jobs") + " — " + translate_text(error.message))

    def _loaded(self, jobs: list[Any]) -> None:
        self.jobs = sorted(jobs, key=lambda j: j.created_at, reverse=True)
        self.table.setRowCount(len(self.jobs))
        for row, job in enumerate(self.jobs):
            cells = [
                (job.id, True),
                (time.strftime("%Y-%m-%d %H:%M", time.localtime(job.created_at)), True),
                (self.state_text(job.state.value), False),
                (job.image_id or job.spec.image_name or "—", True),
                (translate_text(job.last_error.message) if job.last_error else "", True),
            ]
            for column, (text, content) in enumerate(cells):
                item = QTableWidgetItem(text)
                if content:
                    item.setData(CONTENT_ROLE, "content")
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._selected()

    def _selected(self) -> None:
        row = self.table.currentRow()
        job = self.jobs[row] if 0 <= row < len(self.jobs) else None
        self.continue_button.setEnabled(job is not None and not job.is_terminal)

    def _continue(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.jobs):
            self.continue_requested.emit(self.jobs[row])
            self.accept()
