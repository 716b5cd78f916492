"""``imageimporter jobs``: list, show, resume and cancel import jobs."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from imageimporter.commands.common import CommandError, call, describe_job, job_json, print_json
from imageimporter.core.printable import printable

if TYPE_CHECKING:
    from imageimporter.core.job import Job
    from imageimporter.services.connect import Connection
    from imageimporter.services.job_store import JobStore
    from imageimporter.services.pipeline import ImportPipeline


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "jobs",
        help="list, show, resume or cancel import jobs",
        description="Every import is a job kept in the app's data folder. A job interrupted "
        "by a crash, Ctrl-C or a restart carries on from its state with `resume`.",
    )
    parser.add_argument("--json", action="store_true", help="JSON output")
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="jobs_command", metavar="ACTION")
    listing = actions.add_parser("list", help="every job with its state (the default)")
    listing.add_argument("--json", action="store_true", help="JSON output")
    listing.set_defaults(func=run_list)
    show = actions.add_parser("show", help="one job in full, with its history")
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="JSON output")
    show.set_defaults(func=run_show)
    resume = actions.add_parser("resume", help="carry a job on from its state to the end")
    resume.add_argument("id")
    resume.add_argument("--setup-role", action="store_true", help="set up the RAM role if needed")
    resume.add_argument("--no-wait", action="store_true", help="return once the job is submitted")
    resume.add_argument("--json", action="store_true", help="JSON output")
    resume.set_defaults(func=run_resume)
    cancel = actions.add_parser("cancel", help="cancel a job (and its import task)")
    cancel.add_argument("id")
    cancel.add_argument(
        "--cleanup",
        action="store_true",
        help="also delete what the job left in the cloud: uploaded objects, unfinished "
        "multipart uploads, a failed image",
    )
    cancel.add_argument("--json", action="store_true", help="JSON output")
    cancel.set_defaults(func=run_cancel)


def _store() -> JobStore:
    from imageimporter.services.job_store import JobStore

    return call(JobStore)  # a data folder that cannot be written is named, no traceback


def run_list(args: argparse.Namespace) -> int:
    jobs = call(lambda: _store().jobs())
    if args.json:
        print_json([job_json(j) for j in jobs])
        return 0
    if not jobs:
        print("no jobs yet")
        return 0
    for job in jobs:
        print(f"{job.id}  {job.state.value:<10}  {job.spec.image_name:<30}  {job.region_id}  "
              f"{job.image_id or '-'}")  # fmt: skip
    return 0


def run_show(args: argparse.Namespace) -> int:
    store = _store()
    job = call(lambda: store.get(args.id))
    history = store.history(job.id)
    if args.json:
        data = job_json(job)
        data["history"] = [
            {"at": t.at, "from": t.from_state, "to": t.to_state, "note": t.note} for t in history
        ]
        print_json(data)
        return 0
    print(describe_job(job))
    for step in history:
        import time

        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(step.at))
        print(f"  {when}  {step.to_state.value:<10} {printable(step.note)}")
    return 0


def _pipeline_for(connection: Connection) -> ImportPipeline:
    from imageimporter.commands.importimage import CliProgress
    from imageimporter.services.job_store import JobStore
    from imageimporter.services.pipeline import ImportPipeline

    return ImportPipeline(call(JobStore), connection.session, listener=CliProgress())


def _reconnect(job: Job) -> Connection:
    from imageimporter.services.connect import reconnect

    return call(lambda: reconnect(job.profile, job.endpoint, job.region_id))


def run_resume(args: argparse.Namespace) -> int:
    from imageimporter.commands.importimage import drive
    from imageimporter.services.pipeline import Until

    job = call(lambda: _store().get(args.id))
    if job.is_terminal:
        raise CommandError(f"job {job.id} has ended ({job.state.value}); nothing to resume.")
    connection = _reconnect(job)
    try:
        until = Until.SUBMITTED if args.no_wait else Until.ENDED
        return drive(
            _pipeline_for(connection),
            job.id,
            until=until,
            setup_role=args.setup_role,
            as_json=args.json,
        )
    finally:
        connection.close()


def run_cancel(args: argparse.Namespace) -> int:
    job = call(lambda: _store().get(args.id))
    if job.is_terminal and not args.cleanup:
        raise CommandError(f"job {job.id} has ended ({job.state.value}); nothing to cancel.")
    connection = _reconnect(job)
    try:
        pipeline = _pipeline_for(connection)
        if job.is_terminal:
            removed = call(lambda: pipeline.clean_up(job))
        else:
            job, removed = call(lambda: pipeline.cancel(job.id, cleanup=args.cleanup))
    finally:
        connection.close()
    if args.json:
        data = job_json(job)
        data["removed"] = removed
        print_json(data)
    else:
        print(describe_job(job))
        for item in removed:
            print(f"  removed    {printable(item)}")
    return 0
