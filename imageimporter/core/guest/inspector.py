"""Guest inspection: from a :class:`DiskImage` to a :class:`GuestReport`.

Find the volumes, open the filesystems that can be read, find the root (a Linux ``/etc`` or a
Windows ``\\Windows\\System32``), mount ``/boot`` and ``/boot/efi`` from fstab, then read the
facts and run the checks. Whatever cannot be read becomes a ``could_not_read`` check with the
reason; inspection itself never raises for a damaged or hostile disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from imageimporter.core.disk.model import DiskImage
from imageimporter.core.guest.blocks import GuestDisk, GuestReadError
from imageimporter.core.guest.filesystems import Filesystem, NodeKind, open_filesystem
from imageimporter.core.guest.linux import inspect_linux, parse_fstab
from imageimporter.core.guest.model import Check, CheckStatus, GuestReport, could_not_read
from imageimporter.core.guest.tree import GuestTree
from imageimporter.core.guest.volumes import Content, Volume, find_volumes, volume_names
from imageimporter.core.guest.windows import inspect_windows, is_windows
from imageimporter.core.limits import BOOT_MODE_BIOS, BOOT_MODE_UEFI
from imageimporter.core.text import Text

_FILESYSTEMS: Final = frozenset(
    {Content.EXT, Content.XFS, Content.NTFS, Content.FAT, Content.BTRFS}
)
_ESP_TYPES: Final = frozenset({"c12a7328-f81f-11d2-ba4b-00a0c93ec93b", "0xef"})
_BIOS_BOOT: Final = "21686148-6449-6e6f-744e-656564454649"
_MOUNTED: Final = ("/boot", "/boot/efi", "/usr")


@dataclass
class _Opened:
    volume: Volume
    fs: Filesystem


def inspect_guest(disk: DiskImage) -> GuestReport:
    """What the operating system on ``disk`` is and whether it will boot on ECS."""
    guest_disk = GuestDisk(disk)
    checks: list[Check] = []
    volumes, problems = find_volumes(guest_disk)
    checks.extend(could_not_read(Text.of("the disk's volumes"), p) for p in problems)
    opened: list[_Opened] = []
    for volume in volumes:
        if volume.content not in _FILESYSTEMS:
            continue
        try:
            opened.append(_Opened(volume, open_filesystem(volume.region, volume.content)))
        except GuestReadError as exc:
            checks.append(
                could_not_read(
                    Text.of("{volume} ({content})", volume=volume.name, content=volume.content),
                    exc.reason,
                )
            )
    root = _find_root(opened, checks)
    esp_loader = any(_has_efi_loader(o) for o in opened if o.fs.kind == "vfat")
    bios = _bios_bootable(guest_disk, volumes)
    if root is None:
        checks.append(
            Check(
                "guest_os",
                CheckStatus.WARN,
                Text.of("No operating system was found on this disk (a data disk?)."),
            )
        )
        return GuestReport(boot_mode=_boot_mode(esp_loader, bios, None), checks=tuple(checks))
    tree = GuestTree(root.fs)
    if is_windows(tree):
        windows = inspect_windows(tree)
        return GuestReport(
            os_type="windows",
            distribution="windows",
            version=windows.version,
            product_name=windows.product_name,
            architecture=windows.architecture,
            boot_mode=_boot_mode(esp_loader, bios, windows.architecture),
            platform=windows.platform,
            root_filesystem=root.fs.kind,
            root_volume=root.volume.name,
            checks=(*checks, *windows.checks),
        )
    names = frozenset().union(*(volume_names(v) for v in volumes))
    _mount(tree, root, opened, checks)
    linux = inspect_linux(tree, names)
    return GuestReport(
        os_type="linux",
        distribution=linux.distribution,
        version=linux.version,
        product_name=linux.pretty_name,
        architecture=linux.architecture,
        boot_mode=_boot_mode(esp_loader, bios, linux.architecture),
        platform=linux.platform,
        root_filesystem=root.fs.kind,
        root_volume=root.volume.name,
        kernels=linux.kernels,
        nvme_support=linux.nvme_support,
        checks=(*checks, *linux.checks),
    )


def _find_root(opened: list[_Opened], checks: list[Check]) -> _Opened | None:
    best: tuple[int, _Opened] | None = None
    for candidate in opened:
        if candidate.fs.kind == "vfat":
            continue
        tree = GuestTree(candidate.fs)
        score = 0
        try:
            if tree.lstat("/etc/fstab") is not None or tree.lstat("/etc/os-release") is not None:
                score = 2
            elif tree.lstat("/etc") is not None or tree.lstat("/Windows/System32") is not None:
                score = 1
        except GuestReadError as exc:
            checks.append(could_not_read(candidate.volume.name, exc.reason))
            continue
        if score and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None


def _mount(tree: GuestTree, root: _Opened, opened: list[_Opened], checks: list[Check]) -> None:
    """Mount the volumes fstab puts on /boot, /boot/efi and /usr, found by UUID, LABEL or path."""
    try:
        node = tree.lookup("/etc/fstab")
        text = (
            ""
            if node is None or node.kind is not NodeKind.FILE
            else node.read(0, min(node.size, 1 << 20)).decode("utf-8", "replace")
        )
    except GuestReadError:
        return  # the fstab check reports it
    by_name = {
        name.casefold(): o for o in opened if o is not root for name in volume_names(o.volume)
    }
    for entry in parse_fstab(text):
        if entry.mount_point not in _MOUNTED:
            continue
        device = entry.device.replace('"', "")
        for prefix, key in (("/dev/disk/by-uuid/", "UUID="), ("/dev/disk/by-label/", "LABEL=")):
            if device.startswith(prefix):
                device = key + device[len(prefix) :]
        target = by_name.get(device.casefold())
        if target is not None:
            tree.mounts[entry.mount_point] = target.fs
        else:
            checks.append(
                could_not_read(
                    entry.mount_point,
                    Text.of("its volume {device} was not found on this disk", device=entry.device),
                )
            )


def _has_efi_loader(esp: _Opened) -> bool:
    """An ``.efi`` file in ``/EFI/VENDOR`` or one folder below (``/EFI/Microsoft/Boot``)."""
    tree = GuestTree(esp.fs)
    folders = [f"/EFI/{vendor}" for vendor in tree.list_dir("/EFI")]
    folders += [f"{folder}/{name}" for folder in folders for name in tree.list_dir(folder)]
    return any(
        name.casefold().endswith(".efi") for folder in folders for name in tree.list_dir(folder)
    )


def _bios_bootable(disk: GuestDisk, volumes: list[Volume]) -> bool:
    """Boot code in the MBR, or a BIOS boot partition for GRUB on GPT."""
    try:
        code = disk.read(0, 440)
    except GuestReadError:
        return False
    return any(code) or any(v.partition_type == _BIOS_BOOT for v in volumes)


def _boot_mode(esp_loader: bool, bios: bool, architecture: str | None) -> str | None:
    if esp_loader and (not bios or architecture == "arm64"):
        return BOOT_MODE_UEFI
    if bios:
        return BOOT_MODE_BIOS
    return None
