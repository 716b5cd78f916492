#!/usr/bin/env python3
"""Set everything up, then launch the app or run the test suite.

    python3 dev.py run     # launch the app (on the sandbox cloud when no account is configured)
    python3 dev.py test    # lint, type-check and run the whole test suite

Needs only Python 3.11+ and pip. Dependencies go into ``.venv`` (or, where the ``venv`` module
cannot make one with pip, into ``.venv-deps`` with ``pip install --target``). The install is
skipped when pyproject.toml has not changed since the last one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
TARGET = ROOT / ".venv-deps"


def _say(text: str) -> None:
    print(f"dev.py: {text}", file=sys.stderr, flush=True)


def _stamp(extra: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    digest.update(extra.encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _make_venv() -> bool:
    if _venv_python().exists():
        return True
    _say("creating .venv")
    result = subprocess.run(
        [sys.executable, "-m", "venv", str(VENV)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        _say("could not create a venv (is python3-venv missing?); installing into .venv-deps")
        shutil.rmtree(VENV, ignore_errors=True)
        return False
    return True


def ensure_installed(extras: str) -> tuple[list[str], dict[str, str]]:
    """Install the project (with ``extras``) if needed; the interpreter command and env to use."""
    env = dict(os.environ)
    spec = f".[{extras}]" if extras else "."
    if _make_venv():
        python = [str(_venv_python())]
        stamp_file = VENV / ".imageimporter-stamp"
        install = [*python, "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", spec]
    else:
        python = [sys.executable]
        stamp_file = TARGET / ".imageimporter-stamp"
        install = [
            sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q",
            "--upgrade", "--target", str(TARGET), spec,
        ]  # fmt: skip
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(TARGET)])
        env["PATH"] = os.pathsep.join([str(TARGET / "bin"), env.get("PATH", "")])
    wanted = _stamp(extras)
    if not stamp_file.exists() or stamp_file.read_text() != wanted:
        _say(f"installing imageimporter{f'[{extras}]' if extras else ''} and its dependencies")
        subprocess.run(install, cwd=ROOT, check=True, env=env)
        stamp_file.parent.mkdir(parents=True, exist_ok=True)
        stamp_file.write_text(wanted)
    return python, env


def run_app(args: list[str]) -> int:
    python, env = ensure_installed("")
    return subprocess.call([*python, "-m", "imageimporter", *args], cwd=ROOT, env=env)


def run_tests(args: list[str]) -> int:
    python, env = ensure_installed("test")
    steps: list[tuple[str, list[str]]] = [
        ("ruff check", [*python, "-m", "ruff", "check", "."]),
        ("ruff format", [*python, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [*python, "-m", "mypy", "imageimporter"]),
        ("pytest", [*python, "-m", "pytest", *args]),
    ]
    for name, command in steps:
        _say(f"running {name}")
        code = subprocess.call(command, cwd=ROOT, env=env)
        if code != 0:
            _say(f"{name} failed (exit {code})")
            return code
    return 0


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py must explain, not crash
        _say("Python 3.11 or newer is needed")
        return 2
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    return run_app(rest) if command == "run" else run_tests(rest)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
