"""``imageimporter convert``: refuses to overwrite, JSON keys, errors in words, no partial DEST."""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest

from imageimporter.cli import main
from imageimporter.commands.convert import WRITE_CHUNK
from imageimporter.core.disk import qcow2_stream
from imageimporter.core.disk.qcow2_stream import Qcow2Stream, ScanProgress, open_qcow2_stream
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


def test_source_changed_while_writing_is_an_error_and_removes_dest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "disk.raw"
    with open(source, "wb") as handle:
        handle.truncate(64 * MIB)
        handle.seek(40 * MIB)
        handle.write(b"z" * MIB)
    scan = qcow2_stream.open_qcow2_stream

    def scan_then_wipe(path: str, progress: ScanProgress | None = None) -> Qcow2Stream:
        stream = scan(path, progress)
        with open(path, "r+b") as handle:  # the data is gone after the scan
            handle.seek(40 * MIB)
            handle.write(bytes(MIB))
        return stream

    monkeypatch.setattr(qcow2_stream, "open_qcow2_stream", scan_then_wipe)
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(source), str(dest)]) == 2
    err = capsys.readouterr().err
    assert "changed while it was being converted" in err and "Traceback" not in err
    assert not dest.exists()
