"""translate_text: the core's Text in the current language, data left alone."""

from __future__ import annotations

import pytest

from imageimporter.core.inspect.verdict import FORMAT_NAMES
from imageimporter.core.text import Text
from imageimporter.core.validation import validate_image_name
from imageimporter.gui.i18n import install_translators, translate_text
from imageimporter.services.importer import DetectionItem


@pytest.fixture
def chinese(qapp):
    install_translators("zh_CN")
    yield
    install_translators("en")


def test_texts_are_translated_with_their_params(chinese):
    [error] = validate_image_name("1bad")
    assert translate_text(error.message) == "名称必须以字母开头。"
    [error] = validate_image_name("x")
    assert translate_text(error.message) == "名称长度必须为 2 到 128 个字符（当前为 1 个）。"


def test_params_that_are_texts_are_translated_too(chinese):
    message = Text.of(
        "ECS imports RAW, VHD and QCOW2 disks; this is a {name}.", name=FORMAT_NAMES["vdi"]
    )
    assert (
        translate_text(message)
        == "ECS 可导入 RAW、VHD 和 QCOW2 磁盘；而这是VDI（VirtualBox）磁盘。"
    )
    item = DetectionItem("kernel_version", "", "KernelVersionLow", "High")
    assert (
        translate_text(item.sentence) == "kernel version：严重问题（KernelVersionLow；发现 无）。"
    )
    joined = Text.concat(" ", [Text.of("Set up the role."), "data"])
    assert translate_text(joined) == "请设置该角色。 data"


def test_plain_strings_and_unknown_templates_stay_as_they_are(chinese):
    assert translate_text("bucket-name") == "bucket-name"
    assert translate_text(Text.of("Not in any catalogue {x}.", x=1)) == "Not in any catalogue 1."


def test_a_translation_that_does_not_fit_its_params_falls_back_to_english(chinese):
    text = Text.of("The name must start with a letter.")
    broken = Text("English.", text.template, {"unexpected": 1})
    assert translate_text(broken) == "名称必须以字母开头。"  # extra params are ignored by format
    wrong = Text("Cannot read x: y.", "Cannot read {path}: {reason}.", {"path": "x"})
    assert translate_text(wrong) == "Cannot read x: y."


def test_english_shows_the_english(qapp):
    install_translators("en")
    [error] = validate_image_name("1bad")
    assert translate_text(error.message) == "The name must start with a letter."
