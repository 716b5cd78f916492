"""What OSS request headers and query parameters ask of an object's answer: Content-MD5,
``response-*`` overrides, ``If-*`` conditions and ``Range``."""

from __future__ import annotations

import base64
import binascii
import re
from email.utils import parsedate_to_datetime

from imageimporter.sandbox import oss_errors as errors
from imageimporter.sandbox.http import SandboxRequest
from imageimporter.sandbox.oss_errors import OssError
from imageimporter.sandbox.oss_store import ObjectRecord


def decode_md5(header: str) -> bytes:
    try:
        digest = base64.b64decode(header.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise errors.invalid_digest(header) from exc
    if len(digest) != 16:
        raise errors.invalid_digest(header)
    return digest


# The response headers a GetObject may set from its query, as OSS documents them.
RESPONSE_OVERRIDES = {
    f"response-{name.lower()}": name
    for name in (
        "Content-Type",
        "Content-Language",
        "Expires",
        "Cache-Control",
        "Content-Disposition",
        "Content-Encoding",
    )
}
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def response_overrides(params: dict[str, str]) -> dict[str, tuple[str, str]]:
    """Lower-cased header name -> (header, value) that the query asks the answer to carry.

    Only the documented ``response-*`` parameters count (others are ignored, as OSS does), and
    a value with a control character is refused: it would split or forge response headers.
    """
    overrides: dict[str, tuple[str, str]] = {}
    for name, value in params.items():
        header = RESPONSE_OVERRIDES.get(name)
        if header is None:
            continue
        if _CONTROL_CHARACTERS.search(value):
            raise errors.invalid_argument(
                f"Invalid {name} value.", name, value.encode("unicode_escape").decode()
            )
        overrides[header.lower()] = (header, value)
    return overrides


def check_conditions(request: SandboxRequest, record: ObjectRecord) -> None:
    """Apply If-Match, If-Unmodified-Since (412) and If-None-Match, If-Modified-Since (304),
    in the order of RFC 9110 section 13.2.2."""
    modified = int(record.last_modified)
    if_match = request.header("If-Match")
    if if_match is not None:
        if not _etag_listed(if_match, record.etag):
            raise errors.precondition_failed("If-Match", if_match)
    else:
        since = _http_date(request.header("If-Unmodified-Since"))
        if since is not None and modified > since:
            raise errors.precondition_failed(
                "If-Unmodified-Since", request.header("If-Unmodified-Since") or ""
            )
    if_none_match = request.header("If-None-Match")
    if if_none_match is not None:
        if _etag_listed(if_none_match, record.etag):
            raise errors.not_modified()
    else:
        since = _http_date(request.header("If-Modified-Since"))
        if since is not None and modified <= since:
            raise errors.not_modified()


def _etag_listed(header: str, etag: str) -> bool:
    listed = [t.strip().removeprefix("W/").strip('"') for t in header.split(",")]
    return "*" in listed or etag in listed


def _http_date(header: str | None) -> int | None:
    """Seconds since the epoch of an HTTP date; None when absent or not a date (ignored)."""
    if not header:
        return None
    try:
        return int(parsedate_to_datetime(header).timestamp())
    except (TypeError, ValueError):
        return None


_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def parse_range(header: str | None, size: int, standard: bool) -> tuple[int, int] | None:
    """The inclusive byte range to send, or None for the whole object.

    OSS ignores a malformed or unsatisfiable range and sends the whole object with 200, unless
    the request asks for standard behaviour (``x-oss-range-behavior: standard``): then a range
    starting past the end is 416 ``InvalidRange`` and an end past the end is clipped.
    """
    if not header:
        return None
    # OSS serves only the first of several ranges.
    match = _RANGE.match(header.strip().split(",", 1)[0])
    if match is None:
        return None
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":
        length = int(last)
        if length == 0 or (length > size and not standard):
            return None
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if end < start:
        return None
    if start >= size:
        if standard:
            raise OssError(
                416,
                "InvalidRange",
                "The requested range cannot be satisfied",
                "0017-00000109",
                {"RangeRequested": header, "ActualObjectSize": str(size)},
            )
        return None
    if end >= size:
        if not standard:
            return None
        end = size - 1
    return start, end
