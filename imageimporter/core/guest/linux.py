"""A Linux guest: what it is (os-release and friends, ELF architecture, kernels) and whether
it will boot on ECS (virtio and NVMe drivers per kernel, how fstab and the boot loader name
disks, cloud-init, MAC-bound network configuration)."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from imageimporter.core.guest.blocks import GuestReadError
from imageimporter.core.guest.initramfs import module_names
from imageimporter.core.guest.model import Check, CheckStatus, could_not_read
from imageimporter.core.guest.tree import GuestTree
from imageimporter.core.text import Text

# Configuration files are small; anything larger is not what it claims to be.
MAX_CONFIG_FILE: Final = 1024 * 1024
MAX_MODULE_LIST: Final = 16 * 1024 * 1024

# os-release ID -> ImportImage Platform (ImportImage.md's list and the current one).
_PLATFORMS: Final = {
    "ubuntu": "Ubuntu",
    "debian": "Debian",
    "centos": "CentOS",
    "rhel": "RedHat",
    "rocky": "Rocky Linux",
    "almalinux": "AlmaLinux",
    "alinux": "Aliyun",
    "anolis": "Anolis",
    "opensuse": "OpenSUSE",
    "opensuse-leap": "OpenSUSE",
    "opensuse-tumbleweed": "OpenSUSE",
    "sles": "SUSE",
    "sled": "SUSE",
    "sles_sap": "SUSE",
    "fedora": "Fedora",
    "coreos": "CoreOS",
    "gentoo": "Gentoo",
    "kylin": "Kylin",
    "uos": "UOS",
    "freebsd": "FreeBSD",
}
_ELF_MACHINES: Final = {0x3E: "x86_64", 0xB7: "arm64", 0x03: "i386"}
_ARCH_PROBES: Final = (
    "/bin/sh",
    "/sbin/init",
    "/usr/bin/bash",
    "/bin/bash",
    "/usr/lib/systemd/systemd",
)
_KERNEL_NAME = re.compile(r"^(?:vmlinuz|vmlinux|Image|kernel)-(.+)$")
_KERNEL_DISK = re.compile(r"^/dev/(?:sd|hd|xvd)[a-z]+\d*$")
_VIRTIO_BOOT: Final = ("virtio_blk", "virtio_pci")


@dataclass(frozen=True)
class LinuxFacts:
    distribution: str | None
    version: str | None
    pretty_name: str | None
    platform: str
    architecture: str | None
    kernels: tuple[str, ...]
    nvme_support: bool
    checks: tuple[Check, ...]


def inspect_linux(tree: GuestTree, volume_names: frozenset[str]) -> LinuxFacts:
    checks: list[Check] = []
    release = _release(tree, checks)
    distribution = release.get("ID")
    platform = _platform(release)
    kernels = _kernels(tree)
    driver_checks, nvme_support = _driver_checks(tree, kernels, distribution or "", checks)
    checks.extend(driver_checks)
    checks.extend(_disk_name_checks(tree, volume_names, checks))
    checks.append(_cloud_init_check(tree, distribution or ""))
    checks.extend(_mac_checks(tree))
    checks.append(_dhcp_check(tree))
    checks.append(_rtc_check(tree))
    return LinuxFacts(
        distribution=distribution,
        version=release.get("VERSION_ID"),
        pretty_name=release.get("PRETTY_NAME") or release.get("NAME"),
        platform=platform,
        architecture=_architecture(tree, checks),
        kernels=kernels,
        nvme_support=nvme_support,
        checks=tuple(checks),
    )


def _read_text(
    tree: GuestTree, path: str, checks: list[Check], limit: int = MAX_CONFIG_FILE
) -> str | None:
    """The file's text; None when it does not exist; a could-not-read check otherwise."""
    try:
        if tree.lstat(path) is None:
            return None
        return tree.read_file(path, limit).decode("utf-8", errors="replace")
    except GuestReadError as exc:
        checks.append(could_not_read(path, exc.reason))
        return None


