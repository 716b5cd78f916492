"""Each disk of a request planned from the disk itself: what the job and ImportImage get for a
converted, an as-is and a refused disk, and the problems listed for the refused."""

from __future__ import annotations

import os
from pathlib import Path

from imageimporter.core.disk_plan import plan_disk
from imageimporter.core.import_request import ImageRequest, build_spec, disk_problems
from imageimporter.core.inspect import inspect_path
from tests.core.images import needs_qemu, qemu_convert, qemu_create

MiB = 1 << 20


def sparse_raw(path: Path) -> Path:
    with path.open("wb") as handle:
        handle.truncate(64 * MiB)
        handle.seek(8 * MiB)
        handle.write(os.urandom(2 * MiB))
    return path


def planned(path: Path, *, as_is: bool = False):
    report = inspect_path(path)
    return report, plan_disk(report, as_is=as_is)


@needs_qemu
def test_a_vmdk_and_a_sparse_raw_become_qcow2_objects(tmp_path: Path) -> None:
    raw = sparse_raw(tmp_path / "data.raw")
    vmdk = qemu_convert(raw, tmp_path / "system.vmdk", "vmdk")
    (system_report, system), (data_report, data) = planned(vmdk), planned(raw)
    assert system.plan.converted and data.plan.converted
    # The files the conversion reads, as they are now: a resume checks them.
    assert [f["path"] for f in system.files] == [str(vmdk)]
    request = ImageRequest(vmdk, "images", "cn-hangzhou", "name", (raw,))
    spec, disks = build_spec(
        request, [system_report, data_report], [system.plan, data.plan], "tag",
        [system.files, data.files],
    )  # fmt: skip
    assert [d.key for d in disks] == ["imageimporter/tag/0-system.qcow2",
                                      "imageimporter/tag/1-data.qcow2"]  # fmt: skip
    assert [d.format for d in spec.disks] == ["QCOW2", "QCOW2"]
    assert [d.disk_image_size_gib for d in spec.disks] == [5, 5]
    assert [d.transfer for d in disks] == ["convert", "convert"]
    assert disks[0].bytes_to_send == system.plan.bytes_to_send < 4 * MiB
    assert disks[0].source_files == system.files
    assert disk_problems([system_report, data_report], [system.plan, data.plan]) == []


def test_as_is_keeps_the_raw_and_its_name(tmp_path: Path) -> None:
    raw = sparse_raw(tmp_path / "data.raw")
    report, as_is = planned(raw, as_is=True)
    assert not as_is.plan.converted and as_is.files == ()
    spec, disks = build_spec(
        ImageRequest(raw, "images", "cn-hangzhou", "name"), [report], [as_is.plan], "tag"
    )
    assert disks[0].key == "imageimporter/tag/0-data.raw" and spec.disks[0].format == "RAW"
    assert disks[0].bytes_to_send == 64 * MiB and disks[0].transfer == "as_is"


@needs_qemu
def test_refused_disks_are_listed_with_the_reason(tmp_path: Path) -> None:
    vmdk = qemu_create(tmp_path / "data.vmdk", "vmdk", "1G")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a disk\n" * 100)
    reports, plans = zip(*(planned(vmdk, as_is=True), planned(notes)), strict=True)
    problems = disk_problems(reports, [p.plan for p in plans], as_is=True)
    assert len(problems) == 2
    assert problems[0].startswith(f"The system disk ({vmdk}) cannot be imported: ECS cannot take")
    assert "leave out --as-is" in problems[0]
    # With --as-is, inspection's hint (the app converts it) is not offered back.
    assert "nothing to do first" not in problems[0]
    assert problems[1].startswith(f"Data disk 1 ({notes}) cannot be imported: ")
