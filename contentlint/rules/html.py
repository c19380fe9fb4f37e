"""HTML inside the Markdown (CL320–CL323): tags left open or closed in the wrong order, tags
other than the few the site allows, and the underlining of links.

Text pasted from Word or a web page brings its tags along. This content's house style underlines
link texts with <u>…</u> (every link but one in the real answer file does); the setting
format.underline_in_links decides whether that is required, checked for consistency within a
file (the default), merely allowed, or forbidden.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal, NamedTuple

from contentlint.diagnostics import Finding, Fix, Severity
from contentlint.markdown_source import Inline, Link, Piece, block_offsets, edit, finding, inlines
from contentlint.messages import Message, excerpt, msg
from contentlint.rules.base import Rule

if TYPE_CHECKING:
    from contentlint.context import Context
    from contentlint.documents import Document

UNBALANCED, NOT_ALLOWED, UNDERLINE, UNDERLINE_OUTSIDE = "CL320", "CL321", "CL322", "CL323"

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?(/?)>")
_BLOCK_TAG = re.compile(r"<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?(/?)>", re.DOTALL)
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})

Underline = Literal["full", "none", "partial"]


class Tag(NamedTuple):
    name: str  # lower case
    closing: bool
    void: bool  # never closed: <br>, <br/>, <img …>
    piece: Piece


# Tag((name, closing, void, piece)) without the Python-level __new__ that NamedTuple adds.
_new_tag = functools.partial(tuple.__new__, Tag)


@functools.lru_cache(maxsize=256)
def _parse_tag(content: str) -> tuple[str, bool, bool] | None:
    """(name, closing, void) of an inline tag; None for comments, declarations and the like.
    Cached: the same few tags (<u>, </u>) come back in every file."""
    match = _TAG.fullmatch(content)
    if match is None:
        return None
    name = match.group(2).lower()
    return name, match.group(1) == "/", bool(match.group(3)) or name in _VOID


def _scan(inline: Inline) -> tuple[list[Tag], list[int], list[int], dict[int, int]]:
    """In one pass over the pieces: the tags, :func:`_u` of every piece, the indices of the <u>
    pieces, and the index of each link's opening piece by its token's id."""
    tags: list[Tag] = []
    kinds = [0] * len(inline.pieces)
    underline_starts: list[int] = []
    opening: dict[int, int] = {}
    for index, piece in enumerate(inline.pieces):
        kind = piece.token.type
        if kind == "html_inline":
            parsed = _parse_tag(piece.token.content)
            if parsed is None:
                continue
            tags.append(_new_tag((*parsed, piece)))
            if parsed[0] == "u":
                kinds[index] = -1 if parsed[1] else 1
                if not parsed[1]:
                    underline_starts.append(index)
        elif kind == "link_open":
            opening[id(piece.token)] = index
    return tags, kinds, underline_starts, opening


def _check_balance(doc: Document, inline: Inline, tags: list[Tag]) -> Iterator[Finding]:
    """Tags must close in the paragraph they open in, in reverse order, and a tag opened in a
    link's text must close inside that text."""
    open_tags: list[Tag] = []
    crossed: list[Tag] = []  # reported for closing after an outer tag: their own closing is no news
    links = inline.links
    for tag in tags:
        # Every tag still open inside a link whose text ended before this tag is left dangling.
        while open_tags and open_tags[-1].piece.link != -1 and \
                links[open_tags[-1].piece.link].label_end <= tag.piece.start:
            yield _unclosed_in_link(doc, open_tags.pop())
        if tag.void:
            continue
        if not tag.closing:
            open_tags.append(tag)
            continue
        if open_tags and open_tags[-1].name == tag.name and open_tags[-1].piece.link == tag.piece.link:
            del open_tags[-1]  # closes the innermost open tag, as nearly every tag does
            continue
        match = next((i for i in range(len(open_tags) - 1, -1, -1)
                      if open_tags[i].name == tag.name and open_tags[i].piece.link == tag.piece.link), None)
        if match is None:
            partner = next((t for t in crossed if t.name == tag.name and t.piece.link == tag.piece.link), None)
            if partner is not None:
                crossed.remove(partner)
                continue
            yield finding(doc, tag.piece.start, tag.piece.end, msg(
                "</{name}> closes a tag that was never opened here; delete it or add <{name}> "
                "where the marked text starts",
                "</{name}> kapanış etiketinin burada açılışı yok; silin ya da işaretlenecek metnin "
                "başına <{name}> ekleyin",
                name=tag.name,
            ), rule=UNBALANCED)
            continue
        for inner in reversed(open_tags[match + 1:]):
            crossed.append(inner)
            yield _unclosed(doc, inner, before=tag)
        del open_tags[match:]
    for tag in reversed(open_tags):
        yield _unclosed_in_link(doc, tag) if tag.piece.link != -1 else _unclosed(doc, tag)


