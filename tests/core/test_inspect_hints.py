"""The hints' commands are run here: each one must really work with the tools named."""

from __future__ import annotations

import shlex
import struct
import subprocess
import uuid

from imageimporter.core.inspect import Verdict, inspect_path
from tests.core.images import (
    GIB,
    MIB,
    QEMU_IMG,
    needs_qemu,
    qemu_convert,
    qemu_create,
    qemu_create_luks,
    qemu_info,
    sparse_file,
)

pytestmark = needs_qemu


def hint(report, code: str) -> str:
    (found,) = [h.message for h in report.hints if h.code == code]
    return found


def command_in(message: str, start: str) -> list[str]:
    """The shell words of the command quoted in a hint, from ``start`` to the end."""
    return shlex.split(message[message.index(start) :].rstrip("`.").split("`")[0])


def test_encrypted_disk_hint_writes_a_decrypted_copy(tmp_path):
    disk = qemu_create_luks(tmp_path / "secret disk.qcow2", "qcow2", "64M")
    report = inspect_path(disk)
    assert report.verdict is Verdict.CONVERT
    words = command_in(hint(report, "convert"), "qemu-img convert")
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("passphrase")
    words = [w.replace("PASSPHRASE_FILE", str(passphrase)) for w in words]
    subprocess.run(words, check=True, capture_output=True, timeout=120)
    decrypted = tmp_path / "secret disk-converted.qcow2"
    assert "encrypt" not in qemu_info(decrypted).get("format-specific", {}).get("data", {})
    assert inspect_path(decrypted).verdict is Verdict.ACCEPT


# -- crafted where no tool here writes the format's state ------------------------------------
def crc32c(data: bytes) -> int:
    """CRC-32C (Castagnoli), the checksum of VHDX headers and log entries."""
    table = []
    for index in range(256):
        value = index
        for _ in range(8):
            value = (value >> 1) ^ 0x82F63B78 if value & 1 else value >> 1
        table.append(value)
    crc = 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def with_pending_log(path):
    """Give a qemu-made VHDX what a crash leaves: a log GUID in its current header and one
    valid log entry (a 4 KiB zero descriptor) that qemu must replay before reading it."""
    data = bytearray(path.read_bytes())
    current = max((64 << 10, 128 << 10), key=lambda at: struct.unpack_from("<Q", data, at + 8))
    header = bytearray(data[current : current + 4096])
    log_guid = uuid.uuid4().bytes_le
    header[48:64] = log_guid
    header[4:8] = bytes(4)
    struct.pack_into("<I", header, 4, crc32c(bytes(header)))
    data[current : current + 4096] = header
    (log_offset,) = struct.unpack_from("<Q", header, 72)
    entry = bytearray(4096)
    size = len(data)
    entry[0:64] = (
        b"loge" + struct.pack("<IIIQII", 0, 4096, 0, 1, 1, 0) + log_guid
        + struct.pack("<QQ", size, size)
    )  # fmt: skip
    unused = 3 * MIB + 512 * 1024  # in the metadata region, past its items
    entry[64:96] = b"zero" + struct.pack("<IQQQ", 0, 4096, unused, 1)
    struct.pack_into("<I", entry, 4, crc32c(bytes(entry)))
    data[log_offset : log_offset + 4096] = entry
    path.write_bytes(bytes(data))
    return path


def vhd_checksum(structure: bytes, at: int) -> int:
    return ~(sum(structure) - sum(structure[at : at + 4])) & 0xFFFFFFFF


def as_differencing_vhd(path, parent_name: str):
    """Turn a qemu-made dynamic VHD into a differencing one naming ``parent_name`` (qemu
    writes no differencing VHD)."""
    data = bytearray(path.read_bytes())
    for at in (0, len(data) - 512):
        footer = data[at : at + 512]
        struct.pack_into(">I", footer, 60, 4)
        struct.pack_into(">I", footer, 64, vhd_checksum(footer, 64))
        data[at : at + 512] = footer
    (dynamic,) = struct.unpack_from(">Q", data, 16)
    header = data[dynamic : dynamic + 1024]
    name = parent_name.encode("utf-16-be")
    header[64 : 64 + len(name)] = name
    struct.pack_into(">I", header, 36, vhd_checksum(header, 36))
    data[dynamic : dynamic + 1024] = header
    path.write_bytes(bytes(data))
    return path


