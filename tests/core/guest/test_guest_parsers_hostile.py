"""Each parser on damaged input made from real files: a value or GuestReadError, nothing else."""

from __future__ import annotations

import contextlib
import random
import shutil
from pathlib import Path

import pytest

from imageimporter.core.guest.blocks import GuestReadError
from imageimporter.core.guest.btrfs import BtrfsFilesystem
from imageimporter.core.guest.filesystems import FatFilesystem, NodeKind
from imageimporter.core.guest.initramfs import module_names
from imageimporter.core.guest.lvm import parse_metadata
from imageimporter.core.guest.registry import Hive
from imageimporter.core.guest.tree import GuestTree
from tests.core.guest.builders import make_filesystem, make_hive, make_initramfs


class BytesNode:
    """A guest file held in memory."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    kind = NodeKind.FILE

    @property
    def size(self) -> int:
        return len(self._data)

    def link_target(self) -> str:
        return ""

    def child(self, name: str) -> None:
        return None

    def names(self) -> list[str]:
        return []

    def read(self, offset: int, length: int) -> bytes:
        return self._data[offset : offset + length]


class BytesRegion:
    def __init__(self, data: bytes) -> None:
        self._data = data

    @property
    def size(self) -> int:
        return len(self._data)

    def read(self, offset: int, length: int) -> bytes:
        return self._data[offset : offset + length]


def mutate(data: bytes, seed: int, count: int = 30) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        position = rng.randrange(len(out))
        out[position : position + 4] = rng.randbytes(4)
    if seed % 3 == 0:
        del out[rng.randrange(len(out)) :]  # cut short
    return bytes(out)


@pytest.fixture(scope="module")
def hive(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if not shutil.which("hivexsh"):
        pytest.skip("hivexsh (libhivex-bin) is not installed")
    path = tmp_path_factory.mktemp("hive") / "SYSTEM"
    keys = {f"ControlSet001\\Services\\svc{i}": {"Start": "dword:0x3"} for i in range(40)}
    return make_hive(path, {"Select": {"Current": "dword:0x1"}, **keys}).read_bytes()


def test_hive_reads_what_hivexsh_wrote(hive: bytes) -> None:
    reader = Hive(BytesNode(hive))
    assert reader.values("Select") == {"current": 1}
    assert reader.values("controlset001\\SERVICES\\svc7") == {"start": 3}
    assert len(reader.subkeys("ControlSet001\\Services") or []) == 40
    assert reader.values("ControlSet001\\Services\\missing") is None


@pytest.mark.parametrize("seed", range(40))
def test_damaged_hive(hive: bytes, seed: int) -> None:
    try:
        reader = Hive(BytesNode(mutate(hive, seed)))
        reader.values("Select")
        reader.subkeys("ControlSet001\\Services")
        reader.values("ControlSet001\\Services\\svc7")
    except GuestReadError:
        pass


@pytest.fixture(scope="module")
def esp(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("esp")
    tree = folder / "tree"
    (tree / "EFI/BOOT").mkdir(parents=True)
    (tree / "EFI/BOOT/BOOTX64.EFI").write_bytes(b"MZ" * 3000)
    (tree / "EFI/Debian With A Long Name").mkdir()
    (tree / "EFI/Debian With A Long Name/grub.cfg").write_text("search --fs-uuid\n")
    return make_filesystem(folder / "esp.img", tree, "vfat", 34).read_bytes()


def test_fat_reads_what_mcopy_wrote(esp: bytes) -> None:
    tree = GuestTree(FatFilesystem(BytesRegion(esp)))
    assert tree.list_dir("/EFI") == ["BOOT", "Debian With A Long Name"]
    assert tree.read_file("/efi/debian with a long name/GRUB.CFG", 1024) == b"search --fs-uuid\n"
    assert tree.read_file("/EFI/BOOT/BOOTX64.EFI", 1 << 20) == b"MZ" * 3000


@pytest.mark.parametrize("seed", range(30))
def test_damaged_fat(esp: bytes, seed: int) -> None:
    # Damage only the first 256 KiB: boot sector, FATs and root directory.
    data = mutate(esp[: 256 * 1024], seed, 60) + esp[256 * 1024 :]
    try:
        tree = GuestTree(FatFilesystem(BytesRegion(data)))
        for folder in tree.list_dir("/EFI"):
            tree.list_dir(f"/EFI/{folder}")
        tree.read_file("/EFI/BOOT/BOOTX64.EFI", 1 << 20)
    except GuestReadError:
        pass


LVM_TEXT = """vg0 {
id = "abc"
seqno = 3
extent_size = 8192  # 4 MiB
physical_volumes { pv0 { id = "x-y" device = "/dev/sda2" pe_start = 2048 pe_count = 10 } }
logical_volumes { root { segment_count = 1 segment1 { start_extent = 0 extent_count = 10
type = "striped" stripe_count = 1 stripes = ["pv0", 0] } } }
}
"""


def test_lvm_metadata_text() -> None:
    parsed = parse_metadata(LVM_TEXT)
    vg = parsed["vg0"]
    assert isinstance(vg, dict)
    assert vg["extent_size"] == 8192
    assert vg["logical_volumes"] == {
        "root": {
            "segment_count": 1,
            "segment1": {
                "start_extent": 0,
                "extent_count": 10,
                "type": "striped",
                "stripe_count": 1,
                "stripes": ["pv0", 0],
            },
        }
    }


@pytest.mark.parametrize("seed", range(30))
def test_damaged_lvm_metadata_text(seed: int) -> None:
    text = mutate(LVM_TEXT.encode(), seed, 5).decode("latin-1")
    with contextlib.suppress(GuestReadError):
        parse_metadata(text)


def test_deeply_nested_lvm_metadata() -> None:
    with pytest.raises(GuestReadError, match="nests too deeply"):
        parse_metadata("a { " * 100 + "}" * 100)


@pytest.mark.parametrize("compressor", ["gzip", "xz", "zstd", "lz4"])
@pytest.mark.parametrize("seed", range(6))
def test_damaged_initramfs(tmp_path: Path, compressor: str, seed: int) -> None:
    files = {f"lib/modules/6.1/kernel/drivers/m{i}.ko": bytes([i]) * 3000 for i in range(50)}
    data = make_initramfs(tmp_path / "initrd", files, compressor, microcode=True).read_bytes()
    assert "m7" in module_names(BytesNode(data))
    with contextlib.suppress(GuestReadError):
        module_names(BytesNode(mutate(data, seed, 8)))


@pytest.fixture(scope="module")
def btrfs(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("btrfs")
    tree = folder / "tree"
    (tree / "etc").mkdir(parents=True)
    (tree / "etc/os-release").write_text("ID=opensuse-leap\n" * 100)
    for index in range(200):
        (tree / "etc" / f"file{index}").write_bytes(bytes([index]) * 5000)
    return make_filesystem(folder / "root.img", tree, "btrfs", 128).read_bytes()


@pytest.fixture(scope="module")
def btrfs_blocks(btrfs: bytes) -> list[int]:
    """The offsets of the 4 KiB blocks that hold something."""
    empty = bytes(4096)
    return [i for i in range(0, len(btrfs), 4096) if btrfs[i : i + 4096] != empty]


def test_btrfs_reads_what_mkfs_wrote(btrfs: bytes) -> None:
    tree = GuestTree(BtrfsFilesystem(BytesRegion(btrfs)))
    assert tree.read_file("/etc/os-release", 1 << 20) == b"ID=opensuse-leap\n" * 100
    assert tree.read_file("/etc/file7", 1 << 20) == bytes([7]) * 5000
    assert len(tree.list_dir("/etc")) == 201


@pytest.mark.parametrize("seed", range(30))
def test_damaged_btrfs(btrfs: bytes, btrfs_blocks: list[int], seed: int) -> None:
    rng = random.Random(seed)
    data = bytearray(btrfs)
    for _ in range(20):
        block = rng.choice(btrfs_blocks)
        position = block + rng.randrange(4096)
        data[position : position + 4] = rng.randbytes(4)
    with contextlib.suppress(GuestReadError):
        tree = GuestTree(BtrfsFilesystem(BytesRegion(bytes(data))))
        tree.read_file("/etc/os-release", 1 << 20)
        for name in tree.list_dir("/etc")[:50]:
            tree.read_file(f"/etc/{name}", 1 << 20)
