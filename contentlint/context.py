"""What rules may read besides the document: the project, its configuration and schemas.

Built once per process; the schema checks and the catalog are loaded on first use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contentlint.config import Config, ConfigError, Project
from contentlint.messages import msg, reason

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

    from contentlint.catalog import Catalog
    from contentlint.schema_subset import Predicate


def _packaged_schema(name: str) -> dict[str, Any]:
    # The package is installed as files (setuptools' package-data), so no importlib.resources.
    text = (Path(__file__).parent / "schemas" / name).read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def load_schema(project: Project, configured: str | None, name: str) -> tuple[dict[str, Any], str]:
    """The schema and where it came from: configured path, the project's schemas/, or the package."""
    candidates = [project.path(configured)] if configured else [project.root / "schemas" / name]
    for path in candidates:
        if path.is_file():
            try:
                schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
            except (OSError, ValueError) as exc:
                raise ConfigError(msg(
                    "Schema {path} cannot be read: {error}",
                    "{path} şeması okunamadı: {error_tr}",
                    path=str(path), **reason(exc),
                )) from None
            return schema, project.relpath(path)
        if configured:
            raise ConfigError(msg(
                "Schema {path} does not exist", "{path} şeması bulunamadı", path=str(path)
            ))
    return _packaged_schema(name), f"contentlint:{name}"


def build_validator(schema: dict[str, Any], source: str, *, known_valid: bool = False) -> Validator:
    from jsonschema import exceptions, validators

    cls = validators.validator_for(schema)
    if not known_valid:
        try:
            cls.check_schema(schema)
        except exceptions.SchemaError as exc:
            raise ConfigError(msg(
                "Schema {source} is not a valid JSON Schema: {error}",
                "{source} geçerli bir JSON Şeması değil (sorunlu yer: {where})",
                source=source, error=exc.message, where="/".join(map(str, exc.absolute_path)) or "/",
            )) from None
    validator: Validator = cls(schema)
    return validator


class SchemaCheck:
    """One schema's judge: data the compiled predicate accepts is valid without jsonschema, whose
    validator, imported and built on first use, gives the diagnostics for everything else."""

    def __init__(self, schema: dict[str, Any], source: str) -> None:
        from contentlint.schema_subset import compile_schema  # not needed when every frontmatter is known

        self.schema, self.source = schema, source
        self._is_valid: Predicate | None = compile_schema(schema)
        if self._is_valid is None:
            # Checked against the metaschema at once, as it always was. A schema that compiles
            # needs no check, now or later: compile_schema accepts only what the metaschema accepts.
            _ = self.validator

    def surely_valid(self, instance: Any) -> bool:
        return self._is_valid is not None and self._is_valid(instance)

    @cached_property
    def validator(self) -> Validator:
        return build_validator(self.schema, self.source, known_valid=self._is_valid is not None)


@dataclass
class Context:
    project: Project
    # Frontmatter the answer schema accepted in an earlier run (the result cache keeps them, under
    # the same fingerprint as the results, so a schema edit forgets them): checking an edited
    # file whose frontmatter did not change then needs no JSON Schema validator, nor its import.
    valid_frontmatter: frozenset[str] = frozenset()
    # What this process learnt since the engine last asked (see ``take_learned``).
    learned: set[str] = field(default_factory=set)

    def take_learned(self) -> tuple[str, ...]:
        learned, self.learned = tuple(self.learned), set()
        return learned

    @property
    def config(self) -> Config:
        return self.project.config

    @cached_property
    def answer_schema(self) -> tuple[dict[str, Any], str]:
        return load_schema(self.project, self.project.config.schemas.answer, "answer.schema.json")

    @cached_property
    def answer_check(self) -> SchemaCheck:
        return SchemaCheck(*self.answer_schema)

    @cached_property
    def catalog_check(self) -> SchemaCheck:
        return SchemaCheck(*load_schema(
            self.project, self.project.config.schemas.questions, "questions.schema.json"
        ))

    @cached_property
    def catalog(self) -> Catalog:
        from contentlint.catalog import load_catalog

        return load_catalog(self)

    def schema_bytes(self) -> bytes:
        """Schema contents, part of the cache key: editing a schema invalidates cached results."""
        return json.dumps(self.answer_schema[0], sort_keys=True).encode()

    @property
    def catalog_path(self) -> Path:
        return self.project.path(self.project.config.catalog)
