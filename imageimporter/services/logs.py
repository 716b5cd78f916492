"""The app's log file: rotating, in the app's log folder, private to the user, and never holding
a secret.

``install_log_file()`` adds a handler to the root logger writing
``paths.log_dir() / "imageimporter.log"`` (rotated at ``MAX_BYTES``, ``BACKUPS`` old files kept).
Every line goes through :func:`redact` first: the values of secret-like fields (an AccessKey
Secret, an STS token, a signature, a password, an Authorization header) are replaced whatever
their spelling, and so is every secret the app was given (:func:`never_log`, called for each
session's credentials), wherever it appears, tracebacks included.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Final

from imageimporter.core import paths

LOG_FILE_NAME: Final = "imageimporter.log"
MAX_BYTES: Final = 1024 * 1024
BACKUPS: Final = 3
HIDDEN: Final = "***"
# Shorter values are not secrets worth hiding (and hiding them would hide ordinary words).
_MIN_SECRET_LENGTH: Final = 8

_SECRET_FIELD = re.compile(
    r"(?i)(\b[\w-]*(?:secret|token|password|passwd|signature|credential)[\w-]*"
    r"[\"']?\s*[:=]\s*[\"']?)([^\s\"'&,;}\]]+)"
)
# "Authorization: OSS ak:signature", "Authorization: ACS3-HMAC-SHA256 Credential=..., ..."
_AUTHORIZATION = re.compile(r"(?i)(\bauthorization[\"']?\s*[:=]\s*[\"']?)([^\"'\n]+)")

_known: set[str] = set()
_known_lock = threading.Lock()


def never_log(*secrets: str | None) -> None:
    """Remember secret values, so no log line ever holds them."""
    with _known_lock:
        _known.update(s for s in secrets if s and len(s) >= _MIN_SECRET_LENGTH)


def redact(text: str) -> str:
    """``text`` with every secret it holds replaced by ``***``."""
    with _known_lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, HIDDEN)
    text = _AUTHORIZATION.sub(lambda m: m.group(1) + HIDDEN, text)
    return _SECRET_FIELD.sub(lambda m: m.group(1) + HIDDEN, text)


class RedactingFormatter(logging.Formatter):
    """Formats a record as usual (traceback included), then takes the secrets out."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def log_file_path() -> Path:
    return paths.log_dir() / LOG_FILE_NAME


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """Each file it opens (the first and every rotated one) is readable by the user alone."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed's signature differs by version
        stream = super()._open()
        os.chmod(self.baseFilename, paths.PRIVATE_FILE_MODE)
        return stream


def install_log_file(
    level: int = logging.INFO, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> Path:
    """Send the app's log records to its rotating log file (once per process); its path."""
    path = log_file_path()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, _PrivateRotatingFileHandler) and handler.baseFilename == str(path):
            return path
    path.parent.mkdir(parents=True, exist_ok=True, mode=paths.PRIVATE_DIR_MODE)
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    handler.setLevel(level)
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path
