"""Find, read and validate configuration; resolve select/ignore/severity per rule.

The settings are frozen dataclasses, so reading them costs no import of pydantic: pydantic
validates a configuration (and writes its JSON Schema) only when it is new. A validated
configuration is kept, as plain data, in the project's cache folder, keyed by its own text and
this module's source; the next run with the same configuration rebuilds the dataclasses from it
without validating again. That is most of a one-file run's start-up (see benchmarks/).
"""

from __future__ import annotations

import dataclasses
import fnmatch
import functools
import hashlib
import json
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, dataclass_transform

from contentlint.diagnostics import Severity
from contentlint.messages import Message, msg, reason

CONFIG_FILES = ("contentlint.toml", "pyproject.toml")
_CONFIG_CACHE = "config.json"
_DEFAULT_CACHE_DIR = ".contentlint"

# Python keeps each byte of a file name that is not UTF-8 as a lone surrogate (U+DC80-U+DCFF),
# which no UTF-8 output, SQLite text or JSON can hold. Control characters (a newline, ESC) and
# the characters that reorder or break lines would let a file name forge or hide report lines.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]")


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    if code >= 0xDC80:
        return f"\\x{code - 0xDC00:02X}"
    return f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}"


def printable_path(path: str) -> str:
    """``path`` as text that is safe to write anywhere, on one line: a byte that is not UTF-8
    and a control character shown as ``\\xF6``, ``\\x0A``, the way ripgrep shows them."""
    return _UNPRINTABLE.sub(_escape, path)


class ConfigError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


class _Invalid(ValueError):
    """A validator's complaint, in both languages."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


def Field(default: Any = dataclasses.MISSING, **constraints: Any) -> Any:
    """A setting: its default and pydantic's constraints (``ge``, ``description``), kept as metadata.

    pydantic reads a dataclass field's metadata as the arguments of its own ``Field``, so the
    constraints are enforced and written into the JSON Schema. A list or dict default is copied for
    every instance.
    """
    if isinstance(default, list | dict):
        # The schema still shows the default, as pydantic does for a model's mutable defaults.
        return dataclasses.field(default_factory=lambda: json.loads(json.dumps(default)),
                                 metadata={**constraints, "json_schema_extra": {"default": default}})
    return dataclasses.field(default=default, metadata=constraints)


_Function = Callable[[Any], Any]


class AfterValidator:
    """pydantic's AfterValidator, without importing pydantic until a configuration is validated."""

    def __init__(self, function: _Function) -> None:
        self.function = function

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema

        return core_schema.no_info_after_validator_function(self.function, handler(source))


@dataclass_transform(frozen_default=True, field_specifiers=(Field,))
class _Strict:
    """A group of settings: a frozen dataclass that pydantic validates with unknown keys refused."""

    __pydantic_config__: typing.ClassVar[dict[str, Any]] = {"extra": "forbid"}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclass(frozen=True)(cls)

    # The names of pydantic's BaseModel methods, so that call sites read as they did.
    @classmethod
    def model_validate(cls: type[_S], data: Any) -> _S:
        from pydantic import TypeAdapter

        result: _S = TypeAdapter(cls).validate_python(data)
        return result

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        from pydantic import TypeAdapter

        schema: dict[str, Any] = TypeAdapter(cls).json_schema()
        return schema

    def model_dump(self, *, mode: str = "python", include: set[str] | None = None) -> dict[str, Any]:
        data: dict[str, Any] = dataclasses.asdict(self)  # type: ignore[call-overload]
        if include is not None:
            data = {key: value for key, value in data.items() if key in include}
        if mode == "json":
            data = json.loads(json.dumps(data, default=str))
        return data

    def model_copy(self: _S, *, update: dict[str, Any]) -> _S:
        return dataclasses.replace(self, **update)  # type: ignore[type-var]


_S = TypeVar("_S", bound=_Strict)


class SchemaPaths(_Strict):
    answer: str | None = Field(
        default=None, description="JSON Schema for an answer's frontmatter (default: schemas/answer.schema.json)"
    )
    questions: str | None = Field(
        default=None, description="JSON Schema for the catalog (default: schemas/questions.schema.json)"
    )


