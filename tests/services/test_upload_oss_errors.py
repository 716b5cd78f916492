"""One translation of oss2's exceptions: the upload engine and services.cloud word OSS's
answers alike, as the error types their callers catch."""

from __future__ import annotations

import oss2
import pytest

from imageimporter.core.error_catalog import Remedy, ServiceError
from imageimporter.services.cloud import CloudSession, NetworkError, translate_oss_error
from imageimporter.services.upload import CredentialsError, OssTarget
from imageimporter.services.upload.client import FailureKind, classify


class Answer:
    """An HTTP answer as oss2's ``make_exception`` reads it."""

    def __init__(self, status: int, body: bytes) -> None:
        self.status = status
        self.headers = {"x-oss-request-id": "REQ1"}
        self._body = body

    def read(self, amount: int = -1) -> bytes:
        return self._body


def oss_answer(status: int, code: str, message: str) -> Exception:
    body = (
        f"<?xml version='1.0' encoding='UTF-8'?><Error><Code>{code}</Code>"
        f"<Message>{message}</Message><RequestId>REQ1</RequestId></Error>"
    ).encode()
    return oss2.exceptions.make_exception(Answer(status, body))  # type: ignore[no-any-return]


def test_access_denied_is_worded_once_for_both() -> None:
    denied = oss_answer(403, "AccessDenied", "You have no right to access this object.")
    from_cloud = translate_oss_error(denied)
    from_upload = classify(denied, OssTarget("https://oss-cn-hangzhou.aliyuncs.com", "images"))
    assert isinstance(from_cloud, CredentialsError) and isinstance(from_cloud, ServiceError)
    assert from_cloud.message == (
        "OSS denied access to the bucket: You have no right to access this object."
    )
    assert from_upload.error.message == (
        "OSS denied access to bucket images: You have no right to access this object."
    )
    assert from_cloud.action == from_upload.error.action
    assert (from_cloud.code, from_cloud.request_id) == ("AccessDenied", "REQ1")
    assert from_cloud.remedy is Remedy.CHECK_CREDENTIALS


def test_a_missing_object_keeps_the_code_the_importer_looks_for() -> None:
    missing = oss2.exceptions.make_exception(Answer(404, b""))  # a HEAD answer: no body
    error = translate_oss_error(missing)
    assert isinstance(error, ServiceError)
    assert error.code == "404"
    assert classify(missing).kind is FailureKind.NOT_FOUND


def test_unreachable_oss_is_a_network_error_for_both() -> None:
    bucket = oss2.Bucket(oss2.Auth("a", "b"), "http://127.0.0.1:9", "images", connect_timeout=2)
    with pytest.raises(NetworkError) as excinfo:
        CloudSession.call(lambda: bucket.head_object("disk.img"))
    assert excinfo.value.transient
    assert excinfo.value.message.startswith("The connection to OSS failed")
