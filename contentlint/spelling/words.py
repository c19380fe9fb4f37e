"""The words of a document's prose, as keys for the speller.

Prose is what a reader sees (:mod:`contentlint.markdown_source`): link labels yes; code spans,
link targets, HTML and images no. Within it, a word is a run of letters, hyphenated parts
included; the ending after an apostrophe is dropped (İstanbul’da → İstanbul). Skipped: anything
touching a digit, a URL or an e-mail address (a letter next to '/', '@', or a '.' or ':' followed
by a letter), a code span, a closing quote or bracket (a cut-off suffix is CL340's business),
single letters, all-caps acronyms and words with a capital inside (YouTube).

A key is the word as written, with two marks of context that change the verdict: ``^`` before a
capitalised word that starts a sentence (elsewhere a capital marks a name, and a name missing from
the dictionary is no mistake) and ``?`` after a word followed by a question mark (a question
particle written on: "geldimi?").

Collecting keys is done for every file on every cold run, so it works on distinct words: the
regular expression finds them in C, and only a capitalised word's occurrences are looked at
one by one. Positions are found again only for a file that has a misspelled word.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from contentlint import turkish
from contentlint.markdown_source import OPAQUE, inlines
from contentlint.rules.suffixes import SUFFIXES, WORDS

if TYPE_CHECKING:
    from contentlint.documents import Document

# Turkish and English letters, and the circumflexed vowels. A word with any other letter (café)
# is foreign and is skipped whole; an explicit class also scans faster than [^\W\d_].
_LETTER = "[a-zA-ZçğıöşüÇĞİÖŞÜâîûÂÎÛ]"
# Inline tokens are joined with this: a heading, a paragraph and a table cell each start a sentence.
SEPARATOR = "\x1e"
_ENDERS = ".!?:…" + SEPARATOR
_OPENERS = " \t\n“\"‘'«(*–—"
# A straight quote or apostrophe after a letter closes a quote: what follows is a suffix.
_NOT_AFTER = r"(?<![\w/@#.:’”»)\]\-\u00ad" + OPAQUE + r"&=%+])(?<!\w[\"'])"
_STEM = "(" + _LETTER + "+(?:-" + _LETTER + "+)*)"
# The word; the ending after an apostrophe is consumed but not kept.
_WORD_BODY = _STEM + r"(?:['’]" + _LETTER + r"+)?(?![\w/@\-" + OPAQUE + r"]|[.:]\w|://|['’]\w)"
_WORD = re.compile("(?=" + _LETTER + ")" + _NOT_AFTER + _WORD_BODY)
# Abbreviations whose dot ends no sentence (TDK's list, in contentlint.turkish): the name after
# "Dr." is not a sentence's first word. Written without the dot, also with a capital ("Bkz.").
_ABBREVIATIONS = {a[:-1] for a in turkish.ABBREVIATIONS if "." not in a[:-1]}
ABBREVIATIONS = frozenset(_ABBREVIATIONS | {turkish.upper(a[0]) + a[1:] for a in _ABBREVIATIONS})
_LONGEST = max(len(a) for a in ABBREVIATIONS)


@functools.cache
def _initial(ender: str) -> re.Pattern[str]:
    """A word that starts a sentence after ``ender``: only openers between them. Led by the ender
    as a literal, which the engine scans for many times faster than for a class of enders.
    Compiled on first use: a run whose files are all in the cache needs none."""
    # One lookbehind per length: each must have a fixed width. They end in the dot.
    after = "".join(
        "(?<!\\b(?:" + "|".join(sorted(a for a in ABBREVIATIONS if len(a) == n)) + ")\\.)"
        for n in sorted({len(a) for a in ABBREVIATIONS})) if ender == "." else ""
    return re.compile(re.escape(ender) + after + "[" + re.escape(_OPENERS) + "]*" + _NOT_AFTER + _WORD_BODY)


def _initial_words(text: str) -> set[str]:
    """Every word that starts a sentence in ``text`` (the first word of every inline included)."""
    # To these patterns, the other enders are the same as the separator: no lookaround names
    # them. So is a colon before a space (_NOT_AFTER names it only right before a word's first
    # letter). What a match takes after its ender holds no ender, so the patterns for the three
    # enders left find together what one pattern for every ender would.
    for ender in "!?…":
        if ender in text:
            text = text.replace(ender, SEPARATOR)
    if ": " in text:
        text = text.replace(": ", SEPARATOR + " ")
    found: set[str] = set()
    for ender in (".", SEPARATOR, ":"):
        if ender in text:
            found.update(_initial(ender).findall(text))
    return found


# Punctuation that may stand around a word without changing what the word is.
_AROUND = ".,;:!?“”\"‘’'()«»…"
# Single letters, and suffixes standing alone: cut off from their word, which is CL340's business.
_NOT_WORDS = frozenset("abcçdefgğhıijklmnoöpqrsştuüvwxyzâîû") | (SUFFIXES - WORDS)


def _checked(word: str) -> bool:
    """Whether the word is for the speller at all (not an acronym, a brand or a letter)."""
    if word.islower():
        return len(word) > 1
    # Capitals after the first letter of a part: STGM, YouTube, COVID-19.
    return len(word) > 1 and all(len(part) < 2 or part[1:].islower() for part in word.split("-"))


def key(word: str, initial: bool, question: bool) -> str:
    if initial and word[0].isupper():
        word = "^" + word
    return word + "?" if question else word


def keys(texts: list[str]) -> set[str]:
    """The distinct keys of these prose texts (at times a few more, never fewer).

    This runs on every file of a cold run, so it works on distinct whitespace-separated chunks:
    most are a lowercase word with at most some punctuation around it, which needs no regular
    expression; the others are searched as :func:`occurrences` would, and a capitalised word is
    also keyed as a sentence's first word where :func:`_initial_words` finds it in that place.
    """
    # The leading separator makes the first word start a sentence, as every inline's first does.
    text = SEPARATOR + SEPARATOR.join(texts)
    chunks = set(text.split())
    # Set operations and C string methods first: most chunks are plain words.
    plain = set(filter(str.isalpha, chunks))
    out = set(filter(str.islower, plain))
    capitals = [word for word in plain - out if word[1:].islower()]
    others: list[str] = []
    rest = chunks - plain
    for chunk, word in zip(rest, map(str.strip, rest, itertools.repeat(_AROUND)), strict=True):
        if word.isalpha() and word[1:].islower():
            if word[0].islower():
                out.add(word)
            else:
                capitals.append(word)
        else:
            others.append(chunk)
    for word in _WORD.findall(" ".join(others)):
        if word.islower():
            out.add(word)
        elif _checked(word):
            capitals.append(word)
    if capitals:
        out.update(capitals)
        out.update("^" + word for word in _initial_words(text).intersection(capitals))
    question = text.find("?")
    while question != -1:
        asked = _word_before(text, question)
        if asked is not None and _checked(asked):
            out.update(key(asked, initial, True) for initial in (False, True))
        question = text.find("?", question + 1)
    out.difference_update(_NOT_WORDS)  # in place: no copy of the set
    return out


def _word_before(text: str, end: int) -> str | None:
    """The word that ends right at ``end``, if there is one."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    match = _WORD.match(text, start) if start < end else None
    return match.group(1) if match is not None and match.end(1) == end else None


