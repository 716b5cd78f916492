"""The upload engine against the sandbox cloud, with its fault injection."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import oss2
import pytest

from imageimporter.core.checkpoint import CheckpointStore, UploadCheckpoint
from imageimporter.core.crc64 import crc64
from imageimporter.core.progress import UploadState
from imageimporter.sandbox import FaultRule, Sandbox
from imageimporter.services.upload import (
    BucketError,
    Credentials,
    CredentialsError,
    EndpointError,
    LocalFileError,
    OssTarget,
    StaticCredentials,
    Upload,
    UploadCancelled,
    UploadOptions,
    abort_unfinished_uploads,
    list_unfinished_uploads,
    resolve_endpoint,
)
from tests.services.upload_helpers import (
    BUCKET,
    FAST_RETRY,
    HookStore,
    Recorder,
    abort_all_uploads,
    change_in_place_keeping_mtime,
    credentials_of,
    make_upload,
    stored_crc,
    stored_object,
    target_of,
    unfinished_uploads,
    unsampled_offset,
    write_random,
)

KiB = 1024
MiB = 1024 * KiB


@pytest.fixture
def store(tmp_path: Path) -> HookStore:
    return HookStore(tmp_path / "checkpoints")


def received(sandbox: Sandbox) -> int:
    return sandbox.stats.bytes_received["oss:UploadPart"]


def cancel_after(
    upload: Upload, store: HookStore, parts: int, discard: bool = False
) -> list[float]:
    """Cancel ``upload`` once the checkpoint holds ``parts`` parts; returns when it was asked."""
    asked: list[float] = []

    def hook(checkpoint: UploadCheckpoint) -> None:
        if len(checkpoint.parts) >= parts and not asked:
            asked.append(time.monotonic())
            upload.cancel(discard=discard)

    store.hook = hook
    return asked


def test_upload_is_verified_and_sends_every_byte_once(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 5 * MiB + 123)
    recorder = Recorder()
    result = make_upload(sandbox, tmp_path / "disk.img", store, recorder, part_size=MiB).run()
    assert result.crc64 == crc64(data) == stored_crc(sandbox)
    assert (result.size, result.parts, result.bytes_sent) == (len(data), 6, len(data))
    assert not result.resumed and not result.skipped
    assert received(sandbox) == len(data)
    states = [e.state for e in recorder.events]
    assert states[0] is UploadState.PREPARING
    assert UploadState.UPLOADING in states and UploadState.COMPLETING in states
    assert states[-1] is UploadState.SUCCEEDED
    assert recorder.events[-1].done == recorder.events[-1].total == len(data)
    assert store.all() == []  # the checkpoint goes once the object is complete


def test_survives_5xx_and_dropped_connections(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 10 * MiB)
    sandbox.faults.add(FaultRule(api="oss:UploadPart", kind="error", rate=0.05, status=503))
    sandbox.faults.add(FaultRule(api="oss:UploadPart", kind="drop", rate=0.05))
    sandbox.faults.add(FaultRule(api="oss:UploadPart", kind="error", rate=0.02, status=500))
    recorder = Recorder()
    result = make_upload(sandbox, tmp_path / "disk.img", store, recorder, part_size=128 * KiB).run()
    failed = sum(rule.fired for rule in sandbox.faults.rules())
    assert failed > 0
    assert result.retries == failed
    assert result.crc64 == crc64(data) == stored_crc(sandbox)
    assert sandbox.stats.requests["oss:UploadPart"] == 80 + failed
    assert any(e.retries for e in recorder.events)


def test_a_part_corrupted_in_transit_is_detected_and_sent_again(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 3 * MiB)
    sandbox.faults.add(FaultRule(api="oss:UploadPart", kind="corrupt", count=1))
    recorder = Recorder()
    result = make_upload(sandbox, tmp_path / "disk.img", store, recorder, part_size=MiB).run()
    assert sandbox.faults.rules()[0].fired == 1
    assert sandbox.stats.requests["oss:UploadPart"] == 4
    assert result.retries == 1
    assert result.crc64 == crc64(data) == stored_crc(sandbox)
    assert any("damaged" in e.message for e in recorder.events)


def test_a_corrupted_part_that_stays_corrupted_is_an_error_naming_it(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    write_random(tmp_path / "disk.img", 300 * KiB)
    sandbox.faults.add(FaultRule(api="oss:PutObject", kind="corrupt"))
    upload = make_upload(sandbox, tmp_path / "disk.img", store)
    with pytest.raises(Exception, match=r"Part 1 \(bytes 0 to 307,199\) arrived damaged 12 times"):
        upload.run()
    assert upload.state is UploadState.FAILED


def test_cancel_keeps_the_checkpoint_and_the_next_run_resumes(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 4 * MiB)
    upload = make_upload(
        sandbox, tmp_path / "disk.img", store, part_size=256 * KiB, limit_rate=4 * MiB
    )
    asked = cancel_after(upload, store, 3)
    with pytest.raises(UploadCancelled) as cancelled:
        upload.run()
    assert time.monotonic() - asked[0] < 1.0  # cancel takes effect within a second
    assert not cancelled.value.discarded
    assert "resumes" in cancelled.value.message
    assert upload.state is UploadState.CANCELLED
    [checkpoint] = store.all()
    confirmed = checkpoint.confirmed_bytes
    assert confirmed >= 3 * 256 * KiB
    assert (
        sandbox.access_key_secret
        not in store.path_for(
            checkpoint.endpoint, checkpoint.bucket, checkpoint.key, checkpoint.path
        ).read_text()
    )

    store.hook = None
    sandbox.stats.reset()
    recorder = Recorder()
    result = make_upload(sandbox, tmp_path / "disk.img", store, recorder).run()
    assert result.resumed
    assert received(sandbox) <= len(data) - confirmed  # no confirmed part is sent again
    assert result.bytes_sent == received(sandbox)
    assert result.crc64 == crc64(data) == stored_crc(sandbox)
    assert "Resuming" in recorder.text()


def test_cancel_and_discard_leaves_no_upload_on_the_server(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    write_random(tmp_path / "disk.img", 4 * MiB)
    upload = make_upload(
        sandbox, tmp_path / "disk.img", store, part_size=256 * KiB, limit_rate=4 * MiB
    )
    cancel_after(upload, store, 2, discard=True)
    with pytest.raises(UploadCancelled) as cancelled:
        upload.run()
    assert cancelled.value.discarded
    assert unfinished_uploads(sandbox) == []
    assert store.all() == []
    assert list(store.directory.iterdir()) == []


def test_the_file_changed_between_runs_starts_over(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    path = tmp_path / "disk.img"
    write_random(path, 2 * MiB)
    upload = make_upload(sandbox, path, store, part_size=256 * KiB, limit_rate=4 * MiB)
    cancel_after(upload, store, 2)
    with pytest.raises(UploadCancelled):
        upload.run()
    store.hook = None
    new_data = write_random(path, 2 * MiB)  # same size, other content
    recorder = Recorder()
    result = make_upload(sandbox, path, store, recorder).run()
    assert "changed since the last attempt" in recorder.text()
    assert not result.resumed
    assert result.crc64 == crc64(new_data) == stored_crc(sandbox)
    assert unfinished_uploads(sandbox) == []  # the stale upload was aborted


def test_an_upload_aborted_on_the_server_is_restarted_cleanly(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 2 * MiB)
    upload = make_upload(
        sandbox, tmp_path / "disk.img", store, part_size=256 * KiB, limit_rate=4 * MiB
    )
    cancel_after(upload, store, 2)
    with pytest.raises(UploadCancelled):
        upload.run()
    store.hook = None
    assert abort_all_uploads(sandbox) == 1
    recorder = Recorder()
    result = make_upload(sandbox, tmp_path / "disk.img", store, recorder).run()
    assert "gone from the server" in recorder.text()
    assert result.recovered == "restarted"
    assert not result.resumed
    assert result.crc64 == crc64(data) == stored_crc(sandbox)


def test_an_upload_aborted_while_running_is_restarted(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 2 * MiB)
    aborted: list[int] = []

    def hook(checkpoint: UploadCheckpoint) -> None:
        if len(checkpoint.parts) >= 2 and not aborted:
            aborted.append(abort_all_uploads(sandbox))

    store.hook = hook
    recorder = Recorder()
    result = make_upload(
        sandbox, tmp_path / "disk.img", store, recorder, part_size=256 * KiB, threads=2
    ).run()
    assert aborted == [1]
    assert "aborted on the server" in recorder.text()
    assert result.recovered == "restarted"
    assert result.crc64 == crc64(data) == stored_crc(sandbox)


def test_parts_the_checkpoint_missed_are_recovered_from_listparts(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 2 * MiB)
    upload = make_upload(
        sandbox, tmp_path / "disk.img", store, part_size=256 * KiB, limit_rate=4 * MiB
    )
    cancel_after(upload, store, 4)
    with pytest.raises(UploadCancelled):
        upload.run()
    store.hook = None
    # As after a crash between a part's confirmation and the checkpoint's write.
    [checkpoint] = store.all()
    file = store.path_for(checkpoint.endpoint, checkpoint.bucket, checkpoint.key, checkpoint.path)
    raw = json.loads(file.read_text())
    on_server = len(raw["parts"])
    raw["parts"] = raw["parts"][:1]
    file.write_text(json.dumps(raw))
    sandbox.stats.reset()
    recorder = Recorder()
    result = make_upload(sandbox, tmp_path / "disk.img", store, recorder).run()
    assert result.recovered == "listparts"
    assert result.resumed
    assert f"Recovered {on_server - 1} part(s)" in recorder.text()
    assert received(sandbox) <= len(data) - on_server * 256 * KiB
    assert result.crc64 == crc64(data) == stored_crc(sandbox)


@pytest.mark.parametrize(
    "case",
    [
        (None, "wrong-secret", "SignatureDoesNotMatch"),
        ("LTAI5tNoSuchKey", None, "InvalidAccessKeyId"),
    ],
)
def test_wrong_credentials_stop_at_once_without_a_retry_storm(
    sandbox: Sandbox,
    store: HookStore,
    tmp_path: Path,
    case: tuple[str | None, str | None, str],
) -> None:
    key_id, secret, code = case
    write_random(tmp_path / "disk.img", 3 * MiB)
    credentials = Credentials(key_id or sandbox.access_key_id, secret or sandbox.access_key_secret)
    upload = Upload(
        tmp_path / "disk.img",
        target_of(sandbox),
        "disk.img",
        StaticCredentials(credentials),
        options=UploadOptions(part_size=MiB, retry=FAST_RETRY),
        store=store,
    )
    with pytest.raises(CredentialsError) as failure:
        upload.run()
    assert failure.value.code == code
    assert not failure.value.transient
    assert sum(sandbox.stats.requests.values()) == 1
    assert sandbox.access_key_secret not in str(failure.value)
    assert upload.state is UploadState.FAILED


def test_a_missing_bucket_is_a_clear_error(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    write_random(tmp_path / "disk.img", 3 * MiB)
    upload = Upload(
        tmp_path / "disk.img",
        OssTarget(sandbox.endpoint, "no-such-bucket", sandbox.region),
        "disk.img",
        credentials_of(sandbox),
        options=UploadOptions(part_size=MiB, retry=FAST_RETRY),
        store=store,
    )
    with pytest.raises(BucketError, match="does not exist"):
        upload.run()
    assert sum(sandbox.stats.requests.values()) <= 2


@pytest.mark.parametrize("size", [0, 1])
def test_empty_and_one_byte_files(
    sandbox: Sandbox, store: HookStore, tmp_path: Path, size: int
) -> None:
    data = write_random(tmp_path / "disk.img", size)
    result = make_upload(sandbox, tmp_path / "disk.img", store).run()
    assert result.size == size == stored_object(sandbox).size
    assert result.crc64 == crc64(data) == stored_crc(sandbox)


def test_an_identical_object_is_skipped(sandbox: Sandbox, store: HookStore, tmp_path: Path) -> None:
    data = write_random(tmp_path / "disk.img", 2 * MiB)
    make_upload(sandbox, tmp_path / "disk.img", store, part_size=MiB).run()
    sandbox.stats.reset()
    recorder = Recorder()
    result = make_upload(sandbox, tmp_path / "disk.img", store, recorder).run()
    assert result.skipped
    assert result.crc64 == crc64(data)
    assert result.bytes_sent == 0
    assert "nothing to upload" in recorder.text()
    assert received(sandbox) == 0
    # Same size, other content: uploaded again.
    new_data = write_random(tmp_path / "disk.img", 2 * MiB)
    result = make_upload(sandbox, tmp_path / "disk.img", store, part_size=MiB).run()
    assert not result.skipped
    assert result.crc64 == crc64(new_data) == stored_crc(sandbox)


class RenewingCredentials:
    """STS credentials from the sandbox, renewed on request (like an AssumeRole provider)."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.refreshes = 0
        self.current = self._issue(300)

    def _issue(self, seconds: float) -> Credentials:
        key = self.sandbox.context.account.issue_sts_credentials(seconds)
        return Credentials(key.access_key_id, key.access_key_secret, key.security_token)

    def get(self) -> Credentials:
        return self.current

    def refresh(self) -> Credentials:
        self.refreshes += 1
        self.current = self._issue(3600)
        return self.current


