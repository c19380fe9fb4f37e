"""Bounded waiting, request counts, scheduling and hostile answers: the link checker against local
servers (127.0.0.x) that rate-limit, hang, reset, redirect to private addresses or speak broken HTTP."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from aiohttp import web

from contentlint.config import LinksConfig
from contentlint.links import model
from contentlint.links.api import acheck_urls
from contentlint.links.checker import NoDns
from contentlint.links.guard import forbidden
from contentlint.links.model import LinkResult, LinkStatus
from tests.links_fakeweb import Stats, page, site_app
from tests.test_links_checker import SITE, FakeClock, FakeWeb, ServerFactory, start_web


@pytest.fixture
async def fake_web(aiohttp_server: ServerFactory) -> FakeWeb:
    return await start_web(aiohttp_server)


# -- rate limits --------------------------------------------------------------------------------

async def test_a_429_storm_ends_within_the_host_budget_and_reports_rate_limited_warnings(
        fake_web: FakeWeb) -> None:
    """8 links to a host that always answers 429 with Retry-After: 1 (a run of most of an hour before)."""
    clock = FakeClock()
    urls = [f"{SITE}/always-429/{n}" for n in range(8)]
    results = await fake_web.check(urls, clock)
    assert {(r.status, r.rule, r.certain) for r in results.values()} == {
        (LinkStatus.UNVERIFIABLE, model.RATE_LIMITED, False)}
    assert clock.time <= 60.0 + 1.0  # the default budget of the host, counted from its first 429
    assert fake_web.site.total <= 8 * 4  # never more than 1 + retries requests per link
    assert fake_web.site.peak <= 4


async def test_the_host_budget_is_configurable(fake_web: FakeWeb) -> None:
    clock = FakeClock()
    results = await fake_web.check([f"{SITE}/always-429/{n}" for n in range(8)], clock, max_rate_limit_wait=5)
    assert all(r.rule == model.RATE_LIMITED for r in results.values())
    assert clock.time <= 5.0 + 1.0


async def test_a_429_without_retry_after_is_retried_a_few_times_with_short_waits(fake_web: FakeWeb) -> None:
    clock = FakeClock()
    results = await fake_web.check([f"{SITE}/bare-429/a"], clock, retries=3, backoff=0.5)
    assert results[f"{SITE}/bare-429/a"].rule == model.RATE_LIMITED
    assert fake_web.site.count("/bare-429/a") == 4
    assert clock.time < 15.0  # 1 s, 2 s, 4 s with jitter; it took 71 s before


async def test_after_a_429_the_host_waits_exactly_its_retry_after(fake_web: FakeWeb) -> None:
    clock = FakeClock()
    urls = [f"{SITE}/limited/a", *(f"{SITE}/ok/{n}" for n in range(6))]
    results = await fake_web.check(urls, clock, max_per_host=2)
    assert all(r.status is LinkStatus.OK for r in results.values())
    assert clock.sleeps == [1.0]  # one pause, as long as the server asked, and no idle time after it


# -- timeouts and the deadline ------------------------------------------------------------------

async def test_a_host_whose_first_requests_time_out_is_not_asked_for_each_of_its_links(
        fake_web: FakeWeb) -> None:
    urls = [f"{SITE}/hang/{n}" for n in range(12)]
    results = await fake_web.check(urls, timeout=0.3, retries=3, max_per_host=2)
    assert fake_web.site.total <= 3  # 12 links × 4 tries × 0.3 s before
    assert {(r.status, r.rule, r.certain) for r in results.values()} == {(LinkStatus.BROKEN, model.UNREACHABLE, False)}
    said = {r.reason.render("en") for r in results.values() if r.reason is not None}
    assert any("did not answer 2 requests" in text for text in said)


async def test_the_deadline_stops_the_check_and_reports_undecided_links(fake_web: FakeWeb) -> None:
    urls = [f"{SITE}/ok/a", *(f"{SITE}/hang/{n}" for n in range(3))]
    results = await fake_web.check(urls, timeout=20, deadline=0.5, max_per_host=4)
    assert results[f"{SITE}/ok/a"].status is LinkStatus.OK
    for url in urls[1:]:
        result = results[url]
        assert (result.status, result.rule) == (LinkStatus.UNVERIFIABLE, model.UNVERIFIABLE)
        assert result.reason is not None and "time limit (0.5 s)" in result.reason.render("en")
        assert "süre (0.5 saniye)" in result.reason.render("tr")


@pytest.mark.parametrize("value", ["0", "-1", "inf", "nan", "0s", "soon"])
def test_timeout_and_deadline_must_be_finite_and_positive(value: str) -> None:
    from contentlint.config import ConfigError, parse_config

    for key in ("timeout", "deadline"):
        with pytest.raises(ConfigError) as refused:
            parse_config({"links": {key: value}}, "contentlint.toml")
        assert f"links.{key}" in refused.value.message.render("en")
        assert f"links.{key}" in refused.value.message.render("tr")


@pytest.mark.parametrize("value", ["0", "-1", "inf", "nan"])
@pytest.mark.parametrize("option", ["--timeout", "--deadline"])
def test_the_command_line_refuses_waits_that_never_end(value: str, option: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from contentlint.cli import main
    from tests.conftest import HEADER, make_project

    make_project(tmp_path, {"content/answers/a.md": HEADER + "[a](https://example.net/a)\n"})
    monkeypatch.chdir(tmp_path)
    for lang, words in (("en", "finite number of seconds above 0"), ("tr", "0'dan büyük sonlu bir saniye değeri")):
        with pytest.raises(SystemExit) as exited:
            main(["links", "--lang", lang, f"{option}={value}"])
        assert exited.value.code == 2
        err = capsys.readouterr().err
        assert option in err and words in err and "Traceback" not in err


# -- request counts -----------------------------------------------------------------------------

async def test_a_reset_connection_is_requested_at_most_one_plus_retries_times(aiohttp_server: ServerFactory) -> None:
    web_ = await start_web(aiohttp_server, latency=0.01)
    # Other links to the host keep pooled connections alive, which the reset one reuses.
    urls = [f"{SITE}/reset", *(f"{SITE}/ok/{n}" for n in range(12))]
    results = await web_.check(urls, retries=2, max_per_host=4)
    assert results[f"{SITE}/reset"].rule == model.UNREACHABLE
    assert web_.site.count("/reset") == 3


# -- scheduling ---------------------------------------------------------------------------------

def _logging_app(name: str, log: list[str], stats: Stats) -> web.Application:
    async def handle(request: web.Request) -> web.Response:
        log.append(name)
        stats.in_flight += 1
        stats.peak = max(stats.peak, stats.in_flight)
        try:
            await asyncio.sleep(0.02)
        finally:
            stats.in_flight -= 1
        return web.Response(text=page("Sayfa"), content_type="text/html")

    app = web.Application()
    app.router.add_get("/{tail:.*}", handle)
    return app


async def test_free_slots_go_to_the_host_with_the_most_links_left(aiohttp_server: ServerFactory) -> None:
    log: list[str] = []
    busy, small = Stats(), Stats()
    busy_server = await aiohttp_server(_logging_app("busy", log, busy))
    small_server = await aiohttp_server(_logging_app("small", log, small))
    remap = [rf"^https://busy\.example\.net/ http://127.0.0.1:{busy_server.port}/",
             rf"^https://small\.example\.net/ http://127.0.0.1:{small_server.port}/"]
    # The small host's links come first: served first come, first served, they would take the slots.
    urls = [f"https://small.example.net/{n}" for n in range(8)] + [f"https://busy.example.net/{n}" for n in range(40)]
    results = await acheck_urls(urls, LinksConfig(remap=remap, max_per_host=3, max_concurrency=4))
    assert all(r.status is LinkStatus.OK for r in results.values())
    assert log.count("busy") == 40 and log.count("small") == 8
    assert log[:3] == ["busy"] * 3  # the busiest host gets its whole per-host limit at once
    assert busy.peak == 3 and small.peak <= 3 and busy.peak + small.peak <= 4 + 3
    # While the busy host has more links left than the small one, it keeps its 3 slots.
    assert log.index("small") <= 3


# -- the guard and remap trust ------------------------------------------------------------------

@pytest.mark.parametrize("address", [
    "::127.0.0.1",  # IPv4-compatible
    "::ffff:10.0.0.1",  # IPv4-mapped
    "64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::a9fe:a9fe",  # NAT64
    "2002:7f00:1::1", "2002:c0a8:101::1",  # 6to4 of 127.0.0.1, 192.168.1.1
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
    "fec0::1",  # site-local
    "2001:db8::1", "100::1",  # documentation, discard
])
def test_ipv6_addresses_that_embed_or_are_private_addresses_are_refused(address: str) -> None:
    assert forbidden(address)


@pytest.mark.parametrize("address", ["2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "1.1.1.1"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert not forbidden(address)


async def test_remap_trust_is_anchored_to_the_targets_a_rule_produces(aiohttp_server: ServerFactory) -> None:
    """An unanchored pattern matched inside a redirect's query must not make a private address trusted."""
    site_stats, secret_stats = Stats(), Stats()
    site = await aiohttp_server(site_app(SITE, site_stats))
    secret = await aiohttp_server(site_app("http://secret.internal", secret_stats))
    remap = [rf"http://www\.example\.org/ http://127.0.0.1:{site.port}/"]  # unanchored: matches in a query too
    hop = f"http://127.0.0.1:{secret.port}/ok/secret?ref=http://www.example.org/"
    url = f"http://www.example.org/redirect-to?url={hop}"
    results = await acheck_urls([url], LinksConfig(remap=remap, retries=0))
    result = results[url]
    assert (result.status, result.rule) == (LinkStatus.UNVERIFIABLE, model.PRIVATE_ADDRESS)
    assert result.fix_url is None
    assert secret_stats.total == 0 and site_stats.count("/redirect-to") == 1


