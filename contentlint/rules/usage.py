"""Turkish usage as TDK's Yazım Kılavuzu writes it (CL501–CL506).

Checked in the prose of each paragraph (what a reader sees: link texts included, code left out),
never in code, addresses or link targets. Every check is tuned for precision: where a correct
reading exists, the rule stays silent, and a fix is offered only where the text as written can
never be correct.

Titles of works and pages keep their own spelling, whatever TDK says: text inside quotation
marks, and link texts that start with a capital letter, are not checked for word forms. Words
written with a capital in mid-sentence are names ("Türk İşbirliği ve Koordinasyon Ajansı").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contentlint.diagnostics import Finding, Fix, Severity
from contentlint.markdown_source import Inline, edit, finding, inlines
from contentlint.messages import Message, msg
from contentlint.rules.base import Rule
from contentlint.rules.punctuation import address_spans, pair_quotes
from contentlint.turkish import is_abbreviation, lower, upper

if TYPE_CHECKING:
    from markdown_it.token import Token

    from contentlint.context import Context
    from contentlint.documents import Document

FORM, KI_APART, REPEATED, DOUBLE_SPACE, LOWERCASE_START, APOSTROPHE = (
    "CL501", "CL502", "CL503", "CL504", "CL505", "CL506")

_LETTER = r"[^\W\d_]"
_AFTER_WORD = r"(?![\w’'-])"

# --- CL501: forms TDK writes otherwise -------------------------------------------------------

ANY = None  # the wrong stem may take any ending: every word it starts is wrong


@dataclass(frozen=True, slots=True)
class WordForm:
    wrong: str  # lowercase; a space stands for the white space between two words
    right: str
    endings: tuple[str, ...] | None = ("",)  # the endings that may follow; ANY for every one


# Each wrong stem starts no correct Turkish word; the endings are kept as written. Reviewed one
# by one: "hiç bir" (ever a…), "bir çok" (a very…), "bir takım" (a team) and "hala" (aunt) are
# correct in some sentence and are not here.
WORD_FORMS = (
    WordForm("işbirli", "iş birli", ANY),  # işbirliği, işbirliklerini, işbirlikçi
    WordForm("güçbirli", "güç birli", ANY),
    WordForm("herşey", "her şey", ANY),
    WordForm("hiçbirşey", "hiçbir şey", ANY),
    WordForm("birşey", "bir şey", ANY),
    WordForm("herkez", "herkes", ANY),
    WordForm("yanlız", "yalnız", ANY),
    WordForm("yalnış", "yanlış", ANY),
    WordForm("orjinal", "orijinal", ANY),
    WordForm("şarz", "şarj", ANY),
    WordForm("pekçok", "pek çok", ANY),
    WordForm("pekçoğ", "pek çoğ", ANY),
    WordForm("hergün", "her gün", ANY),
    WordForm("heryer", "her yer", ANY),
    WordForm("heryıl", "her yıl", ANY),
    WordForm("herzaman", "her zaman", ANY),
    WordForm("hertürlü", "her türlü", ANY),
    WordForm("herbir", "her bir", ANY),
    WordForm("herneyse", "her neyse"),
    WordForm("hernekadar", "her ne kadar"),
    WordForm("herhangibir", "herhangi bir", ANY),
    WordForm("hiçkimse", "hiç kimse", ANY),
    WordForm("hiçbirzaman", "hiçbir zaman"),
    WordForm("ençok", "en çok", ANY),
    WordForm("enaz", "en az", ANY),  # enazından
    WordForm("hergeçen", "her geçen"),
    WordForm("hersefer", "her sefer", ANY),
    WordForm("hertaraf", "her taraf", ANY),
    WordForm("sıradışı", "sıra dışı", ANY),
    WordForm("ilgiçekici", "ilgi çekici", ANY),
    WordForm("önyargı", "ön yargı", ANY),
    WordForm("önkoşul", "ön koşul", ANY),
    WordForm("önsöz", "ön söz", ANY),
    WordForm("ardarda", "art arda"),
    WordForm("birsürü", "bir sürü", ANY),
    WordForm("birtek", "bir tek"),
    WordForm("birdaha", "bir daha"),
    WordForm("birarada", "bir arada"),
    WordForm("birşekil", "bir şekil", ANY),
    # "şuan" is no word of its own; the endings are the ones "şu an" takes.
    WordForm("şuan", "şu an", ("", "da", "dan", "daki", "ki", "a", "ın")),
    # "yada" is also a folklore word (the rain stone, "yada taşı"); that use is left alone below.
    WordForm("yada", "ya da"),
    WordForm("malesef", "maalesef"),
    WordForm("tesbit", "tespit", ANY),
    WordForm("süpriz", "sürpriz", ANY),
    WordForm("eşortman", "eşofman", ANY),
    WordForm("entellektüel", "entelektüel", ANY),
    WordForm("şöför", "şoför", ANY),
    WordForm("traş", "tıraş", ANY),
    WordForm("klavuz", "kılavuz", ANY),
    WordForm("ünvan", "unvan", ANY),
    WordForm("insiyatif", "inisiyatif", ANY),
    WordForm("prosödür", "prosedür", ANY),
    WordForm("profosyonel", "profesyonel", ANY),
    WordForm("antreman", "antrenman", ANY),
    WordForm("eksersiz", "egzersiz", ANY),
    WordForm("aşşağı", "aşağı", ANY),
    WordForm("tabiki", "tabii ki"),
    # The ending would change with the vowel (mütevazılık): only the bare word.
    WordForm("mütevazi", "mütevazı"),
    WordForm("haftason", "hafta son", ANY),  # haftasonu, haftasonları
    WordForm("yılson", "yıl son", ANY),
    WordForm("yanısıra", "yanı sıra"),
    WordForm("sözkonusu", "söz konusu"),
    WordForm("hizmetiçi", "hizmet içi", ANY),
    WordForm("yüzyüze", "yüz yüze"),
    WordForm("çevrimiçi", "çevrim içi", ANY),  # TDK: çevrim içi, çevrim dışı
    WordForm("çevrimdışı", "çevrim dışı", ANY),
    WordForm("ilkyardım", "ilk yardım", ANY),
    WordForm("gözönün", "göz önün", ANY),
    WordForm("önplan", "ön plan", ANY),
    WordForm("farket", "fark et", ANY),
    WordForm("farked", "fark ed", ANY),
    # yer almak; "yeraltı" starts like it, so only the verb's own stems.
    WordForm("yeralm", "yer alm", ANY),
    WordForm("yeralan", "yer alan", ANY),
    WordForm("yeraldı", "yer aldı", ANY),
    WordForm("yeralır", "yer alır", ANY),
    WordForm("yeralab", "yer alab", ANY),
    WordForm("sağol", "sağ ol", ANY),
    WordForm("oysa ki", "oysaki"),
    WordForm("madem ki", "mademki"),
    WordForm("bir kaç", "birkaç", ("", "ı", "ını", "ında", "ından", "ına")),
)
_FORM_BY_WRONG = {form.wrong: form for form in WORD_FORMS}


def _trie(words: list[str], *, capital: bool = False) -> str:
    """One pattern for many lowercase literals, shared beginnings written once, so the regex
    engine tries one branch per letter instead of every word; with ``capital`` the first letter
    may also be a capital (Turkish İ and I included)."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(branches.items()):
        letter = "[ \t]+" if first == " " else re.escape(first)
        if capital and first != " ":
            letter = f"[{first}{upper(first)}]"
        longer = [rest for rest in rests if rest]
        if not longer:
            parts.append(letter)
            continue
        parts.append(letter + "(?:" + _trie(longer) + ")" + ("?" if "" in rests else ""))
    return "|".join(parts)


