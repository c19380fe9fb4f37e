"""Turkish suffixes cut off by a space (CL340).

A case suffix belongs to its word: "Platformuna", "STGM'nin". When the word is a link text, or
ends in a closing tag or a closing quote, editors often type a space before the suffix:
"[…Platformu](…) na". The suffix then stands alone on the page. This rule finds a known suffix
standing alone right after a link, a closing tag, closing emphasis or a closing quote, and the
same mistake in plain text where an apostrophe or an abbreviation leaves no doubt: "Ankara ’da",
"Türkiye’ de", "STGM nin".

Precision over recall: some suffixes are also words of their own. The conjunction "da/de" is
written separately by Turkish spelling rules ("sayfasını da incelemenizi"), and "tur", "dur",
"sun", "ün", "ta" (ta ki), "la", "ne", "ya" (ya da), "ye", "su", "un", "in"… are words too;
after a space they are left alone. With an apostrophe (" 'da", " ’nin") nothing is ambiguous:
those are always reported. The fix removes the space, nothing else (and not across a line
break), except after an abbreviation, which takes the apostrophe and the suffix as its letters
are read (STGM’nin, KVKK’nin, TBMM’de, AB’ye). Whether a one-word name after a link or a tag is a
proper name (Ankara’nın) or a capitalised common noun (Rehbere) is for the editor: reported,
not fixed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contentlint import turkish
from contentlint.diagnostics import Finding, Fix, Severity
from contentlint.markdown_source import Inline, Prose, edit, finding, inlines
from contentlint.messages import Message, msg
from contentlint.rules.base import Rule

if TYPE_CHECKING:
    from contentlint.context import Context
    from contentlint.documents import Document

SEPARATED = "CL340"

# Case, plural and possessive endings as they follow a word, buffer letters (n, y, s) included.
SUFFIXES = frozenset((
    "a", "e", "ı", "i", "u", "ü", "ya", "ye", "yı", "yi", "yu", "yü", "na", "ne", "nı", "ni", "nu",
    "nü", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",
    "da", "de", "ta", "te", "nda", "nde", "dan", "den", "tan", "ten", "ndan", "nden", "la", "le",
    "yla", "yle",
    "lar", "ler", "ları", "leri", "ların", "lerin", "lara", "lere", "larda", "lerde", "lardan",
    "lerden", "larla", "lerle",
    "sı", "si", "su", "sü", "sın", "sin", "sun", "sün", "sına", "sine", "suna", "süne", "sını",
    "sini", "sunu", "sünü",
    "sında", "sinde", "sunda", "sünde", "sından", "sinden", "sundan", "sünden",
    "ına", "ine", "una", "üne", "ını", "ini", "unu", "ünü", "ında", "inde", "unda", "ünde",
    "ından", "inden", "undan", "ünden",
    "ıyla", "iyle", "uyla", "üyle", "daki", "deki", "taki", "teki", "ndaki", "ndeki",
    "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür",
))
# Also words of their own (da/de, ta ki, tur, dur, sun, sunu, ün, la…): without an apostrophe
# they may be right, so they are left alone.
WORDS = frozenset((
    "da", "de", "ta", "ne", "ya", "ye", "la", "su", "sun", "sunu", "un", "ün", "in", "tan", "ten",
    "tur", "dur", "dür", "tır", "tür",
))

_ALTERNATION = "|".join(sorted(SUFFIXES, key=len, reverse=True))
_APOSTROPHES = "'’"
_QUOTE_CLOSER = re.compile("[\"”’»'](?=[ \t\n])")
_QUOTE_MARK = re.compile(r"(?<!\w)['‘’]|['‘’](?!\w)")
_CLAUSE_END = re.compile(r"[\n,;:.!?]")
_CLOSING = re.compile(r"\w['’](?!\w)")
_CLOSERS = "\"”»'’"
_AFTER = re.compile(r"(?=\s)([ \t]*\n?[ \t]*)(['’]?)(" + _ALTERNATION + r")(?![\w'’-])")
# In plain text: "Ankara ’da" (a space, then the apostrophe) and "STGM nin" (an abbreviation, a
# space, a piece that is not a word). "Türkiye’ de" is a boundary: ’ not closing a quote.
# Each pattern starts at a single character (a capital, the gap), not at every word, and the
# apostrophe one runs only where one follows a space: scanning every word of every paragraph
# would cost more than the rest of the rule.
_SPACE_APOSTROPHE = re.compile(r"(?<=\w)([ \t]+)(['’])(" + _ALTERNATION + r")(?![\w'’-])")
_ACRONYM_SPACE = re.compile(r"[A-ZÇĞİÖŞÜ]([ \t]+)(" + _ALTERNATION + r")(?![\w'’-])")



@dataclass(frozen=True, slots=True)
class _Cut:
    """A suffix cut off from its word: prose indices of the word, the gap and the suffix."""

    word: tuple[int, int]
    gap: tuple[int, int]
    apostrophe: str  # as written between the gap and the suffix, or ""
    suffix: tuple[int, int]
    after_quote: bool  # the word ends in a closing quote: no apostrophe goes after it (TDK)
    after_markup: bool  # the word ends a link, a tag or emphasis


def _boundaries(inline: Inline) -> Iterator[tuple[int, bool]]:
    """(prose index, after a quote) where a word may go on right after markup or a quote."""
    text = inline.prose.text
    last = 0
    for index, _ in inline.prose.closings:
        # A link's text often ends where its tag closes ([<u>…</u>](…)): the place once is enough.
        if index != last and not text[index - 1].isspace():
            yield index, False
        last = index
    # A single character is found much faster than the pattern scans a paragraph.
    for quote in _QUOTE_CLOSER.finditer(text) if any(map(text.__contains__, _CLOSERS)) else ():
        index = quote.start()
        if index > 0 and not text[index - 1].isspace():
            yield index + 1, quote.group() not in _APOSTROPHES or _closes_quote(text, index)


def _closes_quote(text: str, index: int) -> bool:
    """Whether the ' or ’ at ``index`` closes a quotation opened earlier on its line. Marks
    inside a word (STGM’nin) are apostrophes, not quotes."""
    line = text[text.rfind("\n", 0, index) + 1:index]
    marks = [match.group() for match in _QUOTE_MARK.finditer(line)]
    if text[index] == "'":
        return marks.count("'") % 2 == 1
    return "‘" in marks and marks[::-1].index("‘") < (marks[::-1].index("’") if "’" in marks else len(marks))


def _word_before(text: str, end: int, skip: str = "") -> tuple[int, int] | None:
    """The span of the word ending at ``end``, after stepping back over ``skip`` characters."""
    while end > 0 and text[end - 1] in skip:
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    return (start, end) if start < end else None


def _opens_quote(text: str, index: int) -> bool:
    """Whether a quote closes later in the clause, making the apostrophe before ``index`` an
    opening quote: 'ne yapmalı' sorusu."""
    end = _CLAUSE_END.search(text, index)
    return _CLOSING.search(text, index, len(text) if end is None else end.start()) is not None


def _cuts(inline: Inline) -> Iterator[_Cut]:
    text = inline.prose.text
    for index, after_quote in _boundaries(inline):
        match = _AFTER.match(text, index)
        if match is None:
            continue
        stem = _word_before(text, index, _CLOSERS)
        if stem is not None:
            yield _Cut(stem, match.span(1), match.group(2), match.span(3), after_quote, not after_quote)
    if ("'" in text or "’" in text) and (" '" in text or " ’" in text or "\t'" in text or "\t’" in text):
        for match in _SPACE_APOSTROPHE.finditer(text):
            word = _word_before(text, match.start())
            if word is not None and not _opens_quote(text, match.end(3)):
                yield _Cut(word, match.span(1), match.group(2), match.span(3), False, False)
    for match in _ACRONYM_SPACE.finditer(text):
        acronym = _word_before(text, match.start(1))
        if acronym is not None and turkish.is_acronym(text[acronym[0]:acronym[1]]) \
                and text[acronym[0] - 1:acronym[0]] not in ("'", "’", "-"):
            yield _Cut(acronym, match.span(1), "", match.span(2), False, False)


def _crosses_label(prose: Prose, cut: _Cut) -> bool:
    """The suffix lies in a link's text that its word is not in: the next link's text is a word."""
    return any(start < cut.suffix[1] and cut.suffix[0] < end and not (start <= cut.word[0] and cut.suffix[1] <= end)
               for start, end, _ in prose.labels)


def _apostrophe(doc: Document) -> str:
    """The apostrophe the file already uses; the typographic one by default."""
    return "'" if doc.body.count("'") > doc.body.count("’") else "’"


def _fits(word: str, suffix: str) -> bool:
    return any(turkish.attach(reading, suffix) == suffix for reading in turkish.readings(word))


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    for inline in inlines(doc):
        if not inline.complete:
            continue
        prose, text = inline.prose, inline.prose.text
        seen: set[int] = set()
        for cut in _cuts(inline):
            word, suffix = text[cut.word[0]:cut.word[1]], text[cut.suffix[0]:cut.suffix[1]]
            tail = text[cut.word[1]:cut.gap[0]]  # closing quotes or an apostrophe after the word
            marked = bool(cut.apostrophe) or (tail[-1:] in tuple(_APOSTROPHES) and not cut.after_quote)
            if not marked and suffix in WORDS:
                continue
            acronym = turkish.is_acronym(word)
            if not marked and not cut.after_quote and not cut.after_markup and not _fits(word, suffix):
                continue  # "ABD a…": an abbreviation and a piece that is not its suffix
            space_start, space_end = prose.span(*cut.gap)
            if space_start in seen or doc.body[space_start:space_end] != text[cut.gap[0]:cut.gap[1]] \
                    or _crosses_label(prose, cut):
                continue
            seen.add(space_start)
            # An abbreviation takes an apostrophe, and the suffix as its letters are read (TDK:
            # "TBMM'de", "AB'ye"); after a closing quote no apostrophe is written (“O Belde”si).
            right = suffix if not acronym or _fits(word, suffix) else \
                turkish.attach(turkish.readings(word)[0], suffix)
            inserted = _apostrophe(doc) if acronym and not marked and not tail else ""
            joined = text[cut.word[0]:cut.gap[0]] + inserted + cut.apostrophe + right
            suffix_start, suffix_end = prose.span(*cut.suffix)
            fix = None
            if "\n" in text[cut.gap[0]:cut.gap[1]]:
                pass  # the next line's indentation sits in between: reported, not fixed
            elif not acronym and not marked and cut.after_markup and _one_capitalised_word(text, cut.word[0], word):
                pass  # "[Ankara](…) nın" or "[Rehber](…) e": is it a proper name? The editor knows
            else:
                edits = [edit(doc, space_start, space_end, inserted)]
                if right != suffix:
                    edits.append(edit(doc, suffix_start, suffix_end, right))
                fix = Fix(msg("Attach the suffix", "Eki bitişik yazın"), tuple(edits))
            yield finding(doc, space_start, suffix_end,
                          _message(cut.apostrophe + suffix, joined, acronym and not tail, marked or acronym),
                          rule=SEPARATED, fix=fix)


def _one_capitalised_word(text: str, start: int, word: str) -> bool:
    """A capitalised word that does not end a longer name ("Öğrenim Platformu"): maybe a proper
    name, maybe a common noun written with a capital."""
    if not word[:1].isupper():
        return False
    previous = re.search(r"(\w+)[^\w\n]*$", text[:start])
    return previous is None or not previous.group(1)[:1].isupper()


def _message(suffix: str, joined: str, abbreviation: bool, marked: bool) -> Message:
    if abbreviation:
        return msg(
            "The suffix '{suffix}' is cut off from its abbreviation by a space; a suffix after an "
            "abbreviation takes an apostrophe and follows how its letters are read: '{joined}'",
            "'{suffix}' eki kısaltmadan boşlukla ayrılmış; kısaltmaya gelen ek kesme işaretiyle "
            "ayrılır ve kısaltmanın okunuşuna uyar: '{joined}'",
            suffix=suffix, joined=joined,
        )
    return msg(
        "The suffix '{suffix}' is cut off from its word by a space; Turkish suffixes are written "
        "attached: '{joined}'{hint_en}",
        "'{suffix}' eki sözcüğünden boşlukla ayrılmış; ekler sözcüğe bitişik yazılır: "
        "'{joined}'{hint_tr}",
        suffix=suffix, joined=joined,
        hint_en="" if marked else " (after a proper name, with an apostrophe: İstanbul'da)",
        hint_tr="" if marked else " (özel addan sonra kesme işaretiyle: İstanbul'da)",
    )


RULES = (
    Rule(
        id=SEPARATED, name="suffix-separated", category="format", severity=Severity.WARNING,
        summary=msg("Turkish suffix separated from its word", "Sözcüğünden ayrı yazılmış ek"),
        fixable=True, check=check,
        doc="""A Turkish case suffix written after a space, right after a link, a closing tag
