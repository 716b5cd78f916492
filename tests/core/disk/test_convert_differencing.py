"""``imageimporter convert`` of differencing VHD and VHDX disks, which qemu can neither make nor
read: built the way the readers' tests build them (a qemu-made dynamic disk patched into a
child of its parent), and judged against the guest bytes composed from qemu's reads of the two
layers. The output passes ``qemu-img check``, compares identical to those bytes, and is within
2 % of ``qemu-img convert -O qcow2`` of them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from imageimporter.cli import main
from tests.core.disk.format_images import (
    MIB,
    QEMU_IMG,
    convert,
    needs_qemu,
    qemu_bytes,
    qemu_io,
    run,
    source_raw,
)
from tests.core.disk.stream_helpers import qemu
from tests.core.disk.test_vhd_reader import _make_differencing as make_differencing_vhd
from tests.core.disk.test_vhdx_reader import _data_write_guid
from tests.core.disk.test_vhdx_reader import make_differencing as make_differencing_vhdx

pytestmark = needs_qemu


def differencing_vhd(folder: Path) -> tuple[Path, bytes]:
    base = convert(source_raw(folder / "source.raw"), folder / "base.vhd", "vpc")
    top = folder / "top.vhd"
    run(QEMU_IMG, "create", "-q", "-f", "vpc", top, str(len(qemu_bytes(base, "vpc"))))
    qemu_io(top, "vpc", "write -P 0xab 1M 64k", "write -P 0xcd 33M 512", "write -z 60M 2M")
    expected = bytearray(qemu_bytes(base, "vpc"))
    top_bytes = qemu_bytes(top, "vpc")
    for block_start in (0, 32 * MIB, 60 * MIB):  # qemu allocates whole 2 MiB blocks
        expected[block_start : block_start + 2 * MIB] = top_bytes[
            block_start : block_start + 2 * MIB
        ]
    make_differencing_vhd(top, base, [(b"W2ru", ".\\base.vhd")])
    return top, bytes(expected)


def differencing_vhdx(folder: Path) -> tuple[Path, bytes]:
    base = convert(
        source_raw(folder / "source.raw"), folder / "base.vhdx", "vhdx", "-o", "block_size=1M"
    )
    top = folder / "top.vhdx"
    run(QEMU_IMG, "create", "-q", "-f", "vhdx", "-o", "block_size=1M", top, "64M")
    qemu_io(top, "vhdx", "write -P 0xab 1M 64k", "write -P 0xcd 33M 512")
    expected = bytearray(qemu_bytes(base, "vhdx"))
    top_bytes = qemu_bytes(top, "vhdx")
    for block_start in (1 * MIB, 33 * MIB):  # whole 1 MiB blocks are present in the top
        expected[block_start : block_start + MIB] = top_bytes[block_start : block_start + MIB]
    make_differencing_vhdx(
        top,
        base,
        {
            "parent_linkage": "{" + str(_data_write_guid(base)) + "}",
            "relative_path": ".\\base.vhdx",
        },
    )
    return top, bytes(expected)


@pytest.mark.parametrize("build", [differencing_vhd, differencing_vhdx], ids=["vhd", "vhdx"])
def test_differencing_disk_converts_to_its_guest_bytes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    build: Callable[[Path], tuple[Path, bytes]],
) -> None:
    top, expected = build(tmp_path)
    reference = tmp_path / "expected.raw"
    reference.write_bytes(expected)
    out = tmp_path / "out.qcow2"
    assert main(["convert", str(top), str(out), "--json"]) == 0, capsys.readouterr().err
    result = json.loads(capsys.readouterr().out)
    assert result["virtual_size"] == len(expected)

    check = qemu("check", "--output=json", out)
    assert check.returncode == 0, check.stdout + check.stderr
    compare = qemu("compare", "-f", "raw", "-F", "qcow2", reference, out)
    assert compare.returncode == 0, compare.stdout + compare.stderr
    baseline = tmp_path / "qemu.qcow2"
    run(QEMU_IMG, "convert", "-f", "raw", "-O", "qcow2", reference, baseline)
    expected_size = baseline.stat().st_size
    assert abs(out.stat().st_size - expected_size) <= 0.02 * expected_size
