"""The dictionary's index must say what Hunspell says, wherever it answers at all."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from contentlint import turkish
from contentlint.spelling import speller
from contentlint.spelling.index import NAME, Index
from contentlint.spelling.lexicon import Lexicon, WordLists

CORPUS = Path(__file__).parent / "corpus"
MUTATIONS = "abcçdefgğhıijklmnoöprsştuüvyzâ"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return speller.unpacked(tmp_path_factory.mktemp("dictionary"))


@pytest.fixture(scope="module")
def index(folder: Path) -> Index:
    built = Index.open(folder, speller.DICTIONARY)
    assert built is not None and (folder / NAME).is_file()
    return built


@pytest.fixture(scope="module")
def hunspell(folder: Path) -> speller.Speller:
    return speller.load(folder.parent, backends=("chunspell",))


def _entries(folder: Path) -> tuple[list[str], list[str]]:
    stems = [line.split("/")[0] for line in (folder / "tr_TR.dic").read_text("utf-8").splitlines()[1:]]
    suffixes = [fields[3] for line in (folder / "tr_TR.aff").read_text("utf-8").splitlines()
                if len(fields := line.split()) == 5 and fields[0] == "SFX"]
    return stems, suffixes


def _mutate(word: str, chooser: random.Random) -> str:
    at = chooser.randrange(len(word))
    return word[:at] + chooser.choice(MUTATIONS) + word[at + 1:]


def _samples(folder: Path) -> list[str]:
    """Words of every shape the speller is asked about: stems, stems with endings (allowed or
    not), slips, capitalised forms (of lowercase, capitalised and all-caps entries, whose hidden
    capitalised twins Hunspell treats specially), Turkish I/İ, hyphenated words."""
    chooser = random.Random(11)
    stems, suffixes = _entries(folder)
    letters = [s for s in stems if s.isalpha()]
    capitals = [s for s in letters if s[0].isupper()]
    words: set[str] = set()
    for _ in range(25_000):
        stem = chooser.choice(capitals if chooser.random() < 0.3 else letters)
        word = stem if chooser.random() < 0.3 else stem + chooser.choice(suffixes)
        if chooser.random() < 0.3:
            word = _mutate(word, chooser)
        shape = chooser.random()
        if shape < 0.15:
            word = turkish.upper(word[0]) + turkish.lower(word[1:])
        elif shape < 0.25:
            word = turkish.upper(word[0]) + word[1:]
        elif shape < 0.3:
            word = chooser.choice("Iİ") + word[1:]
        elif shape < 0.35:
            word = word + "-" + chooser.choice(letters) + chooser.choice(["", chooser.choice(suffixes)])
        words.add(word)
    # And the words of the acceptance corpus, correct and misspelled, with their slips.
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file():
            for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", path.read_text("utf-8")):
                words.update((word, _mutate(word, chooser)))
    return sorted(words)


def _disagreements(index: Index, hunspell: speller.Speller, words: Iterable[str]) -> list[tuple[str, bool, bool]]:
    out = []
    for word in words:
        said = index.spell(word)
        if said is not None and said != hunspell.spell(word):
            out.append((word, said, hunspell.spell(word)))
    return out


def test_the_index_says_what_hunspell_says(folder: Path, index: Index, hunspell: speller.Speller) -> None:
    words = _samples(folder)
    assert _disagreements(index, hunspell, words) == []
    # It must also answer, or it saves nothing: every word of letters in lower or initial capitals.
    simple = [w for w in words if w.isalpha() and (w.islower() or w[1:].islower())]
    answered = [w for w in simple if index.spell(w) is not None]
    assert len(simple) > 20_000 and answered == simple
    # Both answers are common in the sample, so agreement is not by accident.
    accepted = sum(bool(index.spell(w)) for w in simple)
    assert 0.2 < accepted / len(simple) < 0.8


def test_hyphenated_words_are_accepted_part_by_part_and_otherwise_left_to_hunspell(index: Index) -> None:
    assert index.spell("sivil-toplum") is True
    assert index.spell("Sivil-Toplum") is True
    assert index.spell("sivil-toplumx") is None
    assert index.spell("sivil--toplum") is None


def test_what_the_index_does_not_model_is_left_to_hunspell(index: Index) -> None:
    for word in ("STGM'nin", "YouTube", "ABD", "kitap2", "café", "", "a" * 61):
        assert index.spell(word) is None


def test_words_added_with_a_model_take_its_endings(folder: Path, hunspell: speller.Speller) -> None:
    index = Index.open(folder, speller.DICTIONARY)
    assert index is not None
    # A model that is no stem with endings (only a form of one) adds nothing, as in Hunspell.
    for word, model in (("moderasyon", "operasyon"), ("zoomlamak", "operasyonlarda")):
        index.add_with_affix(word, model)
        hunspell.add_with_affix(word, model)
    for word in ("moderasyonlarda", "moderasyonlerde", "moderasyon", "zoomlamak", "zoomlamaklar"):
        assert index.spell(word) == hunspell.spell(word), word
    assert index.spell("moderasyonlarda") and not index.spell("zoomlamak")


def test_a_damaged_index_is_made_again(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("tr_TR.aff", "tr_TR.dic"):
        (copy / name).write_bytes((folder / name).read_bytes())
    (copy / NAME).write_bytes(b"not a database")
    index = Index.open(copy, speller.DICTIONARY)
    assert index is not None and index.spell("gönüllülerimizi") is True
    assert not list(copy.glob(".*.tmp"))


def test_a_dictionary_of_another_kind_is_not_indexed(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "tr_TR.dic").write_bytes((folder / "tr_TR.dic").read_bytes())
    (copy / "tr_TR.aff").write_text((folder / "tr_TR.aff").read_text("utf-8") + "\nCOMPOUNDFLAG 5\n", "utf-8")
    assert Index.open(copy, speller.DICTIONARY) is None
    assert not (copy / NAME).exists()


def test_correct_prose_never_loads_hunspell(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setitem(sys.modules, "hunspell", None)
    monkeypatch.setitem(sys.modules, "spylls.hunspell", None)
    indexed = speller.Indexed(folder.parent)
    lexicon = Lexicon(indexed, WordLists())
    for key in ("^Gönüllülerimizle", "derneğimizin", "İstanbul", "sivil-toplum", "kâğıt", "geldi?"):
        assert lexicon.verdict(key) is None, key
    assert lexicon.verdict("gonullu") == ("CL602", ("gönüllü",))
    assert indexed.backend == "index"
    with pytest.raises(speller.SpellerUnavailable):
        indexed.spell("ABD'nin")  # beyond the index, and no Hunspell to ask


def test_an_index_damaged_while_in_use_hands_over_to_hunspell(tmp_path: Path) -> None:
    copy = tmp_path / "dictionaries"
    target = speller.unpacked(copy)
    indexed = speller.Indexed(copy)
    assert indexed.backend == "index"
    index_file = target / NAME
    data = bytearray(index_file.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # every page after the header, once it is open
    index_file.write_bytes(bytes(data))
    assert indexed.spell("gönüllülerimizi") is True and indexed.spell("iletşim") is False
    assert indexed.backend == "chunspell"
    assert not index_file.exists()  # made again by the next run
    assert Index.open(target, speller.DICTIONARY) is not None


def test_a_cache_folder_whose_name_holds_uri_marks(tmp_path: Path) -> None:
    indexed = speller.Indexed(tmp_path / "önbellek?#%20")
    assert indexed.spell("gönüllülerimizi") is True and indexed.spell("iletşim") is False
    assert indexed.backend == "index"


def test_many_lookups_hand_over_to_hunspell_with_the_same_verdicts(
        monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    keys = ["gonullu", "iletşim", "^Zeynepoğlu", "kitapda", "Istanbul", "derneğimizin", "geldimi?"]
    unlimited = Lexicon(speller.Indexed(folder.parent), WordLists())
    expected = [unlimited.verdict(key) for key in keys]
    monkeypatch.setattr(speller, "INDEX_BUDGET", 50)
    indexed = speller.Indexed(folder.parent)
    budgeted = Lexicon(indexed, WordLists())
    assert [budgeted.verdict(key) for key in keys] == expected
    assert indexed.backend == "index+chunspell"
    # While the workers run, Hunspell is not loaded: the word waits for it instead.
    waiting = speller.Indexed(folder.parent)
    waiting.may_load = False
    with pytest.raises(speller.NeedsHunspell):
        Lexicon(waiting, WordLists()).verdict("iletşim")


def test_a_cache_folder_that_cannot_be_written_falls_back_to_the_temporary_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    indexed = speller.Indexed(blocked / "dictionaries")
    assert indexed.backend == "index" and indexed.spell("gönüllü")
    fallback = tmp_path / "tmp" / "contentlint-dictionaries"
    assert (fallback / f"{speller.DICTIONARY}-{speller.dictionary_digest()}").is_dir()
    # Neither can be written: spelling is unavailable, with the reason.
    monkeypatch.setattr(tempfile, "tempdir", str(blocked))
    with pytest.raises(speller.SpellerUnavailable, match=r"the dictionary cannot be unpacked: .*a-file"):
        speller.Indexed(blocked / "dictionaries")
