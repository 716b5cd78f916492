"""The multipart uploads a bucket still holds unfinished (their parts cost storage until
aborted), and aborting them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from imageimporter.core.checkpoint import CheckpointStore
from imageimporter.services.upload.client import (
    CredentialsSource,
    FailureKind,
    OssTarget,
    ProviderAdapter,
    classify,
    close_bucket,
    make_bucket,
)


@dataclass(frozen=True)
class UnfinishedUpload:
    key: str
    upload_id: str
    initiated: float  # epoch seconds
    # The local file of this machine's checkpoint for this upload, None when this machine has
    # no checkpoint for it (another program's upload, or one whose checkpoint was removed).
    local_path: str | None = None
    # What the checkpoint uploads from local_path: "file", or a stream such as "qcow2-stream".
    source_kind: str = "file"

    @property
    def resumable_here(self) -> bool:
        return self.local_path is not None


def list_unfinished_uploads(
    target: OssTarget,
    credentials: CredentialsSource,
    *,
    prefix: str = "",
    only_resumable_here: bool = False,
    store: CheckpointStore | None = None,
) -> list[UnfinishedUpload]:
    """Every unfinished multipart upload in the bucket (under ``prefix``), oldest first, each
    marked with the local file when this machine's checkpoints know it."""
    store = store or CheckpointStore()
    known = {
        (c.key, c.upload_id): c
        for c in store.all()
        if c.bucket == target.bucket and c.endpoint == target.endpoint
    }
    provider = ProviderAdapter(credentials)
    bucket = make_bucket(target, provider, pool_size=1)
    found: list[UnfinishedUpload] = []
    try:
        key_marker = upload_id_marker = ""
        while True:
            result = _request(
                target,
                provider,
                bucket.list_multipart_uploads,
                prefix=prefix,
                key_marker=key_marker,
                upload_id_marker=upload_id_marker,
            )
            for info in result.upload_list:
                local = known.get((info.key, info.upload_id))
                if only_resumable_here and local is None:
                    continue
                found.append(
                    UnfinishedUpload(
                        info.key,
                        info.upload_id,
                        float(info.initiation_date),
                        None if local is None else local.path,
                        "file" if local is None else local.kind,
                    )
                )
            if not result.is_truncated:
                break
            key_marker = result.next_key_marker
            upload_id_marker = result.next_upload_id_marker
    finally:
        close_bucket(bucket)
    return sorted(found, key=lambda u: (u.initiated, u.key))


def abort_unfinished_uploads(
    target: OssTarget,
    credentials: CredentialsSource,
    uploads: Iterable[UnfinishedUpload],
    *,
    store: CheckpointStore | None = None,
) -> int:
    """Abort ``uploads`` (their parts are deleted) and remove this machine's checkpoints for
    them. Uploads already gone count as aborted. Returns how many were aborted."""
    store = store or CheckpointStore()
    provider = ProviderAdapter(credentials)
    bucket = make_bucket(target, provider, pool_size=1)
    aborted = 0
    try:
        for upload in uploads:
            try:
                bucket.abort_multipart_upload(upload.key, upload.upload_id)
            except Exception as exc:
                failure = classify(exc, target, provider.current)
                if failure.kind is not FailureKind.UPLOAD_GONE:
                    raise failure.error from None
            aborted += 1
            if upload.local_path is not None:
                store.delete(
                    target.endpoint,
                    target.bucket,
                    upload.key,
                    upload.local_path,
                    upload.source_kind,
                )
    finally:
        close_bucket(bucket)
    return aborted


def _request(target: OssTarget, provider: ProviderAdapter, call: Any, **kwargs: str) -> Any:
    try:
        return call(**kwargs)
    except Exception as exc:
        raise classify(exc, target, provider.current).error from None
