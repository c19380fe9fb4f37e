"""Coverage: every catalog choice has exactly one answer, and every answer a catalog choice.

This check needs every answer file at once, so it runs on the corpus after the document rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING

from contentlint.catalog import CATALOG_RULE, DUPLICATE_ID_RULE
from contentlint.diagnostics import Finding, Severity
from contentlint.messages import msg
from contentlint.rules.base import Rule

if TYPE_CHECKING:
    from contentlint.context import Context
    from contentlint.documents import AnswerFacts, Corpus

_SPACE = re.compile(r"\s+")


def normalise_title(title: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", title)).strip()


def describe_difference(answer: str, catalog: str) -> tuple[str, str]:
    """The two titles cut down to a few characters around the first place they differ."""
    start = 0
    while start < min(len(answer), len(catalog)) and answer[start] == catalog[start]:
        start += 1
    end = 0
    while end < min(len(answer), len(catalog)) - start and answer[-1 - end] == catalog[-1 - end]:
        end += 1
    def cut(text: str) -> str:
        # About 15 characters of context on each side, widened to whole words.
        left = max(0, start - 15)
        if left:
            space = text.rfind(" ", 0, left)
            left = space + 1 if space != -1 else 0
        right = min(len(text), len(text) - end + 15)
        if right < len(text):
            space = text.find(" ", right)
            right = space if space != -1 else len(text)
        return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")
    return cut(answer), cut(catalog)


def check_coverage(corpus: Corpus, ctx: Context) -> Iterator[Finding]:
    catalog = ctx.catalog
    for problem in catalog.problems:
        f = problem.finding
        yield Finding(f.line, f.column, f.message, f.end_line, f.end_column,
                      path=catalog.relpath, rule=problem.rule)
    if not catalog.exists or any(p.rule == CATALOG_RULE for p in catalog.problems):
        return
    by_key: dict[tuple[int, int], list[AnswerFacts]] = defaultdict(list)
    for facts in corpus.answers:
        if facts.question_id is None or facts.choice_id is None:
            continue
        by_key[(facts.question_id, facts.choice_id)].append(facts)
        question = catalog.questions.get(facts.question_id)
        if question is None:
            yield Finding(facts.line, facts.column, msg(
                "Question {q} is not in the catalog ({catalog})",
                "{q} numaralı soru katalogda ({catalog}) yok",
                q=facts.question_id, catalog=catalog.relpath,
            ), path=facts.relpath, rule="CL202")
            continue
        choice = question.choices.get(facts.choice_id)
        if choice is None:
            yield Finding(facts.line, facts.column, msg(
                "Question {q} has no choice {c} in the catalog ({catalog})",
                "Katalogda ({catalog}) {q} numaralı sorunun {c} numaralı seçeneği yok",
                q=facts.question_id, c=facts.choice_id, catalog=catalog.relpath,
            ), path=facts.relpath, rule="CL203")
            continue
        # Equal titles are equal normalised: most are, and normalising 10,000 pairs is not free.
        if facts.title is not None and facts.title != choice.title \
                and normalise_title(facts.title) != normalise_title(choice.title):
            ours, theirs = describe_difference(normalise_title(facts.title), normalise_title(choice.title))
            yield Finding(facts.title_line, facts.title_column, msg(
                "The title differs from the catalog's title for question {q}, choice {c}: "
                "here '{ours}', in the catalog '{theirs}'",
                "Başlık, katalogdaki {q}. sorunun {c}. seçeneğinin başlığından farklı: "
                "burada '{ours}', katalogda '{theirs}'",
                q=facts.question_id, c=facts.choice_id, ours=ours, theirs=theirs,
            ), path=facts.relpath, rule="CL205")
    for (q, c), answers in by_key.items():
        if len(answers) < 2:
            continue
        for facts in answers:
            places = [f"{o.relpath}:{o.line}" for o in answers if o is not facts]
            # A few places are enough to find the others; a thousand would drown the report.
            others = ", ".join(places[:3]) + (f" (+{len(places) - 3})" if len(places) > 3 else "")
            yield Finding(facts.line, facts.column, msg(
                "Question {q}, choice {c} has more than one answer; also answered in {others}",
                "{q}. sorunun {c}. seçeneğinin birden çok yanıtı var; şurada da yanıtlanmış: {others}",
                q=q, c=c, others=others,
            ), path=facts.relpath, rule="CL201")
    if not corpus.complete:
        return
    for question in catalog.questions.values():
        for choice in question.choices.values():
            if (question.id, choice.id) not in by_key:
                yield Finding(choice.where.line, choice.where.column, msg(
                    "Question {q}, choice {c} ('{title}') has no answer file",
                    "{q}. sorunun {c}. seçeneğinin ('{title}') yanıt dosyası yok",
                    q=question.id, c=choice.id, title=choice.title,
                ), path=catalog.relpath, rule="CL204")


def _rule(id: str, name: str, en: str, tr: str, doc: str, **extra: object) -> Rule:
    return Rule(id=id, name=name, category="coverage", severity=Severity.ERROR,
                summary=msg(en, tr), doc=doc, **extra)  # type: ignore[arg-type]


RULES = (
    _rule("CL201", "coverage-duplicate-answer", "Two answers for one choice",
          "Bir seçeneğe iki yanıt", """Each (question_id, choice_id) pair has exactly one answer
file. Both files are reported, each naming the other.

