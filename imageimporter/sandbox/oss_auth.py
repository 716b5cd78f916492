"""Checks OSS request signatures: V1 and V4, in headers or in presigned URLs, with STS tokens.

The canonical strings follow the OSS documentation ("Include a signature in the Authorization
header", "Include a V4 signature in a URL"); oss2 computes the same strings on the client side,
so a request is accepted exactly when the SDK signed it with the right secret.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from base64 import b64encode
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import formatdate, parsedate_to_datetime
from urllib.parse import quote

from imageimporter.sandbox import oss_errors as errors
from imageimporter.sandbox.account import AccessKey, Account
from imageimporter.sandbox.http import header_text

V4_ALGORITHM = "OSS4-HMAC-SHA256"
MAX_SKEW_SECONDS = 15 * 60

# Query parameters that are part of the V1 canonicalized resource (the "sub-resources"); every
# other parameter (prefix, marker, max-keys, ...) is left out of the V1 signature.
V1_SUBRESOURCES = frozenset(
    {
        "acl",
        "append",
        "asyncFetch",
        "bucketInfo",
        "callback",
        "callback-var",
        "cname",
        "comp",
        "continuation-token",
        "cors",
        "delete",
        "encryption",
        "endTime",
        "group",
        "inventory",
        "inventoryId",
        "lifecycle",
        "link",
        "live",
        "location",
        "logging",
        "metaQuery",
        "objectInfo",
        "objectMeta",
        "partNumber",
        "policy",
        "position",
        "qos",
        "qosInfo",
        "referer",
        "regionList",
        "replication",
        "replicationLocation",
        "replicationProgress",
        "requestPayment",
        "resourceGroup",
        "response-cache-control",
        "response-content-disposition",
        "response-content-encoding",
        "response-content-language",
        "response-content-type",
        "response-expires",
        "restore",
        "security-token",
        "sequential",
        "startTime",
        "stat",
        "status",
        "style",
        "styleName",
        "symlink",
        "tagging",
        "transferAcceleration",
        "uploadId",
        "uploads",
        "versionId",
        "versioning",
        "versions",
        "vod",
        "website",
        "worm",
        "wormExtend",
        "wormId",
        "x-oss-ac-forward-allow",
        "x-oss-ac-source-ip",
        "x-oss-ac-subnet-mask",
        "x-oss-ac-vpc-id",
        "x-oss-async-process",
        "x-oss-process",
        "x-oss-request-payer",
        "x-oss-traffic-limit",
        "x-oss-write-get-object-response",
        "accessPoint",
        "accessPointPolicy",
        "publicAccessBlock",
        "x-oss-access-point-name",
        "httpsConfig",
        "bucketArchiveDirectRead",
        "redundancyTransition",
        "x-oss-target-redundancy-type",
        "x-oss-redundancy-transition-taskid",
        "requesterQosInfo",
        "qosRequester",
        "resourcePoolInfo",
        "resourcePool",
        "resourcePoolBuckets",
    }
)
# Headers always part of the V4 canonical headers besides every x-oss-* header.
V4_DEFAULT_SIGNED_HEADERS = frozenset({"content-type", "content-md5"})


@dataclass(frozen=True)
class SignedRequest:
    """What the signature covers: the request as the server received it."""

    method: str
    bucket: str
    key: str
    query: list[tuple[str, str]]  # decoded, in order
    headers: Message

    def header(self, name: str) -> str:
        value = self.headers.get(name)
        return "" if value is None else str(value)

    def param(self, name: str) -> str | None:
        return next((v for k, v in self.query if k == name), None)

    def oss_headers(self, extra: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
        found = {}
        for name, value in self.headers.items():
            lowered = name.lower()
            if lowered.startswith("x-oss-") or lowered in extra:
                found[lowered] = header_text(str(value)).strip()
        return sorted(found.items())


@dataclass(frozen=True)
class Caller:
    key: AccessKey
    # The region of the V4 credential scope; None for V1 signatures.
    signed_region: str | None


def authenticate(request: SignedRequest, account: Account, now: float | None = None) -> Caller:
    """The caller of a request, or an ``OssError`` (403) saying why it is refused."""
    now = time.time() if now is None else now
    authorization = request.header("Authorization").strip()
    if authorization.startswith(V4_ALGORITHM + " "):
        return _check_v4_header(request, authorization, account, now)
    if authorization.startswith("OSS "):
        return _check_v1_header(request, authorization, account, now)
    if authorization:
        raise errors.access_denied("Authorization header is invalid.", "0002-00000001")
    if request.param("x-oss-signature-version") == V4_ALGORITHM:
        return _check_v4_query(request, account, now)
    if request.param("OSSAccessKeyId") is not None and request.param("Signature") is not None:
        return _check_v1_query(request, account, now)
    if request.param("x-oss-signature-version") is not None:
        raise errors.not_implemented("this signature version")
    raise errors.anonymous_denied()


# -- credentials -----------------------------------------------------------------------------


def _resolve_key(account: Account, access_key_id: str, token: str | None, now: float) -> AccessKey:
    key = account.lookup(access_key_id)
    if key is None:
        raise errors.invalid_access_key_id(access_key_id)
    if key.security_token is None:
        if token:
            # OSS treats a request carrying a token as an STS request, whose key is unknown.
            raise errors.invalid_access_key_id(access_key_id, "0002-00000002")
        return key
    if not token:
        raise errors.invalid_access_key_id(access_key_id, "0002-00000002")
    if not hmac.compare_digest(token, key.security_token):
        raise errors.invalid_security_token()
    if key.expired(now):
        raise errors.security_token_expired()
    return key


def _check_skew(date_text: str, parsed: datetime | None, now: float) -> None:
    if parsed is None:
        raise errors.access_denied("Invalid date in the request.", "0002-00000009")
    if abs(parsed.timestamp() - now) > MAX_SKEW_SECONDS:
        raise errors.time_skewed(date_text, formatdate(now, usegmt=True))


def _parse_http_date(text: str) -> datetime | None:
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None


def _parse_iso_basic(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


# -- V1 --------------------------------------------------------------------------------------


def v1_string_to_sign(request: SignedRequest, date: str) -> str:
    canonical_headers = "".join(f"{k}:{v}\n" for k, v in request.oss_headers())
    return "\n".join(
        [
            request.method,
            request.header("Content-MD5"),
            request.header("Content-Type"),
            date,
            canonical_headers + _v1_resource(request),
        ]
    )


def _v1_resource(request: SignedRequest) -> str:
    path = f"/{request.bucket}/{request.key}" if request.bucket else "/"
    subresources = sorted((k, v) for k, v in request.query if k in V1_SUBRESOURCES)
    if not subresources:
        return path
    return path + "?" + "&".join(f"{k}={v}" if v else k for k, v in subresources)


def v1_signature(secret: str, string_to_sign: str) -> str:
    digest = hmac.new(secret.encode(), string_to_sign.encode(), hashlib.sha1).digest()
    return b64encode(digest).decode("ascii")


def _verify_v1(key: AccessKey, request: SignedRequest, date: str, provided: str) -> None:
    string_to_sign = v1_string_to_sign(request, date)
    expected = v1_signature(key.access_key_secret, string_to_sign)
    if not hmac.compare_digest(expected, provided):
        raise errors.signature_mismatch(
            key.access_key_id, provided, string_to_sign, "0002-00000040"
        )


def _check_v1_header(
    request: SignedRequest, authorization: str, account: Account, now: float
) -> Caller:
    credential = authorization[len("OSS ") :].strip()
    access_key_id, sep, provided = credential.rpartition(":")
    if not sep or not access_key_id:
        raise errors.access_denied("Authorization header is invalid.", "0002-00000001")
    key = _resolve_key(account, access_key_id, request.header("x-oss-security-token"), now)
    date = request.header("x-oss-date") or request.header("Date")
    _check_skew(date, _parse_http_date(date), now)
    _verify_v1(key, request, date, provided)
    return Caller(key, None)


def _check_v1_query(request: SignedRequest, account: Account, now: float) -> Caller:
    access_key_id = request.param("OSSAccessKeyId") or ""
    expires = request.param("Expires") or ""
    provided = request.param("Signature") or ""
    key = _resolve_key(account, access_key_id, request.param("security-token"), now)
    if not expires.isdigit():
        raise errors.access_denied("Invalid argument: Expires.", "0002-00000070")
    if int(expires) < now:
        raise errors.request_expired(_iso(int(expires)), _iso(now))
    _verify_v1(key, request, expires, provided)
    return Caller(key, None)


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- V4 --------------------------------------------------------------------------------------


def _v4_encode(text: str, keep_slash: bool) -> str:
    return quote(text, safe="-_.~/" if keep_slash else "-_.~")


def v4_canonical_request(
    request: SignedRequest, additional: frozenset[str], exclude_params: frozenset[str]
) -> str:
    uri = f"/{request.bucket}/{request.key}" if request.bucket else "/"
    params = sorted(
        (_v4_encode(k, False), _v4_encode(v, False))
        for k, v in request.query
        if k not in exclude_params
    )
    query = "&".join(f"{k}={v}" if v else k for k, v in params)
    signed = V4_DEFAULT_SIGNED_HEADERS | additional
    headers = "".join(f"{k}:{v}\n" for k, v in request.oss_headers(signed))
    payload = request.header("x-oss-content-sha256") or "UNSIGNED-PAYLOAD"
    return "\n".join(
        [
            request.method,
            _v4_encode(uri, True),
            query,
            headers,
            ";".join(sorted(additional)),
            payload,
        ]
    )


def v4_signature(secret: str, scope: list[str], string_to_sign: str) -> str:
    date, region, product, terminator = scope
    signing_key = ("aliyun_v4" + secret).encode()
    for part in (date, region, product, terminator):
        signing_key = hmac.new(signing_key, part.encode(), hashlib.sha256).digest()
    return hmac.new(signing_key, string_to_sign.encode(), hashlib.sha256).hexdigest()


def _parse_credential(credential: str) -> tuple[str, list[str]]:
    parts = credential.split("/")
    if len(parts) != 5 or parts[3] != "oss" or parts[4] != "aliyun_v4_request":
        raise errors.access_denied("Invalid credential in the request.", "0002-00000226")
    return parts[0], parts[1:]


def _verify_v4(
    key: AccessKey,
    *,
    request: SignedRequest,
    scope: list[str],
    date_time: str,
    additional: frozenset[str],
    provided: str,
    exclude: frozenset[str],
) -> None:
    canonical = v4_canonical_request(request, additional, exclude)
    string_to_sign = "\n".join(
        [
            V4_ALGORITHM,
            date_time,
            "/".join(scope),
            hashlib.sha256(canonical.encode()).hexdigest(),
        ]
    )
    expected = v4_signature(key.access_key_secret, scope, string_to_sign)
    if not hmac.compare_digest(expected, provided):
        raise errors.signature_mismatch(
            key.access_key_id,
            provided,
            string_to_sign,
            "0002-00000228",
            CanonicalRequest=canonical,
        )


def _split_header_fields(value: str) -> dict[str, str]:
    fields = {}
    for item in value.split(","):
        name, _, content = item.strip().partition("=")
        fields[name.strip()] = content.strip()
    return fields


def _additional_headers(text: str) -> frozenset[str]:
    return frozenset(h.strip().lower() for h in text.split(";") if h.strip())


def _check_v4_header(
    request: SignedRequest, authorization: str, account: Account, now: float
) -> Caller:
    fields = _split_header_fields(authorization[len(V4_ALGORITHM) + 1 :])
    if "Credential" not in fields or "Signature" not in fields:
        raise errors.access_denied("Authorization header is invalid.", "0002-00000001")
    access_key_id, scope = _parse_credential(fields["Credential"])
    key = _resolve_key(account, access_key_id, request.header("x-oss-security-token"), now)
    date_time = request.header("x-oss-date")
    parsed = _parse_iso_basic(date_time)
    _check_skew(date_time, parsed, now)
    if date_time[:8] != scope[0]:
        raise errors.access_denied("Invalid signing date in credential.", "0002-00000227")
    additional = _additional_headers(fields.get("AdditionalHeaders", ""))
    _verify_v4(
        key,
        request=request,
        scope=scope,
        date_time=date_time,
        additional=additional,
        provided=fields["Signature"],
        exclude=frozenset(),
    )
    return Caller(key, scope[1])


def _check_v4_query(request: SignedRequest, account: Account, now: float) -> Caller:
    access_key_id, scope = _parse_credential(request.param("x-oss-credential") or "")
    key = _resolve_key(account, access_key_id, request.param("x-oss-security-token"), now)
    date_time = request.param("x-oss-date") or ""
    signed_at = _parse_iso_basic(date_time)
    expires = request.param("x-oss-expires") or ""
    if signed_at is None or not expires.isdigit():
        raise errors.access_denied("Invalid argument: x-oss-expires.", "0002-00000070")
    deadline = signed_at.timestamp() + int(expires)
    if deadline < now:
        raise errors.request_expired(_iso(deadline), _iso(now))
    if signed_at.timestamp() > now + MAX_SKEW_SECONDS:
        raise errors.access_denied("Request is not valid yet.", "0002-00000235")
    additional = _additional_headers(request.param("x-oss-additional-headers") or "")
    provided = request.param("x-oss-signature") or ""
    exclude = frozenset({"x-oss-signature"})
    _verify_v4(
        key,
        request=request,
        scope=scope,
        date_time=date_time,
        additional=additional,
        provided=provided,
        exclude=exclude,
    )
    return Caller(key, scope[1])
