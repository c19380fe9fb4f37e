"""The link checker against local servers that behave like the real hosts, reached via remap."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from contentlint.config import LinksConfig
from contentlint.links import model
from contentlint.links.api import acheck_urls
from contentlint.links.model import LinkResult, LinkStatus
from tests.links_fakeweb import Stats, site_app, youtube_app, ytimg_app

ServerFactory = Callable[[web.Application], Awaitable[TestServer]]
SITE = "https://www.example.org"
VIDEO = "I_FEZm8FcKU"
PLAYLIST = "PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-"


class FakeClock:
    """Time passes only when the checker sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.time = 0.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.time

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += seconds
        await asyncio.sleep(0)


@dataclass
class FakeWeb:
    site: Stats
    stgm: Stats
    youtube: Stats
    ytimg: Stats
    remap: list[str]
    ports: dict[str, int]
    lookups: list[str] = field(default_factory=list)

    async def lookup(self, host: str) -> list[str]:
        """No test may resolve a real name: remapped links never need to."""
        self.lookups.append(host)
        raise AssertionError(f"DNS lookup of {host}")

    async def check(self, urls: list[str], clock: FakeClock | None = None, **options: Any
                    ) -> dict[str, LinkResult]:
        cache_path = options.pop("cache_path", None)
        settings = {"remap": self.remap, "timeout": 2.0, "backoff": 0.01, **options}
        return await acheck_urls(urls, LinksConfig.model_validate(settings), lookup=self.lookup, clock=clock,
                                 cache_path=cache_path)


async def start_web(aiohttp_server: ServerFactory, latency: float = 0.0) -> FakeWeb:
    stats = {name: Stats() for name in ("site", "stgm", "youtube", "ytimg")}
    servers = {
        "site": await aiohttp_server(site_app(SITE, stats["site"], latency)),
        "stgm": await aiohttp_server(site_app("https://www.stgm.org.tr", stats["stgm"], latency)),
        "youtube": await aiohttp_server(youtube_app(stats["youtube"], latency)),
        "ytimg": await aiohttp_server(ytimg_app(stats["ytimg"], latency)),
    }
    ports = {name: server.port for name, server in servers.items()}
    assert all(port is not None for port in ports.values())
    remap = [
        rf"^https?://(www\.)?example\.org/ http://127.0.0.1:{ports['site']}/",
        rf"^https?://(www\.)?stgm\.org\.tr/ http://127.0.0.1:{ports['stgm']}/",
        rf"^https://www\.youtube\.com/ http://127.0.0.1:{ports['youtube']}/",
        rf"^https://i\.ytimg\.com/ http://127.0.0.1:{ports['ytimg']}/",
    ]
    return FakeWeb(stats["site"], stats["stgm"], stats["youtube"], stats["ytimg"], remap,
                   {k: v for k, v in ports.items() if v is not None})


@pytest.fixture
async def fake_web(aiohttp_server: ServerFactory) -> FakeWeb:
    return await start_web(aiohttp_server)


