"""Uploading disk images to OSS: resumable, parallel, verified (see ``engine.Upload``).

The GUI wraps ``Upload.run()`` in a worker (progress → ``progress(done, total)``, the result →
``finished``, ``AppError`` → ``failed``, ``UploadCancelled`` → ``cancelled``); the CLI's
``imageimporter upload`` drives it directly.
"""

from __future__ import annotations

from imageimporter.services.credentials import Credentials
from imageimporter.services.upload.client import (
    BucketError,
    CredentialsError,
    CredentialsSource,
    EndpointError,
    LocalFileError,
    OssTarget,
    SessionCredentials,
    StaticCredentials,
    UploadError,
    VerificationError,
    resolve_endpoint,
)
from imageimporter.services.upload.engine import (
    NullListener,
    Upload,
    UploadCancelled,
    UploadListener,
    UploadOptions,
    UploadResult,
)
from imageimporter.services.upload.lock import UploadLockedError
from imageimporter.services.upload.unfinished import (
    UnfinishedUpload,
    abort_unfinished_uploads,
    list_unfinished_uploads,
)

__all__ = [
    "BucketError",
    "Credentials",
    "CredentialsError",
    "CredentialsSource",
    "EndpointError",
    "LocalFileError",
    "NullListener",
    "OssTarget",
    "SessionCredentials",
    "StaticCredentials",
    "UnfinishedUpload",
    "Upload",
    "UploadCancelled",
    "UploadError",
    "UploadListener",
    "UploadLockedError",
    "UploadOptions",
    "UploadResult",
    "VerificationError",
    "abort_unfinished_uploads",
    "list_unfinished_uploads",
    "resolve_endpoint",
]
