"""Turkish suffixes cut off by a space (CL340).

A case suffix belongs to its word: "Platformuna", "STGM'nin". When the word is a link text, or
ends in a closing tag or a closing quote, editors often type a space before the suffix:
"[…Platformu](…) na". The suffix then stands alone on the page. This rule finds a known suffix
standing alone right after a link, a closing tag, closing emphasis or a closing quote.

Precision over recall: some suffixes are also words of their own. The conjunction "da/de" is
written separately by Turkish spelling rules ("sayfasını da incelemenizi"), and "ne", "ya"
(ya da), "ye", "su", "un", "in", "tan", "ten", "tır", "tür" are words too; after a space
they are left alone. With an apostrophe (" 'da", " ’nin") nothing is ambiguous: those are
always reported. The fix removes the space, nothing else (and not across a line break): whether
a proper name also wants an apostrophe (İstanbul'da) is for the editor to decide, and the
message says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from contentlint.diagnostics import Finding, Fix, Severity
from contentlint.markdown_source import Inline, edit, finding, inlines
from contentlint.messages import msg
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
# Also words of their own: reported only when written with an apostrophe.
WORDS = frozenset(("da", "de", "ne", "ya", "ye", "su", "un", "in", "tan", "ten", "tır", "tür"))

_QUOTE_CLOSER = re.compile("[\"”’»'](?=[ \t\n])")
_WORD_BEFORE = re.compile(r"[\w'’\"”»]+$")
_AFTER = re.compile(
    r"(?=\s)([ \t]*\n?[ \t]*)(['’]?)(" + "|".join(sorted(SUFFIXES, key=len, reverse=True)) + r")(?![\w'’-])"
)


def _boundaries(inline: Inline) -> Iterator[tuple[int, int]]:
    """(prose index, body offset) where a word may go on right after markup or a quote."""
    prose = inline.prose
    text = prose.text
    for index, body_end in prose.closings:
        if index > 0 and not text[index - 1].isspace():
            yield index, body_end
    for quote in _QUOTE_CLOSER.finditer(text):
        index = quote.start()
        if index > 0 and not text[index - 1].isspace():
            yield index + 1, prose.offset(index) + 1


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    for inline in inlines(doc):
        if not inline.complete:
            continue
        text = inline.prose.text
        labels = [(start, end) for start, end, _ in inline.prose.labels]
        seen: set[int] = set()
        for index, body_end in _boundaries(inline):
            match = _AFTER.match(text, index)
            if match is None or body_end in seen or \
                    any(start < match.end() and match.start() < end for start, end in labels):
                continue  # the next link's text is a word, not a suffix
            apostrophe, suffix = match.group(2), match.group(3)
            if not apostrophe and suffix in WORDS:
                continue
            space_start, space_end = inline.prose.span(match.start(1), match.end(1))
            if space_start != body_end:
                continue  # markup between the boundary and the space: another boundary's business
            seen.add(body_end)
            # Across a line break the next line's indentation sits in between: reported, not fixed.
            fix = None if "\n" in match.group(1) else Fix(
                msg("Attach the suffix", "Eki bitişik yazın"), (edit(doc, space_start, space_end, ""),))
            _, suffix_end = inline.prose.span(match.start(3), match.end(3))
            word = _WORD_BEFORE.search(text, 0, index)
            joined = (word.group() if word else "") + apostrophe + suffix
            yield finding(doc, space_start, suffix_end, msg(
                "The suffix '{suffix}' is cut off from its word by a space; Turkish suffixes are "
                "written attached: '{joined}'{hint_en}",
                "'{suffix}' eki kelimesinden boşlukla ayrılmış; ekler kelimeye bitişik yazılır: "
                "'{joined}'{hint_tr}",
                suffix=apostrophe + suffix, joined=joined,
                hint_en="" if apostrophe else " (after a proper name, with an apostrophe: İstanbul'da)",
                hint_tr="" if apostrophe else " (özel addan sonra kesme işaretiyle: İstanbul'da)",
            ), rule=SEPARATED, fix=fix)


RULES = (
    Rule(
        id=SEPARATED, name="suffix-separated", category="format", severity=Severity.WARNING,
        summary=msg("Turkish suffix separated from its word", "Kelimesinden ayrı yazılmış ek"),
        fixable=True, check=check,
        doc="""A Turkish case suffix written after a space, right after a link, a closing tag
(</u>, **), or a closing quote, stands alone on the page: "Platformu na". The fix removes the
space: [<u>…Platformu</u>](…)na renders "Platformuna". For a proper name, add the apostrophe
yourself: [İstanbul](…)'da.

Words that are also suffixes — the conjunction da/de (written separately: "sayfasını da"), ne,
ya (ya da), ye, su, un, in, tan, ten, tır, tür — are reported only with an apostrophe
(" 'da"), where they cannot be words.

Bad:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu) na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)" ın sayfası
Good:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)"ın sayfası""",
        doc_tr="""Bir bağlantıdan, kapanış etiketinden (</u>, **) ya da kapanış tırnağından hemen sonra
boşlukla ayrılarak yazılan bir ek, sayfada kelimesinden kopuk durur: "Platformu na". Otomatik
düzeltme aradaki boşluğu siler: [<u>…Platformu</u>](…)na sayfada "Platformuna" olarak görünür.
Ek bir özel ada geliyorsa kesme işaretini kendiniz ekleyin: [İstanbul](…)'da.

Aynı zamanda ayrı birer kelime de olabilen ekler — ayrı yazılan da/de bağlacı ("sayfasını da"),
ne, ya (ya da), ye, su, un, in, tan, ten, tır, tür — yalnızca kesme işaretiyle yazıldıklarında
(" 'da") bildirilir; o durumda kelime olamazlar.

Hatalı:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu) na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)" ın sayfası
Doğru:
    STGM [<u>STOK Çevrimiçi Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.
    "[<u>501 Commons</u>](https://www.501commons.org)"ın sayfası""",
    ),
)
