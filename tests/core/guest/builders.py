"""Guest disks made by the real tools: distribution trees written to a folder, filesystems made
from it (mkfs.ext4 -d, mkfs.xfs -p, mkfs.btrfs --rootdir, mkfs.vfat + mcopy, mkfs.ntfs +
ntfscp), partitioned with sgdisk or sfdisk, initramfs images made with cpio and compressors."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from imageimporter.core.disk.model import Extent, ExtentKind, FileStamp

MIB = 1024 * 1024
# Every root filesystem the tests make gets this UUID, so trees can name it in fstab.
ROOT_UUID = "3f1c2d4e-5a6b-4c7d-8e9f-a0b1c2d3e4f5"
VIRTIO = ("virtio_blk", "virtio_pci", "virtio_net")
_MODULE_DIRS = {
    "virtio_blk": "drivers/block",
    "virtio_net": "drivers/net",
    "virtio_pci": "drivers/virtio",
    "nvme": "drivers/nvme/host",
    "e1000": "drivers/net/ethernet/intel/e1000",
}
COMPRESSORS = {
    "gzip": ["gzip", "-c"],
    "xz": ["xz", "-c", "--check=crc32"],
    "zstd": ["zstd", "-q", "-c"],
    "lz4": ["lz4", "-l", "-q", "-c"],
    "none": None,
}


def run_or_skip(*args: str | Path) -> bytes:
    """A privileged step (mount, losetup): the test is skipped where the machine refuses it."""
    try:
        return run(*args)
    except subprocess.CalledProcessError as exc:
        pytest.skip(
            f"{args[0]} is not possible here: {exc.stderr.decode(errors='replace').strip()}"
        )


def run(*args: str | Path, input: bytes | None = None, cwd: Path | None = None) -> bytes:
    result = subprocess.run(
        [str(a) for a in args], check=True, capture_output=True, input=input, cwd=cwd
    )
    return result.stdout


class RawFileDisk:
    """A RAW file as a DiskImage (the readers branch's open_disk does the same for every format)."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._path = path
        self.bytes_read = 0

    format = "raw"
    sequential_only = False

    @property
    def size(self) -> int:
        return os.fstat(self._file.fileno()).st_size

    def read(self, offset: int, length: int) -> bytes:
        data = os.pread(self._file.fileno(), min(length, self.size - offset), offset)
        self.bytes_read += len(data)
        return data

    def extents(self) -> Iterator[Extent]:
        yield Extent(0, self.size, ExtentKind.DATA)

    def files(self) -> tuple[FileStamp, ...]:
        st = os.stat(self._path)
        return (FileStamp(str(self._path), st.st_size, st.st_mtime_ns, st.st_ino),)

    def close(self) -> None:
        self._file.close()


@dataclass(frozen=True)
class Distro:
    os_release: str | None
    extra: dict[str, str]


DISTROS = {
    "ubuntu-22.04": Distro(
        'NAME="Ubuntu"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nID=ubuntu\nID_LIKE=debian\n'
        'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nVERSION_ID="22.04"\n',
        {"etc/debian_version": "bookworm/sid\n"},
    ),
    "debian-12": Distro(
        'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\n'
        'VERSION="12 (bookworm)"\nID=debian\n',
        {"etc/debian_version": "12.5\n"},
    ),
    "centos-7": Distro(
        'NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\n'
        'VERSION_ID="7"\nPRETTY_NAME="CentOS Linux 7 (Core)"\n',
        {"etc/redhat-release": "CentOS Linux release 7.9.2009 (Core)\n"},
    ),
    "rocky-9": Distro(
        'NAME="Rocky Linux"\nVERSION="9.3 (Blue Onyx)"\nID="rocky"\nID_LIKE="rhel centos fedora"\n'
        'VERSION_ID="9.3"\nPRETTY_NAME="Rocky Linux 9.3 (Blue Onyx)"\n',
        {"etc/redhat-release": "Rocky Linux release 9.3 (Blue Onyx)\n"},
    ),
    "alinux-3": Distro(
        'NAME="Alibaba Cloud Linux"\nVERSION="3 (Soaring Falcon)"\nID="alinux"\n'
        'ID_LIKE="rhel fedora centos anolis"\n'
        'VERSION_ID="3"\nPRETTY_NAME="Alibaba Cloud Linux 3 (Soaring Falcon)"\n',
        {},
    ),
    "opensuse-15.5": Distro(
        'NAME="openSUSE Leap"\nVERSION="15.5"\nID="opensuse-leap"\nID_LIKE="suse opensuse"\n'
        'VERSION_ID="15.5"\nPRETTY_NAME="openSUSE Leap 15.5"\n',
        {},
    ),
    "centos-6": Distro(None, {"etc/redhat-release": "CentOS release 6.10 (Final)\n"}),
}


def write_tree(
    root: Path,
    distro: str = "ubuntu-22.04",
    *,
    kernels: dict[str, dict[str, str]] | None = None,
    fstab: str = f"UUID={ROOT_UUID} / ext4 defaults 0 1\n",
    grub_root: str = "UUID=0a0b",
    cloud_init: bool = True,
    extra: dict[str, str] | None = None,
) -> Path:
    """A minimal but realistic root tree. ``kernels`` maps a version to how each driver is
    present: ``{"virtio_blk": "builtin" | "module" | "initramfs"}``; key ``initramfs`` names
    the compressor (default gzip)."""
    spec = DISTROS[distro]
    (root / "etc").mkdir(parents=True, exist_ok=True)
    (root / "usr/lib").mkdir(parents=True, exist_ok=True)
    (root / "usr/bin").mkdir(parents=True, exist_ok=True)
    os.symlink("usr/bin", root / "bin")
    shutil.copy("/bin/dash", root / "usr/bin/dash")
    os.symlink("dash", root / "usr/bin/sh")
    if spec.os_release is not None:
        (root / "usr/lib/os-release").write_text(spec.os_release)
        os.symlink("../usr/lib/os-release", root / "etc/os-release")
    for name, text in {**spec.extra, **(extra or {})}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    (root / "etc/fstab").write_text(fstab)
    grub = root / "boot/grub/grub.cfg"
    grub.parent.mkdir(parents=True, exist_ok=True)
    versions = (
        kernels
        if kernels is not None
        else {"5.15.0-91-generic": dict.fromkeys((*VIRTIO, "nvme"), "initramfs")}
    )
    grub.write_text(
        "".join(
            f"menuentry 'Linux {v}' {{\n\tlinux /boot/vmlinuz-{v} root={grub_root} ro quiet\n"
            f"\tinitrd /boot/initrd.img-{v}\n}}\n"
            for v in versions
        )
    )
    for version, drivers in versions.items():
        write_kernel(root, version, drivers, distro)
    if cloud_init:
        (root / "etc/cloud").mkdir(parents=True, exist_ok=True)
        (root / "etc/cloud/cloud.cfg").write_text("datasource_list: [ AliYun ]\n")
    return root


def write_kernel(root: Path, version: str, drivers: dict[str, str], distro: str) -> None:
    modules = root / "usr/lib/modules" / version
    modules.mkdir(parents=True, exist_ok=True)
    (root / "boot").mkdir(exist_ok=True)
    (root / "boot" / f"vmlinuz-{version}").write_bytes(b"MZ" + bytes(510))
    builtin, dep = [], []
    for name, how in drivers.items():
        if name == "initramfs":
            continue
        path = f"kernel/{_MODULE_DIRS[name]}/{name}.ko"
        if how == "builtin":
            builtin.append(path)
        else:
            (modules / path).parent.mkdir(parents=True, exist_ok=True)
            (modules / path).write_bytes(b"\x7fELF" + bytes(60))
            dep.append(f"{path}:")
    (modules / "modules.builtin").write_text(
        "".join(p + "\n" for p in ["kernel/fs/ext4/ext4.ko", *builtin])
    )
    (modules / "modules.dep").write_text("".join(p + "\n" for p in dep))
    in_initramfs = [n for n, how in drivers.items() if how == "initramfs"]
    compressor = drivers.get("initramfs", "gzip")
    name = {"ubuntu": "initrd.img-{v}", "debian": "initrd.img-{v}"}.get(
        distro.split("-", maxsplit=1)[0], "initramfs-{v}.img"
    )
    make_initramfs(
        root / "boot" / name.format(v=version),
        {
            f"usr/lib/modules/{version}/kernel/{_MODULE_DIRS[n]}/{n}.ko": b"\x7fELF"
            for n in in_initramfs
        },
        compressor,
        microcode=compressor != "none",
    )


def make_initramfs(
    path: Path, files: dict[str, bytes], compressor: str, *, microcode: bool = False
) -> Path:
    """``cpio -o -H newc`` of ``files`` (plus an init), compressed; with an uncompressed early
    microcode archive in front when ``microcode``."""
    work = path.parent / f".{path.name}.d"
    work.mkdir()
    files = {"init": b"#!/bin/sh\n", "usr/lib/modules/placeholder": b"x" * 1000, **files}
    for name, data in files.items():
        (work / name).parent.mkdir(parents=True, exist_ok=True)
        (work / name).write_bytes(data)
    listing = "\n".join(sorted({str(p.relative_to(work)) for p in work.rglob("*")})) + "\n"
    archive = run("cpio", "-o", "-H", "newc", "--quiet", input=listing.encode(), cwd=work)
    shutil.rmtree(work)
    command = COMPRESSORS[compressor]
    body = archive if command is None else run(*command, input=archive)
    prefix = b""
    if microcode:
        early = path.parent / f".{path.name}.early"
        (early / "kernel/x86/microcode").mkdir(parents=True)
        (early / "kernel/x86/microcode/GenuineIntel.bin").write_bytes(b"\x01" * 2048)
        listing = (
            "kernel\nkernel/x86\nkernel/x86/microcode\nkernel/x86/microcode/GenuineIntel.bin\n"
        )
        prefix = run("cpio", "-o", "-H", "newc", "--quiet", input=listing.encode(), cwd=early)
        shutil.rmtree(early)
        prefix += bytes(-len(prefix) % 512)
    path.write_bytes(prefix + body)
    return path


def make_filesystem(
    image: Path, tree: Path, fs: str, size_mib: int = 0, *, label: str = "", uuid: str = ROOT_UUID
) -> Path:
    """A filesystem image of ``tree`` made by the real tool."""
    if fs in ("ext4", "ext3", "ext2"):
        run("truncate", "-s", f"{size_mib or 48}M", image)
        run(
            f"mkfs.{fs}",
            "-q",
            "-F",
            "-U",
            uuid,
            *(["-L", label] if label else []),
            "-d",
            tree,
            image,
        )
    elif fs == "xfs":
        run("truncate", "-s", f"{size_mib or 320}M", image)
        proto = image.with_suffix(".proto")
        proto.write_text(xfs_protofile(tree))
        label_args = ["-L", label] if label else []
        run("mkfs.xfs", "-q", "-f", "-m", f"uuid={uuid}", *label_args, "-p", proto, image)
    elif fs == "btrfs":
        run("truncate", "-s", f"{size_mib or 128}M", image)
        run("mkfs.btrfs", "-q", "-f", "-U", uuid, "--rootdir", tree, image)
    elif fs == "vfat":
        run("truncate", "-s", f"{size_mib or 40}M", image)
        run("mkfs.vfat", *(["-n", label] if label else []), image)
        for path in sorted(tree.rglob("*")):
            target = "::/" + str(path.relative_to(tree))
            if path.is_dir():
                run("mmd", "-i", image, target)
            else:
                run("mcopy", "-i", image, path, target)
    elif fs == "ntfs":
        # ntfscp cannot make folders: the tree is copied through an ntfs-3g (FUSE) mount.
        run("truncate", "-s", f"{size_mib or 40}M", image)
        run("mkfs.ntfs", "-q", "-F", "-f", image)
        mount = image.with_suffix(".mnt")
        mount.mkdir()
        run_or_skip("ntfs-3g", image, mount)
        try:
            shutil.copytree(tree, mount, dirs_exist_ok=True, symlinks=True)
        finally:
            run("umount", mount)
            mount.rmdir()
    else:
        raise ValueError(fs)
    return image


def xfs_protofile(tree: Path) -> str:
    lines = ["/dev/null", "0 0", "d--755 0 0"]

    def walk(directory: Path, depth: int) -> None:
        for path in sorted(directory.iterdir()):
            indent = " " * depth
            if path.is_symlink():
                lines.append(f"{indent}{path.name} l--777 0 0 {os.readlink(path)}")
            elif path.is_dir():
                lines.append(f"{indent}{path.name} d--755 0 0")
                walk(path, depth + 1)
                lines.append(f"{indent}$")
            else:
                lines.append(f"{indent}{path.name} ---644 0 0 {path}")

    walk(tree, 1)
    lines.append("$")
    return "\n".join(lines) + "\n"


def make_disk(
    path: Path,
    partitions: list[tuple[Path, str]],
    table: str = "gpt",
    *,
    bios_boot: bool = False,
    boot_code: bool = False,
) -> Path:
    """A sparse disk with ``partitions`` (image, type code: sgdisk's ``8300``/``ef00`` for GPT,
    sfdisk's ``83``/``ef`` for MBR) laid out from 1 MiB, each image copied into its partition."""
    sizes = [image.stat().st_size for image, _ in partitions]
    extra = 2 * MIB if bios_boot else 0
    total = MIB + extra + sum(-(-s // MIB) * MIB for s in sizes) + 2 * MIB
    run("truncate", "-s", str(total), path)
    offsets = []
    start = MIB + extra
    for size in sizes:
        offsets.append(start)
        start += -(-size // MIB) * MIB
    if table == "gpt":
        args = []
        if bios_boot:
            args += ["-n", f"0:{MIB // 512}:{(MIB + extra) // 512 - 1}", "-t", "0:ef02"]
        for (_, code), offset, size in zip(partitions, offsets, sizes, strict=True):
            args += ["-n", f"0:{offset // 512}:{(offset + size) // 512 - 1}", "-t", f"0:{code}"]
        run("sgdisk", *args, path)
    else:
        script = "".join(
            f"start={offset // 512}, size={size // 512}, type={code}\n"
            for (_, code), offset, size in zip(partitions, offsets, sizes, strict=True)
        )
        run("sfdisk", "-q", path, input=f"label: dos\n{script}".encode())
    for (image, _), offset in zip(partitions, offsets, strict=True):
        run(
            "dd",
            f"if={image}",
            f"of={path}",
            "bs=1M",
            f"seek={offset // MIB}",
            "conv=notrunc,sparse",
            "status=none",
        )
    if boot_code:
        with open(path, "r+b") as disk:
            disk.write(b"\xeb\x63\x90" + b"\x90" * 100)
    return path


def uuid_of(image: Path) -> str:
    return run("blkid", "-o", "value", "-s", "UUID", image).decode().strip()


def empty_hive() -> bytes:
    """A registry hive holding only its root key and one security cell: hivex cannot create a
    hive from nothing, so this is the seed ``hivexsh -w`` then fills."""
    hbin_size = 4096
    descriptor = bytes([1, 0, 4, 0x80]) + bytes(16)  # self-relative, no owner, group or ACLs
    name = b"ROOT"

    def cell(record: bytes) -> bytes:
        size = (len(record) + 4 + 7) // 8 * 8
        return struct.pack("<i", -size) + record + bytes(size - 4 - len(record))

    def root_key(security: int) -> bytes:
        fields = (0x2C, 0, 0, 0xFFFFFFFF, 0, 0, 0xFFFFFFFF, 0xFFFFFFFF, 0, 0xFFFFFFFF, security)
        tail = (0xFFFFFFFF, 0, 0, 0, 0, 0, 0, len(name), 0)
        return (
            b"nk" + struct.pack("<HQIIIIIIIII", *fields) + struct.pack("<IIIIIIIHH", *tail) + name
        )

    security = 32 + len(cell(root_key(0)))
    sk = b"sk" + struct.pack("<HIIII", 0, security, security, 1, len(descriptor)) + descriptor
    body = cell(root_key(security)) + cell(sk)
    free = hbin_size - 32 - len(body)
    hbin = b"hbin" + struct.pack("<III", 0, hbin_size, 0) + bytes(16) + body
    hbin += struct.pack("<i", free) + bytes(free - 4)
    header = bytearray(4096)
    struct.pack_into("<4sIIQIIIIII", header, 0, b"regf", 1, 1, 0, 1, 3, 0, 1, 0x20, hbin_size)
    checksum = 0
    for offset in range(0, 0x1FC, 4):
        checksum ^= struct.unpack_from("<I", header, offset)[0]
    struct.pack_into("<I", header, 0x1FC, checksum)
    return bytes(header) + hbin


def make_hive(path: Path, keys: dict[str, dict[str, str]]) -> Path:
    """A hive with ``keys`` (``"A\\\\B"`` -> {value name: hivexsh value such as
    ``"string:x"`` or ``"dword:0x0"``}), written by hivexsh."""
    path.write_bytes(empty_hive())
    script: list[str] = []
    made: set[str] = set()
    for key, values in keys.items():
        script.append("cd \\")
        parts = key.split("\\")
        for depth, part in enumerate(parts):
            prefix = "\\".join(parts[: depth + 1])
            if prefix not in made:
                script.append(f"add {part}")
                made.add(prefix)
            script.append(f"cd {part}")
        script.append(f"setval {len(values)}")
        for name, value in values.items():
            script += [name, value]
    script.append("commit")
    run("hivexsh", "-w", path, input=("\n".join(script) + "\n").encode())
    return path
