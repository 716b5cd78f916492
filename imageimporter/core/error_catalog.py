"""What each ECS, RAM and STS error code means for the user, and what fixes it.

Every code of ImportImage.md and api-notes.md has an entry. A code without one still shows its
code, the service's own message and the RequestId (``explain``), so nothing is ever hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from imageimporter.core.errors import AppError
from imageimporter.core.text import Text


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
        Text.of("A required value was not sent."),
        Text.of("Fill in every required field and try again."),
    ),
    "MissingParameter.DiskDeviceMapping": ErrorInfo(
        Text.of("No disk was given for the image."), Text.of("Choose the system disk image.")
    ),
    "InvalidImageName.Malformed": ErrorInfo(
        Text.of("The image name is not valid."),
        Text.of(
            "Use 2 to 128 letters, digits, periods, colons, underscores or hyphens, starting with "
            "a letter.",
        ),
        Remedy.CHANGE_NAME,
    ),
    "InvalidOSSObject.Malformed": ErrorInfo(
        Text.of("The OSS object name is not valid."),
        Text.of("Use another object name for the disk."),
    ),
    "InvalidDescription.Malformed": ErrorInfo(
        Text.of("The description is not valid."),
        Text.of(
            "Use 2 to 256 characters that do not start with http:// or https://, or leave it "
            "empty.",
        ),
    ),
    "InvalidArchitecture.Malformed": ErrorInfo(
        Text.of("The architecture is not valid."), Text.of("Choose i386, x86_64 or arm64.")
    ),
    "InvalidPlatform.Malformed": ErrorInfo(
        Text.of("The platform (OS distribution) is not valid."),
        Text.of("Choose a platform from the list."),
    ),
    "InvalidOSType.Malformed": ErrorInfo(
        Text.of("The OS type is not valid."), Text.of("Choose linux or windows.")
    ),
    "InvalidImageName.Duplicated": ErrorInfo(
        Text.of("An image with this name already exists in the region."),
        Text.of("Choose another name, or delete the existing image first."),
        Remedy.CHANGE_NAME,
    ),
    "InvalidImageSize": ErrorInfo(
        Text.of("The system disk size is not valid."),
        Text.of("Use 5 to 2048 GiB, and at least the disk's virtual size."),
    ),
    "InvalidDataDiskSize": ErrorInfo(
        Text.of("A data disk size is not valid."),
        Text.of("Use 5 to 2048 GiB, and at least the disk's virtual size."),
    ),
    "InvalidImageFormat.Malformed": ErrorInfo(
        Text.of("The disk format is not one ECS accepts."),
        Text.of("Convert the disk to QCOW2, VHD or RAW (for example with qemu-img convert)."),
    ),
    "InvalidRegionId.NotFound": ErrorInfo(
        Text.of("The region does not exist."), Text.of("Choose a region from the list.")
    ),
    "InvalidRegion.NotSupport": ErrorInfo(
        Text.of("This region does not support importing images."),
        Text.of("Choose another region, with a bucket in that region."),
    ),
    "ImageIsImporting": ErrorInfo(
        Text.of("The image is still being imported and cannot be changed."),
        Text.of("Wait for the import to finish, or cancel its task first."),
    ),
    "QuotaExceed.Image": ErrorInfo(
        Text.of("The account has reached its custom image quota."),
        Text.of(
            "Delete custom images you no longer need, or ask for a higher quota in the Quota "
            "Center.",
        ),
    ),
    "ImportImageFailed": ErrorInfo(
        Text.of("The import failed on the service side."),
        Text.of(
            "Check that the disk boots and is in the declared format, then try again; contact "
            "Alibaba Cloud support with the RequestId if it keeps failing.",
        ),
    ),
    "UserNotInTheWhiteList": ErrorInfo(
        Text.of("This account is not allowed to import images."),
        Text.of("Ask Alibaba Cloud support to enable image import for the account."),
    ),
    "NoSetRoletoECSServiceAcount": ErrorInfo(
        Text.of("ECS is not yet allowed to read your OSS bucket."),
        Text.of(
            "Set up the AliyunECSImageImportDefaultRole role (the app can do it for you); a new "
            "role can take a minute to become usable.",
        ),
        Remedy.SETUP_ROLE,
    ),
    "InvalidOSSBucket.NotFound": ErrorInfo(
        Text.of("The OSS bucket does not exist in this region."),
        Text.of("Upload to a bucket in the same region as the import, or change the region."),
    ),
    "InvalidParameter.Malformed": ErrorInfo(
        Text.of("A disk setting is not valid."),
        Text.of("Check the disk list (at most 16 data disks)."),
    ),
    "InvalidOSSObject.NotFound": ErrorInfo(
        Text.of("The uploaded disk object was not found in the bucket."),
        Text.of("Upload the disk again (the app resumes where it stopped)."),
    ),
    "InvalidLicenseType.NotSupported": ErrorInfo(
        Text.of("The license type is not valid."), Text.of("Choose Auto, Aliyun or BYOL.")
    ),
    "InvalidLicenseType.BYOLOnly": ErrorInfo(
        Text.of("This platform can only bring its own license."),
        Text.of("Choose BYOL as the license type."),
    ),
    # api-notes.md
    "InvalidOSSObject.Size": ErrorInfo(
        Text.of("The uploaded disk object is empty."),
        Text.of("Upload the disk file again; check it is not empty."),
    ),
    "InvalidOSSObject.NeedRestore": ErrorInfo(
        Text.of("The disk object is in Archive storage and cannot be read directly."),
        Text.of("Restore the object in the OSS console, or upload it again as Standard storage."),
    ),
    "InvalidOSSBucket.EncryptUnsupported": ErrorInfo(
        Text.of("The bucket's encryption is not supported by image import."),
        Text.of("Use a bucket without KMS encryption, or with OSS-managed encryption."),
    ),
    "InvalidOSS.NotAuthorized": ErrorInfo(
        Text.of("ECS is not authorized to read the bucket."),
        Text.of("Set up the AliyunECSImageImportDefaultRole role and its policy."),
        Remedy.SETUP_ROLE,
    ),
    "UnsupportedSuffix.OSSObject": ErrorInfo(
        Text.of("The object name's suffix is not supported for import."),
        Text.of("Name the object with the disk format's suffix, such as .qcow2, .vhd or .raw."),
    ),
    "InvalidImageFormat.RegionNotSupport": ErrorInfo(
        Text.of("This disk format is not supported in the region."),
        Text.of("Convert the disk to QCOW2, VHD or RAW."),
    ),
    "InvalidImageFormat.RegionNotSupported": ErrorInfo(
        Text.of("This disk format is not supported in the region."),
        Text.of("Convert the disk to QCOW2, VHD or RAW."),
    ),
    # Task errors (DescribeTaskAttribute's OperationProgress.ErrorCode), not request errors.
    "InvalidImageFormat.NotMatch": ErrorInfo(
        Text.of("The uploaded file is not in the disk format given for it."),
        Text.of("Give the disk's real format, or leave the format for ECS to detect."),
    ),
    "InvalidImage.Corrupted": ErrorInfo(
        Text.of("ECS found the uploaded disk image damaged: its structure does not hold."),
        Text.of("Check the disk with qemu-img check, then upload it again."),
    ),
    "InvalidVHDImage.IncorrectSize": ErrorInfo(
        Text.of("The VHD file's size is not a whole number of MiB plus its footer."),
        Text.of("Convert it again with qemu-img convert -O vpc -o subformat=fixed,force_size."),
    ),
    "InvalidBootMode.Malformed": ErrorInfo(
        Text.of("The boot mode is not valid."), Text.of("Choose BIOS or UEFI.")
    ),
    "InvalidBootMode.NotSupport": ErrorInfo(
        Text.of("This boot mode does not work with the architecture."),
        Text.of("arm64 images need UEFI."),
    ),
    "InvalidArchitecture.PlatformUnsupported": ErrorInfo(
        Text.of("The platform is not available for this architecture."),
        Text.of("Choose another platform or architecture."),
    ),
    "InvalidOSSBucket.FlowLimit": ErrorInfo(
        Text.of("The bucket is being read too fast right now."),
        Text.of("Try again in a few minutes."),
        Remedy.RETRY,
        transient=True,
    ),
    "InvalidResourceGroup.NotFound": ErrorInfo(
        Text.of("The resource group does not exist."),
        Text.of("Copy the ID from the Resource Management console, or leave it empty."),
    ),
    "InvalidClientToken.Malformed": ErrorInfo(
        Text.of("The request token is not valid."),
        Text.of("This is a bug in the app; please report it."),
    ),
    "TagKey.Duplication": ErrorInfo(
        Text.of("Two tags have the same key."),
        Text.of("Keys must differ, ignoring upper and lower case."),
    ),
    "Account.Arrearage": ErrorInfo(
        Text.of("The account has an overdue payment."),
        Text.of("Top up the account, then try again."),
    ),
    "InvalidAccountStatus.OSSDisabled": ErrorInfo(
        Text.of("OSS is not activated for the account."),
        Text.of("Activate OSS in the console, then try again."),
    ),
    "ImageCheckUnsupported.WindowsImage": ErrorInfo(
        Text.of("The image check is not available for Windows images."),
        Text.of("Turn the image check off."),
    ),
    # Credentials and signatures (every product)
    "InvalidAccessKeyId.NotFound": ErrorInfo(
        Text.of("The AccessKey ID is not known to Alibaba Cloud."),
        Text.of(
            "Check the AccessKey ID in the profile, or create a new AccessKey in the RAM console.",
        ),
        Remedy.CHECK_CREDENTIALS,
    ),
    "InvalidAccessKeyId.Inactive": ErrorInfo(
        Text.of("The AccessKey is disabled."),
        Text.of("Enable it in the RAM console, or use another one."),
        Remedy.CHECK_CREDENTIALS,
    ),
    "SignatureDoesNotMatch": ErrorInfo(
        Text.of("The AccessKey Secret does not match the AccessKey ID."),
        Text.of("Enter the secret again (copy it without spaces)."),
        Remedy.CHECK_CREDENTIALS,
    ),
    "InvalidSecurityToken.Expired": ErrorInfo(
        Text.of("The temporary (STS) credentials have expired."),
        Text.of("Get a new security token and update the profile."),
        Remedy.CHECK_CREDENTIALS,
    ),
    "InvalidSecurityToken.Malformed": ErrorInfo(
        Text.of("The security token is not valid."),
        Text.of("Copy the whole STS token again into the profile."),
        Remedy.CHECK_CREDENTIALS,
    ),
    "Forbidden.RAM": ErrorInfo(
        Text.of("This RAM user is not allowed to do this."),
        Text.of(
            "Ask an administrator to grant the permission (AliyunECSFullAccess or a custom policy "
            "for ImportImage).",
        ),
    ),
    "NoPermission": ErrorInfo(
        Text.of("This account is not allowed to manage RAM roles."),
        Text.of(
            "Ask an administrator to authorize ECS with the one-click link, or to create the role "
            "with the policy shown.",
        ),
    ),
    "EntityNotExist.Role": ErrorInfo(
        Text.of("The RAM role does not exist."), Text.of("Set up the role."), Remedy.SETUP_ROLE
    ),
    "Throttling": ErrorInfo(
        Text.of("Too many requests right now."),
        Text.of("The app retries by itself."),
        Remedy.RETRY,
        True,
    ),
    "ServiceUnavailable": ErrorInfo(
        Text.of("The service is busy."), Text.of("The app retries by itself."), Remedy.RETRY, True
    ),
    "InternalError": ErrorInfo(
        Text.of("The service had an internal error."),
        Text.of("The app retries by itself."),
        Remedy.RETRY,
        True,
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
            service_message or Text.of("The service refused the request."),
            Text.of(
                "If it keeps happening, contact Alibaba Cloud support with the code and RequestId.",
            ),
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
