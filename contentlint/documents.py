"""Turn one answer file into a :class:`Document`: decoded text, frontmatter with positions,
and Markdown tokens parsed once and shared by every rule. Problems are kept as values."""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markdown_it import MarkdownIt

from contentlint import markdown_block_fast, markdown_fast, markdown_shortcuts, yamlflat, yamlpos
from contentlint.diagnostics import Finding
from contentlint.messages import msg
from contentlint.yamlpos import LoadedYaml, Problem

if TYPE_CHECKING:
    from markdown_it.rules_block import StateBlock
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

# Exactly one line: python-frontmatter's own pattern (``^-{3,}\s*$``) lets ``\s*`` run over
# blank lines, which would shift every line number after it.
_BOUNDARY = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
_LONE_CR = re.compile(r"\r(?!\n)")

FRONTMATTER_RULES = {
    "duplicate": "CL104",
    "alias": "CL105",
    "trap": "CL106",
    "tag": "CL107",
    "key": "CL108",
}

# The longest line the Markdown parser is given; longer ones are not prose that an editor wrote.
MAX_LINE_LENGTH = 20_000


# Characters that markdown-it's normalizeLink leaves as they are (mdurl's encode keeps these and
# well-formed %XX escapes); a URL made only of them comes out unchanged.
_URL_SAFE = re.compile(r"[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]*\Z")


# Deeper than this, blocks are read as plain paragraphs (CL008): no editor nests 20 quotes or
# 10 lists, and the bound keeps the parser's recursion far from Python's stack limit.
MAX_NESTING = 20


