"""``imageimporter upload``: arguments, output, and a real process killed mid-upload."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest

from imageimporter.cli import main
from imageimporter.core.checkpoint import CheckpointStore
from imageimporter.core.crc64 import crc64
from imageimporter.sandbox import Sandbox
from tests.polling import wait_until
from tests.services.upload_helpers import (
    BUCKET,
    change_in_place_keeping_mtime,
    cli_env,
    confirmed_parts,
    stored_crc,
    unsampled_offset,
    upload_command,
    upload_process,
    write_random,
)

KiB = 1024
MiB = 1024 * KiB


def test_a_process_killed_mid_upload_resumes_without_resending_confirmed_parts(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    path = tmp_path / "disk.img"
    data = write_random(path, 6 * MiB)
    part, threads = 256 * KiB, 2
    command = upload_command(sandbox, path, "--part-size", "256K", "--threads", str(threads))
    with upload_process(sandbox, command, "2M") as first:
        wait_until(lambda: confirmed_parts() >= 6)
    assert first.returncode == -signal.SIGKILL
    at_kill = confirmed_parts()
    assert at_kill < len(data) // part  # it really was interrupted

    second = subprocess.run(
        command, env=cli_env(sandbox), capture_output=True, text=True, timeout=60, check=False
    )
    assert second.returncode == 0, second.stderr
    result = json.loads(second.stdout)
    assert result["resumed"] is True
    assert result["crc64"] == str(crc64(data)) == str(stored_crc(sandbox))
    assert result["size"] == len(data)
    assert result["parts"] == 24
    # Over both runs the server received the file once, plus at most the parts that were on
    # the wire when the first process died.
    total = sandbox.stats.bytes_received["oss:UploadPart"]
    assert len(data) <= total <= len(data) + threads * part
    assert result["bytes_sent"] <= len(data) - at_kill * part
    assert "Resuming" in second.stderr
    assert sandbox.access_key_secret not in second.stderr + second.stdout


def confirmed(number: int) -> bool:
    return any(number in c.parts for c in CheckpointStore().all())


def test_a_file_changed_in_place_between_a_kill_and_the_resume_is_never_mixed(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    path = tmp_path / "disk.img"
    write_random(path, 4 * MiB)
    command = upload_command(sandbox, path, "--part-size", "256K", "--threads", "2")
    with upload_process(sandbox, command, "2M") as first:
        wait_until(lambda: confirmed(1) and confirmed_parts() >= 4)
    assert first.returncode == -signal.SIGKILL
    # Part 1 is on the server; the file now differs there, with its size and mtime kept and
    # outside the blocks the fingerprint reads: to its identity, the same file.
    data = change_in_place_keeping_mtime(path, unsampled_offset(4 * MiB, 0, 256 * KiB))

    second = subprocess.run(
        command, env=cli_env(sandbox), capture_output=True, text=True, timeout=60, check=False
    )
    assert second.returncode == 0, second.stderr
    result = json.loads(second.stdout)
    assert result["resumed"] is True
    assert "differ from disk.img now (parts 1)" in second.stderr
    assert result["crc64"] == str(crc64(data)) == str(stored_crc(sandbox))


def test_ctrl_c_keeps_the_checkpoint_and_says_how_to_resume(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    path = tmp_path / "disk.img"
    write_random(path, 4 * MiB)
    process = subprocess.Popen(
        [*upload_command(sandbox, path, "--part-size", "256K"), "--limit-rate", "1M"],
        env=cli_env(sandbox),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(lambda: confirmed_parts() >= 2)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130
    assert stdout == ""
    assert "To resume, run: imageimporter upload" in stderr
    assert "--part-size" in stderr
    assert confirmed_parts() >= 2


def test_sandbox_upload_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = write_random(tmp_path / "disk.img", 3 * MiB)
    code = main(
        [
            "upload",
            str(tmp_path / "disk.img"),
            "--bucket",
            "cli-test",
            "--sandbox",
            "--json",
            "--part-size",
            "1M",
            "--threads",
            "2",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    result = json.loads(out)
    assert result["bucket"] == "cli-test"
    assert result["key"] == "disk.img"
    assert result["size"] == len(data)
    assert result["crc64"] == str(crc64(data))
    assert result["parts"] == 3
    assert result["bytes_sent"] == len(data)
    assert result["resumed"] is False
    assert result["seconds"] >= 0
    assert {"skipped", "recovered", "retries"} <= set(result)


def test_human_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_random(tmp_path / "disk.img", 1000)
    assert (
        main(
            [
                "upload",
                str(tmp_path / "disk.img"),
                "--bucket",
                "b-1",
                "--sandbox",
                "--key",
                "images/d.raw",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "oss://b-1/images/d.raw: uploaded" in out
    assert "1,000 bytes" in out


def test_wrong_secret_fails_with_the_reason_and_without_the_secret(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    write_random(tmp_path / "disk.img", MiB)
    done = subprocess.run(
        upload_command(sandbox, tmp_path / "disk.img"),
        env=cli_env(sandbox, secret="not-the-secret-123"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "SignatureDoesNotMatch" in done.stderr
    assert "not-the-secret-123" not in done.stderr
    assert done.stdout == ""
    assert sum(sandbox.stats.requests.values()) == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "no credentials"),
        (["--oss-endpoint", "http://192.0.2.1"], "Refusing plain HTTP"),
    ],
)
def test_refusals(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    words: str,
) -> None:
    write_random(tmp_path / "disk.img", 10)
    if args:
        monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-test")
        monkeypatch.setenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret-test")
    code = main(
        ["upload", str(tmp_path / "disk.img"), "--bucket", "b-1", "--region", "cn-hangzhou", *args]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert words in err
    assert "secret-test" not in err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--part-size", "huge"], "is not a size"),
        (["--limit-rate", "0"], "more than zero"),
        (["--threads", "0"], "between 1 and 64"),
    ],
)
def test_bad_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["upload", str(tmp_path / "x"), "--bucket", "b-1", *args])
    assert exit_.value.code == 2
    assert words in capsys.readouterr().err


def test_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["upload", str(tmp_path / "nope"), "--bucket", "b-1", "--sandbox"]) == 2
    assert "is not a file" in capsys.readouterr().err


def test_a_part_size_that_cannot_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_random(tmp_path / "disk.img", 10)
    assert (
        main(
            [
                "upload",
                str(tmp_path / "disk.img"),
                "--bucket",
                "b-1",
                "--sandbox",
                "--part-size",
                "10K",
            ]
        )
        == 2
    )
    assert "below OSS's minimum" in capsys.readouterr().err
