"""Import boundaries of the design: a Qt-free core, SDKs only in services and the sandbox."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "imageimporter"

QT = ("PySide6", "shiboken6")
SDKS = ("oss2", "alibabacloud_", "keyring")

# (folder, forbidden top-level module prefixes, why)
RULES = [
    ("core", QT + SDKS, "core is pure Python: typed data and rules, testable without Qt or SDKs"),
    ("sandbox", (*QT, "keyring"), "the sandbox cloud is a server, it has no GUI or secrets"),
    ("services", QT, "services are used by the CLI as well as the GUI"),
]


def imported_modules(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize(("folder", "forbidden", "why"), RULES)
def test_import_boundary(folder, forbidden, why):
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for name in imported_modules(path)
        if name.startswith(forbidden)
    ]
    assert not offenders, f"{why}:\n" + "\n".join(offenders)


def test_the_check_sees_imports(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import Qt\nfrom . import sibling\n")
    assert imported_modules(sample) == ["os", "PySide6.QtCore"]