def parse_os_release(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, raw = line.partition("=")
        try:
            parts = shlex.split(raw)
        except ValueError:
            parts = [raw.strip("\"'")]
        values[key.strip()] = parts[0] if parts else ""
    return values


_RELEASE_FILES: Final = (
    ("/etc/redhat-release", None),
    ("/etc/centos-release", "centos"),
    ("/etc/SuSE-release", "sles"),
    ("/etc/debian_version", "debian"),
)


def _release(tree: GuestTree, checks: list[Check]) -> dict[str, str]:
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        text = _read_text(tree, path, checks)
        if text is not None:
            release = parse_os_release(text)
            if release.get("ID"):
                return release
    # Older systems: one line such as "CentOS release 6.10 (Final)" or "11.7".
    for path, known_id in _RELEASE_FILES:
        text = _read_text(tree, path, checks)
        if text is None or not text.strip():
            continue
        first = text.strip().splitlines()[0]
        version = re.search(r"\d+(?:\.\d+)*", first)
        if known_id == "debian":
            return {
                "ID": "debian",
                "VERSION_ID": first.split(".")[0],
                "PRETTY_NAME": f"Debian {first}",
            }
        guessed = known_id or _id_from_name(first)
        return {
            "ID": guessed,
            "VERSION_ID": version.group(0) if version else "",
            "PRETTY_NAME": first,
        }
    return {}


def _id_from_name(name: str) -> str:
    lowered = name.lower()
    for marker, identifier in (
        ("centos", "centos"),
        ("red hat", "rhel"),
        ("rocky", "rocky"),
        ("alma", "almalinux"),
        ("alibaba", "alinux"),
        ("suse", "sles"),
        ("fedora", "fedora"),
    ):
        if marker in lowered:
            return identifier
    return lowered.split()[0] if lowered.split() else ""


def _platform(release: dict[str, str]) -> str:
    identifier = release.get("ID", "").lower()
    name = release.get("NAME", "").lower()
    if identifier == "centos" and "stream" in name:
        return "CentOS Stream"
    if identifier == "fedora" and release.get("VARIANT_ID", "").lower() == "coreos":
        return "Fedora CoreOS"
    if identifier in _PLATFORMS:
        return _PLATFORMS[identifier]
    return "Others Linux"


def elf_architecture(header: bytes) -> str | None:
    if len(header) < 20 or header[:4] != b"\x7fELF":
        return None
    machine = header[18:20]
    return _ELF_MACHINES.get(int.from_bytes(machine, "little" if header[5] == 1 else "big"))


def _architecture(tree: GuestTree, checks: list[Check]) -> str | None:
    for path in _ARCH_PROBES:
        try:
            node = tree.lookup(path)
        except GuestReadError as exc:
            checks.append(could_not_read(path, exc.reason))
            continue
        if node is not None:
            try:
                architecture = elf_architecture(node.read(0, 64))
            except GuestReadError:
                continue
            if architecture:
                return architecture
    return None


def _kernels(tree: GuestTree) -> tuple[str, ...]:
    versions = set(tree.list_dir("/lib/modules")) | set(tree.list_dir("/usr/lib/modules"))
    for name in tree.list_dir("/boot"):
        match = _KERNEL_NAME.match(name)
        if match:
            versions.add(match.group(1))
    return tuple(sorted(v for v in versions if not v.endswith((".old", ".hmac"))))


def _module_base(path: str) -> str:
    return path.rsplit("/", 1)[-1].split(".ko", 1)[0].replace("-", "_")


@dataclass(frozen=True)
class _KernelModules:
    builtin: frozenset[str]
    modules: frozenset[str]
    initramfs: frozenset[str] | None  # None: no initramfs, or it could not be read


def _modules_dir(tree: GuestTree, version: str) -> str | None:
    for base in ("/lib/modules", "/usr/lib/modules"):
        if tree.exists(f"{base}/{version}"):
            return f"{base}/{version}"
    return None


def _module_list(tree: GuestTree, path: str, checks: list[Check]) -> frozenset[str]:
    text = _read_text(tree, path, checks, MAX_MODULE_LIST) or ""
    return frozenset(
        _module_base(line.split(":", 1)[0].strip()) for line in text.splitlines() if ".ko" in line
    )


def _initramfs_path(tree: GuestTree, version: str) -> str | None:
    for name in (
        f"initrd.img-{version}",
        f"initramfs-{version}.img",
        f"initrd-{version}",
        f"initramfs-{version}",
    ):
        if tree.exists(f"/boot/{name}"):
            return f"/boot/{name}"
    return None


def _kernel_modules(tree: GuestTree, version: str, checks: list[Check]) -> _KernelModules:
    directory = _modules_dir(tree, version)
    builtin = (
        _module_list(tree, f"{directory}/modules.builtin", checks) if directory else frozenset()
    )
    modules = _module_list(tree, f"{directory}/modules.dep", checks) if directory else frozenset()
    initramfs: frozenset[str] | None = None
    path = _initramfs_path(tree, version)
    if path is not None:
        try:
            node = tree.lookup(path)
            if node is not None:
                initramfs = module_names(node)
        except GuestReadError as exc:
            checks.append(could_not_read(path, exc.reason))
    return _KernelModules(builtin, modules, initramfs)


def _rebuild_initramfs(distribution: str, version: str, drivers: Iterable[str]) -> str:
    names = " ".join(drivers)
    if distribution in ("ubuntu", "debian"):
        lines = "\\n".join(names.split())
        return (
            f"printf '{lines}\\n' >> /etc/initramfs-tools/modules"
            f" && update-initramfs -u -k {version}"
        )
    if distribution.startswith(("opensuse", "sles", "sled")):
        return (
            f"echo 'add_drivers+=\" {names} \"' > /etc/dracut.conf.d/virtio.conf"
            f" && dracut -f --kver {version}"
        )
    return f'dracut -f --add-drivers "{names}" /boot/initramfs-{version}.img {version}'


def _driver_checks(
    tree: GuestTree, kernels: tuple[str, ...], distribution: str, checks: list[Check]
) -> tuple[list[Check], bool]:
    result: list[Check] = []
    if not kernels:
        result.append(
            Check(
                "virtio_drivers",
                CheckStatus.WARN,
                Text.of("No installed kernel was found under /boot or /lib/modules."),
            )
        )
        return result, False
    nvme_everywhere = True
    for version in kernels:
        found = _kernel_modules(tree, version, checks)
        at_boot = found.builtin | (found.initramfs or frozenset())
        missing_boot = [d for d in _VIRTIO_BOOT if d not in at_boot]
        in_kernel = found.builtin | found.modules
        absent = [d for d in (*_VIRTIO_BOOT, "virtio_net") if d not in in_kernel]
        if absent and (found.builtin or found.modules):
            result.append(
                Check(
                    "virtio_drivers",
                    CheckStatus.FAIL,
                    Text.of(
                        "Kernel {version} has no {drivers} driver: it cannot find its disk or "
                        "network on ECS.",
                        version=version,
                        drivers=", ".join(absent),
                    ),
                    Text.of(
                        "Install a kernel built with virtio drivers (the distribution's standard "
                        "kernel has them)."
                    ),
                )
            )
        elif not found.builtin and not found.modules:
            result.append(
                Check(
                    "virtio_drivers",
                    CheckStatus.WARN,
                    Text.of(
                        "The module lists of kernel {version} could not be found.", version=version
                    ),
                )
            )
        elif missing_boot and found.initramfs is None:
            result.append(
                Check(
                    "virtio_drivers",
                    CheckStatus.WARN,
                    Text.of(
                        "Kernel {version} has {drivers} as modules, and its initramfs could not "
                        "be checked for them.",
                        version=version,
                        drivers=", ".join(missing_boot),
                    ),
                    _rebuild_initramfs(distribution, version, _VIRTIO_BOOT),
                )
            )
        elif missing_boot:
            result.append(
                Check(
                    "virtio_drivers",
                    CheckStatus.FAIL,
                    Text.of(
                        "The initramfs of kernel {version} lacks {drivers}: it will not find its "
                        "disk on ECS.",
                        version=version,
                        drivers=", ".join(missing_boot),
                    ),
                    _rebuild_initramfs(distribution, version, _VIRTIO_BOOT),
                )
            )
        else:
            result.append(
                Check(
                    "virtio_drivers",
                    CheckStatus.PASS,
                    Text.of(
                        "Kernel {version} has the virtio block, PCI and network drivers at boot.",
                        version=version,
                    ),
                )
            )
        if "nvme" in at_boot:
            result.append(
                Check(
                    "nvme_driver",
                    CheckStatus.PASS,
                    Text.of(
                        "Kernel {version} can boot from NVMe disks, so the image can say it "
                        "supports NVMe.",
                        version=version,
                    ),
                )
            )
        else:
            nvme_everywhere = False
            result.append(
                Check(
                    "nvme_driver",
                    CheckStatus.WARN,
                    Text.of(
                        "Kernel {version} cannot boot from NVMe disks: instance types with NVMe "
                        "system disks will not start.",
                        version=version,
                    ),
                    _rebuild_initramfs(distribution, version, ("nvme",))
                    if "nvme" in found.modules
                    else "",
                )
            )
    return result, nvme_everywhere


@dataclass(frozen=True)
class FstabEntry:
    device: str
    mount_point: str
    fs_type: str
    options: tuple[str, ...]


_VIRTUAL_FS: Final = frozenset(
    {
        "proc",
        "sysfs",
        "tmpfs",
        "devpts",
        "devtmpfs",
        "none",
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "cgroup",
        "cgroup2",
        "debugfs",
        "securityfs",
        "hugetlbfs",
        "mqueue",
        "fuse",
        "autofs",
        "9p",
    }
)


def parse_fstab(text: str) -> list[FstabEntry]:
    entries = []
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if len(fields) >= 3:
            options = tuple(fields[3].split(",")) if len(fields) > 3 else ("defaults",)
            entries.append(FstabEntry(fields[0], fields[1], fields[2], options))
    return entries


def _device_key(device: str) -> str:
    if device.startswith(("UUID=", "LABEL=", "PARTUUID=", "PARTLABEL=")):
        key, _, value = device.partition("=")
        return f"{key}={value.strip(chr(34))}".casefold()
    for prefix, key in (("/dev/disk/by-uuid/", "UUID="), ("/dev/disk/by-label/", "LABEL=")):
        if device.startswith(prefix):
            return (key + device[len(prefix) :]).casefold()
    return device.casefold()


def _disk_name_checks(
    tree: GuestTree, volume_names: frozenset[str], checks: list[Check]
) -> list[Check]:
    result: list[Check] = []
    known = frozenset(name.casefold() for name in volume_names)
    text = _read_text(tree, "/etc/fstab", checks)
    if text is None:
        result.append(
            Check("fstab_device_names", CheckStatus.WARN, Text.of("The guest has no /etc/fstab."))
        )
    else:
        entries = [
            e
            for e in parse_fstab(text)
            if e.fs_type not in _VIRTUAL_FS and e.device not in ("none",)
        ]
        by_kernel_name = [e for e in entries if _KERNEL_DISK.match(e.device)]
        if by_kernel_name:
            result.append(
                Check(
                    "fstab_device_names",
                    CheckStatus.FAIL,
                    Text.of(
                        "/etc/fstab mounts {devices} by kernel name: on ECS disks are /dev/vdX, "
                        "so the mount fails.",
                        devices=", ".join(e.device for e in by_kernel_name),
                    ),
                    Text.of(
                        "Replace each /dev/sdX or /dev/hdX in /etc/fstab with UUID=... from "
                        "`blkid`."
                    ),
                )
            )
        else:
            result.append(
                Check(
                    "fstab_device_names",
                    CheckStatus.PASS,
                    Text.of("/etc/fstab names disks by UUID, LABEL or volume."),
                )
            )
        missing = [
            e
            for e in entries
            if e.device.startswith(("UUID=", "LABEL=", "/dev/disk/by-uuid/", "/dev/disk/by-label/"))
            and _device_key(e.device) not in known
            and "nofail" not in e.options
            and "noauto" not in e.options
        ]
        if missing:
            result.append(
                Check(
                    "fstab_missing_disks",
                    CheckStatus.FAIL,
                    Text.of(
                        "/etc/fstab mounts {devices}, which is not on this disk, without nofail: "
                        "boot stops there.",
                        devices=", ".join(f"{e.device} ({e.mount_point})" for e in missing),
                    ),
                    Text.of(
                        "Add nofail to the options of those entries in /etc/fstab, or remove them."
                    ),
                )
            )
        else:
            result.append(
                Check(
                    "fstab_missing_disks",
                    CheckStatus.PASS,
                    Text.of("Every disk /etc/fstab needs at boot is on this disk."),
                )
            )
    result.append(_boot_loader_check(tree, checks))
    return result


_BOOT_CONFIGS: Final = (
    "/boot/grub/grub.cfg",
    "/boot/grub2/grub.cfg",
    "/boot/grub/menu.lst",
    "/boot/grub/grub.conf",
    "/etc/default/grub",
)
_ROOT_ARG = re.compile(r"(?:^|\s)root=(\S+)")


def _boot_loader_check(tree: GuestTree, checks: list[Check]) -> Check:
    roots: set[str] = set()
    found = False
    paths = list(_BOOT_CONFIGS) + [
        f"/boot/loader/entries/{n}" for n in tree.list_dir("/boot/loader/entries")
    ]
    for path in paths:
        text = _read_text(tree, path, checks)
        if text is None:
            continue
        found = True
        roots.update(m.group(1).strip("\"'") for m in _ROOT_ARG.finditer(text))
    if not found:
        return Check(
            "bootloader_root",
            CheckStatus.WARN,
            Text.of("No GRUB configuration was found, so the kernel's root= could not be checked."),
        )
    bad = sorted(r for r in roots if _KERNEL_DISK.match(r))
    if bad:
        return Check(
            "bootloader_root",
            CheckStatus.FAIL,
            Text.of(
                "The boot loader passes root={root}: on ECS the disk is /dev/vda, so the kernel "
                "will not find its root.",
                root=bad[0],
            ),
            Text.of(
                "Set root=UUID=... (from `blkid`) in /etc/default/grub, then run grub2-mkconfig "
                "or update-grub."
            ),
        )
    return Check(
        "bootloader_root",
        CheckStatus.PASS,
        Text.of("The boot loader names the root filesystem by UUID, LABEL or volume."),
    )


_AGENT_PATHS: Final = (
    "/usr/bin/cloud-init",
    "/etc/cloud/cloud.cfg",
    "/usr/sbin/aliyun-service",
    "/usr/local/share/aliyun-assist",
    "/usr/sbin/cloudbase-init",
)


def _cloud_init_check(tree: GuestTree, distribution: str) -> Check:
    for path in _AGENT_PATHS:
        if tree.exists(path):
            return Check(
                "cloud_init",
                CheckStatus.PASS,
                Text.of("cloud-init or the Alibaba Cloud agent is installed ({path}).", path=path),
            )
    install = {
        "ubuntu": "apt-get install -y cloud-init",
        "debian": "apt-get install -y cloud-init",
    }.get(
        distribution,
        "zypper install -y cloud-init"
        if distribution.startswith(("opensuse", "sles"))
        else "yum install -y cloud-init",
    )
    return Check(
        "cloud_init",
        CheckStatus.WARN,
        Text.of(
            "Neither cloud-init nor the Alibaba Cloud agent is installed: the host name, password "
            "and SSH keys set in ECS will not be applied."
        ),
        install,
    )


def _mac_checks(tree: GuestTree) -> list[Check]:
    bound: list[str] = []
    fixes: list[str] = []
    scratch: list[Check] = []
    rules = "/etc/udev/rules.d/70-persistent-net.rules"
    text = _read_text(tree, rules, scratch)
    if text and re.search(r"ATTR\{address\}==", text):
        bound.append(rules)
        fixes.append(f"rm {rules}")
    for directory, pattern, fix in (
        (
            "/etc/sysconfig/network-scripts",
            re.compile(r"^\s*(HWADDR|MACADDR)=", re.M),
            "sed -i '/^HWADDR=/d;/^MACADDR=/d' {path}",
        ),
        (
            "/etc/sysconfig/network",
            re.compile(r"^\s*(HWADDR|LLADDR)=", re.M),
            "sed -i '/^HWADDR=/d;/^LLADDR=/d' {path}",
        ),
        (
            "/etc/netplan",
            re.compile(r"^\s*macaddress:", re.M),
            "remove the match: macaddress: lines from {path}",
        ),
    ):
        for name in tree.list_dir(directory):
            if directory != "/etc/netplan" and not name.startswith(("ifcfg-",)):
                continue
            path = f"{directory}/{name}"
            content = _read_text(tree, path, scratch)
            if content and pattern.search(content):
                bound.append(path)
                fixes.append(fix.format(path=path))
    if bound:
        return [
            Check(
                "network_mac_binding",
                CheckStatus.WARN,
                Text.of(
                    "{files} ties the network to this machine's MAC address: the ECS network "
                    "interface will not be configured.",
                    files=", ".join(bound),
                ),
                " && ".join(fixes),
            )
        ]
    return [
        Check(
            "network_mac_binding",
            CheckStatus.PASS,
            Text.of("No network configuration is tied to a MAC address."),
        )
    ]


_STATIC_CONFIGS: Final = (
    (
        "/etc/sysconfig/network-scripts",
        "ifcfg-",
        re.compile(r"^\s*BOOTPROTO=[\"']?(static|none)", re.M | re.I),
    ),
    ("/etc/sysconfig/network", "ifcfg-", re.compile(r"^\s*BOOTPROTO=[\"']?static", re.M | re.I)),
    ("/etc/network", "interfaces", re.compile(r"^\s*iface\s+(?!lo\b)\S+\s+inet\s+static", re.M)),
    ("/etc/netplan", "", re.compile(r"^\s*dhcp4:\s*(false|no)\b", re.M)),
)


def _dhcp_check(tree: GuestTree) -> Check:
    """Alibaba Cloud assigns each interface its address by DHCP: a static one will not fit."""
    static: list[str] = []
    scratch: list[Check] = []
    for directory, prefix, pattern in _STATIC_CONFIGS:
        for name in tree.list_dir(directory):
            if not name.startswith(prefix) or name == "ifcfg-lo":
                continue
            path = f"{directory}/{name}"
            text = _read_text(tree, path, scratch)
            if text and pattern.search(text):
                static.append(path)
    if static:
        return Check(
            "network_dhcp",
            CheckStatus.WARN,
            Text.of(
                "{files} gives the network a static address: on ECS it must come from DHCP.",
                files=", ".join(static),
            ),
            Text.of(
                "Configure the primary interface with DHCP (BOOTPROTO=dhcp, inet dhcp or dhcp4: "
                "true)."
            ),
        )
    return Check(
        "network_dhcp", CheckStatus.PASS, Text.of("No network interface has a static address.")
    )


def _rtc_check(tree: GuestTree) -> Check:
    """ECS keeps the hardware clock in UTC; a guest reading it as local time starts skewed."""
    text = _read_text(tree, "/etc/adjtime", [])
    lines = (text or "").splitlines()
    if len(lines) >= 3 and lines[2].strip() == "LOCAL":
        return Check(
            "rtc_utc",
            CheckStatus.WARN,
            Text.of("The guest reads the hardware clock as local time; ECS keeps it in UTC."),
            "timedatectl set-local-rtc 0",
        )
    return Check("rtc_utc", CheckStatus.PASS, Text.of("The guest reads the hardware clock as UTC."))
