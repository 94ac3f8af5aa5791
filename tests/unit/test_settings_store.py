"""Where reviews go: TRAINER_STORE, else the settings file's `store` line, else SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer import paths
from trainer.core.settings import (
    SettingsError,
    StoreLocation,
    store_location,
    update_settings,
)


def write_settings(data_dir: Path, document: dict[str, object]) -> Path:
    path = paths.settings_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_nothing_named_means_the_sqlite_file(tmp_path: Path) -> None:
    assert store_location(tmp_path, {}) is None
    write_settings(tmp_path, {"store": ""})
    assert store_location(tmp_path, {}) is None


def test_the_settings_line_names_the_server_and_survives_other_changes(tmp_path: Path) -> None:
    path = write_settings(tmp_path, {"store": "postgresql://db.example/team"})
    update_settings(tmp_path, new_limit=5)
    assert store_location(tmp_path, {}) == StoreLocation(
        "postgresql://db.example/team", f"{path} (store)"
    )


def test_the_variable_comes_before_the_settings_line(tmp_path: Path) -> None:
    write_settings(tmp_path, {"store": "postgresql://db.example/team"})
    found = store_location(tmp_path, {"TRAINER_STORE": "service=team"})
    assert found == StoreLocation("service=team", "TRAINER_STORE")


def test_a_store_that_is_not_text_is_refused_naming_the_file(tmp_path: Path) -> None:
    path = write_settings(tmp_path, {"store": 5})
    with pytest.raises(SettingsError, match=f"{path}: store must be a server URL"):
        store_location(tmp_path, {})
