"""The SQLite job store: persistence, explicit transitions, history, two processes at once."""

from __future__ import annotations

import multiprocessing

import pytest

from imageimporter.core.job import JobError, JobState, TransitionError
from imageimporter.services.job_store import JobNotFoundError, JobStore
from tests.core.test_job import make_job


def test_add_get_list(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    first, second = store.add(make_job(now=1.0)), store.add(make_job(now=2.0))
    assert store.get(first.id) == first
    assert [j.id for j in store.jobs()] == [second.id, first.id]  # newest first
    with pytest.raises(JobNotFoundError, match="no job"):
        store.get("nope")


def test_transitions_persist_and_are_checked(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    store = JobStore(path)
    job = store.add(make_job())
    store.transition(job.id, JobState.UPLOADING, "upload started")
    store.transition(job.id, JobState.UPLOADED)
    store.transition(job.id, JobState.SUBMITTING)
    with pytest.raises(TransitionError):
        store.transition(job.id, JobState.CANCELLED)  # a task may exist: find it first
    store.transition(job.id, JobState.IMPORTING, task_id="t-1", image_id="m-1")
    reopened = JobStore(path)  # as after a restart
    again = reopened.get(job.id)
    assert again.state is JobState.IMPORTING
    assert (again.task_id, again.image_id) == ("t-1", "m-1")
    assert again.client_token == job.client_token
    assert [(t.from_state, t.to_state) for t in reopened.history(job.id)] == [
        (None, JobState.DRAFT),
        (JobState.DRAFT, JobState.UPLOADING),
        (JobState.UPLOADING, JobState.UPLOADED),
        (JobState.UPLOADED, JobState.SUBMITTING),
        (JobState.SUBMITTING, JobState.IMPORTING),
    ]
    assert reopened.history(job.id)[1].note == "upload started"


def test_update_changes_fields_not_state(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    job = store.add(make_job())
    updated = store.update(job.id, progress={"done": 5}, last_error=JobError("oops"))
    assert updated.state is JobState.DRAFT and updated.progress == {"done": 5}
    with pytest.raises(ValueError, match="transition"):
        store.update(job.id, state=JobState.FAILED)


def test_unfinished_jobs(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite3")
    draft = store.add(make_job())
    running = store.add(make_job())
    store.transition(running.id, JobState.UPLOADING)
    done = store.add(make_job())
    store.transition(done.id, JobState.CANCELLED)
    assert [j.id for j in store.unfinished()] == [running.id]
    assert draft.id not in [j.id for j in store.unfinished()]


def _race(path: str, job_id: str, queue) -> None:
    store = JobStore(__import__("pathlib").Path(path))
    try:
        store.transition(job_id, JobState.CANCELLED)
        queue.put("won")
    except TransitionError:
        queue.put("lost")


def test_two_processes_cannot_both_win_a_transition(tmp_path):
    path = tmp_path / "jobs.sqlite3"
    store = JobStore(path)
    job = store.add(make_job())
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [context.Process(target=_race, args=(str(path), job.id, queue)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    results = sorted(queue.get(timeout=5) for _ in workers)
    queue.close()
    queue.join_thread()
    assert results == ["lost", "won"]
    assert store.get(job.id).state is JobState.CANCELLED