VERDICTS = [
    # url, status, rule, http status, fix
    (f"{SITE}/ok/a", LinkStatus.OK, None, 200, None),
    (f"{SITE}/missing/a", LinkStatus.BROKEN, model.NOT_FOUND, 404, None),
    (f"{SITE}/removed/a", LinkStatus.BROKEN, model.NOT_FOUND, 410, None),
    (f"{SITE}/forbidden", LinkStatus.BROKEN, model.HTTP_ERROR, 403, None),
    (f"{SITE}/always-500", LinkStatus.BROKEN, model.HTTP_ERROR, 500, None),
    (f"{SITE}/flaky/a", LinkStatus.OK, None, 200, None),
    (f"{SITE}/soft/a", LinkStatus.BROKEN, model.SOFT_404, 200, None),
    (f"{SITE}/soft-en/a", LinkStatus.BROKEN, model.SOFT_404, 200, None),
    (f"{SITE}/to-home/a", LinkStatus.BROKEN, model.SOFT_404, 200, None),
    (f"{SITE}/moved/a", LinkStatus.REDIRECT, model.PERMANENT_REDIRECT, 200, f"{SITE}/ok/a"),
    (f"{SITE}/temp/a", LinkStatus.OK, None, 200, None),
    (f"{SITE}/chain/10", LinkStatus.OK, None, 200, None),
    (f"{SITE}/chain/11", LinkStatus.BROKEN, model.REDIRECT_LOOP, 302, None),
    (f"{SITE}/loop/a", LinkStatus.BROKEN, model.REDIRECT_LOOP, 302, None),
    (f"{SITE}/reset", LinkStatus.BROKEN, model.UNREACHABLE, None, None),
    (f"{SITE}/pdf/guide.pdf", LinkStatus.OK, None, 206, None),
    (f"{SITE}/typed-pdf/guide", LinkStatus.OK, None, 200, None),
    (f"{SITE}/gone-pdf/guide.pdf", LinkStatus.BROKEN, model.NOT_A_PDF, 200, None),
    (f"{SITE}/zip-pdf/guide.pdf", LinkStatus.BROKEN, model.NOT_A_PDF, 200, None),
    ("http://www.example.org/ok/b", LinkStatus.WARNING, model.INSECURE, 200, None),
    ("https://www.stgm.org.tr/ok/gonullu", LinkStatus.OK, None, 200, None),
    ("https://www.stgm.org.tr/soft-h1/a", LinkStatus.BROKEN, model.SOFT_404, 200, None),
    ("https://www.stgm.org.tr/to-login/a", LinkStatus.BROKEN, model.SOFT_404, 200, None),
    ("https://www.stgm.org.tr/node/20247", LinkStatus.REDIRECT, model.NODE_ALIAS, 200,
     "https://www.stgm.org.tr/alias-20247"),
    ("http://www.stgm.org.tr/ok/c", LinkStatus.WARNING, model.INSECURE, 200, "https://www.stgm.org.tr/ok/c"),
    (f"https://www.youtube.com/watch?v={VIDEO}", LinkStatus.OK, None, 200, None),
    (f"https://www.youtube.com/watch?v={VIDEO}&list={PLAYLIST}&index=4", LinkStatus.OK, None, 200, None),
    ("https://youtu.be/deletedVid0", LinkStatus.BROKEN, model.YOUTUBE_UNAVAILABLE, 404, None),
    ("https://www.youtube.com/embed/privateVid0", LinkStatus.BROKEN, model.YOUTUBE_UNAVAILABLE, 401, None),
    ("https://m.youtube.com/shorts/noEmbedVid0", LinkStatus.OK, model.YOUTUBE_NOT_EMBEDDABLE, 403, None),
    ("https://www.youtube-nocookie.com/embed/brokenApi00", LinkStatus.UNVERIFIABLE, model.UNVERIFIABLE, 500,
     None),
    (f"https://www.youtube.com/watch?v={VIDEO}&list=PLgone{'x' * 28}", LinkStatus.BROKEN,
     model.YOUTUBE_UNAVAILABLE, 404, None),
    ("https://www.youtube.com/watch?v=I_FEZm8Fc", LinkStatus.BROKEN, model.YOUTUBE_INVALID, None, None),
]


async def test_each_behaviour_gets_its_verdict(fake_web: FakeWeb) -> None:
    results = await fake_web.check([url for url, *_ in VERDICTS])
    got = {url: (r.status, r.rule, r.http_status, r.fix_url) for url, r in results.items()}
    assert got == {url: (status, rule, code, fix) for url, status, rule, code, fix in VERDICTS}
    assert fake_web.lookups == []


async def test_certain_failures_are_marked_and_titles_and_sizes_kept(fake_web: FakeWeb) -> None:
    urls = [f"{SITE}/missing/a", f"{SITE}/gone-pdf/a.pdf", "https://youtu.be/deletedVid0", f"{SITE}/always-500",
            f"https://www.youtube.com/watch?v={VIDEO}", f"{SITE}/pdf/a.pdf"]
    results = await fake_web.check(urls)
    assert [results[u].certain for u in urls] == [True, True, True, False, False, False]
    assert results[urls[4]].title == f"Video {VIDEO}"
    assert results[urls[5]].size == 4016


async def test_youtube_watch_pages_are_never_fetched_and_a_playlist_link_checks_both_ids(fake_web: FakeWeb) -> None:
    await fake_web.check([f"https://www.youtube.com/watch?v={VIDEO}&list={PLAYLIST}&index=4",
                          f"https://youtu.be/{VIDEO}", "https://www.youtube.com/embed/privateVid0"])
    assert fake_web.youtube.count("/watch") == 0
    oembeds = sorted(path for (_, path) in fake_web.youtube.requests)
    assert len(oembeds) == 3  # the video once (two links), the playlist, the private video
    assert any("list%3D" + PLAYLIST in p for p in oembeds)
    assert fake_web.ytimg.count("/vi/privateVid0/hqdefault.jpg") == 1  # the private-or-not-embeddable question


async def test_a_pdf_is_asked_for_its_first_kilobyte_only(fake_web: FakeWeb) -> None:
    await fake_web.check([f"{SITE}/pdf/guide.pdf"])
    assert [h.get("Range") for h in fake_web.site.headers] == ["bytes=0-1023"]


