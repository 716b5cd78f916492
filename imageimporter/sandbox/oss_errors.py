"""OSS errors as the real service sends them: status, code, message, extra elements and EC.

An ``OssError`` raised anywhere in the OSS product becomes the XML body OSS answers with::

    <?xml version="1.0" encoding="UTF-8"?>
    <Error><Code/><Message/><RequestId/><HostId/>...extra...<EC/><RecommendDoc/></Error>

For HEAD requests OSS sends no body; it puts the same XML, base64-encoded, in ``x-oss-err``
(oss2 reads it from there), and the EC in ``x-oss-ec``.
"""

from __future__ import annotations

import base64
from xml.sax.saxutils import escape

RECOMMEND_DOC = "https://api.aliyun.com/troubleshoot?q={ec}"


class OssError(Exception):
    """An OSS error answer. ``extra`` holds the elements some errors add (``Key``, ...)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        ec: str = "",
        extra: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.ec = ec
        self.extra = dict(extra or {})


def error_xml(error: OssError, request_id: str, host_id: str) -> bytes:
    elements = [
        ("Code", error.code),
        ("Message", error.message),
        ("RequestId", request_id),
        ("HostId", host_id),
        *error.extra.items(),
    ]
    if error.ec:
        elements += [("EC", error.ec), ("RecommendDoc", RECOMMEND_DOC.format(ec=error.ec))]
    inner = "".join(f"\n  <{name}>{escape(value)}</{name}>" for name, value in elements)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Error>{inner}\n</Error>\n'.encode()


def error_header_value(body: bytes) -> str:
    """The ``x-oss-err`` header of a HEAD error: the error XML, base64-encoded."""
    return base64.b64encode(body).decode("ascii")


# -- the errors the sandbox answers with (messages as OSS words them) ---------------------------


def access_denied(message: str, ec: str = "0003-00000001") -> OssError:
    return OssError(403, "AccessDenied", message, ec)


def anonymous_denied() -> OssError:
    return access_denied("AnonymousUser has no right to access this bucket.", "0003-00000201")


def request_expired(expires: str, server_time: str) -> OssError:
    return OssError(
        403,
        "AccessDenied",
        "Request has expired.",
        "0002-00000069",
        {"Expires": expires, "ServerTime": server_time},
    )


def invalid_access_key_id(access_key_id: str, ec: str = "0002-00000003") -> OssError:
    return OssError(
        403,
        "InvalidAccessKeyId",
        "The OSS Access Key Id you provided does not exist in our records.",
        ec,
        {"OSSAccessKeyId": access_key_id},
    )


def invalid_security_token() -> OssError:
    return OssError(
        403, "InvalidSecurityToken", "The security token you provided is invalid.", "0002-00000006"
    )


def security_token_expired() -> OssError:
    return OssError(
        403, "SecurityTokenExpired", "The security token you provided has expired.", "0002-00000007"
    )


def signature_mismatch(
    access_key_id: str, provided: str, string_to_sign: str, ec: str, **extra: str
) -> OssError:
    details = {
        "OSSAccessKeyId": access_key_id,
        "SignatureProvided": provided,
        "StringToSign": string_to_sign,
        "StringToSignBytes": " ".join(f"{b:02X}" for b in string_to_sign.encode()),
        **extra,
    }
    return OssError(
        403,
        "SignatureDoesNotMatch",
        "The request signature we calculated does not match the signature you provided. "
        "Check your key and signing method.",
        ec,
        details,
    )


def time_skewed(request_time: str, server_time: str) -> OssError:
    return OssError(
        403,
        "RequestTimeTooSkewed",
        "The difference between the request time and the current time is too large.",
        "0002-00000504",
        {
            "RequestTime": request_time,
            "MaxAllowedSkewMilliseconds": "900000",
            "ServerTime": server_time,
        },
    )


def invalid_argument(message: str, name: str, value: str, ec: str = "0017-00000001") -> OssError:
    return OssError(
        400, "InvalidArgument", message, ec, {"ArgumentName": name, "ArgumentValue": value}
    )


def invalid_bucket_name(bucket: str) -> OssError:
    return OssError(
        400,
        "InvalidBucketName",
        "The specified bucket is not valid.",
        "0015-00000001",
        {"BucketName": bucket},
    )


def invalid_object_name(key: str) -> OssError:
    return OssError(400, "InvalidObjectName", "The specified object is not valid.", "0016-00000001")


def no_such_bucket(bucket: str) -> OssError:
    return OssError(
        404,
        "NoSuchBucket",
        "The specified bucket does not exist.",
        "0015-00000101",
        {"BucketName": bucket},
    )


def no_such_key(key: str) -> OssError:
    return OssError(
        404, "NoSuchKey", "The specified key does not exist.", "0026-00000001", {"Key": key}
    )


def no_such_upload(upload_id: str) -> OssError:
    return OssError(
        404,
        "NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the upload may "
        "have been aborted or completed.",
        "0042-00000002",
        {"UploadId": upload_id},
    )


def bucket_not_empty(bucket: str) -> OssError:
    return OssError(
        409,
        "BucketNotEmpty",
        "The bucket you tried to delete is not empty.",
        "0015-00000301",
        {"BucketName": bucket},
    )


def bucket_already_exists(bucket: str) -> OssError:
    return OssError(
        409,
        "BucketAlreadyExists",
        "The requested bucket name is not available. The bucket namespace is shared by all "
        "users of the system. Please select a different name and try again.",
        "0015-00000105",
        {"BucketName": bucket},
    )


def invalid_digest(content_md5: str) -> OssError:
    return OssError(
        400,
        "InvalidDigest",
        "The Content-MD5 you specified was invalid.",
        "0016-00000215",
        {"Content-MD5": content_md5},
    )


def entity_too_large(size: int, limit: int) -> OssError:
    return OssError(
        400,
        "EntityTooLarge",
        "Your proposed upload exceeds the maximum allowed size.",
        "0016-00000201",
        {"ProposedSize": str(size), "MaxSizeAllowed": str(limit)},
    )


def entity_too_small(part_number: int, size: int, min_size: int) -> OssError:
    return OssError(
        400,
        "EntityTooSmall",
        "Your proposed upload smaller than the minimum allowed size.",
        "0042-00000213",
        {
            "ProposedSize": str(size),
            "MinSizeAllowed": str(min_size),
            "PartNumber": str(part_number),
        },
    )


def invalid_part(part_number: int, etag: str) -> OssError:
    return OssError(
        400,
        "InvalidPart",
        "One or more of the specified parts could not be found or the specified entity tag "
        "might not have matched the part's entity tag.",
        "0042-00000216",
        {"PartNumber": str(part_number), "ETag": etag},
    )


def invalid_part_order() -> OssError:
    return OssError(
        400,
        "InvalidPartOrder",
        "The list of parts was not in ascending order. Parts list must be specified in order "
        "by part number.",
        "0042-00000209",
    )


def malformed_xml(
    message: str = "The XML you provided was not well-formed or did not "
    "validate against our published schema.",
) -> OssError:
    return OssError(400, "MalformedXML", message, "0016-00000608")


def missing_content_length() -> OssError:
    return OssError(
        411,
        "MissingContentLength",
        "You must provide the Content-Length HTTP header.",
        "0016-00000102",
    )


def not_implemented(what: str) -> OssError:
    return OssError(
        501,
        "NotImplemented",
        f"The sandbox OSS does not implement {what}.",
        "0003-00000501",
    )


def method_not_allowed(method: str, resource: str) -> OssError:
    return OssError(
        405,
        "MethodNotAllowed",
        "The specified method is not allowed against this resource.",
        "0003-00000401",
        {"Method": method, "ResourceType": resource},
    )


def wrong_endpoint(bucket: str, endpoint: str) -> OssError:
    return OssError(
        403,
        "AccessDenied",
        "The bucket you are attempting to access must be addressed using the specified "
        "endpoint. Please send all future requests to this endpoint.",
        "0003-00001403",
        {"Bucket": bucket, "Endpoint": endpoint},
    )


def precondition_failed(header: str, value: str) -> OssError:
    return OssError(
        412,
        "PreconditionFailed",
        "At least one of the pre-conditions you specified did not hold.",
        "0026-00000001",
        {"Condition": header, "ConditionValue": value},
    )


def not_modified() -> OssError:
    return OssError(304, "NotModified", "The object was not modified.", "0026-00000002")
