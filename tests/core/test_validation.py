"""The ImportImage rules, at and around every documented limit: (input, expected message)."""

from __future__ import annotations

import shlex

import pytest

from imageimporter.core import limits
from imageimporter.core.image_spec import (
    DiskSpec,
    ImageSpec,
    Shell,
    Tag,
    aliyun_cli_command,
    import_image_params,
    quote_word,
)
from imageimporter.core.validation import (
    PLATFORMS,
    errors_by_field,
    validate_architecture,
    validate_boot_mode,
    validate_bucket_name,
    validate_client_token,
    validate_description,
    validate_detection_strategy,
    validate_disk_image_size,
    validate_disks,
    validate_features,
    validate_image_name,
    validate_image_spec,
    validate_license_type,
    validate_object_key,
    validate_os_type,
    validate_platform,
    validate_platform_matches_os,
    validate_resource_group_id,
    validate_tags,
)

GIB = limits.GIB


def check(errors, expected):
    """``expected`` None: no error; otherwise a fragment of the single error message."""
    if expected is None:
        assert errors == []
    else:
        assert len(errors) == 1, errors
        assert expected in errors[0].message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("", "Enter a name"),
        ("a", "2 to 128 characters long (it has 1)"),
        ("ab", None),
        ("a" * 128, None),
        ("a" * 129, "2 to 128 characters long (it has 129)"),
        ("1abc", "must start with a letter"),
        ("_abc", "must start with a letter"),
        ("中文镜像", None),
        ("Ubuntu-22.04_base:v1", None),
        ("http://evil", "cannot start with http:// or https://"),
        ("HTTPS://evil", "cannot start with http:// or https://"),
        ("acs:image", 'cannot start with "acs:" or "aliyun"'),
        ("aliyun-image", 'cannot start with "acs:" or "aliyun"'),
        ("Aliyunish", 'cannot start with "acs:" or "aliyun"'),
        ("has space", "remove ' '"),
        ("slash/name", "remove '/'"),
    ],
)
def test_image_name(name, expected):
    errors = validate_image_name(name)
    check(errors, expected)
    if errors:
        assert errors[0].field == "ImageName"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("a", "2 to 256 characters long (it has 1)"),
        ("ab", None),
        ("d" * 256, None),
        ("d" * 257, "2 to 256 characters long (it has 257)"),
        ("http://x.example", "cannot start with http://"),
        ("see https://x.example", None),  # only the start is forbidden
    ],
)
def test_description(text, expected):
    check(validate_description(text), expected)


@pytest.mark.parametrize(
    ("func", "good", "bad", "expected"),
    [
        (validate_architecture, "arm64", "aarch64", "i386, x86_64, arm64"),
        (validate_architecture, "i386", "X86_64", "i386, x86_64, arm64"),
        (validate_os_type, "windows", "Linux", "windows, linux"),
        (validate_license_type, "BYOL", "byol", "Auto, Aliyun, BYOL"),
        (validate_platform, "Rocky Linux", "Arch", "The platform must be one of"),
    ],
)
def test_enumerations(func, good, bad, expected):
    assert func(good) == []
    check(func(bad), expected)


def test_every_documented_platform_is_accepted():
    for platform in ("CentOS", "Windows Server 2003", "Customized Linux", "Others Linux",
                     "Anolis", "Fedora CoreOS", "Windows Server 2022"):  # fmt: skip
        assert platform in PLATFORMS
        assert validate_platform(platform) == []


@pytest.mark.parametrize(
    ("boot_mode", "arch", "code"),
    [
        ("BIOS", "x86_64", None),
        ("UEFI", "x86_64", None),
        ("UEFI", "arm64", None),
        ("BIOS", "arm64", "InvalidBootMode.NotSupport"),
        ("uefi", "x86_64", "InvalidBootMode.Malformed"),
        ("", "x86_64", "InvalidBootMode.Malformed"),
    ],
)
def test_boot_mode(boot_mode, arch, code):
    errors = validate_boot_mode(boot_mode, arch)
    assert [e.code for e in errors] == ([] if code is None else [code])


def test_platform_must_match_os_type():
    assert validate_platform_matches_os("Ubuntu", "linux") == []
    assert validate_platform_matches_os("Windows Server 2019", "windows") == []
    check(validate_platform_matches_os("Windows Server 2019", "linux"), "does not match")
    check(validate_platform_matches_os("CentOS", "windows"), "does not match")


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ([Tag("env", "prod")], None),
        ([Tag("env", "")], None),  # an empty value is allowed
        ([Tag("", "x")], "cannot be empty"),
        ([Tag("k" * 128, "v" * 128)], None),
        ([Tag("k" * 129, "v")], "at most 128 characters long (it has 129)"),
        ([Tag("k", "v" * 129)], "at most 128 characters long (it has 129)"),
        ([Tag("acs:owner", "x")], 'cannot start with "acs:" or "aliyun"'),
        ([Tag("aliyun-x", "x")], 'cannot start with "acs:" or "aliyun"'),
        ([Tag("owner", "acs:x")], 'cannot start with "acs:"'),
        ([Tag("owner", "aliyun-x")], None),  # only keys are barred from "aliyun"
        ([Tag("see-http://x", "v")], "cannot contain http:// or https://"),
        ([Tag("k", "at https://x")], "cannot contain http:// or https://"),
        ([Tag("Env", "a"), Tag("env", "b")], "used twice (tag 1 and tag 2"),
        ([Tag(f"k{i}", "") for i in range(20)], None),
        ([Tag(f"k{i}", "") for i in range(21)], "at most 20 tags (there are 21)"),
    ],
)
def test_tags(tags, expected):
    check(validate_tags(tags), expected)


