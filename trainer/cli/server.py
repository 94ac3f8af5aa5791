"""`trainer server`: an admin sets up a team's PostgreSQL server (docs/team.md).

    trainer server init URL
    trainer server add-analyst URL NAME [--team T] [--lead] [--password-stdin | --password-prompt]

URL names the server without a password (postgresql://HOST:PORT/DATABASE?user=ADMIN, or
service=NAME); the admin's password comes from ~/.pgpass (PGPASSFILE) or the service file.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.core.server.admin import AnalystAdded


def add_parser(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="server_action", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init",
        help="create the trainer's schema on the server, or bring it up to date",
        description="Create the trainer's schema (tables, row-level security, the "
        "trainer_analyst group role) or migrate it; running it again changes nothing.",
    )
    init.add_argument("url", metavar="URL", help="the server, e.g. postgresql://HOST/DB")
    add = actions.add_parser(
        "add-analyst",
        help="let a database role train here: its login, grants and team",
        description="Create the analyst's LOGIN role if missing, grant it the trainer's "
        "tables, and put it in a team (a lead reads the team's progress). Running it "
        "again sets the team and lead flag to what it says.",
    )
    add.add_argument("url", metavar="URL", help="the server, e.g. postgresql://HOST/DB")
    add.add_argument("name", metavar="NAME", help="the analyst's role name")
    add.add_argument("--team", metavar="T", help="the team the analyst belongs to")
    add.add_argument("--lead", action="store_true", help="the analyst leads the team")
    secret = add.add_mutually_exclusive_group()
    secret.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the analyst's password from the first line of standard input",
    )
    secret.add_argument(
        "--password-prompt",
        action="store_true",
        help="ask for the analyst's password (typed twice, not shown)",
    )


def run(args: argparse.Namespace) -> int:
    from trainer.core.server.admin import add_analyst, init_server
    from trainer.core.server.connection import connect

    if args.server_action == "init":
        with connect(args.url) as conn:
            migrated = init_server(conn)
        if migrated.before == migrated.after:
            print(f"The server's trainer schema is up to date (version {migrated.after}).")
        elif migrated.before == 0:
            print(f"Created the trainer schema (version {migrated.after}).")
        else:
            print(
                f"Migrated the trainer schema from version {migrated.before} to {migrated.after}."
            )
        return 0
    password = read_password(args)
    with connect(args.url) as conn:
        added = add_analyst(conn, args.name, team=args.team, lead=args.lead, password=password)
    from trainer.core.terminal_text import safe_text

    print(safe_text(analyst_sentence(added)))
    return 0


def analyst_sentence(added: AnalystAdded) -> str:
    """What add-analyst did, as one sentence."""
    role = (
        f"Created the role {added.name!r}" if added.created else f"The role {added.name!r} exists"
    )
    team = f" in team {added.team!r}" if added.team else ""
    if added.team and added.lead:
        team += " as its lead"
    if added.password_set:
        secret = "; its password is set"
    elif added.created:
        secret = "; it has no password (it logs in as the server's pg_hba.conf allows)"
    else:
        secret = "; its password is unchanged"
    return f"{role}: it may train here{team}{secret}."


def read_password(args: argparse.Namespace) -> str | None:
    """The analyst's password from standard input or a prompt; None when neither is asked."""
    from trainer.core.errors import TrainerError

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif args.password_prompt:
        import getpass

        password = getpass.getpass("Analyst's password: ")
        if getpass.getpass("Again: ") != password:
            raise TrainerError("the two passwords differ; nothing was changed")
    else:
        return None
    if not password:
        raise TrainerError("the password is empty; nothing was changed")
    return password