# What may stand right before a word these rules look at. Patterns start with it rather than
# with a look-behind, which lets the regex engine skip ahead to white space instead of trying
# every position. They look for lowercase words; a word written with a capital is a name unless
# it starts a sentence, so the capitalised form is tried only there (_matches).
_WORD_GAP = "[\\s“\"‘«(—–…]"
_FORM_ENDING = "(" + _LETTER + "*)" + _AFTER_WORD


@functools.lru_cache(maxsize=256)
def _form_patterns(wrong: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """These wrong forms, anywhere and at a sentence start. Only the forms a paragraph may hold
    go in (_forms_in): the pattern of all of them took 5 ms to compile, in every run that met
    one paragraph where a form may stand."""
    return (re.compile(_WORD_GAP + "(" + _trie(list(wrong)) + ")" + _FORM_ENDING),
            re.compile("(" + _trie(list(wrong), capital=True) + ")" + _FORM_ENDING))


# The wrong forms by their first three letters, in lowercase and with a capital.
_FORMS_BY_START: dict[str, list[str]] = {}
for _form in WORD_FORMS:
    for _start in (_form.wrong[:3], upper(_form.wrong[0]) + _form.wrong[1:3]):
        _FORMS_BY_START.setdefault(_start, []).append(_form.wrong)
_FORM_STARTS = frozenset(_FORMS_BY_START)
_FIRST_THREE = operator.itemgetter(slice(0, 3))
# Where a match of the form patterns may begin: after white space or an opening mark (_WORD_GAP),
# which also ends every gap between sentences, or at the start.
_GAPS = re.compile(_WORD_GAP + "+")


def _forms_in(text: str) -> tuple[str, ...]:
    """The wrong forms that may stand in ``text``: those starting like a piece of it between
    gaps. Every match of the pattern of all forms starts so, and the trie tries its branches in
    the same order whichever forms it holds, so the pattern of these finds exactly what the
    pattern of all would."""
    starts = _FORM_STARTS.intersection(map(_FIRST_THREE, _GAPS.split(text)))
    return tuple(sorted({wrong for start in starts for wrong in _FORMS_BY_START[start]}))


_OPENERS = "“\"‘«(—–…"
# The first four characters of every word each one-word stem can start, in lowercase, at a
# sentence start, and after an opening quote or bracket. The words of a text are looked up in
# it in one pass of C code (set.isdisjoint over a map), so the patterns run only on the few
# paragraphs where a wrong form may stand.
_STEMS_BY_KEY: dict[str, tuple[str, ...]] = {}
for _form in WORD_FORMS:
    if " " not in _form.wrong:
        for _stem in (_form.wrong, upper(_form.wrong[0]) + _form.wrong[1:]):
            for _opener in ("", *_OPENERS):
                _key = _opener + _stem[:4 - len(_opener)]
                _STEMS_BY_KEY[_key] = (*_STEMS_BY_KEY.get(_key, ()), _stem)
_STEM_KEYS = frozenset(_STEMS_BY_KEY)
_FIRST_FOUR = operator.itemgetter(slice(0, 4))
# Pieces of the two-word forms (bir kaç, oysa ki, madem ki), found with a substring search; the
# variants of each are searched for only where the part they share stands.
_TWO_WORD_HINTS = {"kaç": (" kaç", "\tkaç"), "ysa": ("oysa", "Oysa"), "adem": ("madem", "Madem")}


def _form_candidates(words: set[str], text: str) -> tuple[list[str], set[str]] | None:
    """What may point to a wrong form in ``text`` (``words``: the distinct words it splits into at
    white space): the two-word hints it holds and its words that start like a stem; None when
    there are none.
    Many correct words begin like a stem (herkes, yalnız, hizmet): only those that begin with
    one count."""
    hints = [hint for common, variants in _TWO_WORD_HINTS.items() if common in text
             for hint in variants if hint in text]
    firsts = list(map(_FIRST_FOUR, words))
    keys = _STEM_KEYS.intersection(firsts)
    # compress and the map pick the few words with a key in C, not word by word in Python.
    hits = {word for word in itertools.compress(words, map(keys.__contains__, firsts))
            if word.lstrip(_OPENERS).startswith(_STEMS_BY_KEY[word[:4]])} if keys else set()
    return (hints, hits) if hints or hits else None


_SENTENCE_GAP = re.compile(r"[.!?…][”\"’»)]*[ \t\n]+[“\"‘«(]*")


def _sentence_starts(text: str) -> Iterator[int]:
    if text[:1].isupper():
        yield 0
    for gap in _SENTENCE_GAP.finditer(text):
        if text[gap.end():gap.end() + 1].isupper():
            yield gap.end()


def _matches(text: str, pattern: re.Pattern[str], at_start: re.Pattern[str]) -> list[re.Match[str]]:
    """Lowercase matches of ``pattern`` (which starts with _WORD_GAP), and capitalised ones of
    ``at_start`` where a sentence starts; group 1 is the word either way."""
    found = list(pattern.finditer(text))
    if text[:1].islower() and (first := at_start.match(text)) is not None:
        found.append(first)
    for start in _sentence_starts(text):
        if (match := at_start.match(text, start)) is not None:
            found.append(match)
    return sorted(found, key=lambda match: match.start(1))


_YADA_STONE = re.compile(r"\s+taş")


def _starts_word(text: str, index: int) -> bool:
    """A word starts at ``index``: no letter, digit, apostrophe or address mark (@ # / . -) before it."""
    return index == 0 or not (text[index - 1].isalnum() or text[index - 1] in "_’'@#/.-")


def _exempt_spans(inline: Inline) -> list[tuple[int, int]]:
    """Prose ranges that are titles: quotations, and link texts that start with a capital."""
    text = inline.prose.text
    spans = list(pair_quotes(text).pairs) if any(q in text for q in "“\"‘«'’”»") else []
    spans.extend((start, end) for start, end, _ in inline.prose.labels
                 if start < len(text) and text[start].isupper())
    return spans


def _inside(spans: list[tuple[int, int]], index: int) -> bool:
    return any(start <= index < end for start, end in spans)


def _plain(doc: Document, inline: Inline, start: int, end: int) -> tuple[int, int] | None:
    """Body span of prose[start:end] if the source there is exactly that text."""
    body_start, body_end = inline.prose.span(start, end)
    return (body_start, body_end) if doc.body[body_start:body_end] == inline.prose.text[start:end] else None


def _word_forms(doc: Document, inline: Inline) -> Iterator[Finding]:
    text = inline.prose.text
    exempt: list[tuple[int, int]] | None = None
    masked: list[tuple[int, int]] | None = None
    forms = _forms_in(text)
    if not forms:
        return
    for match in _matches(text, *_form_patterns(forms)):
        wrong, ending = lower(match.group(1)), match.group(2)
        form = _FORM_BY_WRONG[" ".join(wrong.split())]
        if form.endings is not ANY and ending not in form.endings:
            continue
        if form.wrong == "yada" and _YADA_STONE.match(text, match.end()):
            continue
        start, end = match.start(1), match.end()
        written = text[start:end]
        capital = written[0].isupper()
        if any(char.isupper() for char in written[1:]):
            continue  # an acronym, or a title in capitals
        if exempt is None:
            exempt, masked = _exempt_spans(inline), address_spans(text)
        if _inside(exempt, start) or _inside(masked or [], start):
            continue
        right = form.right + text[match.start(2):end]
        if capital:
            right = upper(right[0]) + right[1:]
        span = _plain(doc, inline, start, end)
        fix = Fix(msg("Write '{right}'", "'{right}' yazın", right=right),
                  (edit(doc, span[0], span[1], right),)) if span is not None else None
        body_start, body_end = inline.prose.span(start, end)
        yield finding(doc, body_start, body_end, msg(
            "Write '{right}', not '{written}' (TDK Yazım Kılavuzu)",
            "'{written}' değil, '{right}' yazılır (TDK Yazım Kılavuzu)",
            written=written, right=right,
        ), rule=FORM, fix=fix)


# --- CL502: the relative -ki written apart after a locative -----------------------------------

_KI_APART = re.compile("[ \t]ki[ \t]+(" + _LETTER + "+)")
_LOCATIVE_ENDINGS = ("da", "de", "ta", "te")
# Words that end like a locative and are not one, and locatives that read as a conjunction
# ("Bu hâlde ki…").
_NOT_LOCATIVE = frozenset((
    "oda", "ada", "fayda", "gıda", "madde", "cadde", "vade", "ifade", "iade", "sade", "dede",
    "ziyade", "hatta", "nota", "kota", "yada", "halde", "hâlde", "gibi", "aynen", "nerede",
    "nerde", "şimdi", "orada", "burada", "şurada",
))
# Before the locative, these make "ki" the conjunction: "Öyle bir durumda ki hiçbir şey…".
_INTENSIFIERS = frozenset(("öyle", "böyle", "şöyle", "öylesine", "böylesine", "kadar", "bir"))
# After "ki", these start a clause, not a noun phrase: "…durumdayız da ki biz…".
_CLAUSE_STARTERS = frozenset((
    "ben", "sen", "o", "biz", "siz", "onlar", "bu", "şu", "kimse", "hiç", "hiçbir", "artık",
    "asla", "ne", "hem", "ya", "eğer", "belki", "sanki", "bile", "de", "da", "neredeyse",
))


def _ki_apart(doc: Document, inline: Inline) -> Iterator[Finding]:
    text = inline.prose.text
    masked: list[tuple[int, int]] | None = None
    for match in _KI_APART.finditer(text):
        space_end = match.start() + 1
        space_start = len(text[:space_end].rstrip(" \t"))
        start = _word_before(text, space_start)
        if start > 1 and text[start - 1] in "’'" and text[start - 2].isalpha():
            start = _word_before(text, start - 1)  # Ankara’da
        if start == space_start or not _starts_word(text, start):
            continue
        written = text[start:space_start]
        word = lower(written)
        stem, _, ending = word.rpartition("’") if "’" in word else word.rpartition("'")
        bare = ending if stem else word
        if not bare.endswith(_LOCATIVE_ENDINGS) or (not stem and (len(bare) < 4 or bare in _NOT_LOCATIVE)):
            continue
        if bare.endswith(("makta", "mekte")) or lower(match.group(1)) in _CLAUSE_STARTERS:
            continue  # "gelmekte" is a verb; "ki biz…" opens a clause
        before = lower(text[max(0, start - 60):start]).split()[-3:]
        if any(w.strip(",;:") in _INTENSIFIERS for w in before):
            continue
        if masked is None:
            masked = address_spans(text)
        if _inside(masked, start):
            continue
        span = _plain(doc, inline, space_start, space_end)
        joined = written + "ki"
        fix = Fix(msg("Write '{joined}'", "'{joined}' yazın", joined=joined),
                  (edit(doc, span[0], span[1], ""),)) if span is not None else None
        body_start, body_end = inline.prose.span(start, space_end + 2)
        yield finding(doc, body_start, body_end, msg(
            "The relative suffix -ki is written attached to its word: '{joined}'",
            "Aitlik bildiren -ki eki sözcüğe bitişik yazılır: '{joined}'",
            joined=joined,
        ), rule=KI_APART, fix=fix)


# --- CL503: a function word written twice -----------------------------------------------------

# Words never doubled on purpose. Doubled words that Turkish uses on purpose (ikilemeler) are
# not here: "yavaş yavaş", "bir bir" (one by one), "ancak ancak" (barely), "için için"
# (inwardly), "sonra sonra", "göre göre", "gibi gibi", "daha daha", "çok çok".
_NEVER_DOUBLED = frozenset((
    "ve", "veya", "veyahut", "yahut", "ile", "ama", "fakat", "lakin", "çünkü", "ki", "ise", "hem",
    "en", "olarak", "ayrıca", "dolayısıyla", "rağmen",
))
_DOUBLED_SECOND = "(?=( |\n)(" + "|".join(sorted(_NEVER_DOUBLED, key=len, reverse=True)) + ")" + _AFTER_WORD + ")"
# Every pair of words the check reports, as str.split() leaves them; looked up in one pass.
_DOUBLED_PAIRS = frozenset(
    pair for word in _NEVER_DOUBLED for pair in ((word, word), (upper(word[0]) + word[1:], word)))


@functools.cache
def _doubled_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compiled on first use, like _form_patterns: the pairs are looked up first (_DOUBLED_PAIRS)."""
    never = sorted(_NEVER_DOUBLED)
    return (re.compile(_WORD_GAP + "(" + _trie(never) + ")" + _DOUBLED_SECOND),
            re.compile("(" + _trie(never, capital=True) + ")" + _DOUBLED_SECOND))




def _repeated(doc: Document, inline: Inline, words: list[str]) -> Iterator[Finding]:
    """``words``: the prose split at white space."""
    if _DOUBLED_PAIRS.isdisjoint(itertools.pairwise(words)):  # one pass of C code
        return
    text = inline.prose.text
    for match in _matches(text, *_doubled_patterns()):
        first, gap, second = match.group(1), match.group(2), match.group(3)
        if lower(first) != second:
            continue
        second_start = match.end() + len(gap)
        second_end = second_start + len(second)
        span = _plain(doc, inline, match.end(), second_end) if "\n" not in gap else None
        fix = Fix(msg("Delete the second '{word}'", "İkinci '{word}' sözcüğünü silin", word=second),
                  (edit(doc, span[0], span[1], ""),)) if span is not None else None
        start, end = inline.prose.span(match.start(1), second_end)
        yield finding(doc, start, end, msg(
            "'{word}' is written twice",
            "'{word}' sözcüğü iki kez yazılmış",
            word=second,
        ), rule=REPEATED, fix=fix)


# --- CL504: two spaces between words ----------------------------------------------------------

_SPACES = re.compile(r"(?<=[^\s.!?:…])  +(?=\S)")


def _double_space(doc: Document, inline: Inline) -> Iterator[Finding]:
    text = inline.prose.text
    if "  " not in text:
        return
    for match in _SPACES.finditer(text):
        span = _plain(doc, inline, *match.span())
        if span is None:
            continue  # an entity or escape in between: not a typed double space
        yield finding(doc, span[0], span[1], msg(
            "{count} spaces between two words; one is enough",
            "İki sözcük arasında {count} boşluk var; bir boşluk yeterli",
            count=span[1] - span[0],
        ), rule=DOUBLE_SPACE, fix=Fix(msg("Leave one space", "Tek boşluk bırakın"),
                                      (edit(doc, span[0], span[1], " "),)))


# --- CL505: a sentence that starts with a lowercase letter ------------------------------------

# Only where a lowercase letter follows: the rest of the checks run on few matches.
_SENTENCE_END = re.compile(r"([.!?])(?<![.…].)(?![.…])([”\"’'»)]*)[ \t\n]+([“\"‘«(]*)([a-zçğıöşüâîû]\S*)")
_FIRST_WORD = re.compile(r"\s*(\S+)")
_FIRST_LETTERS = re.compile(_LETTER + r"[\w’'-]*")
_ROMAN = frozenset("IVXLCDM")
# After a question or an exclamation, these go on the same sentence: "Ne yapmalı? diye sorduk".
_GOES_ON = ("diye", "dedi", "der", "deyip", "demek", "sorus", "başlık", "adlı", "isimli", "şeklinde",
            "biçiminde", "gibi", "mı", "mi", "mu", "mü")
# An address, a file name or an identifier (question_id): not a word of a sentence.
_NOT_PROSE = re.compile(r"[./@:]\w|_")


def _starts_lowercase(token: str) -> bool:
    return token[:1].isalpha() and token[0].islower() and token == lower(token) and not _NOT_PROSE.search(token)


def _word_before_dot(text: str, dot: int) -> str | None:
    """What ``[\\w.]+$`` finds in ``text[:dot]``: the run of word characters and dots that ends
    there (or just before a newline there). Walked back from the dot: a search from the start
    would try every position of the paragraph."""
    end = dot - 1 if text[dot - 1:dot] == "\n" else dot
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
        start -= 1
    return text[start:end] if start < end else None


def _after_abbreviation(text: str, dot: int) -> bool:
    word = _word_before_dot(text, dot)
    if word is None:
        return False
    letters = word.replace(".", "")
    return (word[-1].isdigit() or len(letters) == 1 or "." in word or set(word) <= _ROMAN
            or is_abbreviation(word + ".") or is_abbreviation(lower(word) + "."))


def _lowercase_starts(doc: Document, inline: Inline, first_word: bool,
                      sentence_ends: bool) -> Iterator[Finding]:
    """``first_word``: whether the text's first word starts a sentence (a paragraph's, not after
    a colon); ``sentence_ends``: whether _SENTENCE_END finds anything in the text."""
    text = inline.prose.text
    masked: list[tuple[int, int]] | None = None
    starts: list[int] = []
    # A paragraph that does not end like a sentence is a caption or a row of links, not a sentence.
    if first_word and (first := _FIRST_WORD.match(text)) \
            and _starts_lowercase(first.group(1)) and text.rstrip().endswith((".", "!", "?")):
        starts.append(0)
    for match in _SENTENCE_END.finditer(text) if sentence_ends else ():
        mark, closers = match.group(1), match.group(2)
        if closers.strip(")") or not _starts_lowercase(match.group(4)):
            continue  # after a quotation the sentence goes on: “…bitti.” dedi
        if mark == "." and _after_abbreviation(text, match.start(1)):
            continue
        if mark in "!?" and lower(match.group(4)).startswith(_GOES_ON):
            continue
        if masked is None:
            masked = address_spans(text)
        if _inside(masked, match.start(1)) or _inside(masked, match.start(4)):
            continue
        starts.append(match.start(4))
    for index in starts:
        word = _FIRST_LETTERS.match(text, index)
        assert word is not None
        start, end = inline.prose.span(index, index + len(word.group()))
        yield finding(doc, start, end, msg(
            "The sentence starts with a lowercase letter: '{word}'",
            "Cümle küçük harfle başlıyor: '{word}'",
            word=word.group(),
        ), rule=LOWERCASE_START)


# --- CL506: an apostrophe after a common noun -------------------------------------------------

_APOSTROPHE = re.compile("[’'](" + _LETTER + "+)" + _AFTER_WORD)
_VOWELS = "aeıioöuü"
_FRONT = frozenset("eiöü")
_HARD = "çfhkpsşt"
# Units and lowercase abbreviations take the apostrophe (5 kg'dan, cm'yi); English contractions
# (don't, children's) are not Turkish suffixes.
_UNITS = frozenset((
    "kg", "km", "cm", "mm", "ml", "mg", "gr", "lt", "sn", "dk", "sa", "kb", "mb", "gb", "tb", "ha",
    "vb", "vs", "vd", "bkz", "örn", "mah", "cad", "sok", "apt",
))
_ENGLISH_TAILS = frozenset(("s", "t", "d", "m", "ll", "re", "ve"))


def _joined(word: str, suffix: str) -> str | None:
    """The word with the suffix attached, where that is certain to be the Turkish spelling."""
    vowels = [c for c in word if c in _VOWELS]
    first = suffix[0]
    suffix_vowels = [c for c in suffix if c in _VOWELS]
    if not vowels or not suffix_vowels or (vowels[-1] in _FRONT) != (suffix_vowels[0] in _FRONT):
        return None  # a foreign word read otherwise than written (online’a)
    if first in _VOWELS:
        return None  # kitap’ı: the word may change (kitabı, hakkı, burnu)
    if word[-1] not in _VOWELS and first in "dtcç" and (word[-1] in _HARD) != (first in "tç"):
        return None  # kitap’da: the suffix itself is wrong (kitapta)
    return word + suffix


def _word_before(text: str, end: int) -> int:
    """Where the word (letters, inner hyphens) that ends at ``end`` starts."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or
                         (text[start - 1] == "-" and start > 1 and text[start - 2].isalpha() and start < end)):
        start -= 1
    return start


