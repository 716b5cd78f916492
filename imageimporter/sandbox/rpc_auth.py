"""ACS3-HMAC-SHA256 request signatures, verified the way Alibaba Cloud's RPC gateway does.

The SDK signs a canonical request::

    METHOD \\n /path \\n sorted query (RFC 3986 encoded) \\n
    lower-case signed headers "name:value\\n" \\n signed header names ";"-joined \\n
    hex SHA-256 of the body

and sends ``Authorization: ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=...,Signature=hex``,
where the signature is HMAC-SHA256(secret, "ACS3-HMAC-SHA256\\n" + hex SHA-256(canonical)).
"""

from __future__ import annotations

import calendar
import hashlib
import hmac
import threading
import time
from urllib.parse import quote

from imageimporter.sandbox.account import AccessKey, Account
from imageimporter.sandbox.http import SandboxRequest
from imageimporter.sandbox.rpc_common import RpcError

ALGORITHM = "ACS3-HMAC-SHA256"
# How far x-acs-date may be from the server's clock, and how long a nonce is remembered.
TIMESTAMP_WINDOW_SECONDS = 15 * 60
# Headers that must be signed when the request carries them.
_MUST_SIGN = ("host", "content-type")


def _incomplete(detail: str) -> RpcError:
    return RpcError(
        400,
        "IncompleteSignature",
        f"The request signature does not conform to Aliyun standards. {detail}",
    )


def parse_authorization(value: str) -> tuple[str, list[str], str]:
    """(access key id, signed header names, signature) of an ACS3 Authorization header."""
    algorithm, _, rest = value.strip().partition(" ")
    if algorithm != ALGORITHM:
        raise _incomplete(f"Unsupported signature algorithm: {algorithm or '(none)'}.")
    fields: dict[str, str] = {}
    for part in rest.split(","):
        name, sep, field_value = part.strip().partition("=")
        if sep:
            fields[name] = field_value
    try:
        return fields["Credential"], fields["SignedHeaders"].split(";"), fields["Signature"]
    except KeyError as missing:
        raise _incomplete(f"Authorization lacks {missing.args[0]}.") from None


def canonical_query(pairs: list[tuple[str, str]]) -> str:
    encoded = sorted((key, quote(value, safe="~")) for key, value in pairs)
    return "&".join(f"{key}={value}" for key, value in encoded)


def canonical_request(request: SandboxRequest, signed_headers: list[str], payload_hash: str) -> str:
    header_lines = ""
    for name in signed_headers:
        values = request.headers.get_all(name) or []
        header_lines += f"{name}:{','.join(sorted(str(v).strip() for v in values))}\n"
    return "\n".join(
        [
            request.method,
            request.path or "/",
            canonical_query(request.query_items()),
            header_lines,
            ";".join(signed_headers),
            payload_hash,
        ]
    )


def string_to_sign(canonical: str) -> str:
    return f"{ALGORITHM}\n{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


def sign(secret: str, to_sign: str) -> str:
    return hmac.new(secret.encode("utf-8"), to_sign.encode("utf-8"), hashlib.sha256).hexdigest()


class NonceRegistry:
    """Remembers signature nonces for the timestamp window, so that a replay is refused."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[str, float] = {}

    def use(self, nonce: str, now: float) -> bool:
        """False if ``nonce`` was already used within the window."""
        with self._lock:
            if len(self._seen) > 10_000:
                cutoff = now - TIMESTAMP_WINDOW_SECONDS
                self._seen = {n: t for n, t in self._seen.items() if t >= cutoff}
            if nonce in self._seen:
                return False
            self._seen[nonce] = now
            return True


def _parse_acs_date(value: str) -> float | None:
    try:
        return float(calendar.timegm(time.strptime(value, "%Y-%m-%dT%H:%M:%SZ")))
    except ValueError:
        return None


def authenticate(
    request: SandboxRequest, body: bytes, account: Account, nonces: NonceRegistry
) -> AccessKey:
    """The caller's key if the request is signed correctly; otherwise the real error."""
    authorization = request.header("Authorization")
    if not authorization:
        raise RpcError(
            400,
            "MissingAuthorization",
            "The request must carry an Authorization header (ACS3-HMAC-SHA256).",
        )
    access_key_id, signed_headers, signature = parse_authorization(authorization)
    key = account.lookup(access_key_id)
    if key is None:
        raise RpcError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.")
    _check_security_token(request, key)
    _check_signed_headers(request, signed_headers)

    payload_hash = hashlib.sha256(body).hexdigest()
    declared_hash = request.header("x-acs-content-sha256", "")
    canonical = canonical_request(request, signed_headers, payload_hash)
    to_sign = string_to_sign(canonical)
    expected = sign(key.access_key_secret, to_sign)
    if declared_hash != payload_hash or not hmac.compare_digest(expected, signature):
        raise RpcError(
            400,
            "SignatureDoesNotMatch",
            "Specified signature does not match our calculation. "
            f"server string to sign is:{to_sign}",
        )

    now = time.time()  # the client signs with its wall clock, whatever the simulation's clock
    signed_at = _parse_acs_date(request.header("x-acs-date", "") or "")
    if signed_at is None:
        raise RpcError(
            400,
            "InvalidTimeStamp.Format",
            "Specified time stamp or date value is not well formatted.",
        )
    if abs(now - signed_at) > TIMESTAMP_WINDOW_SECONDS:
        raise RpcError(
            400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired."
        )
    nonce = request.header("x-acs-signature-nonce", "") or ""
    if not nonces.use(f"{access_key_id}:{nonce}", now):
        raise RpcError(400, "SignatureNonceUsed", "Specified signature nonce was used already.")
    return key


def _check_security_token(request: SandboxRequest, key: AccessKey) -> None:
    token = request.header("x-acs-security-token")
    if key.security_token is None:
        if token:
            raise RpcError(
                400,
                "InvalidSecurityToken.MismatchWithAccessKey",
                "Specified SecurityToken mismatch with the AccessKey.",
            )
        return
    if not token:
        raise RpcError(
            400, "InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed."
        )
    if not hmac.compare_digest(token, key.security_token):
        raise RpcError(
            400,
            "InvalidSecurityToken.MismatchWithAccessKey",
            "Specified SecurityToken mismatch with the AccessKey.",
        )
    if key.expired():
        raise RpcError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.")


def _check_signed_headers(request: SandboxRequest, signed_headers: list[str]) -> None:
    signed = set(signed_headers)
    if any(name != name.lower() for name in signed_headers):
        raise _incomplete("SignedHeaders must be lower case.")
    present = {str(name).lower() for name in request.headers}
    required = {n for n in present if n.startswith("x-acs-")} | (present & set(_MUST_SIGN))
    unsigned = sorted(required - signed)
    if unsigned:
        raise _incomplete(f"Headers not signed: {', '.join(unsigned)}.")
    for needed in ("x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256"):
        if needed not in present:
            raise _incomplete(f"Missing header {needed}.")
