"""The audit as one self-contained HTML page an editor opens in a browser, on a desk or a phone.

Everything (styles, script) is inline and a Content-Security-Policy forbids loading anything
else, so the file works as an e-mail attachment or a downloaded artifact, offline. The table is
grouped by answer file; its columns sort and a search box and a section menu filter its rows.
Text from the content is escaped, and only http(s) addresses become links.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from contentlint import __version__
from contentlint.audit.classify import Section
from contentlint.audit.history import Usage
from contentlint.audit.markdown import TITLE, headline, redirect_note, section_label, section_title
from contentlint.audit.report import SECTIONS, AuditReport, Entry, day
from contentlint.messages import Lang, pick
from contentlint.reporters.base import one_line, visible

_CSS = """
:root { color-scheme: light; --bad: #b42318; --bad-bg: #fef3f2; --warn: #93370d; --warn-bg: #fffaeb;
  --good: #067647; --good-bg: #ecfdf3; --info: #175cd3; --info-bg: #eff8ff; --line: #d0d5dd; --muted: #475467; }
* { box-sizing: border-box; }
body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; margin: 0;
  color: #101828; background: #fff; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
h1 { font-size: 1.5rem; margin: 20px 0 4px; }
.headline { margin: 0 0 16px; color: var(--muted); }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 16px; padding: 0; list-style: none; }
.counts button { font: inherit; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px;
  background: #fff; cursor: pointer; text-align: left; min-width: 9.5rem; }
.counts button[aria-pressed="true"] { outline: 3px solid #101828; }
.counts b { display: block; font-size: 1.5rem; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin-bottom: 12px; }
.controls input, .controls select { font: inherit; padding: 6px 8px; border: 1px solid var(--line);
  border-radius: 6px; }
.controls input { flex: 1 1 16rem; min-width: 0; }
.controls select { max-width: 100%; }
#shown { color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #f2f4f7; cursor: pointer; user-select: none; white-space: nowrap; }
thead th[aria-sort="ascending"]::after { content: " ▲"; }
thead th[aria-sort="descending"]::after { content: " ▼"; }
tr.file th { background: #f9fafb; font-family: ui-monospace, monospace; font-weight: 600; padding-top: 14px; }
.url, .fix { overflow-wrap: anywhere; font-family: ui-monospace, monospace; font-size: .9em; }
.note { color: var(--muted); font-size: .9em; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 8px; font-size: .85em; font-weight: 600;
  white-space: nowrap; }
.newly_broken .badge, .still_broken .badge, .s-newly_broken, .s-still_broken {
  color: var(--bad); background: var(--bad-bg); }
.suspect .badge, .s-suspect { color: var(--warn); background: var(--warn-bg); }
.fixed .badge, .s-fixed { color: var(--good); background: var(--good-bg); }
.redirect .badge, .s-redirect { color: var(--info); background: var(--info-bg); }
.mismatch .badge, .s-mismatch { color: var(--warn); background: var(--warn-bg); }
.fix .kind { display: block; font-family: system-ui, sans-serif; color: var(--muted); font-size: .85em; }
.fix .title { font-family: system-ui, sans-serif; font-size: 1.1em; }
.command code { font-family: ui-monospace, monospace; background: #f2f4f7; padding: 1px 4px; border-radius: 4px; }
.empty { padding: 24px 0; color: var(--muted); }
footer { color: var(--muted); font-size: .85em; padding: 24px 16px; }
@media (max-width: 760px) {
  body { font-size: 15px; }
  .counts button { min-width: 0; flex: 1 1 40%; }
  table, tbody, tr, td { display: block; width: 100%; }
  thead { display: block; }
  thead tr { display: flex; flex-wrap: wrap; gap: 4px; }
  thead th { position: static; border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; font-size: .85em; }
  tr.file th { display: block; border: 0; padding: 16px 0 4px; overflow-wrap: anywhere; }
  tbody tr.row { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 4px 0; }
  td { border: 0; padding: 3px 10px; }
  td:empty { display: none; }
  td[data-label]::before { content: attr(data-label) ": "; font: 600 15px system-ui, sans-serif; color: var(--muted); }
}
"""

# Sorting compares data-value when a cell has one (numbers, dates), else the text; Turkish
# collation and case folding ('İ' → 'i') so the search finds "istanbul" in "İstanbul".
_SCRIPT = """
(function () {
  var table = document.getElementById('problems');
  var search = document.getElementById('filter');
  var menu = document.getElementById('section');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('empty');
  var buttons = document.querySelectorAll('.counts button');
  var fold = function (s) { return s.toLocaleLowerCase('tr').normalize('NFC'); };
  var rows = Array.prototype.slice.call(table.querySelectorAll('tr.row'));
  rows.forEach(function (r) { r.dataset.text = fold(r.textContent); });
  function apply() {
    var words = fold(search.value).split(/\\s+/).filter(Boolean);
    var section = menu.value;
    var count = 0;
    rows.forEach(function (r) {
      var ok = (!section || r.dataset.section === section) &&
        words.every(function (w) { return r.dataset.text.indexOf(w) !== -1; });
      r.hidden = !ok;
      if (ok) { count++; }
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      body.hidden = !body.querySelector('tr.row:not([hidden])');
    });
    shown.textContent = shown.dataset.template.replace('{shown}', count).replace('{total}', rows.length);
    empty.hidden = count !== 0;
    buttons.forEach(function (b) { b.setAttribute('aria-pressed', String(b.dataset.section === section)); });
  }
  function sortBy(th) {
    var column = th.cellIndex;
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = th.dataset.type === 'number';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var key = function (r) {
      var cell = r.cells[column];
      var v = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent;
      return numeric ? parseFloat(v || '0') : v;
    };
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var list = Array.prototype.slice.call(body.querySelectorAll('tr.row'));
      list.sort(function (a, b) {
        var x = key(a), y = key(b);
        var d = numeric ? x - y : String(x).localeCompare(String(y), 'tr');
        return ascending ? d : -d;
      });
      list.forEach(function (r) { body.appendChild(r); });
    });
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.tabIndex = 0;
    th.addEventListener('click', function () { sortBy(th); });
    th.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(th); }
    });
  });
  buttons.forEach(function (b) {
    b.addEventListener('click', function () {
      menu.value = menu.value === b.dataset.section ? '' : b.dataset.section;
      apply();
    });
  });
  search.addEventListener('input', apply);
  menu.addEventListener('change', apply);
  apply();
})();
"""

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _text(text: str) -> str:
    """Text from the content: control characters as escapes, then HTML-escaped."""
    return escape(visible(text))


def _web(url: str | None) -> bool:
    try:
        return url is not None and urlsplit(url).scheme.lower() in ("http", "https")
    except ValueError:
        return False


def _link(url: str | None) -> str:
    if url is None:
        return ""
    text = _text(url)
    if not _web(url):
        return text
    return f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer" target="_blank">{text}</a>'


def _columns(lang: Lang) -> list[tuple[str, str]]:
    """(label, sort type) of each column, in order."""
    return [
        (pick(lang, "Line", "Satır"), "number"),
        (pick(lang, "State", "Durum"), "text"),
        (pick(lang, "Problem", "Sorun"), "text"),
        (pick(lang, "Link text", "Bağlantı metni"), "text"),
        (pick(lang, "URL", "Adres"), "text"),
        ("HTTP", "number"),
        (pick(lang, "Since", "Ne zamandan beri"), "text"),
        (pick(lang, "Suggested fix", "Öneri"), "text"),
    ]


def _row(entry: Entry, usage: Usage, report: AuditReport, lang: Lang) -> str:
    labels = [label for label, _ in _columns(lang)]
    section = entry.section
    order = SECTIONS.index(section)
    note = entry.history_note(report.fail_after)
    problem = _text(entry.problem(usage).render(lang))
    if note is not None:
        problem += f'<br><span class="note">{_text(note.render(lang))}</span>'
    status = "" if entry.http_status is None else str(entry.http_status)
    cells = [
        f'<td data-label="{labels[0]}" data-value="{usage.line}">{usage.line}</td>',
        f'<td data-label="{labels[1]}" data-value="{order}"><span class="badge">'
        f"{escape(section_label(section, lang))}</span></td>",
        f'<td data-label="{labels[2]}">{problem}</td>',
        f'<td data-label="{labels[3]}">{_text(usage.text)}</td>',
        f'<td data-label="{labels[4]}" class="url">{_link(entry.url)}</td>',
        f'<td data-label="{labels[5]}" data-value="{status or 0}">{status}</td>',
        f'<td data-label="{labels[6]}">{day(entry.since)}</td>',
        f'<td data-label="{labels[7]}" class="fix">{_suggestion(entry, lang)}</td>',
    ]
    return f'<tr class="row {section.value}" data-section="{section.value}">{"".join(cells)}</tr>'


def _suggestion(entry: Entry, lang: Lang) -> str:
    """What to do: a new address or an archived copy as a link, or the target's real title."""
    found = entry.suggestion()
    if found is None:
        return ""
    label, value = found
    shown = _link(value) if entry.title is None else f'<span class="title">{_text(f"‘{value}’")}</span>'
    return f'<span class="kind">{escape(label.render(lang))}</span>{shown}'


