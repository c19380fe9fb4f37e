"""The usage rules (CL501–CL506) look at a document's prose at once to pick the few inlines worth
checking. Their findings must be exactly those of a plain reference that runs every check on every
inline, on every answer file of the repository and on thousands of generated documents.

The reference gates the word-form check as the rule documents it: an inline holding a two-word
form's piece (" kaç", "oysa", "madem"), or a word that starts with a wrong stem, after at most one
opening mark. The other checks run on every inline.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from contentlint import rules as registry
from contentlint.diagnostics import Finding
from contentlint.documents import Document, load_document
from contentlint.markdown_source import inlines
from contentlint.rules import usage
from contentlint.turkish import upper
from tests.conftest import HEADER, REPO

_STEMS = tuple(stem for form in usage.WORD_FORMS if " " not in form.wrong
               for stem in (form.wrong, upper(form.wrong[0]) + form.wrong[1:]))
_PIECES = (" kaç", "\tkaç", "oysa", "Oysa", "madem", "Madem")


def _may_hold_form(text: str) -> bool:
    return any(piece in text for piece in _PIECES) or any(
        (word[1:] if word[:1] in usage._OPENERS else word).startswith(_STEMS) for word in text.split())


def _reference(doc: Document) -> Iterator[Finding]:
    complete = [inline for inline in inlines(doc) if inline.complete]
    places = usage._places(doc.tokens)
    for index, inline in enumerate(complete):
        text = inline.prose.text
        where = places.get(id(inline.token), "paragraph")
        if _may_hold_form(text):
            yield from usage._word_forms(doc, inline)
        yield from usage._repeated(doc, inline, text.split())
        yield from usage._ki_apart(doc, inline)
        if where != "table":
            yield from usage._double_space(doc, inline)
        first_word = (text[:1].islower() or text[:1].isspace()) and not (
            index and usage._ends_with_colon(complete[index - 1].prose.text))
        yield from usage._lowercase_starts(doc, inline, first_word and where == "paragraph", True)
        yield from usage._apostrophes(doc, inline)


def _same(raw: bytes, name: str) -> list[Finding]:
    check = registry.get("CL501").check
    assert check is not None
    found = list(check(load_document(Path(name), name, raw), None))  # type: ignore[arg-type]
    assert found == list(_reference(load_document(Path(name), name, raw))), name
    return found


def test_every_answer_file_in_the_repository() -> None:
    files = [path for folder in ("content", "tests/corpus", "tests/fixtures")
             for path in sorted((REPO / folder).rglob("*")) if path.suffix in (".txt", ".md")]
    assert len(files) > 20
    reported = [found for path in files for found in _same(path.read_bytes(), str(path))]
    assert any(found.rule == usage.FORM for found in reported)


# Pieces that stress each check: wrong forms with endings and their right forms, names written
# with a capital, "ki", doubled words, several spaces, sentence ends, apostrophes and quotes.
_ENDINGS = ("", "i", "ı", "ler", "lerini", "da", "dan", "daki", "ki", "a", "ın", "ne", "taşı")
_NAMES = ("Türk İşbirliği Ajansı", "Çevrimiçi Platform", "Herşey", "İşbirliği", "Yada", "Bir kaç",
          "Oysa ki", "Madem ki", "ŞUAN", "HerŞey", "Önyargı", "Şuan", "Tabiki", "Sözkonusu")
_WORDS = (
    "gönüllü", "örgüt", "dernek", "bir", "ve", "ile", "için", "çok", "ama", "hem", "en", "olarak",
    "bu", "şey", "kaç", "ki", "oysa", "madem", "da", "de", "evde", "Ankara'da", "durumda", "öyle",
    "kadar", "biz", "kitap", "hak", "vb", "bkz", "diye", "dedi", "mı", "taşı", "yağmur", "sıra",
    "STGM", "Türkiye", "İstanbul", "e-Devlet", "iPhone", "don't", "5", "kg", "cm", "2023", "XX",
    "I",)
_OPENING = ("“", '"', "‘", "«", "(", "—", "–", "…", "'", "’")
_CLOSING = ("”", '"', "’", "»", ")", "'", "’")
_GAPS = ("  ", "   ", "\n", "\t", "\u00a0", " \n", ". ", ".  ", "? ", "! ", "… ", ": ", ", ", "; ",
         ".\n", ".” ", ".) ", " - ", " — ", "vb. ", " ki ", " ve ve ", " ile ile ", " İle ile ",
         "\u2003", "&nbsp;", "\\*")


class _Writer:
    def __init__(self, seed: int, wrong: float) -> None:
        self.random = random.Random(seed)
        self.wrong = wrong

    def word(self) -> str:
        pick, chance = self.random.choice, self.random.random
        roll = chance()
        if roll < self.wrong:
            word = pick(usage.WORD_FORMS).wrong + pick(_ENDINGS)
        elif roll < self.wrong + 0.07:
            word = pick(usage.WORD_FORMS).right
        elif roll < self.wrong + 0.2:
            word = pick(_NAMES)
        else:
            word = pick(_WORDS)
        if chance() < 0.15:
            word = upper(word[0]) + word[1:]
        for odds, before in ((0.08, _OPENING), (0.04, _OPENING), (0.03, tuple("xa1.-/@"))):
            if chance() < odds:
                word = pick(before) + word
        if chance() < 0.08:
            word += pick(_CLOSING)
        if chance() < 0.06:
            word += pick(("’", "'")) + pick(("de", "nin", "ı", "ye", "lerine", "da", "s"))
        if chance() < 0.05:
            word = f"[{word}](https://example.org/{self.random.randint(0, 9)})"
        if chance() < 0.03:
            word = f"*{word}*"
        if chance() < 0.02:
            word = f"`{word}`"
        return word

    def sentence(self) -> str:
        words = (self.word() + (" " if self.random.random() < 0.75 else self.random.choice(_GAPS))
                 for _ in range(self.random.randint(1, 14)))
        return "".join(words).rstrip() + self.random.choice((".", ".", "?", "!", ":", "", "…", ".”"))

    def block(self) -> str:
        roll, count = self.random.random(), self.random.randint
        paragraph = " ".join(self.sentence() for _ in range(count(1, 4)))
        if roll < 0.55:
            return paragraph
        if roll < 0.65:
            return "#" * count(1, 3) + " " + self.sentence()
        if roll < 0.78:
            return "\n".join(self.random.choice(("- ", "* ", "1. ")) + self.sentence() for _ in range(count(1, 3)))
        if roll < 0.86:
            return "> " + paragraph
        if roll < 0.94:
            rows = "\n".join(f"| {self.sentence()} | {self.sentence()} |" for _ in range(count(1, 3)))
            return "| a | b |\n|---|---|\n" + rows
        return "```\n" + self.sentence() + "\n```"

    def document(self) -> str:
        return "\n\n".join(self.block() for _ in range(self.random.randint(1, 6))) + "\n"


@pytest.mark.parametrize(("seed", "wrong"), [(11, 0.25), (12, 0.02), (13, 0.0)])
def test_generated_documents(seed: int, wrong: float) -> None:
    writer = _Writer(seed, wrong)
    reported = {found.rule for _ in range(700) for found in _same((HEADER + writer.document()).encode(), "x.txt")}
    every = {usage.FORM, usage.KI_APART, usage.REPEATED, usage.DOUBLE_SPACE, usage.LOWERCASE_START,
             usage.APOSTROPHE}
    assert reported >= (every if wrong else every - {usage.FORM})
