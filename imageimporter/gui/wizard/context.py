"""What the wizard's pages share: the flow state, the connection and its services, the job.

``WizardServices`` is what the window is built with (tests hand it fakes pointed at the
sandbox). ``WizardContext`` is the small facade every page takes: it holds the
``core.wizard_flow.WizardState``, runs work through the one ``WorkerPool``, and creates the
service objects (``AccountService``, ``RoleService``, ``ImportPipeline``) for the current
connection. It holds no rules: those are in ``core``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from imageimporter.core.endpoints import Endpoints
from imageimporter.core.job import new_job_id
from imageimporter.core.wizard_flow import DiskEntry, WizardState
from imageimporter.gui.wizard.job_runner import JobRunner
from imageimporter.gui.workers import WorkerPool

if TYPE_CHECKING:
    from imageimporter.core.disk_plan import DiskPlan
    from imageimporter.core.image_spec import ImageSpec
    from imageimporter.core.inspect import DiskReport
    from imageimporter.core.job import Job, JobDisk
    from imageimporter.services.cloud import AccountService
    from imageimporter.services.connect import Connection
    from imageimporter.services.credentials import CredentialStore
    from imageimporter.services.importer import Backoff, ImportService
    from imageimporter.services.job_store import JobStore
    from imageimporter.services.pipeline import ImportPipeline
    from imageimporter.services.role import RoleService
    from imageimporter.services.upload import UploadOptions


def _default_sandbox(region: str | None) -> Connection:
    from imageimporter.services.connect import sandbox_connection

    return sandbox_connection(region)


def _default_connect(profile: str, region: str | None) -> Connection:
    from imageimporter.services.connect import connect

    return connect(profile=profile, region=region)


def _default_reconnect(job: Job) -> Connection:
    from imageimporter.services.connect import reconnect

    return reconnect(job.profile, job.endpoint, job.region_id)


def _default_store() -> CredentialStore:
    from imageimporter.services.credentials import CredentialStore

    return CredentialStore()


def _default_jobs() -> JobStore:
    from imageimporter.services.job_store import JobStore

    return JobStore()


@dataclass
class WizardServices:
    """How the wizard reaches the outside world (each one replaceable in tests)."""

    credentials: Callable[[], CredentialStore] = _default_store
    jobs: Callable[[], JobStore] = _default_jobs
    sandbox: Callable[[str | None], Connection] = _default_sandbox
    connect: Callable[[str, str | None], Connection] = _default_connect
    reconnect: Callable[[Job], Connection] = _default_reconnect
    upload_options: UploadOptions | None = None
    follow_backoff: Callable[[], Backoff] | None = None
    start_with_sandbox: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


class WizardContext(QObject):
    """The state and services one wizard window works with."""

    changed = Signal()  # the flow state changed: the window re-checks Next
    connection_changed = Signal()
    job_updated = Signal(object)  # a Job

    def __init__(self, services: WizardServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.state = WizardState()
        self.pool = WorkerPool(self)
        self.connection: Connection | None = None
        self.reports: list[DiskReport | None] = []
        # How each disk travels, by path: planned on the worker that inspected it.
        self.plans: dict[str, DiskPlan] = {}
        # One folder in the bucket for this import's disks (each disk's index inside it).
        self.key_tag = new_job_id()
        self.spec: ImageSpec | None = None  # what the details page says, once valid
        self.job: Job | None = None
        self._pipeline: ImportPipeline | None = None
        self._store: JobStore | None = None
        self.runner = JobRunner(self)

    # -- state ---------------------------------------------------------------------------------
    def notify(self) -> None:
        self.changed.emit()

    def set_disk(self, index: int, entry: DiskEntry) -> None:
        self.state.disks[index] = entry
        self.notify()

    def set_job(self, job: Job) -> None:
        self.job = job
        self.state.job_id = job.id
        self.state.job_state = job.state
        self.state.all_uploaded = job.all_uploaded
        self.state.submitted = job.submitted
        self.job_updated.emit(job)
        self.notify()

    # -- connection ----------------------------------------------------------------------------
    def set_connection(self, connection: Connection) -> None:
        if self.connection is not None and self.connection is not connection:
            self.connection.close()
        self.connection = connection
        self._pipeline = None
        self.state.connected = True
        self.state.is_sandbox = connection.is_sandbox
        self.state.region = connection.session.region
        self.connection_changed.emit()
        self.notify()

    def set_region(self, region: str) -> None:
        from imageimporter.services.cloud import CloudSession

        if self.connection is None or region == self.connection.session.region:
            self.state.region = region
            self.notify()
            return
        old = self.connection.session
        endpoints = Endpoints(region, old.endpoints.overrides, old.endpoints.base)
        self.connection.session = CloudSession(old.credentials, endpoints)
        self._pipeline = None
        self.state.region = region
        self.connection_changed.emit()
        self.notify()

    def close(self, wait_ms: int = 30_000) -> None:
        if self._pipeline is not None:
            self._pipeline.stop()
        self.pool.cancel_all()
        self.pool.wait(wait_ms)
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    # -- services for the current connection ---------------------------------------------------
    def _session(self) -> Any:
        if self.connection is None:
            raise RuntimeError("not connected")
        return self.connection.session

    def account(self) -> AccountService:
        from imageimporter.services.cloud import AccountService

        return AccountService(self._session())

    def roles(self) -> RoleService:
        from imageimporter.services.role import RoleService

        return RoleService(self._session())

    def importer(self) -> ImportService:
        from imageimporter.services.importer import ImportService

        return ImportService(self._session())

    def jobs(self) -> JobStore:
        if self._store is None:
            self._store = self.services.jobs()
        return self._store

    def pipeline(self) -> ImportPipeline:
        from imageimporter.services.pipeline import ImportPipeline

        if self._pipeline is None:
            kwargs: dict[str, Any] = {}
            if self.services.follow_backoff is not None:
                kwargs["follow_backoff"] = self.services.follow_backoff
            self._pipeline = ImportPipeline(
                self.jobs(),
                self._session(),
                upload_options=self.services.upload_options,
                **kwargs,
            )
        return self._pipeline

    def stop_pipeline(self, discard_upload: bool = False) -> None:
        if self._pipeline is not None:
            self._pipeline.stop(discard_upload=discard_upload)

    def connection_profile(self) -> tuple[str, str]:
        if self.connection is None:
            return "", ""
        return self.connection.profile, self.connection.endpoint


def with_keys(spec: ImageSpec, disks: tuple[JobDisk, ...], keys: list[str]) -> tuple[Any, Any]:
    """A spec and job disks with the object keys the user chose on the storage page."""
    spec = replace(
        spec, disks=tuple(replace(d, oss_object=k) for d, k in zip(spec.disks, keys, strict=True))
    )
    disks = tuple(replace(d, key=k) for d, k in zip(disks, keys, strict=True))
    return spec, disks