# -- answers that are not what HTTP promises ----------------------------------------------------

@asynccontextmanager
async def raw_server(*answers: bytes) -> AsyncIterator[int]:
    """A server that answers the n-th request with ``answers[n]`` (the last one repeats), byte for byte."""
    served = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal served
        await reader.readuntil(b"\r\n\r\n")
        writer.write(answers[min(served, len(answers) - 1)])
        served += 1
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()
        await server.wait_closed()


def _answer(status: str, *headers: bytes, body: bytes = b"") -> bytes:
    lines = [f"HTTP/1.1 {status}".encode(), *headers, b"Connection: close", b"Content-Length: %d" % len(body)]
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


OK_PAGE = _answer("200 OK", b"Content-Type: text/html", body=page("Sayfa").encode())


async def _check_raw(port: int, **options: object) -> LinkResult:
    url = "https://raw.example.net/a"
    settings = {"remap": [rf"^https://raw\.example\.net/ http://127.0.0.1:{port}/"], "retries": 1, "backoff": 0.01,
                **options}
    return (await acheck_urls([url], LinksConfig.model_validate(settings), clock=FakeClock()))[url]


async def test_a_location_that_is_not_utf8_is_an_invalid_redirect_never_a_fix() -> None:
    async with raw_server(_answer("301 Moved Permanently", b"Location: /neu-\xff\xfe-seite")) as port:
        result = await _check_raw(port)
    assert (result.status, result.rule, result.fix_url) == (LinkStatus.BROKEN, model.HTTP_ERROR, None)
    assert result.reason is not None and "Invalid redirect" in result.reason.render("en")
    assert "Geçersiz yönlendirme" in result.reason.render("tr")


