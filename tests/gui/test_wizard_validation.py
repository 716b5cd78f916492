"""Each page's validation blocks Next with the right words; disks get their verdicts."""

from __future__ import annotations

from imageimporter.core.wizard_flow import DiskCheck, Page
from imageimporter.gui.wizard.widgets import Tone
from tests.gui.conftest import needs_qemu, qemu_image
from tests.gui.driver import (
    add_disks,
    connect_sandbox,
    fill_details,
    next_page,
    to_details,
    wait_buckets,
)

pytestmark = needs_qemu


def test_account_needs_a_connection(qtbot, make_window):
    window = make_window()
    assert not window.next_button.isEnabled()
    assert window.reason_label.text() == "Connect to an account, or try the sandbox."
    assert not window.back_button.isEnabled()


def test_account_shows_where_the_secret_goes_and_refuses_bad_input(qtbot, make_window):
    window = make_window()
    page = window.account_page
    qtbot.waitUntil(lambda: "stored in" in page.keyring_label.text())
    assert "MemoryKeyring" in page.keyring_label.text() or "Keyring" in page.keyring_label.text()
    page.name_edit.setText("work")
    page.key_id_edit.setText("LTAI123")
    page.save_profile()
    qtbot.waitUntil(page.error.isVisible)
    assert "AccessKey Secret" in page.error.message.text()
    assert not window.next_button.isEnabled()


def test_disks_verdicts_block_next_but_conversion_does_not(qtbot, make_window, tmp_path):
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    assert window.reason_label.text() == "Choose the system disk image."
    corrupt = tmp_path / "broken.qcow2"
    corrupt.write_bytes(b"QFI\xfb" + b"\x00" * 60 + b"garbage" * 100)
    page = add_disks(qtbot, window, qemu_image(tmp_path / "system.qcow2"), corrupt)
    assert window.context.state.disks[1].check is DiskCheck.NOT_IMPORTABLE
    assert page.table.item(1, 5).text() == "Not a disk image"
    assert not window.next_button.isEnabled()
    assert window.reason_label.text() == (
        "Data disk 1 cannot be imported; see its problems and hints."
    )
    page.table.selectRow(1)
    assert page.details.text().startswith("broken.qcow2: Not a disk image")
    page._remove_selected()
    vmdk = qemu_image(tmp_path / "data.vmdk", "vmdk", "5G")
    add_disks(qtbot, window, tmp_path / "system.qcow2", vmdk)
    assert page.table.item(1, 2).text() == "VMDK"
    # The app converts a VMDK while uploading: it does not hold Next back.
    assert page.table.item(1, 5).text() == "Converted while uploading"
    assert window.context.state.disks[1].check is DiskCheck.IMPORTABLE
    assert window.context.state.disks[1].object_key.endswith("-data.qcow2")
    page.table.selectRow(1)
    assert "converts it to QCOW2 while uploading" in page.details.text()
    assert page.conversion_label.text() == (
        "Converted to QCOW2 while uploading: 5.00 GiB virtual, 256 KiB to send."
    )
    assert window.next_button.isEnabled()
    page.table.selectRow(0)
    assert page.conversion_label.text().startswith("Sent as it is: ECS takes this QCOW2")


def test_unreadable_file(qtbot, make_window, tmp_path):
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    add_disks(qtbot, window, tmp_path / "missing.qcow2")
    assert window.context.state.disks[0].check is DiskCheck.UNREADABLE
    assert window.reason_label.text() == "The system disk cannot be read."