def _flatten_too_deep(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A block rule that runs first: at the nesting bound it reads the rest of the container as
    one paragraph, so the links inside are still found (markdown-it would drop the lines)."""
    if state.level < MAX_NESTING:
        return False
    line = start + 1
    while line < end and (state.isEmpty(line) or state.sCount[line] >= state.blkIndent):
        line += 1
    state.env.setdefault("too_deep", []).append(start)
    state.push("paragraph_open", "p", 1).map = [start, line]
    inline = state.push("inline", "", 0)
    inline.content = state.getLines(start, line, state.blkIndent, False).strip()
    inline.map = [start, line]
    inline.children = []
    state.push("paragraph_close", "p", -1)
    state.line = line
    return True


def markdown_parser() -> MarkdownIt:
    # Tables, as GitHub and Drupal render them; strikethrough is left out: the content never
    # uses it, and its inline rule runs at every "~".
    # A list item opens two levels at once: the parser's own bound must let the rule above
    # run at MAX_NESTING + 1 too.
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING + 2}).enable(["table"])
    md.block.ruler.before("table", "too_deep", _flatten_too_deep)
    normalize = md.normalizeLink
    skip_token = md.inline.skipToken

    def normalize_link(url: str) -> str:
        # Parsing and re-encoding every URL is a third of the parse time; the ones that need
        # nothing done are by far the most common.
        return url if _URL_SAFE.match(url) else normalize(url)

    def validate_link(url: str) -> bool:
        # markdown-it drops javascript:, vbscript:, file: and data: links to keep the HTML it
        # renders safe; contentlint renders nothing and must see them to report them (CL416).
        return True

    def skip_inline_token(state: StateInline) -> None:
        # At its bound markdown-it skips the rest of the paragraph: '[' nested 23 deep.
        if state.level >= state.md.options["maxNesting"]:
            state.env.setdefault("too_deep_inline", []).append(state.src)
        skip_token(state)

    md.normalizeLink = normalize_link  # type: ignore[method-assign]
    md.validateLink = validate_link  # type: ignore[method-assign]
    md.inline.skipToken = skip_inline_token  # type: ignore[method-assign]
    markdown_shortcuts.install(md)
    markdown_fast.install(md)
    markdown_block_fast.install(md)
    return md


_MD = markdown_parser()


@dataclass
class Frontmatter:
    yaml: LoadedYaml
    start_line: int  # the opening '---'
    end_line: int  # the closing '---'

    @property
    def data(self) -> dict[str, Any] | None:
        return self.yaml.data if self.yaml.ok and isinstance(self.yaml.data, dict) else None


@dataclass
class Document:
    path: Path
    relpath: str
    text: str = ""
    encoding: str = "utf-8"
    bom: bool = False
    frontmatter: Frontmatter | None = None
    body: str = ""
    body_line: int = 1  # file line of the body's first line
    readable: bool = True  # False when the bytes could not be turned into text
    parse_markdown: bool = True
    problems: list[Problem] = field(default_factory=list)

    @cached_property
    def lines(self) -> list[str]:
        """The file's lines with their line endings, split at '\n' only as positions are
        (str.splitlines would also split at U+2028, form feeds and lone CRs)."""
        parts = self.text.split("\n")
        lines = [part + "\n" for part in parts[:-1]]
        if parts[-1]:
            lines.append(parts[-1])
        return lines

    @cached_property
    def markdown_body(self) -> str:
        """The body as the Markdown parser reads it: a lone CR (old Mac line ending) becomes a
        space. markdown-it would count it as a line break, and positions count '\n' only; the
        length stays the same, so every offset still points into ``body``."""
        return _LONE_CR.sub(" ", self.body) if "\r" in self.body else self.body

    @cached_property
    def tokens(self) -> list[Token]:
        if not self.readable or not self.parse_markdown:
            return []
        env: dict[str, list[Any]] = {}
        tokens = _MD.parse(self.markdown_body, env)
        deep_inlines = set(env.get("too_deep_inline", ()))
        lines = env.get("too_deep", []) + [
            token.map[0] for token in tokens
            if token.type == "inline" and token.map is not None and token.content in deep_inlines
        ] if deep_inlines else env.get("too_deep", [])
        if lines:
            self.problems.append(Problem("CL008", Finding(self.body_line + min(lines), 1, msg(
                "The Markdown is nested more than {limit} levels deep; what is deeper was read "
                "as plain text",
                "Markdown {limit} düzeyden daha derin iç içe yazılmış; daha derindeki kısım düz "
                "metin olarak okundu",
                limit=MAX_NESTING,
            ))))
        return tokens

    @cached_property
    def _body_line_starts(self) -> list[int]:
        starts = [0]
        body = self.body
        index = body.find("\n")
        while index != -1:
            starts.append(index + 1)
            index = body.find("\n", index + 1)
        return starts

    def body_position(self, offset: int) -> tuple[int, int]:
        """File (line, column), 1-based, of a character offset into ``body``."""
        starts = self._body_line_starts
        row = bisect.bisect_right(starts, offset) - 1
        return self.body_line + row, offset - starts[row] + 1

    def body_offset(self, line: int, column: int) -> int:
        """Character offset into ``body`` of a 1-based file position inside the body."""
        return self._body_line_starts[line - self.body_line] + column - 1


def _problem(rule: str, line: int, column: int, en: str, tr: str, **params: object) -> Problem:
    return Problem(rule, Finding(line, column, msg(en, tr, **params)))


def guess_encoding(raw: bytes) -> str:
    """The encoding a non-UTF-8 Turkish file was most probably written in."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    if raw[1::2].count(0) > len(raw) // 4:
        return "UTF-16-LE"
    if raw[0::2].count(0) > len(raw) // 4:
        return "UTF-16-BE"
    if all(byte < 0x80 for byte in raw):
        return "ASCII"
    # Turkish letters outside ASCII are single bytes in Windows-1254 and ISO-8859-9 (identical
    # for letters); Windows-1254 is what Turkish Windows programs write.
    return "Windows-1254"


def decode(doc: Document, raw: bytes) -> None:
    if raw.startswith(codecs.BOM_UTF8):
        doc.bom = True
        raw = raw[len(codecs.BOM_UTF8):]
        doc.problems.append(_problem(
            "CL002", 1, 1,
            "The file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM",
            "Dosya UTF-8 bayt sırası işaretiyle (BOM) başlıyor; BOM'suz UTF-8 olarak kaydedin",
        ))
    nul = raw.find(b"\x00")
    if nul != -1 and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and \
            guess_encoding(raw).startswith("UTF-16") is False:
        line = raw.count(b"\n", 0, nul) + 1
        doc.readable = False
        doc.problems.append(_problem(
            "CL004", line, nul - (raw.rfind(b"\n", 0, nul) + 1) + 1,
            "The file contains a NUL byte: it is a binary file, not text; it was not checked",
            "Dosyada NUL baytı var: bu bir metin dosyası değil, ikili dosya; denetlenmedi",
        ))
        return
    try:
        doc.text = raw.decode("utf-8")
        crlf = doc.text.find("\r\n")
        if crlf != -1:
            doc.problems.append(_problem(
                "CL003", doc.text.count("\n", 0, crlf) + 1, crlf - (doc.text.rfind("\n", 0, crlf) + 1) + 1,
                "The file has Windows (CRLF) line endings; the content uses Unix (LF) line endings",
                "Dosyada Windows (CRLF) satır sonları var; içerik Unix (LF) satır sonlarıyla yazılır",
            ))
    except UnicodeDecodeError as exc:
        doc.readable = False
        guess = guess_encoding(raw)
        line = raw.count(b"\n", 0, exc.start) + 1
        column = len(raw[raw.rfind(b"\n", 0, exc.start) + 1:exc.start].decode("utf-8", "replace")) + 1
        doc.encoding = guess
        doc.problems.append(_problem(
            "CL001", line, column,
            "The file is not UTF-8; it looks like {guess}. Save it as UTF-8 (first bad byte 0x{byte:02X})",
            "Dosya UTF-8 değil, {guess} ile kaydedilmiş görünüyor. UTF-8 olarak kaydedin "
            "(ilk hatalı bayt 0x{byte:02X})",
            guess=guess, byte=raw[exc.start],
        ))


def split_frontmatter(doc: Document) -> None:
    text = doc.text
    opening = _BOUNDARY.match(text)
    if opening is None:
        doc.body, doc.body_line = text, 1
        doc.problems.append(_problem(
            "CL101", 1, 1,
            "The file has no frontmatter: it must start with a '---' line, then title, "
            "question_id and choice_id, then another '---' line",
            "Dosyanın ön bilgisi (frontmatter) yok: dosya '---' satırıyla başlamalı, ardından "
            "title, question_id ve choice_id gelmeli, sonra yine bir '---' satırı olmalı",
        ))
        return
    closing = _BOUNDARY.search(text, opening.end())
    if closing is None:
        doc.parse_markdown = False
        doc.problems.append(_problem(
            "CL102", 1, 1,
            "The frontmatter is never closed: add a '---' line after its last key",
            "Ön bilgi (frontmatter) kapatılmamış: son anahtardan sonra bir '---' satırı ekleyin",
        ))
        return
    yaml_text = text[opening.end() + 1:closing.start()]
    end_line = text.count("\n", 0, closing.start()) + 1
    loaded = yamlflat.load_flat(yaml_text, 1)
    if loaded is None:
        loaded = yamlpos.load(yaml_text, 1, syntax_rule="CL103", rules=FRONTMATTER_RULES)
    doc.problems.extend(loaded.problems)
    if loaded.ok and not isinstance(loaded.data, dict):
        loaded.ok = False
        doc.problems.append(_problem(
            "CL108", 2, 1,
            "The frontmatter must be a list of 'key: value' lines",
            "Ön bilgi (frontmatter) 'anahtar: değer' satırlarından oluşmalıdır",
        ))
    doc.frontmatter = Frontmatter(loaded, 1, end_line)
    body_start = closing.end() + 1 if closing.end() < len(text) else len(text)
    doc.body = text[body_start:]
    doc.body_line = end_line + 1


def load_document(path: Path, relpath: str, raw: bytes) -> Document:
    doc = Document(path=path, relpath=relpath)
    decode(doc, raw)
    if not doc.readable:
        return doc
    # No line of a file this short can be too long: spare splitting it.
    longest = max(map(len, doc.text.split("\n"))) if len(doc.text) > MAX_LINE_LENGTH else 0
    if longest > MAX_LINE_LENGTH:
        doc.parse_markdown = False
        doc.problems.append(_problem(
            "CL006", 1, 1,
            "A line is {length} characters long (limit {limit}); Markdown checks were skipped",
            "Bir satır {length} karakter uzunluğunda (sınır {limit}); Markdown denetimleri atlandı",
            length=longest, limit=MAX_LINE_LENGTH,
        ))
    split_frontmatter(doc)
    return doc


@dataclass
class AnswerFacts:
    """What coverage needs to know of one answer file, small enough to cache."""

    relpath: str
    question_id: int | None
    choice_id: int | None
    title: str | None
    line: int  # where to point: the question_id key, else line 1
    column: int
    title_line: int
    title_column: int


def answer_facts(doc: Document) -> AnswerFacts | None:
    fm = doc.frontmatter
    data = fm.data if fm is not None else None
    if fm is None or data is None:
        return None
    q, c, t = data.get("question_id"), data.get("choice_id"), data.get("title")
    where = fm.yaml.where(("question_id",), key=True)
    title_where = fm.yaml.where(("title",))
    return AnswerFacts(
        relpath=doc.relpath,
        question_id=q if isinstance(q, int) and not isinstance(q, bool) else None,
        choice_id=c if isinstance(c, int) and not isinstance(c, bool) else None,
        title=t if isinstance(t, str) else None,
        line=where.line if where else 1,
        column=where.column if where else 1,
        title_line=title_where.line if title_where else 1,
        title_column=title_where.column if title_where else 1,
    )


@dataclass
class Corpus:
    """Everything corpus rules (coverage) see: facts of every answer file checked."""

    answers: list[AnswerFacts]
    complete: bool  # True when every answer file under the content root was checked
