"""One worker abstraction for everything that may take time (files, network, uploads).

A ``Worker`` runs a callable on a thread of a ``WorkerPool`` and reports with four signals:
``progress(object)``, ``finished(object)``, ``failed(object)`` (an ``AppError``, never a
traceback) and ``cancelled()``. The callable receives a ``WorkerContext`` to report progress
(throttled to a few updates a second per kind, final updates always pass) and to see whether
cancel was asked for. Cancel is cooperative and two-phase: ``cancel()`` sets ``cancelling`` and
calls the stop hook (for example ``ImportPipeline.stop``); the UI shows "Cancelling…" until the
worker confirms with ``cancelled()``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from imageimporter.core.errors import AppError
from imageimporter.core.text import Text
from imageimporter.services.logs import log_file_path

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.2  # seconds between two progress updates of the same kind


def crash_error() -> AppError:
    """What the user is told about a bug: words and where the log file is, never the
    exception's own text, which may quote a request, a URL or a secret."""
    return AppError(
        Text.of(
            "Something unexpected went wrong. What happened is written in the log file {path}.",
            path=str(log_file_path()),
        ),
        Text.of("Try again; if it keeps happening, report it with that log file."),
        code="InternalError",
    )


class WorkerCancelled(Exception):
    """Raised by a worker's callable when it stopped because cancel was asked for."""


class WorkerContext:
    """What the running callable sees: progress reporting and the cancel flag."""

    def __init__(self, worker: Worker) -> None:
        self._worker = worker
        self._last: dict[object, float] = {}
        self._lock = threading.Lock()

    @property
    def cancel_requested(self) -> bool:
        return self._worker.cancelling

    def report(self, value: object, kind: object = None, force: bool = False) -> None:
        """Send ``value`` to ``progress``, at most every PROGRESS_INTERVAL per ``kind``."""
        now = time.monotonic()
        with self._lock:
            last = self._last.get(kind)
            if not force and last is not None and now - last < PROGRESS_INTERVAL:
                return
            self._last[kind] = now
        self._worker.progress.emit(value)


class Worker(QObject):
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        function: Callable[[WorkerContext], Any],
        stop: Callable[[], None] | None = None,
        name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._function = function
        self._stop = stop
        self.name = name
        self.cancelling = False
        self.done = False

    def cancel(self) -> None:
        """Ask the work to stop; ``cancelled()`` (or ``finished``/``failed``, if it was too
        late to stop) follows when it has."""
        if self.done or self.cancelling:
            return
        self.cancelling = True
        if self._stop is not None:
            self._stop()

    def run(self) -> None:
        """The body, on a pool thread."""
        context = WorkerContext(self)
        try:
            result = self._function(context)
        except WorkerCancelled:
            self.done = True
            self.cancelled.emit()
        except AppError as exc:
            self.done = True
            self.failed.emit(exc)
        except Exception:  # a bug: logged with its traceback (redacted), shown as words only
            log.exception("worker %s failed", self.name)
            self.done = True
            self.failed.emit(crash_error())
        else:
            self.done = True
            if self.cancelling and result is None:
                self.cancelled.emit()
            else:
                self.finished.emit(result)


class _Runnable(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker
        self.setAutoDelete(True)

    def run(self) -> None:
        self._worker.run()


class WorkerPool(QObject):
    """Starts workers on its own thread pool and keeps them alive until they end."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[Worker] = set()

    def start(
        self,
        function: Callable[[WorkerContext], Any],
        *,
        on_finished: Callable[[Any], None] | None = None,
        on_failed: Callable[[AppError], None] | None = None,
        on_progress: Callable[[Any], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        stop: Callable[[], None] | None = None,
        name: str = "",
    ) -> Worker:
        worker = Worker(function, stop, name)
        if on_progress is not None:
            worker.progress.connect(on_progress)
        if on_finished is not None:
            worker.finished.connect(on_finished)
        if on_failed is not None:
            worker.failed.connect(on_failed)
        if on_cancelled is not None:
            worker.cancelled.connect(on_cancelled)
        for signal in (worker.finished, worker.failed, worker.cancelled):
            signal.connect(lambda *_args, w=worker: self._running.discard(w))
        self._running.add(worker)
        self._pool.start(_Runnable(worker))
        return worker

    @property
    def running(self) -> list[Worker]:
        return [w for w in self._running if not w.done]

    def cancel_all(self) -> None:
        for worker in list(self._running):
            worker.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every worker has returned (used when the window closes)."""
        return bool(self._pool.waitForDone(msecs))
