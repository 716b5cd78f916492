"""Shared pieces of the upload engine's tests."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import oss2

from imageimporter.core.checkpoint import (
    FINGERPRINT_BLOCK,
    FINGERPRINT_SAMPLES,
    CheckpointStore,
    UploadCheckpoint,
)
from imageimporter.core.crc64 import crc64
from imageimporter.core.progress import UploadProgress
from imageimporter.core.upload_plan import RetryPolicy
from imageimporter.sandbox import Sandbox
from imageimporter.sandbox.contracts import OssObjectInfo
from imageimporter.services.upload import (
    Credentials,
    OssTarget,
    StaticCredentials,
    Upload,
    UploadOptions,
)

BUCKET = "images"
FAST_RETRY = RetryPolicy(max_attempts=12, base_delay=0.01, max_delay=0.05)


class Recorder:
    """An UploadListener that keeps everything it is told."""

    def __init__(self) -> None:
        self.events: list[UploadProgress] = []
        self.notices: list[str] = []

    def progress(self, event: UploadProgress) -> None:
        self.events.append(event)

    def notice(self, text: str) -> None:
        self.notices.append(text)

    def text(self) -> str:
        return "\n".join(self.notices)


class HookStore(CheckpointStore):
    """A checkpoint store that calls ``hook`` after each save (from the saving thread)."""

    def __init__(self, directory: Path) -> None:
        super().__init__(directory)
        self.hook: Callable[[UploadCheckpoint], None] | None = None

    def save(self, checkpoint: UploadCheckpoint) -> None:
        super().save(checkpoint)
        if self.hook is not None:
            self.hook(checkpoint)


def write_random(path: Path, size: int) -> bytes:
    data = os.urandom(size)
    path.write_bytes(data)
    return data


def target_of(sandbox: Sandbox, bucket: str = BUCKET) -> OssTarget:
    sandbox.create_bucket(bucket)
    return OssTarget(sandbox.endpoint, bucket, sandbox.region)


def credentials_of(sandbox: Sandbox, secret: str | None = None) -> StaticCredentials:
    return StaticCredentials(
        Credentials(sandbox.access_key_id, secret or sandbox.access_key_secret)
    )


def make_upload(
    sandbox: Sandbox,
    path: Path,
    store: CheckpointStore,
    listener: Recorder | None = None,
    key: str = "disk.img",
    **options: object,
) -> Upload:
    settings: dict[str, object] = {"retry": FAST_RETRY}
    settings.update(options)
    return Upload(
        path,
        target_of(sandbox),
        key,
        credentials_of(sandbox),
        options=UploadOptions(**settings),  # type: ignore[arg-type]
        listener=listener or Recorder(),
        store=store,
    )


def stored_object(sandbox: Sandbox, key: str = "disk.img") -> OssObjectInfo:
    info = sandbox.context.products["oss"].object_info(BUCKET, key)  # type: ignore[attr-defined]
    assert info is not None, f"{key} is not in the sandbox"
    return info  # type: ignore[no-any-return]


def stored_crc(sandbox: Sandbox, key: str = "disk.img") -> int:
    """The CRC64 of the object's bytes as stored (read back, not the server's record)."""
    info = stored_object(sandbox, key)
    crc = 0
    with info.open() as reader:
        for offset in range(0, reader.size, 8 << 20):
            crc = crc64(reader.read_at(offset, 8 << 20), crc)
    return crc


def unfinished_uploads(sandbox: Sandbox) -> list[tuple[str, str]]:
    bucket = oss2.Bucket(
        oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret), sandbox.endpoint, BUCKET
    )
    try:
        result = bucket.list_multipart_uploads()
        return [(u.key, u.upload_id) for u in result.upload_list]
    finally:
        bucket.session.session.close()


def abort_all_uploads(sandbox: Sandbox) -> int:
    bucket = oss2.Bucket(
        oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret), sandbox.endpoint, BUCKET
    )
    try:
        uploads = bucket.list_multipart_uploads().upload_list
        for upload in uploads:
            bucket.abort_multipart_upload(upload.key, upload.upload_id)
        return len(uploads)
    finally:
        bucket.session.session.close()


def unsampled_offset(size: int, start: int, end: int) -> int:
    """An offset in [start, end) that the file fingerprint does not read, so a change there
    keeps the file's identity when its size and mtime are kept too."""
    span = max(0, size - FINGERPRINT_BLOCK)
    samples = [span * i // (FINGERPRINT_SAMPLES - 1) for i in range(FINGERPRINT_SAMPLES)]
    for offset in range(start, end, 4096):
        if not any(s <= offset < s + FINGERPRINT_BLOCK for s in samples):
            return offset
    raise AssertionError("every offset of the range is sampled")


def change_in_place_keeping_mtime(path: Path, offset: int) -> bytes:
    """Flip a byte at ``offset`` and set the modification time back; returns the new bytes."""
    before = path.stat()
    with path.open("r+b") as handle:
        handle.seek(offset)
        old = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([old[0] ^ 0xFF]))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    return path.read_bytes()


def confirmed_parts() -> int:
    """The most parts any checkpoint has confirmed."""
    return max((len(c.parts) for c in CheckpointStore().all()), default=0)


def cli_env(sandbox: Sandbox, secret: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env["ALIBABA_CLOUD_ACCESS_KEY_ID"] = sandbox.access_key_id
    env["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = secret or sandbox.access_key_secret
    env["PYTHONUNBUFFERED"] = "1"
    return env


def upload_command(sandbox: Sandbox, path: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "imageimporter",
        "upload",
        str(path),
        "--bucket",
        BUCKET,
        "--oss-endpoint",
        sandbox.endpoint,
        "--region",
        sandbox.region,
        "--json",
        *extra,
    ]


@contextlib.contextmanager
def upload_process(
    sandbox: Sandbox, command: list[str], rate: str
) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` (see :func:`upload_command`) run at ``rate`` bytes a second in a process of
    its own, killed with SIGKILL (no cleanup of any kind) when the block ends."""
    process = subprocess.Popen(
        [*command, "--limit-rate", rate],
        env=cli_env(sandbox),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield process
    finally:
        process.kill()
        process.wait()


def fill(folder: Path) -> Path:
    """Write into ``folder`` until its file system is full; the file written."""
    filler = folder / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):
            while True:
                os.write(handle, b"\0" * 4096)
    finally:
        os.close(handle)
    return filler
