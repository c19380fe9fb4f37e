"""Where each inline Markdown token stands in the source.

markdown-it gives block tokens a line range but inline tokens (text, links, HTML) no position at
all, and their content is already decoded (escapes, entities). This module walks each inline
token's children once, against the source the inline parser itself read, and records the body
offsets of every piece, of every link's label and destination, and a *prose* view of the
paragraph (the text a reader sees) whose every character maps back to the file.

The result is computed once per document and shared by the link extractor and every Markdown
rule family. When the alignment meets something it does not expect, the rest of that inline is
marked as not located: rules skip it rather than point at a wrong place.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, NamedTuple

from markdown_it.common.utils import unescapeAll
from markdown_it.helpers import parseLinkDestination, parseLinkLabel, parseLinkTitle
from markdown_it.rules_inline import StateInline

from contentlint.diagnostics import Edit, Finding, Fix
from contentlint.documents import markdown_parser

if TYPE_CHECKING:
    from collections.abc import Callable

    from markdown_it.token import Token

    from contentlint.documents import Document
    from contentlint.messages import Message

_MD = markdown_parser()

LinkKind = Literal["inline", "reference", "autolink", "image"]

# Stands in the prose for a code span or an image: something visible that is not words.
OPAQUE = "\ufffc"

_ENTITY = re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});")
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# A destination without spaces, brackets, escapes or control characters, closed right away.
_SIMPLE_DESTINATION = re.compile(r"([^\s()<\\\x00-\x1f\x7f]+)\)")
_MARKUP = {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}
CLOSING_MARKUP = frozenset({"em_close", "strong_close", "s_close"})


class Piece(NamedTuple):  # a tuple: there are many, and tuples are the cheapest to make
    """One inline child token and its source: ``body[start:end]``."""

    token: Token
    start: int
    end: int
    link: int  # index in Inline.links of the link whose label holds it; -1 outside links


# Piece((token, start, end, link)) without the Python-level __new__ that NamedTuple adds.
_new_piece = functools.partial(tuple.__new__, Piece)


@dataclass(slots=True)
class Link:
    """A link or image. Offsets are into the body; ``end`` is exclusive.

    ``label_*`` is the text between the brackets (for an autolink, the address itself);
    ``dest_*`` is the destination as written, without angle brackets, or None for a reference
    link, whose destination is written elsewhere.
    """

    token: Token
    kind: LinkKind
    href: str
    start: int
    end: int = -1
    label_start: int = -1
    label_end: int = -1
    dest_start: int | None = None
    dest_end: int | None = None
    pieces: list[Piece] = field(default_factory=list)
    located: bool = True
    # The text, once asked for: every link rule and the link extractor read it, and the pieces
    # are complete before any of them runs.
    _text: str | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The label as a reader sees it: no tags, line breaks as spaces."""
        if self._text is not None:
            return self._text
        if self.kind == "image":
            self._text = str(self.token.content)
            return self._text
        out = []
        for piece in self.pieces:
            kind = piece.token.type
            if kind in ("text", "code_inline", "image"):  # an image reads as its alt text
                out.append(piece.token.content)
            elif kind in ("softbreak", "hardbreak"):
                out.append(" ")
        self._text = "".join(out)
        return self._text


