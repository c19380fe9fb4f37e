"""Frontmatter: presence, YAML that means what it seems to mean, and the answer schema.

Loading problems (CL101–CL108) are found by :mod:`contentlint.documents`; the schema rules
(CL111–CL114) validate the loaded data with the configured JSON Schema and point at the key or
value in the file, not at a JSON path.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from contentlint.diagnostics import Finding, Severity
from contentlint.messages import Message, msg
from contentlint.rules.base import Rule
from contentlint.yamlpos import LoadedYaml, Pos

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

    from contentlint.context import Context, SchemaCheck
    from contentlint.documents import Document

# (id, name, summary, doc, doc_tr)
_LOADER_RULES = (
    ("CL101", "frontmatter-missing", msg("No frontmatter", "Ön bilgi (frontmatter) yok"),
     """Every answer file starts with YAML frontmatter between two '---' lines.

Bad:
    Gönüllülerle iş birlikleri...
Good:
    ---
    title: Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok.
    question_id: 8
    choice_id: 1
    ---
    Gönüllülerle iş birlikleri...""",
     """Her yanıt dosyası, iki '---' satırı arasına yazılmış YAML ön bilgiyle (frontmatter) başlar.

Hatalı:
    Gönüllülerle iş birlikleri...
Doğru:
    ---
    title: Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok.
    question_id: 8
    choice_id: 1
    ---
    Gönüllülerle iş birlikleri..."""),
    ("CL102", "frontmatter-unterminated", msg("Frontmatter never closed", "Ön bilgi kapatılmamış"),
     """The frontmatter must end with a '---' line; without it the whole file would be read
as YAML.

Bad:
    ---
    title: Başlık
    question_id: 8
    Metin...
Good:
    ---
    title: Başlık
    question_id: 8
    choice_id: 1
    ---
    Metin...""",
     """Ön bilgi bir '---' satırıyla bitmelidir; bu satır olmazsa dosyanın tamamı YAML olarak okunur.

Hatalı:
    ---
    title: Başlık
    question_id: 8
    Metin...
Doğru:
    ---
    title: Başlık
    question_id: 8
    choice_id: 1
    ---
    Metin..."""),
    ("CL103", "frontmatter-yaml-syntax", msg("YAML syntax error", "YAML söz dizimi hatası"),
     """The frontmatter must be valid YAML. The most common mistake in Turkish titles is an
unquoted ': ' inside the value.

Bad:
    title: Gönüllüler: nasıl çalışırız?
Good:
    title: "Gönüllüler: nasıl çalışırız?"
""",
     """Ön bilgi geçerli bir YAML olmalıdır. Türkçe başlıklarda en sık yapılan hata, değerin içinde
tırnak içine alınmamış bir ': ' (iki nokta ve boşluk) bulunmasıdır.

Hatalı:
    title: Gönüllüler: nasıl çalışırız?
Doğru:
    title: "Gönüllüler: nasıl çalışırız?"
"""),
    ("CL104", "frontmatter-duplicate-key", msg("Duplicate key", "Yinelenen anahtar"),
     """A key written twice is an error: YAML readers silently keep only the last value.

Bad:
    question_id: 8
    question_id: 9
Good:
    question_id: 8""",
     """Aynı anahtarı iki kez yazmak hatadır: YAML ayrıştırıcıları hiçbir uyarı vermeden yalnızca son değeri
alır.

Hatalı:
    question_id: 8
    question_id: 9
Doğru:
    question_id: 8"""),
    ("CL105", "frontmatter-alias", msg("YAML anchor or alias", "YAML çapası ya da takma adı"),
     """Anchors (&a) and aliases (*a) are never needed in frontmatter and can make a tiny file
expand into gigabytes ("billion laughs"); they are refused.

Bad:
    title: &t Başlık
    summary: *t
Good:
    title: Başlık""",
     """Çapalara (&a) ve takma adlara (*a) ön bilgide hiçbir zaman gerek yoktur; üstelik küçücük bir
dosyanın gigabaytlarca büyümesine yol açabilirler ("billion laughs" saldırısı). Bu yüzden kabul
edilmezler.

