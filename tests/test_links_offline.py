"""The parts of link checking that need no server: URLs, YouTube ids, remap, the guard, pages,
pacing, the cache and the rules' metadata."""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path

import pytest

from contentlint import rules as registry
from contentlint.config import ConfigError, LinksConfig, parse_config
from contentlint.links import model
from contentlint.links.cache import LinkCache
from contentlint.links.guard import Guard, NameNotFound, PinnedResolver, Refused, forbidden
from contentlint.links.hosts import generic as generic_kind
from contentlint.links.hosts import pick, stgm, youtube
from contentlint.links.limits import HostGate, Scheduler
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.links.pages import read_page, says_not_found
from contentlint.links.remap import Remapper
from contentlint.links.urls import WebUrl, classify, join, web_url
from contentlint.messages import Message, msg
from tests.test_links_checker import FakeClock


@pytest.mark.parametrize(("written", "key"), [
    ("https://www.stgm.org.tr/node/20247", "https://www.stgm.org.tr/node/20247"),
    ("HTTPS://WWW.STGM.ORG.TR:443/node/20247#baslik", "https://www.stgm.org.tr/node/20247"),
    ("http://example.org", "http://example.org/"),
    ("http://example.org:8080/a?b=1&c=2", "http://example.org:8080/a?b=1&c=2"),
    ("https://bücher.de/gönüllü", "https://xn--bcher-kva.de/g%C3%B6n%C3%BCll%C3%BC"),
    ("<https://example.org/a b>", "https://example.org/a%20b"),
])
def test_web_urls_are_normalised_without_fragment(written: str, key: str) -> None:
    found = classify(written)
    assert isinstance(found, WebUrl)
    assert found.key == key


@pytest.mark.parametrize(("written", "status", "rule"), [
    ("mailto:info@stgm.org.tr", LinkStatus.OK, None),
    ("mailto:info@stgm.org.tr?subject=Soru", LinkStatus.OK, None),
    ("mailto:a@stgm.org.tr,b@stgm.org.tr", LinkStatus.OK, None),
    ("mailto:info@stgm", LinkStatus.BROKEN, model.MALFORMED),
    ("mailto:", LinkStatus.BROKEN, model.MALFORMED),
    ("tel:+90-312-442-4262", LinkStatus.OK, None),
    ("tel:(0312)4424262", LinkStatus.OK, None),
    ("tel:bizi-arayın", LinkStatus.BROKEN, model.MALFORMED),
    ("ftp://ftp.example.org/a", LinkStatus.UNVERIFIABLE, model.UNSUPPORTED_SCHEME),
    ("javascript:alert(1)", LinkStatus.UNVERIFIABLE, model.UNSUPPORTED_SCHEME),
    ("www.stgm.org.tr/bilgi-merkezi", LinkStatus.BROKEN, model.MALFORMED),
    ("https://", LinkStatus.BROKEN, model.MALFORMED),
    ("http://[::1/", LinkStatus.BROKEN, model.MALFORMED),
    ("#bolum", LinkStatus.SKIPPED, None),
    ("../diger-yanit.md", LinkStatus.SKIPPED, None),
])
def test_links_that_need_no_request(written: str, status: LinkStatus, rule: str | None) -> None:
    found = classify(written)
    assert isinstance(found, LinkResult)
    assert (found.status, found.rule) == (status, rule)


def test_a_link_without_scheme_gets_https_as_fix() -> None:
    found = classify("www.stgm.org.tr/x")
    assert isinstance(found, LinkResult) and found.fix_url == "https://www.stgm.org.tr/x"


@pytest.mark.parametrize(("base", "location", "target"), [
    ("https://www.stgm.org.tr/node/1", "/gonullu-yonetimi", "https://www.stgm.org.tr/gonullu-yonetimi"),
    ("https://www.stgm.org.tr/a/b", "c", "https://www.stgm.org.tr/a/c"),
    ("https://www.stgm.org.tr/a", "//cdn.example.org/x", "https://cdn.example.org/x"),
    ("http://example.org/a", "https://example.org/a", "https://example.org/a"),
])
def test_redirect_locations_resolve_against_the_original_url(base: str, location: str, target: str) -> None:
    found = join(base, location)
    assert found is not None and found.key == target