def _apostrophes(doc: Document, inline: Inline) -> Iterator[Finding]:
    text = inline.prose.text
    if "’" not in text and "'" not in text:
        return
    marks: set[int] | None = None
    for match in _APOSTROPHE.finditer(text):
        mark, suffix = match.start(), match.group(1)
        start = _word_before(text, mark)
        word = text[start:mark]
        # Most words before an apostrophe are names (STGM’nin, Türkiye’de): decided first.
        if len(word) < 2 or not word[0].islower() or word != lower(word) or suffix != lower(suffix) \
                or not _starts_word(text, start) or word in _UNITS or suffix in _ENGLISH_TAILS \
                or not any(c in _VOWELS for c in word):
            continue
        if marks is None:
            marks = {index for pair in pair_quotes(text).pairs for index in pair}
            marks.update(index for index, _ in inline.prose.closings)
            masked = address_spans(text)
        if mark in marks or _inside(masked, start):
            continue
        joined = _joined(word, suffix)
        fix = Fix(msg("Write '{joined}'", "'{joined}' yazın", joined=joined), ()) if joined else None
        body_start, body_end = inline.prose.span(start, match.end())
        yield finding(doc, body_start, body_end, msg(
            "'{written}': the apostrophe separates suffixes only from proper names, abbreviations "
            "and numbers; after a common noun the suffix is attached{hint_en}",
            "'{written}': kesme işareti yalnızca özel adlardan, kısaltmalardan ve sayılardan sonra "
            "gelen ekleri ayırır; cins adlara ek bitişik yazılır{hint_tr}",
            written=text[start:match.end()], hint_en=f": '{joined}'" if joined else
            " (the word's last letter may change: kitap’ı → kitabı)",
            hint_tr=f": '{joined}'" if joined else " (sözcüğün son harfi değişebilir: kitap’ı → kitabı)",
        ), rule=APOSTROPHE, fix=fix)


