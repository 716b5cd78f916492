from __future__ import annotations

import os

import oss2.utils
import pytest
from hypothesis import given
from hypothesis import strategies as st

from imageimporter.core.crc64 import crc64, crc64_combine, crc64_of_parts


def reference_crc(data: bytes) -> int:
    """oss2's own (slow, pure-Python-table) CRC64, the value OSS sends back."""
    c = oss2.utils.Crc64(0)
    c.update(data)
    return int(c.crc)


@pytest.mark.parametrize("data", [b"", b"a", b"123456789", os.urandom(70_000)])
def test_crc64_matches_oss2(data):
    assert crc64(data) == reference_crc(data)


def test_check_value_of_the_catalogue():
    # CRC-64/XZ check value from the RevEng catalogue.
    assert crc64(b"123456789") == 0x995DC9BBDF1939FA


@given(st.binary(max_size=3000), st.binary(max_size=3000))
def test_incremental_and_combine_agree_with_whole(a, b):
    whole = crc64(a + b)
    assert crc64(b, crc64(a)) == whole
    assert crc64_combine(crc64(a), crc64(b), len(b)) == whole


@given(st.lists(st.binary(max_size=500), max_size=8))
def test_crc_of_parts(parts):
    assert crc64_of_parts((crc64(p), len(p)) for p in parts) == crc64(b"".join(parts))


def test_combine_with_a_large_length_of_zeros():
    zeros = bytes(5 << 20)
    assert crc64_combine(crc64(b"x"), crc64(zeros), len(zeros)) == crc64(b"x" + zeros)
