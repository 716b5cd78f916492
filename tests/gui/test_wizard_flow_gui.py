"""The wizard end to end against the in-process sandbox."""

from __future__ import annotations

import re

from imageimporter.core.job import JobState
from imageimporter.core.wizard_flow import Page
from tests.gui.conftest import BUCKET, needs_qemu, qemu_image, shot
from tests.gui.driver import (
    FINAL,
    connect_sandbox,
    fill_details,
    next_page,
    to_upload,
    wait_job,
    wait_uploaded,
)

pytestmark = needs_qemu


def test_happy_path_system_and_data_disk(qtbot, make_window, sandbox, tmp_path):
    sandbox.set_import_seconds(1.0)
    system = qemu_image(tmp_path / "system.qcow2")
    data = qemu_image(tmp_path / "data.qcow2", size="5G")
    window = make_window()
    shot(window, "1-account-empty")
    connect_sandbox(qtbot, window)
    assert window.sandbox_banner.isVisible()
    shot(window, "1-account")
    next_page(qtbot, window, Page.DISKS)
    from tests.gui.driver import add_disks, wait_buckets

    disks = add_disks(qtbot, window, system, data)
    assert disks.table.item(0, 2).text() == "QCOW2"
    assert disks.table.item(1, 0).text() == "Data disk 1"
    shot(window, "2-disks")
    next_page(qtbot, window, Page.STORAGE)
    storage = wait_buckets(qtbot, window)
    assert window.context.state.bucket == BUCKET
    keys = [e.text() for e in storage.key_edits]
    assert re.fullmatch(r"imageimporter/\d{8}-[0-9a-f]{8}/0-system\.qcow2", keys[0])
    assert re.fullmatch(r"imageimporter/\d{8}-[0-9a-f]{8}/\d-data\.qcow2", keys[1])
    shot(window, "3-storage")
    next_page(qtbot, window, Page.UPLOAD)
    wait_uploaded(qtbot, window)
    shot(window, "4-upload")
    assert window.page(Page.UPLOAD).overall_bar.value() == 1000
    next_page(qtbot, window, Page.DETAILS)
    details = fill_details(qtbot, window)
    assert details.boot_combo.currentText() in ("BIOS", "UEFI")
    assert [s.value() for s in details.size_spins] == [6, 5]
    details.add_tag("env", "test")
    shot(window, "5-details")
    qtbot.waitUntil(lambda: window.context.state.role_checked)
    next_page(qtbot, window, Page.AUTHORIZATION)
    auth = window.page(Page.AUTHORIZATION)
    qtbot.waitUntil(auth.setup_button.isEnabled)
    shot(window, "6-authorization")
    auth.setup_button.click()
    qtbot.waitUntil(lambda: window.context.state.role_ready, timeout=30_000)
    next_page(qtbot, window, Page.REVIEW)
    review = window.page(Page.REVIEW)
    assert "aliyun ecs ImportImage" in review.command_edit.toPlainText()
    assert f"--DiskDeviceMapping.2.OSSObject={keys[1]}" in review.command_edit.toPlainText()
    review.dry_run()
    qtbot.waitUntil(lambda: "passed" in review.result_label.text(), timeout=30_000)
    shot(window, "7-review")
    next_page(qtbot, window, Page.PROGRESS)
    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error
    progress = window.page(Page.PROGRESS)
    qtbot.waitUntil(progress.result_box.isVisible)
    assert progress.image_id.text() == job.image_id and job.image_id.startswith("m-")
    assert window.notified == [(job.id, "Succeeded")]
    shot(window, "8-progress")
    progress.clean_up()
    qtbot.waitUntil(lambda: "oss://" in progress.cleanup_label.text(), timeout=30_000)
    oss = sandbox.context.products["oss"]
    assert oss.object_info(BUCKET, keys[0]) is None


def test_failed_import_shows_the_mapped_error(qtbot, make_window, sandbox, tmp_path):
    sandbox.set_import_seconds(0.5)
    sandbox.fail_imports("ImportImageFailed")
    window = make_window()
    to_upload(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    wait_uploaded(qtbot, window)
    next_page(qtbot, window, Page.DETAILS)
    fill_details(qtbot, window, "will-fail")
    next_page(qtbot, window, Page.AUTHORIZATION)
    window.page(Page.AUTHORIZATION).set_up()
    qtbot.waitUntil(lambda: window.context.state.role_ready, timeout=30_000)
    next_page(qtbot, window, Page.REVIEW)
    next_page(qtbot, window, Page.PROGRESS)
    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.FAILED
    panel = window.page(Page.PROGRESS).error
    qtbot.waitUntil(panel.isVisible)
    assert "failed on the service side" in panel.message.text()
    assert "ImportImageFailed" in panel.code.text()
    assert "Traceback" not in panel.text()
    assert window.notified == [(job.id, "Failed")]
