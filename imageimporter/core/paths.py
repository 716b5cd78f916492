"""Where the app keeps its files (never secrets: those live only in the OS keyring)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from imageimporter import APP_NAME

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
