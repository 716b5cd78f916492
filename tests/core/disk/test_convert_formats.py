"""``imageimporter convert`` of every format the readers read, judged by qemu-img.

Each image is made by qemu-img (and qemu-io for overlays) from one sparse RAW with scattered
random data and written zeros. ``convert``'s output must pass ``qemu-img check`` with no errors
and no leaks, ``qemu-img compare`` with the source must say identical, and its size must be
within 2 % of ``qemu-img convert -O qcow2``'s. A format whose reader is not there yet is skipped,
naming the format. Differencing VHD and VHDX, which qemu-img cannot make: test_convert_differencing.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import shutil
import subprocess
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import zstandard

from imageimporter.cli import main
from imageimporter.core.disk.model import DiskError
from imageimporter.core.disk.open import reader_for
from tests.core.disk.stream_helpers import qemu, scattered_raw
from tests.core.images import MIB, QEMU_IMG, needs_qemu, run

QEMU_IO = shutil.which("qemu-io") or "/usr/bin/qemu-io"
pytestmark = needs_qemu


@dataclass(frozen=True)
class Built:
    """The image to convert, and what qemu-img reads as its guest bytes (with its driver)."""

    image: Path
    reference: Path
    driver: str


Builder = Callable[[Path, Path], Built]


def converted(driver: str, *options: str, name: str = "") -> Builder:
    def build(folder: Path, raw: Path) -> Built:
        image = folder / (name or f"disk.{driver}")
        run(QEMU_IMG, "convert", "-f", "raw", "-O", driver, *options, raw, image)
        return Built(image, image, driver)

    return build


def overlay(driver: str, base_driver: str) -> Builder:
    """A ``driver`` overlay on a ``base_driver`` copy of the RAW, with its own writes: new data
    over the parent's data, over its holes, and zeros written over the parent's data."""

    def build(folder: Path, raw: Path) -> Built:
        base = folder / f"base.{base_driver}"
        run(QEMU_IMG, "convert", "-f", "raw", "-O", base_driver, raw, base)
        image = folder / f"overlay.{driver}"
        run(QEMU_IMG, "create", "-q", "-f", driver, "-b", base.name, "-F", base_driver, image)
        run(
            QEMU_IO, "-f", driver,
            "-c", "write -P 0x5a 100M 3M",
            "-c", "write -P 0xa5 7M 70k",
            "-c", "write -z 0 2M",
            "-c", "write -P 0x11 250M 1k",
            image,
        )  # fmt: skip
        return Built(image, image, driver)

    return build


def compressed(kind: str) -> Builder:
    """The RAW inside a compressed file or a tar: read front to back, compared with the RAW."""

    def build(folder: Path, raw: Path) -> Built:
        if kind in ("tar", "tar.gz"):
            image = folder / f"disk.{kind}"
            with tarfile.open(image, "w:gz" if kind == "tar.gz" else "w") as archive:
                archive.add(raw, arcname="disk.raw")
            return Built(image, raw, "raw")
        if kind == "ova":  # an OVF descriptor and a streamOptimized VMDK, as exporters write
            vmdk = folder / "disk1.vmdk"
            run(QEMU_IMG, "convert", "-f", "raw", "-O", "vmdk", "-o",
                "subformat=streamOptimized", raw, vmdk)  # fmt: skip
            descriptor = folder / "appliance.ovf"
            descriptor.write_text('<?xml version="1.0"?><Envelope/>\n')
            image = folder / "appliance.ova"
            with tarfile.open(image, "w", format=tarfile.USTAR_FORMAT) as archive:
                archive.add(descriptor, arcname=descriptor.name)
                archive.add(vmdk, arcname=vmdk.name)
            return Built(image, raw, "raw")
        opener = {
            "gzip": gzip.open,
            "xz": lzma.open,
            "bzip2": bz2.open,
            "zstd": zstandard.open,
        }[kind]
        image = folder / f"disk.raw.{kind}"
        with open(raw, "rb") as source, opener(image, "wb") as target:
            shutil.copyfileobj(source, target, 4 * MIB)
        return Built(image, raw, "raw")

    return build


# (id, format whose reader is needed, builder)
CASES: list[tuple[str, str, Builder]] = [
    ("raw", "raw", lambda folder, raw: Built(raw, raw, "raw")),
    ("qcow2-v3", "qcow2", converted("qcow2", "-o", "compat=1.1")),
    ("qcow2-v2", "qcow2", converted("qcow2", "-o", "compat=0.10")),
    ("qcow2-zlib", "qcow2", converted("qcow2", "-c")),
    ("qcow2-zstd", "qcow2", converted("qcow2", "-c", "-o", "compression_type=zstd")),
    ("qcow2-overlay", "qcow2", overlay("qcow2", "qcow2")),
    ("qcow", "qcow", converted("qcow")),
    ("qed", "qed", converted("qed")),
    ("qed-overlay", "qed", overlay("qed", "raw")),
    ("vhd-dynamic", "vhd", converted("vpc")),
    ("vhd-fixed", "vhd", converted("vpc", "-o", "subformat=fixed")),
    ("vhdx-dynamic", "vhdx", converted("vhdx")),
    ("vhdx-fixed", "vhdx", converted("vhdx", "-o", "subformat=fixed")),
    ("vmdk-monolithicSparse", "vmdk", converted("vmdk")),
    ("vmdk-streamOptimized", "vmdk", converted("vmdk", "-o", "subformat=streamOptimized")),
    ("vmdk-monolithicFlat", "vmdk", converted("vmdk", "-o", "subformat=monolithicFlat")),
    (
        "vmdk-twoGbMaxExtentSparse",
        "vmdk",
        converted("vmdk", "-o", "subformat=twoGbMaxExtentSparse"),
    ),
    ("vmdk-twoGbMaxExtentFlat", "vmdk", converted("vmdk", "-o", "subformat=twoGbMaxExtentFlat")),
    ("vmdk-delta", "vmdk", overlay("vmdk", "vmdk")),
    ("vdi-dynamic", "vdi", converted("vdi")),
    ("vdi-static", "vdi", converted("vdi", "-o", "static=on")),
    ("parallels", "parallels", converted("parallels")),
    ("raw.gz", "gzip", compressed("gzip")),
    ("raw.xz", "xz", compressed("xz")),
    ("raw.bz2", "bzip2", compressed("bzip2")),
    ("raw.zst", "zstd", compressed("zstd")),
    ("tar", "tar", compressed("tar")),
    ("tar.gz", "gzip", compressed("tar.gz")),
    ("ova", "ova", compressed("ova")),
]


def require_reader(fmt: str) -> None:
    try:
        reader_for(fmt)
    except DiskError as exc:
        pytest.skip(f"no {fmt} reader yet: {exc}")


@pytest.mark.parametrize(("reader", "build"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_convert_output_is_valid_identical_and_qemu_sized(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str, build: Builder
) -> None:
    require_reader(reader)
    raw = scattered_raw(tmp_path / "source.raw")
    built = build(tmp_path, raw)
    out = tmp_path / "out.qcow2"
    assert main(["convert", str(built.image), str(out), "--json"]) == 0, capsys.readouterr().err
    result = json.loads(capsys.readouterr().out)
    assert result["output_bytes"] == out.stat().st_size

    check = qemu("check", "--output=json", out)
    assert check.returncode == 0, check.stdout + check.stderr
    report = json.loads(check.stdout)
    assert report.get("corruptions", 0) == 0 and report.get("leaks", 0) == 0, report
    compare = qemu("compare", "-f", built.driver, "-F", "qcow2", built.reference, out)
    assert compare.returncode == 0, compare.stdout + compare.stderr

    baseline = tmp_path / "qemu.qcow2"
    run(QEMU_IMG, "convert", "-f", built.driver, "-O", "qcow2", built.reference, baseline)
    expected = baseline.stat().st_size
    assert abs(out.stat().st_size - expected) <= 0.02 * expected, (out.stat().st_size, expected)
    info = json.loads(
        subprocess.run(
            [QEMU_IMG, "info", "--output=json", "-f", built.driver, str(built.reference)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    assert result["virtual_size"] == info["virtual-size"]
