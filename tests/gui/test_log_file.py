"""The log file the error words point at (by its path) exists and holds what went wrong in a
worker, without the secret that was in the failing call; the screen shows neither."""

from __future__ import annotations

import logging

from imageimporter.core import paths
from imageimporter.core.endpoints import Endpoints
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import Credentials
from imageimporter.services.logs import install_log_file

SECRET = "Qw7Er4Ty1Ui8Op5As2Df9Gh6Jk3Lz0Xc"


def test_a_worker_crash_is_in_the_log_file_without_the_secret(qtbot, tmp_path, monkeypatch):
    from imageimporter.gui.workers import WorkerPool

    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    path = install_log_file()
    try:
        CloudSession(Credentials("LTAI5tExampleKeyId", SECRET), Endpoints("cn-hangzhou"))
        pool = WorkerPool()

        def crash(worker):
            raise RuntimeError(f"the SDK choked on {SECRET}")

        errors = []
        pool.start(crash, on_failed=errors.append, name="upload")
        qtbot.waitUntil(lambda: bool(errors))
        (error,) = errors
        assert str(path) in error.message and "report it with that log file" in error.action
        # The exception's own text may quote a secret: it stays off the screen altogether.
        assert "choked" not in str(error) and SECRET not in str(error)
        pool.wait()
        text = path.read_text()
        assert "worker upload failed" in text and "Traceback" in text
        assert "RuntimeError: the SDK choked on ***" in text
        assert SECRET not in text
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
