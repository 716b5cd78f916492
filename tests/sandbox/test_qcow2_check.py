"""The sandbox's import checks QCOW2 objects as ``qemu-img check`` does.

Sound images made by qemu-img (plain, compressed with zlib and zstd, compat=0.10, extended L2,
odd refcount widths and cluster sizes, snapshots, persistent bitmaps, zero clusters) and by the
app's own QCOW2 stream writer pass; the same images with a table entry flipped, truncated, with a
cluster used twice or over metadata, or with a leaked cluster fail, and qemu-img check agrees
with every verdict. Through the ECS SDK, a broken object fails its import task.
"""

from __future__ import annotations

import random
import struct
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from alibabacloud_ecs20140526 import models as ecs_models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imageimporter.core.disk.open import open_disk
from imageimporter.core.disk.qcow2_stream import Qcow2Stream
from imageimporter.sandbox import Sandbox
from imageimporter.sandbox.image_probe import FileReader, probe_file
from imageimporter.sandbox.qcow2_check import check_qcow2
from tests.core.disk.stream_helpers import write_stream
from tests.core.images import MIB, QEMU_IMG, needs_qemu, qemu_convert, run
from tests.polling import wait_until
from tests.sandbox.test_rpc_helpers import (
    BUCKET,
    REGION,
    all_images,
    clients,
    import_request,
    put_object,
    setup_import_role,
    task_attribute,
)

pytestmark = needs_qemu
QEMU_IO = str(Path(QEMU_IMG).with_name("qemu-io"))
OFFSET_MASK = 0x00FF_FFFF_FFFF_FE00


@pytest.fixture(scope="module")
def raw_disk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 MiB sparse RAW: random data at scattered offsets, a compressible run, written zeros."""
    path = tmp_path_factory.mktemp("qcow2-check") / "disk.raw"
    rng = random.Random(5)
    with open(path, "wb") as handle:
        handle.truncate(24 * MIB)
        for _ in range(30):
            handle.seek(rng.randrange(0, 20 * MIB))
            handle.write(rng.randbytes(rng.randrange(1, 200_000)))
        handle.seek(21 * MIB)
        handle.write(b"hello sandbox " * 100_000)
        handle.seek(12 * MIB)
        handle.write(bytes(2 * MIB))
    return path


def qemu_check_rc(path: Path) -> int:
    """qemu-img check's exit status: 0 sound, 2 corruptions, 3 leaks."""
    return subprocess.run([QEMU_IMG, "check", str(path)], capture_output=True).returncode


def qemu_io(path: Path, *commands: str) -> None:
    run(QEMU_IO, *[arg for command in commands for arg in ("-c", command)], path)


def _snapshots(path: Path) -> Path:
    qemu_io(path, "write -P 7 0 1M")
    run(QEMU_IMG, "snapshot", "-c", "one", path)
    qemu_io(path, "write -P 8 512k 2M")
    run(QEMU_IMG, "snapshot", "-c", "two", path)
    return path


def _bitmaps(path: Path) -> Path:
    run(QEMU_IMG, "bitmap", "--add", path, "first")
    run(QEMU_IMG, "bitmap", "--add", "-g", "64k", path, "second")
    qemu_io(path, "write -P 3 4M 256k")  # read-write open: no bitmap is dirtied, none lost
    return path


# (case id, qemu-img convert options, what to do to the converted image)
SOUND: list[tuple[str, tuple[str, ...], Callable[[Path], Path] | None]] = [
    ("plain", (), None),
    ("compressed-zlib", ("-c",), None),
    ("compressed-zstd", ("-c", "-o", "compression_type=zstd"), None),
    ("compat-0.10", ("-o", "compat=0.10"), None),
    ("compat-0.10-compressed", ("-c", "-o", "compat=0.10"), None),
    ("extended-l2", ("-o", "extended_l2=on,cluster_size=128k"), None),
    ("refcount-1-bit", ("-o", "refcount_bits=1"), None),
    ("refcount-64-bits-512-byte-clusters", ("-o", "refcount_bits=64,cluster_size=512"), None),
    ("clusters-2-mib", ("-o", "cluster_size=2M"), None),
    ("snapshots", (), _snapshots),
    ("bitmaps", (), _bitmaps),
    ("zero-clusters", (), lambda p: (qemu_io(p, "write -z 0 4M", "write -z 8M 64k"), p)[1]),
    ("marked-dirty", (), lambda p: _set_header_bits(p, 72, 1)),
]


