"""Reading what a page shows, for the GUI tests."""

from __future__ import annotations


def summary_rows(page) -> list[tuple[str, str]]:
    """The review page's summary as (label, value) rows."""
    form = page.summary_form
    rows = []
    for row in range(form.rowCount()):
        name = form.itemAt(row, form.ItemRole.LabelRole)
        value = form.itemAt(row, form.ItemRole.FieldRole)
        rows.append((name.widget().text() if name else "", value.widget().text()))
    return rows
