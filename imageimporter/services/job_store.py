"""The job store: every import's whole state in SQLite, in the app's data folder.

Each change is one transaction that checks the transition against ``core.job.TRANSITIONS`` and
records it in the job's history, so that the CLI and the GUI (even both at once) and a process
restarted after a crash all see one consistent state. No secret is ever stored here.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from imageimporter.core import paths
from imageimporter.core.errors import AppError
from imageimporter.core.job import Job, JobState, job_from_json, job_to_json
from imageimporter.core.text import Text
from imageimporter.services.file_lock import file_lock

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS transitions (
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    at REAL NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS transitions_job ON transitions(job_id, at);
"""


class JobNotFoundError(AppError):
    pass


@dataclass(frozen=True)
class Transition:
    at: float
    from_state: JobState | None
    to_state: JobState
    note: str


class JobLockedError(AppError):
    """Another process is running the job."""


class JobStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "jobs.sqlite3"
        # Created private before SQLite opens it: its -wal and -shm files take its mode.
        paths.private_file(self.path)
        with self._connect() as db:
            db.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.OperationalError as exc:
            raise paths.folder_error(self.path.parent, exc) from exc
        try:
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            yield db
        except sqlite3.OperationalError as exc:
            # A full disk, a read-only folder, a file another program holds: the app's own
            # folder is named, never a traceback (and never the disk image blamed).
            raise paths.folder_error(self.path.parent, exc) from exc
        finally:
            db.close()

    @contextmanager
    def lock(self, job_id: str) -> Iterator[None]:
        """Hold the job for this process while it runs it; JobLockedError (saying which
        process holds it, since when) if another one does. The OS drops the lock when its
        process ends, however it ends, so a crash never leaves a job locked."""

        def busy(holder: Text) -> JobLockedError:
            return JobLockedError(
                Text.of(
                    "The job {job_id} is being run by another process ({holder}).",
                    job_id=job_id,
                    holder=holder,
                ),
                Text.of(
                    "Wait for it to end, or stop it (Ctrl-C there, or `imageimporter jobs "
                    "cancel {job_id}`).",
                    job_id=job_id,
                ),
                code="JobLocked",
            )

        with file_lock(self.path.parent / "locks" / f"{job_id}.lock", busy):
            yield

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def add(self, job: Job, note: str = "created") -> Job:
        with self._transaction() as db:
            db.execute(
                "INSERT INTO jobs (id, state, created_at, updated_at, data) VALUES (?, ?, ?, ?, ?)",
                (job.id, job.state.value, job.created_at, job.updated_at, _dump(job)),
            )
            db.execute(
                "INSERT INTO transitions (job_id, at, from_state, to_state, note) "
                "VALUES (?, ?, NULL, ?, ?)",
                (job.id, job.created_at, job.state.value, note),
            )
        return job

    def get(self, job_id: str) -> Job:
        with self._connect() as db:
            return _load(db, job_id)

    def jobs(self, states: set[JobState] | None = None) -> list[Job]:
        with self._connect() as db:
            rows = db.execute("SELECT data FROM jobs ORDER BY created_at DESC").fetchall()
        jobs = [job_from_json(json.loads(row[0])) for row in rows]
        return [j for j in jobs if states is None or j.state in states]

    def unfinished(self) -> list[Job]:
        """Jobs that a restarted app should offer to carry on."""
        return [
            j
            for j in self.jobs()
            if j.state not in (JobState.SUCCEEDED, JobState.CANCELLED, JobState.DRAFT)
        ]

    def transition(self, job_id: str, state: JobState, note: str = "", **changes: Any) -> Job:
        """Move a job to ``state`` (with field changes) atomically; TransitionError if the
        stored state does not allow it (another process may have moved it first)."""
        with self._transaction() as db:
            current = _load(db, job_id)
            updated = current.moved_to(state, **changes)
            db.execute(
                "UPDATE jobs SET state = ?, updated_at = ?, data = ? WHERE id = ?",
                (updated.state.value, updated.updated_at, _dump(updated), job_id),
            )
            db.execute(
                "INSERT INTO transitions (job_id, at, from_state, to_state, note) "
                "VALUES (?, ?, ?, ?, ?)",
                (job_id, updated.updated_at, current.state.value, state.value, note),
            )
        return updated

    def update(self, job_id: str, **changes: Any) -> Job:
        """Change fields without changing the state (progress, ids learnt, disk facts)."""
        if "state" in changes:
            raise ValueError("a job's state changes only through transition()")
        with self._transaction() as db:
            updated = replace(_load(db, job_id), updated_at=time.time(), **changes)
            db.execute(
                "UPDATE jobs SET updated_at = ?, data = ? WHERE id = ?",
                (updated.updated_at, _dump(updated), job_id),
            )
        return updated

    def history(self, job_id: str) -> list[Transition]:
        with self._connect() as db:
            rows = db.execute(
                "SELECT at, from_state, to_state, note FROM transitions "
                "WHERE job_id = ? ORDER BY rowid",
                (job_id,),
            ).fetchall()
        return [
            Transition(at, JobState(src) if src else None, JobState(dst), note)
            for at, src, dst, note in rows
        ]

    def delete(self, job_id: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))


def _load(db: sqlite3.Connection, job_id: str) -> Job:
    row = db.execute("SELECT data FROM jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None:
        raise JobNotFoundError(
            Text.of('There is no job "{job_id}".', job_id=job_id),
            Text.of("List the jobs with `imageimporter jobs list`."),
            code="JobNotFound",
        )
    return job_from_json(json.loads(row[0]))


def _dump(job: Job) -> str:
    return json.dumps(job_to_json(job), sort_keys=True)
