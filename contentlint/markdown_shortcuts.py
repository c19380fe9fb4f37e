"""Faster equivalents of markdown-it's link helpers for the links answer files are made of.

markdown-it scans a link's label by trying every inline rule at every token start
(``skipToken``), and its destination one character at a time; with eight links a file that is
a fifth of the whole parse. Each shortcut here recognises the plain case with one regular
expression or search, gives exactly what the original would, and hands everything else to the
original. ``tests/test_markdown_shortcuts.py`` compares the token streams with and without them.
"""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import TYPE_CHECKING

from markdown_it import helpers
from markdown_it.common.utils import unescapeAll
from markdown_it.helpers.parse_link_destination import _Result

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline

# The characters the destination scan reads on: not a space, control character, parenthesis
# or backslash (those three need the original's nesting and escape handling).
_PLAIN_DESTINATION = re.compile(r"[^\x00-\x20\x7f()\\]+")
# A label's text up to its ']' when no inline token inside it can reach past that ']': no '['
# (nested links and images), '`' (code spans) or '\\' (escapes), and '<' only as a bare tag
# such as <u> or </u>, which html_inline takes up to its own '>' (an autolink needs ':' or '@').
_PLAIN_LABEL = re.compile(r"(?:[^\[\]`\\<]|</?[A-Za-z][A-Za-z0-9-]*>)*\]")


def parse_link_destination(string: str, pos: int, maximum: int) -> _Result:
    if pos < maximum and string[pos] != "<":
        plain = _PLAIN_DESTINATION.match(string, pos, maximum)
        # The original stops at the same place unless it met '(' or '\\' there.
        if plain is not None and (plain.end() == maximum or string[plain.end()] not in "(\\"):
            result = _Result()
            result.str = unescapeAll(string[pos:plain.end()])
            result.pos = plain.end()
            result.ok = True
            return result
    return helpers.parseLinkDestination(string, pos, maximum)


def parse_link_label(state: StateInline, start: int, disableNested: bool = False) -> int:
    # Past maxNesting levels skipToken jumps to the end of the paragraph (and memoises that in
    # state.cache, where a later scan would find it). Each level of that recursion stands on a
    # '[', so with fewer '[' in the whole paragraph than maxNesting the limit is never reached,
    # and the plain label's ']' is exactly where the scan would stop.
    src = state.src
    if src.count("[") < state.md.options["maxNesting"]:
        plain = _PLAIN_LABEL.match(src, start + 1, state.posMax)
        if plain is not None:
            return plain.end() - 1
    return helpers.parseLinkLabel(state, start, disableNested)


def install(md: MarkdownIt) -> None:
    """Make ``md``'s link rules use the shortcuts (only this parser: others keep markdown-it's)."""
    md.helpers = SimpleNamespace(  # type: ignore[assignment]
        parseLinkDestination=parse_link_destination,
        parseLinkLabel=parse_link_label,
        parseLinkTitle=helpers.parseLinkTitle,
    )
