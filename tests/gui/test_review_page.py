"""The review page: description, tags and sizes in the summary; the dry run finds an image that
already has the name, and its button takes the user to the name, focused."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel

from imageimporter.core.job import new_client_token
from imageimporter.core.wizard_flow import Page
from tests.gui.conftest import needs_qemu, qemu_image
from tests.gui.driver import (
    TIMEOUT,
    add_disks,
    connect_sandbox,
    fill_details,
    next_page,
    wait_buckets,
    wait_uploaded,
)
from tests.gui.pages import summary_rows

pytestmark = needs_qemu


def to_review(qtbot, window, tmp_path):
    connect_sandbox(qtbot, window)
    next_page(qtbot, window, Page.DISKS)
    add_disks(qtbot, window, qemu_image(tmp_path / "system.qcow2"))
    next_page(qtbot, window, Page.STORAGE)
    wait_buckets(qtbot, window)
    window.context.roles().set_up()  # the role step is skipped
    next_page(qtbot, window, Page.DETAILS)
    wait_uploaded(qtbot, window)
    details = fill_details(qtbot, window)
    details.description_edit.setText("Our web server")
    details.add_tag("env", "prod")
    details.add_tag("team", "")
    qtbot.waitUntil(lambda: window.context.state.role_ready, timeout=TIMEOUT)
    next_page(qtbot, window, Page.REVIEW)
    return window.page(Page.REVIEW)


def test_summary_has_description_tags_and_sizes(qtbot, make_window, tmp_path):
    window = make_window()
    page = to_review(qtbot, window, tmp_path)
    rows = dict(summary_rows(page))
    assert rows["Description:"] == "Our web server"
    assert rows["Tags:"] == "env=prod, team"
    sizes, transfer, where = rows["System disk:"].split("\n")
    assert sizes == "system.qcow2: 192 KiB file, 6.00 GiB virtual, 6 GiB disk"
    assert transfer == "Sent as it is."
    assert where.startswith("→ oss://imageimporter-sandbox/imageimporter/")
    assert where.endswith("-system.qcow2")


def test_dry_run_finds_the_name_taken_and_leads_to_the_name(qtbot, make_window, tmp_path):
    window = make_window()
    page = to_review(qtbot, window, tmp_path)
    # Another import already made an image of that name.
    spec = replace(window.context.spec, client_token=new_client_token())
    window.context.importer().submit(spec)
    page.dry_run()
    qtbot.waitUntil(lambda: not window.context.state.busy and page.error.isVisible())
    assert page.result_label.text() == "The dry run found a problem:"
    assert page.error.message.text() == "An image with this name already exists in the region."
    assert page.error.remedy_button.text() == "Change the image name"
    window.activateWindow()
    page.error.remedy_button.click()
    assert window.current is Page.DETAILS
    details = window.page(Page.DETAILS)
    qtbot.waitUntil(details.name_edit.hasFocus)
    assert details.name_edit.selectedText() == "web-server"
    assert isinstance(page.error.message, QLabel)
