"""GUI fixtures: a wizard window wired to the in-process sandbox, disk files, screenshots."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from imageimporter.core.endpoints import Endpoints
from imageimporter.services.cloud import CloudSession
from imageimporter.services.connect import SANDBOX_MARKER, Connection
from imageimporter.services.credentials import Credentials
from imageimporter.services.importer import Backoff
from imageimporter.services.job_store import JobStore
from tests.core.images import needs_qemu

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
BUCKET = "imageimporter-sandbox"

# needs_qemu is the core tests' one definition, re-exported for the GUI tests.
__all__ = ["BUCKET", "SCREENSHOTS", "needs_qemu"]


def pytest_sessionfinish(session, exitstatus):
    if SCREENSHOTS.is_dir() and any(SCREENSHOTS.iterdir()):
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"wizard screenshots: {SCREENSHOTS}")


def qemu_image(path, fmt="qcow2", size="6G"):
    subprocess.run(["qemu-img", "create", "-q", "-f", fmt, str(path), size], check=True)
    return path


def mbr_raw(path, size):
    """A raw disk with an MBR (inspection accepts it) and data that does not compress."""
    with open(path, "wb") as file:
        block = bytes(range(256)) * 4096
        for _ in range(size // len(block)):
            file.write(block)
    subprocess.run(["sfdisk", "-q", str(path)], input=b"start=2048, type=83\n", check=True)
    return path


class SandboxServices:
    """WizardServices pointed at the test's sandbox (its connection never stops it)."""

    def __init__(self, sandbox, tmp_path):
        self.sandbox = sandbox
        self.jobs_path = tmp_path / "jobs.sqlite3"

    def connection(self, region=None):
        sandbox = self.sandbox
        creds = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
        endpoints = Endpoints(region or sandbox.region, base=sandbox.endpoint)
        return Connection(CloudSession(creds, endpoints), "", SANDBOX_MARKER, None)

    def build(self, **kwargs):
        from imageimporter.gui.wizard.context import WizardServices

        return WizardServices(
            jobs=lambda: JobStore(self.jobs_path),
            sandbox=self.connection,
            reconnect=lambda job: self.connection(job.region_id),
            follow_backoff=lambda: Backoff(first=0.05, ceiling=0.2),
            **kwargs,
        )


@pytest.fixture
def sandbox_services(sandbox, tmp_path):
    sandbox.create_bucket(BUCKET, sandbox.region)
    return SandboxServices(sandbox, tmp_path)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, sandbox_services, settings):
    from imageimporter.gui.wizard.window import WizardWindow

    windows = []

    def make(**kwargs):
        window = WizardWindow(sandbox_services.build(**kwargs), settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.context.close()


def shot(window, name, language="en"):
    folder = SCREENSHOTS / language
    folder.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(folder / f"{name}.png"))