def _command(report: AuditReport, lang: Lang) -> str:
    if not report.section(Section.REDIRECT):
        return ""
    parts = escape(redirect_note(lang)).split("`")
    text = "".join(f"<code>{part}</code>" if i % 2 else part for i, part in enumerate(parts))
    return f'<p class="command" id="command">{text}</p>'


def _groups(report: AuditReport, lang: Lang) -> list[str]:
    by_file: dict[str, list[str]] = {}
    for entry in report.entries:
        for usage in entry.usages:
            by_file.setdefault(usage.path, []).append(_row(entry, usage, report, lang))
    width = len(_columns(lang))
    return [
        f'<tbody data-file="{escape(one_line(path), quote=True)}"><tr class="file">'
        f'<th colspan="{width}" scope="rowgroup">{escape(one_line(path))}</th></tr>{"".join(rows)}</tbody>'
        for path, rows in sorted(by_file.items())
    ]


def render(report: AuditReport, lang: Lang) -> str:
    title = f"{pick(lang, *TITLE)} — {day(report.finished_at)}"
    counts = report.counts()
    buttons = "".join(
        f'<li><button type="button" class="s-{s.value}" data-section="{s.value}" aria-pressed="false">'
        f"<b>{counts[s]}</b>{escape(section_label(s, lang))}</button></li>"
        for s in SECTIONS
    )
    options = "".join(
        f'<option value="{s.value}">{escape(section_title(s, lang))}</option>' for s in SECTIONS
    )
    head = "".join(f'<th scope="col" data-type="{kind}">{escape(label)}</th>' for label, kind in _columns(lang))
    shown = pick(lang, "{shown} of {total} rows shown", "{total} satırdan {shown} tanesi gösteriliyor")
    empty = (pick(lang, "No row matches the filter.", "Süzgece uyan satır yok.") if report.entries
             else pick(lang, "Every link works.", "Bütün bağlantılar çalışıyor."))
    previous = (pick(lang, f"Previous audit: {day(report.previous_audit)}. ",
                     f"Bir önceki denetim: {day(report.previous_audit)}. ")
                if report.previous_audit is not None else "")
    explain = pick(
        lang,
        f"A link that fails is suspect until it has failed {report.fail_after} audits in a row; "
        "a missing page (404/410), a deleted video or a replaced PDF counts as broken at once.",
        f"Çalışmayan bir bağlantı, art arda {report.fail_after} denetimde çalışmayana kadar şüpheli sayılır; "
        "bulunamayan sayfa (404/410), silinmiş video ya da yerine başka bir şey konmuş PDF hemen bozuk sayılır.",
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{_POLICY}">
<title>{escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>{escape(title)}</h1>
<p class="headline">{escape(headline(report, lang))}</p>
</header>
<main>
<ul class="counts">{buttons}</ul>
<div class="controls">
<input type="search" id="filter" aria-label="{escape(pick(lang, 'Search', 'Ara'))}"
 placeholder="{escape(pick(lang, 'Search file, link, message…', 'Dosya, bağlantı, ileti ara…'))}">
<select id="section" aria-label="{escape(pick(lang, 'Section', 'Bölüm'))}">
<option value="">{escape(pick(lang, 'All sections', 'Tüm bölümler'))}</option>{options}</select>
<span id="shown" data-template="{escape(shown)}"></span>
</div>
{_command(report, lang)}
<table id="problems">
<thead><tr>{head}</tr></thead>
{''.join(_groups(report, lang))}
</table>
<p id="empty" class="empty" hidden>{escape(empty)}</p>
</main>
<footer>{escape(previous + explain)} contentlint {__version__}</footer>
<script>{_SCRIPT}</script>
</body>
</html>
"""
