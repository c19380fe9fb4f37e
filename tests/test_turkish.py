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
