"""A deck file's YAML composed one card at a time, so a large deck never lives as one tree.

PyYAML's ``compose`` holds the node tree of the whole file (a 100,000-card deck took about
870 MB as nodes and marks). This composer reads the C parser's events and builds the same
nodes, but hands each item of the top-level ``cards`` list to a callback as soon as it is
composed and keeps nothing of it: the walk builds the card's fields and the nodes go. Every
other part of the file is composed as ``yaml.compose`` would, marks included, so problems
keep their lines and columns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The key whose list is handed over item by item, at the top level of the document.
STREAMED_KEY = "cards"


class StreamedSequence(SequenceNode):
    """The top-level ``cards`` list: its items went to the callback; ``count`` says how many."""

    def __init__(self, tag: str, start_mark: Any, flow_style: bool | None) -> None:
        super().__init__(tag, [], start_mark, None, flow_style)
        self.count = 0


class StreamComposer:
    """Composes one YAML document from ``text``, streaming the top-level ``cards`` items.

    ``ready(root)`` is asked when the ``cards`` list starts, with the top-level mapping as
    composed so far: when it says no (say the deck's sources come after its cards, and the
    cards cannot be checked yet), the list is composed whole, as ``yaml.compose`` would.
    """

    def __init__(self, text: str) -> None:
        self._loader: Any = _Loader(text)
        self._anchors: dict[str, yaml.Node] = {}

    def compose(
        self, on_item: Callable[[yaml.Node], None], ready: Callable[[MappingNode], bool]
    ) -> yaml.Node | None:
        loader = self._loader
        try:
            loader.get_event()  # StreamStartEvent
            root = None
            if not loader.check_event(StreamEndEvent):
                document = loader.get_event()  # DocumentStartEvent
                root = self._root(on_item, ready)
                loader.get_event()  # DocumentEndEvent
                self._anchors = {}
                if not loader.check_event(StreamEndEvent):
                    event = loader.get_event()
                    raise ComposerError(
                        "expected a single document in the stream",
                        document.start_mark,
                        "but found another document",
                        event.start_mark,
                    )
            loader.get_event()  # StreamEndEvent
            return root
        finally:
            loader.dispose()

    def _root(
        self, on_item: Callable[[yaml.Node], None], ready: Callable[[MappingNode], bool]
    ) -> yaml.Node:
        loader = self._loader
        # Any: the C parser's events carry its own Mark type, which PyYAML's nodes accept.
        event: Any = loader.peek_event()
        if event.__class__ is not MappingStartEvent:
            return self._node()
        loader.get_event()
        tag = event.tag
        if tag is None or tag == "!":
            tag = loader.resolve(MappingNode, None, event.implicit)
        start: Any = event.start_mark
        node = MappingNode(tag, [], start, None, flow_style=event.flow_style)
        if event.anchor is not None:
            self._remember(event.anchor, node, event)
        streamed = False
        while not loader.check_event(MappingEndEvent):
            key = self._node()
            following = loader.peek_event()
            if (
                not streamed
                and isinstance(key, ScalarNode)
                and key.value == STREAMED_KEY
                and isinstance(following, SequenceStartEvent)
                and following.anchor is None
                and following.tag is None
                and ready(node)
            ):
                streamed = True
                value: yaml.Node = self._streamed(following, on_item)
            else:
                value = self._node()
            node.value.append((key, value))
        node.end_mark = loader.get_event().end_mark
        return node

    def _streamed(
        self, start: SequenceStartEvent, on_item: Callable[[yaml.Node], None]
    ) -> StreamedSequence:
        loader = self._loader
        loader.get_event()
        tag = start.tag
        if tag is None or tag == "!":
            tag = loader.resolve(SequenceNode, None, start.implicit)
        node = StreamedSequence(tag, start.start_mark, start.flow_style)
        count = 0
        while not loader.check_event(SequenceEndEvent):
            on_item(self._node())
            count += 1
        node.count = count
        node.end_mark = loader.get_event().end_mark
        return node

    def _remember(self, anchor: str, node: yaml.Node, event: Any) -> None:
        if anchor in self._anchors:
            raise ComposerError(
                "found duplicate anchor; first occurrence",  # PyYAML's C composer's words
                self._anchors[anchor].start_mark,
                "second occurrence",
                event.start_mark,
            )
        self._anchors[anchor] = node

    def _node(self) -> yaml.Node:
        loader = self._loader
        event: Any = loader.get_event()
        kind = event.__class__  # compared, not isinstance: events stay Any (see _root)
        if kind is ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                tag = loader.resolve(ScalarNode, event.value, event.implicit)
            scalar = ScalarNode(
                tag, event.value, event.start_mark, event.end_mark, style=event.style
            )
            if event.anchor is not None:
                self._remember(event.anchor, scalar, event)
            return scalar
        if kind is AliasEvent:
            if event.anchor not in self._anchors:
                raise ComposerError(None, None, "found undefined alias", event.start_mark)
            return self._anchors[event.anchor]
        if kind is SequenceStartEvent:
            tag = event.tag
            if tag is None or tag == "!":
                tag = loader.resolve(SequenceNode, None, event.implicit)
            sequence = SequenceNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
            if event.anchor is not None:
                self._remember(event.anchor, sequence, event)
            items = sequence.value
            while not loader.check_event(SequenceEndEvent):
                items.append(self._node())
            sequence.end_mark = loader.get_event().end_mark
            return sequence
        # MappingStartEvent
        tag = event.tag
        if tag is None or tag == "!":
            tag = loader.resolve(MappingNode, None, event.implicit)
        mapping = MappingNode(tag, [], event.start_mark, None, flow_style=event.flow_style)
        if event.anchor is not None:
            self._remember(event.anchor, mapping, event)
        pairs = mapping.value
        while not loader.check_event(MappingEndEvent):
            key = self._node()
            pairs.append((key, self._node()))
        mapping.end_mark = loader.get_event().end_mark
        return mapping