def _set_header_bits(path: Path, offset: int, bits: int) -> Path:
    data = bytearray(path.read_bytes())
    struct.pack_into(">Q", data, offset, struct.unpack_from(">Q", data, offset)[0] | bits)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(("options", "change"), [c[1:] for c in SOUND], ids=[c[0] for c in SOUND])
def test_images_qemu_makes_pass(
    raw_disk: Path,
    tmp_path: Path,
    options: tuple[str, ...],
    change: Callable[[Path], Path] | None,
) -> None:
    image = qemu_convert(raw_disk, tmp_path / "disk.qcow2", "qcow2", *options)
    if change is not None:
        change(image)
    assert qemu_check_rc(image) == 0
    probe = probe_file(image)
    assert (probe.format, probe.virtual_size, probe.problem) == ("QCOW2", 24 * MIB, None)


def test_the_apps_qcow2_stream_passes(raw_disk: Path, tmp_path: Path) -> None:
    stream = Qcow2Stream.scan(open_disk(raw_disk))
    try:
        image = write_stream(stream, tmp_path / "stream.qcow2")
    finally:
        stream.close()
    assert qemu_check_rc(image) == 0
    assert probe_file(image).problem is None


class CountingReader:
    """Counts the bytes a check reads."""

    def __init__(self, file: FileReader) -> None:
        self._file = file
        self.size = file.size
        self.bytes_read = 0

    def read_at(self, offset: int, length: int) -> bytes:
        data = self._file.read_at(offset, length)
        self.bytes_read += len(data)
        return data


def test_a_two_tib_sparse_image_reads_only_its_metadata(tmp_path: Path) -> None:
    image = tmp_path / "big.qcow2"
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", image, "2T")
    qemu_io(image, "write -P 1 0 64k", "write -P 2 1T 64k", "write -P 3 2047G 1M")
    with FileReader(image) as file:
        reader = CountingReader(file)
        report = check_qcow2(reader)
    assert (report.virtual_size, report.problem) == (2 << 40, None)
    # Header, L1 (32 KiB), refcount table and block, three L2 tables; no data cluster.
    assert reader.bytes_read < 8 * 64 * 1024


# -- broken images ---------------------------------------------------------------------------
class Layout:
    """Where the tables of a qemu-made QCOW2 v3 image with 64 KiB clusters are."""

    def __init__(self, data: bytes) -> None:
        self.l1_size, self.l1 = struct.unpack_from(">IQ", data, 36)
        self.reftable = struct.unpack_from(">Q", data, 48)[0]
        self.refblock = struct.unpack_from(">Q", data, self.reftable)[0] & OFFSET_MASK
        self.l2 = struct.unpack_from(">Q", data, self.l1)[0] & OFFSET_MASK
        entries = struct.unpack_from(">8192Q", data, self.l2)
        self.used = [i for i, e in enumerate(entries) if e]
        self.entries = entries

    def l2_entry(self, index: int) -> int:
        return self.l2 + 8 * self.used[index]


def _flip(at: Callable[[Layout], int], bit: int) -> Callable[[bytearray, Layout], None]:
    def change(data: bytearray, layout: Layout) -> None:
        data[at(layout)] ^= bit

    return change


def _set_l2(index: int, value: Callable[[Layout], int]) -> Callable[[bytearray, Layout], None]:
    def change(data: bytearray, layout: Layout) -> None:
        struct.pack_into(">Q", data, layout.l2_entry(index), value(layout))

    return change