def _unclosed(doc: Document, tag: Tag, before: Tag | None = None) -> Finding:
    if before is None:
        message = msg(
            "<{name}> is never closed, so it runs to the end of the paragraph; add </{name}> "
            "where the marked text ends",
            "<{name}> etiketi kapatılmamış, paragrafın sonuna kadar etkili olur; işaretlenecek "
            "metnin bittiği yere </{name}> ekleyin",
            name=tag.name,
        )
    else:
        message = msg(
            "<{name}> is not closed before </{outer}>; tags close in reverse order: "
            "<{outer}><{name}>…</{name}></{outer}>",
            "<{name}> etiketi </{outer}> etiketinden önce kapatılmamış; etiketler açıldıkları "
            "sıranın tersine kapanır: <{outer}><{name}>…</{name}></{outer}>",
            name=tag.name, outer=before.name,
        )
    return finding(doc, tag.piece.start, tag.piece.end, message, rule=UNBALANCED)


def _unclosed_in_link(doc: Document, tag: Tag) -> Finding:
    return finding(doc, tag.piece.start, tag.piece.end, msg(
        "<{name}> opens inside the link text but is not closed there; put </{name}> before the "
        "']': [<{name}>metin</{name}>](adres)",
        "<{name}> bağlantı metninin içinde açılmış ama orada kapatılmamış; </{name}> etiketini "
        "']' işaretinden önce yazın: [<{name}>metin</{name}>](adres)",
        name=tag.name,
    ), rule=UNBALANCED)


def _not_allowed(doc: Document, name: str, start: int, end: int, allowed: list[str]) -> Finding:
    return finding(doc, start, end, msg(
        "The HTML tag <{name}> is not used in this content (allowed: {allowed}); it usually comes "
        "from text pasted from Word or a web page. Use Markdown instead (**bold**, *italic*, "
        "lists) or delete the tag",
        "<{name}> HTML etiketi bu içerikte kullanılmıyor (izin verilenler: {allowed}); genellikle "
        "Word'den ya da bir web sayfasından yapıştırılan metinle gelir. Yerine Markdown kullanın "
        "(**kalın**, *italik*, listeler) ya da etiketi silin",
        name=name, allowed=", ".join(f"<{a}>" for a in allowed) or "-",
    ), rule=NOT_ALLOWED)


def _check_blocks(doc: Document, allowed: set[str], listed: list[str]) -> Iterator[Finding]:
    for token in doc.tokens:
        if token.type != "html_block":
            continue
        to_body = block_offsets(doc, token)
        if to_body is None:
            continue
        for match in _BLOCK_TAG.finditer(token.content):
            name = (match.group(2) or "").lower()
            if name and name not in allowed and not match.group(1):
                yield _not_allowed(doc, name, to_body(match.start()), to_body(match.end() - 1) + 1, listed)


def _u(piece: Piece) -> int:
    """1 for <u>, -1 for </u>, 0 for anything else."""
    if piece.token.type != "html_inline":
        return 0
    parsed = _parse_tag(piece.token.content)
    if parsed is None or parsed[0] != "u":
        return 0
    return -1 if parsed[1] else 1


class Underlined(NamedTuple):  # a tuple: made for every link, and tuples are the cheapest to make
    link: Link
    state: Underline
    tags: tuple[Piece, ...]  # the <u> and </u> pieces that underline it