@dataclass(slots=True)
class Prose:
    """The visible text of one inline (links' labels included, code as :data:`OPAQUE`), with a
    map from every index back to a body offset."""

    text: str = ""
    _index: list[int] = field(default_factory=list)  # prose index where a run starts
    _body: list[int] = field(default_factory=list)  # body offset of that index
    # (prose index, body offset just after the construct) for each link end, closing tag and
    # closing emphasis: where a word may continue right after markup.
    closings: list[tuple[int, int]] = field(default_factory=list)
    labels: list[tuple[int, int, Link]] = field(default_factory=list)  # prose range of each label
    _parts: list[str] = field(default_factory=list)
    _length: int = 0

    def _add(self, text: str, body: int) -> None:
        self._index.append(self._length)
        self._body.append(body)
        self._parts.append(text)
        self._length += len(text)

    def offset(self, index: int) -> int:
        """Body offset of the prose character at ``index``."""
        run = bisect.bisect_right(self._index, index) - 1
        return self._body[run] + index - self._index[run]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Body offsets of the prose characters ``start:end`` (end exclusive, end > start)."""
        return self.offset(start), self.offset(end - 1) + 1


@dataclass(slots=True)
class Inline:
    """One inline token (a paragraph, heading or table cell) with its pieces located."""

    token: Token
    pieces: list[Piece]
    links: list[Link]
    prose: Prose
    complete: bool  # False when the alignment stopped early: later pieces are missing


class _Misaligned(Exception):
    pass


class _Aligner:
    """Walks an inline token's children over ``content``, the text the inline parser read."""

    def __init__(self, content: str, line_content: list[int], line_body: list[int]) -> None:
        self.src = content
        self.pos = 0
        self._line_content = line_content
        self._line_body = line_body
        self._single = line_body[0] if len(line_content) == 1 else None  # most paragraphs: one line
        self.pieces: list[Piece] = []
        self.links: list[Link] = []
        self.prose = Prose()
        self._open_links: list[int] = []
        self._label_start = 0

    def body(self, offset: int) -> int:
        if self._single is not None:
            return self._single + offset
        row = bisect.bisect_right(self._line_content, offset) - 1
        return self._line_body[row] + offset - self._line_content[row]

    def expect(self, literal: str) -> None:
        if not self.src.startswith(literal, self.pos):
            raise _Misaligned(literal)
        self.pos += len(literal)

    def skip(self, chars: str) -> None:
        src, pos = self.src, self.pos
        while pos < len(src) and src[pos] in chars:
            pos += 1
        self.pos = pos

    def walk(self, children: list[Token]) -> None:
        # Runs for every inline child of every document: the plain text, the piece and its
        # offsets are handled here rather than in a helper call each.
        pieces, links, open_links, prose, body = self.pieces, self.links, self._open_links, self.prose, self.body
        single = self._single  # the body offset of a one-line inline's content: offsets are one addition
        index, count = 0, len(children)
        while index < count:
            child = children[index]
            kind = child.type
            start = self.pos
            if kind == "text":
                text = child.content
                # Without '&' or '\\' in the decoded text, an equal source slice holds no escape
                # or entity.
                if "&" not in text and "\\" not in text and self.src.startswith(text, start):
                    prose._add(text, single + start if single is not None else body(start))
                    self.pos = start + len(text)
                else:
                    self._text(text)
            elif kind == "html_inline":  # the next most common: <u> and </u> around link texts
                tag = child.content
                if not self.src.startswith(tag, start):
                    raise _Misaligned(tag)
                self.pos = start + len(tag)
                if tag.startswith("</"):
                    prose.closings.append((prose._length, body(self.pos)))
            elif kind == "link_open" and child.info == "auto":
                index = self._autolink(children, index)
                continue
            elif kind == "softbreak" or kind == "hardbreak":
                self.skip(" ")
                if kind == "hardbreak" and self.src.startswith("\\", self.pos):
                    self.pos += 1
                newline = self.pos
                self.expect("\n")
                self.skip(" \t")
                prose._add("\n", body(newline))
            elif kind == "code_inline":
                self._code(child.markup)
                prose._add(OPAQUE, body(start))
            elif kind in _MARKUP:
                self.expect(child.markup)
                if kind in CLOSING_MARKUP:
                    prose.closings.append((prose._length, body(self.pos)))
            elif kind == "link_open":
                self.expect("[")
                link = Link(child, "inline", str(child.attrGet("href") or ""), body(start))
                link.label_start = body(self.pos)
                open_links.append(len(links))
                links.append(link)
                self._label_start = prose._length
            elif kind == "link_close":
                link = links[open_links[-1]]
                link.label_end = body(self.pos)
                self.expect("]")
                self._destination(link)
                open_links.pop()
                prose.labels.append((self._label_start, prose._length, link))
                prose.closings.append((prose._length, link.end))
            elif kind == "image":
                self._image(child, start)
            else:
                raise _Misaligned(kind)
            # Links do not nest, so a link's own opening bracket is outside every label.
            holder = open_links[-1] if open_links and kind != "link_open" else -1
            if single is not None:
                piece = _new_piece((child, single + start, single + self.pos, holder))
            else:
                piece = _new_piece((child, body(start), body(self.pos), holder))
            pieces.append(piece)
            if holder != -1:
                links[holder].pieces.append(piece)
            index += 1

    def _text(self, text: str) -> None:
        """A text piece whose source may differ from its text: escapes and entities make the
        decoded text differ from the source, so walk it (plain text is done in :meth:`walk`)."""
        src, pos = self.src, self.pos
        done = run_start = 0
        run_pos = pos
        while done < len(text):
            char = src[pos] if pos < len(src) else ""
            if char == "\\" and pos + 1 < len(src) and src[pos + 1] in _ASCII_PUNCT:
                decoded, width = src[pos + 1], 2
            elif char == "&" and (entity := _ENTITY.match(src, pos)) is not None and \
                    (decoded := unescapeAll(entity.group())) != entity.group():
                width = len(entity.group())
            elif char == text[done]:
                pos += 1
                done += 1
                continue
            else:
                raise _Misaligned(text)
            if not text.startswith(decoded, done):
                raise _Misaligned(text)
            if done > run_start:
                self.prose._add(text[run_start:done], self.body(run_pos))
            # An escaped character maps to itself, an entity's characters to its '&'.
            self.prose._add(decoded, self.body(pos + 1 if width == 2 and char == "\\" else pos))
            pos += width
            done += len(decoded)
            run_start, run_pos = done, pos
        if done > run_start:
            self.prose._add(text[run_start:done], self.body(run_pos))
        self.pos = pos

    def _code(self, fence: str) -> None:
        self.expect(fence)
        end = _code_end(self.src, self.pos, fence)
        if end == -1:
            raise _Misaligned(fence)
        self.pos = end

    def _autolink(self, children: list[Token], index: int) -> int:
        opening = children[index]
        start = self.pos
        self.expect("<")
        close = self.src.find(">", self.pos)
        if close == -1:
            raise _Misaligned("<")
        link = Link(opening, "autolink", str(opening.attrGet("href") or ""), self.body(start))
        link.label_start = link.dest_start = self.body(self.pos)
        link.label_end = link.dest_end = self.body(close)
        link.end = self.body(close + 1)
        label = self.src[self.pos:close]
        self.prose.labels.append((self.prose._length, self.prose._length + len(label), link))
        self.prose._add(label, self.body(self.pos))
        self.pos = close + 1
        holder = len(self.links)
        self.links.append(link)
        # The children are the address again; they become one text piece of the label.
        end = index + 1
        while end < len(children) and children[end].type != "link_close":
            end += 1
        if end == len(children):
            raise _Misaligned("autolink")
        self.pieces.append(Piece(opening, link.start, link.label_start, -1))
        for child in children[index + 1:end]:
            piece = Piece(child, link.label_start, link.label_end, holder)
            self.pieces.append(piece)
            link.pieces.append(piece)
        self.pieces.append(Piece(children[end], link.label_end, link.end, -1))
        self.prose.closings.append((self.prose._length, link.end))
        return end + 1

    def _image(self, token: Token, start: int) -> None:
        self.expect("![")
        link = Link(token, "image", str(token.attrGet("src") or ""), self.body(start))
        link.label_start = self.body(self.pos)
        # The alt text is parsed like a label; walk it to find its ']' but keep it out of the
        # prose (a reader sees the picture, not the words).
        nested = _Aligner(self.src, self._line_content, self._line_body)
        nested.pos = self.pos
        nested.walk(token.children or [])
        self.pos = nested.pos
        link.label_end = self.body(self.pos)
        self.expect("]")
        self._destination(link)
        self.links.append(link)
        self.prose._add(OPAQUE, self.body(start))

    def _destination(self, link: Link) -> None:
        """After ']': an inline destination, a reference label, or nothing (a shortcut).

        Mirrors markdown-it's link rule step by step, quirks included (a failed inline
        destination moves on to a reference label *after* the point where it failed).
        """
        src = self.src
        label_close = self.pos - 1
        pos = self.pos
        reference = True
        if src.startswith("(", pos):
            reference = False
            simple = _SIMPLE_DESTINATION.match(src, pos + 1)
            if simple is not None and _MD.validateLink(simple.group(1)):
                # The usual '(https://…)': what the full parse below would find, much faster.
                link.dest_start, link.dest_end = self.body(pos + 1), self.body(simple.end() - 1)
                self.pos = simple.end()
                link.end = self.body(self.pos)
                return
            pos = _skip_space(src, pos + 1)
            dest = parseLinkDestination(src, pos, len(src))
            if dest.ok:
                if _MD.validateLink(_MD.normalizeLink(dest.str)):
                    angle = src.startswith("<", pos)
                    link.dest_start = self.body(pos + angle)
                    link.dest_end = self.body(dest.pos - angle)
                    pos = dest.pos
                gap = pos
                pos = _skip_space(src, pos)
                title = parseLinkTitle(src, pos, len(src))
                if pos < len(src) and gap != pos and title.ok:
                    pos = _skip_space(src, title.pos)
            elif src.startswith(")", pos):  # '[text]()': an empty destination
                link.dest_start = link.dest_end = self.body(pos)
            if not src.startswith(")", pos):
                reference = True
                link.dest_start = link.dest_end = None
            pos += 1
        if reference:
            if link.kind == "inline":
                link.kind = "reference"
            close = -1
            if src.startswith("[", pos):
                close = parseLinkLabel(StateInline(src, _MD, {}, []), pos)
            pos = close + 1 if close != -1 else label_close + 1
        self.pos = pos
        link.end = self.body(pos)


