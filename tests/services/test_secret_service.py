"""The credential store against a real Secret Service (gnome-keyring), once.

Runs in a private D-Bus session with a temporary HOME, so the developer's own keychain is never
touched; skipped where gnome-keyring or dbus-run-session is missing (CI installs both).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon",
)

SECRET = "Real-Secret-Service-Value-4f9e2c"

SCRIPT = textwrap.dedent(
    """
    set -e
    eval "$(printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets --daemonize)"
    export GNOME_KEYRING_CONTROL
    python=$1
    ALIBABA_CLOUD_ACCESS_KEY_SECRET="$SECRET_FOR_TEST" \\
        "$python" -m imageimporter profiles add work --access-key-id LTAI5tSecretSvc --default
    "$python" -m imageimporter profiles list --json
    "$python" - <<'PY'
    import keyring
    from imageimporter.services.credentials import CredentialStore
    print("backend:", type(keyring.get_keyring()).__module__)
    creds = CredentialStore().credentials("work")
    print("round trip:", creds.access_key_secret == __import__("os").environ["SECRET_FOR_TEST"])
    CredentialStore().remove("work")
    print("removed:", keyring.get_password("imageimporter", "work:access_key_secret") is None)
    PY
    """
)


def test_profiles_round_trip_through_gnome_keyring(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "ALIBABA"))},
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "IMAGEIMPORTER_HOME": str(home / "app"),
        "SECRET_FOR_TEST": SECRET,
    }
    (tmp_path / "run").mkdir(mode=0o700)
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", SCRIPT, "bash", sys.executable],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "keyring.backends.SecretService" in result.stdout
    assert "round trip: True" in result.stdout and "removed: True" in result.stdout
    assert SECRET not in result.stdout + result.stderr
    leaking = [p for p in home.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    assert leaking == []
