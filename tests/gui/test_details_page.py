"""The details page as a new user meets it: fields filled from the guest and saying so, the
platform list fitting the OS type, tags that are not errors before anything is typed, the tag
limit in words, and a reason for a blocked Next that matches what is shown."""

from __future__ import annotations

import pytest

from imageimporter.core.validation import TAG_MAX_COUNT
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.wizard.details_page import platforms_for
from tests.gui.conftest import needs_qemu, qemu_image
from tests.gui.driver import (
    add_disks,
    connect_sandbox,
    next_page,
    to_details,
    wait_buckets,
    wait_uploaded,
)
from tests.gui.guests import guest_disk
from tests.gui.pages import summary_rows


def details_of(qtbot, make_window, disk):
    window = make_window()
    to_details(qtbot, window, disk)
    wait_uploaded(qtbot, window)
    return window, window.page(Page.DETAILS)


def shown_hints(page):
    return sorted(field for field, hint in page.from_disk.items() if hint.isVisibleTo(page))


def test_fields_filled_from_the_guest_say_so_and_stay_editable(qtbot, make_window, tmp_path):
    page = details_of(qtbot, make_window, guest_disk(tmp_path))[1]
    assert page.os_combo.currentData() == "linux"
    assert page.platform_combo.currentData() == "Ubuntu"
    assert page.arch_combo.currentData() == "x86_64"
    assert page.boot_combo.currentData() == "BIOS"
    assert page.nvme_combo.currentData() == "supported"
    assert shown_hints(page) == [
        "Architecture", "BootMode", "Features.NvmeSupport", "OSType", "Platform",
    ]  # fmt: skip
    assert page.from_disk["Platform"].text() == "from the disk"
    # The user can still change every field; the hint goes with the disk's value.
    page.platform_combo.setCurrentIndex(page.platform_combo.findData("Debian"))
    page.boot_combo.setCurrentIndex(page.boot_combo.findData("UEFI"))
    assert page.spec().platform == "Debian" and page.spec().boot_mode == "UEFI"
    assert shown_hints(page) == ["Architecture", "Features.NvmeSupport", "OSType"]


@needs_qemu
def test_without_a_guest_nothing_claims_to_come_from_the_disk(qtbot, make_window, tmp_path):
    page = details_of(qtbot, make_window, qemu_image(tmp_path / "system.qcow2"))[1]
    assert shown_hints(page) == []


def test_platforms_fit_the_os_type_in_order():
    linux = platforms_for("linux")
    windows = platforms_for("windows")
    assert not [p for p in linux if "Windows" in p]
    assert windows == [
        "Windows Server 2003", "Windows Server 2008", "Windows Server 2012",
        "Windows Server 2016", "Windows Server 2019", "Windows Server 2022", "Other Windows",
    ]  # fmt: skip
    assert linux[-2:] == ["Others Linux", "Customized Linux"]
    named = linux[:-2]
    assert named == sorted(named, key=str.casefold)
    assert {"Ubuntu", "AlmaLinux", "Rocky Linux", "Aliyun"} <= set(named)


@needs_qemu
def test_platform_list_follows_the_os_type(qtbot, make_window, tmp_path):
    page = details_of(qtbot, make_window, qemu_image(tmp_path / "system.qcow2"))[1]
    items = [page.platform_combo.itemData(i) for i in range(page.platform_combo.count())]
    assert items == platforms_for("linux")
    page.os_combo.setCurrentIndex(page.os_combo.findData("windows"))
    items = [page.platform_combo.itemData(i) for i in range(page.platform_combo.count())]
    assert items == platforms_for("windows")
    assert page.platform_combo.currentData() == "Other Windows"
    assert page.error_text("Platform") == ""
    page.os_combo.setCurrentIndex(page.os_combo.findData("linux"))
    assert page.platform_combo.currentData() == "Others Linux"


@needs_qemu
def test_tags_new_row_is_no_error_and_the_limit_is_said(qtbot, make_window, tmp_path):
    window, page = details_of(qtbot, make_window, qemu_image(tmp_path / "system.qcow2"))
    page.name_edit.setText("web-server")
    page.add_tag_button.click()
    assert page.tags_table.rowCount() == 1
    page._touch("Tag")
    assert page.error_text("Tag") == ""
    assert window.next_button.isEnabled()
    assert page.tag_limit_label.isHidden()
    for _ in range(TAG_MAX_COUNT + 3):
        page.add_tag_button.click()
    assert page.tags_table.rowCount() == TAG_MAX_COUNT
    assert not page.add_tag_button.isEnabled()
    assert page.tag_limit_label.isVisibleTo(page)
    assert page.tag_limit_label.text() == "An image has at most 20 tags."
    page.tags_table.setCurrentCell(0, 0)
    page.remove_tag_button.click()
    assert page.add_tag_button.isEnabled() and page.tag_limit_label.isHidden()


@needs_qemu
@pytest.mark.parametrize(
    "case",
    [
        ("", False, "Give the image a name."),
        ("1-bad", False, "Give the image a name."),
        ("1-bad", True, "Fix the fields marked in red."),
    ],
)
def test_blocked_next_is_explained_by_what_is_shown(qtbot, make_window, tmp_path, case):
    name, finished, sentence = case
    window, page = details_of(qtbot, make_window, qemu_image(tmp_path / "system.qcow2"))
    page.name_edit.setText(name)
    if finished:
        page.name_edit.editingFinished.emit()
    assert not window.next_button.isEnabled()
    assert page.blocker_sentence() == sentence
    assert (page.error_text("ImageName") != "") is finished


@needs_qemu
def test_a_ready_role_is_said_not_skipped_silently(qtbot, make_window, tmp_path):
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    add_disks(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    next_page(qtbot, window, Page.STORAGE)
    wait_buckets(qtbot, window)
    window.context.roles().set_up()
    next_page(qtbot, window, Page.DETAILS)
    wait_uploaded(qtbot, window)
    page = window.page(Page.DETAILS)
    qtbot.waitUntil(lambda: window.context.state.role_ready)
    assert page.role_label.isVisibleTo(page)
    assert page.role_label.text() == (
        "The RAM role AliyunECSImageImportDefaultRole is ready, so the authorization step is "
        "not needed."
    )
    page.name_edit.setText("web-server")
    next_page(qtbot, window, Page.REVIEW)
    assert dict(summary_rows(window.page(Page.REVIEW)))["Authorization:"] == (
        "the RAM role is ready"
    )