_END = sys.maxsize  # the limit of the last content line: no line follows it


def _place_plain(token: Token, content: str, line_content: list[int], line_body: list[int]) -> Inline | None:
    """:class:`_Aligner`'s placement of an inline made only of text without escapes or entities,
    line breaks, one-line tags, emphasis, code spans and links with a simple destination (every
    paragraph the inline fast path of markdown_fast reads, and most others), or None for any
    other inline.

    Offsets only grow along the walk, so each is mapped with the current line's shift, moved on
    when the walk passes the next line's start (what ``_Aligner.body`` finds by bisection). On
    any other child, or a source that does not match, the aligner places the inline from its
    start: this path never leaves an inline half placed. tests/test_markdown_source_reference.py
    compares every placement with the aligner's as it was before this path."""
    src = content
    size = len(src)
    pos = row = 0
    base = line_body[0]  # the first line's content offset is 0
    limit = line_content[1] if len(line_content) > 1 else _END
    pieces: list[Piece] = []
    links: list[Link] = []
    index: list[int] = []
    bodies: list[int] = []
    parts: list[str] = []
    closings: list[tuple[int, int]] = []
    labels: list[tuple[int, int, Link]] = []
    length = label_start = link_start = holder = 0
    opening: Token | None = None
    held: list[Piece] | None = None  # the pieces of the open link's label
    # Bound once: these run for every child.
    new, add_piece = tuple.__new__, pieces.append
    add_index, add_body, add_part = index.append, bodies.append, parts.append
    for child in token.children or ():
        kind = child.type
        start = base + pos
        if kind == "text":
            text = child.content
            if "&" in text or "\\" in text or not src.startswith(text, pos):
                return None
            add_index(length)
            add_body(start)
            add_part(text)
            length += len(text)
            pos += len(text)
        elif kind == "html_inline":
            tag = child.content
            if not src.startswith(tag, pos):
                return None
            pos += len(tag)
            if pos >= limit:  # a tag over two lines
                return None
            if tag.startswith("</"):
                closings.append((length, base + pos))
        elif kind == "link_open":
            if held is not None or child.info == "auto" or not src.startswith("[", pos):
                return None
            pos += 1
            # The Link is made at its end, with every field known.
            opening, link_start, label_start, holder, held = child, start, length, len(links), []
            add_piece(new(Piece, (child, start, start + 1, -1)))
            continue
        elif kind == "link_close":
            # '](destination)' on one line: _Aligner._destination's first case.
            if held is None or not src.startswith("](", pos):
                return None
            simple = _SIMPLE_DESTINATION.match(src, pos + 2)
            if simple is None or not _MD.validateLink(simple.group(1)):
                return None
            pos = simple.end()
            end = base + pos
            assert opening is not None
            link = Link(opening, "inline", str(opening.attrs.get("href") or ""), link_start, end, link_start + 1,
                        start, start + 2, end - 1, held)
            links.append(link)
            labels.append((label_start, length, link))
            closings.append((length, end))
            add_piece(new(Piece, (child, start, end, -1)))
            held = None
            continue
        elif kind == "softbreak" or kind == "hardbreak":
            while pos < size and src[pos] == " ":
                pos += 1
            if kind == "hardbreak" and src.startswith("\\", pos):
                pos += 1
            if not src.startswith("\n", pos):
                return None
            add_index(length)
            add_body(base + pos)
            add_part("\n")
            length += 1
            pos += 1
            while pos < size and src[pos] in " \t":
                pos += 1
        elif kind in _MARKUP:
            if not src.startswith(child.markup, pos):
                return None
            pos += len(child.markup)
            if kind in CLOSING_MARKUP:
                closings.append((length, base + pos))
        elif kind == "code_inline":
            fence = child.markup
            pos = _code_end(src, pos + len(fence), fence) if src.startswith(fence, pos) else -1
            if pos == -1:
                return None
            add_index(length)
            add_body(start)
            add_part(OPAQUE)
            length += 1
        else:
            return None
        while pos >= limit:
            row += 1
            base = line_body[row] - line_content[row]
            limit = line_content[row + 1] if row + 1 < len(line_content) else _END
        if held is None:
            add_piece(new(Piece, (child, start, base + pos, -1)))
        else:
            piece = new(Piece, (child, start, base + pos, holder))
            add_piece(piece)
            held.append(piece)
    prose = Prose("".join(parts), index, bodies, closings, labels, parts, length)
    return Inline(token, pieces, links, prose, True)


