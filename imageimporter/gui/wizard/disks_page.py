"""Step 2: the system disk and up to 16 data disks, each inspected in a worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.errors import AppError
from imageimporter.core.text import Text
from imageimporter.core.units import format_size
from imageimporter.core.wizard_flow import MAX_DATA_DISKS, DiskCheck, DiskEntry, Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import CONTENT_ITEM, BasePage, button, label
from imageimporter.gui.wizard.context import WizardContext

RECENT_KEY = "disks/recent"
RECENT_MAX = 8


def _error_text(error: AppError) -> str:
    """The error's sentence and its action, kept as Text so the view can translate them."""
    if not error.action:
        return error.message
    return Text.of("{message} {action}", message=error.message, action=error.action)


class DisksPage(BasePage):
    page = Page.DISKS

    def __init__(
        self, context: WizardContext, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.settings = settings
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Choose the system disk image, then any data disks (up to 16). You can also "
                    "drop files here. Each file is checked from its own bytes."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        self.system_button = button(self.tr("Choose the system disk…"), self.tr("System disk"))
        self.system_button.clicked.connect(self._choose_system)
        self.data_button = button(self.tr("Add a data disk…"), self.tr("Add a data disk"))
        self.data_button.clicked.connect(self._choose_data)
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the selected disk"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.recent_button = QToolButton(self)
        self.recent_button.setText(self.tr("Recent files"))
        self.recent_button.setAccessibleName(self.tr("Recent files"))
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_button.setMenu(self.recent_menu)
        for widget in (self.system_button, self.data_button, self.remove_button):
            row.addWidget(widget)
        row.addWidget(self.recent_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.table = QTableWidget(0, 7, self)
        self.table.setAccessibleName(self.tr("Disks"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Disk"),
                self.tr("File"),
                self.tr("Format"),
                self.tr("Virtual size"),
                self.tr("Boot mode"),
                self.tr("Verdict"),
                self.tr("Subformat"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._show_details)
        layout.addWidget(self.table, 2)
        self.details = label("", self)
        self.details.setAccessibleName(self.tr("Problems and hints"))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.details, 1)
        self._fill_recent()

    def title(self) -> str:
        return self.tr("Disks")

    # -- adding and removing -------------------------------------------------------------------
    def _choose_system(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the system disk image"))
        if path:
            self.set_system_disk(path)

    def _choose_data(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose data disk images"))
        for path in paths:
            self.add_data_disk(path)

    def set_system_disk(self, path: str | Path) -> None:
        entry = DiskEntry(str(Path(path).resolve()))
        state = self.context.state
        if state.disks:
            state.disks[0] = entry
            self.context.reports[0] = None
        else:
            state.disks.append(entry)
            self.context.reports.append(None)
        self._inspect(0)

    def add_data_disk(self, path: str | Path) -> None:
        state = self.context.state
        if not state.disks:
            self.set_system_disk(path)
            return
        if len(state.disks) >= MAX_DATA_DISKS + 1:
            self.details.setText(
                self.tr("An image has at most {count} data disks.").format(count=MAX_DATA_DISKS)
            )
            return
        state.disks.append(DiskEntry(str(Path(path).resolve())))
        self.context.reports.append(None)
        self._inspect(len(state.disks) - 1)

    def add_paths(self, paths: list[str]) -> None:
        for path in paths:
            self.add_data_disk(path)

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        del self.context.state.disks[row]
        del self.context.reports[row]
        self._render()
        self.context.notify()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_paths(paths)
        event.acceptProposedAction()

    # -- recent files --------------------------------------------------------------------------
    def _recent(self) -> list[str]:
        value: Any = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value or []]

    def _remember(self, path: str) -> None:
        recent = [path] + [p for p in self._recent() if p != path]
        self.settings.setValue(RECENT_KEY, recent[:RECENT_MAX])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda checked=False, p=path: self.add_data_disk(p))
        self.recent_button.setEnabled(bool(recent))

    # -- inspection ----------------------------------------------------------------------------
    def _inspect(self, index: int) -> None:
        path = self.context.state.disks[index].path
        self._render()
        self.context.notify()

        def inspect(worker: object) -> Any:
            from imageimporter.core.inspect import inspect_path

            return inspect_path(path)

        self.context.pool.start(
            inspect,
            on_finished=lambda report: self._inspected(path, report),
            on_failed=lambda error: self._unreadable(path, error),
            name=f"inspect {path}",
        )

    def _index_of(self, path: str) -> int | None:
        for index, disk in enumerate(self.context.state.disks):
            if disk.path == path and disk.check is DiskCheck.INSPECTING:
                return index
        return None

    def _inspected(self, path: str, report: Any) -> None:
        from imageimporter.core.import_request import object_key_for
        from imageimporter.core.inspect import Verdict

        index = self._index_of(path)
        if index is None:
            return
        check = (
            DiskCheck.IMPORTABLE if report.verdict is Verdict.ACCEPT else DiskCheck.NOT_IMPORTABLE
        )
        self.context.reports[index] = report
        self.context.set_disk(index, DiskEntry(path, check, object_key=object_key_for(Path(path))))
        self._remember(path)
        self._render()

    def _unreadable(self, path: str, error: AppError) -> None:
        index = self._index_of(path)
        if index is None:
            return
        self.context.reports[index] = None
        self.context.set_disk(
            index, DiskEntry(path, DiskCheck.UNREADABLE, object_key_error=_error_text(error))
        )
        self._render()

    # -- rendering -----------------------------------------------------------------------------
    def verdict_text(self, verdict: str) -> str:
        return {
            "accept": self.tr("Importable"),
            "convert": self.tr("Convert first"),
            "unpack": self.tr("Unpack first"),
            "reject": self.tr("Not a disk image"),
        }.get(verdict, verdict)

    def _render(self) -> None:
        disks = self.context.state.disks
        self.table.setRowCount(len(disks))
        for row, disk in enumerate(disks):
            report = self.context.reports[row] if row < len(self.context.reports) else None
            role = self.tr("System disk") if row == 0 else self.tr("Data disk {n}").format(n=row)
            cells = [role, disk.path, "", "", "", "", ""]
            if disk.check is DiskCheck.INSPECTING:
                cells[5] = self.tr("Checking…")
            elif disk.check is DiskCheck.UNREADABLE:
                cells[5] = self.tr("Cannot be read")
            elif report is not None:
                cells[2] = report.format.upper()
                cells[3] = format_size(report.virtual_size) if report.virtual_size else "—"
                cells[4] = report.boot_mode or "—"
                cells[5] = self.verdict_text(report.verdict.value)
                cells[6] = report.subformat or "—"
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3, 4, 6):
                    item.setData(Qt.ItemDataRole.UserRole + 1, CONTENT_ITEM)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if disks and self.table.currentRow() < 0:
            self.table.selectRow(len(disks) - 1)
        self._show_details()

    def _show_details(self) -> None:
        row = self.table.currentRow()
        disks = self.context.state.disks
        if row < 0 or row >= len(disks):
            self.details.setText("")
            return
        disk = disks[row]
        report = self.context.reports[row]
        if disk.check is DiskCheck.UNREADABLE:
            self.details.setText(translate_text(disk.object_key_error))
            return
        if report is None:
            self.details.setText("")
            return
        lines = [f"{Path(disk.path).name}: {self.verdict_text(report.verdict.value)}"]
        lines += [f"• {translate_text(p.message)}" for p in report.problems]
        lines += [f"→ {translate_text(h.message)}" for h in report.hints]
        if report.min_disk_image_size_gib:
            lines.append(
                self.tr("Needs a disk of at least {size} GiB.").format(
                    size=report.min_disk_image_size_gib
                )
            )
        self.details.setText("\n".join(lines))