def _underline(inline: Inline, kinds: list[int], position: int, link: Link) -> Underlined:
    """How a link's text is underlined (all of it, none of it, or a part). ``kinds`` holds
    :func:`_u` of every piece; ``position`` is the index of the link's opening piece."""
    pieces = inline.pieces
    close = position + len(link.pieces) + 1
    if position > 0 and close + 1 < len(pieces) and kinds[position - 1] == 1 and kinds[close + 1] == -1:
        return Underlined(link, "full", (pieces[position - 1], pieces[close + 1]))  # <u>[text](…)</u>
    if close - position == 4 and kinds[position + 1] == 1 and kinds[position + 2] == 0 and kinds[position + 3] == -1:
        # [<u>text</u>](…), nearly every link of this content: what the general case below finds.
        return Underlined(link, "full", (pieces[position + 1], pieces[position + 3]))
    label = [i for i in range(position + 1, close)
             if not (pieces[i].token.type == "text" and not pieces[i].token.content.strip())]
    # Emphasis wrapping the whole label is not text: [**<u>…</u>**](…) is fully underlined.
    while len(label) > 2 and pieces[label[0]].token.nesting == 1 and pieces[label[-1]].token.nesting == -1 \
            and pieces[label[0]].token.type[:-5] == pieces[label[-1]].token.type[:-6]:
        label = label[1:-1]
    tags = tuple(pieces[i] for i in label if kinds[i])
    if not tags:
        return Underlined(link, "none", ())
    depth = 0
    for number, index in enumerate(label):
        depth += kinds[index]
        if depth == 0 and number != len(label) - 1:
            return Underlined(link, "partial", tags)
    whole = kinds[label[0]] == 1 and kinds[label[-1]] == -1
    return Underlined(link, "full" if whole else "partial", tags)


def _wrap(doc: Document, link: Link) -> Fix:
    return Fix(msg("Underline the link text", "Bağlantı metninin altını çizin"), (
        edit(doc, link.label_start, link.label_start, "<u>"),
        edit(doc, link.label_end, link.label_end, "</u>"),
    ))


def _unwrap(doc: Document, found: Underlined) -> Fix | None:
    if sum(map(_u, found.tags)) != 0:  # not in pairs
        return None
    return Fix(msg("Remove the underline tags", "Altı çizme etiketlerini kaldırın"),
               tuple(edit(doc, p.start, p.end, "") for p in found.tags))


def _check_underline(doc: Document, policy: str, found: list[Underlined]) -> Iterator[Finding]:
    full = sum(u.state == "full" for u in found)
    none = sum(u.state == "none" for u in found)
    for underlined in found:
        link, state = underlined.link, underlined.state
        message: Message | None = None
        fix: Fix | None = None
        if state == "partial" and policy != "forbid":
            message = msg(
                "Only part of the link text is underlined; <u>…</u> should wrap the whole text: "
                "[<u>{text}</u>](…)",
                "Bağlantı metninin yalnızca bir kısmının altı çizili; <u>…</u> metnin tamamını "
                "sarmalı: [<u>{text}</u>](…)",
                text=excerpt(link.text),
            )
        elif policy == "forbid" and state != "none":
            message = msg(
                "Link texts are not underlined with <u> in this content; remove the tags",
                "Bu içerikte bağlantı metinlerinin altı <u> ile çizilmez; etiketleri kaldırın",
            )
            fix = _unwrap(doc, underlined)
        elif state == "none" and policy == "require":
            message = msg(
                "Link texts are underlined in this content; write [<u>{text}</u>](…)",
                "Bu içerikte bağlantı metinlerinin altı çizilir; [<u>{text}</u>](…) biçiminde yazın",
                text=excerpt(link.text),
            )
            fix = _wrap(doc, link)
        elif state == "none" and policy == "consistent" and full >= none:
            message = msg(
                "This link text is not underlined, unlike the other links in this file; write "
                "[<u>{text}</u>](…)",
                "Bu bağlantı metninin altı çizili değil, oysa bu dosyadaki öteki bağlantıların altı "
                "çizili; [<u>{text}</u>](…) biçiminde yazın",
                text=excerpt(link.text),
            )
            fix = _wrap(doc, link)
        elif state == "full" and policy == "consistent" and none > full:
            message = msg(
                "This link text is underlined, unlike the other links in this file; remove <u>…</u>",
                "Bu bağlantı metninin altı çizili, oysa bu dosyadaki öteki bağlantıların değil; "
                "<u>…</u> etiketlerini kaldırın",
            )
            fix = _unwrap(doc, underlined)
        if message is not None:
            yield finding(doc, link.label_start, link.label_end, message, rule=UNDERLINE, fix=fix)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    options = ctx.config.format
    allowed = {name.lower() for name in options.allowed_html}
    links: list[Underlined] = []
    for inline in inlines(doc):
        if not inline.links and "<" not in inline.token.content:
            continue  # no link, and no tag: markdown-it makes one only of a '<' in the source
        tags, kinds, underline_starts, opening = _scan(inline)
        for tag in tags:
            # A closing tag is reported with its opening one, or by html-tag-unbalanced.
            if tag.name not in allowed and not tag.closing:
                yield _not_allowed(doc, tag.name, tag.piece.start, tag.piece.end, options.allowed_html)
        if inline.complete:
            if tags:
                yield from _check_balance(doc, inline, tags)
            pieces = inline.pieces
            for index in underline_starts:
                piece = pieces[index]
                wraps_link = index + 1 < len(pieces) and pieces[index + 1].token.type == "link_open"
                if piece.link == -1 and not wraps_link:
                    yield finding(doc, piece.start, piece.end, msg(
                        "Underlined text that is not a link: readers take underlined words for a "
                        "link and click them. Use **bold** or *italic* for emphasis",
                        "Bağlantı olmayan altı çizili metin: okurlar altı çizili sözcükleri "
                        "bağlantı sanıp tıklar. Vurgu için **kalın** ya da *italik* kullanın",
                    ), rule=UNDERLINE_OUTSIDE)
            for link in inline.links:
                if link.kind == "inline" or link.kind == "reference":
                    links.append(_underline(inline, kinds, opening[id(link.token)], link))
    yield from _check_blocks(doc, allowed, options.allowed_html)
    if options.underline_in_links != "allow":
        yield from _check_underline(doc, options.underline_in_links, links)


