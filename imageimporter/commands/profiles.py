"""``imageimporter profiles``: saved accounts, with secrets only in the OS keyring."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from imageimporter.commands.common import CommandError, call, print_json


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "profiles",
        help="list, add, import or remove saved accounts",
        description="A profile keeps the AccessKey ID, region and endpoints in the app's "
        "config; the AccessKey Secret and STS token go only to the OS keyring.",
    )
    parser.add_argument("--json", action="store_true", help="JSON output")
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(dest="profiles_command", metavar="ACTION")
    listing = actions.add_parser("list", help="the saved profiles (the default)")
    listing.add_argument("--json", action="store_true", help="JSON output")
    listing.set_defaults(func=run_list)
    add = actions.add_parser(
        "add",
        help="add or replace a profile; the secret is read from a prompt or from "
        "ALIBABA_CLOUD_ACCESS_KEY_SECRET, never from the command line",
    )
    add.add_argument("name")
    add.add_argument("--access-key-id", required=True)
    add.add_argument("--region", default="cn-hangzhou")
    add.add_argument("--sts-token", action="store_true", help="also ask for an STS security token")
    add.add_argument(
        "--endpoint",
        action="append",
        default=[],
        metavar="PRODUCT=URL",
        help="an endpoint override per product (oss, ecs, ram, sts), repeatable",
    )
    add.add_argument("--default", action="store_true", help="make it the default profile")
    add.set_defaults(func=run_add)
    imported = actions.add_parser(
        "import-aliyun-cli", help="copy the aliyun CLI's profiles (AK, StsToken, RamRoleArn)"
    )
    imported.add_argument("--config", type=Path, help="default: ~/.aliyun/config.json")
    imported.add_argument("--overwrite", action="store_true")
    imported.add_argument("--json", action="store_true", help="JSON output")
    imported.set_defaults(func=run_import_aliyun)
    remove = actions.add_parser("remove", help="remove a profile and its secrets")
    remove.add_argument("name")
    remove.set_defaults(func=run_remove)


def _store() -> Any:
    from imageimporter.services.credentials import CredentialStore

    return CredentialStore()


def run_list(args: argparse.Namespace) -> int:
    store = _store()
    profiles = call(store.profiles)
    default = store.default_profile_name
    if getattr(args, "json", False):
        print_json(
            {
                "default": default,
                "keyring": store.keyring_description(),
                "profiles": [
                    {
                        "name": p.name,
                        "access_key_id": p.access_key_id,
                        "region": p.region,
                        "mode": p.mode,
                        "ram_role_arn": p.ram_role_arn,
                        "endpoints": p.endpoints,
                        "source": p.source,
                    }
                    for p in profiles
                ],
            }
        )
        return 0
    if not profiles:
        print("no profiles yet: `imageimporter profiles add NAME --access-key-id ID`")
    for profile in profiles:
        mark = "*" if profile.name == default else " "
        print(f"{mark} {profile.name:<20} {profile.access_key_id:<26} {profile.region:<16} "
              f"{profile.mode}")  # fmt: skip
    print(f"secrets are kept in: {store.keyring_description()}", file=sys.stderr)
    return 0


def _read_secret(prompt: str, env_name: str) -> str:
    value = os.environ.get(env_name, "")
    if value:
        return value
    if not sys.stdin.isatty():
        line = sys.stdin.readline().strip()
        if line:
            return line
        raise CommandError(f"no {prompt.lower()} given (set {env_name} or type it at the prompt)")
    return getpass.getpass(f"{prompt}: ")


def run_add(args: argparse.Namespace) -> int:
    from imageimporter.services.credentials import (
        ENV_ACCESS_KEY_SECRET,
        ENV_SECURITY_TOKEN,
        Profile,
    )

    endpoints: dict[str, str] = {}
    for item in args.endpoint:
        product, sep, url = item.partition("=")
        if not sep or product not in ("oss", "ecs", "ram", "sts"):
            raise CommandError(f"--endpoint takes PRODUCT=URL with oss, ecs, ram or sts: {item!r}")
        endpoints[product] = url
    secret = _read_secret("AccessKey Secret", ENV_ACCESS_KEY_SECRET)
    token = _read_secret("STS security token", ENV_SECURITY_TOKEN) if args.sts_token else None
    profile = Profile(
        name=args.name,
        access_key_id=args.access_key_id,
        region=args.region,
        mode="StsToken" if token else "AK",
        endpoints=endpoints,
    )
    store = _store()
    call(lambda: store.save(profile, secret, token))
    if args.default:
        store.set_default(args.name)
    print(f"saved profile {args.name}; its secret is in: {store.keyring_description()}")
    return 0


def run_import_aliyun(args: argparse.Namespace) -> int:
    store = _store()
    results = call(lambda: store.import_aliyun_cli(args.config, overwrite=args.overwrite))
    if args.json:
        print_json([{"name": r.name, "imported": r.imported, "reason": r.reason} for r in results])
        return 0
    for result in results:
        if result.imported:
            print(f"imported {result.name}")
        else:
            print(f"skipped  {result.name}: {result.reason}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    store = _store()
    call(lambda: store.remove(args.name))
    print(f"removed profile {args.name} and its secrets")
    return 0
