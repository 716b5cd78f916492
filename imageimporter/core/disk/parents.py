"""How a differencing VHD or VHDX finds its parent: by the names its header records, next to it,
then checked against the identity the child recorded (so a replaced parent is refused)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Collection, Sequence

from imageimporter.core.disk.model import DiskError, DiskImage
from imageimporter.core.disk.open import Chain, LayerFile, identity_of, shown
from imageimporter.core.text import Text


def parent_file_name(name: str, *, absolute: bool) -> str:
    """A recorded parent name as a name relative to the child's folder. A Windows path (either
    slash) cannot be opened here, so an absolute one is reduced to its file name."""
    name = name.replace("\\", "/")
    if absolute:
        return name.rsplit("/", 1)[-1]
    while name.startswith("./"):
        name = name[2:]
    return name


def open_recorded_parent(
    child: LayerFile,
    chain: Chain,
    fmt: str,
    *,
    names: Sequence[str],
    identities: Collection[uuid.UUID],
    identity_name: Text,
) -> DiskImage:
    """The first of ``names`` that exists next to ``child``, opened as a disk of format ``fmt``
    (as the readers spell it, "VHD"), whose identity is one of ``identities`` (what the
    child's header recorded, called ``identity_name`` for people)."""
    folder = os.path.dirname(child.path)
    existing = [name for name in names if os.path.lexists(os.path.join(folder, name))]
    if not existing:
        raise DiskError(
            Text.of(
                "The parent of the differencing {fmt} {path} ({name}) cannot be found next to it.",
                fmt=fmt,
                path=shown(child.path),
                name=shown(names[0]) if names else Text.of("not named"),
            ),
            Text.of("Put the parent disk next to the differencing disk, under that name."),
        )
    parent = chain.open_parent(child, existing[0], fmt.lower())
    if identity_of(parent, fmt.lower()) not in identities:
        raise DiskError(
            Text.of(
                "The parent {name} of the differencing {fmt} {path} is not the disk it was made "
                "from (its {identity} differs): it was changed or replaced.",
                name=shown(existing[0]),
                fmt=fmt,
                path=shown(child.path),
                identity=identity_name,
            ),
            Text.of("Use the parent disk the differencing disk was made from."),
        )
    return parent