(</u>, **), or a closing quote, stands alone on the page: "Platformu na". The same mistake in
plain text is found where nothing is ambiguous: a space before or after the apostrophe ("Ankara
’da", "Türkiye’ de") or after an abbreviation ("STGM nin"). The fix removes the space:
[<u>…Platformu</u>](…)na renders "Platformuna". After an abbreviation the fix writes the
apostrophe and the suffix as the letters are read (STGM’nin, KVKK’nin, TBMM’de, AB’ye; K may be
read "ke" or "ka": KVKK’nın is accepted too); after a closing quote no apostrophe is added
(“501 Commons”ın). After a one-word name the rule cannot tell a proper name (Ankara’nın) from a
capitalised common noun: it reports without a fix.

Pieces that are also words — the conjunction da/de (written separately: "sayfasını da"), ta (ta
ki), tur (tour), dur, sun, sunu, ün, la, ne, ya (ya da), ye, su, un, in, tan, ten, tır, tür —
are reported only with an apostrophe (" 'da"), where they cannot be words.

Bad:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu) na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)" ın sayfası
    STGM ’nin Ankara ’daki ofisi
Good:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)"ın sayfası
    STGM’nin Ankara’daki ofisi
    “[<u>Mahalle Hafızası</u>](https://www.stgm.org.tr/…)” tur rotası""",
        doc_tr="""Bir bağlantıdan, kapanış etiketinden (</u>, **) ya da kapanış tırnağından hemen sonra
boşlukla ayrılarak yazılan bir ek, sayfada sözcüğünden kopuk durur: "Platformu na". Aynı yanlış,
hiçbir belirsizlik olmadığında düz metinde de bulunur: kesme işaretinden önce ya da sonra boşluk
("Ankara ’da", "Türkiye’ de") ya da kısaltmadan sonra boşluk ("STGM nin"). Otomatik düzeltme
aradaki boşluğu siler: [<u>…Platformu</u>](…)na sayfada "Platformuna" olarak görünür.
Kısaltmadan sonra kesme işaretini ekler ve eki kısaltmanın okunuşuna uydurur (STGM’nin,
KVKK’nin, TBMM’de, AB’ye; K "ke" ya da "ka" okunabildiği için KVKK’nın da kabul edilir). Kapanış
tırnağından sonra kesme işareti eklenmez (“501 Commons”ın). Tek sözcükten oluşan bir addan sonra gelen
ekte, bunun özel ad mı (Ankara’nın) yoksa büyük harfle yazılmış bir cins ad mı olduğu
bilinemez: bildirilir ama düzeltilmez.

Aynı zamanda ayrı birer sözcük de olabilen parçalar — ayrı yazılan da/de bağlacı ("sayfasını
da"), ta (ta ki), tur, dur, sun, sunu, ün, la, ne, ya (ya da), ye, su, un, in, tan, ten, tır,
tür — yalnızca kesme işaretiyle yazıldıklarında (" 'da") bildirilir; o durumda sözcük olamazlar.

Hatalı:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu) na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)" ın sayfası
    STGM ’nin Ankara ’daki ofisi
Doğru:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)"ın sayfası
    STGM’nin Ankara’daki ofisi
    “[<u>Mahalle Hafızası</u>](https://www.stgm.org.tr/…)” tur rotası""",
    ),
)
