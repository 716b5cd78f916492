"""``imageimporter --smoke-test``: does what we ship start and work, here, in a few seconds?

Run from source (``python -m imageimporter --smoke-test``) and, above all, from the frozen app,
where a module PyInstaller did not see, a resource left out of the bundle or a system library
missing on the user's machine shows up only at run time. The checks, one line each:

- ``qt``: a QApplication starts, offscreen unless ``QT_QPA_PLATFORM`` forces a platform (CI runs
  it once more on xcb under Xvfb, with the same start-up diagnosis the launcher makes);
- ``resources``: the bundled resources folder is there and the SVG app icon renders;
- ``translations``: every ``.qm`` in ``resources/translations`` loads, and the app's and Qt's own
  (``qtbase_*.qm``) catalogues for the current (or ``--lang``) locale are installed;
- ``sandbox``: an in-process sandbox cloud starts, and the SDKs (STS, ECS, OSS) talk to it through
  the app's own services;
- ``window``: ``build_main_window`` builds the main window, which is shown and painted;
- ``keyring``: a throwaway secret makes a set, get, delete round trip through the OS keyring
  backend; no usable keyring fails, naming the backend, unless
  ``IMAGEIMPORTER_SMOKE_ALLOW_NO_KEYRING=1`` (then it is skipped);
- ``inspect``: a tiny generated raw disk with an MBR is recognised as such;
- ``guest``: the small Linux disk shipped in ``resources/smoke`` is read through the disk readers
  and the ext4 library, and its distribution is found (a bundle missing a lazily imported
  filesystem or decompression library fails here, not on a user's disk);
- ``sandbox-stop``: the sandbox stops;
- ``qt-messages``: Qt printed no unexpected warning during all of the above.

The exit status is 0 only when every check passed or was skipped.
"""

from __future__ import annotations

import os
import secrets
import struct
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TextIO

from imageimporter import APP_NAME, __version__
from imageimporter.core.paths import HOME_ENV

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from imageimporter.sandbox import Sandbox

ALLOW_NO_KEYRING_ENV = "IMAGEIMPORTER_SMOKE_ALLOW_NO_KEYRING"
KEYRING_SERVICE = f"{APP_NAME}-smoke-test"
SMOKE_BUCKET = "imageimporter-smoke"
WINDOW_EXPOSE_SECONDS = 10.0

# Qt messages that say something about the environment, not about the app, each with why.
EXPECTED_QT_MESSAGES: tuple[tuple[str, str], ...] = (
    # The offscreen platform has no window manager to pass size hints to.
    ("This plugin does not support propagateSizeHints()", "offscreen"),
    # Running as root (CI containers) or without a login session: Qt picks a folder itself.
    ("QStandardPaths: XDG_RUNTIME_DIR not set", "no login session"),
    ("QStandardPaths: runtime directory", "no login session"),
    ("QStandardPaths: wrong permissions on runtime directory", "no login session"),
)

Status = Literal["pass", "skip", "fail"]


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: Status
    detail: str


class CheckFailed(Exception):
    """A check failed; the message says what and why, in one sentence."""


class CheckSkipped(Exception):
    """A check could not run here and was allowed not to; the message says why."""


def unexpected_qt_message(kind: str, message: str) -> bool:
    """Whether a Qt message of ``kind`` ("debug", "info", "warning", ...) should fail the run."""
    if kind not in ("warning", "critical", "fatal"):
        return False
    return not any(message.startswith(prefix) for prefix, _ in EXPECTED_QT_MESSAGES)


def backend_name(backend: object) -> str:
    """``module.Class`` of a keyring backend; a chainer lists the backends it chains."""
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    chained = getattr(backend, "backends", None)
    if isinstance(chained, list | tuple) and chained:
        inner = ", ".join(f"{type(b).__module__}.{type(b).__qualname__}" for b in chained)
        name = f"{name} ({inner})"
    return name