# --- the pass over a document ------------------------------------------------------------------


def _places(tokens: list[Token]) -> dict[int, str]:
    """Where each inline token stands: 'paragraph', 'heading', 'list', 'quote' or 'table'."""
    places: dict[int, str] = {}
    depth = {"list": 0, "quote": 0, "table": 0}
    opening = {"list_item_open": "list", "blockquote_open": "quote", "table_open": "table"}
    closing = {"list_item_close": "list", "blockquote_close": "quote", "table_close": "table"}
    previous = ""
    for token in tokens:
        if token.type in opening:
            depth[opening[token.type]] += 1
        elif token.type in closing:
            depth[closing[token.type]] -= 1
        elif token.type == "inline":
            inner = next((name for name in ("table", "quote", "list") if depth[name]), None)
            places[id(token)] = inner or ("heading" if previous == "heading_open" else "paragraph")
        previous = token.type
    return places


# Inline texts are joined with this to look at a document's prose at once. It is white space to
# str.split, and no pattern of these checks matches it: a match in the joined text lies within one
# inline, and is one there (a look-behind at an inline's start sees it, which is no mark).
_JOIN = "\x1e"


def _inlines_with(prose: str, starts: list[int], pieces: Iterable[str]) -> set[int]:
    """The indices of the inlines (at ``starts`` in ``prose``) whose text holds one of ``pieces``."""
    found: set[int] = set()
    for piece in pieces:
        at = prose.find(piece)
        while at != -1:
            index = bisect.bisect_right(starts, at) - 1
            found.add(index)
            at = prose.find(piece, starts[index + 1])
    return found