Hatalı:
    title: &t Başlık
    summary: *t
Doğru:
    title: Başlık"""),
    ("CL106", "frontmatter-yaml-trap",
     msg("YAML reads the value as something else", "YAML değeri başka bir şey olarak okuyor"),
     """YAML 1.1 silently changes some values: '010' is the number 8 (octal), '1:30' is 90.
Some it cannot read at all: a date that does not exist ('2023-02-30') or a number thousands
of digits long.

Bad:
    question_id: 010
    title: 2023-02-30
Good:
    question_id: 10
    title: '2023-02-30'""",
     """YAML 1.1 bazı değerleri sessizce başka bir şeye çevirir: '010' sekizlik tabanda okunup 8 sayısı
olur, '1:30' ise altmışlık tabanda okunup 90 olur. Bazılarını ise hiç okuyamaz: var olmayan bir
tarihi ('2023-02-30') ya da binlerce basamaklı bir sayıyı.

Hatalı:
    question_id: 010
    title: 2023-02-30
Doğru:
    question_id: 10
    title: '2023-02-30'"""),
    ("CL107", "frontmatter-unsafe-tag", msg("YAML tag not allowed", "İzin verilmeyen YAML etiketi"),
     """Explicit YAML tags ('!!python/object', '!custom') are refused: frontmatter holds only
text and numbers, and contentlint never constructs objects from YAML.

Bad:
    title: !!python/object/apply:os.system ["echo"]
Good:
    title: Başlık""",
     """Açıkça yazılmış YAML etiketleri ('!!python/object', '!custom') kabul edilmez: ön bilgide
yalnızca metin ve sayı bulunur, contentlint de YAML'dan hiçbir zaman nesne oluşturmaz.

Hatalı:
    title: !!python/object/apply:os.system ["echo"]
Doğru:
    title: Başlık"""),
    ("CL108", "frontmatter-not-mapping",
     msg("Frontmatter is not key: value lines", "Ön bilgi 'anahtar: değer' satırları değil"),
     """The frontmatter is a mapping of plain keys to values, not a list or a single text.

Bad:
    - title
    - 8
Good:
    title: Başlık
    question_id: 8""",
     """Ön bilgi, her biri bir anahtar ve bir değerden oluşan 'anahtar: değer' satırlarıdır; bir liste
ya da tek bir metin olamaz.

Hatalı:
    - title
    - 8
Doğru:
    title: Başlık
    question_id: 8"""),
)

LOADER_RULES = tuple(
    Rule(id=i, name=n, category="schema", severity=Severity.ERROR, summary=s, doc=d, doc_tr=d_tr)
    for i, n, s, d, d_tr in _LOADER_RULES
)


def _schema_message(error: ValidationError, hint: Message | None) -> Message:
    if hint is not None:
        return hint
    custom = error.schema.get("x-messages", {}).get(error.validator) if isinstance(error.schema, dict) else None
    if isinstance(custom, dict) and "en" in custom and "tr" in custom:
        return msg(str(custom["en"]), str(custom["tr"]))
    field = ".".join(str(p) for p in error.absolute_path) or "frontmatter"
    if error.validator == "type":
        expected = error.validator_value
        names = {"integer": ("a whole number", "tam sayı"), "string": ("text", "metin"),
                 "boolean": ("true/false", "doğru/yanlış"), "array": ("a list", "liste"),
                 "object": ("key: value lines", "anahtar: değer satırları")}
        en, tr = names.get(str(expected), (str(expected), str(expected)))
        # As JSON, not Python's repr: a date reads 2023-02-28, not datetime.date(2023, 2, 28),
        # and the message holds only text, so a cached result reads exactly the same.
        return msg("'{field}' must be {type_en}, not {value}",
                   "'{field}' {type_tr} olmalıdır; yazılan değer: {value}",
                   field=field, type_en=en, type_tr=tr,
                   value=json.dumps(error.instance, ensure_ascii=False, default=str))
    return msg("'{field}' is not valid: {problem}",
               "'{field}' geçersiz: {problem_tr}",
               field=field, problem=error.message, problem_tr=_problem_tr(error))


def _problem_tr(error: ValidationError) -> str:
    """jsonschema's complaint in Turkish (jsonschema writes English only)."""
    limit = error.validator_value
    value = error.instance
    if error.validator == "minimum":
        return f"{value!r} yazılmış; en az {limit} olmalı"
    if error.validator == "maximum":
        return f"{value!r} yazılmış; en çok {limit} olabilir"
    if error.validator == "exclusiveMinimum":
        return f"{value!r} yazılmış; {limit} sayısından büyük olmalı"
    if error.validator == "exclusiveMaximum":
        return f"{value!r} yazılmış; {limit} sayısından küçük olmalı"
    if error.validator == "minLength":
        return "boş olamaz" if limit == 1 else f"en az {limit} karakter olmalı"
    if error.validator == "maxLength":
        return f"en çok {limit} karakter olabilir"
    if error.validator == "pattern":
        return f"{value!r} beklenen biçime ({limit}) uymuyor"
    if error.validator in ("enum", "const"):
        choices = limit if isinstance(limit, list) else [limit]
        return f"{value!r} yazılmış; şunlardan biri olmalı: " + ", ".join(map(repr, choices))
    if error.validator == "minItems":
        return f"en az {limit} öge olmalı"
    if error.validator == "maxItems":
        return f"en çok {limit} öge olabilir"
    if error.validator == "uniqueItems":
        return "aynı öge birden çok kez yazılmış"
    return "şemanın kabul ettiği bir değer değil"


