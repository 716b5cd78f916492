"""ImportImage exactly once, and the task followed to its end.

- Pre-flight before the upload (fields, bucket and its region, the role, the image name, what the
  service's DryRun checks) and before the submit (the objects are there, not empty, readable),
  so that hours are not spent on an upload the import would refuse.
- ``submit`` sends the job's ClientToken on every attempt: a timeout, a crash and a restart all
  end in the same task, never a second one.
- ``follow`` polls the task and the image with backoff, has no client-side time limit, and keeps
  going through network outages.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from imageimporter.core.error_catalog import ServiceError, explain
from imageimporter.core.errors import AppError
from imageimporter.core.image_spec import ImageSpec, import_image_params
from imageimporter.core.job import JobDisk
from imageimporter.core.text import Text
from imageimporter.core.validation import validate_image_spec
from imageimporter.services.cloud import AccountService, CloudSession, NetworkError

ALL_IMAGE_STATUSES = "Creating,Waiting,Available,UnAvailable,CreateFailed,Deprecated"
ARCHIVE_CLASSES = ("Archive", "ColdArchive", "DeepColdArchive")
# How long to keep retrying NoSetRoletoECSServiceAcount after the role was just set up.
ROLE_PROPAGATION_WAIT_SECONDS = 90.0


class SubmitInterrupted(Exception):
    """``submit`` was asked to stop while waiting to retry: whether the service created the
    task is unknown, so the job stays Submitting and the same token is sent next time."""


class PreflightError(AppError):
    """One reason the import would fail, found before time is spent."""


class ObjectChangedError(PreflightError):
    """An uploaded object is not what the job uploaded (replaced, or changed): importing it
    would make an image of other bytes."""

    def __init__(self, message: Text, action: Text, disk_index: int) -> None:
        super().__init__(message, action, code="InvalidOSSObject.Changed")
        self.disk_index = disk_index


@dataclass(frozen=True)
class SubmitResult:
    image_id: str
    task_id: str
    region_id: str
    attempts: int


@dataclass(frozen=True)
class DiskProgress:
    progress: str
    remain_time: int | None


@dataclass(frozen=True)
class DetectionItem:
    name: str
    value: str
    risk_code: str
    risk_level: str

    @property
    def sentence(self) -> Text:
        """The check's result in plain words."""
        label = self.name.replace("_", " ")
        if not self.risk_code:
            if self.value:
                return Text.of("{label}: fine ({value}).", label=label, value=self.value)
            return Text.of("{label}: fine.", label=label)
        levels = {
            "High": Text.of("a serious problem"),
            "Medium": Text.of("a problem"),
            "Low": Text.of("a minor issue"),
        }
        return Text.of(
            "{label}: {level} ({risk_code}; found {value}).",
            label=label,
            level=levels.get(self.risk_level, Text.of("an issue")),
            risk_code=self.risk_code,
            value=self.value or Text.of("nothing"),
        )


@dataclass(frozen=True)
class ImportStatus:
    task_id: str
    image_id: str
    task_status: str  # Processing, Finished, Failed, Deleted (cancelled), Waiting, ...
    task_progress: str = ""
    image_status: str = ""  # Creating, Available, CreateFailed, ... ("" once deleted)
    image_progress: str = ""
    support_cancel: bool = False
    disks: tuple[DiskProgress, ...] = ()
    error_code: str = ""
    error_message: str = ""
    detection: tuple[DetectionItem, ...] = ()
    reconnecting: bool = False

    @property
    def succeeded(self) -> bool:
        return self.task_status == "Finished" and self.image_status == "Available"

    @property
    def image_gone(self) -> bool:
        """The task ended and its image is no longer there (deleted meanwhile)."""
        return self.task_status in ("Finished", "Failed") and not self.image_status

    @property
    def failed(self) -> bool:
        # UnAvailable and a deleted image are ends too (as Terraform treats them): no later
        # poll would ever see the image become Available.
        return (
            self.task_status == "Failed"
            or self.image_status in ("CreateFailed", "UnAvailable")
            or self.image_gone
        )

    @property
    def cancelled(self) -> bool:
        return self.task_status in ("Deleted", "Cancelled", "Canceled")

    @property
    def finished(self) -> bool:
        return self.succeeded or self.failed or self.cancelled

    @property
    def percent(self) -> int:
        return _percent(self.image_progress) or _percent(self.task_progress)

    def error(self) -> AppError | None:
        if not self.failed:
            return None
        if self.error_code or self.task_status == "Failed":
            return explain(self.error_code or "ImportImageFailed", self.error_message)
        if self.image_gone:
            return AppError(
                Text.of(
                    "The image {image_id} was deleted after its import task {task_id} ended; "
                    "there is nothing left to wait for.",
                    image_id=self.image_id,
                    task_id=self.task_id,
                ),
                Text.of("Import it again if you still need the image."),
                code="InvalidImageId.NotFound",
            )
        return AppError(
            Text.of(
                "ECS could not create the image {image_id}: the import did not produce a usable "
                "image.",
                image_id=self.image_id,
            )
            if self.image_status == "CreateFailed"
            else Text.of(
                "The image {image_id} became unavailable: the import did not produce a usable "
                "image.",
                image_id=self.image_id,
            ),
            Text.of("Delete the image and import it again; check the disk if it happens again."),
            code=f"Image.{self.image_status}",
        )


