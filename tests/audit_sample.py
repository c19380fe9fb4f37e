"""A small audit report with every section, built from history and results without a network."""

from __future__ import annotations

from contentlint.audit.history import LinkHistory, State, Usage
from contentlint.audit.report import AuditReport
from contentlint.audit.run import judge
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.messages import msg

DAY = 86_400.0
T0 = 1_785_000_000.0  # 2026-07-25
NOW = T0 + 14 * DAY
A, B = "content/answers/a.md", "content/answers/b.md"

GONE = "https://www.stgm.org.tr/node/404"
DOWN = "https://stk.bilgi.edu.tr/media/GONULLU.pdf"
FLAKY = "https://www.501commons.org/resources"
BACK = "https://www.youtube.com/watch?v=I_FEZm8FcKU"
MOVED = "http://www.stgm.org.tr/stok-ogrenme-platformu"
FINE = "https://www.stgm.org.tr/node/20247"
SCRIPT = "javascript:alert(1)"
ARCHIVED = "https://web.archive.org/web/20250101000000/https://www.stgm.org.tr/node/404"
FINE_TITLE = "Hibe Programları | STGM"  # the link text says "Bilgi Merkezi"

USAGES = {
    GONE: [Usage(A, 9, 12, 9, 44, "Gönüllü <Yönetimi>")],
    DOWN: [Usage(A, 21, 5, 21, 47, "Gönüllüler ile İşbirliği"), Usage(B, 7, 3, 7, 45, "İşbirliği kitabı")],
    FLAKY: [Usage(B, 12, 8, 12, 44, "501 Commons")],
    BACK: [Usage(A, 15, 1, 15, 44, "Çalışanlar ve Gönüllüler")],
    MOVED: [Usage(B, 3, 20, 3, 66, "STOK Çevrimiçi Öğrenim Platformu")],
    FINE: [Usage(A, 30, 1, 30, 35, "Bilgi Merkezi")],
    SCRIPT: [Usage(B, 20, 1, 20, 20, "tıkla")],
}
RESULTS = {
    GONE: LinkResult(GONE, LinkStatus.BROKEN, "CL401", msg("The page does not exist (HTTP {status})",
                                                         "Sayfa bulunamadı (HTTP {status})", status=404),
                     http_status=404, certain=True, archived=ARCHIVED),
    DOWN: LinkResult(DOWN, LinkStatus.BROKEN, "CL402", msg("The server answered with an error (HTTP {status})",
                                                         "Sunucu hata verdi (HTTP {status})", status=503),
                     http_status=503),
    FLAKY: LinkResult(FLAKY, LinkStatus.BROKEN, "CL403", msg("The server did not answer in time",
                                                           "Sunucu zamanında yanıt vermedi")),
    BACK: LinkResult(BACK, LinkStatus.OK, http_status=200),
    MOVED: LinkResult(MOVED, LinkStatus.REDIRECT, "CL406", msg("The page has moved permanently",
                                                             "Sayfa kalıcı olarak taşınmış"),
                      http_status=301, fix_url="https://www.stgm.org.tr/stok-ogrenme-platformu"),
    FINE: LinkResult(FINE, LinkStatus.OK, http_status=200, title=FINE_TITLE),
    SCRIPT: LinkResult(SCRIPT, LinkStatus.UNVERIFIABLE, "CL416", msg(
        "Links with the 'javascript:' scheme are not checked", "'javascript:' ile başlayan bağlantılar denetlenmez",
    )),
}
HISTORY = {
    DOWN: LinkHistory(DOWN, first_seen=T0 - 60 * DAY, failing_since=T0, failures=2, state=State.BROKEN,
                      usages=tuple(USAGES[DOWN])),
    BACK: LinkHistory(BACK, first_seen=T0 - 60 * DAY, failing_since=T0 + 7 * DAY, failures=1,
                      state=State.SUSPECT, usages=tuple(USAGES[BACK])),
    FINE: LinkHistory(FINE, first_seen=T0 - 60 * DAY, last_ok=T0, usages=tuple(USAGES[FINE])),
}


def sample_report(fail_after: int = 2) -> AuditReport:
    entries, records, _ = judge(HISTORY, USAGES, RESULTS, NOW, fail_after, {FINE: USAGES[FINE]})
    return AuditReport(entries, files=2, urls=len(records), finished_at=NOW, previous_audit=T0 + 7 * DAY,
                       fail_after=fail_after)
