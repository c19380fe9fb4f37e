from __future__ import annotations

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
