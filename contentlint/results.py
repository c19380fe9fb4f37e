"""What one file contributes to a run, and its compact encoding for the result cache.

The cache holds every diagnostic of every file; decoding it is most of a warm run. marshal of
plain tuples loads several times faster than pickled dataclasses, and it cannot construct
arbitrary objects from a tampered cache file.
"""

from __future__ import annotations

import marshal
import sys
from dataclasses import astuple, dataclass
from typing import Any

from contentlint.diagnostics import Diagnostic, Edit, Fix, Severity
from contentlint.documents import AnswerFacts
from contentlint.links.extract import LinkRef
from contentlint.messages import Message, plain
from contentlint.spelling.check import FileWords


@dataclass
class FileResult:
    """Everything one file contributes to a run; cached by the file's bytes."""

    relpath: str
    diagnostics: list[Diagnostic]
    facts: AnswerFacts | None
    links: tuple[LinkRef, ...] = ()
    words: FileWords | None = None  # None when no spelling rule runs


def encode(result: FileResult) -> bytes:
    diagnostics = tuple(
        (d.path, d.line, d.column, d.rule, d.name, d.category, d.severity.value, plain(d.message),
         d.end_line, d.end_column, d.url,
         None if d.fix is None else (plain(d.fix.description), tuple(astuple(e) for e in d.fix.edits)))
        for d in result.diagnostics
    )
    facts = None if result.facts is None else astuple(result.facts)
    links = tuple((r.url, r.line, r.column, r.end_line, r.end_column, r.text) for r in result.links)
    words = None if result.words is None else (result.words.keys, result.words.suppressed)
    encoded: Any = (result.relpath, diagnostics, facts, links, words)
    return marshal.dumps(encoded)


_SEVERITIES = {s.value: s for s in Severity}


def decode(blob: bytes, *, links: bool = True) -> FileResult:
    """The result stored by :func:`encode`; raises ValueError (or TypeError) on a damaged blob.

    Without ``links`` the result has none: a run that checks no link need not build them (in a
    cold run of 10,000 copies of the answer file, eight a file took 0.1 s of the main process's
    1.2 s)."""
    relpath, diagnostics, facts, stored_links, words = marshal.loads(blob)
    severities = _SEVERITIES
    out: list[Diagnostic] = []
    for path, line, column, rule, name, category, severity, message, end_line, end_column, url, fix in diagnostics:
        decoded_fix = None
        if fix is not None:
            description, edits = fix
            decoded_fix = Fix(Message(*description), tuple(Edit(*e) for e in edits))
        out.append(Diagnostic(path, line, column, rule, name, category, severities[severity], Message(*message),
                              end_line, end_column, url, decoded_fix))
    return FileResult(
        relpath, out, None if facts is None else AnswerFacts(*facts),
        tuple(LinkRef(*link) for link in stored_links) if links else (),
        # Interned: files with the same words (answers that share a body) share one string.
        None if words is None else FileWords(sys.intern(words[0]), words[1]),
    )


def decode_or_none(blob: bytes, *, links: bool = True) -> FileResult | None:
    try:
        return decode(blob, links=links)
    except (ValueError, TypeError, EOFError, KeyError):
        return None


