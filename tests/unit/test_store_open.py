"""Where reviews go is chosen in one place: --store, TRAINER_STORE, the settings file, SQLite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer import paths
from trainer.core.settings import SettingsError
from trainer.core.store import Store
from trainer.core.store.open import open_review_store, server_url

SERVER = "postgresql://db.example/trainer?user=ann"


def write_settings(data_dir: Path, **values: object) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_path(data_dir).write_text(json.dumps(values), encoding="utf-8")


def test_without_any_setting_the_data_dirs_sqlite_file_is_used(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRAINER_STORE", raising=False)
    assert server_url(data_dir) is None
    with open_review_store(data_dir, backup=False) as store:
        assert isinstance(store, Store)
        assert store.path == paths.database_path(data_dir)


def test_the_option_comes_before_the_variable_before_the_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_settings(data_dir, store=SERVER + "-file")
    assert server_url(data_dir) == SERVER + "-file"
    monkeypatch.setenv("TRAINER_STORE", SERVER + "-variable")
    assert server_url(data_dir) == SERVER + "-variable"
    assert server_url(data_dir, SERVER + "-option") == SERVER + "-option"


def test_a_store_line_that_is_not_text_is_one_sentence(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRAINER_STORE", raising=False)
    write_settings(data_dir, store=5)
    with pytest.raises(SettingsError, match="store must be a server URL"):
        server_url(data_dir)


def test_a_url_with_a_password_is_refused_before_anything_is_sent(data_dir: Path) -> None:
    pytest.importorskip("psycopg")
    from trainer.core.store import StoreError

    with pytest.raises(StoreError, match="holds a password"):
        open_review_store(data_dir, "postgresql://ann:secret@db.example/trainer")
