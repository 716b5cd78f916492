"""The Jobs window: image and file names instead of ids; every ended job can be retried or
imported again and cleaned up; cancelling and cleaning up ask first. Against the sandbox."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from imageimporter.core.import_request import ImageRequest
from imageimporter.core.job import JobState
from imageimporter.gui.jobs_window import JobsWindow
from imageimporter.services.pipeline import ImportPipeline, Until
from tests.gui.conftest import BUCKET, needs_qemu, qemu_image

pytestmark = [needs_qemu, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def cloud(sandbox_services, tmp_path):
    """A pipeline on the sandbox, its store, and a way to make an uploaded job."""
    connection = sandbox_services.connection()
    store = sandbox_services.build().jobs()
    pipeline = ImportPipeline(store, connection.session)

    def uploaded_job(name="web-server", file="system.qcow2"):
        request = ImageRequest(
            qemu_image(tmp_path / file, size="1G"), BUCKET, connection.session.region, name
        )
        job = pipeline.prepare(request, endpoint=connection.endpoint)
        return pipeline.run(job.id, until=Until.UPLOADED)

    return pipeline, store, connection, uploaded_job


def open_jobs(qtbot, store, pool_owner, sandbox_services):
    from imageimporter.gui.workers import WorkerPool

    pool = WorkerPool()
    window = JobsWindow(store, pool, reconnect=lambda job: sandbox_services.connection())
    qtbot.addWidget(window)
    window.show()
    pool_owner.append(pool)
    return window


@pytest.fixture
def pools():
    owned = []
    yield owned
    for pool in owned:
        pool.wait()


def select(qtbot, window, job_id):
    qtbot.waitUntil(lambda: any(j.id == job_id for j in window.jobs))
    window.table.selectRow(next(i for i, j in enumerate(window.jobs) if j.id == job_id))


def answer(qtbot, window, role):
    qtbot.waitUntil(lambda: window.confirm_dialog is not None)
    dialog = window.confirm_dialog
    assert dialog.buttonRole(dialog.defaultButton()) is QMessageBox.ButtonRole.RejectRole
    button = next(b for b in dialog.buttons() if dialog.buttonRole(b) is role)
    button.click()
    qtbot.waitUntil(lambda: window.confirm_dialog is None)


def test_names_not_ids_and_what_each_state_offers(qtbot, cloud, sandbox_services, pools):
    store, uploaded_job = cloud[1], cloud[3]
    job = uploaded_job("web-server", "system.qcow2")
    window = open_jobs(qtbot, store, pools, sandbox_services)
    select(qtbot, window, job.id)
    row = window.table.currentRow()
    assert window.table.item(row, 0).text() == "web-server"
    assert window.table.item(row, 3).text() == "system.qcow2"
    assert job.id not in [window.table.item(row, c).text() for c in range(5)]
    assert job.id in window.table.item(row, 0).toolTip()
    assert window.continue_button.isEnabled() and window.cancel_job_button.isEnabled()
    assert not window.clean_button.isEnabled() and not window.again_button.isEnabled()

    store.transition(job.id, JobState.FAILED, "test")
    window.refresh()
    qtbot.waitUntil(lambda: window.selected_job().state is JobState.FAILED)
    assert window.continue_button.text() == "Retry" and window.continue_button.isEnabled()
    assert window.clean_button.isEnabled() and not window.cancel_job_button.isEnabled()


def test_cancel_asks_first_then_clean_up_removes_the_disks(qtbot, cloud, sandbox_services, pools):
    _, store, connection, uploaded_job = cloud
    job = uploaded_job()
    bucket = connection.session.oss_bucket(BUCKET, connection.session.region)
    assert bucket.object_exists(job.disks[0].key)
    window = open_jobs(qtbot, store, pools, sandbox_services)
    select(qtbot, window, job.id)

    window.cancel_job_button.click()
    assert "cannot be undone" in window.confirm_dialog.informativeText()
    answer(qtbot, window, QMessageBox.ButtonRole.RejectRole)
    assert store.get(job.id).state is JobState.UPLOADED  # "Keep it" kept it

    window.cancel_job_button.click()
    answer(qtbot, window, QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: store.get(job.id).state is JobState.CANCELLED, timeout=30_000)
    qtbot.waitUntil(lambda: window.status_label.text() == "The import ended: Cancelled.")
    qtbot.waitUntil(lambda: window.selected_job().state is JobState.CANCELLED)
    assert window.clean_button.isEnabled() and window.again_button.isEnabled()
    assert not window.continue_button.isEnabled()

    window.clean_button.click()
    answer(qtbot, window, QMessageBox.ButtonRole.DestructiveRole)
    qtbot.waitUntil(lambda: "Removed" in window.status_label.text(), timeout=30_000)
    assert window.status_label.text() == "Removed 1 item(s) from the cloud."
    assert not bucket.object_exists(job.disks[0].key)


def test_import_again_makes_a_new_job_with_its_own_objects(qtbot, cloud, sandbox_services, pools):
    pipeline, store, _, uploaded_job = cloud
    job = uploaded_job("again")
    pipeline.cancel(job.id)
    window = open_jobs(qtbot, store, pools, sandbox_services)
    select(qtbot, window, job.id)
    with qtbot.waitSignal(window.continue_requested, timeout=30_000) as signal:
        window.again_button.click()
    new = signal.args[0]
    assert new.id != job.id and new.state is JobState.DRAFT
    assert new.spec.image_name == "again" and new.client_token != job.client_token
    old_key, new_key = job.disks[0].key, new.disks[0].key
    assert new_key != old_key and job.id not in new_key
    assert new_key.rsplit("/", 1)[1] == old_key.rsplit("/", 1)[1]
    assert new.spec.disks[0].oss_object == new_key
    assert not new.disks[0].uploaded
    assert store.get(new.id).state is JobState.DRAFT


def test_import_again_of_a_converted_disk_reads_it_as_it_is_now(
    qtbot, cloud, sandbox_services, pools, tmp_path
):
    import subprocess

    pipeline, store, connection, _ = cloud
    vmdk = tmp_path / "system.vmdk"
    subprocess.run(["qemu-img", "create", "-q", "-f", "vmdk", str(vmdk), "1G"], check=True)
    request = ImageRequest(vmdk, BUCKET, connection.session.region, "again-vmdk")
    job = pipeline.prepare(request, endpoint=connection.endpoint)
    job = pipeline.run(job.id, until=Until.UPLOADED)
    assert job.disks[0].converted and job.disks[0].stream_identity is not None
    pipeline.cancel(job.id)
    # The disk is written to after the first job: the second one converts it as it is now.
    subprocess.run(
        ["qemu-io", "-c", "write -P 0x5a 0 1M", str(vmdk)], check=True, capture_output=True
    )
    window = open_jobs(qtbot, store, pools, sandbox_services)
    select(qtbot, window, job.id)
    with qtbot.waitSignal(window.continue_requested, timeout=30_000) as signal:
        window.again_button.click()
    new = signal.args[0]
    assert new.disks[0].converted and new.disks[0].key.endswith("-system.qcow2")
    assert new.disks[0].stream_identity is None and new.disks[0].source_files == ()
    uploaded = pipeline.run(new.id, until=Until.UPLOADED)
    assert uploaded.state is JobState.UPLOADED and uploaded.disks[0].uploaded
    assert uploaded.disks[0].stream_identity != job.disks[0].stream_identity
