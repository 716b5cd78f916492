"""Each page's keyboard path: a sensible tab order, and Enter moving on where that is safe."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from imageimporter.core.job import JobState
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.wizard.job_runner import RunPhase
from tests.gui.conftest import mbr_raw, needs_qemu, qemu_image
from tests.gui.driver import (
    FINAL,
    add_disks,
    connect_sandbox,
    fill_details,
    next_page,
    to_details,
    wait_job,
    wait_uploaded,
)


def tab_sequence(first, count):
    """The widgets Tab visits from ``first`` (those that take focus by Tab and are shown)."""
    seen = [first]
    widget = first
    while len(seen) < count:
        widget = widget.nextInFocusChain()
        if widget is first:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            seen.append(widget)
    return seen


def test_account_page_tab_order(qtbot, make_window):
    window = make_window()
    page = window.account_page
    qtbot.waitUntil(lambda: "stored in" in page.keyring_label.text())
    expected = [
        page.region_combo, page.profile_combo, page.connect_button, page.import_button,
        page.name_edit, page.key_id_edit, page.secret_edit, page.token_edit, page.save_button,
        page.sandbox_button,
    ]  # fmt: skip
    assert tab_sequence(page.region_combo, len(expected)) == expected


@needs_qemu
def test_disks_page_tab_order_and_enter_moves_on(qtbot, make_window, tmp_path):
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    page = window.page(Page.DISKS)
    expected = [page.system_button, page.data_button, page.recent_button, page.table,
                page.remove_button]  # fmt: skip
    assert tab_sequence(page.system_button, len(expected)) == expected
    add_disks(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    qtbot.waitUntil(window.next_button.isEnabled)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current is Page.STORAGE


@needs_qemu
def test_details_enter_in_the_name_moves_on_only_when_valid(qtbot, make_window, tmp_path):
    window = make_window()
    to_details(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    wait_uploaded(qtbot, window)
    page = window.page(Page.DETAILS)
    page.name_edit.setFocus()
    QTest.keyClicks(page.name_edit, "1bad")
    QTest.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert window.current is Page.DETAILS
    assert page.error_text("ImageName") == "The name must start with a letter."
    page.name_edit.clear()
    QTest.keyClicks(page.name_edit, "web-server")
    QTest.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert window.current in (Page.AUTHORIZATION, Page.REVIEW)


@needs_qemu
def test_enter_never_imports_nor_stops_the_work_and_ends_on_new_import(
    qtbot, make_window, sandbox, sandbox_services, tmp_path
):
    """Enter from the details reaches the review, but a second Enter does not import; on the
    progress step Enter neither pauses nor cancels while the work runs, and once the image is
    ready the focus is on New import, which Enter presses."""
    from imageimporter.services.role import RoleService
    from imageimporter.services.upload import UploadOptions

    sandbox.set_import_seconds(0.5)
    sandbox.set_bandwidth(2 << 20)
    RoleService(sandbox_services.connection().session).set_up()
    window = make_window(upload_options=UploadOptions(part_size=1 << 20, threads=2))
    to_details(qtbot, window, mbr_raw(tmp_path / "system.raw", 8 << 20))
    details = fill_details(qtbot, window, "keyboard")
    qtbot.waitUntil(lambda: window.context.state.role_checked, timeout=10_000)
    details.name_edit.setFocus()
    QTest.keyClick(details.name_edit, Qt.Key.Key_Return)
    assert window.current is Page.REVIEW
    focused = window.focusWidget()
    assert focused is not None and focused is not window.next_button
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert window.current is Page.REVIEW and window.context.job.spec.image_name != "keyboard"

    window.next_button.click()  # Import, on purpose
    assert window.current is Page.PROGRESS
    progress = window.page(Page.PROGRESS)
    assert window.context.runner.phase in (RunPhase.UPLOADING, RunPhase.RUNNING)
    assert window.default_button is None
    buttons = [progress.pause_button, progress.cancel_button]
    assert tab_sequence(progress.pause_button, len(buttons)) == buttons
    focused = window.focusWidget()
    assert focused is progress.pause_button
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert window.context.runner.phase in (RunPhase.UPLOADING, RunPhase.RUNNING)
    assert getattr(progress, "cancel_box", None) is None  # no cancel asked either

    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.SUCCEEDED, job.last_error
    qtbot.waitUntil(lambda: window.focusWidget() is window.new_button)
    assert window.new_button.isDefault() and window.default_button is window.new_button
    QTest.keyClick(window.new_button, Qt.Key.Key_Return)
    assert window.current is Page.DISKS
