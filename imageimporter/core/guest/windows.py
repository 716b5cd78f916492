"""A Windows guest: product, edition, version and build from the SOFTWARE hive, architecture
from the kernel's PE header, and whether the virtio storage and network drivers are installed
and start at boot (the SYSTEM hive's services)."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from typing import Final

from imageimporter.core.guest.blocks import GuestReadError
from imageimporter.core.guest.model import Check, CheckStatus, could_not_read
from imageimporter.core.guest.registry import Hive
from imageimporter.core.guest.tree import GuestTree
from imageimporter.core.text import Text

SOFTWARE_HIVE: Final = "/Windows/System32/config/SOFTWARE"
SYSTEM_HIVE: Final = "/Windows/System32/config/SYSTEM"
KERNEL: Final = "/Windows/System32/ntoskrnl.exe"
_PE_MACHINES: Final = {0x8664: "x86_64", 0xAA64: "arm64", 0x014C: "i386"}
_SERVER_PLATFORM = re.compile(r"Windows Server (2003|2008|2012|2016|2019|2022)")
_BOOT_START: Final = 0  # SERVICE_BOOT_START: loaded by the boot loader with the kernel
_STORAGE_SERVICES: Final = ("viostor", "vioscsi")
_VIRTIO_WIN: Final = Text.of(
    "Install the virtio-win drivers (virtio-win-gt-x64.msi) in the guest before exporting the disk."
)


@dataclass(frozen=True)
class WindowsFacts:
    version: str | None
    product_name: str | None
    platform: str | None
    architecture: str | None
    checks: tuple[Check, ...]


def is_windows(tree: GuestTree) -> bool:
    return tree.exists(SOFTWARE_HIVE) or tree.exists(KERNEL)


def pe_architecture(header: bytes) -> str | None:
    if len(header) < 64 or header[:2] != b"MZ":
        return None
    (pe_offset,) = struct.unpack_from("<I", header, 0x3C)
    if pe_offset + 6 > len(header) or header[pe_offset : pe_offset + 4] != b"PE\0\0":
        return None
    (machine,) = struct.unpack_from("<H", header, pe_offset + 4)
    return _PE_MACHINES.get(machine)


def _hive(tree: GuestTree, path: str, checks: list[Check]) -> Hive | None:
    try:
        node = tree.lookup(path)
        return None if node is None else Hive(node)
    except GuestReadError as exc:
        checks.append(could_not_read(path, exc.reason))
        return None


def inspect_windows(tree: GuestTree) -> WindowsFacts:
    checks: list[Check] = []
    version = product = platform = None
    software = _hive(tree, SOFTWARE_HIVE, checks)
    if software is not None:
        try:
            values = software.values("Microsoft\\Windows NT\\CurrentVersion") or {}
        except GuestReadError as exc:
            checks.append(could_not_read(SOFTWARE_HIVE, exc.reason))
            values = {}
        product = _text(values.get("productname"))
        edition = _text(values.get("editionid"))
        if product and edition and not _names_edition(product, edition):
            product = f"{product} ({edition})"
        major, minor = (
            values.get("currentmajorversionnumber"),
            values.get("currentminorversionnumber"),
        )
        number = (
            f"{major}.{minor}"
            if isinstance(major, int) and isinstance(minor, int)
            else _text(values.get("currentversion"))
        )
        build = _text(values.get("currentbuildnumber")) or _text(values.get("currentbuild"))
        display = _text(values.get("displayversion")) or _text(values.get("releaseid"))
        version = ".".join(p for p in (number, build) if p) or None
        if version and display:
            version = f"{version} ({display})"
        match = _SERVER_PLATFORM.search(product or "")
        platform = f"Windows Server {match.group(1)}" if match else None
    architecture = None
    try:
        kernel = tree.lookup(KERNEL)
        if kernel is not None:
            architecture = pe_architecture(kernel.read(0, 4096))
    except GuestReadError as exc:
        checks.append(could_not_read(KERNEL, exc.reason))
    checks.extend(_driver_checks(tree, checks))
    return WindowsFacts(version, product, platform, architecture, tuple(checks))


def _names_edition(product: str, edition: str) -> bool:
    """Whether the product name already says the edition ("Windows 10 Pro", "Professional")."""
    stem = edition.removeprefix("Server").casefold()[:3]
    return any(word.casefold().startswith(stem) for word in product.split())


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _driver_checks(tree: GuestTree, checks: list[Check]) -> list[Check]:
    system = _hive(tree, SYSTEM_HIVE, checks)
    if system is None:
        return [
            Check(
                "windows_virtio_storage",
                CheckStatus.WARN,
                Text.of(
                    "The SYSTEM hive could not be read, so the virtio drivers could not be checked."
                ),
            )
        ]
    try:
        select = system.values("Select") or {}
        current = select.get("current")
        control_set = f"ControlSet{current:03d}" if isinstance(current, int) else "ControlSet001"
        services = {
            name: system.values(f"{control_set}\\Services\\{name}")
            for name in (*_STORAGE_SERVICES, "netkvm")
        }
    except GuestReadError as exc:
        checks.append(could_not_read(SYSTEM_HIVE, exc.reason))
        return []
    result: list[Check] = []
    storage = {
        name: values
        for name, values in services.items()
        if name in _STORAGE_SERVICES and values is not None
    }
    at_boot = [name for name, values in storage.items() if values.get("start") == _BOOT_START]
    if at_boot:
        result.append(
            Check(
                "windows_virtio_storage",
                CheckStatus.PASS,
                Text.of("The virtio storage driver {name} starts at boot.", name=at_boot[0]),
            )
        )
    elif storage:
        name = next(iter(storage))
        result.append(
            Check(
                "windows_virtio_storage",
                CheckStatus.FAIL,
                Text.of(
                    "The virtio storage driver {name} is installed but does not start at boot: "
                    "Windows will stop with INACCESSIBLE_BOOT_DEVICE.",
                    name=name,
                ),
                f"reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\{name} /v Start /t REG_DWORD "
                f"/d 0 /f",
            )
        )
    else:
        result.append(
            Check(
                "windows_virtio_storage",
                CheckStatus.FAIL,
                Text.of(
                    "The virtio storage driver (viostor or vioscsi) is not installed: Windows "
                    "will not find its disk on ECS."
                ),
                _VIRTIO_WIN,
            )
        )
    if services.get("netkvm") is not None:
        result.append(
            Check(
                "windows_virtio_network",
                CheckStatus.PASS,
                Text.of("The virtio network driver netkvm is installed."),
            )
        )
    else:
        result.append(
            Check(
                "windows_virtio_network",
                CheckStatus.FAIL,
                Text.of(
                    "The virtio network driver netkvm is not installed: the instance will have no "
                    "network on ECS."
                ),
                _VIRTIO_WIN,
            )
        )
    return result
