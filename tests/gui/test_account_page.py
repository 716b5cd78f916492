"""The account page as a new user meets it: words instead of the app's codes, the sandbox
shown as connected however it was connected, no Save without a keyring, and a layout that
fits 700x500 in English, in Chinese and with strings twice as long."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from imageimporter.gui.i18n import ScaledTranslator, install_translators
from imageimporter.gui.wizard.account_page import AccountPage
from imageimporter.gui.wizard.context import WizardContext
from tests.gui.driver import TIMEOUT, connect_sandbox


def test_the_apps_own_codes_are_not_shown(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    page = window.account_page
    qtbot.waitUntil(lambda: "stored in" in page.keyring_label.text())
    page.name_edit.setText("bad name!")
    page.key_id_edit.setText("LTAI123")
    page.secret_edit.setText("s3cret")
    page.save_profile()
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.message.text()
    assert not page.error.code.isVisibleTo(page)
    assert "InvalidProfileName" not in page.error.text()

    monkeypatch.setenv("HOME", str(tmp_path))  # no aliyun CLI configuration there
    page.error.clear()
    page.import_cli()
    qtbot.waitUntil(page.error.isVisible)
    assert page.error.message.text().startswith("No aliyun CLI configuration was found at")
    assert "AliyunConfigMissing" not in page.error.text()


def test_skipped_cli_profiles_are_said_in_words(qtbot, make_window, tmp_path, monkeypatch):
    config = tmp_path / ".aliyun" / "config.json"
    config.parent.mkdir()
    config.write_text('{"profiles": [{"name": "old", "mode": "EcsRamRole"}]}')
    monkeypatch.setenv("HOME", str(tmp_path))
    window = make_window()
    page = window.account_page
    qtbot.waitUntil(lambda: "stored in" in page.keyring_label.text())
    page.import_cli()
    qtbot.waitUntil(lambda: "Skipped" in page.status_label.text())
    assert page.status_label.text() == (
        'Imported 0 profile(s). Skipped: old: its mode "EcsRamRole" is not supported '
        "(AK, StsToken and RamRoleArn are)"
    )


def test_sandbox_is_shown_as_connected_however_it_was_connected(
    qtbot, make_window, sandbox_services
):
    window = make_window(start_with_sandbox=True)
    page = window.account_page
    qtbot.waitUntil(lambda: window.context.state.connected, timeout=TIMEOUT)
    assert page.status_label.text() == "Connected to the sandbox."
    # A resumed job connects without the page: it says so all the same.
    other = make_window()
    other.context.set_connection(sandbox_services.connection())
    assert other.account_page.status_label.text() == "Connected to the sandbox."
    assert other.account_page.region_combo.currentData() == other.context.state.region


def test_the_account_row_waits_for_an_account(qtbot, make_window):
    window = make_window()
    page = window.account_page
    assert not page.identity_label.isVisibleTo(page)  # no "Account:" beside nothing
    connect_sandbox(qtbot, window)
    assert page.identity_label.isVisibleTo(page)
    assert page.identity_label.text().startswith("acs:ram::")


def test_without_a_keyring_no_save_is_offered(qtbot, make_window):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores the memory keyring
    window = make_window()
    page = window.account_page
    qtbot.waitUntil(lambda: "No system keyring" in page.keyring_label.text(), timeout=TIMEOUT)
    assert not page.save_button.isVisibleTo(page)
    assert not page.secret_edit.isVisibleTo(page)
    connect_sandbox(qtbot, window)  # buttons come back after connecting; Save does not
    assert not page.save_button.isEnabled() and not page.save_button.isVisibleTo(page)
    assert page.keyring_label.isVisibleTo(page)


@pytest.fixture(params=["en", "zh_CN", "twice as long"])
def language(request):
    app = QCoreApplication.instance()
    scaled = None
    if request.param == "twice as long":
        scaled = ScaledTranslator(2)
        app.installTranslator(scaled)
    else:
        install_translators(request.param)
    yield request.param
    if scaled is not None:
        app.removeTranslator(scaled)
    install_translators("en")


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the page alone is a top-level window
def test_fits_700_by_500_without_sideways_scrolling(qtbot, sandbox_services, language):
    context = WizardContext(sandbox_services.build())
    page = AccountPage(context)
    qtbot.addWidget(page)
    page.resize(700, 380)  # what the page gets of a 700x500 window
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.scroll_area.widget().width() > 0)
    assert page.scroll_area.horizontalScrollBar().maximum() == 0, language
    labels = [page.keyring_label, page.status_label]
    assert all(w.wordWrap() for w in labels)
    context.close()
