"""The OSS side of uploads: endpoints, credentials, the oss2 client, and errors in words.

This module and ``engine.py`` are the only places that know oss2. Everything they raise to the
caller is an ``AppError`` (or ``UploadCancelled``); oss2's exceptions never leave the package.
``classify``/``translate_oss_error`` are the app's one translation of oss2's exceptions into
words: ``services.cloud`` uses it too, for the OSS requests it makes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol
from urllib.parse import urlsplit
from xml.etree import ElementTree

import oss2
import oss2.credentials
import oss2.exceptions

from imageimporter.core.endpoints import (
    EndpointError,
    check_endpoint,
    default_endpoint,
    is_loopback_host,
)
from imageimporter.core.error_catalog import Remedy, ServiceError
from imageimporter.core.errors import AppError
from imageimporter.core.text import Text
from imageimporter.services.cloud import CloudSession, NetworkError
from imageimporter.services.credentials import Credentials, CredentialsError

# How long one request may wait for a connection or for the server to take more bytes or to
# answer before it counts as stalled (and is retried).
DEFAULT_TIMEOUT = 30.0


# -- errors ------------------------------------------------------------------------------------
class UploadError(AppError):
    """An upload failure to show to the user."""


class OssServiceError(UploadError, ServiceError):
    """What OSS answered, in words (a ``ServiceError`` like the other services' answers)."""


class OssNetworkError(UploadError, NetworkError):
    """OSS could not be reached (a ``NetworkError`` like the other services' failures)."""


class CredentialsRefusedError(OssServiceError, CredentialsError):
    """OSS refused the credentials (wrong, expired, or not allowed): a ``CredentialsError``
    like any other, with what OSS answered."""


class BucketError(OssServiceError):
    pass


class LocalFileError(UploadError):
    """The local file cannot be read, or changed while it was being uploaded."""


class VerificationError(UploadError):
    """What OSS stored differs from the file (a CRC64 mismatch)."""


# -- endpoints ---------------------------------------------------------------------------------
def resolve_endpoint(endpoint: str | None, region: str | None) -> str:
    """The OSS endpoint URL to use: ``endpoint`` checked, or the public one of ``region``.

    Plain HTTP is accepted only for loopback (the sandbox); anything else must be HTTPS, since
    requests carry signed credentials and the disk image itself (``check_endpoint``'s rule).
    """
    if not endpoint:
        if not region:
            raise EndpointError(
                Text.of("Neither an OSS endpoint nor a region was given."),
                Text.of(
                    "Give the bucket's region (for example cn-hangzhou) or an OSS endpoint URL."
                ),
                code="InvalidEndpoint",
            )
        return default_endpoint("oss", region)
    parts = urlsplit(check_endpoint(endpoint, "oss"))
    host = parts.hostname or ""
    if parts.path or parts.query or parts.username or parts.password:
        raise EndpointError(
            Text.of(
                "{endpoint!r} is not an OSS endpoint: it must not have a path, query or user.",
                endpoint=endpoint,
            ),
            Text.of(
                "Give only the scheme, host and port, such as "
                "https://oss-cn-hangzhou.aliyuncs.com.",
            ),
            code="InvalidEndpoint",
        )
    if ":" in host:
        raise EndpointError(
            Text.of(
                "{endpoint!r}: IPv6 addresses are not supported as OSS endpoints.",
                endpoint=endpoint,
            ),
            Text.of("Use a host name or an IPv4 address."),
            code="InvalidEndpoint",
        )
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host.lower()}{port}"


# -- credentials -------------------------------------------------------------------------------
class CredentialsSource(Protocol):
    """Where an upload gets its credentials. ``get`` is asked before every request, so a source
    whose credentials expire renews them ahead of time (``get`` returns the new ones); ``refresh``
    is called when OSS says the current ones expired anyway: it returns new ones (or the same ones
    when it has nothing newer)."""

    def get(self) -> Credentials: ...

    def refresh(self) -> Credentials: ...


class StaticCredentials:
    """Fixed credentials (an AccessKey, or an STS token that nothing can renew)."""

    def __init__(self, credentials: Credentials) -> None:
        self._credentials = credentials

    def get(self) -> Credentials:
        return self._credentials

    def refresh(self) -> Credentials:
        return self._credentials


