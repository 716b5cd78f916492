"""Paths inside the guest, resolved the way the guest would, but never beyond its own root.

Symbolic links are followed relative to the guest's root (an absolute target starts again from
the guest's ``/``); a link that loops, goes through too many hops, or climbs above the root is a
:class:`GuestReadError` with the reason, as is a file larger than what the caller will read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from imageimporter.core.guest.blocks import GuestReadError
from imageimporter.core.guest.filesystems import Filesystem, Node, NodeKind
from imageimporter.core.text import Text

# Linux gives up after 40 links in one lookup (ELOOP); so does the guest reader.
MAX_LINK_HOPS: Final = 40
_MAX_PATH_PARTS: Final = 256


@dataclass
class GuestTree:
    """One filesystem, or a root filesystem with others mounted on it (``/boot``, ``/boot/efi``)."""

    root_fs: Filesystem
    mounts: dict[str, Filesystem] = field(default_factory=dict)

    def lookup(self, path: str) -> Node | None:
        """The node at ``path`` after following every link; None when it does not exist."""
        return self._walk(path, follow_last=True)

    def lstat(self, path: str) -> Node | None:
        return self._walk(path, follow_last=False)

    def exists(self, path: str) -> bool:
        try:
            return self.lookup(path) is not None
        except GuestReadError:
            return False

    def read_file(self, path: str, limit: int) -> bytes:
        """The whole file at ``path``; ``GuestReadError`` when missing, not a file or over
        ``limit`` bytes."""
        node = self.lookup(path)
        if node is None:
            raise GuestReadError(Text.of("it does not exist"))
        if node.kind is not NodeKind.FILE:
            raise GuestReadError(Text.of("it is not a regular file"))
        if node.size > limit:
            raise GuestReadError(Text.of("it is larger than {limit} bytes", limit=limit))
        return node.read(0, node.size)

    def list_dir(self, path: str) -> list[str]:
        """The names in a directory; [] when it is missing or unreadable."""
        try:
            node = self.lookup(path)
        except GuestReadError:
            return []
        if node is None or node.kind is not NodeKind.DIRECTORY:
            return []
        try:
            return sorted(node.names())
        except GuestReadError:
            return []

    def _walk(self, path: str, *, follow_last: bool) -> Node | None:
        pending = _split(path)
        resolved: list[str] = []
        hops = 0
        node = self.root_fs.root()
        while pending:
            part = pending.pop(0)
            if part == "..":
                if not resolved:
                    raise GuestReadError(Text.of("a link points outside the guest's root"))
                resolved.pop()
                node = self._node_at(resolved)
                continue
            if node.kind is not NodeKind.DIRECTORY:
                return None
            mounted = self.mounts.get("/" + "/".join([*resolved, part]))
            child = mounted.root() if mounted is not None else node.child(part)
            if child is None:
                return None
            if child.kind is NodeKind.SYMLINK and (pending or follow_last):
                hops += 1
                if hops > MAX_LINK_HOPS:
                    raise GuestReadError(
                        Text.of("its links loop (more than {hops} hops)", hops=MAX_LINK_HOPS)
                    )
                target = child.link_target()
                if not target:
                    raise GuestReadError(Text.of("a link has no target"))
                if target.startswith("/"):
                    resolved = []
                    node = self.root_fs.root()
                pending = _split(target) + pending
                if len(pending) > _MAX_PATH_PARTS:
                    raise GuestReadError(Text.of("its links make the path too long"))
                continue
            resolved.append(part)
            node = child
        return node

    def _node_at(self, parts: Sequence[str]) -> Node:
        node = self.root_fs.root()
        for index, part in enumerate(parts):
            mounted = self.mounts.get("/" + "/".join(parts[: index + 1]))
            child = mounted.root() if mounted is not None else node.child(part)
            if child is None:
                raise GuestReadError(Text.of("a directory disappeared while reading it"))
            node = child
        return node


def _split(path: str) -> list[str]:
    return [part for part in path.split("/") if part not in ("", ".")]
