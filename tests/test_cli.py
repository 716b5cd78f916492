"""The command line: version, help, and ``sandbox serve`` as a real process."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from imageimporter import __version__
from imageimporter.cli import main

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
