"""Names that come from inside files (or from file names) never reach a terminal raw: the
commands other than ``inspect`` escape control characters too (``inspect`` is tested with
the formats)."""

from __future__ import annotations

from imageimporter.cli import main
from imageimporter.core.image_spec import DiskSpec, ImageSpec
from imageimporter.core.job import JobDisk, JobError, JobState, create_job
from imageimporter.services.job_store import JobStore
from tests.core.images import QEMU_IMG, needs_qemu, run

HOSTILE = "evil\x1b[31mred\nverdict: ACCEPT"
ESCAPED = "evil\\x1b[31mred\\nverdict: ACCEPT"


def assert_escaped(text: str) -> None:
    assert "\x1b" not in text and "\nverdict: ACCEPT" not in text
    assert ESCAPED in text


@needs_qemu
def test_import_refusal_escapes_the_disk_and_backing_file_names(tmp_path, capsys):
    overlay = tmp_path / f"{HOSTILE}.qcow2"
    run(QEMU_IMG, "create", "-q", "-f", "qcow2", "-u", "-b", HOSTILE, "-F", "raw", overlay, "1G")
    status = main(
        ["import", "--print-aliyun-cli", "--system-disk", str(overlay), "--bucket", "images-a",
         "--name", "web-server", "--region", "cn-hangzhou"]
    )  # fmt: skip
    assert status == 2
    err = capsys.readouterr().err
    assert_escaped(err)
    assert err.count(ESCAPED) >= 3  # the disk's path, the backing file in a problem and hints


def test_jobs_show_escapes_paths_keys_notes_and_errors(capsys):
    spec = ImageSpec("cn-hangzhou", "web-server", (DiskSpec("images-a", HOSTILE),))
    store = JobStore()
    job = store.add(create_job(spec, (JobDisk(f"/images/{HOSTILE}", "images-a", HOSTILE),)))
    store.transition(job.id, JobState.UPLOADING, HOSTILE)
    store.transition(job.id, JobState.FAILED, "failed", last_error=JobError(HOSTILE, HOSTILE))
    assert main(["jobs", "show", job.id]) == 0
    out = capsys.readouterr().out
    assert_escaped(out)
    assert out.count(ESCAPED) == 5  # path, key, the error's message and action, the note


def test_upload_escapes_the_object_name(tmp_path, capsys):
    disk = tmp_path / "disk.img"
    disk.write_bytes(b"\1" * 4096)
    assert main(["upload", "--sandbox", str(disk), "--bucket", "images-a", "--key", HOSTILE]) == 0
    assert_escaped(capsys.readouterr().out)
