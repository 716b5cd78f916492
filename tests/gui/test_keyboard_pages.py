"""Each page's keyboard path: a sensible tab order, and Enter moving on where that is safe."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from imageimporter.core.wizard_flow import Page
from tests.gui.conftest import needs_qemu, qemu_image
from tests.gui.driver import add_disks, connect_sandbox, next_page, to_details, wait_uploaded


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
