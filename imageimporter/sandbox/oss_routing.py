"""Which OSS API a request calls: the bucket, key, sub-resources and operation name."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote

from imageimporter.sandbox.http import SandboxRequest

# Sub-resources of OSS APIs that the sandbox does not implement. A request naming one is
# answered 501 NotImplemented: served as the plain object or bucket call it looks like without
# it, PutObjectTagging would overwrite the object and GetBucketPolicy would list the bucket.
UNIMPLEMENTED_SUBRESOURCES = frozenset(
    {
        "accessPoint", "asyncFetch", "bucketArchiveDirectRead", "callback", "cname",
        "comp", "cors", "encryption", "httpsConfig", "img", "inventory", "lifecycle", "live",
        "logging", "metaQuery", "objectInfo", "policy", "policyStatus", "qos",
        "qosInfo", "referer", "regionList", "replication", "replicationLocation",
        "replicationProgress", "requestPayment", "resourceGroup", "restore", "select",
        "selectMeta", "style", "symlink", "tagging", "transferAcceleration",
        "userDefinedLogFieldsConfig", "versionId", "versioning", "versions", "website", "worm",
        "wormExtend", "wormId", "x-oss-async-process", "x-oss-process",
    }
)  # fmt: skip
UNIMPLEMENTED = "Unimplemented"


@dataclass(frozen=True)
class Route:
    """What a request addresses and which API it calls."""

    method: str
    bucket: str
    key: str
    params: dict[str, str]
    api: str


def route(request: SandboxRequest) -> Route:
    bucket_part, _, key_part = request.path.lstrip("/").partition("/")
    bucket = unquote(bucket_part)
    key = unquote(key_part)
    params = request.query()
    api = _api_for(request.method, bucket, key, params, request)
    return Route(request.method, bucket, key, params, api)


def _api_for(
    method: str, bucket: str, key: str, params: dict[str, str], request: SandboxRequest
) -> str:
    if not bucket:
        return "GetService" if method == "GET" else "Unknown"
    if method == "GET" and not key and "live" in params:
        return "ListLiveChannel"  # none can exist: always an empty list
    if not UNIMPLEMENTED_SUBRESOURCES.isdisjoint(params):
        return UNIMPLEMENTED
    if not key:
        return _bucket_api(method, params)
    copy = request.header("x-oss-copy-source") is not None
    if method == "PUT":
        if "uploadId" in params:
            return "UploadPartCopy" if copy else "UploadPart"
        if "acl" in params:
            return "PutObjectAcl"
        return "CopyObject" if copy else "PutObject"
    if method == "GET":
        if "acl" in params:
            return "GetObjectAcl"
        return "ListParts" if "uploadId" in params else "GetObject"
    if method == "HEAD":
        return "GetObjectMeta" if "objectMeta" in params else "HeadObject"
    if method == "POST":
        if "uploads" in params:
            return "InitiateMultipartUpload"
        if "uploadId" in params:
            return "CompleteMultipartUpload"
        return "AppendObject" if "append" in params else "PostObject"
    if method == "DELETE":
        return "AbortMultipartUpload" if "uploadId" in params else "DeleteObject"
    return "Unknown"


def _bucket_api(method: str, params: dict[str, str]) -> str:
    if method == "PUT":
        return "PutBucketAcl" if "acl" in params else "PutBucket"
    if method == "DELETE":
        return "DeleteBucket"
    if method == "POST":
        return "DeleteMultipleObjects" if "delete" in params else "PostObject"
    if method != "GET":
        return "Unknown"
    for sub, api in (
        ("bucketInfo", "GetBucketInfo"),
        ("location", "GetBucketLocation"),
        ("uploads", "ListMultipartUploads"),
        ("acl", "GetBucketAcl"),
        ("stat", "GetBucketStat"),
    ):
        if sub in params:
            return api
    return "ListObjectsV2" if params.get("list-type") == "2" else "ListObjects"
