"""What the speller says about one word key, and what it suggests instead.

Hunspell decides, with our remedies for the dictionary's known gaps: circumflexed vowels are
folded (kâğıt, hâlinde), a second-person possessive missing from the dictionary is retried as the
first person (gönüllülerinizi → gönüllülerimizi, a form it has), and accepted word lists (ours,
the project's) add what it lacks. Suggestions are generated here, not by Hunspell's suggest()
(a third of a second a word with this dictionary, and often empty): restoring Turkish letters,
one edit, an apostrophe before a proper name's ending, a split into two words; each kept only if
the speller accepts it, and ranked in that order.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from contentlint import turkish
from contentlint.rules.suffixes import SUFFIXES
from contentlint.spelling import JOINED_DE, JOINED_KI, JOINED_QUESTION, MISSPELLED, TURKISH_LETTERS
from contentlint.spelling.speller import Speller
from contentlint.spelling.wordlists import Verdict, WordLists

_PAIRS = {"c": "ç", "ç": "c", "g": "ğ", "ğ": "g", "i": "ı", "ı": "i", "o": "ö", "ö": "o", "s": "ş", "ş": "s",
          "u": "ü", "ü": "u"}
_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
_VOWELS = frozenset("aeıioöuüâîû")
_BACK = frozenset("aıouâû")
_VOICELESS = frozenset("pçtksşhf")
_HARMONY = str.maketrans("aeıiuüoö", "eaiıüuöo")
_CIRCUMFLEX = str.maketrans("âîûÂÎÛ", "aiuAIU")
# Second-person possessive: -(ı)nız/-(i)niz… The dictionary lacks many such forms; the first
# person (-ımız…) has the same shape and is there.
_SECOND_PERSON = re.compile("n(?=[ıiuü]z)")
_ABILITY = re.compile("(?<=[^\\W\\d_])y?[ae]bil")
# The question particle with the endings it takes, written on to the word before "?".
_PARTICLE = re.compile(
    "(m[ıiuü](?:y[ıiuü]m|s[ıiuü]n|y[ıiuü]z|s[ıiuü]n[ıiuü]z|d[ıiuü]r|l[ae]r|yd[ıiuü]|ym[ıiuü]ş)?)$"
)
# Possessive pronouns the dictionary reads as locatives: "benimde" is always "benim de".
_DE_AFTER_PRONOUN = {"benimde": "benim de", "seninde": "senin de", "bizimde": "bizim de", "sizinde": "sizin de"}
# Restoring every combination of this many ambiguous letters is 4,096 lookups: still a few ms.
_MAX_COMBINED = 12
MAX_SUGGESTIONS = 5

# Ranks of candidates, best first: Turkish letters restored; an apostrophe before a proper name's
# ending; a slip of the hand or of the ear (swapped letters, a doubled letter dropped or added, a
# vowel for a vowel, a consonant for its voiced or voiceless twin); a dropped letter; any other
# edit; two words written as one.
RESTORED, APOSTROPHE, CLOSE, DROPPED, EDIT, SPLIT = range(6)
_SIMILAR = frozenset(("dt", "td", "bp", "pb", "cç", "çc", "gk", "kg", "ğk", "kğ", "vf", "fv", "zs", "sz", "zj", "jz"))


def _last_vowel(word: str) -> str | None:
    for char in reversed(word):
        if char in _VOWELS:
            return char
    return None


def _harmonises(stem: str, vowel: str) -> bool:
    """Whether a suffix vowel (ı/i/u/ü, or a/e) follows the stem's last vowel by vowel harmony."""
    last = _last_vowel(turkish.lower(stem))
    if last is None:
        return False
    if vowel in "ae":
        return (vowel == "a") == (last in _BACK)
    expected = {"a": "ı", "ı": "ı", "â": "ı", "e": "i", "i": "i", "î": "i", "o": "u", "u": "u", "û": "u",
                "ö": "ü", "ü": "ü"}
    return expected[last] == vowel


def _decapitalise(word: str) -> str:
    return turkish.lower(word[0]) + word[1:]


def _capitalise(word: str) -> str:
    return turkish.upper(word[0]) + word[1:]


