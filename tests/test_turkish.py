from __future__ import annotations

import random
import sys
import unicodedata

import pytest

from contentlint import turkish


@pytest.mark.parametrize(
    ("text", "lowered"),
    [("I", "ı"), ("İ", "i"), ("ISPARTA", "ısparta"), ("İSTANBUL", "istanbul"), ("Iğdır", "ığdır"),
     ("TIKLAYINIZ", "tıklayınız"), ("I\u0307", "i")],
)
def test_lower_follows_turkish_rules(text: str, lowered: str) -> None:
    assert turkish.lower(text) == lowered


@pytest.mark.parametrize(("text", "raised"), [("i", "İ"), ("ı", "I"), ("istanbul", "İSTANBUL")])
def test_upper_follows_turkish_rules(text: str, raised: str) -> None:
    assert turkish.upper(text) == raised


def test_case_mapping_is_the_character_by_character_one_on_every_character() -> None:
    """lower and upper swap I/İ and i/ı with str.replace; the plain definition maps every
    character through a table. Both agree on every code point, alone and in random strings
    (combining dots, which NFC joins to İ, included)."""
    to_lower, to_upper = str.maketrans({"I": "ı", "İ": "i"}), str.maketrans({"i": "İ", "ı": "I"})

    def reference(text: str) -> tuple[str, str]:
        normal = unicodedata.normalize("NFC", text)
        return normal.translate(to_lower).lower(), normal.translate(to_upper).upper()

    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue  # surrogates are not text
        char = chr(code)
        assert (turkish.lower(char), turkish.upper(char)) == reference(char), hex(code)
    rng = random.Random(11)
    letters = "IİiıIi\u0307\u0130\u0131 aAçÇğĞöÖşŞüÜ\u0301ß"
    for _ in range(5000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        assert (turkish.lower(text), turkish.upper(text)) == reference(text), repr(text)


def test_fold_matches_turkish_case_variants_and_not_lookalikes() -> None:
    assert turkish.fold("BURAYA  TIKLAYIN") == turkish.fold("buraya tıklayın")
    assert turkish.fold("TIKLAYIN") != turkish.fold("tiklayin")


@pytest.mark.parametrize(("word", "suffix", "attached"), [
    ("STGM", "nın", "nin"), ("TBMM", "da", "de"), ("AB", "a", "ye"), ("ABD", "ya", "ye"),
    ("KVKK", "nün", "nin"), ("TRT", "dan", "den"), ("STGM", "daki", "deki"), ("TÜBİTAK", "nin", "ın"),
    ("UNESCO", "e", "ya"), ("Ankara", "de", "da"), ("İstanbul", "nın", "un"), ("Kitap", "da", "ta"),
])
def test_a_suffix_follows_how_the_word_is_read(word: str, suffix: str, attached: str) -> None:
    assert turkish.attach(turkish.readings(word)[0], suffix) == attached


def test_k_may_be_read_ke_or_ka() -> None:
    readings = turkish.readings("KVKK")
    assert {turkish.attach(reading, "nin") for reading in readings} == {"nin", "nın"}
    assert turkish.attach(readings[0], "nın") == "nin"  # TDK's reading first: KVKK'nin


@pytest.mark.parametrize(("word", "abbreviation"), [
    ("vb.", True), ("Vd.", True), ("örn.", True), ("bkz.", True), ("Dr.", True), ("PROF.", True),
    ("s.", True), ("No.", True), ("A.Ş.", True), ("T.C.", True), ("ev.", False), ("Ankara.", False),
])
def test_dotted_abbreviations(word: str, abbreviation: bool) -> None:
    assert turkish.is_abbreviation(word) is abbreviation
