"""OSS for the sandbox cloud (placeholder until the OSS product lands)."""

from __future__ import annotations

from imageimporter.sandbox.http import SandboxRequest, SandboxResponse
from imageimporter.sandbox.server import SandboxContext


class OssProduct:
    name = "oss"

    def __init__(self, ctx: SandboxContext) -> None:
        self._ctx = ctx
        self._buckets: dict[str, str] = {}

    def ensure_bucket(self, name: str, region: str) -> None:
        self._buckets.setdefault(name, region)

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