def as_differencing_vhdx(path, parent_path: str):
    """Turn a qemu-made VHDX into a differencing one: the HasParent flag and a parent locator
    (``relative_path``) in its metadata region, which carries no checksum."""
    data = bytearray(path.read_bytes())
    regions = {}
    for index in range(struct.unpack_from("<I", data, (192 << 10) + 8)[0]):
        entry = data[(192 << 10) + 16 + index * 32 : (192 << 10) + 48 + index * 32]
        regions[uuid.UUID(bytes_le=bytes(entry[:16]))] = struct.unpack_from("<Q", entry, 16)[0]
    metadata = regions[uuid.UUID("8b7ca206-4790-4b9a-b8fe-575f050f886e")]
    count = struct.unpack_from("<H", data, metadata + 10)[0]
    end = 0
    for index in range(count):
        at = metadata + 32 + index * 32
        offset, length = struct.unpack_from("<II", data, at + 16)
        end = max(end, offset + length)
        if uuid.UUID(bytes_le=bytes(data[at : at + 16])) == FILE_PARAMETERS:
            block_size, flags = struct.unpack_from("<II", data, metadata + offset)
            struct.pack_into("<II", data, metadata + offset, block_size, flags | 2)
    pairs = [("parent_linkage", "{" + str(uuid.uuid4()) + "}"), ("relative_path", parent_path)]
    entries, strings = b"", b""
    base = 20 + 12 * len(pairs)
    for key, value in pairs:
        key_bytes, value_bytes = key.encode("utf-16-le"), value.encode("utf-16-le")
        key_at = base + len(strings)
        strings += key_bytes
        entries += struct.pack("<IIHH", key_at, key_at + len(key_bytes), len(key_bytes),
                               len(value_bytes))  # fmt: skip
        strings += value_bytes
    locator = VHDX_LOCATOR_TYPE.bytes_le + struct.pack("<HH", 0, len(pairs)) + entries + strings
    at = (end + 4095) // 4096 * 4096
    data[metadata + at : metadata + at + len(locator)] = locator
    entry = metadata + 32 + count * 32
    data[entry : entry + 32] = PARENT_LOCATOR.bytes_le + struct.pack(
        "<IIII", at, len(locator), 6, 0
    )
    struct.pack_into("<H", data, metadata + 10, count + 1)
    path.write_bytes(bytes(data))
    return path


FILE_PARAMETERS = uuid.UUID("caa16737-fa36-4d43-b3b6-33f0aa44e76b")
PARENT_LOCATOR = uuid.UUID("a8d35f2d-b30b-454d-abf7-d3d84834ab0c")
VHDX_LOCATOR_TYPE = uuid.UUID("b04aefb7-d19e-4a81-b789-25b8e9445913")


def qemu_fails(*args) -> str:
    done = subprocess.run([QEMU_IMG, *map(str, args)], capture_output=True, text=True, check=False)
    assert done.returncode != 0, done.stdout
    return done.stderr


# -- the hints ---------------------------------------------------------------------------------
def test_vhdx_whose_log_needs_replaying_gets_the_command_that_replays_it(tmp_path):
    disk = with_pending_log(qemu_create(tmp_path / "crashed.vhdx", "vhdx", "64M"))
    assert "contains a log that needs to be replayed" in qemu_fails("info", disk)
    report = inspect_path(disk)
    assert report.verdict is Verdict.REJECT
    assert "log_not_replayed" in {p.code for p in report.problems}
    subprocess.run(command_in(hint(report, "replay_log"), "qemu-img check"), check=True,
                   capture_output=True, timeout=60)  # fmt: skip
    assert qemu_info(disk, "vhdx")["virtual-size"] == 64 * MIB
    report = inspect_path(disk)
    assert report.verdict is Verdict.CONVERT
    assert "log_not_replayed" not in {p.code for p in report.problems}


