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
import itertools
import re
import secrets
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path

from imageimporter.sandbox import oss_errors as errors
from imageimporter.sandbox import oss_xml as xml
from imageimporter.sandbox.contracts import OssObjectInfo
from imageimporter.sandbox.http import SandboxRequest, SandboxResponse, header_text, header_wire
from imageimporter.sandbox.oss_auth import Caller, SignedRequest, authenticate
from imageimporter.sandbox.oss_conditions import (
    check_conditions,
    decode_md5,
    parse_range,
    response_overrides,
)
from imageimporter.sandbox.oss_errors import OssError
from imageimporter.sandbox.oss_routing import (
    UNIMPLEMENTED,
    UNIMPLEMENTED_SUBRESOURCES,
    Route,
    route,
)
from imageimporter.sandbox.oss_store import (
    BodyTooLarge,
    BucketRecord,
    ObjectRecord,
    OssStore,
    PartRecord,
    Received,
    UploadRecord,
    combined_crc,
    iter_file,
    multipart_etag,
)
from imageimporter.sandbox.regions import find_region
from imageimporter.sandbox.server import SandboxContext

GiB = 1 << 30
MAX_OBJECT_SIZE = 5 * GiB  # PutObject and each part
MIN_PART_SIZE = 100 * 1024  # every part but the last
MAX_PART_NUMBER = 10_000
MAX_KEY_BYTES = 1023
STORAGE_CLASSES = ("Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive")
CANNED_ACLS = ("private", "public-read", "public-read-write")
_BUCKET_NAME = re.compile(r"[a-z0-9][a-z0-9-]{1,61}[a-z0-9]")
_XML = "application/xml"


def new_request_id() -> str:
    return secrets.token_hex(12).upper()


def _quoted(etag: str) -> str:
    return f'"{etag}"'


Handler = Callable[[Route, Caller, SandboxRequest], SandboxResponse]


