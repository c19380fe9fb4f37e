"""Load the common frontmatter (flat ``key: value`` lines) without PyYAML, with the same result.

Every answer file starts with three lines such as ``title: '…'``, ``question_id: 8`` and
``choice_id: 1``. :func:`contentlint.yamlpos.load` composes them with PyYAML, inspects every
node and constructs the data: about three quarters of the time it takes to load an answer file
(35 of 45 µs in a loop of loads; in ``benchmarks/parts_bench.py``, where every other part of the
analysis runs between two loads, loading a file takes 91 µs with it and 44 µs with this path). :func:`load_flat` reads
that one shape directly and answers None for anything else, which then goes through
:func:`~contentlint.yamlpos.load` as before.

Why the result is exactly :func:`~contentlint.yamlpos.load`'s (the tests compare both on every
answer file and on thousands of generated frontmatters):

* The text is accepted only when every line is ``key: value`` with a key of ``[a-z_]`` (at most
  64 characters: libyaml refuses a simple key longer than 1024), one or more spaces after the
  colon, and no key twice. The text ends with a line break. No blank line, comment, indentation,
  tab, CR or other YAML line break (NEL, U+2028, U+2029), BOM or character YAML does not accept.
  Such a text is one block mapping of scalars, one per line: no syntax error, anchor, alias,
  tag, duplicate, or nested node is possible, and a position is the line and code point column
  in the text (PyYAML and libyaml count code points; only the breaks refused above make
  :class:`~contentlint.yamlpos._Places` map a mark back).
* A value is one of three scalar forms whose text is read as YAML reads it:
  a single-quoted one (``''`` is a quote, nothing else is special on one line); a double-quoted
  one with no backslash (no escape); or a plain one that does not start with an indicator or a
  space and holds no ``': '``, no ``' #'``, no final ``':'`` (where YAML would end the scalar
  or start a comment), whose trailing spaces are not part of it.
* A plain key or value is tagged by the loader's own implicit resolvers, in PyYAML's own order
  (:meth:`yaml.resolver.BaseResolver.resolve`). Only ``str`` and a decimal ``int`` without a
  sign or leading zero, short enough to build, are kept: bools, nulls, floats, timestamps,
  merge and value keys, octal, hexadecimal, base-60 and ``_`` numbers all go back to PyYAML.
* Only values that the general path's inspection passes silently are kept: a plain text with
  a leading zero (``08``) or a quoted number (``"8"``) gets a hint there, so it goes back too.
  The result therefore has no problem and no hint, ``ok`` is True, and the data is the dict
  SafeConstructor builds, keys in file order.
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from yaml.resolver import BaseResolver

from contentlint.yamlpos import _PADDED_NUMBER, _PLAIN_INTEGER, LoadedYaml, Pos, _Loader

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"

class _Patterns(NamedTuple):
    line: re.Pattern[str]
    refused: re.Pattern[str]
    single: re.Pattern[str]
    double: re.Pattern[str]
    decimal: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """Compiled on first use: a run whose files are all in the cache reads no frontmatter."""
    return _Patterns(
        # One line: key, the spaces after its colon, and the value's text (never empty).
        line=re.compile(r"([a-z_]{1,64}): +([^ ].*)"),
        # What a line may not hold anywhere: a tab, a CR, another YAML line break, a BOM, or a
        # character outside YAML's printable set (written as the refused characters, "\n"
        # allowed: the same class as its negation, compiled ten times faster).
        refused=re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"),
        single=re.compile(r"'((?:[^']|'')*)' *"),
        double=re.compile(r'"([^"\\]*)" *'),
        # A decimal that PyYAML builds with int(value) and that is never too long to build or show.
        decimal=re.compile(r"0|[1-9][0-9]{0,17}"),
    )


_PLAIN_START_REFUSED = frozenset("-?:,[]{}#&*!|>'\"%@`")


def _plain_tag(value: str) -> str | None:
    """The tag the loader's resolver gives a plain scalar; None when its path resolvers could
    change it (none are registered unless a program adds one)."""
    resolver: type[BaseResolver] = _Loader
    if resolver.yaml_path_resolvers:
        return None
    table = resolver.yaml_implicit_resolvers
    for tag, regexp in table.get(value[0], []) + table.get(None, []):
        if regexp.match(value):
            return str(tag)
    return _STR


def load_flat(text: str, line_offset: int) -> LoadedYaml | None:
    """What ``yamlpos.load(text, line_offset, ...)`` returns, for a flat frontmatter of
    strings and small decimal numbers; None for any other text."""
    patterns = _patterns()
    if not text.endswith("\n") or patterns.refused.search(text):
        return None
    lines = text.split("\n")
    lines.pop()
    first = line_offset + 1
    data: dict[str, Any] = {}
    keys: dict[tuple[str | int, ...], Pos] = {}
    values: dict[tuple[str | int, ...], Pos] = {(): Pos(first, 1, first + len(lines), 1)}
    for row, line in enumerate(lines, first):
        match = patterns.line.fullmatch(line)
        if match is None:
            return None
        key, raw = match.group(1), match.group(2)
        if key in data or _plain_tag(key) != _STR:
            return None
        start = match.start(2)
        value: str | int
        head = raw[0]
        if head == "'" or head == '"':
            quoted = (patterns.single if head == "'" else patterns.double).fullmatch(raw)
            if quoted is None:
                return None
            value = quoted.group(1).replace("''", "'") if head == "'" else quoted.group(1)
            end = start + quoted.end(1) + 1
            if _PLAIN_INTEGER.match(value.strip()):
                return None
        else:
            plain = raw.rstrip(" ")
            if head in _PLAIN_START_REFUSED or ": " in plain or " #" in plain or plain.endswith(":"):
                return None
            tag = _plain_tag(plain)
            if tag == _INT and patterns.decimal.fullmatch(plain):
                value = int(plain)
            elif tag == _STR and not _PADDED_NUMBER.match(plain):
                value = plain
            else:
                return None
            end = start + len(plain)
        data[key] = value
        keys[(key,)] = Pos(row, 1, row, len(key) + 1)
        values[(key,)] = Pos(row, start + 1, row, end + 1)
    return LoadedYaml(data=data, ok=True, values=values, keys=keys)
