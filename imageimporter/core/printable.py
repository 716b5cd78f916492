"""Make text taken from inside untrusted files safe to print on a terminal."""

from __future__ import annotations


def printable(text: str) -> str:
    """``text`` with control and other non-printable characters escaped (``\\x1b``, ``\\u200e``).

    Names read from image headers, descriptors and archives can carry terminal escape
    sequences or newlines that would rewrite or forge lines of the output.
    """
    return "".join(
        char if char.isprintable() else char.encode("unicode_escape").decode("ascii")
        for char in text
    )
