"""Quotes and punctuation in the prose (CL330–CL335): quotes left open or closed with a mark of
another kind (“…" from text pasted from Word), two quotation styles in one file, a space before
. , ; : ! ?, no space after a sentence's end, and doubled punctuation.

Everything is checked in the prose of each paragraph (what a reader sees: link texts included,
code left out), so a quote opened before a link and closed after it pairs up, and an address
in the text is not mistaken for punctuation.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contentlint.diagnostics import Finding, Fix, Severity
from contentlint.markdown_source import Inline, edit, finding, inlines
from contentlint.messages import Message, msg
from contentlint.rules.base import Rule

if TYPE_CHECKING:
    from contentlint.context import Context
    from contentlint.documents import Document

UNBALANCED, MIXED, SPACE_BEFORE, SPACE_AFTER, REPEATED = "CL330", "CL331", "CL332", "CL333", "CL334"
STYLE = "CL335"

# Guillemets pair with double quotes: “…» is a mixed pair, not two unbalanced ones.
FAMILY = {"“": "double", "”": "double", '"': "double", "«": "double", "»": "double",
          "‘": "single", "’": "single", "'": "single"}
PARTNER = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»"}
OPENING = {closing: opening for opening, closing in PARTNER.items()}
# Marks that are also apostrophes: never reported when they close nothing or stay open.
_APOSTROPHES = "’'"
_BEFORE_OPENING = frozenset(" \t\n([{/—–-")
_AFTER_CLOSING = frozenset(" \t\n.,;:!?…)]}/—–-")

# Addresses and e-mail addresses hold dots, colons and commas that are not punctuation.
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.I)
# Each pattern starts with the characters it is about, so the regex engine skips ahead to them;
# what comes before is checked in code.
_QUOTE_MARK = re.compile("[" + "".join(FAMILY) + "]")
# The second branch: a comma or semicolon moved onto the next word ("A ,B").
_SPACE_BEFORE = re.compile(r"[ \t]+(?:[.,;:!?…](?=\s|$|[\"”’»]|[.,;:!?…])|[,;](?=[^\W\d_]))")
# A ’ or ' that can only be closing: followed by a space, punctuation or the end.
_SINGLE_CLOSER = re.compile(r"[’'](?=[\s.,;:!?…)\]}]|$)")
_SPACED_PAIRS = tuple(" " + mark for mark in ".,;:!?…")
_NO_SPACE_AFTER = re.compile(r"[,;:.!?](?=[^\W\d_])")
# Written as one mark then more, not {2,}: a pattern that starts with a character class lets the
# regex engine skip ahead to those marks, one that starts with a repeat tries every position.
_REPEATED = re.compile(r"[!?,;:.][!?,;:.]+")


@dataclass(frozen=True, slots=True)
class QuoteProblem:
    kind: str  # "unclosed", "unopened" or "mixed"
    index: int  # prose index of the mark reported
    opener: int = -1  # for "mixed": prose index of the opening mark


@dataclass(frozen=True, slots=True)
class Quotations:
    problems: list[QuoteProblem]
    pairs: list[tuple[int, int]]  # prose indices of the opening and closing mark of each quotation


# Double-quote styles, most preferred first: a tie in a file goes to the earlier one.
_STYLES = ("“”", "«»", '""')


def pair_quotes(text: str) -> Quotations:
    """Pair the quotation marks of one paragraph.

    Whether a mark opens or closes comes from its neighbours (a space before: opening, a space
    after: closing); between two letters ’ and ' are apostrophes (Derneği’nin, İstanbul'da),
    unless a quotation they could close is open and nothing later could close it
    (‘Sivil Toplum Rehberi’ne), and " closes an open quote ("501 Commons"ın). Marks that could
    be apostrophes are never reported for closing nothing or for staying open.
    """
    problems: list[QuoteProblem] = []
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for found in _QUOTE_MARK.finditer(text):
        index, char = found.start(), found.group()
        family = FAMILY[char]
        # A space before: opening; a space after: closing (the start and the end count as spaces).
        previous = text[index - 1] if index > 0 else " "
        following = text[index + 1] if index + 1 < len(text) else " "
        before = previous in _BEFORE_OPENING or previous.isspace()
        after = following in _AFTER_CLOSING or following.isspace()
        open_here = [i for i in stack if FAMILY[text[i]] == family] if stack else []
        if char in _APOSTROPHES and not before and not after and text[index - 1].isalnum() and \
                not (open_here and _SINGLE_CLOSER.search(text, index + 1) is None):
            continue
        if before and after:
            continue  # a lone mark between spaces: a ditto or an inch sign, not a quote
        if before or (not after and not open_here and char not in "”»"):
            stack.append(index)
            continue
        if not open_here:
            if char not in _APOSTROPHES and not (char == '"' and text[index - 1].isdigit()):
                problems.append(QuoteProblem("unopened", index))
            continue
        opener = open_here[-1]
        while stack[-1] != opener:
            inner = stack.pop()
            if text[inner] not in _APOSTROPHES:
                problems.append(QuoteProblem("unclosed", inner))
        stack.pop()
        pairs.append((opener, index))
        if PARTNER.get(text[opener]) != char:
            problems.append(QuoteProblem("mixed", index, opener))
    problems.extend(QuoteProblem("unclosed", i) for i in stack if text[i] not in _APOSTROPHES)
    return Quotations(sorted(problems, key=lambda p: p.index), pairs)


def _quote_findings(doc: Document, inline: Inline, problems: list[QuoteProblem]) -> Iterator[Finding]:
    prose = inline.prose
    text = prose.text
    for problem in problems:
        offset = prose.offset(problem.index)
        mark = text[problem.index]
        if problem.kind == "unclosed":
            yield finding(doc, offset, offset + 1, msg(
                "The quotation mark {mark} is never closed in this paragraph",
                "{mark} tırnak işareti açılmış ama bu paragrafta kapatılmamış",
                mark=mark,
            ), rule=UNBALANCED)
        elif problem.kind == "unopened":
            yield finding(doc, offset, offset + 1, msg(
                "The quotation mark {mark} closes a quotation that was never opened",
                "{mark} tırnak işareti açılmamış bir alıntıyı kapatıyor",
                mark=mark,
            ), rule=UNBALANCED)
        else:
            yield _mixed(doc, inline, problem)


def _mixed(doc: Document, inline: Inline, problem: QuoteProblem) -> Finding:
    prose = inline.prose
    opening, closing = prose.text[problem.opener], prose.text[problem.index]
    opener_at, closer_at = prose.offset(problem.opener), prose.offset(problem.index)
    if opening not in PARTNER and closing not in OPENING:  # ”…“ : both marks the wrong way round
        right_open, right_close = closing, PARTNER[closing]
        return finding(doc, opener_at, closer_at + 1, msg(
            "The quotation's marks are the wrong way round ({opening}…{closing}); write "
            "{right_open}…{right_close}",
            "Alıntının tırnakları ters yazılmış ({opening}…{closing}); {right_open}…{right_close} "
            "biçiminde yazın",
            opening=opening, closing=closing, right_open=right_open, right_close=right_close,
        ), rule=MIXED, fix=Fix(msg("Write {right_open}…{right_close}", "{right_open}…{right_close} biçiminde yazın",
                                   right_open=right_open, right_close=right_close),
                               (edit(doc, opener_at, opener_at + 1, right_open),
                                edit(doc, closer_at, closer_at + 1, right_close))))
    if opening not in PARTNER:  # ”…” : the quotation opens with a closing mark
        replacement = OPENING[closing]
        return finding(doc, opener_at, opener_at + 1, msg(
            "The quotation opens with the closing mark {opening}; open it with {replacement}: "
            "{replacement}…{closing}",
            "Alıntı kapanış işaretiyle ({opening}) açılmış; {replacement} ile açın: "
            "{replacement}…{closing}",
            opening=opening, closing=closing, replacement=replacement,
        ), rule=MIXED, fix=Fix(msg("Open with {mark}", "{mark} ile açın", mark=replacement),
                               (edit(doc, opener_at, opener_at + 1, replacement),)))
    partner = PARTNER[opening]
    line, column = doc.body_position(opener_at)
    return finding(doc, closer_at, closer_at + 1, msg(
        "The quotation opened with {opening} (line {line}, column {column}) is closed with "
        "{closing}; close it with {partner}: {opening}…{partner}",
        "{line}. satır {column}. sütunda {opening} ile açılan alıntı {closing} ile kapatılmış; "
        "{partner} ile kapatın: {opening}…{partner}",
        opening=opening, closing=closing, partner=partner, line=line, column=column,
    ), rule=MIXED, fix=Fix(msg("Close with {mark}", "{mark} ile kapatın", mark=partner),
                           (edit(doc, closer_at, closer_at + 1, partner),)))


def address_spans(text: str) -> list[tuple[int, int]]:
    """Prose ranges of web and e-mail addresses, whose dots and commas are not punctuation."""
    return [m.span() for m in _ADDRESS.finditer(text)] if (":" in text or "@" in text or "www." in text) else []


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    return any(start <= index < end for start, end in spans)


def _plain_span(doc: Document, inline: Inline, start: int, end: int) -> tuple[int, int] | None:
    """Body span of prose[start:end] if the source there is exactly that text."""
    body_start, body_end = inline.prose.span(start, end)
    return (body_start, body_end) if doc.body[body_start:body_end] == inline.prose.text[start:end] else None


def _spaced(text: str) -> bool:
    """Whether a mark may follow a space. Searching for the few two-character pairs is much
    faster than the pattern over every space."""
    return "\t" in text or any(map(text.__contains__, _SPACED_PAIRS))


def _may_have_punctuation_findings(text: str) -> bool:
    """False when none of the patterns of :func:`_punctuation_findings` can match (most
    paragraphs): a tab, or a mark after a space, before a letter or before another mark."""
    return "\t" in text or " …" in text or _punctuation_candidate().search(text) is not None


@functools.cache
def _punctuation_candidate() -> re.Pattern[str]:
    """Where any of the three patterns may match, in one scan that starts at the marks.
    Compiled on first use; '…' is left to a plain search, as a non-ASCII character in a class
    triples the time the pattern takes to compile."""
    return re.compile(r"[.,;:!?](?:(?<= .)|(?=[^\W\d_]|[!?,;:.]))")


def _punctuation_findings(doc: Document, inline: Inline) -> Iterator[Finding]:
    prose = inline.prose
    text = prose.text
    masked = address_spans(text)
    for match in _SPACE_BEFORE.finditer(text) if _spaced(text) else ():
        space, mark_index = match.start(), match.end() - 1
        if space == 0 or text[space - 1].isspace() or _inside(masked, mark_index):
            continue
        mark = text[mark_index]
        if match.end() < len(text) and text[match.end()].isalpha():
            yield _glued(doc, inline, space, mark_index)
            continue
        span = _plain_span(doc, inline, space, mark_index)
        fix = Fix(msg("Remove the space", "Boşluğu silin"), (edit(doc, span[0], span[1], ""),)) \
            if span is not None else None
        yield finding(doc, prose.offset(space), prose.offset(mark_index) + 1, msg(
            "No space before '{mark}': it is written right after the word",
            "'{mark}' işaretinden önce boşluk bırakılmaz; işaret sözcüğe bitişik yazılır",
            mark=mark,
        ), rule=SPACE_BEFORE, fix=fix)
    for match in _NO_SPACE_AFTER.finditer(text):
        index = match.start()
        mark = text[index]
        if index == 0 or not text[index - 1].isalpha() or _inside(masked, index):
            continue
        if mark in ".!?" and not (index > 1 and text[index - 2].isalpha() and text[index - 1].islower()
                                  and text[index + 1].isupper()):
            continue  # a file name (Rehber.pdf), an abbreviation (T.C.), a domain (stgm.org.tr)
        offset = prose.offset(index)
        yield finding(doc, offset, offset + 1, msg(
            "A space is missing after '{mark}'",
            "'{mark}' işaretinden sonra boşluk bırakılmalı",
            mark=mark,
        ), rule=SPACE_AFTER, fix=Fix(msg("Add a space", "Boşluk ekleyin"), (edit(doc, offset + 1, offset + 1, " "),)))
    for match in _REPEATED.finditer(text):
        if _inside(masked, match.start()):
            continue
        position = match.start()
        for mark, group in itertools.groupby(match.group()):
            count = len(list(group))
            if count > 1 and not (mark == "." and count == 3):
                yield _repeated(doc, inline, position, mark * count)
            position += count


def _glued(doc: Document, inline: Inline, space: int, mark_index: int) -> Finding:
    """'A ,B': the mark stands before the next word instead of after the previous one."""
    mark = inline.prose.text[mark_index]
    span = _plain_span(doc, inline, space, mark_index + 1)
    fix = Fix(msg("Write '{mark} ' after the word", "'{mark}' işaretini sözcüğe bitişik yazıp ardından boşluk bırakın",
                  mark=mark), (edit(doc, span[0], span[1], mark + " "),)) if span is not None else None
    start, end = inline.prose.span(space, mark_index + 1)
    return finding(doc, start, end, msg(
        "'{mark}' is attached to the next word; it is written right after the previous word and "
        "followed by a space: 'A{mark} B'",
        "'{mark}' işareti sonraki sözcüğe bitişik yazılmış; önceki sözcüğe bitişik yazılır, ardından "
        "boşluk bırakılır: 'A{mark} B'",
        mark=mark,
    ), rule=SPACE_BEFORE, fix=fix)


def _repeated(doc: Document, inline: Inline, index: int, marks: str) -> Finding:
    start, end = inline.prose.span(index, index + len(marks))
    replacement: str | None = None
    message: Message
    if marks[0] == ".":
        message = msg(
            "'{marks}': write one full stop, or an ellipsis of exactly three dots",
            "'{marks}': tek nokta ya da tam üç noktalı üç nokta işareti yazın",
            marks=marks,
        )
        replacement = "..." if len(marks) > 3 else None
    elif marks[0] in "!?":
        message = msg(
            "'{marks}': one '{mark}' is enough in an advice text",
            "'{marks}': bilgilendirici bir metinde tek '{mark}' yeterli",
            marks=marks, mark=marks[0],
        )
    else:
        message = msg("'{mark}' is written twice", "'{mark}' iki kez yazılmış", mark=marks[0])
        replacement = marks[0]
    fix = None
    if replacement is not None and doc.body[start:end] == marks:
        fix = Fix(msg("Write '{text}'", "'{text}' yazın", text=replacement), (edit(doc, start, end, replacement),))
    return finding(doc, start, end, message, rule=REPEATED, fix=fix)


def _check_style(doc: Document, quotations: list[tuple[Inline, int, int, str]]) -> Iterator[Finding]:
    """Report the quotations whose style ("…", “…”, «…») is not the one the file uses most."""
    counts = {style: 0 for style in _STYLES}
    for *_, style in quotations:
        counts[style] += 1
    usual = max(_STYLES, key=lambda style: (counts[style], -_STYLES.index(style)))
    for inline, opener, closer, style in quotations:
        if style == usual:
            continue
        start, end = inline.prose.offset(opener), inline.prose.offset(closer)
        yield finding(doc, start, end + 1, msg(
            "This quotation is marked {style}…{style_end} while the rest of the file uses "
            "{usual}…{usual_end}; use one style throughout",
            "Bu alıntı {style}…{style_end} ile işaretlenmiş, dosyanın geri kalanında ise "
            "{usual}…{usual_end} kullanılmış; tek bir tırnak türü kullanın",
            style=style[0], style_end=style[1], usual=usual[0], usual_end=usual[1],
        ), rule=STYLE, fix=Fix(msg("Write {usual}…{usual_end}", "{usual}…{usual_end} yazın",
                                   usual=usual[0], usual_end=usual[1]),
                               (edit(doc, start, start + 1, usual[0]), edit(doc, end, end + 1, usual[1]))))


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    quotations: list[tuple[Inline, int, int, str]] = []
    for inline in inlines(doc):
        if not inline.complete:
            continue
        text = inline.prose.text
        if _QUOTE_MARK.search(text):
            found = pair_quotes(text)
            yield from _quote_findings(doc, inline, found.problems)
            quotations.extend((inline, opener, closer, style) for opener, closer in found.pairs
                              if (style := text[opener] + text[closer]) in _STYLES)
        if _may_have_punctuation_findings(text):
            yield from _punctuation_findings(doc, inline)
    if quotations:
        yield from _check_style(doc, quotations)


def _rule(id: str, name: str, severity: Severity, summary: Message, doc: str, *, doc_tr: str,
          fixable: bool = False, main: bool = False) -> Rule:
    return Rule(id=id, name=name, category="format", severity=severity, summary=summary, doc=doc,
                doc_tr=doc_tr, fixable=fixable, check=check if main else None,
                emits=(MIXED, STYLE, SPACE_BEFORE, SPACE_AFTER, REPEATED) if main else ())


RULES = (
    _rule(UNBALANCED, "quote-unbalanced", Severity.WARNING,
          msg("Quotation mark without its partner", "Eşi olmayan tırnak işareti"),
          """Every quotation opened in a paragraph is closed in it, and every closing mark has an
