"""Every documented error code has words and an action; unknown ones keep the service's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from imageimporter.core.error_catalog import CATALOG, Remedy, explain

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"


def documented_codes() -> set[str]:
    codes: set[str] = set()
    table_row = re.compile(r"^\|\s*\d{3}\s*\|\s*([A-Za-z][\w.]+)\s*\|", re.M)
    codes |= set(table_row.findall((REFERENCE / "ImportImage.md").read_text()))
    notes = (REFERENCE / "api-notes.md").read_text()
    section = notes.split("More error codes seen in the current reference:")[1].split("\n\n")[0]
    codes |= set(re.findall(r"`([A-Za-z][\w.]+)`", section))
    return codes


@pytest.mark.skipif(not REFERENCE.exists(), reason="the shared reference is beside the repo")
def test_every_documented_code_has_an_entry():
    codes = documented_codes()
    assert len(codes) > 35  # the parse found the tables
    missing = sorted(codes - set(CATALOG))
    assert not missing


@pytest.mark.parametrize("code", sorted(CATALOG))
def test_entries_have_words_and_an_action(code):
    info = CATALOG[code]
    assert info.message.endswith(".") and info.action


def test_role_error_offers_the_setup():
    error = explain("NoSetRoletoECSServiceAcount", "ECS service account Have no right", "REQ-1")
    assert error.remedy is Remedy.SETUP_ROLE
    assert "AliyunECSImageImportDefaultRole" in error.action
    assert error.request_id == "REQ-1" and "REQ-1" in str(error)


def test_unknown_code_keeps_code_message_and_request_id():
    error = explain("Brand.NewCode", "Something new happened.", "REQ-9")
    text = str(error)
    assert "Something new happened." in text
    assert "Brand.NewCode" in text and "REQ-9" in text


def test_transient_codes():
    assert explain("ServiceUnavailable").transient
    assert not explain("InvalidImageName.Duplicated").transient