async def test_each_unique_url_is_requested_once(fake_web: FakeWeb) -> None:
    written = [f"{SITE}/ok/a", f"{SITE}/ok/a#bolum-1", "https://WWW.EXAMPLE.ORG:443/ok/a#x", f"{SITE}/ok/b"]
    results = await fake_web.check(written)
    assert fake_web.site.count("/ok/a") == 1 and fake_web.site.count("/ok/b") == 1
    assert {results[u].url for u in written[:3]} == {f"{SITE}/ok/a"}


async def test_never_more_than_max_per_host_at_once(aiohttp_server: ServerFactory) -> None:
    web_ = await start_web(aiohttp_server, latency=0.05)
    await web_.check([f"{SITE}/ok/{n}" for n in range(40)], max_per_host=3)
    assert web_.site.total == 40
    assert web_.site.peak == 3


async def test_limits_are_kept_per_original_host_even_on_one_mirror(aiohttp_server: ServerFactory) -> None:
    web_ = await start_web(aiohttp_server, latency=0.05)
    port = web_.ports["site"]
    remap = [rf"^https://(a|b)\.example\.net/ http://127.0.0.1:{port}/"]
    urls = [f"https://{host}.example.net/ok/{n}" for host in "ab" for n in range(20)]
    await acheck_urls(urls, LinksConfig(remap=remap, max_per_host=2), lookup=web_.lookup)
    assert web_.site.total == 40
    assert 2 < web_.site.peak <= 4


async def test_global_limit_caps_all_hosts_together(aiohttp_server: ServerFactory) -> None:
    web_ = await start_web(aiohttp_server, latency=0.05)
    port = web_.ports["site"]
    remap = [rf"^https://h\d\.example\.net/ http://127.0.0.1:{port}/"]
    urls = [f"https://h{h}.example.net/ok/{n}" for h in range(5) for n in range(8)]
    await acheck_urls(urls, LinksConfig(remap=remap, max_per_host=4, max_concurrency=5), lookup=web_.lookup)
    assert web_.site.peak == 5


async def test_retry_after_is_waited_for_then_the_link_is_asked_again(fake_web: FakeWeb) -> None:
    clock = FakeClock()
    results = await fake_web.check([f"{SITE}/limited/a", "https://www.youtube.com/watch?v=limitedVid0"], clock)
    assert results[f"{SITE}/limited/a"].status is LinkStatus.OK
    assert results["https://www.youtube.com/watch?v=limitedVid0"].status is LinkStatus.OK
    assert fake_web.site.count("/limited/a") == 2
    assert fake_web.youtube.total == 2
    assert sum(s for s in clock.sleeps if s >= 1.0) >= 2.0  # one Retry-After: 1 per host


async def test_rate_limiting_beyond_the_wait_cap_is_a_warning(fake_web: FakeWeb) -> None:
    results = await fake_web.check([f"{SITE}/limited/a"], FakeClock(), max_rate_limit_wait=0.5)
    result = results[f"{SITE}/limited/a"]
    assert (result.status, result.rule, result.http_status) == (LinkStatus.UNVERIFIABLE, model.RATE_LIMITED, 429)
    assert fake_web.site.count("/limited/a") == 1


async def test_retries_are_bounded_and_back_off(fake_web: FakeWeb) -> None:
    clock = FakeClock()
    results = await fake_web.check([f"{SITE}/always-500", f"{SITE}/flaky/a"], clock, retries=2, backoff=1.0)
    assert fake_web.site.count("/always-500") == 3
    assert fake_web.site.count("/flaky/a") == 3
    assert results[f"{SITE}/flaky/a"].status is LinkStatus.OK
    # Two waits per link, the second about twice the first (with jitter between 0.5× and 1.5×).
    assert len(clock.sleeps) == 4 and all(0.5 <= s <= 3.0 for s in clock.sleeps)


async def test_a_server_that_never_answers_times_out(fake_web: FakeWeb) -> None:
    results = await fake_web.check([f"{SITE}/hang"], timeout=0.2, retries=1)
    result = results[f"{SITE}/hang"]
    assert (result.status, result.rule) == (LinkStatus.BROKEN, model.UNREACHABLE)
    assert result.reason is not None and "0.2" in result.reason.render("en")
    assert fake_web.site.count("/hang") == 2


async def test_a_refused_connection_is_broken_after_retries(fake_web: FakeWeb) -> None:
    remap = [r"^https://closed\.example\.net/ http://127.0.0.1:9/"]
    results = await acheck_urls(["https://closed.example.net/x"], LinksConfig(remap=remap, retries=1, backoff=0.01))
    result = results["https://closed.example.net/x"]
    assert (result.status, result.rule) == (LinkStatus.BROKEN, model.UNREACHABLE)
    assert result.reason is not None
    assert result.reason.render("tr") == "Bağlantı kurulamadı: sunucu bağlantıyı reddetti"


