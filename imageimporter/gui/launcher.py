"""Start the desktop app, or say in one sentence why Qt cannot start.

Without this, a missing system library makes Qt print a page of plugin errors and abort. The
checks run before Qt is imported, with plain Python, so they cannot crash the same way.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# Libraries Qt's xcb platform plugin loads on Linux, with the Debian/Ubuntu package that has each.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)


def _can_load(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def diagnose_qt_start(
    platform: str,
    env: Mapping[str, str],
    can_load: Callable[[str], bool] = _can_load,
) -> str | None:
    """Why Qt would fail to open a window here, in one sentence, or None if it should work."""
    if not platform.startswith("linux"):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa in ("offscreen", "minimal", "vnc") or qpa.startswith("wayland"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set): run the app in a "
            "desktop session, or use the command line (imageimporter --help)."
        )
    if env.get("DISPLAY") or qpa == "xcb":
        missing = [package for library, package in XCB_LIBRARIES if not can_load(library)]
        if missing:
            return (
                "Qt cannot open a window because system libraries are missing; install them "
                f"with: sudo apt install {' '.join(missing)}"
            )
    return None


def launch(sandbox: bool = False) -> int:
    problem = diagnose_qt_start(sys.platform, os.environ)
    if problem:
        print(f"imageimporter: {problem}", file=sys.stderr)
        return 3
    try:
        from imageimporter.gui.app import run_app
    except ImportError as exc:
        print(
            f"imageimporter: the Qt libraries could not be loaded ({exc}); reinstall the app "
            "or run: python3 -m pip install PySide6-Essentials",
            file=sys.stderr,
        )
        return 3
    return run_app(force_sandbox=sandbox)