@pytest.mark.parametrize("value", ["\u00b2".encode(), b"\xff", b"-1", b"99999999999999999999", b"Mon, 99 Foo"])
async def test_an_odd_retry_after_never_raises(value: bytes) -> None:
    async with raw_server(_answer("429 Too Many Requests", b"Retry-After: " + value), OK_PAGE) as port:
        result = await _check_raw(port)
    assert result.status is LinkStatus.OK


async def test_an_answer_that_is_not_http_gets_a_one_line_message() -> None:
    garbage = b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\nX: \x00\x01\r\n\r\n" + b"\x00" * 50
    async with raw_server(garbage) as port:
        result = await _check_raw(port, retries=0)
    assert (result.status, result.rule) == (LinkStatus.BROKEN, model.UNREACHABLE)
    assert result.reason is not None
    for lang in ("en", "tr"):
        text = result.reason.render(lang)
        assert "\n" not in text and len(text) < 300


# -- a machine without DNS ----------------------------------------------------------------------

def _no_dns(asked: list[str]) -> Callable[[str], object]:
    async def lookup(host: str) -> list[str]:
        asked.append(host)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return lookup


async def test_when_no_name_resolves_the_machine_is_blamed_not_the_links() -> None:
    asked: list[str] = []
    urls = [f"https://site{n}.example.net/a" for n in range(4)]
    with pytest.raises(NoDns) as raised:
        await acheck_urls(urls, LinksConfig(), lookup=_no_dns(asked))  # type: ignore[arg-type]
    assert "DNS" in raised.value.message.render("en") and "DNS" in raised.value.message.render("tr")
    assert sorted(asked) == sorted(f"site{n}.example.net" for n in range(4))


