"""The user's settings: one JSON file in the data dir (``paths.settings_path`` says where).

Missing means the defaults. Keys this trainer does not know are kept as they are when it
saves, so a newer trainer's settings survive an older one, and other parts of the trainer
can add their own keys here. A file that cannot be read is refused with its line, never
replaced.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Final, NamedTuple

from trainer import paths
from trainer.core.errors import TrainerError

DEFAULT_NEW_LIMIT: Final = 20
DEFAULT_TARGET: Final = 0.9


class SettingsError(TrainerError):
    """The settings file cannot be read or written; the message says which and why."""


def target_from_text(text: str) -> float:
    """The readiness target typed as a chance (``0.9``) or in per cent (``90``, ``90%``),
    as a chance; SettingsError, in per cent as the trainer shows it, when out of range."""
    written = text.strip()
    try:
        value = float(written.removesuffix("%").strip())
    except ValueError:
        value = float("nan")
    if written.endswith("%") or value > 1:
        value /= 100
    if not 0.5 <= value < 1:
        raise SettingsError(f"target must be from 50% to 99%, not {written!r}")
    return round(value, 4)


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user can change without a flag."""

    # Cards seen for the first time per deck per day (each deck has its own count).
    new_limit: int = DEFAULT_NEW_LIMIT
    # The chance of recall at the briefing that counts a card as ready.
    target: float = DEFAULT_TARGET

    def checked(self, where: str) -> Settings:
        """These settings, or SettingsError naming ``where`` the bad value came from."""
        if (
            isinstance(self.new_limit, bool)
            or not isinstance(self.new_limit, int)
            or self.new_limit < 0
        ):
            raise SettingsError(
                f"{where}: new_limit must be a whole number 0 or more, not {self.new_limit!r}"
            )
        if (
            isinstance(self.target, bool)
            or not isinstance(self.target, int | float)
            or not 0.5 <= self.target < 1
        ):
            raise SettingsError(
                f"{where}: target must be a chance from 0.5 to 0.99, not {self.target!r}"
            )
        return self


def load_settings(data_dir: Path) -> Settings:
    """The settings kept in ``data_dir``; the defaults where the file says nothing."""
    path = paths.settings_path(data_dir)
    known = {field.name for field in fields(Settings)}
    stored = {key: value for key, value in _read(path).items() if key in known}
    return Settings(**stored).checked(str(path))


def save_settings(data_dir: Path, settings: Settings) -> Path:
    """Write ``settings`` (keeping any other keys in the file) in one atomic step."""
    path = paths.settings_path(data_dir)
    settings.checked("the new settings")
    document = _read(path)
    document.update({field.name: getattr(settings, field.name) for field in fields(Settings)})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".settings-", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(document, file, indent=2, sort_keys=True)
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except OSError as error:
        raise SettingsError(
            f"cannot write the settings file {path}: {error.strerror or error}"
        ) from None
    return path


def update_settings(data_dir: Path, **changes: Any) -> Settings:
    """Change some settings and save them; the settings as saved."""
    settings = replace(load_settings(data_dir), **changes)
    save_settings(data_dir, settings)
    return settings


STORE_VARIABLE: Final = "TRAINER_STORE"
STORE_KEY: Final = "store"


class StoreLocation(NamedTuple):
    """Where reviews are kept when not in the data dir's SQLite file: a team server's URL
    (docs/team.md), and what named it (the variable, or the settings file and its key).

    A named tuple, not a dataclass: defined on the way to every first question (which
    seldom asks for it), it takes a fifth of a dataclass's time to define."""

    url: str
    named_by: str


def store_location(
    data_dir: Path, environ: Mapping[str, str] | None = None
) -> StoreLocation | None:
    """The team server reviews go to: TRAINER_STORE, else the settings file's ``store``
    line; None for the SQLite file in the data dir (the default). ``--store`` on a command
    line, where a command takes it, comes before both."""
    environ = os.environ if environ is None else environ
    if environ.get(STORE_VARIABLE):
        return StoreLocation(environ[STORE_VARIABLE], STORE_VARIABLE)
    path = paths.settings_path(data_dir)
    value = _read(path).get(STORE_KEY)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SettingsError(f"{path}: store must be a server URL as text, not {value!r}")
    return StoreLocation(value, f"{path} ({STORE_KEY})")


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"cannot read the settings file {path}: {error}") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise SettingsError(
            f"{path}:{error.lineno}:{error.colno}: the settings file is not "
            f"valid JSON ({error.msg}); fix it or delete it for the "
            "defaults"
        ) from None
    if not isinstance(document, dict):
        raise SettingsError(f"{path}:1:1: the settings file must hold a JSON object")
    return document
