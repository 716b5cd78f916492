"""What every part of the sandbox's OSS shares: its state, the bucket a request addresses, body
reception and the small answers every API builds."""

from __future__ import annotations

import base64
import secrets

from imageimporter.sandbox import oss_errors as errors
from imageimporter.sandbox.http import SandboxRequest, SandboxResponse, header_text
from imageimporter.sandbox.oss_auth import Caller
from imageimporter.sandbox.oss_conditions import decode_md5
from imageimporter.sandbox.oss_errors import OssError
from imageimporter.sandbox.oss_routing import Route
from imageimporter.sandbox.oss_store import BodyTooLarge, BucketRecord, OssStore, Received
from imageimporter.sandbox.server import SandboxContext

GiB = 1 << 30
MAX_OBJECT_SIZE = 5 * GiB  # PutObject and each part
MIN_PART_SIZE = 100 * 1024  # every part but the last
MAX_PART_NUMBER = 10_000
STORAGE_CLASSES = ("Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive")
XML_TYPE = "application/xml"


def new_request_id() -> str:
    return secrets.token_hex(12).upper()


def quoted(etag: str) -> str:
    return f'"{etag}"'


class OssBase:
    """The state and helpers that the OSS product's groups of APIs (multipart, the rest) share."""

    def __init__(self, ctx: SandboxContext) -> None:
        self._ctx = ctx
        self._store = OssStore(ctx.product_dir("oss"))

    def _now(self) -> float:
        return self._ctx.clock()

    def _bucket(self, target: Route, caller: Caller) -> BucketRecord:
        record = self._store.buckets.get(target.bucket)
        if record is None:
            raise errors.no_such_bucket(target.bucket)
        if caller.signed_region is not None and caller.signed_region != record.region:
            # A V4 signature is bound to a region: the request went to the wrong endpoint.
            raise errors.wrong_endpoint(target.bucket, f"oss-{record.region}.aliyuncs.com")
        return record

    @staticmethod
    def _xml(body: bytes, status: int = 200) -> SandboxResponse:
        return SandboxResponse(status, [("Content-Type", XML_TYPE)], body)

    def _location(self, bucket: str, key: str) -> str:
        return f"{self._ctx.endpoint}/{bucket}/{key}"

    @staticmethod
    def _int_param(params: dict[str, str], name: str, default: int, low: int, high: int) -> int:
        text = params.get(name, "")
        if text == "":
            return default
        if not text.isdigit() or not low <= int(text) <= high:
            raise errors.invalid_argument(
                f"Argument {name} must be an integer between {low} and {high}.", name, text
            )
        return int(text)

    def _storage_class(self, request: SandboxRequest, default: str) -> str:
        storage_class = request.header("x-oss-storage-class") or default
        if storage_class not in STORAGE_CLASSES:
            raise errors.invalid_argument(
                "Invalid storage class.", "x-oss-storage-class", storage_class
            )
        return storage_class

    @staticmethod
    def _user_meta(request: SandboxRequest) -> dict[str, str]:
        return {
            name.lower()[len("x-oss-meta-") :]: header_text(str(value))
            for name, value in request.headers.items()
            if name.lower().startswith("x-oss-meta-")
        }

    def _receive(self, request: SandboxRequest, limit: int) -> Received:
        """The request body in a temporary file, checked against size limit and Content-MD5."""
        content_md5 = request.header("Content-MD5")
        expected = decode_md5(content_md5) if content_md5 is not None else None
        declared = request.body.declared_length
        if declared is not None and declared > limit:
            raise errors.entity_too_large(declared, limit)
        if declared is None and request.header("Transfer-Encoding") is None:
            raise errors.missing_content_length()
        try:
            received = self._store.receive(request.body, limit, "corrupt" in request.faults)
        except BodyTooLarge as exc:
            raise errors.entity_too_large(exc.received, limit) from exc
        if expected is not None and expected != received.md5:
            self._store.discard(received)
            raise errors.invalid_digest(content_md5 or "")
        return received

    def _check_overwrite(self, target: Route, request: SandboxRequest) -> None:
        forbid = (request.header("x-oss-forbid-overwrite") or "").lower() == "true"
        if forbid and self._store.get_object(target.bucket, target.key) is not None:
            raise OssError(
                409,
                "FileAlreadyExists",
                "The object you specified already exists and can not be overwritten.",
                "0016-00000708",
            )

    @staticmethod
    def _write_headers(etag: str, crc: int, received: Received | None) -> list[tuple[str, str]]:
        headers = [("ETag", quoted(etag)), ("x-oss-hash-crc64ecma", str(crc))]
        if received is not None:
            headers.append(("Content-MD5", base64.b64encode(received.md5).decode("ascii")))
        return headers
