"""The one place that decides where the trainer's files live.

Order of precedence for the data dir: ``--data-dir DIR``, then ``TRAINER_DATA_DIR``, then the
platform's user data dir. Deck folders: ``--decks DIR`` (repeatable), then ``TRAINER_DECKS``
(folders separated by the OS path separator), then the bundled decks plus the user's own
``decks/`` folder inside the data dir.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

import platformdirs

APP_NAME = "briefing-trainer"
DATA_DIR_VARIABLE = "TRAINER_DATA_DIR"
DECKS_VARIABLE = "TRAINER_DECKS"
DATABASE_NAME = "trainer.sqlite3"
SETTINGS_NAME = "settings.json"

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(
    override: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """The folder holding the review database, its backups, caches and the user's decks.

    Always absolute: a relative folder would mean another place once a command changes
    directory, and SQLite's backup names the database by a file URI, which must be absolute.
    """
    environ = os.environ if environ is None else environ
    if override:
        chosen = Path(override).expanduser()
    elif environ.get(DATA_DIR_VARIABLE):
        chosen = Path(environ[DATA_DIR_VARIABLE]).expanduser()
    else:
        chosen = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    chosen = chosen.absolute()
    _refuse_unusable_data_dir(chosen)
    return chosen


# What POSIX file systems allow: 255 bytes a name, 4096 a path. Checked here so a path too
# long is one sentence, not an OSError from whichever call meets it first.
_NAME_MAX = 255
_PATH_MAX = 4095


def _refuse_unusable_data_dir(folder: Path) -> None:
    """TrainerError for a data folder no one should use: the top of the file system (the
    trainer would write its database and folders there), or a path too long to create."""
    from trainer.core.errors import TrainerError
    from trainer.core.wording import quoted_part

    if folder.parent == folder:
        raise TrainerError(
            f"will not use {folder} (the top of the file system) as the data folder: the "
            "trainer would write its database and folders there; choose a folder of its own "
            "with --data-dir or TRAINER_DATA_DIR"
        )
    encoded = os.fsencode(folder)
    longest = max(len(os.fsencode(part)) for part in folder.parts)
    if longest > _NAME_MAX or len(encoded) > _PATH_MAX:
        raise TrainerError(
            f"cannot use {quoted_part(str(folder))} as the data folder: a folder name may "
            f"have at most {_NAME_MAX} characters and a path {_PATH_MAX}; choose a shorter "
            "one with --data-dir or TRAINER_DATA_DIR"
        )


def database_path(data: Path) -> Path:
    """The SQLite file that keeps every review."""
    return data / DATABASE_NAME


def settings_path(data: Path) -> Path:
    """The one settings file (new-card limit, readiness target, and any setting to come)."""
    return data / SETTINGS_NAME


def backups_dir(data: Path) -> Path:
    """Where the daily database backups go."""
    return data / "backups"


def cache_dir(data: Path) -> Path:
    """Parsed-deck cache; safe to delete at any time."""
    return data / "cache"


def user_decks_dir(data: Path) -> Path:
    """The user's own decks; ``trainer new`` writes here unless told otherwise."""
    return data / "decks"


def bundled_decks_dir() -> Path:
    """The decks shipped with the trainer (inside the wheel, or the checkout's ``decks/``)."""
    installed = _PACKAGE_DIR / "_bundled" / "decks"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "decks"


def bundled_seeds_dir() -> Path:
    """The source articles the bundled decks cite."""
    installed = _PACKAGE_DIR / "_bundled" / "seeds"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "seeds"


def deck_schema_path() -> Path:
    """The JSON Schema editors use to check deck files as they are written."""
    return _PACKAGE_DIR / "schema" / "deck.schema.json"


def deck_dirs(
    data: Path,
    override: Sequence[str | os.PathLike[str]] | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[Path]:
    """The folders the trainer reads decks from, in order."""
    environ = os.environ if environ is None else environ
    if override:
        return [Path(folder).expanduser() for folder in override]
    if environ.get(DECKS_VARIABLE):
        return [
            Path(part).expanduser() for part in environ[DECKS_VARIABLE].split(os.pathsep) if part
        ]
    return [bundled_decks_dir(), user_decks_dir(data)]


def new_decks_dir(
    data: Path,
    override: Sequence[str | os.PathLike[str]] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path:
    """Where a new deck is written: the last deck folder the user named, else their own.

    Written anywhere else, a deck made while --decks or TRAINER_DECKS is in force would not
    be found by the next command run the same way.
    """
    environ = os.environ if environ is None else environ
    if override or environ.get(DECKS_VARIABLE):
        return deck_dirs(data, override, environ)[-1]
    return user_decks_dir(data)