def test_duplicate_tag_key_has_the_api_code_and_field():
    errors = validate_tags([Tag("a"), Tag("b"), Tag("A")])
    assert [(e.field, e.code) for e in errors] == [("Tag.3.Key", "TagKey.Duplication")]


@pytest.mark.parametrize(
    ("size", "index", "virtual", "expected"),
    [
        (None, 1, None, None),
        (4, 1, None, "5 to 2048 GiB (4 GiB was given)"),
        (5, 1, None, None),
        (501, 1, None, None),
        (2048, 1, None, None),
        (2049, 1, None, "5 to 2048 GiB (2049 GiB was given)"),
        (4, 2, None, "5 to 2048 GiB (4 GiB was given)"),
        (1001, 17, None, None),
        (2048, 2, None, None),
        (2049, 2, None, "5 to 2048 GiB (2049 GiB was given)"),
        (20, 1, 20 * GIB, None),
        (20, 1, 20 * GIB + 1, "use at least 21 GiB"),
        (5, 1, 1, None),
    ],
)
def test_disk_image_size(size, index, virtual, expected):
    errors = validate_disk_image_size(size, index, virtual)
    check(errors, expected)
    if errors:
        assert errors[0].code == ("InvalidImageSize" if index == 1 else "InvalidDataDiskSize")
        assert errors[0].field == f"DiskDeviceMapping.{index}.DiskImageSize"


def disk(**kwargs):
    base = {"oss_bucket": "images-bucket", "oss_object": "disk.qcow2", "format": "QCOW2"}
    base.update(kwargs)
    return DiskSpec(**base)


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "Choose the system disk"), (1, None), (17, None), (18, "at most 16 data disks (17")],
)
def test_disk_count(count, expected):
    check(validate_disks([disk(oss_object=f"d{i}") for i in range(count)]), expected)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"format": "VMDK"}, "RAW, VHD, QCOW2"),
        ({"format": None}, None),
        ({"oss_bucket": ""}, "Choose the OSS bucket"),
        ({"oss_object": ""}, "Enter the OSS object name"),
    ],
)
def test_disk_fields(kwargs, expected):
    check(validate_disks([disk(**kwargs)]), expected)


@pytest.mark.parametrize(
    ("name", "ok"),
    [("abc", True), ("ab", False), ("a" * 63, True), ("a" * 64, False), ("Upper", False),
     ("-lead", False), ("trail-", False), ("my-bucket-1", True), ("my_bucket", False),
     ("a--b", False)],
)  # fmt: skip
def test_bucket_names(name, ok):
    assert (validate_bucket_name(name) == []) is ok


@pytest.mark.parametrize(
    ("key", "ok"),
    [("disk.raw", True), ("a/b/c.qcow2", True), ("/lead", False), ("\\lead", False),
     ("x" * 1023, True), ("x" * 1024, False), ("中" * 341, True), ("中" * 342, False),
     ("tab\there", False)],
)  # fmt: skip
def test_object_keys(key, ok):
    assert (validate_object_key(key) == []) is ok


@pytest.mark.parametrize(
    ("value", "ok"),
    [("", True), ("rg-acfmxazb4ph6aiy", True), ("rg-bp67acfmxazb4p", True), ("rg-", False),
     ("acfmxazb4ph6aiy", False), ("rg-abc!", False)],
)  # fmt: skip
def test_resource_group(value, ok):
    assert (validate_resource_group_id(value) == []) is ok


@pytest.mark.parametrize(
    ("token", "ok"), [("", True), ("t" * 64, True), ("t" * 65, False), ("令牌", False)]
)
def test_client_token(token, ok):
    assert (validate_client_token(token) == []) is ok


def test_features_and_detection():
    assert validate_features("supported", "v2") == []
    check(validate_features("yes", ""), "supported or unsupported")
    check(validate_features("", "v3"), "v1 or v2")
    assert validate_detection_strategy("Standard", "linux") == []
    check(validate_detection_strategy("Standard", "windows"), "not available for Windows")
    check(validate_detection_strategy("Deep", "linux"), "only be Standard")


def full_spec(**kwargs):
    base = {
        "region_id": "cn-hangzhou",
        "image_name": "web-server",
        "disks": (disk(disk_image_size_gib=40), disk(oss_object="data.raw", format="RAW")),
        "tags": (Tag("env", "prod"),),
    }
    base.update(kwargs)
    return ImageSpec(**base)


def test_valid_spec_has_no_errors():
    assert validate_image_spec(full_spec()) == []


