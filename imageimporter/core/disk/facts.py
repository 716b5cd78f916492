"""Header facts for the readers, from inspection's own parsers (one parser per format).

A reader calls :func:`header_facts` with the inspection parser of its format: it gets the same
:class:`ContainerFacts` inspection reports, and a damaged header (a FATAL problem, more reading
than any sane header needs) becomes a :class:`DiskError` with inspection's own words.
"""

from __future__ import annotations

from collections.abc import Callable

from imageimporter.core.disk.model import DiskError
from imageimporter.core.disk.open import LayerFile, shown
from imageimporter.core.inspect.model import ContainerFacts, Severity
from imageimporter.core.inspect.source import (
    ByteSource,
    FileSource,
    ReadBudgetExceeded,
    ReadStats,
    SliceSource,
)
from imageimporter.core.text import Text


def source_of(file: LayerFile) -> ByteSource:
    """``file`` as inspection's bounded, counted byte source."""
    source: ByteSource = FileSource(file.fd, file.stamp.size, ReadStats())
    if file.start or file.length is not None:
        source = SliceSource(source, file.start, file.size)
    return source


def damaged(file: LayerFile, fmt: str, problem: str) -> DiskError:
    """The error for a file of format ``fmt`` whose structures make no sense; ``problem`` says
    which. Every reader says it in these words."""
    return DiskError(
        Text.of(
            "{path} is a damaged {fmt} image: {problem}",
            path=shown(file.path),
            fmt=fmt,
            problem=problem,
        ),
        Text.of("Use a complete, undamaged copy of the disk image."),
    )


def header_facts(
    file: LayerFile, fmt: str, parse: Callable[[ByteSource], ContainerFacts]
) -> ContainerFacts:
    """What ``parse`` learns from ``file`` (of format ``fmt``); a DiskError when the header is
    unusable."""
    try:
        facts = parse(source_of(file))
    except ReadBudgetExceeded as exc:
        raise damaged(
            file,
            fmt,
            Text.of("its header asks for far more reading than any sane image needs."),
        ) from exc
    fatal = [problem for problem in facts.problems if problem.severity >= Severity.FATAL]
    if fatal:
        raise damaged(file, fmt, fatal[0].message)
    return facts
