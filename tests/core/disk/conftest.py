"""Fixtures shared by the disk reader tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.disk.qemu import source_raw


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The RAW disk (random data at known places, written zeros) each format is made from."""
    return source_raw(tmp_path_factory.mktemp("source") / "source.raw")
