"""OSS for the sandbox cloud (placeholder until the OSS product lands).

Implements only the ``OssLookup`` contract, in memory, so that ECS can be built against it.
"""

from __future__ import annotations

from pathlib import Path

from imageimporter.core.crc64 import crc64
from imageimporter.sandbox.contracts import OssObjectInfo
from imageimporter.sandbox.http import SandboxRequest, SandboxResponse
from imageimporter.sandbox.server import SandboxContext


class OssProduct:
    name = "oss"

    def __init__(self, ctx: SandboxContext) -> None:
        self._ctx = ctx
        self._dir = ctx.product_dir("oss")
        self._buckets: dict[str, str] = {}
        self._objects: dict[tuple[str, str], OssObjectInfo] = {}

    def ensure_bucket(self, name: str, region: str) -> None:
        self._buckets.setdefault(name, region)

    def bucket_region(self, bucket: str) -> str | None:
        return self._buckets.get(bucket)

    def object_info(self, bucket: str, key: str) -> OssObjectInfo | None:
        return self._objects.get((bucket, key))

    def put_local_object(
        self, bucket: str, key: str, source: Path | bytes, storage_class: str = "Standard"
    ) -> OssObjectInfo:
        data = source.read_bytes() if isinstance(source, Path) else source
        path = self._dir / f"{len(self._objects)}.bin"
        path.write_bytes(data)
        info = OssObjectInfo(bucket, key, len(data), storage_class, path, crc64(data), "etag")
        self._objects[(bucket, key)] = info
        return info

    def delete_object(self, bucket: str, key: str) -> None:
        self._objects.pop((bucket, key), None)

    def matches(self, request: SandboxRequest) -> bool:
        return True

    def api_name(self, request: SandboxRequest) -> str:
        return "oss:Unknown"

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        return self.error_response(request, 501, "NotImplemented", "not implemented yet")

    def error_response(
        self, request: SandboxRequest, status: int, code: str, message: str
    ) -> SandboxResponse:
        body = f"<Error><Code>{code}</Code><Message>{message}</Message></Error>".encode()
        return SandboxResponse(status, [("Content-Type", "application/xml")], body)

    def close(self) -> None:
        pass
