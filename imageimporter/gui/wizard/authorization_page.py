"""Step 6: the RAM role ECS reads the bucket with: a checklist, "Set it up for me", or what to
hand to an administrator (the console's one-click link and the policy documents)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.errors import AppError
from imageimporter.core.image_spec import IMPORT_ROLE_NAME
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import BasePage, ErrorPanel, button, copy_to_clipboard, label
from imageimporter.gui.wizard.context import WizardContext
from imageimporter.gui.wizard.widgets import Tone, ToneRow


class AuthorizationPage(BasePage):
    page = Page.AUTHORIZATION

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "ECS reads the uploaded disks from OSS as the RAM role {role}. It must "
                    "exist, trust ECS, and have the import policy attached."
                ).format(role=IMPORT_ROLE_NAME),
                self,
            )
        )
        checklist = QGroupBox(self.tr("Checklist"), self)
        checklist_layout = QVBoxLayout(checklist)
        self.items: dict[str, ToneRow] = {
            "exists": ToneRow(Tone.BUSY, self.tr("The role exists"), checklist),
            "trusts": ToneRow(Tone.BUSY, self.tr("It trusts ECS (ecs.aliyuncs.com)"), checklist),
            "policy": ToneRow(Tone.BUSY, self.tr("The import policy is attached"), checklist),
        }
        for item in self.items.values():
            checklist_layout.addWidget(item)
        self.status_label = label("", checklist)
        self.status_label.setAccessibleName(self.tr("Role status"))
        checklist_layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.setup_button = button(self.tr("Set it up for me"), self.tr("Set up the role"))
        self.setup_button.clicked.connect(self.set_up)
        self.check_button = button(self.tr("Check again"), self.tr("Check the role again"))
        self.check_button.clicked.connect(self.check)
        row.addWidget(self.setup_button)
        row.addWidget(self.check_button)
        row.addStretch(1)
        checklist_layout.addLayout(row)
        layout.addWidget(checklist)

        admin = QGroupBox(self.tr("Or ask an administrator"), self)
        admin_layout = QVBoxLayout(admin)
        self.link_label = label("", admin)
        self.link_label.setOpenExternalLinks(True)
        self.link_label.setAccessibleName(self.tr("Console authorization link"))
        admin_layout.addWidget(self.link_label)
        self.handover = QPlainTextEdit(admin)
        self.handover.setReadOnly(True)
        self.handover.setProperty("content", True)
        self.handover.setAccessibleName(self.tr("Instructions for an administrator"))
        admin_layout.addWidget(self.handover)
        self.copy_button = button(
            self.tr("Copy the instructions"), self.tr("Copy the instructions"), admin
        )
        self.copy_button.clicked.connect(lambda: copy_to_clipboard(self.handover.toPlainText()))
        admin_layout.addWidget(self.copy_button)
        layout.addWidget(admin, 1)
        self.error = ErrorPanel(self)
        layout.addWidget(self.error)
        self._render(None)

    def title(self) -> str:
        return self.tr("Authorization")

    def enter(self) -> None:
        from imageimporter.services.role import (
            CONSOLE_AUTHORIZATION_URL,
            administrator_instruction_parts,
        )

        self.link_label.setText(
            '<a href="{url}">{text}</a>'.format(
                url=CONSOLE_AUTHORIZATION_URL,
                text=self.tr("Open the one-click authorization in the RAM console"),
            )
        )
        self.handover.setPlainText(
            "".join(translate_text(part) for part in administrator_instruction_parts())
        )
        self.check()

    def check(self) -> None:
        roles = self.context.roles()
        self._busy(self.tr("Checking the role…"))
        self.context.pool.start(
            lambda worker: roles.check(), on_finished=self._checked, on_failed=self._failed
        )

    def set_up(self) -> None:
        roles = self.context.roles()
        self._busy(self.tr("Setting up the role…"))
        self.context.pool.start(
            lambda worker: roles.set_up(), on_finished=self._checked, on_failed=self._failed
        )

    def _busy(self, text: str) -> None:
        self.error.clear()
        self.status_label.setText(text)
        self.setup_button.setEnabled(False)
        self.check_button.setEnabled(False)

    def _checked(self, status: Any) -> None:
        state = self.context.state
        state.role_checked = True
        state.role_ready = bool(status.ready)
        self._render(status)
        self.context.notify()

    def _failed(self, error: AppError) -> None:
        self.error.show_error(error)
        self.status_label.setText(self.tr("The role could not be checked or set up."))
        self.check_button.setEnabled(True)
        self.setup_button.setEnabled(True)

    def _render(self, status: Any) -> None:
        def tone(ok: bool | None) -> Tone:
            return Tone.BUSY if ok is None else (Tone.GOOD if ok else Tone.BAD)

        self.items["exists"].set_tone(tone(None if status is None else status.exists))
        self.items["trusts"].set_tone(tone(None if status is None else status.trusts_ecs))
        self.items["policy"].set_tone(tone(None if status is None else status.policy_attached))
        ready = status is not None and status.ready
        if status is not None:
            self.status_label.setText(
                self.tr("The role is ready.") if ready else self.tr("The role needs setting up.")
            )
        self.setup_button.setEnabled(status is not None and not ready)
        self.check_button.setEnabled(True)
        if status is not None and not ready and self.isVisible():
            self.setup_button.setFocus()  # the one thing to do here