def _code_end(src: str, pos: int, fence: str) -> int:
    """Where a code span whose opening ``fence`` ends at ``pos`` ends: just after the first run of
    backticks as long as the fence; -1 if there is none."""
    search = pos
    while True:
        found = src.find(fence, search)
        if found == -1:
            return -1
        end = found
        while end < len(src) and src[end] == "`":
            end += 1
        if end - found == len(fence):
            return end
        search = end


def _skip_space(src: str, pos: int) -> int:
    while pos < len(src) and src[pos] in " \t\n":
        pos += 1
    return pos


def _content_lines(doc: Document, token: Token, cursors: dict[int, int],
                   content: str | None = None) -> tuple[list[int], list[int]]:
    """For each line of the inline's content: its content offset and the body offset it maps to.

    The block parser removed block markers ('> ', list indentation, '#') and the outer white
    space, so each content line is the tail of its source line (a table cell or heading text is
    found inside it instead).
    """
    body = doc.markdown_body
    starts = doc._body_line_starts
    assert token.map is not None
    first, last = token.map
    lines = token.content if content is None else content
    one = _one_line(body, starts, first, lines, cursors)
    if one is not None:
        return one
    line_content: list[int] = []
    line_body: list[int] = []
    offset = 0
    for row, line in enumerate(lines.split("\n")):
        text = line.lstrip(" \t")
        lead = len(line) - len(text)
        # The parser strips the paragraph of Unicode white space, which can swallow a first line
        # holding only a no-break space: the first content line may stand on a later line.
        for number in range(first, last) if row == 0 else (first + row,):
            found = _find_line(body, starts, number, text, cursors)
            if found != -1:
                break
        else:
            raise _Misaligned(line)
        if row == 0:
            first = number
        line_content.append(offset)
        line_body.append(starts[number] + found - lead)
        offset += len(line) + 1
    return line_content, line_body


