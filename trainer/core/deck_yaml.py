"""A deck file's bytes as a YAML node tree, or why they are not one, located.

The text must be UTF-8 with something in it and no NUL; YAML's own errors are turned into
one sentence at the line and column the author must look at (the bracket or quote left
open, not the end of the file where PyYAML notices it; a tab used to indent).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import yaml

from trainer.core.deck import Problem
from trainer.core.deck_locations import end_of_last_filled_line

_TAG = "tag:yaml.org,2002:"
SCALAR_TAGS: Final = frozenset(
    _TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")
)
NULL_TAG: Final = _TAG + "null"
TIMESTAMP_TAG: Final = _TAG + "timestamp"
MAP_TAG: Final = _TAG + "map"
SEQ_TAG: Final = _TAG + "seq"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

if TYPE_CHECKING:
    from trainer.core.deck_walk import DeckWalk

_FLOW_CONTEXTS: Final = ("while parsing a flow sequence", "while parsing a flow mapping")


class DeckYaml:
    """Composes one deck file's YAML, collecting what stops it being read."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        # The text composed, once it decodes: the walk locates values at its end with it.
        self.yaml_text = ""

    def compose(self, data: bytes, walk: DeckWalk | None = None) -> yaml.Node | None:
        """The file's node tree; with ``walk``, its cards go to the walk one at a time as
        they are composed (``deck_stream``) and the tree holds none of them."""
        try:
            # Every byte-order mark at the start, not only the first: libyaml skips a second
            # one without counting it, and its marks would then point a line too far.
            text = data.decode("utf-8").lstrip("\ufeff")
        except UnicodeDecodeError as error:
            line = data.count(b"\n", 0, error.start) + 1
            column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
            self.problems.append(
                Problem(self.path, line, column, "is not valid UTF-8 text; save it as UTF-8")
            )
            return None
        if not text.strip():
            self.problems.append(
                Problem(self.path, 1, 1, "is empty; a deck needs at least id, title and cards")
            )
            return None
        if "\0" in text:
            offset = text.index("\0")
            line = text.count("\n", 0, offset) + 1
            self.problems.append(Problem(self.path, line, 1, "contains a NUL byte; is it text?"))
            return None
        self.yaml_text = text
        try:
            if walk is None:
                root = yaml.compose(text, Loader=_Loader)
            else:
                from trainer.core.deck_stream import StreamComposer

                walk.yaml_text = text
                root = StreamComposer(text).compose(walk.take_card, walk.ready_for_cards)
        except yaml.MarkedYAMLError as error:
            self.problems.append(self._syntax_problem(error, text))
            return None
        except yaml.reader.ReaderError as error:
            self.problems.append(self._character_problem(error, text))
            return None
        except yaml.YAMLError as error:
            message = " ".join(str(error).split())
            self.problems.append(Problem(self.path, 0, 0, f"is not valid YAML: {message}"))
            return None
        if root is None:
            self.problems.append(
                Problem(self.path, 1, 1, "holds only comments; a deck needs id, title and cards")
            )
        elif _is_empty_document(root):
            # A lone '---': PyYAML places the empty value after it, past the file's last line.
            self.problems.append(
                Problem(self.path, 1, 1, "is an empty document; a deck needs id, title and cards")
            )
            return None
        return root

    def _character_problem(self, error: yaml.reader.ReaderError, text: str) -> Problem:
        """A character YAML refuses, such as a control character pasted from elsewhere."""
        character = error.character if isinstance(error.character, int) else ord(error.character)
        # PyYAML gives a byte or a character offset depending on its build: find it instead.
        offset = max(text.find(chr(character)), 0)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        return Problem(
            self.path,
            line,
            column,
            f"contains the character U+{character:04X}, which YAML does not allow; remove it",
        )

    def _syntax_problem(self, error: yaml.MarkedYAMLError, text: str) -> Problem:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        column = mark.column + 1 if mark else 0
        problem = (error.problem or "").strip()
        lines = text.splitlines()
        if mark and mark.line < len(lines) and lines[mark.line][: mark.column + 1].find("\t") >= 0:
            return Problem(
                self.path, line, column, "a tab is used for indentation; indent with spaces"
            )
        if "expected a single document" in (error.context or "") or "single document" in problem:
            return Problem(self.path, line, column, "holds more than one YAML document (---)")
        if mark and mark.index >= len(text):
            return self._unclosed_problem(error, text)
        opened = error.context_mark
        if (
            opened is not None
            and mark is not None
            and error.context in _FLOW_CONTEXTS
            and problem.startswith("did not find expected ','")
            and mark.line > opened.line
        ):
            # Most often a bracket left open on an earlier line that swallowed the lines after
            # it: the author must look where it opens, so point there and name both lines.
            return self._bracket_problem(
                text, opened, "is still open at line {line}; close it with '{closer}'", line
            )
        context = f" {error.context}" if error.context else ""
        return Problem(self.path, line, column, f"YAML syntax error: {problem}{context}".strip())

    def _bracket_problem(self, text: str, opened: yaml.Mark, what: str, line: int = 0) -> Problem:
        """A problem at the bracket opened at ``opened``; ``what`` says what is wrong."""
        char = text[opened.index]
        closer = "]" if char == "[" else "}"
        return Problem(
            self.path,
            opened.line + 1,
            opened.column + 1,
            f"YAML syntax error: the '{char}' opened here " + what.format(line=line, closer=closer),
        )

    def _unclosed_problem(self, error: yaml.MarkedYAMLError, text: str) -> Problem:
        """A file that ends too soon, located where the unclosed quote or bracket opens.

        PyYAML places this error just past the last character, often on a line that does
        not exist; the author needs the line where the thing left open starts.
        """
        opened = error.context_mark
        if error.context == "while scanning a quoted scalar" and opened is not None:
            return Problem(
                self.path,
                opened.line + 1,
                opened.column + 1,
                "YAML syntax error: the quote opened here is never closed",
            )
        bracket = _innermost_unclosed_bracket(text)
        if bracket is not None:
            return self._bracket_problem(text, bracket, "is never closed with '{closer}'")
        message = f"YAML syntax error: {error.problem} {error.context or ''}".strip()
        if opened is not None and opened.index < len(text):
            return Problem(self.path, opened.line + 1, opened.column + 1, message)
        # Nothing to point back at: the last line holding anything is where to look.
        line, column = end_of_last_filled_line(text)
        return Problem(self.path, line, column, f"{message} at the end of the file")


def _is_empty_document(root: yaml.Node) -> bool:
    return isinstance(root, yaml.ScalarNode) and root.tag == NULL_TAG and not root.value.strip()


def _innermost_unclosed_bracket(text: str) -> yaml.Mark | None:
    """Where the last '[' or '{' still open at the end of ``text`` starts, if any."""
    open_marks: list[yaml.Mark] = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.FlowSequenceStartToken | yaml.FlowMappingStartToken):
                open_marks.append(token.start_mark)
            elif open_marks and isinstance(
                token, yaml.FlowSequenceEndToken | yaml.FlowMappingEndToken
            ):
                open_marks.pop()
    except yaml.YAMLError:
        # The scanner stops where the syntax error is; what it has read so far is enough.
        pass
    return open_marks[-1] if open_marks else None
