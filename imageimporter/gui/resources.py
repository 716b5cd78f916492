"""Paths of bundled resources (icons, translations), from a source tree or a frozen app."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def app_icon_path() -> Path:
    return resources_dir() / "icons" / "imageimporter.svg"
