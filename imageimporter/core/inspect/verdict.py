"""From facts to a verdict for ECS, with problems and hints in plain words.

Pure functions: the facts (what the file is) come in, the verdict, the problems (what is
wrong) and the hints (what to do) come out. Every message names the file's real situation and
the command that fixes it.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field

from imageimporter.core import limits
from imageimporter.core.inspect.detect import ARCHIVE_FORMATS, DISK_FORMATS, FOREIGN_DISK_FORMATS
from imageimporter.core.inspect.model import (
    ContainerFacts,
    Hint,
    PartitionTable,
    Problem,
    Severity,
    Verdict,
)
from imageimporter.core.inspect.vmdk import ESX_SUBFORMATS
from imageimporter.core.text import Text

# What ECS takes as it is: format -> DiskDeviceMapping.N.Format.
IMPORT_FORMATS: dict[str, str] = {
    "raw": limits.IMPORT_FORMAT_RAW,
    "qcow2": limits.IMPORT_FORMAT_QCOW2,
    "vhd": limits.IMPORT_FORMAT_VHD,
}
# qemu-img's driver name for each format (-f), so it never has to guess (it takes a fixed VHD
# for raw when guessing).
QEMU_DRIVERS: dict[str, str] = {
    "raw": "raw",
    "qcow2": "qcow2",
    "qcow": "qcow",
    "qed": "qed",
    "vhd": "vpc",
    "vhdx": "vhdx",
    "vmdk": "vmdk",
    "vdi": "vdi",
    "parallels": "parallels",
    "luks": "luks",
    "dmg": "dmg",
}
# What the app's own readers read and convert to QCOW2 while uploading (issue 10).
APP_CONVERTS = frozenset({"raw", "qcow2", "qcow", "qed", "vhd", "vhdx", "vmdk", "vdi", "parallels"})
FORMAT_NAMES: dict[str, str] = {
    "raw": Text.of("raw disk"),
    "qcow2": Text.of("QCOW2 image"),
    "qcow": Text.of("legacy QCOW (version 1) image"),
    "qed": Text.of("QED image"),
    "vhd": Text.of("VHD"),
    "vhdx": Text.of("VHDX (Hyper-V) disk"),
    "vmdk": Text.of("VMDK (VMware) disk"),
    "vdi": Text.of("VDI (VirtualBox) disk"),
    "parallels": Text.of("Parallels disk"),
    "luks": Text.of("LUKS-encrypted disk"),
    "ewf": Text.of("EnCase/Expert Witness (E01) evidence file"),
    "dmg": Text.of("Apple disk image (DMG)"),
    "asif": Text.of("Apple sparse disk image (ASIF)"),
}
UNPACK_COMMANDS: dict[str, str] = {
    "gzip": "gunzip -k {path}",
    "xz": "xz -dk {path}",
    "bzip2": "bunzip2 -k {path}",
    "zstd": "zstd -d {path}",
    "zip": "unzip {path}",
    "tar": "tar -xf {path}",
    "ova": "tar -xf {path}",
}
_SEVERITY_VERDICT = {
    Severity.WARNING: Verdict.ACCEPT,
    Severity.NEEDS_CONVERSION: Verdict.CONVERT,
    Severity.NEEDS_UNPACKING: Verdict.UNPACK,
    Severity.FATAL: Verdict.REJECT,
}
_VERDICT_ORDER = (Verdict.ACCEPT, Verdict.CONVERT, Verdict.UNPACK, Verdict.REJECT)


@dataclass(frozen=True)
class Sizing:
    min_disk_image_size_gib: int | None
    fits_system_disk: bool | None
    fits_data_disk: bool | None


@dataclass
class Decision:
    verdict: Verdict
    import_format: str | None
    problems: list[Problem] = field(default_factory=list)
    hints: list[Hint] = field(default_factory=list)


def sizing(virtual_size: int | None) -> Sizing:
    if virtual_size is None:
        return Sizing(None, None, None)
    gib = limits.min_disk_image_size_gib(virtual_size)
    return Sizing(gib, limits.fits_system_disk(gib), limits.fits_data_disk(gib))


def converted_name(path: str) -> str:
    """Where the convert hint writes: next to the original, never over it."""
    stem, extension = os.path.splitext(path)
    if extension.lower() == ".qcow2":
        stem += "-converted"
    return stem + ".qcow2"


def convert_command(path: str, fmt: str, extra: str = "") -> str:
    driver = QEMU_DRIVERS.get(fmt, fmt)
    return (
        f"qemu-img convert -p -f {driver}{extra} -O qcow2 {shlex.quote(path)} "
        f"{shlex.quote(converted_name(path))}"
    )


def conversion_advice(facts: ContainerFacts, path: str) -> str:
    """How a disk that ECS cannot take as it is becomes one it can: the one place saying it.

    The app converts every disk its readers read to QCOW2 while uploading (issue 10), so
    qemu-img is named only for what they cannot read: encrypted disks, a data file kept
    outside the image, and formats they do not know.
    """
    fmt = facts.format
    if fmt == "ewf":
        return Text.of(
            "Export the raw disk from the evidence file with libewf's ewfexport (Debian and "
            "Ubuntu package ewf-tools): `ewfexport -u -f raw -t {target} {path}` writes "
            "{target}.raw, a raw disk to import.",
            target=shlex.quote(os.path.splitext(path)[0]),
            path=shlex.quote(path),
        )
    if fmt == "dmg":
        return Text.of(
            "Convert it to a disk the app reads: `{convert_command}` (a DMG compressed with bzip2 "
            "or LZFSE needs qemu's extra block modules, package qemu-block-extra on Debian and "
            "Ubuntu).",
            convert_command=convert_command(path, fmt),
        )
    if fmt == "asif":
        return Text.of(
            "On a Mac with macOS 26 or later, attach it without mounting: `diskutil image "
            "attach --noMount {path}`, then copy the device it names to a raw disk: `dd "
            "if=/dev/rdiskN of=disk.img bs=4m`, and import disk.img.",
            path=shlex.quote(path),
        )
    if fmt == "vmdk" and facts.subformat in ESX_SUBFORMATS:
        return Text.of(
            "Export the virtual machine from vSphere or ESXi as OVF/OVA (its disks come out "
            "as streamOptimized VMDK, which the app converts), or on the ESXi host clone the "
            "disk with its snapshots merged: `vmkfstools -i {name} -d thin whole.vmdk`, and "
            "copy whole.vmdk with its whole-flat.vmdk.",
            name=shlex.quote(os.path.basename(path)),
        )
    if facts.encrypted:
        driver = QEMU_DRIVERS.get(fmt, fmt)
        secret_option = "key-secret" if fmt == "luks" else "encrypt.key-secret"
        return Text.of(
            "Write a decrypted copy, giving the passphrase in a file: qemu-img convert -p "
            "--object secret,id=sec0,file=PASSPHRASE_FILE --image-opts "
            "driver={driver},file.filename={path},{secret_option}=sec0 -O qcow2 "
            "{converted_name}",
            driver=driver,
            path=shlex.quote(path),
            secret_option=secret_option,
            converted_name=shlex.quote(converted_name(path)),
        )
    if fmt in APP_CONVERTS and facts.external_data_file is None:
        if facts.backing_file is not None:
            return Text.of(
                "The app reads it together with {backing_file!r} and converts the whole disk to "
                "QCOW2 while uploading; nothing to do first.",
                backing_file=facts.backing_file,
            )
        return Text.of("The app converts it to QCOW2 while uploading; nothing to do first.")
    return Text.of(
        "Convert it first: {convert_command}", convert_command=convert_command(path, fmt)
    )


def decide(
    facts: ContainerFacts,
    path: str,
    table: PartitionTable | None,
    backing_file_exists: bool | None,
    raw_content: str | None,
    *,
    volume: str | None = None,
) -> Decision:
    """The verdict for ``facts`` (problems already found by the parsers are kept).

    ``volume`` names the file system filling a disk that has no partition table.
    """
    problems = list(facts.problems)
    hints = list(facts.hints)
    fmt = facts.format
    name = FORMAT_NAMES.get(fmt, fmt)

    if fmt == "empty":
        problems.append(Problem("empty_file", Text.of("The file is empty (0 bytes).")))
        hints.append(
            Hint(
                "check_copy",
                Text.of("Choose the disk image itself, and check that its copy finished."),
            )
        )
    elif fmt == "unknown":
        problems.append(
            Problem(
                "unknown_format",
                Text.of(
                    "This is not a disk image: no known image format, partition table or file "
                    "system was found in it.",
                ),
            )
        )
        hints.append(
            Hint(
                "export_disk",
                Text.of("Export the disk from your virtualization software as QCOW2, VHD or RAW."),
            )
        )
    elif fmt == "iso9660":
        problems.append(
            Problem(
                "installation_media",
                Text.of("This is a CD/DVD image (ISO 9660), an installation medium, not a disk."),
            )
        )
        hints.append(
            Hint(
                "install_first",
                Text.of(
                    "Install the system from it into a virtual machine, then import that "
                    "machine's disk.",
                ),
            )
        )
    elif fmt in ARCHIVE_FORMATS:
        _archive(facts, path, problems, hints)
    elif fmt in FOREIGN_DISK_FORMATS:
        problems.append(
            Problem(
                "format_not_readable",
                Text.of(
                    "This is a disk image, an {name}: a format that neither ECS nor this app "
                    "reads.",
                    name=name,
                ),
            )
        )
        if fmt == "dmg":
            problems.append(
                Problem(
                    "dmg_content",
                    Text.of(
                        "A DMG usually holds Mac software or files, rarely a disk an ECS "
                        "instance can boot; import it only if it is a copy of such a disk.",
                    ),
                    Severity.WARNING,
                )
            )
        hints.append(Hint("convert", conversion_advice(facts, path)))
    elif fmt in DISK_FORMATS:
        _disk(
            facts,
            path,
            name,
            table=table,
            backing_file_exists=backing_file_exists,
            raw_content=raw_content,
            volume=volume,
            problems=problems,
            hints=hints,
        )

    worst = Verdict.ACCEPT if fmt in IMPORT_FORMATS else Verdict.CONVERT
    if fmt not in DISK_FORMATS:
        worst = Verdict.UNPACK if fmt in ARCHIVE_FORMATS else Verdict.REJECT
    for problem in problems:
        candidate = _SEVERITY_VERDICT[problem.severity]
        if _VERDICT_ORDER.index(candidate) > _VERDICT_ORDER.index(worst):
            worst = candidate
    import_format = IMPORT_FORMATS.get(fmt) if worst is Verdict.ACCEPT else None
    if import_format is not None:
        size = sizing(facts.virtual_size)
        hints.insert(
            0,
            Hint(
                "import_as",
                Text.of(
                    "It can be imported as it is, as a {import_format} disk with a disk size "
                    "of {min_disk_image_size_gib} GiB or more.",
                    import_format=import_format,
                    min_disk_image_size_gib=size.min_disk_image_size_gib,
                ),
            ),
        )
    # Only a format change needs the generic convert command; shrinking is its own hint.
    needs_format_change = any(
        p.severity is Severity.NEEDS_CONVERSION and p.code != "too_large" for p in problems
    )
    if (
        worst is Verdict.CONVERT
        and fmt in DISK_FORMATS
        and needs_format_change
        and not any(h.code in ("convert", "import_extent") for h in hints)
    ):
        hints.append(Hint("convert", conversion_advice(facts, path)))
    return Decision(worst, import_format, problems, hints)


def _archive(facts: ContainerFacts, path: str, problems: list[Problem], hints: list[Hint]) -> None:
    fmt = facts.format
    inside = facts.inner_format
    disks = [m for m in facts.members if m.format in DISK_FORMATS]
    if fmt == "ova":
        what = Text.of("an OVA appliance (a tar archive with an OVF descriptor and its disks)")
    elif inside == "vhd" and facts.inner_subformat == "fixed":
        what = Text.of("a {format} archive holding a fixed VHD", format=fmt)
    elif inside:
        what = Text.of(
            "a {format} archive holding {inner}", format=fmt, inner=FORMAT_NAMES.get(inside, inside)
        )
    else:
        what = Text.of("a {format} archive", format=fmt)
    problems.append(
        Problem(
            "archive",
            Text.of(
                "This is {what}; ECS imports the disk, not the archive.",
                what=what,
            ),
            Severity.NEEDS_UNPACKING,
        )
    )
    command = UNPACK_COMMANDS[fmt].format(path=shlex.quote(path))
    if disks:
        listed = ", ".join(
            f"{m.name} ({FORMAT_NAMES.get(m.format or '', m.format)})" for m in disks
        )
        hints.append(
            Hint(
                "unpack",
                Text.of(
                    "Unpack it with `{command}`, then inspect {listed}.",
                    command=command,
                    listed=listed,
                ),
            )
        )
        foreign = [m for m in disks if m.format not in IMPORT_FORMATS]
        if foreign:
            member = foreign[0]
            hints.append(
                Hint(
                    "convert_after_unpack",
                    Text.of(
                        "{name} is not in a format ECS takes; once unpacked: {advice}",
                        name=member.name,
                        advice=conversion_advice(
                            ContainerFacts(format=member.format or "raw"), member.name
                        ),
                    ),
                )
            )
    else:
        hints.append(
            Hint(
                "unpack",
                Text.of(
                    "Unpack it with `{command}`, then inspect what comes out.",
                    command=command,
                ),
            )
        )
    if facts.members and not disks and not any(m.format in ARCHIVE_FORMATS for m in facts.members):
        problems.append(
            Problem(
                "no_disk_inside",
                Text.of("None of the files in this archive is a disk image."),
            )
        )


def _disk(
    facts: ContainerFacts,
    path: str,
    name: str,
    *,
    table: PartitionTable | None,
    backing_file_exists: bool | None,
    raw_content: str | None,
    volume: str | None,
    problems: list[Problem],
    hints: list[Hint],
) -> None:
    fmt = facts.format
    if fmt not in IMPORT_FORMATS:
        message = Text.of("ECS imports RAW, VHD and QCOW2 disks; this is a {name}.", name=name)
        if fmt == "vmdk":
            message = Text.of(
                "ECS imports RAW, VHD and QCOW2 disks; this is a {name}. (VMDK import is an "
                "invitational preview, not available everywhere.)",
                name=name,
            )
        problems.append(Problem("format_not_accepted", message, Severity.NEEDS_CONVERSION))
    if fmt == "vmdk" and facts.data_file and not facts.backing_file and "," not in facts.data_file:
        extent = os.path.join(os.path.dirname(path), facts.data_file)
        refused = any(problem.code == "unsafe_extent" for problem in problems)
        if os.path.isfile(extent) and not refused:
            hints.append(
                Hint(
                    "import_extent",
                    Text.of(
                        "This file only describes the disk; its data is in {data_file}, a raw "
                        "disk: import {extent} as a RAW disk, no conversion needed.",
                        data_file=facts.data_file,
                        extent=shlex.quote(extent),
                    ),
                )
            )
    codes = {problem.code for problem in problems}
    if "vmdk_extent" in codes:
        hints.append(_descriptor_hint(facts, path))
    if "esx_vmdk" in codes:
        hints.append(Hint("convert", conversion_advice(facts, path)))
    if "descriptor_only" in codes and facts.data_file:
        hints.append(
            Hint(
                "use_data_file",
                Text.of(
                    "Inspect and import {data_file} instead; the app converts it while uploading.",
                    data_file=shlex.quote(os.path.join(os.path.dirname(path), facts.data_file)),
                ),
            )
        )
        if "parallels_snapshots" in codes:
            hints.append(
                Hint(
                    "merge_snapshots",
                    Text.of(
                        "Delete the snapshots in Parallels Desktop first (that merges them into "
                        "the disk), so that the one .hds file left holds the whole disk.",
                    ),
                )
            )
    if "log_not_replayed" in codes:
        hints.append(
            Hint(
                "replay_log",
                Text.of(
                    "Replay the log, which writes the changes into the file (work on a copy to "
                    "keep the original as it is): `qemu-img check -r all {path}` (or attach the "
                    "disk once in Hyper-V). Then inspect it again.",
                    path=shlex.quote(path),
                ),
            )
        )
    if facts.backing_file is not None:
        if backing_file_exists is False:
            problems.append(
                Problem(
                    "missing_backing_file",
                    Text.of(
                        "This disk holds only the changes made on top of {backing_file!r}, and "
                        "that file is not there.",
                        backing_file=facts.backing_file,
                    ),
                )
            )
            hints.append(
                Hint(
                    "restore_backing_file",
                    Text.of(
                        "Put {backing_file!r} back where the disk expects it (its name is "
                        "relative to this file's folder). {advice}",
                        backing_file=facts.backing_file,
                        advice=conversion_advice(facts, path),
                    ),
                )
            )
        else:
            problems.append(
                Problem(
                    "backing_file",
                    Text.of(
                        "This disk holds only the changes made on top of {backing_file!r}; ECS "
                        "needs the whole disk in one file.",
                        backing_file=facts.backing_file,
                    ),
                    Severity.NEEDS_CONVERSION,
                )
            )
            hints.append(Hint("convert", conversion_advice(facts, path)))
        if fmt == "vhd" and facts.subformat == "differencing":
            hints.append(
                Hint(
                    "not_qemu_img",
                    Text.of(
                        "Do not convert it with qemu-img: it ignores a differencing VHD's parent "
                        "and would write only the changes, an incomplete disk.",
                    ),
                )
            )
    if facts.encrypted:
        problems.append(
            Problem(
                "encrypted",
                Text.of("The disk is encrypted; ECS cannot read an encrypted image."),
                Severity.NEEDS_CONVERSION,
            )
        )
        hints.append(Hint("convert", conversion_advice(facts, path)))
    _qcow2_features(facts, path, problems, hints)
    if facts.snapshots:
        hints.append(
            Hint(
                "snapshots",
                Text.of(
                    "The image has {snapshots} internal snapshot(s); only the current state is "
                    "imported.",
                    snapshots=facts.snapshots,
                ),
            )
        )
    if fmt == "raw" and facts.virtual_size is not None and facts.virtual_size % 512:
        problems.append(
            Problem(
                "unaligned_size",
                Text.of(
                    "The file's size ({virtual_size} bytes) is not a whole number of 512-byte "
                    "sectors: it may be cut short.",
                    virtual_size=facts.virtual_size,
                ),
                Severity.NEEDS_CONVERSION,
            )
        )
    if raw_content == "blank (all zeros)":
        problems.append(
            Problem(
                "blank_disk",
                Text.of(
                    "The start of the disk is all zeros: no partition table or file system there. "
                    "Fine for an empty data disk, not for a system disk.",
                ),
                Severity.WARNING,
            )
        )
    if volume is not None:
        _volume_without_partition_table(volume, problems, hints)
    if table is not None:
        problems.extend(
            p if p.code != "gpt_beyond_end" else Problem(p.code, p.message, Severity.WARNING)
            for p in table.problems
        )
        if (
            table.kind == "gpt"
            and table.has_efi_system_partition
            and (not table.has_bios_boot_partition)
        ):
            hints.append(
                Hint(
                    "boot_mode",
                    Text.of("The disk boots with UEFI: import it with UEFI as the boot mode."),
                )
            )
    _size(facts, problems, hints)


def _descriptor_hint(facts: ContainerFacts, path: str) -> Hint:
    if facts.described_by is None:
        return Hint(
            "use_descriptor",
            Text.of(
                "Inspect and import the descriptor that lists this file instead: the small "
                "text .vmdk file that came with it (usually named without the -s001 or -f001 "
                "part), with all its extents next to it.",
            ),
        )
    return Hint(
        "use_descriptor",
        Text.of(
            "Inspect and import {descriptor} instead: it is the descriptor that lists this file "
            "among the disk's extents.",
            descriptor=shlex.quote(os.path.join(os.path.dirname(path), facts.described_by)),
        ),
    )


def _volume_without_partition_table(
    volume: str, problems: list[Problem], hints: list[Hint]
) -> None:
    problems.append(
        Problem(
            "no_partition_table",
            Text.of(
                "The disk is a single {volume} file system without a partition table (an image "
                "of one volume, not of a whole disk). ECS needs a whole disk with a partition "
                "table to boot a system disk; as a data disk it is fine.",
                volume=volume,
            ),
            Severity.WARNING,
        )
    )
    hints.append(
        Hint(
            "whole_disk",
            Text.of(
                "For a system disk, image the whole disk (partition table, boot partition and "
                "this volume) instead of the volume alone; for a data disk, import it as it is.",
            ),
        )
    )


def _qcow2_features(
    facts: ContainerFacts, path: str, problems: list[Problem], hints: list[Hint]
) -> None:
    features = set(facts.incompatible_features)
    quoted = shlex.quote(path)
    if "corrupt" in features:
        problems.append(
            Problem("marked_corrupt", Text.of("QEMU marked this image as corrupt."), Severity.FATAL)
        )
        hints.append(
            Hint(
                "repair",
                Text.of(
                    "Try to repair it: qemu-img check -r all {quoted}",
                    quoted=quoted,
                ),
            )
        )
    if "dirty" in features:
        problems.append(
            Problem(
                "needs_check",
                Text.of("The image was not closed cleanly; its reference counts must be repaired."),
                Severity.NEEDS_CONVERSION,
            )
        )
        hints.append(
            Hint(
                "repair",
                Text.of(
                    "Repair it: qemu-img check -r all {quoted}",
                    quoted=quoted,
                ),
            )
        )
    if facts.external_data_file is not None:
        problems.append(
            Problem(
                "external_data_file",
                Text.of(
                    "The image keeps its data in another file ({external_data_file!r}).",
                    external_data_file=facts.external_data_file,
                ),
                Severity.NEEDS_CONVERSION,
            )
        )
    if facts.format == "qcow2" and facts.compression_type == "zstd":
        problems.append(
            Problem(
                "zstd_compression",
                Text.of(
                    "The image is compressed with zstd, which older QEMU versions cannot read."
                ),
                Severity.NEEDS_CONVERSION,
            )
        )
    if "extended_l2" in features:
        problems.append(
            Problem(
                "extended_l2",
                Text.of(
                    "The image uses extended L2 entries (QEMU 5.2 and later), which older QEMU "
                    "versions cannot read.",
                ),
                Severity.NEEDS_CONVERSION,
            )
        )
    unknown = sorted(f for f in features if f.startswith("bit"))
    if unknown:
        problems.append(
            Problem(
                "unknown_features",
                Text.of(
                    "The image uses features unknown here ({unknown}).",
                    unknown=", ".join(unknown),
                ),
                Severity.NEEDS_CONVERSION,
            )
        )


def _size(facts: ContainerFacts, problems: list[Problem], hints: list[Hint]) -> None:
    size = facts.virtual_size
    if size is None:
        return
    if size == 0:
        problems.append(Problem("zero_size", Text.of("The disk's size is 0 bytes.")))
        return
    gib = limits.min_disk_image_size_gib(size)
    if gib > limits.DATA_DISK_MAX_GIB:
        problems.append(
            Problem(
                "too_large",
                Text.of(
                    "The disk is {gib} GiB; ImportImage takes at most {system_disk_max_gib} GiB "
                    "for a system disk and {data_disk_max_gib} GiB for a data disk.",
                    gib=gib,
                    system_disk_max_gib=limits.SYSTEM_DISK_MAX_GIB,
                    data_disk_max_gib=limits.DATA_DISK_MAX_GIB,
                ),
                Severity.NEEDS_CONVERSION,
            )
        )
        hints.append(
            Hint(
                "shrink",
                Text.of(
                    "Shrink the file system and its partition inside the disk, then the disk "
                    "itself with qemu-img resize --shrink.",
                ),
            )
        )
    elif gib > limits.SYSTEM_DISK_MAX_GIB:
        hints.append(
            Hint(
                "data_disk_only",
                Text.of(
                    "At {gib} GiB the disk fits a data disk (up to {data_disk_max_gib} GiB) but "
                    "not a system disk (up to {system_disk_max_gib} GiB).",
                    gib=gib,
                    data_disk_max_gib=limits.DATA_DISK_MAX_GIB,
                    system_disk_max_gib=limits.SYSTEM_DISK_MAX_GIB,
                ),
            )
        )
