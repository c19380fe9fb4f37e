"""Hunspell's answer for most words without loading Hunspell: an on-disk index of the dictionary.

Loading the Turkish dictionary into Hunspell takes 0.4 s of CPU, more than the rest of a run over
STGM's whole content. Yet the dictionary's affix file is of the simplest kind: each flag is one
suffix, added with nothing stripped and under no condition, with no prefixes, compounds or
continuation classes. For such a dictionary Hunspell accepts a word exactly when it is a stem of
the .dic, or a stem followed by a suffix whose flag the stem carries. This module answers that
question from an SQLite table of the stems, built once per dictionary next to the unpacked files
(0.8 s) and read a few rows at a time.

The index answers only where Hunspell's logic is that and nothing more, and says ``None``
elsewhere, for Hunspell to decide:

- a word of lowercase letters: exactly;
- a capitalised word: exactly (as written, or in lowercase with Turkish ı/i, as Hunspell tries);
- a hyphenated word: ``True`` when Hunspell would accept it whole or part by part; never ``False``;
- anything else (capitals inside, apostrophes, digits, other scripts): ``None``.

``tests/test_spelling_index.py`` holds the index to Hunspell's own answers on many thousands of
words, correct and not. The build refuses an affix file with any other directive, so a future
dictionary of another kind is simply not indexed.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
from pathlib import Path

from contentlint import turkish

# Bumped when the table's layout or the rules above change: an old index is then not read.
FORMAT = 1
NAME = f"index-{FORMAT}.sqlite"
_DIRECTIVES = frozenset(("SET", "LANG", "TRY", "FLAG", "SFX"))
_LETTERS = frozenset("abcçdefgğhıijklmnoöpqrsştuüvwxyzâîûABCÇDEFGĞHIİJKLMNOÖPQRSŞTUÜVWXYZÂÎÛ")
# Longer words go to Hunspell, which has its own limits.
_LONGEST = 60
# Hunspell gives up on a word with ten break points or more.
_MOST_PARTS = 10


class Unsupported(Exception):
    """The dictionary uses features the index does not model."""


def _suffixes(aff: Path) -> dict[str, str]:
    """Suffix → flag, from an affix file that holds nothing but simple suffixes."""
    out: dict[str, str] = {}
    with aff.open(encoding="utf-8") as stream:
        lines = [line.split() for line in stream]
    index = 0
    while index < len(lines):
        fields = lines[index]
        index += 1
        if not fields or fields[0].startswith("#"):
            continue
        if fields[0] not in _DIRECTIVES:
            raise Unsupported(f"affix directive {fields[0]}")
        if fields[0] in ("SET", "FLAG") and fields[1:] != (["UTF-8"] if fields[0] == "SET" else ["num"]):
            raise Unsupported(" ".join(fields))
        if fields[0] != "SFX":
            continue
        # A header "SFX flag cross count", then `count` rules "SFX flag strip add condition".
        if len(fields) != 4 or fields[3] != "1":
            raise Unsupported(" ".join(fields))
        rule = lines[index] if index < len(lines) else []
        index += 1
        if len(rule) != 5 or rule[:2] != fields[:2] or rule[2] != "0" or rule[4] != "." or "/" in rule[3]:
            raise Unsupported(" ".join(rule))
        if rule[3] in out:
            raise Unsupported(f"suffix {rule[3]} under two flags")
        out[rule[3]] = rule[1]
    return out


def _stems(dic: Path) -> dict[str, str]:
    """Stem → its flags, comma-separated (homonyms merged: a flag on any of them counts)."""
    out: dict[str, str] = {}
    with dic.open(encoding="utf-8") as stream:
        next(stream, None)  # the word count
        for line in stream:
            line = line.rstrip("\n")
            if not line:
                continue
            if "\\" in line or " " in line or "\t" in line:
                raise Unsupported(f"dictionary line {line!r}")
            stem, _, flags = line.partition("/")
            # Flags from 65500 on are Hunspell's own (a forbidden word, a hidden homonym).
            if flags and any(int(flag) >= 65500 for flag in flags.split(",")):
                raise Unsupported(f"dictionary line {line!r}")
            if stem in out:
                flags = ",".join(sorted(set(filter(None, (out[stem] + "," + flags).split(",")))))
            out[stem] = flags
    return out


def build(folder: Path, dictionary: str) -> Path:
    """Writes the index of ``folder``'s dictionary under a temporary name, then renames it."""
    suffixes = _suffixes(folder / f"{dictionary}.aff")
    stems = _stems(folder / f"{dictionary}.dic")
    target = folder / NAME
    temporary = folder / f".{NAME}.{os.getpid()}.tmp"
    temporary.unlink(missing_ok=True)
    try:
        with sqlite3.connect(temporary) as db:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("CREATE TABLE stems (stem TEXT PRIMARY KEY, flags TEXT NOT NULL) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
            db.executemany("INSERT INTO stems VALUES (?, ?)", sorted(stems.items()))
            db.execute("INSERT INTO meta VALUES ('suffixes', ?)", (marshal.dumps(suffixes),))
            db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
        db.close()
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


class Index:
    """Hunspell's verdicts, where the index can give them (see the module's notes)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        # As a URI (read-only), escaped: a folder name may hold '?' or '#'.
        self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        try:
            rows = dict(self._db.execute("SELECT key, value FROM meta"))
            if rows.get("format") != FORMAT:
                raise sqlite3.DatabaseError("an index of another format")
            self._suffixes: dict[str, str] = marshal.loads(rows["suffixes"])
        except (sqlite3.Error, KeyError, ValueError, EOFError, TypeError):
            self._db.close()
            raise
        # Stem → its flags (None: not a stem); words added at run time are stems too.
        self._flags: dict[str, frozenset[str] | None] = {}
        self._added: dict[str, frozenset[str]] = {}

    @classmethod
    def open(cls, folder: Path, dictionary: str) -> Index | None:
        """The index of the dictionary unpacked in ``folder``, built if missing or unreadable;
        None if it cannot be had (a read-only folder, a dictionary of another kind)."""
        path = folder / NAME
        for attempt in (1, 2):
            if path.is_file():
                try:
                    return cls(path)
                except (sqlite3.Error, KeyError, ValueError, EOFError, TypeError):
                    pass  # damaged: it is only derived data, made again from the dictionary
            if attempt == 2:
                return None
            try:
                build(folder, dictionary)
            except (OSError, sqlite3.Error, Unsupported, ValueError, UnicodeDecodeError):
                return None
        return None

    def discard(self) -> None:
        """Closes the index and removes its file, found damaged: the next open builds it again."""
        self._db.close()
        self._path.unlink(missing_ok=True)

    def _lookup(self, stems: list[str]) -> None:
        missing = [stem for stem in stems if stem not in self._flags]
        if not missing:
            return
        for stem in missing:
            self._flags[stem] = self._added.get(stem)
        marks = ",".join("?" * len(missing))
        for stem, flags in self._db.execute(f"SELECT stem, flags FROM stems WHERE stem IN ({marks})", missing):
            found = frozenset(flags.split(",")) if flags else frozenset()
            self._flags[stem] = found | self._added.get(stem, frozenset())

    def _checkword(self, word: str) -> bool:
        """Hunspell's check of one form: a stem, or a stem and a suffix its flags allow."""
        wanted: dict[str, list[str | None]] = {word: [None]}
        for cut in range(1, len(word)):
            flag = self._suffixes.get(word[cut:])
            if flag is not None:
                wanted.setdefault(word[:cut], []).append(flag)
        self._lookup(list(wanted))
        for stem, flags in wanted.items():
            has = self._flags[stem]
            if has is not None and any(flag is None or flag in has for flag in flags):
                return True
        return False

    def _cased(self, word: str) -> bool | None:
        if word.islower():
            return self._checkword(word)
        if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
            # As written, then in lowercase (Hunspell: İstanbul, then istanbul; Irmak, then ırmak).
            return self._checkword(word) or self._checkword(turkish.lower(word))
        return None

    def spell(self, word: str) -> bool | None:
        """True or False as Hunspell would say, or None where the index cannot tell."""
        if not word or len(word) > _LONGEST or not _LETTERS.issuperset(word.replace("-", "")):
            return None
        if "-" not in word:
            return self._cased(word)
        # Accepted whole, or part by part as Hunspell breaks words at hyphens.
        parts = word.split("-")
        if self._cased(word) or (all(parts) and len(parts) <= _MOST_PARTS
                                 and all(self._cased(part) for part in parts)):
            return True
        return None

    def add_with_affix(self, word: str, model: str) -> None:
        """As Hunspell's add_with_affix: the word becomes a stem with the model's flags, and is
        not added at all when the model is not a stem that has flags."""
        self._lookup([model])
        flags = self._flags[model]
        if flags:
            self._added[word] = self._added.get(word, frozenset()) | flags
            self._flags.pop(word, None)
