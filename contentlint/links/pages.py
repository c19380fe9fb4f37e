"""What a link check needs from the start of an HTML page: its title, main heading and ids."""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from contentlint.turkish import fold

# <title> holds text only (no tags), so a pattern finds it; this runs for every page checked,
# where a full parse would cost more than the request itself.
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_HEADING = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_OG_TITLE = re.compile(r"""\bproperty\s*=\s*["']og:title["']""", re.IGNORECASE)
_CONTENT = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class PageFacts:
    title: str | None
    heading: str | None
    og_title: str | None = None


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "id" or (name == "name" and tag == "a")):
                self.ids.add(value)


def _text(found: re.Match[str] | None) -> str | None:
    if found is None:
        return None
    return " ".join(html.unescape(_TAG.sub(" ", found.group(1))).split()) or None


def decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")


def _og_title(text: str) -> str | None:
    for tag in _META.finditer(text):
        if _OG_TITLE.search(tag.group(0)) and (content := _CONTENT.search(tag.group(0))):
            return " ".join(html.unescape(content.group(1) or content.group(2) or "").split()) or None
    return None


def read_page(text: str) -> PageFacts:
    return PageFacts(_text(_TITLE.search(text)), _text(_HEADING.search(text)), _og_title(text))


def anchors(text: str) -> frozenset[str]:
    """Every id on the page (and the names of <a> elements): where a #fragment may point."""
    collector = _Anchors()
    collector.feed(text)
    return frozenset(collector.ids)


@functools.lru_cache(maxsize=8)
def _markers(markers: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<!\w){re.escape(fold(marker))}(?!\w)" for marker in markers))


def says_not_found(text: str | None, markers: list[str]) -> bool:
    """Whether ``text`` contains a marker as a whole phrase (Turkish-aware, case-insensitive)."""
    return bool(text and markers and _markers(tuple(markers)).search(fold(text)))
