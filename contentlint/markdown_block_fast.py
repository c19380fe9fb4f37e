"""A faster equivalent of markdown-it's block stage for answer files made only of paragraphs and
ATX headings.

markdown-it's block stage (core rules "normalize" and "block") measures every line into
``StateBlock`` and, at every block start, tries each of its twelve block rules in turn, and at
every paragraph line the seven that may end a paragraph. Answer files are paragraphs separated
by blank lines, now and then a heading: for them, none of those rules but "heading" and
"paragraph" can match. ``plain_blocks`` reads such a document with one regular expression and
builds its block tokens directly; every other document goes to markdown-it's own block parser
(``md.block.parse``, as markdown-it's "block" rule calls it), and so do ``parseInline`` and a
``maxNesting`` of 0 or less, where markdown-it reads no block at all.

Why the tokens are exactly markdown-it's, for the parser ``markdown_parser()`` builds
(``install`` refuses any other set of block rules):

- Lines are what ``StateBlock`` makes of the text: split at "\\n" only; a line is blank when it
  holds only spaces and tabs. Its first character is the first that is neither.
- Every rule but paragraph, heading and reference needs, on some line, one of these first
  characters (or an indentation of 4 columns or more, which makes the code rule start a block):
  ``>`` blockquote; ``` ` ``` or ``~`` fence; ``<`` HTML block; ``-``, ``*`` or ``+`` then a space,
  a tab or the end of the line: bullet list; digits then ``.`` or ``)`` then the same: ordered
  list; a line only of ``-*_=|:``, spaces and tabs: thematic break, setext underline or table
  delimiter row (a table needs one under its header). ``_DIFFERENT`` finds any of them, and also
  a tab in the indentation of a non-blank line (simply to leave column counting to markdown-it).
  A reference definition needs a line starting with ``[`` and the text ``]:``; documents with
  both are handed over too.
- Without those lines, a non-blank line at a block start is an ATX heading when it is up to 3
  spaces, 1 to 6 ``#`` and then a space, a tab or its end (heading.py), else the start of a
  paragraph; and a paragraph runs over the following lines until a blank line, the end, or a
  heading line (the only rule left that may end a paragraph). contentlint's own first rule
  ("too_deep") matches only at its nesting bound (20 levels), and every block here is at
  level 0.
- Paragraph content is ``mdTrim`` of the lines' text as they are in the source (with a block
  indent of 0, ``getLines`` cuts nothing); a heading's content is ``mdTrim`` of the text between
  its ``#`` and its closing sequence, cut as heading.py cuts it. Maps, levels and the ``block``
  flag are set as ``StateBlock.push`` and the two rules set them.
- "normalize" only replaces CR, CRLF and NUL; text without "\\r" or "\\0" is left as it is.

``tests/test_markdown_block_fast.py`` compares every token field with and without this module,
on the answer files and on random documents made of every block starter.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from markdown_it import rules_block
from markdown_it.common.utils import mdTrim
from markdown_it.rules_core import block as markdown_it_block
from markdown_it.rules_core import normalize as markdown_it_normalize
from markdown_it.token import Token

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore

# The block rules markdown_parser() gives markdown-it, in order; "too_deep" is contentlint's own.
BLOCK_RULES = [
    "too_deep", "table", "code", "fence", "blockquote", "hr", "list", "reference", "html_block",
    "heading", "lheading", "paragraph",
]
_MARKDOWN_IT_RULES = [
    rules_block.table, rules_block.code, rules_block.fence, rules_block.blockquote, rules_block.hr,
    rules_block.list_block, rules_block.reference, rules_block.html_block, rules_block.heading,
    rules_block.lheading, rules_block.paragraph,
]
_PARAGRAPH_ENDERS = [
    rules_block.table, rules_block.fence, rules_block.blockquote, rules_block.hr,
    rules_block.list_block, rules_block.html_block, rules_block.heading,
]

# At the start of a line: what could make any rule but heading and paragraph match (see the
# module's doc); an ATX heading.
_DIFFERENT = (
    r"(?: *\t[ \t]*[^ \t\n]"  # a tab in the indentation of a non-blank line
    r"| {4,}[^ \t\n]"  # an indented code block (or a lazy continuation line)
    r"|[ \t]*(?:[>`~<]|[-*+](?:[ \t]|$)|[0-9]+[.)](?:[ \t]|$)|[-*_=|:][-*_=|: \t]*$))"
)
_HEADING = r" {0,3}#{1,6}(?:[ \t]|$)"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled at the first parse (a run whose results are all cached parses nothing):

    - in "\\n" + the text, from a line break: a heading line, or a paragraph (a line that is
      neither blank nor different, then each such line up to a heading); lines no match starts
      at are blank or different;
    - a line starting with '[' (a reference definition's label)."""
    return re.compile(
        rf"\n(?: {{0,3}}(#{{1,6}})([ \t][^\n]*)?$"
        rf"|(?!{_DIFFERENT})[ \t]*[^ \t\n][^\n]*(?:\n(?!{_DIFFERENT}|{_HEADING})[ \t]*[^ \t\n][^\n]*)*)",
        re.MULTILINE,
    ), re.compile(r"^[ \t]*\[", re.MULTILINE)


