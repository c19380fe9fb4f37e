"""What a rule is: identity, documentation and a pure check function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from contentlint.diagnostics import Category, Finding, Severity
from contentlint.messages import Lang, Message

if TYPE_CHECKING:
    from contentlint.context import Context
    from contentlint.documents import Corpus, Document

DocumentCheck = Callable[["Document", "Context"], Iterable[Finding]]
CorpusCheck = Callable[["Corpus", "Context"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    """A rule's metadata and its check.

    ``check`` runs on one parsed document; ``check_corpus`` on every document at once (coverage);
    a rule with neither reports problems found while loading a file (encoding, YAML syntax…).
    A check that finds several related problems in one pass names the other rules in ``emits``
    and sets ``Finding.rule``; those siblings have no check of their own.
    ``doc`` is the rule's documentation: what it finds, why, and a bad and a good example
    ("Bad:" / "Good:"); ``doc_tr`` the same in Turkish ("Hatalı:" / "Doğru:", the examples
    themselves unchanged), which `contentlint explain --lang tr` shows.
    """

    id: str
    name: str
    category: Category
    severity: Severity
    summary: Message
    doc: str
    doc_tr: str = ""
    fixable: bool = False
    check: DocumentCheck | None = None
    check_corpus: CorpusCheck | None = None
    emits: tuple[str, ...] = ()  # sibling rules this check also reports for (one pass, many IDs)

    def __post_init__(self) -> None:
        if not self.doc.strip():
            raise ValueError(f"rule {self.id} has no documentation")

    def documentation(self, lang: Lang) -> str:
        return self.doc_tr if lang == "tr" and self.doc_tr else self.doc


def describe(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "category": rule.category,
        "severity": rule.severity.value,
        "fixable": rule.fixable,
    }