def test_expired_sts_credentials_are_renewed_without_losing_progress(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 3 * MiB)
    provider = RenewingCredentials(sandbox)
    moved = threading.Event()

    def hook(checkpoint: UploadCheckpoint) -> None:
        if len(checkpoint.parts) >= 3 and not moved.is_set():
            moved.set()
            # Ten minutes pass on the server: the first credentials (5 minutes) expire.
            sandbox.context.clock = lambda: time.time() + 600

    store.hook = hook
    recorder = Recorder()
    upload = Upload(
        tmp_path / "disk.img",
        target_of(sandbox),
        "disk.img",
        provider,
        options=UploadOptions(part_size=256 * KiB, threads=2, retry=FAST_RETRY),
        listener=recorder,
        store=store,
    )
    result = upload.run()
    assert moved.is_set()
    assert provider.refreshes == 1
    assert "renewed" in recorder.text()
    assert result.crc64 == crc64(data) == stored_crc(sandbox)
    # Only the parts on the wire when the token expired were sent twice.
    assert received(sandbox) <= len(data) + 2 * 256 * KiB


def test_static_credentials_that_expire_stop_the_upload(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    write_random(tmp_path / "disk.img", MiB)
    key = sandbox.context.account.issue_sts_credentials(-1)
    upload = Upload(
        tmp_path / "disk.img",
        target_of(sandbox),
        "disk.img",
        StaticCredentials(
            Credentials(key.access_key_id, key.access_key_secret, key.security_token)
        ),
        options=UploadOptions(retry=FAST_RETRY),
        store=store,
    )
    with pytest.raises(CredentialsError, match="expired") as failure:
        upload.run()
    assert failure.value.code == "SecurityTokenExpired"
    assert sum(sandbox.stats.requests.values()) == 1


def test_unfinished_uploads_are_listed_and_aborted(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    write_random(tmp_path / "disk.img", 2 * MiB)
    upload = make_upload(
        sandbox, tmp_path / "disk.img", store, part_size=256 * KiB, limit_rate=4 * MiB
    )
    cancel_after(upload, store, 1)
    with pytest.raises(UploadCancelled):
        upload.run()
    store.hook = None
    target = target_of(sandbox)
    [found] = list_unfinished_uploads(target, credentials_of(sandbox), store=store)
    assert found.key == "disk.img"
    assert found.local_path == str((tmp_path / "disk.img").resolve())
    assert found.resumable_here
    assert abort_unfinished_uploads(target, credentials_of(sandbox), [found], store=store) == 1
    assert unfinished_uploads(sandbox) == []
    assert store.all() == []
    assert list_unfinished_uploads(target, credentials_of(sandbox), store=store) == []


def test_bandwidth_limit_and_progress_rate(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", 2 * MiB)
    recorder = Recorder()
    started = time.monotonic()
    result = make_upload(
        sandbox, tmp_path / "disk.img", store, recorder, part_size=256 * KiB, limit_rate=2 * MiB
    ).run()
    elapsed = time.monotonic() - started
    assert elapsed >= 0.7  # 2 MiB at 2 MiB/s, less the permitted burst
    assert result.crc64 == crc64(data)
    uploading = [e for e in recorder.events if e.state is UploadState.UPLOADING]
    assert len(uploading) <= elapsed * 4 + 4  # a few events a second
    assert any(e.speed for e in uploading)
    assert all(e.done <= e.total for e in recorder.events)


@pytest.mark.parametrize(
    ("endpoint", "region", "expected"),
    [
        (None, "cn-hangzhou", "https://oss-cn-hangzhou.aliyuncs.com"),
        ("oss-cn-beijing.aliyuncs.com", None, "https://oss-cn-beijing.aliyuncs.com"),
        ("http://127.0.0.1:8080/", None, "http://127.0.0.1:8080"),
        ("http://localhost:9", None, "http://localhost:9"),
        ("HTTPS://Example.COM", None, "https://example.com"),
    ],
)
def test_endpoints(endpoint: str | None, region: str | None, expected: str) -> None:
    assert resolve_endpoint(endpoint, region) == expected


@pytest.mark.parametrize(
    ("endpoint", "words"),
    [
        ("http://10.0.0.5:8080", "Refusing plain HTTP"),
        ("http://oss-cn-hangzhou.aliyuncs.com", "Refusing plain HTTP"),
        ("ftp://host", "not a valid URL"),
        ("https://host/path", "must not have a path"),
        (None, "Neither an OSS endpoint nor a region"),
    ],
)
def test_bad_endpoints(endpoint: str | None, words: str) -> None:
    with pytest.raises(EndpointError, match=words):
        resolve_endpoint(endpoint, None)


def test_a_missing_file_is_a_clear_error(sandbox: Sandbox, tmp_path: Path) -> None:
    upload = make_upload(sandbox, tmp_path / "nope.img", CheckpointStore(tmp_path))
    with pytest.raises(Exception, match="Cannot read"):
        upload.run()
    assert sum(sandbox.stats.requests.values()) == 0


def test_checkpoint_target_matches_bucket(sandbox: Sandbox) -> None:
    assert target_of(sandbox).bucket == BUCKET


def test_a_stalled_request_times_out_and_is_retried(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    data = write_random(tmp_path / "disk.img", MiB)
    sandbox.faults.add(FaultRule(api="oss:UploadPart", kind="slow", delay=1.0, count=1))
    recorder = Recorder()
    result = make_upload(
        sandbox, tmp_path / "disk.img", store, recorder, part_size=256 * KiB, timeout=0.3
    ).run()
    assert result.retries == 1
    assert any("timed out" in e.message for e in recorder.events)
    assert result.crc64 == crc64(data) == stored_crc(sandbox)


def test_a_file_changed_during_the_upload_is_not_completed(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    path = tmp_path / "disk.img"
    write_random(path, 2 * MiB)

    def hook(checkpoint: UploadCheckpoint) -> None:
        if len(checkpoint.parts) == 2:
            with path.open("r+b") as handle:
                handle.write(b"changed")

    store.hook = hook
    upload = make_upload(sandbox, path, store, part_size=256 * KiB, threads=1)
    with pytest.raises(Exception, match="changed while it was being uploaded"):
        upload.run()
    assert sandbox.stats.requests["oss:CompleteMultipartUpload"] == 0
    # The next run notices the change and starts over.
    store.hook = None
    recorder = Recorder()
    result = make_upload(sandbox, path, store, recorder).run()
    assert "changed since the last attempt" in recorder.text()
    assert result.crc64 == crc64(path.read_bytes()) == stored_crc(sandbox)


def test_a_file_changed_during_the_upload_with_its_mtime_set_back_is_never_mixed(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    path = tmp_path / "disk.img"
    write_random(path, 2 * MiB)
    offset = unsampled_offset(2 * MiB, 0, 256 * KiB)  # in part 1, unseen by the fingerprint
    changed: list[bytes] = []

    def hook(checkpoint: UploadCheckpoint) -> None:
        if len(checkpoint.parts) == 2 and not changed:
            changed.append(change_in_place_keeping_mtime(path, offset))

    store.hook = hook
    upload = make_upload(sandbox, path, store, part_size=256 * KiB, threads=1)
    with pytest.raises(LocalFileError, match="changed while it was being uploaded"):
        upload.run()
    assert sandbox.stats.requests["oss:CompleteMultipartUpload"] == 0
    # The next run keeps the confirmed parts, reads them again and re-sends part 1.
    store.hook = None
    recorder = Recorder()
    result = make_upload(sandbox, path, store, recorder).run()
    assert result.resumed
    assert "(parts 1); sending them again" in recorder.text()
    assert result.crc64 == crc64(changed[0]) == stored_crc(sandbox)


def test_listener_is_called_only_from_the_thread_running_the_upload(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    write_random(tmp_path / "disk.img", 2 * MiB)
    threads: set[int] = set()

    class ThreadRecorder(Recorder):
        def progress(self, event: object) -> None:
            threads.add(threading.get_ident())

        def notice(self, text: str) -> None:
            threads.add(threading.get_ident())

    provider_calls = RenewingCredentials(sandbox)
    sandbox.faults.add(FaultRule(api="oss:UploadPart", kind="error", count=2))

    def expire(checkpoint: UploadCheckpoint) -> None:  # a notice from a worker thread
        if len(checkpoint.parts) == 1:
            sandbox.context.clock = lambda: time.time() + 600

    store.hook = expire
    upload = Upload(
        tmp_path / "disk.img",
        target_of(sandbox),
        "disk.img",
        provider_calls,
        options=UploadOptions(part_size=256 * KiB, retry=FAST_RETRY),
        listener=ThreadRecorder(),
        store=store,
    )
    upload.run()
    assert provider_calls.refreshes == 1
    assert threads == {threading.get_ident()}


def test_cancel_before_run_sends_nothing(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    write_random(tmp_path / "disk.img", MiB)
    upload = make_upload(sandbox, tmp_path / "disk.img", store)
    upload.cancel()
    with pytest.raises(UploadCancelled):
        upload.run()
    assert sum(sandbox.stats.requests.values()) == 0
    assert upload.state is UploadState.CANCELLED


@pytest.mark.parametrize("size", [100 * KiB, 2 * MiB])  # PutObject, then multipart
def test_an_archive_bucket_still_gets_a_standard_object(
    sandbox: Sandbox, store: HookStore, tmp_path: Path, size: int
) -> None:
    client = oss2.Bucket(
        oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret), sandbox.endpoint, "cold"
    )
    client.create_bucket(
        oss2.BUCKET_ACL_PRIVATE, oss2.models.BucketCreateConfig(oss2.BUCKET_STORAGE_CLASS_ARCHIVE)
    )
    client.session.session.close()
    write_random(tmp_path / "disk.img", size)
    upload = Upload(
        tmp_path / "disk.img",
        OssTarget(sandbox.endpoint, "cold", sandbox.region),
        "disk.img",
        credentials_of(sandbox),
        options=UploadOptions(part_size=256 * KiB, retry=FAST_RETRY),
        store=store,
    )
    upload.run()
    oss = sandbox.context.products["oss"]
    assert oss.object_info("cold", "disk.img").storage_class == "Standard"  # type: ignore[attr-defined]


def test_an_identical_archive_object_is_replaced_not_skipped(
    sandbox: Sandbox, store: HookStore, tmp_path: Path
) -> None:
    client = oss2.Bucket(
        oss2.Auth(sandbox.access_key_id, sandbox.access_key_secret), sandbox.endpoint, "cold"
    )
    client.create_bucket(
        oss2.BUCKET_ACL_PRIVATE, oss2.models.BucketCreateConfig(oss2.BUCKET_STORAGE_CLASS_ARCHIVE)
    )
    data = write_random(tmp_path / "disk.img", 300 * KiB)
    client.put_object("disk.img", data)  # the bucket's default: Archive
    client.session.session.close()
    recorder = Recorder()
    result = Upload(
        tmp_path / "disk.img",
        OssTarget(sandbox.endpoint, "cold", sandbox.region),
        "disk.img",
        credentials_of(sandbox),
        options=UploadOptions(retry=FAST_RETRY),
        listener=recorder,
        store=store,
    ).run()
    assert not result.skipped
    assert "stored as Archive" in recorder.text()
    oss = sandbox.context.products["oss"]
    assert oss.object_info("cold", "disk.img").storage_class == "Standard"  # type: ignore[attr-defined]