@pytest.mark.parametrize(("url", "video", "playlist"), [
    ("https://www.youtube.com/watch?v=I_FEZm8FcKU", "I_FEZm8FcKU", None),
    ("https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4",
     "I_FEZm8FcKU", "PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-"),
    ("https://youtu.be/I_FEZm8FcKU?t=30", "I_FEZm8FcKU", None),
    ("https://m.youtube.com/shorts/I_FEZm8FcKU", "I_FEZm8FcKU", None),
    ("https://www.youtube-nocookie.com/embed/I_FEZm8FcKU", "I_FEZm8FcKU", None),
    ("https://www.youtube.com/playlist?list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-", None,
     "PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-"),
])
def test_youtube_ids_are_read_from_every_url_form(url: str, video: str | None, playlist: str | None) -> None:
    found = youtube.parse(web_url(url).url)  # type: ignore[union-attr]
    assert found == youtube.Ref(video, playlist)


@pytest.mark.parametrize("url", [
    "https://www.youtube.com/watch?v=I_FEZm8Fc",  # cut off
    "https://www.youtube.com/watch?v=I_FEZm8FcKZ",  # impossible last character
    "https://www.youtube.com/watch?list=PL123",
    "https://www.youtube.com/watch",
    "https://youtu.be/",
    "https://www.youtube.com/playlist",
])
def test_malformed_youtube_ids_are_found_offline(url: str) -> None:
    assert isinstance(youtube.parse(web_url(url).url), Message)  # type: ignore[union-attr]


def test_other_youtube_pages_get_the_generic_check() -> None:
    assert youtube.parse(web_url("https://www.youtube.com/@stgm").url) is None  # type: ignore[union-attr]


@pytest.mark.parametrize(("host", "kind"), [
    ("www.youtube.com", youtube), ("youtu.be", youtube), ("www.stgm.org.tr", stgm), ("stgm.org.tr", stgm),
    ("stgm.org.tr.example.net", generic_kind), ("www.501commons.org", generic_kind),
])
def test_the_host_kind_is_chosen_by_host(host: str, kind: object) -> None:
    assert pick(host) is kind


def test_remap_rules_are_tried_in_order_and_the_first_match_wins() -> None:
    remapper = Remapper([r"^https://www\.stgm\.org\.tr/(.*) http://127.0.0.1:8001/stgm/\1",
                         r"^https://(.*) http://127.0.0.1:8002/\1"])
    assert remapper.apply("https://www.stgm.org.tr/node/1") == ("http://127.0.0.1:8001/stgm/node/1", True)
    assert remapper.apply("https://example.org/a") == ("http://127.0.0.1:8002/example.org/a", True)
    assert remapper.apply("http://example.org/a") == ("http://example.org/a", False)


@pytest.mark.parametrize(("address", "refused"), [
    ("127.0.0.1", True), ("10.1.2.3", True), ("172.16.0.1", True), ("192.168.1.1", True),
    ("169.254.169.254", True), ("100.100.100.200", True), ("0.0.0.0", True), ("224.0.0.1", True),
    ("::1", True), ("fe80::1", True), ("fd00:ec2::254", True), ("::ffff:127.0.0.1", True),
    ("93.184.216.34", False), ("2606:2800:220:1:248:1893:25c8:1946", False),
])
def test_forbidden_addresses(address: str, refused: bool) -> None:
    assert forbidden(address) is refused


async def test_the_guard_resolves_each_host_once_and_refuses_private_answers() -> None:
    asked: list[str] = []

    async def lookup(host: str) -> list[str]:
        asked.append(host)
        answers = {"public.example": ["93.184.216.34"], "sneaky.example": ["93.184.216.34", "10.0.0.5"]}
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return answers[host]

    guard = Guard(PinnedResolver(lookup), allow_private=False)
    await guard.vet("public.example", trusted=False)
    await guard.vet("public.example", trusted=False)
    with pytest.raises(Refused) as refused:
        await guard.vet("sneaky.example", trusted=False)
    assert refused.value.address == "10.0.0.5"
    await guard.vet("sneaky.example", trusted=True)  # a remap rule chose it
    with pytest.raises(Refused):
        await guard.vet("127.0.0.1", trusted=False)
    await guard.vet("127.0.0.1", trusted=True)
    with pytest.raises(NameNotFound):
        await guard.vet("gone.example", trusted=False)
    assert asked == ["public.example", "sneaky.example", "gone.example"]
    # The connection goes to the vetted addresses, not to a second DNS answer.
    pinned = await guard.resolver.resolve("public.example", 443)
    assert [r["host"] for r in pinned] == ["93.184.216.34"] and asked.count("public.example") == 1


