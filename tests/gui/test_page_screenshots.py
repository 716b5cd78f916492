"""Screenshots of every step (the import and its result too) and of the jobs window at 700x500,
in English and in Chinese, with a guest found on the disk (one of its checks failing), to be
looked at."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from imageimporter.core.wizard_flow import DiskCheck, Page
from imageimporter.gui.i18n import install_translators
from tests.gui.conftest import SCREENSHOTS
from tests.gui.driver import (
    TIMEOUT,
    add_disks,
    connect_sandbox,
    fill_details,
    next_page,
    wait_buckets,
    wait_uploaded,
)
from tests.gui.guests import guest_disk

SIZE = (700, 500)


@pytest.fixture(params=["en", "zh_CN"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def small_shot(widget, name, language):
    # The layout settles before the shot: a scroll area takes a few rounds of posted layout
    # requests (its content, then its scroll bars, then its content again).
    for _ in range(4):
        QApplication.processEvents()
    folder = SCREENSHOTS / language / "700x500"
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / f"{name}.png"))


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_pages_at_700_by_500(qtbot, make_window, sandbox, tmp_path, language):
    sandbox.set_import_seconds(2.0)
    disk = guest_disk(tmp_path, fstab="/dev/sda1 / ext4 defaults 0 1\n")
    window = make_window()
    window.setMinimumSize(*SIZE)  # the shots show what a small screen gets
    window.resize(*SIZE)
    small_shot(window, "1-account-empty", language)
    connect_sandbox(qtbot, window)
    small_shot(window, "1-account", language)
    next_page(qtbot, window, Page.DISKS)
    page = add_disks(qtbot, window, disk)
    small_shot(window, "2-disks-failed-check", language)
    page.accept_button.click()
    dialog = page.confirm_dialog
    dialog.grab().save(str(SCREENSHOTS / language / "700x500" / "2-disks-confirm.png"))
    upload = next(
        b for b in dialog.buttons() if dialog.buttonRole(b) is dialog.ButtonRole.AcceptRole
    )
    upload.click()
    qtbot.waitUntil(lambda: window.context.state.disks[0].check is DiskCheck.IMPORTABLE)
    small_shot(window, "2-disks", language)
    next_page(qtbot, window, Page.STORAGE)
    wait_buckets(qtbot, window)
    small_shot(window, "3-storage", language)
    next_page(qtbot, window, Page.DETAILS)
    wait_uploaded(qtbot, window)
    details = fill_details(qtbot, window)
    details.description_edit.setText("web")
    details.add_tag("env", "prod")
    qtbot.waitUntil(lambda: window.context.state.role_checked, timeout=TIMEOUT)
    small_shot(window, "5-details", language)
    next_page(qtbot, window, Page.AUTHORIZATION)
    authorization = window.page(Page.AUTHORIZATION)
    qtbot.waitUntil(authorization.setup_button.isEnabled, timeout=TIMEOUT)
    small_shot(window, "6-authorization", language)
    authorization.setup_button.click()
    qtbot.waitUntil(lambda: window.context.state.role_ready, timeout=TIMEOUT)
    small_shot(window, "6-authorization-ready", language)
    next_page(qtbot, window, Page.REVIEW)
    review = window.page(Page.REVIEW)
    review.dry_run()
    qtbot.waitUntil(lambda: not window.context.state.busy and bool(review.result_label.text()))
    small_shot(window, "7-review", language)
    next_page(qtbot, window, Page.PROGRESS)
    progress = window.page(Page.PROGRESS)
    qtbot.waitUntil(lambda: progress.last_status is not None, timeout=TIMEOUT)
    small_shot(window, "8-progress-importing", language)
    scroll = window.stack.parentWidget().parentWidget()
    assert not scroll.verticalScrollBar().isVisible()  # as short as it is, not as the tallest
    qtbot.waitUntil(progress.result_box.isVisible, timeout=TIMEOUT)
    small_shot(window, "8-progress", language)
    from imageimporter.gui.jobs_window import JobsWindow

    jobs = JobsWindow(window.context.jobs(), window.context.pool)
    qtbot.addWidget(jobs)
    jobs.resize(*SIZE)
    jobs.show()
    qtbot.waitUntil(lambda: jobs.table.rowCount() == 1)
    jobs.table.selectRow(0)
    small_shot(jobs, "9-jobs", language)
