"""``imageimporter import`` converts where the policy says so, as real processes against a
``sandbox serve`` process: a VMDK and a sparse RAW reach an Available image as QCOW2 objects
byte-identical to ``imageimporter convert``'s output; ``--as-is`` sends the RAW unchanged; a
converted import SIGKILLed mid-upload resumes to the same object; a source changed between the
kill and the resume stops the job with words."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import pytest

from imageimporter.core.job import JobState
from tests import test_cli_import as cli_import
from tests.polling import wait_until
from tests.test_cli_import import CLI, import_args, jobs_in, one_job_in_state, oss_bucket, resume

# The sandbox process and the app's environment, as the import tests make them.
cloud = cli_import.cloud
app_home = cli_import.app_home
env = cli_import.env

pytestmark = pytest.mark.slow
MIB = 1 << 20


def sparse_raw(path: Path, data_mib: int = 4, size_mib: int = 64) -> Path:
    """``size_mib`` virtual with ``data_mib`` of random data in two extents; the rest holes
    (QCOW2 of it saves far more than 10 %)."""
    with path.open("wb") as handle:
        handle.truncate(size_mib * MIB)
        half = data_mib // 2 * MIB
        for offset in (MIB, size_mib * MIB // 2):
            handle.seek(offset)
            handle.write(os.urandom(half))
    return path


def sparse_vmdk(tmp_path: Path) -> Path:
    vmdk = tmp_path / "disk.vmdk"
    subprocess.run(
        ["qemu-img", "convert", "-f", "raw", "-O", "vmdk", "-o", "subformat=monolithicSparse",
         str(sparse_raw(tmp_path / "source.raw")), str(vmdk)],
        check=True,
    )  # fmt: skip
    return vmdk


def converted_bytes(source: Path, tmp_path: Path) -> bytes:
    dest = tmp_path / "converted-by-cli.qcow2"
    subprocess.run(
        [*CLI, "convert", str(source), str(dest), "--force"], check=True, capture_output=True
    )
    return dest.read_bytes()


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=180)


@pytest.mark.parametrize("make", ["vmdk", "raw"])
def test_import_wait_converts_to_an_available_qcow2_image(cloud, env, app_home, tmp_path, make):
    disk = sparse_vmdk(tmp_path) if make == "vmdk" else sparse_raw(tmp_path / "disk.raw")
    result = run(import_args(cloud, disk, f"converted-{make}"), env)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["state"] == "Succeeded"  # the sandbox's QCOW2 check passed
    [shown] = document["disks"]
    expected = converted_bytes(disk, tmp_path)
    assert shown["transfer"] == "convert" and shown["format"] == "QCOW2"
    assert shown["virtual_size"] == 64 * MIB and shown["bytes_to_send"] == len(expected)
    assert shown["key"].endswith("/0-disk.qcow2")
    assert f"{disk.name}: converted to QCOW2 while uploading: 64.0 MiB virtual, about " in (
        result.stderr
    )
    [job] = jobs_in(app_home)
    assert job.spec.disks[0].format == "QCOW2" and job.spec.disks[0].disk_image_size_gib == 5
    assert oss_bucket(cloud).get_object(shown["key"]).read() == expected
    # Once the stream was scanned, its size is exact: no "about" any more.
    shown_job = run([*CLI, "jobs", "show", job.id], env).stdout
    assert "converted to QCOW2 while uploading: 64.0 MiB virtual, " in shown_job
    assert "about" not in shown_job


def test_as_is_sends_the_raw_unchanged(cloud, env, app_home, tmp_path):
    disk = sparse_raw(tmp_path / "disk.raw")
    result = run(import_args(cloud, disk, "as-is", "--as-is"), env)
    assert result.returncode == 0, result.stderr
    [shown] = json.loads(result.stdout)["disks"]
    assert shown["transfer"] == "as_is" and shown["format"] == "RAW"
    assert shown["bytes_to_send"] == 64 * MIB and shown["key"].endswith("/0-disk.raw")
    assert "Sent as it is, as asked (--as-is)." in result.stderr
    assert oss_bucket(cloud).get_object(shown["key"]).read() == disk.read_bytes()


def test_as_is_refuses_a_vmdk_with_words(env, tmp_path):
    vmdk = sparse_vmdk(tmp_path)
    result = run(
        [*CLI, "import", "--print-aliyun-cli", "--as-is", "--system-disk", str(vmdk),
         "--bucket", "images-hz", "--region", "cn-hangzhou", "--name", "refused"],
        env,
    )  # fmt: skip
    assert result.returncode == 2
    assert "cannot be sent unchanged; leave out --as-is" in result.stderr
    assert "Traceback" not in result.stderr


def test_print_aliyun_cli_says_qcow2_for_a_converted_disk(env, tmp_path):
    vmdk = sparse_vmdk(tmp_path)
    result = run(
        [*CLI, "import", "--print-aliyun-cli", "--system-disk", str(vmdk),
         "--bucket", "images-hz", "--region", "cn-hangzhou", "--name", "printed"],
        env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "--DiskDeviceMapping.1.Format=QCOW2" in result.stdout
    assert "0-disk.qcow2" in result.stdout and "--DiskDeviceMapping.1.DiskImageSize=5" in (
        result.stdout
    )


def start_converted_import(cloud, env, disk: Path, name: str) -> subprocess.Popen[bytes]:
    """A converted import with 24 MiB to send at 4 MiB/s, killed at about a third."""
    cloud.admin("POST", "faults", {"bandwidth_bps": 4 * MIB})
    process = subprocess.Popen(
        import_args(cloud, disk, name, "--part-size", "1M", "--threads", "2"),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_until(
        lambda: cloud.stats()["bytes_received"].get("oss:UploadPart", 0) >= 8 * MIB,
        what="a third of the upload",
    )
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    cloud.admin("POST", "faults", {"bandwidth_bps": None})
    return process


def test_killed_converted_import_resumes_to_the_same_object(cloud, env, app_home, tmp_path):
    disk = sparse_raw(tmp_path / "disk.raw", data_mib=24)
    start_converted_import(cloud, env, disk, "killed-convert")
    job = one_job_in_state(app_home, JobState.UPLOADING)
    assert job is not None and job.disks[0].converted
    assert job.disks[0].stream_identity is not None  # recorded before the first byte went
    result = resume(job.id, env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["state"] == "Succeeded"
    expected = converted_bytes(disk, tmp_path)
    assert oss_bucket(cloud).get_object(job.disks[0].key).read() == expected
    # The parts confirmed before the kill were not sent again (at most those in flight).
    received = cloud.stats()["bytes_received"]["oss:UploadPart"]
    assert len(expected) <= received <= len(expected) + 2 * MIB


def test_source_changed_between_kill_and_resume_is_an_error_with_words(
    cloud, env, app_home, tmp_path
):
    disk = sparse_raw(tmp_path / "disk.raw", data_mib=24)
    start_converted_import(cloud, env, disk, "changed-convert")
    job = one_job_in_state(app_home, JobState.UPLOADING)
    assert job is not None
    with disk.open("r+b") as handle:
        handle.seek(10 * MIB)
        handle.write(b"written after the kill")
    result = resume(job.id, env)
    assert result.returncode == 1
    assert "changed since the import was prepared" in result.stderr
    assert "Start a new import of the disk as it is now" in result.stderr
    assert "Traceback" not in result.stderr
    stopped = jobs_in(app_home)[0]
    assert stopped.state is JobState.FAILED and not stopped.disks[0].uploaded
    assert stopped.last_error is not None and stopped.last_error.code == "SourceChanged"
    assert not oss_bucket(cloud).object_exists(job.disks[0].key)


def test_inspect_estimates_the_bytes_to_send(env, tmp_path):
    vmdk = sparse_vmdk(tmp_path)
    document = json.loads(run([*CLI, "inspect", str(vmdk), "--json"], env).stdout)
    estimate = document["estimated_upload_bytes"]
    # An upper estimate of the QCOW2 stream, from the allocation map: the data and metadata.
    assert 4 * MIB < estimate < 5 * MIB
    assert len(converted_bytes(vmdk, tmp_path)) <= estimate
    plain = run([*CLI, "inspect", str(vmdk)], env).stdout
    assert "The app converts it to QCOW2 while uploading; nothing to do first. About " in plain
    assert f"({estimate} bytes) to send." in plain
