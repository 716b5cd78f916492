"""The XML documents OSS answers with (and the two it accepts), element names as OSS spells them."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote
from xml.etree import ElementTree as ET

from imageimporter.sandbox.oss_store import BucketRecord, ObjectRecord, PartRecord, UploadRecord
from imageimporter.sandbox.regions import find_region

XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
MAX_DELETE_KEYS = 1000


def iso8601(epoch: float) -> str:
    """``2024-05-01T12:00:00.000Z``: OSS always writes ``.000`` (and oss2 accepts only that)."""
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(epoch))


def render(root: ET.Element) -> bytes:
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=False)
    return XML_DECLARATION + body


def _add(parent: ET.Element, tag: str, text: str | int | None = None) -> ET.Element:
    child = ET.SubElement(parent, tag)
    if text is not None:
        child.text = str(text)
    return child


def _bool(value: bool) -> str:
    return "true" if value else "false"


class KeyEncoder:
    """Keys as the listing asked for them: raw, or URL-encoded with ``encoding-type=url``."""

    def __init__(self, encoding_type: str) -> None:
        self.url = encoding_type == "url"

    def __call__(self, text: str) -> str:
        return quote(text, safe="/") if self.url else text

    def mark(self, root: ET.Element) -> None:
        if self.url:
            _add(root, "EncodingType", "url")


def _owner(parent: ET.Element, owner_id: str) -> None:
    owner = _add(parent, "Owner")
    _add(owner, "ID", owner_id)
    _add(owner, "DisplayName", owner_id)


def _bucket_endpoints(region: str) -> tuple[str, str]:
    found = find_region(region)
    extranet = found.oss_endpoint if found else f"oss-{region}.aliyuncs.com"
    return extranet, extranet.replace(".aliyuncs.com", "-internal.aliyuncs.com")


# -- service and buckets ------------------------------------------------------------------------


@dataclass
class Page:
    """One page of a listing: whether more follow and where the next page starts."""

    truncated: bool
    next_marker: str


def list_buckets(
    owner_id: str,
    *,
    buckets: list[BucketRecord],
    prefix: str,
    marker: str,
    max_keys: int | None,
    page: Page,
) -> bytes:
    root = ET.Element("ListAllMyBucketsResult")
    if max_keys is not None:
        _add(root, "Prefix", prefix)
        _add(root, "Marker", marker)
        _add(root, "MaxKeys", max_keys)
        _add(root, "IsTruncated", _bool(page.truncated))
        if page.truncated:
            _add(root, "NextMarker", page.next_marker)
    _owner(root, owner_id)
    container = _add(root, "Buckets")
    for bucket in buckets:
        extranet, intranet = _bucket_endpoints(bucket.region)
        node = _add(container, "Bucket")
        _add(node, "CreationDate", iso8601(bucket.created))
        _add(node, "ExtranetEndpoint", extranet)
        _add(node, "IntranetEndpoint", intranet)
        _add(node, "Location", f"oss-{bucket.region}")
        _add(node, "Name", bucket.name)
        _add(node, "Region", bucket.region)
        _add(node, "StorageClass", bucket.storage_class)
    return render(root)


def bucket_info(bucket: BucketRecord) -> bytes:
    extranet, intranet = _bucket_endpoints(bucket.region)
    root = ET.Element("BucketInfo")
    node = _add(root, "Bucket")
    _add(node, "AccessMonitor", "Disabled")
    _add(node, "CreationDate", iso8601(bucket.created))
    _add(node, "CrossRegionReplication", "Disabled")
    _add(node, "DataRedundancyType", "LRS")
    _add(node, "ExtranetEndpoint", extranet)
    _add(node, "IntranetEndpoint", intranet)
    _add(node, "Location", f"oss-{bucket.region}")
    _add(node, "Name", bucket.name)
    _add(node, "ResourceGroupId", "rg-default")
    _add(node, "StorageClass", bucket.storage_class)
    _add(node, "TransferAcceleration", "Disabled")
    _add(node, "Versioning", "")
    _owner(node, bucket.owner_id)
    acl = _add(node, "AccessControlList")
    _add(acl, "Grant", bucket.acl)
    _add(node, "Comment", "")
    sse = _add(node, "ServerSideEncryptionRule")
    _add(sse, "SSEAlgorithm", "None")
    log = _add(node, "BucketPolicy")
    _add(log, "LogBucket", "")
    _add(log, "LogPrefix", "")
    return render(root)


def bucket_location(region: str) -> bytes:
    root = ET.Element("LocationConstraint")
    root.text = f"oss-{region}"
    return render(root)


def bucket_acl(bucket: BucketRecord) -> bytes:
    root = ET.Element("AccessControlPolicy")
    _owner(root, bucket.owner_id)
    acl = _add(root, "AccessControlList")
    _add(acl, "Grant", bucket.acl)
    return render(root)


def parse_create_bucket(body: bytes) -> str | None:
    """The StorageClass of a ``CreateBucketConfiguration`` body (None if it names none)."""
    if not body.strip():
        return None
    root = _parse(body)
    if root.tag != "CreateBucketConfiguration":
        raise ValueError("not a CreateBucketConfiguration")
    node = root.find("StorageClass")
    return None if node is None or not node.text else node.text.strip()


# -- objects ------------------------------------------------------------------------------------


def _contents(parent: ET.Element, obj: ObjectRecord, encode: KeyEncoder, owner: str | None) -> None:
    node = _add(parent, "Contents")
    _add(node, "Key", encode(obj.key))
    _add(node, "LastModified", iso8601(obj.last_modified))
    _add(node, "ETag", f'"{obj.etag}"')
    _add(node, "Type", obj.object_type)
    _add(node, "Size", obj.size)
    _add(node, "StorageClass", obj.storage_class)
    if owner is not None:
        _owner(node, owner)


@dataclass
class Listing:
    objects: list[ObjectRecord]
    prefixes: list[str]
    page: Page


def list_objects(
    bucket: str,
    *,
    params: dict[str, str],
    max_keys: int,
    listing: Listing,
    owner_id: str,
    encode: KeyEncoder,
) -> bytes:
    root = ET.Element("ListBucketResult")
    _add(root, "Name", bucket)
    _add(root, "Prefix", encode(params.get("prefix", "")))
    _add(root, "Marker", encode(params.get("marker", "")))
    _add(root, "MaxKeys", max_keys)
    _add(root, "Delimiter", encode(params.get("delimiter", "")))
    _add(root, "IsTruncated", _bool(listing.page.truncated))
    if listing.page.truncated:
        _add(root, "NextMarker", encode(listing.page.next_marker))
    encode.mark(root)
    for obj in listing.objects:
        _contents(root, obj, encode, owner_id)
    for prefix in listing.prefixes:
        _add(_add(root, "CommonPrefixes"), "Prefix", encode(prefix))
    return render(root)


def list_objects_v2(
    bucket: str,
    *,
    params: dict[str, str],
    max_keys: int,
    listing: Listing,
    next_token: str,
    owner_id: str | None,
    encode: KeyEncoder,
) -> bytes:
    root = ET.Element("ListBucketResult")
    _add(root, "Name", bucket)
    _add(root, "Prefix", encode(params.get("prefix", "")))
    if params.get("start-after"):
        _add(root, "StartAfter", encode(params["start-after"]))
    if params.get("continuation-token"):
        _add(root, "ContinuationToken", params["continuation-token"])
    _add(root, "MaxKeys", max_keys)
    _add(root, "Delimiter", encode(params.get("delimiter", "")))
    _add(root, "IsTruncated", _bool(listing.page.truncated))
    if listing.page.truncated:
        _add(root, "NextContinuationToken", next_token)
    _add(root, "KeyCount", len(listing.objects) + len(listing.prefixes))
    encode.mark(root)
    for obj in listing.objects:
        _contents(root, obj, encode, owner_id)
    for prefix in listing.prefixes:
        _add(_add(root, "CommonPrefixes"), "Prefix", encode(prefix))
    return render(root)


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_STAND_IN = 0xF700  # private use: U+F700..U+F71F stand for U+0000..U+001F
_STAND_INS = re.compile("[\uf700-\uf71f]")


def parse_delete(body: bytes) -> tuple[bool, list[str]]:
    """(quiet, keys) of a DeleteMultipleObjects body."""
    # Keys may hold control characters that XML 1.0 forbids; oss2 writes them raw (as OSS
    # accepts them). They stand in for themselves as private-use characters while parsing.
    shifted = _CONTROL_BYTES.sub(lambda m: chr(_STAND_IN + m[0][0]).encode(), body)
    root = _parse(shifted)
    if root.tag != "Delete":
        raise ValueError("not a Delete document")
    quiet = (root.findtext("Quiet") or "false").strip().lower() == "true"
    keys = [
        _STAND_INS.sub(lambda m: chr(ord(m[0]) - _STAND_IN), node.findtext("Key") or "")
        for node in root.findall("Object")
    ]
    if not keys or len(keys) > MAX_DELETE_KEYS or any(not k for k in keys):
        raise ValueError("between 1 and 1000 keys are needed")
    return quiet, keys


def empty_live_channel_list(prefix: str, max_keys: int) -> bytes:
    root = ET.Element("ListLiveChannelResult")
    _add(root, "Prefix", prefix)
    _add(root, "Marker", "")
    _add(root, "MaxKeys", str(max_keys))
    _add(root, "IsTruncated", "false")
    _add(root, "NextMarker", "")
    return render(root)


def delete_result(deleted: list[str], encode: KeyEncoder) -> bytes:
    root = ET.Element("DeleteResult")
    encode.mark(root)
    for key in deleted:
        _add(_add(root, "Deleted"), "Key", encode(key))
    return render(root)


# -- multipart ----------------------------------------------------------------------------------


def initiate_result(bucket: str, key: str, upload_id: str, encode: KeyEncoder) -> bytes:
    root = ET.Element("InitiateMultipartUploadResult")
    encode.mark(root)
    _add(root, "Bucket", bucket)
    _add(root, "Key", encode(key))
    _add(root, "UploadId", upload_id)
    return render(root)


def complete_result(bucket: str, key: str, etag: str, location: str, encode: KeyEncoder) -> bytes:
    root = ET.Element("CompleteMultipartUploadResult")
    encode.mark(root)
    _add(root, "Location", location)
    _add(root, "Bucket", bucket)
    _add(root, "Key", encode(key))
    _add(root, "ETag", f'"{etag}"')
    return render(root)


def parse_complete(body: bytes) -> list[tuple[int, str]]:
    """(part number, ETag without quotes) pairs of a CompleteMultipartUpload body, in order."""
    root = _parse(body)
    if root.tag != "CompleteMultipartUpload":
        raise ValueError("not a CompleteMultipartUpload document")
    parts = []
    for node in root.findall("Part"):
        number = int((node.findtext("PartNumber") or "").strip())
        etag = (node.findtext("ETag") or "").strip().strip('"').upper()
        parts.append((number, etag))
    if not parts:
        raise ValueError("no parts")
    return parts


def list_parts(
    bucket: str,
    *,
    upload: UploadRecord,
    marker: int,
    max_parts: int,
    parts: list[PartRecord],
    page: Page,
    encode: KeyEncoder,
) -> bytes:
    root = ET.Element("ListPartsResult")
    encode.mark(root)
    _add(root, "Bucket", bucket)
    _add(root, "Key", encode(upload.key))
    _add(root, "UploadId", upload.upload_id)
    _add(root, "StorageClass", upload.storage_class)
    _add(root, "PartNumberMarker", marker)
    _add(root, "NextPartNumberMarker", page.next_marker)
    _add(root, "MaxParts", max_parts)
    _add(root, "IsTruncated", _bool(page.truncated))
    for part in parts:
        node = _add(root, "Part")
        _add(node, "PartNumber", part.number)
        _add(node, "LastModified", iso8601(part.last_modified))
        _add(node, "ETag", f'"{part.etag}"')
        _add(node, "HashCrc64ecma", part.crc64)
        _add(node, "Size", part.size)
    return render(root)


def list_uploads(
    bucket: str,
    *,
    params: dict[str, str],
    max_uploads: int,
    uploads: Iterable[UploadRecord],
    prefixes: list[str],
    truncated: bool,
    next_markers: tuple[str, str],
    encode: KeyEncoder,
) -> bytes:
    root = ET.Element("ListMultipartUploadsResult")
    encode.mark(root)
    _add(root, "Bucket", bucket)
    _add(root, "KeyMarker", encode(params.get("key-marker", "")))
    _add(root, "UploadIdMarker", params.get("upload-id-marker", ""))
    _add(root, "NextKeyMarker", encode(next_markers[0]))
    _add(root, "NextUploadIdMarker", next_markers[1])
    _add(root, "Delimiter", encode(params.get("delimiter", "")))
    _add(root, "Prefix", encode(params.get("prefix", "")))
    _add(root, "MaxUploads", max_uploads)
    _add(root, "IsTruncated", _bool(truncated))
    for upload in uploads:
        node = _add(root, "Upload")
        _add(node, "Key", encode(upload.key))
        _add(node, "UploadId", upload.upload_id)
        _add(node, "StorageClass", upload.storage_class)
        _add(node, "Initiated", iso8601(upload.initiated))
    for prefix in prefixes:
        _add(_add(root, "CommonPrefixes"), "Prefix", encode(prefix))
    return render(root)


def _parse(body: bytes) -> ET.Element:
    # The sandbox parses only small bodies from its own clients; ElementTree does not resolve
    # external entities, which is all the hardening this needs.
    try:
        return ET.fromstring(body)
    except ET.ParseError as exc:
        raise ValueError(str(exc)) from exc
