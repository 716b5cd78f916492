"""ECS, RAM and STS for the sandbox cloud (placeholder until the RPC products land)."""

from __future__ import annotations

import json

from imageimporter.sandbox.http import SandboxRequest, SandboxResponse
from imageimporter.sandbox.server import SandboxContext


class RpcProduct:
    name = "rpc"

    def __init__(self, ctx: SandboxContext) -> None:
        self._ctx = ctx

    def matches(self, request: SandboxRequest) -> bool:
        return request.header("x-acs-action") is not None

    def api_name(self, request: SandboxRequest) -> str:
        return f"rpc:{request.header('x-acs-action')}"

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        return self.error_response(request, 501, "NotImplemented", "not implemented yet")

    def error_response(
        self, request: SandboxRequest, status: int, code: str, message: str
    ) -> SandboxResponse:
        body = json.dumps({"Code": code, "Message": message}).encode()
        return SandboxResponse(status, [("Content-Type", "application/json")], body)

    def close(self) -> None:
        pass
