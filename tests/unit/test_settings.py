"""The one settings file: defaults, keys kept for others, bad files refused with their line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from trainer import paths
from trainer.core.settings import (
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    update_settings,
)


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == Settings(new_limit=20, target=0.9)


def test_saving_keeps_keys_it_does_not_know(tmp_path: Path) -> None:
    path = paths.settings_path(tmp_path)
    path.write_text(json.dumps({"team_server": "https://example.org", "new_limit": 5}))
    assert load_settings(tmp_path).new_limit == 5
    update_settings(tmp_path, new_limit=30)
    stored = json.loads(path.read_text())
    assert stored == {"team_server": "https://example.org", "new_limit": 30, "target": 0.9}
    save_settings(tmp_path, Settings(new_limit=7, target=0.95))
    assert load_settings(tmp_path) == Settings(new_limit=7, target=0.95)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"new_limit": 5,\n "target": }', r"settings.json:2:12: the settings file is not valid"),
        ("[1, 2]", r"settings.json:1:1: the settings file must hold a JSON object"),
        ('{"new_limit": -1}', r"new_limit must be a whole number 0 or more, not -1"),
        ('{"target": 1.5}', r"target must be a chance from 0.5 to 0.99, not 1.5"),
    ],
)
def test_a_bad_file_is_refused_and_left_alone(tmp_path: Path, text: str, message: str) -> None:
    path = paths.settings_path(tmp_path)
    path.write_text(text)
    with pytest.raises(SettingsError, match=message):
        load_settings(tmp_path)
    with pytest.raises(SettingsError):
        update_settings(tmp_path, new_limit=3)
    assert path.read_text() == text
