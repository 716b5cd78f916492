"""Compressed disks (``.gz``, ``.xz``, ``.bz2``, ``.zst``, ``.tar.gz``), read front to back.

What is inside is a RAW disk: a compressed QCOW2, VMDK, VHD or archive must be unpacked first
(its tables would need random access into the compressed stream). A ``.tar.gz`` (or a tar
inside any of these) holding one RAW disk is read the same way, from the member's offset.

Reads must come in increasing offsets (``sequential_only``); a read behind the last one starts
the decompressor over. Nothing is unpacked to disk and memory stays at one decompressor.

The virtual size must be known before the first byte is sent, and a stream does not always say
it:

- ``.xz``: the sum of the uncompressed sizes in each stream's index, read from the file's end.
- ``.zst``: the content sizes in the frame headers, walking the frames by their block headers
  (a few bytes read per 128 KiB block); a frame without a content size falls back to counting.
- ``.gz`` and ``.bz2``: gzip's ISIZE is the size modulo 4 GiB (and per member), bzip2 has
  nothing, so the stream is decompressed once to count its bytes when the disk is opened
  (xz and zstd streams that do not record their size too).

The last sector is checked too: a fixed VHD (``fixed.vhd.gz``) ends with a ``conectix`` footer
and is refused like any other non-RAW disk. The counting pass sees it. Where the size is read
from the stream, only the last xz blocks (by the index) or the last zstd frames are
decompressed, as long as they hold at most :data:`MAX_TAIL_BYTES`: a stream made of one huge
block or frame (``xz`` without ``-T``/``--block-size``, ``zstd`` on a large file) is not checked,
and a VHD inside it is read as a RAW disk whose last sector is the footer.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import struct
import threading
import zlib
from collections.abc import Iterator
from typing import Final, Protocol

import zstandard

from imageimporter.core.disk.facts import damaged
from imageimporter.core.disk.model import (
    MAX_VIRTUAL_SIZE,
    DiskError,
    Extent,
    ExtentKind,
    FileStamp,
    read_length,
)
from imageimporter.core.disk.open import Chain, LayerFile, shown
from imageimporter.core.disk.tar import choose_disk_member
from imageimporter.core.inspect.archives import list_tar
from imageimporter.core.inspect.detect import ARCHIVE_FORMATS, DISK_FORMATS
from imageimporter.core.inspect.inspector import sniff_prefix
from imageimporter.core.inspect.source import ReadBudgetExceeded
from imageimporter.core.inspect.vhd import FOOTER_COOKIE
from imageimporter.core.text import Text

_CHUNK: Final = 1024 * 1024
_HEAD: Final = 64 * 1024
_SECTOR: Final = 512


class _Reader(Protocol):
    def read(self, size: int, /) -> bytes: ...


def _decompressor(kind: str, file: LayerFile) -> _Reader:
    """A fresh decompressor of ``file``'s ``kind`` of stream, at its start."""
    raw = io.BufferedReader(_LayerStream(file))
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if kind == "xz":
        return _XzReader(raw)
    if kind == "bzip2":
        return bz2.BZ2File(raw)
    return zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)


_STREAM_ERRORS: Final = (OSError, EOFError, lzma.LZMAError, zlib.error, zstandard.ZstdError)


class _XzReader:
    """Concatenated xz streams with the stream padding between them that xz allows (and
    lzma.LZMAFile takes for the end of the data)."""

    def __init__(self, raw: _Reader) -> None:
        self._raw = raw
        self._decompressor = lzma.LZMADecompressor()
        self._input = b""

    def read(self, size: int, /) -> bytes:
        while True:
            if self._decompressor.eof:
                rest = self._decompressor.unused_data + self._input
                while not rest.strip(b"\0"):  # padding, or nothing: read on
                    more = self._raw.read(_CHUNK)
                    if not more:
                        return b""
                    rest = more
                rest = rest.lstrip(b"\0")
                self._decompressor = lzma.LZMADecompressor()
                self._input = rest
            if self._decompressor.needs_input and not self._input:
                self._input = self._raw.read(_CHUNK)
                if not self._input:
                    raise EOFError("the xz data ends before the end of its stream")
            data, self._input = self._input, b""
            out = self._decompressor.decompress(data, max_length=size)
            if out:
                return out


class _LayerStream(io.RawIOBase):
    """A LayerFile as a file object with its own position (for the decompressors)."""

    def __init__(self, file: LayerFile) -> None:
        super().__init__()
        self._file = file
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._file.pread(self._position, len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)


