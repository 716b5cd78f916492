"""Multipart uploads in the sandbox's OSS: initiate, upload parts, complete, abort, list."""

from __future__ import annotations

import itertools
import secrets

from imageimporter.sandbox import oss_errors as errors
from imageimporter.sandbox import oss_xml as xml
from imageimporter.sandbox.http import SandboxRequest, SandboxResponse
from imageimporter.sandbox.oss_auth import Caller
from imageimporter.sandbox.oss_base import (
    MAX_OBJECT_SIZE,
    MAX_PART_NUMBER,
    MIN_PART_SIZE,
    OssBase,
)
from imageimporter.sandbox.oss_routing import Route
from imageimporter.sandbox.oss_store import (
    ObjectRecord,
    PartRecord,
    UploadRecord,
    combined_crc,
    multipart_etag,
)


class MultipartApi(OssBase):
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
                self._store.commit_multipart(target.bucket, upload.upload_id, record, parts)
            except KeyError as exc:
                raise errors.no_such_bucket(target.bucket) from exc
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
