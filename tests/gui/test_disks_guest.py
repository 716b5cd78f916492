"""The disks page: a drop zone, verdicts with colour and icon, the guest found inside each disk
with its readiness checks, and a confirmation before a disk that failed a check may go on."""

from __future__ import annotations

import subprocess
import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from imageimporter.core.wizard_flow import DiskCheck, Page
from imageimporter.gui.wizard import guest as guest_module
from imageimporter.gui.wizard.disks_page import COLUMN_GUEST, COLUMN_VERDICT
from imageimporter.gui.wizard.widgets import Tone, tone_colour
from tests.gui.conftest import needs_qemu, qemu_image
from tests.gui.driver import TIMEOUT, add_disks, connect_sandbox, next_page
from tests.gui.guests import guest_disk, record_guest_threads


@pytest.fixture
def raw_guests(monkeypatch):
    return record_guest_threads(monkeypatch)


def on_disks(qtbot, make_window):
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    return window, window.page(Page.DISKS)


def test_guest_summary_and_checks_found_off_the_gui_thread(
    qtbot, make_window, tmp_path, raw_guests
):
    window, page = on_disks(qtbot, make_window)
    add_disks(qtbot, window, guest_disk(tmp_path))
    assert window.context.state.disks[0].check is DiskCheck.IMPORTABLE
    assert page.table.item(0, COLUMN_GUEST).text() == "Ubuntu 22.04.4 LTS, x86_64, BIOS"
    assert page.guest_label.text() == "Inside: Ubuntu 22.04.4 LTS, x86_64, BIOS"
    assert raw_guests and threading.main_thread() not in raw_guests
    tones = {row.tone for row in page.check_rows}
    assert Tone.GOOD in tones and Tone.BAD not in tones
    assert any("virtio" in row.text() for row in page.check_rows)
    assert page.confirm_box.isHidden()
    verdict = page.table.item(0, COLUMN_VERDICT)
    # A sparse RAW: QCOW2 sends far fewer bytes, so the app converts it (a good verdict).
    assert verdict.text() == "Converted while uploading"
    assert verdict.foreground().color() == tone_colour(Tone.GOOD)
    assert not verdict.icon().isNull()
    assert window.next_button.isEnabled()


@needs_qemu
def test_the_guest_is_read_whatever_the_container(qtbot, make_window, tmp_path):
    raw = guest_disk(tmp_path)
    qcow2 = tmp_path / "ubuntu.qcow2"
    subprocess.run(["qemu-img", "convert", "-f", "raw", "-O", "qcow2", raw, qcow2], check=True)
    window, page = on_disks(qtbot, make_window)
    add_disks(qtbot, window, qcow2, raw)
    summaries = [page.table.item(row, COLUMN_GUEST).text() for row in range(2)]
    assert summaries == ["Ubuntu 22.04.4 LTS, x86_64, BIOS"] * 2


# The offscreen platform says so whenever a dialog opens.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_failing_check_asks_before_the_disk_may_go_on(qtbot, make_window, tmp_path, raw_guests):
    window, page = on_disks(qtbot, make_window)
    add_disks(qtbot, window, guest_disk(tmp_path, fstab="/dev/sda1 / ext4 defaults 0 1\n"))
    assert window.context.state.disks[0].check is DiskCheck.NOT_IMPORTABLE
    assert not window.next_button.isEnabled()
    verdict = page.table.item(0, COLUMN_VERDICT)
    assert verdict.text() == "May not boot"
    assert verdict.foreground().color() == tone_colour(Tone.BAD)
    failed = [row for row in page.check_rows if row.tone is Tone.BAD]
    assert failed and "/dev/sda1" in failed[0].text()
    assert "\nFix: " in failed[0].text()
    assert page.confirm_box.isVisibleTo(page)

    # Saying no keeps the disk back.
    page.accept_button.click()
    dialog = page.confirm_dialog
    assert dialog is not None and dialog.defaultButton().text() == "Do not upload"
    dialog.defaultButton().click()
    qtbot.waitUntil(lambda: page.confirm_dialog is None)
    assert window.context.state.disks[0].check is DiskCheck.NOT_IMPORTABLE

    page.accept_button.click()
    upload = next(
        b
        for b in page.confirm_dialog.buttons()
        if page.confirm_dialog.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
    )
    upload.click()
    qtbot.waitUntil(lambda: window.context.state.disks[0].check is DiskCheck.IMPORTABLE)
    assert page.confirm_box.isHidden()
    assert window.next_button.isEnabled()


def test_without_the_disk_readers_the_page_goes_on_without_a_guest(
    qtbot, make_window, tmp_path, monkeypatch
):
    monkeypatch.setattr(guest_module, "open_guest_disk", lambda path: None)
    window, page = on_disks(qtbot, make_window)
    add_disks(qtbot, window, guest_disk(tmp_path))
    assert window.context.state.disks[0].check is DiskCheck.IMPORTABLE
    assert page.table.item(0, COLUMN_GUEST).text() == "—"
    assert page.guest_label.isHidden() and page.check_rows == []


@needs_qemu
def test_drop_zone_adds_the_dropped_files(qtbot, make_window, tmp_path):
    window, page = on_disks(qtbot, make_window)
    system = qemu_image(tmp_path / "system.qcow2")
    data = qemu_image(tmp_path / "data.qcow2", size="1G")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(system)), QUrl.fromLocalFile(str(data))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.drop_zone.dropEvent(event)
    qtbot.waitUntil(
        lambda: [d.check for d in window.context.state.disks] == [DiskCheck.IMPORTABLE] * 2,
        timeout=TIMEOUT,
    )
    assert [page.table.item(r, 0).text() for r in range(2)] == ["System disk", "Data disk 1"]


def test_conversion_line_shows_what_will_be_sent(qtbot, make_window, tmp_path, raw_guests):
    window, page = on_disks(qtbot, make_window)
    path = guest_disk(tmp_path)
    add_disks(qtbot, window, path)
    # Planned on the inspection worker: the sparse RAW goes as QCOW2, with both sizes.
    plan = window.context.plans[str(path.resolve())].plan
    assert plan.converted and plan.bytes_to_send < plan.virtual_size
    assert page.conversion_label.text().startswith("Converted to QCOW2 while uploading: ")
    assert page.conversion_label.isVisibleTo(page)
    page.set_conversion(str(path.resolve()), 40 * 1024**3, int(4.1 * 1024**3))
    assert page.conversion_label.text() == (
        "Converted to QCOW2 while uploading: 40.0 GiB virtual, 4.10 GiB to send."
    )
    assert page.conversion_label.isVisibleTo(page)


def test_a_bug_in_guest_inspection_does_not_hold_back_the_disk(
    qtbot, make_window, tmp_path, monkeypatch
):
    def broken(path):
        raise RuntimeError("a bug")

    monkeypatch.setattr(guest_module, "open_guest_disk", broken)
    window, page = on_disks(qtbot, make_window)
    add_disks(qtbot, window, guest_disk(tmp_path))
    assert window.context.state.disks[0].check is DiskCheck.IMPORTABLE
    assert page.guest_label.text() == (
        "The system inside could not be read: something unexpected went wrong (see the log file)."
    )