# What may end a sentence right before a word (after the white space): a mark, or a closing
# quote or bracket after one (_SENTENCE_GAP).
_SENTENCE_CLOSERS = frozenset(".!?…”\"’»)")


def _may_start_sentence(prose: str, at: int) -> bool:
    """Whether the word at ``at`` in ``prose`` may start a sentence: it starts its inline, or
    what stands before it (across white space) may end one. A superset of _sentence_starts."""
    at -= 1
    while at >= 0 and prose[at].isspace() and prose[at] != _JOIN:
        at -= 1
    return at < 0 or prose[at] == _JOIN or prose[at] in _SENTENCE_CLOSERS


def _gap_inside_word(text: str) -> bool:
    """Whether a mark of _WORD_GAP stands right after a character that is no white space: there
    the form patterns look inside a word (x(herşey, ((Herşey), where no word starts with a stem."""
    for mark in _OPENERS:
        at = text.find(mark, 1)
        while at != -1:
            if not text[at - 1].isspace():
                return True
            at = text.find(mark, at + 1)
    return False


def _form_inlines(prose: str, starts: list[int], texts: list[str],
                  hints: list[str], hits: set[str]) -> set[int]:
    """The inlines _word_forms runs on: those holding a two-word hint or a word of ``hits`` (the
    words _form_candidates found), less those where it can find nothing: an inline whose only such
    words have a capital where no sentence can start (names: Türk İşbirliği Ajansı), and where no
    gap mark stands inside a word. _word_forms reports a capital only at a sentence start; each
    of its other matches starts a word of ``hits``, or follows a gap mark inside a word (x(herşey))."""
    found = _inlines_with(prose, starts, hints)
    named: set[int] = set()
    for word in hits:
        capital = word.lstrip(_OPENERS)[:1].isupper()
        at = prose.find(word)
        while at != -1:
            end = at + len(word)
            # Only where it is a whole word, as in the inline's own split().
            if (at == 0 or prose[at - 1].isspace()) and (end == len(prose) or prose[end].isspace()):
                index = bisect.bisect_right(starts, at) - 1
                (named if capital and not _may_start_sentence(prose, at) else found).add(index)
            at = prose.find(word, at + 1)
    found.update(index for index in named - found if _gap_inside_word(texts[index]))
    return found


