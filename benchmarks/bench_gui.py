"""GUI figures: cold start to the first page, and the longest event-loop stall during work.

    python benchmarks/bench_gui.py [--runs 5] [--size-gib 2]

1. Cold start: a fresh interpreter imports the app, builds the wizard and shows the first page
   (offscreen); the median of several runs. Goal: at most 1.5 s.
2. Stall: the wizard uploads a sparse disk (an MBR, so inspection accepts it) to the in-process
   sandbox and imports it; a 10 ms QTimer measures its own lateness. Goal: at most 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COLD_START = r"""
import os, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from imageimporter.gui.app import CloudTarget, build_main_window
window = build_main_window(CloudTarget(False))
window.show()
app.processEvents()
print(time.perf_counter() - t0)
sdks = [m for m in sys.modules if m.startswith(("alibabacloud", "oss2"))]
print(len(sdks))
window.context.close()
"""


def cold_start(runs: int) -> tuple[float, int]:
    times, sdks = [], 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            env = dict(os.environ, IMAGEIMPORTER_HOME=home, QT_QPA_PLATFORM="offscreen")
            started = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", COLD_START], env=env, capture_output=True, text=True,
                check=True,
            ).stdout.split()  # fmt: skip
            times.append(time.perf_counter() - started)
            sdks = int(out[1])
    return statistics.median(times), sdks


def stall(size_gib: int) -> tuple[dict[str, float], float]:
    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["IMAGEIMPORTER_HOME"] = tmp
        import keyring
        from keyring.backends.null import Keyring

        keyring.set_keyring(Keyring())
        app = QApplication.instance() or QApplication(sys.argv[:1])
        from imageimporter.core.endpoints import Endpoints
        from imageimporter.core.job import JobState
        from imageimporter.core.wizard_flow import Page
        from imageimporter.gui.wizard.context import WizardServices
        from imageimporter.gui.wizard.window import WizardWindow
        from imageimporter.sandbox import Sandbox, SandboxConfig
        from imageimporter.services.cloud import CloudSession
        from imageimporter.services.connect import SANDBOX_MARKER, Connection
        from imageimporter.services.credentials import Credentials
        from imageimporter.services.importer import Backoff

        disk = Path(tmp) / "system.raw"
        with open(disk, "wb") as file:
            file.truncate(size_gib << 30)
        subprocess.run(["sfdisk", "-q", str(disk)], input=b"start=2048, type=83\n", check=True)
        with open(disk, "r+b") as file:  # some data so the object is not all zeros
            file.seek(1 << 20)
            file.write(os.urandom(1 << 20))
        sandbox = Sandbox(
            SandboxConfig(data_dir=Path(tmp) / "sandbox", import_seconds=3.0, buckets=("bench",))
        ).start()

        def connection(region: str | None = None) -> Connection:
            creds = Credentials(sandbox.access_key_id, sandbox.access_key_secret)
            endpoints = Endpoints(region or sandbox.region, base=sandbox.endpoint)
            return Connection(CloudSession(creds, endpoints), "", SANDBOX_MARKER, None)

        services = WizardServices(
            sandbox=connection, follow_backoff=lambda: Backoff(first=0.2, ceiling=0.5)
        )
        settings = QSettings(str(Path(tmp) / "gui.ini"), QSettings.Format.IniFormat)
        window = WizardWindow(services, settings)
        window.show()
        lateness: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]
        timer = QTimer()
        timer.setInterval(10)

        phase = ["setup"]
        worst: dict[str, float] = {}

        def tick() -> None:
            now = clock.elapsed()
            late = max(0, now - last[0] - 10)
            lateness.append(late)
            worst[phase[0]] = max(worst.get(phase[0], 0.0), late)
            last[0] = now

        timer.timeout.connect(tick)

        def wait(condition, seconds: float = 600) -> None:
            deadline = time.monotonic() + seconds
            while not condition():
                if time.monotonic() > deadline:
                    raise TimeoutError(window.reason_label.text())
                app.processEvents()
                time.sleep(0.002)

        def step(expected: Page, then: str) -> None:
            """Click Next (a page change: Qt lays out and paints the new page) and name the
            phase that follows, so stalls are told apart by what caused them."""
            wait(window.next_button.isEnabled)
            phase[0] = "page changes"
            window.next_button.click()
            app.processEvents()
            assert window.current is expected, window.reason_label.text()
            phase[0] = then

        window.account_page.use_sandbox()
        wait(lambda: window.context.state.connected and window.next_button.isEnabled())
        step(Page.DISKS, "setup")
        window.page(Page.DISKS).set_system_disk(disk)
        step(Page.STORAGE, "setup")
        wait(lambda: window.context.state.bucket == "bench")
        window.context.roles().set_up()  # before measuring: the wizard then skips that step
        # Measure from here: the set-up above runs on this thread on purpose and is not the
        # wizard's doing (counting it made the first "tick" look like a 2 s stall).
        last[0] = clock.elapsed()
        timer.start()
        started = time.monotonic()
        step(Page.UPLOAD, "upload")
        wait(lambda: window.context.state.all_uploaded)
        upload_seconds = time.monotonic() - started
        step(Page.DETAILS, "details")
        window.page(Page.DETAILS).name_edit.setText("bench-image")
        wait(lambda: window.context.state.role_checked)
        step(Page.REVIEW, "details")
        step(Page.PROGRESS, "import")
        wait(lambda: window.context.job is not None and window.context.job.is_terminal)
        assert window.context.job.state is JobState.SUCCEEDED, window.context.job.last_error
        timer.stop()
        window.close()
        sandbox.stop()
        worst.pop("setup", None)
        return worst, upload_seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size-gib", type=int, default=2)
    args = parser.parse_args()
    median, sdks = cold_start(args.runs)
    print(f"cold start to the first page: median {median:.2f} s over {args.runs} runs "
          f"(goal <= 1.5 s); SDK modules imported at start: {sdks}")  # fmt: skip
    worst, seconds = stall(args.size_gib)
    print("longest event-loop stall (goal <= 50 ms while the upload and the import run):")
    print(f"  during the {args.size_gib} GiB upload ({seconds:.1f} s): {worst['upload']:.0f} ms")
    print(f"  while the import is followed:    {worst['import']:.0f} ms")
    print(f"  entering the details page:       {worst.get('details', 0):.0f} ms")
    print(f"  on a Next click (new page laid out and painted): {worst['page changes']:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
