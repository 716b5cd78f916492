"""A sparse file above the 5 GB simple-upload limit goes through multipart and verifies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from imageimporter.core.crc64 import crc64
from imageimporter.core.upload_plan import SIMPLE_UPLOAD_LIMIT
from imageimporter.sandbox import Sandbox
from tests.services.upload_helpers import HookStore, make_upload, stored_object

GiB = 1 << 30


def crc_of_layout(size: int, blocks: dict[int, bytes]) -> int:
    """CRC64 of ``size`` bytes that are zero except ``blocks``, without reading the file."""
    zeros = bytes(64 << 20)
    crc = 0
    position = 0
    for offset, data in sorted([*blocks.items(), (size, b"")]):
        while position < offset:
            step = min(len(zeros), offset - position)
            crc = crc64(memoryview(zeros)[:step], crc)
            position += step
        crc = crc64(data, crc)
        position += len(data)
    return crc


@pytest.mark.slow
def test_sparse_file_above_the_simple_upload_limit(sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "big.raw"
    size = 5 * GiB + GiB // 2
    blocks = {offset: os.urandom(4096) for offset in (0, 3 * GiB + 12345, size - 4096)}
    with path.open("wb") as handle:
        handle.truncate(size)
        for offset, data in blocks.items():  # some data among the holes
            handle.seek(offset)
            handle.write(data)
    assert size > SIMPLE_UPLOAD_LIMIT
    result = make_upload(sandbox, path, HookStore(tmp_path / "cp"), part_size=GiB, threads=2).run()
    assert result.parts == 6
    assert result.size == size == stored_object(sandbox).size
    # The server's own record of the object (reading 5.5 GiB back would double the time).
    assert result.crc64 == crc_of_layout(size, blocks) == stored_object(sandbox).crc64
