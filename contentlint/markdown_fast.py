"""An exact fast path for markdown-it's inline parse of the paragraphs answer files are made of.

markdown-it's inline parser tries every inline rule at every character that could start a
construct and builds a parser state per paragraph; that is most of the parse time of an answer
file. Nearly all of an answer file's paragraphs are made of plain text, soft line breaks and
links like ``[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)``. For those
:class:`FastInlineParse` reads the paragraph with a few regular expressions and builds the
tokens markdown-it would; for anything else it calls markdown-it's own parse, on the whole
paragraph, with nothing done before (it has no side effects to undo).

Why the tokens are the same. The fast path runs only with commonmark's inline rules (text,
newline, escape, backticks, emphasis, link, image, autolink, html_inline, entity, in this
order, then balance_pairs, emphasis and fragments_join; checked at every call), with HTML on,
at least 2 nesting levels (a link's label is read one level down) and an empty token list
(fragments_join would merge the tokens already there). It takes a paragraph only if the whole
of it is a sequence of these pieces:

* text: characters at which no rule matches. The rules start only at a line break, a
  backslash, a backtick, ``*``, ``_``, ``[``, ``!`` before ``[``, ``<``, and ``&`` before a
  letter or ``#``; every other character (``]`` too) goes to the pending text as it is.
* a line break: ``\n`` and the spaces and tabs after it, which the newline rule skips. Two or
  more spaces at the end of the text before it are cut and make a hardbreak; one is cut and
  makes a softbreak; tabs stay in the text.
* a bare tag, ``</?[A-Za-z][A-Za-z0-9-]*>``: autolink refuses it (no ``:`` or ``@``) and
  html_inline takes exactly it as one html_inline token.
* an inline link ``[label](destination)``. Its label is made of the three pieces above
  without ``]``: markdown-it's label scan skips each of them without passing a ``]`` and meets
  no ``[``, so the label ends at the first ``]``. The destination does not start with ``<`` and
  has no space, control character, parenthesis or backslash; it may have spaces, tabs and line
  breaks around it and is followed by ``)``: a valid destination with no title, so no
  reference is looked up and no label kept. The href is
  ``normalizeLink(unescapeAll(destination))``, as the link rule makes it; a link
  ``validateLink`` refuses is left to markdown-it. The label's tokens are one level deeper,
  between link_open and link_close.

Text is flushed as one token before each other token and at the end (never empty, never two
in a row), so balance_pairs and emphasis find no delimiters and fragments_join has nothing to
merge and sets the levels given here. None of these rules writes to ``env``: only reference
links read it, and contentlint's skip_inline_token notes ``too_deep_inline`` only at the
nesting bound, which a paragraph without ``[`` inside its links never reaches.
``tests/test_markdown_fast.py`` compares every token with and without the fast path.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from markdown_it import rules_inline
from markdown_it.common.utils import unescapeAll
from markdown_it.token import Token

if TYPE_CHECKING:
    from collections.abc import Callable, MutableMapping

    from markdown_it import MarkdownIt

# markdown-it's own inline rules, in its order: the only ones the fast path reproduces.
_RULES = [
    rules_inline.text, rules_inline.newline, rules_inline.escape, rules_inline.backtick,
    rules_inline.emphasis.tokenize, rules_inline.link, rules_inline.image,
    rules_inline.autolink, rules_inline.html_inline, rules_inline.entity,
]
_RULES2 = [rules_inline.link_pairs, rules_inline.emphasis.postProcess, rules_inline.fragments_join]

_TEXT = re.compile(r"(?:[^\n\\`*_\[<&!]++|&(?![A-Za-z#])|!(?!\[))++")
_BREAK = re.compile(r"\n[ \t]*+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*+>")
_LINK = re.compile(
    r"\[((?:[^\n\\`*_\[\]<&!]++|&(?![A-Za-z#])|!|</?[A-Za-z][A-Za-z0-9-]*+>|\n)*+)\]"
    r"\([ \t\n]*+((?!<)[^\x00-\x20\x7f()\\]++)[ \t\n]*+\)"
)


def _tokens(md: MarkdownIt, src: str, pos: int, end: int, level: int, out: list[Token]) -> bool:
    """Append the tokens of ``src[pos:end]`` at ``level`` to ``out``; False if it is not all
    made of the pieces the module docstring lists."""
    while pos < end:
        char = src[pos]
        if char == "[":
            link = _LINK.match(src, pos, end)
            if link is None:
                return False
            href = md.normalizeLink(unescapeAll(link[2]))
            if not md.validateLink(href):
                return False
            out.append(Token("link_open", "a", 1, {"href": href}, None, level))
            label = _tokens(md, src, link.start(1), link.end(1), level + 1, out)
            assert label
            out.append(Token("link_close", "a", -1, {}, None, level))
            pos = link.end()
        elif char == "<":
            tag = _TAG.match(src, pos, end)
            if tag is None:
                return False
            out.append(Token("html_inline", "", 0, {}, None, level, None, tag[0]))
            pos = tag.end()
        else:
            # Text runs as far as it can: a line break, a tag, a link or the end follows it.
            text = ""
            if char != "\n":
                run = _TEXT.match(src, pos, end)
                if run is None:
                    return False
                text = run[0]
                pos = run.end()
            line_break = _BREAK.match(src, pos, end)
            if line_break is not None:
                kind = "softbreak"
                if text.endswith("  "):
                    text = text.rstrip(" ")
                    kind = "hardbreak"
                elif text.endswith(" "):
                    text = text[:-1]
                pos = line_break.end()
            if text:
                out.append(Token("text", "", 0, {}, None, level, None, text))
            if line_break is not None:
                out.append(Token(kind, "br", 0, {}, None, level))
    return True


class FastInlineParse:
    """``md.inline.parse`` with the fast path in front of markdown-it's own. ``taken`` and
    ``fallbacks`` count the calls each one answered."""

    def __init__(self, md: MarkdownIt) -> None:
        self.original: Callable[[str, MarkdownIt, MutableMapping[str, Any], list[Token]], list[Token]]
        self.original = md.inline.parse
        self.taken = 0
        self.fallbacks = 0

    def __call__(
        self, src: str, md: MarkdownIt, env: MutableMapping[str, Any], tokens: list[Token]
    ) -> list[Token]:
        options = md.options
        out: list[Token] = []
        if (
            not tokens
            and options["maxNesting"] >= 2
            and options.get("html")
            and md.inline.ruler.getRules("") == _RULES
            and md.inline.ruler2.getRules("") == _RULES2
            and _tokens(md, src, 0, len(src), 0, out)
        ):
            self.taken += 1
            tokens += out
            return tokens
        self.fallbacks += 1
        return self.original(src, md, env, tokens)


def install(md: MarkdownIt) -> None:
    """Put the fast path in front of ``md``'s inline parse (only this parser's)."""
    md.inline.parse = FastInlineParse(md)  # type: ignore[method-assign]
