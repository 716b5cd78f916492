"""Step 3: the OSS bucket (listed with its region, or created) and an object key per disk."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.errors import AppError
from imageimporter.core.validation import validate_bucket_name, validate_object_key
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import (
    CONTENT_ITEM,
    BasePage,
    ErrorPanel,
    button,
    label,
    mark_content,
)
from imageimporter.gui.wizard.context import WizardContext

ROLE = Qt.ItemDataRole.UserRole + 1


class StoragePage(BasePage):
    page = Page.STORAGE

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Choose the OSS bucket the disks are uploaded to. ECS imports only from a "
                    "bucket in the same region as the image."
                ),
                self,
            )
        )
        buckets = QGroupBox(self.tr("Buckets"), self)
        buckets_layout = QVBoxLayout(buckets)
        self.bucket_table = QTableWidget(0, 2, buckets)
        self.bucket_table.setAccessibleName(self.tr("Buckets"))
        self.bucket_table.setHorizontalHeaderLabels([self.tr("Bucket"), self.tr("Region")])
        self.bucket_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bucket_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bucket_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bucket_table.verticalHeader().setVisible(False)
        self.bucket_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bucket_table.itemSelectionChanged.connect(self._bucket_chosen)
        buckets_layout.addWidget(self.bucket_table)
        self.mismatch_label = label("", buckets)
        self.mismatch_label.setAccessibleName(self.tr("Bucket region"))
        self.mismatch_label.setStyleSheet("color: #c0392b;")
        buckets_layout.addWidget(self.mismatch_label)
        create_row = QHBoxLayout()
        self.new_bucket_edit = QLineEdit(buckets)
        self.new_bucket_edit.setAccessibleName(self.tr("New bucket name"))
        self.new_bucket_edit.setPlaceholderText(self.tr("new bucket name"))
        self.new_bucket_edit.textChanged.connect(self._new_bucket_edited)
        self.create_button = button(self.tr("Create bucket"), self.tr("Create the bucket"))
        self.create_button.clicked.connect(self.create_bucket)
        self.create_button.setEnabled(False)
        self.refresh_button = button(self.tr("Refresh"), self.tr("Refresh the bucket list"))
        self.refresh_button.clicked.connect(self.refresh)
        create_row.addWidget(self.new_bucket_edit, 1)
        create_row.addWidget(self.create_button)
        create_row.addWidget(self.refresh_button)
        buckets_layout.addLayout(create_row)
        self.new_bucket_error = label("", buckets)
        self.new_bucket_error.setAccessibleName(self.tr("New bucket name problem"))
        buckets_layout.addWidget(self.new_bucket_error)
        layout.addWidget(buckets, 2)

        objects = QGroupBox(self.tr("Object names"), self)
        self.objects_form = QFormLayout(objects)
        layout.addWidget(objects, 1)
        self.error = ErrorPanel(self)
        layout.addWidget(self.error)
        self.key_edits: list[QLineEdit] = []
        self.key_errors: list[Any] = []
        self._buckets: list[Any] = []

    def title(self) -> str:
        return self.tr("Storage")

    def enter(self) -> None:
        self._build_keys()
        self.refresh()

    # -- buckets -------------------------------------------------------------------------------
    def refresh(self) -> None:
        account = self.context.account()
        self.error.clear()
        self.refresh_button.setEnabled(False)
        self.context.pool.start(
            lambda worker: account.buckets(),
            on_finished=self._buckets_loaded,
            on_failed=self._failed,
            name="buckets",
        )

    def _buckets_loaded(self, buckets: list[Any], select: str = "") -> None:
        self.refresh_button.setEnabled(True)
        region = self.context.state.region
        # The region's buckets first, then the others (shown with their region).
        self._buckets = sorted(buckets, key=lambda b: (b.region_id != region, b.name))
        self.bucket_table.setRowCount(len(self._buckets))
        wanted = select or self.context.state.bucket
        for row, bucket in enumerate(self._buckets):
            for column, text in enumerate((bucket.name, bucket.region_id)):
                item = QTableWidgetItem(text)
                item.setData(ROLE, CONTENT_ITEM)
                self.bucket_table.setItem(row, column, item)
        rows = [i for i, b in enumerate(self._buckets) if b.name == wanted]
        if not rows:
            rows = [i for i, b in enumerate(self._buckets) if b.region_id == region][:1]
        if rows:
            self.bucket_table.selectRow(rows[0])
        self._bucket_chosen()

    def select_bucket(self, name: str) -> None:
        for row, bucket in enumerate(self._buckets):
            if bucket.name == name:
                self.bucket_table.selectRow(row)

    def _bucket_chosen(self) -> None:
        row = self.bucket_table.currentRow()
        state = self.context.state
        if 0 <= row < len(self._buckets) and self.bucket_table.selectedItems():
            bucket = self._buckets[row]
            state.bucket, state.bucket_region = bucket.name, bucket.region_id
        else:
            state.bucket, state.bucket_region = "", ""
        if state.bucket and state.bucket_region != state.region:
            self.mismatch_label.setText(
                self.tr(
                    "The bucket {bucket} is in {bucket_region}, but the image goes to {region}: "
                    "choose or create a bucket in {region}."
                ).format(
                    bucket=state.bucket, bucket_region=state.bucket_region, region=state.region
                )
            )
        else:
            self.mismatch_label.setText("")
        self.context.notify()

    def _new_bucket_edited(self, text: str) -> None:
        errors = validate_bucket_name(text.strip()) if text else []
        self.new_bucket_error.setText(translate_text(errors[0].message) if errors else "")
        self.create_button.setEnabled(bool(text.strip()) and not errors)

    def create_bucket(self) -> None:
        name = self.new_bucket_edit.text().strip()
        region = self.context.state.region
        account = self.context.account()
        self.create_button.setEnabled(False)
        self.error.clear()

        def create(worker: object) -> tuple[Any, list[Any]]:
            created = account.create_bucket(name, region)
            return created, account.buckets()

        self.context.pool.start(create, on_finished=self._created, on_failed=self._failed)

    def _created(self, result: tuple[Any, list[Any]]) -> None:
        created, buckets = result
        self.new_bucket_edit.clear()
        self._buckets_loaded(buckets, select=created.name)

    def _failed(self, error: AppError) -> None:
        self.refresh_button.setEnabled(True)
        self._new_bucket_edited(self.new_bucket_edit.text())
        self.error.show_error(error)

    # -- object keys ---------------------------------------------------------------------------
    def _build_keys(self) -> None:
        while self.objects_form.rowCount():
            self.objects_form.removeRow(0)
        self.key_edits, self.key_errors = [], []
        for index, disk in enumerate(self.context.state.disks):
            edit = QLineEdit(self)
            edit.setText(disk.object_key)
            name = Path(disk.path).name
            what = (
                self.tr("System disk") if index == 0 else self.tr("Data disk {n}").format(n=index)
            )
            edit.setAccessibleName(self.tr("Object name of {disk}").format(disk=what))
            edit.setToolTip(self.tr("Object name in the bucket for {file}").format(file=name))
            mark_content(edit)
            error = label("", self)
            error.setStyleSheet("color: #c0392b;")
            edit.textChanged.connect(lambda text, i=index: self._key_edited(i, text))
            row = QWidget(self)
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(edit)
            row_layout.addWidget(error)
            self.objects_form.addRow(f"{what} ({name}):", row)
            self.key_edits.append(edit)
            self.key_errors.append(error)
            self._key_edited(index, edit.text())

    def _key_edited(self, index: int, text: str) -> None:
        errors = validate_object_key(text)
        message = errors[0].message if errors else ""
        self.key_errors[index].setText(translate_text(message))
        disks = self.context.state.disks
        disks[index] = replace(disks[index], object_key=text, object_key_error=message)
        self.context.notify()
