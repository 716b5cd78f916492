"""The one worker abstraction: a bug becomes words, and pipeline events pass through unchanged."""

from __future__ import annotations

import logging

from imageimporter.core.errors import AppError
from imageimporter.core.progress import UploadProgress as Bytes
from imageimporter.core.progress import UploadState
from imageimporter.gui.wizard.job_runner import forward_events
from imageimporter.gui.workers import WorkerPool
from imageimporter.services.logs import log_file_path
from imageimporter.services.pipeline_events import Notice, UploadProgress


def test_a_bug_in_the_work_is_an_app_error_with_words(qtbot, caplog):
    pool = WorkerPool()

    def broken(worker):
        raise KeyError("disk")

    failed = []
    with caplog.at_level(logging.ERROR, logger="imageimporter.gui.workers"):
        pool.start(broken, on_failed=failed.append, name="broken")
        qtbot.waitUntil(lambda: len(failed) == 1)
    (error,) = failed
    assert isinstance(error, AppError) and error.code == "InternalError"
    assert error.message == (
        f"Something unexpected went wrong. What happened is written in the log file "
        f"{log_file_path()}."
    )
    assert "disk" not in str(error) and "KeyError" not in str(error)
    assert "Traceback" in caplog.text and "KeyError: 'disk'" in caplog.text
    pool.wait()


def test_pipeline_events_reach_the_window_unchanged(qtbot):
    pool = WorkerPool()
    received = []
    events = [
        Notice("Resuming the upload."),
        UploadProgress(0, Bytes(UploadState.UPLOADING, 1, 10)),
        UploadProgress(0, Bytes(UploadState.SUCCEEDED, 10, 10)),
    ]

    def work(worker):
        send = forward_events(worker)
        for event in events:
            send(event)

    pool.start(work, on_progress=received.append)
    qtbot.waitUntil(lambda: len(received) == len(events))
    assert all(got is sent for got, sent in zip(received, events, strict=True))
    pool.wait()
