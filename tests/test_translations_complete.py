"""Every core and service text (``Text.of`` / ``N_`` templates) has a Chinese translation.

Qt-free: reads the committed ``imageimporter_zh_CN.ts`` and compares it with the templates the
translation script collects (the same scanner, ``imageimporter.core.text.scan_templates``).
"""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

from imageimporter.core.text import scan_templates

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "imageimporter_zh_CN.ts"
SOURCES = (ROOT / "imageimporter" / "core", ROOT / "imageimporter" / "services")


def core_translations() -> dict[str, ET.Element]:
    root = ET.parse(TS).getroot()
    found: dict[str, ET.Element] = {}
    for context in root.iter("context"):
        if context.findtext("name") == "core":
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message
    return found


def placeholders(text: str) -> set[tuple[str, str, str]]:
    return {
        (name, spec or "", conversion or "")
        for _, name, spec, conversion in string.Formatter().parse(text)
        if name is not None
    }


def test_templates_are_found():
    templates = scan_templates(SOURCES)
    assert "The name must start with a letter." in templates
    assert len(templates) > 300


def test_every_core_template_has_a_finished_chinese_translation():
    translations = core_translations()
    problems = []
    for template in scan_templates(SOURCES):
        message = translations.get(template)
        translation = message.find("translation") if message is not None else None
        if translation is None:
            problems.append(("missing", template))
        elif not (translation.text or "").strip() or translation.get("type") == "unfinished":
            problems.append(("unfinished", template))
        elif placeholders(translation.text or "") != placeholders(template):
            problems.append(("placeholders differ", template))
    assert problems == []
