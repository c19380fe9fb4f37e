"""The HTML audit report in a real browser: Debian's Chromium, headless, driven by Playwright."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contentlint.audit import html
from tests.audit_sample import ARCHIVED, FINE, FINE_TITLE, A, B, sample_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SCREENSHOTS = Path("/tmp")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium "
                                "(apt-get install chromium; .ci/run installs it)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "link-audit.html"
    path.write_text(html.render(sample_report(), "tr"), encoding="utf-8")
    return path


def open_page(browser: Any, path: Path, width: int, height: int) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    return page, errors, requests


def visible_rows(page: Any) -> list[list[str]]:
    """(file, line, state, URL) of each row the reader can see, in order."""
    result: list[list[str]] = page.evaluate("""() => Array.from(document.querySelectorAll('tr.row'))
        .filter(r => r.offsetParent !== null)
        .map(r => [r.parentElement.dataset.file, r.cells[0].textContent, r.cells[1].textContent,
                   r.cells[4].textContent])""")
    return result


def test_the_report_renders_the_expected_rows_grouped_by_file(browser: Any, report_file: Path) -> None:
    page, errors, requests = open_page(browser, report_file, 1280, 900)
    assert page.title() == "Bağlantı denetimi — 2026-08-08"
    assert page.locator("h1").inner_text() == "Bağlantı denetimi — 2026-08-08"
    assert page.locator("tr.file").all_inner_texts() == [A, B]
    assert visible_rows(page) == [
        [A, "9", "Yeni bozuk", "https://www.stgm.org.tr/node/404"],
        [A, "21", "Hâlâ bozuk", "https://stk.bilgi.edu.tr/media/GONULLU.pdf"],
        [A, "15", "Düzeldi", "https://www.youtube.com/watch?v=I_FEZm8FcKU"],
        [A, "30", "Metin uyuşmuyor", FINE],
        [B, "7", "Hâlâ bozuk", "https://stk.bilgi.edu.tr/media/GONULLU.pdf"],
        [B, "12", "Şüpheli", "https://www.501commons.org/resources"],
        [B, "20", "Şüpheli", "javascript:alert(1)"],
        [B, "3", "Güncellenmeli", "http://www.stgm.org.tr/stok-ogrenme-platformu"],
    ]
    assert page.locator("#shown").inner_text() == "8 satırdan 8 tanesi gösteriliyor"
    # Text from the content is shown, never interpreted; only web addresses become links.
    assert page.get_by_text("Gönüllü <Yönetimi>").count() == 1
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("a[href='https://www.stgm.org.tr/stok-ogrenme-platformu']").count() == 1
    page.screenshot(path=str(SCREENSHOTS / "contentlint-audit-desktop.png"), full_page=True)
    assert errors == []
    assert [r for r in requests if not r.startswith("file:")] == []


def test_the_search_box_and_the_section_menu_filter_rows(browser: Any, report_file: Path) -> None:
    page, errors, _ = open_page(browser, report_file, 1280, 900)
    page.fill("#filter", "GÖNÜLLÜ")  # capitals find "Gönüllü"
    assert [row[1] for row in visible_rows(page)] == ["9", "21", "15"]
    assert page.locator("tbody[data-file='content/answers/b.md']").is_hidden()
    page.fill("#filter", "işbirliği")
    assert [(row[0], row[1]) for row in visible_rows(page)] == [(A, "21"), (B, "7")]
    page.fill("#filter", "")
    page.select_option("#section", "suspect")
    assert [row[3] for row in visible_rows(page)] == ["https://www.501commons.org/resources", "javascript:alert(1)"]
    assert page.locator("#shown").inner_text() == "8 satırdan 2 tanesi gösteriliyor"
    page.click("button[data-section='fixed']")
    assert page.locator("#section").input_value() == "fixed"
    assert [row[1] for row in visible_rows(page)] == ["15"]
    page.fill("#filter", "bulunamadı")
    assert visible_rows(page) == [] and page.locator("#empty").is_visible()
    assert errors == []


def test_columns_sort_within_each_file(browser: Any, report_file: Path) -> None:
    page, errors, _ = open_page(browser, report_file, 1280, 900)
    line = page.locator("thead th").nth(0)
    line.click()
    assert line.get_attribute("aria-sort") == "ascending"
    assert [(row[0], row[1]) for row in visible_rows(page)] == [
        (A, "9"), (A, "15"), (A, "21"), (A, "30"), (B, "3"), (B, "7"), (B, "12"), (B, "20")]
    line.click()
    assert line.get_attribute("aria-sort") == "descending"
    assert [row[1] for row in visible_rows(page)] == ["30", "21", "15", "9", "20", "12", "7", "3"]
    http = page.locator("thead th").nth(5)
    http.click()
    assert line.get_attribute("aria-sort") is None
    assert [row[1] for row in visible_rows(page) if row[0] == A] == ["30", "15", "9", "21"]  # 200, 200, 404, 503
    assert errors == []


def test_the_suggested_fix_column_offers_the_new_address_the_archived_copy_and_the_real_title(
        browser: Any, report_file: Path) -> None:
    page, errors, requests = open_page(browser, report_file, 1280, 900)

    def fix_cell(line: str) -> Any:
        return page.locator(f'tr.row:has(> td:first-child[data-value="{line}"])').locator("td").nth(7)

    gone = fix_cell("9")
    assert gone.locator(".kind").inner_text() == "Arşivdeki kopyası"
    assert gone.locator("a").get_attribute("href") == ARCHIVED
    moved = fix_cell("3")
    assert moved.locator(".kind").inner_text() == "Yeni adres"
    assert moved.locator("a").get_attribute("href") == "https://www.stgm.org.tr/stok-ogrenme-platformu"
    wrong = fix_cell("30")
    assert wrong.inner_text().splitlines() == ["Hedefin başlığı", f"‘{FINE_TITLE}’"]
    assert wrong.locator("a").count() == 0  # a title is text, not a place to go
    problem = page.locator("tr.row.mismatch td").nth(2).inner_text()
    assert problem == f"Bağlantı metni ‘Bilgi Merkezi’, ama hedef sayfanın başlığı ‘{FINE_TITLE}’"
    # The one command that applies the redirects, shown above the table.
    assert page.locator("#command code").first.inner_text() == "contentlint links --fix"
    assert page.locator("#command").is_visible()
    page.select_option("#section", "mismatch")
    assert [row[1] for row in visible_rows(page)] == ["30"]
    assert errors == []
    assert [r for r in requests if not r.startswith("file:")] == []


def test_the_report_is_readable_on_a_phone(browser: Any, report_file: Path) -> None:
    page, errors, _ = open_page(browser, report_file, 390, 844)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, "the page scrolls sideways on a phone"
    # Cards instead of a wide table: each cell stacks and says what it is.
    first = page.locator("tr.row").first
    assert first.locator("td").nth(4).evaluate("td => getComputedStyle(td).display") == "block"
    label = first.locator("td").nth(4).evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Adres: "'
    font = page.evaluate("() => parseFloat(getComputedStyle(document.body).fontSize)")
    assert font >= 14
    page.screenshot(path=str(SCREENSHOTS / "contentlint-audit-phone.png"), full_page=True)
    assert errors == []
