"""Which kernel modules an initramfs holds: cpio ``newc`` archives, one after another, the last
usually compressed (gzip, xz, lzma, zstd, lz4, bzip2), often after an uncompressed early
microcode archive. Read streaming, within fixed bounds of input, output and entries."""

from __future__ import annotations

import bz2
import lzma
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Final, cast

from imageimporter.core.guest.blocks import GuestReadError
from imageimporter.core.guest.filesystems import Node
from imageimporter.core.text import Text

MAX_INITRAMFS_SIZE: Final = 256 * 1024 * 1024
MAX_UNPACKED_SIZE: Final = 1024 * 1024 * 1024
_MAX_ENTRIES: Final = 200_000
_MAX_NAME: Final = 4096
_CHUNK: Final = 1024 * 1024
_CPIO_MAGICS: Final = (b"070701", b"070702")
_HEADER: Final = 110
_LZ4_LEGACY_BLOCK: Final = 8 * 1024 * 1024

Decoder = Callable[[Iterator[bytes]], Iterator[bytes]]


def module_names(node: Node) -> frozenset[str]:
    """The kernel modules in the initramfs ``node``, by name without ``.ko`` and compression
    suffix (``virtio_blk``); ``GuestReadError`` when it cannot be read within the bounds."""
    if node.size > MAX_INITRAMFS_SIZE:
        raise GuestReadError(
            Text.of("it is larger than {limit} MiB", limit=MAX_INITRAMFS_SIZE // (1024 * 1024))
        )
    names: set[str] = set()
    for path in _archive_paths(node):
        base = path.rsplit("/", 1)[-1]
        if ".ko" in base:
            names.add(base.split(".ko", 1)[0].replace("-", "_"))
    return frozenset(names)


def _archive_paths(node: Node) -> Iterator[str]:
    offset = 0
    entries = 0
    while offset < node.size:
        head = node.read(offset, 8)
        if head[:4] == b"\0\0\0\0":
            offset += 4  # padding between archives
            continue
        if head[:6] in _CPIO_MAGICS:
            # An uncompressed archive (early microcode): walk its headers in place.
            stream = _Stream(_chunks(node, offset))
            for path in _cpio(stream):
                entries += 1
                _check_entries(entries)
                yield path
            offset += stream.consumed
            offset = (offset + 3) & ~3
            continue
        decoder = _decoder(head)
        if decoder is None:
            raise GuestReadError(
                Text.of("it is neither a cpio archive nor compressed in a known way")
            )
        stream = _Stream(decoder(_chunks(node, offset)))
        while True:
            for path in _cpio(stream):
                entries += 1
                _check_entries(entries)
                yield path
            # Another archive may follow inside the same compressed stream.
            if not stream.skip_zeros():
                return


def _check_entries(entries: int) -> None:
    if entries > _MAX_ENTRIES:
        raise GuestReadError(Text.of("it holds more than {limit} files", limit=_MAX_ENTRIES))


def _chunks(node: Node, offset: int) -> Iterator[bytes]:
    while offset < node.size:
        data = node.read(offset, min(_CHUNK, node.size - offset))
        if not data:
            return
        offset += len(data)
        yield data


class _Stream:
    """Bytes from a chunk iterator, read and skipped in order, with a bound on the total."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._position = 0
        self.consumed = 0

    def _available(self) -> int:
        return len(self._buffer) - self._position

    def _fill(self, size: int) -> bool:
        if self._available() >= size:
            return True
        parts = [self._buffer[self._position :]]
        have = len(parts[0])
        while have < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            parts.append(chunk)
            have += len(chunk)
        self._buffer, self._position = b"".join(parts), 0
        return have >= size

    def read(self, size: int) -> bytes:
        if not self._fill(size):
            raise GuestReadError(Text.of("it ends in the middle of a file"))
        data = self._buffer[self._position : self._position + size]
        self._position += size
        self._advance(size)
        return data

    def skip(self, size: int) -> None:
        while size > 0:
            if not self._available() and not self._fill(1):
                raise GuestReadError(Text.of("it ends in the middle of a file"))
            step = min(size, self._available())
            self._position += step
            self._advance(step)
            size -= step

    def skip_zeros(self) -> bool:
        """Skip padding; True when more data follows."""
        while self._fill(1):
            start = self._position
            while self._position < len(self._buffer) and self._buffer[self._position] == 0:
                self._position += 1
            self._advance(self._position - start)
            if self._available():
                return True
        return False

    def _advance(self, size: int) -> None:
        self.consumed += size
        if self.consumed > MAX_UNPACKED_SIZE:
            raise GuestReadError(
                Text.of(
                    "it unpacks to more than {limit} MiB", limit=MAX_UNPACKED_SIZE // (1024 * 1024)
                )
            )


def _cpio(stream: _Stream) -> Iterator[str]:
    """The paths of one ``newc`` archive, up to its ``TRAILER!!!``."""
    while True:
        header = stream.read(_HEADER)
        if header[:6] not in _CPIO_MAGICS:
            raise GuestReadError(Text.of("a cpio header is damaged"))
        try:
            file_size = int(header[54:62], 16)
            name_size = int(header[94:102], 16)
        except ValueError as exc:
            raise GuestReadError(Text.of("a cpio header is damaged")) from exc
        if not 0 < name_size <= _MAX_NAME:
            raise GuestReadError(Text.of("a cpio header is damaged"))
        name = stream.read(name_size).rstrip(b"\0").decode("utf-8", errors="replace")
        stream.skip(-(_HEADER + name_size) % 4)
        if name == "TRAILER!!!":
            return
        stream.skip(file_size + (-file_size % 4))
        yield name


def _decoder(head: bytes) -> Decoder | None:
    if head[:2] == b"\x1f\x8b":
        return _gzip
    if head[:6] == b"\xfd7zXZ\0" or head[:3] == b"\x5d\0\0":
        return lambda chunks: _incremental(chunks, lzma.LZMADecompressor())
    if head[:3] == b"BZh":
        return lambda chunks: _incremental(chunks, bz2.BZ2Decompressor())
    if head[:4] == b"\x28\xb5\x2f\xfd":
        return _zstd
    if head[:4] == b"\x02\x21\x4c\x18":
        return _lz4_legacy
    if head[:4] == b"\x04\x22\x4d\x18":
        return _lz4_frame
    return None


def _gzip(chunks: Iterator[bytes]) -> Iterator[bytes]:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    for chunk in chunks:
        data = chunk
        while data and not decompressor.eof:
            try:
                out = decompressor.decompress(data, _CHUNK)
            except zlib.error as exc:
                raise GuestReadError(Text.of("its compressed data is damaged")) from exc
            if out:
                yield out
            data = decompressor.unconsumed_tail
        if decompressor.eof:
            return


def _incremental(
    chunks: Iterator[bytes], decompressor: lzma.LZMADecompressor | bz2.BZ2Decompressor
) -> Iterator[bytes]:
    """Decompress without ever holding more than a chunk of output at once."""
    for chunk in chunks:
        data = chunk
        while not decompressor.eof:
            try:
                out = decompressor.decompress(data, _CHUNK)
            except (lzma.LZMAError, OSError, EOFError, ValueError) as exc:
                raise GuestReadError(Text.of("its compressed data is damaged")) from exc
            data = b""
            if out:
                yield out
            elif decompressor.needs_input:
                break
        if decompressor.eof:
            return


def _zstd(chunks: Iterator[bytes]) -> Iterator[bytes]:
    try:
        import zstandard
    except ImportError as exc:
        raise GuestReadError(Text.of("the zstd decompressor is not installed")) from exc
    # stream_reader bounds each read's output (a decompressobj would not); it only calls read().
    source = cast(IO[bytes], _IteratorFile(chunks))
    reader = zstandard.ZstdDecompressor().stream_reader(source, read_across_frames=True)
    while True:
        try:
            out = reader.read(_CHUNK)
        except zstandard.ZstdError as exc:
            raise GuestReadError(Text.of("its compressed data is damaged")) from exc
        if not out:
            return
        yield out


def _lz4_legacy(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The kernel's ``lz4 -l`` format: a magic, then blocks of (length, data), each at most
    8 MiB unpacked; a magic again may start a new stream."""
    import lz4.block

    stream = _Stream(chunks)
    stream.read(4)
    while stream.skip_zeros():
        length = int.from_bytes(stream.read(4), "little")
        if length == 0x184C2102:
            continue
        if length > _LZ4_LEGACY_BLOCK * 2:
            raise GuestReadError(Text.of("its compressed data is damaged"))
        try:
            yield lz4.block.decompress(stream.read(length), uncompressed_size=_LZ4_LEGACY_BLOCK)
        except lz4.block.LZ4BlockError as exc:
            raise GuestReadError(Text.of("its compressed data is damaged")) from exc


def _lz4_frame(chunks: Iterator[bytes]) -> Iterator[bytes]:
    import lz4.frame

    decompressor = lz4.frame.LZ4FrameDecompressor()
    for chunk in chunks:
        data = chunk
        while True:
            try:
                out = decompressor.decompress(data, max_length=_CHUNK)
            except RuntimeError as exc:
                raise GuestReadError(Text.of("its compressed data is damaged")) from exc
            if out:
                yield out
            if not out or decompressor.eof:
                break
            data = b""
        if decompressor.eof:
            return


class _IteratorFile:
    """A ``read(n)`` object over a chunk iterator, for stream decompressors that want one."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        if size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data
