"""``imageimporter convert``: refuses to overwrite, JSON keys, errors in words, no partial DEST."""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from imageimporter.cli import main
from imageimporter.commands.convert import _move
from imageimporter.core.disk import qcow2_stream
from imageimporter.core.disk.model import DiskImage
from imageimporter.core.disk.qcow2_stream import ClusterMap, open_qcow2_stream
from tests.core.images import MIB, QEMU_IMG, needs_qemu


def test_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "disk.raw"
    source.write_bytes(b"x" * MIB)
    dest = tmp_path / "out.qcow2"
    dest.write_bytes(b"keep me")
    assert main(["convert", str(source), str(dest)]) == 2
    assert "--force" in capsys.readouterr().err
    assert dest.read_bytes() == b"keep me"


@needs_qemu
def test_converts_with_json_and_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "disk.raw"
    with open(source, "wb") as handle:
        handle.truncate(64 * MIB)
        handle.seek(5 * MIB)
        handle.write(b"y" * 200_000)
    dest = tmp_path / "out.qcow2"
    dest.write_bytes(b"old")
    assert main(["convert", str(source), str(dest), "--json", "--force"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {
        "source",
        "source_format",
        "virtual_size",
        "data_bytes",
        "output_bytes",
        "seconds",
    }
    assert result["virtual_size"] == 64 * MIB
    assert result["output_bytes"] == dest.stat().st_size
    compare = subprocess.run([QEMU_IMG, "compare", "-f", "raw", str(source), str(dest)])
    assert compare.returncode == 0


def test_unreadable_source_is_a_sentence_and_leaves_no_dest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(tmp_path / "missing.raw"), str(dest)]) == 2
    err = capsys.readouterr().err
    assert "missing.raw" in err and "Traceback" not in err
    assert not dest.exists()


def test_output_of_many_chunks_is_the_stream(tmp_path: Path) -> None:
    """Pieces written by threads at their offsets make up the stream, byte for byte."""
    source = tmp_path / "disk.raw"
    rng = random.Random(5)
    with open(source, "wb") as handle:
        handle.truncate(256 * MIB)
        for _ in range(12):
            handle.seek(rng.randrange(0, 250 * MIB))
            handle.write(rng.randbytes(2 * MIB))
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(source), str(dest)]) == 0
    stream = open_qcow2_stream(str(source))
    try:
        assert stream.size > 20 * MIB
        assert dest.read_bytes() == stream.read_at(0, stream.size)
    finally:
        stream.close()


def test_source_changed_during_the_conversion_is_an_error_and_removes_dest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One pass: the data is written while scanning; a change seen by the file's stamp fails."""
    source = tmp_path / "disk.raw"
    with open(source, "wb") as handle:
        handle.truncate(64 * MIB)
        handle.seek(40 * MIB)
        handle.write(b"z" * MIB)
    scan = qcow2_stream.scan_clusters

    def scan_then_grow(disk: DiskImage, *args: Any) -> ClusterMap:
        clusters = scan(disk, *args)
        with open(source, "ab") as handle:
            handle.write(b"more")
        return clusters

    monkeypatch.setattr(qcow2_stream, "scan_clusters", scan_then_grow)
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(source), str(dest)]) == 2
    err = capsys.readouterr().err
    assert "changed since it was opened" in err and "Traceback" not in err
    assert not dest.exists()


def zeros_in_a_whole_table(path: Path) -> Path:
    """Data in the first L2 table's range, written zeros filling a whole second one: the
    allocation map predicts two L2 tables, the scan finds one."""
    with open(path, "wb") as handle:
        handle.truncate(1024 * MIB)
        handle.seek(3 * MIB)
        handle.write(b"d" * MIB)
        handle.seek(600 * MIB)
        handle.write(bytes(4 * MIB))
    return path


@needs_qemu
def test_data_written_after_room_for_more_metadata_is_moved_down(tmp_path: Path) -> None:
    source = zeros_in_a_whole_table(tmp_path / "disk.raw")
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(source), str(dest)]) == 0
    stream = open_qcow2_stream(str(source))
    try:
        assert stream.layout.l2_tables == 1
        assert dest.read_bytes() == stream.read_at(0, stream.size)
    finally:
        stream.close()
    assert subprocess.run([QEMU_IMG, "check", str(dest)], capture_output=True).returncode == 0
    compare = subprocess.run([QEMU_IMG, "compare", "-f", "raw", str(source), str(dest)])
    assert compare.returncode == 0


@pytest.mark.parametrize("target", [0, 100_000, 5 * MIB + 3, 12 * MIB])
def test_moving_within_the_file_keeps_every_byte(tmp_path: Path, target: int) -> None:
    """Down or up, overlapping by more or less than a chunk: read before overwritten."""
    data = random.Random(target).randbytes(9 * MIB + 17)
    path = tmp_path / "file"
    path.write_bytes(bytes(3 * MIB) + data)
    fd = os.open(path, os.O_RDWR)
    try:
        _move(fd, 3 * MIB, len(data), target)
    finally:
        os.close(fd)
    assert path.read_bytes()[target : target + len(data)] == data


@needs_qemu
@pytest.mark.parametrize("size", [1, 511, 100_000, 3 * MIB + 7])
def test_a_disk_ending_mid_sector_is_padded_to_whole_sectors(tmp_path: Path, size: int) -> None:
    """As qemu sees it: a qcow2 holds whole sectors, so the last one is padded, never cut."""
    source = tmp_path / "disk.raw"
    source.write_bytes(random.Random(size).randbytes(size))
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(source), str(dest)]) == 0
    assert subprocess.run([QEMU_IMG, "check", str(dest)], capture_output=True).returncode == 0
    compare = subprocess.run(
        [QEMU_IMG, "compare", "-f", "raw", "-F", "qcow2", str(source), str(dest)],
        capture_output=True,
        text=True,
    )
    assert compare.returncode == 0, compare.stdout
    info = subprocess.run(
        [QEMU_IMG, "info", "--output=json", str(dest)], capture_output=True, text=True, check=True
    )
    assert json.loads(info.stdout)["virtual-size"] == -(-size // 512) * 512


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_dest_that_is_not_a_regular_file_is_refused_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    source = tmp_path / "disk.raw"
    source.write_bytes(b"x" * MIB)
    dest = tmp_path / "dest"
    if kind == "fifo":
        os.mkfifo(dest)
    else:
        dest.mkdir()
    assert main(["convert", str(source), str(dest), "--force"]) == 2
    assert "not a regular file" in capsys.readouterr().err
    assert dest.is_fifo() if kind == "fifo" else dest.is_dir()


def test_dest_that_cannot_grow_is_an_error_in_words_and_removed(tmp_path: Path) -> None:
    """A file size limit stands in for a full disk: the write fails, DEST goes."""
    source = tmp_path / "disk.raw"
    with open(source, "wb") as handle:
        handle.truncate(64 * MIB)
        handle.write(random.Random(9).randbytes(4 * MIB))
    dest = tmp_path / "out.qcow2"

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (MIB, MIB))

    done = subprocess.run(
        [sys.executable, "-m", "imageimporter", "convert", str(source), str(dest)],
        capture_output=True,
        text=True,
        preexec_fn=limit_file_size,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert f"cannot write {dest}" in done.stderr and "Traceback" not in done.stderr
    assert not dest.exists()
