"""White space, line endings and characters that do not show (CL350–CL358).

One pass over the body's lines finds every problem of the family. Which lines are code or raw
HTML (where white space is content) and which lines end in a hard line break comes from the
Markdown tokens, never from guessing with patterns. Every fix is chosen so that the rendered
text keeps its meaning; where a change could alter it, the problem is reported without a fix.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contentlint import turkish
from contentlint.diagnostics import Edit, Finding, Fix, Severity
from contentlint.messages import Message, msg
from contentlint.rules.base import Rule

if TYPE_CHECKING:
    from contentlint.context import Context
    from contentlint.documents import Document

TRAILING, BLANKS, TAB, FINAL_NEWLINE, END_BLANKS = "CL350", "CL351", "CL352", "CL353", "CL354"
INVISIBLE, ODD_SPACE, NOT_NFC, LINE_ENDINGS = "CL355", "CL356", "CL357", "CL358"

TAB_STOP = 4  # CommonMark's tab stop: expanding tabs to it keeps the block structure
_VERBATIM = frozenset({"fence", "code_block", "html_block"})

# Removed by the fix: they have no visible form and no use in Turkish text.
_REMOVABLE = frozenset("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff")
# Shown as white space; the fix makes them normal spaces.
_SPACES = frozenset("\u00a0\u1680\u2028\u2029\u202f\u205f\u3000" + "".join(map(chr, range(0x2000, 0x200B))))
# Reported without a fix: removing them could reorder or change what is shown.
_BIDI = frozenset("\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CONTROL = frozenset(map(chr, (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))))
_PRIVATE = "\ue000-\uf8ff\ufffc"
_SPECIAL = re.compile(
    "([" + "".join(map(re.escape, sorted(_REMOVABLE | _SPACES | _BIDI | _CONTROL))) + _PRIVATE + "])\\1*"
)
_NO_BREAK = "\u00a0\u202f"
_WORD_BEFORE = re.compile(r"[\w.]+$")
_MONTHS = frozenset({
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim",
    "kasım", "aralık",
})
_ZWJ = "\u200d"

_NAMES: dict[str, tuple[str, str]] = {
    "\u00a0": ("non-breaking space", "bölünmez boşluk"),
    "\u00ad": ("soft hyphen", "yumuşak tire"),
    "\u200b": ("zero-width space", "sıfır genişlikli boşluk"),
    "\u200c": ("zero-width non-joiner", "sıfır genişlikli ayırıcı"),
    "\u200d": ("zero-width joiner", "sıfır genişlikli birleştirici"),
    "\u200e": ("left-to-right mark", "soldan sağa yön işareti"),
    "\u200f": ("right-to-left mark", "sağdan sola yön işareti"),
    "\u2060": ("word joiner", "sözcük birleştirici"),
    "\ufeff": ("byte order mark (BOM) inside the text", "metnin içinde bayt sırası işareti (BOM)"),
    "\u2028": ("line separator", "satır ayırıcı"),
    "\u2029": ("paragraph separator", "paragraf ayırıcı"),
    "\u202f": ("narrow non-breaking space", "dar bölünmez boşluk"),
    "\ufffc": ("object replacement character (an image that was not pasted)",
               "nesne yer tutucusu (yapıştırılamamış bir resim)"),
}
# After line start and white space, what may follow a removed character without the line being
# read as something else (a heading, a list item, a quote, a blank line…).
_SAFE_AFTER_SPACE = "(“‘\"'«"


def _describe(char: str) -> tuple[str, str]:
    if char in _NAMES:
        return _NAMES[char]
    code = ord(char)
    if char in _SPACES:
        return "unusual space", "alışılmadık boşluk karakteri"
    if 0xE000 <= code <= 0xF8FF:
        return ("private-use character (often a bullet from Word's symbol font)",
                "özel kullanım karakteri (çoğunlukla Word'ün simge yazı tipinden gelen madde işareti)")
    if char in _BIDI:
        return "text direction control", "yazı yönü denetim karakteri"
    if char in _CONTROL:
        return "control character", "denetim karakteri"
    name = unicodedata.name(char, "").lower() or "invisible character"
    return name, name


class _Text:
    """File positions of offsets into the whole text; line starts are computed once, on demand."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.body_start = len(doc.text) - len(doc.body)
        self._starts: list[int] | None = None

    def _line_starts(self) -> list[int]:
        if self._starts is None:
            text, starts = self.text, [0]
            index = text.find("\n")
            while index != -1:
                starts.append(index + 1)
                index = text.find("\n", index + 1)
            self._starts = starts
        return self._starts

    def position(self, offset: int) -> tuple[int, int]:
        starts = self._line_starts()
        row = bisect.bisect_right(starts, offset) - 1
        return row + 1, offset - starts[row] + 1

    def line_bounds(self, offset: int) -> tuple[int, int]:
        """Start and end (before '\\r\\n' or '\\n') of the line holding ``offset``."""
        starts = self._line_starts()
        row = bisect.bisect_right(starts, offset) - 1
        start = starts[row]
        end = starts[row + 1] - 1 if row + 1 < len(starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def edit(self, start: int, end: int, replacement: str) -> Edit:
        (line, column), (end_line, end_column) = self.position(start), self.position(end)
        return Edit(line, column, end_line, end_column, replacement)

    def finding(self, rule: str, start: int, end: int, message: Message,
                fix: Fix | None = None) -> Finding:
        (line, column), (end_line, end_column) = self.position(start), self.position(end)
        return Finding(line, column, message, end_line, end_column, fix=fix, rule=rule)


@dataclass(frozen=True)
class _Layout:
    verbatim: frozenset[int]  # body rows of code blocks and raw HTML blocks
    breaks: frozenset[int]  # body rows of paragraphs that may end in a hard line break


def _layout(doc: Document) -> _Layout:
    verbatim: set[int] = set()
    breaks: set[int] = set()
    for token in doc.tokens:
        if token.map is None:
            continue
        first, last = token.map
        if token.type in _VERBATIM:
            verbatim.update(range(first, last))
        # A hard break stands before a line break of the paragraph: a paragraph of one line has none.
        elif token.type == "inline" and "\n" in token.content and \
                any(c.type == "hardbreak" for c in token.children or ()):
            breaks.update(range(first, last - 1))
    return _Layout(frozenset(verbatim), frozenset(breaks))


def _line_endings(text: str) -> tuple[str, int, int, int]:
    """The file's usual line ending and the counts of CRLF, LF alone and CR alone."""
    if "\r" not in text:  # most files: one search instead of three counts
        return "\n", 0, text.count("\n"), 0
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    return ("\r\n" if crlf > lf else "\n"), crlf, lf, cr


def _check_line_endings(t: _Text, usual: str, only_cr: bool) -> Iterator[Finding]:
    names = {"\r\n": "CRLF", "\n": "LF", "\r": "CR"}
    for match in re.finditer(r"\r\n|\r|\n", t.text):
        ending = match.group()
        if ending == usual:
            continue
        fix = None
        if match.start() >= t.body_start:
            action = msg("Use LF", "LF kullanın") if only_cr else msg(
                "Use {usual} like the rest of the file", "Dosyanın geri kalanı gibi {usual} kullanın",
                usual=names[usual])
            fix = Fix(action, (t.edit(match.start(), match.end(), usual),))
        if only_cr:
            message = msg(
                "The lines of this file end with CR alone (old Mac line endings); use LF",
                "Bu dosyanın satırları tek başına CR ile bitiyor (eski Mac satır sonları); LF kullanın",
            )
        else:
            message = msg(
                "This line ends with {ending}, most lines of the file with {usual}",
                "Bu satır {ending} ile bitiyor, dosyanın çoğu satırı ise {usual} ile",
                ending=names[ending], usual=names[usual],
            )
        yield t.finding(LINE_ENDINGS, match.start(), match.end(), message, fix)


# Longer link addresses are not looked for; this bounds the work per character.
_MAX_URL = 2048
# How a link address starts, and what ends it (CommonMark: ASCII space, or the closing bracket).
_URL_OPENERS = (("](", " \t)"), ("<", " \t>"), ("://", " \t"))


def _in_link_destination(text: str, line_start: int, offset: int) -> bool:
    """Whether ``offset`` is inside a link address that starts earlier on its line."""
    window = text[max(line_start, offset - _MAX_URL):offset]
    for opener, stops in _URL_OPENERS:
        at = window.rfind(opener)
        if at != -1 and not any(c in stops for c in window[at + len(opener):]):
            return True
    return False


def _skip_blanks(text: str, index: int, stop: int, step: int) -> int:
    """The first index from ``index`` (walking by ``step`` towards ``stop``) that is not a space or tab."""
    while index != stop and text[index] in " \t":
        index += step
    return index


def _character_edit(t: _Text, start: int, end: int, space: bool, verbatim: bool) -> Edit | None:
    """The edit that removes a run of invisible or unusual-space characters, or None if unsafe.

    The surroundings decide: inside a word an unusual space becomes a normal one; at the end of
    a line the run goes with the white space before it (so no hard line break appears); after
    line start or white space, only when a letter follows (so the line cannot turn into a heading,
    list item, code block or blank line).
    """
    if verbatim:
        return None if space else t.edit(start, end, "")
    text = t.text
    line_start, line_end = t.line_bounds(start)
    kept_end = _skip_blanks(text, start - 1, line_start - 1, -1) + 1  # end of the text before
    next_text = _skip_blanks(text, end, line_end, 1)  # start of the text after
    if next_text == line_end:
        return None if kept_end == line_start else t.edit(kept_end, end, "")
    if kept_end == start and start > line_start and not text[start - 1].isspace():
        if space and _in_link_destination(text, line_start, start):
            return None
        return t.edit(start, end, " " if space else "")
    follower = text[next_text]
    if not (follower.isalpha() or follower in _SAFE_AFTER_SPACE):
        return None
    return t.edit(start, next_text, "")


@dataclass(frozen=True)
class _Hit:
    """A run of one special character, and the edit that removes it (None: not safely)."""

    start: int
    end: int
    char: str
    edit: Edit | None


def _check_characters(t: _Text, layout: _Layout, allow_number_nbsp: bool) -> Iterator[Finding]:
    doc, text = t.doc, t.text
    line_hits: list[_Hit] = []
    current = 0
    for match in _SPECIAL.finditer(text):
        start, end = match.span()
        char = match.group(1)
        in_body = start >= t.body_start
        verbatim = in_body and doc.body_position(start - t.body_start)[0] - doc.body_line in layout.verbatim
        space = char in _SPACES
        if space and verbatim:
            continue
        if char == _ZWJ and start > 0 and end < len(text) and _joins_emoji(text[start - 1], text[end]):
            continue
        if char in _NO_BREAK and allow_number_nbsp and end - start == 1 and _deliberate(text, start):
            continue
        removable = space or char in _REMOVABLE
        # Without Markdown tokens (a line too long to parse) code blocks are unknown: no fix.
        fixable = in_body and removable and doc.parse_markdown
        edit = _character_edit(t, start, end, space, verbatim) if fixable else None
        line = t.position(start)[0]
        if line != current:
            yield from _report_characters(t, line_hits)
            line_hits, current = [], line
        line_hits.append(_Hit(start, end, char, edit))
    yield from _report_characters(t, line_hits)


def _deliberate(text: str, index: int) -> bool:
    """A no-break space typography asks for: after a number ("10 TL", "15 Mart"), between a
    month and its year ("Mart 2024"), after an abbreviation ("Dr. Ayşe", "s. 14", "No. 5")."""
    if index + 1 >= len(text) or text[index + 1].isspace() or index == 0:
        return False
    if text[index - 1].isdigit():
        return True
    word = _WORD_BEFORE.search(text, max(0, index - 12), index)
    if word is None:
        return False
    if text[index + 1].isdigit() and turkish.lower(word.group()) in _MONTHS:
        return True
    return word.group().endswith(".") and turkish.is_abbreviation(word.group())


def _report_characters(t: _Text, hits: list[_Hit]) -> Iterator[Finding]:
    """One finding per line, rule and fixability: a pasted paragraph full of non-breaking
    spaces is one problem to an editor, not forty."""
    groups: dict[tuple[bool, bool], list[_Hit]] = {}
    for hit in hits:
        groups.setdefault((hit.char in _SPACES, hit.edit is not None), []).append(hit)
    for (space, fixable), group in groups.items():
        first = group[0]
        count = sum(hit.end - hit.start for hit in group)
        kinds = dict.fromkeys(hit.char for hit in group)
        named_en = ", ".join(f"{_describe(c)[0]} (U+{ord(c):04X})" for c in kinds)
        named_tr = ", ".join(f"{_describe(c)[1]} (U+{ord(c):04X})" for c in kinds)
        edits = tuple(hit.edit for hit in group if hit.edit is not None)
        if space:
            fix = Fix(msg("Use normal spaces", "Normal boşluk kullanın"), edits) if fixable else None
            message = msg("Unusual space: {en}; use a normal space", "Alışılmadık boşluk: {tr}; normal boşluk kullanın",
                          en=named_en, tr=named_tr) if count == 1 else msg(
                "{count} unusual spaces on this line: {en}; use normal spaces",
                "Bu satırda {count} alışılmadık boşluk var: {tr}; normal boşluk kullanın",
                count=count, en=named_en, tr=named_tr)
        else:
            fix = Fix(msg("Remove them", "Silin"), edits) if fixable else None
            by_hand = not fixable and any(c not in _REMOVABLE for c in kinds)
            message = msg(
                "{count_en}: {en}{advice_en}", "{count_tr}: {tr}{advice_tr}",
                count_en="Invisible character" if count == 1 else f"{count} invisible characters on this line",
                count_tr="Görünmeyen karakter" if count == 1 else f"Bu satırda {count} görünmeyen karakter var",
                en=named_en, tr=named_tr,
                advice_en="; check the text around it and delete it by hand" if by_hand else "",
                advice_tr="; çevresindeki metni kontrol edip elle silin" if by_hand else "",
            )
        yield t.finding(ODD_SPACE if space else INVISIBLE, first.start, first.end, message, fix)


def _joins_emoji(before: str, after: str) -> bool:
    # A zero-width joiner builds one emoji out of several (👩‍💻): there it is meant.
    return (unicodedata.category(before) in ("So", "Sk") or before == "\ufe0f") \
        and unicodedata.category(after) == "So"


def _clusters(line: str) -> Iterator[tuple[int, int]]:
    """Spans of a base character with the combining marks that follow it."""
    start = 0
    for index in range(1, len(line) + 1):
        if index == len(line) or (unicodedata.combining(line[index]) == 0
                                  and not 0x1160 <= ord(line[index]) <= 0x11FF):
            yield start, index
            start = index


def _check_nfc(t: _Text) -> Iterator[Finding]:
    text = t.text
    offset = 0
    for line in text.split("\n"):
        if not unicodedata.is_normalized("NFC", line):
            spans = [s for s in _clusters(line) if not unicodedata.is_normalized("NFC", line[s[0]:s[1]])]
            spans = spans or [(0, len(line))]
            edits = tuple(t.edit(offset + first, offset + last, unicodedata.normalize("NFC", line[first:last]))
                          for first, last in spans)
            first, last = spans[0]
            written = line[first:last]
            letters = ", ".join(dict.fromkeys(edit.text for edit in edits))
            fix = None
            if offset >= t.body_start:
                fix = Fix(msg("Write each letter as one character", "Her harfi tek karakter olarak yazın"), edits)
            parts = " + ".join(unicodedata.name(c, f"U+{ord(c):04X}") for c in written[1:4])
            yield t.finding(NOT_NFC, offset + first, offset + last, msg(
                "{letters} written as separate characters (for example {base} + {parts}); "
                "some programs show or search such text wrongly",
                "{letters} ayrı karakterlerle yazılmış (örneğin {base} + {parts}); bazı programlar "
                "böyle yazılmış metni yanlış gösterir ya da aramada bulamaz",
                letters=letters, base=written[:1], parts=parts or "?",
            ), fix)
        offset += len(line) + 1


def _blank(row: str) -> bool:
    return not row.strip(" \t\r")


def _check_lines(t: _Text, layout: _Layout, usual: str, max_blank: int) -> Iterator[Finding]:
    doc = t.doc
    rows = doc.body.split("\n")
    if rows[-1] == "":
        rows.pop()  # the text after the last line ending is not a line
    starts = []
    offset = t.body_start
    for row in rows:
        starts.append(offset)
        offset += len(row) + 1
    content_end = [s + len(r) - (1 if r.endswith("\r") else 0) for s, r in zip(starts, rows, strict=True)]

    last_text = len(rows) - 1
    while last_text >= 0 and _blank(rows[last_text]) and last_text not in layout.verbatim:
        last_text -= 1

    run: list[int] = []
    for index, row in enumerate(rows):
        if index in layout.verbatim:
            run = []
            continue
        line_start, end = starts[index], content_end[index]
        content = row[:end - line_start]
        if not content.strip(" \t"):
            run.append(index)
            if len(run) == max_blank + 1 and index <= last_text:
                yield from _extra_blank_lines(t, rows, starts, layout, run, max_blank, last_text)
        else:
            run = []
        if content and content[-1] in " \t":
            yield _trailing(t, content, line_start, end, index in layout.breaks)
        if "\t" in content:
            found = _tabs(t, content.rstrip(" \t"), line_start)
            if found is not None:
                yield found

    if last_text < len(rows) - 1:
        first_blank = starts[last_text + 1]
        cut = content_end[last_text] if last_text >= 0 else t.body_start
        ending = usual if last_text >= 0 else ""
        fix = Fix(msg("Remove the blank lines at the end", "Sondaki boş satırları silin"),
                  (t.edit(cut, len(t.text), ending),))
        count = len(rows) - 1 - last_text
        yield t.finding(END_BLANKS, first_blank, len(t.text), msg(
            "The file ends with a blank line", "Dosya boş bir satırla bitiyor",
        ) if count == 1 else msg(
            "The file ends with {count} blank lines", "Dosya {count} boş satırla bitiyor", count=count,
        ), fix)
    elif t.text and not t.text.endswith(("\n", "\r")):
        end = len(t.text)
        fix = Fix(msg("Add a line ending", "Satır sonu ekleyin"), (t.edit(end, end, usual),))
        yield t.finding(FINAL_NEWLINE, end, end, msg(
            "The last line has no line ending",
            "Son satırın sonunda satır sonu karakteri yok",
        ), fix)


def _extra_blank_lines(t: _Text, rows: list[str], starts: list[int], layout: _Layout,
                       run: list[int], max_blank: int, last_text: int) -> Iterator[Finding]:
    """Called when a run of blank lines first exceeds the limit; reports the whole run once."""
    first_extra = run[max_blank]
    stop = run[-1] + 1
    while stop <= last_text and stop not in layout.verbatim and _blank(rows[stop]):
        stop += 1
    fix = Fix(msg("Remove the extra blank lines", "Fazla boş satırları silin"),
              (t.edit(starts[first_extra], starts[stop], ""),))
    yield t.finding(BLANKS, starts[first_extra], starts[stop], msg(
        "{count} blank lines in a row; one is enough",
        "Art arda {count} boş satır var; bir tane yeterli",
        count=stop - run[0],
    ) if max_blank == 1 else msg(
        "{count} blank lines in a row; at most {limit} are allowed",
        "Art arda {count} boş satır var; en fazla {limit} olabilir",
        count=stop - run[0], limit=max_blank,
    ), fix)


def _trailing(t: _Text, content: str, line_start: int, end: int, may_break: bool) -> Finding:
    kept = content.rstrip(" \t")
    start = line_start + len(kept)
    if may_break and kept and content.endswith("  "):
        return t.finding(TRAILING, start, end, msg(
            "Two spaces at the end of the line make an invisible line break; end the line with "
            "a backslash (\\) if the break is wanted, otherwise delete the spaces",
            "Satır sonundaki iki boşluk görünmeyen bir satır kırılması oluşturuyor; kırılma "
            "isteniyorsa satırı ters eğik çizgiyle (\\) bitirin, istenmiyorsa boşlukları silin",
        ))
    return t.finding(TRAILING, start, end, msg(
        "White space at the end of the line", "Satır sonunda boşluk var",
    ), Fix(msg("Remove it", "Silin"), (t.edit(start, end, ""),)))


def _tabs(t: _Text, content: str, line_start: int) -> Finding | None:
    edits = []
    width = 0
    for index, char in enumerate(content):
        if char == "\t":
            spaces = TAB_STOP - width % TAB_STOP
            edits.append(t.edit(line_start + index, line_start + index + 1, " " * spaces))
            width += spaces
        else:
            width += 1
    if not edits:
        return None
    first = line_start + content.index("\t")
    return t.finding(TAB, first, first + 1, msg(
        "Tab character; Markdown reads it as up to four spaces, which can change indentation",
        "Sekme (tab) karakteri; Markdown bunu dört boşluğa kadar sayar, girinti değişebilir",
    ), Fix(msg("Replace tabs with spaces", "Sekmeleri boşlukla değiştirin"), tuple(edits)))


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    if not doc.readable:
        return
    options = ctx.config.format
    t = _Text(doc)
    usual, crlf, lf, cr = _line_endings(doc.text)
    if (crlf and lf) or cr:
        yield from _check_line_endings(t, usual, not (crlf or lf))
        if cr:
            # The Markdown parser counts a lone CR as a line break and line numbers do not:
            # positions would be wrong, so the rest waits until the line endings are fixed.
            return
    layout = _layout(doc)
    if not doc.text.isascii():
        yield from _check_characters(t, layout, options.nbsp_after_numbers)
        if not unicodedata.is_normalized("NFC", doc.text):
            yield from _check_nfc(t)
    if doc.parse_markdown:
        yield from _check_lines(t, layout, usual, options.max_blank_lines)


def _rule(id: str, name: str, summary: Message, doc: str, doc_tr: str) -> Rule:
    return Rule(id=id, name=name, category="format", severity=Severity.WARNING, summary=summary,
                doc=doc, doc_tr=doc_tr, fixable=True)


_SIBLINGS = (
    _rule(BLANKS, "multiple-blank-lines",
          msg("More than one blank line in a row", "Art arda birden çok boş satır"),
          """Paragraphs are separated by one blank line; more blank lines add nothing to the page
and are usually left over from pasting. Blank lines inside code blocks are kept. The limit is
format.max_blank_lines (1). The fix deletes the extra lines. Blank lines at the very end of the
file are reported by trailing-blank-lines (CL354) instead.

Bad:
    Birinci paragraf.
    (blank)
    (blank)
    İkinci paragraf.
Good:
    Birinci paragraf.
    (blank)
    İkinci paragraf.""",
          doc_tr="""Paragraflar tek bir boş satırla ayrılır; fazladan boş satırlar sayfaya hiçbir şey katmaz ve
çoğunlukla metin yapıştırılırken geride kalır. Kod bloklarındaki boş satırlara dokunulmaz. Kaç boş
satıra izin verileceğini format.max_blank_lines ayarı belirler (varsayılanı 1). Otomatik düzeltme
fazla satırları siler. Dosyanın en sonundaki boş satırları bu kural değil, trailing-blank-lines
(CL354) bildirir.

Örneklerdeki (blank) satırı boş bir satırı gösterir.

Hatalı:
    Birinci paragraf.
    (blank)
    (blank)
    İkinci paragraf.
Doğru:
    Birinci paragraf.
    (blank)
    İkinci paragraf."""),
    _rule(TAB, "hard-tab", msg("Tab character", "Sekme (tab) karakteri"),
          """Markdown reads a tab as up to four spaces (to the next multiple of four), so a tab
pasted from Word can turn a line into a code block or move it into a list. Tabs inside code
blocks are content and are not reported. The fix replaces each tab with the spaces Markdown
would have counted, so the structure of the page does not change.

Bad:
    Adım 1:<TAB>Başvuru formunu doldurun.
Good:
    Adım 1: Başvuru formunu doldurun.""",
          doc_tr="""Markdown bir sekme karakterini dört boşluğa kadar sayar (bir sonraki dördün katına kadar). Bu
yüzden Word'den yapıştırılan bir sekme, satırı kod bloğuna çevirebilir ya da bir listenin içine
kaydırabilir. Kod bloklarındaki sekmeler içeriğin parçasıdır, bildirilmez. Otomatik düzeltme her
sekmeyi Markdown'ın saydığı kadar boşlukla değiştirir; böylece sayfanın yapısı değişmez.

Örnekteki <TAB> bir sekme karakterini gösterir.

Hatalı:
    Adım 1:<TAB>Başvuru formunu doldurun.
Doğru:
    Adım 1: Başvuru formunu doldurun."""),
    _rule(FINAL_NEWLINE, "missing-final-newline",
          msg("No line ending after the last line", "Son satırda satır sonu yok"),
          """A text file ends with a line ending. Without it, tools that join or compare files
show the last line as changed. The fix adds the file's own line ending (LF, or CRLF in a
CRLF file).

Bad:  "...inceleyebilirsiniz."   (the file stops right after the full stop)
Good: "...inceleyebilirsiniz.\\n\"""",
          doc_tr="""Bir metin dosyasının son satırı da satır sonu karakteriyle biter. Bu karakter yoksa dosyaları
birleştiren ya da karşılaştıran araçlar son satırı değişmiş gibi gösterir. Otomatik düzeltme,
dosyanın kendi kullandığı satır sonunu ekler (LF; satırları CRLF ile biten bir dosyada CRLF).

Örnekteki \\n satır sonu karakterini gösterir.

Hatalı: "...inceleyebilirsiniz."   (dosya noktadan hemen sonra bitiyor)
Doğru:  "...inceleyebilirsiniz.\\n\""""),
    _rule(END_BLANKS, "trailing-blank-lines",
          msg("Blank lines at the end of the file", "Dosyanın sonunda boş satırlar"),
          """The file should end right after the line ending of its last line. Blank lines after
it are invisible on the page but show as changes in reviews. The fix deletes them.

Bad:  "...inceleyebilirsiniz.\\n\\n"
Good: "...inceleyebilirsiniz.\\n\"""",
          doc_tr="""Dosya, son satırının satır sonu karakteriyle bitmelidir. Ondan sonra gelen boş satırlar sayfada
görünmez, ama değişiklikler incelenirken gereksiz fark olarak çıkar. Otomatik düzeltme bu satırları
siler.

Örneklerdeki \\n satır sonu karakterini gösterir.

Hatalı: "...inceleyebilirsiniz.\\n\\n"
Doğru:  "...inceleyebilirsiniz.\\n\""""),
    _rule(INVISIBLE, "invisible-character", msg("Invisible character", "Görünmeyen karakter"),
          """Text copied from Word or a web page often brings characters that cannot be seen:
zero-width spaces and joiners, soft hyphens (U+00AD), a byte order mark (U+FEFF) inside the text,
left-to-right marks. They break search ("gönüllü" no longer matches), links and copy-paste.

The fix removes zero-width characters, soft hyphens, word joiners, direction marks and stray
BOMs, except where removing one would change how the line is read (for example when it stands
at the start of a line before '#' or '-'). A zero-width joiner inside an emoji (👩‍💻) is kept.
Text-direction overrides (U+202A–U+202E, U+2066–U+2069), control characters and private-use
characters (Word symbol-font bullets, shown as empty boxes) are reported but not removed
automatically: what they hide has to be checked by a person.

Bad:  "Gönül\\u00adlü" (soft hyphen), "STGM\\u200b web sitesi" (zero-width space)
Good: "Gönüllü", "STGM web sitesi\"""",
          doc_tr="""Word'den ya da bir web sayfasından kopyalanan metinle birlikte çoğu zaman gözle görülmeyen
karakterler de gelir: sıfır genişlikli boşluklar ve birleştiriciler, yumuşak tireler (U+00AD),
metnin içine karışmış bayt sırası işaretleri (BOM, U+FEFF), soldan sağa yön işaretleri. Bunlar
aramayı ("gönüllü" diye arandığında sözcük artık bulunmaz), bağlantıları ve kopyala-yapıştırı bozar.

Otomatik düzeltme sıfır genişlikli karakterleri, yumuşak tireleri, sözcük birleştiricileri, yön
işaretlerini ve metne karışmış BOM'ları siler. Silmenin satırın nasıl okunacağını değiştireceği
yerlerde ise (örneğin karakter satır başında, '#' ya da '-' işaretinden önce duruyorsa) karaktere
dokunmaz. Bir emojinin içindeki sıfır genişlikli birleştirici (👩‍💻) korunur. Yazı yönünü zorla
değiştiren karakterler (U+202A–U+202E, U+2066–U+2069), denetim karakterleri ve özel kullanım
karakterleri (Word'ün simge yazı tipinden gelen, boş kutu olarak görünen madde işaretleri)
bildirilir ama otomatik olarak silinmez: arkalarında ne gizlendiğine bir kişinin bakması gerekir.

Hatalı: "Gönül\\u00adlü" (yumuşak tire), "STGM\\u200b web sitesi" (sıfır genişlikli boşluk)
Doğru:  "Gönüllü", "STGM web sitesi\""""),
    _rule(ODD_SPACE, "non-breaking-space",
          msg("Non-breaking or unusual space", "Bölünmez ya da alışılmadık boşluk"),
          """Non-breaking spaces (U+00A0) and other unusual spaces (en space, thin space, line
separator…) come from pasted web pages and Word documents. They look like spaces but do not
behave like them: searches miss the words, lines do not wrap, and Markdown does not see them as
indentation or line ends.

Typography keeps some words together on purpose, so by default a non-breaking space is
accepted right after a number ("10 TL", "5 km", "15 Mart"), between a month and its year
("Mart 2024") and after an abbreviation with a dot ("Dr. Ayşe", "s. 14", "No. 5")
(format.nbsp_after_numbers; set it to false to report those too, or ignore this rule to allow
every non-breaking space).

The fix turns an unusual space between words into a normal space and removes one at the start or
end of a line. It leaves spaces inside code blocks and inside link addresses alone, and does not
touch one whose removal could change how the line is read.

Bad:  "gönüllü\\u00a0yönetimi"
Good: "gönüllü yönetimi", and with the default settings also "10\\u00a0TL\"""",
          doc_tr="""Bölünmez boşluk (U+00A0) ve öteki alışılmadık boşluklar (ince boşluk, farklı genişlikteki dizgi
boşlukları, satır ayırıcı…) web sayfalarından ve Word belgelerinden yapıştırılan metinle gelir.
Boşluk gibi görünürler ama boşluk gibi davranmazlar: aramalar sözcükleri bulamaz, satırlar sayfa
kenarında alt satıra geçmez, Markdown da bunları girinti ya da satır sonu olarak görmez.

Dizgide bazı sözcükler bilerek aynı satırda tutulur. Bu yüzden şu yerlerdeki bölünmez boşluk
varsayılan olarak kabul edilir: sayıdan hemen sonra ("10 TL", "5 km", "15 Mart"), ay adı ile yılın
arasında ("Mart 2024") ve noktalı bir kısaltmadan sonra ("Dr. Ayşe", "s. 14", "No. 5"). Bunu
format.nbsp_after_numbers ayarı belirler: false yaparsanız bunlar da bildirilir. Hiçbir bölünmez
boşluğun bildirilmesini istemiyorsanız bu kuralı yok sayın (ignore).

Otomatik düzeltme, sözcükler arasındaki alışılmadık boşluğu normal boşluğa çevirir; satırın başında
ya da sonunda olanı siler. Kod bloklarındaki ve bağlantı adreslerindeki boşluklara dokunmaz;
silinmesi satırın nasıl okunacağını değiştirebilecek boşlukları da olduğu gibi bırakır.

Örneklerdeki \\u00a0 bölünmez boşluğu gösterir.

Hatalı: "gönüllü\\u00a0yönetimi"
Doğru:  "gönüllü yönetimi"; varsayılan ayarlarla "10\\u00a0TL" de kabul edilir"""),
    _rule(NOT_NFC, "not-nfc",
          msg("Letters written as separate characters (not NFC)", "Ayrı karakterlerle yazılmış harfler (NFC değil)"),
          """Turkish letters can be stored in two ways that look identical: 'ş' as one
character (U+015F), or as 's' followed by a combining cedilla (U+0327). The second form comes
from macOS file names and some PDF copies; it breaks search, sorting and link anchors. The text
must be in Unicode Normalization Form C (NFC). The fix joins each letter into its single
character; the page looks exactly the same.

Bad:  "gönüllü" written as g, o, U+0308, n, u, U+0308, l, l, u, U+0308
Good: "gönüllü" written with ö (U+00F6) and ü (U+00FC)""",
          doc_tr="""Türkçe harfler, görünüşte hiçbir farkı olmayan iki biçimde saklanabilir: 'ş' tek bir karakter
olarak (U+015F) ya da 's' harfi ve ardından gelen birleşen çengel işareti (U+0327) olarak. 'ö' ve
'ü' de aynı şekilde 'o' ve 'u' harflerine eklenen birleşen iki noktayla (U+0308) yazılabilir.
Bu ikinci biçim macOS dosya adlarından ve bazı PDF'lerden kopyalanan metinlerden gelir; aramayı,
sıralamayı ve sayfa içi bağlantıları bozar. Metin, Unicode'un NFC (Normalization Form C)
biçiminde olmalıdır. Otomatik düzeltme her harfi tek bir karakterde birleştirir; sayfa tıpatıp
aynı görünür.

Hatalı: "gönüllü"; g, o, U+0308, n, u, U+0308, l, l, u, U+0308 olarak yazılmış
Doğru:  "gönüllü"; ö (U+00F6) ve ü (U+00FC) ile yazılmış"""),
    _rule(LINE_ENDINGS, "mixed-line-endings", msg("Mixed line endings", "Karışık satır sonları"),
          """All lines of a file end the same way. A file where some lines end with CRLF
(Windows) and others with LF (Unix), or that contains a lone CR (old Mac), is usually the result
of pasting between programs; Markdown reads a lone CR as a line break that other tools do not
see. Each line that differs from the file's usual ending is reported. The fix uses the usual
ending (the more frequent of CRLF and LF; LF when they are equally frequent). While a lone CR is
present, the other white-space rules wait: line positions are not reliable until it is fixed.

Bad:  "Birinci satır\\r\\nİkinci satır\\nÜçüncü satır\\r\\n"
Good: "Birinci satır\\r\\nİkinci satır\\r\\nÜçüncü satır\\r\\n\"""",
          doc_tr="""Bir dosyanın bütün satırları aynı biçimde bitmelidir. Bazı satırları CRLF (Windows), bazıları
LF (Unix) ile biten ya da içinde tek başına CR (eski Mac) bulunan bir dosya, çoğunlukla programlar
arasında kopyala-yapıştır yapılırken ortaya çıkar. Markdown tek başına duran CR'yi yeni satır
olarak okur, başka araçlar ise onu hiç görmez. Dosyanın genel satır sonundan farklı biten her
satır bildirilir. Otomatik düzeltme genel satır sonunu kullanır (CRLF ile LF'den hangisi daha
çoksa o; sayıları eşitse LF). Dosyada tek başına duran bir CR bulunduğu sürece öteki boşluk
kuralları çalışmaz: CR düzeltilene kadar satır konumları güvenilir değildir.

Örneklerdeki \\r\\n CRLF'yi, \\n LF'yi gösterir.

Hatalı: "Birinci satır\\r\\nİkinci satır\\nÜçüncü satır\\r\\n"
Doğru:  "Birinci satır\\r\\nİkinci satır\\r\\nÜçüncü satır\\r\\n\""""),
)

RULES = (
    Rule(
        id=TRAILING, name="trailing-whitespace", category="format", severity=Severity.WARNING,
        summary=msg("White space at the end of a line", "Satır sonunda boşluk"),
        doc="""Spaces and tabs at the end of a line are invisible and show as changes in reviews.
Lines inside code blocks and raw HTML blocks are not checked: there, white space is content.

Two or more spaces at the end of a line inside a paragraph are a Markdown hard line break
(<br>). Deleting them would join the two lines on the page, so such lines are reported with
their own message and never fixed automatically: end the line with a backslash if the break is
wanted, or delete the spaces if it is not. Everywhere else the fix deletes the white space.

Bad:  "Gönüllü yönetimi önemlidir.   " (spaces after the full stop)
Good: "Gönüllü yönetimi önemlidir.\"""",
        doc_tr="""Satır sonundaki boşluklar ve sekmeler sayfada görünmez, ama değişiklikler incelenirken gereksiz
fark olarak çıkar. Kod bloklarındaki ve ham HTML bloklarındaki satırlara bakılmaz: oralarda boşluk
da içeriğin bir parçasıdır.

Paragraf içinde bir satırın sonundaki iki ya da daha fazla boşluk, Markdown'da satır kırılması
(<br>) demektir. Bu boşluklar silinirse iki satır sayfada birleşir. Bu yüzden böyle satırlar ayrı
bir iletiyle bildirilir ve hiçbir zaman otomatik olarak düzeltilmez: satırın orada kırılmasını
istiyorsanız satırı ters eğik çizgiyle (\\) bitirin, istemiyorsanız boşlukları silin. Diğer bütün
durumlarda otomatik düzeltme boşlukları siler.

Hatalı: "Gönüllü yönetimi önemlidir.   " (noktadan sonra boşluk var)
Doğru:  "Gönüllü yönetimi önemlidir.\"""",
        fixable=True, check=check, emits=tuple(rule.id for rule in _SIBLINGS),
    ),
    *_SIBLINGS,
)