class Lexicon:
    def __init__(self, speller: Speller, lists: WordLists) -> None:
        self._speller = speller
        self._plain = lists.plain
        for word, model in lists.models:
            speller.add_with_affix(word, model)

    @property
    def speller(self) -> Speller:
        return self._speller

    def _listed(self, word: str) -> bool:
        return word in self._plain or (word[0].isupper() and _decapitalise(word) in self._plain)

    def _known(self, word: str) -> bool:
        if self._speller.spell(word) or self._listed(word):
            return True
        return any(self._speller.spell(word[:m.start()] + "m" + word[m.end():])
                   for m in reversed(list(_SECOND_PERSON.finditer(word))))

    def accepted(self, word: str) -> bool:
        if self._known(word):
            return True
        folded = word.translate(_CIRCUMFLEX)
        if folded != word and self._known(folded):
            return True
        if "-" in word:
            return all(self.accepted(part) for part in word.split("-") if len(part) > 1 and part[1:].islower())
        return self._productive(word)

    def _productive(self, word: str) -> bool:
        """Forms the dictionary lacks although their parts are in it: productive endings."""
        # The instrumental -(y)la/-(y)le: kolaylaştırıcıyla, sözcünüzle.
        for ending in ("yla", "yle", "la", "le"):
            stem = word[:-len(ending)]
            if word.endswith(ending) and len(stem) > 2 and (stem[-1] in _VOWELS) == (ending[0] == "y") \
                    and _harmonises(stem, ending[-1]) and self._known(stem):
                return True
        # A dative after a possessive, where the accusative is there: videomuza (videomuzu).
        stem = word[:-1]
        if word[-1:] in ("a", "e") and len(stem) > 3 and stem[-1] not in _VOWELS and self._known(stem) \
                and _harmonises(stem, word[-1]) and any(self._speller.spell(stem + v) for v in "ıiuü"):
            return True
        # The ability suffix -(y)abil-/-(y)ebil- inflects as the verb "bil-": bağlanabilmelidir.
        for match in _ABILITY.finditer(word):
            head, tail = word[:match.end()], word[match.end():]
            if len(head) > 5 and tail and self._speller.spell(head + "ir") and self._speller.spell("bil" + tail):
                return True
        return False

    def common(self, word: str) -> bool:
        """Accepted by the dictionary itself as a common (not only proper) word."""
        return self._speller.spell(_decapitalise(word))

    def verdict(self, key: str) -> Verdict:
        """The verdict on a key of :mod:`contentlint.spelling.words`."""
        initial = key.startswith("^")
        question = key.endswith("?")
        word = key[1 if initial else 0: -1 if question else None]
        name = word[0].isupper() and not initial  # a capital mid-sentence: a proper name
        pronoun = _DE_AFTER_PRONOUN.get(turkish.lower(word)) if not name else None
        if pronoun is not None:
            return JOINED_DE, (word[0] + pronoun[1:],)
        if self.accepted(word):
            return None
        if question and (split := self._question(word)):
            return JOINED_QUESTION, (split,)
        if not name:
            if split := self._joined_ki(word):
                return JOINED_KI, (split,)
            if split := self._joined_de(word):
                return JOINED_DE, (split,)
        # A name the dictionary lacks is no mistake; one missing its Turkish letters, or the
        # apostrophe before its ending, is. At a sentence's start a capital may still be a name
        # (Zeynep, not Zeynel): only a slip or a dropped letter counts there. Candidates of other
        # ranks are not even made: a name would otherwise cost a thousand lookups.
        ranked = self.suggestions(word, most=APOSTROPHE if name else DROPPED if word[0].isupper() else SPLIT)
        if not ranked and word[0].isupper():
            return None  # a capitalised word with nothing near it is a name, even at a sentence's start
        if len(ranked) == 1 and ranked[0][1] == RESTORED and not name and word[1:].islower():
            return TURKISH_LETTERS, (ranked[0][0],)
        return MISSPELLED, tuple(c for c, _ in ranked[:MAX_SUGGESTIONS])

    def _question(self, word: str) -> str | None:
        match = _PARTICLE.search(word)
        if match is None:
            return None
        stem, particle = word[:match.start()], match.group(1)
        if len(stem) > 1 and _harmonises(stem, particle[1]) and self.accepted(stem):
            return f"{stem} {particle}"
        return None

    def _joined_ki(self, word: str) -> str | None:
        stem = word[:-2]
        if not word.endswith("ki") or len(stem) < 3 or stem.endswith(("da", "de", "ta", "te")):
            return None  # after a locative, -ki is the relative suffix (evdeki)
        if self.common(stem) and not self._speller.spell(stem + "kü"):  # bugünkü, not "bugün ki"
            return f"{stem} ki"
        return None

    def _joined_de(self, word: str) -> str | None:
        stem, ending = word[:-2], word[-2:]
        if ending not in ("da", "de") or len(stem) < 2:
            return None
        # After p, ç, t, k, s, ş, h, f a locative is -ta/-te, so "kitapda" may be "kitapta" too.
        if stem[-1] in _VOICELESS or not _harmonises(stem, ending[1]):
            return None
        return f"{stem} {ending}" if self.common(stem) else None

    def suggestions(self, word: str, most: int = SPLIT) -> list[tuple[str, int]]:
        """Candidates the speller accepts, best first, each with its rank (``most`` at the most)."""
        capital = word[0].isupper()
        lower = _decapitalise(word)
        seen = {word}
        out: list[tuple[str, int]] = []
        for candidate, rank in self._candidates(lower, most):
            if capital:
                candidate = _capitalise(candidate)
            if candidate not in seen:
                seen.add(candidate)
                # Apostrophe forms and splits were checked part by part where they were made.
                if rank in (APOSTROPHE, SPLIT) or self.accepted(candidate):
                    out.append((candidate, rank))
        if not capital and self.accepted(_capitalise(word)) and not self.common(word):
            out.insert(0, (_capitalise(word), RESTORED))  # istanbul → İstanbul
        out.sort(key=lambda item: item[1])
        return out

    def _candidates(self, word: str, most: int) -> Iterator[tuple[str, int]]:
        """Candidates in the order made, up to rank ``most``. Leaving out the higher ranks changes
        nothing for the others: a candidate of another rank is never the same string as one of
        these (deletions, insertions and splits each have a length or a space of their own;
        substitutions and swaps differ in where the letters differ)."""
        yield from ((c, RESTORED) for c in _restorations(word))
        for index in range(2, len(word) - 1):
            stem = _capitalise(word[:index])
            if word[index:] in SUFFIXES and self.accepted(stem) and not self.common(stem):
                yield f"{stem}’{word[index:]}", APOSTROPHE
        if most < CLOSE:
            return
        for candidate, rank in self._edits(word, most):
            if rank <= most:
                yield candidate, rank

    def _edits(self, word: str, most: int) -> Iterator[tuple[str, int]]:
        # Within a rank the first made comes first: the endings in the other vowel harmony
        # (saatlarımızı → saatlerimizi: saat, harf, kontrol take front endings), a doubled letter,
        # then a swap.
        for index in range(len(word) - 1, 1, -1):
            flipped = word[:index] + word[index:].translate(_HARMONY)
            if flipped != word:
                yield flipped, CLOSE
        for index, char in enumerate(word):
            doubled = (index > 0 and word[index - 1] == char) or word[index + 1:index + 2] == char
            yield word[:index] + word[index + 1:], CLOSE if doubled else EDIT
        for index in range(len(word) - 1):
            yield word[:index] + word[index + 1] + word[index] + word[index + 2:], CLOSE
        for index in range(len(word) + 1):
            for char in _ALPHABET:
                near = word[index - 1:index] == char or word[index:index + 1] == char
                yield word[:index] + char + word[index:], CLOSE if near else DROPPED
        for index, old in enumerate(word):
            for char in _ALPHABET:
                if char != old:
                    close = (old in _VOWELS and char in _VOWELS) or old + char in _SIMILAR
                    yield word[:index] + char + word[index + 1:], CLOSE if close else EDIT
        for index in range(2, len(word) - 1 if "-" not in word and most >= SPLIT else 0):
            first, second = word[:index], word[index:]
            if self._speller.spell(first) and self._speller.spell(second):
                yield f"{first} {second}", SPLIT


def _restorations(word: str) -> Iterator[str]:
    """The word with ç ğ ı ö ş ü restored (or swapped back), every combination when few."""
    positions = [index for index, char in enumerate(word) if char in _PAIRS]
    if len(positions) > _MAX_COMBINED:
        for index in positions:
            yield word[:index] + _PAIRS[word[index]] + word[index + 1:]
        return
    letters = list(word)
    for flips in itertools.product((False, True), repeat=len(positions)):
        if not any(flips):
            continue
        for index, flip in zip(positions, flips, strict=True):
            letters[index] = _PAIRS[word[index]] if flip else word[index]
        yield "".join(letters)
