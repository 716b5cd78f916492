"""What the user asks to import, turned into an ImageSpec from the disks' inspection.

Pure functions shared by the CLI, the wizard and the pipeline: building the request's spec and
job disks, and listing everything that stops an import from starting, in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from imageimporter.core.disk.transfer import TransferMode, TransferPlan
from imageimporter.core.image_spec import DiskSpec, ImageSpec, Tag
from imageimporter.core.inspect import DiskReport
from imageimporter.core.job import JobDisk, new_job_id
from imageimporter.core.limits import BOOT_MODE_UEFI
from imageimporter.core.text import Text
from imageimporter.core.validation import FieldError

OBJECT_PREFIX = "imageimporter/"


@dataclass(frozen=True)
class ImageRequest:
    """What the user asked for; the disks' facts come from inspection."""

    system_disk: Path
    bucket: str
    region_id: str
    image_name: str
    data_disks: tuple[Path, ...] = ()
    description: str = ""
    architecture: str = "x86_64"
    os_type: str = "linux"
    platform: str = "Others Linux"
    license_type: str = "Auto"
    boot_mode: str | None = None  # None: from the system disk's partition table
    tags: tuple[Tag, ...] = ()
    resource_group_id: str = ""
    nvme_support: str = ""
    imds_support: str = ""
    detection_strategy: str = ""
    object_prefix: str = OBJECT_PREFIX
    as_is: bool = False  # send acceptable files unchanged, never converted (--as-is)


def object_key_for(
    path: Path, prefix: str = OBJECT_PREFIX, *, job_tag: str | None = None, index: int = 0
) -> str:
    """Where a disk goes in the bucket: ``{prefix}{job_tag}/{index}-{file name}`` (a prefix
    without a trailing ``/`` is taken as a folder).

    The job's tag keeps two jobs' disks apart (a later job never replaces an earlier one's
    object) and the disk's index keeps ``a/disk.qcow2`` and ``b/disk.qcow2`` of one job apart.
    The key is stored in the job, so a resume uses the same one. Without a tag a new one is
    chosen, unique to this call.
    """
    folder = prefix if not prefix or prefix.endswith("/") else prefix + "/"
    return f"{folder}{job_tag or new_job_id()}/{index}-{path.name}"


def object_path_for(path: Path, plan: TransferPlan) -> Path:
    """The name the object is given: the file's, ending in ``.qcow2`` when converted."""
    return path.with_suffix(".qcow2") if plan.converted else path


def build_spec(
    request: ImageRequest,
    reports: Sequence[DiskReport],
    plans: Sequence[TransferPlan],
    job_tag: str | None = None,
    sources: Sequence[tuple[dict[str, Any], ...]] = (),
) -> tuple[ImageSpec, tuple[JobDisk, ...]]:
    """The ImageSpec and job disks for a request whose disks were inspected and their
    transfer planned (in order); the objects' keys carry ``job_tag`` (the job's id), or a new
    tag shared by this request's disks. ``sources``: per disk, the stamps of the files a
    converted disk reads (recorded so a resume notices a change)."""
    tag = job_tag or new_job_id()
    disk_specs: list[DiskSpec] = []
    job_disks: list[JobDisk] = []
    paths = (request.system_disk, *request.data_disks)
    for index, (path, report, plan) in enumerate(zip(paths, reports, plans, strict=True)):
        key = object_key_for(
            object_path_for(Path(path), plan), request.object_prefix, job_tag=tag, index=index
        )
        disk_specs.append(
            DiskSpec(
                oss_bucket=request.bucket,
                oss_object=key,
                format=plan.import_format,
                disk_image_size_gib=plan.disk_image_size_gib,
                virtual_size=plan.virtual_size,
            )
        )
        job_disks.append(
            JobDisk(
                path=str(Path(path).resolve()),
                bucket=request.bucket,
                key=key,
                file_size=report.file_size,
                import_format=plan.import_format,
                virtual_size=plan.virtual_size,
                disk_image_size_gib=plan.disk_image_size_gib,
                transfer=plan.mode.value,
                transfer_reason=plan.reason,
                bytes_to_send=plan.bytes_to_send,
                source_files=sources[index] if index < len(sources) else (),
            )
        )
    boot_mode = request.boot_mode or reports[0].boot_mode or "BIOS"
    if request.architecture == "arm64" and request.boot_mode is None:
        boot_mode = BOOT_MODE_UEFI
    spec = ImageSpec(
        region_id=request.region_id,
        image_name=request.image_name,
        disks=tuple(disk_specs),
        description=request.description,
        architecture=request.architecture,
        os_type=request.os_type,
        platform=request.platform,
        license_type=request.license_type,
        boot_mode=boot_mode,
        tags=request.tags,
        resource_group_id=request.resource_group_id,
        nvme_support=request.nvme_support,
        imds_support=request.imds_support,
        detection_strategy=request.detection_strategy,
    )
    return spec, tuple(job_disks)


def disk_problems(
    reports: Sequence[DiskReport], plans: Sequence[TransferPlan], *, as_is: bool = False
) -> list[str]:
    """The disks that cannot travel at all: the plan's reason, then inspection's hints (not
    with ``as_is``: they offer the conversion the user turned down)."""
    problems: list[str] = []
    for index, (report, plan) in enumerate(zip(reports, plans, strict=True)):
        if plan.mode is not TransferMode.REFUSED:
            continue
        what = Text.of("The system disk") if index == 0 else Text.of("Data disk {n}", n=index)
        problems.append(
            Text.of(
                "{what} ({path}) cannot be imported: {reason}",
                what=what,
                path=report.path,
                reason=Text.concat(
                    " ", [plan.reason, *(() if as_is else (h.message for h in report.hints))]
                ),
            )
        )
    return problems


def field_problems(errors: list[FieldError]) -> list[str]:
    return [Text.of("{field}: {message}", field=e.field, message=e.message) for e in errors]
