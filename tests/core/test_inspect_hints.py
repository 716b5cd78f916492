"""The hints' commands are run here: each one must really work with the tools named."""

from __future__ import annotations

import shlex
import subprocess

from imageimporter.core.inspect import Verdict, inspect_path
from tests.core.images import QEMU_IMG, needs_qemu, qemu_info, run

pytestmark = needs_qemu


def hint(report, code: str) -> str:
    (found,) = [h.message for h in report.hints if h.code == code]
    return found


def command_in(message: str, start: str) -> list[str]:
    """The shell words of the command quoted in a hint, from ``start`` to the end."""
    return shlex.split(message[message.index(start) :].rstrip("`.").split("`")[0])


def test_encrypted_disk_hint_writes_a_decrypted_copy(tmp_path):
    secret = ("--object", "secret,id=sec0,data=passphrase")
    disk = tmp_path / "secret disk.qcow2"
    run(
        QEMU_IMG, "create", "-q", *secret, "-f", "qcow2",
        "-o", "encrypt.format=luks,encrypt.key-secret=sec0,encrypt.iter-time=10", disk, "64M",
    )  # fmt: skip
    report = inspect_path(disk)
    assert report.verdict is Verdict.CONVERT
    words = command_in(hint(report, "convert"), "qemu-img convert")
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("passphrase")
    words = [w.replace("PASSPHRASE_FILE", str(passphrase)) for w in words]
    subprocess.run(words, check=True, capture_output=True, timeout=120)
    decrypted = tmp_path / "secret disk-converted.qcow2"
    assert "encrypt" not in qemu_info(decrypted).get("format-specific", {}).get("data", {})
    assert inspect_path(decrypted).verdict is Verdict.ACCEPT