def _percent(text: str) -> int:
    try:
        return int(str(text).rstrip("%") or 0)
    except ValueError:
        return 0


@dataclass
class Backoff:
    """Polling delays: quick at first, then patient; with jitter so clients do not align."""

    first: float = 2.0
    factor: float = 1.5
    ceiling: float = 30.0
    _next: float = field(default=0.0, init=False)

    def reset(self) -> None:
        self._next = 0.0

    def next_delay(self) -> float:
        self._next = self.first if not self._next else min(self._next * self.factor, self.ceiling)
        return self._next * random.uniform(0.8, 1.2)


def _object_changed(index: int, bucket: str, disk: JobDisk, meta: Any) -> ObjectChangedError | None:
    """Whether the object differs from what the job uploaded. The CRC64 recorded at upload
    is of the whole object, so it covers the size too; the local file's size is compared only
    for a job that recorded no CRC64 (a converted stream's object is not the file's size)."""
    crc_header = meta.headers.get("x-oss-hash-crc64ecma")
    crc = int(crc_header) if crc_header and str(crc_header).isdigit() else None
    if disk.crc64 is not None:
        if crc == disk.crc64:
            return None
    elif not disk.file_size or int(meta.content_length or 0) == disk.file_size:
        return None
    return ObjectChangedError(
        Text.of(
            "Disk {index} (oss://{bucket}/{key}) is not the object this job uploaded: its size "
            "or CRC64 changed since (another job or program replaced it). Importing it would "
            "make an image of other data.",
            index=index,
            bucket=bucket,
            key=disk.key,
        ),
        Text.of("Resume the job (imageimporter jobs resume JOB): it uploads the disk again."),
        disk_index=index - 1,
    )


