"""The app's main window is the import wizard (kept as a name for older imports)."""

from __future__ import annotations

from imageimporter.gui.wizard.window import WizardWindow as MainWindow

__all__ = ["MainWindow"]