class Decompressed:
    """The decompressed bytes of one file, read front to back; going back starts over."""

    def __init__(self, file: LayerFile, kind: str) -> None:
        self.file = file
        self.kind = kind
        self._lock = threading.Lock()
        self._stream: _Reader | None = None
        self._position = 0

    def _broken(self, exc: BaseException) -> DiskError:
        return DiskError(
            Text.of(
                "The {kind} data of {path} does not decompress: {reason}.",
                kind=self.kind,
                path=self.file.path,
                reason=str(exc) or type(exc).__name__,
            ),
            Text.of("The file is truncated or damaged; use a complete copy."),
        )

    def _read(self, length: int) -> bytes:
        """Up to ``length`` bytes from the current position (fewer only at the end)."""
        assert self._stream is not None
        parts: list[bytes] = []
        while length > 0:
            try:
                chunk = self._stream.read(min(length, _CHUNK))
            except _STREAM_ERRORS as exc:
                self._stream = None
                raise self._broken(exc) from exc
            if not chunk:
                break
            parts.append(chunk)
            length -= len(chunk)
            self._position += len(chunk)
        return b"".join(parts)

    def read_at(self, offset: int, length: int) -> bytes:
        """Up to ``length`` bytes at ``offset`` (fewer only where the stream ends)."""
        with self._lock:
            if self._stream is None or offset < self._position:
                self._stream = _decompressor(self.kind, self.file)
                self._position = 0
            while self._position < offset:
                if not self._read(min(_CHUNK, offset - self._position)):
                    return b""
            return self._read(length)

    def count(self) -> tuple[int, bytes]:
        """The decompressed size, by decompressing it all once, and its last sector."""
        with self._lock:
            self._stream = _decompressor(self.kind, self.file)
            self._position = 0
            tail = b""
            while True:
                chunk = self._read(_CHUNK)
                if not chunk:
                    break
                tail = (tail + chunk)[-_SECTOR:]
                if self._position > MAX_VIRTUAL_SIZE:
                    raise damaged(
                        self.file,
                        self.kind,
                        Text.of(
                            "it decompresses to more than {limit} bytes.", limit=MAX_VIRTUAL_SIZE
                        ),
                    )
            return self._position, tail


class StreamImage:
    """A RAW disk inside a compressed stream: ``size`` bytes from ``start`` of it."""

    def __init__(self, stream: Decompressed, start: int, size: int) -> None:
        self._stream = stream
        self._start = start
        self._size = size

    @property
    def format(self) -> str:
        return self._stream.kind

    @property
    def size(self) -> int:
        return self._size

    @property
    def sequential_only(self) -> bool:
        return True

    def read(self, offset: int, length: int) -> bytes:
        length = read_length(offset, length, self._size)
        if length == 0:
            return b""
        data = self._stream.read_at(self._start + offset, length)
        if len(data) != length:
            raise damaged(
                self._stream.file,
                self._stream.kind,
                Text.of(
                    "its {kind} data ends at {end} bytes, before the disk does.",
                    kind=self._stream.kind,
                    end=self._start + offset + len(data),
                ),
            )
        return data

    def extents(self) -> Iterator[Extent]:
        # A stream has no allocation tables: everything is data (zeros are found by reading).
        if self._size:
            yield Extent(0, self._size, ExtentKind.DATA)

    def files(self) -> tuple[FileStamp, ...]:
        return (self._stream.file.stamp,)

    def close(self) -> None:
        """Nothing to release: the chain owns the file, the decompressor is garbage."""


class _StreamSource:
    """A decompressed stream as inspection's ByteSource (for listing a tar inside it)."""

    def __init__(self, stream: Decompressed, size: int) -> None:
        self._stream = stream
        self._size = size

    @property
    def size(self) -> int:
        return self._size

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length <= 0 or offset >= self._size:
            return b""
        return self._stream.read_at(offset, min(length, self._size - offset))


def _unpack_first(file: LayerFile, kind: str, inner: str) -> DiskError:
    return DiskError(
        Text.of(
            "{path} is {kind} compressed and holds a {inner} disk, which cannot be read from "
            "inside the compressed data.",
            path=file.path,
            kind=kind,
            inner=inner,
        ),
        Text.of("Unpack it first and import the disk inside."),
    )


def _multibyte(data: bytes, position: int) -> tuple[int, int]:
    """An xz variable-length integer at ``position``: (value, position after it)."""
    value = 0
    for shift in range(0, 63, 7):
        if position >= len(data):
            raise ValueError("the index ends inside a number")
        byte = data[position]
        position += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, position
    raise ValueError("a number in the index is too long")


_XZ_HEADER_MAGIC: Final = b"\xfd7zXZ\x00"
_MAX_XZ_INDEX: Final = 16 * 1024 * 1024
_MAX_XZ_PADDING: Final = 64 * 1024


