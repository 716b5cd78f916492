"""The upload and the local machine: one process per upload, a full or read-only data folder."""

from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path

import pytest

from imageimporter.core.checkpoint import UploadCheckpoint
from imageimporter.core.crc64 import crc64
from imageimporter.core.paths import AppFolderError
from imageimporter.sandbox import Sandbox
from tests.polling import wait_until
from tests.services.upload_helpers import (
    BUCKET,
    HookStore,
    Recorder,
    cli_env,
    confirmed_parts,
    fill,
    make_upload,
    stored_crc,
    unfinished_uploads,
    upload_command,
    upload_process,
    write_random,
)

KiB = 1024
MiB = 1024 * KiB


def test_a_second_process_on_the_same_upload_is_told_who_holds_it(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    path = tmp_path / "disk.img"
    data = write_random(path, 4 * MiB)
    command = upload_command(sandbox, path, "--part-size", "256K")
    with upload_process(sandbox, command, "1M") as holder:
        wait_until(lambda: confirmed_parts() >= 1)
        second = subprocess.run(
            command, env=cli_env(sandbox), capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 2, second.stderr
        assert "Traceback" not in second.stderr
        assert f"oss://{BUCKET}/disk.img is being uploaded by another" in second.stderr
        assert f"(process {holder.pid}, since " in second.stderr
    # SIGKILLed as the block ended: the lock must die with the process.
    assert holder.returncode == -signal.SIGKILL
    third = subprocess.run(
        command, env=cli_env(sandbox), capture_output=True, text=True, timeout=60, check=False
    )
    assert third.returncode == 0, third.stderr
    result = json.loads(third.stdout)
    assert result["resumed"] is True
    assert result["crc64"] == str(crc64(data)) == str(stored_crc(sandbox))


def test_a_full_disk_mid_upload_names_the_folder_and_stays_resumable(
    sandbox: Sandbox, tiny_filesystem: Path, tmp_path: Path
) -> None:
    path = tmp_path / "disk.img"
    data = write_random(path, 2 * MiB)
    folder = tiny_filesystem / "data" / "checkpoints"
    store = HookStore(folder)
    filled: list[Path] = []

    def fill_after_two(checkpoint: UploadCheckpoint) -> None:
        if len(checkpoint.parts) == 2 and not filled:
            filled.append(fill(tiny_filesystem))

    store.hook = fill_after_two
    upload = make_upload(sandbox, path, store, part_size=256 * KiB, threads=1)
    with pytest.raises(AppFolderError) as excinfo:
        upload.run()
    assert f"The app's folder {folder} cannot be written" in excinfo.value.message
    assert "Free some space" in excinfo.value.action
    assert len(unfinished_uploads(sandbox)) == 1  # left on the server, to be resumed
    assert sandbox.stats.requests["oss:CompleteMultipartUpload"] == 0

    filled[0].unlink()
    store.hook = None
    recorder = Recorder()
    result = make_upload(sandbox, path, store, recorder).run()
    assert result.resumed
    assert result.crc64 == crc64(data) == stored_crc(sandbox)
    assert unfinished_uploads(sandbox) == []


def test_a_full_disk_before_anything_is_recorded_leaves_nothing_on_the_server(
    sandbox: Sandbox, tiny_filesystem: Path, tmp_path: Path
) -> None:
    path = tmp_path / "disk.img"
    write_random(path, 2 * MiB)
    folder = tiny_filesystem / "data" / "checkpoints"
    folder.mkdir(parents=True)
    fill(tiny_filesystem)
    upload = make_upload(sandbox, path, HookStore(folder), part_size=256 * KiB)
    with pytest.raises(AppFolderError, match="cannot be written"):
        upload.run()
    assert sandbox.stats.requests["oss:InitiateMultipartUpload"] == 1
    assert unfinished_uploads(sandbox) == []  # aborted: no checkpoint could resume it


def test_a_read_only_data_folder_is_named_by_the_cli(
    sandbox: Sandbox, tiny_filesystem: Path, tmp_path: Path
) -> None:
    sandbox.create_bucket(BUCKET)
    path = tmp_path / "disk.img"
    write_random(path, MiB)
    (tiny_filesystem / "data").mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_filesystem)], check=True)
    env = {**cli_env(sandbox), "IMAGEIMPORTER_HOME": str(tiny_filesystem)}
    result = subprocess.run(
        upload_command(sandbox, path), env=env, capture_output=True, text=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"The app's folder {tiny_filesystem / 'data' / 'checkpoints'}" in result.stderr
    assert sum(sandbox.stats.requests.values()) == 0


def test_checkpoint_and_lock_files_are_private(sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "disk.img"
    write_random(path, 2 * MiB)
    store = HookStore(tmp_path / "data" / "checkpoints")
    modes: set[int] = set()

    def record_modes(checkpoint: UploadCheckpoint) -> None:
        modes.update(p.stat().st_mode & 0o777 for p in store.directory.iterdir())
        modes.add(store.directory.stat().st_mode & 0o777 | 0o1000)

    store.hook = record_modes
    make_upload(sandbox, path, store, part_size=256 * KiB).run()
    assert modes == {0o600, 0o1700}