async def test_one_missing_domain_among_few_is_still_a_broken_link() -> None:
    url = "https://gone.example.net/a"
    results = await acheck_urls([url], LinksConfig(), lookup=_no_dns([]))  # type: ignore[arg-type]
    assert (results[url].status, results[url].rule, results[url].certain) == (
        LinkStatus.BROKEN, model.UNREACHABLE, True)


def test_without_dns_audit_and_links_exit_2_and_leave_the_history_alone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from contentlint.cli import main
    from contentlint.links import guard
    from tests.conftest import HEADER, make_project

    links = "".join(f"- [Kaynak {n}](https://site{n}.example.net/a)\n" for n in range(4))
    make_project(tmp_path, {"content/answers/a.md": HEADER + links})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(guard, "system_lookup", _no_dns([]))
    assert main(["links", "--no-progress"]) == 2
    assert "DNS" in capsys.readouterr().err
    assert main(["audit", "--no-progress", "--lang", "tr"]) == 2
    err = capsys.readouterr().err
    assert "DNS" in err and "Traceback" not in err
    history = tmp_path / ".contentlint" / "history.sqlite"
    if history.exists():
        import sqlite3

        with sqlite3.connect(history) as db:
            assert db.execute("SELECT COUNT(*) FROM links").fetchone() == (0,)
            assert db.execute("SELECT COUNT(*) FROM audits").fetchone() == (0,)


def test_audit_has_a_deadline_unless_one_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contentlint.cli import main
    from contentlint.links import api
    from tests.conftest import HEADER, make_project

    make_project(tmp_path, {"content/answers/a.md": HEADER + "[a](https://example.net/a)\n"})
    monkeypatch.chdir(tmp_path)
    deadlines: list[float | None] = []

    async def check(urls: list[str], options: LinksConfig, **kwargs: object) -> dict[str, LinkResult]:
        deadlines.append(options.deadline)
        return {url: LinkResult(url, LinkStatus.OK) for url in urls}

    monkeypatch.setattr(api, "acheck_urls", check)
    assert main(["audit", "--no-progress"]) == 0
    assert main(["audit", "--no-progress", "--deadline", "5m"]) == 0
    assert deadlines == [1800.0, 300.0]