def test_vhdx_log_guid_without_entries_needs_no_replay(tmp_path):
    disk = with_pending_log(qemu_create(tmp_path / "clean.vhdx", "vhdx", "64M"))
    data = bytearray(disk.read_bytes())
    data[MIB : MIB + 4096] = bytes(4096)  # the entry gone, the GUID left: an empty log
    disk.write_bytes(bytes(data))
    qemu_info(disk, "vhdx")  # qemu opens it as it is
    assert "log_not_replayed" not in {p.code for p in inspect_path(disk).problems}


def test_differencing_vhd_is_read_with_its_parent_never_by_qemu_img(tmp_path):
    qemu_create(tmp_path / "parent.vhd", "vhd", "64M", "-o", "subformat=dynamic")
    child = as_differencing_vhd(
        qemu_create(tmp_path / "child.vhd", "vhd", "64M", "-o", "subformat=dynamic"), "parent.vhd"
    )
    report = inspect_path(child)
    assert (report.subformat, report.backing_file) == ("differencing", "parent.vhd")
    assert report.verdict is Verdict.CONVERT
    assert "The app reads it together with 'parent.vhd'" in hint(report, "convert")
    assert "qemu-img" not in hint(report, "convert")
    # Why: qemu-img takes the child for a whole disk and writes only its changes.
    qemu_info(child, "vhd")
    assert "backing-filename" not in qemu_info(child, "vhd")
    assert "not_qemu_img" in {h.code for h in report.hints}


def test_differencing_vhdx_with_a_windows_relative_parent_path(tmp_path):
    qemu_create(tmp_path / "parent.vhdx", "vhdx", "64M")
    child = as_differencing_vhdx(
        qemu_create(tmp_path / "child.vhdx", "vhdx", "64M"), ".\\parent.vhdx"
    )
    assert "Operation not supported" in qemu_fails("info", child)  # qemu reads no VHDX chain
    report = inspect_path(child)
    assert (report.subformat, report.backing_file) == ("differencing", ".\\parent.vhdx")
    assert report.verdict is Verdict.CONVERT
    assert "qemu-img" not in " ".join(h.message for h in report.hints)
    (tmp_path / "parent.vhdx").unlink()
    report = inspect_path(child)
    assert report.verdict is Verdict.REJECT
    assert "missing_backing_file" in {p.code for p in report.problems}


def test_extent_of_a_split_vmdk_points_to_its_descriptor(tmp_path):
    source = sparse_file(tmp_path / "source.raw", 5 * GIB)
    descriptor = qemu_convert(
        source, tmp_path / "split.vmdk", "vmdk", "-o", "subformat=twoGbMaxExtentSparse"
    )
    extent = tmp_path / "split-s001.vmdk"
    assert "Invalid argument" in qemu_fails("info", "-f", "vmdk", extent)  # empty descriptor
    report = inspect_path(extent)
    assert (report.subformat, report.verdict) == ("extent", Verdict.REJECT)
    assert report.virtual_size is None and report.partition_table is None
    assert str(descriptor) in hint(report, "use_descriptor")
    whole = inspect_path(descriptor)
    assert whole.virtual_size == 5 * GIB == qemu_info(descriptor)["virtual-size"]
    # Alone in a folder, the hint says what to look for.
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / extent.name).write_bytes(extent.read_bytes())
    assert "-s001" in hint(inspect_path(alone / extent.name), "use_descriptor")


def test_extent_of_a_split_flat_vmdk_is_not_a_whole_raw_disk(tmp_path):
    source = sparse_file(tmp_path / "source.raw", 5 * GIB)
    descriptor = qemu_convert(
        source, tmp_path / "split.vmdk", "vmdk", "-o", "subformat=twoGbMaxExtentFlat"
    )
    report = inspect_path(tmp_path / "split-f001.vmdk")
    assert report.format == "raw" and report.verdict is Verdict.REJECT
    assert "vmdk_extent" in {p.code for p in report.problems}
    assert str(descriptor) in hint(report, "use_descriptor")
    assert inspect_path(descriptor).virtual_size == 5 * GIB
