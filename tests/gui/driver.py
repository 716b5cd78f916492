"""Steps through the wizard as a user would, waiting on conditions (never on sleeps)."""

from __future__ import annotations

from imageimporter.core.job import JobState
from imageimporter.core.wizard_flow import DiskCheck, Page

TIMEOUT = 30_000


def connect_sandbox(qtbot, window):
    window.account_page.use_sandbox()
    qtbot.waitUntil(lambda: window.context.state.connected and window.next_button.isEnabled(),
                    timeout=TIMEOUT)  # fmt: skip


def next_page(qtbot, window, expected):
    qtbot.waitUntil(window.next_button.isEnabled, timeout=TIMEOUT)
    window.next_button.click()
    assert window.current is expected, (window.current, window.reason_label.text())


def add_disks(qtbot, window, system, *data):
    page = window.page(Page.DISKS)
    page.set_system_disk(system)
    for path in data:
        page.add_data_disk(path)
    qtbot.waitUntil(
        lambda: all(d.check is not DiskCheck.INSPECTING for d in window.context.state.disks),
        timeout=TIMEOUT,
    )
    return page


def wait_buckets(qtbot, window):
    page = window.page(Page.STORAGE)
    qtbot.waitUntil(lambda: page.bucket_table.rowCount() > 0, timeout=TIMEOUT)
    return page


def wait_uploaded(qtbot, window):
    qtbot.waitUntil(lambda: window.context.state.all_uploaded, timeout=60_000)


def to_details(qtbot, window, system, *data):
    """From the start to the details step; the upload then runs in the background."""
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    add_disks(qtbot, window, system, *data)
    next_page(qtbot, window, Page.STORAGE)
    wait_buckets(qtbot, window)
    next_page(qtbot, window, Page.DETAILS)


def fill_details(qtbot, window, name="web-server"):
    page = window.page(Page.DETAILS)
    page.name_edit.setText(name)
    page.name_edit.editingFinished.emit()
    return page


def wait_job(qtbot, window, *states, timeout=60_000):
    qtbot.waitUntil(
        lambda: window.context.job is not None and window.context.job.state in states,
        timeout=timeout,
    )
    return window.context.job


FINAL = (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)
