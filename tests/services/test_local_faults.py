"""The app's own folder failing (full, not a folder, read-only), its files kept private, one
process at a time on a job, and no credentials in endpoint URLs."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from imageimporter.core.endpoints import EndpointError
from imageimporter.core.paths import AppFolderError
from imageimporter.services.credentials import CredentialStore, Profile
from imageimporter.services.job_store import JobLockedError, JobStore
from tests.core.test_job import make_job
from tests.services.upload_helpers import fill

CLI = [sys.executable, "-m", "imageimporter"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_full_data_folder_is_named_not_a_traceback(tiny_filesystem):
    store = JobStore(tiny_filesystem / "data" / "jobs.sqlite3")
    job = store.add(make_job())
    fill(tiny_filesystem)
    with pytest.raises(AppFolderError) as excinfo:
        for n in range(200):
            store.update(job.id, progress={"padding": "x" * 4096 * n})
    error = excinfo.value
    assert str(tiny_filesystem / "data") in error.message
    assert "Free some space" in error.action


def test_a_data_folder_that_cannot_be_made_is_named_by_the_cli(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    env = {**os.environ, "IMAGEIMPORTER_HOME": str(blocker / "home")}
    for args in (["jobs", "list"], ["jobs", "resume", "20260101-00000000"]):
        result = subprocess.run([*CLI, *args], env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert f"The app's folder {blocker / 'home' / 'data'} cannot be written" in result.stderr


def test_the_apps_files_are_private(tmp_path):
    store = JobStore(tmp_path / "new" / "data" / "jobs.sqlite3")
    store.add(make_job())
    assert mode(tmp_path / "new" / "data") == 0o700
    assert {mode(p) for p in (tmp_path / "new" / "data").glob("jobs.sqlite3*")} == {0o600}
    profiles = CredentialStore(tmp_path / "config" / "profiles.json")
    profiles.save(Profile(name="work", access_key_id="LTAI123", region="cn-hangzhou"), "s3cret")
    assert mode(tmp_path / "config") == 0o700
    assert mode(tmp_path / "config" / "profiles.json") == 0o600


def test_a_job_store_made_before_is_made_private(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    JobStore(path)
    assert mode(path) == 0o600


HOLDER = """
import sys
from pathlib import Path
from imageimporter.services.job_store import JobStore
with JobStore(Path(sys.argv[1])).lock(sys.argv[2]):
    print("held", flush=True)
    sys.stdin.read()
"""


def test_a_second_process_on_a_job_is_told_who_holds_it(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), "job-1"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        store = JobStore(path)
        with pytest.raises(JobLockedError) as excinfo, store.lock("job-1"):
            pass
        assert f"process {holder.pid}, since " in excinfo.value.message
        with store.lock("job-2"):  # other jobs are free
            pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=10)  # also closes its pipes
    with store.lock("job-1"):  # the lock died with its process
        pass


def test_endpoint_urls_with_credentials_are_refused(tmp_path):
    env = {
        **os.environ,
        "IMAGEIMPORTER_HOME": str(tmp_path / "home"),
        "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI123",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "s3cret",
    }
    result = subprocess.run(
        [*CLI, "role", "check", "--endpoint", "http://admin:hunter2@127.0.0.1:9/"],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "contains a user name or password (http://127.0.0.1:9/)" in result.stderr
    assert "hunter2" not in result.stdout + result.stderr
    assert not (tmp_path / "home" / "data" / "jobs.sqlite3").exists()
    store = CredentialStore(tmp_path / "profiles.json")
    profile = Profile(
        name="work",
        access_key_id="LTAI123",
        region="cn-hangzhou",
        endpoints={"oss": "https://u:p@oss.example.com"},
    )
    with pytest.raises(EndpointError, match="user name or password"):
        store.save(profile, "s3cret")
    assert not (tmp_path / "profiles.json").exists()


def test_a_finished_job_leaves_no_lock_file(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    lock_file = tmp_path / "locks" / "job-1.lock"
    with store.lock("job-1"):
        assert lock_file.read_text().startswith(f"{os.getpid()} ")
    assert not lock_file.exists()
    with store.lock("job-1"):  # and the next run locks a new one
        assert lock_file.exists()
