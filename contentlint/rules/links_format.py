"""Links as written in Markdown (CL301–CL308): markup that is not a link, empty or vague link
texts, whole sentences as link texts, and addresses that are wrong on their face (unencoded
characters, http:// to an https host, malformed YouTube ids). All offline: the link checker
(CL4xx) is what asks the network.

Links come from :mod:`contentlint.markdown_source`; broken markup (which the parser leaves as
plain text) is looked for in the prose only, so code spans and code blocks never trigger.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from contentlint import turkish
from contentlint.diagnostics import Finding, Fix, Severity
from contentlint.markdown_source import Inline, Link, Prose, as_written, edit, finding, inlines
from contentlint.messages import Message, excerpt, msg
from contentlint.rules.base import Rule

if TYPE_CHECKING:
    from contentlint.context import Context
    from contentlint.documents import Document

EMPTY, BROKEN, BARE, VAGUE, SENTENCE = "CL301", "CL302", "CL303", "CL304", "CL305"
UNENCODED, INSECURE, YOUTUBE = "CL306", "CL307", "CL308"

_URL = r"(?:https?://|www\.)[^\s()<>\[\]]*(?:\([^\s()<>]*\)[^\s()<>\[\]]*)*"
_SPACED = re.compile(r"\[([^\[\]]+)\](\s+)\((" + _URL + r")\)")
_REVERSED = re.compile(r"\(([^()\[\]\n]+)\)\[((?:https?://|www\.)[^\s\[\]]*)\]")
_UNCLOSED = re.compile(r"\[([^\[\]]+)\]\((" + _URL + r")(?=\s|$)")
_SPACE_IN_URL = re.compile(r"\[([^\[\]]+)\]\(((?:https?://|www\.)[^()\n]*?[ \t][^()\n]*)\)")
_NO_OPENING = re.compile(r"\]\((" + _URL + r")\)")
_BARE = re.compile(r"(?<![\w/@.:])(?:https?://|www\.)[^\s<>\[\]\"“”‘’«»]+")
_TRAILING = ".,;:!?'\"’”»…"
_SENTENCE_END = ".!?…"
_OPENING_QUOTES = "\"'“‘«"
_CLOSING_QUOTES = "\"'”’»"
# As tuples: an empty string is in every string, and in no tuple of marks.
_OPENING_QUOTE_MARKS = tuple(_OPENING_QUOTES)
_CLOSING_QUOTE_MARKS = tuple(_CLOSING_QUOTES)
_MARKUP = r"(?:\*\*|__|[*_]|</?u>)+"
_MARKUP_BEFORE = re.compile(_MARKUP + "$")
_MARKUP_AFTER = re.compile("^" + _MARKUP)
# Words a title may leave in lower case: conjunctions, particles, "bir".
_TITLE_SMALL = frozenset({"ve", "ile", "ya", "da", "de", "ki", "için", "veya", "ya da", "mi", "mı",
                          "mu", "mü", "bir", "ne", "gibi", "and", "or", "of", "the", "for", "a"})
_OUTER = " \t\n\"'“”‘’«»()[]"
# What a URL may not hold unencoded (RFC 3986): space, controls, non-ASCII, " < > \ ^ ` { | },
# and a '%' that does not start an escape. Written as the complement of what it may hold: the
# same set, and a class of a few ASCII ranges compiles in microseconds, not 1.5 ms.
_MUST_ENCODE = re.compile(r'[^!#-;=?-\[\]_a-z~]|%(?![0-9A-Fa-f]{2})')
_YOUTUBE_HOSTS = frozenset({
    "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com",
    "youtube-nocookie.com", "www.youtube-nocookie.com",
})
_VIDEO_PATHS = ("/embed/", "/shorts/", "/live/", "/v/")
# Eleven base64url characters encode 64 bits, so the last one carries only four bits: it is one
# of these sixteen.
_VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]")
_PLAYLIST_ID = re.compile(r"[A-Za-z0-9_-]{2,80}")
_LEGACY_PLAYLIST = re.compile(r"PL(?:[A-Za-z0-9_-]{16}|[A-Za-z0-9_-]{32})")
_TIME = re.compile(r"\d+s?|(?:\d+h)?(?:\d+m)?(?:\d+s)?")


def _http_fix(doc: Document, link: Link) -> Fix | None:
    if link.dest_start is None or doc.body[link.dest_start:link.dest_start + 7].lower() != "http://":
        return None
    return Fix(msg("Use https://", "https:// kullanın"),
               (edit(doc, link.dest_start, link.dest_start + 4, "https"),))


def _where(link: Link) -> tuple[int, int]:
    """The destination as written, else (a reference link) the label."""
    if link.dest_start is not None and link.dest_end is not None:
        return link.dest_start, link.dest_end
    return link.label_start, link.label_end


def _label_empty(link: Link) -> bool:
    return not link.text.strip() and not any(p.token.type == "image" for p in link.pieces)


def _check_empty(doc: Document, link: Link, empty: bool) -> Iterator[Finding]:
    if empty:
        yield finding(doc, link.start, link.end, msg(
            "The link has no text: readers see nothing to click. Write what the link leads to "
            "between the brackets: [Gönüllü Yönetimi]({url})",
            "Bağlantının metni boş: okur tıklayacak bir şey görmez. Köşeli parantezin içine "
            "bağlantının neye gittiğini yazın: [Gönüllü Yönetimi]({url})",
            url=link.href or "adres",
        ), rule=EMPTY)
    if link.kind == "inline" and link.href.strip() in ("", "#"):
        yield finding(doc, link.start, link.end, msg(
            "The link has no address: write it between the parentheses: [{text}](https://…)",
            "Bağlantının adresi yok: adresi parantezin içine yazın: [{text}](https://…)",
            text=excerpt(link.text) or "metin",
        ), rule=EMPTY)


def _phrase(text: str) -> str:
    """Comparison key of a link text: Turkish case folding, surrounding punctuation ignored."""
    return turkish.fold(text.strip(_OUTER + _SENTENCE_END + ",;:"))


@functools.lru_cache(maxsize=8)
def _phrases(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_phrase(text) for text in texts)


@functools.lru_cache(maxsize=8)
def _longest(phrases: frozenset[str]) -> int:
    return max(map(len, phrases), default=0)


def _quoted(doc: Document, link: Link, text: str) -> bool:
    """The link text is a quoted name: quotes inside the label or around the link (markup such
    as <u> or ** between the quote and the link aside)."""
    inner = text.strip()
    if len(inner) > 2 and inner[0] in _OPENING_QUOTES and inner[-1] in _CLOSING_QUOTES:
        return True
    before = _MARKUP_BEFORE.sub("", doc.body[max(0, link.start - 12):link.start])
    after = _MARKUP_AFTER.sub("", doc.body[link.end:link.end + 12], count=1)
    return before[-1:] in _OPENING_QUOTE_MARKS and after[:1] in _CLOSING_QUOTE_MARKS


def _title_case(words: list[str]) -> bool:
    """Every word but the small ones starts with a capital: "Hibe Başvurusu Nasıl Yapılır?"."""
    letters = [word.lstrip(_OUTER) for word in words]
    return len(letters) >= 2 and all(
        word[:1].isupper() or turkish.lower(word.rstrip(_SENTENCE_END)) in _TITLE_SMALL
        for word in letters if word[:1].isalpha()) and letters[0][:1].isupper()


def _sentence(text: str, limit: int, quoted: Callable[[], bool]) -> str | None:
    """Why a link text is a sentence rather than a name, or None. A quoted text or a title
    ending with ? or ! is the name of a page or a document, however long. ``quoted`` is asked
    only when it matters: most link texts are short and end in a letter."""
    stripped = text.strip(" \t\n\"'“”‘’«»)")
    words = stripped.split()
    if len(words) > limit and not quoted():
        return "long"
    if not words or stripped[-1] not in _SENTENCE_END:
        return None
    if stripped.endswith("...") and len(words) == 1:
        return None
    if turkish.is_abbreviation(words[-1]):
        return None
    if stripped[-1] in "?!" and (quoted() or _title_case(words)):
        return None
    return "punctuation"


def _check_text(doc: Document, link: Link, phrases: frozenset[str], limit: int) -> Finding | None:
    text = link.text
    # A text much longer than every listed phrase cannot be one: spare the case folding.
    if len(text) <= 2 * _longest(phrases) and _phrase(text) in phrases:
        return finding(doc, link.label_start, link.label_end, msg(
            "The link text '{text}' does not say where it leads; screen readers and readers "
            "skimming the page see only this. Make the words that name the target the link: "
            "'[Gönüllü Yönetimi rehberini](…) inceleyebilirsiniz'",
            "'{text}' bağlantı metni, bağlantının nereye gittiğini söylemiyor; ekran okuyucular ve "
            "sayfaya göz gezdirenler yalnızca bunu görür. Hedefi anlatan sözcükleri bağlantı "
            "yapın: '[Gönüllü Yönetimi rehberini](…) inceleyebilirsiniz'",
            text=text.strip(),
        ), rule=VAGUE)
    why = _sentence(text, limit, lambda: _quoted(doc, link, text))
    if why is None:
        return None
    if why == "long":
        message = msg(
            "The link text '{text}' is {count} words long (limit {limit}); link only the words "
            "that name the target",
            "'{text}' bağlantı metni {count} sözcük (sınır {limit}); yalnızca hedefin adını veren "
            "sözcükleri bağlantı yapın",
            text=excerpt(text), count=len(text.split()), limit=limit,
        )
    else:
        message = msg(
            "The link text '{text}' is a whole sentence; link only the words that name the "
            "target and leave the rest of the sentence outside the brackets",
            "'{text}' bağlantı metni bütün bir cümle; yalnızca hedefi anlatan sözcükleri "
            "bağlantı yapın, cümlenin gerisini köşeli parantezin dışında bırakın",
            text=excerpt(text),
        )
    return finding(doc, link.label_start, link.label_end, message, rule=SENTENCE)


@functools.cache
def _encoded() -> re.Pattern[str]:
    """What :data:`_MUST_ENCODE` allows, repeated. With no '%' in an address, whether it holds
    only these is one run of the class, three to five times faster than searching with the
    alternation. Compiled on first use, as a one-file run may have no link."""
    return re.compile(r'[!#-;=?-\[\]_a-z~]*')


def _encode(char: str) -> str:
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))


def _unencoded(url: str) -> list[tuple[int, str]]:
    """(index, replacement) of each character that must be percent-encoded; the host of an
    absolute URL may hold non-ASCII letters (it is an internationalised domain name)."""
    if "%" not in url and _encoded().fullmatch(url) is not None:  # nearly every address
        return []
    bad = [(m.start(), "%25" if m.group() == "%" else _encode(m.group())) for m in _MUST_ENCODE.finditer(url)]
    if not bad or "://" not in url:
        return bad
    authority = url.find("://") + 3
    host_end = min((found for stop in "/?#" if (found := url.find(stop, authority)) != -1), default=len(url))
    return [(index, code) for index, code in bad if not (authority <= index < host_end and ord(url[index]) > 0x7F)]


def _describe(char: str) -> tuple[str, str]:
    if char == " ":
        return "' ' (space)", "' ' (boşluk)"
    return f"'{char}'", f"'{char}'"


def _check_url(doc: Document, link: Link, https_hosts: frozenset[str]) -> Iterator[Finding]:
    start, end = _where(link)
    url = as_written(doc, link)
    bad = _unencoded(url)
    if bad:
        chars = sorted({url[i] for i, _ in bad}, key=url.index)
        en = ", ".join(_describe(c)[0] for c in chars)
        tr = ", ".join(_describe(c)[1] for c in chars)
        codes = ", ".join(dict.fromkeys(code for _, code in bad))
        fix = None
        written = doc.body[start:end]
        if link.dest_start is not None and written == url:
            fixed = list(url)
            for index, code in bad:
                fixed[index] = code
            fix = Fix(msg("Percent-encode the address", "Adresi yüzde kodlamasıyla yazın"),
                      (edit(doc, start, end, "".join(fixed)),))
        yield finding(doc, start, end, msg(
            "The address contains {chars}, which must be written encoded ({codes}) or the link "
            "may break when copied or checked",
            "Adreste kodlanmadan yazılmış karakter var: {chars_tr}. Bunlar kodlanarak ({codes}) "
            "yazılmalı; yoksa bağlantı kopyalanınca ya da denetlenince bozulabilir",
            chars=en, chars_tr=tr, codes=codes,
        ), rule=UNENCODED, fix=fix, url=url)
    href = link.href.lower()
    if not href.startswith("http://") and "youtu" not in href:
        return  # neither check can apply: spare the URL parsing
    try:
        parts = urlsplit(link.href)
        host = (parts.hostname or "").lower()
    except ValueError:
        return
    if parts.scheme.lower() == "http" and host in https_hosts:
        yield finding(doc, start, end, msg(
            "{host} serves its pages over https; write https:// so readers are not sent "
            "through an insecure redirect",
            "{host} sayfalarını https ile sunuyor; okurlar güvensiz bir yönlendirmeden "
            "geçmesin diye adresi https:// ile yazın",
            host=host,
        ), rule=INSECURE, fix=_http_fix(doc, link), url=url)
    problem = _youtube_problem(host, parts.path, parts.query)
    if problem is not None:
        yield finding(doc, start, end, problem, rule=YOUTUBE, url=url)


def _youtube_problem(host: str, path: str, query: str) -> Message | None:
    if host == "youtu.be":
        video: str | None = path.strip("/")
    elif host in _YOUTUBE_HOSTS:
        video = None
        for prefix in _VIDEO_PATHS:
            if path.startswith(prefix):
                video = path[len(prefix):].strip("/")
    else:
        return None
    params = parse_qs(query, keep_blank_values=True)
    if host != "youtu.be" and path.rstrip("/") == "/watch":
        values = params.get("v")
        if not values:
            if "list" not in params:
                return msg(
                    "This YouTube address has no video id (v=…)",
                    "Bu YouTube adresinde video kimliği (v=…) yok",
                )
        else:
            video = values[0]
    if video is not None and not _VIDEO_ID.fullmatch(video):
        return msg(
            "'{video}' is not a YouTube video id: ids are exactly 11 letters, digits, '-' or '_' "
            "(copy the address again from YouTube's Share button)",
            "'{video}' bir YouTube video kimliği değil: kimlik tam 11 karakterdir (harf, rakam, "
            "'-' ya da '_'). Adresi YouTube'daki Paylaş düğmesinden yeniden kopyalayın",
            video=video,
        )
    for playlist in params.get("list", []):
        if not _PLAYLIST_ID.fullmatch(playlist) or (
                playlist.startswith("PL") and not _LEGACY_PLAYLIST.fullmatch(playlist)):
            return msg(
                "'{playlist}' is not a YouTube playlist id (list=…); copy the address again "
                "from YouTube",
                "'{playlist}' bir YouTube oynatma listesi kimliği (list=…) değil; adresi "
                "YouTube'dan yeniden kopyalayın",
                playlist=playlist,
            )
    for name, pattern in (("index", re.compile(r"\d+")), ("t", _TIME), ("start", re.compile(r"\d+"))):
        for value in params.get(name, []):
            if not value or not pattern.fullmatch(value):
                return msg(
                    "The YouTube parameter {name}={value} is malformed",
                    "YouTube adresindeki {name}={value} değeri hatalı",
                    name=name, value=value,
                )
    return None


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _join_gap(doc: Document, prose: Prose, match: re.Match[str], start: int, end: int) -> Fix | None:
    if "\n" in match.group(2):  # removing a line break would leave the next line's indentation
        return None
    gap_start, gap_end = prose.span(match.start(2), match.end(2))
    return Fix(msg("Remove the space", "Boşluğu silin"), (edit(doc, gap_start, gap_end, ""),))


def _swap(doc: Document, prose: Prose, match: re.Match[str], start: int, end: int) -> Fix | None:
    return Fix(msg("Swap the brackets", "Parantezlerin yerini değiştirin"),
               (edit(doc, start, end, f"[{match.group(1)}]({match.group(2)})"),))


@dataclass(frozen=True)
class _Shape:
    """Link markup the parser left as text: how to find it, what to say, how to fix it."""

    pattern: re.Pattern[str]
    rule: str
    message: Callable[[re.Match[str]], Message]
    fix: Callable[[Document, Prose, re.Match[str], int, int], Fix | None] | None = None


# In order: a text matched by one shape is not looked at by the next ones.
_SHAPES = (
    _Shape(_SPACED, BROKEN, lambda m: msg(
        "This is not a link: there is a space between ']' and '('. Write them together: [{text}]({url})",
        "Bu bir bağlantı değil: ']' ile '(' arasında boşluk var. Bitişik yazın: [{text}]({url})",
        text=excerpt(m.group(1)), url=m.group(3),
    ), _join_gap),
    _Shape(_REVERSED, BROKEN, lambda m: msg(
        "This link is written the wrong way round: text goes in square brackets, the address in "
        "parentheses: [{text}]({url})",
        "Bu bağlantı ters yazılmış: metin köşeli, adres normal parantezin içine yazılır: [{text}]({url})",
        text=excerpt(m.group(1)), url=m.group(2),
    ), _swap),
    _Shape(_SPACE_IN_URL, UNENCODED, lambda m: msg(
        "This is not a link: its address contains a space. Write a space in an address as %20, or "
        "put the address between angle brackets: [{text}](<{url}>)",
        "Bu bir bağlantı değil: adresinde boşluk var. Adresteki boşluğu %20 olarak yazın ya da "
        "adresi açılı parantez içine alın: [{text}](<{url}>)",
        text=excerpt(m.group(1)), url=m.group(2),
    )),
    _Shape(_UNCLOSED, BROKEN, lambda m: msg(
        "This is not a link: the ')' after the address is missing",
        "Bu bir bağlantı değil: adresten sonraki ')' eksik",
    )),
    _Shape(_NO_OPENING, BROKEN, lambda m: msg(
        "This is not a link: the '[' before the link text is missing",
        "Bu bir bağlantı değil: bağlantı metninin başındaki '[' eksik",
    )),
)


def _check_markup(doc: Document, inline: Inline) -> Iterator[Finding]:
    prose = inline.prose
    text = prose.text
    taken: list[tuple[int, int]] = []
    for shape in _SHAPES:
        for match in shape.pattern.finditer(text):
            if _overlaps(taken, match.start(), match.end()):
                continue
            taken.append(match.span())
            start, end = prose.span(match.start(), match.end())
            if "\\" in doc.body[max(start - 1, 0):end]:
                continue  # escaped brackets: the editor wants them shown as they are
            # A fix only where the source is exactly the text seen: no markup inside.
            plain = doc.body[start:end] == match.group()
            fix = shape.fix(doc, prose, match, start, end) if plain and shape.fix else None
            yield finding(doc, start, end, shape.message(match), rule=shape.rule, fix=fix)
    yield from _stray_brackets(doc, inline, taken)
    for match in _BARE.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _TRAILING + ")":
            if text[end - 1] == ")" and text.count("(", match.start(), end) >= text.count(")", match.start(), end):
                break
            end -= 1
        labels = [(start, stop) for start, stop, _ in prose.labels]
        if _overlaps(taken, match.start(), end) or _overlaps(labels, match.start(), end):
            continue
        start_offset, end_offset = prose.span(match.start(), end)
        url = text[match.start():end]
        yield finding(doc, start_offset, end_offset, msg(
            "A bare address in the text; make it a link with a text that says where it leads: "
            "[STGM Bilgi Merkezi]({url})",
            "Metinde çıplak adres var; neye gittiğini söyleyen bir metinle bağlantı yapın: "
            "[STGM Bilgi Merkezi]({url})",
            url=url if "://" in url else "https://" + url,  # a link needs the scheme
        ), rule=BARE, url=url)


def _stray_brackets(doc: Document, inline: Inline, taken: list[tuple[int, int]]) -> Iterator[Finding]:
    """An unmatched '[' right before a link or ']' right after one: markup pasted twice or
    half deleted. Unmatched brackets elsewhere may be meant and are left alone."""
    text = inline.prose.text
    open_at: list[int] = []
    unmatched: set[int] = set()
    for index, char in enumerate(text):
        if char not in "[]" or _overlaps(taken, index, index + 1):
            continue
        offset = inline.prose.offset(index)
        if doc.body[offset - 1:offset] == "\\":
            continue
        if char == "[":
            open_at.append(index)
        elif open_at:
            open_at.pop()
        else:
            unmatched.add(index)
    unmatched.update(open_at)
    for label_start, label_end, link in inline.prose.labels:
        for index, side in ((label_start - 1, "before"), (label_end, "after")):
            if index not in unmatched:
                continue
            offset = inline.prose.offset(index)
            yield finding(doc, offset, offset + 1, msg(
                "A stray '{char}' {side} the link; delete it",
                "Bağlantının {side_tr} fazladan bir '{char}' var; silin",
                char=text[index], side=side, side_tr="önünde" if side == "before" else "arkasında",
            ), rule=BROKEN, fix=Fix(msg("Delete the bracket", "Parantezi silin"),
                                    (edit(doc, offset, offset + 1, ""),)), url=link.href)


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    options = ctx.config.format
    phrases = _phrases(tuple(options.non_descriptive_link_texts))
    https_hosts = frozenset(h.lower() for h in options.https_hosts)
    for inline in inlines(doc):
        for link in inline.links:
            if not link.located:
                continue
            # The checks run as generators only where they can find something: most links
            # have a text and an address.
            if link.kind != "image":
                empty = _label_empty(link)
                if empty or (link.kind == "inline" and link.href.strip() in ("", "#")):
                    yield from _check_empty(doc, link, empty)
                if link.kind != "autolink" and not empty:
                    found = _check_text(doc, link, phrases, options.max_link_text_words)
                    if found is not None:
                        yield found
            yield from _check_url(doc, link, https_hosts)
        text = inline.prose.text
        # Every shape of broken markup holds a bracket or an address: most paragraphs hold none.
        if inline.complete and ("[" in text or "]" in text or "http" in text or "www." in text):
            yield from _check_markup(doc, inline)


def _rule(id: str, name: str, severity: Severity, summary: Message, doc: str, *, doc_tr: str,
          fixable: bool = False, main: bool = False) -> Rule:
    return Rule(id=id, name=name, category="format", severity=severity, summary=summary, doc=doc,
                doc_tr=doc_tr, fixable=fixable, check=check if main else None,
                emits=(BROKEN, BARE, VAGUE, SENTENCE, UNENCODED, INSECURE, YOUTUBE) if main else ())


RULES = (
    _rule(EMPTY, "link-empty", Severity.ERROR, msg("Link without text or address", "Metni ya da adresi boş bağlantı"),
          """A link needs both a text to click and an address. An empty text (also one that is
only tags, like <u></u>) leaves nothing to click; an empty address, or just '#', goes nowhere.
Images are not checked here.

