"""Does a link's text name what the link leads to? A comparison of the text with the target's title.

Precision over recall: the texts are compared word by word after Turkish case folding, with
Turkish and English stop words left out, word endings ignored (a shared stem of four letters or
more) and the site's name ("| STGM", "- YouTube") set apart. The verdict is "they disagree" only
when the text names something and the title names something else: a missing or generic title, a
vague or sentence-long text, a playlist, a Turkish text for an English title (or the reverse), or
any shared content word keeps it silent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from urllib.parse import urlsplit

from yarl import URL

from contentlint.links.hosts import youtube
from contentlint.turkish import fold, lower

_WORD = re.compile(r"\w+")
# After Turkish lower-casing, Turkish letters to their Latin base, so "Gonullu" (typed without
# Turkish letters) meets "Gönüllü".
_ASCII = str.maketrans("çğıöşüâîû", "cgiosuaiu")
_SEPARATORS = re.compile(r"\s+[|\-–—:·»]+\s+")
_FILE_NAME = re.compile(r"^[\w\-. ()]+\.(pdf|docx?|xlsx?|pptx?|odt|rtf|txt|html?|php|aspx?|jpe?g|png)$", re.I)
_SLUG = re.compile(r"^[\w.]+([-_.][\w.]+)+$")
_SENTENCE_END = re.compile(r"[.!?…:;]\s*$")
_MAX_TEXT_WORDS = 8
_TURKISH_LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")
_TURKISH_WORDS = frozenset({"ve", "ile", "bir", "bu", "için", "ya", "da", "de", "ne", "nasıl", "nedir"})
_ENGLISH_WORDS = frozenset({"the", "of", "and", "for", "to", "in", "with", "how", "what", "your", "our", "on",
                            "by", "from", "is", "are", "an"})
_ENGLISH_ENDINGS = ("tion", "tions", "ment", "ments", "ness", "ship", "ing", "ity")
_STEM = 4
# Words that say nothing about what a page is: Turkish and English function words, and the
# nouns vague link texts are made of ("bu sayfa", "click here", "video").
_STOP_WORDS = """
acaba ama ancak bana bazi bazen belki ben beni benim bile bir biraz birkac bircok biz bize bizim bu buna
bunda bundan bunlar bunu bunun burada buradan buraya cok daha de da defa diye dolayi en fakat gibi gore
hakkinda hangi hem hep her hic icin ile ise iste kadar ki kim mi mu nasil ne neden nedir nerede o olan
olarak oldu olur ona onlar onu onun oraya sadece sen siz sizin sonra su sunu tum ve veya ya yani yeni
ilk ozel uzerine uzerinde tiklayin tiklayiniz tikla tiklayarak baglanti baglantisi link linki
sayfa sayfasi sayfasina site sitesi sitesine web adres adresi detay detaylar detayli ayrinti ayrintilar
ayrintili bilgi bilgiler devam devami oku okuyun incele inceleyin indir izle video videosu belge belgesi
dosya dosyasi pdf ana anasayfa
a an and are as at be by click download for from here home homepage how in info into is it its more new
of on or our page read see the this to watch what with you your document file
"""
_STOP = frozenset(_STOP_WORDS.split())
_GENERIC_TITLES = frozenset({
    "youtube", "home", "homepage", "home page", "ana sayfa", "anasayfa", "welcome", "hos geldiniz",
    "untitled", "basliksiz", "document", "belge", "index", "login", "log in", "sign in", "giris",
    "oturum ac", "pdf", "untitled document", "microsoft word", "powerpoint presentation",
})
# Site names that sit in titles but never name a page, wherever they stand in the title.
_SITE_NAMES = frozenset({"youtube", "stgm"})


def _key(text: str) -> str:
    return lower(text).translate(_ASCII)


def words(text: str) -> list[str]:
    """The content words of ``text``: folded, without stop words and one- or two-letter words."""
    return [w for w in _WORD.findall(_key(text)) if w not in _STOP and (len(w) > 2 or w.isdigit())]


def _same(a: str, b: str) -> bool:
    """One word, whatever its ending: equal, or sharing a stem of at least four letters that
    leaves no more than three letters of the shorter word out (yönetim ~ yönetimi ~ yönetimine)."""
    if a == b:
        return True
    if a.isdigit() or b.isdigit():
        return False
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= _STEM and common >= min(len(a), len(b)) - 3


def _shares(first: Collection[str], second: Collection[str]) -> bool:
    return any(_same(a, b) for a in first for b in second)


@functools.lru_cache(maxsize=4096)
def split_site(title: str) -> tuple[str, str]:
    """(the title's own part, the site's name): "Hibe Programları | STGM" → ("Hibe Programları", "STGM")."""
    parts = _SEPARATORS.split(title.strip())
    if len(parts) < 2:
        return title, ""
    last = parts[-1]
    if len(last.split()) <= 4:
        return " ".join(parts[:-1]), last
    return title, ""


@functools.lru_cache(maxsize=4096)
def is_generic(title: str) -> bool:
    """A title that names no page: "YouTube", "Ana Sayfa | STGM", a file name, a number."""
    own, _ = split_site(title)
    stripped = title.strip()
    if _FILE_NAME.match(stripped) or _FILE_NAME.match(own.strip()) or _SLUG.match(stripped) \
            or _SLUG.match(own.strip()):
        return True
    if " ".join(_WORD.findall(_key(own))) in _GENERIC_TITLES:
        return True
    return not [w for w in words(own) if w not in _SITE_NAMES and not w.isdigit()]


def _names_site(text_words: list[str], site: str, host: str) -> bool:
    """Whether the text is the site's own name ("501 Commons" for www.501commons.org)."""
    site_words = words(site) + list(_SITE_NAMES)
    squeezed = _key(host).replace("-", "")
    return all(any(_same(w, s) for s in site_words) or w in squeezed for w in text_words)


