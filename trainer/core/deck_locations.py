"""Where things are written in a deck file: a YAML node's line and column, and
``DeckLocations`` for checks made after a deck is loaded (``validate``, ``library``)."""

from __future__ import annotations

from pathlib import Path

import yaml

from trainer.core.safe_files import MAX_DECK_BYTES, read_regular

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def node_position(node: yaml.Node, text: str) -> tuple[int, int]:
    """The line and column where ``node`` starts in ``text``, the file it was composed from."""
    mark = node.start_mark
    if mark.index >= len(text):
        # An empty value at the very end sits past the last line; point at that line.
        return end_of_last_filled_line(text)
    return mark.line + 1, mark.column + 1


class DeckLocations:
    """Where values are written in one deck file, for checks made after loading it.

    Such checks know what is wrong but not where it was written. The file is read once, when
    first asked, so a deck with many problems is not read again for each.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._root: yaml.Node | None = None
        self._read = False

    def value(self, *keys: str | int, reads: str | None = None) -> tuple[int, int] | None:
        """Line and column of the value reached by ``keys``: a mapping key or a list index
        at each step from the top. None when the file no longer reads or has no such value,
        or when ``reads`` is given and the value does not read so: the file may have been
        edited since it was loaded, or the deck checked before it was saved."""
        node = self._node(keys)
        if node is None or (reads is not None and self.text(*keys) != reads):
            return None
        return node.start_mark.line + 1, node.start_mark.column + 1

    def text(self, *keys: str | int) -> str | None:
        """The text of the single value reached by ``keys``, as the loader reads it."""
        node = self._node(keys)
        return node.value.strip() if isinstance(node, yaml.ScalarNode) else None

    def _node(self, keys: tuple[str | int, ...]) -> yaml.Node | None:
        node = self._tree()
        for key in keys:
            node = _child(node, key) if node is not None else None
        return node

    def _tree(self) -> yaml.Node | None:
        if not self._read:
            self._read = True
            try:
                text = read_regular(self.path, MAX_DECK_BYTES).decode("utf-8-sig")
                self._root = yaml.compose(text, Loader=_Loader)
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                self._root = None
        return self._root


def _child(node: yaml.Node, key: str | int) -> yaml.Node | None:
    if isinstance(key, int):
        if isinstance(node, yaml.SequenceNode) and 0 <= key < len(node.value):
            item: yaml.Node = node.value[key]
            return item
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            found: yaml.Node = value_node
            return found
    return None


def end_of_last_filled_line(text: str) -> tuple[int, int]:
    """The line and column just after the last character of the last non-blank line."""
    lines = text.splitlines()
    last = max((number for number, line in enumerate(lines, 1) if line.strip()), default=0)
    return (last, len(lines[last - 1].rstrip()) + 1) if last else (1, 1)