def keyring_round_trip(backend: Any, allow_missing: bool) -> str:
    """Set, get and delete a throwaway secret through ``backend``; a line saying what happened.

    Raises CheckFailed when the backend is missing, locked or broken (CheckSkipped instead when
    ``allow_missing``), and always CheckFailed when it answers with the wrong value.
    """
    import keyring.backends.fail
    import keyring.backends.null

    name = backend_name(backend)
    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        problem = f"no usable OS keyring was found (backend {name})"
        if allow_missing:
            raise CheckSkipped(f"{problem}; allowed by {ALLOW_NO_KEYRING_ENV}=1")
        raise CheckFailed(
            f"{problem}: on Linux start a Secret Service (GNOME Keyring, KWallet) and unlock it"
        )
    username = f"smoke-{secrets.token_hex(8)}"
    secret = secrets.token_urlsafe(24)
    stage = "set"
    try:
        backend.set_password(KEYRING_SERVICE, username, secret)
        stage = "get"
        answer = backend.get_password(KEYRING_SERVICE, username)
        stage = "delete"
        if answer == secret:
            backend.delete_password(KEYRING_SERVICE, username)
            stage = "get after delete"
            left = backend.get_password(KEYRING_SERVICE, username)
    # Any failure of the backend (locked, no D-Bus, denied) is reported in words, not hidden.
    except Exception as exc:
        problem = (
            f"the keyring backend {name} failed at {stage}: "
            f"{type(exc).__name__}: {exc or 'no details'}"
        )
        if allow_missing:
            raise CheckSkipped(f"{problem}; allowed by {ALLOW_NO_KEYRING_ENV}=1") from exc
        raise CheckFailed(f"{problem} (is the keyring unlocked?)") from exc
    if answer != secret:
        with _ignoring_errors():
            backend.delete_password(KEYRING_SERVICE, username)
        raise CheckFailed(f"the keyring backend {name} returned a different secret than was set")
    if left is not None:
        raise CheckFailed(f"the keyring backend {name} still had the secret after deleting it")
    return f"set, get, delete through {name}"


@contextmanager
def _environment(name: str, value: str) -> Iterator[None]:
    """``os.environ[name] = value`` for the duration, restored afterwards."""
    previous = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous


@contextmanager
def _ignoring_errors() -> Iterator[None]:
    """Clean-up after a failure that is already being reported."""
    try:
        yield
    except Exception as exc:
        print(f"smoke: (clean-up also failed: {type(exc).__name__}: {exc})", file=sys.stderr)


def write_mbr_disk(path: Path, size: int = 4 * 1024 * 1024) -> Path:
    """A sparse raw disk of ``size`` bytes with an MBR: one bootable Linux partition."""
    first_lba = 2048
    entry = struct.pack(
        "<B3sB3sII", 0x80, b"\x00\x02\x00", 0x83, b"\xfe\xff\xff", first_lba,
        size // 512 - first_lba,
    )  # fmt: skip
    sector = bytearray(512)
    sector[446 : 446 + len(entry)] = entry
    sector[510:512] = b"\x55\xaa"
    with path.open("wb") as file:
        file.write(sector)
        file.truncate(size)
    return path


