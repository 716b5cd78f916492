"""The pipeline converts where the transfer policy says so: a VMDK and a sparse RAW reach an
Available image as QCOW2 objects byte-identical to the convert stream, ``as_is`` sends the RAW
unchanged, and a converted disk changed between runs stops the job with words."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from imageimporter.core.disk.qcow2_stream import open_qcow2_stream
from imageimporter.core.endpoints import Endpoints
from imageimporter.core.import_request import ImageRequest
from imageimporter.core.job import JobState
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import Credentials
from imageimporter.services.importer import Backoff
from imageimporter.services.job_store import JobStore
from imageimporter.services.pipeline import ImportPipeline, InputError, SourceChangedError
from tests.services.test_pipeline import BUCKET, images_named

MiB = 1 << 20


@pytest.fixture
def pipeline(sandbox, tmp_path: Path) -> ImportPipeline:
    sandbox.create_bucket(BUCKET, "cn-hangzhou")
    creds = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
    session = CloudSession(creds, Endpoints("cn-hangzhou", base=sandbox.endpoint))
    store = JobStore(tmp_path / "jobs.sqlite3")
    return ImportPipeline(store, session, follow_backoff=lambda: Backoff(first=0.05, ceiling=0.2))


def sparse_raw(path: Path) -> Path:
    """64 MiB virtual holding 4 MiB of random data in two extents; the rest holes."""
    with path.open("wb") as handle:
        handle.truncate(64 * MiB)
        for offset in (MiB, 40 * MiB):
            handle.seek(offset)
            handle.write(os.urandom(2 * MiB))
    return path


def sparse_vmdk(tmp_path: Path) -> Path:
    """A monolithicSparse VMDK made by qemu-img from the sparse RAW."""
    vmdk = tmp_path / "disk.vmdk"
    subprocess.run(
        ["qemu-img", "convert", "-f", "raw", "-O", "vmdk", "-o", "subformat=monolithicSparse",
         str(sparse_raw(tmp_path / "source.raw")), str(vmdk)],
        check=True,
    )  # fmt: skip
    return vmdk


def request(disk: Path, **kwargs: object) -> ImageRequest:
    return ImageRequest(disk, BUCKET, "cn-hangzhou", "converted", **kwargs)  # type: ignore[arg-type]


def object_bytes(sandbox, key: str) -> bytes:
    info = sandbox.context.products["oss"].object_info(BUCKET, key)
    with info.open() as reader:
        return reader.read_at(0, reader.size)


def stream_bytes(path: Path) -> bytes:
    stream = open_qcow2_stream(str(path))
    try:
        return stream.read_at(0, stream.size)
    finally:
        stream.close()


@pytest.mark.parametrize("make", [sparse_vmdk, lambda tmp: sparse_raw(tmp / "disk.raw")])
def test_vmdk_and_sparse_raw_are_converted_to_an_available_image(
    sandbox, pipeline: ImportPipeline, tmp_path: Path, make
) -> None:
    disk = make(tmp_path)
    job = pipeline.prepare(request(disk))
    planned = job.disks[0]
    assert planned.transfer == "convert" and planned.key.endswith("/0-disk.qcow2")
    assert planned.import_format == "QCOW2" and job.spec.disks[0].format == "QCOW2"
    assert planned.virtual_size == 64 * MiB and job.spec.disks[0].disk_image_size_gib == 5
    assert planned.bytes_to_send is not None and planned.bytes_to_send < 0.2 * 64 * MiB
    assert "QCOW2" in planned.transfer_reason
    done = pipeline.run(job.id, setup_role=True)
    assert done.state is JobState.SUCCEEDED, done.last_error
    [image] = images_named(pipeline, "converted")
    assert image.status == "Available"
    expected = stream_bytes(disk)
    assert object_bytes(sandbox, planned.key) == expected
    assert done.disks[0].bytes_to_send == len(expected)
    assert done.disks[0].stream_identity is not None


def test_as_is_sends_the_raw_unchanged(sandbox, pipeline: ImportPipeline, tmp_path: Path) -> None:
    disk = sparse_raw(tmp_path / "disk.raw")
    job = pipeline.prepare(request(disk, as_is=True))
    assert job.disks[0].transfer == "as_is" and job.disks[0].key.endswith("/0-disk.raw")
    assert job.spec.disks[0].format == "RAW"
    assert pipeline.run(job.id, setup_role=True).state is JobState.SUCCEEDED
    assert object_bytes(sandbox, job.disks[0].key) == disk.read_bytes()


def test_as_is_refuses_a_vmdk_with_words(pipeline: ImportPipeline, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        pipeline.prepare(request(sparse_vmdk(tmp_path), as_is=True))
    assert "cannot be sent unchanged" in str(caught.value)
    assert "leave out --as-is" in str(caught.value)


def test_a_converted_disk_changed_before_the_upload_stops_the_job(
    sandbox, pipeline: ImportPipeline, tmp_path: Path
) -> None:
    disk = sparse_raw(tmp_path / "disk.raw")
    job = pipeline.prepare(request(disk))
    with disk.open("r+b") as handle:  # written to after the job was planned
        handle.seek(10 * MiB)
        handle.write(b"changed")
    with pytest.raises(SourceChangedError) as caught:
        pipeline.run(job.id, setup_role=True)
    assert "changed since the import was prepared" in caught.value.message
    assert "Start a new import" in caught.value.action
    stopped = pipeline.store.get(job.id)
    assert stopped.state is JobState.FAILED and not stopped.disks[0].uploaded
    assert stopped.last_error is not None and stopped.last_error.code == "SourceChanged"
    # Running it again does not upload the changed file either.
    with pytest.raises(SourceChangedError):
        pipeline.run(job.id, setup_role=True)
    assert sandbox.context.products["oss"].object_info(BUCKET, job.disks[0].key) is None