class SessionCredentials:
    """A cloud session's credentials as it renews them: a RamRoleArn profile's STS credentials
    (an hour long) are renewed before they expire, so an upload of many hours never stops."""

    def __init__(self, session: CloudSession) -> None:
        self._session = session

    def get(self) -> Credentials:
        return self._session.current_credentials()

    def refresh(self) -> Credentials:
        return self._session.current_credentials()


class ProviderAdapter(oss2.credentials.CredentialsProvider):  # type: ignore[misc]
    """oss2's credentials provider over a ``CredentialsSource``: every request is signed with
    the current credentials, and a refresh is done once however many parts notice the expiry
    at the same moment (each caller passes the generation it signed with)."""

    def __init__(self, source: CredentialsSource) -> None:
        self._source = source
        self._lock = threading.Lock()
        self._current = source.get()
        self._generation = 0

    @property
    def current(self) -> Credentials:
        return self._current

    @property
    def generation(self) -> int:
        return self._generation

    def get_credentials(self) -> oss2.credentials.Credentials:
        current = self._source.get()
        if current != self._current:  # renewed ahead of expiry by the source
            with self._lock:
                if current != self._current:
                    self._current = current
                    self._generation += 1
        return oss2.credentials.Credentials(
            current.access_key_id, current.access_key_secret, current.security_token or ""
        )

    def refresh(self, seen_generation: int) -> bool:
        """Renew the credentials unless someone already did since ``seen_generation``.
        False: the source had nothing newer."""
        with self._lock:
            if self._generation != seen_generation:
                return True
            fresh = self._source.refresh()
            if fresh == self._current:
                return False
            self._current = fresh
            self._generation += 1
            return True


# -- the client --------------------------------------------------------------------------------
@dataclass(frozen=True)
class OssTarget:
    """Where an object goes: an endpoint URL (see ``resolve_endpoint``), a bucket, and the
    region when known (then requests are signed with V4, else V1)."""

    endpoint: str
    bucket: str
    region: str | None = None


def make_bucket(
    target: OssTarget,
    provider: ProviderAdapter,
    pool_size: int = 8,
    timeout: float = DEFAULT_TIMEOUT,
) -> Any:
    """An ``oss2.Bucket`` with oss2's own CRC checking off: the engine computes every CRC64
    once itself and checks it against the server's. Close it with ``close_bucket``."""
    host = urlsplit(target.endpoint).hostname or ""
    auth: Any = oss2.ProviderAuthV4(provider) if target.region else oss2.ProviderAuth(provider)
    try:
        return oss2.Bucket(
            auth,
            target.endpoint,
            target.bucket,
            session=oss2.Session(pool_size=pool_size),
            connect_timeout=timeout,
            enable_crc=False,
            region=target.region,
            is_path_style=is_loopback_host(host),
            app_name="imageimporter",
        )
    except oss2.exceptions.ClientError as exc:
        raise BucketError(
            Text.of(
                "{bucket!r} is not a valid bucket name or {endpoint} is not a valid endpoint.",
                bucket=target.bucket,
                endpoint=target.endpoint,
            ),
            Text.of("Bucket names have 3 to 63 lowercase letters, digits and hyphens."),
        ) from exc


def close_bucket(bucket: Any) -> None:
    bucket.session.session.close()


@dataclass(frozen=True)
class ServerPart:
    number: int
    size: int
    etag: str
    crc64: int | None


def list_parts(bucket: Any, key: str, upload_id: str) -> list[ServerPart]:
    """ListParts with each part's CRC64 (oss2's parser drops ``HashCrc64ecma``)."""
    parts: list[ServerPart] = []
    marker = ""
    while True:
        resp = bucket._do(
            "GET",
            bucket.bucket_name,
            key,
            params={"uploadId": upload_id, "part-number-marker": marker, "max-parts": "1000"},
        )
        root = ElementTree.fromstring(resp.read())
        for node in root.findall("Part"):
            crc_text = node.findtext("HashCrc64ecma")
            parts.append(
                ServerPart(
                    number=int(node.findtext("PartNumber") or 0),
                    size=int(node.findtext("Size") or 0),
                    etag=(node.findtext("ETag") or "").strip('"'),
                    crc64=int(crc_text) if crc_text else None,
                )
            )
        if (root.findtext("IsTruncated") or "").lower() != "true":
            return parts
        marker = root.findtext("NextPartNumberMarker") or ""
        if not marker:
            return parts