opening one. Apostrophes are told apart from quotes: ’ or ' between letters (Derneği’nin,
İstanbul'da) is an apostrophe, and a suffix right after a closing quote ("501 Commons"ın) is
correct Turkish. ’ and ' alone are never reported, since they are apostrophes far more often
than quotes; ‘ is.

Bad:
    “Gönüllü Yönetimi başlığı altındaki kaynakları inceleyebilirsiniz.
Good:
    “Gönüllü Yönetimi” başlığı altındaki kaynakları inceleyebilirsiniz.""",
          doc_tr="""Bir paragrafta açılan her alıntı aynı paragrafta kapatılmalı, her kapanış tırnağının da bir
açılış tırnağı olmalıdır. Kesme işareti tırnaktan ayırt edilir: iki harf arasındaki ’ ya da '
(Derneği’nin, İstanbul'da) kesme işaretidir; kapanış tırnağına bitişik yazılan ek de ("501
Commons"ın) Türkçeye uygundur. Eşi olmayan ’ ve ' hiçbir zaman bildirilmez, çünkü bunlar
tırnaktan çok daha sık kesme işareti olarak kullanılır; eşi olmayan ‘ ise bildirilir.

Hatalı:
    “Gönüllü Yönetimi başlığı altındaki kaynakları inceleyebilirsiniz.
Doğru:
    “Gönüllü Yönetimi” başlığı altındaki kaynakları inceleyebilirsiniz.""", main=True),
    _rule(MIXED, "quote-mixed", Severity.WARNING,
          msg("Quotation closed with a mark of another kind", "Başka türden tırnakla kapatılmış alıntı"),
          """A quotation opened with “ closes with ”, « with », ‘ with ’ and " with ". Text pasted
from Word often mixes them (“…"), which looks careless on the page. The fix changes the closing
mark to match the opening one.

Bad:
    hazırlanan “[<u>Çalışanlar ve Gönüllüler</u>](https://www.youtube.com/watch?v=I_FEZm8FcKU)" eğitim videosu
Good:
    hazırlanan “[<u>Çalışanlar ve Gönüllüler</u>](https://www.youtube.com/watch?v=I_FEZm8FcKU)” eğitim videosu""",
          doc_tr="""Alıntı hangi tırnakla açıldıysa onun eşiyle kapanır: “ ile ”, « ile », ‘ ile ’ ve " ile ".
Word'den yapıştırılan metinlerde bunlar sık sık karışır (“…"); bu da sayfada özensiz bir görüntü
bırakır. Otomatik düzeltme kapanış işaretini, açılış işaretinin eşi olacak biçimde değiştirir.

Hatalı:
    hazırlanan “[<u>Çalışanlar ve Gönüllüler</u>](https://www.youtube.com/watch?v=I_FEZm8FcKU)" eğitim videosu
Doğru:
    hazırlanan “[<u>Çalışanlar ve Gönüllüler</u>](https://www.youtube.com/watch?v=I_FEZm8FcKU)” eğitim videosu""",
          fixable=True),
    _rule(STYLE, "quote-style-mixed", Severity.WARNING,
          msg("Quotation marks of two styles in one file", "Bir dosyada iki türlü tırnak işareti"),
          """A file marks its quotations in one style: “…” (as Word types them), "…" or «…».
Text pasted from several places mixes them. The style used most in the file wins (a tie goes to
“…”, then «…»), and the fix rewrites the other quotations' marks. Single quotes are not counted:
' is an apostrophe far more often than a quote.

Bad:
    hazırlanan "Gönüllüler ile İşbirliği" kitabını ve Derneğin “Gönüllü Yönetimi Rehberi”
    yayınını inceleyebilirsiniz. “Sivil Toplum” dergisi.
Good:
    hazırlanan “Gönüllüler ile İşbirliği” kitabını ve Derneğin “Gönüllü Yönetimi Rehberi”
    yayınını inceleyebilirsiniz. “Sivil Toplum” dergisi.""",
          doc_tr="""Bir dosyadaki alıntıların hepsi aynı tür tırnakla işaretlenir: “…” (Word'ün yazdığı gibi),
"…" ya da «…». Farklı yerlerden yapıştırılan metinlerde bu türler birbirine karışır. Dosyada en
çok kullanılan tür esas alınır (sayılar eşitse önce “…”, sonra «…» seçilir); otomatik düzeltme
öteki alıntıların tırnaklarını buna göre yeniden yazar. Tek tırnaklar hesaba katılmaz: ' çoğu
zaman tırnak değil, kesme işaretidir.

Hatalı:
    hazırlanan "Gönüllüler ile İşbirliği" kitabını ve Derneğin “Gönüllü Yönetimi Rehberi”
    yayınını inceleyebilirsiniz. “Sivil Toplum” dergisi.
Doğru:
    hazırlanan “Gönüllüler ile İşbirliği” kitabını ve Derneğin “Gönüllü Yönetimi Rehberi”
    yayınını inceleyebilirsiniz. “Sivil Toplum” dergisi.""", fixable=True),
    _rule(SPACE_BEFORE, "punctuation-space-before", Severity.WARNING,
          msg("Space before punctuation", "Noktalama işaretinden önce boşluk"),
          """In Turkish, . , ; : ! ? and … are written right after the word. The fix removes the
space. A mark followed by a letter (.pdf, :D) is not punctuation and is left alone, except a
comma or semicolon moved onto the next word ("A ,B"), which the fix writes "A, B".

Bad:
    Gönüllüler örgütün önemli bir gücüdür .
    Gönüllüler ,çalışanlar ve yöneticiler
Good:
    Gönüllüler örgütün önemli bir gücüdür.
    Gönüllüler, çalışanlar ve yöneticiler""",
          doc_tr="""Türkçede . , ; : ! ? ve … işaretleri kendinden önceki sözcüğe bitişik yazılır. Otomatik
düzeltme aradaki boşluğu siler. Ardından harf gelen bir işaret (.pdf, :D) noktalama işareti
sayılmaz ve olduğu gibi bırakılır; yalnızca sonraki sözcüğe bitişik yazılmış virgül ve noktalı
virgül ("A ,B") bildirilir, otomatik düzeltme bunu "A, B" olarak yazar.

Hatalı:
    Gönüllüler örgütün önemli bir gücüdür .
    Gönüllüler ,çalışanlar ve yöneticiler
Doğru:
    Gönüllüler örgütün önemli bir gücüdür.
    Gönüllüler, çalışanlar ve yöneticiler""", fixable=True),
    _rule(SPACE_AFTER, "punctuation-space-after-missing", Severity.WARNING,
          msg("No space after punctuation", "Noktalama işaretinden sonra boşluk yok"),
          """A space follows , ; : between two words, and . ! ? between a sentence's last word and
the next sentence's capital letter. Numbers (3,5; 10:30), abbreviations (T.C.), file names
(Rehber.pdf) and addresses are not reported. The fix adds the space.

Bad:
    Gönüllüler,çalışanlar ve yöneticiler katılabilir.Başvurular açıktır.
Good:
    Gönüllüler, çalışanlar ve yöneticiler katılabilir. Başvurular açıktır.""",
          doc_tr="""İki sözcüğü ayıran virgül, noktalı virgül ve iki noktadan (, ; :) sonra boşluk bırakılır.
Nokta, ünlem ve soru işaretinden (. ! ?) sonra da, cümle bitip yeni cümle büyük harfle
başlıyorsa boşluk gelir. Sayılar (3,5; 10:30), kısaltmalar (T.C.), dosya adları (Rehber.pdf) ve
adresler bildirilmez. Otomatik düzeltme eksik boşluğu ekler.

Hatalı:
    Gönüllüler,çalışanlar ve yöneticiler katılabilir.Başvurular açıktır.
Doğru:
    Gönüllüler, çalışanlar ve yöneticiler katılabilir. Başvurular açıktır.""", fixable=True),
    _rule(REPEATED, "punctuation-repeated", Severity.WARNING,
          msg("Repeated punctuation", "Yinelenen noktalama işareti"),
          """A mark written twice (,, ;; ::) is a typo and is fixed to one. Two dots are either a
full stop or an unfinished ellipsis, so they are only reported; four or more dots become the
three-dot ellipsis. !! and ?? are reported without a fix: one is enough in an advice text.

Bad:
    Gönüllüler,, çalışanlar.. Başvurun!!
Good:
    Gönüllüler, çalışanlar... Başvurun!""",
          doc_tr="""İki kez yazılmış bir işaret (,, ;; ::) yazım hatasıdır; otomatik düzeltme onu teke indirir.
Yan yana iki nokta (..) ya tek bir nokta ya da yarım kalmış bir üç nokta olabilir; hangisi
olduğu bilinemediği için yalnızca bildirilir. Dört ya da daha çok nokta üç noktaya indirilir.
!! ve ?? düzeltilmeden bildirilir: bilgilendirici bir metinde tek işaret yeterlidir.

Hatalı:
    Gönüllüler,, çalışanlar.. Başvurun!!
Doğru:
    Gönüllüler, çalışanlar... Başvurun!""", fixable=True),
)
