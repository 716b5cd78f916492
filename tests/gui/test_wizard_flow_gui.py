"""The wizard end to end against the in-process sandbox."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from imageimporter.core.job import JobState
from imageimporter.core.wizard_flow import Page
from tests.gui.conftest import BUCKET, mbr_raw, needs_qemu, qemu_image, shot
from tests.gui.driver import (
    FINAL,
    connect_sandbox,
    fill_details,
    next_page,
    to_details,
    wait_job,
    wait_uploaded,
)
from tests.services.test_pipeline import images_named

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
    next_page(qtbot, window, Page.DETAILS)  # the upload starts in the background
    wait_uploaded(qtbot, window)
    details = fill_details(qtbot, window)
    assert details.boot_combo.currentText() in ("BIOS", "UEFI")
    assert [s.value() for s in details.size_spins] == [6, 5]
    details.add_tag("env", "test")
    shot(window, "4-details")
    qtbot.waitUntil(lambda: window.context.state.role_checked)
    next_page(qtbot, window, Page.AUTHORIZATION)
    auth = window.page(Page.AUTHORIZATION)
    qtbot.waitUntil(auth.setup_button.isEnabled)
    shot(window, "5-authorization")
    auth.setup_button.click()
    qtbot.waitUntil(lambda: window.context.state.role_ready, timeout=30_000)
    next_page(qtbot, window, Page.REVIEW)
    review = window.page(Page.REVIEW)
    assert "aliyun ecs ImportImage" in review.command_edit.toPlainText()
    assert f"--DiskDeviceMapping.2.OSSObject={keys[1]}" in review.command_edit.toPlainText()
    review.dry_run()
    qtbot.waitUntil(lambda: "passed" in review.result_label.text(), timeout=30_000)
    shot(window, "6-review")
    next_page(qtbot, window, Page.PROGRESS)
    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error
    progress = window.page(Page.PROGRESS)
    qtbot.waitUntil(progress.result_box.isVisible)
    assert progress.image_id.text() == job.image_id and job.image_id.startswith("m-")
    assert not progress.console_link.isVisible()  # the sandbox's image is not in the console
    assert progress.now_label.text() == "Done: the image web-server is ready."
    assert [row.bar.value() for row in progress.rows] == [1000, 1000]
    assert window.notified == [(job.id, "Succeeded")]
    shot(window, "7-progress")
    window.resize(700, 500)  # the smallest size: the step scrolls, nothing is cut off
    assert (window.width(), window.height()) == (700, 500)
    shot(window, "7-progress-700x500")
    progress.clean_up()
    qtbot.waitUntil(lambda: "oss://" in progress.cleanup_label.text(), timeout=30_000)
    oss = sandbox.context.products["oss"]
    assert oss.object_info(BUCKET, keys[0]) is None


def test_unattended_import_clicked_before_the_upload_ends(
    qtbot, make_window, sandbox, sandbox_services, tmp_path
):
    """Every question is answered while the upload runs; one Import click before it ends,
    and the job reaches Available with no further click."""
    from imageimporter.services.role import RoleService
    from imageimporter.services.upload import UploadOptions

    sandbox.set_import_seconds(0.5)
    sandbox.set_bandwidth(2 << 20)
    size = 12 << 20
    RoleService(sandbox_services.connection().session).set_up()
    window = make_window(upload_options=UploadOptions(part_size=1 << 20, threads=2))
    to_details(qtbot, window, mbr_raw(tmp_path / "system.raw", size))
    uploading = window.context.job
    assert uploading.state in (JobState.DRAFT, JobState.UPLOADING)
    qtbot.waitUntil(window.background_label.isVisible, timeout=10_000)
    assert window.background_label.text().startswith("Uploading in the background")
    shot(window, "4-details-uploading")
    fill_details(qtbot, window, "unattended")
    qtbot.waitUntil(lambda: window.context.state.role_checked, timeout=10_000)
    next_page(qtbot, window, Page.REVIEW)  # the role is ready: its step is skipped
    assert not window.context.job.all_uploaded  # still uploading when Import is clicked
    next_page(qtbot, window, Page.PROGRESS)
    progress = window.page(Page.PROGRESS)
    assert "The import follows by itself." in progress.now_label.text()
    qtbot.waitUntil(lambda: progress.rows[0].done > 2 << 20, timeout=30_000)
    shot(window, "7-progress-uploading")
    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error
    assert job.id == uploading.id and job.spec.image_name == "unattended"
    assert sandbox.stats.bytes_received["oss:UploadPart"] == size  # uploaded once
    (image,) = images_named(window.context.pipeline(), "unattended")
    assert image.status == "Available"


def test_failed_import_shows_the_mapped_error(qtbot, make_window, sandbox, tmp_path):
    sandbox.set_import_seconds(0.5)
    sandbox.fail_imports("ImportImageFailed")
    window = make_window()
    to_details(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
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
    # The retry: the failed image is deleted and a new import submitted, with no other step.
    progress = window.page(Page.PROGRESS)
    assert progress.retry_button.isVisible() and not progress.resume_button.isVisible()
    shot(window, "7-progress-failed")
    # The likely next action has the focus, and Enter takes it.
    qtbot.waitUntil(lambda: window.focusWidget() is progress.retry_button)
    assert window.default_button is progress.retry_button
    sandbox.fail_imports(None)
    QTest.keyClick(progress.retry_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.context.job.state is JobState.SUCCEEDED, timeout=60_000)
    done = window.context.job
    assert done.task_id != job.task_id and done.image_id != job.image_id
    assert [i.image_id for i in images_named(window.context.pipeline(), "will-fail")] == [
        done.image_id
    ]
    assert not progress.retry_button.isVisible() and not panel.isVisible()


def test_a_name_clash_leads_to_the_name_field_and_the_job_carries_on(
    qtbot, make_window, sandbox, sandbox_services, tmp_path
):
    from imageimporter.core.import_request import ImageRequest
    from imageimporter.services.job_store import JobStore
    from imageimporter.services.pipeline import ImportPipeline

    sandbox.set_import_seconds(0.2)
    other = ImportPipeline(
        JobStore(tmp_path / "other.sqlite3"), sandbox_services.connection().session
    )
    taken = ImageRequest(qemu_image(tmp_path / "other.qcow2"), BUCKET, sandbox.region, "taken")
    assert other.run(other.prepare(taken).id, setup_role=True).state is JobState.SUCCEEDED
    window = make_window()
    to_details(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    fill_details(qtbot, window, "taken")
    qtbot.waitUntil(lambda: window.context.state.role_checked, timeout=10_000)
    next_page(qtbot, window, Page.REVIEW)
    next_page(qtbot, window, Page.PROGRESS)  # Import, without the dry run
    panel = window.page(Page.PROGRESS).error
    qtbot.waitUntil(panel.isVisible, timeout=30_000)
    assert "InvalidImageName.Duplicated" in panel.code.text()
    assert panel.remedy_button.text() == "Change the image name"
    failed = window.context.job
    panel.remedy_button.click()
    details = window.page(Page.DETAILS)
    assert window.current is Page.DETAILS and window.focusWidget() is details.name_edit
    fill_details(qtbot, window, "free")
    next_page(qtbot, window, Page.REVIEW)
    next_page(qtbot, window, Page.PROGRESS)
    job = wait_job(qtbot, window, JobState.SUCCEEDED)
    assert job.id == failed.id and job.spec.image_name == "free"  # the same job, not uploaded again


def test_a_vmdk_is_converted_while_uploading_to_an_available_image(
    qtbot, make_window, sandbox, sandbox_services, tmp_path
):
    """A VMDK goes on like any disk: the disks step and the review say it is converted with
    both sizes, the background upload sends the QCOW2 stream, and the image is Available."""
    import os
    import subprocess

    from imageimporter.core.disk.qcow2_stream import open_qcow2_stream
    from imageimporter.services.role import RoleService

    sandbox.set_import_seconds(0.5)
    raw = tmp_path / "source.raw"
    with raw.open("wb") as handle:  # 64 MiB virtual, 4 MiB of data
        handle.truncate(64 << 20)
        handle.seek(1 << 20)
        handle.write(os.urandom(4 << 20))
    vmdk = tmp_path / "system.vmdk"
    subprocess.run(
        ["qemu-img", "convert", "-f", "raw", "-O", "vmdk", "-o", "subformat=monolithicSparse",
         str(raw), str(vmdk)],
        check=True,
    )  # fmt: skip
    RoleService(sandbox_services.connection().session).set_up()
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    from tests.gui.driver import add_disks, wait_buckets

    disks = add_disks(qtbot, window, vmdk)
    assert disks.table.item(0, 5).text() == "Converted while uploading"
    assert disks.conversion_label.text().startswith(
        "Converted to QCOW2 while uploading: 64.0 MiB virtual, "
    )
    shot(window, "2-disks-vmdk")
    next_page(qtbot, window, Page.STORAGE)
    storage = wait_buckets(qtbot, window)
    key = storage.key_edits[0].text()
    assert key.endswith("-system.qcow2")
    next_page(qtbot, window, Page.DETAILS)
    wait_uploaded(qtbot, window)
    fill_details(qtbot, window, "from-vmdk")
    qtbot.waitUntil(lambda: window.context.state.role_checked, timeout=10_000)
    next_page(qtbot, window, Page.REVIEW)
    review = window.page(Page.REVIEW)
    command = review.command_edit.toPlainText()
    assert "--DiskDeviceMapping.1.Format=QCOW2" in command
    summary = [
        review.summary_form.itemAt(row, review.summary_form.ItemRole.FieldRole).widget().text()
        for row in range(review.summary_form.rowCount())
    ]
    stream = open_qcow2_stream(str(vmdk))
    try:
        expected = stream.read_at(0, stream.size)
    finally:
        stream.close()
    assert any(
        "Converted to QCOW2 while uploading: 64.0 MiB virtual, " in text for text in summary
    ), summary
    next_page(qtbot, window, Page.PROGRESS)
    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error
    assert job.disks[0].converted and job.disks[0].bytes_to_send == len(expected)
    (image,) = images_named(window.context.pipeline(), "from-vmdk")
    assert image.status == "Available"
    info = sandbox.context.products["oss"].object_info(BUCKET, key)
    with info.open() as reader:
        assert reader.read_at(0, reader.size) == expected
