"""Where the app keeps its files (never secrets: those live only in the OS keyring)."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import platformdirs

from imageimporter import APP_NAME
from imageimporter.core.errors import AppError
from imageimporter.core.text import Text

# Overrides every folder below at once (tests, portable installs).
HOME_ENV = "IMAGEIMPORTER_HOME"


def _base(kind: str) -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    if kind == "logs":
        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    raise ValueError(kind)


def config_dir() -> Path:
    return _base("config")


def data_dir() -> Path:
    """Jobs, upload checkpoints and the sandbox's state."""
    return _base("data")


def cache_dir() -> Path:
    return _base("cache")


def log_dir() -> Path:
    return _base("logs")


def checkpoint_dir() -> Path:
    return data_dir() / "checkpoints"


def sandbox_data_dir() -> Path:
    return data_dir() / "sandbox"


# The app's own folders and files are for the user alone (job details, bucket names, profiles).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# Less free space than this on the data folder's disk is reported as a full disk.
FULL_BELOW_BYTES = 1 << 20


class AppFolderError(AppError):
    """The app's own folder (not the user's disk image) cannot be written or read."""


def folder_error(folder: Path, reason: object) -> AppFolderError:
    """Words for a failure in one of the app's folders, with the folder's path: a full disk
    or a read-only folder is the computer's problem, never the image's."""
    full = isinstance(reason, OSError) and reason.errno in (errno.ENOSPC, errno.EDQUOT)
    full = full or "full" in str(reason) or _nearly_full(folder)
    return AppFolderError(
        Text.of(
            "The app's folder {folder} cannot be written: {reason}.",
            folder=str(folder),
            reason=reason.strerror if isinstance(reason, OSError) and reason.strerror else reason,
        ),
        Text.of("Free some space on the disk that holds it, then try again.")
        if full
        else Text.of(
            "Make the folder writable, or set {env} to a folder that is (the app keeps its jobs "
            "and settings there).",
            env=HOME_ENV,
        ),
        code="AppFolderUnwritable",
    )


def _nearly_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` is (nearly) full: SQLite reports a full disk as
    "disk I/O error" when it happens while writing its log."""
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def private_dir(folder: Path) -> Path:
    """``folder`` created (with its parents) and kept readable by the user alone."""
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        if folder.stat().st_mode & 0o077:
            folder.chmod(PRIVATE_DIR_MODE)
    except OSError as exc:
        raise folder_error(folder, exc) from exc
    return folder


def private_file(path: Path) -> Path:
    """``path`` created empty if missing (never truncated), readable by the user alone."""
    private_dir(path.parent)
    try:
        os.close(os.open(path, os.O_CREAT | os.O_RDONLY, PRIVATE_FILE_MODE))
        if path.stat().st_mode & 0o077:
            path.chmod(PRIVATE_FILE_MODE)
    except OSError as exc:
        raise folder_error(path.parent, exc) from exc
    return path
