"""One small adapter over Hunspell: chunspell (C++ Hunspell, prebuilt wheels) when it loads,
else spylls (pure Python, slower to load) reading the same files.

The Turkish dictionary ships compressed in ``data/`` (see ``data/ORIGIN.md``); it is unpacked
once into a folder named by its hash, so a new dictionary never meets an old copy. The run's
speller, :class:`Indexed`, answers from the dictionary's index beside it and loads a backend only
when it must.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

DICTIONARY = "tr_TR"
_FILES = (f"{DICTIONARY}.aff", f"{DICTIONARY}.dic")


class SpellerUnavailable(Exception):
    """No backend could load the dictionary."""


class Speller(Protocol):
    @property
    def backend(self) -> str: ...

    def spell(self, word: str) -> bool: ...

    def add_with_affix(self, word: str, model: str) -> None: ...


# The package is installed as files (setuptools' package-data): read them as such, without
# importlib.resources, whose import a one-file run would otherwise pay for.
_DATA = Path(__file__).parent / "data"


def _packaged(name: str) -> bytes:
    return (_DATA / (name + ".xz")).read_bytes()


def packaged_text(name: str) -> str:
    return (_DATA / name).read_text("utf-8")


@functools.cache
def dictionary_identity() -> str:
    """Names the shipped dictionary files as contentlint's code is named (size and time of each),
    for the keys of cached verdicts: hashing their 1.6 MB cost every run 6 ms."""
    digest = hashlib.sha256()
    for name in _FILES:
        found = (_DATA / (name + ".xz")).stat()
        digest.update(f"{name}:{found.st_size}:{found.st_mtime_ns}".encode())
    return digest.hexdigest()[:20]


@functools.cache
def dictionary_digest() -> str:
    """Identifies the shipped dictionary (part of every cache key that depends on it)."""
    digest = hashlib.sha256()
    for name in _FILES:
        digest.update(_packaged(name))
    return digest.hexdigest()[:20]


def cache_folder() -> Path:
    """Where dictionaries are unpacked: the user's cache, shared by every project."""
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no home folder (a bare CI user): the temporary folder
            import tempfile

            base = tempfile.gettempdir()
    return Path(base) / "contentlint" / "dictionaries"


