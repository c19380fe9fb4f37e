"""What a link check needs from the start of an HTML page: its title, main heading and ids."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from contentlint.turkish import fold


@dataclass(frozen=True, slots=True)
class PageFacts:
    title: str | None
    heading: str | None
    ids: frozenset[str]


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] | None = None
        self.heading: list[str] | None = None
        self.ids: set[str] = set()
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and (name == "id" or (name == "name" and tag == "a")):
                self.ids.add(value)
        if tag == "title" and self.title is None:
            self.title, self._in = [], "title"
        elif tag == "h1" and self.heading is None:
            self.heading, self._in = [], "h1"

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title" and self.title is not None:
            self.title.append(data)
        elif self._in == "h1" and self.heading is not None:
            self.heading.append(data)


def read_page(body: bytes, charset: str) -> PageFacts:
    try:
        text = body.decode(charset, errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    collector = _Collector()
    collector.feed(text)
    title = " ".join("".join(collector.title).split()) if collector.title is not None else None
    heading = " ".join("".join(collector.heading).split()) if collector.heading is not None else None
    return PageFacts(title or None, heading or None, frozenset(collector.ids))


def says_not_found(text: str | None, markers: list[str]) -> str | None:
    """The marker ``text`` contains as a whole phrase (Turkish-aware, case-insensitive), if any."""
    if not text:
        return None
    folded = fold(text)
    for marker in markers:
        if re.search(rf"(?<!\w){re.escape(fold(marker))}(?!\w)", folded):
            return marker
    return None
