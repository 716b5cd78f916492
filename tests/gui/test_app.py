"""The app window and the launcher's start-up checks."""

from __future__ import annotations

import urllib.request

import pytest

from imageimporter.gui.app import CloudTarget, build_main_window
from imageimporter.gui.launcher import XCB_LIBRARIES, diagnose_qt_start
from imageimporter.gui.wizard.window import WizardWindow
from imageimporter.services.connect import account_available, start_app_sandbox
from imageimporter.services.credentials import CredentialStore, Profile


def test_build_main_window_is_the_wizard(qtbot):
    window = build_main_window(CloudTarget(False))
    qtbot.addWidget(window)
    assert isinstance(window, WizardWindow)
    window.show()
    qtbot.waitExposed(window)
    assert not window.sandbox_banner.isVisible()
    assert window.heading.text() == "Account"
    window.context.close()


def test_sandbox_mode_is_said_plainly(qtbot, sandbox_services, settings):
    window = WizardWindow(sandbox_services.build(start_with_sandbox=True), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.sandbox_banner.isVisible, timeout=30_000)
    assert "practice cloud" in window.sandbox_banner.text()
    window.context.close()


def test_geometry_is_remembered(qtbot, sandbox_services, settings):
    window = WizardWindow(sandbox_services.build(), settings)
    qtbot.addWidget(window)
    window.resize(780, 600)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    again = WizardWindow(sandbox_services.build(), settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 600)
    again.context.close()


def test_an_account_is_the_environment_or_a_saved_profile(tmp_path):
    store = CredentialStore(tmp_path / "profiles.json")
    assert not account_available({}, store)
    assert not account_available({"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI"}, store)
    assert account_available(
        {"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "x"}, store
    )
    store.save(Profile("work", "LTAI5tExample"), "secret")
    assert account_available({}, store)


def test_app_sandbox_keeps_its_state_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("IMAGEIMPORTER_HOME", str(tmp_path))
    sandbox = start_app_sandbox()
    try:
        assert sandbox.data_dir == tmp_path / "data" / "sandbox"
        # Something answers on the endpoint (OSS answers an unsigned request with an error).
        with pytest.raises(urllib.error.HTTPError) as excinfo:
            urllib.request.urlopen(sandbox.endpoint + "/", timeout=5)
        excinfo.value.close()
        assert excinfo.value.code in (403, 501)
    finally:
        sandbox.stop()


@pytest.mark.parametrize(
    ("platform", "env", "missing", "expected"),
    [
        ("linux", {}, set(), "No display was found"),
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, set(), None),
        ("linux", {"DISPLAY": ":0"}, set(), None),
        ("linux", {"DISPLAY": ":0"}, {"libxcb-cursor.so.0"}, "sudo apt install libxcb-cursor0"),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, {"libxcb-cursor.so.0"}, None),
        ("darwin", {}, set(), None),
        ("win32", {}, set(), None),
    ],
)
def test_diagnose_qt_start(platform, env, missing, expected):
    problem = diagnose_qt_start(platform, env, can_load=lambda lib: lib not in missing)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem


def test_every_missing_library_is_named_with_its_package():
    problem = diagnose_qt_start("linux", {"DISPLAY": ":0"}, can_load=lambda lib: False)
    assert problem is not None
    for _, package in XCB_LIBRARIES:
        assert package in problem


def test_without_a_keyring_profiles_cannot_be_saved_and_it_says_so(
    qtbot, sandbox_services, settings
):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores the memory keyring
    window = WizardWindow(sandbox_services.build(), settings)
    qtbot.addWidget(window)
    window.show()
    page = window.account_page
    qtbot.waitUntil(lambda: "No system keyring" in page.keyring_label.text(), timeout=10_000)
    assert not page.save_button.isEnabled()
    window.context.close()
