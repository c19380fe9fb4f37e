"""Turkish-aware text helpers. Python's str.lower() maps 'I' to 'i' and 'İ' to 'i̇' (two code
points), both wrong for Turkish, so every case-insensitive comparison goes through here."""

from __future__ import annotations

import unicodedata

_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_UPPER = str.maketrans({"i": "İ", "ı": "I"})


def lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_LOWER).lower()


def upper(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_UPPER).upper()


def fold(text: str) -> str:
    """A key for case-insensitive comparison of Turkish text (also folds white space)."""
    return " ".join(lower(text).split())
