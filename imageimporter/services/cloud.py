"""One connection to Alibaba Cloud (or the sandbox): SDK clients and the account's basic facts.

``CloudSession`` owns the SDK clients for one set of credentials and endpoints and turns every
SDK failure into an ``AppError`` with words (``core.error_catalog``). ``AccountService`` answers
the Account page's questions: who am I, which regions, which buckets, create a bucket.

The SDKs are imported inside the methods that use them, so that opening the app does not pay for
importing them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from imageimporter.core.endpoints import Endpoints
from imageimporter.core.error_catalog import ServiceError, explain
from imageimporter.core.errors import AppError
from imageimporter.core.text import Text
from imageimporter.services.credentials import Credentials
from imageimporter.services.logs import never_log

T = TypeVar("T")

# Seconds; the SDKs' own defaults are much longer, and a hung call must not hold the user.
CONNECT_TIMEOUT_MS = 10_000
READ_TIMEOUT_MS = 30_000


class NetworkError(AppError):
    pass


def translate_sdk_error(exc: BaseException) -> AppError:
    """An AppError for anything the Alibaba Cloud SDKs (Tea/darabonba) raise."""
    code = getattr(exc, "code", None)
    data = getattr(exc, "data", None)
    if isinstance(code, str) and code and isinstance(data, dict):
        message = str(data.get("Message") or "")
        request_id = str(data.get("RequestId") or getattr(exc, "request_id", "") or "")
        error = explain(code, message, request_id)
        status = getattr(exc, "status_code", None) or data.get("statusCode") or 0
        # The catalogue knows a few codes; the service has many more (Throttling.User,
        # UnknownError, InternalError.*): any 5xx or throttling answer is worth another try.
        if int(status) >= 500 or code.startswith(("Throttling", "ServiceUnavailable")):
            error.transient = True
        return error
    return NetworkError(
        Text.of("The service could not be reached."),
        Text.of(
            "Check the network connection (and the proxy settings); the app retries when asked.",
        ),
        code="NetworkError",
        transient=True,
    )


def translate_oss_error(exc: BaseException) -> AppError:
    """An AppError for an oss2 exception: the uploads' one translation of OSS's answers."""
    from imageimporter.services.upload.client import translate_oss_error as translate

    return translate(exc)


@dataclass(frozen=True)
class CallerIdentity:
    account_id: str
    user_id: str
    arn: str
    identity_type: str


@dataclass(frozen=True)
class RegionInfo:
    region_id: str
    local_name: str


@dataclass(frozen=True)
class BucketInfo:
    name: str
    region_id: str  # "cn-hangzhou", from the bucket's location "oss-cn-hangzhou"
    storage_class: str = ""


class CloudSession:
    """The SDK clients for one set of credentials, created when first used."""

    def __init__(self, credentials: Credentials, endpoints: Endpoints) -> None:
        never_log(credentials.access_key_secret, credentials.security_token)
        self.credentials = credentials
        self.endpoints = endpoints
        self._clients: dict[str, Any] = {}

    @property
    def region(self) -> str:
        return self.endpoints.region

    def current_credentials(self) -> Credentials:
        """The credentials to sign the next request with (a RoleSession renews them first
        when they are about to expire)."""
        return self.credentials

    def _config(self, product: Any) -> Any:
        from alibabacloud_tea_openapi.models import Config

        host, protocol = self.endpoints.host_and_protocol(product)
        return Config(
            access_key_id=self.credentials.access_key_id,
            access_key_secret=self.credentials.access_key_secret,
            security_token=self.credentials.security_token,
            endpoint=host,
            protocol=protocol,
            region_id=self.region,
            connect_timeout=CONNECT_TIMEOUT_MS,
            read_timeout=READ_TIMEOUT_MS,
            user_agent="imageimporter",
        )

    def ecs(self) -> Any:
        if "ecs" not in self._clients:
            from alibabacloud_ecs20140526.client import Client

            self._clients["ecs"] = Client(self._config("ecs"))
        return self._clients["ecs"]

    def ram(self) -> Any:
        if "ram" not in self._clients:
            from alibabacloud_ram20150501.client import Client

            self._clients["ram"] = Client(self._config("ram"))
        return self._clients["ram"]

    def sts(self) -> Any:
        if "sts" not in self._clients:
            from alibabacloud_sts20150401.client import Client

            self._clients["sts"] = Client(self._config("sts"))
        return self._clients["sts"]

    def oss_auth(self) -> Any:
        """OSS V4 signatures: they name the region, which is also how a bucket is created in
        the chosen region when one endpoint serves them all (the sandbox, a proxy)."""
        import oss2
        from oss2.credentials import StaticCredentialsProvider

        creds = self.credentials
        provider = StaticCredentialsProvider(
            creds.access_key_id, creds.access_key_secret, creds.security_token or ""
        )
        return oss2.ProviderAuthV4(provider)

    def oss_service(self) -> Any:
        import oss2

        return oss2.Service(self.oss_auth(), self.endpoints.url("oss"), region=self.region)

    def oss_bucket(self, name: str, region: str | None = None) -> Any:
        import oss2

        endpoints = self.endpoints
        if region and region != endpoints.region:
            endpoints = Endpoints(region, endpoints.overrides, endpoints.base)
        return oss2.Bucket(
            self.oss_auth(), endpoints.url("oss"), name, region=endpoints.region, enable_crc=False
        )

    @staticmethod
    def call(func: Callable[[], T]) -> T:
        """Run one SDK call, turning its failures into AppErrors with words."""
        try:
            return func()
        except AppError:
            raise
        except Exception as exc:
            import oss2.exceptions

            if isinstance(exc, oss2.exceptions.OssError | oss2.exceptions.RequestError):
                raise translate_oss_error(exc) from exc
            raise translate_sdk_error(exc) from exc


class AccountService:
    """Who the credentials belong to, the regions, the buckets of a region."""

    def __init__(self, session: CloudSession) -> None:
        self.session = session

    def caller_identity(self) -> CallerIdentity:
        body = self.session.call(lambda: self.session.sts().get_caller_identity().body)
        return CallerIdentity(
            account_id=str(body.account_id or ""),
            user_id=str(body.user_id or ""),
            arn=str(body.arn or ""),
            identity_type=str(body.identity_type or ""),
        )

    def regions(self, language: str = "en-US") -> list[RegionInfo]:
        from alibabacloud_ecs20140526 import models

        request = models.DescribeRegionsRequest(accept_language=language)
        body = self.session.call(lambda: self.session.ecs().describe_regions(request).body)
        regions = body.regions.region if body.regions else []
        return [RegionInfo(str(r.region_id), str(r.local_name or r.region_id)) for r in regions]

    def buckets(self, region: str | None = None) -> list[BucketInfo]:
        """Every bucket of the account, or only those in ``region``."""
        import oss2

        service = self.session.oss_service()
        found = self.session.call(lambda: list(oss2.BucketIterator(service)))
        buckets = [
            BucketInfo(
                name=str(b.name),
                region_id=str(b.location or "").removeprefix("oss-"),
                storage_class=str(getattr(b, "storage_class", "") or ""),
            )
            for b in found
        ]
        return [b for b in buckets if region is None or b.region_id == region]

    def bucket_region(self, name: str) -> str:
        """The region of one of the account's buckets; ServiceError NoSuchBucket if missing.

        Asked through ListBuckets, which answers from any region: OSS refuses bucket requests
        sent through another region's endpoint, so GetBucketInfo would need the answer first.
        """
        import oss2

        service = self.session.oss_service()
        found = self.session.call(lambda: list(oss2.BucketIterator(service, prefix=name)))
        for bucket in found:
            if bucket.name == name:
                return str(bucket.location or "").removeprefix("oss-")
        raise ServiceError(
            Text.of(
                'The bucket "{name}" does not exist in this account.',
                name=name,
            ),
            Text.of("Choose one of the buckets listed, or create it."),
            code="NoSuchBucket",
        )

    def create_bucket(self, name: str, region: str) -> BucketInfo:
        import oss2

        bucket = self.session.oss_bucket(name, region)
        self.session.call(lambda: bucket.create_bucket(oss2.BUCKET_ACL_PRIVATE))
        return BucketInfo(name, self.bucket_region(name))
