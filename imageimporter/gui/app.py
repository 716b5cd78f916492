"""The QApplication, and whether the app runs on a real account or on the sandbox cloud."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from imageimporter import APP_NAME, __version__
from imageimporter.gui.resources import app_icon_path

if TYPE_CHECKING:
    from imageimporter.gui.wizard.context import WizardServices


@dataclass(frozen=True)
class CloudTarget:
    """Where the app sends its calls: the sandbox (with its endpoint), or the real cloud."""

    is_sandbox: bool
    endpoint: str | None = None
    region: str | None = None
    bucket: str | None = None


def build_main_window(target: CloudTarget, services: WizardServices | None = None) -> QMainWindow:
    """The app's main window, the import wizard (the smoke test builds it too).

    With a sandbox target the wizard connects to the app's sandbox cloud as it opens; otherwise
    it starts on the Account page (where the sandbox is one button away).
    """
    from imageimporter.gui.wizard.context import WizardServices
    from imageimporter.gui.wizard.window import WizardWindow

    if services is None:
        services = WizardServices(start_with_sandbox=target.is_sandbox)
    return WizardWindow(services)


def run_app(force_sandbox: bool = False) -> int:
    from imageimporter.gui.i18n import chosen_language, install_translators
    from imageimporter.gui.wizard.window import default_settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Image Importer")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    from imageimporter.services.connect import account_available
    from imageimporter.services.logs import install_log_file

    # The error dialog points at this file: it holds what went wrong, with no secret in it.
    install_log_file()
    install_translators(chosen_language(default_settings()))
    # No account set up yet: open on the sandbox cloud, so the app can be tried at once.
    window = build_main_window(CloudTarget(is_sandbox=force_sandbox or not account_available()))
    window.show()
    return int(app.exec())
