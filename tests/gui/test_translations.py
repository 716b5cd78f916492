"""Simplified Chinese covers every visible string on every page; screenshots in both languages.

The core's and the services' words (validation messages, inspection problems and hints, error
texts) are checked like the GUI's own: only file names, bucket names and the like are data."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from imageimporter.core.job import JobState
from imageimporter.core.wizard_flow import Page
from imageimporter.gui.i18n import install_translators
from tests.gui.conftest import SCREENSHOTS, needs_qemu, qemu_image, shot
from tests.gui.driver import (
    FINAL,
    add_disks,
    connect_sandbox,
    next_page,
    to_details,
    wait_buckets,
    wait_job,
)

pytestmark = needs_qemu

# Proper names and units that stay as they are in Chinese text.
ALLOWED = {
    "OSS", "ECS", "RAM", "STS", "QCOW2", "RAW", "VHD", "VMDK", "BIOS", "UEFI", "CRC64", "CRC",
    "AccessKey", "Secret", "ID", "NVMe", "IMDSv2", "IMDSv1", "aliyun", "CLI", "Linux",
    "Windows", "GiB", "MiB", "KiB", "English", "MemoryKeyring", "Keyring", "DryRun",
    "AliyunECSImageImportDefaultRole",
    "helpers", "keyring", "work",  # the test keyring's name (module + class); a profile name
    # disk formats and tools named in the core's problems and hints
    "VMware", "VirtualBox", "Hyper", "Parallels", "LUKS", "QEMU", "QED", "VHDX", "VDI", "GPT",
    "ISO", "OVA", "OVF", "zstd", "tar", "zip",
    # words of the qemu-img commands the hints give (commands stay as they are)
    "convert", "check", "resize", "raw", "qcow", "vpc", "vmdk", "vdi", "vhdx",
}  # fmt: skip
WORD = re.compile(r"[A-Za-z]{3,}")


def is_content(widget):
    while widget is not None:
        if widget.property("content"):
            return True
        widget = widget.parentWidget()
    return False


def texts_of(widget):
    found = [widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel):
        found.append(re.sub(r"<[^>]+>", " ", widget.text()))
    elif isinstance(widget, QAbstractButton):
        found.append(widget.text())
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, QLineEdit):
        found.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            found.append(header.text() if header else "")
            for row in range(widget.rowCount()):
                item = widget.item(row, column)
                if item is not None and item.data(256 + 1) != "content":
                    found.append(item.text())
    return found


def untranslated(window):
    problems = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if (not widget.isVisibleTo(window) and widget is not window) or is_content(widget):
            continue
        for text in texts_of(widget):
            words = [
                w
                for token in text.split()
                if not re.search(r"[./_:@\d\\-]", token)
                for w in WORD.findall(token)
                if w not in ALLOWED
            ]
            if words:
                problems.append((type(widget).__name__, text))
    for action in window.menuBar().actions():
        problems += [("menu", a.text()) for a in [action, *action.menu().actions()]
                     if WORD.search(a.text()) and not a.property("content")
                     and a.text() not in ("English",)]  # fmt: skip
    return problems


def shot_folder(language):
    folder = SCREENSHOTS / language
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def chinese():
    install_translators("zh_CN")
    yield
    install_translators("en")


def test_zh_cn_covers_every_page(qtbot, make_window, sandbox, tmp_path, chinese):
    sandbox.set_import_seconds(0.5)
    system = qemu_image(tmp_path / "system.qcow2")
    data = qemu_image(tmp_path / "data.qcow2", size="5G")
    window = make_window()
    assert window.next_button.text() == "下一步(&N) >"
    seen = {}

    def check(name):
        shot(window, name, "zh_CN")
        seen[name] = untranslated(window)

    check("1-account-empty")
    connect_sandbox(qtbot, window)
    check("1-account")
    next_page(qtbot, window, Page.DISKS)
    add_disks(qtbot, window, system, data)
    check("2-disks")
    next_page(qtbot, window, Page.STORAGE)
    wait_buckets(qtbot, window)
    check("3-storage")
    next_page(qtbot, window, Page.DETAILS)
    qtbot.waitUntil(lambda: window.context.state.all_uploaded, timeout=60_000)
    details = window.page(Page.DETAILS)
    details.name_edit.setText("1bad")
    details.name_edit.editingFinished.emit()
    check("5-details")
    details.name_edit.setText("web-server")
    next_page(qtbot, window, Page.AUTHORIZATION)
    auth = window.page(Page.AUTHORIZATION)
    qtbot.waitUntil(auth.setup_button.isEnabled, timeout=30_000)
    check("6-authorization")
    auth.set_up()
    qtbot.waitUntil(lambda: window.context.state.role_ready, timeout=30_000)
    next_page(qtbot, window, Page.REVIEW)
    review = window.page(Page.REVIEW)
    review.dry_run()
    qtbot.waitUntil(lambda: not window.context.state.busy and bool(review.result_label.text()))
    assert review.result_label.text() == "预检通过：ECS 会接受这次导入。"
    check("7-review")
    next_page(qtbot, window, Page.PROGRESS)
    job = wait_job(qtbot, window, *FINAL)
    assert job.state is JobState.SUCCEEDED
    qtbot.waitUntil(window.page(Page.PROGRESS).result_box.isVisible)
    check("8-progress")
    from imageimporter.gui.jobs_window import JobsWindow

    jobs = JobsWindow(window.context.jobs(), window.context.pool)
    qtbot.addWidget(jobs)
    qtbot.waitUntil(lambda: jobs.table.rowCount() == 1)
    assert jobs.table.item(0, 2).text() == "已成功"
    jobs.grab().save(str(shot_folder("zh_CN") / "9-jobs.png"))
    assert {name: found for name, found in seen.items() if found} == {}


def test_zh_cn_shows_core_texts_in_chinese(qtbot, make_window, tmp_path, chinese):
    """An inspection verdict and a validation error, both from the Qt-free core, in Chinese."""
    window = make_window()
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    disks = add_disks(qtbot, window, qemu_image(tmp_path / "system.vmdk", fmt="vmdk"))
    details = disks.details.text()
    assert "• ECS 可导入 RAW、VHD 和 QCOW2 磁盘；而这是VMDK（VMware）磁盘。" in details
    assert "→ 本应用会在上传时将其转换为 QCOW2，无需事先处理。" in details
    assert "ECS imports" not in details
    assert untranslated(window) == []

    window.close()
    window = make_window()
    to_details(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    page = window.page(Page.DETAILS)
    page.name_edit.setText("1bad")
    page.name_edit.editingFinished.emit()
    assert page.error_text("ImageName") == "名称必须以字母开头。"
    page.name_edit.setText("a" * 200)
    assert page.error_text("ImageName") == "名称长度必须为 2 到 128 个字符（当前为 200 个）。"
    assert untranslated(window) == []