def _one_line(body: str, starts: list[int], first: int, lines: str,
              cursors: dict[int, int]) -> tuple[list[int], list[int]] | None:
    """:func:`_content_lines` of content that is one line and the tail of its source line (most
    paragraphs: _find_line's first case, without the loop), or None for any other content."""
    if "\n" in lines or first + 1 >= len(starts):
        return None
    text = lines.lstrip(" \t")
    end = starts[first + 1] - 1
    if not text or body[end - 1] == "\r" or not body.endswith(text, starts[first], end):
        return None
    cursors[first] = end - starts[first]
    return [0], [end - len(lines)]


def _find_line(body: str, starts: list[int], number: int, text: str, cursors: dict[int, int]) -> int:
    """Where ``text`` stands in body line ``number``: its tail, else its first occurrence after
    what earlier inlines on that line took (table cells); -1 if it is not there."""
    if number >= len(starts):
        return -1
    begin = starts[number]
    end = starts[number + 1] - 1 if number + 1 < len(starts) else len(body)
    while end > begin and body[end - 1] == "\r":
        end -= 1
    if not text:  # an empty table cell: nothing to find, and nothing to consume
        return cursors.get(number, 0)
    # Most lines are the text's own: checked in place, without copying the line.
    if body.endswith(text, begin, end):
        cursors[number] = end - begin
        return end - begin - len(text)
    source = body[begin:end]
    found = len(source.rstrip()) - len(text)  # the tail before trailing white space
    if found < 0 or not source.startswith(text, found):
        found = source.find(text, cursors.get(number, 0))
        if found == -1:
            return -1
    cursors[number] = found + len(text)
    return found


