"""Turkish-aware text helpers. Python's str.lower() maps 'I' to 'i' and 'İ' to 'i̇' (two code
points), both wrong for Turkish, so every case-insensitive comparison goes through here."""

from __future__ import annotations

import unicodedata


# The two letters Python cases wrongly are swapped first with str.replace, not str.translate: no
# letter a replacement writes is one the other replaces, and a replace that finds nothing costs
# next to nothing, where translate looks up every character of the text (a tenth of the time).
def lower(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("I", "ı").replace("İ", "i").lower()


def upper(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("i", "İ").replace("ı", "I").upper()


def fold(text: str) -> str:
    """A key for case-insensitive comparison of Turkish text (also folds white space)."""
    return " ".join(lower(text).split())


# Abbreviations written with a dot (TDK Yazım Kılavuzu, "Kısaltmalar", and the ones editors of
# this content use), in lower case: the dot after them does not end a sentence.
ABBREVIATIONS = frozenset({
    "a.g.e.", "a.e.", "age.", "alb.", "apt.", "ar.", "as.", "asb.", "av.", "bçvş.", "bk.", "bkz.",
    "bl.", "blv.", "bn.", "bnb.", "bs.", "böl.", "c.", "cad.", "co.", "çev.", "der.", "doç.", "dr.",
    "dk.", "ecz.", "ed.", "ens.", "fak.", "gen.", "gnkur.", "hst.", "haz.", "hzl.", "hz.", "inc.",
    "ing.", "ist.", "kd.", "kor.", "korg.", "krş.", "ltd.", "mah.", "mad.", "md.", "müh.", "no.",
    "nu.", "nr.", "nşr.", "okt.", "ord.", "or.", "öğr.", "örn.", "prof.", "s.", "sa.", "sf.", "sn.",
    "sok.", "ss.", "şti.", "tb.", "tel.", "tğm.", "uzm.", "vb.", "vd.", "vs.", "yay.", "yb.",
    "yrd.", "yy.", "yzb.", "gör.", "ünl.", "çvş.", "ütğm.", "yd.", "müd.", "fax.", "faks.",
    # references, addresses and measures the usage rules met in real answers; words that are also
    # Turkish words with a sentence's full stop ("not.", "ek.", "kat.", "al.") are not listed
    "a.g.m.", "agm.", "karş.", "ör.", "sy.", "vol.", "pp.", "p.", "ibid.", "op.", "cit.", "mr.",
    "mrs.", "ms.", "st.", "gn.", "bşk.", "arş.", "mh.", "sk.", "bulv.", "d.", "üniv.", "ünv.",
    "öö.", "ös.", "ort.", "yak.", "min.", "maks.", "ark.", "m.", "f.",
})


def is_abbreviation(word: str) -> bool:
    """A listed abbreviation, or dotted initials (A.Ş., T.C., a.g.e.)."""
    lowered = lower(word)
    return lowered in ABBREVIATIONS or (
        len(lowered) >= 4 and lowered.endswith(".") and all(
            len(part) == 1 and part.isalpha() for part in lowered[:-1].split(".")))


VOWELS = "aeıioöuü"
_BACK = "aıou"
_ROUNDED = "oöuü"
_VOICELESS = "fstkçşhp"
# How letters are read in an abbreviation read letter by letter (TDK: "ABD'ye", "TBMM'de",
# "TDK'nin"). K is read "ke" by TDK and "ka" by many: both count as right, "ke" is offered.
_LETTER_NAMES: dict[str, str] = {
    **{vowel: vowel for vowel in VOWELS},
    **{consonant: consonant + "e" for consonant in "bcçdfgğhjklmnprsştvyz"},
    "q": "kü", "w": "ve", "x": "iks",
}
_ACRONYM_READ_AS_WORD = frozenset({"meb", "yök", "kit", "tem"})


def is_acronym(word: str) -> bool:
    """Two or more capital letters and nothing else: STGM, KVKK, AB, TÜBİTAK."""
    return len(word) >= 2 and word.isalpha() and upper(word) == word


def _pronounceable(word: str) -> bool:
    """Fits Turkish syllables (V, CV, VC, CVC, VCC, CVCC), so it can be read as a word."""
    shape = "".join("V" if c in VOWELS else "C" for c in word)
    return "V" in shape and not shape.startswith("CC") and "CCC" not in shape and not shape.endswith("CCC")


def readings(word: str) -> tuple[str, ...]:
    """How a word may be read aloud when a suffix follows, the likeliest first. An acronym is
    read letter by letter (STGM: se-te-ge-me) unless it reads as a word (TÜBİTAK, UNESCO)."""
    lowered = lower(word)
    if not is_acronym(word):
        return (lowered,)
    spelled = "".join(_LETTER_NAMES.get(letter, letter) for letter in lowered)
    spelled_ka = spelled.replace("ke", "ka") if "k" in lowered else spelled
    as_word = _pronounceable(lowered) and (
        sum(c in VOWELS for c in lowered) >= 2 or lowered in _ACRONYM_READ_AS_WORD)
    spellings = (spelled, spelled_ka)
    return tuple(dict.fromkeys((lowered, *spellings) if as_word else spellings))


def _harmonise(vowel: str, previous: str) -> str:
    back, rounded = previous in _BACK, previous in _ROUNDED
    if vowel in "ae":
        return "a" if back else "e"
    return ("u" if rounded else "ı") if back else ("ü" if rounded else "i")


def attach(reading: str, suffix: str) -> str:
    """``suffix`` (as written, any harmony) as it attaches to a word read ``reading``: vowel
    harmony, d/t after a voiceless consonant, buffer n/y/s only after a vowel. "ki" keeps its
    form (STGM'deki)."""
    vowels = [c for c in reading if c in VOWELS]
    if not vowels or not suffix:
        return suffix
    ends_in_vowel = reading[-1] in VOWELS
    buffer, core = "", suffix
    if len(suffix) > 1 and suffix[0] in "nys" and suffix[1] in VOWELS:
        buffer, core = suffix[0], suffix[1:]
    elif suffix.startswith("yl"):
        buffer, core = "y", suffix[1:]
    tail = ""
    if core.endswith("ki") and len(core) > 2:
        core, tail = core[:-2], "ki"
    previous = vowels[-1]
    out = []
    for index, char in enumerate(core):
        if char in VOWELS:
            char = _harmonise(char, previous)
            previous = char
        elif index == 0 and char in "dt" and not buffer:
            char = "t" if reading[-1] in _VOICELESS else "d"
        out.append(char)
    harmonised = "".join(out)
    if ends_in_vowel and harmonised[:1] in VOWELS:
        buffer = buffer or ("n" if harmonised in ("ın", "in", "un", "ün") else "y")
    elif not ends_in_vowel:
        buffer = ""
    return buffer + harmonised + tail
