"""The upload in the background and the job's timeline: pause and resume, cancel (confirmed),
and the window closed mid-upload or mid-import and reopened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from imageimporter.core.job import JobState
from imageimporter.core.wizard_flow import Page
from imageimporter.services.role import RoleService
from imageimporter.services.upload import UploadOptions
from tests.gui.conftest import BUCKET, mbr_raw, needs_qemu
from tests.gui.driver import FINAL, fill_details, next_page, to_details, wait_job, wait_uploaded
from tests.services.test_pipeline import images_named

pytestmark = needs_qemu
SIZE, PART = 24 << 20, 1 << 20


@pytest.fixture
def slow_disk(sandbox, sandbox_services, tmp_path):
    sandbox.set_bandwidth(4 << 20)
    RoleService(sandbox_services.connection().session).set_up()  # the role step is skipped
    return mbr_raw(tmp_path / "system.raw", SIZE)


def options():
    return UploadOptions(part_size=PART, threads=2)


def sent(sandbox):
    return sandbox.stats.bytes_received["oss:UploadPart"]


def click_import(qtbot, window, name="web-server"):
    fill_details(qtbot, window, name)
    qtbot.waitUntil(lambda: window.context.state.role_checked, timeout=10_000)
    next_page(qtbot, window, Page.REVIEW)
    next_page(qtbot, window, Page.PROGRESS)
    return window.page(Page.PROGRESS)


def answer(qtbot, box_of, text):
    """Click the button labelled ``text`` of the message box ``box_of()`` once it is open."""
    qtbot.waitUntil(lambda: box_of() is not None and box_of().isVisible(), timeout=10_000)
    (button,) = [b for b in box_of().buttons() if b.text() == text]
    button.click()


def close_pausing(qtbot, window):
    window.close()
    assert window.isVisible()  # work runs: the window asks first
    answer(qtbot, lambda: window.close_box, "Pause and quit")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def reopen(qtbot, make_window):
    again = make_window(upload_options=options())
    qtbot.waitUntil(again.resume_bar.isVisible, timeout=10_000)
    again.resume_button.click()
    return again


def test_pause_and_resume_after_import_was_clicked(qtbot, make_window, sandbox, slow_disk):
    window = make_window(upload_options=options())
    to_details(qtbot, window, slow_disk)
    progress = click_import(qtbot, window)
    qtbot.waitUntil(lambda: sent(sandbox) > 2 * PART, timeout=30_000)
    assert not window.back_button.isEnabled() and not window.next_button.isVisible()
    progress.pause_button.click()
    assert progress.now_label.text() == "Pausing…"  # until the worker confirms
    assert not progress.pause_button.isEnabled()
    qtbot.waitUntil(lambda: progress.now_label.text().startswith("Paused:"), timeout=30_000)
    assert "Resume carries on from there." in progress.now_label.text()
    assert window.context.job.state is JobState.UPLOADING
    before = sent(sandbox)
    assert 0 < before < SIZE
    assert progress.resume_button.isVisible()
    sandbox.set_bandwidth(None)
    progress.resume_button.click()
    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error  # no Import click again
    # Only what was not confirmed went again: at most the parts in flight when it paused.
    assert SIZE <= sent(sandbox) <= SIZE + 2 * PART + before


def test_cancel_is_confirmed_and_deletes_what_was_uploaded(qtbot, make_window, sandbox, slow_disk):
    window = make_window(upload_options=options())
    to_details(qtbot, window, slow_disk)
    progress = click_import(qtbot, window)
    qtbot.waitUntil(lambda: sent(sandbox) > PART, timeout=30_000)
    job_id = window.context.job.id
    progress.cancel_button.click()
    answer(qtbot, lambda: progress.cancel_box, "Keep going")  # the default: nothing happens
    assert window.context.runner.busy
    progress.cancel_button.click()
    answer(qtbot, lambda: progress.cancel_box, "Cancel the import")
    qtbot.waitUntil(lambda: window.context.job.state is JobState.CANCELLED, timeout=30_000)
    qtbot.waitUntil(lambda: not window.context.runner.busy, timeout=30_000)
    # One state, one sentence: no "Paused" or "Resuming…" beside it.
    assert progress.now_label.text() == "Cancelled. What was uploaded was deleted from the bucket."
    assert not progress.resume_button.isVisible() and not progress.pause_button.isVisible()
    store = window.context.jobs()
    assert store.get(job_id).state is JobState.CANCELLED
    oss = sandbox.context.products["oss"]
    assert oss.object_info(BUCKET, store.get(job_id).disks[0].key) is None
    assert window.new_button.isVisible()


def test_closed_mid_upload_and_reopened_resumes_in_the_background(
    qtbot, make_window, sandbox, slow_disk
):
    window = make_window(upload_options=options())
    to_details(qtbot, window, slow_disk)
    qtbot.waitUntil(lambda: sent(sandbox) > 2 * PART, timeout=30_000)
    job_id = window.context.job.id
    window.close()
    answer(qtbot, lambda: window.close_box, "Don't quit")
    qtbot.waitUntil(lambda: window.close_box is None)
    assert window.isVisible() and window.context.runner.busy  # nothing stopped
    assert "the next time you open the app" in window.findChild(QMessageBox).text()
    close_pausing(qtbot, window)  # stops the upload; its checkpoint stays
    before = sent(sandbox)
    sandbox.set_bandwidth(None)
    again = reopen(qtbot, make_window)
    # Import was not clicked yet: back to the questions, the upload going on meanwhile.
    qtbot.waitUntil(lambda: again.current is Page.DETAILS, timeout=10_000)
    assert again.context.job.id == job_id
    wait_uploaded(qtbot, again)
    assert SIZE <= sent(sandbox) <= SIZE + 2 * PART + before
    assert again.context.job.state is JobState.UPLOADED


def test_closed_mid_upload_after_import_and_reopened_carries_on_to_the_end(
    qtbot, make_window, sandbox, slow_disk
):
    sandbox.set_import_seconds(0.5)
    window = make_window(upload_options=options())
    to_details(qtbot, window, slow_disk)
    click_import(qtbot, window, "closed-and-reopened")
    qtbot.waitUntil(lambda: sent(sandbox) > 2 * PART, timeout=30_000)
    close_pausing(qtbot, window)
    before = sent(sandbox)
    sandbox.set_bandwidth(None)
    again = reopen(qtbot, make_window)
    qtbot.waitUntil(lambda: again.current is Page.PROGRESS, timeout=10_000)
    progress = again.page(Page.PROGRESS)
    qtbot.waitUntil(lambda: "already on the server" in progress.rows[0].status.text())
    job = wait_job(qtbot, again, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error
    assert SIZE <= sent(sandbox) <= SIZE + 2 * PART + before


def test_closed_mid_import_and_reopened_reattaches_to_the_one_task(
    qtbot, make_window, sandbox, slow_disk
):
    sandbox.set_bandwidth(None)
    sandbox.set_import_seconds(3)
    window = make_window(upload_options=options())
    to_details(qtbot, window, slow_disk)
    click_import(qtbot, window, "reattached")
    importing = wait_job(qtbot, window, JobState.IMPORTING)
    close_pausing(qtbot, window)
    again = reopen(qtbot, make_window)
    qtbot.waitUntil(lambda: again.current is Page.PROGRESS, timeout=10_000)
    job = wait_job(qtbot, again, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error
    assert job.task_id == importing.task_id
    assert len(images_named(again.context.pipeline(), "reattached")) == 1


def test_a_background_upload_that_fails_is_shown_on_the_step_in_view(
    qtbot, make_window, sandbox, tmp_path
):
    from tests.gui.conftest import qemu_image
    from tests.gui.driver import add_disks, connect_sandbox, wait_buckets

    window = make_window()
    disk = qemu_image(tmp_path / "system.qcow2")
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    add_disks(qtbot, window, disk)
    next_page(qtbot, window, Page.STORAGE)
    wait_buckets(qtbot, window)
    disk.unlink()  # gone between the check and the upload
    next_page(qtbot, window, Page.DETAILS)
    qtbot.waitUntil(window.error.isVisible, timeout=30_000)
    assert "system.qcow2" in window.error.text()
    assert "Traceback" not in window.error.text()
    assert not window.background_label.isVisible()


def test_kept_running_in_the_background_the_app_ends_with_the_job(
    qtbot, make_window, sandbox, slow_disk
):
    sandbox.set_import_seconds(0.5)
    window = make_window(upload_options=options())
    to_details(qtbot, window, slow_disk)
    click_import(qtbot, window, "in-the-background")
    qtbot.waitUntil(lambda: sent(sandbox) > PART, timeout=30_000)
    window.run_in_background()  # what the close question's "Keep running" does
    assert not window.isVisible()
    sandbox.set_bandwidth(None)
    qtbot.waitUntil(lambda: bool(window.notified), timeout=60_000)
    job = window.context.jobs().get(window.context.job.id)
    assert job.state is JobState.SUCCEEDED and window.notified == [(job.id, "Succeeded")]
    qtbot.waitUntil(lambda: window.context.connection is None, timeout=10_000)  # it quit


def test_going_back_and_changing_the_object_name_makes_a_new_job(
    qtbot, make_window, sandbox, slow_disk
):
    window = make_window(upload_options=options())
    to_details(qtbot, window, slow_disk)
    qtbot.waitUntil(lambda: sent(sandbox) > PART, timeout=30_000)
    first = window.context.job
    window.go_back()
    assert window.current is Page.STORAGE
    window.page(Page.STORAGE).key_edits[0].setText("imageimporter/renamed/system.raw")
    sandbox.set_bandwidth(None)
    next_page(qtbot, window, Page.DETAILS)
    qtbot.waitUntil(lambda: window.context.job.id != first.id, timeout=10_000)
    wait_uploaded(qtbot, window)
    assert window.context.job.disks[0].key == "imageimporter/renamed/system.raw"
    store = window.context.jobs()
    qtbot.waitUntil(lambda: store.get(first.id).state is JobState.CANCELLED, timeout=30_000)
    oss = sandbox.context.products["oss"]
    assert oss.object_info(BUCKET, "imageimporter/renamed/system.raw") is not None
    assert oss.object_info(BUCKET, first.disks[0].key) is None