# -- what a failure means ----------------------------------------------------------------------
class FailureKind(Enum):
    TRANSIENT = "transient"  # retry with backoff
    EXPIRED = "expired"  # credentials expired: refresh, then retry
    UPLOAD_GONE = "upload_gone"  # the multipart upload id is unknown to the server
    NOT_FOUND = "not_found"  # no such object (HeadObject)
    FATAL = "fatal"  # stop the upload, tell the user


@dataclass(frozen=True)
class Failure:
    kind: FailureKind
    summary: str  # a few words for a "retrying" line
    error: AppError


_AUTH_CODES = {"InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied"}
_EXPIRED_CODES = {"SecurityTokenExpired", "InvalidSecurityToken"}
_QUOTA_WORDS = ("Quota", "Arrearage", "UserDisable", "InsufficientStorage", "Capacity")


def translate_oss_error(
    exc: BaseException, target: OssTarget | None = None, credentials: Credentials | None = None
) -> AppError:
    """The ``AppError`` for an exception of oss2 (or of the network under it)."""
    return classify(exc, target, credentials).error


def classify(
    exc: BaseException, target: OssTarget | None = None, credentials: Credentials | None = None
) -> Failure:
    """Turn an exception from oss2 (or the network) into what to do about it and the words for
    it. ``target`` and ``credentials`` make the words name the bucket and the AccessKey ID."""
    bucket = target.bucket if target is not None else ""
    if isinstance(exc, oss2.exceptions.RequestError):
        summary = _network_summary(exc)
        return Failure(
            FailureKind.TRANSIENT,
            summary,
            OssNetworkError(
                Text.of(
                    "The connection to {endpoint} failed ({summary}).",
                    endpoint=target.endpoint,
                    summary=summary,
                )
                if target is not None
                else Text.of("The connection to OSS failed ({summary}).", summary=summary),
                Text.of("Check the network connection, then try again: an upload resumes."),
                code="NetworkError",
                transient=True,
            ),
        )
    if not isinstance(exc, oss2.exceptions.OssError) or isinstance(
        exc, oss2.exceptions.ClientError
    ):
        return Failure(
            FailureKind.FATAL,
            type(exc).__name__,
            UploadError(
                Text.of(
                    "The upload failed unexpectedly: {exc!r}.",
                    exc=exc,
                )
            ),
        )
    status = int(exc.status)
    answered_code = str(exc.code or "")
    # A HEAD answer has no body, hence no code: the status stands in for it.
    code = answered_code or str(status)
    request_id = str(exc.request_id or "")
    message = str(exc.message or "").strip()
    summary = f"HTTP {status} {answered_code}".strip()

    def fatal(
        error_type: type[OssServiceError],
        text: str,
        action: str,
        remedy: Remedy = Remedy.NONE,
    ) -> Failure:
        error = error_type(text, action, code, request_id, False)
        error.remedy = remedy
        error.service_message = message
        return Failure(FailureKind.FATAL, summary, error)

    temporary = credentials is not None and credentials.is_temporary
    if code in _EXPIRED_CODES or (code == "InvalidAccessKeyId" and temporary):
        expired = fatal(
            CredentialsRefusedError,
            Text.of("The temporary (STS) credentials expired and no new ones could be obtained."),
            Text.of("Get new temporary credentials, then run the upload again: it resumes."),
            Remedy.CHECK_CREDENTIALS,
        )
        return Failure(FailureKind.EXPIRED, summary, expired.error)
    if code == "InvalidAccessKeyId":
        return fatal(
            CredentialsRefusedError,
            Text.of(
                "OSS does not know the AccessKey ID {access_key_id}.",
                access_key_id=credentials.access_key_id,
            )
            if credentials is not None
            else Text.of("OSS does not know the AccessKey ID."),
            Text.of("Check the AccessKey ID, or create a new AccessKey in the RAM console."),
            Remedy.CHECK_CREDENTIALS,
        )
    if code == "SignatureDoesNotMatch":
        return fatal(
            CredentialsRefusedError,
            Text.of(
                "OSS rejected the request's signature: the AccessKey secret does not belong to "
                "the AccessKey ID {access_key_id}.",
                access_key_id=credentials.access_key_id,
            )
            if credentials is not None
            else Text.of(
                "OSS rejected the request's signature: the AccessKey secret does not belong to "
                "the AccessKey ID."
            ),
            Text.of("Check the AccessKey secret."),
            Remedy.CHECK_CREDENTIALS,
        )
    if code in {"AccessDenied", "403"}:
        if bucket:
            text = (
                Text.of(
                    "OSS denied access to bucket {bucket}: {message}",
                    bucket=bucket,
                    message=message,
                )
                if message
                else Text.of("OSS denied access to bucket {bucket}.", bucket=bucket)
            )
        else:
            text = (
                Text.of("OSS denied access to the bucket: {message}", message=message)
                if message
                else Text.of("OSS denied access to the bucket.")
            )
        return fatal(
            CredentialsRefusedError,
            text,
            Text.of(
                "Use an AccessKey allowed to write to this bucket (for example with the "
                "AliyunOSSFullAccess policy or a bucket policy).",
            ),
            Remedy.CHECK_CREDENTIALS,
        )
    if code == "RequestTimeTooSkewed":
        return fatal(
            OssServiceError,
            Text.of(
                "This computer's clock differs too much from OSS's, so OSS rejects its requests."
            ),
            Text.of("Set the clock right (turn on automatic time), then run the upload again."),
        )
    if code == "NoSuchBucket":
        return fatal(
            BucketError,
            Text.of(
                "The bucket {bucket} does not exist at {endpoint}.",
                bucket=target.bucket,
                endpoint=target.endpoint,
            )
            if target is not None
            else Text.of("The bucket does not exist in this region."),
            Text.of("Check the bucket's name and region, or create the bucket in the OSS console."),
        )
    if code == "NoSuchUpload":
        return Failure(
            FailureKind.UPLOAD_GONE,
            summary,
            OssServiceError(
                Text.of("The unfinished upload is gone from the server."),
                code=code,
                request_id=request_id,
            ),
        )
    if status == 404 and code in ("NoSuchKey", "404"):
        return Failure(
            FailureKind.NOT_FOUND,
            summary,
            OssServiceError(Text.of("No such object."), code=code, request_id=request_id),
        )
    if any(word in code for word in _QUOTA_WORDS):
        if bucket:
            text = (
                Text.of(
                    "OSS refused to store more data in bucket {bucket}: {message}",
                    bucket=bucket,
                    message=message,
                )
                if message
                else Text.of("OSS refused to store more data in bucket {bucket}.", bucket=bucket)
            )
        else:
            text = (
                Text.of("OSS refused to store more data: {message}", message=message)
                if message
                else Text.of("OSS refused to store more data.")
            )
        return fatal(
            BucketError,
            text,
            Text.of("Check the account's balance and the bucket's capacity in the OSS console."),
        )
    if status >= 500 or status in (408, 429) or code in ("RequestTimeout", "SlowDown"):
        failed = fatal(
            OssServiceError,
            Text.of("OSS failed with HTTP {status} {code}.", status=status, code=code)
            if answered_code
            else Text.of("OSS failed with HTTP {status}.", status=status),
            Text.of("Try again later: an upload resumes where it stopped."),
            Remedy.RETRY,
        )
        failed.error.transient = True
        return Failure(FailureKind.TRANSIENT, summary, failed.error)
    return fatal(
        OssServiceError,
        Text.of(
            "OSS refused the request (HTTP {status}): {message}", status=status, message=message
        )
        if message
        else Text.of("OSS refused the request (HTTP {status}).", status=status),
        "",
    )


def _network_summary(exc: Any) -> str:
    inner = getattr(exc, "exception", None)
    text = repr(inner) if inner is not None else str(exc)
    lowered = text.lower()
    if "timed out" in lowered or "timeout" in lowered:
        return "timed out"
    if "reset" in lowered:
        return "connection reset"
    if "refused" in lowered:
        return "connection refused"
    if "aborted" in lowered or "disconnected" in lowered or "broken pipe" in lowered:
        return "connection lost"
    return "network error"
