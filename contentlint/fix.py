"""Apply the edits of fixable diagnostics to text.

Positions are the ones rules report: 1-based (line, column) in the whole file, columns in code
points, lines separated by '\\n' only (a CRLF line's '\\r' is its last character).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from contentlint.diagnostics import Edit, Fix
from contentlint.messages import msg

_NO_DESCRIPTION = msg("edit", "düzenleme")


class EditError(ValueError):
    """An edit points outside the text or ends before it starts: a bug in the rule that made it."""


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _offset(starts: list[int], size: int, line: int, column: int) -> int:
    if not 1 <= line <= len(starts) or column < 1:
        raise EditError(f"position {line}:{column} is outside the text")
    offset = starts[line - 1] + column - 1
    limit = starts[line] if line < len(starts) else size
    if offset > limit:
        raise EditError(f"position {line}:{column} is past the end of its line")
    return offset


Span = tuple[int, int, str]  # start offset, end offset, replacement


def _spans(text: str, starts: list[int], edits: Sequence[Edit]) -> list[Span]:
    spans = []
    for edit in edits:
        start = _offset(starts, len(text), edit.line, edit.column)
        end = _offset(starts, len(text), edit.end_line, edit.end_column)
        if end < start:
            raise EditError(f"edit {edit.line}:{edit.column}-{edit.end_line}:{edit.end_column} "
                            "ends before it starts")
        spans.append((start, end, edit.text))
    return spans


class _Taken:
    """Spans already accepted in one pass, kept sorted so each overlap test is a binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def clashes(self, start: int, end: int) -> bool:
        index = max(bisect.bisect_left(self.starts, start) - 1, 0)
        while index < len(self.starts) and self.starts[index] <= end:
            s, e = self.starts[index], self.ends[index]
            # Two insertions at one point clash: which goes first would be a guess.
            if (s < end and start < e) or s == e == start == end:
                return True
            index += 1
        return False

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def _apply(text: str, spans: list[Span]) -> str:
    # Back to front, so earlier offsets stay valid; at one start, the wider span first, so that
    # an insertion at the start of a replacement ends up before the replacement's text.
    pieces = []
    cursor = len(text)
    for start, end, replacement in sorted(spans, key=lambda s: (s[0], s[1]), reverse=True):
        pieces.append(text[end:cursor])
        pieces.append(replacement)
        cursor = start
    pieces.append(text[:cursor])
    return "".join(reversed(pieces))


def select_fixes(text: str, fixes: Sequence[Fix]) -> tuple[list[Fix], list[Span]]:
    """The fixes that can be applied together in one pass, each whole or not at all.

    A fix whose edits overlap an earlier fix's (or each other) waits for the next pass; the
    fixer re-lints the result, so the rule reports it again against the new text.
    """
    starts = _line_starts(text)
    taken = _Taken()
    chosen: list[Fix] = []
    spans: list[Span] = []
    for fix in fixes:
        own = _spans(text, starts, fix.edits)
        mine = _Taken()
        clear = True
        for s, e, _ in own:
            if taken.clashes(s, e) or mine.clashes(s, e):
                clear = False
                break
            mine.add(s, e)
        if not clear:
            continue
        for s, e, _ in own:
            taken.add(s, e)
        chosen.append(fix)
        spans.extend(own)
    return chosen, spans


def apply_fixes(text: str, fixes: Sequence[Fix]) -> tuple[str, list[Fix]]:
    """Apply every fix that does not overlap an earlier one; return the text and those fixes."""
    chosen, spans = select_fixes(text, fixes)
    return _apply(text, spans), chosen


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits; an edit overlapping an earlier one in ``edits`` is skipped."""
    return apply_fixes(text, [Fix(_NO_DESCRIPTION, (edit,)) for edit in edits])[0]
