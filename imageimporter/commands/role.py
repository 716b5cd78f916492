"""``imageimporter role``: check or set up the RAM role ECS needs to read your disks."""

from __future__ import annotations

import argparse
from typing import Any

from imageimporter.commands.common import (
    CommandError,
    add_account_options,
    connection_from,
    print_json,
)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "role",
        help="check or set up the RAM role AliyunECSImageImportDefaultRole",
        description="ECS reads the uploaded disks from OSS as the RAM role "
        "AliyunECSImageImportDefaultRole. `check` says what is missing; `setup` creates or "
        "fixes it (needs RAM permissions; without them you get what to hand an administrator).",
    )
    actions = parser.add_subparsers(dest="role_command", metavar="ACTION", required=True)
    for name, helptext in (("check", "say whether the role is ready"), ("setup", "set it up")):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("--json", action="store_true", help="JSON output")
        add_account_options(action)
        action.set_defaults(func=run_role, role_action=name)


def run_role(args: argparse.Namespace) -> int:
    from imageimporter.core.errors import AppError
    from imageimporter.services.role import RolePermissionError, RoleService

    with connection_from(args) as connection:
        service = RoleService(connection.session)
        try:
            status = service.set_up() if args.role_action == "setup" else service.check()
        except RolePermissionError as exc:
            if args.json:
                print_json({"ready": False, "error": exc.code, "handover": exc.handover})
            else:
                print(exc.handover)
            raise CommandError(str(exc)) from exc
        except AppError as exc:
            raise CommandError(str(exc)) from exc
    if args.json:
        print_json(
            {
                "ready": status.ready,
                "exists": status.exists,
                "trusts_ecs": status.trusts_ecs,
                "policy_attached": status.policy_attached,
                "attached_policies": list(status.attached_policies),
                "problems": list(status.problems),
            }
        )
    else:
        print("the role is ready" if status.ready else "the role is not ready:")
        for problem in status.problems:
            print(f"  - {problem}")
        if not status.ready and args.role_action == "check":
            print("set it up with: imageimporter role setup")
    return 0 if status.ready else 1