# Where the size is read from the stream, the last blocks or frames are decompressed to check
# the last sector when they hold at most this much (a multi-threaded xz -9 block is 192 MiB).
MAX_TAIL_BYTES: Final = 256 * 1024 * 1024


def _xz_streams(file: LayerFile) -> list[tuple[int, list[tuple[int, int]]]] | None:
    """Each xz stream's offset and its index records (unpadded, uncompressed sizes of its
    blocks), the last stream first; None when the indexes do not add up."""
    streams: list[tuple[int, list[tuple[int, int]]]] = []
    position = file.size
    try:
        while position > 0:
            padding = 0
            while position >= 4 and file.pread(position - 4, 4) == bytes(4):
                position -= 4
                padding += 4
                if padding > _MAX_XZ_PADDING:
                    return None
            footer = file.pread(position - 12, 12) if position >= 24 else b""
            if len(footer) != 12 or footer[10:12] != b"YZ":
                return None
            index_size = (struct.unpack_from("<I", footer, 4)[0] + 1) * 4
            if index_size > min(_MAX_XZ_INDEX, position - 24):
                return None
            index = file.pread(position - 12 - index_size, index_size)
            if len(index) != index_size or index[0] != 0:
                return None
            count, cursor = _multibyte(index, 1)
            records: list[tuple[int, int]] = []
            for _ in range(count):
                unpadded, cursor = _multibyte(index, cursor)
                uncompressed, cursor = _multibyte(index, cursor)
                records.append((unpadded, uncompressed))
            blocks = sum(_padded(unpadded) for unpadded, _ in records)
            position -= 12 + index_size + blocks + 12
            if position < 0 or file.pread(position, 6) != _XZ_HEADER_MAGIC:
                return None
            streams.append((position, records))
    except ValueError:
        return None
    return streams


def _padded(unpadded: int) -> int:
    return (unpadded + 3) // 4 * 4


def xz_size(file: LayerFile) -> int | None:
    """The uncompressed size from the indexes of every stream, or None when they do not add
    up (the decompressor then says what is wrong while counting)."""
    streams = _xz_streams(file)
    if streams is None:
        return None
    return sum(size for _start, records in streams for _unpadded, size in records)


