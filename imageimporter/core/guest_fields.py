"""The ImportImage fields the system disk's guest answers, for a request that left them out.

Platform, OSType, Architecture and BootMode are facts of the disk; a request that does not give
them gets them from the guest inspection (``core.guest``), and what was chosen is said in one
sentence, so the user sees it before anything is sent. Fields the guest does not know keep the
request's defaults, and the sentence says so too.
"""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import replace

from imageimporter.core.guest import GuestReport, import_fields_from_guest, inspect_guest
from imageimporter.core.import_request import ImageRequest
from imageimporter.core.text import Text

# ImportImage's name of each field the guest can answer -> the ImageRequest attribute.
GUEST_FIELDS = {
    "Platform": "platform",
    "OSType": "os_type",
    "Architecture": "architecture",
    "BootMode": "boot_mode",
}


def read_guest(path: str | os.PathLike[str]) -> tuple[GuestReport | None, str]:
    """The guest on the disk at ``path``, or None and why it could not be read."""
    from imageimporter.core.disk.model import DiskError
    from imageimporter.core.disk.open import open_disk

    try:
        disk = open_disk(path)
    except DiskError as exc:
        return None, exc.message
    try:
        return inspect_guest(disk), ""
    finally:
        disk.close()


def fill_from_guest(
    request: ImageRequest, unset: Collection[str], guest: GuestReport | None, why: str = ""
) -> tuple[ImageRequest, str]:
    """``request`` with each field named in ``unset`` (ImportImage names) taken from the guest
    where it knows it, and the sentence that says what was chosen ("" when nothing was unset)."""
    wanted = [name for name in GUEST_FIELDS if name in unset]
    if not wanted:
        return request, ""
    known = import_fields_from_guest(guest) if guest is not None else {}
    chosen = {name: known[name] for name in wanted if name in known}
    request = replace(
        request,
        platform=chosen.get("Platform", request.platform),
        os_type=chosen.get("OSType", request.os_type),
        architecture=chosen.get("Architecture", request.architecture),
        boot_mode=chosen.get("BootMode", request.boot_mode),
    )
    sentences = []
    if chosen:
        sentences.append(
            Text.of(
                "From the guest ({guest}): {fields}.",
                guest=guest.summary if guest is not None else "",
                fields=", ".join(f"{name} {value}" for name, value in chosen.items()),
            )
        )
    defaults = [name for name in wanted if name not in chosen]
    from_partitions = Text.of("from the partition table")
    if defaults:
        values = ", ".join(
            f"{name} {getattr(request, GUEST_FIELDS[name]) or from_partitions}" for name in defaults
        )
        if guest is None:
            sentences.append(
                Text.of(
                    "The guest could not be read ({reason}); the defaults are used: {fields}.",
                    reason=why.rstrip(".") or Text.of("no operating system found"),
                    fields=values,
                )
            )
        else:
            sentences.append(
                Text.of(
                    "Not found on the guest, so the defaults are used: {fields}.", fields=values
                )
            )
    return request, Text.concat(" ", sentences)


def complete_from_guest(request: ImageRequest, unset: Collection[str]) -> tuple[ImageRequest, str]:
    """``fill_from_guest`` with the guest of the request's system disk, read only when a
    field is unset."""
    if not any(name in unset for name in GUEST_FIELDS):
        return request, ""
    guest, why = read_guest(request.system_disk)
    return fill_from_guest(request, unset, guest, why)