class ImportService:
    def __init__(
        self,
        session: CloudSession,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session = session
        self._sleep = sleep
        self._clock = clock

    def _pause(self, seconds: float, stop: threading.Event | None) -> bool:
        """Wait before a retry; True if ``stop`` was set meanwhile (it ends the wait at once,
        so closing the app or pausing is never held up by a retry's back-off)."""
        if stop is None:
            self._sleep(seconds)
            return False
        if self._sleep is time.sleep:
            return stop.wait(seconds)
        self._sleep(seconds)
        return stop.is_set()

    # -- pre-flight --------------------------------------------------------------------------
    def preflight_before_upload(self, spec: ImageSpec) -> list[AppError]:
        """Everything that can be known before the upload, each problem with its fix."""
        problems: list[AppError] = [
            PreflightError(e.message, code=e.code) for e in validate_image_spec(spec)
        ]
        if problems:
            return problems
        account = AccountService(self.session)
        for bucket in sorted({d.oss_bucket for d in spec.disks}):
            try:
                region = account.bucket_region(bucket)
            except AppError as exc:
                problems.append(exc)
                continue
            if region != spec.region_id:
                problems.append(
                    PreflightError(
                        Text.of(
                            'The bucket "{bucket}" is in {region}, but the image is imported into '
                            "{region_id}; ECS imports only from a bucket in the same region.",
                            bucket=bucket,
                            region=region,
                            region_id=spec.region_id,
                        ),
                        Text.of(
                            "Choose or create a bucket in {region_id}, or import into {region}.",
                            region_id=spec.region_id,
                            region=region,
                        ),
                        code="InvalidOSSBucket.NotFound",
                    )
                )
        if spec.image_name and self.image_name_taken(spec.region_id, spec.image_name):
            problems.append(explain("InvalidImageName.Duplicated"))
        dry_run = self._dry_run(spec)
        if dry_run is not None:
            problems.append(dry_run)
        return problems

    def preflight_before_submit(
        self, spec: ImageSpec, uploaded: Sequence[JobDisk] = ()
    ) -> list[AppError]:
        """The uploaded objects are there, not empty, readable and, for the ``uploaded`` disks
        the job recorded, of the size and CRC64 uploaded; then the service's DryRun."""
        problems: list[AppError] = []
        recorded = {(d.bucket, d.key): d for d in uploaded if d.uploaded}
        for index, disk in enumerate(spec.disks, start=1):
            bucket = self.session.oss_bucket(disk.oss_bucket, spec.region_id)
            try:
                meta = self.session.call(partial(bucket.head_object, disk.oss_object))
            except ServiceError as exc:
                if exc.code in ("NoSuchKey", "404"):
                    problems.append(
                        PreflightError(
                            Text.of(
                                "Disk {index} ({oss_object}) is not in the bucket {oss_bucket}.",
                                index=index,
                                oss_object=disk.oss_object,
                                oss_bucket=disk.oss_bucket,
                            ),
                            Text.of("Upload it again; the upload resumes where it stopped."),
                            code="InvalidOSSObject.NotFound",
                        )
                    )
                    continue
                raise
            if int(meta.content_length or 0) == 0:
                problems.append(explain("InvalidOSSObject.Size"))
            job_disk = recorded.get((disk.oss_bucket, disk.oss_object))
            if job_disk is not None:
                changed = _object_changed(index, disk.oss_bucket, job_disk, meta)
                if changed is not None:
                    problems.append(changed)
            storage_class = str(meta.headers.get("x-oss-storage-class", "Standard"))
            if storage_class in ARCHIVE_CLASSES:
                problems.append(explain("InvalidOSSObject.NeedRestore"))
        if not problems:
            dry_run = self._dry_run(spec)
            if dry_run is not None:
                problems.append(dry_run)
        return problems

    def check_before_import(
        self, spec: ImageSpec, uploaded: Sequence[JobDisk] = ()
    ) -> list[AppError]:
        """What the review asks before Import: an image of that name already in the region
        (ImportImage's DryRun does not say so, the import would fail on it), then
        ``preflight_before_submit``."""
        problems: list[AppError] = []
        if spec.image_name and self.image_name_taken(spec.region_id, spec.image_name):
            problems.append(explain("InvalidImageName.Duplicated"))
        return problems + self.preflight_before_submit(spec, uploaded)

    def _dry_run(self, spec: ImageSpec) -> AppError | None:
        try:
            self._import_image(import_image_params(spec, dry_run=True))
        except ServiceError as exc:
            if exc.code == "DryRunOperation":
                return None
            return exc
        return PreflightError(
            Text.of("The service accepted a DryRun request as a real one."),
            Text.of("Report this; no import was started on purpose."),
            code="DryRunIgnored",
        )

    def image_name_taken(self, region_id: str, name: str) -> bool:
        from alibabacloud_ecs20140526 import models

        request = models.DescribeImagesRequest(
            region_id=region_id,
            image_name=name,
            image_owner_alias="self",
            status=ALL_IMAGE_STATUSES,
            page_size=10,
        )
        body = self.session.call(lambda: self.session.ecs().describe_images(request).body)
        images = body.images.image if body.images and body.images.image else []
        return any(str(i.image_name) == name for i in images)

    # -- submit ------------------------------------------------------------------------------
    def _import_image(self, params: dict[str, str]) -> Any:
        """ImportImage through the SDK's generic call, with our flattened parameters as is."""
        from alibabacloud_tea_openapi import utils_models as open_api_util_models
        from darabonba.runtime import RuntimeOptions

        request = open_api_util_models.OpenApiRequest(query=params)
        api = open_api_util_models.Params(
            action="ImportImage",
            version="2014-05-26",
            protocol=self.session.endpoints.host_and_protocol("ecs")[1].upper(),
            pathname="/",
            method="POST",
            auth_type="AK",
            style="RPC",
            req_body_type="formData",
            body_type="json",
        )
        client = self.session.ecs()
        runtime = RuntimeOptions(autoretry=False)
        return self.session.call(lambda: client.call_api(api, request, runtime)["body"])

    def submit(
        self,
        spec: ImageSpec,
        role_just_set_up: bool = False,
        max_transient_attempts: int = 8,
        stop: threading.Event | None = None,
    ) -> SubmitResult:
        """ImportImage with the spec's ClientToken, retried until the service answers.

        Transient failures (network, 5xx, throttling) are retried with the same token, so an
        answer lost on the way back still leads to the one task. After a role setup the role
        needs up to a minute to become usable: NoSetRoletoECSServiceAcount is retried then.
        """
        if not spec.client_token:
            raise ValueError("a spec is submitted only with its job's ClientToken")
        params = import_image_params(spec)
        backoff = Backoff(first=1.0, ceiling=15.0)
        role_deadline = self._clock() + (ROLE_PROPAGATION_WAIT_SECONDS if role_just_set_up else 0)
        attempts = 0
        while True:
            attempts += 1
            try:
                body = self._import_image(params)
            except AppError as exc:
                retry = (exc.transient and attempts < max_transient_attempts) or (
                    exc.code == "NoSetRoletoECSServiceAcount" and self._clock() < role_deadline
                )
                if not retry:
                    raise
                if self._pause(backoff.next_delay(), stop):
                    raise SubmitInterrupted from exc
                continue
            task_id = str(body.get("TaskId") or body.get("ImportTaskId") or "")
            return SubmitResult(
                image_id=str(body.get("ImageId", "")),
                task_id=task_id,
                region_id=str(body.get("RegionId", spec.region_id)),
                attempts=attempts,
            )

    # -- follow ------------------------------------------------------------------------------
    def status(self, region_id: str, task_id: str, image_id: str) -> ImportStatus:
        from alibabacloud_ecs20140526 import models

        ecs = self.session.ecs()
        task = self.session.call(
            lambda: (
                ecs.describe_task_attribute(
                    models.DescribeTaskAttributeRequest(region_id=region_id, task_id=task_id)
                ).body
            )
        )
        error_code = error_message = ""
        operations = task.operation_progress_set
        for op in (operations.operation_progress or []) if operations else []:
            if op.error_code:
                error_code, error_message = str(op.error_code), str(op.error_msg or "")
        images_body = self.session.call(
            lambda: (
                ecs.describe_images(
                    models.DescribeImagesRequest(
                        region_id=region_id, image_id=image_id, status=ALL_IMAGE_STATUSES
                    )
                ).body
            )
        )
        images = images_body.images.image if images_body.images else None
        image = images[0] if images else None
        disks: tuple[DiskProgress, ...] = ()
        detection: tuple[DetectionItem, ...] = ()
        if image is not None:
            mappings = image.disk_device_mappings
            disks = tuple(
                DiskProgress(str(m.progress or ""), m.remain_time)
                for m in (mappings.disk_device_mapping or [] if mappings else [])
            )
            options = image.detection_options
            items = options.items.item if options and options.items else None
            detection = tuple(
                DetectionItem(
                    str(i.name or ""),
                    str(i.value or ""),
                    str(i.risk_code or ""),
                    str(i.risk_level or ""),
                )
                for i in items or []
            )
        return ImportStatus(
            task_id=task_id,
            image_id=image_id,
            task_status=str(task.task_status or ""),
            task_progress=str(task.task_process or ""),
            image_status=str(image.status) if image is not None else "",
            image_progress=str(image.progress or "") if image is not None else "",
            support_cancel=str(task.support_cancel).lower() == "true",
            disks=disks,
            error_code=error_code,
            error_message=error_message,
            detection=detection,
        )

    def follow(
        self,
        region_id: str,
        task_id: str,
        image_id: str,
        on_status: Callable[[ImportStatus], None],
        *,
        stop: threading.Event | None = None,
        backoff: Backoff | None = None,
    ) -> ImportStatus | None:
        """Poll until the task ends (returned) or ``stop`` is set (None). Never gives up on
        a running task; network failures are reported as ``reconnecting`` and retried."""
        backoff = backoff or Backoff()
        last: ImportStatus | None = None
        while stop is None or not stop.is_set():
            try:
                status = self.status(region_id, task_id, image_id)
            except NetworkError:
                on_status(
                    replace(last, reconnecting=True)
                    if last is not None
                    else ImportStatus(task_id, image_id, task_status="", reconnecting=True)
                )
            except AppError as exc:
                if not exc.transient:
                    raise
            else:
                if last is None or status.percent != last.percent:
                    backoff.reset()  # progress moves: keep the updates lively
                last = status
                on_status(status)
                if status.finished:
                    return status
            delay = backoff.next_delay()
            if stop is not None:
                if stop.wait(delay):
                    break
            else:
                self._sleep(delay)
        return None

    # -- cancel and clean up -----------------------------------------------------------------
    def cancel(self, region_id: str, task_id: str) -> None:
        from alibabacloud_ecs20140526 import models

        request = models.CancelTaskRequest(region_id=region_id, task_id=task_id)
        self.session.call(lambda: self.session.ecs().cancel_task(request))

    def delete_image(self, region_id: str, image_id: str) -> None:
        from alibabacloud_ecs20140526 import models

        request = models.DeleteImageRequest(region_id=region_id, image_id=image_id, force=True)
        self.session.call(lambda: self.session.ecs().delete_image(request))

    def delete_objects(self, region_id: str, objects: list[tuple[str, str]]) -> list[str]:
        """Delete uploaded ``(bucket, key)`` objects; the keys deleted."""
        deleted: list[str] = []
        for bucket_name, key in objects:
            bucket = self.session.oss_bucket(bucket_name, region_id)
            self.session.call(partial(bucket.delete_object, key))
            deleted.append(f"oss://{bucket_name}/{key}")
        return deleted
