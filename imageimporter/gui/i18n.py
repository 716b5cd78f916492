"""Languages: the app's own ``.qm`` plus Qt's ``qtbase`` translations (standard buttons).

The language follows the system locale unless the user chose one (Language menu, kept in
QSettings under ``LANGUAGE_KEY``). ``IMAGEIMPORTER_TRANS_SCALE=2`` repeats every string of the
app, to see whether layouts survive long translations (after vorta's TRANS_SCALE).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from imageimporter.core.text import Text
from imageimporter.gui.resources import resources_dir

LANGUAGE_KEY = "ui/language"
# The translation context of the core's and the services' texts (``core.text.Text``).
CORE_CONTEXT = "core"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []


class ScaledTranslator(QTranslator):
    """Makes every app string ``scale`` times as long (a layout test, not a language)."""

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if not source or context.startswith("Q"):
            return None
        return " ".join([source] * self.scale)

    def isEmpty(self) -> bool:
        return False


def system_language() -> str:
    name = QLocale.system().name()  # "zh_CN", "en_US"
    if name.startswith("zh"):
        return "zh_CN"
    return "en"


def chosen_language(settings: QSettings) -> str:
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else system_language()


def install_translators(language: str) -> list[QTranslator]:
    """Replace the installed translators with those of ``language``."""
    app = QCoreApplication.instance()
    if app is None:
        return []
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resources_dir() / "translations"
    if language != "en":
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            _installed.append(qtbase)
        app_translator = QTranslator(app)
        if app_translator.load(f"imageimporter_{language}", str(ours)):
            _installed.append(app_translator)
    scale = int(os.environ.get("IMAGEIMPORTER_TRANS_SCALE", "0") or 0)
    if scale > 1:
        _installed.append(ScaledTranslator(scale))
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return list(_installed)


def translate_text(text: str) -> str:
    """A core or service text in the current language; plain strings (data) stay as they are.

    A ``Text`` is looked up by its template in the ``core`` context and filled with its params,
    themselves translated when they are Text. If a translation's placeholders do not fit the
    params, the English text is shown rather than nothing.
    """
    if not isinstance(text, Text):
        return text
    translated = QCoreApplication.translate(CORE_CONTEXT, text.template)
    if not text.params:
        return translated
    params = {name: translate_text(value) if isinstance(value, Text) else value
              for name, value in text.params.items()}  # fmt: skip
    try:
        return translated.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(text)
