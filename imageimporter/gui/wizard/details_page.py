"""Step 5: every ImportImage field, each validated by ``core.validation`` beside its input.

A field complains only after its first edit is finished (then live, as the user types), so
nobody is scolded for a form they have not filled in yet; but whenever something stops the user
from going on, every field at fault is shown. Platform, OS type, architecture and boot mode are
filled from the guest found on the system disk, and say so while they hold its value.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from imageimporter.core import limits
from imageimporter.core.image_spec import ImageSpec, Tag
from imageimporter.core.validation import (
    ARCHITECTURES,
    LICENSE_TYPES,
    PLATFORMS,
    TAG_MAX_COUNT,
    errors_by_field,
    validate_image_spec,
)
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import translate_text
from imageimporter.gui.wizard.common import BasePage, button, label, mark_content
from imageimporter.gui.wizard.context import WizardContext
from imageimporter.gui.wizard.guest import GuestFindings
from imageimporter.gui.wizard.widgets import press_default

# The catch-all platforms go last; the others are in alphabetical order.
_CATCH_ALL = ("Others Linux", "Customized Linux", "Other Windows")
_DEFAULT_PLATFORM = {"linux": "Others Linux", "windows": "Other Windows"}
# Guest facts (``core.guest.import_fields_from_guest`` keys) -> the page's fields.
_GUEST_FIELDS = ("Platform", "OSType", "Architecture", "BootMode", "Features.NvmeSupport")


def platforms_for(os_type: str) -> list[str]:
    """The Platform values that fit ``os_type``, ordered for people."""
    windows = os_type == "windows"
    fitting = [p for p in PLATFORMS if (p.startswith("Windows") or p == "Other Windows") == windows]
    last = {p: n for n, p in enumerate(_CATCH_ALL, start=1)}
    return sorted(fitting, key=lambda p: (last.get(p, 0), p.casefold()))


def _error_label(parent: QWidget) -> QLabel:
    widget = label("", parent)
    widget.setStyleSheet("color: #c0392b;")
    widget.hide()
    return widget


class DetailsPage(BasePage):
    page = Page.DETAILS

    def __init__(self, context: WizardContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.addWidget(
            label(
                self.tr(
                    "Describe the image. The defaults come from the disks; each field says "
                    "what is wrong beside it."
                ),
                body,
            )
        )
        main = QGroupBox(self.tr("Image"), body)
        form = QFormLayout(main)
        self.errors: dict[str, QLabel] = {}
        self.touched: set[str] = set()
        self.from_disk: dict[str, QLabel] = {}
        self.guest_values: dict[str, str] = {}  # field -> the value the guest gave it

        self.name_edit = QLineEdit(main)
        self.name_edit.setAccessibleName(self.tr("Image name"))
        self.name_edit.setPlaceholderText(self.tr("for example: web-server-2024"))
        mark_content(self.name_edit)
        self._add_row(form, self.tr("Image name:"), self.name_edit, "ImageName")
        self.description_edit = QLineEdit(main)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setPlaceholderText(self.tr("optional"))
        mark_content(self.description_edit)
        self._add_row(form, self.tr("Description:"), self.description_edit, "Description")
        for edit, field in ((self.name_edit, "ImageName"), (self.description_edit, "Description")):
            edit.editingFinished.connect(lambda f=field: self._touch(f))
            edit.textChanged.connect(self.revalidate)
            edit.returnPressed.connect(lambda: press_default(self))

        self.arch_combo = self._combo(self.tr("Architecture"), [(a, a) for a in ARCHITECTURES])
        self._add_row(form, self.tr("Architecture:"), self.arch_combo, "Architecture")
        self.os_combo = self._combo(
            self.tr("Operating system type"), [("linux", "Linux"), ("windows", "Windows")]
        )
        self.platform_combo = self._combo(self.tr("Platform"), [])
        mark_content(self.platform_combo)  # the API's own names
        self._fill_platforms()
        # Connected before the row's own handler, so the platform list fits before validating.
        self.os_combo.currentIndexChanged.connect(self._fill_platforms)
        self._add_row(form, self.tr("OS type:"), self.os_combo, "OSType")
        self._add_row(form, self.tr("Platform:"), self.platform_combo, "Platform")
        licenses = {
            "Auto": self.tr("Automatic"),
            "Aliyun": self.tr("Alibaba Cloud license"),
            "BYOL": self.tr("Bring your own license"),
        }
        self.license_combo = self._combo(
            self.tr("License type"), [(v, licenses[v]) for v in LICENSE_TYPES]
        )
        self._add_row(form, self.tr("License type:"), self.license_combo, "LicenseType")
        self.boot_combo = self._combo(self.tr("Boot mode"), [(m, m) for m in limits.BOOT_MODES])
        self._add_row(form, self.tr("Boot mode:"), self.boot_combo, "BootMode")
        layout.addWidget(main)

        self.disks_box = QGroupBox(self.tr("Disk sizes"), body)
        self.disks_form = QFormLayout(self.disks_box)
        self.size_spins: list[QSpinBox] = []
        layout.addWidget(self.disks_box)

        tags = QGroupBox(self.tr("Tags"), body)
        tags_layout = QVBoxLayout(tags)
        self.tags_table = QTableWidget(0, 2, tags)
        self.tags_table.setAccessibleName(self.tr("Tags"))
        self.tags_table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.tags_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tags_table.verticalHeader().setVisible(False)
        self.tags_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tags_table.setMinimumHeight(110)
        self.tags_table.itemChanged.connect(lambda item: self._touch("Tag"))
        tags_layout.addWidget(self.tags_table)
        tag_row = QHBoxLayout()
        self.add_tag_button = button(self.tr("Add tag"), self.tr("Add a tag"), tags)
        self.add_tag_button.clicked.connect(self.new_tag)
        self.remove_tag_button = button(self.tr("Remove tag"), self.tr("Remove the selected tag"))
        self.remove_tag_button.clicked.connect(self._remove_tag)
        self.tag_limit_label = label(
            self.tr("An image has at most {count} tags.").format(count=TAG_MAX_COUNT), tags
        )
        self.tag_limit_label.hide()
        tag_row.addWidget(self.add_tag_button)
        tag_row.addWidget(self.remove_tag_button)
        tag_row.addWidget(self.tag_limit_label, 1)
        tag_row.addStretch(1)
        tags_layout.addLayout(tag_row)
        self.errors["Tag"] = _error_label(tags)
        tags_layout.addWidget(self.errors["Tag"])
        layout.addWidget(tags)

        more = QGroupBox(self.tr("More"), body)
        more_form = QFormLayout(more)
        self.group_edit = QLineEdit(more)
        self.group_edit.setAccessibleName(self.tr("Resource group ID"))
        self.group_edit.setPlaceholderText(self.tr("default resource group"))
        mark_content(self.group_edit)
        self.group_edit.editingFinished.connect(lambda: self._touch("ResourceGroupId"))
        self.group_edit.textChanged.connect(self.revalidate)
        self.group_edit.returnPressed.connect(lambda: press_default(self))
        self._add_row(more_form, self.tr("Resource group:"), self.group_edit, "ResourceGroupId")
        self.nvme_combo = self._combo(
            self.tr("NVMe support"),
            [("", self.tr("Not set")), ("supported", self.tr("Supported")),
             ("unsupported", self.tr("Not supported"))],
        )  # fmt: skip
        self._add_row(more_form, self.tr("NVMe support:"), self.nvme_combo, "Features.NvmeSupport")
        self.imds_combo = self._combo(
            self.tr("Metadata service"),
            [("", self.tr("Not set")), ("v1", "IMDSv1 / v2"), ("v2", self.tr("IMDSv2 only"))],
        )
        self._add_row(
            more_form, self.tr("Metadata service:"), self.imds_combo, "Features.ImdsSupport"
        )
        self.check_box = QCheckBox(self.tr("Check the image after the import"), more)
        self.check_box.setAccessibleName(self.tr("Check the image after the import"))
        self.check_box.toggled.connect(lambda: self._touch("DetectionStrategy"))
        self._add_row(more_form, "", self.check_box, "DetectionStrategy")
        layout.addWidget(more)
        self.general_errors = _error_label(body)
        layout.addWidget(self.general_errors)
        self.role_label = label("", body)
        self.role_label.setAccessibleName(self.tr("Authorization"))
        self.role_label.hide()
        layout.addWidget(self.role_label)
        layout.addStretch(1)
        self._filled_for = ""
        self._guest_combos = {
            "Platform": self.platform_combo,
            "OSType": self.os_combo,
            "Architecture": self.arch_combo,
            "BootMode": self.boot_combo,
            "Features.NvmeSupport": self.nvme_combo,
        }

    def title(self) -> str:
        return self.tr("Image details")

    # -- building ------------------------------------------------------------------------------
    def _combo(self, accessible: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(accessible)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    def _add_row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        holder = QWidget(form.parentWidget() or self)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        if field in _GUEST_FIELDS:
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            hint = QLabel(self.tr("from the disk"), holder)
            hint.setAccessibleName(self.tr("Filled from the disk"))
            hint.setStyleSheet("color: #1e7e34;")
            hint.hide()
            self.from_disk[field] = hint
            line.addWidget(hint)
            holder_layout.addLayout(line)
        else:
            holder_layout.addWidget(widget)
        error = _error_label(holder)
        error.setAccessibleName(self.tr("Problem with this field"))
        holder_layout.addWidget(error)
        self.errors[field] = error
        form.addRow(text, holder)
        holder.show()
        row_label = form.labelForField(holder)
        if row_label is not None:
            row_label.show()
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda index, f=field: self._touch(f))

    def enter(self) -> None:
        job = self.context.job
        if job is not None and self._filled_for != job.id:
            self._fill(job.spec)
            self._filled_for = job.id
        self.revalidate()
        self._check_role()

    def _fill(self, spec: ImageSpec) -> None:
        self.touched.clear()
        self.name_edit.setText(spec.image_name)
        self.description_edit.setText(spec.description)
        report = self.context.reports[0] if self.context.reports else None
        boot = spec.boot_mode or (report.boot_mode if report is not None else None) or "BIOS"
        for combo, value in (
            (self.arch_combo, spec.architecture),
            (self.os_combo, spec.os_type),
            (self.platform_combo, spec.platform),
            (self.license_combo, spec.license_type),
            (self.boot_combo, boot),
            (self.nvme_combo, spec.nvme_support),
            (self.imds_combo, spec.imds_support),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.group_edit.setText(spec.resource_group_id)
        self.check_box.setChecked(spec.detection_strategy == "Standard")
        self.tags_table.setRowCount(0)
        for tag in spec.tags:
            self.add_tag(tag.key, tag.value)
        while self.disks_form.rowCount():
            self.disks_form.removeRow(0)
        self.size_spins = []
        for index, disk in enumerate(spec.disks, start=1):
            spin = QSpinBox(self.disks_box)
            spin.setRange(limits.CURRENT_API_DISK_MIN_GIB, limits.CURRENT_API_DISK_MAX_GIB)
            spin.setSuffix(" GiB")
            spin.setValue(disk.disk_image_size_gib or limits.DISK_IMAGE_SIZE_MIN_GIB)
            what = (
                self.tr("System disk")
                if index == 1
                else self.tr("Data disk {n}").format(n=index - 1)
            )
            spin.setAccessibleName(self.tr("Size of {disk}").format(disk=what))
            field = f"DiskDeviceMapping.{index}.DiskImageSize"
            spin.valueChanged.connect(lambda value, f=field: self._touch(f))
            self._add_row(self.disks_form, what + ":", spin, field)
            self.size_spins.append(spin)
        self._apply_guest()
        self.touched.clear()
        # A choice always holds a value: its problems (arm64 needs UEFI, ...) show at once.
        self.touched.update(
            {"Architecture", "OSType", "Platform", "LicenseType", "BootMode", "DetectionStrategy"}
            | {"Features.NvmeSupport", "Features.ImdsSupport"}
        )

    def _fill_platforms(self) -> None:
        """The platforms of the chosen OS type; the current one kept when it fits."""
        os_type = str(self.os_combo.currentData())
        current = self.platform_combo.currentData()
        fitting = platforms_for(os_type)
        self.platform_combo.blockSignals(True)
        self.platform_combo.clear()
        for platform in fitting:
            self.platform_combo.addItem(platform, platform)
        chosen = current if current in fitting else _DEFAULT_PLATFORM[os_type]
        self.platform_combo.setCurrentIndex(self.platform_combo.findData(chosen))
        self.platform_combo.blockSignals(False)

    def _apply_guest(self) -> None:
        """Set the fields the system disk's guest answers, and remember what it said."""
        from imageimporter.core.guest import import_fields_from_guest

        disks = self.context.state.disks
        guest = GuestFindings.of(self.context).get(disks[0].path) if disks else None
        self.guest_values = {}
        if guest is not None:
            fields = import_fields_from_guest(guest)
            for field in _GUEST_FIELDS:  # OSType before Platform: the list must fit first
                combo = self._guest_combos[field]
                index = combo.findData(fields.get(field))
                if index >= 0:
                    combo.setCurrentIndex(index)
                    self.guest_values[field] = str(fields[field])
        self._show_from_disk()

    def _show_from_disk(self) -> None:
        for field, hint in self.from_disk.items():
            value = self.guest_values.get(field)
            hint.setVisible(value is not None and self._guest_combos[field].currentData() == value)

    def new_tag(self) -> None:
        """An empty row to type a tag in (not a tag, so not an error, until something is
        typed)."""
        self.add_tag("", "")
        row = self.tags_table.rowCount() - 1
        item = self.tags_table.item(row, 0)
        if item is not None and not item.text():
            self.tags_table.setCurrentCell(row, 0)
            self.tags_table.editItem(item)

    def add_tag(self, key: str, value: str) -> None:
        if self.tags_table.rowCount() >= TAG_MAX_COUNT:
            return
        row = self.tags_table.rowCount()
        self.tags_table.insertRow(row)
        self.tags_table.setItem(row, 0, QTableWidgetItem(key))
        self.tags_table.setItem(row, 1, QTableWidgetItem(value))
        self._show_tag_limit()
        self.revalidate()

    def _remove_tag(self) -> None:
        row = self.tags_table.currentRow()
        if row >= 0:
            self.tags_table.removeRow(row)
        self._show_tag_limit()
        self._touch("Tag")

    def _show_tag_limit(self) -> None:
        full = self.tags_table.rowCount() >= TAG_MAX_COUNT
        self.add_tag_button.setEnabled(not full)
        self.tag_limit_label.setVisible(full)

    # -- validating ----------------------------------------------------------------------------
    def _tags(self) -> tuple[Tag, ...]:
        tags = []
        for row in range(self.tags_table.rowCount()):
            key = self.tags_table.item(row, 0)
            value = self.tags_table.item(row, 1)
            tag = Tag(key.text().strip() if key else "", value.text() if value else "")
            if tag.key or tag.value:  # a row nothing was typed in is not a tag
                tags.append(tag)
        return tuple(tags)

    def spec(self) -> ImageSpec | None:
        job = self.context.job
        if job is None:
            return None
        base = job.spec
        disks = (
            tuple(
                replace(d, disk_image_size_gib=spin.value())
                for d, spin in zip(base.disks, self.size_spins, strict=False)
            )
            + base.disks[len(self.size_spins) :]
        )
        return replace(
            base,
            disks=disks,
            image_name=self.name_edit.text().strip(),
            description=self.description_edit.text(),
            architecture=str(self.arch_combo.currentData()),
            os_type=str(self.os_combo.currentData()),
            platform=str(self.platform_combo.currentData()),
            license_type=str(self.license_combo.currentData()),
            boot_mode=str(self.boot_combo.currentData()),
            tags=self._tags(),
            resource_group_id=self.group_edit.text().strip(),
            nvme_support=str(self.nvme_combo.currentData() or ""),
            imds_support=str(self.imds_combo.currentData() or ""),
            detection_strategy="Standard" if self.check_box.isChecked() else "",
        )

    def _touch(self, field: str) -> None:
        self.touched.add(field)
        self.revalidate()

    def touch_all(self) -> None:
        self.touched.update(self.errors)
        self.revalidate()

    def revalidate(self) -> None:
        spec = self.spec()
        if spec is None:
            return
        grouped = errors_by_field(validate_image_spec(spec))
        shown: dict[str, list[str]] = {}
        general: list[str] = []
        for field, messages in grouped.items():
            target = "Tag" if field.startswith("Tag") else field
            if target in self.errors:
                shown.setdefault(target, []).extend(messages)
            else:
                general.extend(messages)
        for field, widget in self.errors.items():
            messages = shown.get(field, [])
            visible = bool(messages) and field in self.touched
            widget.setText(" ".join(translate_text(m) for m in messages))
            widget.setVisible(visible)
        self._show_from_disk()
        self.general_errors.setText(" ".join(translate_text(m) for m in general))
        self.general_errors.setVisible(bool(general))
        self.context.state.detail_errors = tuple(grouped)
        self.context.spec = spec if not grouped else None
        self.context.notify()

    def blocker_sentence(self) -> str:
        """Why Next is not possible, in words that match what the page shows: "Fix the fields
        marked in red." only when something is red, else the fields still to fill in."""
        if self.general_errors.isVisibleTo(self) or any(
            w.isVisibleTo(self) for w in self.errors.values()
        ):
            return self.tr("Fix the fields marked in red.")
        if "ImageName" in self.context.state.detail_errors:
            return self.tr("Give the image a name.")
        return self.tr("Complete the image details.")

    def error_text(self, field: str) -> str:
        widget = self.errors[field]
        return widget.text() if widget.isVisible() else ""

    def leave_forward(self) -> None:
        self.context.spec = self.spec()

    def focus_name(self) -> None:
        """Put the cursor in the image name, its text selected to be typed over."""
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    # -- the role, checked early so the authorization step can be skipped ---------------------
    def _check_role(self) -> None:
        state = self.context.state
        if state.role_checked and state.role_ready:
            return
        roles = self.context.roles()
        self.context.pool.start(
            lambda worker: roles.check(), on_finished=self._role_checked, on_failed=lambda e: None
        )

    def _role_checked(self, status: Any) -> None:
        from imageimporter.core.image_spec import IMPORT_ROLE_NAME

        self.context.state.role_checked = True
        self.context.state.role_ready = bool(status.ready)
        # The authorization step is skipped when the role is ready: say so, not silently.
        self.role_label.setText(
            self.tr(
                "The RAM role {role} is ready, so the authorization step is not needed."
            ).format(role=IMPORT_ROLE_NAME)
        )
        self.role_label.setVisible(self.context.state.role_ready)
        self.context.notify()
