"""What the sandbox's RPC products (ECS, RAM, STS) share: errors, ids, times and JSON answers.

Alibaba Cloud's RPC services answer errors as JSON ``{"RequestId", "HostId", "Code", "Message",
"Recommend"}`` with an HTTP status; the official SDKs read ``Code`` and ``Message`` from the body.
"""

from __future__ import annotations

import json
import secrets
import string
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from imageimporter.sandbox.account import AccessKey
from imageimporter.sandbox.http import SandboxResponse

_LOWER_ALNUM = string.ascii_lowercase + string.digits

# The host each product names in its errors, and the product name its diagnosis page uses.
HOST_IDS: dict[str, str] = {
    "ecs": "ecs.aliyuncs.com",
    "ram": "ram.aliyuncs.com",
    "sts": "sts.aliyuncs.com",
    "rpc": "aliyuncs.com",
}
_RECOMMEND_PRODUCTS: dict[str, str] = {"ecs": "Ecs", "ram": "Ram", "sts": "Sts", "rpc": "Ecs"}


def new_request_id() -> str:
    return str(uuid.uuid4()).upper()


class RpcError(Exception):
    """An error answer: raised anywhere in a handler, turned into the product's JSON by rpc.py."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


@dataclass
class RpcCall:
    """One authenticated RPC request: product, action, flat parameters and the caller's key."""

    product: str  # "ecs", "ram" or "sts"
    action: str
    params: dict[str, str]
    caller: AccessKey
    request_id: str = field(default_factory=new_request_id)

    def get(self, name: str, default: str = "") -> str:
        return self.params.get(name, default)

    def require(self, name: str) -> str:
        value = self.params.get(name, "")
        if not value:
            raise missing_parameter(name)
        return value


def missing_parameter(name: str) -> RpcError:
    return RpcError(
        400,
        "MissingParameter",
        f'An input parameter "{name}" that is mandatory for processing the request is not '
        "supplied.",
    )


def invalid_parameter(name: str) -> RpcError:
    return RpcError(400, "InvalidParameter", f'The specified parameter "{name}" is not valid.')


def random_lower_alnum(length: int) -> str:
    return "".join(secrets.choice(_LOWER_ALNUM) for _ in range(length))


def iso_time(epoch: float) -> str:
    """``2024-05-01T08:00:00Z``: how ECS and RAM write times."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def iso_minute(epoch: float) -> str:
    """``2024-05-01T08:00Z``: how ECS writes task times (minute precision)."""
    return time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime(epoch))


def json_response(status: int, payload: dict[str, Any]) -> SandboxResponse:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return SandboxResponse(status, [("Content-Type", "application/json;charset=utf-8")], body)


def error_payload(product: str, code: str, message: str, request_id: str) -> dict[str, Any]:
    recommend_product = _RECOMMEND_PRODUCTS.get(product, "Ecs")
    return {
        "RequestId": request_id,
        "HostId": HOST_IDS.get(product, HOST_IDS["rpc"]),
        "Code": code,
        "Message": message,
        "Recommend": (
            f"https://api.aliyun.com/troubleshoot?q={code}&product={recommend_product}"
            f"&requestId={request_id}"
        ),
    }


def parse_bool(value: str) -> bool:
    """The SDKs send booleans as ``true`` or (Python's ``str(True)``) ``True``."""
    return value.strip().lower() == "true"


def parse_positive_int(value: str, name: str, default: int, maximum: int | None = None) -> int:
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise invalid_parameter(name) from None
    if number < 1 or (maximum is not None and number > maximum):
        raise invalid_parameter(name)
    return number
