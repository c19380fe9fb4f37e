"""Bilingual user-facing messages.

Every message is written once in English and once in Turkish, side by side where it is
raised, so neither language can be forgotten. The language is chosen only when a message is
rendered, which lets cached results serve runs in either language.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

Lang = Literal["en", "tr"]
LANGS: tuple[Lang, ...] = ("en", "tr")


@dataclass(frozen=True, slots=True)
class Message:
    en: str
    tr: str
    params: tuple[tuple[str, object], ...] = ()

    def render(self, lang: Lang) -> str:
        template = self.tr if lang == "tr" else self.en
        return template.format(**dict(self.params)) if self.params else template


def msg(en: str, tr: str, /, **params: object) -> Message:
    """Build a message; ``{name}`` placeholders in both templates are filled from ``params``."""
    return Message(en, tr, tuple(sorted(params.items())))


def detect_lang(explicit: str | None = None, configured: str | None = None) -> Lang:
    """``--lang``, else the configuration, else ``LANG``/``LC_ALL`` (tr* is Turkish), else English."""
    for choice in (explicit, configured):
        if choice == "tr":
            return "tr"
        if choice == "en":
            return "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "tr" if value.lower().startswith("tr") else "en"
    return "en"


def pick(lang: Lang, en: str, tr: str) -> str:
    """For short interface words (headings, labels) that are not diagnostics."""
    return tr if lang == "tr" else en


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut at a word boundary to about ``limit`` characters, with "…"
    where it was cut: a quoted excerpt never ends in half a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit + 1)
    return flat[:cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"
