"""Words for people that the GUI can translate: an English ``str`` that keeps its template.

The core and the services are Qt-free, so they cannot call ``tr()``. They write
``Text.of("The name must be {low} to {high} characters long.", low=2, high=128)`` instead: the
result IS the English string (f-strings, ``in``, equality, JSON and the CLI keep working), and it
also carries ``template`` and ``params``, which the GUI translates (``gui.i18n.translate_text``).
Params that are Text themselves are translated too.

``scan_templates`` finds every ``Text.of("...")`` / ``N_("...")`` template in source files, for
the translation script and the test that every template is translated.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

# The names under which templates are marked in the source (``Text.of(...)`` or ``N_(...)``).
MARKERS = ("N_",)


class Text(str):
    """An English message that remembers the template and params it was made from."""

    template: str
    params: dict[str, object]

    def __new__(
        cls,
        value: str = "",
        template: str | None = None,
        params: Mapping[str, object] | None = None,
    ) -> Text:
        self = super().__new__(cls, value)
        self.template = value if template is None else template
        self.params = dict(params or {})
        return self

    @classmethod
    def of(cls, template: str, /, **params: object) -> Text:
        """``template.format(**params)``, keeping both for translation."""
        return cls(template.format(**params) if params else template, template, params)

    @classmethod
    def concat(cls, separator: str, parts: Iterable[str]) -> Text:
        """``separator.join(parts)``, with each part kept (and translated) on its own."""
        items = list(parts)
        names = [f"p{index}" for index in range(len(items))]
        escaped = separator.replace("{", "{{").replace("}", "}}")
        template = escaped.join("{" + name + "}" for name in names)
        return cls(separator.join(items), template, dict(zip(names, items, strict=True)))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (str(self), self.template, self.params))

    def __copy__(self) -> Text:
        return self

    def __deepcopy__(self, memo: Mapping[int, object]) -> Text:
        return self

    def __repr__(self) -> str:
        return f"Text({str.__repr__(self)})"


def _rebuild(value: str, template: str, params: dict[str, object]) -> Text:
    return Text(value, template, params)


N_ = Text.of


def _is_marker(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id in MARKERS
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "of"
        and isinstance(func.value, ast.Name)
        and func.value.id == "Text"
    )


def scan_source(source: str, filename: str = "<source>") -> list[str]:
    """The template literals of every ``Text.of(...)`` / ``N_(...)`` call, in source order."""
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(ast.parse(source, filename)):
        if (
            isinstance(node, ast.Call)
            and _is_marker(node.func)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.col_offset, node.args[0].value))
    return [template for _, _, template in sorted(found)]


def scan_templates(paths: Iterable[Path]) -> list[str]:
    """Every template in the ``.py`` files under ``paths`` (files or folders), once each."""
    seen: dict[str, None] = {}
    for path in paths:
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            for template in scan_source(file.read_text(encoding="utf-8"), str(file)):
                seen.setdefault(template, None)
    return list(seen)
