"""Step 7: the summary (names, description, tags, sizes), the equivalent aliyun command, and a
dry run (an image of the same name, the objects, then ECS's DryRun); Next imports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.error_catalog import Remedy
from imageimporter.core.errors import AppError
from imageimporter.core.units import format_size
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.wizard.common import (
    BasePage,
    ErrorPanel,
    button,
    copy_to_clipboard,
    label,
)
from imageimporter.gui.wizard.context import WizardContext


class ReviewPage(BasePage):
    page = Page.REVIEW

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(
            label(
                self.tr(
                    "Check what will be imported. A dry run checks the image name, the "
                    "uploaded disks and the request without importing; Import starts the import."
                ),
                body,
            )
        )
        summary = QGroupBox(self.tr("Summary"), body)
        self.summary_form = QFormLayout(summary)
        self.summary_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addWidget(summary)
        command = QGroupBox(self.tr("The same import with the aliyun command line"), body)
        command_layout = QVBoxLayout(command)
        self.command_edit = QPlainTextEdit(command)
        self.command_edit.setReadOnly(True)
        self.command_edit.setProperty("content", True)
        self.command_edit.setAccessibleName(self.tr("aliyun command"))
        self.command_edit.setMaximumHeight(110)
        command_layout.addWidget(self.command_edit)
        row = QHBoxLayout()
        self.copy_button = button(self.tr("Copy the command"), self.tr("Copy the command"))
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.command_edit.toPlainText()))
        self.dry_run_button = button(self.tr("&Dry run"), self.tr("Dry run"))
        self.dry_run_button.clicked.connect(self.dry_run)
        row.addWidget(self.copy_button)
        row.addWidget(self.dry_run_button)
        row.addStretch(1)
        command_layout.addLayout(row)
        layout.addWidget(command)
        self.result_label = label("", body)
        self.result_label.setAccessibleName(self.tr("Dry run result"))
        layout.addWidget(self.result_label)
        self.error = ErrorPanel(body)
        self.error.action_requested.connect(self._remedy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setTabOrder(self.dry_run_button, self.copy_button)

    def title(self) -> str:
        return self.tr("Review and import")

    def _spec(self) -> Any:
        spec = self.context.spec
        job = self.context.job
        if spec is not None and job is not None:
            spec = replace(spec, client_token=job.client_token)
        return spec

    def enter(self) -> None:
        from imageimporter.core.image_spec import aliyun_cli_command

        spec = self._spec()
        self.error.clear()
        self.result_label.setText("")
        while self.summary_form.rowCount():
            self.summary_form.removeRow(0)
        if spec is None:
            return
        state = self.context.state
        rows = [
            (self.tr("Image name:"), spec.image_name, True),
            (self.tr("Description:"), spec.description or self.tr("none"), bool(spec.description)),
            (self.tr("Region:"), state.region, True),
            (self.tr("Bucket:"), state.bucket, True),
            (self.tr("System:"), f"{spec.platform}, {spec.architecture}, {spec.boot_mode}", True),
            (
                self.tr("Tags:"),
                ", ".join(f"{t.key}={t.value}" if t.value else t.key for t in spec.tags)
                or self.tr("none"),
                bool(spec.tags),
            ),
        ]
        if state.role_ready:
            rows.append((self.tr("Authorization:"), self.tr("the RAM role is ready"), False))
        for index, (disk, report) in enumerate(
            zip(state.disks, self.context.reports, strict=False)
        ):
            what = (
                self.tr("System disk:") if index == 0 else self.tr("Data disk {n}:").format(n=index)
            )
            where = f"→ oss://{state.bucket}/{disk.object_key}"
            text = "\n".join(
                line
                for line in (
                    self.disk_sizes(index, disk.path, report),
                    self.transfer_text(index),
                    where,
                )
                if line
            )
            rows.append((what, text, False))
        for text, value, content in rows:
            self.summary_form.addRow(text, label(value, self, content=content))
        self.command_edit.setPlainText(aliyun_cli_command(spec))

    def disk_sizes(self, index: int, path: str, report: Any) -> str:
        """ "system.qcow2: 1.20 GiB file, 40.0 GiB virtual, 40 GiB disk" """
        spec = self.context.spec
        sizes = []
        if report is not None:
            sizes.append(self.tr("{size} file").format(size=format_size(report.file_size)))
            if report.virtual_size:
                sizes.append(
                    self.tr("{size} virtual").format(size=format_size(report.virtual_size))
                )
        if spec is not None and index < len(spec.disks) and spec.disks[index].disk_image_size_gib:
            sizes.append(
                self.tr("{gib} GiB disk").format(gib=spec.disks[index].disk_image_size_gib)
            )
        return f"{Path(path).name}: " + ", ".join(sizes)

    def transfer_text(self, index: int) -> str:
        """How the disk travels: converted (with both sizes) or sent as it is."""
        job = self.context.job
        if job is None or index >= len(job.disks):
            return ""
        disk = job.disks[index]
        if not disk.converted:
            return self.tr("Sent as it is.")
        if disk.virtual_size is None or disk.bytes_to_send is None:
            return self.tr("Converted to QCOW2 while uploading.")
        return self.tr(
            "Converted to QCOW2 while uploading: {virtual} virtual, {send} to send."
        ).format(virtual=format_size(disk.virtual_size), send=format_size(disk.bytes_to_send))

    def dry_run(self) -> None:
        spec = self._spec()
        if spec is None:
            return
        importer = self.context.importer()
        self.context.state.busy = True
        self.dry_run_button.setEnabled(False)
        self.error.clear()
        self.result_label.setText(self.tr("Checking…"))
        self.context.notify()
        self.context.pool.start(
            lambda worker: importer.check_before_import(spec),
            on_finished=self._checked,
            on_failed=self._failed,
            name="dry run",
        )

    def _checked(self, problems: list[AppError]) -> None:
        self._done()
        if problems:
            self.result_label.setText(self.tr("The dry run found a problem:"))
            self.error.show_error(problems[0])
        else:
            self.result_label.setText(self.tr("The dry run passed: ECS would accept this import."))

    def _failed(self, error: AppError) -> None:
        self._done()
        self.result_label.setText("")
        self.error.show_error(error)

    def _remedy(self, remedy: str) -> None:
        """The error's button: "Change the image name" goes to the name, focused."""
        from imageimporter.gui.wizard.window import WizardWindow

        window = self.window()
        if remedy == Remedy.CHANGE_NAME and isinstance(window, WizardWindow):
            window.show_page(Page.DETAILS)
            window.page(Page.DETAILS).focus_name()

    def _done(self) -> None:
        self.context.state.busy = False
        self.dry_run_button.setEnabled(True)
        self.context.notify()