def _locate(doc: Document, token: Token, cursors: dict[int, int]) -> Inline:
    children = token.children or []
    try:
        line_content, line_body = _content_lines(doc, token, cursors)
    except _Misaligned:
        return _unlocated(doc, token, children, [], [], Prose())
    placed = _place_plain(token, token.content, line_content, line_body)
    if placed is not None:
        return placed
    aligner = _Aligner(token.content, line_content, line_body)
    try:
        aligner.walk(children)
    except _Misaligned:
        return _unlocated(doc, token, children, aligner.pieces, aligner.links, aligner.prose)
    prose = aligner.prose
    prose.text = "".join(prose._parts)
    return Inline(token, aligner.pieces, aligner.links, prose, True)


def _unlocated(doc: Document, token: Token, children: list[Token], pieces: list[Piece],
               links: list[Link], prose: Prose) -> Inline:
    """Keep what was located; every later link still counts (the link checker needs each URL),
    placed at its paragraph's first line and marked as not located."""
    assert token.map is not None
    here = doc._body_line_starts[token.map[0]]
    known = {id(link.token) for link in links}
    for link in links:
        if link.end == -1:
            link.located = False
    for child in children:
        if child.type in ("link_open", "image") and id(child) not in known:
            href = str(child.attrGet("src" if child.type == "image" else "href") or "")
            kind: LinkKind = "image" if child.type == "image" else "inline"
            links.append(Link(child, kind, href, here, here, here, here, located=False))
    prose.text = "".join(prose._parts)
    prose.closings.clear()
    return Inline(token, pieces, links, prose, False)


_CACHE: list[tuple[Document, tuple[Inline, ...]]] = []


def inlines(doc: Document) -> tuple[Inline, ...]:
    """Every inline token of the document, located. Computed once per document: the engine
    analyses one document at a time, so remembering the last one serves every rule."""
    if _CACHE and _CACHE[0][0] is doc:
        return _CACHE[0][1]
    cursors: dict[int, int] = {}
    found = tuple([
        _locate(doc, token, cursors)
        for token in doc.tokens
        if token.type == "inline" and token.map is not None
    ])
    _CACHE[:] = [(doc, found)]
    return found


def as_written(doc: Document, link: Link) -> str:
    """The destination as the editor wrote it, escapes and entities decoded, not percent-encoded."""
    if link.dest_start is None or link.dest_end is None or not link.located:
        return link.href
    written = unescapeAll(doc.body[link.dest_start:link.dest_end])
    if link.kind == "autolink" and link.href.startswith("mailto:") and not written.startswith("mailto:"):
        return "mailto:" + written
    return written


def block_offsets(doc: Document, token: Token) -> Callable[[int], int] | None:
    """For a block token kept verbatim (html_block): content offset → body offset, or None."""
    if token.map is None:
        return None
    try:
        line_content, line_body = _content_lines(doc, token, {}, token.content.rstrip("\n"))
    except _Misaligned:
        return None
    return _Aligner(token.content, line_content, line_body).body


def finding(doc: Document, start: int, end: int, message: Message, *, rule: str | None = None,
            fix: Fix | None = None, url: str | None = None) -> Finding:
    """A finding over ``body[start:end]``."""
    line, column = doc.body_position(start)
    end_line, end_column = doc.body_position(end)
    return Finding(line, column, message, end_line, end_column, url=url, fix=fix, rule=rule)


def edit(doc: Document, start: int, end: int, text: str) -> Edit:
    """Replace ``body[start:end]`` with ``text``."""
    line, column = doc.body_position(start)
    end_line, end_column = doc.body_position(end)
    return Edit(line, column, end_line, end_column, text)
