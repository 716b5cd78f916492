"""What guest inspection finds, as typed values, and the ImportImage fields it implies."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from imageimporter.core.text import Text


class CheckStatus(StrEnum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class Check:
    """One readiness check: will the guest boot and be reachable on ECS?"""

    id: str
    status: CheckStatus
    message: str  # one sentence
    fix: str = ""  # a command or step the user can run in the guest before exporting it

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "status": self.status.value,
            "message": self.message,
            "fix": self.fix,
        }


def could_not_read(path: str, reason: str) -> Check:
    """What part of the guest could not be read, and why: a warning, never an exception."""
    return Check(
        "could_not_read",
        CheckStatus.WARN,
        Text.of("Could not read {path}: {reason}.", path=path, reason=reason.rstrip(".")),
    )


@dataclass(frozen=True)
class GuestReport:
    os_type: str | None = None  # "linux", "windows"
    distribution: str | None = None  # os-release ID, or "windows"
    version: str | None = None
    product_name: str | None = None  # PRETTY_NAME, or the Windows product name and edition
    architecture: str | None = None  # "x86_64", "arm64", "i386"
    boot_mode: str | None = None  # "BIOS", "UEFI"
    platform: str | None = None  # the ImportImage Platform value
    root_filesystem: str | None = None  # "ext4", "xfs", "ntfs"...
    root_volume: str | None = None  # where it is: "partition 1", "vg0/root"
    kernels: tuple[str, ...] = ()
    nvme_support: bool = False  # every kernel can boot from NVMe: offer Features.NvmeSupport
    checks: tuple[Check, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, Any]:
        return {
            "os_type": self.os_type,
            "distribution": self.distribution,
            "version": self.version,
            "product_name": self.product_name,
            "architecture": self.architecture,
            "boot_mode": self.boot_mode,
            "platform": self.platform,
            "root_filesystem": self.root_filesystem,
            "kernels": list(self.kernels),
            "checks": [check.to_json() for check in self.checks],
        }

    @property
    def summary(self) -> str:
        """ "Ubuntu 22.04.4 LTS, x86_64, BIOS", or "" when nothing was recognised."""
        parts = [p for p in (self.product_name, self.architecture, self.boot_mode) if p]
        return ", ".join(parts)


def import_fields_from_guest(guest: GuestReport) -> dict[str, str]:
    """The ImportImage parameters the guest answers: ``Platform``, ``OSType``,
    ``Architecture``, ``BootMode`` (only those it knows), and ``Features.NvmeSupport`` when
    every installed kernel can boot from an NVMe disk."""
    fields: dict[str, str] = {}
    if guest.platform:
        fields["Platform"] = guest.platform
    if guest.os_type:
        fields["OSType"] = guest.os_type
    if guest.architecture:
        fields["Architecture"] = guest.architecture
    if guest.boot_mode:
        fields["BootMode"] = guest.boot_mode
    if guest.nvme_support:
        fields["Features.NvmeSupport"] = "supported"
    return fields
