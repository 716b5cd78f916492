"""The command line: version, help, and ``sandbox serve`` as a real process."""

from __future__ import annotations

import json
import logging
import signal
import subprocess
import sys

import pytest

from imageimporter import __version__
from imageimporter.cli import main
from imageimporter.core.endpoints import Endpoints
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import Credentials
from imageimporter.services.job_store import JobStore
from imageimporter.services.logs import log_file_path

SECRET = "Qw7Er4Ty1Ui8Op5As2Df9Gh6Jk3Lz0Xc"  # looks like an AccessKey Secret

CLI = [sys.executable, "-m", "imageimporter"]


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert capsys.readouterr().out.strip() == f"imageimporter {__version__}"


def test_sandbox_serve_prints_json_then_stops_on_sigterm(tmp_path):
    process = subprocess.Popen(
        [*CLI, "sandbox", "serve", "--data-dir", str(tmp_path), "--bucket", "first-bucket"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        info = json.loads(process.stdout.readline())
        assert info["endpoint"].startswith("http://127.0.0.1:")
        assert info["region"] == "cn-hangzhou"
        assert info["access_key_id"] and info["access_key_secret"]
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=20)
        assert process.returncode == 0, err
        assert "stopped" in err
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_sandbox_serve_refuses_a_public_address(tmp_path):
    result = subprocess.run(
        [*CLI, "sandbox", "serve", "--host", "0.0.0.0", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "loopback" in result.stderr
    assert result.stdout == ""


def test_sandbox_serve_restart_keeps_keys(tmp_path):
    keys = []
    for _ in range(2):
        process = subprocess.Popen(
            [*CLI, "sandbox", "serve", "--data-dir", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert process.stdout is not None
        info = json.loads(process.stdout.readline())
        keys.append((info["access_key_id"], info["access_key_secret"]))
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
        assert process.returncode == 0
    assert keys[0] == keys[1]


@pytest.fixture
def restored_logging():
    """The root logger as it was: ``main`` installs the log file's handler in this process."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_a_bug_in_a_command_names_the_log_file_and_shows_no_secret(
    monkeypatch, capsys, restored_logging
):
    # A session remembers its secret; the failing call quotes it and a signed URL.
    CloudSession(Credentials("LTAI5tExampleKeyId", SECRET), Endpoints("cn-hangzhou"))

    def broken(self, states=None):
        raise RuntimeError(f"GET /?Signature=Sig0123456789abc failed, signed with {SECRET}")

    monkeypatch.setattr(JobStore, "jobs", broken)
    assert main(["jobs", "list"]) == 1
    out, err = capsys.readouterr()
    path = log_file_path()
    assert (
        f"something unexpected went wrong. What happened is written in the log file {path}" in err
    )
    assert "Traceback" not in err and "RuntimeError" not in err
    assert SECRET not in out + err and "Sig0123456789abc" not in out + err
    text = path.read_text()
    assert "command jobs failed" in text and "Traceback" in text and "RuntimeError" in text
    assert SECRET not in text and "Sig0123456789abc" not in text
