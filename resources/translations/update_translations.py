"""Refresh the .ts sources from the code, fill zh_CN from zh_CN.json, compile the .qm files.

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


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "imageimporter" / "gui").rglob("*.py"))
    ts_files = [HERE / "imageimporter_en.ts", HERE / "imageimporter_zh_CN.ts"]
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-no-obsolete", *sources, "-ts", *map(str, ts_files)],
        check=True,
    )
    zh = json.loads((HERE / "zh_CN.json").read_text(encoding="utf-8"))
    missing = []
    for path, language in ((ts_files[0], "en"), (ts_files[1], "zh_CN")):
        tree = ET.parse(path)
        tree.getroot().set("language", language)
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
        print(f"not translated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
