"""The QApplication, and whether the app runs on a real account or on the sandbox cloud."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from imageimporter import APP_NAME, __version__
from imageimporter.core import paths
from imageimporter.gui.main_window import MainWindow
from imageimporter.gui.resources import app_icon_path
from imageimporter.sandbox import Sandbox, SandboxConfig

SANDBOX_BUCKET = "imageimporter-sandbox"
# Long enough to watch the progress, short enough to try the whole flow in a few minutes.
SANDBOX_IMPORT_SECONDS = 90.0


@dataclass(frozen=True)
class CloudTarget:
    """Where the app sends its calls: the sandbox (with its endpoint), or the real cloud."""

    is_sandbox: bool
    endpoint: str | None = None
    region: str | None = None
    bucket: str | None = None


def account_configured(env: dict[str, str] | os._Environ[str]) -> bool:
    """Whether the user has an account set up (saved profiles come with the pipeline issue)."""
    return bool(
        env.get("ALIBABA_CLOUD_ACCESS_KEY_ID") and env.get("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
    )


def start_sandbox() -> Sandbox:
    """The user's own sandbox cloud, kept in the app's data folder between runs."""
    config = SandboxConfig(
        data_dir=paths.sandbox_data_dir(),
        buckets=(SANDBOX_BUCKET,),
        import_seconds=SANDBOX_IMPORT_SECONDS,
    )
    return Sandbox(config).start()


def build_main_window(target: CloudTarget) -> QMainWindow:
    """The app's main window for a cloud target (the smoke test builds it too)."""
    return MainWindow(target)


def run_app(force_sandbox: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Image Importer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    sandbox: Sandbox | None = None
    if force_sandbox or not account_configured(os.environ):
        sandbox = start_sandbox()
        target = CloudTarget(True, sandbox.endpoint, sandbox.region, SANDBOX_BUCKET)
    else:
        target = CloudTarget(False)
    window = build_main_window(target)
    window.show()
    try:
        return int(app.exec())
    finally:
        if sandbox is not None:
            sandbox.stop()
