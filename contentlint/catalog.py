"""The question catalog: which questions and choices exist, and where each stands in the file."""

from __future__ import annotations

import marshal
from dataclasses import astuple, dataclass, field
from typing import TYPE_CHECKING, Any

from contentlint import yamlpos
from contentlint.diagnostics import Finding
from contentlint.messages import Message, msg, plain, reason
from contentlint.yamlpos import Pos, Problem

if TYPE_CHECKING:
    from contentlint.context import Context

CATALOG_RULE = "CL210"
DUPLICATE_ID_RULE = "CL211"


@dataclass
class Choice:
    id: int
    title: str
    where: Pos


@dataclass
class Question:
    id: int
    where: Pos
    choices: dict[int, Choice] = field(default_factory=dict)


@dataclass
class Catalog:
    relpath: str
    exists: bool
    questions: dict[int, Question] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def load_catalog(ctx: Context) -> Catalog:
    from contentlint.rules.frontmatter import schema_findings

    path = ctx.catalog_path
    catalog = Catalog(ctx.project.relpath(path), path.is_file())
    if not catalog.exists:
        catalog.problems.append(Problem(CATALOG_RULE, Finding(1, 1, msg(
            "The question catalog {path} does not exist", "{path} soru kataloğu bulunamadı",
            path=catalog.relpath,
        ))))
        return catalog
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        catalog.problems.append(Problem(CATALOG_RULE, Finding(1, 1, msg(
            "The question catalog cannot be read: {error}", "Soru kataloğu okunamadı: {error_tr}",
            **reason(exc),
        ))))
        return catalog
    every_kind = dict.fromkeys(("duplicate", "alias", "tag", "trap", "key"), CATALOG_RULE)
    loaded = yamlpos.load(text, 0, syntax_rule=CATALOG_RULE, rules=every_kind)
    catalog.problems.extend(loaded.problems)
    if not loaded.ok:
        return catalog
    start = Pos(1, 1, 1, 1)
    schema_problems = [
        Problem(CATALOG_RULE, finding)
        for _, finding in schema_findings(loaded, ctx.catalog_check, start)
    ]
    catalog.problems.extend(schema_problems)
    if schema_problems:
        return catalog
    for qi, question in enumerate(loaded.data["questions"]):
        qwhere = loaded.where(("questions", qi, "id")) or start
        if question["id"] in catalog.questions:
            first = catalog.questions[question["id"]].where
            catalog.problems.append(_duplicate("question", question["id"], qwhere, first))
            continue
        entry = Question(question["id"], qwhere)
        catalog.questions[entry.id] = entry
        for ci, choice in enumerate(question["choices"]):
            cwhere = loaded.where(("questions", qi, "choices", ci, "id")) or qwhere
            if choice["id"] in entry.choices:
                catalog.problems.append(_duplicate("choice", choice["id"], cwhere, entry.choices[choice["id"]].where))
                continue
            entry.choices[choice["id"]] = Choice(choice["id"], choice["title"], cwhere)
    return catalog


def _duplicate(kind: str, ident: int, where: Pos, first: Pos) -> Problem:
    kind_tr = "soru" if kind == "question" else "seçenek"
    return Problem(DUPLICATE_ID_RULE, Finding(where.line, where.column, msg(
        "The catalog lists {kind} {id} twice (first on line {first})",
        "Katalogda {id} numaralı {kind_tr} iki kez yazılmış (ilki {first}. satırda)",
        kind=kind, kind_tr=kind_tr, id=ident, first=first.line,
    ), where.end_line, where.end_column))


def encode_catalog(catalog: Catalog) -> bytes:
    """The catalog as marshalled plain values, for the result cache (never a pickle)."""

    questions = tuple(
        (q.id, astuple(q.where), tuple((c.id, c.title, astuple(c.where)) for c in q.choices.values()))
        for q in catalog.questions.values()
    )
    problems = tuple(
        (p.rule, p.finding.line, p.finding.column, plain(p.finding.message), p.finding.end_line,
         p.finding.end_column)
        for p in catalog.problems
    )
    encoded: Any = (catalog.relpath, catalog.exists, questions, problems)
    return marshal.dumps(encoded)


def decode_catalog(blob: bytes) -> Catalog | None:
    """The catalog stored by :func:`encode_catalog`, or None for a damaged blob."""
    try:
        relpath, exists, questions, problems = marshal.loads(blob)
        catalog = Catalog(str(relpath), bool(exists))
        for qid, qwhere, choices in questions:
            question = Question(qid, Pos(*qwhere))
            question.choices = {cid: Choice(cid, title, Pos(*cwhere)) for cid, title, cwhere in choices}
            catalog.questions[qid] = question
        for rule, line, column, (en, tr, params), end_line, end_column in problems:
            catalog.problems.append(Problem(rule, Finding(line, column, Message(en, tr, tuple(params)),
                                                          end_line, end_column)))
        return catalog
    except (ValueError, TypeError, EOFError):
        return None