def schema_findings(loaded: LoadedYaml, check: SchemaCheck, start: Pos) -> Iterator[tuple[str, Finding]]:
    """Validate loaded YAML and place each error on its key or value; shared with the catalog."""
    if check.surely_valid(loaded.data):
        return
    reported: set[tuple[object, ...]] = set()
    for error in sorted(check.validator.iter_errors(loaded.data), key=lambda e: list(map(str, e.absolute_path))):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = list(error.schema.get("properties", {})) if isinstance(error.schema, Mapping) else []
            for key in error.instance:
                if key in allowed:
                    continue
                where = loaded.where((*path, key), key=True) or start
                import difflib  # only for a key that is wrong

                close = difflib.get_close_matches(str(key), allowed, n=1)
                message = msg(
                    "Unknown key '{key}'{suggest_en}; allowed keys: {allowed}",
                    "'{key}' diye bir anahtar yok{suggest_tr}; kullanılabilen anahtarlar: {allowed}",
                    key=key, allowed=", ".join(allowed),
                    suggest_en=f" (did you mean '{close[0]}'?)" if close else "",
                    suggest_tr=f" ('{close[0]}' mi demek istediniz?)" if close else "",
                )
                yield "CL111", Finding(where.line, where.column, message, where.line, where.column + len(str(key)))
        elif error.validator == "required":
            where = (loaded.where(path) if path else None) or start
            required = error.validator_value if isinstance(error.validator_value, list) else []
            for key in required:
                if isinstance(error.instance, dict) and key not in error.instance:
                    yield "CL112", Finding(where.line, where.column, msg(
                        "Required key '{key}' is missing", "Zorunlu '{key}' anahtarı eksik", key=key,
                    ))
        elif path not in reported:  # one problem per value: an empty title is not also "too short"
            reported.add(path)
            where = loaded.where(path) or start
            rule = "CL113" if error.validator == "type" else "CL114"
            yield rule, Finding(
                where.line, where.column, _schema_message(error, loaded.hints.get(path)),
                where.end_line, where.end_column,
            )