def _rule(id: str, name: str, severity: Severity, summary: Message, doc: str, *, doc_tr: str,
          fixable: bool = False, main: bool = False) -> Rule:
    return Rule(id=id, name=name, category="format", severity=severity, summary=summary, doc=doc,
                doc_tr=doc_tr, fixable=fixable, check=check if main else None,
                emits=(NOT_ALLOWED, UNDERLINE, UNDERLINE_OUTSIDE) if main else ())


RULES = (
    _rule(UNBALANCED, "html-tag-unbalanced", Severity.ERROR,
          msg("HTML tag not closed, or closed out of order",
              "Kapatılmamış ya da yanlış sırada kapatılmış HTML etiketi"),
          """An inline HTML tag must be closed in the same paragraph, tags close in the reverse
order they opened, and a tag opened inside a link text closes inside it. A <u> left open
underlines everything after it. Void tags (<br>) need no closing. Raw HTML blocks are only
checked by html-tag-not-allowed.

Bad:
    STGM [<u>STOK Öğrenim Platformu](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.
Good:
    STGM [<u>STOK Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.""",
          doc_tr="""Metin içindeki bir HTML etiketi açıldığı paragrafta kapatılmalıdır. Etiketler açıldıkları
sıranın tersine kapanır; bağlantı metninin içinde açılan bir etiket de yine o metnin içinde
kapanır. Açık bırakılan bir <u>, kendinden sonra gelen her şeyin altını çizer. <br> gibi tek
başına kullanılan etiketlerin kapatılması gerekmez. Ayrı bir blok olarak yazılmış HTML yalnızca
html-tag-not-allowed kuralıyla denetlenir.

Hatalı:
    STGM [<u>STOK Öğrenim Platformu](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.
Doğru:
    STGM [<u>STOK Öğrenim Platformu</u>](https://www.stgm.org.tr/stok-ogrenme-platformu)na kayıt olun.""",
          main=True),
    _rule(NOT_ALLOWED, "html-tag-not-allowed", Severity.WARNING,
          msg("HTML tag not allowed", "İzin verilmeyen HTML etiketi"),
          """Only the tags in format.allowed_html (u, br, sup, sub) may appear; comments
(<!-- … -->) always may. Other tags (<span style=…>, <font>, <b>, <p>, <div>) come with text
pasted from Word or web pages: use Markdown instead, or delete them.

Bad:
    <span style="font-size: 11pt">Gönüllülerle iş birliği</span> çeşitli süreçlerden oluşur.
    <b>Önemli:</b> başvurular ayın 15'inde kapanır.
Good:
    Gönüllülerle iş birliği çeşitli süreçlerden oluşur.
    **Önemli:** başvurular ayın 15'inde kapanır.""",
          doc_tr="""Yalnızca format.allowed_html ayarındaki etiketler (u, br, sup, sub) kullanılabilir; yorumlar
(<!-- … -->) her zaman kullanılabilir. Öteki etiketler (<span style=…>, <font>, <b>, <p>,
<div>) Word'den ya da web sayfalarından yapıştırılan metinle birlikte gelir: bunların yerine
Markdown kullanın ya da etiketleri silin.

Hatalı:
    <span style="font-size: 11pt">Gönüllülerle iş birliği</span> çeşitli süreçlerden oluşur.
    <b>Önemli:</b> başvurular ayın 15'inde kapanır.
Doğru:
    Gönüllülerle iş birliği çeşitli süreçlerden oluşur.
    **Önemli:** başvurular ayın 15'inde kapanır."""),
    _rule(UNDERLINE, "link-underline", Severity.WARNING,
          msg("Link text underlined unlike the others", "Bağlantı metninin altı ötekilerden farklı çizilmiş"),
          """This content underlines link texts: [<u>metin</u>](adres). The setting
format.underline_in_links says how that is checked:
  consistent (default)  within a file, all link texts are underlined or none is; the links that
                        differ from the majority are reported (a tie counts as underlined)
  require               every link text is underlined
  allow                 not checked
  forbid                no link text is underlined
A link text only partly underlined is reported unless the setting is allow. <u>[metin](adres)</u>
counts as underlined, and so does [**<u>metin</u>**](adres): emphasis around the whole underlined
text adds no text. Fixes add or remove the <u>…</u> around the whole link text.

Bad (consistent):
    “[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” başlığındaki
    [kaynakları](https://www.stgm.org.tr/stok-ogrenim-platformunda) inceleyebilirsiniz.
Good:
    “[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” başlığındaki
    [<u>kaynakları</u>](https://www.stgm.org.tr/stok-ogrenim-platformunda) inceleyebilirsiniz.""",
          doc_tr="""Bu içerikte bağlantı metinlerinin altı çizilir: [<u>metin</u>](adres). Bunun nasıl
denetleneceğini format.underline_in_links ayarı belirler:
  consistent (varsayılan)  bir dosyada ya bütün bağlantı metinlerinin altı çizilir ya da
                           hiçbirinin; çoğunluğa uymayan bağlantılar bildirilir (sayılar eşitse
                           altı çizili olanlar çoğunluk sayılır)
  require                  her bağlantı metninin altı çizilmelidir
  allow                    denetim yapılmaz
  forbid                   hiçbir bağlantı metninin altı çizilmez
Ayar allow değilse, altı yalnızca bir kısmında çizilmiş bağlantı metinleri de bildirilir.
<u>[metin](adres)</u> ve [**<u>metin</u>**](adres) biçimleri de altı çizili sayılır; altı çizili
metnin tamamını saran kalın ya da italik yazı metne bir şey eklemez. Otomatik düzeltme, bağlantı metninin
tamamını saran <u>…</u> etiketlerini ekler ya da kaldırır.

Hatalı (consistent):
    “[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” başlığındaki
    [kaynakları](https://www.stgm.org.tr/stok-ogrenim-platformunda) inceleyebilirsiniz.
Doğru:
    “[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” başlığındaki
    [<u>kaynakları</u>](https://www.stgm.org.tr/stok-ogrenim-platformunda) inceleyebilirsiniz.""",
          fixable=True),
    _rule(UNDERLINE_OUTSIDE, "underline-outside-link", Severity.WARNING,
          msg("Underlined text that is not a link", "Bağlantı olmayan altı çizili metin"),
          """Readers take underlined words for a link, all the more here where every link is
underlined. Emphasise with **bold** or *italic* instead.

Bad:
    Başvurular <u>15 Mart</u> tarihinde kapanır.
Good:
    Başvurular **15 Mart** tarihinde kapanır.""",
          doc_tr="""Okurlar altı çizili sözcükleri bağlantı sanar; bu içerikte her bağlantının altı çizili
olduğu için bu yanılgıya düşmek daha da kolaydır. Vurgulamak için altını çizmek yerine **kalın** ya da
*italik* yazı kullanın.

Hatalı:
    Başvurular <u>15 Mart</u> tarihinde kapanır.
Doğru:
    Başvurular **15 Mart** tarihinde kapanır."""),
)
