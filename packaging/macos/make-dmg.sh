#!/usr/bin/env bash
# Make the disk image from the app bundle PyInstaller built (packaging/imageimporter.spec):
#
#   packaging/macos/make-dmg.sh     # dist/Image Importer.app -> dist/imageimporter-VERSION-macos-ARCH.dmg
#
# The image holds the app and a link to /Applications to drag it onto. Sign the app before
# (PyInstaller does when MACOS_CODESIGN_IDENTITY is set) and the .dmg after, then notarize it;
# .github/workflows/release.yml does both when the signing secrets exist.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
APP="$ROOT/dist/Image Importer.app"
PYTHON="${PYTHON:-python3}"
VERSION="$("$PYTHON" -c 'import tomllib, sys; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
DMG="$ROOT/dist/imageimporter-$VERSION-macos-$(uname -m).dmg"

[ -d "$APP" ] || { echo "make-dmg.sh: no $APP; build it with PyInstaller first" >&2; exit 1; }
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/Image Importer.app"  # keeps symlinks, extended attributes and signatures
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Image Importer $VERSION" -srcfolder "$STAGE" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$DMG"
echo "make-dmg.sh: $DMG ($(du -h "$DMG" | cut -f1))"
