"""Text: an English str that keeps its template and params for the GUI to translate."""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import asdict, dataclass

from imageimporter.core.errors import AppError
from imageimporter.core.text import N_, Text, scan_source


def test_text_is_the_english_string_and_keeps_template_and_params():
    text = Text.of("The name must be {low} to {high} characters long.", low=2, high=128)
    assert text == "The name must be 2 to 128 characters long."
    assert isinstance(text, str)
    assert text.template == "The name must be {low} to {high} characters long."
    assert text.params == {"low": 2, "high": 128}
    assert hash(text) == hash("The name must be 2 to 128 characters long.")


def test_a_text_without_params_is_its_template():
    text = N_("Choose BIOS or UEFI.")
    assert text == text.template == "Choose BIOS or UEFI."
    assert text.params == {}


def test_str_methods_and_f_strings_work_on_the_english():
    text = Text.of("Cannot read {path}.", path="/tmp/a b")
    assert "read /tmp" in text
    assert text.upper() == "CANNOT READ /TMP/A B."
    assert f"{text} Try again." == "Cannot read /tmp/a b. Try again."
    assert " ".join([text, "x"]) == "Cannot read /tmp/a b. x"
    assert str(text) == "Cannot read /tmp/a b."
    assert type(str(text)) is str


def test_json_round_trip_gives_the_english_string():
    text = Text.of("The disk is {gib} GiB.", gib=3)
    assert json.loads(json.dumps({"message": text})) == {"message": "The disk is 3 GiB."}


def test_copy_pickle_and_dataclasses_keep_the_template():
    text = Text.of("Part {number} failed.", number=4)
    for clone in (copy.copy(text), copy.deepcopy(text), pickle.loads(pickle.dumps(text))):
        assert clone == text
        assert clone.template == "Part {number} failed."
        assert clone.params == {"number": 4}

    @dataclass
    class Holder:
        message: str

    assert asdict(Holder(text))["message"].template == "Part {number} failed."


def test_app_error_carries_texts():
    error = AppError(Text.of("The role {role} does not exist.", role="R"), N_("Set up the role."))
    assert str(error) == "The role R does not exist. Set up the role."
    assert isinstance(error.message, Text)
    assert error.message.params == {"role": "R"}


def test_scan_finds_the_templates_in_source_order():
    source = """
from imageimporter.core.text import N_, Text
A = Text.of("first {x}", x=1)
B = N_("second " "joined")
C = Text.of(f"not {A}")  # an f-string is not a template
D = other.of("not a marker")
"""
    assert scan_source(source) == ["first {x}", "second joined"]


def test_concat_keeps_each_part():
    first = Text.of("a {x}", x=1)
    joined = Text.concat(" ", [first, "b{c}"])
    assert joined == "a 1 b{c}"
    assert joined.params == {"p0": first, "p1": "b{c}"}
    assert joined.template.format(**joined.params) == joined
    assert not Text.concat(" ", [])
