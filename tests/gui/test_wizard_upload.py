"""Pause, resume and cancel of the upload; closing the window mid-upload and reopening it."""

from __future__ import annotations

import pytest

from imageimporter.core.job import JobState
from imageimporter.core.wizard_flow import Page
from imageimporter.services.upload import UploadOptions
from tests.gui.conftest import BUCKET, mbr_raw, needs_qemu
from tests.gui.driver import to_upload, wait_uploaded

pytestmark = needs_qemu
SIZE, PART = 24 << 20, 1 << 20


@pytest.fixture
def slow_disk(sandbox, tmp_path):
    sandbox.set_bandwidth(4 << 20)
    return mbr_raw(tmp_path / "system.raw", SIZE)


def options():
    return UploadOptions(part_size=PART, threads=2)


def sent(sandbox):
    return sandbox.stats.bytes_received["oss:UploadPart"]


def test_pause_resume_and_cancel_keeping(qtbot, make_window, sandbox, slow_disk):
    window = make_window(upload_options=options())
    to_upload(qtbot, window, slow_disk)
    page = window.page(Page.UPLOAD)
    qtbot.waitUntil(lambda: sent(sandbox) > 2 * PART, timeout=30_000)
    assert not window.back_button.isEnabled()
    page.pause_button.click()
    assert page.overall_label.text() == "Pausing…"  # until the worker confirms
    assert not page.pause_button.isEnabled()
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    assert page.overall_label.text().startswith("Paused.")
    assert window.context.job.state is JobState.UPLOADING
    before = sent(sandbox)
    assert 0 < before < SIZE
    assert page.resume_button.isEnabled()
    sandbox.set_bandwidth(None)
    page.resume_button.click()
    wait_uploaded(qtbot, window)
    # Only what was not confirmed went again: at most the parts in flight when it paused.
    assert SIZE <= sent(sandbox) <= SIZE + 2 * PART + before
    assert window.next_button.isEnabled()


def test_cancel_and_discard(qtbot, make_window, sandbox, slow_disk):
    window = make_window(upload_options=options())
    to_upload(qtbot, window, slow_disk)
    page = window.page(Page.UPLOAD)
    qtbot.waitUntil(lambda: sent(sandbox) > PART, timeout=30_000)
    job_id = window.context.job.id
    page.cancel_upload(discard=True)
    assert page.overall_label.text() == "Cancelling…"
    qtbot.waitUntil(lambda: "removed" in page.overall_label.text(), timeout=30_000)
    store = window.context.jobs()
    assert store.get(job_id).state is JobState.CANCELLED
    oss = sandbox.context.products["oss"]
    assert oss.object_info(BUCKET, store.get(job_id).disks[0].key) is None
    assert page.resume_button.isEnabled()


def test_cancel_keeping_stays_resumable(qtbot, make_window, sandbox, slow_disk):
    window = make_window(upload_options=options())
    to_upload(qtbot, window, slow_disk)
    page = window.page(Page.UPLOAD)
    qtbot.waitUntil(lambda: sent(sandbox) > PART, timeout=30_000)
    page.cancel_upload(discard=False)
    qtbot.waitUntil(lambda: page.worker is None, timeout=30_000)
    assert "kept" in page.overall_label.text()
    assert window.context.job.state is JobState.UPLOADING


def test_closing_mid_upload_and_reopening_resumes(qtbot, make_window, sandbox, slow_disk):
    window = make_window(upload_options=options())
    to_upload(qtbot, window, slow_disk)
    qtbot.waitUntil(lambda: sent(sandbox) > 2 * PART, timeout=30_000)
    job_id = window.context.job.id
    window.close()  # stops the upload; its checkpoint stays
    before = sent(sandbox)
    sandbox.set_bandwidth(None)
    again = make_window(upload_options=options())
    qtbot.waitUntil(again.resume_bar.isVisible, timeout=10_000)
    assert "stopped at: Uploading" in again.resume_label.text()
    again.resume_button.click()
    qtbot.waitUntil(lambda: again.current is Page.UPLOAD, timeout=10_000)
    assert again.context.job.id == job_id
    wait_uploaded(qtbot, again)  # it resumed by itself
    assert SIZE <= sent(sandbox) <= SIZE + 2 * PART + before
    assert again.context.job.state is JobState.UPLOADED
