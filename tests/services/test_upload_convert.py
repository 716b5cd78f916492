"""``imageimporter upload --convert``: the QCOW2 stream through the same engine, byte-identical
to ``imageimporter convert``'s file, also across a SIGKILL and a resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from imageimporter.core.checkpoint import CheckpointStore
from imageimporter.sandbox import Sandbox
from tests.polling import wait_until
from tests.services.upload_helpers import (
    BUCKET,
    cli_env,
    stored_object,
    upload_command,
    upload_process,
)

KiB = 1024
MiB = 1024 * KiB


def sparse_raw(path: Path) -> None:
    """64 MiB of virtual disk holding 6 MiB of random data in three extents; the rest holes."""
    with path.open("wb") as handle:
        handle.truncate(64 * MiB)
        for offset, size in ((1 * MiB, 2 * MiB), (20 * MiB + 4 * KiB, 3 * MiB), (63 * MiB, MiB)):
            handle.seek(offset)
            handle.write(os.urandom(size))


def converted_by_cli(source: Path, dest: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "imageimporter", "convert", str(source), str(dest), "--json"],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def stream_progress() -> tuple[int, str]:
    """(confirmed parts, source kind) of the one checkpoint, (0, "") before there is one."""
    checkpoints = CheckpointStore().all()
    if not checkpoints:
        return 0, ""
    return len(checkpoints[0].parts), checkpoints[0].kind


def test_upload_convert_killed_at_30_percent_resumes_to_the_convert_output(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    source = tmp_path / "disk.raw"
    sparse_raw(source)
    expected = converted_by_cli(source, tmp_path / "converted.qcow2")
    converted = (tmp_path / "converted.qcow2").read_bytes()
    parts = -(-len(converted) // (256 * KiB))

    command = upload_command(sandbox, source, "--convert", "--part-size", "256K")
    with upload_process(sandbox, [*command, "--threads", "2"], "1M") as first:
        wait_until(lambda: stream_progress()[0] >= parts * 3 // 10)
    assert first.returncode == -signal.SIGKILL
    at_kill, kind = stream_progress()
    assert kind == "qcow2-stream"
    assert at_kill < parts

    second = subprocess.run(
        command, env=cli_env(sandbox), capture_output=True, text=True, timeout=120, check=False
    )
    assert second.returncode == 0, second.stderr
    result = json.loads(second.stdout)
    assert result["converted"] is True
    assert result["resumed"] is True
    assert result["key"] == "disk.qcow2"
    assert result["bytes_sent"] <= len(converted) - at_kill * 256 * KiB
    for name in ("source_format", "virtual_size", "data_bytes"):
        assert result[name] == expected[name]
    assert result["size"] == expected["output_bytes"] == len(converted)
    with stored_object(sandbox, "disk.qcow2").open() as reader:
        assert reader.read_at(0, reader.size) == converted


def test_a_file_and_its_converted_stream_keep_separate_checkpoints(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    source = tmp_path / "disk.raw"
    sparse_raw(source)
    # The same object key for both: an interrupted as-is upload is not resumed by --convert.
    as_is = upload_command(sandbox, source, "--key", "disk.img", "--part-size", "1M")
    with upload_process(sandbox, as_is, "2M"):
        wait_until(lambda: stream_progress()[0] >= 2)
    converted = subprocess.run(
        upload_command(sandbox, source, "--key", "disk.img", "--convert"),
        env=cli_env(sandbox), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    assert json.loads(converted.stdout)["resumed"] is False
    assert sorted(c.kind for c in CheckpointStore().all()) == ["file"]  # the as-is one, kept
