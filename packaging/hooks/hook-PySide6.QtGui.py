"""PyInstaller's own QtGui hook, minus the Qt plugins a desktop widgets app never loads.

Used instead of the built-in hook (packaging/imageimporter.spec puts this folder on
``hookspath``). Dropping a plugin here, before PyInstaller follows the plugins' library
dependencies, also keeps out what only that plugin links: the GTK 3 platform theme alone would
bring the whole system GTK/Pango/Cairo stack into the bundle (about 20 MB, and a mismatch hazard
with the user's own GTK); the xdg-desktop-portal theme still gives native file dialogs.
"""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Paths below Qt's plugins folder; a trailing "/" drops a whole plugin type.
UNUSED_PLUGINS = (
    "platformthemes/libqgtk3",  # GTK 3 theme: see above
    "platforms/libqeglfs",  # embedded and remote platforms
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/qdirect2d",
    "egldeviceintegrations/",
    "generic/",  # evdev/tuio input for the embedded platforms
    "imageformats/libqtiff",  # formats the app never reads
    "imageformats/libqwebp",
    "imageformats/libqtga",
    "imageformats/libqwbmp",
    "imageformats/qtiff",
    "imageformats/qwebp",
    "imageformats/qtga",
    "imageformats/qwbmp",
)


def _unused(dest: str, source: str) -> bool:
    path = f"{dest}/{source.replace(chr(92), '/').rsplit('/', 1)[-1]}".replace("\\", "/")
    marker = "/plugins/"
    return marker in path and path.split(marker, 1)[1].startswith(UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if not _unused(dest, source)]
