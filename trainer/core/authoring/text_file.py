"""Reading the UTF-8 text files authoring takes in (articles, flashcard exports)."""

from __future__ import annotations

from pathlib import Path

from trainer.core.errors import TrainerError
from trainer.core.safe_files import MAX_SOURCE_BYTES, FileRefused, read_regular


def read_utf8_text(path: Path, what: str, encoding_advice: str) -> str:
    """The file's text, or TrainerError in one sentence (with the line, for bad UTF-8).

    ``what`` names the kind of file ("an article"), for a folder given in its place;
    ``encoding_advice`` says how to fix text that is not UTF-8 ("save the article as UTF-8").
    """
    try:
        data = read_regular(path, MAX_SOURCE_BYTES)
    except FileRefused as refused:
        raise TrainerError(f"{path}: {refused.reason}") from None
    except FileNotFoundError:
        raise TrainerError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TrainerError(f"{path}: is a folder, not {what}") from None
    except OSError as error:
        raise TrainerError(f"{path}: cannot be read: {error.strerror or error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise TrainerError(f"{path}:{line}: is not UTF-8 text; {encoding_advice}") from None