def xz_tail(file: LayerFile) -> bytes | None:
    """The last sector of the decompressed data, from the last stream's last blocks alone
    (made into a stream of their own: its header, those blocks, a new index and footer); None
    when they hold more than MAX_TAIL_BYTES, or do not decompress (reading says why)."""
    streams = _xz_streams(file)
    if not streams:
        return None
    start, records = streams[0]
    picked: list[tuple[int, int]] = []
    for record in reversed(records):
        picked.insert(0, record)
        if sum(size for _unpadded, size in picked) >= _SECTOR:
            break
    if sum(size for _unpadded, size in picked) > MAX_TAIL_BYTES:
        return None
    header = file.pread(start, 12)
    index = bytearray(b"\0" + _encode_multibyte(len(picked)))
    for unpadded, size in picked:
        index += _encode_multibyte(unpadded) + _encode_multibyte(size)
    index += bytes(-len(index) % 4)
    index += struct.pack("<I", zlib.crc32(index))
    backward = struct.pack("<I", len(index) // 4 - 1) + header[6:8]
    footer = struct.pack("<I", zlib.crc32(backward)) + backward + b"YZ"
    first = start + 12 + sum(_padded(unpadded) for unpadded, _ in records[: -len(picked)])
    blocks = file.window(first, sum(_padded(unpadded) for unpadded, _ in picked))
    pieces = _Pieces([header, blocks, bytes(index) + footer])
    return _last_sector(_XzReader(pieces), sum(size for _unpadded, size in picked))


def _encode_multibyte(value: int) -> bytes:
    """An xz variable-length integer."""
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


class _Pieces:
    """Bytes and parts of files read one after another, as one stream."""

    def __init__(self, pieces: list[bytes | LayerFile]) -> None:
        self._pieces = pieces
        self._position = 0

    def read(self, size: int, /) -> bytes:
        while self._pieces:
            piece = self._pieces[0]
            if isinstance(piece, bytes):
                data = piece[self._position : self._position + size]
            else:
                data = piece.pread(self._position, min(size, piece.size - self._position))
            if data:
                self._position += len(data)
                return data
            self._pieces.pop(0)
            self._position = 0
        return b""


def _last_sector(reader: _Reader, expected: int) -> bytes | None:
    """The last sector ``reader`` decompresses to; None when it does not decompress, or to
    more than the ``expected`` bytes its headers said."""
    tail = b""
    total = 0
    try:
        while chunk := reader.read(_CHUNK):
            total += len(chunk)
            if total > expected:
                return None
            tail = (tail + chunk)[-_SECTOR:]
    except _STREAM_ERRORS:
        return None
    return tail


def _is_vhd_footer(tail: bytes) -> bool:
    """Whether a disk's last sector is a fixed VHD's footer (511 bytes in old VHDs)."""
    return tail.startswith(FOOTER_COOKIE) or tail[1:].startswith(FOOTER_COOKIE)


_ZSTD_MAGIC: Final = 0xFD2FB528
_ZSTD_SKIPPABLE: Final = 0x184D2A50


def _zstd_frames(file: LayerFile) -> list[tuple[int, int]] | None:
    """Each zstd frame's offset and content size, walking frames by their block headers; None
    when a frame does not record its size (or the walk does not add up)."""
    frames: list[tuple[int, int]] = []
    position = 0
    while position < file.size:
        head = file.pread(position, 18)
        if len(head) < 8:
            return None
        (magic,) = struct.unpack_from("<I", head)
        if magic & 0xFFFFFFF0 == _ZSTD_SKIPPABLE:
            position += 8 + struct.unpack_from("<I", head, 4)[0]
            continue
        if magic != _ZSTD_MAGIC:
            return None
        start = position
        try:
            parameters = zstandard.get_frame_parameters(head)
            position += zstandard.frame_header_size(head)
        except zstandard.ZstdError:
            return None
        if parameters.content_size == zstandard.CONTENTSIZE_UNKNOWN:
            return None
        frames.append((start, parameters.content_size))
        while True:
            block = file.pread(position, 3)
            if len(block) != 3:
                return None
            (header,) = struct.unpack("<I", block + b"\0")
            block_type = header >> 1 & 3
            if block_type == 3:
                return None
            position += 3 + (1 if block_type == 1 else header >> 3)
            if header & 1:
                break
        if parameters.has_checksum:
            position += 4
    return frames if position == file.size else None


def zstd_size(file: LayerFile) -> int | None:
    """The sum of the frames' content sizes; None when a frame does not record its size (or
    the walk does not add up)."""
    frames = _zstd_frames(file)
    return None if frames is None else sum(size for _start, size in frames)


def zstd_tail(file: LayerFile) -> bytes | None:
    """The last sector of the decompressed data, from the last frames alone; None when they
    hold more than MAX_TAIL_BYTES, or do not decompress (reading says why)."""
    frames = _zstd_frames(file)
    if not frames:
        return None
    picked = 0
    content = 0
    for _start, size in reversed(frames):
        picked += 1
        content += size
        if content >= _SECTOR:
            break
    if content > MAX_TAIL_BYTES:
        return None
    start = frames[-picked][0]
    return _last_sector(_decompressor("zstd", file.window(start, file.size - start)), content)


def _open_stream(top: LayerFile, chain: Chain, kind: str) -> StreamImage:
    del chain
    stream = Decompressed(top, kind)
    inner = sniff_prefix(stream.read_at(0, _HEAD))
    if inner in DISK_FORMATS | ARCHIVE_FORMATS and inner not in ("raw", "tar"):
        raise _unpack_first(top, kind, inner)
    size = xz_size(top) if kind == "xz" else zstd_size(top) if kind == "zstd" else None
    tail: bytes | None
    if size is None:
        size, tail = stream.count()
    else:
        tail = xz_tail(top) if kind == "xz" else zstd_tail(top)
    if tail is not None and _is_vhd_footer(tail):
        raise _unpack_first(top, kind, "vhd")
    if inner != "tar":
        return StreamImage(stream, 0, size)
    try:
        _facts, members = list_tar(_StreamSource(stream, size), sniff_prefix)
    except ReadBudgetExceeded as exc:  # list_tar reads through the source, not a FileSource
        raise damaged(top, kind, str(exc)) from exc
    member = choose_disk_member(top, members)
    member_format = member.member.format or "raw"
    if member_format != "raw":
        raise _unpack_first(top, kind, shown(member_format))
    member_size = member.member.size or 0
    if member.offset + member_size > size:
        raise damaged(top, kind, Text.of("the tar archive inside is cut short."))
    return StreamImage(stream, member.offset, member_size)


def open_gzip(top: LayerFile, chain: Chain) -> StreamImage:
    return _open_stream(top, chain, "gzip")


def open_xz(top: LayerFile, chain: Chain) -> StreamImage:
    return _open_stream(top, chain, "xz")


def open_bzip2(top: LayerFile, chain: Chain) -> StreamImage:
    return _open_stream(top, chain, "bzip2")


def open_zstd(top: LayerFile, chain: Chain) -> StreamImage:
    return _open_stream(top, chain, "zstd")
