"""Bilingual user-facing messages.

Every message is written once in English and once in Turkish, side by side where it is
raised, so neither language can be forgotten. The language is chosen only when a message is
rendered, which lets cached results serve runs in either language.
"""

from __future__ import annotations

import errno
import json
import os
import re
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


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut at a word boundary to about ``limit`` characters, with "…"
    where it was cut: a quoted excerpt never ends in half a word."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat.rfind(" ", 0, limit + 1)
    return flat[:cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"


_OS_ERRORS_TR = {
    errno.ENOENT: "böyle bir dosya ya da klasör yok",
    errno.EACCES: "erişim izni yok",
    errno.EPERM: "bu işleme izin yok",
    errno.EISDIR: "bu bir klasör, dosya değil",
    errno.ENOTDIR: "yolun bir parçası klasör değil",
    errno.ENOSPC: "diskte yer kalmadı",
    errno.EROFS: "dosya sistemi yalnızca okunabilir",
    errno.EEXIST: "böyle bir dosya zaten var",
    errno.ENAMETOOLONG: "dosya adı çok uzun",
    errno.ELOOP: "sembolik bağlantılar döngüye giriyor",
    errno.EMFILE: "açık dosya sayısı sınıra ulaştı",
    errno.ENFILE: "açık dosya sayısı sınıra ulaştı",
    errno.EIO: "diskten okunurken ya da diske yazılırken hata oluştu",
    errno.EBUSY: "dosya ya da aygıt kullanımda",
    errno.ENOTEMPTY: "klasör boş değil",
    errno.EXDEV: "dosyalar ayrı disklerde",
    errno.ECONNREFUSED: "sunucu bağlantıyı reddetti",
    errno.ECONNRESET: "bağlantı karşı taraftan kesildi",
    errno.ECONNABORTED: "bağlantı yarıda kesildi",
    errno.ETIMEDOUT: "bağlantı zaman aşımına uğradı",
    errno.EHOSTUNREACH: "sunucuya ulaşılamıyor",
    errno.ENETUNREACH: "ağa ulaşılamıyor",
}
# SQLite's English reasons an editor may meet, by a phrase each contains.
_SQLITE_ERRORS_TR = (
    ("not a database", "dosya bir SQLite veritabanı değil"),
    ("locked", "veritabanı başka bir işlem tarafından kilitlenmiş"),
    ("malformed", "veritabanı dosyası bozuk"),
    ("unable to open", "veritabanı dosyası açılamıyor"),
    ("readonly", "veritabanı yalnızca okunabilir"),
    ("disk", "diskte yer kalmadı ya da disk hatası oluştu"),
)


def reason(exc: BaseException) -> dict[str, str]:
    """Why a file could not be read or written, in both languages, as the ``error`` and
    ``error_tr`` parameters of a message: the operating system's words are English."""
    if isinstance(exc, OSError):
        english = exc.strerror or str(exc)
        turkish = _OS_ERRORS_TR.get(exc.errno or 0) or (
            f"işletim sistemi hatası {exc.errno}" if exc.errno else "işletim sistemi hatası")
    elif isinstance(exc, json.JSONDecodeError):
        english = str(exc)
        turkish = f"geçerli bir JSON değil (satır {exc.lineno}, sütun {exc.colno})"
    elif type(exc).__name__ == "TOMLDecodeError":
        english = str(exc)
        where = re.search(r"line (\d+), column (\d+)", english)
        turkish = "TOML söz dizimi hatası" + (f" (satır {where[1]}, sütun {where[2]})" if where else "")
    elif isinstance(exc, UnicodeDecodeError):
        english = str(exc)
        turkish = f"metin UTF-8 değil ({exc.start}. bayt)"
    else:
        english = str(exc)
        lowered = english.lower()
        turkish = next((tr for phrase, tr in _SQLITE_ERRORS_TR if phrase in lowered),
                       "dosya beklenen biçimde değil")
    return {"error": english, "error_tr": turkish}