def title_text(doc: Document) -> tuple[str, int, int] | None:
    """The frontmatter title as written on its line: (text, file line, column), or None when
    it is not a one-line scalar whose source is its value (quotes aside)."""
    if doc.frontmatter is None or doc.frontmatter.data is None:
        return None
    title = doc.frontmatter.data.get("title")
    where = doc.frontmatter.yaml.where(("title",))
    if not isinstance(title, str) or where is None or where.line != where.end_line:
        return None
    lines = doc.text.split("\n", where.line)  # the title is near the top: split no further
    if where.line > len(lines):
        return None
    source = lines[where.line - 1][where.column - 1:where.end_column - 1]
    column = where.column
    if source[:1] in ("'", '"') and source[-1:] == source[:1]:
        source, column = source[1:-1], column + 1
    return (title, where.line, column) if source == title else None


def document_texts(doc: Document) -> list[str]:
    """The prose texts whose words are checked: the title, then every inline token."""
    texts = [inline.prose.text for inline in inlines(doc)]
    title = title_text(doc)
    if title is not None:
        texts.insert(0, title[0])
    return texts


class Occurrence(NamedTuple):
    key: str
    line: int
    column: int
    end_line: int
    end_column: int
    word: str  # as written, when the source between the positions is exactly the word; else ""


def _starts_sentence(text: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and text[index] in _OPENERS:
        index -= 1
    if index >= 0 and text[index] == ".":
        before = re.search(r"\w+$", text[max(0, index - _LONGEST):index])
        return before is None or before.group() not in ABBREVIATIONS
    return index < 0 or text[index] in _ENDERS


def _occurrences(text: str, wanted: frozenset[str]) -> Iterator[tuple[str, int, int, str]]:
    for match in _WORD.finditer(text):
        word = match.group(1)
        if not _checked(word):
            continue
        end = match.end(1)
        k = key(word, word[0].isupper() and _starts_sentence(text, match.start()), text[end:end + 1] == "?")
        if k in wanted:
            yield k, match.start(1), end, word


def occurrences(doc: Document, wanted: frozenset[str]) -> Iterator[Occurrence]:
    """Where the words with these keys stand in the file."""
    title = title_text(doc)
    if title is not None:
        text, line, column = title
        for k, start, end, word in _occurrences(text, wanted):
            yield Occurrence(k, line, column + start, line, column + end, word)
    for inline in inlines(doc):
        prose = inline.prose
        for k, start, end, word in _occurrences(prose.text, wanted):
            body_start, body_end = prose.span(start, end)
            line, column = doc.body_position(body_start)
            end_line, end_column = doc.body_position(body_end)
            written = word if doc.body[body_start:body_end] == word else ""
            yield Occurrence(k, line, column, end_line, end_column, written)