class SmokeTest:
    """The checks, in order; state (the app, the sandbox) is shared between them."""

    def __init__(self, lang: str | None, out: TextIO, env: dict[str, str]) -> None:
        self.lang = lang
        self.out = out
        self.env = env
        self.results: list[CheckResult] = []
        self.qt_messages: list[tuple[str, str]] = []
        self.app: QApplication | None = None
        self.sandbox: Sandbox | None = None
        self.workdir: Path = Path()

    # -- running -----------------------------------------------------------------------------
    def run(self) -> int:
        started = time.monotonic()
        self._say(f"smoke: imageimporter {__version__}, Python {sys.version.split()[0]}, "
                  f"{'frozen' if getattr(sys, 'frozen', False) else 'from source'}")  # fmt: skip
        with ExitStack() as stack:
            self.workdir = Path(
                stack.enter_context(tempfile.TemporaryDirectory(prefix="imageimporter-smoke-"))
            )
            # The app's settings, jobs and own sandbox go to the temporary folder: a smoke test
            # leaves the user's data alone (the keyring excepted: it is what is being tested).
            stack.enter_context(_environment(HOME_ENV, str(self.workdir / "home")))
            stack.callback(self._stop_sandbox_quietly)
            if self.check("qt", self.check_qt):
                self.check("resources", self.check_resources)
                self.check("translations", self.check_translations)
                if self.check("sandbox", self.check_sandbox):
                    self.check("window", self.check_window)
                self.check("keyring", self.check_keyring)
                self.check("inspect", self.check_inspect)
                self.check("guest", self.check_guest)
                if self.sandbox is not None:
                    self.check("sandbox-stop", self.check_sandbox_stop)
                self.check("qt-messages", self.check_qt_messages)
        counts = {s: sum(r.status == s for r in self.results) for s in ("pass", "skip", "fail")}
        self._say(
            f"smoke test: {counts['pass']} passed, {counts['skip']} skipped, "
            f"{counts['fail']} failed in {time.monotonic() - started:.1f} s"
            + ("" if counts["fail"] else " - OK")
        )
        return 1 if counts["fail"] else 0

    def check(self, name: str, func: Callable[[], str]) -> bool:
        """Run one check and print its line; whether it passed (or was skipped)."""
        started = time.monotonic()
        try:
            detail = func()
            status: Status = "pass"
        except CheckSkipped as exc:
            detail, status = str(exc), "skip"
        except CheckFailed as exc:
            detail, status = str(exc), "fail"
        # A check that crashes is a failure of what we ship: say which and keep the traceback.
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            detail, status = f"{type(exc).__name__}: {exc}", "fail"
        seconds = time.monotonic() - started
        self.results.append(CheckResult(name, status, detail))
        self._say(f"smoke: {status.upper():4} {name:<13} {detail} ({seconds:.2f} s)")
        return status != "fail"

    def _say(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    # -- the checks --------------------------------------------------------------------------
    def check_qt(self) -> str:
        if not self.env.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = self.env["QT_QPA_PLATFORM"] = "offscreen"
        from imageimporter.gui.launcher import diagnose_qt_start

        problem = diagnose_qt_start(sys.platform, self.env)
        if problem:
            raise CheckFailed(problem)

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qVersion
        from PySide6.QtWidgets import QApplication

        kinds = {
            QtMsgType.QtDebugMsg: "debug",
            QtMsgType.QtInfoMsg: "info",
            QtMsgType.QtWarningMsg: "warning",
            QtMsgType.QtCriticalMsg: "critical",
            QtMsgType.QtFatalMsg: "fatal",
        }

        def handler(mode: QtMsgType, context: object, message: str) -> None:
            kind = kinds.get(mode, "warning")
            if kind in ("debug", "info"):
                return
            self.qt_messages.append((kind, message))
            print(f"smoke: Qt {kind}: {message}", file=sys.stderr, flush=True)

        qInstallMessageHandler(handler)
        if QApplication.instance() is not None:
            raise CheckFailed("a QApplication already exists; run the smoke test on its own")
        self.app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
        self.app.setApplicationName(APP_NAME)
        self.app.setApplicationVersion(__version__)
        self.app.setOrganizationName(APP_NAME)
        return f"platform {self.app.platformName()}, Qt {qVersion()}, PySide6 {pyside_version}"

    def check_resources(self) -> str:
        from PySide6.QtGui import QIcon

        from imageimporter.gui.resources import app_icon_path, resources_dir

        folder = resources_dir()
        if not folder.is_dir():
            raise CheckFailed(f"the resources folder {folder} is missing")
        icon_path = app_icon_path()
        if not icon_path.is_file():
            raise CheckFailed(f"the app icon {icon_path} is missing")
        icon = QIcon(str(icon_path))
        pixmap = icon.pixmap(64, 64)
        if pixmap.isNull():
            raise CheckFailed(f"the app icon {icon_path.name} does not render (no SVG support?)")
        assert self.app is not None
        self.app.setWindowIcon(icon)
        files = sum(1 for p in folder.rglob("*") if p.is_file())
        return f"{files} file(s) in {folder}; {icon_path.name} renders at 64 px"

    def check_translations(self) -> str:
        from PySide6.QtCore import QTranslator

        from imageimporter.gui.i18n import LANGUAGES, install_translators, system_language
        from imageimporter.gui.resources import resources_dir

        folder = resources_dir() / "translations"
        catalogues = sorted(folder.glob("*.qm")) if folder.is_dir() else []
        if not catalogues:
            raise CheckSkipped(f"no .qm files in {folder}")
        broken = [p.name for p in catalogues if not QTranslator().load(str(p))]
        if broken:
            raise CheckFailed(f"these translation files do not load: {', '.join(broken)}")
        language = self.lang or system_language()
        if language not in LANGUAGES:
            raise CheckFailed(f"{language!r} is not one of the app's languages {list(LANGUAGES)}")
        # The app's own loader, as the app calls it at start-up.
        loaded = [Path(t.filePath()).name for t in install_translators(language) if t.filePath()]
        if language != "en":
            wanted = (f"qtbase_{language}.qm", f"{APP_NAME}_{language}.qm")
            missing = [name for name in wanted if name not in loaded]
            if missing:
                raise CheckFailed(f"for {language}, these did not load: {', '.join(missing)}")
        installed = ", ".join(loaded) if loaded else "none (English is the source language)"
        return f"{len(catalogues)} file(s) load; language {language}: {installed}"

    def check_sandbox(self) -> str:
        from imageimporter.core.endpoints import Endpoints
        from imageimporter.sandbox import Sandbox, SandboxConfig
        from imageimporter.services.cloud import AccountService, CloudSession
        from imageimporter.services.credentials import Credentials

        config = SandboxConfig(
            data_dir=self.workdir / "sandbox", buckets=(SMOKE_BUCKET,), import_seconds=1.0
        )
        self.sandbox = Sandbox(config).start()
        cloud = self.sandbox
        session = CloudSession(
            Credentials(cloud.access_key_id, cloud.access_key_secret),
            Endpoints(cloud.region, base=cloud.endpoint),
        )
        account = AccountService(session)
        identity = account.caller_identity()  # STS
        regions = account.regions()  # ECS
        buckets = [b.name for b in account.buckets()]  # OSS
        if not identity.account_id or not regions or SMOKE_BUCKET not in buckets:
            raise CheckFailed(
                f"the sandbox answered oddly (account {identity.account_id!r}, "
                f"{len(regions)} regions, buckets {buckets})"
            )
        return f"{cloud.endpoint}: STS, ECS ({len(regions)} regions) and OSS answer"

    def check_window(self) -> str:
        from PySide6.QtCore import QEventLoop

        from imageimporter.gui.app import CloudTarget, build_main_window

        cloud = self.sandbox
        assert cloud is not None and self.app is not None
        window = build_main_window(CloudTarget(True, cloud.endpoint, cloud.region, SMOKE_BUCKET))
        try:
            window.show()
            deadline = time.monotonic() + WINDOW_EXPOSE_SECONDS
            handle = window.windowHandle()
            while not (handle is not None and handle.isExposed()):
                if time.monotonic() > deadline:
                    raise CheckFailed(
                        f"the main window was not shown within {WINDOW_EXPOSE_SECONDS:.0f} s"
                    )
                self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                handle = window.windowHandle()
            image = window.grab()
            if image.isNull():
                raise CheckFailed("the main window could not be painted")
            title = window.windowTitle()
            size = f"{image.width()}x{image.height()}"
            return f"{type(window).__name__} {title!r} shown and painted at {size}"
        finally:
            window.close()
            window.deleteLater()
            self.app.processEvents()

    def check_keyring(self) -> str:
        import keyring

        allow = self.env.get(ALLOW_NO_KEYRING_ENV, "") == "1"
        return keyring_round_trip(keyring.get_keyring(), allow_missing=allow)

    def check_inspect(self) -> str:
        from imageimporter.core.inspect import inspect_path

        report = inspect_path(write_mbr_disk(self.workdir / "tiny-mbr.raw"))
        if report.format != "raw" or report.partition_table != "mbr":
            raise CheckFailed(
                f"a raw MBR disk was seen as format {report.format!r}, "
                f"partition table {report.partition_table!r}"
            )
        return f"raw disk with an MBR recognised (boot mode {report.boot_mode})"

    def check_guest(self) -> str:
        import lzma

        from imageimporter.core.disk.open import open_disk
        from imageimporter.core.guest import inspect_guest
        from imageimporter.gui.resources import resources_dir

        packed = resources_dir() / "smoke" / "guest-ext4.raw.xz"
        if not packed.is_file():
            raise CheckFailed(f"the smoke-test disk {packed} is missing")
        disk_path = self.workdir / "guest-ext4.raw"
        disk_path.write_bytes(lzma.decompress(packed.read_bytes()))
        # The libraries guest inspection imports only when a disk needs them: load each here.
        import lz4.block
        import lz4.frame
        import pyfsext
        import pyfsntfs
        import pyfsxfs
        import zstandard

        libraries = (
            f"libfsext {pyfsext.get_version()}, libfsxfs {pyfsxfs.get_version()}, "
            f"libfsntfs {pyfsntfs.get_version()}, zstandard {zstandard.__version__}, "
            f"lz4 {lz4.library_version_string()} ({lz4.block.__name__}, {lz4.frame.__name__})"
        )
        disk = open_disk(disk_path)
        try:
            report = inspect_guest(disk)
        finally:
            disk.close()
        if (report.distribution, report.root_filesystem) != ("smoke", "ext4"):
            raise CheckFailed(
                f"the smoke-test disk was read as distribution {report.distribution!r} on "
                f"{report.root_filesystem!r}, not 'smoke' on ext4"
            )
        return f"{report.product_name} found on ext4 ({libraries})"

    def check_sandbox_stop(self) -> str:
        assert self.sandbox is not None
        self.sandbox.stop()
        self.sandbox = None
        return "stopped"

    def check_qt_messages(self) -> str:
        unexpected = [(k, m) for k, m in self.qt_messages if unexpected_qt_message(k, m)]
        if unexpected:
            listed = "; ".join(f"{k}: {m}" for k, m in unexpected[:5])
            raise CheckFailed(f"{len(unexpected)} unexpected Qt message(s): {listed}")
        return f"no unexpected warnings ({len(self.qt_messages)} expected ones)"

    def _stop_sandbox_quietly(self) -> None:
        if self.sandbox is not None:
            with _ignoring_errors():
                self.sandbox.stop()
            self.sandbox = None


def run_smoke_test(lang: str | None = None, out: TextIO | None = None) -> int:
    """Run every check, print one line each and a summary; 0 only if none failed."""
    stream = out or sys.stdout or sys.stderr
    return SmokeTest(lang, stream, dict(os.environ)).run()
