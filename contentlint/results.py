"""What one file contributes to a run, and its compact encoding for the result cache.

The cache holds every diagnostic of every file; decoding it is most of a warm run. marshal of
plain tuples loads several times faster than pickled dataclasses, and it cannot construct
arbitrary objects from a tampered cache file.
"""

from __future__ import annotations

import marshal
from dataclasses import astuple, dataclass
from typing import Any

from contentlint.diagnostics import Diagnostic, Edit, Fix, Severity
from contentlint.documents import AnswerFacts
from contentlint.links.extract import LinkRef
from contentlint.messages import Message, plain


@dataclass
class FileResult:
    """Everything one file contributes to a run; cached by the file's bytes."""

    relpath: str
    diagnostics: list[Diagnostic]
    facts: AnswerFacts | None
    links: tuple[LinkRef, ...] = ()


def encode(result: FileResult) -> bytes:
    diagnostics = tuple(
        (d.path, d.line, d.column, d.rule, d.name, d.category, d.severity.value, plain(d.message),
         d.end_line, d.end_column, d.url,
         None if d.fix is None else (plain(d.fix.description), tuple(astuple(e) for e in d.fix.edits)))
        for d in result.diagnostics
    )
    facts = None if result.facts is None else astuple(result.facts)
    links = tuple((r.url, r.line, r.column, r.end_line, r.end_column, r.text) for r in result.links)
    encoded: Any = (result.relpath, diagnostics, facts, links)
    return marshal.dumps(encoded)


def decode(blob: bytes) -> FileResult:
    """The result stored by :func:`encode`; raises ValueError (or TypeError) on a damaged blob."""
    relpath, diagnostics, facts, links = marshal.loads(blob)
    severities = {s.value: s for s in Severity}
    out: list[Diagnostic] = []
    for path, line, column, rule, name, category, severity, message, end_line, end_column, url, fix in diagnostics:
        decoded_fix = None
        if fix is not None:
            description, edits = fix
            decoded_fix = Fix(Message(*description), tuple(Edit(*e) for e in edits))
        out.append(Diagnostic(path, line, column, rule, name, category, severities[severity], Message(*message),
                              end_line, end_column, url, decoded_fix))
    return FileResult(
        relpath, out, None if facts is None else AnswerFacts(*facts), tuple(LinkRef(*link) for link in links)
    )


def decode_or_none(blob: bytes) -> FileResult | None:
    try:
        return decode(blob)
    except (ValueError, TypeError, EOFError, KeyError):
        return None