@pytest.mark.parametrize(("html", "title", "heading"), [
    ("<html><head><title>Sayfa bulunamadı | STGM</title></head><body><h1>Sayfa bulunamadı</h1>",
     "Sayfa bulunamadı | STGM", "Sayfa bulunamadı"),
    ("<TITLE lang=tr>\n  Gönüllü &amp; Yönetimi\n</TITLE><h1 class='x'><span>Başlık</span></h1>",
     "Gönüllü & Yönetimi", "Başlık"),
    ("<p>no title</p>", None, None),
])
def test_title_and_main_heading(html: str, title: str | None, heading: str | None) -> None:
    page = read_page(html)
    assert (page.title, page.heading) == (title, heading)


@pytest.mark.parametrize(("text", "found"), [
    ("Sayfa bulunamadı | STGM", True),
    ("SAYFA BULUNAMADI", True),
    ("Page Not Found – Example", True),
    ("Error 404", True),
    ("404", True),
    ("Kanun No. 14404 hakkında", False),
    ("Bulunamadı diye bir şey yok", False),
    (None, False),
])
def test_not_found_markers_match_whole_phrases_turkish_aware(text: str | None, found: bool) -> None:
    assert says_not_found(text, ["Sayfa bulunamadı", "Page not found", "404"]) is found


async def _settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_the_gate_keeps_the_concurrency_limit_and_the_interval() -> None:
    clock = FakeClock()
    scheduler = Scheduler(10, clock)
    gate = HostGate(2, 1.0, clock)
    await scheduler.acquire(gate)
    await scheduler.acquire(gate)
    assert gate.active == 2 and clock.sleeps == [1.0]  # the second waited one interval
    third = asyncio.ensure_future(scheduler.acquire(gate))
    await _settle()
    assert not third.done()  # both slots taken
    scheduler.release(gate)
    await third
    assert gate.active == 2


async def test_a_free_slot_goes_to_the_host_with_the_most_links_left() -> None:
    clock = FakeClock()
    scheduler = Scheduler(2, clock)
    small, busy, first = HostGate(4, 0.0, clock), HostGate(4, 0.0, clock), HostGate(2, 0.0, clock)
    small.remaining, busy.remaining = 3, 30
    order: list[str] = []

    async def one(name: str, gate: HostGate) -> None:
        await scheduler.acquire(gate)
        order.append(name)
        await asyncio.sleep(0)
        scheduler.release(gate)

    # Every slot is taken; the small host's requests queue first, the busy host's later.
    await scheduler.acquire(first)
    await scheduler.acquire(first)
    waiting = asyncio.gather(*(one("small", small) for _ in range(3)), *(one("busy", busy) for _ in range(3)))
    await _settle()
    scheduler.release(first)
    scheduler.release(first)
    await waiting
    assert order[:3] == ["busy"] * 3
    assert scheduler.active == 0 and small.active == busy.active == 0


async def test_the_global_and_per_host_limits_are_never_exceeded() -> None:
    clock = FakeClock()
    scheduler = Scheduler(5, clock)
    gates = [HostGate(2, 0.0, clock) for _ in range(4)]
    for n, gate in enumerate(gates):
        gate.remaining = 10 * (n + 1)
    peaks = {"all": 0, "host": 0}

    async def one(gate: HostGate) -> None:
        await scheduler.acquire(gate)
        peaks["all"] = max(peaks["all"], scheduler.active)
        peaks["host"] = max(peaks["host"], max(g.active for g in gates))
        await asyncio.sleep(0)
        scheduler.release(gate)

    await asyncio.gather(*(one(gate) for gate in gates for _ in range(10)))
    assert peaks == {"all": 5, "host": 2}


async def test_a_paused_host_gets_no_slot_and_starts_again_when_its_pause_ends() -> None:
    clock = FakeClock()
    scheduler = Scheduler(4, clock)
    gate = HostGate(4, 0.0, clock)
    gate.slow_down(3.0, sent_at=clock.now())
    await scheduler.acquire(gate)
    assert clock.time == 3.0  # no earlier than Retry-After asked, and no later


async def test_a_closed_host_fails_its_waiting_and_later_requests() -> None:
    clock = FakeClock()
    scheduler = Scheduler(1, clock)
    gate, other = HostGate(1, 0.0, clock), HostGate(1, 0.0, clock)
    await scheduler.acquire(other)
    waiting = asyncio.ensure_future(scheduler.acquire(gate))
    await _settle()
    gate.close(RuntimeError("given up"))
    with pytest.raises(RuntimeError):
        await waiting
    with pytest.raises(RuntimeError):
        await scheduler.acquire(gate)
    scheduler.release(other)
    assert scheduler.active == 0


