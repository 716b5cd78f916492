"""What the upload engine reads: a local file as it is, or a stream generated from a disk.

The engine never assumes a file. It asks an :class:`UploadSource` for its size (known before
the first byte is sent, so the part plan is made up front), for the bytes of any range (so
parts are produced in parallel and a resume skips confirmed parts without regenerating what
came before), for an identity to record in the checkpoint (the files read and, for a
generated stream, the conversion settings), and whether any input changed since it was opened.

A source's bytes are a pure function of its inputs and settings: the same identity always
gives the same bytes, which is what keeps the parts' CRC64s valid across runs.
"""

from __future__ import annotations

from typing import Any, Protocol


class UploadSource(Protocol):
    @property
    def name(self) -> str:
        """For people: the file name (and, for a stream, what it is converted to)."""
        ...

    @property
    def size(self) -> int:
        """The number of bytes the object will have."""
        ...

    @property
    def sequential_only(self) -> bool:
        """True when ranges must be read in increasing order (a compressed source)."""
        ...

    def identity(self) -> dict[str, Any]:
        """JSON-able, recorded in the checkpoint: ``kind`` (``file`` or ``qcow2-stream``), the
        input files' stamps and the settings. A different identity means other bytes."""
        ...

    def read_at(self, offset: int, length: int) -> bytes:
        """Exactly ``length`` bytes at ``offset`` (never past ``size``); safe from several
        threads at once. Raises ``AppError`` when an input cannot be read."""
        ...

    def changed(self) -> str | None:
        """How an input differs from when the source was opened, in words; None if unchanged."""
        ...

    def close(self) -> None: ...
