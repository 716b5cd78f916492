"""``imageimporter convert``: refuses to overwrite, JSON keys, errors in words, no partial DEST."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from imageimporter.cli import main
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
    pytest.importorskip("imageimporter.core.disk.open")
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
    pytest.importorskip("imageimporter.core.disk.open")
    dest = tmp_path / "out.qcow2"
    assert main(["convert", str(tmp_path / "missing.raw"), str(dest)]) == 2
    err = capsys.readouterr().err
    assert "missing.raw" in err and "Traceback" not in err
    assert not dest.exists()
