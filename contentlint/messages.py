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


PlainMessage = tuple[str, str, tuple[tuple[str, object], ...]]


def plain(message: Message) -> PlainMessage:
    """The message as plain values for marshal (the caches' format). A parameter may be any
    value quoted from YAML (a date, say); marshal takes only plain ones, so others become text."""
    return (message.en, message.tr,
            tuple((k, v if isinstance(v, (str, int, float, bool, type(None))) else str(v)) for k, v in message.params))


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
