"""ImportImage's parameter rules, as data and pure functions that read like the reference.

Sources: ImportImage.md (the API reference) and api-notes.md (newer facts). Each check raises the
``RpcError`` with the status, code and message the reference lists. Checks that need state (region,
role, bucket, object, names, quota) live in ``ecs.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from imageimporter.sandbox.rpc_common import RpcError, missing_parameter

ARCHITECTURES = ("i386", "x86_64", "arm64")
OS_TYPES = ("windows", "linux")
BOOT_MODES = ("BIOS", "UEFI")
LICENSE_TYPES = ("Auto", "Aliyun", "BYOL")
DISK_FORMATS = ("RAW", "VHD", "QCOW2", "VMDK")
# VMDK is "invitational preview": accepted as a value, refused where it is not enabled.
PREVIEW_FORMATS = ("VMDK",)
PLATFORMS = (
    # ImportImage.md
    "CentOS",
    "Ubuntu",
    "SUSE",
    "OpenSUSE",
    "Debian",
    "CoreOS",
    "Aliyun",
    "Windows Server 2003",
    "Windows Server 2008",
    "Windows Server 2012",
    "Others Linux",
    "Customized Linux",
    # api-notes.md
    "Anolis",
    "FreeBSD",
    "RedHat",
    "Kylin",
    "UOS",
    "Fedora",
    "Fedora CoreOS",
    "CentOS Stream",
    "AlmaLinux",
    "Rocky Linux",
    "Gentoo",
    "Windows Server 2016",
    "Windows Server 2019",
    "Windows Server 2022",
    # The current API reference (issue 13): a Windows whose version is not listed.
    "Other Windows",
)
DEFAULT_PLATFORM = "Others Linux"
# Sandbox rule for InvalidLicenseType.BYOLOnly: platforms Alibaba Cloud has no license channel
# for, so LicenseType=Aliyun cannot be honoured (Auto falls back to BYOL for them).
BYOL_ONLY_PLATFORMS = ("Others Linux", "Customized Linux", "Kylin", "UOS", "FreeBSD", "Gentoo")
NVME_SUPPORT = ("supported", "unsupported")
IMDS_SUPPORT = ("v1", "v2")
MAX_DISKS = 17
MAX_TAGS = 20
# ImportImage.md: system disk 5-500 GiB, data disks 5-1000 GiB; the current reference: 1-2048.
# Both are accepted (api-notes: accept what the reference documents and what the API offers).
DISK_SIZE_RANGE_GIB = (1, 2048)
DEVICE_NAME = re.compile(r"/dev/(xvd|vd)[a-q]")
_IMAGE_NAME = re.compile(r"[A-Za-z\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff:_.\-]{1,127}")
_URL_PREFIXES = ("http://", "https://")


@dataclass(frozen=True)
class DiskSpec:
    index: int  # N of DiskDeviceMapping.N: 1 is the system disk
    bucket: str
    object: str
    format: str  # upper case, "" to detect
    size_gib: int | None
    device: str

    @property
    def is_system(self) -> bool:
        return self.index == 1


def malformed(code: str, message: str) -> RpcError:
    return RpcError(400, code, message)


def check_image_name(name: str) -> None:
    lowered = name.lower()
    if (
        not _IMAGE_NAME.fullmatch(name)
        or lowered.startswith(_URL_PREFIXES)
        or lowered.startswith(("acs:", "aliyun"))
    ):
        raise malformed("InvalidImageName.Malformed", "The specified Image name is wrongly formed.")


def check_description(description: str) -> None:
    if not 2 <= len(description) <= 256 or description.lower().startswith(_URL_PREFIXES):
        raise malformed(
            "InvalidDescription.Malformed", "The specified Image description is wrongly formed."
        )


def check_choice(value: str, choices: tuple[str, ...], code: str, message: str) -> str:
    """The canonical spelling of ``value`` among ``choices`` (case ignored), or the error."""
    for choice in choices:
        if value.lower() == choice.lower():
            return choice
    raise malformed(code, message)


def architecture(value: str) -> str:
    if not value:
        return "x86_64"
    return check_choice(
        value,
        ARCHITECTURES,
        "InvalidArchitecture.Malformed",
        "The specified Architecture is wrongly formed.",
    )


def os_type(value: str) -> str:
    if not value:
        return "linux"
    return check_choice(
        value, OS_TYPES, "InvalidOSType.Malformed", "The specified OSType is wrongly formed."
    )


def platform(value: str) -> str:
    if not value:
        return DEFAULT_PLATFORM
    return check_choice(
        value, PLATFORMS, "InvalidPlatform.Malformed", "The specified Platform is wrongly formed."
    )


def boot_mode(value: str, arch: str) -> str:
    """BIOS by default; arm64 boots only with UEFI (and defaults to it)."""
    if not value:
        return "UEFI" if arch == "arm64" else "BIOS"
    mode = check_choice(
        value, BOOT_MODES, "InvalidBootMode.Malformed", "The specified BootMode is wrongly formed."
    )
    if arch == "arm64" and mode != "UEFI":
        raise malformed(
            "InvalidBootMode.NotSupport",
            "The specified BootMode is not supported by the arm64 architecture; use UEFI.",
        )
    return mode


def license_type(value: str, image_platform: str) -> str:
    if not value:
        return "Auto"
    license_ = check_choice(
        value,
        LICENSE_TYPES,
        "InvalidLicenseType.NotSupported",
        "The specified LicenseType is not supported",
    )
    if license_ == "Aliyun" and image_platform in BYOL_ONLY_PLATFORMS:
        raise malformed(
            "InvalidLicenseType.BYOLOnly",
            "Only BYOL LicenseType is supported for the current platform provided",
        )
    return license_


def is_windows(image_platform: str) -> bool:
    return image_platform.startswith("Windows") or image_platform == "Other Windows"


def check_architecture_platform(arch: str, image_platform: str) -> None:
    if arch == "arm64" and is_windows(image_platform):
        raise malformed(
            "InvalidArchitecture.PlatformUnsupported",
            "The specified Architecture is not supported by the specified Platform.",
        )


def check_client_token(token: str) -> None:
    if len(token) > 64 or not token.isascii() or not token.isprintable():
        raise malformed("InvalidClientToken.Malformed", "The specified ClientToken is malformed.")


def feature(params: dict[str, str], name: str, choices: tuple[str, ...]) -> str | None:
    value = params.get(f"Features.{name}", "")
    if not value:
        return None
    return check_choice(
        value,
        choices,
        "InvalidParameter",
        f'The specified parameter "Features.{name}" is not valid.',
    )


def detection_strategy(value: str, image_os_type: str) -> str | None:
    if not value:
        return None
    strategy = check_choice(
        value,
        ("Standard",),
        "InvalidParameter",
        'The specified parameter "DetectionStrategy" is not valid.',
    )
    if image_os_type == "windows":
        raise malformed(
            "ImageCheckUnsupported.WindowsImage",
            "Image check is not supported for Windows images.",
        )
    return strategy


def tags(params: dict[str, str]) -> list[tuple[str, str]]:
    """``Tag.N.Key``/``Tag.N.Value`` pairs in N order, checked against the tag rules."""
    indexes = sorted({int(m.group(1)) for k in params if (m := re.match(r"^Tag\.(\d+)\.", k))})
    if len(indexes) > MAX_TAGS or any(not 1 <= n <= MAX_TAGS for n in indexes):
        raise malformed("InvalidTagCount", "The specified tags are beyond the permitted range.")
    pairs: list[tuple[str, str]] = []
    for n in indexes:
        key = params.get(f"Tag.{n}.Key", "")
        value = params.get(f"Tag.{n}.Value", "")
        if (
            not key
            or len(key) > 128
            or key.lower().startswith(("acs:", "aliyun"))
            or any(p in key.lower() for p in _URL_PREFIXES)
        ):
            raise malformed("InvalidTagKey.Malformed", f"The specified Tag.{n}.Key is not valid.")
        if (
            len(value) > 128
            or value.lower().startswith("acs:")
            or any(p in value.lower() for p in _URL_PREFIXES)
        ):
            raise malformed(
                "InvalidTagValue.Malformed", f"The specified Tag.{n}.Value is not valid."
            )
        if any(key.lower() == seen.lower() for seen, _ in pairs):
            raise malformed("TagKey.Duplication", "The Tag.N.Key contains duplicate keys.")
        pairs.append((key, value))
    return pairs


def disks(params: dict[str, str]) -> list[DiskSpec]:
    """The DiskDeviceMapping.N entries, checked for presence and form."""
    indexes = sorted(
        {int(m.group(1)) for k in params if (m := re.match(r"^DiskDeviceMapping\.(\d+)\.", k))}
    )
    if not indexes:
        raise RpcError(
            403,
            "MissingParameter.DiskDeviceMapping",
            "The specified parameter DiskDeviceMapping is not supplied.",
        )
    if any(not 1 <= n <= MAX_DISKS for n in indexes) or 1 not in indexes:
        raise malformed(
            "InvalidParameter", 'The specified parameter "DiskDeviceMapping.N" is not valid.'
        )
    return [_disk(params, n) for n in indexes]


def _disk(params: dict[str, str], n: int) -> DiskSpec:
    prefix = f"DiskDeviceMapping.{n}."
    bucket = params.get(prefix + "OSSBucket", "")
    if not bucket:
        raise missing_parameter(prefix + "OSSBucket")
    key = params.get(prefix + "OSSObject", "")
    if not key:
        raise missing_parameter(prefix + "OSSObject")
    if key.startswith("/") or len(key.encode("utf-8")) > 1023:
        raise malformed("InvalidOSSObject.Malformed", "The specified OSS object is wrongly formed.")
    disk_format = params.get(prefix + "Format", "")
    if disk_format:
        disk_format = check_choice(
            disk_format,
            DISK_FORMATS,
            "InvalidImageFormat.Malformed",
            "The specified Image Format is wrongly formed.",
        )
    device = params.get(prefix + "Device", "")
    if device and not DEVICE_NAME.fullmatch(device):
        raise RpcError(
            403,
            "InvalidParameter.Malformed",
            'The specified parameter "DiskDeviceMapping.n.Device " is not valid.',
        )
    return DiskSpec(n, bucket, key, disk_format, _disk_size(params, n), device)


def _disk_size(params: dict[str, str], n: int) -> int | None:
    prefix = f"DiskDeviceMapping.{n}."
    raw = params.get(prefix + "DiskImageSize", "") or params.get(prefix + "DiskImSize", "")
    if not raw:
        return None
    low, high = DISK_SIZE_RANGE_GIB
    try:
        size = int(raw)
    except ValueError:
        size = -1
    if low <= size <= high:
        return size
    if n == 1:
        raise malformed(
            "InvalidImageSize",
            f"The specified DiskDeviceMapping.1.DiskImageSize should be in the range "
            f"[{low}, {high}] GiB.",
        )
    raise malformed(
        "InvalidDataDiskSize",
        "The specified DiskDeviceMapping.N.DiskImSize should be in the specified range.",
    )