Bad:
    [<u></u>](https://www.stgm.org.tr/node/20247)
    [Gönüllü Yönetimi]()
Good:
    [<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)""",
          doc_tr="""Bir bağlantının hem tıklanacak bir metni hem de bir adresi olmalıdır. Metin boşsa (ya da
<u></u> gibi yalnızca etiketlerden oluşuyorsa) okurun tıklayacağı bir şey kalmaz; adres boşsa
ya da yalnızca '#' ise bağlantı hiçbir yere gitmez. Görseller bu kuralla denetlenmez.

Hatalı:
    [<u></u>](https://www.stgm.org.tr/node/20247)
    [Gönüllü Yönetimi]()
Doğru:
    [<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)""", main=True),
    _rule(BROKEN, "link-markup-broken", Severity.ERROR,
          msg("Link markup that does not make a link", "Bağlantı olmayan bağlantı yazımı"),
          """Markdown makes a link only of [text](address) written together. A space between
']' and '(', the brackets swapped, a missing ']' / ')' / '[' or a stray bracket pasted next to a
link leave the brackets and the address on the page as plain text. Only the text outside code
is looked at. Fixes: the space is removed, swapped brackets are swapped back, a stray bracket is
deleted; a missing bracket is only reported (where it belongs is a guess).

Bad:
    STGM [Bilgi Merkezi] (https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın.
    STGM (Bilgi Merkezi)[https://www.stgm.org.tr/bilgi-merkezi] sayfasına bakın.
    STGM [[Bilgi Merkezi](https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın.
Good:
    STGM [Bilgi Merkezi](https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın.""",
          doc_tr="""Markdown yalnızca bitişik yazılmış [metin](adres) biçimini bağlantıya çevirir. ']' ile '('
arasında boşluk kalırsa, parantezler ters yazılırsa, ']', ')' ya da '[' eksik olursa veya
bağlantının yanına fazladan bir parantez yapışırsa parantezler de adres de sayfada düz metin
olarak görünür. Yalnızca kod dışındaki metne bakılır. Otomatik düzeltme aradaki boşluğu siler,
ters yazılmış parantezleri düzeltir, fazladan parantezi kaldırır; eksik parantez ise yalnızca
bildirilir, çünkü nereye konacağı ancak tahmin edilebilir.

Hatalı:
    STGM [Bilgi Merkezi] (https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın.
    STGM (Bilgi Merkezi)[https://www.stgm.org.tr/bilgi-merkezi] sayfasına bakın.
    STGM [[Bilgi Merkezi](https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın.
Doğru:
    STGM [Bilgi Merkezi](https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın.""", fixable=True),
    _rule(BARE, "url-bare", Severity.WARNING, msg("Bare address in the text", "Metinde çıplak adres"),
          """An address written in the text is not a link in this content's Markdown (nothing
turns it into one), and a long address tells a reader little. Link a describing text instead.
Addresses inside code are not reported.

Bad:
    Ayrıntılar için https://www.stgm.org.tr/bilgi-merkezi adresine bakın.
Good:
    Ayrıntılar için [STGM Bilgi Merkezi](https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın.""",
          doc_tr="""Metnin içine olduğu gibi yazılmış bir adres, bu içeriğin Markdown'ında kendiliğinden
bağlantıya dönüşmez; uzun bir adres de okura pek bir şey anlatmaz. Adresi yazmak yerine,
neye gittiğini anlatan bir metni bağlantı yapın. Kod içindeki adresler bildirilmez.

Hatalı:
    Ayrıntılar için https://www.stgm.org.tr/bilgi-merkezi adresine bakın.
Doğru:
    Ayrıntılar için [STGM Bilgi Merkezi](https://www.stgm.org.tr/bilgi-merkezi) sayfasına bakın."""),
    _rule(VAGUE, "link-text-not-descriptive", Severity.WARNING,
          msg("Link text that does not say where it leads", "Nereye gittiğini söylemeyen bağlantı metni"),
          """Screen readers list a page's links by their text alone, and readers skim them: "buraya
tıklayın", "bağlantı", "link", "click here" say nothing. The list is the setting
format.non_descriptive_link_texts; it is compared with Turkish case folding (BURAYA TIKLAYIN
matches buraya tıklayın; I is the capital of ı, İ of i) and ignores surrounding punctuation.

Bad:
    Gönüllü yönetimi rehberi için [buraya tıklayın](https://www.stgm.org.tr/node/20247).
Good:
    [Gönüllü yönetimi rehberini](https://www.stgm.org.tr/node/20247) inceleyebilirsiniz.""",
          doc_tr="""Ekran okuyucular sayfadaki bağlantıları yalnızca metinleriyle sıralar, okurlar da
bağlantılara çoğu zaman göz gezdirip geçer: "buraya tıklayın", "bağlantı", "link", "click here"
gibi metinler bağlantının nereye gittiği hakkında hiçbir şey söylemez. Bu metinlerin listesi
format.non_descriptive_link_texts ayarındadır. Karşılaştırmada Türkçenin büyük-küçük harf
kuralları geçerlidir (BURAYA TIKLAYIN ile buraya tıklayın aynı sayılır; ı'nın büyüğü I, i'nin
büyüğü İ'dir) ve metnin başındaki ya da sonundaki noktalama işaretleri hesaba katılmaz.

Hatalı:
    Gönüllü yönetimi rehberi için [buraya tıklayın](https://www.stgm.org.tr/node/20247).
Doğru:
    [Gönüllü yönetimi rehberini](https://www.stgm.org.tr/node/20247) inceleyebilirsiniz."""),
    _rule(SENTENCE, "link-text-sentence", Severity.WARNING,
          msg("A whole sentence as link text", "Bağlantı metni olarak bütün bir cümle"),
          """Link the words that name the target, not a whole sentence: a link text that ends with
sentence punctuation (. ! ? …), or is longer than format.max_link_text_words words (15), is
reported. Abbreviations at the end (vb., vd., örn., bkz., s., No., Ltd. Şti., A.Ş. and the rest of
TDK's list) do not count as a sentence's end. A name is not a sentence: a quoted title, or one
written in title case, may end with ? or !, and a quoted official title may be long.

Bad:
    [başlığı altında bulunan kaynakları inceleyebilirsiniz.](https://www.stgm.org.tr/…)
Good:
    başlığı altında bulunan [kaynakları](https://www.stgm.org.tr/…) inceleyebilirsiniz.
    “[<u>Hibe Başvurusu Nasıl Yapılır?</u>](https://www.stgm.org.tr/…)” başlıklı yazıyı okuyun.""",
          doc_tr="""Bütün bir cümleyi değil, yalnızca hedefin adını veren sözcükleri bağlantı yapın. Cümle
sonu işaretiyle (. ! ? …) biten ya da format.max_link_text_words ayarındaki sözcük sınırını (15)
aşan bağlantı metinleri bildirilir. Metnin sonundaki kısaltmalar (vb., vd., örn., bkz., s., No.,
Ltd. Şti., A.Ş. ve TDK listesindeki ötekiler) cümle sonu sayılmaz. Bir ad cümle değildir: tırnak
içindeki ya da sözcüklerinin ilk harfi büyük yazılmış bir başlık ? ya da ! ile bitebilir, tırnak
içindeki resmî bir belge adı da uzun olabilir.

Hatalı:
    [başlığı altında bulunan kaynakları inceleyebilirsiniz.](https://www.stgm.org.tr/…)
Doğru:
    başlığı altında bulunan [kaynakları](https://www.stgm.org.tr/…) inceleyebilirsiniz.
    “[<u>Hibe Başvurusu Nasıl Yapılır?</u>](https://www.stgm.org.tr/…)” başlıklı yazıyı okuyun."""),
    _rule(UNENCODED, "url-unencoded", Severity.WARNING,
          msg("Unencoded character in an address", "Adreste kodlanmamış karakter"),
          """An address may not hold spaces, non-ASCII letters (outside the host name), a '%'
that does not start an escape, or " < > \\ ^ ` { | }. Browsers guess, but copied or checked
addresses break. The fix percent-encodes them; it is offered only when the rendered address
stays exactly the same. A space in an address written without angle brackets is not a link at
all; that is reported here too, without a fix.

Bad:
    [Rehber](https://www.stgm.org.tr/sites/default/files/gönüllü rehberi.pdf)
    [Rehber](<https://www.stgm.org.tr/files/gönüllü rehberi.pdf>)
Good:
    [Rehber](https://www.stgm.org.tr/files/g%C3%B6n%C3%BCll%C3%BC%20rehberi.pdf)""",
          doc_tr="""Bir adreste şunlar kodlanmadan yer alamaz: boşluk, ö, ş, ğ gibi ASCII dışı harfler (alan
adı hariç), %20 gibi bir kodu başlatmayan '%' işareti ve " < > \\ ^ ` { | } karakterleri.
Tarayıcılar çoğu zaman ne kastedildiğini tahmin eder, ama adres kopyalandığında ya da
denetlendiğinde bağlantı bozulur. Otomatik düzeltme bu karakterleri yüzde kodlamasıyla yazar
(ö yerine %C3%B6, boşluk yerine %20) ve bunu yalnızca adresin gösterdiği yer birebir aynı
kalacaksa önerir. Açılı parantez (< >) kullanılmadan yazılmış bir adreste boşluk varsa ortada
bir bağlantı bile yoktur; bu durum da bu kuralla bildirilir, ama düzeltme önerilmez.

Hatalı:
    [Rehber](https://www.stgm.org.tr/sites/default/files/gönüllü rehberi.pdf)
    [Rehber](<https://www.stgm.org.tr/files/gönüllü rehberi.pdf>)
Doğru:
    [Rehber](https://www.stgm.org.tr/files/g%C3%B6n%C3%BCll%C3%BC%20rehberi.pdf)""", fixable=True),
    _rule(INSECURE, "url-http", Severity.WARNING,
          msg("http:// to a host that serves https", "https sunan siteye http:// bağlantısı"),
          """The hosts in format.https_hosts (STGM and YouTube by default) serve their pages over
https. An http:// link sends the reader through an unencrypted redirect first. The fix writes
https://.

Bad:
    [Gönüllü Yönetimi](http://www.stgm.org.tr/node/20247)
Good:
    [Gönüllü Yönetimi](https://www.stgm.org.tr/node/20247)""",
          doc_tr="""format.https_hosts ayarındaki siteler (varsayılan olarak STGM ve YouTube) sayfalarını
https ile sunar. http:// ile yazılmış bir bağlantı okuru önce şifrelenmemiş bir
yönlendirmeden geçirir. Otomatik düzeltme adresin başını https:// yapar.

Hatalı:
    [Gönüllü Yönetimi](http://www.stgm.org.tr/node/20247)
Doğru:
    [Gönüllü Yönetimi](https://www.stgm.org.tr/node/20247)""", fixable=True),
    _rule(YOUTUBE, "youtube-url-malformed", Severity.ERROR,
          msg("Malformed YouTube address", "Hatalı YouTube adresi"),
          """Checked offline: a YouTube video id is exactly 11 characters of A–Z a–z 0–9 - _ (and
the last one is one of 16 possible characters), a playlist id (list=) has no other characters
and an old-style PL id is PL followed by 16 or 32 of them; index=, start= and t= are numbers
(t= also 1m30s). A wrong id usually means the address was cut off or mistyped while copying.

Bad:
    [Eğitim videosu](https://www.youtube.com/watch?v=I_FEZm8FcK)
Good:
    [Eğitim videosu](https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4)""",
          doc_tr="""Bu denetim internete bağlanmadan yapılır. Bir YouTube video kimliği tam 11 karakterdir ve
yalnızca A–Z a–z 0–9 - _ karakterlerinden oluşur (sonuncusu ise 16 olası karakterden biri
olabilir). Oynatma listesi kimliğinde (list=) de bunlardan başka karakter bulunmaz; eski tip
PL kimlikleri ise PL ile başlar ve ardından bu karakterlerden 16 ya da 32 tane gelir. index=,
start= ve t= değerleri sayıdır (t= ayrıca 1m30s biçiminde de yazılabilir). Kimliğin hatalı
olması çoğunlukla adresin kopyalanırken yarım kaldığını ya da yanlış yazıldığını gösterir.

Hatalı:
    [Eğitim videosu](https://www.youtube.com/watch?v=I_FEZm8FcK)
Doğru:
    [Eğitim videosu](https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4)"""),
)
