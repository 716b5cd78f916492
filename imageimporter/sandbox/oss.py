"""OSS for the sandbox cloud: the REST API the official oss2 SDK speaks, path-style.

Requests arrive as ``/<bucket>/<key>?<sub-resources>`` (oss2 uses path-style addressing for an
IP endpoint). Every request is authenticated (V1 or V4 signature, in headers or in a presigned
URL, with STS tokens), then served from ``OssStore``, which keeps state on disk so a restarted
sandbox finds its buckets, objects and unfinished uploads again.

API names for statistics and fault rules are ``oss:<Operation>`` with the operation names of the
OSS API reference (``oss:PutObject``, ``oss:UploadPart``, ``oss:CompleteMultipartUpload``, ...).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path

from imageimporter.sandbox import oss_errors as errors
from imageimporter.sandbox import oss_xml as xml
from imageimporter.sandbox.contracts import OssObjectInfo
from imageimporter.sandbox.http import SandboxRequest, SandboxResponse, header_wire
from imageimporter.sandbox.oss_auth import Caller, SignedRequest, authenticate
from imageimporter.sandbox.oss_base import (
    MAX_OBJECT_SIZE,
    STORAGE_CLASSES,
    XML_TYPE,
    new_request_id,
    quoted,
)
from imageimporter.sandbox.oss_conditions import (
    check_conditions,
    parse_range,
    response_overrides,
)
from imageimporter.sandbox.oss_errors import OssError
from imageimporter.sandbox.oss_multipart import MultipartApi
from imageimporter.sandbox.oss_routing import (
    UNIMPLEMENTED,
    UNIMPLEMENTED_SUBRESOURCES,
    Route,
    route,
)
from imageimporter.sandbox.oss_store import (
    BucketRecord,
    ObjectRecord,
    Received,
)
from imageimporter.sandbox.regions import find_region
from imageimporter.sandbox.server import SandboxContext

MAX_KEY_BYTES = 1023
CANNED_ACLS = ("private", "public-read", "public-read-write")
_BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")


Handler = Callable[[Route, Caller, SandboxRequest], SandboxResponse]


class OssProduct(MultipartApi):
    """The OSS product of the sandbox; also the ``OssLookup`` other products use."""

    name = "oss"

    def __init__(self, ctx: SandboxContext) -> None:
        super().__init__(ctx)
        self._handlers: dict[str, Handler] = {
            "GetService": self._get_service,
            "PutBucket": self._put_bucket,
            "DeleteBucket": self._delete_bucket,
            "GetBucketInfo": self._get_bucket_info,
            "GetBucketLocation": self._get_bucket_location,
            "GetBucketAcl": self._get_bucket_acl,
            "ListObjects": self._list_objects,
            "ListObjectsV2": self._list_objects_v2,
            "DeleteMultipleObjects": self._delete_multiple_objects,
            "PutObject": self._put_object,
            "GetObject": self._get_object,
            "HeadObject": self._head_object,
            "GetObjectMeta": self._head_object,
            "DeleteObject": self._delete_object,
            "InitiateMultipartUpload": self._initiate_multipart_upload,
            "UploadPart": self._upload_part,
            "CompleteMultipartUpload": self._complete_multipart_upload,
            "AbortMultipartUpload": self._abort_multipart_upload,
            "ListParts": self._list_parts,
            "ListMultipartUploads": self._list_multipart_uploads,
            "ListLiveChannel": self._list_live_channels,
        }

    # -- OssLookup -----------------------------------------------------------------------------
    def bucket_region(self, bucket: str) -> str | None:
        record = self._store.buckets.get(bucket)
        return None if record is None else record.region

    def object_info(self, bucket: str, key: str) -> OssObjectInfo | None:
        record = self._store.get_object(bucket, key)
        if record is None:
            return None
        return self._info(bucket, record)

    def ensure_bucket(self, name: str, region: str) -> None:
        record = BucketRecord(name, region, "Standard", self._now(), self._ctx.account.account_id)
        self._store.create_bucket(record)

    def put_local_object(
        self, bucket: str, key: str, source: Path | bytes, storage_class: str = "Standard"
    ) -> OssObjectInfo:
        if bucket not in self._store.buckets:
            raise KeyError(f"no bucket {bucket!r}")
        received = (
            self._store.receive_file(source)
            if isinstance(source, Path)
            else self._store.receive_bytes(source)
        )
        record = self._object_record(key, received, storage_class, "application/octet-stream", {})
        self._store.commit_object(bucket, record, received.path)
        return self._info(bucket, record)

    def delete_object(self, bucket: str, key: str) -> None:
        self._store.delete_object(bucket, key)

    def _info(self, bucket: str, record: ObjectRecord) -> OssObjectInfo:
        return OssObjectInfo(
            bucket=bucket,
            key=record.key,
            size=record.size,
            storage_class=record.storage_class,
            files=tuple(self._store.object_files(bucket, record)),
            open=lambda: self._store.open_version(bucket, record),
            crc64=record.crc64,
            etag=record.etag,
        )

    # -- Product -------------------------------------------------------------------------------
    def matches(self, request: SandboxRequest) -> bool:
        # The server asks the RPC products first; everything else is an OSS request.
        return True

    def api_name(self, request: SandboxRequest) -> str:
        return "oss:" + route(request).api

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        target = route(request)
        try:
            caller = self._authenticate(target, request)
            handler = self._handlers.get(target.api)
            if target.api == UNIMPLEMENTED:
                named = sorted(UNIMPLEMENTED_SUBRESOURCES.intersection(target.params))
                raise errors.not_implemented("the " + ", ".join(f"?{n}" for n in named) + " API")
            if handler is None:
                raise errors.not_implemented(f"the {target.api} operation")
            if target.api != "GetService":
                self._check_bucket_name(target.bucket)
            if target.key:
                self._check_key(target.key)
            response = handler(target, caller, request)
        except OssError as error:
            response = self._error(request, error)
            if error.code == "EntityTooLarge" and not request.body.done:
                # Like OSS: refuse without reading gigabytes, and drop the connection.
                response.headers.append(("Connection", "close"))
            return response
        response.headers += self._common_headers()
        return response

    def error_response(
        self, request: SandboxRequest, status: int, code: str, message: str
    ) -> SandboxResponse:
        return self._error(request, OssError(status, code, message))

    def close(self) -> None:
        # Every change is already on disk; nothing runs in the background.
        pass

    # -- plumbing ------------------------------------------------------------------------------
    def _common_headers(self) -> list[tuple[str, str]]:
        return [
            ("x-oss-request-id", new_request_id()),
            ("x-oss-server-time", "1"),
        ]

    def _error(self, request: SandboxRequest, error: OssError) -> SandboxResponse:
        request_id = new_request_id()
        host = request.header("Host") or self._ctx.endpoint.removeprefix("http://")
        body = errors.error_xml(error, request_id, host)
        headers = [("Content-Type", XML_TYPE), ("x-oss-request-id", request_id)]
        if error.ec:
            headers.append(("x-oss-ec", error.ec))
        if error.status == 304:  # like OSS: nothing but the status
            body = b""
        elif request.method == "HEAD":
            headers.append(("x-oss-err", errors.error_header_value(body)))
            body = b""
        return SandboxResponse(error.status, headers, body)

    def _authenticate(self, target: Route, request: SandboxRequest) -> Caller:
        signed = SignedRequest(
            method=request.method,
            bucket=target.bucket,
            key=target.key,
            query=request.query_items(),
            headers=request.headers,
        )
        return authenticate(signed, self._ctx.account, self._now())

    @staticmethod
    def _check_bucket_name(bucket: str) -> None:
        if not _BUCKET_NAME.fullmatch(bucket):
            raise errors.invalid_bucket_name(bucket)

    @staticmethod
    def _check_key(key: str) -> None:
        if len(key.encode("utf-8")) > MAX_KEY_BYTES or key.startswith(("/", "\\")):
            raise errors.invalid_object_name(key)

    # -- service and buckets -------------------------------------------------------------------
    def _get_service(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        params = target.params
        prefix, marker = params.get("prefix", ""), params.get("marker", "")
        paged = "max-keys" in params
        max_keys = self._int_param(params, "max-keys", 1000, 1, 1000)
        matching = [
            b for b in self._store.bucket_records() if b.name.startswith(prefix) and b.name > marker
        ]
        records = matching[:max_keys]
        page = xml.Page(len(matching) > max_keys, records[-1].name if records else "")
        body = xml.list_buckets(
            self._ctx.account.account_id,
            buckets=records,
            prefix=prefix,
            marker=marker,
            max_keys=max_keys if paged else None,
            page=page,
        )
        return self._xml(body)

    def _put_bucket(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        try:
            storage_class = xml.parse_create_bucket(request.body.read_all(1 << 20))
        except ValueError as exc:
            raise errors.malformed_xml() from exc
        storage_class = storage_class or "Standard"
        if storage_class not in STORAGE_CLASSES:
            raise errors.invalid_argument("Invalid storage class.", "StorageClass", storage_class)
        acl = request.header("x-oss-acl") or "private"
        if acl not in CANNED_ACLS:
            raise errors.invalid_argument("no such bucket access control exists", "x-oss-acl", acl)
        region = caller.signed_region or self._ctx.region
        if find_region(region) is None:
            raise OssError(
                400,
                "InvalidLocationConstraint",
                "The specified location-constraint is not valid.",
                "0015-00000006",
                {"LocationConstraint": f"oss-{region}"},
            )
        wanted = BucketRecord(
            target.bucket,
            region,
            storage_class,
            self._now(),
            caller.key.principal.account_id,
            acl,
        )
        existing = self._store.create_bucket(wanted)
        if existing is not wanted and (
            existing.region != region or existing.owner_id != wanted.owner_id
        ):
            raise errors.bucket_already_exists(target.bucket)
        return SandboxResponse(200, [("Location", f"/{target.bucket}")])

    def _delete_bucket(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        if self._store.sorted_keys(target.bucket) or self._store.upload_records(target.bucket):
            raise errors.bucket_not_empty(target.bucket)
        self._store.delete_bucket(target.bucket)
        return SandboxResponse(204)

    def _get_bucket_info(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        return self._xml(xml.bucket_info(self._bucket(target, caller)))

    def _get_bucket_location(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        return self._xml(xml.bucket_location(self._bucket(target, caller).region))

    def _get_bucket_acl(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        return self._xml(xml.bucket_acl(self._bucket(target, caller)))

    def _list_live_channels(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        params = target.params
        max_keys = self._int_param(params, "max-keys", 100, 1, 1000)
        return self._xml(xml.empty_live_channel_list(params.get("prefix", ""), max_keys))

    # -- listing -------------------------------------------------------------------------------
    def _listing(
        self, bucket: str, prefix: str, start_after: str, delimiter: str, max_keys: int
    ) -> xml.Listing:
        objects: list[ObjectRecord] = []
        prefixes: list[str] = []
        last = ""
        truncated = False
        for key in self._store.sorted_keys(bucket):
            if key <= start_after or not key.startswith(prefix):
                continue
            entry: str | ObjectRecord | None = None
            cut = key.find(delimiter, len(prefix)) if delimiter else -1
            if cut >= 0:
                common = key[: cut + len(delimiter)]
                if start_after.startswith(common) or (prefixes and prefixes[-1] == common):
                    continue
                entry = common
            else:
                entry = self._store.get_object(bucket, key)
                if entry is None:  # deleted meanwhile
                    continue
            if len(objects) + len(prefixes) == max_keys:
                truncated = True
                break
            if isinstance(entry, str):
                prefixes.append(entry)
                last = entry
            else:
                objects.append(entry)
                last = entry.key
        return xml.Listing(objects, prefixes, xml.Page(truncated, last if truncated else ""))

    def _list_params(self, params: dict[str, str]) -> tuple[int, xml.KeyEncoder]:
        max_keys = self._int_param(params, "max-keys", 100, 0, 1000)
        encoding = params.get("encoding-type", "")
        if encoding not in ("", "url"):
            raise errors.invalid_argument(
                "The Encoding-Type is invalid.", "encoding-type", encoding
            )
        return max_keys, xml.KeyEncoder(encoding)

    def _list_objects(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        params = target.params
        max_keys, encode = self._list_params(params)
        listing = self._listing(
            target.bucket,
            params.get("prefix", ""),
            params.get("marker", ""),
            params.get("delimiter", ""),
            max_keys,
        )
        owner = self._store.buckets[target.bucket].owner_id
        return self._xml(
            xml.list_objects(
                target.bucket,
                params=params,
                max_keys=max_keys,
                listing=listing,
                owner_id=owner,
                encode=encode,
            )
        )

    def _list_objects_v2(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        bucket = self._bucket(target, caller)
        params = target.params
        max_keys, encode = self._list_params(params)
        start = params.get("start-after", "")
        token = params.get("continuation-token", "")
        if token:
            try:
                start = max(start, base64.urlsafe_b64decode(token.encode()).decode("utf-8"))
            except (binascii.Error, UnicodeDecodeError) as exc:
                raise errors.invalid_argument(
                    "The continuation token provided is incorrect.", "continuation-token", token
                ) from exc
        listing = self._listing(
            target.bucket, params.get("prefix", ""), start, params.get("delimiter", ""), max_keys
        )
        next_token = base64.urlsafe_b64encode(listing.page.next_marker.encode()).decode()
        owner = bucket.owner_id if params.get("fetch-owner") == "true" else None
        body = xml.list_objects_v2(
            target.bucket,
            params=params,
            max_keys=max_keys,
            listing=listing,
            next_token=next_token,
            owner_id=owner,
            encode=encode,
        )
        return self._xml(body)

    # -- objects -------------------------------------------------------------------------------
    def _object_headers(self, record: ObjectRecord) -> list[tuple[str, str]]:
        headers = [
            ("Content-Type", record.content_type),
            ("ETag", quoted(record.etag)),
            ("Last-Modified", formatdate(record.last_modified, usegmt=True)),
            ("Accept-Ranges", "bytes"),
            ("x-oss-object-type", record.object_type),
            ("x-oss-storage-class", record.storage_class),
            ("x-oss-hash-crc64ecma", str(record.crc64)),
        ]
        if record.content_md5:
            headers.append(("Content-MD5", record.content_md5))
        headers += [(f"x-oss-meta-{k}", header_wire(v)) for k, v in record.user_meta.items()]
        return headers

    def _head_object(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        record = self._store.get_object(target.bucket, target.key)
        if record is None:
            raise errors.no_such_key(target.key)
        check_conditions(request, record)
        headers = [*self._object_headers(record), ("Content-Length", str(record.size))]
        return SandboxResponse(200, headers)

    def _get_object(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        opened = self._store.open_object(target.bucket, target.key)
        if opened is None:
            raise errors.no_such_key(target.key)
        record, data = opened
        try:
            check_conditions(request, record)
            byte_range = parse_range(
                request.header("Range"),
                record.size,
                (request.header("x-oss-range-behavior") or "").lower() == "standard",
            )
            overrides = response_overrides(target.params)
        except OssError:
            data.close()
            raise
        headers = [(k, v) for k, v in self._object_headers(record) if k.lower() not in overrides]
        headers += overrides.values()
        if byte_range is None:
            body = data.chunks(0, record.size)
            return SandboxResponse(200, headers, body, content_length=record.size)
        start, end = byte_range
        headers.append(("Content-Range", f"bytes {start}-{end}/{record.size}"))
        length = end - start + 1
        return SandboxResponse(206, headers, data.chunks(start, length), length)

    def _delete_object(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        self._store.delete_object(target.bucket, target.key)
        return SandboxResponse(204)

    def _delete_multiple_objects(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        try:
            body = request.body.read_all(2 << 20)
        except ValueError as exc:
            raise errors.malformed_xml() from exc
        content_md5 = request.header("Content-MD5")
        if content_md5 is not None:
            actual = base64.b64encode(hashlib.md5(body, usedforsecurity=False).digest()).decode()
            if actual != content_md5.strip():
                raise errors.invalid_digest(content_md5)
        try:
            quiet, keys = xml.parse_delete(body)
        except ValueError as exc:
            raise errors.malformed_xml() from exc
        for key in keys:
            self._store.delete_object(target.bucket, key)
        encode = xml.KeyEncoder(target.params.get("encoding-type", ""))
        return self._xml(xml.delete_result([] if quiet else keys, encode))

    def _object_record(
        self,
        key: str,
        received: Received,
        storage_class: str,
        content_type: str,
        user_meta: dict[str, str],
    ) -> ObjectRecord:
        return ObjectRecord(
            key=key,
            size=received.size,
            etag=received.etag,
            crc64=received.crc64,
            last_modified=self._now(),
            storage_class=storage_class,
            object_type="Normal",
            content_type=content_type,
            data_file="",
            content_md5=base64.b64encode(received.md5).decode("ascii"),
            user_meta=user_meta,
        )

    def _put_object(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        bucket = self._bucket(target, caller)
        storage_class = self._storage_class(request, bucket.storage_class)
        self._check_overwrite(target, request)
        received = self._receive(request, MAX_OBJECT_SIZE)
        record = self._object_record(
            target.key,
            received,
            storage_class,
            request.header("Content-Type") or "application/octet-stream",
            self._user_meta(request),
        )
        try:
            self._store.commit_object(target.bucket, record, received.path)
        except KeyError as exc:
            raise errors.no_such_bucket(target.bucket) from exc
        return SandboxResponse(200, self._write_headers(record.etag, record.crc64, received))
