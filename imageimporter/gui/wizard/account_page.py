"""Step 1: whose account (a keyring profile, a new one, the aliyun CLI's, or the sandbox), which
region, and the credentials checked (STS GetCallerIdentity) before Next.

The page scrolls and its rows wrap, so it fits a small window and long translations. Without a
usable keyring nothing offers to save a secret (it would have nowhere safe to go).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core.errors import AppError
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import BasePage, ErrorPanel, button, label, mark_content
from imageimporter.gui.wizard.context import WizardContext
from imageimporter.gui.wizard.widgets import press_default


class AccountPage(BasePage):
    page = Page.ACCOUNT

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        body = QWidget(self.scroll_area)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(body)

        intro = label(
            self.tr(
                "Choose the Alibaba Cloud account to import into. Secrets stay in your "
                "system keyring; nothing is sent until you connect."
            ),
            body,
        )
        layout.addWidget(intro)

        saved = QGroupBox(self.tr("Saved profiles"), body)
        saved_layout = QVBoxLayout(saved)
        profile_row = QHBoxLayout()
        self.profile_combo = QComboBox(saved)
        self.profile_combo.setAccessibleName(self.tr("Profile"))
        mark_content(self.profile_combo)
        self.profile_combo.setMinimumWidth(160)
        self.connect_button = button(self.tr("Connect"), self.tr("Connect with this profile"))
        self.connect_button.clicked.connect(self.connect_profile)
        self.import_button = button(
            self.tr("Import aliyun CLI profiles"), self.tr("Import aliyun CLI profiles")
        )
        self.import_button.clicked.connect(self.import_cli)
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.connect_button)
        saved_layout.addLayout(profile_row)
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_button)
        import_row.addStretch(1)
        saved_layout.addLayout(import_row)
        layout.addWidget(saved)

        add = QGroupBox(self.tr("Add a profile"), body)
        form = QFormLayout(add)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.add_form = form
        self.name_edit = QLineEdit(add)
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("for example: work"))
        self.key_id_edit = QLineEdit(add)
        self.key_id_edit.setAccessibleName(self.tr("AccessKey ID"))
        self.secret_edit = QLineEdit(add)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("AccessKey Secret"))
        self.token_edit = QLineEdit(add)
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_edit.setAccessibleName(self.tr("STS token (optional)"))
        self.token_edit.setPlaceholderText(self.tr("only for temporary credentials"))
        form.addRow(self.tr("Profile name:"), self.name_edit)
        form.addRow(self.tr("AccessKey ID:"), self.key_id_edit)
        form.addRow(self.tr("AccessKey Secret:"), self.secret_edit)
        form.addRow(self.tr("STS token (optional):"), self.token_edit)
        self.keyring_label = label("", add)
        self.keyring_label.setAccessibleName(self.tr("Where the secret is stored"))
        form.addRow(self.keyring_label)
        self.save_button = button(self.tr("Save and connect"), self.tr("Save the profile"))
        self.save_button.clicked.connect(self.save_profile)
        form.addRow(self.save_button)
        layout.addWidget(add)

        sandbox_row = QHBoxLayout()
        self.sandbox_button = button(
            self.tr("Try it with the sandbox"), self.tr("Try it with the sandbox")
        )
        self.sandbox_button.clicked.connect(self.use_sandbox)
        sandbox_row.addWidget(self.sandbox_button)
        sandbox_row.addWidget(
            label(self.tr("A practice cloud on this computer: no account needed."), body), 1
        )
        layout.addLayout(sandbox_row)

        connected = QGroupBox(self.tr("Connection"), body)
        connected_form = QFormLayout(connected)
        connected_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status_label = label(self.tr("Not connected yet."), connected)
        self.status_label.setAccessibleName(self.tr("Connection status"))
        self.identity_label = label("", connected, content=True)
        self.identity_label.setAccessibleName(self.tr("Account"))
        self.region_combo = QComboBox(connected)
        self.region_combo.setAccessibleName(self.tr("Region"))
        self.region_combo.setEnabled(False)
        mark_content(self.region_combo)
        self.region_combo.currentIndexChanged.connect(self._region_chosen)
        connected_form.addRow(self.status_label)
        connected_form.addRow(self.tr("Account:"), self.identity_label)
        connected_form.addRow(self.tr("Region:"), self.region_combo)
        connected_form.setRowVisible(self.identity_label, False)  # until there is one to show
        self.connected_form = connected_form
        # What the wizard is connected to comes first: it is what Next depends on.
        layout.insertWidget(1, connected)

        self.error = ErrorPanel(body, service_codes_only=True)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self._store: Any = None
        self._filling_regions = False
        self._keyring_usable = False
        for edit in (self.name_edit, self.key_id_edit, self.secret_edit, self.token_edit):
            edit.returnPressed.connect(self._enter_in_form)
        self.context.connection_changed.connect(self._show_connection)
        self.setTabOrder(self.region_combo, self.profile_combo)
        self.setTabOrder(self.profile_combo, self.connect_button)
        self.setTabOrder(self.connect_button, self.import_button)
        self.setTabOrder(self.import_button, self.name_edit)
        self.setTabOrder(self.name_edit, self.key_id_edit)
        self.setTabOrder(self.key_id_edit, self.secret_edit)
        self.setTabOrder(self.secret_edit, self.token_edit)
        self.setTabOrder(self.token_edit, self.save_button)
        self.setTabOrder(self.save_button, self.sandbox_button)

    def title(self) -> str:
        return self.tr("Account")

    # -- profiles ------------------------------------------------------------------------------
    def enter(self) -> None:
        if self._store is None:
            self.context.pool.start(
                self._load_profiles, on_finished=self._profiles_loaded, on_failed=self._failed
            )

    def _load_profiles(self, worker: object) -> tuple[Any, list[str], str | None, str | None]:
        store = self.context.services.credentials()
        names = [p.name for p in store.profiles()]
        keyring_name = store.keyring_description() if store.keyring_available() else None
        return store, names, store.default_profile_name, keyring_name

    def _profiles_loaded(self, result: tuple[Any, list[str], str | None, str | None]) -> None:
        self._store, names, default, keyring_name = result
        self.profile_combo.clear()
        self.profile_combo.addItems(names)
        if default in names:
            self.profile_combo.setCurrentText(str(default))
        self.connect_button.setEnabled(bool(names))
        self._keyring_usable = keyring_name is not None
        self.save_button.setEnabled(self._keyring_usable)
        # Without a keyring there is nothing to save into: the form's fields and its button go,
        # only the explanation stays.
        for widget in (self.name_edit, self.key_id_edit, self.secret_edit, self.token_edit):
            self.add_form.setRowVisible(widget, self._keyring_usable)
        self.add_form.setRowVisible(self.save_button, self._keyring_usable)
        if keyring_name is None:
            self.keyring_label.setText(
                self.tr(
                    "No system keyring is available here, so a profile cannot be saved (secrets "
                    "are never kept in plain text). Use the sandbox, or set "
                    "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET."
                )
            )
            return
        self.keyring_label.setText(
            self.tr(
                "The AccessKey Secret and STS token are stored in: {keyring}. The profile list "
                "holds only the AccessKey ID."
            ).format(keyring=keyring_name)
        )

    def save_profile(self) -> None:
        from imageimporter.services.credentials import Profile

        if self._store is None:
            return
        name = self.name_edit.text().strip()
        token = self.token_edit.text().strip() or None
        profile = Profile(
            name,
            self.key_id_edit.text().strip(),
            mode="StsToken" if token else "AK",
        )
        secret = self.secret_edit.text()
        store = self._store

        def save(worker: object) -> str:
            store.save(profile, secret, token)
            return name

        self.context.pool.start(save, on_finished=self._saved, on_failed=self._failed)

    def _saved(self, name: str) -> None:
        self.secret_edit.clear()
        self.token_edit.clear()
        self._store = None
        self.context.pool.start(
            self._load_profiles,
            on_finished=lambda result: self._reloaded_after_save(result, name),
            on_failed=self._failed,
        )

    def _reloaded_after_save(
        self, result: tuple[Any, list[str], str | None, str], name: str
    ) -> None:
        self._profiles_loaded(result)
        self._connect_to(name)

    def import_cli(self) -> None:
        store = self._store
        if store is None:
            return
        self.context.pool.start(
            lambda worker: store.import_aliyun_cli(),
            on_finished=self._imported,
            on_failed=self._failed,
        )

    def _imported(self, results: list[Any]) -> None:
        imported = [r.name for r in results if r.imported]
        skipped = [f"{r.name}: {translate_text(r.reason)}" for r in results if not r.imported]
        text = self.tr("Imported {count} profile(s).").format(count=len(imported))
        if skipped:
            text += " " + self.tr("Skipped: {list}").format(list="; ".join(skipped))
        self.status_label.setText(text)
        self._store = None
        self.enter()

    # -- connecting ----------------------------------------------------------------------------
    def connect_profile(self) -> None:
        name = self.profile_combo.currentText()
        if name:
            self._connect_to(name)

    def _connect_to(self, name: str) -> None:
        connect = self.context.services.connect
        self._start_connect(lambda: connect(name, None))

    def use_sandbox(self) -> None:
        sandbox = self.context.services.sandbox
        self._start_connect(lambda: sandbox(None))

    def _start_connect(self, make: Any) -> None:
        self.error.clear()
        self.context.state.connecting = True
        self.context.state.connected = False
        self.status_label.setText(self.tr("Checking the credentials…"))
        self._set_buttons(False)
        self.context.notify()

        def check(worker: object) -> tuple[Any, Any, list[Any]]:
            from imageimporter.services.cloud import AccountService

            connection = make()
            try:
                account = AccountService(connection.session)
                identity = account.caller_identity()
                regions = account.regions()
            except AppError:
                connection.close()
                raise
            return connection, identity, regions

        self.context.pool.start(check, on_finished=self._connected, on_failed=self._failed)

    def _connected(self, result: tuple[Any, Any, list[Any]]) -> None:
        connection, identity, regions = result
        self.context.state.connecting = False
        self._set_buttons(True)
        self.context.set_connection(connection)
        self.identity_label.setText(identity.arn or identity.account_id)
        self.connected_form.setRowVisible(self.identity_label, True)
        self._filling_regions = True
        self.region_combo.clear()
        for region in regions:
            self.region_combo.addItem(f"{region.local_name} ({region.region_id})", region.region_id)
        index = self.region_combo.findData(connection.session.region)
        self.region_combo.setCurrentIndex(max(index, 0))
        self._filling_regions = False
        self.region_combo.setEnabled(True)
        self._region_chosen()

    def _show_connection(self) -> None:
        """Say what the wizard is connected to, however it connected (this page, the sandbox
        at start, or a resumed job)."""
        connection = self.context.connection
        if connection is None:
            self.status_label.setText(self.tr("Not connected."))
        elif connection.is_sandbox:
            self.status_label.setText(self.tr("Connected to the sandbox."))
        else:
            self.status_label.setText(
                self.tr("Connected with profile {name}.").format(name=connection.profile)
            )
        region = self.context.state.region
        if connection is not None and self.region_combo.findData(region) < 0 and region:
            self._filling_regions = True
            self.region_combo.addItem(region, region)
            self._filling_regions = False
        if region:
            self._filling_regions = True
            self.region_combo.setCurrentIndex(self.region_combo.findData(region))
            self._filling_regions = False

    def _enter_in_form(self) -> None:
        """Enter in the profile form saves it when everything is there, else moves on."""
        if self._keyring_usable and all(
            e.text().strip() for e in (self.name_edit, self.key_id_edit, self.secret_edit)
        ):
            self.save_profile()
        else:
            press_default(self)

    def _region_chosen(self) -> None:
        if self._filling_regions:
            return
        region = self.region_combo.currentData()
        if region:
            self.context.set_region(str(region))

    def _failed(self, error: AppError) -> None:
        self.context.state.connecting = False
        self._set_buttons(True)
        self.status_label.setText(self.tr("Not connected."))
        self.error.show_error(error)
        self.context.notify()

    def _set_buttons(self, enabled: bool) -> None:
        self.connect_button.setEnabled(enabled and self.profile_combo.count() > 0)
        self.save_button.setEnabled(enabled and self._keyring_usable)
        self.sandbox_button.setEnabled(enabled)
