"""The app window and the launcher's start-up checks."""

from __future__ import annotations

import urllib.request

import pytest

from imageimporter.gui.app import CloudTarget, account_configured, start_sandbox
from imageimporter.gui.launcher import XCB_LIBRARIES, diagnose_qt_start
from imageimporter.gui.main_window import MainWindow


def test_sandbox_mode_is_said_plainly(qtbot):
    target = CloudTarget(True, "http://127.0.0.1:1234", "cn-hangzhou", "demo-bucket")
    window = MainWindow(target)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.mode_banner.text()
    assert "Sandbox mode" in text
    assert "http://127.0.0.1:1234" in text and "demo-bucket" in text


def test_account_mode_banner(qtbot):
    window = MainWindow(CloudTarget(False))
    qtbot.addWidget(window)
    assert "your account" in window.mode_banner.text()


def test_account_configured_reads_the_standard_variables():
    assert not account_configured({})
    assert not account_configured({"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI"})
    assert account_configured(
        {"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "x"}
    )


def test_app_sandbox_keeps_its_state_in_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("IMAGEIMPORTER_HOME", str(tmp_path))
    sandbox = start_sandbox()
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
