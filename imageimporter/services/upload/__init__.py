"""Uploading disk images to OSS: resumable, parallel, verified (see ``engine.Upload``).

Modules: ``engine`` (the flow), ``transfer`` (parts on the wire, requests and retries),
``resume`` (the checkpoint and the reconciliation with the server), ``events`` (progress and
notices), ``client`` (oss2, endpoints, credentials, errors in words), ``lock`` (one process per
upload), ``unfinished`` (listing and aborting unfinished uploads).

The GUI wraps ``Upload.run()`` in a worker (progress → ``progress(done, total)``, the result →
``finished``, ``AppError`` → ``failed``, ``UploadCancelled`` → ``cancelled``); the CLI's
``imageimporter upload`` drives it directly.
"""

from __future__ import annotations

from imageimporter.core.endpoints import EndpointError
from imageimporter.services.credentials import Credentials, CredentialsError
from imageimporter.services.upload.client import (
    BucketError,
    CredentialsSource,
    LocalFileError,
    OssTarget,
    SessionCredentials,
    StaticCredentials,
    UploadError,
    VerificationError,
    resolve_endpoint,
)
from imageimporter.services.upload.engine import (
    Upload,
    UploadCancelled,
    UploadOptions,
    UploadResult,
)
from imageimporter.services.upload.events import NullListener, UploadListener
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
