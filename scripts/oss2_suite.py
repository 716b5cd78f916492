"""Run modules of the official oss2 test suite against the sandbox's OSS and summarise them.

Not part of CI (it downloads oss2's source distribution and takes minutes). It fetches the
``tests/`` of the installed oss2 version with ``pip download --no-binary :all: --no-deps``,
starts an in-process sandbox, sets the ``OSS_TEST_*`` variables that ``tests/common.py`` reads
and runs the chosen modules with pytest, one at a time, printing passed/failed/skipped per
module::

    PYTHONPATH=$PWD .venv/bin/python scripts/oss2_suite.py            # the default modules
    PYTHONPATH=$PWD .venv/bin/python scripts/oss2_suite.py test_object test_multipart -v
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from imageimporter.sandbox import Sandbox, SandboxConfig

# The modules that exercise what the sandbox implements (objects, multipart, listings, buckets'
# basics, signatures); the rest test OSS features the sandbox leaves out (README, "Sandbox").
DEFAULT_MODULES = (
    "test_object",
    "test_multipart",
    "test_iterator",
    "test_list_objects_v2",
    "test_chinese",
    "test_headers",
    "test_upload",
    "test_download",
    "test_put_object_chunked",
    "test_crc64_combine",
    "test_bucket",
)
_SUMMARY = re.compile(r"(\d+) (passed|failed|skipped|errors?)")


def fetch_tests(into: Path) -> Path:
    """The ``tests`` folder of the installed oss2's source distribution, unpacked in ``into``."""
    version = importlib.metadata.version("oss2")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps", "-q",
         f"oss2=={version}", "-d", str(into)],
        check=True,
    )  # fmt: skip
    archive = next(into.glob("oss2-*.tar.gz"))
    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if "/tests/" in m.name]
        tar.extractall(into, members=members, filter="data")
    return next(into.glob("oss2-*/tests"))


def run_module(tests: Path, module: str, env: dict[str, str], verbose: bool) -> dict[str, int]:
    command = [
        *(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-W", "default"),
        *("-o", "addopts=", "--rootdir", str(tests.parent), str(tests / f"{module}.py")),
    ]
    # A failing module is a result to report, not an error of this script.
    done = subprocess.run(
        command, cwd=tests.parent, env=env, capture_output=True, text=True, check=False
    )
    if verbose:
        print(done.stdout[-20000:])
    last = done.stdout.strip().splitlines()[-1:] or [""]
    counts = {"passed": 0, "failed": 0, "skipped": 0, "errors": 0}
    for number, kind in _SUMMARY.findall(last[0]):
        counts["errors" if kind.startswith("error") else kind] += int(number)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modules", nargs="*", default=list(DEFAULT_MODULES))
    parser.add_argument("-v", "--verbose", action="store_true", help="print pytest's output")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oss2-suite-") as work:
        tests = fetch_tests(Path(work))
        with Sandbox(SandboxConfig(data_dir=Path(work) / "sandbox")) as cloud:
            env = {
                **os.environ,
                "OSS_TEST_ENDPOINT": cloud.endpoint,
                "OSS_TEST_ACCESS_KEY_ID": cloud.access_key_id,
                "OSS_TEST_ACCESS_KEY_SECRET": cloud.access_key_secret,
                "OSS_TEST_BUCKET": "oss2-suite",
                "OSS_TEST_REGION": cloud.region,
                "OSS_TEST_UID": cloud.context.account.account_id,
                "PYTHONPATH": str(tests.parent),
            }
            total = {"passed": 0, "failed": 0, "skipped": 0, "errors": 0}
            for module in args.modules:
                counts = run_module(tests, module, env, args.verbose)
                print(f"{module:32} " + "  ".join(f"{k} {v}" for k, v in counts.items()))
                for kind, number in counts.items():
                    total[kind] += number
            print(f"{'total':32} " + "  ".join(f"{k} {v}" for k, v in total.items()))
    return 0 if total["failed"] == total["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