class OssProduct:
    """The OSS product of the sandbox; also the ``OssLookup`` other products use."""

    name = "oss"

    def __init__(self, ctx: SandboxContext) -> None:
        self._ctx = ctx
        self._store = OssStore(ctx.product_dir("oss"))
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
            path=self._store.object_path(bucket, record),
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
    def _now(self) -> float:
        return self._ctx.clock()

    def _common_headers(self) -> list[tuple[str, str]]:
        return [
            ("x-oss-request-id", new_request_id()),
            ("x-oss-server-time", "1"),
        ]

    def _error(self, request: SandboxRequest, error: OssError) -> SandboxResponse:
        request_id = new_request_id()
        host = request.header("Host") or self._ctx.endpoint.removeprefix("http://")
        body = errors.error_xml(error, request_id, host)
        headers = [("Content-Type", _XML), ("x-oss-request-id", request_id)]
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

    def _bucket(self, target: Route, caller: Caller) -> BucketRecord:
        record = self._store.buckets.get(target.bucket)
        if record is None:
            raise errors.no_such_bucket(target.bucket)
        if caller.signed_region is not None and caller.signed_region != record.region:
            # A V4 signature is bound to a region: the request went to the wrong endpoint.
            raise errors.wrong_endpoint(target.bucket, f"oss-{record.region}.aliyuncs.com")
        return record

    @staticmethod
    def _xml(body: bytes, status: int = 200) -> SandboxResponse:
        return SandboxResponse(status, [("Content-Type", _XML)], body)

    def _location(self, bucket: str, key: str) -> str:
        return f"{self._ctx.endpoint}/{bucket}/{key}"

    @staticmethod
    def _int_param(params: dict[str, str], name: str, default: int, low: int, high: int) -> int:
        text = params.get(name, "")
        if text == "":
            return default
        if not text.isdigit() or not low <= int(text) <= high:
            raise errors.invalid_argument(
                f"Argument {name} must be an integer between {low} and {high}.", name, text
            )
        return int(text)

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
            ("ETag", _quoted(record.etag)),
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
        record, handle = opened
        try:
            check_conditions(request, record)
            byte_range = parse_range(
                request.header("Range"),
                record.size,
                (request.header("x-oss-range-behavior") or "").lower() == "standard",
            )
        except OssError:
            handle.close()
            raise
        try:
            overrides = response_overrides(target.params)
        except OssError:
            handle.close()
            raise
        headers = [(k, v) for k, v in self._object_headers(record) if k.lower() not in overrides]
        headers += overrides.values()
        if byte_range is None:
            body = iter_file(handle, 0, record.size)
            return SandboxResponse(200, headers, body, content_length=record.size)
        start, end = byte_range
        headers.append(("Content-Range", f"bytes {start}-{end}/{record.size}"))
        length = end - start + 1
        return SandboxResponse(206, headers, iter_file(handle, start, length), length)

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

    def _storage_class(self, request: SandboxRequest, default: str) -> str:
        storage_class = request.header("x-oss-storage-class") or default
        if storage_class not in STORAGE_CLASSES:
            raise errors.invalid_argument(
                "Invalid storage class.", "x-oss-storage-class", storage_class
            )
        return storage_class

    @staticmethod
    def _user_meta(request: SandboxRequest) -> dict[str, str]:
        return {
            name.lower()[len("x-oss-meta-") :]: header_text(str(value))
            for name, value in request.headers.items()
            if name.lower().startswith("x-oss-meta-")
        }

    def _receive(self, request: SandboxRequest, limit: int) -> Received:
        """The request body in a temporary file, checked against size limit and Content-MD5."""
        content_md5 = request.header("Content-MD5")
        expected = decode_md5(content_md5) if content_md5 is not None else None
        declared = request.body.declared_length
        if declared is not None and declared > limit:
            raise errors.entity_too_large(declared, limit)
        if declared is None and request.header("Transfer-Encoding") is None:
            raise errors.missing_content_length()
        try:
            received = self._store.receive(request.body, limit, "corrupt" in request.faults)
        except BodyTooLarge as exc:
            raise errors.entity_too_large(exc.received, limit) from exc
        if expected is not None and expected != received.md5:
            self._store.discard(received)
            raise errors.invalid_digest(content_md5 or "")
        return received

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

    def _check_overwrite(self, target: Route, request: SandboxRequest) -> None:
        forbid = (request.header("x-oss-forbid-overwrite") or "").lower() == "true"
        if forbid and self._store.get_object(target.bucket, target.key) is not None:
            raise OssError(
                409,
                "FileAlreadyExists",
                "The object you specified already exists and can not be overwritten.",
                "0016-00000708",
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

    @staticmethod
    def _write_headers(etag: str, crc: int, received: Received | None) -> list[tuple[str, str]]:
        headers = [("ETag", _quoted(etag)), ("x-oss-hash-crc64ecma", str(crc))]
        if received is not None:
            headers.append(("Content-MD5", base64.b64encode(received.md5).decode("ascii")))
        return headers

    # -- multipart -----------------------------------------------------------------------------
    def _upload(self, target: Route) -> UploadRecord:
        upload_id = target.params.get("uploadId", "")
        upload = self._store.get_upload(target.bucket, upload_id)
        if upload is None or upload.key != target.key:
            raise errors.no_such_upload(upload_id)
        return upload

    def _initiate_multipart_upload(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        bucket = self._bucket(target, caller)
        upload = UploadRecord(
            upload_id=secrets.token_hex(16).upper(),
            key=target.key,
            initiated=self._now(),
            storage_class=self._storage_class(request, bucket.storage_class),
            content_type=request.header("Content-Type") or "application/octet-stream",
            user_meta=self._user_meta(request),
        )
        self._store.create_upload(target.bucket, upload)
        encode = xml.KeyEncoder(target.params.get("encoding-type", ""))
        return self._xml(xml.initiate_result(target.bucket, target.key, upload.upload_id, encode))

    def _upload_part(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        upload = self._upload(target)
        number_text = target.params.get("partNumber", "")
        if not number_text.isdigit() or not 1 <= int(number_text) <= MAX_PART_NUMBER:
            raise errors.invalid_argument(
                "Part number must be an integer between 1 and 10000, inclusive.",
                "partNumber",
                number_text,
            )
        received = self._receive(request, MAX_OBJECT_SIZE)
        part = PartRecord(
            int(number_text), received.size, received.etag, received.crc64, self._now(), ""
        )
        if not self._store.commit_part(target.bucket, upload.upload_id, part, received.path):
            raise errors.no_such_upload(upload.upload_id)
        return SandboxResponse(200, self._write_headers(part.etag, part.crc64, received))

    def _parts_to_complete(self, request: SandboxRequest, upload: UploadRecord) -> list[PartRecord]:
        body = request.body.read_all(8 << 20)
        uploaded = {p.number: p for p in self._store.list_parts(upload.upload_id)}
        if (request.header("x-oss-complete-all") or "").lower() == "yes":
            if body.strip():
                raise errors.invalid_argument(
                    "Should not speficy both complete all header and http body.",
                    "x-oss-complete-all",
                    "yes",
                )
            return [uploaded[n] for n in sorted(uploaded)]
        try:
            listed = xml.parse_complete(body)
        except (ValueError, TypeError) as exc:
            raise errors.malformed_xml() from exc
        numbers = [n for n, _ in listed]
        if any(b <= a for a, b in itertools.pairwise(numbers)):
            raise errors.invalid_part_order()
        chosen = []
        for number, etag in listed:
            part = uploaded.get(number)
            if part is None or part.etag != etag:
                raise errors.invalid_part(number, etag)
            chosen.append(part)
        return chosen

    def _complete_multipart_upload(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        upload = self._upload(target)
        parts = self._parts_to_complete(request, upload)
        if not parts:
            raise errors.malformed_xml("The upload has no parts to complete.")
        for part in parts[:-1]:
            if part.size < MIN_PART_SIZE:
                raise errors.entity_too_small(part.number, part.size, MIN_PART_SIZE)
        self._check_overwrite(target, request)
        with self._store.upload_lock(upload.upload_id):
            # Parts may have been replaced while the request body arrived: check again.
            current = {p.number: p for p in self._store.list_parts(upload.upload_id)}
            if self._store.get_upload(target.bucket, upload.upload_id) is None:
                raise errors.no_such_upload(upload.upload_id)
            for part in parts:
                if current.get(part.number) != part:
                    raise errors.invalid_part(part.number, part.etag)
            data = self._store.concatenate_parts(target.bucket, upload.upload_id, parts)
            record = ObjectRecord(
                key=target.key,
                size=sum(p.size for p in parts),
                etag=multipart_etag(parts),
                crc64=combined_crc(parts),
                last_modified=self._now(),
                storage_class=upload.storage_class,
                object_type="Multipart",
                content_type=upload.content_type,
                data_file="",
                user_meta=upload.user_meta,
            )
            try:
                self._store.commit_object(target.bucket, record, data)
            except KeyError as exc:
                raise errors.no_such_bucket(target.bucket) from exc
        self._store.forget_upload(target.bucket, upload.upload_id)
        encode = xml.KeyEncoder(target.params.get("encoding-type", ""))
        location = self._location(target.bucket, target.key)
        body = xml.complete_result(target.bucket, target.key, record.etag, location, encode)
        response = self._xml(body)
        response.headers += self._write_headers(record.etag, record.crc64, None)
        return response

    def _abort_multipart_upload(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        upload = self._upload(target)
        with self._store.upload_lock(upload.upload_id):
            self._store.forget_upload(target.bucket, upload.upload_id)
        return SandboxResponse(204)

    def _list_parts(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        upload = self._upload(target)
        params = target.params
        marker = self._int_param(params, "part-number-marker", 0, 0, MAX_PART_NUMBER)
        max_parts = self._int_param(params, "max-parts", 1000, 1, 1000)
        after = [p for p in self._store.list_parts(upload.upload_id) if p.number > marker]
        shown = after[:max_parts]
        next_marker = str(shown[-1].number) if shown else str(marker)
        page = xml.Page(len(after) > max_parts, next_marker)
        encode = xml.KeyEncoder(params.get("encoding-type", ""))
        body = xml.list_parts(
            target.bucket,
            upload=upload,
            marker=marker,
            max_parts=max_parts,
            parts=shown,
            page=page,
            encode=encode,
        )
        return self._xml(body)

    def _list_multipart_uploads(
        self, target: Route, caller: Caller, request: SandboxRequest
    ) -> SandboxResponse:
        self._bucket(target, caller)
        params = target.params
        max_uploads = self._int_param(params, "max-uploads", 1000, 1, 1000)
        prefix, delimiter = params.get("prefix", ""), params.get("delimiter", "")
        key_marker, id_marker = params.get("key-marker", ""), params.get("upload-id-marker", "")
        uploads = sorted(
            self._store.upload_records(target.bucket),
            key=lambda u: (u.key, u.upload_id),
        )
        shown: list[UploadRecord] = []
        prefixes: list[str] = []
        truncated = False
        last = ("", "")
        for upload in uploads:
            after_marker = upload.key > key_marker or (
                bool(id_marker) and upload.key == key_marker and upload.upload_id > id_marker
            )
            if not after_marker or not upload.key.startswith(prefix):
                continue
            cut = upload.key.find(delimiter, len(prefix)) if delimiter else -1
            common = upload.key[: cut + len(delimiter)] if cut >= 0 else None
            # A common prefix is listed once: not again on the page after the one that ended
            # with it (its keys all sort after the marker), nor twice on one page.
            if common is not None and (
                key_marker.startswith(common) or (prefixes and prefixes[-1] == common)
            ):
                continue
            if len(shown) + len(prefixes) == max_uploads:
                truncated = True
                break
            if common is not None:
                prefixes.append(common)
                last = (common, "")
            else:
                shown.append(upload)
                last = (upload.key, upload.upload_id)
        encode = xml.KeyEncoder(params.get("encoding-type", ""))
        body = xml.list_uploads(
            target.bucket,
            params=params,
            max_uploads=max_uploads,
            uploads=shown,
            prefixes=prefixes,
            truncated=truncated,
            next_markers=last,
            encode=encode,
        )
        return self._xml(body)