def unpacked(folder: Path) -> Path:
    """A folder holding the uncompressed .aff and .dic, made under ``folder`` on first use.

    Each file is written under a temporary name and renamed, so a run that is stopped halfway,
    or two runs at once, never leave a truncated dictionary behind.
    """
    target = folder / f"{DICTIONARY}-{dictionary_digest()}"
    if all((target / name).is_file() for name in _FILES):
        return target
    import lzma  # only to unpack, once per dictionary
    import tempfile

    target.mkdir(parents=True, exist_ok=True)
    for name in _FILES:
        handle, temporary = tempfile.mkstemp(dir=target, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(lzma.decompress(_packaged(name)))
            os.rename(temporary, target / name)
        except FileExistsError:
            pass  # (Windows) another run got there first, with the same bytes
        finally:
            Path(temporary).unlink(missing_ok=True)
    return target


class _Chunspell:
    backend = "chunspell"

    def __init__(self, folder: Path) -> None:
        import hunspell

        self._h = hunspell.Hunspell(DICTIONARY, hunspell_data_dir=str(folder))

    def spell(self, word: str) -> bool:
        return bool(self._h.spell(word))

    def add_with_affix(self, word: str, model: str) -> None:
        self._h.add_with_affix(word, model)


class _Spylls:
    """spylls cannot add words at run time: a word added with a model is accepted with any
    ending the model accepts."""

    backend = "spylls"

    def __init__(self, folder: Path) -> None:
        from spylls.hunspell import Dictionary

        self._d = Dictionary.from_files(str(folder / DICTIONARY))
        self._models: list[tuple[str, str]] = []

    def spell(self, word: str) -> bool:
        if self._d.lookup(word):
            return True
        return any(word.startswith(added) and self._d.lookup(model + word[len(added):])
                   for added, model in self._models)

    def add_with_affix(self, word: str, model: str) -> None:
        self._models.append((word, model))


Backend = Callable[[Path], Speller]
BACKENDS: dict[str, Backend] = {"chunspell": _Chunspell, "spylls": _Spylls}


def _unpacked_somewhere(folder: Path | None) -> Path:
    """The dictionary unpacked under ``folder`` (default: the user's cache, else the temporary
    folder)."""
    try:
        return unpacked(folder or cache_folder())
    except OSError:  # a cache folder that cannot be written must not stop spelling
        import tempfile  # only then: importing it costs a cold run a few milliseconds

        try:
            return unpacked(Path(tempfile.gettempdir()) / "contentlint-dictionaries")
        except OSError as exc:
            raise SpellerUnavailable(f"the dictionary cannot be unpacked: {exc}") from None


def load(folder: Path | None = None, backends: Sequence[str] = ("chunspell", "spylls")) -> Speller:
    """The first backend that loads the dictionary, unpacked under ``folder`` (default: the
    user's cache, else the temporary folder)."""
    return _load_from(_unpacked_somewhere(folder), backends)


def _load_from(where: Path, backends: Sequence[str]) -> Speller:
    errors = []
    for name in backends:
        try:
            return BACKENDS[name](where)
        except Exception as exc:  # an import error, a broken wheel, an unreadable file
            errors.append(f"{name}: {type(exc).__name__}: {exc}")
    raise SpellerUnavailable("; ".join(errors))


# An index lookup costs 10–20 µs, Hunspell's own check 1 µs once it is loaded (0.4 s): after this
# many lookups (about the time of a load), a run that keeps asking (many misspellings, each with
# hundreds of candidates) is faster with Hunspell. Its answers are the index's, so only time changes.
INDEX_BUDGET = 25_000


class NeedsHunspell(Exception):
    """The index cannot decide this word, and loading Hunspell is not allowed now."""


class Indexed:
    """A speller that answers from the dictionary's index (:mod:`contentlint.spelling.index`)
    and loads a Hunspell backend only for a word the index cannot decide, or once the index has
    been asked :data:`INDEX_BUDGET` times: correct prose, and a few misspellings with their
    suggestions, never need it.

    A backend that cannot load raises :class:`SpellerUnavailable` from :meth:`spell`.
    """

    def __init__(self, folder: Path | None = None, backends: Sequence[str] = ("chunspell", "spylls")) -> None:
        from contentlint.spelling.index import Index

        self._where = _unpacked_somewhere(folder)
        self._backends = backends
        self._index = Index.open(self._where, DICTIONARY)
        self._backend: Speller | None = None
        self._models: list[tuple[str, str]] = []
        # False while other processes work: Hunspell's 34 MB would then sit beside theirs.
        self.may_load = True
        self._lookups = 0

    @property
    def backend(self) -> str:
        """Which speller has answered so far: the index, and Hunspell's backend once loaded."""
        names = (["index"] if self._index is not None else []) + ([self._backend.backend] if self._backend else [])
        return "+".join(names)

    def _hunspell(self) -> Speller:
        if self._backend is None:
            if not self.may_load:
                raise NeedsHunspell
            backend = _load_from(self._where, self._backends)
            for word, model in self._models:
                backend.add_with_affix(word, model)
            self._backend = backend
        return self._backend

    def spell(self, word: str) -> bool:
        known = None
        if self._backend is not None:
            return self._backend.spell(word)
        if self._index is not None:
            self._lookups += 1
            if self._lookups > INDEX_BUDGET:
                return self._hunspell().spell(word)
            try:
                known = self._index.spell(word)
            except sqlite3.Error:
                # Damaged after it opened (it is only derived data): Hunspell answers from now on,
                # and the next run builds the index again.
                self._index.discard()
                self._index = None
        return known if known is not None else self._hunspell().spell(word)

    def add_with_affix(self, word: str, model: str) -> None:
        self._models.append((word, model))
        if self._index is not None:
            try:
                self._index.add_with_affix(word, model)
            except sqlite3.Error:
                self._index.discard()
                self._index = None
        if self._backend is not None:
            self._backend.add_with_affix(word, model)