class FormatConfig(_Strict):
    """Options of the Markdown formatting rules (CL3xx)."""

    max_blank_lines: int = Field(
        default=1, ge=1, description="Blank lines allowed in a row in the body (multiple-blank-lines, CL351)"
    )
    nbsp_after_numbers: bool = Field(
        default=True,
        description="Accept a non-breaking space where typography wants one: after a digit ('10 TL', "
        "'15 Mart'), between a month and its year ('Mart 2024'), after an abbreviation ('Dr. Ayşe', "
        "'s. 14') (CL356)",
    )
    non_descriptive_link_texts: list[str] = Field(
        default=[
            "buraya tıklayın", "buraya tıklayınız", "buraya tıkla", "tıklayın", "tıklayınız", "tıkla",
            "tıklayarak", "buraya", "burada", "buradan", "burası", "şuraya", "şurada", "şuradan",
            "bağlantı", "bu bağlantı", "bağlantıya tıklayın", "bağlantıdan", "link", "bu link",
            "linke tıklayın", "linkten", "adres", "bu adres", "sayfa", "bu sayfa", "detaylar",
            "ayrıntılar", "daha fazla", "daha fazla bilgi", "detaylı bilgi", "ayrıntılı bilgi",
            "devamı", "devamını okuyun", "incele", "inceleyin", "click here", "click", "here",
            "this link", "more", "read more", "more info",
        ],
        description="Link texts that say nothing about where the link goes; compared with Turkish "
        "case folding, ignoring surrounding punctuation (CL304)",
    )
    max_link_text_words: int = Field(
        default=15, ge=1, description="Link texts longer than this many words are sentences, not names (CL305)"
    )
    underline_in_links: Literal["consistent", "require", "allow", "forbid"] = Field(
        default="consistent",
        description="<u> around link texts: 'consistent' (all links of a file alike), 'require', "
        "'allow' (not checked) or 'forbid' (CL322)",
    )
    allowed_html: list[str] = Field(
        default=["u", "br", "sup", "sub"], description="HTML tags allowed in the body; comments always are (CL321)"
    )
    https_hosts: list[str] = Field(
        default=[
            "stgm.org.tr", "www.stgm.org.tr", "youtube.com", "www.youtube.com", "m.youtube.com",
            "youtu.be", "www.youtube-nocookie.com",
        ],
        description="Hosts that serve HTTPS: an http:// link to them is reported and fixed (CL307)",
    )


class SpellingConfig(_Strict):
    """Options of the spelling rules (CL6xx)."""

    words: list[str] = Field(
        default=[],
        description="Words to accept besides the dictionary and contentlint's own list: 'word', or 'word model' "
        "to give the word the endings of a model word from the dictionary",
    )
    words_file: str | None = Field(
        default=None,
        description="A file of such words, one a line ('#' starts a comment), relative to the content root "
        "(default: words.txt there, if it exists)",
    )


