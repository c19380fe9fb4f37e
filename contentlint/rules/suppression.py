"""Rules about contentlint's own inline comments."""

from __future__ import annotations

from contentlint.diagnostics import Severity
from contentlint.messages import msg
from contentlint.rules.base import Rule
from contentlint.suppress import UNKNOWN_RULE

RULES = (
    Rule(
        id=UNKNOWN_RULE, name="suppression-unknown-rule", category="format", severity=Severity.WARNING,
        summary=msg("Unknown rule in a suppression comment", "Susturma yorumunda bilinmeyen kural"),
        doc="""A contentlint-disable comment must name existing rules (by ID or name), or it
silences nothing while looking as if it did.

Bad:
    <!-- contentlint-disable-next-line CL999 -->
Good:
    <!-- contentlint-disable-next-line CL301 -->""",
        doc_tr="""contentlint-disable yorumu var olan kuralları (kimliği ya da adıyla) anmalıdır;
yoksa hiçbir şeyi susturmadığı hâlde susturuyormuş gibi görünür.

Hatalı:
    <!-- contentlint-disable-next-line CL999 -->
Doğru:
    <!-- contentlint-disable-next-line CL301 -->""",
    ),
)
