#!/usr/bin/env bash
# Build the Linux bundle once with PyInstaller, then a tarball and a .deb from it, into dist/:
#
#   dist/imageimporter/                                the onedir bundle (run dist/imageimporter/imageimporter)
#   dist/imageimporter-VERSION-linux-ARCH.tar.gz       the bundle, for any distribution
#   dist/imageimporter_VERSION_DEBARCH.deb             installs under /opt/imageimporter
#
#   packaging/linux/build.sh                 # PyInstaller from .venv (or $PYTHON), then package
#   SKIP_BUNDLE=1 packaging/linux/build.sh   # package an existing dist/imageimporter again
#
# Needs PyInstaller in the Python used (pip install 'pyinstaller>=6,<7'), binutils (objdump),
# tar and dpkg-deb. Safe to run again: it replaces its own outputs.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
NAME=imageimporter
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
MAINTAINER="${DEB_MAINTAINER:-imageimporter maintainers <imageimporter@users.noreply.github.com>}"
DEB_ARCH="$(dpkg --print-architecture 2>/dev/null || echo amd64)"
ARCH="$(uname -m)"
# Reproducible archives: file times from the last commit when there is one.
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"
export SOURCE_DATE_EPOCH

say() { echo "linux/build.sh: $*" >&2; }

# 1. The bundle, once.
if [ "${SKIP_BUNDLE:-0}" != 1 ]; then
  say "building dist/$NAME with PyInstaller"
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/imageimporter.spec
fi
BUNDLE="$ROOT/dist/$NAME"
[ -x "$BUNDLE/$NAME" ] || { say "no bundle at $BUNDLE (run without SKIP_BUNDLE=1)"; exit 1; }

# 2. The tarball: the bundle, in a folder imageimporter-VERSION/.
TARBALL="$ROOT/dist/$NAME-$VERSION-linux-$ARCH.tar.gz"
say "making $(basename "$TARBALL")"
rm -f "$TARBALL"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C "$ROOT/dist" --transform "s,^$NAME,$NAME-$VERSION," -cf - "$NAME" \
  | gzip -n -6 > "$TARBALL"

# 3. The .deb: /opt/imageimporter, /usr/bin/imageimporter, a desktop entry and hicolor icons.
STAGE="$ROOT/build/deb/${NAME}_${VERSION}_${DEB_ARCH}"
DEB="$ROOT/dist/${NAME}_${VERSION}_${DEB_ARCH}.deb"
say "making $(basename "$DEB")"
rm -rf "$STAGE" "$DEB"
umask 022
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/$NAME"
# The bootloader finds its _internal folder through /proc/self/exe, so a symlink is enough.
ln -s "/opt/$NAME/$NAME" "$STAGE/usr/bin/$NAME"
install -m 0644 packaging/linux/imageimporter.desktop "$STAGE/usr/share/applications/$NAME.desktop"
cp -a resources/icons/hicolor/. "$STAGE/usr/share/icons/hicolor/"
install -m 0644 resources/icons/$NAME.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
chmod -R u+rwX,go+rX,go-w "$STAGE"

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
# What Qt's xcb platform plugin loads from the system (see imageimporter/gui/launcher.py);
# the bundle carries its own copies of most, but the app refuses to start without them.
DEPENDS="libxcb-cursor0, libxkbcommon-x11-0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, \
libxcb-randr0, libxcb-render-util0, libxcb-image0, libegl1, libfontconfig1, libdbus-1-3, \
libglib2.0-0"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Section: utils
Priority: optional
Architecture: $DEB_ARCH
Maintainer: $MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Suggests: gnome-keyring
Description: import a virtual machine disk image into Alibaba Cloud ECS
 Image Importer takes a disk image built locally (Packer, virt-install,
 VirtualBox, Hyper-V, VMware) and turns it into an ECS custom image: it checks
 the file, uploads it to OSS (resumable, verified with CRC-64), sets up the RAM
 role ECS needs and follows the import to the end.
 .
 It comes with a sandbox cloud, a local server speaking the OSS, ECS, RAM and
 STS protocols, to try the whole flow without an account.
EOF
# xz is what takes the time (about 2 minutes on 2 cores at -z6, 60 MB; -z3: 40 s, 65 MB);
# xz rather than zstd so that older dpkg (Debian 11) can install the package too.
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-6}" --threads-max="$(nproc)" \
  --build "$STAGE" "$DEB" >/dev/null

say "done:"
du -sh "$BUNDLE" "$TARBALL" "$DEB" >&2
