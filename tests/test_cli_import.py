"""``imageimporter import`` and ``jobs`` as real processes against a ``sandbox serve`` process:
killed with SIGKILL during the upload, the submit and the monitoring, then resumed; exactly one
import task each time; and the secret nowhere in what the app wrote or printed."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from imageimporter.core.job import JobState
from imageimporter.services.job_store import JobStore
from tests.polling import wait_until

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("qemu-img") is None, reason="needs qemu-img"),
]
CLI = [sys.executable, "-m", "imageimporter"]
BUCKET = "images-hz"
MIB = 1 << 20


class Cloud:
    """A ``sandbox serve`` process and what the tests need of it."""

    def __init__(self, data_dir: Path) -> None:
        self.process = subprocess.Popen(
            [*CLI, "sandbox", "serve", "--data-dir", str(data_dir), "--bucket", BUCKET,
             "--import-seconds", "3"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        self.info = json.loads(self.process.stdout.readline())

    def admin(self, method: str, what: str, payload=None):
        request = urllib.request.Request(
            self.info["admin_url"] + what,
            method=method,
            data=None if payload is None else json.dumps(payload).encode(),
            headers={"x-sandbox-admin-token": self.info["admin_token"]},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def stats(self):
        return self.admin("GET", "stats")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.communicate(timeout=30)


@pytest.fixture
def cloud(tmp_path):
    cloud = Cloud(tmp_path / "cloud")
    yield cloud
    cloud.stop()


@pytest.fixture
def app_home(tmp_path):
    return tmp_path / "app-home"


@pytest.fixture
def env(cloud, app_home, isolated_app_dirs):
    return {
        **os.environ,
        "IMAGEIMPORTER_HOME": str(app_home),
        "ALIBABA_CLOUD_ACCESS_KEY_ID": cloud.info["access_key_id"],
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": cloud.info["access_key_secret"],
    }


def import_args(cloud, disk, name, *extra):
    return [*CLI, "import", "--endpoint", cloud.info["endpoint"], "--system-disk", str(disk),
            "--bucket", BUCKET, "--region", "cn-hangzhou", "--name", name, "--setup-role",
            "--wait", "--json",
            *extra]  # fmt: skip


def jobs_in(app_home):
    return JobStore(app_home / "data" / "jobs.sqlite3").jobs()


def one_job_in_state(app_home, *states):
    jobs = jobs_in(app_home)
    return jobs[0] if jobs and jobs[0].state in states else None


def import_tasks(cloud):
    from alibabacloud_ecs20140526 import models
    from alibabacloud_ecs20140526.client import Client
    from alibabacloud_tea_openapi.models import Config

    client = Client(
        Config(
            access_key_id=cloud.info["access_key_id"],
            access_key_secret=cloud.info["access_key_secret"],
            endpoint=cloud.info["host_port"],
            protocol="http",
            region_id="cn-hangzhou",
        )
    )
    body = client.describe_tasks(
        models.DescribeTasksRequest(region_id="cn-hangzhou", task_action="ImportImage")
    ).body
    return body.task_set.task


def raw_disk(path: Path, size: int) -> Path:
    pattern = bytes(range(256)) * (MIB // 256)
    with open(path, "wb") as handle:
        for _ in range(size // MIB):
            handle.write(pattern)
    subprocess.run(["sfdisk", "-q", str(path)], input=b"start=2048, type=83\n", check=True)
    return path


def resume(job_id, env):
    return subprocess.run(
        [*CLI, "jobs", "resume", job_id, "--json"], env=env, capture_output=True, text=True,
        timeout=180,
    )  # fmt: skip


def test_killed_during_upload_resumes_without_resending(cloud, env, app_home, tmp_path):
    size, part, threads = 48 * MIB, MIB, 2
    disk = raw_disk(tmp_path / "system.raw", size)
    cloud.admin("POST", "faults", {"bandwidth_bps": 4 * MIB})
    process = subprocess.Popen(
        import_args(cloud, disk, "killed-upload", "--part-size", "1M", "--threads", str(threads)),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_until(
        lambda: cloud.stats()["bytes_received"].get("oss:UploadPart", 0) >= 16 * MIB,
        what="a third of the upload",
    )
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    job = one_job_in_state(app_home, JobState.UPLOADING)
    assert job is not None
    cloud.admin("POST", "faults", {"bandwidth_bps": None})
    result = resume(job.id, env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["state"] == "Succeeded"
    # Every part body the server received whole, before the kill and after: the parts
    # confirmed before the kill were not sent again, only those in flight at most.
    received = cloud.stats()["bytes_received"]["oss:UploadPart"]
    assert size <= received <= size + threads * part
    assert len(import_tasks(cloud)) == 1


def test_killed_during_submit_makes_exactly_one_task(cloud, env, app_home, tmp_path):
    disk = tmp_path / "system.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(disk), "6G"], check=True)
    cloud.admin(
        "POST",
        "faults",
        {"rules": [{"api": "ecs:ImportImage", "kind": "slow", "delay": 3, "count": 1}]},
    )
    process = subprocess.Popen(
        import_args(cloud, disk, "killed-submit"),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_until(
        lambda: (
            cloud.stats()["requests"].get("ecs:ImportImage", 0) >= 1
            and one_job_in_state(app_home, JobState.SUBMITTING)
        ),
        what="the submit in flight",
    )
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    job = one_job_in_state(app_home, JobState.SUBMITTING)
    assert job is not None and not job.task_id
    # The service still serves the request whose client was killed: the import exists, and
    # the job does not know it. The resume asks again with the same token.
    wait_until(lambda: import_tasks(cloud), timeout=60, what="the killed request's task")
    result = resume(job.id, env)
    assert result.returncode == 0, result.stderr
    finished = json.loads(result.stdout)
    assert finished["state"] == "Succeeded"
    tasks = import_tasks(cloud)
    assert [t.task_id for t in tasks] == [finished["TaskId"]]


def test_killed_during_monitoring_reattaches(cloud, env, app_home, tmp_path):
    disk = tmp_path / "system.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(disk), "6G"], check=True)
    cloud.admin("POST", "faults", {"import_seconds": 6})
    process = subprocess.Popen(
        import_args(cloud, disk, "killed-monitor"),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_until(lambda: one_job_in_state(app_home, JobState.IMPORTING), what="the import running")
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    job = one_job_in_state(app_home, JobState.IMPORTING)
    result = resume(job.id, env)
    assert result.returncode == 0, result.stderr
    finished = json.loads(result.stdout)
    assert (finished["state"], finished["TaskId"]) == ("Succeeded", job.task_id)
    assert len(import_tasks(cloud)) == 1


def test_secret_never_written_or_printed(cloud, env, app_home, tmp_path, isolated_app_dirs):
    secret = cloud.info["access_key_secret"]
    disk = tmp_path / "system.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(disk), "6G"], check=True)
    outputs = []
    for args in (
        import_args(cloud, disk, "secret-check"),
        [*CLI, "jobs", "list", "--json"],
        [*CLI, "role", "check", "--endpoint", cloud.info["endpoint"], "--json"],
    ):
        result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (args, result.stderr)
        outputs += [result.stdout, result.stderr]
    job_id = jobs_in(app_home)[0].id
    result = subprocess.run(
        [*CLI, "jobs", "cancel", job_id, "--cleanup"], env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    outputs += [result.stdout, result.stderr]
    assert not [o for o in outputs if secret in o]
    written = [p for root in (app_home, isolated_app_dirs) for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "jobs.sqlite3" for p in written)
    leaking = [p for p in written if secret.encode() in p.read_bytes()]
    assert leaking == []


def test_print_aliyun_cli_and_field_errors(tmp_path, env):
    disk = tmp_path / "system.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(disk), "6G"], check=True)
    base = [
        *CLI,
        "import",
        "--system-disk",
        str(disk),
        "--bucket",
        BUCKET,
        "--region",
        "cn-hangzhou",
    ]
    printed = subprocess.run(
        [*base, "--name", "web", "--tag", "env=dev", "--print-aliyun-cli"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("aliyun ecs ImportImage --RegionId=cn-hangzhou")
    assert "--DiskDeviceMapping.1.Format=QCOW2" in printed.stdout
    assert "--DiskDeviceMapping.1.DiskImageSize=6" in printed.stdout
    assert "LicenseType" not in printed.stdout  # Auto is the service's default
    words = shlex.split(printed.stdout)
    assert re.fullmatch(
        r"--DiskDeviceMapping\.1\.OSSObject=imageimporter/\d{8}-[0-9a-f]{8}/0-system\.qcow2",
        next(w for w in words if w.startswith("--DiskDeviceMapping.1.OSSObject=")),
    )
    current = subprocess.run(
        [*base, "--name", "win", "--os-type", "windows", "--platform", "Other Windows",
         "--imds", "v2", "--license-type", "BYOL", "--key-prefix", "backups/2026",
         "--description", "--DryRun false", "--print-aliyun-cli"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert current.returncode == 0, current.stderr
    words = shlex.split(current.stdout)
    for expected in ("--Platform=Other Windows", "--Features.ImdsSupport=v2",
                     "--LicenseType=BYOL", "--Description=--DryRun false"):  # fmt: skip
        assert expected in words
    assert any(w.startswith("--DiskDeviceMapping.1.OSSObject=backups/2026/") for w in words)
    bad = subprocess.run(
        [*base, "--name", "1bad", "--arch", "arm64", "--boot-mode", "BIOS", "--print-aliyun-cli"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "ImageName:" in bad.stderr and "BootMode:" in bad.stderr


def test_role_setup_for_a_user_without_ram_rights(cloud, env):
    restricted = {
        **env,
        "ALIBABA_CLOUD_ACCESS_KEY_ID": cloud.info["restricted_access_key_id"],
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": cloud.info["restricted_access_key_secret"],
    }
    result = subprocess.run(
        [*CLI, "role", "setup", "--endpoint", cloud.info["endpoint"]],
        env=restricted, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "not allowed to manage RAM roles" in result.stderr
    assert (
        "ram.console.aliyun.com" in result.stdout
        and "AliyunECSImageImportRolePolicy" in result.stdout
    )


def oss_bucket(cloud):
    import oss2

    auth = oss2.Auth(cloud.info["access_key_id"], cloud.info["access_key_secret"])
    return oss2.Bucket(auth, cloud.info["endpoint"], BUCKET)


def qcow2(path: Path, size: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), size], check=True)
    return path


def test_two_disks_with_the_same_name_get_their_own_objects(cloud, env, app_home, tmp_path):
    system = qcow2(tmp_path / "a" / "disk.qcow2", "6G")
    data = qcow2(tmp_path / "b" / "disk.qcow2", "3G")
    result = subprocess.run(
        [*import_args(cloud, system, "two-disks"), "--data-disk", str(data)],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [job] = jobs_in(app_home)
    keys = [d.key for d in job.disks]
    assert keys == [
        f"imageimporter/{job.id}/0-disk.qcow2",
        f"imageimporter/{job.id}/1-disk.qcow2",
    ]
    bucket = oss_bucket(cloud)
    for disk, key in ((system, keys[0]), (data, keys[1])):
        assert bucket.get_object(key).read() == disk.read_bytes()
    assert [d.oss_object for d in job.spec.disks] == keys


def test_an_object_replaced_after_upload_is_not_imported(cloud, env, app_home, tmp_path):
    first_disk = qcow2(tmp_path / "first" / "disk.qcow2", "6G")
    # The second DryRun (the one before the submit) is slow: the first job is killed there,
    # with its disk uploaded and nothing submitted.
    cloud.admin(
        "POST",
        "faults",
        {"rules": [{"api": "ecs:ImportImage", "kind": "slow", "delay": 5, "count": 1, "after": 1}]},
    )
    process = subprocess.Popen(
        import_args(cloud, first_disk, "first-job"),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    wait_until(
        lambda: (
            cloud.stats()["requests"].get("ecs:ImportImage", 0) >= 2
            and one_job_in_state(app_home, JobState.UPLOADED)
        ),
        what="the first job uploaded",
    )
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    first = one_job_in_state(app_home, JobState.UPLOADED)
    assert first is not None
    # A second job with a disk of the same name does not touch the first job's object.
    second_disk = qcow2(tmp_path / "second" / "disk.qcow2", "3G")
    result = subprocess.run(
        import_args(cloud, second_disk, "second-job"),
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    bucket = oss_bucket(cloud)
    assert bucket.get_object(first.disks[0].key).read() == first_disk.read_bytes()
    # Something else replaces it: the first job refuses to import it, and offers the upload.
    bucket.put_object(first.disks[0].key, second_disk.read_bytes())
    refused = resume(first.id, env)
    assert refused.returncode != 0
    assert "is not the object this job uploaded" in refused.stderr
    assert "uploads the disk again" in refused.stderr
    assert len(import_tasks(cloud)) == 1  # the second job's only
    again = resume(first.id, env)
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["state"] == "Succeeded"
    assert bucket.get_object(first.disks[0].key).read() == first_disk.read_bytes()
    assert len(import_tasks(cloud)) == 2


def test_a_second_process_on_a_running_job_is_refused(cloud, env, app_home, tmp_path):
    disk = raw_disk(tmp_path / "system.raw", 16 * MIB)
    cloud.admin("POST", "faults", {"bandwidth_bps": 2 * MIB})
    process = subprocess.Popen(
        import_args(cloud, disk, "locked-job", "--part-size", "1M"),
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        job = wait_until(lambda: one_job_in_state(app_home, JobState.UPLOADING), what="upload")
        second = resume(job.id, env)
        assert second.returncode == 1
        assert f"is being run by another process (process {process.pid}, since" in second.stderr
        assert one_job_in_state(app_home, JobState.UPLOADING)  # not failed by the refusal
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
    cloud.admin("POST", "faults", {"bandwidth_bps": None})
    result = resume(job.id, env)  # the lock died with its process
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["state"] == "Succeeded"


def test_following_ends_when_the_image_becomes_unavailable(cloud, env, app_home, tmp_path):
    disk = tmp_path / "system.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(disk), "6G"], check=True)
    cloud.admin("POST", "faults", {"import_seconds": 600})
    process = subprocess.Popen(
        import_args(cloud, disk, "goes-unavailable"),
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    job = wait_until(
        lambda: one_job_in_state(app_home, JobState.IMPORTING), what="the import running"
    )
    cloud.admin("PUT", f"images/{job.image_id}/status", {"status": "UnAvailable"})
    out, err = process.communicate(timeout=120)
    assert process.returncode == 1, err
    finished = json.loads(out)
    assert (finished["state"], finished["ImageId"]) == ("Failed", job.image_id)
    assert finished["error"]["code"] == "Image.UnAvailable"
    assert "became unavailable" in finished["error"]["message"]