def _apostrophe_inlines(prose: str, starts: list[int]) -> set[int]:
    """The inlines where _apostrophes may find something: an apostrophe after a word of two or
    more letters that starts with a lowercase one (in most texts, all follow names)."""
    found: set[int] = set()
    for mark in ("’", "'"):
        at = prose.find(mark)
        while at != -1:
            if at and prose[at - 1].isalpha():
                start = _word_before(prose, at)
                if at - start >= 2 and prose[start].islower():
                    found.add(bisect.bisect_right(starts, at) - 1)
            at = prose.find(mark, at + 1)
    return found


def _ending_inlines(prose: str, starts: list[int]) -> set[int]:
    """The inlines where _SENTENCE_END finds something. Its matches start at a mark, found with
    str.find: the pattern's own scan for the marks tests every character of the prose."""
    found: set[int] = set()
    for mark in ".!?":
        at = prose.find(mark)
        while at != -1:
            if _SENTENCE_END.match(prose, at) is None:
                at = prose.find(mark, at + 1)
                continue
            index = bisect.bisect_right(starts, at) - 1
            found.add(index)
            at = prose.find(mark, starts[index + 1])
    return found


def check(doc: Document, ctx: Context) -> Iterator[Finding]:
    complete = [inline for inline in inlines(doc) if inline.complete]
    if not complete:
        return
    # Each check first looks at the whole prose, where a few searches in C tell which inlines may
    # hold what it looks for (in most files, none); it then runs on those only.
    texts = [inline.prose.text for inline in complete]
    prose = _JOIN.join(texts)
    starts = list(itertools.accumulate((len(text) + len(_JOIN) for text in texts), initial=0))
    words = prose.split()
    distinct = set(words)
    forms = _form_candidates(distinct, prose)
    with_forms = _form_inlines(prose, starts, texts, *forms) if forms is not None else set()
    # Pairs across two inlines too: that finds more, never fewer.
    doubled = not _DOUBLED_PAIRS.isdisjoint(zip(words, words[1:], strict=False))  # noqa: RUF007 (zip reuses its tuple)
    ki = _inlines_with(prose, starts, (" ki ", " ki\t", "\tki")) if "ki" in distinct else set()
    spaces = _inlines_with(prose, starts, ("  ",))
    apostrophes = _apostrophe_inlines(prose, starts)
    ending = _ending_inlines(prose, starts)
    # Only a first word in lowercase (or after white space) can be a sentence's lowercase start.
    lower_first = {index for index, text in enumerate(texts) if text[:1].islower() or text[:1].isspace()}
    todo = range(len(texts)) if doubled else sorted(with_forms | ki | spaces | apostrophes | ending | lower_first)
    places: dict[int, str] | None = None  # where each inline stands; few inlines need to know
    for index in todo:
        inline, text = complete[index], texts[index]
        if index in with_forms:
            yield from _word_forms(doc, inline)
        if doubled:
            yield from _repeated(doc, inline, text.split())
        if index in ki:
            yield from _ki_apart(doc, inline)
        first_word = index in lower_first and not (index and _ends_with_colon(texts[index - 1]))
        where = None
        if first_word or index in spaces:
            if places is None:
                places = _places(doc.tokens)
            where = places.get(id(inline.token), "paragraph")
        if index in spaces and where != "table":
            yield from _double_space(doc, inline)
        if (first_word and where == "paragraph") or index in ending:
            yield from _lowercase_starts(doc, inline, first_word and where == "paragraph", index in ending)
        if index in apostrophes:
            yield from _apostrophes(doc, inline)


def _ends_with_colon(text: str) -> bool:
    # rstrip copies the text: most texts end in no white space.
    return text.endswith(":") or (text[-1:].isspace() and text.rstrip().endswith(":"))


def _rule(id: str, name: str, summary: Message, doc: str, doc_tr: str, *, fixable: bool,
          main: bool = False) -> Rule:
    return Rule(id=id, name=name, category="usage", severity=Severity.WARNING, summary=summary,
                doc=doc, doc_tr=doc_tr, fixable=fixable, check=check if main else None,
                emits=(KI_APART, REPEATED, DOUBLE_SPACE, LOWERCASE_START, APOSTROPHE) if main else ())


