#!/usr/bin/env python3
"""Render the app icon for every OS from ``resources/icons/imageimporter.svg``.

    python packaging/make_icons.py      # rewrite the generated icons under resources/icons/

Writes, next to the SVG:

- ``imageimporter.ico`` (Windows: PNG-compressed entries, 16 to 256 px);
- ``imageimporter.icns`` (macOS: PNG entries, 16 to 1024 px, i.e. 512 px @2x);
- ``hicolor/<n>x<n>/apps/imageimporter.png`` (Linux, 16 to 512 px), laid out like
  ``/usr/share/icons/hicolor`` so the .deb copies the tree as it is.

Only Qt (QtSvg, in PySide6-Essentials) is needed; the two containers are written by hand, both
are a small header and a list of PNGs. The output is committed (it is small); run this again
after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "imageimporter.svg"
NAME = "imageimporter"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# ICNS element types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)  # fmt: skip


def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """The SVG rendered as PNG bytes at each size (square, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise SystemExit(f"make_icons: could not encode a {size} px PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    del app
    return pngs


def ico_bytes(pngs: dict[int, bytes], sizes: tuple[int, ...]) -> bytes:
    """An ICO file whose entries are PNGs (Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file of PNG elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sizes = {*ICO_SIZES, *LINUX_SIZES, *(size for _, size in ICNS_TYPES)}
    pngs = render_pngs(SVG, sizes)
    written: list[Path] = []
    ico = ICONS / f"{NAME}.ico"
    ico.write_bytes(ico_bytes(pngs, ICO_SIZES))
    icns = ICONS / f"{NAME}.icns"
    icns.write_bytes(icns_bytes(pngs))
    written += [ico, icns]
    for size in LINUX_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        png.parent.mkdir(parents=True, exist_ok=True)
        png.write_bytes(pngs[size])
        written.append(png)
    total = sum(p.stat().st_size for p in written)
    for path in written:
        print(f"make_icons: {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
    print(f"make_icons: {len(written)} files, {total / 1024:.0f} KiB in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