def test_storage_region_mismatch_and_object_names(qtbot, make_window, sandbox, tmp_path):
    sandbox.create_bucket("far-away", "cn-beijing")
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    add_disks(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    next_page(qtbot, window, Page.STORAGE)
    page = wait_buckets(qtbot, window)
    page.select_bucket("far-away")
    assert "far-away is in cn-beijing" in page.mismatch_label.text()
    assert not window.next_button.isEnabled()
    assert window.reason_label.text() == "The bucket is in cn-beijing, not in the image's region."
    page.select_bucket("imageimporter-sandbox")
    assert page.mismatch_label.text() == ""
    page.key_edits[0].setText("/starts-with-slash")
    assert page.key_errors[0].text() == "An object name cannot start with / or \\."
    assert not window.next_button.isEnabled()
    page.key_edits[0].setText("images/system.qcow2")
    assert window.next_button.isEnabled()
    page.new_bucket_edit.setText("Bad_Name")
    assert "lowercase" in page.new_bucket_error.text()
    assert not page.create_button.isEnabled()
    page.new_bucket_edit.setText("new-images")
    page.create_button.click()
    qtbot.waitUntil(lambda: window.context.state.bucket == "new-images", timeout=30_000)


def test_details_complain_only_after_the_first_edit(qtbot, make_window, tmp_path):
    window = make_window()
    to_details(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    page = window.page(Page.DETAILS)
    assert page.error_text("ImageName") == ""  # nothing said before the first edit
    assert not window.next_button.isEnabled()
    page.name_edit.setText("1-bad")
    assert page.error_text("ImageName") == ""  # still typing
    page.name_edit.editingFinished.emit()
    assert page.error_text("ImageName") == "The name must start with a letter."
    assert window.reason_label.text() == "Fix the fields marked in red."
    page.name_edit.setText("good-name")  # then live
    assert page.error_text("ImageName") == ""
    assert window.next_button.isEnabled()
    page.add_tag("acs:x", "")
    page._touch("Tag")
    assert page.error_text("Tag") == 'A tag key cannot start with "acs:" or "aliyun".'
    assert not window.next_button.isEnabled()
    page.tags_table.item(0, 0).setText("env")
    assert window.next_button.isEnabled()
    page.arch_combo.setCurrentText("arm64")
    assert page.error_text("BootMode") == (
        "arm64 images boot only with UEFI: choose UEFI as the boot mode."
    )
    page.boot_combo.setCurrentText("UEFI")
    page.size_spins[0].setValue(5)
    assert "use at least 6 GiB" in page.error_text("DiskDeviceMapping.1.DiskImageSize")
    for _ in range(25):
        page.add_tag("", "")
    assert page.tags_table.rowCount() == 20 and not page.add_tag_button.isEnabled()


def test_role_setup_from_the_wizard(qtbot, make_window, sandbox, tmp_path):
    window = make_window()
    to_details(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    fill_details(qtbot, window)
    qtbot.waitUntil(lambda: window.context.state.role_checked)
    next_page(qtbot, window, Page.AUTHORIZATION)
    page = window.page(Page.AUTHORIZATION)
    qtbot.waitUntil(page.setup_button.isEnabled)
    assert (
        page.items["exists"].tone is Tone.BAD and page.items["exists"].text() == "The role exists"
    )
    assert not window.next_button.isEnabled()
    assert window.reason_label.text() == "Set up the role first."
    assert "AliyunECSImageImportDefaultRole" in page.handover.toPlainText()
    assert "ram.console.aliyun.com" in page.link_label.text()
    page.setup_button.click()
    qtbot.waitUntil(lambda: window.context.state.role_ready, timeout=30_000)
    assert all(item.tone is Tone.GOOD for item in page.items.values())
    next_page(qtbot, window, Page.REVIEW)
    # Going back skips the authorization step now that the role is ready.
    window.go_back()
    assert window.current is Page.DETAILS


@needs_qemu
def test_one_imports_disks_share_a_folder_and_differ_by_index(qtbot, make_window, tmp_path):
    """Two disks called disk.qcow2 in different folders: one folder for the import, two
    objects; a new import gets a folder of its own."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    add_disks(
        qtbot,
        window,
        qemu_image(tmp_path / "a" / "disk.qcow2"),
        qemu_image(tmp_path / "b" / "disk.qcow2"),
    )
    keys = [disk.object_key for disk in window.context.state.disks]
    folders = {key.rsplit("/", 1)[0] for key in keys}
    assert len(folders) == 1
    assert [key.rsplit("/", 1)[1] for key in keys] == ["0-disk.qcow2", "1-disk.qcow2"]
    window.new_import()
    assert window.current is Page.DISKS
    add_disks(qtbot, window, qemu_image(tmp_path / "a" / "disk.qcow2"))
    assert window.context.state.disks[0].object_key.rsplit("/", 1)[0] not in folders
