"""``imageimporter convert``: refuses to overwrite, JSON keys, errors in words, no partial DEST."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from imageimporter.cli import main
from imageimporter.commands.convert import WRITE_CHUNK
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
    """Chunks produced ahead by threads are written in order: the file is the stream."""
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
        assert stream.size > 3 * WRITE_CHUNK
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
def test_a_mispredicted_layout_is_written_again_from_the_map(tmp_path: Path) -> None:
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


def test_data_wiped_before_a_second_pass_is_an_error_and_removes_dest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two passes: data that reads as zeros when written again is refused, never written."""
    source = zeros_in_a_whole_table(tmp_path / "disk.raw")
    scan = qcow2_stream.scan_clusters

    def scan_then_wipe(disk: DiskImage, *args: Any) -> ClusterMap:
        clusters = scan(disk, *args)
        with open(source, "r+b") as handle:
            handle.seek(3 * MIB)
            handle.write(bytes(MIB))
        return clusters

    monkeypatch.setattr(qcow2_stream, "scan_clusters", scan_then_wipe)
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(source), str(dest)]) == 2
    err = capsys.readouterr().err
    assert "changed while it was being converted" in err and "Traceback" not in err
    assert not dest.exists()
