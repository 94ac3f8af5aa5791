"""Notice cheaply when deck files change, so the deck list can reload while an author edits."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from trainer.core.library import deck_files

Fingerprint = tuple[tuple[str, int, int], ...]


def deck_fingerprint(folders: Iterable[Path]) -> Fingerprint:
    """Path, modification time and size of every deck file under ``folders``."""
    entries: list[tuple[str, int, int]] = []
    for path in deck_files(folders):
        try:
            stat = path.stat()
        except OSError:
            # Deleted between listing and stat: it simply drops out of the fingerprint.
            continue
        entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)
