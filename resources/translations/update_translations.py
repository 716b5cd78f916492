"""Refresh the .ts sources from the code, fill zh_CN from zh_CN.json, compile the .qm files.

The GUI's strings come from pyside6-lupdate. The core's and the services' texts
(``Text.of("...")`` / ``N_("...")`` templates, found by ``imageimporter.core.text.scan_templates``)
are added to both .ts files under the context ``core``, which ``gui.i18n.translate_text`` uses.

Run from the repository root: ``python resources/translations/update_translations.py``
(needs PySide6's ``pyside6-lupdate`` and ``pyside6-lrelease`` next to the Python used).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
CORE_CONTEXT = "core"
TEXT_SOURCES = (ROOT / "imageimporter" / "core", ROOT / "imageimporter" / "services")


def core_templates() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from imageimporter.core.text import scan_templates

    return scan_templates(TEXT_SOURCES)


def add_core_context(root: ET.Element, templates: list[str]) -> None:
    """Replace the ``core`` context with one message per template."""
    for context in root.findall("context"):
        if context.findtext("name") == CORE_CONTEXT:
            root.remove(context)
    # Laid out like lupdate's own contexts, so the files change only where the texts do.
    context = ET.SubElement(root, "context")
    context.text, context.tail = "\n    ", "\n"
    name = ET.SubElement(context, "name")
    name.text, name.tail = CORE_CONTEXT, "\n    "
    message = None
    for template in templates:
        message = ET.SubElement(context, "message")
        message.text, message.tail = "\n        ", "\n    "
        source = ET.SubElement(message, "source")
        source.text, source.tail = template, "\n        "
        ET.SubElement(message, "translation").tail = "\n    "
    if message is not None:
        message.tail = "\n"


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "imageimporter" / "gui").rglob("*.py"))
    ts_files = [HERE / "imageimporter_en.ts", HERE / "imageimporter_zh_CN.ts"]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *map(str, ts_files)],
        check=True,
    )
    zh = json.loads((HERE / "zh_CN.json").read_text(encoding="utf-8"))
    templates = core_templates()
    missing = []
    for path, language in ((ts_files[0], "en"), (ts_files[1], "zh_CN")):
        tree = ET.parse(path)
        tree.getroot().set("language", language)
        add_core_context(tree.getroot(), templates)
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            text = source if language == "en" else zh.get(source)
            if text is None:
                missing.append(source)
                continue
            translation.text = text
            translation.attrib.pop("type", None)
        tree.write(path, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), *map(str, ts_files)], check=True)
    for source in sorted(set(missing)):
        kind = "core template" if source in templates else "GUI string"
        print(f"not translated ({kind}): {source!r}", file=sys.stderr)
    # Any missing translation fails, the core's templates included.
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