Bad: answers/a.txt and answers/b.txt both say question_id: 8, choice_id: 1.
Good: answers/b.txt says choice_id: 2 (or is removed).""",
          doc_tr="""Her (question_id, choice_id) çiftinin tek bir yanıt dosyası olur. Aynı çifti yanıtlayan
dosyaların ikisi de bildirilir ve her bildirim öteki dosyayı gösterir.

Hatalı: answers/a.txt ve answers/b.txt dosyalarının ikisinde de question_id: 8, choice_id: 1 yazıyor.
Doğru: answers/b.txt dosyasında choice_id: 2 yazıyor (ya da bu dosya kaldırılmış).""",
          check_corpus=check_coverage,
          emits=("CL202", "CL203", "CL204", "CL205", CATALOG_RULE, DUPLICATE_ID_RULE)),
    _rule("CL202", "coverage-unknown-question", "Answer to a question not in the catalog",
          "Katalogda olmayan bir sorunun yanıtı", """An answer's question_id must be a question
of content/questions.yaml.

Bad: question_id: 99 when the catalog has no question 99.
Good: question_id: 8, listed in the catalog.""",
          doc_tr="""Bir yanıtın question_id değeri, content/questions.yaml dosyasındaki sorulardan birinin kimliği
olmalıdır.

Hatalı: katalogda 99 numaralı soru yokken question_id: 99.
Doğru: katalogda yer alan bir soru, örneğin question_id: 8."""),
    _rule("CL203", "coverage-unknown-choice", "Answer to a choice not in the catalog",
          "Katalogda olmayan bir seçeneğin yanıtı", """An answer's choice_id must be a choice of
its question in the catalog.

Bad: question_id: 8, choice_id: 7 when question 8 has choices 1 to 3.
Good: question_id: 8, choice_id: 1.""",
          doc_tr="""Bir yanıtın choice_id değeri, katalogda o sorunun seçeneklerinden birinin kimliği olmalıdır.

Hatalı: 8. sorunun yalnızca 1, 2 ve 3 numaralı seçenekleri varken question_id: 8, choice_id: 7.
Doğru: question_id: 8, choice_id: 1."""),
    _rule("CL204", "coverage-missing-answer", "Catalog choice without an answer",
          "Yanıtı olmayan katalog seçeneği", """Every choice in the catalog needs an answer file.
Reported at the choice's line in the catalog, and only when the whole content is checked (not
when a few files are named on the command line).

Bad: the catalog lists question 8, choice 2 and no file answers it.
Good: answers/008_2.txt with question_id: 8, choice_id: 2.""",
          doc_tr="""Katalogdaki her seçeneğin bir yanıt dosyası olmalıdır. Bildirim, katalogda seçeneğin yazıldığı
satırda gösterilir ve yalnızca içeriğin tamamı denetlendiğinde yapılır (komut satırında yalnızca
birkaç dosya verildiğinde yapılmaz).

Hatalı: katalogda 8. sorunun 2. seçeneği var, ama bu seçeneği yanıtlayan bir dosya yok.
Doğru: question_id: 8, choice_id: 2 yazan answers/008_2.txt dosyası."""),
    _rule("CL205", "coverage-title-mismatch", "Title differs from the catalog",
          "Başlık katalogdakinden farklı", """An answer's title is the catalog title of its
choice. They are compared after Unicode NFC normalisation and folding of white space, and the
message shows where they differ.

Bad: title: Gönüllülerle iş birliği yapmak istiyoruz.
Good: title: Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok.""",
          doc_tr="""Bir yanıtın başlığı, katalogda o seçeneğe verilmiş başlığın aynısıdır. İkisi, Unicode NFC
normalleştirmesinden ve boşluklar sadeleştirildikten sonra karşılaştırılır; bildirim,
başlıkların nerede ayrıldığını gösterir.

Hatalı: title: Gönüllülerle iş birliği yapmak istiyoruz.
Doğru: title: Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok."""),
    _rule(CATALOG_RULE, "catalog-invalid", "The catalog cannot be used",
          "Katalog kullanılamıyor", """content/questions.yaml must exist, be valid YAML and
match schemas/questions.schema.json; errors point at the line in the catalog. While it is
invalid, no other coverage check runs.

Bad:
    questions:
      - id: 8
        choices: []
Good:
    questions:
      - id: 8
        choices:
          - id: 1
            title: Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok.""",
          doc_tr="""content/questions.yaml dosyası bulunmalı, geçerli bir YAML olmalı ve
schemas/questions.schema.json şemasına uymalıdır; hatalar katalogdaki ilgili satırda gösterilir.
Katalog geçersiz olduğu sürece başka hiçbir kapsam denetimi yapılmaz.

Hatalı:
    questions:
      - id: 8
        choices: []
Doğru:
    questions:
      - id: 8
        choices:
          - id: 1
            title: Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok."""),
    _rule(DUPLICATE_ID_RULE, "catalog-duplicate-id", "Question or choice listed twice",
          "Katalogda iki kez yazılmış soru ya da seçenek", """A question id is listed once, and a
choice id once within its question.

Bad:
    - id: 8
      ...
    - id: 8
Good: each id once.""",
          doc_tr="""Bir soru kimliği katalogda yalnızca bir kez yazılır; bir seçenek kimliği de kendi sorusu içinde
yalnızca bir kez.

Hatalı:
    - id: 8
      ...
    - id: 8
Doğru: her kimlik yalnızca bir kez."""),
)
