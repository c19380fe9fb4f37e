"""Keep one GitHub issue labelled ``link-audit`` in step with the latest audit, with the gh CLI.

    python -m contentlint.audit.gh_issue --report audit.json --body audit.md

Something broken and no open issue: create one. An open issue: replace its body with the new
report. Nothing broken any more: update the body one last time and close the issue. Older
duplicates (from before this script, or a race) are closed in favour of the oldest open one.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contentlint.messages import Lang, detect_lang, msg, pick, reason

LABEL = "link-audit"
ARTIFACT = "link-audit-report"  # the name link-audit.yml uploads the HTML report under
Gh = Callable[[Sequence[str]], str]


class GhError(Exception):
    pass


def run_gh(args: Sequence[str]) -> str:
    """Run ``gh`` (found on PATH) and return what it printed."""
    try:
        done = subprocess.run(["gh", *args], capture_output=True, text=True, check=False)
    except OSError as exc:
        raise GhError(f"gh: {exc.strerror or exc}") from None
    if done.returncode != 0:
        raise GhError(f"gh {' '.join(args[:2])}: {done.stderr.strip() or done.returncode}")
    return done.stdout


@dataclass(frozen=True)
class Action:
    """What was done, for the log: 'created', 'updated', 'closed' or 'nothing'."""

    kind: str
    number: int | None = None


def broken_count(report: dict[str, Any]) -> int:
    counts = report["audit"]["counts"]
    return int(counts["newly_broken"]) + int(counts["still_broken"])


def _run_link() -> str:
    server, repository, run_id = (os.environ.get(v) for v in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY",
                                                               "GITHUB_RUN_ID"))
    return f"{server}/{repository}/actions/runs/{run_id}" if server and repository and run_id else ""


def with_footer(body: str, lang: Lang) -> str:
    """The report, plus where the full HTML report of this run can be downloaded."""
    link = _run_link()
    if not link:
        return body
    return body.rstrip("\n") + "\n\n" + pick(
        lang,
        f"The full report (HTML, sortable and filterable) is the `{ARTIFACT}` artifact of [this run]({link}).",
        f"Sıralanabilir ve süzülebilir tam rapor (HTML), [bu çalıştırmanın]({link}) `{ARTIFACT}` çıktısındadır.",
    ) + "\n"


def sync_issue(gh: Gh, broken: int, body_file: Path, lang: Lang, label: str = LABEL) -> Action:
    listed = json.loads(gh(["issue", "list", "--label", label, "--state", "open",
                            "--json", "number", "--limit", "100"]) or "[]")
    open_numbers = sorted(int(item["number"]) for item in listed)
    keep = open_numbers[0] if open_numbers else None
    for duplicate in open_numbers[1:]:
        gh(["issue", "close", str(duplicate), "--reason", "not planned", "--comment", pick(
            lang, f"Duplicate of #{keep}: one issue keeps the link audit.",
            f"#{keep} ile aynı: bağlantı denetimi tek bir konuda izleniyor.",
        )])
    if keep is None and not broken:
        return Action("nothing")
    if keep is None:
        gh(["label", "create", label, "--color", "D93F0B", "--force", "--description",
            pick(lang, "Broken links found by the scheduled link audit",
                 "Zamanlanmış bağlantı denetiminin bulduğu bozuk bağlantılar")])
        url = gh(["issue", "create", "--title", pick(lang, "Broken links (link audit)",
                                                       "Bozuk bağlantılar (bağlantı denetimi)"),
                  "--label", label, "--body-file", str(body_file)]).strip()
        number = url.rstrip("/").rsplit("/", 1)[-1]
        return Action("created", int(number) if number.isdigit() else None)
    gh(["issue", "edit", str(keep), "--body-file", str(body_file)])
    if broken:
        return Action("updated", keep)
    gh(["issue", "close", str(keep), "--reason", "completed", "--comment", pick(
        lang, "Every broken link is fixed, so the audit closes this issue. If a link breaks again, it opens a new one.",
        "Bütün bozuk bağlantılar düzeltildi; denetim bu konuyu kapatıyor. Yeniden bozulan bir bağlantı olursa yeni"
        " bir konu açar.",
    )])
    return Action("closed", keep)


def main(argv: Sequence[str] | None = None, gh: Gh = run_gh) -> int:
    parser = argparse.ArgumentParser(prog="python -m contentlint.audit.gh_issue",
                                     description="Create, update or close the link-audit issue with gh.")
    parser.add_argument("--report", type=Path, required=True, help="the audit's JSON output")
    parser.add_argument("--body", type=Path, required=True, help="the audit's Markdown output (the issue body)")
    parser.add_argument("--label", default=LABEL, help=f"label of the issue (default: {LABEL})")
    parser.add_argument("--lang", choices=["tr", "en"], help="language of titles and comments")
    args = parser.parse_args(argv)
    lang = detect_lang(args.lang)
    try:
        report = json.loads(args.report.read_text(encoding="utf-8"))
        body = with_footer(args.body.read_text(encoding="utf-8"), lang)
        broken = broken_count(report)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        sys.stderr.write(msg("Cannot read the audit report: {error}", "Denetim raporu okunamadı: {error_tr}",
                             **reason(exc)).render(lang) + "\n")
        return 2
    body_file = args.body.with_suffix(".issue.md")
    body_file.write_text(body, encoding="utf-8")
    try:
        action = sync_issue(gh, broken, body_file, lang, args.label)
    except GhError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    done = {
        "created": msg("Opened issue #{number}", "#{number} numaralı konu açıldı", number=action.number),
        "updated": msg("Updated issue #{number}", "#{number} numaralı konu güncellendi", number=action.number),
        "closed": msg("Closed issue #{number}: every link is fixed",
                      "#{number} numaralı konu kapatıldı: bütün bağlantılar düzeldi", number=action.number),
        "nothing": msg("Nothing is broken and no issue is open", "Bozuk bağlantı yok, açık konu da yok"),
    }[action.kind]
    print(done.render(lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
