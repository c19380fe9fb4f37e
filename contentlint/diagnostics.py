"""The diagnostic value that flows from rules to reporters."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from contentlint.messages import Lang, Message

Category = Literal["schema", "coverage", "format", "link", "usage"]
CATEGORIES: tuple[Category, ...] = ("schema", "coverage", "format", "link", "usage")


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text between two 1-based (line, column) positions; the end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    description: Message
    edits: tuple[Edit, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports; the engine stamps the rule's identity and the file on it."""

    line: int
    column: int
    message: Message
    end_line: int | None = None
    end_column: int | None = None
    url: str | None = None
    fix: Fix | None = None
    path: str | None = None  # only for findings about another file, e.g. the catalog
    rule: str | None = None  # only from a check that reports for a family of rules


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: str
    line: int
    column: int
    rule: str
    name: str
    category: Category
    severity: Severity
    message: Message
    end_line: int | None = None
    end_column: int | None = None
    url: str | None = None
    fix: Fix | None = None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message.en)

    def text(self, lang: Lang) -> str:
        return self.message.render(lang)

    def to_dict(self, lang: Lang) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "rule": self.rule,
            "name": self.name,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message.render(lang),
            "url": self.url,
            "fix": None if self.fix is None else fix_to_dict(self.fix, lang),
        }


def fix_to_dict(fix: Fix, lang: Lang) -> dict[str, object]:
    return {
        "description": fix.description.render(lang),
        "edits": [
            {
                "line": e.line,
                "column": e.column,
                "end_line": e.end_line,
                "end_column": e.end_column,
                "text": e.text,
            }
            for e in fix.edits
        ],
    }