async def test_redirects_are_followed_in_original_form_and_remapped_per_hop(fake_web: FakeWeb) -> None:
    # /moved/ answers with an absolute Location on https://www.example.org, which must be remapped again.
    results = await fake_web.check([f"{SITE}/moved/x"])
    assert results[f"{SITE}/moved/x"].final_url == f"{SITE}/ok/x"
    assert fake_web.site.count("/ok/x") == 1


async def test_the_guard_refuses_private_addresses_not_chosen_by_a_remap(fake_web: FakeWeb) -> None:
    port = fake_web.ports["site"]
    direct = f"http://127.0.0.1:{port}/ok/direct"
    hop = f"{SITE}/redirect-to?url=http://127.0.0.1:{port}/ok/hop"
    results = await fake_web.check([direct, hop])
    assert (results[direct].status, results[direct].rule) == (LinkStatus.UNVERIFIABLE, model.PRIVATE_ADDRESS)
    assert (results[hop].status, results[hop].rule) == (LinkStatus.UNVERIFIABLE, model.PRIVATE_ADDRESS)
    assert fake_web.site.count("/ok/direct") == 0 and fake_web.site.count("/ok/hop") == 0
    allowed = await fake_web.check([direct], allow_private=True)
    assert allowed[direct].rule == model.INSECURE  # requested and answered; only http:// is left to say
    assert fake_web.site.count("/ok/direct") == 1


async def test_excluded_links_are_not_requested(fake_web: FakeWeb) -> None:
    results = await fake_web.check([f"{SITE}/missing/a"], exclude=["/missing/"])
    assert results[f"{SITE}/missing/a"].status is LinkStatus.EXCLUDED
    assert fake_web.site.total == 0


async def test_accepted_statuses_per_host(fake_web: FakeWeb) -> None:
    results = await fake_web.check([f"{SITE}/forbidden"], hosts={"example.org": {"accept": [403]}})
    assert results[f"{SITE}/forbidden"].status is LinkStatus.OK


async def test_head_method_falls_back_to_get_when_refused(fake_web: FakeWeb) -> None:
    results = await fake_web.check([f"{SITE}/no-head/a", f"{SITE}/ok/h"], hosts={"www.example.org": {"method": "head"}})
    assert results[f"{SITE}/no-head/a"].status is LinkStatus.OK
    assert fake_web.site.count("/no-head/a", "HEAD") == 1 and fake_web.site.count("/no-head/a", "GET") == 1
    assert fake_web.site.count("/ok/h", "HEAD") == 1 and fake_web.site.count("/ok/h", "GET") == 0


async def test_fragments_are_checked_against_the_page_ids_when_asked(fake_web: FakeWeb) -> None:
    results = await fake_web.check([f"{SITE}/ok/f#bolum-1"], check_fragments=True)
    assert results[f"{SITE}/ok/f#bolum-1"].anchors == frozenset({"bolum-1"})


async def test_a_warm_cache_sends_no_request_and_failures_are_asked_again(fake_web: FakeWeb, tmp_path: Path) -> None:
    cache = tmp_path / "cache.sqlite"
    urls = [f"{SITE}/ok/a", f"{SITE}/moved/a", f"https://www.youtube.com/watch?v={VIDEO}", f"{SITE}/missing/a"]
    first = await fake_web.check(urls, cache_path=cache)
    seen = fake_web.site.total + fake_web.youtube.total
    second = await fake_web.check(urls, cache_path=cache)
    assert fake_web.site.total + fake_web.youtube.total == seen + 1  # only the 404 again
    assert fake_web.site.count("/missing/a") == 2
    assert [second[u].from_cache for u in urls] == [True, True, True, False]
    assert [second[u].fix_url for u in urls] == [first[u].fix_url for u in urls]
    await fake_web.check(urls, cache_path=cache, max_cache_age=0)
    assert fake_web.site.count("/moved/a") == 2  # too old to reuse: asked again


async def test_youtube_out_of_reach_leaves_the_video_unverified_not_broken() -> None:
    remap = [r"^https://www\.youtube\.com/ http://127.0.0.1:9/"]
    url = f"https://www.youtube.com/watch?v={VIDEO}"
    results = await acheck_urls([url], LinksConfig(remap=remap, retries=0))
    assert (results[url].status, results[url].rule, results[url].certain) == (
        LinkStatus.UNVERIFIABLE, model.UNVERIFIABLE, False)
    assert results[url].reason is not None and "YouTube" in results[url].reason.render("tr")
