"""Headings and the outline of an answer (CL370–CL374), found in one pass over the tokens."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from contentlint import turkish
from contentlint.diagnostics import Finding, Severity
from contentlint.messages import Message, excerpt, msg
from contentlint.rules.base import Rule

if TYPE_CHECKING:
    from markdown_it.token import Token

    from contentlint.context import Context
    from contentlint.documents import Document

INCREMENT, MULTIPLE_H1, H1_TITLE, EMPTY, EMPHASIS = "CL370", "CL371", "CL372", "CL373", "CL374"

# A bold line that ends like a sentence is emphasis, not a heading ("**Önemli!**", "**Not:**").
_SENTENCE_END = ".,;:!?…"
_TEXT_TYPES = frozenset({"text", "code_inline", "image"})
# "Label: text" on a line of its own is a note, not a heading: "*Kaynak: STGM, 2023*". In italics
# any short label; in bold only the labels of notes, since "**Adım 1: Başvuru**" may be a heading.
_LABELLED = re.compile(r"(\w[\w.]*(?: \w[\w.]*){0,2}):\s+\S")
_NOTE_LABELS = frozenset({
    "kaynak", "kaynaklar", "kaynakça", "not", "notlar", "dipnot", "son güncelleme", "güncelleme",
    "güncellenme tarihi", "uyarı", "önemli", "hatırlatma", "açıklama", "tarih", "yazar", "yazan",
    "hazırlayan", "hazırlayanlar", "çeviri", "çeviren", "derleyen", "editör", "fotoğraf", "görsel",
    "source", "sources", "note", "last updated", "updated",
})


def _plain(inline: Token) -> str:
    """The text a reader sees, without markup or raw HTML tags."""
    parts = []
    for child in inline.children or ():
        if child.type in _TEXT_TYPES:
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def _visible(text: str) -> str:
    return "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Zs", "Zl", "Zp", "Cc")).strip()


def _line(doc: Document, row: int) -> str:
    start = doc.body_offset(doc.body_line + row, 1)
    end = doc.body.find("\n", start)
    return doc.body[start:] if end == -1 else doc.body[start:end]


def _finding(doc: Document, rule: str, row: int, marker: str, message: Message) -> Finding:
    """A finding on a body row, at ``marker`` if the row holds it, else at its first character."""
    text = _line(doc, row).rstrip("\r")
    column = text.find(marker) if marker else -1
    if column == -1:
        column = len(text) - len(text.lstrip())
    line = doc.body_line + row
    return Finding(line, column + 1, message, line, len(text) + 1, rule=rule)


def _emphasis_only(inline: Token) -> Token | None:
    """The opening token if the inline content is one emphasis or strong span and nothing else."""
    children = [c for c in inline.children or () if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type not in ("strong_open", "em_open"):
        return None
    depth = 0
    for index, child in enumerate(children):
        depth += child.nesting
        if depth == 0 and index != len(children) - 1:
            return None
    return children[0]


def _note(opening: Token, text: str) -> bool:
    labelled = _LABELLED.match(text)
    if labelled is None:
        return False
    return opening.type == "em_open" or turkish.lower(labelled.group(1)) in _NOTE_LABELS


def _title(doc: Document) -> str | None:
    data = doc.frontmatter.data if doc.frontmatter is not None else None
    title = data.get("title") if data is not None else None
    return title if isinstance(title, str) and title.strip() else None


def _same_heading(a: str, b: str) -> bool:
    return turkish.fold(a).rstrip(_SENTENCE_END + " ") == turkish.fold(b).rstrip(_SENTENCE_END + " ")


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    tokens = doc.tokens
    title = _title(doc)
    previous_level = 0
    first_h1: int | None = None
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.map is not None:
            yield from _heading(doc, token, tokens[index + 1], previous_level, first_h1, title)
            level = int(token.tag[1])
            previous_level = level
            if level == 1 and first_h1 is None:
                first_h1 = token.map[0]
        elif token.type == "paragraph_open" and token.level == 0 and token.map is not None \
                and token.map[1] - token.map[0] == 1:
            opening = _emphasis_only(tokens[index + 1])
            text = _plain(tokens[index + 1]).strip()
            if opening is not None and text and text[-1] not in _SENTENCE_END and not _note(opening, text):
                yield _finding(doc, EMPHASIS, token.map[0], opening.markup, msg(
                    "A line that is only bold or italic text looks like a heading; if it is one, "
                    "write it as a heading ('## {text}')",
                    "Yalnızca kalın ya da italik yazılmış bu satır başlık gibi duruyor; başlıksa "
                    "başlık olarak yazın ('## {text}')",
                    text=excerpt(text),
                ))


def _heading(doc: Document, token: Token, inline: Token, previous_level: int, first_h1: int | None,
             title: str | None) -> Iterator[Finding]:
    assert token.map is not None
    row = token.map[0]
    level = int(token.tag[1])
    marker = token.markup if token.markup.startswith("#") else ""
    text = _plain(inline)
    if not _visible(text):
        yield _finding(doc, EMPTY, row, marker, msg(
            "Empty heading", "Boş başlık",
        ))
        return
    if previous_level and level > previous_level + 1:
        yield _finding(doc, INCREMENT, row, marker, msg(
            "Heading level jumps from H{previous} to H{level}; use H{expected}",
            "Başlık düzeyi H{previous} düzeyinden H{level} düzeyine atlıyor; H{expected} kullanın",
            previous=previous_level, level=level, expected=previous_level + 1,
        ))
    if level != 1:
        return
    if title is not None and _same_heading(text, title):
        yield _finding(doc, H1_TITLE, row, marker, msg(
            "This heading repeats the title from the frontmatter, which the page already shows",
            "Bu başlık, sayfada zaten gösterilen ön bilgideki başlığın (title) tekrarı",
        ))
    elif first_h1 is not None:
        yield _finding(doc, MULTIPLE_H1, row, marker, msg(
            "A second top-level heading (H1; the first is on line {first}); use H2 for sections",
            "İkinci bir ana başlık (H1; ilki {first}. satırda); bölümler için H2 kullanın",
            first=doc.body_line + first_h1,
        ))


def _rule(id: str, name: str, summary: Message, doc: str, doc_tr: str) -> Rule:
    return Rule(id=id, name=name, category="format", severity=Severity.WARNING, summary=summary, doc=doc,
                doc_tr=doc_tr)


_SIBLINGS = (
    _rule(MULTIPLE_H1, "multiple-h1", msg("More than one top-level heading", "Birden çok ana başlık"),
          """A page has one main heading (H1). An answer's body may have one; every further '#'
