"""Builders for real disk images made with qemu-img, sfdisk and sgdisk (sparse, in tmp)."""

from __future__ import annotations

import base64
import json
import shutil
import struct
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

QEMU_IMG = shutil.which("qemu-img") or "/usr/bin/qemu-img"
SFDISK = shutil.which("sfdisk") or "/usr/sbin/sfdisk"
SGDISK = shutil.which("sgdisk") or "/usr/sbin/sgdisk"
MIB = 1024 * 1024
GIB = 1024 * MIB

needs_qemu = pytest.mark.skipif(not Path(QEMU_IMG).exists(), reason="qemu-img is not installed")
needs_sfdisk = pytest.mark.skipif(not Path(SFDISK).exists(), reason="sfdisk is not installed")
needs_sgdisk = pytest.mark.skipif(not Path(SGDISK).exists(), reason="sgdisk is not installed")


def fuzz_settings(examples: int) -> settings:
    """The fuzz tests' Hypothesis settings: ``examples`` cases, no deadline (each writes and
    opens an image), module-scoped image fixtures allowed."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Our format names -> qemu-img's driver names.
QEMU_DRIVER = {"vhd": "vpc", "qcow": "qcow"}


def run(*args: str | Path, input: bytes | None = None) -> None:
    done = subprocess.run([str(a) for a in args], capture_output=True, input=input, check=False)
    if done.returncode != 0:
        # The tool's own words, so a failure on another machine explains itself.
        raise AssertionError(
            f"{' '.join(str(a) for a in args)} exited {done.returncode}: "
            f"{done.stderr.decode(errors='replace').strip()}"
        )


def qemu_create(path: Path, fmt: str, size: str, *options: str) -> Path:
    run(QEMU_IMG, "create", "-q", "-f", QEMU_DRIVER.get(fmt, fmt), *options, path, size)
    return path


def qemu_convert(source: Path, target: Path, fmt: str, *options: str) -> Path:
    run(QEMU_IMG, "convert", "-f", "raw", "-O", QEMU_DRIVER.get(fmt, fmt), *options, source, target)
    return target


def qemu_info(path: Path, fmt: str | None = None) -> dict[str, Any]:
    args = [QEMU_IMG, "info", "--output=json"]
    if fmt:
        args += ["-f", QEMU_DRIVER.get(fmt, fmt)]
    out = subprocess.run([*args, str(path)], check=True, capture_output=True, text=True).stdout
    info: dict[str, Any] = json.loads(out)
    return info


def sparse_file(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


def raw_mbr(path: Path, size: int = 64 * MIB) -> Path:
    """A raw disk with an MBR: one bootable Linux partition."""
    sparse_file(path, size)
    run(SFDISK, "-q", path, input=b"label: dos\n,,83,*\n")
    return path


def raw_gpt_uefi(path: Path, size: int = 64 * MIB) -> Path:
    """A raw disk with a GPT: an EFI System Partition and a Linux root."""
    sparse_file(path, size)
    run(SGDISK, "-n", "1:2048:+8M", "-t", "1:EF00", "-n", "2:0:0", "-t", "2:8300", path)
    return path


def raw_gpt_bios(path: Path, size: int = 64 * MIB) -> Path:
    """A raw disk with a GPT for BIOS boot: a BIOS boot partition, an ESP, and a root."""
    sparse_file(path, size)
    run(
        SGDISK,
        "-n", "1:2048:+1M", "-t", "1:EF02",
        "-n", "2:0:+8M", "-t", "2:EF00",
        "-n", "3:0:0", "-t", "3:8300",
        path,
    )  # fmt: skip
    return path


def tiny_iso(path: Path) -> Path:
    """A minimal ISO 9660 image: system area, a primary volume descriptor, a terminator."""
    sector = 2048
    pvd = bytearray(sector)
    pvd[0] = 1
    pvd[1:6] = b"CD001"
    pvd[6] = 1
    pvd[40:72] = b"TESTDISC".ljust(32)
    blocks = 20
    pvd[80:84] = blocks.to_bytes(4, "little")
    pvd[84:88] = blocks.to_bytes(4, "big")
    pvd[128:130] = sector.to_bytes(2, "little")
    pvd[130:132] = sector.to_bytes(2, "big")
    terminator = bytearray(sector)
    terminator[0] = 255
    terminator[1:6] = b"CD001"
    terminator[6] = 1
    data = bytes(16 * sector) + bytes(pvd) + bytes(terminator)
    path.write_bytes(data + bytes(blocks * sector - len(data)))
    return path


def qemu_create_luks(path: Path, fmt: str, size: str, passphrase: str = "passphrase") -> Path:
    """An encrypted qcow2 or LUKS image. qemu times its key derivation in CPU time first and
    gives up ("Unable to get accurate CPU usage") when the machine is too busy to measure:
    that one failure is tried again, any other is raised with the tool's words."""
    options = "key-secret=sec0,iter-time=10"
    if fmt == "qcow2":
        options = "encrypt.format=luks,encrypt.key-secret=sec0,encrypt.iter-time=10"
    args = [QEMU_IMG, "create", "-q", "--object", f"secret,id=sec0,data={passphrase}",
            "-f", fmt, "-o", options, str(path), size]  # fmt: skip
    for _ in range(10):
        done = subprocess.run(args, capture_output=True, check=False)
        if done.returncode == 0 or b"accurate CPU usage" not in done.stderr:
            break
    else:
        # qemu's benchmark, not the image, failed every time: nothing here can make the file.
        pytest.skip("qemu-img could not time its key derivation on this machine's CPU clock")
    if done.returncode != 0:
        raise AssertionError(f"qemu-img create exited {done.returncode}: {done.stderr!r}")
    return path


def udif(raw: bytes) -> bytes:
    """A minimal UDIF image as hdiutil writes an uncompressed one: the data fork, a property
    list whose "blkx" entry maps every sector to one raw chunk, and the "koly" trailer."""
    sectors = len(raw) // 512
    mish = bytearray(204)
    mish[0:4] = b"mish"
    struct.pack_into(">IQQQ", mish, 4, 1, 0, sectors, 0)
    chunks = struct.pack(">IIQQQQ", 1, 0, 0, sectors, 0, len(raw)) + struct.pack(
        ">IIQQQQ", 0xFFFFFFFF, 0, sectors, 0, len(raw), 0
    )
    blkx = base64.b64encode(bytes(mish) + chunks).decode()
    plist = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
        "<key>resource-fork</key><dict><key>blkx</key><array><dict>"
        f"<key>Data</key><data>{blkx}</data><key>Name</key><string>whole disk</string>"
        "</dict></array></dict></dict></plist>\n"
    ).encode()
    trailer = bytearray(512)
    trailer[0:4] = b"koly"
    struct.pack_into(">III", trailer, 4, 4, 512, 1)
    struct.pack_into(">QQ", trailer, 0x18, 0, len(raw))
    struct.pack_into(">QQ", trailer, 0xD8, len(raw), len(plist))
    struct.pack_into(">Q", trailer, 0x1EC, sectors)
    return raw + plist + bytes(trailer)
