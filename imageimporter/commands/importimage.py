"""``imageimporter import``: from local disk files to an ECS custom image, as one job."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from imageimporter.commands.common import (
    ProgressView,
    add_account_options,
    call,
    connection_from,
    describe_job,
    job_json,
    print_json,
    rate_arg,
    size_arg,
    threads_arg,
)
from imageimporter.core.printable import printable

if TYPE_CHECKING:
    from imageimporter.core.import_request import ImageRequest
    from imageimporter.core.job import Job
    from imageimporter.services.pipeline import ImportPipeline, Until
    from imageimporter.services.pipeline_events import ImportStatus, PipelineEvent, UploadProgress


def _tag(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"a tag is KEY=VALUE, not {text!r}")
    return key, value


def register(subparsers: Any) -> None:
    from imageimporter.core.import_request import OBJECT_PREFIX

    parser = subparsers.add_parser(
        "import",
        help="import local disk images as an ECS custom image (inspect, upload, import)",
        description="Inspect the disks, check every field (all problems at once, before any "
        "upload), upload them to OSS (resumable, CRC64-verified; a disk ECS cannot take, or a "
        "RAW or fixed VHD that QCOW2 makes at least 10 %% smaller, is converted to QCOW2 while "
        "uploading), pre-flight, submit "
        "ImportImage exactly once and, with --wait, follow the import to the end. An "
        "interrupted job carries on with `imageimporter jobs resume ID`.",
    )
    parser.add_argument("--system-disk", required=True, type=Path, metavar="PATH")
    parser.add_argument(
        "--data-disk", action="append", default=[], type=Path, metavar="PATH", help="repeatable"
    )
    parser.add_argument("--bucket", required=True, help="an OSS bucket in the import's region")
    parser.add_argument("--name", required=True, help="the image name")
    parser.add_argument("--description", default="")
    from_guest = "default: from the system disk's guest, else "
    parser.add_argument("--arch", help=f"i386, x86_64 or arm64 ({from_guest}x86_64)")
    parser.add_argument("--os-type", help=f"linux or windows ({from_guest}linux)")
    parser.add_argument(
        "--platform", help=f'e.g. Ubuntu, "Others Linux" ({from_guest}"Others Linux")'
    )
    parser.add_argument("--license-type", default="Auto", help="Auto, Aliyun or BYOL")
    parser.add_argument("--boot-mode", help=f"BIOS or UEFI ({from_guest}from the partition table)")
    parser.add_argument(
        "--tag", action="append", default=[], type=_tag, metavar="KEY=VALUE", help="repeatable"
    )
    parser.add_argument("--resource-group", default="", metavar="ID")
    parser.add_argument("--nvme", choices=("supported", "unsupported"), default="")
    parser.add_argument(
        "--imds",
        choices=("v1", "v2"),
        default="",
        help="Features.ImdsSupport: v2 makes instances use only IMDSv2 (tokens)",
    )
    parser.add_argument(
        "--key-prefix",
        default=OBJECT_PREFIX,
        metavar="PREFIX",
        help=f"where the disks go in the bucket (default {OBJECT_PREFIX}); each job gets its "
        "own folder under it",
    )
    parser.add_argument(
        "--detect", action="store_true", help="check the image after import (DetectionStrategy)"
    )
    parser.add_argument(
        "--setup-role",
        action="store_true",
        help="create or fix the RAM role AliyunECSImageImportDefaultRole if needed",
    )
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="send each disk file unchanged, never converted to QCOW2 (refused for a file ECS "
        "cannot take as it is)",
    )
    parser.add_argument("--wait", action="store_true", help="follow the import to the end")
    parser.add_argument("--threads", type=threads_arg, help="parts uploaded at once")
    parser.add_argument("--part-size", type=size_arg, metavar="SIZE", help="e.g. 64M")
    parser.add_argument("--limit-rate", type=rate_arg, metavar="RATE", help="e.g. 20M (bytes/s)")
    parser.add_argument("--json", action="store_true", help="print the job as JSON")
    parser.add_argument(
        "--print-aliyun-cli",
        action="store_true",
        help="print the equivalent `aliyun ecs ImportImage` command instead of running the job",
    )
    add_account_options(parser, region=False)
    parser.add_argument("--region", required=True, help="the region to import into")
    parser.set_defaults(func=run_import)


# The flags the system disk's guest answers when they are not given, by ImportImage name.
GUEST_FLAGS = {
    "Platform": "platform",
    "OSType": "os_type",
    "Architecture": "arch",
    "BootMode": "boot_mode",
}


def _request(args: argparse.Namespace, region: str) -> ImageRequest:
    from imageimporter.core.image_spec import Tag
    from imageimporter.core.import_request import ImageRequest

    given = {
        attribute: getattr(args, flag)
        for attribute, flag in (
            ("architecture", "arch"),
            ("os_type", "os_type"),
            ("platform", "platform"),
            ("boot_mode", "boot_mode"),
        )
        if getattr(args, flag) is not None
    }
    return ImageRequest(
        system_disk=args.system_disk,
        data_disks=tuple(args.data_disk),
        bucket=args.bucket,
        region_id=region,
        image_name=args.name,
        description=args.description,
        license_type=args.license_type,
        tags=tuple(Tag(k, v) for k, v in args.tag),
        resource_group_id=args.resource_group,
        nvme_support=args.nvme,
        imds_support=args.imds,
        object_prefix=args.key_prefix,
        detection_strategy="Standard" if args.detect else "",
        as_is=args.as_is,
        **given,
    )


def _unset(args: argparse.Namespace) -> list[str]:
    """The ImportImage fields the user left to the guest."""
    return [name for name, flag in GUEST_FLAGS.items() if getattr(args, flag) is None]


def run_import(args: argparse.Namespace) -> int:
    from imageimporter.core.image_spec import aliyun_cli_command
    from imageimporter.services.job_store import JobStore
    from imageimporter.services.pipeline import ImportPipeline, Until, plan_job
    from imageimporter.services.upload import UploadOptions

    if args.print_aliyun_cli:
        from imageimporter.core.guest_fields import complete_from_guest

        request, chosen = complete_from_guest(_request(args, args.region), _unset(args))
        if chosen:
            print(chosen, file=sys.stderr)
        planned = call(lambda: plan_job(request))
        print_transfers(planned)
        print(aliyun_cli_command(planned.spec))
        return 0
    with connection_from(args, buckets=(args.bucket,) if args.sandbox else ()) as connection:
        options = UploadOptions(
            part_size=args.part_size, threads=args.threads, limit_rate=args.limit_rate
        )
        pipeline = ImportPipeline(
            call(JobStore), connection.session, listener=CliProgress(), upload_options=options
        )
        request = _request(args, connection.session.region)
        job = call(
            lambda: pipeline.prepare(
                request, connection.profile, connection.endpoint, from_guest=_unset(args)
            )
        )
        print(f"job {job.id} created; resume it with: imageimporter jobs resume {job.id}",
              file=sys.stderr)  # fmt: skip
        print_transfers(job)
        until = Until.ENDED if args.wait else Until.SUBMITTED
        return drive(pipeline, job.id, until=until, setup_role=args.setup_role, as_json=args.json)


def print_transfers(job: Job) -> None:
    """Per disk, on stderr: how it travels, both sizes, and why."""
    from imageimporter.commands.common import transfer_summary

    for index, disk in enumerate(job.disks):
        what = "system disk" if index == 0 else f"data disk {index}"
        print(
            f"{what} {printable(Path(disk.path).name)}: {transfer_summary(disk)}\n"
            f"  {printable(disk.transfer_reason)}",
            file=sys.stderr,
        )


def drive(
    pipeline: ImportPipeline, job_id: str, *, until: Until, setup_role: bool, as_json: bool
) -> int:
    """Run a job in this process up to ``until``, with Ctrl-C keeping it resumable."""
    from imageimporter.core.errors import AppError

    def interrupted(signum: int, frame: object) -> None:
        print("\nstopping; the job keeps its state", file=sys.stderr, flush=True)
        pipeline.stop()

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        job = pipeline.run(job_id, until=until, setup_role=setup_role)
    except AppError as exc:
        job = call(lambda: pipeline.store.get(job_id))
        if as_json:
            print_json(job_json(job))
        print(f"imageimporter: {printable(str(exc))}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, previous)
    if as_json:
        print_json(job_json(job))
    else:
        print(describe_job(job))
    return exit_status(job, until)


def exit_status(job: Job, until: Until) -> int:
    """0: the image is ready (or, short of the end, submitted); 1: failed or cancelled;
    130: stopped before the end, resumable."""
    from imageimporter.core.job import JobState
    from imageimporter.services.pipeline import Until

    if job.state is JobState.SUCCEEDED:
        print(
            "The uploaded objects are still in OSS; delete them with "
            f"`imageimporter jobs cancel {job.id} --cleanup` once you no longer need them.",
            file=sys.stderr,
        )
        return 0
    if job.state is JobState.IMPORTING and until is not Until.ENDED:
        print(f"follow it with: imageimporter jobs resume {job.id}", file=sys.stderr)
        return 0
    if job.state in (JobState.FAILED, JobState.CANCELLED):
        return 1
    print(f"resume with: imageimporter jobs resume {job.id}", file=sys.stderr)
    return 130


class CliProgress:
    """Pipeline events on stderr: the state, the upload bar, the import's progress, notices."""

    def __init__(self) -> None:
        self._last_status = ""
        self._last_time = 0.0
        self._last_state = ""
        self._bar: ProgressView | None = None
        self._bar_disk = -1
        self._job: Job | None = None

    def __call__(self, event: PipelineEvent) -> None:
        from imageimporter.services.pipeline_events import (
            ImportStatus,
            JobChanged,
            Notice,
            UploadProgress,
        )

        if isinstance(event, JobChanged):
            self._job_changed(event.job)
        elif isinstance(event, UploadProgress):
            self._upload(event)
        elif isinstance(event, ImportStatus):
            self._import_status(event)
        elif isinstance(event, Notice):
            # A notice may carry names from inside a disk (backing files, archive members).
            text = printable(str(event.text))
            if self._bar is not None:
                self._bar.notice(text)
            else:
                print(text, file=sys.stderr, flush=True)

    def _job_changed(self, job: Job) -> None:
        self._job = job
        if job.state.value != self._last_state:
            self._last_state = job.state.value
            self._close_bar()
            print(f"[{job.state.value}]", file=sys.stderr, flush=True)

    def _upload(self, event: UploadProgress) -> None:
        if event.disk != self._bar_disk or self._bar is None:
            self._close_bar()
            if self._job is not None and event.disk < len(self._job.disks):
                disk = self._job.disks[event.disk]
                print(
                    f"uploading {printable(str(disk.path))} to "
                    f"oss://{disk.bucket}/{printable(disk.key)}",
                    file=sys.stderr,
                )
            self._bar = ProgressView(sys.stderr)
            self._bar_disk = event.disk
        self._bar.progress(event.progress)

    def _close_bar(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
            self._bar_disk = -1

    def _import_status(self, status: ImportStatus) -> None:
        text = f"import: task {status.task_status} {status.task_progress}, image " + (
            f"{status.image_status} {status.image_progress}"
        )
        remaining = [d.remain_time for d in status.disks if d.remain_time]
        if remaining:
            text += f", about {max(remaining)} s left"
        if status.reconnecting:
            text += " (reconnecting)"
        now = time.monotonic()
        if text != self._last_status and (now - self._last_time > 2 or status.finished):
            self._last_status, self._last_time = text, now
            print(text, file=sys.stderr, flush=True)