def _truncate(data: bytearray, layout: Layout) -> None:
    del data[len(data) - 64 * 1024 :]


# (case id, change, words of the problem, qemu-img check's exit status)
BROKEN: list[tuple[str, Callable[[bytearray, Layout], None], str, int]] = [
    ("l1-entry-flipped", _flip(lambda t: t.l1 + 6, 0x01), "", 2),
    ("l2-entry-flipped", _flip(lambda t: t.l2_entry(3) + 5, 0x10), "refcount below", 2),
    ("refcount-flipped", _flip(lambda t: t.refblock + 3, 0x01), "refcount below", 2),
    ("refcount-table-flipped", _flip(lambda t: t.reftable + 7, 0x04), "refcount table", 2),
    ("truncated", _truncate, "beyond the end", 2),
    (
        "data-over-an-l2-table",
        _set_l2(4, lambda t: t.l2 | 1 << 63),
        "overlaps the QCOW2 image's own tables",
        2,
    ),
    ("cluster-used-twice", _set_l2(4, lambda t: t.entries[t.used[5]]), "refcount below", 2),
    ("cluster-leaked", _set_l2(4, lambda t: 0), "leaked", 3),
    ("reserved-bits", _set_l2(4, lambda t: t.entries[t.used[4]] | 2), "reserved bits", 2),
    (
        "copied-flag-cleared",
        _set_l2(4, lambda t: t.entries[t.used[4]] & ~(1 << 63)),
        "COPIED flag",
        2,
    ),
]


@pytest.fixture(scope="module")
def qemu_qcow2(raw_disk: Path) -> bytes:
    image = qemu_convert(raw_disk, raw_disk.with_name("sound.qcow2"), "qcow2")
    return image.read_bytes()


def broken_image(sound: bytes, change: Callable[[bytearray, Layout], None], path: Path) -> Path:
    data = bytearray(sound)
    change(data, Layout(sound))
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("change", "words", "qemu_rc"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN]
)
def test_broken_images_fail_as_qemu_img_check_says(
    qemu_qcow2: bytes,
    tmp_path: Path,
    change: Callable[[bytearray, Layout], None],
    words: str,
    qemu_rc: int,
) -> None:
    image = broken_image(qemu_qcow2, change, tmp_path / "broken.qcow2")
    assert qemu_check_rc(image) == qemu_rc
    problem = probe_file(image).problem
    assert problem is not None and words in problem


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({">I@4": 4}, "unsupported QCOW2 version 4"),
        ({">I@20": 8}, "invalid QCOW2 cluster size"),
        ({">I@32": 1}, "encrypted"),
        ({">Q@8": 4096, ">I@16": 8, ">8s@4096": b"base.img"}, "backing file"),
        ({">Q@72": 1 << 2}, "external data file"),
        ({">Q@72": 1 << 9}, "unknown incompatible features"),
        ({">I@36": 0}, "L1 table is smaller"),
        ({">Q@40": 1000}, "not cluster aligned"),
        ({">I@56": 1000}, "refcount table size"),
    ],
)
def test_header_fields_the_importer_refuses(
    qemu_qcow2: bytes, tmp_path: Path, fields: dict[str, int | bytes], words: str
) -> None:
    data = bytearray(qemu_qcow2)
    for field, value in fields.items():
        fmt, _, offset = field.partition("@")
        struct.pack_into(fmt, data, int(offset), value)
    image = tmp_path / "header.qcow2"
    image.write_bytes(bytes(data))
    assert qemu_check_rc(image) != 0
    problem = probe_file(image).problem
    assert problem is not None and words in problem