def test_all_errors_at_once():
    spec = full_spec(
        image_name="1bad",
        architecture="arm64",
        boot_mode="BIOS",
        tags=(Tag("acs:x"),),
        disks=(disk(disk_image_size_gib=3000),),
    )
    fields = errors_by_field(validate_image_spec(spec))
    assert set(fields) == {
        "ImageName",
        "BootMode",
        "Tag.1.Key",
        "DiskDeviceMapping.1.DiskImageSize",
    }


def test_request_params_and_aliyun_command():
    spec = full_spec(client_token="tok-1", nvme_support="supported", detection_strategy="Standard")
    params = import_image_params(spec, dry_run=True)
    assert params["DiskDeviceMapping.1.OSSBucket"] == "images-bucket"
    assert params["DiskDeviceMapping.1.DiskImageSize"] == "40"
    assert "DiskDeviceMapping.2.DiskImageSize" not in params
    assert params["DiskDeviceMapping.2.Format"] == "RAW"
    assert params["Tag.1.Key"] == "env" and params["Tag.1.Value"] == "prod"
    assert params["Features.NvmeSupport"] == "supported"
    assert params["RoleName"] == "AliyunECSImageImportDefaultRole"
    assert params["DryRun"] == "true" and "ClientToken" not in params
    assert import_image_params(spec)["ClientToken"] == "tok-1"
    command = aliyun_cli_command(full_spec(platform="Others Linux"), Shell.POSIX)
    assert command.startswith("aliyun ecs ImportImage --RegionId=cn-hangzhou")
    assert "'--Platform=Others Linux'" in command


@pytest.mark.parametrize(
    ("validate", "good"),
    [
        (validate_image_name, "web-server"),
        (validate_bucket_name, "images-hz"),
        (validate_resource_group_id, "rg-acfm2abc"),
    ],
)
def test_a_trailing_newline_is_refused(validate, good):
    assert validate(good) == []
    assert validate(good + "\n") != []


def test_a_profile_name_with_a_trailing_newline_is_refused():
    from imageimporter.services.credentials import validate_profile_name

    assert validate_profile_name("work") is None
    assert validate_profile_name("work\n") is not None


@pytest.mark.parametrize(
    ("word", "posix", "powershell", "cmd"),
    [
        ("--ImageName=web", "--ImageName=web", "--ImageName=web", "--ImageName=web"),
        ("--Description=--force", "--Description=--force", "--Description=--force",
         "--Description=--force"),
        ("--Platform=Others Linux", "'--Platform=Others Linux'", "'--Platform=Others Linux'",
         '^"--Platform=Others Linux^"'),
        ("--Description=it's", "'--Description=it'\"'\"'s'", "'--Description=it''s'",
         '^"--Description=it\'s^"'),
        ("--Description=a\u2019b", "'--Description=a\u2019b'", "'--Description=a\u2019\u2019b'",
         '^"--Description=a\u2019b^"'),
        ('--Description=say "hi" & go', "'--Description=say \"hi\" & go'",
         "'--Description=say \"hi\" & go'", '^"--Description=say \\^"hi\\^" ^& go^"'),
        ("--Description=100%PATH%!x!", "'--Description=100%PATH%!x!'",
         "'--Description=100%PATH%!x!'", '^"--Description=100^%PATH^%^!x^!^"'),
        ("--Description=C:\\dir\\", "'--Description=C:\\dir\\'",
         "'--Description=C:\\dir\\'", '^"--Description=C:\\dir\\\\^"'),
        ('--Description=a\\"b', "'--Description=a\\\"b'", "'--Description=a\\\"b'",
         '^"--Description=a\\\\\\^"b^"'),
        ("--Description=$(rm -rf ~)", "'--Description=$(rm -rf ~)'",
         "'--Description=$(rm -rf ~)'", '^"--Description=$^(rm -rf ~^)^"'),
    ],
)  # fmt: skip
def test_quote_word_for_each_shell(word, posix, powershell, cmd):
    assert quote_word(word, Shell.POSIX) == posix
    assert quote_word(word, Shell.POWERSHELL) == powershell
    assert quote_word(word, Shell.CMD) == cmd
    assert shlex.split(posix) == [word]


def test_the_shell_follows_the_os():
    assert Shell.for_os("nt") is Shell.POWERSHELL
    assert Shell.for_os("posix") is Shell.POSIX


def test_a_value_starting_with_dashes_stays_a_value():
    command = aliyun_cli_command(full_spec(description="--DryRun true"), Shell.POSIX)
    assert "--Description=--DryRun true" in shlex.split(command)


def test_current_api_additions():
    windows = full_spec(os_type="windows", platform="Other Windows")
    assert validate_image_spec(windows) == []
    assert validate_platform_matches_os("Other Windows", "linux") != []
    assert "LicenseType" not in import_image_params(full_spec(license_type="Auto"))
    assert import_image_params(full_spec(license_type="BYOL"))["LicenseType"] == "BYOL"
    assert import_image_params(full_spec(imds_support="v2"))["Features.ImdsSupport"] == "v2"