def plain_blocks(src: str) -> list[Token] | None:
    """The block tokens of the normalized text ``src``, or None when markdown-it must make them
    (anything but paragraphs, ATX headings and blank lines)."""
    blocks, link_label_start = _patterns()
    if "]:" in src and link_label_start.search(src):
        return None
    text = "\n" + src
    tokens: list[Token] = []
    append = tokens.append
    line = end = 0  # the line after the last block; where it ends in text
    for block in blocks.finditer(text):
        start = block.start()
        gap = text[end:start]
        if gap.strip(" \t\n"):
            return None  # a line no block starts at is not blank: it is different
        line += gap.count("\n")
        end = block.end()
        hashes = block.group(1)
        # Tokens are made as StateBlock.push makes them; the arguments are Token's fields in order:
        # type, tag, nesting, attrs, map, level, children, content, markup, info, meta, block,
        # hidden.
        if hashes is None:
            first, line = line, line + text.count("\n", start, end)
            append(Token("paragraph_open", "p", 1, {}, [first, line], 0, None, "", "", "", {}, True, False))
            append(Token("inline", "", 0, {}, [first, line], 1, [], mdTrim(block.group()), "", "", {}, True, False))
            append(Token("paragraph_close", "p", -1, {}, None, 0, None, "", "", "", {}, True, False))
            continue
        # heading.py cuts trailing spaces and tabs, then a closing run of '#' after a space or tab.
        rest = block.group(2) or ""
        stop = len(rest.rstrip(" \t"))
        closing = len(rest[:stop].rstrip("#"))
        if closing and rest[closing - 1] in " \t":
            stop = closing
        tag = f"h{len(hashes)}"
        append(Token("heading_open", tag, 1, {}, [line, line + 1], 0, None, "", hashes, "", {}, True, False))
        append(Token("inline", "", 0, {}, [line, line + 1], 1, [], mdTrim(rest[:stop]), "", "", {}, True, False))
        append(Token("heading_close", tag, -1, {}, None, 0, None, "", hashes, "", {}, True, False))
        line += 1
    if text[end:].strip(" \t\n"):
        return None
    return tokens


def _normalize(state: StateCore) -> None:
    if "\r" in state.src or "\0" in state.src:
        markdown_it_normalize(state)


def _block(state: StateCore) -> None:
    tokens = None
    if not state.inlineMode and state.md.options["maxNesting"] > 0:
        tokens = plain_blocks(state.src)
    if tokens is None:
        markdown_it_block(state)  # markdown-it's own: state.md.block.parse
    else:
        state.tokens.extend(tokens)


def install(md: MarkdownIt) -> None:
    """Make ``md``'s block stage take the fast path (only this parser: others keep markdown-it's).
    Refuses a parser with other block rules, which could read the same lines differently."""
    rules = md.block.ruler.getRules("")
    if (md.block.ruler.get_active_rules() != BLOCK_RULES or rules[1:] != _MARKDOWN_IT_RULES
            or md.block.ruler.getRules("paragraph") != _PARAGRAPH_ENDERS):
        raise ValueError(f"the block fast path reads only these block rules: {BLOCK_RULES}")
    md.core.ruler.at("normalize", _normalize)
    md.core.ruler.at("block", _block)
