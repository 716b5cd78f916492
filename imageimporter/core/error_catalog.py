"""What each ECS, RAM and STS error code means for the user, and what fixes it.

Every code of ImportImage.md and api-notes.md has an entry. A code without one still shows its
code, the service's own message and the RequestId (``explain``), so nothing is ever hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from imageimporter.core.errors import AppError


class Remedy(StrEnum):
    """A fix the app can offer with a button, beyond words."""

    NONE = ""
    SETUP_ROLE = "setup-role"
    CHANGE_NAME = "change-name"
    CHECK_CREDENTIALS = "check-credentials"
    RETRY = "retry"


@dataclass(frozen=True)
class ErrorInfo:
    message: str
    action: str
    remedy: Remedy = Remedy.NONE
    transient: bool = False


CATALOG: dict[str, ErrorInfo] = {
    # ImportImage.md
    "MissingParameter": ErrorInfo(
        "A required value was not sent.", "Fill in every required field and try again."
    ),
    "MissingParameter.DiskDeviceMapping": ErrorInfo(
        "No disk was given for the image.", "Choose the system disk image."
    ),
    "InvalidImageName.Malformed": ErrorInfo(
        "The image name is not valid.",
        "Use 2 to 128 letters, digits, periods, colons, underscores or hyphens, starting with a "
        "letter.",
        Remedy.CHANGE_NAME,
    ),
    "InvalidOSSObject.Malformed": ErrorInfo(
        "The OSS object name is not valid.", "Use another object name for the disk."
    ),
    "InvalidDescription.Malformed": ErrorInfo(
        "The description is not valid.",
        "Use 2 to 256 characters that do not start with http:// or https://, or leave it empty.",
    ),
    "InvalidArchitecture.Malformed": ErrorInfo(
        "The architecture is not valid.", "Choose i386, x86_64 or arm64."
    ),
    "InvalidPlatform.Malformed": ErrorInfo(
        "The platform (OS distribution) is not valid.", "Choose a platform from the list."
    ),
    "InvalidOSType.Malformed": ErrorInfo("The OS type is not valid.", "Choose linux or windows."),
    "InvalidImageName.Duplicated": ErrorInfo(
        "An image with this name already exists in the region.",
        "Choose another name, or delete the existing image first.",
        Remedy.CHANGE_NAME,
    ),
    "InvalidImageSize": ErrorInfo(
        "The system disk size is not valid.",
        "Use 5 to 500 GiB, and at least the disk's virtual size.",
    ),
    "InvalidDataDiskSize": ErrorInfo(
        "A data disk size is not valid.",
        "Use 5 to 1000 GiB, and at least the disk's virtual size.",
    ),
    "InvalidImageFormat.Malformed": ErrorInfo(
        "The disk format is not one ECS accepts.",
        "Convert the disk to QCOW2, VHD or RAW (for example with qemu-img convert).",
    ),
    "InvalidRegionId.NotFound": ErrorInfo(
        "The region does not exist.", "Choose a region from the list."
    ),
    "InvalidRegion.NotSupport": ErrorInfo(
        "This region does not support importing images.",
        "Choose another region, with a bucket in that region.",
    ),
    "ImageIsImporting": ErrorInfo(
        "The image is still being imported and cannot be changed.",
        "Wait for the import to finish, or cancel its task first.",
    ),
    "QuotaExceed.Image": ErrorInfo(
        "The account has reached its custom image quota.",
        "Delete custom images you no longer need, or ask for a higher quota in the Quota Center.",
    ),
    "ImportImageFailed": ErrorInfo(
        "The import failed on the service side.",
        "Check that the disk boots and is in the declared format, then try again; contact "
        "Alibaba Cloud support with the RequestId if it keeps failing.",
    ),
    "UserNotInTheWhiteList": ErrorInfo(
        "This account is not allowed to import images.",
        "Ask Alibaba Cloud support to enable image import for the account.",
    ),
    "NoSetRoletoECSServiceAcount": ErrorInfo(
        "ECS is not yet allowed to read your OSS bucket.",
        "Set up the AliyunECSImageImportDefaultRole role (the app can do it for you); a new "
        "role can take a minute to become usable.",
        Remedy.SETUP_ROLE,
    ),
    "InvalidOSSBucket.NotFound": ErrorInfo(
        "The OSS bucket does not exist in this region.",
        "Upload to a bucket in the same region as the import, or change the region.",
    ),
    "InvalidParameter.Malformed": ErrorInfo(
        "A disk setting is not valid.", "Check the disk list (at most 16 data disks)."
    ),
    "InvalidOSSObject.NotFound": ErrorInfo(
        "The uploaded disk object was not found in the bucket.",
        "Upload the disk again (the app resumes where it stopped).",
    ),
    "InvalidLicenseType.NotSupported": ErrorInfo(
        "The license type is not valid.", "Choose Auto, Aliyun or BYOL."
    ),
    "InvalidLicenseType.BYOLOnly": ErrorInfo(
        "This platform can only bring its own license.", "Choose BYOL as the license type."
    ),
    # api-notes.md
    "InvalidOSSObject.Size": ErrorInfo(
        "The uploaded disk object is empty.", "Upload the disk file again; check it is not empty."
    ),
    "InvalidOSSObject.NeedRestore": ErrorInfo(
        "The disk object is in Archive storage and cannot be read directly.",
        "Restore the object in the OSS console, or upload it again as Standard storage.",
    ),
    "InvalidOSSBucket.EncryptUnsupported": ErrorInfo(
        "The bucket's encryption is not supported by image import.",
        "Use a bucket without KMS encryption, or with OSS-managed encryption.",
    ),
    "InvalidOSS.NotAuthorized": ErrorInfo(
        "ECS is not authorized to read the bucket.",
        "Set up the AliyunECSImageImportDefaultRole role and its policy.",
        Remedy.SETUP_ROLE,
    ),
    "UnsupportedSuffix.OSSObject": ErrorInfo(
        "The object name's suffix is not supported for import.",
        "Name the object with the disk format's suffix, such as .qcow2, .vhd or .raw.",
    ),
    "InvalidImageFormat.RegionNotSupport": ErrorInfo(
        "This disk format is not supported in the region.",
        "Convert the disk to QCOW2, VHD or RAW.",
    ),
    "InvalidImageFormat.RegionNotSupported": ErrorInfo(
        "This disk format is not supported in the region.",
        "Convert the disk to QCOW2, VHD or RAW.",
    ),
    "InvalidVHDImage.IncorrectSize": ErrorInfo(
        "The VHD file's size is not a whole number of MiB plus its footer.",
        "Convert it again with qemu-img convert -O vpc -o subformat=fixed,force_size.",
    ),
    "InvalidBootMode.Malformed": ErrorInfo("The boot mode is not valid.", "Choose BIOS or UEFI."),
    "InvalidBootMode.NotSupport": ErrorInfo(
        "This boot mode does not work with the architecture.", "arm64 images need UEFI."
    ),
    "InvalidArchitecture.PlatformUnsupported": ErrorInfo(
        "The platform is not available for this architecture.",
        "Choose another platform or architecture.",
    ),
    "InvalidOSSBucket.FlowLimit": ErrorInfo(
        "The bucket is being read too fast right now.",
        "Try again in a few minutes.",
        Remedy.RETRY,
        transient=True,
    ),
    "InvalidResourceGroup.NotFound": ErrorInfo(
        "The resource group does not exist.",
        "Copy the ID from the Resource Management console, or leave it empty.",
    ),
    "InvalidClientToken.Malformed": ErrorInfo(
        "The request token is not valid.", "This is a bug in the app; please report it."
    ),
    "TagKey.Duplication": ErrorInfo(
        "Two tags have the same key.", "Keys must differ, ignoring upper and lower case."
    ),
    "Account.Arrearage": ErrorInfo(
        "The account has an overdue payment.", "Top up the account, then try again."
    ),
    "InvalidAccountStatus.OSSDisabled": ErrorInfo(
        "OSS is not activated for the account.", "Activate OSS in the console, then try again."
    ),
    "ImageCheckUnsupported.WindowsImage": ErrorInfo(
        "The image check is not available for Windows images.", "Turn the image check off."
    ),
    # Credentials and signatures (every product)
    "InvalidAccessKeyId.NotFound": ErrorInfo(
        "The AccessKey ID is not known to Alibaba Cloud.",
        "Check the AccessKey ID in the profile, or create a new AccessKey in the RAM console.",
        Remedy.CHECK_CREDENTIALS,
    ),
    "InvalidAccessKeyId.Inactive": ErrorInfo(
        "The AccessKey is disabled.",
        "Enable it in the RAM console, or use another one.",
        Remedy.CHECK_CREDENTIALS,
    ),
    "SignatureDoesNotMatch": ErrorInfo(
        "The AccessKey Secret does not match the AccessKey ID.",
        "Enter the secret again (copy it without spaces).",
        Remedy.CHECK_CREDENTIALS,
    ),
    "InvalidSecurityToken.Expired": ErrorInfo(
        "The temporary (STS) credentials have expired.",
        "Get a new security token and update the profile.",
        Remedy.CHECK_CREDENTIALS,
    ),
    "InvalidSecurityToken.Malformed": ErrorInfo(
        "The security token is not valid.",
        "Copy the whole STS token again into the profile.",
        Remedy.CHECK_CREDENTIALS,
    ),
    "Forbidden.RAM": ErrorInfo(
        "This RAM user is not allowed to do this.",
        "Ask an administrator to grant the permission (AliyunECSFullAccess or a custom "
        "policy for ImportImage).",
    ),
    "NoPermission": ErrorInfo(
        "This account is not allowed to manage RAM roles.",
        "Ask an administrator to authorize ECS with the one-click link, or to create the role "
        "with the policy shown.",
    ),
    "EntityNotExist.Role": ErrorInfo(
        "The RAM role does not exist.", "Set up the role.", Remedy.SETUP_ROLE
    ),
    "Throttling": ErrorInfo(
        "Too many requests right now.", "The app retries by itself.", Remedy.RETRY, True
    ),
    "ServiceUnavailable": ErrorInfo(
        "The service is busy.", "The app retries by itself.", Remedy.RETRY, True
    ),
    "InternalError": ErrorInfo(
        "The service had an internal error.", "The app retries by itself.", Remedy.RETRY, True
    ),
}


class ServiceError(AppError):
    """An error answered by ECS, RAM or STS, with its words from the catalogue."""

    remedy: Remedy = Remedy.NONE
    service_message: str = ""


def explain(code: str, service_message: str = "", request_id: str = "") -> ServiceError:
    """The user-facing error for a service error code; unknown codes keep the service's words."""
    info = CATALOG.get(code)
    if info is None:
        error = ServiceError(
            service_message or "The service refused the request.",
            "If it keeps happening, contact Alibaba Cloud support with the code and RequestId.",
            code=code,
            request_id=request_id,
        )
    else:
        error = ServiceError(
            info.message, info.action, code=code, request_id=request_id, transient=info.transient
        )
        error.remedy = info.remedy
    error.service_message = service_message
    return error