async def test_a_429_halves_the_concurrency_and_blocks_the_host_then_successes_win_it_back() -> None:
    clock = FakeClock()
    scheduler = Scheduler(10, clock)
    gate = HostGate(4, 0.0, clock)
    gate.slow_down(5.0, sent_at=clock.now())
    assert gate.limit == 2
    await scheduler.acquire(gate)
    assert clock.sleeps == [5.0]  # Retry-After is respected before the next request
    scheduler.release(gate)
    gate.slow_down(1.0, sent_at=clock.now())
    gate.slow_down(1.0, sent_at=clock.now() - 10)  # in flight before the last slow-down: no new step
    assert (gate.limit, gate.interval) == (1, 0.0)
    gate.slow_down(1.0, sent_at=clock.now())
    assert (gate.limit, gate.interval) == (1, 0.25)  # at one request at a time, requests are spaced
    steps = []
    for _ in range(6):
        gate.succeeded()
        steps.append((gate.limit, gate.interval))
    # The pause goes first, then one more request at a time after as many successes as are allowed.
    assert steps == [(1, 0.0), (2, 0.0), (2, 0.0), (3, 0.0), (3, 0.0), (3, 0.0)]


def _ok(url: str) -> LinkResult:
    return LinkResult(url, LinkStatus.OK, checked_at=time.time(), title="Başlık")


def test_the_cache_keeps_working_links_until_they_are_too_old(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    cache = LinkCache.open(path, 3600, LinksConfig())
    assert cache is not None
    cache.put("https://a.example/ok", _ok("https://a.example/ok"))
    cache.put("https://a.example/old", LinkResult("x", LinkStatus.OK, checked_at=time.time() - 7200))
    cache.put("https://a.example/gone", LinkResult("x", LinkStatus.BROKEN, model.NOT_FOUND,
                                                   msg("gone", "yok"), checked_at=time.time()))
    cache.close()
    again = LinkCache.open(path, 3600, LinksConfig())
    assert again is not None
    found = again.get("https://a.example/ok")
    assert found is not None and found.title == "Başlık"
    assert again.get("https://a.example/old") is None
    assert again.get("https://a.example/gone") is None
    other = LinkCache.open(path, 3600, LinksConfig(not_found_markers=["Yok"]))
    assert other is not None and other.get("https://a.example/ok") is None  # judged under other settings


def test_results_survive_a_round_trip_through_json() -> None:
    result = LinkResult("https://a.example/", LinkStatus.REDIRECT, model.PERMANENT_REDIRECT,
                        msg("moved to {url}", "{url} adresine taşındı", url="https://b.example/"),
                        http_status=200, final_url="https://b.example/", fix_url="https://b.example/",
                        certain=False, title="T", size=12, anchors=frozenset({"a"}), checked_at=5.0)
    assert LinkResult.from_dict(result.to_dict()) == result


@pytest.mark.parametrize(("settings", "key"), [
    ({"remap": ["one-word"]}, "links.remap.0"),
    ({"remap": ["(bad http://x/"]}, "links.remap.0"),
    ({"exclude": ["(bad"]}, "links.exclude.0"),
    ({"timeout": "soon"}, "links.timeout"),
    ({"hosts": {"a.org": {"method": "post"}}}, "links.hosts.a.org.method"),
    ({"unknown": 1}, "links.unknown"),
])
def test_bad_link_settings_name_the_key(settings: dict[str, object], key: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_config({"links": settings}, "contentlint.toml")
    assert key in error.value.message.render("en")


@pytest.mark.parametrize(("value", "seconds"), [("1d", 86400.0), ("12h", 43200.0), ("500ms", 0.5), (20, 20.0)])
def test_durations_accept_units(value: object, seconds: float) -> None:
    assert LinksConfig.model_validate({"max_cache_age": value}).max_cache_age == seconds


def test_every_link_rule_is_registered_documented_and_bilingual() -> None:
    from contentlint.links.rules import RULES

    for rule in RULES:
        assert registry.RULES[rule.id] is rule
        assert rule.category == "link" and rule.check is None
        assert "Bad:" in rule.doc and "Good:" in rule.doc
        assert rule.summary.en != rule.summary.tr
    constants = {value for value in vars(model).values() if isinstance(value, str) and value.startswith("CL4")}
    assert {r.id for r in RULES} == constants
