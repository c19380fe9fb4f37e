"""Spelling in two steps: each file's words are collected where the file is analysed (a worker),
and one speller in the main process decides on every distinct word of the run.

A file's result (cached with the file) holds its distinct word keys and the suppression comments
that concern spelling; verdicts are cached separately, keyed by what they depend on. So a run
whose files and words were all seen before opens no dictionary, a changed word list changes the
verdicts without touching the file results, and positions are found again only for the few
files that have a misspelled word.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from contentlint import suppress, turkish
from contentlint.config import ConfigError, Project, RuleSelection
from contentlint.diagnostics import Diagnostic, Edit, Finding, Fix
from contentlint.documents import Document
from contentlint.messages import Message, msg
from contentlint.spelling import JOINED_DE, JOINED_KI, JOINED_QUESTION, MISSPELLED, TURKISH_LETTERS
from contentlint.spelling import speller as speller_module
from contentlint.spelling import words as wordlib
from contentlint.spelling.verdicts import VerdictCache
from contentlint.spelling.wordlists import Verdict, WordLists, parse_words

if TYPE_CHECKING:
    from contentlint.spelling.lexicon import Lexicon

# Forms TDK writes otherwise (herşey, işbirliği…) are word-form-nonstandard's (CL501): it names the
# rule and fixes every ending, so the speller says nothing more about them while that rule runs.
_NONSTANDARD = "CL501"


def _nonstandard(word: str) -> bool:
    from contentlint.rules.usage import WORD_FORMS

    lower = turkish.lower(word)
    return any(lower.startswith(form.wrong) if form.endings is None else lower in {form.wrong + e for e in form.endings}
               for form in WORD_FORMS if " " not in form.wrong)

RULE_IDS = (MISSPELLED, TURKISH_LETTERS, JOINED_KI, JOINED_QUESTION, JOINED_DE)
DEFAULT_WORDS_FILE = "words.txt"
# The loaded dictionary, kept for the next run in this process (tests, the fixer, the API): a
# speller that was given words with models is only reused for the same lists.
_LEXICONS: dict[WordLists, Lexicon] = {}


@dataclass(frozen=True, slots=True)
class FileWords:
    """What one file gives the speller: its distinct word keys, one a line (a single string is
    the cheapest to store and load), and the suppression ranges (first line, last line or None,
    rule or '*') that concern spelling."""

    keys: str
    suppressed: tuple[tuple[int, int | None, str], ...] = ()


def wanted(selection: RuleSelection) -> bool:
    return any(rule in selection.enabled for rule in RULE_IDS)


def collect(doc: Document, suppressions: suppress.Suppressions) -> FileWords:
    # Sorted, so that files with the same words have the same key string.
    keys = "\n".join(sorted(wordlib.keys(wordlib.document_texts(doc))))
    suppressed = tuple(r for r in suppressions.ranges if r[2] in RULE_IDS or r[2] == suppress.ALL)
    return FileWords(keys, suppressed)


def _read_lines(path: Path, source: str) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(msg("{source}: the word list cannot be read: {error}",
                              "{source}: sözcük listesi okunamadı: {error}",
                              source=source, error=getattr(exc, "strerror", None) or str(exc))) from None


def word_lists(project: Project) -> tuple[WordLists, bytes]:
    """Our list, the configured words and the words file, merged; and their bytes for cache keys."""
    shipped = speller_module.packaged_text("words.txt")
    config = project.config.spelling
    configured = config.words_file
    path = project.content_root / (configured or DEFAULT_WORDS_FILE)
    if configured and not path.is_file():
        raise ConfigError(msg("spelling.words_file: {path} does not exist",
                              "spelling.words_file: {path} bulunamadı", path=str(path)))
    sources: list[tuple[str, list[str]]] = [
        ("contentlint:words.txt", shipped.splitlines()),
        ("[spelling] words", list(config.words)),
    ]
    if path.is_file():
        sources.append((project.relpath(path), _read_lines(path, project.relpath(path))))
    plain: set[str] = set()
    models: list[tuple[str, str]] = []
    for source, lines in sources:
        more_plain, more_models, bad = parse_words(lines)
        if bad:
            number, line = bad[0]
            raise ConfigError(msg(
                "{source}, line {line}: '{text}' is not a word, nor a word and a model",
                "{source}, {line}. satır: '{text}' ne bir sözcük ne de bir sözcük ve örneği",
                source=source, line=number, text=line,
            ))
        plain |= more_plain
        models.extend(more_models)
    digest = "\n".join([*sorted(plain), *(f"{w} {m}" for w, m in models)]).encode()
    return WordLists(frozenset(plain), tuple(models)), digest


class Checker:
    """Decides on the words of a run. The dictionary is opened only when a key has no verdict."""

    def __init__(self, project: Project, selection: RuleSelection, *, use_cache: bool) -> None:
        from contentlint.cache import code_fingerprint

        self.project = project
        self.selection = selection
        self._lists, digest = word_lists(project)
        # Whether CL501 runs decides which word sets are clean, so it is part of the key too.
        fingerprint = hashlib.sha256(
            code_fingerprint() + speller_module.dictionary_identity().encode() + digest
            + (b"CL501" if _NONSTANDARD in selection.enabled else b"")
        ).hexdigest()
        folder = project.path(project.config.cache_dir)
        self._cache = VerdictCache.open(folder, fingerprint) if use_cache else None
        self._verdicts: dict[str, Verdict] = dict(self._cache.known) if self._cache else {}
        self._lexicon: Lexicon | None = None
        self._clean: set[str] = set(self._cache.clean) if self._cache else set()
        self._digests_used: set[str] = set()
        self._prepared: set[str] = set()

    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = _LEXICONS.get(self._lists) or self._open()
            _LEXICONS.clear()  # one loaded dictionary (34 MB) at a time is enough
            _LEXICONS[self._lists] = self._lexicon
        return self._lexicon

    def _open(self) -> Lexicon:
        from contentlint.spelling.lexicon import Lexicon

        with _unavailable_is_a_config_error():
            # Hunspell itself is loaded only for a word the dictionary's index cannot decide.
            speller = speller_module.Indexed()
            for word, model in self._lists.models:
                if not speller.spell(model):
                    raise ConfigError(msg(
                        "Word list: the model '{model}' of '{word}' is not in the dictionary",
                        "Sözcük listesi: '{word}' için verilen '{model}' örneği sözlükte yok",
                        word=word, model=model,
                    ))
            return Lexicon(speller, self._lists)

    def prepare(self, found: FileWords) -> None:
        """Decides what it can of one file's words while the other files are still being
        analysed (in other processes), so that little is left for :meth:`diagnostics`. Words
        only Hunspell can decide wait for it: it is not loaded beside the workers."""
        if found.keys in self._prepared:
            return
        self._prepared.add(found.keys)
        lexicon = self.lexicon()
        speller = lexicon.speller
        assert isinstance(speller, speller_module.Indexed)  # what _open makes
        speller.may_load = False
        try:
            for key in found.keys.split("\n"):
                if key and key not in self._verdicts:
                    try:
                        self._remember(key, lexicon.verdict(key))
                    except speller_module.NeedsHunspell:
                        continue
        finally:
            speller.may_load = True

    def _remember(self, key: str, verdict: Verdict) -> None:
        self._verdicts[key] = verdict
        if self._cache is not None:
            self._cache.put(key, verdict)

    def decide(self, keys: Iterable[str]) -> dict[str, Verdict]:
        """The verdict on every key; only the unknown ones reach the speller."""
        with _unavailable_is_a_config_error():
            for key in keys:
                if key not in self._verdicts:
                    self._remember(key, self.lexicon().verdict(key))
        return self._verdicts

    def diagnostics(self, files: Iterable[tuple[str, FileWords]],
                    document: Callable[[str], Document | None]) -> Iterator[Diagnostic]:
        """Diagnostics for the files' misspelled words; ``document`` loads a file again (by its
        path relative to the project) to find where they stand."""
        from contentlint.engine import Stamper

        # Files with the same words are decided together; a set of words found clean under the
        # same fingerprint before is not even split (most files, on a warm run).
        groups: dict[str, list[tuple[str, FileWords]]] = {}
        for relpath, found in files:
            groups.setdefault(found.keys, []).append((relpath, found))
        pending: list[tuple[str, str]] = []
        for text in groups:
            digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
            self._digests_used.add(digest)
            if digest not in self._clean:
                pending.append((digest, text))
        distinct: set[str] = set()
        for _, text in pending:
            distinct.update(text.split("\n"))
        distinct.discard("")
        verdicts = self.decide(distinct)
        bad = frozenset(k for k in distinct if verdicts[k] is not None)
        stamper = Stamper(self.selection)
        if _NONSTANDARD in self.selection.enabled:
            bad = frozenset(k for k in bad if not _nonstandard(k.strip("^?")))
        for digest, text in pending:
            mine = bad.intersection(text.split("\n")) if bad else bad
            if not mine:
                self._clean.add(digest)
                if self._cache is not None:
                    self._cache.put_clean(digest)
                continue
            for relpath, found in groups[text]:
                doc = document(relpath)
                if doc is None:
                    continue
                suppressions = suppress.Suppressions(list(found.suppressed))
                for occurrence in wordlib.occurrences(doc, mine):
                    verdict = verdicts[occurrence.key]
                    assert verdict is not None
                    rule, finding = _finding(occurrence, verdict)
                    diagnostic = stamper.stamp(rule, finding, relpath, suppressions)
                    if diagnostic is not None:
                        yield diagnostic

    def close(self, *, prune: bool = False) -> None:
        """Store new verdicts; with ``prune`` (a run over the whole content) forget the clean
        word sets no file has now."""
        if self._cache is not None:
            self._cache.close(self._digests_used if prune else None)


@contextlib.contextmanager
def _unavailable_is_a_config_error() -> Iterator[None]:
    try:
        yield
    except speller_module.SpellerUnavailable as exc:
        raise ConfigError(msg(
            "The spelling dictionary cannot be loaded ({error}); turn spelling off with ignore = [\"CL6\"]",
            "Yazım sözlüğü yüklenemedi ({error}); yazım denetimini ignore = [\"CL6\"] ayarıyla kapatabilirsiniz",
            error=str(exc),
        )) from None


def _finding(occurrence: wordlib.Occurrence, verdict: tuple[str, tuple[str, ...]]) -> tuple[str, Finding]:
    rule, candidates = verdict
    word = occurrence.key.strip("^?")
    message = _message(rule, word, candidates)
    fix = None
    # A suggestion replaces the word only where the source is the word itself (not split by
    # markup). Rules that are not safe to apply carry it as a suggestion --fix leaves alone.
    if candidates and occurrence.word:
        fix = Fix(msg("write “{text}”", "“{text}” yazın", text=candidates[0]),
                  (Edit(occurrence.line, occurrence.column, occurrence.end_line, occurrence.end_column,
                        candidates[0]),))
    return rule, Finding(occurrence.line, occurrence.column, message, occurrence.end_line,
                         occurrence.end_column, fix=fix)


def _message(rule: str, word: str, candidates: tuple[str, ...]) -> Message:
    first = candidates[0] if candidates else ""
    others = ", ".join(f"“{c}”" for c in candidates[1:])
    if rule == TURKISH_LETTERS:
        return msg("“{word}” lacks its Turkish letters: “{first}”",
                   "“{word}” sözcüğünde Türkçe harfler eksik: “{first}”", word=word, first=first)
    if rule == JOINED_KI:
        return msg("The conjunction “ki” is written apart: “{first}”",
                   "“ki” bağlacı ayrı yazılır: “{first}”", first=first)
    if rule == JOINED_QUESTION:
        return msg("The question particle is written apart: “{first}”",
                   "Soru eki “mi” ayrı yazılır: “{first}”", first=first)
    if rule == JOINED_DE:
        return msg("The conjunction “de/da” is written apart: “{first}”",
                   "“de/da” bağlacı ayrı yazılır: “{first}”", first=first)
    if not candidates:
        return msg("“{word}” is not in the dictionary; check its spelling, or add it to the word list",
                   "“{word}” sözlükte yok; yazımını denetleyin ya da sözcük listesine ekleyin", word=word)
    if not others:
        return msg("“{word}” is not in the dictionary; did you mean “{first}”?",
                   "“{word}” sözlükte yok; doğrusu “{first}” olabilir mi?", word=word, first=first)
    return msg("“{word}” is not in the dictionary; did you mean “{first}”? (or {others})",
               "“{word}” sözlükte yok; doğrusu “{first}” olabilir mi? (ya da {others})",
               word=word, first=first, others=others)
