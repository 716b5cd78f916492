"""ECS, RAM and STS for the sandbox cloud: the RPC-style products the official SDKs call.

Every request is ``POST /`` with ``x-acs-action`` and ``x-acs-version`` headers (or ``Action`` and
``Version`` query parameters), parameters in the query string or a form body, and an
ACS3-HMAC-SHA256 signature (``rpc_auth.py``). The version tells the product apart:
ECS 2014-05-26, RAM 2015-05-01, STS 2015-04-01.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from imageimporter.sandbox.ecs import EcsService
from imageimporter.sandbox.http import SandboxRequest, SandboxResponse
from imageimporter.sandbox.ram import RamService
from imageimporter.sandbox.rpc_auth import NonceRegistry, authenticate
from imageimporter.sandbox.rpc_common import (
    RpcCall,
    RpcError,
    error_payload,
    json_response,
    new_request_id,
)
from imageimporter.sandbox.server import SandboxContext
from imageimporter.sandbox.sts import StsService

PRODUCT_VERSIONS: dict[str, str] = {
    "2014-05-26": "ecs",
    "2015-05-01": "ram",
    "2015-04-01": "sts",
}


class RpcProduct:
    name = "rpc"

    def __init__(self, ctx: SandboxContext) -> None:
        self._ctx = ctx
        self._nonces = NonceRegistry()
        account_id = ctx.account.account_id
        # Lambdas, not bound methods: tests may replace ctx.clock after the product starts.
        self.ram = RamService(ctx.product_dir("ram"), account_id, lambda: ctx.clock())  # noqa: PLW0108
        self.sts = StsService(ctx.account, self.ram, clock=lambda: ctx.clock())  # noqa: PLW0108
        self.ecs = EcsService(
            ctx.product_dir("ecs"),
            account_id,
            self.ram,
            oss=lambda: ctx.products["oss"],  # type: ignore[arg-type, return-value]
            clock=lambda: ctx.clock(),  # noqa: PLW0108
            settings=lambda: (
                ctx.imports.import_seconds,
                ctx.imports.fail_imports,
                ctx.config.role_propagation_seconds,
                ctx.config.image_quota,
            ),
        )
        self._actions: dict[str, tuple[str, ...]] = {
            "ecs": EcsService.ACTIONS,
            "ram": RamService.ACTIONS,
            "sts": StsService.ACTIONS,
        }

    # -- the Product protocol ------------------------------------------------------------------
    def matches(self, request: SandboxRequest) -> bool:
        return request.header("x-acs-action") is not None or "Action" in request.query()

    def api_name(self, request: SandboxRequest) -> str:
        product, action = self._route(request)
        return f"{product}:{action}"

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        product, action = self._route(request)
        try:
            body = request.body.read_all(limit=1 << 20)
        except ValueError:
            return self._error(product, 413, "RequestTooLarge", "The request body is too large.")
        try:
            caller = authenticate(request, body, self._ctx.account, self._nonces)
            if product == "rpc":
                raise RpcError(400, "InvalidVersion", "Specified parameter Version is not valid.")
            if action not in self._actions[product]:
                raise RpcError(
                    404,
                    "InvalidAction.NotFound",
                    "Specified api is not found, please check your url and method.",
                )
            call = RpcCall(product, action, self._params(request, body), caller)
            result = self._service(product).handle(call)
        except RpcError as error:
            return self._error(product, error.status, error.code, error.message)
        return json_response(200, {"RequestId": call.request_id, **result})

    def error_response(
        self, request: SandboxRequest, status: int, code: str, message: str
    ) -> SandboxResponse:
        product, _ = self._route(request)
        return self._error(product, status, code, message)

    def close(self) -> None:
        """Nothing to flush: every change is written when it happens."""

    # -- helpers -------------------------------------------------------------------------------
    def _service(self, product: str) -> EcsService | RamService | StsService:
        if product == "ecs":
            return self.ecs
        return self.ram if product == "ram" else self.sts

    @staticmethod
    def _route(request: SandboxRequest) -> tuple[str, str]:
        query = request.query()
        version = request.header("x-acs-version") or query.get("Version", "")
        action = request.header("x-acs-action") or query.get("Action", "Unknown")
        return PRODUCT_VERSIONS.get(version, "rpc"), action

    @staticmethod
    def _params(request: SandboxRequest, body: bytes) -> dict[str, str]:
        params = dict(request.query_items())
        content_type = request.header("Content-Type", "") or ""
        if body and content_type.startswith("application/x-www-form-urlencoded"):
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        return params

    @staticmethod
    def _error(product: str, status: int, code: str, message: str) -> SandboxResponse:
        payload: dict[str, Any] = error_payload(product, code, message, new_request_id())
        return json_response(status, payload)
