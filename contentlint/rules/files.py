"""Problems with the file itself, found while reading it (before any Markdown is parsed)."""

from __future__ import annotations

from contentlint.diagnostics import Severity
from contentlint.messages import msg
from contentlint.rules.base import Rule

RULES = (
    Rule(
        id="CL001", name="file-not-utf8", category="format", severity=Severity.ERROR,
        summary=msg("The file is not UTF-8", "Dosya UTF-8 değil"),
        doc="""Answer files must be UTF-8. Turkish text pasted from older Windows programs is
often saved as Windows-1254, which turns 'ğ, ş, ı' into other bytes. The message names the
encoding the file most probably has and the first byte that is not UTF-8. The file is not checked
further until it is saved as UTF-8.

Bad: a file saved as Windows-1254 ("Gönüllü" stored as bytes 47 F6 6E FC 6C 6C FC).
Good: the same text saved as UTF-8 (47 C3 B6 6E C3 BC 6C 6C C3 BC).""",
    ),
    Rule(
        id="CL002", name="file-bom", category="format", severity=Severity.WARNING,
        summary=msg("The file starts with a byte order mark", "Dosya bayt sırası işaretiyle (BOM) başlıyor"),
        doc="""A UTF-8 byte order mark (EF BB BF) at the start of the file hides the opening
'---' of the frontmatter from some tools. It is reported; the file is still checked.

Bad: EF BB BF 2D 2D 2D 0A ... ("\\ufeff---").
Good: 2D 2D 2D 0A ... ("---").""",
    ),
    Rule(
        id="CL003", name="file-crlf", category="format", severity=Severity.WARNING,
        summary=msg("Windows (CRLF) line endings", "Windows (CRLF) satır sonları"),
        doc="""The content uses Unix line endings (LF). Files edited on Windows may end each line
with CR LF, which shows as changes on every line in reviews. It is reported; the file is still
checked, and --fix keeps the line endings a file has.

Bad: "title: ...\\r\\n".
Good: "title: ...\\n".""",
    ),
    Rule(
        id="CL004", name="file-binary", category="format", severity=Severity.ERROR,
        summary=msg("A binary file where a text file was expected", "Metin dosyası yerine ikili dosya"),
        doc="""A file that contains NUL bytes is not text (an image or a Word document renamed
to .md, for example). It is reported at the first NUL byte and not checked further.

Bad: a .docx file renamed to answer.md.
Good: the text of the answer saved as UTF-8 plain text.""",
    ),
    Rule(
        id="CL005", name="file-too-large", category="format", severity=Severity.ERROR,
        summary=msg("The file is too large to be an answer", "Dosya bir yanıt için fazla büyük"),
        doc="""An answer is a few kilobytes of text. A file larger than max_file_size (1 MiB by
default) is not read, so one wrong file cannot make a run slow or use much memory.

Bad: a 40 MB export pasted into an answer file.
Good: an answer of a few paragraphs that links to the large document.""",
    ),
    Rule(
        id="CL006", name="file-line-too-long", category="format", severity=Severity.WARNING,
        summary=msg("A line too long to be prose", "Metin için fazla uzun bir satır"),
        doc="""A line of tens of thousands of characters is not prose that an editor wrote (often
it is an embedded image or a paste gone wrong). Markdown checks are skipped for such a file so the
run stays fast; frontmatter and coverage checks still run.

Bad: a line of 200,000 characters of base64.
Good: paragraphs of ordinary length.""",
    ),
    Rule(
        id="CL007", name="file-skipped", category="format", severity=Severity.WARNING,
        summary=msg("A path that looks like an answer file was skipped", "Yanıt dosyası gibi görünen bir yol atlandı"),
        doc="""Symbolic links that lead outside the content root or in a loop, folders named like
answer files ('x.md/'), and files that cannot be opened are skipped with this diagnostic, so
nothing is silently left out and nothing outside the content is read.

Bad: content/answers/a.md -> /etc/passwd (a link out of the content root).
Good: content/answers/a.md as a regular file.""",
    ),
    Rule(
        id="CL008", name="markdown-too-deep", category="format", severity=Severity.ERROR,
        summary=msg("Markdown nested too deeply", "Markdown çok derin iç içe"),
        doc="""Thousands of nested quotes or lists are never meant; they would exhaust the
parser's recursion. Markdown checks are skipped for the file.

Bad: a line of 5,000 '>' characters.
Good: at most a few levels of nesting.""",
    ),
    Rule(
        id="CL009", name="internal-error", category="format", severity=Severity.ERROR,
        summary=msg("A rule failed on this file", "Bir kural bu dosyada hata verdi"),
        doc="""When a rule itself fails on a file (a bug in contentlint), the run goes on: the
other rules and files are still checked, and this diagnostic names the rule and the error so it
can be reported. It never means the content is wrong.

Bad: "Rule CL301 failed on this file (IndexError: ...)".
Good: no such diagnostic.""",
    ),
)