def parse_seconds(value: Any) -> Any:
    """Durations are seconds, or a number with a unit: "500ms", "30s", "5m", "12h", "1d"."""
    if isinstance(value, str):
        text = value.strip().lower()
        for unit, factor in (("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400)):
            if text.endswith(unit) and text[: -len(unit)].strip().replace(".", "", 1).isdigit():
                return float(text[: -len(unit)]) * factor
    return value


class _Duration:
    """pydantic's view of a duration: a finite number of seconds, not negative (above 0 when
    ``positive``), or a text with a unit."""

    def __init__(self, *, positive: bool = False) -> None:
        self.positive = positive

    def __get_pydantic_core_schema__(self, source: Any, handler: Callable[[Any], Any]) -> Any:
        from pydantic_core import core_schema

        number = (core_schema.float_schema(gt=0.0, allow_inf_nan=False) if self.positive
                  else core_schema.float_schema(ge=0.0, allow_inf_nan=False))
        return core_schema.no_info_before_validator_function(parse_seconds, number)

    def __get_pydantic_json_schema__(self, schema: Any, handler: Callable[[Any], Any]) -> dict[str, Any]:
        number = {"type": "number", "exclusiveMinimum": 0} if self.positive else {"type": "number", "minimum": 0}
        return {"anyOf": [number, {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*(ms|s|m|h|d)\s*$"}]}


Seconds = Annotated[float, _Duration()]
# A wait that must end: 0 would mean "no limit" to the HTTP library, inf and NaN never end.
PositiveSeconds = Annotated[float, _Duration(positive=True)]


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise _Invalid(msg(
            "invalid regular expression {pattern!r}: {error}",
            "{pattern!r} geçerli bir düzenli ifade değil ({position}. karakterde hata)",
            pattern=pattern, error=str(exc), position=(exc.pos or 0) + 1,
        )) from None
    return pattern


def _check_remap(rule: str) -> str:
    parts = rule.split()
    if len(parts) != 2:
        raise _Invalid(msg(
            "a remap rule is 'REGEX REPLACEMENT', got {rule!r}",
            "yeniden eşleme kuralı 'KALIP YENİSİ' biçiminde yazılır; verilen: {rule!r}",
            rule=rule,
        ))
    _check_regex(parts[0])
    return rule


class HostConfig(_Strict):
    """Settings for the links of one host (the key) and its subdomains."""

    accept: list[int] = Field(default=[], description="HTTP statuses that count as working on this host, e.g. [403]")
    interval: Seconds | None = Field(default=None, description="Minimum time between two requests to this host")
    max_concurrency: int | None = Field(default=None, ge=1, description="Requests at once to this host")
    method: Literal["get", "head"] | None = Field(
        default=None,
        description="'head' asks with HEAD first (GET only if HEAD is refused) and skips the body checks",
    )
    severity: dict[str, Severity] = Field(default={}, description="Severity per link rule ID or name for this host")


class LinksConfig(_Strict):
    """Options of the link checker (CL4xx)."""

    timeout: PositiveSeconds = Field(default=20.0, description="Time allowed for one request")
    retries: int = Field(default=3, ge=0, description="Retries after a 5xx answer, a timeout or a connection error")
    backoff: Seconds = Field(
        default=0.5, description="Wait before the first retry; doubled (with jitter) for each next one"
    )
    max_concurrency: int = Field(default=32, ge=1, description="Requests at once, over all hosts")
    max_per_host: int = Field(default=4, ge=1, description="Requests at once to one host")
    interval: Seconds = Field(
        default=0.0, description="Minimum time between two requests to one host (a 429 answer raises it for that host)"
    )
    max_rate_limit_wait: Seconds = Field(
        default=60.0,
        description="Most time the run keeps asking a host after its first 429 (or 503 with Retry-After), "
        "waiting in its queue included; then the host's remaining links are reported as rate limited",
    )
    deadline: PositiveSeconds | None = Field(
        default=None,
        description="Most time the whole link check may take; links not decided by then are reported as "
        "unverifiable (default: none; 30 minutes for audits)",
    )
    exclude: list[Annotated[str, AfterValidator(_check_regex)]] = Field(
        default=[], description="Regular expressions; links that match are not checked"
    )
    remap: list[Annotated[str, AfterValidator(_check_remap)]] = Field(
        default=[],
        description="'REGEX REPLACEMENT' rules rewriting every request URL (Python re syntax; the first match wins)",
    )
    cache_file: str | None = Field(
        default=None, description="SQLite file of link results (default: cache.sqlite in cache_dir)"
    )
    max_cache_age: Seconds = Field(default=86400.0, description="How long a working link is not asked again")
    allow_private: bool = Field(
        default=False, description="Allow requests to loopback, private and link-local addresses"
    )
    user_agent: str | None = Field(default=None, description="User-Agent header (default: contentlint/VERSION)")
    accept: list[int] = Field(default=[], description="HTTP statuses that count as working on every host")
    not_found_markers: list[str] = Field(
        default=["Sayfa bulunamadı", "Page not found", "404"],
        description="A page whose title (or, on STGM, main heading) contains one of these is a missing page",
    )
    check_fragments: bool = Field(default=False, description="Check that #fragment anchors exist on the page")
    archive: bool | None = Field(
        default=None,
        description="Ask the Wayback Machine for an archived copy of each broken link (default: on in 'audit', "
                    "off in 'links' and 'check --links')",
    )
    hosts: dict[str, HostConfig] = Field(default={}, description="Settings per host (also used for its subdomains)")


class AuditConfig(_Strict):
    """Options of scheduled link audits (`contentlint audit`)."""

    history: str | None = Field(
        default=None,
        description="SQLite file of link history, relative to the project root (default: history.sqlite in cache_dir)",
    )
    fail_after: int = Field(
        default=2, ge=1,
        description="Failed audits in a row before a link counts as broken (certain failures, e.g. 404, count at once)",
    )


class Config(_Strict):
    content_root: str = Field(default="content", description="Folder holding the content, relative to the project root")
    answers: list[str] = Field(
        default=["answers/**/*.md", "answers/**/*.txt"],
        description="Glob patterns of answer files, relative to the content root",
    )
    catalog: str = Field(
        default="content/questions.yaml", description="The question catalog, relative to the project root"
    )
    schemas: SchemaPaths = SchemaPaths()
    lang: Literal["tr", "en"] | None = Field(default=None, description="Message language; default from LANG")
    select: list[str] = Field(
        default=[], description="Rules to run (IDs, names, ID prefixes or categories); empty: all"
    )
    ignore: list[str] = Field(default=[], description="Rules not to run (IDs, names, ID prefixes or categories)")
    severity: dict[str, Severity] = Field(default={}, description="Severity per rule ID or name")
    per_path_ignores: dict[str, list[str]] = Field(
        default={}, description="Glob of paths (relative to the project root) → rules ignored there"
    )
    fail_on: Severity = Field(default=Severity.ERROR, description="Lowest severity that makes the exit code 1")
    cache: bool = Field(default=True, description="Reuse results of unchanged files")
    cache_dir: str = Field(default=".contentlint", description="Folder for caches, relative to the project root")
    max_file_size: int = Field(default=1_048_576, ge=1, description="Files larger than this many bytes are skipped")
    jobs: int = Field(default=0, ge=0, description="Worker processes; 0 picks from the CPU count")
    format: FormatConfig = FormatConfig()
    spelling: SpellingConfig = SpellingConfig()
    links: LinksConfig = LinksConfig()
    audit: AuditConfig = AuditConfig()


@dataclass(frozen=True)
class Project:
    root: Path
    config: Config
    source: Path | None  # the file the configuration came from

    def path(self, relative: str) -> Path:
        return (self.root / relative).resolve()

    def relpath(self, path: Path) -> str:
        try:
            return printable_path(path.resolve().relative_to(self.root).as_posix())
        except ValueError:
            return printable_path(path.resolve().as_posix())

    @property
    def content_root(self) -> Path:
        return self.path(self.config.content_root)

    def fingerprint(self, extra: bytes = b"") -> str:
        from contentlint import __version__

        digest = hashlib.sha256(__version__.encode())
        digest.update(json.dumps(self.config.model_dump(mode="json"), sort_keys=True).encode())
        digest.update(extra)
        return digest.hexdigest()


# pydantic's complaints by error type, for the Turkish message (pydantic writes English only).
_PROBLEMS_TR = {
    "missing": "bu ayar verilmeli",
    "int_type": "tam sayı olmalı",
    "int_parsing": "tam sayı olmalı",
    "int_from_float": "tam sayı olmalı",
    "float_type": "sayı olmalı",
    "float_parsing": "sayı olmalı",
    "bool_type": "true ya da false olmalı",
    "bool_parsing": "true ya da false olmalı",
    "string_type": "metin olmalı (tırnak içinde)",
    "list_type": "liste olmalı: [\"…\", \"…\"]",
    "dict_type": "bir tablo olmalı: [bölüm] ya da {{ anahtar = değer }}",
    "model_type": "bir tablo olmalı: [bölüm] ya da {{ anahtar = değer }}",
    "dataclass_type": "bir tablo olmalı: [bölüm] ya da {{ anahtar = değer }}",
    "greater_than_equal": "{ge} ya da daha büyük olmalı",
    "greater_than": "{gt} sayısından büyük olmalı",
    "less_than_equal": "{le} ya da daha küçük olmalı",
    "less_than": "{lt} sayısından küçük olmalı",
    "literal_error": "şunlardan biri olmalı: {expected}",
    "enum": "şunlardan biri olmalı: {expected}",
}


def _describe_error(source: str, error: Any) -> Message:
    key = ".".join(str(part) for part in error["loc"])
    kind = error["type"]
    context = error.get("ctx") or {}
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        return msg("{source}: unknown key '{key}'", "{source}: '{key}' diye bir ayar yok", source=source, key=key)
    if kind == "greater_than":
        return msg("{source}: key '{key}': expected a finite number above {low}",
                   "{source}: '{key}' ayarı geçersiz: {low} değerinden büyük sonlu bir sayı olmalı",
                   source=source, key=key, low=f"{context.get('gt'):g}")
    if kind == "finite_number":
        return msg("{source}: key '{key}': expected a finite number",
                   "{source}: '{key}' ayarı geçersiz: sonlu bir sayı olmalı", source=source, key=key)
    if isinstance(context.get("error"), _Invalid):
        problem = context["error"].message
        return msg("{source}: key '{key}': {problem}", "{source}: '{key}' ayarı geçersiz: {problem_tr}",
                   source=source, key=key, problem=problem.render("en"), problem_tr=problem.render("tr"))
    given = error.get("input")
    template = _PROBLEMS_TR.get(kind, "bu değer kullanılamaz")
    problem_tr = template.format(**{name: str(value).replace(" or ", " ya da ") for name, value in context.items()})
    if kind != "missing" and isinstance(given, (str, int, float, bool)):
        problem_tr += f"; verilen: {given!r}"
    return msg(
        "{source}: key '{key}': {problem}",
        "{source}: '{key}' ayarı geçersiz: {problem_tr}",
        source=source, key=key, problem=error["msg"], problem_tr=problem_tr,
    )


def parse_config(data: dict[str, Any], source: str) -> Config:
    from pydantic import ValidationError

    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_describe_error(source, exc.errors()[0])) from None


def _build(kind: Any, data: Any) -> Any:
    """Settings rebuilt from the plain data of a configuration validated before (no checks needed)."""
    origin = typing.get_origin(kind)
    if origin is Annotated:
        return _build(typing.get_args(kind)[0], data)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        return _build(next(arm for arm in typing.get_args(kind) if arm is not type(None)), data)
    if origin is list:
        return [_build(typing.get_args(kind)[0], item) for item in data]
    if origin is dict:
        return {key: _build(typing.get_args(kind)[1], value) for key, value in data.items()}
    if isinstance(kind, type) and issubclass(kind, _Strict):
        hints = _hints(kind)
        return kind(**{name: _build(hints[name], value) for name, value in data.items()})
    if isinstance(kind, type) and issubclass(kind, Severity):
        return Severity(data)
    return data


_HINTS: dict[type[_Strict], dict[str, Any]] = {}


def _hints(kind: type[_Strict]) -> dict[str, Any]:
    if kind not in _HINTS:
        _HINTS[kind] = typing.get_type_hints(kind, include_extras=True)
    return _HINTS[kind]


@functools.cache
def _code() -> bytes:
    """contentlint's version and this module's source: what a kept configuration was made by."""
    from contentlint import __version__

    return __version__.encode() + b"\0" + Path(__file__).read_bytes()


def _key(data: bytes) -> str:
    return hashlib.sha256(_code() + data).hexdigest()


def _cache_key(section: dict[str, Any]) -> str:
    return _key(json.dumps(section, sort_keys=True, default=repr).encode())


def _cache_file(root: Path, section: dict[str, Any]) -> Path | None:
    """The validated-configuration cache, in the cache folder once contentlint has made it."""
    if section.get("cache") is False:
        return None
    folder = section.get("cache_dir", _DEFAULT_CACHE_DIR)
    path = root / folder / _CONFIG_CACHE if isinstance(folder, str) else None
    return path if path is not None and path.parent.is_dir() else None


def _kept(path: Path, field: str, key: str) -> Config | None:
    """The configuration kept under ``key`` in the cache file, if it is there and sound."""
    try:
        stored = json.loads(path.read_bytes())
        if isinstance(stored, dict) and stored.get(field) == key:
            config: Config = _build(Config, stored["config"])
            return config
    except (OSError, ValueError, KeyError, TypeError):
        pass  # derived data: a missing or damaged copy is simply validated and written again
    return None


def _load_validated(root: Path, section: dict[str, Any], source: str, raw: bytes) -> Config:
    """``parse_config`` with its verdict kept: a configuration seen before is not validated again.
    The file's bytes are kept as a second key, for :func:`_kept_for_bytes`."""
    path = _cache_file(root, section)
    key = _cache_key(section) if path is not None else ""
    kept = _kept(path, "key", key) if path is not None else None
    # An empty table needs no validation, but is kept too: the next run then reads no TOML.
    config = kept or (parse_config(section, source) if section else Config())
    # Written when validated, and when only the bytes changed (a comment) where the next run
    # looks them up first (the default cache folder).
    if path is not None and (kept is None or path == root / _DEFAULT_CACHE_DIR / _CONFIG_CACHE):
        _write_atomically(path, json.dumps({"key": key, "bytes": _key(raw),
                                            "config": config.model_dump(mode="json")}).encode())
    return config


def _kept_for_bytes(root: Path, raw: bytes) -> Config | None:
    """The configuration kept for a file of exactly these bytes in the default cache folder:
    a repeat run then does not even parse the TOML (nor import the parser)."""
    path = root / _DEFAULT_CACHE_DIR / _CONFIG_CACHE
    return _kept(path, "bytes", _key(raw)) if path.is_file() else None


def _write_atomically(path: Path, data: bytes) -> None:
    from contentlint.atomic import commit, temporary_beside

    try:
        with temporary_beside(path) as (stream, temporary):
            stream.write(data)
            commit(stream, temporary, path)
    except OSError:
        pass  # derived data: the next run validates again


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _unreadable(path, exc) from None


def _unreadable(path: Path, exc: Exception) -> ConfigError:
    return ConfigError(msg(
        "{path}: cannot read the configuration: {error}",
        "{path}: yapılandırma okunamadı: {error_tr}",
        path=str(path), **reason(exc),
    ))


def _section(path: Path, raw: bytes) -> dict[str, Any] | None:
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _unreadable(path, exc) from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("contentlint")
        return section if isinstance(section, dict) else None
    return data


def _project_at(folder: Path, path: Path, raw: bytes, source: str) -> Project | None:
    """The project configured by ``path`` (its bytes given), or None for a pyproject.toml
    without a [tool.contentlint] table."""
    kept = _kept_for_bytes(folder, raw)
    if kept is not None:
        return Project(folder, kept, path)
    section = _section(path, raw)
    if section is None:
        return None
    return Project(folder, _load_validated(folder, section, source, raw), path)


def find_project(start: Path, explicit: Path | None = None) -> Project:
    """The configuration named by ``--config``, else the nearest one searching upward."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(msg(
                "Configuration file {path} does not exist",
                "{path} yapılandırma dosyası bulunamadı",
                path=str(explicit),
            ))
        source = explicit.resolve()
        raw = _read_bytes(explicit)
        return Project(source.parent, _kept_for_bytes(source.parent, raw)
                       or _load_validated(source.parent, _section(explicit, raw) or {}, explicit.name, raw), source)
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                prefix = "[tool.contentlint]" if name == "pyproject.toml" else name
                project = _project_at(folder, candidate, _read_bytes(candidate), f"{candidate} {prefix}")
                if project is not None:
                    return project
    return Project(start, Config(), None)


@dataclass(frozen=True)
class RuleSelection:
    """Which rules run, at which severity, and where they are ignored."""

    enabled: frozenset[str]
    severities: dict[str, Severity]
    path_ignores: tuple[tuple[str, frozenset[str]], ...]

    def ignored_at(self, relpath: str) -> frozenset[str]:
        ignored: set[str] = set()
        for pattern, rules in self.path_ignores:
            if fnmatch.fnmatchcase(relpath, pattern):
                ignored |= rules
        return frozenset(ignored)