heading is reported, pointing at the first. Sections below the main heading use '##'. (A first H1
that only repeats the title is reported by h1-repeats-title instead.)

Bad:
    # Gönüllü yönetimi
    ...
    # Kaynaklar
Good:
    # Gönüllü yönetimi
    ...
    ## Kaynaklar""",
          doc_tr="""Bir sayfanın tek bir ana başlığı (H1) olur. Yanıtın metninde bir tane bulunabilir; ondan sonra
gelen her '#' başlığı, ilkinin yeri belirtilerek bildirilir. Ana başlığın altındaki bölümler için
'##' kullanın. (İlk H1 yalnızca ön bilgideki başlığı tekrarlıyorsa onu bu kural değil,
h1-repeats-title bildirir.)

Hatalı:
    # Gönüllü yönetimi
    ...
    # Kaynaklar
Doğru:
    # Gönüllü yönetimi
    ...
    ## Kaynaklar"""),
    _rule(H1_TITLE, "h1-repeats-title", msg("H1 repeats the title", "H1 başlığı tekrarlıyor"),
          """The page shows the frontmatter title as its heading. A '#' heading in the body with
the same words (compared with Turkish upper/lower case rules, so "İŞ BİRLİĞİ" equals
"iş birliği", and ignoring a final full stop) shows it twice. Delete the heading from the body.

Bad:
    ---
    title: Gönüllülerle iş birliği yapmayı istiyoruz.
    ---
    # GÖNÜLLÜLERLE İŞ BİRLİĞİ YAPMAYI İSTİYORUZ
Good:
    ---
    title: Gönüllülerle iş birliği yapmayı istiyoruz.
    ---
    Gönüllülerle gerçekleştirilecek iş birlikleri...""",
          doc_tr="""Sayfa, ön bilgideki başlığı (title) zaten sayfanın başlığı olarak gösterir. Metinde aynı
sözcüklerden oluşan bir '#' başlığı varsa başlık iki kez görünür. Karşılaştırmada Türkçenin
büyük/küçük harf kuralları gözetilir ("İŞ BİRLİĞİ" ile "iş birliği" aynı sayılır) ve sondaki
nokta hesaba katılmaz. Bu başlığı metinden silin.

Hatalı:
    ---
    title: Gönüllülerle iş birliği yapmayı istiyoruz.
    ---
    # GÖNÜLLÜLERLE İŞ BİRLİĞİ YAPMAYI İSTİYORUZ
Doğru:
    ---
    title: Gönüllülerle iş birliği yapmayı istiyoruz.
    ---
    Gönüllülerle gerçekleştirilecek iş birlikleri..."""),
    _rule(EMPTY, "empty-heading", msg("Empty heading", "Boş başlık"),
          """A heading with no text ('#' alone on a line, or only markup or invisible characters)
shows as an empty gap and breaks the page outline for screen readers.

Bad:
    ##
    **  **
Good:
    ## Kaynaklar""",
          doc_tr="""Metni olmayan bir başlık (satırda tek başına duran bir '#' ya da yalnızca biçimlendirme
işaretlerinden veya görünmeyen karakterlerden oluşan bir başlık) sayfada boş bir aralık olarak
görünür ve ekran okuyucular için sayfanın başlık yapısını bozar.

Hatalı:
    ##
    **  **
Doğru:
    ## Kaynaklar"""),
    _rule(EMPHASIS, "emphasis-as-heading",
          msg("Bold or italic line used as a heading", "Başlık yerine kalın ya da italik satır"),
          """Text pasted from Word often turns headings into bold lines. They look like headings
but are not: they are missing from the page outline, screen readers and links to sections. A
paragraph that is a single bold or italic span on one line is reported, unless it ends like a
sentence (. , ; : ! ? …), as in "**Önemli!**". A note written as "label: text" is not a heading
either: in italics with any short label (*Kaynak: STGM, 2023*, *Son güncelleme: 3 Nisan 2024*),
in bold with the label of a note (Kaynak, Not, Uyarı, Son güncelleme…). Lines inside lists and
quotes are not checked.

Bad:
    **Faydalı kaynaklar**
Good:
    ## Faydalı kaynaklar
    *Kaynak: Sivil Toplum Geliştirme Merkezi, 2023*""",
          doc_tr="""Word'den yapıştırılan metinlerde başlıklar çoğu zaman kalın yazılmış satırlara dönüşür. Bu
satırlar başlık gibi görünür ama başlık değildir: sayfanın başlık yapısında yer almaz, ekran
okuyucular onları başlık olarak tanımaz ve bu bölümlere doğrudan bağlantı verilemez. Tek satırdan
oluşan ve baştan sona tek bir kalın ya da italik metin olan paragraflar bildirilir; ancak
"**Önemli!**" örneğindeki gibi cümle sonu işaretlerinden biriyle (. , ; : ! ? …) biten satırlar
bildirilmez. "Etiket: metin" biçiminde yazılmış notlar da başlık sayılmaz: italik yazılmışsa
kısa bir etiketle (*Kaynak: STGM, 2023*, *Son güncelleme: 3 Nisan 2024*), kalın yazılmışsa bir not
etiketiyle (Kaynak, Not, Uyarı, Son güncelleme…). Liste ve alıntı içindeki satırlara bakılmaz.

Hatalı:
    **Faydalı kaynaklar**
Doğru:
    ## Faydalı kaynaklar
    *Kaynak: Sivil Toplum Geliştirme Merkezi, 2023*"""),
)

RULES = (
    Rule(
        id=INCREMENT, name="heading-increment", category="format", severity=Severity.WARNING,
        summary=msg("Heading level skipped", "Başlık düzeyi atlanmış"),
        doc="""Heading levels go down one step at a time: after '##' comes '###', not '####'.
A skipped level breaks the outline that screen readers and the table of contents build. The
first heading of the body may have any level.

Bad:
    ## Kaynaklar
    #### STGM yayınları
Good:
    ## Kaynaklar
    ### STGM yayınları""",
        doc_tr="""Başlık düzeyleri birer basamak iner: '##' başlığından sonra '####' değil, '###' gelir. Atlanan
bir düzey, ekran okuyucuların ve içindekiler tablosunun dayandığı başlık yapısını bozar. Metnin
ilk başlığı herhangi bir düzeyde olabilir.

Hatalı:
    ## Kaynaklar
    #### STGM yayınları
Doğru:
    ## Kaynaklar
    ### STGM yayınları""",
        check=check, emits=tuple(rule.id for rule in _SIBLINGS),
    ),
    *_SIBLINGS,
)
