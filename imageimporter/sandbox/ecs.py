"""ECS (2014-05-26) for the sandbox cloud: regions, ImportImage and following the import.

An import never needs a background thread: a task stores when it started, how long it takes
(``ctx.imports.import_seconds`` at submit) and how it ends (decided at submit by probing the OSS
object's header), and every Describe call derives status and progress from the clock. So an
unfinished task carries on after a restart. State lives in ``ecs/state.json``.

Choices where the real behaviour is not documented precisely:

- Task statuses: ``Processing`` while it runs, then ``Finished`` or ``Failed``; a cancelled task
  becomes ``Deleted`` (the ECS reference lists Deleted as "canceled"). Its image is removed,
  so the image id is free of a half-imported image, as in the console.
- A failing task fails at 30 % of its duration (ECS reads and checks the image first) with
  ``OperationProgress.ErrorCode`` such as ``InvalidImageFormat.NotMatch``.
- A ``CreateFailed`` image keeps its name and counts towards the quota until deleted.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from imageimporter.sandbox import ecs_rules as rules
from imageimporter.sandbox.contracts import OssLookup
from imageimporter.sandbox.image_probe import IMPORTABLE_FORMATS, ProbeResult, probe_object
from imageimporter.sandbox.ram import IMPORT_ROLE_NAME, RamService
from imageimporter.sandbox.regions import REGIONS, Region, find_region
from imageimporter.sandbox.rpc_common import (
    RpcCall,
    RpcError,
    invalid_parameter,
    iso_minute,
    iso_time,
    parse_bool,
    parse_positive_int,
    random_lower_alnum,
)
from imageimporter.sandbox.storage import read_json, write_json_atomic

GIB = 1 << 30
# The fraction of its duration at which a failing import task reports its failure.
FAILURE_POINT = 0.3
# The region part of real ECS resource ids (``m-bp1…`` in Hangzhou).
REGION_ID_PREFIXES: dict[str, str] = {
    "cn-hangzhou": "bp1",
    "cn-shanghai": "uf6",
    "cn-beijing": "2ze",
    "cn-shenzhen": "wz9",
    "cn-hongkong": "j6c",
    "ap-southeast-1": "t4n",
    "eu-central-1": "gw8",
    "us-west-1": "rj9",
    "cn-nanjing": "gc7",
}
REGION_NAMES_EN: dict[str, str] = {
    "cn-hangzhou": "China (Hangzhou)",
    "cn-shanghai": "China (Shanghai)",
    "cn-beijing": "China (Beijing)",
    "cn-shenzhen": "China (Shenzhen)",
    "cn-hongkong": "China (Hong Kong)",
    "ap-southeast-1": "Singapore",
    "eu-central-1": "Germany (Frankfurt)",
    "us-west-1": "US (Silicon Valley)",
    "cn-nanjing": "China (Nanjing - Local Region)",
}
IMAGE_STATUSES = ("Creating", "Waiting", "Available", "UnAvailable", "CreateFailed", "Deprecated")
TASK_STATUS_FILTERS = ("Finished", "Processing", "Failed")
FAILURE_MESSAGES: dict[str, str] = {
    "ImportImageFailed": "Importing image is failed, Please contact the administrator.",
}
_CLOUD_INIT_PLATFORMS = (
    "Aliyun",
    "Anolis",
    "CentOS",
    "CentOS Stream",
    "Ubuntu",
    "Debian",
    "SUSE",
    "OpenSUSE",
    "RedHat",
    "AlmaLinux",
    "Rocky Linux",
    "Fedora",
)


@dataclass
class ImportTask:
    task_id: str
    image_id: str
    region_id: str
    created_at: float
    duration: float
    failure_code: str | None = None
    failure_message: str | None = None
    cancelled_at: float | None = None


@dataclass
class TaskState:
    status: str  # Processing, Finished, Failed, Deleted
    fraction: float  # 0..1 of the work done
    finished_at: float | None
    remain_seconds: int


def task_state(task: ImportTask, now: float) -> TaskState:
    """Where a task is at ``now``: derived from its timestamps, never stored."""
    duration = max(task.duration, 0.0)
    ends_at = task.created_at + duration * (FAILURE_POINT if task.failure_code else 1.0)
    if task.cancelled_at is not None and task.cancelled_at < ends_at:
        done = _fraction(task, task.cancelled_at)
        return TaskState("Deleted", done, task.cancelled_at, 0)
    if now >= ends_at:
        if task.failure_code:
            return TaskState("Failed", _fraction(task, ends_at), ends_at, 0)
        return TaskState("Finished", 1.0, ends_at, 0)
    remain = math.ceil(task.created_at + duration - now)
    return TaskState("Processing", min(_fraction(task, now), 0.99), None, remain)


def _fraction(task: ImportTask, at: float) -> float:
    if task.duration <= 0:
        return 1.0
    return max(0.0, min(1.0, (at - task.created_at) / task.duration))


def percent(fraction: float) -> str:
    return f"{int(fraction * 100)}%"


@dataclass
class ImageRecord:
    image_id: str
    region_id: str
    task_id: str
    name: str
    description: str
    os_type: str
    platform: str
    architecture: str
    boot_mode: str
    license_type: str
    resource_group_id: str
    size_gib: int
    created_at: float
    nvme_support: str | None
    imds_support: str | None
    detection: bool
    tags: list[list[str]] = field(default_factory=list)
    disks: list[dict[str, Any]] = field(default_factory=list)
    detection_items: list[dict[str, str]] = field(default_factory=list)
    # A status set from outside (Sandbox.set_image_status), shown whatever the task does.
    forced_status: str | None = None


@dataclass(frozen=True)
class Outcome:
    """How an import ends, decided at submit."""

    failure_code: str | None = None
    failure_message: str | None = None


class EcsService:
    ACTIONS = (
        "DescribeRegions",
        "ImportImage",
        "DescribeTasks",
        "DescribeTaskAttribute",
        "DescribeImages",
        "CancelTask",
        "DeleteImage",
    )

    def __init__(
        self,
        state_dir: Path,
        account_id: str,
        ram: RamService,
        *,
        oss: Callable[[], OssLookup],
        clock: Callable[[], float],
        settings: Callable[[], tuple[float, str | None, float, int]],
    ) -> None:
        """``settings()``: (import seconds, forced failure code, role propagation seconds,
        image quota), read at each call because they change at run time."""
        self._path = state_dir / "state.json"
        self._account_id = account_id
        self._ram = ram
        self._oss = oss
        self._clock = clock
        self._settings = settings
        self._lock = threading.RLock()
        self._images: dict[str, ImageRecord] = {}
        self._tasks: dict[str, ImportTask] = {}
        self._client_tokens: dict[str, dict[str, str]] = {}
        digest = hashlib.sha256(account_id.encode()).hexdigest()
        # The sandbox account's one resource group (its default group).
        self.default_resource_group_id = "rg-acfm" + digest[:11]
        self._load()

    def handle(self, call: RpcCall) -> dict[str, Any]:
        handler = getattr(self, f"_{call.action}")
        with self._lock:
            result: dict[str, Any] = handler(call)
        return result

    # -- regions -----------------------------------------------------------------------------
    def _DescribeRegions(self, call: RpcCall) -> dict[str, Any]:
        english = call.get("AcceptLanguage", "zh-CN").lower().startswith("en")
        regions = [
            {
                "RegionId": r.region_id,
                "LocalName": REGION_NAMES_EN[r.region_id] if english else r.local_name,
                "RegionEndpoint": r.ecs_endpoint,
                "Status": "available",
            }
            for r in REGIONS
        ]
        return {"Regions": {"Region": regions}}

    @staticmethod
    def _region(call: RpcCall) -> Region:
        region_id = call.require("RegionId")
        region = find_region(region_id)
        if region is None:
            raise RpcError(
                400, "InvalidRegionId.NotFound", "The specified RegionId does not exist."
            )
        return region

    # -- ImportImage -----------------------------------------------------------------------------
    def _ImportImage(self, call: RpcCall) -> dict[str, Any]:
        region = self._region(call)
        if not region.supports_import:
            raise RpcError(
                400,
                "InvalidRegion.NotSupport",
                "The specified region does not support image import or export.",
            )
        p = call.params
        token = call.get("ClientToken")
        if token:
            rules.check_client_token(token)
        if call.get("ImageName"):
            rules.check_image_name(call.get("ImageName"))
        if call.get("Description"):
            rules.check_description(call.get("Description"))
        arch = rules.architecture(call.get("Architecture"))
        os_type = rules.os_type(call.get("OSType"))
        platform = rules.platform(call.get("Platform"))
        rules.check_architecture_platform(arch, platform)
        boot_mode = rules.boot_mode(call.get("BootMode"), arch)
        license_type = rules.license_type(call.get("LicenseType"), platform)
        nvme = rules.feature(p, "NvmeSupport", rules.NVME_SUPPORT)
        imds = rules.feature(p, "ImdsSupport", rules.IMDS_SUPPORT)
        detection = rules.detection_strategy(call.get("DetectionStrategy"), os_type)
        tags = rules.tags(p)
        disks = rules.disks(p)
        resource_group = call.get("ResourceGroupId") or self.default_resource_group_id
        if resource_group != self.default_resource_group_id:
            raise RpcError(
                404,
                "InvalidResourceGroup.NotFound",
                "The ResourceGroup provided does not exist in our records.",
            )
        import_seconds, forced_failure, propagation, quota = self._settings()
        role_name = call.get("RoleName") or IMPORT_ROLE_NAME
        if self._ram.import_role_problem(role_name, self._clock(), propagation) is not None:
            raise RpcError(
                403,
                "NoSetRoletoECSServiceAcount",
                "ECS service account Have no right to access your OSS.please attach a role of "
                "access your oss to ECS service account.",
            )
        if parse_bool(call.get("DryRun")):
            raise RpcError(
                400, "DryRunOperation", "Request validation has been passed with DryRun flag set."
            )

        fingerprint = _fingerprint(p)
        if token and token in self._client_tokens:
            earlier = self._client_tokens[token]
            if earlier["fingerprint"] != fingerprint:
                raise RpcError(
                    400,
                    "IdempotentParameterMismatch",
                    "Request uses a client token in a previous request but is not identical "
                    "to that request.",
                )
            return _import_answer(earlier["image_id"], earlier["task_id"], earlier["region_id"])

        name = call.get("ImageName")
        if name and any(
            i.name == name and i.region_id == region.region_id for i in self._images.values()
        ):
            raise RpcError(400, "InvalidImageName.Duplicated", "The destination image is exist.")
        if sum(1 for i in self._images.values() if i.region_id == region.region_id) >= quota:
            raise RpcError(403, "QuotaExceed.Image", "The Image Quota exceeds.")
        probes = [self._check_object(region, disk) for disk in disks]
        for disk in disks:
            if disk.format in rules.PREVIEW_FORMATS:
                raise RpcError(
                    400,
                    "InvalidImageFormat.RegionNotSupported",
                    f"The specified Image Format {disk.format} is not supported in this region.",
                )

        outcome = _outcome(disks, probes, forced_failure)
        now = self._clock()
        prefix = REGION_ID_PREFIXES.get(region.region_id, "xx1")
        image_id = f"m-{prefix}{random_lower_alnum(17)}"
        task_id = f"t-{prefix}{random_lower_alnum(17)}"
        image = ImageRecord(
            image_id=image_id,
            region_id=region.region_id,
            task_id=task_id,
            name=name or image_id,
            description=call.get("Description"),
            os_type=os_type,
            platform=platform,
            architecture=arch,
            boot_mode=boot_mode,
            license_type=license_type,
            resource_group_id=resource_group,
            size_gib=_disk_size_gib(disks[0], probes[0]),
            created_at=now,
            nvme_support=nvme,
            imds_support=imds,
            detection=detection is not None,
            tags=[[k, v] for k, v in tags],
            disks=[_disk_record(d, pr) for d, pr in zip(disks, probes, strict=True)],
        )
        if detection is not None:
            image.detection_items = _detection_items(image, probes[0])
        self._images[image_id] = image
        self._tasks[task_id] = ImportTask(
            task_id,
            image_id,
            region.region_id,
            now,
            import_seconds,
            outcome.failure_code,
            outcome.failure_message,
        )
        if token:
            self._client_tokens[token] = {
                "fingerprint": fingerprint,
                "image_id": image_id,
                "task_id": task_id,
                "region_id": region.region_id,
            }
        self._save()
        return _import_answer(image_id, task_id, region.region_id)

    def _check_object(self, region: Region, disk: rules.DiskSpec) -> ProbeResult:
        oss = self._oss()
        if oss.bucket_region(disk.bucket) != region.region_id:
            raise RpcError(
                400,
                "InvalidOSSBucket.NotFound",
                "The specified OSS bucket does not exist in this region.",
            )
        info = oss.object_info(disk.bucket, disk.object)
        if info is None:
            raise RpcError(
                400,
                "InvalidOSSObject.NotFound",
                "The specified OSS object does not exist in this region.",
            )
        if info.storage_class in ("Archive", "ColdArchive", "DeepColdArchive"):
            raise RpcError(
                400,
                "InvalidOSSObject.NeedRestore",
                "The specified OSS object is archived; restore it before importing.",
            )
        if info.size == 0:
            raise RpcError(400, "InvalidOSSObject.Size", "The specified OSS object is empty.")
        try:
            with info.open() as reader:
                return probe_object(reader)
        except OSError:
            raise RpcError(
                400, "InvalidOSSObject.NotFound", "The specified OSS object cannot be retrieved."
            ) from None

    # -- tasks ---------------------------------------------------------------------------------
    def _task(self, call: RpcCall) -> ImportTask:
        region = self._region(call)
        task_id = call.require("TaskId")
        task = self._tasks.get(task_id)
        if task is None or task.region_id != region.region_id:
            raise RpcError(404, "InvalidTaskId.NotFound", "The specified TaskId does not exist.")
        return task

    def _DescribeTaskAttribute(self, call: RpcCall) -> dict[str, Any]:
        task = self._task(call)
        state = task_state(task, self._clock())
        operation: dict[str, Any] = {
            "OperationStatus": {"Processing": "Processing", "Finished": "Success"}.get(
                state.status, "Failed"
            ),
            "ErrorCode": "",
            "ErrorMsg": "",
            "RelatedItemSet": {"RelatedItem": [{"Name": "ImageId", "Value": task.image_id}]},
        }
        if state.status == "Failed":
            operation["ErrorCode"] = task.failure_code or ""
            operation["ErrorMsg"] = task.failure_message or ""
        elif state.status == "Deleted":
            operation["ErrorCode"] = "TaskCancelled"
            operation["ErrorMsg"] = "The task was cancelled by CancelTask."
        return {
            **self._task_summary(task, state),
            "RegionId": task.region_id,
            "TaskProcess": percent(state.fraction),
            "TotalCount": 1,
            "SuccessCount": 1 if state.status == "Finished" else 0,
            "FailedCount": 1 if state.status in ("Failed", "Deleted") else 0,
            "OperationProgressSet": {"OperationProgress": [operation]},
        }

    @staticmethod
    def _task_summary(task: ImportTask, state: TaskState) -> dict[str, Any]:
        return {
            "TaskId": task.task_id,
            "TaskAction": "ImportImage",
            "TaskStatus": state.status,
            "SupportCancel": "true" if state.status == "Processing" else "false",
            "CreationTime": iso_minute(task.created_at),
            "FinishedTime": iso_minute(state.finished_at) if state.finished_at else "",
            "ResourceId": task.image_id,
        }

    def _DescribeTasks(self, call: RpcCall) -> dict[str, Any]:
        region = self._region(call)
        now = self._clock()
        wanted_ids = {t for t in call.get("TaskIds").split(",") if t}
        if len(wanted_ids) > 100:
            raise invalid_parameter("TaskIds")
        action = call.get("TaskAction")
        status = call.get("TaskStatus")
        # The reference: only Finished, Processing and Failed filter; other values are ignored.
        status_filter = status if status in TASK_STATUS_FILTERS else None
        page_number = parse_positive_int(call.get("PageNumber"), "PageNumber", 1)
        page_size = parse_positive_int(call.get("PageSize"), "PageSize", 10, maximum=100)
        rows = []
        for task in sorted(self._tasks.values(), key=lambda t: t.created_at, reverse=True):
            if task.region_id != region.region_id or (
                wanted_ids and task.task_id not in wanted_ids
            ):
                continue
            if action and action != "ImportImage":
                continue
            state = task_state(task, now)
            if status_filter and state.status != status_filter:
                continue
            rows.append(self._task_summary(task, state))
        start = (page_number - 1) * page_size
        return {
            "RegionId": region.region_id,
            "TotalCount": len(rows),
            "PageNumber": page_number,
            "PageSize": page_size,
            "TaskSet": {"Task": rows[start : start + page_size]},
        }

    def _CancelTask(self, call: RpcCall) -> dict[str, Any]:
        task = self._task(call)
        now = self._clock()
        if task_state(task, now).status != "Processing":
            raise RpcError(
                403,
                "IncorrectTaskStatus",
                "The current status of the task does not support this operation.",
            )
        task.cancelled_at = now
        self._images.pop(task.image_id, None)
        self._save()
        return {}

    # -- images --------------------------------------------------------------------------------
    def set_image_status(self, image_id: str, status: str | None) -> None:
        """Show ``status`` for the image from now on (None: its task decides again), as when
        ECS marks an image UnAvailable; ``KeyError`` for an unknown image."""
        if status is not None and status not in IMAGE_STATUSES:
            raise ValueError(f"unknown image status {status!r}; use one of {IMAGE_STATUSES}")
        with self._lock:
            self._images[image_id].forced_status = status
            self._save()

    def _image_status(self, image: ImageRecord, now: float) -> tuple[str, TaskState | None]:
        task = self._tasks.get(image.task_id)
        state = None if task is None else task_state(task, now)
        if image.forced_status is not None:
            return image.forced_status, state
        if state is None:
            return "Available", None
        status = {"Processing": "Creating", "Finished": "Available"}.get(
            state.status, "CreateFailed"
        )
        return status, state

    def _DescribeImages(self, call: RpcCall) -> dict[str, Any]:
        region = self._region(call)
        now = self._clock()
        statuses = {s for s in call.get("Status", "Available").split(",") if s} or {"Available"}
        unknown = statuses - set(IMAGE_STATUSES)
        if unknown:
            raise invalid_parameter("Status")
        ids = {i for i in call.get("ImageId").split(",") if i}
        name = call.get("ImageName")
        owner_alias = call.get("ImageOwnerAlias")
        page_number = parse_positive_int(call.get("PageNumber"), "PageNumber", 1)
        page_size = parse_positive_int(call.get("PageSize"), "PageSize", 10, maximum=100)
        rows = []
        for image in sorted(self._images.values(), key=lambda i: i.created_at, reverse=True):
            if image.region_id != region.region_id:
                continue
            if (ids and image.image_id not in ids) or (name and image.name != name):
                continue
            if owner_alias and "self" not in owner_alias.split(","):
                continue
            status, state = self._image_status(image, now)
            if status not in statuses:
                continue
            rows.append(self._image_json(image, status, state))
        start = (page_number - 1) * page_size
        return {
            "RegionId": region.region_id,
            "TotalCount": len(rows),
            "PageNumber": page_number,
            "PageSize": page_size,
            "Images": {"Image": rows[start : start + page_size]},
        }

    def _image_json(self, image: ImageRecord, status: str, state: TaskState | None) -> Any:
        fraction = state.fraction if state else 1.0
        remain = state.remain_seconds if state else 0
        disks = [
            {**disk, "Progress": percent(fraction), "RemainTime": remain, "SnapshotId": ""}
            for disk in image.disks
        ]
        answer: dict[str, Any] = {
            "ImageId": image.image_id,
            "ImageName": image.name,
            "Description": image.description,
            "Status": status,
            "Progress": percent(fraction),
            "Size": image.size_gib,
            "OSType": image.os_type,
            "OSName": image.platform,
            "OSNameEn": image.platform,
            "Platform": image.platform,
            "Architecture": image.architecture,
            "BootMode": image.boot_mode,
            "LicenseType": image.license_type,
            "CreationTime": iso_time(image.created_at),
            "ImageOwnerAlias": "self",
            "ImageOwnerId": int(self._account_id),
            "IsSelfShared": "false",
            "IsPublic": False,
            "IsCopied": False,
            "IsSubscribed": False,
            "IsSupportCloudinit": True,
            "IsSupportIoOptimized": True,
            "Usage": "none",
            "ProductCode": "",
            "ImageFamily": "",
            "ImageVersion": "",
            "ResourceGroupId": image.resource_group_id,
            "Features": {
                "NvmeSupport": image.nvme_support or "unsupported",
                "ImdsSupport": image.imds_support or "v1",
            },
            "DiskDeviceMappings": {"DiskDeviceMapping": disks},
            "Tags": {"Tag": [{"TagKey": k, "TagValue": v} for k, v in image.tags]},
        }
        if image.detection:
            answer["DetectionOptions"] = {
                "Status": "Finished" if status == "Available" else "Processing",
                "Items": {"Item": image.detection_items if status == "Available" else []},
            }
        return answer

    def _DeleteImage(self, call: RpcCall) -> dict[str, Any]:
        region = self._region(call)
        image_id = call.require("ImageId")
        image = self._images.get(image_id)
        if image is None or image.region_id != region.region_id:
            raise RpcError(404, "InvalidImageId.NotFound", "The specified ImageId does not exist.")
        status, _ = self._image_status(image, self._clock())
        if status == "Creating":
            raise RpcError(403, "ImageIsImporting", "The specified Image is importing.")
        if parse_bool(call.get("DryRun")):
            raise RpcError(
                400, "DryRunOperation", "Request validation has been passed with DryRun flag set."
            )
        del self._images[image_id]
        self._save()
        return {}

    # -- persistence -------------------------------------------------------------------------
    def _load(self) -> None:
        data = read_json(self._path, {"images": [], "tasks": [], "client_tokens": {}})
        for item in data["images"]:
            image = ImageRecord(**item)
            self._images[image.image_id] = image
        for item in data["tasks"]:
            task = ImportTask(**item)
            self._tasks[task.task_id] = task
        self._client_tokens = dict(data["client_tokens"])

    def _save(self) -> None:
        write_json_atomic(
            self._path,
            {
                "images": [asdict(i) for i in self._images.values()],
                "tasks": [asdict(t) for t in self._tasks.values()],
                "client_tokens": self._client_tokens,
            },
        )


def _import_answer(image_id: str, task_id: str, region_id: str) -> dict[str, Any]:
    # The SDK reads TaskId; ImportImage.md's sample names it ImportTaskId: answer both.
    return {"ImageId": image_id, "TaskId": task_id, "ImportTaskId": task_id, "RegionId": region_id}


def _fingerprint(params: dict[str, str]) -> str:
    relevant = {k: v for k, v in params.items() if k not in ("ClientToken", "DryRun")}
    return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()


def _disk_size_gib(disk: rules.DiskSpec, probe: ProbeResult) -> int:
    return disk.size_gib or max(1, math.ceil(probe.virtual_size / GIB))


def _disk_record(disk: rules.DiskSpec, probe: ProbeResult) -> dict[str, Any]:
    return {
        "Device": disk.device or f"/dev/xvd{chr(ord('a') + disk.index - 1)}",
        "Format": disk.format or probe.format,
        "ImportOSSBucket": disk.bucket,
        "ImportOSSObject": disk.object,
        "Size": str(_disk_size_gib(disk, probe)),
        "Type": "system" if disk.is_system else "data",
    }


def _outcome(
    disks: list[rules.DiskSpec], probes: list[ProbeResult], forced_failure: str | None
) -> Outcome:
    """How the import will end: the forced failure, or the first problem of any disk."""
    if forced_failure:
        message = FAILURE_MESSAGES.get(
            forced_failure, f"The image import failed ({forced_failure})."
        )
        return Outcome(forced_failure, message)
    for disk, probe in zip(disks, probes, strict=True):
        found = probe.format
        if disk.format and disk.format != found:
            return Outcome(
                "InvalidImageFormat.NotMatch",
                f"The specified Image Format {disk.format} does not match the format of the "
                f"OSS object {disk.object} ({found}).",
            )
        if found not in IMPORTABLE_FORMATS:
            return Outcome(
                "InvalidImageFormat.NotSupported",
                f"The format of the OSS object {disk.object} ({found}) is not supported; "
                "use RAW, VHD or QCOW2.",
            )
        if probe.problem and "IncorrectSize" in probe.problem:
            return Outcome("InvalidVHDImage.IncorrectSize", probe.problem)
        if probe.problem:
            return Outcome("InvalidImage.Corrupted", f"{disk.object}: {probe.problem}.")
        if disk.size_gib is not None and probe.virtual_size > disk.size_gib * GIB:
            return Outcome(
                "InvalidImageSize",
                f"The virtual size of {disk.object} ({probe.virtual_size} bytes) exceeds "
                f"DiskDeviceMapping.{disk.index}.DiskImageSize ({disk.size_gib} GiB).",
            )
    return Outcome()


def _detection_items(image: ImageRecord, system_disk: ProbeResult) -> list[dict[str, str]]:
    """DetectionOptions items for DetectionStrategy=Standard, derived from what is known."""

    def item(name: str, value: str, risk_code: str = "", risk_level: str = "") -> dict[str, str]:
        return {"Name": name, "Value": value, "RiskCode": risk_code, "RiskLevel": risk_level}

    has_cloud_init = image.platform in _CLOUD_INIT_PLATFORMS
    items = [
        item(
            "cloud-init",
            "installed" if has_cloud_init else "not-found",
            "" if has_cloud_init else "CloudInit.NotInstalled",
            "" if has_cloud_init else "High",
        ),
        item("virtio", "installed"),
    ]
    if image.nvme_support == "supported":
        items.append(item("nvme", "supported"))
    else:
        items.append(item("nvme", "unsupported", "NVMe.NotSupported", "Low"))
    table = system_disk.partition_table
    if system_disk.format == "RAW":
        if table is None:
            items.append(item("partition", "none", "Partition.NotFound", "High"))
        elif (table == "GPT") != (image.boot_mode == "UEFI"):
            items.append(item("partition", table, "BootMode.Mismatch", "Medium"))
        else:
            items.append(item("partition", table))
    return items
