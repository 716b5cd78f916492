"""What one ImportImage call asks for, as typed data, and its wire form.

``ImageSpec`` is filled by the CLI or the wizard, checked by ``core.validation`` and turned into
the request parameters with ``import_image_params`` (the same flattened names the ECS API and the
``aliyun ecs ImportImage`` command use).
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass, field
from enum import StrEnum

DEFAULT_ARCHITECTURE = "x86_64"
DEFAULT_OS_TYPE = "linux"
DEFAULT_PLATFORM = "Others Linux"
DEFAULT_LICENSE_TYPE = "Auto"
DEFAULT_BOOT_MODE = "BIOS"
IMPORT_ROLE_NAME = "AliyunECSImageImportDefaultRole"


@dataclass(frozen=True)
class Tag:
    key: str
    value: str = ""


@dataclass(frozen=True)
class DiskSpec:
    """One ``DiskDeviceMapping.N``: the first disk of an ImageSpec is the system disk."""

    oss_bucket: str
    oss_object: str
    format: str | None = None  # RAW, VHD, QCOW2; None lets the service detect it
    disk_image_size_gib: int | None = None
    # The disk's virtual size in bytes from inspection, when known: DiskImageSize must hold it.
    virtual_size: int | None = None


@dataclass(frozen=True)
class ImageSpec:
    region_id: str
    image_name: str
    disks: tuple[DiskSpec, ...]
    description: str = ""
    architecture: str = DEFAULT_ARCHITECTURE
    os_type: str = DEFAULT_OS_TYPE
    platform: str = DEFAULT_PLATFORM
    license_type: str = DEFAULT_LICENSE_TYPE
    boot_mode: str = DEFAULT_BOOT_MODE
    tags: tuple[Tag, ...] = ()
    resource_group_id: str = ""
    nvme_support: str = ""  # "", "supported", "unsupported"
    imds_support: str = ""  # "", "v1", "v2"
    detection_strategy: str = ""  # "" or "Standard"
    role_name: str = IMPORT_ROLE_NAME
    client_token: str = field(default="", compare=False)


def import_image_params(spec: ImageSpec, dry_run: bool = False) -> dict[str, str]:
    """The ImportImage request parameters, flattened as the API names them."""
    params: dict[str, str] = {"RegionId": spec.region_id}
    if spec.image_name:
        params["ImageName"] = spec.image_name
    if spec.description:
        params["Description"] = spec.description
    params["Architecture"] = spec.architecture
    params["OSType"] = spec.os_type
    params["Platform"] = spec.platform
    if spec.license_type != DEFAULT_LICENSE_TYPE:  # the service's default when left out
        params["LicenseType"] = spec.license_type
    params["BootMode"] = spec.boot_mode
    if spec.role_name:
        params["RoleName"] = spec.role_name
    for index, disk in enumerate(spec.disks, start=1):
        prefix = f"DiskDeviceMapping.{index}."
        params[prefix + "OSSBucket"] = disk.oss_bucket
        params[prefix + "OSSObject"] = disk.oss_object
        if disk.format:
            params[prefix + "Format"] = disk.format
        if disk.disk_image_size_gib is not None:
            params[prefix + "DiskImageSize"] = str(disk.disk_image_size_gib)
    for index, tag in enumerate(spec.tags, start=1):
        params[f"Tag.{index}.Key"] = tag.key
        params[f"Tag.{index}.Value"] = tag.value
    if spec.resource_group_id:
        params["ResourceGroupId"] = spec.resource_group_id
    if spec.nvme_support:
        params["Features.NvmeSupport"] = spec.nvme_support
    if spec.imds_support:
        params["Features.ImdsSupport"] = spec.imds_support
    if spec.detection_strategy:
        params["DetectionStrategy"] = spec.detection_strategy
    if dry_run:
        # Never the job's token: should the service remember a token from a DryRun, the real
        # submit with that token would be answered with the DryRun's result.
        params["DryRun"] = "true"
    elif spec.client_token:
        params["ClientToken"] = spec.client_token
    return params


class Shell(StrEnum):
    POSIX = "posix"
    POWERSHELL = "powershell"
    CMD = "cmd"

    @classmethod
    def for_os(cls, os_name: str) -> Shell:
        """The shell a command is printed for, from ``os.name``: PowerShell on Windows."""
        return cls.POWERSHELL if os_name == "nt" else cls.POSIX


# Words made only of these need no quotes in any of the three shells.
_PLAIN_WORD = re.compile(r"[A-Za-z0-9_.,:/=+@-]+")
# PowerShell treats the typographic single quotes as quotes too.
_POWERSHELL_QUOTES = "'\u2018\u2019\u201a\u201b"
_CMD_SPECIAL = '^&|<>()%!"'


def quote_word(word: str, shell: Shell) -> str:
    """``word`` as one argument of a command line typed into ``shell``."""
    if _PLAIN_WORD.fullmatch(word):
        return word
    if shell is Shell.POSIX:
        return shlex.quote(word)
    if shell is Shell.POWERSHELL:
        return "'" + "".join(c * 2 if c in _POWERSHELL_QUOTES else c for c in word) + "'"
    return _cmd_quote(word)


def _cmd_quote(word: str) -> str:
    r"""Quoted for the program's own parsing (the MSVC rules: ``\"`` is a quote, backslashes
    before a quote doubled), then every character cmd.exe would act on escaped with ``^``: cmd
    never sees a quote of its own, so no ``&``, ``%NAME%`` or ``"`` in a value can end it."""
    quoted = ['"']
    backslashes = 0
    for char in word:
        if char == "\\":
            backslashes += 1
            continue
        if char == '"':
            quoted.append("\\" * (2 * backslashes + 1) + '"')
        else:
            quoted.append("\\" * backslashes + char)
        backslashes = 0
    quoted.append("\\" * (2 * backslashes) + '"')
    return "".join("^" + c if c in _CMD_SPECIAL else c for c in "".join(quoted))


def aliyun_cli_command(spec: ImageSpec, shell: Shell | None = None) -> str:
    """The equivalent ``aliyun ecs ImportImage`` command line for ``shell`` (by default the
    one of the OS the app runs on). Each parameter is one ``--Name=value`` word, so a value
    that starts with ``--`` stays a value instead of becoming a flag."""
    shell = shell or Shell.for_os(os.name)
    words = ["aliyun", "ecs", "ImportImage"]
    words += [f"--{name}={value}" for name, value in import_image_params(spec).items()]
    return " ".join(quote_word(word, shell) for word in words)
