"""Load YAML safely while remembering where every key and value stands in the file.

PyYAML's node graph carries positions but its constructed data does not, and it silently keeps
the last of two duplicate keys. We compose nodes (never construct arbitrary objects), inspect
them for the problems that matter to content editors, and then build plain data with a
:class:`SafeConstructor`.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Protocol

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

from contentlint.diagnostics import Finding
from contentlint.messages import Message, msg

try:
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

JsonPath = tuple[str | int, ...]

_STANDARD_TAGS = frozenset(
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
)
_BOOL_WORDS = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
_PADDED_NUMBER = re.compile(r"^[-+]?0\d+$")
_PLAIN_INTEGER = re.compile(r"^[-+]?\d+$")
_YAML_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_OTHER_BREAK = re.compile("\r(?!\n)|[\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Pos:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Problem:
    """A finding tied to a rule ID, found while loading (before any rule runs)."""

    rule: str
    finding: Finding


@dataclass
class LoadedYaml:
    data: Any = None
    ok: bool = False
    values: dict[JsonPath, Pos] = field(default_factory=dict)
    keys: dict[JsonPath, Pos] = field(default_factory=dict)
    hints: dict[JsonPath, Message] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def where(self, path: JsonPath, *, key: bool = False) -> Pos | None:
        """The position of the value (or of its key) at ``path``, else of its nearest parent."""
        table = self.keys if key else self.values
        for cut in range(len(path), -1, -1):
            found = table.get(path[:cut]) or self.values.get(path[:cut])
            if found is not None:
                return found
        return None


class _Mark(Protocol):
    line: int
    column: int


class _Places:
    """File (line, column), 1-based, of a YAML mark.

    YAML also ends a line at a lone CR, NEL, U+2028 and U+2029 (a title pasted from a web page
    may hold one); positions count '\n' only, so marks after such a character are mapped back
    through the character offset.
    """

    def __init__(self, text: str, first_line: int) -> None:
        self.first = first_line
        self.yaml_starts: list[int] = []
        self.starts: list[int] = []
        if _OTHER_BREAK.search(text):
            self.yaml_starts = [0] + [m.end() for m in _YAML_BREAK.finditer(text)]
            self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def __call__(self, mark: _Mark | None) -> tuple[int, int]:
        line, column = (mark.line, mark.column) if mark is not None else (0, 0)
        if not self.yaml_starts:
            return line + self.first, column + 1
        offset = self.yaml_starts[min(line, len(self.yaml_starts) - 1)] + column
        row = bisect.bisect_right(self.starts, offset) - 1
        return row + self.first, offset - self.starts[row] + 1

    def pos(self, node: yaml.Node) -> Pos:
        start, end = node.start_mark, node.end_mark
        if self.yaml_starts or start is None or end is None:
            return Pos(*self(start), *self(end))
        first = self.first  # __call__'s common case, inlined: a catalog has many thousand nodes
        return Pos(start.line + first, start.column + 1, end.line + first, end.column + 1)


def load(text: str, line_offset: int, *, syntax_rule: str, rules: dict[str, str]) -> LoadedYaml:
    """Parse ``text`` whose first line is file line ``line_offset + 1``.

    ``rules`` maps the kinds of problem (duplicate, alias, tag, trap, key) to rule IDs so the
    same loader serves the frontmatter and the catalog.
    """
    out = LoadedYaml()
    places = _Places(text, line_offset + 1)
    try:
        if "&" in text or "*" in text:
            for event in yaml.parse(text, Loader=_Loader):
                anchor = getattr(event, "anchor", None)
                begin, end = event.start_mark, event.end_mark
                if anchor is not None and begin is not None and end is not None:
                    p = Pos(*places(begin), *places(end))
                    out.problems.append(Problem(rules["alias"], Finding(
                        p.line, p.column, msg(
                            "YAML anchors and aliases ('&{name}', '*{name}') are not allowed here",
                            "Burada YAML çapası ve takma adı ('&{name}', '*{name}') kullanılamaz",
                            name=anchor,
                        ), p.end_line, p.end_column)))
            if out.problems:
                return out
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        line, column = places(exc.problem_mark or exc.context_mark)
        problem = (exc.problem or str(exc)).strip()
        hint_en, hint_tr = _explain_syntax(problem, (exc.context or "").strip())
        # PyYAML's own words stay in the English message only: a Turkish message has no English.
        out.problems.append(Problem(syntax_rule, Finding(line, column, msg(
            "YAML syntax error: {hint_en} ({problem})",
            "YAML söz dizimi hatası: {hint_tr}",
            hint_en=hint_en, hint_tr=hint_tr, problem=problem,
        ))))
        return out
    except yaml.reader.ReaderError as exc:
        out.problems.append(Problem(syntax_rule, Finding(line_offset + 1, 1, msg(
            "YAML could not be read: it contains the character U+{code:04X}, which YAML does not allow",
            "YAML okunamadı: YAML'ın kabul etmediği U+{code:04X} karakteri var",
            code=exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?"),
        ))))
        return out
    except yaml.YAMLError as exc:
        out.problems.append(Problem(syntax_rule, Finding(line_offset + 1, 1, msg(
            "YAML could not be read: {problem}",
            "YAML okunamadı: ön bilgi YAML kurallarına uymuyor",
            problem=str(exc).strip(),
        ))))
        return out
    if node is None:
        out.data, out.ok = None, True
        return out
    data = _inspect(node, (), places, out, rules)
    if data is not _UNUSABLE and data is not _UNBUILT:
        out.data, out.ok = data, True
    elif data is _UNBUILT:
        try:
            out.data = SafeConstructor().construct_document(node)
            out.ok = True
        except ConstructorError as exc:
            out.problems.append(Problem(rules["tag"], Finding(
                *places(exc.problem_mark), msg(
                    "YAML value could not be read: {problem}",
                    "YAML değeri okunamadı: yazıldığı biçim YAML'ın bu değer türü için beklediğine uymuyor",
                    problem=(exc.problem or str(exc)).strip(),
                ))))
        except ValueError as exc:  # a date that does not exist: "2024-13-45"
            out.problems.append(Problem(rules["tag"], Finding(line_offset + 1, 1, msg(
                "YAML value could not be read: {problem}",
                "YAML değeri okunamadı: tarih gibi yazılmış bir değer geçerli bir tarih değil; "
                "tırnak içine alın ya da düzeltin",
                problem=str(exc),
            ))))
        except Exception:  # whatever else PyYAML's builders meet (a repeated key's last value): never a traceback
            out.problems.append(Problem(rules["tag"], Finding(line_offset + 1, 1, msg(
                "YAML value could not be read: a value cannot be read as it is written (look at the "
                "values with a '!!' tag)",
                "YAML değeri okunamadı: bir değer, yazıldığı biçimde okunamıyor ('!!' etiketli değerlere "
                "bakın)",
            ))))
    return out


# PyYAML's most frequent complaints, said the way an editor understands them.
_SYNTAX_HINTS = (
    ("mapping values are not allowed",
     "a value that contains ': ' must be put in quotes",
     "içinde ': ' geçen bir değer tırnak içine alınmalıdır"),
    ("found character '\\t'",
     "tabs cannot be used for indentation; use spaces",
     "YAML'da girinti için sekme (Tab) kullanılamaz; boşluk kullanın"),
    ("could not find expected ':'",
     "a line is missing the ':' between key and value",
     "bir satırda anahtar ile değer arasındaki ':' eksik"),
    ("unexpected end of stream",
     "a quote or bracket is opened but never closed",
     "açılan bir tırnak ya da parantez kapatılmamış"),
    ("expected ',' or ']'",
     "a '[' is opened but never closed; put the value in quotes",
     "açılan bir '[' kapatılmamış; değeri tırnak içine alın"),
    ("expected ',' or '}'",
     "a '{' is opened but never closed; put the value in quotes",
     "açılan bir '{' kapatılmamış; değeri tırnak içine alın"),
    ("did not find expected key",
     "the indentation of this line does not match the lines above",
     "bu satırın girintisi üstteki satırlarla uyuşmuyor"),
    ("found unknown escape character",
     "a backslash inside double quotes starts an escape; use single quotes or write \\\\",
     "çift tırnak içindeki ters eğik çizgi (\\) bir kaçış dizisi başlatır; tek tırnak kullanın ya da \\\\ yazın"),
    ("while scanning a quoted scalar",
     "a quote is opened but never closed",
     "açılan bir tırnak kapatılmamış"),
    ("block sequence entries are not allowed",
     "a list item ('- ') cannot follow a key on the same line; start the list on the next line",
     "liste ögesi ('- ') bir anahtarla aynı satırda yazılamaz; listeyi alt satırda başlatın"),
    ("that cannot start any token",
     "a value cannot start with this character; put the value in quotes",
     "değer bu karakterle başlayamaz; değeri tırnak içine alın"),
    ("expected <block end>",
     "the indentation of this line does not match the lines above",
     "bu satırın girintisi üstteki satırlarla uyuşmuyor"),
    ("expected a comment or a line break",
     "there is text after a closing quote or bracket; put the whole value in quotes",
     "kapanış tırnağından ya da parantezinden sonra metin var; değerin tamamını tırnak içine alın"),
    ("found undefined alias",
     "'*' starts an alias in YAML; put the value in quotes",
     "YAML'da '*' takma ad başlatır; değeri tırnak içine alın"),
)


def _explain_syntax(problem: str, context: str) -> tuple[str, str]:
    for needle, en, tr in _SYNTAX_HINTS:
        if needle in problem or needle in context:
            return en, tr
    return "the YAML cannot be read", "bu satır YAML kurallarına uymuyor"


_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"
# What _inspect returns for a node whose data cannot be used, and for one it leaves to
# SafeConstructor (a duplicate key, a key that is not text, a merge key: rare, and subtle).
_UNUSABLE: Any = object()
_UNBUILT: Any = object()


def _inspect(node: yaml.Node, path: JsonPath, places: _Places, out: LoadedYaml,
             rules: dict[str, str]) -> Any:
    """Record positions and report what PyYAML would hide: the data SafeConstructor builds
    from ``node`` (built here, in the same walk, when that is plainly the same), _UNBUILT when
    SafeConstructor must build it, _UNUSABLE when the data is unusable."""
    where = places.pos(node)
    out.values[path] = where
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        text = node.value
        if tag == _STR:
            # The common case, with the checks that can apply to text only.
            if _PADDED_NUMBER.match(text) if not node.style else _PLAIN_INTEGER.match(text.strip()):
                _check_trap(node, path, where, out, rules)
            return text
        if tag == _INT and not node.style:
            digits = text[1:] if text[:1] in ("+", "-") else text
            if digits.isascii() and digits.isdigit() and digits[0] != "0" \
                    and len(text) <= sys.int_info.default_max_str_digits:
                return int(text)  # what construct_yaml_int makes of it; no trap, always readable
        if tag not in _STANDARD_TAGS:
            _report_tag(node, where, out, rules)
            return _UNUSABLE
        if not _readable(node, where, out, rules):
            return _UNUSABLE
        _check_trap(node, path, where, out, rules)
        return _UNBUILT
    if tag not in _STANDARD_TAGS:
        _report_tag(node, where, out, rules)
        return _UNUSABLE
    usable = True
    if isinstance(node, yaml.SequenceNode):
        built = tag == _SEQ  # '!!map [1]' is standard too, and SafeConstructor refuses it
        items = []
        for index, item in enumerate(node.value):
            value = _inspect(item, (*path, index), places, out, rules)
            if value is _UNUSABLE:
                usable = False
            elif value is _UNBUILT:
                built = False
            items.append(value)
        return items if built and usable else _UNBUILT if usable else _UNUSABLE
    built = tag == _MAP
    seen: dict[str, Pos] = {}
    mapping = {}
    for key_node, value_node in node.value:
        key_where = places.pos(key_node)
        if not isinstance(key_node, yaml.ScalarNode):
            out.problems.append(Problem(rules["key"], Finding(
                key_where.line, key_where.column, msg(
                    "A key must be a plain word, not a list or a mapping",
                    "Anahtar düz bir sözcük olmalıdır; liste ya da eşleme olamaz",
                ))))
            usable = False
            continue
        if key_node.tag != _STR:
            built = False  # a number, a date, a merge key ('<<'): SafeConstructor's to build
            if not _readable(key_node, key_where, out, rules):
                usable = False
                continue
        key = key_node.value
        if key in seen:
            first = seen[key]
            out.problems.append(Problem(rules["duplicate"], Finding(
                key_where.line, key_where.column, msg(
                    "Key '{key}' appears twice (first on line {first}); only one may stay",
                    "'{key}' anahtarı iki kez yazılmış (ilki {first}. satırda); biri silinmeli",
                    key=key, first=first.line,
                ), key_where.end_line, key_where.end_column)))
            # Keep going like every YAML reader (the last value wins) so other checks still run.
            built = False
            continue
        seen[key] = key_where
        out.keys[(*path, key)] = key_where
        value = _inspect(value_node, (*path, key), places, out, rules)
        if value is _UNUSABLE:
            usable = False
        elif value is _UNBUILT:
            built = False
        mapping[key] = value
    return mapping if built and usable else _UNBUILT if usable else _UNUSABLE


def _report_tag(node: yaml.Node, where: Pos, out: LoadedYaml, rules: dict[str, str]) -> None:
    out.problems.append(Problem(rules["tag"], Finding(where.line, where.column, msg(
        "YAML tag '{tag}' is not allowed: only plain text, numbers and lists may be used",
        "'{tag}' YAML etiketine izin verilmez: yalnızca düz metin, sayı ve liste kullanılabilir",
        tag=node.tag,
    ), where.end_line, where.end_column)))


# How SafeConstructor builds each standard scalar type; text needs no building.
_BUILD = {
    "tag:yaml.org,2002:" + kind: getattr(SafeConstructor, "construct_yaml_" + kind)
    for kind in ("bool", "int", "float", "null", "timestamp")
}
# PyYAML's own reading of an untagged scalar, to tell a value written as its type from one an
# explicit tag ('!!bool maybe') forces into a type it is not written as.
_RESOLVER = yaml.resolver.Resolver()


def _unreadable(node: yaml.ScalarNode) -> Message | None:
    """Why a key or value that YAML reads as a date, a number, a boolean or null cannot be
    built, if it cannot.

    PyYAML raises a bare ValueError, with no position, for a date that does not exist
    (2023-02-30) and for a number longer than Python's integer-string limit; for a value an
    explicit tag forces into a type it is not written as ('!!bool maybe', "!!int ''",
    '!!timestamp soon') it raises whatever its reading of the text meets.
    """
    build = _BUILD.get(node.tag)
    if build is None:
        return None
    too_long = msg(
        "YAML reads a number {length} characters long here, too long to be read; write the "
        "right number, or put it in quotes if it is text",
        "YAML burada {length} karakterlik bir sayı okur; bu kadar uzun bir sayı okunamaz. "
        "Doğru sayıyı yazın, metinse tırnak içine alın",
        length=len(node.value),
    )
    written_as_type = _RESOLVER.resolve(yaml.ScalarNode, node.value, (True, False)) == node.tag  # type: ignore[no-untyped-call]
    if node.tag.endswith(":int") and written_as_type:
        return None if _buildable_int(node) else too_long
    try:
        built = build(SafeConstructor(), node)
        if node.tag.endswith(":int"):
            str(built)  # a hexadecimal or binary number can be built and still be too long to be shown
    except Exception as exc:  # PyYAML's readers raise KeyError, IndexError, AttributeError...
        if written_as_type and isinstance(exc, ValueError) and node.tag.endswith(":timestamp"):
            return msg(
                "YAML reads '{text}' as a date, and there is no such date or time; write a real "
                "date, or put it in quotes if it is text",
                "YAML '{text}' değerini tarih olarak okur, ama böyle bir tarih ya da saat yok; "
                "gerçek bir tarih yazın, metinse tırnak içine alın",
                text=node.value,
            )
        return msg(
            "YAML cannot read '{text}' as the type its tag '{tag}' names; remove the tag, or write "
            "a value of that type",
            "YAML '{text}' değerini '{tag}' etiketinin belirttiği türde okuyamaz; etiketi kaldırın "
            "ya da o türde bir değer yazın",
            text=node.value, tag="!!" + node.tag.rpartition(":")[2],
        )
    return None


def _buildable_int(node: yaml.ScalarNode) -> bool:
    # Not even tried past the limit: a base-60 number ('1:59:59:…') a megabyte long would
    # take minutes to build.
    if len(node.value) > sys.int_info.default_max_str_digits:
        return False
    # A plain decimal without a leading zero (question_id: 8) is built as int(value): it always
    # can be, and shown.
    digits = node.value[1:] if node.value[:1] in ("+", "-") else node.value
    if digits.isascii() and digits.isdigit() and digits[0] != "0":
        return True
    try:
        # A hexadecimal or binary number can be built and still be too long to be shown.
        str(SafeConstructor().construct_yaml_int(node))
    except ValueError:
        return False
    return True


def _readable(node: yaml.ScalarNode, where: Pos, out: LoadedYaml, rules: dict[str, str]) -> bool:
    unreadable = _unreadable(node)
    if unreadable is not None:
        out.problems.append(Problem(rules["trap"], Finding(
            where.line, where.column, unreadable, where.end_line, where.end_column)))
    return unreadable is None


def _check_trap(node: yaml.ScalarNode, path: JsonPath, where: Pos, out: LoadedYaml,
                rules: dict[str, str]) -> None:
    """YAML 1.1 reads some innocent-looking scalars as something else.

    A number that YAML silently changes (``010`` is 8, ``1:30`` is 90) is always reported. A value
    that merely has a surprising type (``yes`` is a boolean, ``"8"`` and ``08`` are text) is kept as
    a hint: the schema check uses it to explain its type error, and it is silent where the schema
    accepts the value.
    """
    text = node.value
    name = str(path[-1]) if path else ""
    plain = not node.style  # libyaml reports plain scalars with an empty style
    if plain and node.tag.endswith(":int") and (
        not _PLAIN_INTEGER.match(text) or _PADDED_NUMBER.match(text)
    ):
        value = SafeConstructor().construct_yaml_int(node)
        if ":" in text:  # "1:30" is a time or a ratio: text, which only quotes keep
            message = msg(
                "YAML reads '{key}: {text}' as the number {value} (base 60), not as the text {text}; "
                "put it in quotes: \"{text}\"",
                "YAML '{key}: {text}' değerini {text} metni olarak değil, altmışlık tabanda {value} "
                "sayısı olarak okur; tırnak içine alın: \"{text}\"",
                key=name, text=text, value=value)
        elif _PADDED_NUMBER.match(text):
            # Quoting would make the value text, which a number field refuses (CL113): the advice
            # is the number meant, "010" → 10 (a leading zero makes YAML read it in base 8).
            meant = ("-" if text.startswith("-") else "") + (text.lstrip("+-").lstrip("0") or "0")
            message = msg(
                "YAML reads '{key}: {text}' as the number {value} (base 8), not {meant}; write {meant}",
                "YAML '{key}: {text}' değerini {meant} olarak değil, sekizlik tabanda {value} sayısı "
                "olarak okur; {meant} yazın",
                key=name, text=text, value=value, meant=meant)
        else:  # 0x1A, 0b101, 1_000
            message = msg(
                "YAML reads '{key}: {text}' as the number {value}; write {value}",
                "YAML '{key}: {text}' değerini {value} sayısı olarak okur; {value} yazın",
                key=name, text=text, value=value)
        out.problems.append(Problem(rules["trap"], Finding(
            where.line, where.column, message, where.end_line, where.end_column)))
        return
    if plain and node.tag.endswith(":bool") and _BOOL_WORDS.match(text):
        out.hints[path] = msg(
            "'{key}: {text}' is read by YAML as true/false, not as text; put it in quotes",
            "YAML '{key}: {text}' değerini metin değil doğru/yanlış olarak okur; tırnak içine alın",
            key=name, text=text,
        )
    elif plain and node.tag.endswith(":timestamp"):
        out.hints[path] = msg(
            "'{key}: {text}' is read by YAML as a date, not as text; put it in quotes",
            "YAML '{key}: {text}' değerini metin değil tarih olarak okur; tırnak içine alın",
            key=name, text=text,
        )
    elif plain and _PADDED_NUMBER.match(text):
        out.hints[path] = msg(
            "'{key}: {text}' is text for YAML because of the leading zero; write {clean}",
            "Baştaki sıfır yüzünden YAML '{key}: {text}' değerini metin olarak okur; {clean} yazın",
            key=name, text=text, clean=text.lstrip("+0") or "0",
        )
    elif not plain and _PLAIN_INTEGER.match(text.strip()):
        out.hints[path] = msg(
            "'{key}' is the text \"{text}\" because of the quotes; write the number without quotes",
            "'{key}' tırnak içinde yazıldığı için \"{text}\" metin olarak okunur; "
            "sayıyı tırnaksız yazın",
            key=name, text=text,
        )
