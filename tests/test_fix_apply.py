"""apply_edits / apply_fixes: positions, order, overlaps, CRLF."""

from __future__ import annotations

import pytest

from contentlint.diagnostics import Edit, Fix
from contentlint.fix import EditError, apply_edits, apply_fixes
from contentlint.messages import msg


@pytest.mark.parametrize(("text", "edits", "expected"), [
    # one replacement, one deletion, one insertion
    ("abc\n", [Edit(1, 2, 1, 3, "X")], "aXc\n"),
    ("abc  \n", [Edit(1, 4, 1, 6, "")], "abc\n"),
    ("abc", [Edit(1, 4, 1, 4, "\n")], "abc\n"),
    # several edits given in any order are applied as if simultaneously
    ("a b c\n", [Edit(1, 2, 1, 3, "_"), Edit(1, 4, 1, 5, "_")], "a_b_c\n"),
    ("a b c\n", [Edit(1, 4, 1, 5, "_"), Edit(1, 2, 1, 3, "_")], "a_b_c\n"),
    # an edit across lines, and the position just after a line's '\n'
    ("a\n\n\nb\n", [Edit(2, 1, 3, 1, "")], "a\n\nb\n"),
    ("a\n", [Edit(1, 3, 1, 3, "b")], "a\nb"),
    # overlapping: the first edit wins, the later one waits for the next pass
    ("abcdef", [Edit(1, 2, 1, 5, "X"), Edit(1, 4, 1, 6, "Y")], "aXef"),
    ("abcdef", [Edit(1, 4, 1, 6, "Y"), Edit(1, 2, 1, 5, "X")], "abcYf"),
    # two insertions at one point clash; an insertion at the start of a replacement does not
    ("ab", [Edit(1, 2, 1, 2, "X"), Edit(1, 2, 1, 2, "Y")], "aXb"),
    ("ab", [Edit(1, 2, 1, 3, "Z"), Edit(1, 2, 1, 2, "X")], "aXZ"),
    # adjacent edits do not overlap
    ("abcd", [Edit(1, 1, 1, 3, "X"), Edit(1, 3, 1, 5, "Y")], "XY"),
    # CRLF: the '\r' is the last character of its line, lines split at '\n' only
    ("ab  \r\ncd\r\n", [Edit(1, 3, 1, 5, "")], "ab\r\ncd\r\n"),
    ("ab\r\ncd\r\n", [Edit(2, 1, 2, 3, "XY")], "ab\r\nXY\r\n"),
    ("x", [], "x"),
])
def test_apply_edits(text: str, edits: list[Edit], expected: str) -> None:
    assert apply_edits(text, edits) == expected


def test_a_fix_is_applied_whole_or_not_at_all() -> None:
    quote = Fix(msg("q", "q"), (Edit(1, 1, 1, 2, "“"), Edit(1, 4, 1, 5, "”")))
    clashing = Fix(msg("c", "c"), (Edit(1, 4, 1, 5, "'"),))
    later = Fix(msg("l", "l"), (Edit(1, 3, 1, 4, "X"), Edit(1, 4, 1, 5, "Z")))
    text, applied = apply_fixes('"ab" c', [quote, clashing, later])
    assert text == "“ab” c"
    assert applied == [0]


def test_a_fix_before_the_floor_is_never_applied() -> None:
    head = Fix(msg("h", "h"), (Edit(1, 1, 1, 2, "X"),))
    spanning = Fix(msg("s", "s"), (Edit(2, 1, 2, 2, "Y"), Edit(1, 2, 1, 3, "Z")))
    body = Fix(msg("b", "b"), (Edit(2, 1, 2, 2, "B"),))
    assert apply_fixes("ab\ncd\n", [head, spanning, body], floor=3) == ("ab\nBd\n", [2])


@pytest.mark.parametrize("edit", [
    Edit(3, 1, 3, 1, "x"),  # no such line
    Edit(1, 5, 1, 5, "x"),  # past the end of the line and its '\n'
    Edit(1, 0, 1, 1, "x"),
    Edit(1, 3, 1, 2, "x"),  # ends before it starts
])
def test_an_edit_outside_the_text_is_a_bug_not_a_silent_change(edit: Edit) -> None:
    with pytest.raises(EditError):
        apply_edits("ab\n", [edit])
