"""Small widgets the pages share: the drop zone, and icons and colours for verdicts."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from imageimporter.gui.wizard.common import label


class Tone(StrEnum):
    """How good a verdict or a check is; each has one colour and one icon everywhere."""

    GOOD = "good"
    WARNING = "warning"
    BAD = "bad"
    BUSY = "busy"


_COLOURS = {
    Tone.GOOD: "#1e7e34",
    Tone.WARNING: "#8a6100",
    Tone.BAD: "#c0392b",
    Tone.BUSY: "#555555",
}
_ICONS = {
    Tone.GOOD: QStyle.StandardPixmap.SP_DialogApplyButton,
    Tone.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Tone.BAD: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Tone.BUSY: QStyle.StandardPixmap.SP_BrowserReload,
}


def tone_colour(tone: Tone) -> QColor:
    return QColor(_COLOURS[tone])


def tone_icon(tone: Tone) -> QIcon:
    return QApplication.style().standardIcon(_ICONS[tone])


class ToneRow(QWidget):
    """An icon and a word-wrapped sentence in the tone's colour (a check, a verdict)."""

    def __init__(self, tone: Tone, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = label(text, self)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.icon)
        layout.addWidget(self.text_label, 1)
        self.set_tone(tone)

    def set_tone(self, tone: Tone) -> None:
        """Show another verdict (a check that ran, a role that was set up)."""
        self.tone = tone
        self.icon.setPixmap(tone_icon(tone).pixmap(16, 16))
        names = {
            Tone.GOOD: self.tr("Passed"),
            Tone.WARNING: self.tr("Warning"),
            Tone.BAD: self.tr("Failed"),
            Tone.BUSY: self.tr("Checking"),
        }
        self.icon.setAccessibleName(names[tone])
        self.text_label.setStyleSheet("" if tone is Tone.GOOD else f"color: {_COLOURS[tone]};")

    def text(self) -> str:
        return self.text_label.text()


class DropZone(QFrame):
    """A framed area that takes dropped files, with the page's buttons for choosing them."""

    paths_dropped = Signal(list)  # list[str]

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self._set_highlight(False)
        layout = QVBoxLayout(self)
        self.message = label(text, self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)

    def add_button(self, widget: QWidget) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, widget)

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)

    def _set_highlight(self, on: bool) -> None:
        colour = "#2d7dd2" if on else "#9aa5b1"
        background = "background: rgba(45, 125, 210, 0.08);" if on else ""
        self.setStyleSheet(
            f"#dropZone {{ border: 2px dashed {colour}; border-radius: 8px; {background} }}"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            self._set_highlight(True)
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        self._set_highlight(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_highlight(False)
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.paths_dropped.emit(paths)
        event.acceptProposedAction()


def press_default(widget: QWidget) -> None:
    """Enter in a field moves on: click the window's default button, when it may be clicked."""
    for candidate in widget.window().findChildren(QPushButton):
        if candidate.isDefault() and candidate.isVisible() and candidate.isEnabled():
            candidate.click()
            return