RULES = (
    _rule(FORM, "word-form-nonstandard",
          msg("A word written otherwise than TDK writes it", "TDK'nin başka türlü yazdığı sözcük"),
          """Words that TDK's Yazım Kılavuzu writes otherwise: compounds written apart (iş birliği,
her şey, bir şey, hiçbir şey, pek çok, her gün, şu an, ya da, söz konusu, hafta sonu, fark etmek,
yer almak), words written together (birkaç, oysaki, mademki) and common misspellings (herkes,
yalnız, yanlış, orijinal, şarj, tespit, sürpriz, maalesef, kılavuz, unvan, inisiyatif). The
word's endings are kept: işbirliklerini becomes iş birliklerini, herşeyi her şeyi. The fix
keeps a capital at a sentence start (İşbirliği → İş birliği).

Only forms that are never correct are listed: "hiç bir" (Hiç bir kitap okudun mu?), "bir çok"
(bir çok güzel kız) and "bir takım" are correct in some sentences and are left alone. "yada" is
also the rain stone of folklore; before "taşı" it is left alone. Titles keep their own spelling:
text in quotation marks, link texts that start with a capital, and capitalised words in
mid-sentence (Türk İşbirliği ve Koordinasyon Ajansı) are not checked.

Bad:
    Gönüllülerle işbirliği yapmak için herşeyi planladık; yada bir kaç gün bekleyin.
Good:
    Gönüllülerle iş birliği yapmak için her şeyi planladık; ya da birkaç gün bekleyin.""",
          """TDK Yazım Kılavuzu'nun başka türlü yazdığı sözcükler: ayrı yazılan birleşikler (iş birliği,
her şey, bir şey, hiçbir şey, pek çok, her gün, şu an, ya da, söz konusu, hafta sonu, fark etmek,
yer almak), bitişik yazılanlar (birkaç, oysaki, mademki) ve sık yapılan yazım yanlışları (herkes,
yalnız, yanlış, orijinal, şarj, tespit, sürpriz, maalesef, kılavuz, unvan, inisiyatif). Sözcüğün
ekleri korunur: işbirliklerini sözcüğü iş birliklerini, herşeyi her şeyi olur. Cümle başındaki
büyük harf otomatik düzeltmede de korunur (İşbirliği → İş birliği).

Yalnızca hiçbir zaman doğru olmayan biçimler listededir: "hiç bir" (Hiç bir kitap okudun mu?),
"bir çok" (bir çok güzel kız) ve "bir takım" bazı cümlelerde doğrudur, bildirilmez. "yada" halk
bilimindeki yağmur taşının da adıdır; "taşı" sözcüğünden önce bildirilmez. Eser ve sayfa adları
kendi yazımlarını korur: tırnak içindeki metin, büyük harfle başlayan bağlantı metinleri ve cümle
ortasında büyük harfle yazılmış sözcükler (Türk İşbirliği ve Koordinasyon Ajansı) denetlenmez.

Hatalı:
    Gönüllülerle işbirliği yapmak için herşeyi planladık; yada bir kaç gün bekleyin.
Doğru:
    Gönüllülerle iş birliği yapmak için her şeyi planladık; ya da birkaç gün bekleyin.""",
          fixable=True, main=True),
    _rule(KI_APART, "ki-relative-apart",
          msg("The relative suffix -ki written apart", "Ayrı yazılmış -ki eki"),
          """The suffix -ki that makes an adjective of a locative (evdeki kitap, Ankara'daki
toplantı) is written attached; "evde ki kitap" is a common slip. The conjunction ki is written
apart, and after a locative it is one too in sentences like "Öyle bir durumdayız ki…" or "Öyle
bir anda ki hiçbir şey yapamadık": the rule stays silent when öyle, böyle, şöyle, kadar or bir
stands just before the locative, when a pronoun or another clause opener (ben, biz, bu, hiç,
artık…) follows ki, and for words that only end like a locative (oda, fayda, madde, hâlde,
burada…). The fix removes the space.

Bad:
    Ankara'da ki toplantıya ve derneğimizde ki eğitimlere katılabilirsiniz.
Good:
    Ankara'daki toplantıya ve derneğimizdeki eğitimlere katılabilirsiniz.""",
          """Bulunma durumundaki bir sözcükten sıfat yapan -ki eki (evdeki kitap, Ankara'daki toplantı)
bitişik yazılır; "evde ki kitap" sık yapılan bir yanlıştır. Bağlaç olan ki ayrı yazılır ve
"Öyle bir durumdayız ki…", "Öyle bir anda ki hiçbir şey yapamadık" gibi cümlelerde bulunma
durumundan sonra da bağlaçtır. Bu yüzden kural şu durumlarda bildirim yapmaz: bulunma
durumundaki sözcükten hemen önce öyle, böyle, şöyle, kadar ya da bir varsa; ki sözcüğünden sonra
bir zamir ya da yeni bir yan cümle başlatan bir sözcük (ben, biz, bu, hiç, artık…) geliyorsa;
sözcük yalnızca görünüşte bulunma ekiyle bitiyorsa (oda, fayda, madde, hâlde, burada…). Otomatik
düzeltme aradaki boşluğu siler.

Hatalı:
    Ankara'da ki toplantıya ve derneğimizde ki eğitimlere katılabilirsiniz.
Doğru:
    Ankara'daki toplantıya ve derneğimizdeki eğitimlere katılabilirsiniz.""", fixable=True),
    _rule(REPEATED, "word-repeated", msg("A word written twice", "İki kez yazılmış sözcük"),
          """A conjunction or other function word written twice in a row (ve ve, ile ile, veya
veya, olarak olarak) is a slip, often across a line break. Only words that Turkish never doubles
on purpose are checked: doubled words (ikilemeler) such as yavaş yavaş, bir bir, ancak ancak,
için için, sonra sonra or göre göre are correct and never reported. The fix deletes the second
word (not across a line break, where it is only reported).

Bad:
    Gönüllüler ile ile çalışanlar ve ve yöneticiler katılabilir.
Good:
    Gönüllüler ile çalışanlar ve yöneticiler katılabilir.""",
          """Art arda iki kez yazılmış bir bağlaç ya da görevli sözcük (ve ve, ile ile, veya veya, olarak
olarak) çoğunlukla satır sonunda gözden kaçan bir yanlıştır. Yalnızca Türkçede hiçbir zaman
bilerek yinelenmeyen sözcüklere bakılır: yavaş yavaş, bir bir, ancak ancak, için için, sonra
sonra, göre göre gibi ikilemeler doğrudur ve bildirilmez. Otomatik düzeltme ikinci sözcüğü siler
(satır sonunu aşan durumlarda yalnızca bildirir).

Hatalı:
    Gönüllüler ile ile çalışanlar ve ve yöneticiler katılabilir.
Doğru:
    Gönüllüler ile çalışanlar ve yöneticiler katılabilir.""", fixable=True),
    _rule(DOUBLE_SPACE, "double-space", msg("Two spaces between words", "Sözcükler arasında iki boşluk"),
          """Two or more spaces between two words of a sentence, usually left over from editing.
Spaces after a sentence's end (". ") are left alone, and so are table rows, code and the spaces
that align a Markdown table, and line ends (trailing-whitespace, CL350, reports those). The fix
leaves one space.

Bad:
    Gönüllüler  örgütün önemli bir gücüdür.
Good:
    Gönüllüler örgütün önemli bir gücüdür.""",
          """Bir cümlenin iki sözcüğü arasında iki ya da daha çok boşluk; çoğunlukla düzeltmelerden geriye
kalır. Cümle sonundan (". ") sonraki boşluklar, tablo satırları, kod ve Markdown tablosunu
hizalayan boşluklar bildirilmez; satır sonundaki boşlukları trailing-whitespace (CL350) bildirir.
Otomatik düzeltme tek boşluk bırakır.

Hatalı:
    Gönüllüler  örgütün önemli bir gücüdür.
Doğru:
    Gönüllüler örgütün önemli bir gücüdür.""", fixable=True),
    _rule(LOWERCASE_START, "sentence-lowercase-start",
          msg("A sentence that starts with a lowercase letter", "Küçük harfle başlayan cümle"),
          """A sentence starts with a capital letter: after . ? ! and at the start of a paragraph.
Not reported: at the start of a paragraph that does not end like a sentence (a caption, a row
of links) or of a heading; after an abbreviation (vb., bkz., örn., s., Dr. and the rest of TDK's
list), an initial or an ordinal number (1. madde, XX. yüzyıl); after an ellipsis; after a closing
quotation mark (“…bitti.” dedi); after a question followed by diye, sorusu, başlıklı and the like;
list items and table cells (often fragments); a paragraph after a colon; words written with a
capital inside (iPhone, e-Devlet); addresses and e-mail addresses. Not fixed automatically: the
word may be a name written in lowercase on purpose.

Bad:
    Başvurular 15 Mart'ta açılıyor. formu doldurarak katılabilirsiniz.
Good:
    Başvurular 15 Mart'ta açılıyor. Formu doldurarak katılabilirsiniz.
    Rehberi (bkz. ekteki liste) ve 2. bölümü inceleyin.""",
          """Cümle büyük harfle başlar: . ? ! işaretlerinden sonra ve paragrafın başında. Şu durumlar
bildirilmez: cümle gibi bitmeyen bir paragrafın (bir resim altı yazısı, yan yana bağlantılar) ya
da bir başlığın başı; kısaltmalardan (vb., bkz., örn., s., Dr. ve TDK listesindeki ötekiler),
ad baş harflerinden ve sıra sayılarından sonra (1. madde, XX. yüzyıl); üç noktadan sonra;
kapanış tırnağından sonra (“…bitti.” dedi); ardından diye, sorusu, başlıklı gibi sözcüklerin
geldiği soru cümlelerinden sonra; liste ögeleri ve tablo hücreleri (çoğu zaman tam cümle
değildir); iki noktayla biten paragrafın ardından gelen paragraf; içinde büyük harf bulunan
sözcükler (iPhone, e-Devlet); web ve e-posta adresleri. Otomatik düzeltme yapılmaz: sözcük,
bilerek küçük harfle yazılmış bir ad olabilir.

Hatalı:
    Başvurular 15 Mart'ta açılıyor. formu doldurarak katılabilirsiniz.
Doğru:
    Başvurular 15 Mart'ta açılıyor. Formu doldurarak katılabilirsiniz.
    Rehberi (bkz. ekteki liste) ve 2. bölümü inceleyin.""", fixable=False),
    _rule(APOSTROPHE, "apostrophe-common-noun",
          msg("Apostrophe after a common noun", "Cins addan sonra kesme işareti"),
          """The apostrophe separates suffixes from proper names (İstanbul'da, STGM'nin), from
abbreviations and units (TBMM'de, 5 kg'dan) and from numbers (2023'te), not from common nouns:
"gönüllü'yü" is written "gönüllüyü". Only words written wholly in lowercase are checked; a
closing quotation mark (‘gönüllü’yü), a link or emphasis before the suffix, units and English
contractions (don't) are left alone. Where joining is certain the message names the joined word;
it is never applied automatically, since a brand written in lowercase takes the apostrophe, and
where the word itself changes (kitap'ı → kitabı, hak'ı → hakkı) the editor decides.

Bad:
    Derneğin gönüllü'lerine ve kitap'ı okuyanlara teşekkür ederiz.
Good:
    Derneğin gönüllülerine ve kitabı okuyanlara teşekkür ederiz.""",
          """Kesme işareti ekleri özel adlardan (İstanbul'da, STGM'nin), kısaltmalardan ve birimlerden
(TBMM'de, 5 kg'dan) ve sayılardan (2023'te) ayırır; cins adlardan ayırmaz: "gönüllü'yü" yerine
"gönüllüyü" yazılır. Yalnızca tümü küçük harfle yazılmış sözcüklere bakılır; ekten önce gelen
kapanış tırnağı (‘gönüllü’yü), bağlantı ya da vurgu, birimler ve İngilizce kısaltılmış biçimler
(don't) bildirilmez. Eki bitiştirmenin kesin olduğu yerde ileti bitişik biçimi söyler; bu biçim
hiçbir zaman otomatik uygulanmaz, çünkü küçük harfle yazılan marka adları kesme işareti alır;
sözcüğün kendisi değiştiğinde (kitap'ı → kitabı, hak'ı → hakkı) karar editöründür.

Hatalı:
    Derneğin gönüllü'lerine ve kitap'ı okuyanlara teşekkür ederiz.
Doğru:
    Derneğin gönüllülerine ve kitabı okuyanlara teşekkür ederiz.""", fixable=False),
)
