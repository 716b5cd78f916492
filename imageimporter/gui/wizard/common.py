"""Pieces every page uses: the page base, the error panel, small widget helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import translate_text

if TYPE_CHECKING:
    from imageimporter.core.errors import AppError
    from imageimporter.gui.wizard.context import WizardContext

# Widgets whose text is data (file names, bucket names, the service's own words), not the
# app's wording: the translation coverage test skips them.
CONTENT = "content"
# The same for table items: stored in this item data role.
CONTENT_ITEM = "content"


def mark_content(widget: QWidget) -> QWidget:
    widget.setProperty(CONTENT, True)
    return widget


def label(text: str = "", parent: QWidget | None = None, content: bool = False) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if content:
        mark_content(widget)
    return widget


def button(text: str, accessible: str, parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setAccessibleName(accessible)
    return widget


def copy_to_clipboard(text: str) -> None:
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(text)


class BasePage(QWidget):
    """One step: it renders the context's state and calls services through the context."""

    page: Page = Page.ACCOUNT

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def enter(self) -> None:
        """The page is shown (also when coming back)."""

    def leave_forward(self) -> None:
        """Next was pressed and allowed: store what the page holds."""


class ErrorPanel(QFrame):
    """An AppError in words: what happened, what to do, the code; never a traceback.
    ``action_requested`` carries the error's remedy when the user takes its button.

    With ``service_codes_only`` the code is shown only when a service answered with it (it
    comes with a request id, which support asks for); the app's own codes are not words for
    people."""

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, service_codes_only: bool = False) -> None:
        super().__init__(parent)
        self.service_codes_only = service_codes_only
        self.setObjectName("errorPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#errorPanel { border: 1px solid #c0392b; border-radius: 4px; }")
        layout = QVBoxLayout(self)
        self.message = label("", self)
        self.message.setAccessibleName(self.tr("Error"))
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.action = label("", self)
        self.action.setAccessibleName(self.tr("What to do"))
        self.code = label("", self, content=True)
        self.code.setAccessibleName(self.tr("Error code"))
        row = QHBoxLayout()
        self.remedy_button = QPushButton(self)
        self.remedy_button.setAccessibleName(self.tr("Fix it"))
        self.remedy_button.clicked.connect(self._remedy)
        row.addWidget(self.remedy_button)
        row.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.action)
        layout.addWidget(self.code)
        layout.addLayout(row)
        self._remedy_value = ""
        self.hide()

    def show_error(self, error: AppError) -> None:
        self.message.setText(translate_text(error.message))
        self.action.setText(translate_text(error.action))
        self.action.setVisible(bool(error.action))
        code = error.code if error.request_id or not self.service_codes_only else ""
        if error.request_id:
            code = self.tr("{code} (request {request})").format(code=code, request=error.request_id)
        self.code.setText(code)
        self.code.setVisible(bool(code))
        remedy = str(getattr(error, "remedy", "") or "")
        self._remedy_value = remedy
        texts = {
            "setup-role": self.tr("Open the authorization step"),
            "change-name": self.tr("Change the image name"),
            "check-credentials": self.tr("Check the account"),
            "retry": self.tr("Try again"),
        }
        self.remedy_button.setText(texts.get(remedy, ""))
        self.remedy_button.setVisible(remedy in texts)
        self.show()

    def clear(self) -> None:
        self.hide()

    def text(self) -> str:
        return " ".join(w.text() for w in (self.message, self.action, self.code))

    def _remedy(self) -> None:
        self.action_requested.emit(self._remedy_value)


class CopyField(QWidget):
    """A read-only value with a Copy button."""

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setReadOnly(True)
        self.edit.setAccessibleName(accessible)
        mark_content(self.edit)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy {what}").format(what=accessible))
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.edit.text()))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.copy_button)

    def set_text(self, text: str) -> None:
        self.edit.setText(text)
        self.edit.setCursorPosition(0)

    def text(self) -> str:
        return self.edit.text()
