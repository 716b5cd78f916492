"""The log file: it exists where the app keeps its logs, rotates, is the user's alone, and never
holds a secret, whatever shape the secret takes in a line or a traceback."""

from __future__ import annotations

import logging
import stat

import pytest

from imageimporter.core import paths
from imageimporter.core.endpoints import Endpoints
from imageimporter.services.cloud import CloudSession
from imageimporter.services.credentials import Credentials
from imageimporter.services.logs import HIDDEN, install_log_file, log_file_path, redact

SECRET = "Zx9Qm2Lp7Vb4Nc8Rt1Yh6Kd3Wf5Gs0Aj"  # looks like an AccessKey Secret
TOKEN = "CAIS8gF1q6Ft5B2yfSjIr5bkKo3Yrb1Gk4mZe0lQ"  # looks like an STS token


@pytest.fixture
def log_file(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "home"))
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield install_log_file
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_the_log_file_is_in_the_apps_log_folder_and_private(log_file):
    path = log_file()
    logging.getLogger("imageimporter.test").info("hello")
    assert path == paths.log_dir() / "imageimporter.log" == log_file_path()
    assert "hello" in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == paths.PRIVATE_FILE_MODE
    assert log_file() == path  # once per process
    assert len([h for h in logging.getLogger().handlers if getattr(h, "baseFilename", "")
                == str(path)]) == 1  # fmt: skip


def test_it_rotates(log_file):
    path = log_file(max_bytes=2000, backups=2)
    log = logging.getLogger("imageimporter.test")
    for n in range(200):
        log.info("line %d %s", n, "x" * 40)
    files = sorted(path.parent.glob("imageimporter.log*"))
    assert [f.name for f in files] == ["imageimporter.log", "imageimporter.log.1",
                                       "imageimporter.log.2"]  # fmt: skip
    assert all(f.stat().st_size <= 2000 for f in files)
    assert all(stat.S_IMODE(f.stat().st_mode) == paths.PRIVATE_FILE_MODE for f in files)


def test_no_secret_reaches_the_file(log_file):
    path = log_file()
    # A session remembers its credentials' secrets: they are hidden wherever they appear.
    CloudSession(Credentials("LTAI5tExampleKeyId", SECRET, TOKEN), Endpoints("cn-hangzhou"))
    log = logging.getLogger("imageimporter.test")
    log.info("connecting with secret %s", SECRET)
    log.warning("request AccessKeySecret=%s&SecurityToken=%s", "an-unknown-secret-1", TOKEN)
    log.warning('config {"access_key_secret": "an-unknown-secret-2", "sts_token": "tok-3x"}')
    log.warning("header Authorization: OSS LTAI5tExampleKeyId:c2lnbmF0dXJlLTQ= sent")
    try:
        raise ValueError(f"bad credentials ({SECRET})")
    except ValueError:
        log.exception("call failed")
    text = path.read_text()
    for secret in (SECRET, TOKEN, "an-unknown-secret-1", "an-unknown-secret-2", "tok-3x",
                   "c2lnbmF0dXJlLTQ="):  # fmt: skip
        assert secret not in text
    assert "connecting with secret ***" in text
    assert "Traceback" in text and "ValueError: bad credentials (***)" in text
    assert "LTAI5tExampleKeyId" not in text.split("Authorization")[1].splitlines()[0]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("password=hunter2xx and more", f"password={HIDDEN} and more"),
        ("x-oss-security-token: abcdef12345", f"x-oss-security-token: {HIDDEN}"),
        ("Signature=8a7b6c5d4e", f"Signature={HIDDEN}"),
        ("uploaded 3 parts of disk.qcow2", "uploaded 3 parts of disk.qcow2"),
        ("the token bucket is full", "the token bucket is full"),
    ],
)
def test_redact_table(line, expected):
    assert redact(line) == expected