class BytesReader:
    """An object held in memory, counting the bytes read."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self.size = len(data)
        self.bytes_read = 0

    def read_at(self, offset: int, length: int) -> bytes:
        piece = self._data[offset : offset + length]
        self.bytes_read += len(piece)
        return piece


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_tables_never_raise_and_reads_stay_bounded(
    qemu_qcow2: bytes, data: st.DataObject
) -> None:
    layout = Layout(qemu_qcow2)
    tables = [0, layout.reftable, layout.refblock, layout.l1, layout.l2]
    offsets = st.one_of(
        st.integers(0, 111),
        st.builds(
            lambda base, within: base + within, st.sampled_from(tables), st.integers(0, 4095)
        ),
    )
    changed = bytearray(qemu_qcow2)
    for offset, value in data.draw(
        st.dictionaries(offsets, st.integers(0, 255), max_size=8)
    ).items():
        changed[offset] = value
    if data.draw(st.booleans()):  # all-ones words make huge sizes and offsets
        start = data.draw(offsets)
        changed[start : start + 8] = b"\xff" * 8
    length = data.draw(st.one_of(st.just(len(changed)), st.integers(0, len(changed))))
    reader = BytesReader(bytes(changed[:length]))
    report = check_qcow2(reader)
    assert report.problem is None or report.problem.strip()
    assert reader.bytes_read <= 2 * len(qemu_qcow2)


# -- through the ECS SDK -----------------------------------------------------------------------
def _import_outcome(sandbox: Sandbox, key: str) -> tuple[str, str, str, str]:
    c = clients(sandbox)
    disk = ecs_models.ImportImageRequestDiskDeviceMapping(
        ossbucket=BUCKET, ossobject=key, format="QCOW2"
    )
    answer = c.ecs.import_image(import_request(disk_device_mapping=[disk])).body
    tasks = ecs_models.DescribeTasksRequest(region_id=REGION, task_ids=answer.task_id)
    ended = wait_until(
        lambda: (
            (t := c.ecs.describe_tasks(tasks).body.task_set.task[0]).task_status != "Processing"
            and t
        )
    )
    operation = task_attribute(c.ecs, answer.task_id).operation_progress_set.operation_progress[0]
    image = next(i for i in all_images(c.ecs) if i.image_id == answer.image_id)
    return ended.task_status, image.status, operation.error_code or "", operation.error_msg or ""


def test_the_import_task_fails_for_a_broken_qcow2_object(
    sandbox: Sandbox, qemu_qcow2: bytes, raw_disk: Path, tmp_path: Path
) -> None:
    sandbox.set_import_seconds(0.2)
    setup_import_role(clients(sandbox).ram)
    stream = Qcow2Stream.scan(open_disk(raw_disk))
    try:
        put_object(sandbox, "stream.qcow2", write_stream(stream, tmp_path / "stream.qcow2"))
    finally:
        stream.close()
    put_object(sandbox, "sound.qcow2", qemu_qcow2)
    for case_id, change, _words, _rc in BROKEN:
        put_object(sandbox, f"{case_id}.qcow2", broken_image(qemu_qcow2, change, tmp_path / "b"))

    assert _import_outcome(sandbox, "sound.qcow2")[:3] == ("Finished", "Available", "")
    assert _import_outcome(sandbox, "stream.qcow2")[:3] == ("Finished", "Available", "")
    for case_id, _change, words, _rc in BROKEN:
        status, image_status, code, message = _import_outcome(sandbox, f"{case_id}.qcow2")
        assert (status, image_status, code) == ("Failed", "CreateFailed", "InvalidImage.Corrupted")
        assert message.startswith(f"{case_id}.qcow2: ") and words in message


def test_an_image_qemu_marked_corrupt_is_refused(qemu_qcow2: bytes, tmp_path: Path) -> None:
    image = tmp_path / "marked.qcow2"
    image.write_bytes(qemu_qcow2)
    _set_header_bits(image, 72, 1 << 1)
    # qemu-img check finds the tables sound; the mark is qemu's verdict from an earlier write.
    assert qemu_check_rc(image) == 0
    assert "marked corrupt" in (probe_file(image).problem or "")
