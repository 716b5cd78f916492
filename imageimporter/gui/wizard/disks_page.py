"""Step 2: the system disk and up to 16 data disks, each inspected in a worker.

A disk is inspected twice on the same worker: its container (``core.inspect``: format, size,
verdict for ECS) and its guest (``core.guest``: the operating system and whether it will boot on
ECS). A failing readiness check holds the disk back until the user confirms they want to upload
it anyway.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.disk.transfer import TransferMode
from imageimporter.core.disk_plan import DiskPlan
from imageimporter.core.errors import AppError
from imageimporter.core.guest import CheckStatus, GuestReport
from imageimporter.core.inspect import DiskReport, Verdict
from imageimporter.core.text import Text
from imageimporter.core.units import format_size
from imageimporter.core.wizard_flow import MAX_DATA_DISKS, DiskCheck, DiskEntry, Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import CONTENT_ITEM, BasePage, button, label
from imageimporter.gui.wizard.context import WizardContext
from imageimporter.gui.wizard.guest import GuestFindings, has_failure, inspect_guest_at
from imageimporter.gui.wizard.widgets import (
    DropZone,
    Tone,
    ToneRow,
    press_default,
    tone_colour,
    tone_icon,
)

log = logging.getLogger(__name__)

RECENT_KEY = "disks/recent"
RECENT_MAX = 8
COLUMN_VERDICT = 5
COLUMN_GUEST = 6
_CHECK_TONES = {CheckStatus.PASS: Tone.GOOD, CheckStatus.WARN: Tone.WARNING,
                CheckStatus.FAIL: Tone.BAD}  # fmt: skip
_VERDICT_TONES = {Verdict.ACCEPT: Tone.GOOD, Verdict.CONVERT: Tone.WARNING,
                  Verdict.UNPACK: Tone.WARNING, Verdict.REJECT: Tone.BAD}  # fmt: skip


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
        self.guests = GuestFindings.of(context)
        # What conversion will send, per disk path: (virtual size, bytes to send).
        self.conversions: dict[str, tuple[int, int]] = {}
        self.confirm_dialog: QMessageBox | None = None
        self.guest_errors: dict[str, str] = {}
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.drop_zone = DropZone(
            self.tr(
                "Drop the system disk image here (then any data disks, up to 16), or choose "
                "it. Each file is checked from its own bytes, and so is the system inside."
            ),
            self,
        )
        self.drop_zone.paths_dropped.connect(self.add_paths)
        self.system_button = button(self.tr("Choose the system disk…"), self.tr("System disk"))
        self.system_button.clicked.connect(self._choose_system)
        self.data_button = button(self.tr("Add a data disk…"), self.tr("Add a data disk"))
        self.data_button.clicked.connect(self._choose_data)
        self.recent_button = QToolButton(self)
        self.recent_button.setText(self.tr("Recent files"))
        self.recent_button.setAccessibleName(self.tr("Recent files"))
        self.recent_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.recent_menu = QMenu(self.recent_button)
        self.recent_button.setMenu(self.recent_menu)
        for widget in (self.system_button, self.data_button, self.recent_button):
            self.drop_zone.add_button(widget)
        self.drop_zone.finish_buttons()
        layout.addWidget(self.drop_zone)

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
                self.tr("Operating system"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(80)
        self.table.itemSelectionChanged.connect(self._show_details)
        # Enter on a checked disk moves on (Next is only enabled when every disk may go on).
        self.table.activated.connect(lambda index: press_default(self))
        layout.addWidget(self.table, 1)
        remove_row = QHBoxLayout()
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the selected disk"))
        self.remove_button.clicked.connect(self._remove_selected)
        remove_row.addWidget(self.remove_button)
        remove_row.addStretch(1)
        layout.addLayout(remove_row)

        # The selected disk: what inspection said, what the guest is, its readiness checks.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        scroll.setWidget(body)
        details_layout = QVBoxLayout(body)
        details_layout.setContentsMargins(0, 0, 0, 0)
        self.guest_label = label("", body)
        self.guest_label.setAccessibleName(self.tr("Operating system found on the disk"))
        self.guest_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.guest_label.font()
        font.setBold(True)
        self.guest_label.setFont(font)
        details_layout.addWidget(self.guest_label)
        self.checks_box = QVBoxLayout()
        self.check_rows: list[ToneRow] = []
        details_layout.addLayout(self.checks_box)
        self.details = label("", body)
        self.details.setAccessibleName(self.tr("Problems and hints"))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        details_layout.addWidget(self.details)
        self.conversion_label = label("", body)
        self.conversion_label.setAccessibleName(self.tr("Conversion"))
        details_layout.addWidget(self.conversion_label)
        details_layout.addStretch(1)
        layout.addWidget(scroll, 3)
        # Outside the scrolled details: the one decision the page needs is always in view.
        self.confirm_box = QFrame(self)
        self.confirm_box.setObjectName("confirmBox")
        self.confirm_box.setStyleSheet(
            "#confirmBox { border: 1px solid #c0392b; border-radius: 4px; }"
        )
        confirm_layout = QHBoxLayout(self.confirm_box)
        self.confirm_label = label(
            self.tr(
                "A readiness check failed: an instance made from this image may not start on ECS."
            ),
            self.confirm_box,
        )
        self.accept_button = button(
            self.tr("Upload it anyway…"), self.tr("Upload the disk despite the failed check")
        )
        self.accept_button.clicked.connect(self.confirm_failures)
        confirm_layout.addWidget(self.confirm_label, 1)
        confirm_layout.addWidget(self.accept_button)
        self.confirm_box.hide()
        layout.addWidget(self.confirm_box)
        self.setTabOrder(self.system_button, self.data_button)
        self.setTabOrder(self.data_button, self.recent_button)
        self.setTabOrder(self.recent_button, self.table)
        self.setTabOrder(self.table, self.remove_button)
        self.setTabOrder(self.remove_button, self.accept_button)
        self._fill_recent()

    def title(self) -> str:
        return self.tr("Disks")

    def enter(self) -> None:
        if not self.context.state.disks:
            self.system_button.setFocus()

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

        def inspect(worker: object) -> tuple[DiskReport, DiskPlan, GuestReport | None, str]:
            from imageimporter.core.disk_plan import plan_disk
            from imageimporter.core.inspect import inspect_path

            report = inspect_path(path)
            # How it travels: reads the disk's allocation map, so here and not on the GUI thread.
            plan = plan_disk(report)
            if report.verdict is Verdict.REJECT:
                return report, plan, None, ""
            try:
                return report, plan, inspect_guest_at(path), ""
            except AppError as exc:  # the container is fine; only the guest is unknown
                return report, plan, None, _error_text(exc)
            except Exception:  # a bug in guest inspection must not hold back a good disk
                log.exception("guest inspection of %s failed", path)
                # tr is thread-safe: the words are made here, on the worker.
                return (
                    report,
                    plan,
                    None,
                    self.tr("something unexpected went wrong (see the log file)."),
                )

        self.context.pool.start(
            inspect,
            on_finished=lambda result: self._inspected(path, *result),
            on_failed=lambda error: self._unreadable(path, error),
            name=f"inspect {path}",
        )

    def _index_of(self, path: str) -> int | None:
        for index, disk in enumerate(self.context.state.disks):
            if disk.path == path and disk.check is DiskCheck.INSPECTING:
                return index
        return None

    def _inspected(
        self,
        path: str,
        report: DiskReport,
        plan: DiskPlan,
        guest: GuestReport | None,
        guest_error: str,
    ) -> None:
        index = self._index_of(path)
        if index is None:
            return
        self.context.reports[index] = report
        self.context.plans[path] = plan
        transfer = plan.plan
        if transfer.converted and transfer.virtual_size and transfer.bytes_to_send is not None:
            self.set_conversion(path, transfer.virtual_size, transfer.bytes_to_send)
        else:
            self.conversions.pop(path, None)
        self.guests.set(path, guest)
        self.guest_errors[path] = guest_error
        self._remember(path)
        self._settle(index)

    def _settle(self, index: int) -> None:
        """The disk's check from its verdict and its guest's failing checks not yet accepted."""
        from imageimporter.core.import_request import object_key_for, object_path_for

        path = self.context.state.disks[index].path
        planned = self.context.plans.get(path)
        travels = planned is not None and planned.plan.mode is not TransferMode.REFUSED
        check = (
            DiskCheck.IMPORTABLE
            if travels and not self.guests.blocks(path)
            else DiskCheck.NOT_IMPORTABLE
        )
        name = Path(path) if planned is None else object_path_for(Path(path), planned.plan)
        key = object_key_for(name, job_tag=self.context.key_tag, index=index)
        self.context.set_disk(index, DiskEntry(path, check, object_key=key))
        self._render()

    def _unreadable(self, path: str, error: AppError) -> None:
        index = self._index_of(path)
        if index is None:
            return
        self.context.reports[index] = None
        self.guests.set(path, None)
        self.context.set_disk(
            index, DiskEntry(path, DiskCheck.UNREADABLE, object_key_error=_error_text(error))
        )
        self._render()

    def set_conversion(self, path: str, virtual_size: int, to_send: int) -> None:
        """What converting the disk to QCOW2 while uploading will send (given by the caller
        that plans the conversion)."""
        self.conversions[path] = (virtual_size, to_send)
        self._show_details()

    # -- failing checks ------------------------------------------------------------------------
    def confirm_failures(self) -> None:
        """Ask before a disk whose guest failed a check may be uploaded."""
        row = self.table.currentRow()
        disks = self.context.state.disks
        if not 0 <= row < len(disks):
            return
        path = disks[row].path
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Upload a disk that may not boot?"))
        box.setText(
            self.tr(
                "{file} failed a readiness check. An image made from it may not start on ECS, "
                "and you would only find out after the upload and the import."
            ).format(file=Path(path).name)
        )
        box.setInformativeText(self.tr("Fixing the guest first is safer."))
        upload = box.addButton(self.tr("Upload it anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Do not upload"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            if box.clickedButton() is upload:
                self.guests.accept_failures(path)
                for index, disk in enumerate(self.context.state.disks):
                    if disk.path == path and disk.check is not DiskCheck.INSPECTING:
                        self._settle(index)
            self.confirm_dialog = None

        box.finished.connect(answered)
        self.confirm_dialog = box
        box.open()

    # -- rendering -----------------------------------------------------------------------------
    def verdict_text(self, verdict: str) -> str:
        return {
            "accept": self.tr("Importable"),
            "convert": self.tr("Converted while uploading"),
            "unpack": self.tr("Unpack first"),
            "reject": self.tr("Not a disk image"),
        }.get(verdict, verdict)

    def _verdict_cell(self, disk: DiskEntry, report: DiskReport | None) -> tuple[str, Tone]:
        if disk.check is DiskCheck.INSPECTING:
            return self.tr("Checking…"), Tone.BUSY
        if disk.check is DiskCheck.UNREADABLE or report is None:
            return self.tr("Cannot be read"), Tone.BAD
        planned = self.context.plans.get(disk.path)
        if planned is not None and planned.plan.mode is TransferMode.REFUSED:
            if report.verdict is Verdict.ACCEPT:
                return self.tr("Cannot be sent"), Tone.BAD
            return self.verdict_text(report.verdict.value), Tone.BAD
        if self.guests.blocks(disk.path):
            return self.tr("May not boot"), Tone.BAD
        if planned is not None and planned.plan.converted:
            return self.tr("Converted while uploading"), Tone.GOOD
        return self.verdict_text(report.verdict.value), _VERDICT_TONES[report.verdict]

    def _guest_cell(self, disk: DiskEntry) -> str:
        if disk.check is DiskCheck.INSPECTING:
            return ""
        guest = self.guests.get(disk.path)
        if guest is None:
            return "—"
        return guest.summary or self.tr("None found")

    def _render(self) -> None:
        disks = self.context.state.disks
        self.table.setRowCount(len(disks))
        for row, disk in enumerate(disks):
            report = self.context.reports[row] if row < len(self.context.reports) else None
            role = self.tr("System disk") if row == 0 else self.tr("Data disk {n}").format(n=row)
            verdict, tone = self._verdict_cell(disk, report)
            cells = [role, Path(disk.path).name, "", "", "", verdict, self._guest_cell(disk)]
            if report is not None and disk.check is not DiskCheck.INSPECTING:
                cells[2] = report.format.upper()
                cells[3] = format_size(report.virtual_size) if report.virtual_size else "—"
                cells[4] = report.boot_mode or "—"
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2, 3, 4, COLUMN_GUEST):
                    item.setData(Qt.ItemDataRole.UserRole + 1, CONTENT_ITEM)
                if column == 1:
                    item.setToolTip(disk.path)
                if column == 2 and report is not None and report.subformat:
                    item.setToolTip(report.subformat)
                if column == COLUMN_VERDICT:
                    item.setIcon(tone_icon(tone))
                    item.setForeground(tone_colour(tone))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if disks and self.table.currentRow() < 0:
            self.table.selectRow(len(disks) - 1)
        self._show_details()

    def _show_details(self) -> None:
        row = self.table.currentRow()
        disks = self.context.state.disks
        self._show_guest(None, "")
        self.conversion_label.hide()
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
        conversion = self.conversions.get(disk.path)
        planned = self.context.plans.get(disk.path)
        if conversion is not None:
            self.conversion_label.setText(
                self.tr(
                    "Converted to QCOW2 while uploading: {virtual} virtual, {send} to send."
                ).format(virtual=format_size(conversion[0]), send=format_size(conversion[1]))
            )
            self.conversion_label.show()
        elif planned is not None and planned.plan.mode is TransferMode.AS_IS:
            self.conversion_label.setText(
                self.tr("Sent as it is: {reason}").format(
                    reason=translate_text(planned.plan.reason)
                )
            )
            self.conversion_label.show()
        if disk.check is not DiskCheck.INSPECTING:
            self._show_guest(self.guests.get(disk.path), self.guest_errors.get(disk.path, ""))

    def _show_guest(self, guest: GuestReport | None, error: str) -> None:
        for row in self.check_rows:
            self.checks_box.removeWidget(row)
            row.hide()  # at once: deleteLater waits for the event loop
            row.deleteLater()
        self.check_rows = []
        if guest is None:
            text = self.tr("The system inside could not be read: {reason}").format(
                reason=translate_text(error)
            )
            self.guest_label.setText(text if error else "")
            self.guest_label.setVisible(bool(error))
            self.confirm_box.hide()
            return
        summary = guest.summary or self.tr("No operating system found")
        self.guest_label.setText(self.tr("Inside: {summary}").format(summary=summary))
        self.guest_label.show()
        order = {CheckStatus.FAIL: 0, CheckStatus.WARN: 1, CheckStatus.PASS: 2}
        for check in sorted(guest.checks, key=lambda c: order[c.status]):
            text = translate_text(check.message)
            if check.fix and check.status is not CheckStatus.PASS:
                text += "\n" + self.tr("Fix: {fix}").format(fix=translate_text(check.fix))
            row = ToneRow(_CHECK_TONES[check.status], text, self.guest_label.parentWidget())
            self.checks_box.addWidget(row)
            self.check_rows.append(row)
        path = self.context.state.disks[self.table.currentRow()].path
        self.confirm_box.setVisible(has_failure(guest) and self.guests.blocks(path))
