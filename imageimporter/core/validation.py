"""The ImportImage rules, each written once as a pure function that returns field errors.

The sources are ImportImage.md (the reference the project was specified from) and api-notes.md
(what the current API adds). Where they differ, the app accepts what either documents: image
names may contain periods and start with a Chinese character (api-notes), Architecture may be
arm64 (api-notes), the Platform list is the union. Disk sizes keep ImportImage.md's ranges
(``core.limits``), which the current API also accepts.

Each error carries the API error code it prevents, so the CLI, the wizard and pre-flight can
show the same words, and tests can be tables of ``(input, expected message)``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from imageimporter.core import limits
from imageimporter.core.image_spec import DiskSpec, ImageSpec, Tag
from imageimporter.core.text import Text

ARCHITECTURES: tuple[str, ...] = ("i386", "x86_64", "arm64")
OS_TYPES: tuple[str, ...] = ("windows", "linux")
LICENSE_TYPES: tuple[str, ...] = ("Auto", "Aliyun", "BYOL")
NVME_SUPPORT_VALUES: tuple[str, ...] = ("supported", "unsupported")
IMDS_SUPPORT_VALUES: tuple[str, ...] = ("v1", "v2")
DETECTION_STRATEGIES: tuple[str, ...] = ("Standard",)
PLATFORMS: tuple[str, ...] = (
    # ImportImage.md
    "CentOS", "Ubuntu", "SUSE", "OpenSUSE", "Debian", "CoreOS", "Aliyun",
    "Windows Server 2003", "Windows Server 2008", "Windows Server 2012",
    "Others Linux", "Customized Linux",
    # api-notes.md
    "Anolis", "FreeBSD", "RedHat", "Kylin", "UOS", "Fedora", "Fedora CoreOS", "CentOS Stream",
    "AlmaLinux", "Rocky Linux", "Gentoo",
    "Windows Server 2016", "Windows Server 2019", "Windows Server 2022", "Other Windows",
)  # fmt: skip

IMAGE_NAME_MIN, IMAGE_NAME_MAX = 2, 128
DESCRIPTION_MIN, DESCRIPTION_MAX = 2, 256
TAG_MAX_COUNT = 20
TAG_KEY_MAX = TAG_VALUE_MAX = 128
CLIENT_TOKEN_MAX = 64
MAX_DISKS = limits.DISK_DEVICE_MAPPING_MAX_INDEX
OSS_OBJECT_MAX_BYTES = 1023

_HAN = "\u4e00-\u9fff"
_IMAGE_NAME_FIRST = re.compile(rf"^[A-Za-z{_HAN}]")
_IMAGE_NAME_CHARS = re.compile(rf"[A-Za-z0-9{_HAN}:_.\-]+")
_RESOURCE_GROUP = re.compile(r"rg-[A-Za-z0-9]{4,40}")
_BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")
_URL_PREFIXES = ("http://", "https://")


@dataclass(frozen=True)
class FieldError:
    """One problem with one field: ``field`` is the API parameter name (``Tag.3.Key``)."""

    field: str
    code: str
    message: str


def _starts_with_url(text: str) -> bool:
    return text.lower().startswith(_URL_PREFIXES)


def _contains_url(text: str) -> bool:
    lowered = text.lower()
    return any(prefix in lowered for prefix in _URL_PREFIXES)


# -- image fields -----------------------------------------------------------------------------
def validate_image_name(name: str, field: str = "ImageName") -> list[FieldError]:
    code = "InvalidImageName.Malformed"
    if not name:
        return [FieldError(field, "MissingParameter", Text.of("Enter a name for the image."))]
    if not IMAGE_NAME_MIN <= len(name) <= IMAGE_NAME_MAX:
        return [
            FieldError(
                field,
                code,
                Text.of(
                    "The name must be {image_name_min} to {image_name_max} characters long (it "
                    "has {length}).",
                    image_name_min=IMAGE_NAME_MIN,
                    image_name_max=IMAGE_NAME_MAX,
                    length=len(name),
                ),
            )
        ]
    if _starts_with_url(name):
        return [FieldError(field, code, Text.of("The name cannot start with http:// or https://."))]
    if name.lower().startswith(("acs:", "aliyun")):
        return [FieldError(field, code, Text.of('The name cannot start with "acs:" or "aliyun".'))]
    if not _IMAGE_NAME_FIRST.match(name):
        return [FieldError(field, code, Text.of("The name must start with a letter."))]
    if not _IMAGE_NAME_CHARS.fullmatch(name):
        bad = sorted({c for c in name if not _IMAGE_NAME_CHARS.fullmatch(c)})
        shown = " ".join(repr(c) for c in bad)
        return [
            FieldError(
                field,
                code,
                Text.of(
                    "The name can contain only letters, digits, periods (.), colons (:), "
                    "underscores (_) and hyphens (-); remove {shown}.",
                    shown=shown,
                ),
            )
        ]
    return []


def validate_description(text: str) -> list[FieldError]:
    field, code = "Description", "InvalidDescription.Malformed"
    if not text:
        return []  # optional
    if not DESCRIPTION_MIN <= len(text) <= DESCRIPTION_MAX:
        return [
            FieldError(
                field,
                code,
                Text.of(
                    "The description must be {description_min} to {description_max} characters "
                    "long (it has {length}), or left empty.",
                    description_min=DESCRIPTION_MIN,
                    description_max=DESCRIPTION_MAX,
                    length=len(text),
                ),
            )
        ]
    if _starts_with_url(text):
        return [
            FieldError(
                field, code, Text.of("The description cannot start with http:// or https://.")
            )
        ]
    return []


def _one_of(
    field: str, code: str, value: str, allowed: tuple[str, ...], what: str
) -> list[FieldError]:
    if value in allowed:
        return []
    return [
        FieldError(
            field,
            code,
            Text.of(
                "{what} must be one of: {allowed}.",
                what=what,
                allowed=", ".join(allowed),
            ),
        )
    ]


def validate_architecture(value: str) -> list[FieldError]:
    return _one_of(
        "Architecture",
        "InvalidArchitecture.Malformed",
        value,
        ARCHITECTURES,
        Text.of("The architecture"),
    )


def validate_os_type(value: str) -> list[FieldError]:
    return _one_of("OSType", "InvalidOSType.Malformed", value, OS_TYPES, Text.of("The OS type"))


def validate_platform(value: str) -> list[FieldError]:
    return _one_of(
        "Platform", "InvalidPlatform.Malformed", value, PLATFORMS, Text.of("The platform")
    )


def validate_license_type(value: str) -> list[FieldError]:
    return _one_of(
        "LicenseType",
        "InvalidLicenseType.NotSupported",
        value,
        LICENSE_TYPES,
        Text.of("The license type"),
    )


def validate_boot_mode(value: str, architecture: str) -> list[FieldError]:
    errors = _one_of(
        "BootMode", "InvalidBootMode.Malformed", value, limits.BOOT_MODES, Text.of("The boot mode")
    )
    if not errors and architecture == "arm64" and value != limits.BOOT_MODE_UEFI:
        errors.append(
            FieldError(
                "BootMode",
                "InvalidBootMode.NotSupport",
                Text.of("arm64 images boot only with UEFI: choose UEFI as the boot mode."),
            )
        )
    return errors


def validate_platform_matches_os(platform: str, os_type: str) -> list[FieldError]:
    """A Windows platform with a Linux OS type (or the reverse) is a mistake worth naming."""
    is_windows_platform = platform.startswith("Windows") or platform == "Other Windows"
    if platform not in PLATFORMS or os_type not in OS_TYPES:
        return []
    if is_windows_platform != (os_type == "windows"):
        return [
            FieldError(
                "Platform",
                "InvalidPlatform.Malformed",
                Text.of(
                    'The platform "{platform}" does not match the OS type "{os_type}".',
                    platform=platform,
                    os_type=os_type,
                ),
            )
        ]
    return []


def validate_tags(tags: tuple[Tag, ...] | list[Tag]) -> list[FieldError]:
    errors: list[FieldError] = []
    if len(tags) > TAG_MAX_COUNT:
        errors.append(
            FieldError(
                "Tag",
                "InvalidTagCount",
                Text.of(
                    "An image can have at most {tag_max_count} tags (there are {length}).",
                    tag_max_count=TAG_MAX_COUNT,
                    length=len(tags),
                ),
            )
        )
    seen: dict[str, int] = {}
    for index, tag in enumerate(tags, start=1):
        key_field, value_field = f"Tag.{index}.Key", f"Tag.{index}.Value"
        key, value = tag.key, tag.value
        if not key:
            errors.append(
                FieldError(
                    key_field, "InvalidTagKey.Malformed", Text.of("A tag key cannot be empty.")
                )
            )
        elif len(key) > TAG_KEY_MAX:
            errors.append(
                FieldError(
                    key_field,
                    "InvalidTagKey.Malformed",
                    Text.of(
                        "A tag key can be at most {tag_key_max} characters long (it has {length}).",
                        tag_key_max=TAG_KEY_MAX,
                        length=len(key),
                    ),
                )
            )
        elif key.lower().startswith(("acs:", "aliyun")):
            errors.append(
                FieldError(
                    key_field,
                    "InvalidTagKey.Malformed",
                    Text.of('A tag key cannot start with "acs:" or "aliyun".'),
                )
            )
        elif _contains_url(key):
            errors.append(
                FieldError(
                    key_field,
                    "InvalidTagKey.Malformed",
                    Text.of("A tag key cannot contain http:// or https://."),
                )
            )
        elif key.lower() in seen:
            errors.append(
                FieldError(
                    key_field,
                    "TagKey.Duplication",
                    Text.of(
                        'The tag key "{key}" is used twice (tag {first} and tag {index}; keys are '
                        "compared ignoring case).",
                        key=key,
                        first=seen[key.lower()],
                        index=index,
                    ),
                )
            )
        if key:
            seen.setdefault(key.lower(), index)
        if len(value) > TAG_VALUE_MAX:
            errors.append(
                FieldError(
                    value_field,
                    "InvalidTagValue.Malformed",
                    Text.of(
                        "A tag value can be at most {tag_value_max} characters long (it has "
                        "{length}).",
                        tag_value_max=TAG_VALUE_MAX,
                        length=len(value),
                    ),
                )
            )
        elif value.lower().startswith("acs:"):
            errors.append(
                FieldError(
                    value_field,
                    "InvalidTagValue.Malformed",
                    Text.of('A tag value cannot start with "acs:".'),
                )
            )
        elif _contains_url(value):
            errors.append(
                FieldError(
                    value_field,
                    "InvalidTagValue.Malformed",
                    Text.of("A tag value cannot contain http:// or https://."),
                )
            )
    return errors


def validate_resource_group_id(value: str) -> list[FieldError]:
    if not value or _RESOURCE_GROUP.fullmatch(value):
        return []
    return [
        FieldError(
            "ResourceGroupId",
            "InvalidResourceGroup.Malformed",
            Text.of(
                'A resource group ID looks like "rg-acfmxazb4ph6aiy"; copy it from the Resource '
                "Management console, or leave it empty for the default group.",
            ),
        )
    ]


def validate_client_token(value: str) -> list[FieldError]:
    if len(value) <= CLIENT_TOKEN_MAX and value.isascii():
        return []
    return [
        FieldError(
            "ClientToken",
            "InvalidClientToken.Malformed",
            Text.of(
                "The client token must be at most {client_token_max} ASCII characters.",
                client_token_max=CLIENT_TOKEN_MAX,
            ),
        )
    ]


def validate_features(nvme_support: str, imds_support: str) -> list[FieldError]:
    errors: list[FieldError] = []
    if nvme_support and nvme_support not in NVME_SUPPORT_VALUES:
        errors.append(
            FieldError(
                "Features.NvmeSupport",
                "InvalidParameter",
                Text.of("NVMe support must be supported or unsupported."),
            )
        )
    if imds_support and imds_support not in IMDS_SUPPORT_VALUES:
        errors.append(
            FieldError(
                "Features.ImdsSupport",
                "InvalidParameter",
                Text.of("IMDS support must be v1 or v2."),
            )
        )
    return errors


def validate_detection_strategy(value: str, os_type: str) -> list[FieldError]:
    if not value:
        return []
    if value not in DETECTION_STRATEGIES:
        return [
            FieldError(
                "DetectionStrategy",
                "InvalidParameter",
                Text.of("The image check can only be Standard."),
            )
        ]
    if os_type == "windows":
        return [
            FieldError(
                "DetectionStrategy",
                "ImageCheckUnsupported.WindowsImage",
                Text.of("The image check is not available for Windows images; turn it off."),
            )
        ]
    return []


# -- disks ------------------------------------------------------------------------------------
def validate_bucket_name(
    name: str, field: str = "DiskDeviceMapping.1.OSSBucket"
) -> list[FieldError]:
    if not name:
        return [
            FieldError(field, "MissingParameter", Text.of("Choose the OSS bucket for this disk."))
        ]
    if not _BUCKET_NAME.fullmatch(name) or "--" in name:
        return [
            FieldError(
                field,
                "InvalidOSSBucket.Malformed",
                Text.of(
                    "A bucket name has 3 to 63 lowercase letters, digits and hyphens, and starts "
                    "and ends with a letter or digit.",
                ),
            )
        ]
    return []


def validate_object_key(key: str, field: str = "DiskDeviceMapping.1.OSSObject") -> list[FieldError]:
    code = "InvalidOSSObject.Malformed"
    if not key:
        return [
            FieldError(
                field, "MissingParameter", Text.of("Enter the OSS object name for this disk.")
            )
        ]
    if len(key.encode("utf-8")) > OSS_OBJECT_MAX_BYTES:
        return [
            FieldError(
                field,
                code,
                Text.of(
                    "An object name can be at most {oss_object_max_bytes} bytes.",
                    oss_object_max_bytes=OSS_OBJECT_MAX_BYTES,
                ),
            )
        ]
    if key.startswith(("/", "\\")):
        return [FieldError(field, code, Text.of("An object name cannot start with / or \\."))]
    if any(ord(c) < 32 for c in key):
        return [
            FieldError(field, code, Text.of("An object name cannot contain control characters."))
        ]
    return []


def validate_disk_image_size(
    size_gib: int | None, index: int, virtual_size: int | None = None
) -> list[FieldError]:
    """DiskImageSize of disk ``index`` (1 is the system disk) against its range and content."""
    field = f"DiskDeviceMapping.{index}.DiskImageSize"
    is_system = index == 1
    if size_gib is None:
        return []  # the service measures the disk itself
    maximum = limits.SYSTEM_DISK_MAX_GIB if is_system else limits.DATA_DISK_MAX_GIB
    code = "InvalidImageSize" if is_system else "InvalidDataDiskSize"
    kind = Text.of("system disk") if is_system else Text.of("data disk")
    if not limits.DISK_IMAGE_SIZE_MIN_GIB <= size_gib <= maximum:
        return [
            FieldError(
                field,
                code,
                Text.of(
                    "A {kind} must be {disk_image_size_min_gib} to {maximum} GiB ({size_gib} GiB "
                    "was given).",
                    kind=kind,
                    disk_image_size_min_gib=limits.DISK_IMAGE_SIZE_MIN_GIB,
                    maximum=maximum,
                    size_gib=size_gib,
                ),
            )
        ]
    if virtual_size is not None:
        needed = limits.min_disk_image_size_gib(virtual_size)
        if size_gib < needed:
            return [
                FieldError(
                    field,
                    code,
                    Text.of(
                        "The disk holds {needed} GiB (its virtual size), more than the {size_gib} "
                        "GiB given: use at least {needed} GiB.",
                        needed=needed,
                        size_gib=size_gib,
                    ),
                )
            ]
    return []


def validate_disks(disks: tuple[DiskSpec, ...] | list[DiskSpec]) -> list[FieldError]:
    if not disks:
        return [
            FieldError(
                "DiskDeviceMapping",
                "MissingParameter.DiskDeviceMapping",
                Text.of("Choose the system disk image."),
            )
        ]
    errors: list[FieldError] = []
    if len(disks) > MAX_DISKS:
        errors.append(
            FieldError(
                "DiskDeviceMapping",
                "InvalidParameter.Malformed",
                Text.of(
                    "An image has one system disk and at most {max_data_disks} data disks "
                    "({data_disks} data disks were given).",
                    max_data_disks=MAX_DISKS - 1,
                    data_disks=len(disks) - 1,
                ),
            )
        )
    for index, disk in enumerate(disks, start=1):
        prefix = f"DiskDeviceMapping.{index}."
        errors += validate_bucket_name(disk.oss_bucket, prefix + "OSSBucket")
        errors += validate_object_key(disk.oss_object, prefix + "OSSObject")
        if disk.format is not None and disk.format not in limits.ACCEPTED_IMPORT_FORMATS:
            errors.append(
                FieldError(
                    prefix + "Format",
                    "InvalidImageFormat.Malformed",
                    Text.of(
                        "The disk format must be one of: {accepted_import_formats}.",
                        accepted_import_formats=", ".join(limits.ACCEPTED_IMPORT_FORMATS),
                    ),
                )
            )
        errors += validate_disk_image_size(disk.disk_image_size_gib, index, disk.virtual_size)
    return errors


def validate_region_id(value: str) -> list[FieldError]:
    if value:
        return []
    return [
        FieldError("RegionId", "MissingParameter", Text.of("Choose the region to import into."))
    ]


# -- everything at once -----------------------------------------------------------------------
def validate_image_spec(spec: ImageSpec) -> list[FieldError]:
    """Every field error of an ImportImage request, all at once, in the order of the form."""
    return [
        *validate_region_id(spec.region_id),
        *validate_image_name(spec.image_name),
        *validate_description(spec.description),
        *validate_architecture(spec.architecture),
        *validate_os_type(spec.os_type),
        *validate_platform(spec.platform),
        *validate_platform_matches_os(spec.platform, spec.os_type),
        *validate_license_type(spec.license_type),
        *validate_boot_mode(spec.boot_mode, spec.architecture),
        *validate_disks(spec.disks),
        *validate_tags(spec.tags),
        *validate_resource_group_id(spec.resource_group_id),
        *validate_features(spec.nvme_support, spec.imds_support),
        *validate_detection_strategy(spec.detection_strategy, spec.os_type),
        *validate_client_token(spec.client_token),
    ]


def errors_by_field(errors: list[FieldError]) -> dict[str, list[str]]:
    """Messages grouped by field, for showing each beside its input."""
    grouped: dict[str, list[str]] = {}
    for error in errors:
        grouped.setdefault(error.field, []).append(error.message)
    return grouped


def endpoint_url_problem(url: str) -> str | None:
    """Why an endpoint URL cannot be used, or None. A URL with a user name or password in it
    is refused: it would be stored in jobs and profiles and printed in messages, while
    credentials belong in the keyring or the environment."""
    parts = urlsplit(url.strip())
    _, at, host = parts.netloc.rpartition("@")
    if not at:
        return None
    return Text.of(
        "The endpoint URL contains a user name or password ({url}); the app never stores or "
        "prints credentials in URLs.",
        url=urlunsplit(parts._replace(netloc=host)),
    )