def _vague(text: str, vague: Collection[str]) -> bool:
    stripped = text.strip(" \t\n\"'“”‘’«»()[]")
    return fold(stripped) in vague or bool(_SENTENCE_END.search(stripped)) or \
        len(stripped.split()) > _MAX_TEXT_WORDS


def language(text: str) -> str | None:
    """"tr" or "en" when the letters, small words or word endings tell; None when they do not."""
    if _TURKISH_LETTERS & set(text) or _TURKISH_WORDS & set(fold(text).split()):
        return "tr"
    found = _WORD.findall(text.lower())
    if _ENGLISH_WORDS & set(found) or any(w.endswith(_ENGLISH_ENDINGS) for w in found):
        return "en"
    return None


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def is_youtube(url: str) -> bool:
    return youtube.matches(_host(url))


def is_playlist(url: str) -> bool:
    if not is_youtube(url):
        return False
    try:
        ref = youtube.parse(URL(url))
    except ValueError:
        return False
    return isinstance(ref, youtube.Ref) and ref.playlist is not None


def disagree(text: str, url: str, title: str | None, vague: Collection[str] = ()) -> bool:
    """Whether the link text names something other than the target's ``title``.

    ``vague`` holds folded link texts that say nothing (CL304's list); such texts are not compared.
    """
    if not title:
        return False
    text_words = words(text)
    own, site = split_site(title)
    # Most texts share a word with their title: that settles it before the costlier checks.
    if not text_words or _shares(text_words, words(own)):
        return False
    if is_generic(title) or is_playlist(url) or _vague(text, vague) or _FILE_NAME.match(text.strip()) \
            or text.strip().lower().startswith(("http:", "https:", "www.")):
        return False
    if {language(text), language(own)} == {"tr", "en"}:
        return False  # a Turkish text for an English page says nothing about a wrong target
    return not _names_site(text_words, site, _host(url))
