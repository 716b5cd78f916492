"""Test configuration shared by the whole suite.

Qt runs offscreen, and nothing touches the developer's real keychain: an in-memory keyring
backend is installed for every test before any code can ask for the default one.
"""

from __future__ import annotations

import os

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from imageimporter.sandbox import Sandbox, SandboxConfig
from tests.helpers_keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_app_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point the app's config/data/cache folders and HOME at a fresh folder for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    for name in (
        "ALIBABA_CLOUD_ACCESS_KEY_ID",
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
        "ALIBABA_CLOUD_SECURITY_TOKEN",
        "ALICLOUD_ACCESS_KEY",
        "ALICLOUD_SECRET_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def sandbox_config(tmp_path: Path) -> SandboxConfig:
    """The configuration the ``sandbox`` fixture starts with; override it to change settings."""
    return SandboxConfig(data_dir=tmp_path / "sandbox", import_seconds=2.0, seed=1234)


@pytest.fixture
def sandbox(sandbox_config: SandboxConfig) -> Iterator[Sandbox]:
    """A started in-process sandbox cloud with its own data folder."""
    with Sandbox(sandbox_config) as cloud:
        yield cloud
