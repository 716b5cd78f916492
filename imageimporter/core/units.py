"""Sizes and rates as people write and read them (``64M``, ``1.5G``, ``10M/s``).

Units are binary: ``K`` is 1024 bytes, ``M`` 1024², and so on; ``KiB``/``KB``/``k`` are accepted
as the same unit, because a disk image or a part size is always thought of in binary units.
"""

from __future__ import annotations

import math
import re

_UNITS = {"": 0, "k": 1, "m": 2, "g": 3, "t": 4, "p": 5}
_SIZE_RE = re.compile(r"\s*(\d+(?:\.\d+)?|\.\d+)\s*([kmgtp]?)(?:i?b)?\s*", re.IGNORECASE)


class UnitError(ValueError):
    """A size or rate that cannot be read; the message says what is expected."""


def parse_size(text: str) -> int:
    """Bytes in ``text``: ``1048576``, ``64M``, ``1.5G``, ``100KiB`` (binary units)."""
    match = _SIZE_RE.fullmatch(text)
    if not match:
        raise UnitError(
            f"{text!r} is not a size; write a number of bytes or use a unit, like 64M or 1G"
        )
    number, unit = match.groups()
    value = float(number) * (1024 ** _UNITS[unit.lower()])
    if not math.isfinite(value):
        raise UnitError(f"{text!r} is too large")
    return int(value)


def parse_rate(text: str) -> int:
    """Bytes per second in ``text``: ``10M``, ``10M/s``, ``500K/s`` (binary units)."""
    stripped = text.strip()
    lowered = stripped.lower()
    for suffix in ("/s", "ps"):
        if lowered.endswith(suffix):
            stripped = stripped[: -len(suffix)]
            break
    try:
        rate = parse_size(stripped)
    except UnitError:
        raise UnitError(
            f"{text!r} is not a rate; write bytes per second or use a unit, like 10M or 500K/s"
        ) from None
    if rate <= 0:
        raise UnitError(f"{text!r}: the rate must be more than zero")
    return rate


def format_size(size: float) -> str:
    """``0 B``, ``512 B``, ``1.5 KiB``, ``64.0 MiB``, ``2.00 TiB`` (3 significant digits)."""
    if size < 1024:
        return f"{int(size)} B"
    value = float(size)
    for unit in ("KiB", "MiB", "GiB", "TiB", "PiB"):
        value /= 1024
        if value < 1024 or unit == "PiB":
            if value < 10:
                return f"{value:.2f} {unit}"
            if value < 100:
                return f"{value:.1f} {unit}"
            return f"{value:.0f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def format_rate(bytes_per_second: float) -> str:
    return f"{format_size(bytes_per_second)}/s"


def format_duration(seconds: float) -> str:
    """``0:07``, ``12:03``, ``3:02:09``; whole seconds, rounded up so that 0.2 s shows 0:01."""
    total = max(0, math.ceil(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