def frontmatter_key(data: Any) -> str:
    """Names frontmatter by its values (types included: 8 and "8" differ), for ``Context.valid_frontmatter``."""
    text = json.dumps(data, sort_keys=True, default=repr, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def check_schema(doc: Document, ctx: Context) -> Iterator[Finding]:
    fm = doc.frontmatter
    if fm is None or fm.data is None:
        return
    key = frontmatter_key(fm.data)
    if key in ctx.valid_frontmatter:
        return
    start = Pos(fm.start_line, 1, fm.start_line, 4)
    clean = True
    for rule, finding in schema_findings(fm.yaml, ctx.answer_check, start):
        clean = False
        yield Finding(finding.line, finding.column, finding.message, finding.end_line,
                      finding.end_column, rule=rule)
    if clean:
        ctx.learned.add(key)


SCHEMA_RULES = (
    Rule(
        id="CL111", name="frontmatter-unknown-key", category="schema", severity=Severity.ERROR,
        summary=msg("Key not in the answer schema", "Şemada olmayan anahtar"),
        emits=("CL112", "CL113", "CL114"), check=check_schema,
        doc="""Only the keys of the answer schema (schemas/answer.schema.json) may appear; a
misspelt key would otherwise be silently ignored. The closest allowed key is suggested.

Bad:
    questoin_id: 8
Good:
    question_id: 8""",
        doc_tr="""Yalnızca yanıt şemasında (schemas/answer.schema.json) tanımlı anahtarlar kullanılabilir; aksi
hâlde yanlış yazılmış bir anahtar hiçbir uyarı verilmeden yok sayılırdı. Bildirimde, izin
verilen anahtarlardan yazılana en çok benzeyeni önerilir.

Hatalı:
    questoin_id: 8
Doğru:
    question_id: 8""",
    ),
    Rule(
        id="CL112", name="frontmatter-missing-key", category="schema", severity=Severity.ERROR,
        summary=msg("Required key missing", "Zorunlu anahtar eksik"),
        doc="""title, question_id and choice_id are required (as the schema says).

Bad:
    title: Başlık
    question_id: 8
Good:
    title: Başlık
    question_id: 8
    choice_id: 1""",
        doc_tr="""title, question_id ve choice_id anahtarları zorunludur (şemada böyle tanımlanmıştır).

Hatalı:
    title: Başlık
    question_id: 8
Doğru:
    title: Başlık
    question_id: 8
    choice_id: 1""",
    ),
    Rule(
        id="CL113", name="frontmatter-wrong-type", category="schema", severity=Severity.ERROR,
        summary=msg("Value of the wrong type", "Yanlış türde değer"),
        doc="""Ids are whole numbers and the title is text. The message explains the YAML
surprises behind most type errors: quotes make a number text ("8"), a leading zero makes it text
(08), and yes/no/on/off are read as true/false.

Bad:
    question_id: "8"
    title: yes
Good:
    question_id: 8
    title: "yes"
""",
        doc_tr="""Kimlikler (id) tam sayı, başlık ise metin olmalıdır. Tür hatalarının çoğu YAML'ın beklenmedik
okumalarından kaynaklanır ve bildirim bunu açıklar: tırnak içindeki sayı metin olur ("8"),
başında sıfır olan sayı da metin olur (08); yes/no/on/off ise true/false (doğru/yanlış) olarak
okunur.

Hatalı:
    question_id: "8"
    title: yes
Doğru:
    question_id: 8
    title: "yes"
""",
    ),
    Rule(
        id="CL114", name="frontmatter-invalid-value", category="schema", severity=Severity.ERROR,
        summary=msg("Value the schema does not accept", "Şemanın kabul etmediği değer"),
        doc="""Any other schema constraint: an empty title, a title with spaces at either end, an
id below 1. Messages can be written per constraint in the schema's "x-messages".

Bad:
    title: " Başlık"
    choice_id: 0
Good:
    title: Başlık
    choice_id: 1""",
        doc_tr="""Şemadaki diğer bütün kısıtlar bu kurala girer: boş bir başlık, başında ya da sonunda boşluk
bulunan bir başlık, 1'den küçük bir kimlik gibi. Her kısıt için ayrı bildirim metinleri şemanın
"x-messages" alanına yazılabilir.

Hatalı:
    title: " Başlık"
    choice_id: 0
Doğru:
    title: Başlık
    choice_id: 1""",
    ),
)

RULES = LOADER_RULES + SCHEMA_RULES
