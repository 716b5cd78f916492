"""The column-wise L2 classification agrees with reading entries one by one."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st

from imageimporter.core.disk.qcow2 import COMPRESSED_FLAG, OFFSET_MASK, ZERO_FLAG, entry_kinds

interesting = st.one_of(
    st.just(0),
    st.just(ZERO_FLAG),
    st.just(COMPRESSED_FLAG | 0x1234),
    st.just(1 << 63),  # only the "copied" flag: no offset, unallocated
    st.integers(0, 2**64 - 1),
    st.integers(0, 2**47 - 1).map(lambda c: c << 9),
    st.integers(0, 2**47 - 1).map(lambda c: c << 9 | ZERO_FLAG),
)


def one_by_one(entry: int, zero_flag: bool) -> str:
    if entry & COMPRESSED_FLAG:
        return "D"
    if zero_flag and entry & ZERO_FLAG:
        return "Z"
    return "D" if entry & OFFSET_MASK else "U"


@settings(max_examples=300, deadline=None)
@given(st.lists(interesting, min_size=1, max_size=64), st.booleans(), st.data())
def test_entry_kinds(entries: list[int], zero_flag: bool, data: st.DataObject) -> None:
    count = data.draw(st.integers(1, len(entries)))
    table = array("Q", entries)
    expected = "".join(one_by_one(entry, zero_flag) for entry in entries[:count])
    assert entry_kinds(table, count, zero_flag=zero_flag).decode() == expected
