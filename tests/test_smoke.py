"""``imageimporter --smoke-test`` from source, and the pieces of it that decide pass or fail.

The packaging CI runs the same command on the frozen app (``packaging/ci-package.sh``). Nothing
here touches a real keychain: the subprocess uses the in-memory backend of
``tests/helpers_keyring.py`` (or keyring's own ``fail`` backend).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring.backends.fail
import keyring.errors
import pytest

from imageimporter.smoke import (
    ALLOW_NO_KEYRING_ENV,
    CheckFailed,
    CheckSkipped,
    keyring_round_trip,
    unexpected_qt_message,
)
from tests.helpers_keyring import BACKEND, ProcessKeyring

ROOT = Path(__file__).resolve().parents[1]
CHECKS = (
    "qt", "resources", "sandbox", "window", "keyring", "inspect", "guest", "sandbox-stop"
)  # fmt: skip


def run_smoke_test(**env_changes: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        # The suite hides Qt's qpa messages; the smoke test must see everything.
        if k not in ("QT_LOGGING_RULES", ALLOW_NO_KEYRING_ENV, "PYTHON_KEYRING_BACKEND")
        and not k.startswith("LC_")
    }
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(env_changes)
    return subprocess.run(
        [sys.executable, "-m", "imageimporter", "--smoke-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def status_of(output: str, check: str) -> str:
    for line in output.splitlines():
        words = line.split()
        if len(words) >= 3 and words[0] == "smoke:" and words[2] == check:
            return words[1]
    raise AssertionError(f"no line for the check {check!r} in:\n{output}")


@pytest.mark.slow
def test_smoke_test_passes_from_source():
    # In Chinese, so that the app's and Qt's own translations are loaded too.
    result = run_smoke_test(PYTHON_KEYRING_BACKEND=BACKEND, LANG="zh_CN.UTF-8")
    assert result.returncode == 0, result.stdout + result.stderr
    for check in CHECKS:
        assert status_of(result.stdout, check) == "PASS", result.stdout
    if status_of(result.stdout, "translations") == "PASS":
        assert "qtbase_zh_CN.qm, imageimporter_zh_CN.qm" in result.stdout
    else:  # no compiled translations in this tree
        assert status_of(result.stdout, "translations") == "SKIP"
    assert f"through {BACKEND}" in result.stdout
    assert status_of(result.stdout, "qt-messages") == "PASS"
    assert "0 failed" in result.stdout.splitlines()[-1]


@pytest.mark.slow
def test_no_keyring_and_a_qt_warning_each_fail_the_run():
    result = run_smoke_test(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_STYLE_OVERRIDE="no-such-style",  # makes QApplication print a warning
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert status_of(result.stdout, "keyring") == "FAIL"
    assert "keyring.backends.fail.Keyring" in result.stdout
    assert status_of(result.stdout, "qt-messages") == "FAIL"
    assert "no-such-style" in result.stdout
    assert status_of(result.stdout, "window") == "PASS"  # one failure does not hide the rest
    assert "2 failed" in result.stdout.splitlines()[-1]


class LockedKeyring(ProcessKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


class ForgetfulKeyring(ProcessKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        return "something else"


def test_keyring_round_trip_leaves_nothing_behind():
    backend = ProcessKeyring()
    before = dict(backend.entries)
    line = keyring_round_trip(backend, allow_missing=False)
    assert "ProcessKeyring" in line
    assert backend.entries == before


@pytest.mark.parametrize(
    ("backend", "allow", "outcome", "words"),
    [
        (keyring.backends.fail.Keyring(), False, CheckFailed, "keyring.backends.fail.Keyring"),
        (keyring.backends.fail.Keyring(), True, CheckSkipped, ALLOW_NO_KEYRING_ENV),
        (LockedKeyring(), False, CheckFailed, "LockedKeyring failed at set"),
        (LockedKeyring(), True, CheckSkipped, "the collection is locked"),
        (ForgetfulKeyring(), True, CheckFailed, "returned a different secret"),
    ],
)
def test_keyring_problems_are_named(backend, allow, outcome, words):
    with pytest.raises(outcome) as excinfo:
        keyring_round_trip(backend, allow_missing=allow)
    assert words in str(excinfo.value)


@pytest.mark.parametrize(
    ("kind", "message", "unexpected"),
    [
        ("warning", "QWidget::setLayout: Attempting to set QLayout twice", True),
        ("critical", "QFont: something", True),
        ("warning", "This plugin does not support propagateSizeHints()", False),
        ("warning", "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/x'", False),
        ("info", "anything", False),
    ],
)
def test_which_qt_messages_fail(kind, message, unexpected):
    assert unexpected_qt_message(kind, message) is unexpected
