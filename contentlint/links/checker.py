"""How and when to ask: one session, global and per-host limits, pacing, retries, redirects.

What to ask and what an answer means is the business of the host modules (hosts/). The
checker reasons in original URLs — redirects are followed in their original form, limits and
pacing are keyed by the original host — and remaps each request only as it goes on the wire.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import aiohttp
from yarl import URL

from contentlint import __version__
from contentlint.config import HostConfig, LinksConfig
from contentlint.discover import UsageError
from contentlint.links import model
from contentlint.links.cache import LinkCache
from contentlint.links.guard import Guard, Lookup, LookupFailed, NameNotFound, PinnedResolver, Refused
from contentlint.links.limits import Clock, HostGate, RealClock, Scheduler
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.links.progress import Progress
from contentlint.links.remap import Remapper
from contentlint.links.urls import WebUrl, classify, join
from contentlint.messages import Message, msg, reason

MAX_REDIRECTS = 10
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})
HEAD_REFUSED = frozenset({403, 405, 501})
# A host that has never answered and whose requests timed out this often is given up: its other
# links are not requested (a black hole would otherwise cost retries × timeout for each of them).
_DEAD_AFTER_TIMEOUTS = 2
# When at least this many host names were looked up and not one resolved, the machine has no
# working DNS: that says nothing about the links.
_NAMES_FOR_NO_DNS = 3
_START_BATCH = 64
_CHUNK = 16_384

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Read:
    """How much of a body to read: at most ``limit`` bytes, stopping once ``until`` appears.

    Only HTML is read that far; of any other body the first ``sniff`` bytes are enough (a PDF
    shows itself there), so a large download is never fetched whole.
    """

    limit: int = 0
    until: bytes | None = None
    sniff: int = 1024


NO_BODY = Read()


@dataclass(frozen=True, slots=True)
class Hop:
    """One answer; ``url`` is the original form of the URL asked (before remapping)."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str:
        found = re.search(r"charset=[\"']?([\w-]+)", self.headers.get("Content-Type", ""), re.I)
        return found.group(1) if found else "utf-8"


@dataclass(frozen=True, slots=True)
class Chain:
    """The hops of one request, redirects included; the last one is the answer."""

    hops: tuple[Hop, ...]

    @property
    def final(self) -> Hop:
        return self.hops[-1]

    @property
    def redirected(self) -> bool:
        return len(self.hops) > 1


class Failure(Exception):
    """A check that ended without an HTTP answer to judge; carries its verdict."""

    def __init__(self, status: LinkStatus, rule: str, reason: Message, *, certain: bool = False,
                 http_status: int | None = None) -> None:
        super().__init__(reason.en)
        self.status = status
        self.rule = rule
        self.reason = reason
        self.certain = certain
        self.http_status = http_status

    def result(self, url: str) -> LinkResult:
        return LinkResult(url, self.status, self.rule, self.reason, http_status=self.http_status,
                          certain=self.certain)


class _Transient(Exception):
    """Worth another try: a timeout, a reset connection, a name server that did not answer."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.en)
        self.reason = reason


class _TimedOut(_Transient):
    """No answer within the timeout: after a few of these, a host that never answered is given up."""


class NoDns(UsageError):
    """Not one host name could be resolved: a problem of the machine, not of the links (exit 2)."""


def unreachable(reason: Message, *, certain: bool = False) -> Failure:
    return Failure(LinkStatus.BROKEN, model.UNREACHABLE, reason, certain=certain)


def rate_limited(host: str, status: int) -> Failure:
    return Failure(LinkStatus.UNVERIFIABLE, model.RATE_LIMITED, msg(
        "{host} kept answering 'too many requests' (HTTP {status}); the link could not be checked",
        "{host} 'çok fazla istek' yanıtı vermeyi sürdürdü (HTTP {status}); bağlantı denetlenemedi",
        host=host, status=status,
    ), http_status=status)


def retry_after(hop: Hop, now: float) -> float | None:
    """Seconds the server asked us to wait (Retry-After in seconds or as an HTTP date)."""
    value = hop.headers.get("Retry-After", "").strip()
    if not value:
        return None
    # str.isdigit() also accepts '²' and other digits float() refuses.
    if re.fullmatch(r"[0-9]{1,9}", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        return max(0.0, when.timestamp() - now)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def one_line(text: str, limit: int = 200) -> str:
    """The first line of a library's error text (parsers add multi-line dumps), cut to ``limit``."""
    first = text.strip().splitlines()[0].strip() if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 1] + "…"


def host_config(options: LinksConfig, host: str) -> HostConfig:
    """The settings of the most specific configured host that ``host`` is or is under."""
    best: tuple[int, HostConfig] | None = None
    for name, config in options.hosts.items():
        name = name.lower().strip(".")
        if (host == name or host.endswith("." + name)) and (best is None or len(name) > best[0]):
            best = (len(name), config)
    return best[1] if best else HostConfig()


class Checker:
    """Checks URLs with one aiohttp session; use ``check_urls`` (or the module-level helpers)."""

    def __init__(self, options: LinksConfig, *, cache: LinkCache | None = None, lookup: Lookup | None = None,
                 clock: Clock | None = None, progress: Progress | None = None) -> None:
        self.options = options
        self.cache = cache
        self.clock: Clock = clock or RealClock()
        self.progress = progress
        self.remapper = Remapper(options.remap)
        self.resolver = PinnedResolver(lookup)
        self.guard = Guard(self.resolver, options.allow_private)
        self._excludes = tuple(re.compile(p) for p in options.exclude)
        self._gates: dict[str, HostGate] = {}
        self._host_configs: dict[str, HostConfig] = {}
        self._accepted: dict[str, frozenset[int]] = {}
        self._memo: dict[tuple[str, str], asyncio.Task[Any]] = {}
        self._scheduler = Scheduler(options.max_concurrency, self.clock)
        self._session: aiohttp.ClientSession | None = None
        self._timeout = aiohttp.ClientTimeout(total=options.timeout)
        self._random = random.Random()

    # -- the run -----------------------------------------------------------------------------

    async def check_urls(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        """Every URL (as written) → its result. Each distinct web URL is checked once."""
        classified = {url: classify(url) for url in dict.fromkeys(urls)}
        links = {c.key: c for c in classified.values() if isinstance(c, WebUrl)}
        by_key = await self._check_links(list(links.values()))
        return {
            url: by_key[c.key] if isinstance(c, WebUrl) else c
            for url, c in classified.items()
        }

    async def _check_links(self, links: list[WebUrl]) -> dict[str, LinkResult]:
        done: dict[str, LinkResult] = {}
        pending: list[WebUrl] = []
        if self.progress:
            self.progress.start(len(links))
        for link in links:
            early = self._without_network(link)
            if early is None:
                pending.append(link)
                continue
            done[link.key] = early
            if self.progress:
                self.progress.advance(early)
        if pending:
            for link in pending:
                self.gate(link.host).remaining += 1
            async with self._open_session():
                results = await self._check_all(pending)
            self._check_dns()
            for link, result in zip(pending, results, strict=True):
                done[link.key] = result
                if self.cache:
                    self.cache.put(self.remapper.apply(link.key)[0], result)
        if self.progress:
            self.progress.finish()
        return done

    async def _check_all(self, links: list[WebUrl]) -> list[LinkResult]:
        """Every link's result; those still open when the deadline passes are undecided."""
        began = asyncio.get_running_loop().time()
        started: dict[str, asyncio.Task[LinkResult]] = {}
        try:
            for count, link in enumerate(self._first_wave_first(links), start=1):
                started[link.key] = asyncio.ensure_future(self._check_one(link))
                if count % _START_BATCH == 0:
                    # Starting thousands of checks takes a while: the first requests go on the wire
                    # meanwhile instead of after the last check has started.
                    await asyncio.sleep(0)
            left = None if self.options.deadline is None else \
                max(0.0, self.options.deadline - (asyncio.get_running_loop().time() - began))
            await asyncio.wait(started.values(), timeout=left)
        finally:
            for task in [*started.values(), *self._memo.values()]:
                task.cancel()
            self._scheduler.close()
            await asyncio.gather(*started.values(), *self._memo.values(), return_exceptions=True)
        results = []
        for link in links:
            task = started[link.key]
            if task.cancelled():
                result = LinkResult(link.key, LinkStatus.UNVERIFIABLE, model.UNVERIFIABLE, msg(
                    "The link check's time limit ({seconds} s) ran out before this link was decided",
                    "Bağlantı denetimine ayrılan süre ({seconds} saniye) bu bağlantı sonuçlanmadan doldu",
                    seconds=f"{self.options.deadline:g}",
                ), checked_at=time.time())
                if self.progress:
                    self.progress.advance(result)
            else:
                result = task.result()
            results.append(result)
        return results

    def _first_wave_first(self, links: list[WebUrl]) -> list[WebUrl]:
        """The links in the order their checks start: as many of every host as it may ask at once
        first, the hosts with the most links before the others, so that the first requests
        already keep the busiest hosts busy."""
        by_host: dict[str, list[WebUrl]] = {}
        for link in links:
            by_host.setdefault(link.host, []).append(link)
        hosts = sorted(by_host.items(), key=lambda item: len(item[1]), reverse=True)
        first = [link for host, group in hosts for link in group[:self.gate(host).limit]]
        return first + [link for host, group in hosts for link in group[self.gate(host).limit:]]

    def _check_dns(self) -> None:
        looked_up, resolved = self.resolver.outcomes()
        if looked_up >= _NAMES_FOR_NO_DNS and not resolved:
            raise NoDns(msg(
                "None of the {count} host names could be resolved: this machine's name service (DNS) "
                "does not work, so the links were not judged",
                "{count} sunucu adının hiçbiri çözümlenemedi: bu makinenin ad çözümleme hizmeti (DNS) "
                "çalışmıyor, bu yüzden bağlantılar değerlendirilmedi",
                count=looked_up,
            ))

    def _without_network(self, link: WebUrl) -> LinkResult | None:
        if any(p.search(link.key) for p in self._excludes):
            return LinkResult(link.key, LinkStatus.EXCLUDED)
        if self.cache is None:
            return None
        cached = self.cache.get(self.remapper.apply(link.key)[0])
        return None if cached is None else replace(cached, url=link.key, from_cache=True)

    async def _check_one(self, link: WebUrl) -> LinkResult:
        from contentlint.links import hosts

        try:
            result = await hosts.pick(link.host).check(self, link)
        except Failure as failure:
            result = failure.result(link.key)
        except Exception as exc:  # one odd server must never stop the run
            result = LinkResult(link.key, LinkStatus.UNVERIFIABLE, model.UNVERIFIABLE, msg(
                "The link could not be checked: {error}",
                "Bağlantı denetlenemedi: contentlint beklenmedik bir hatayla karşılaştı ({error}); lütfen bildirin",
                error=f"{type(exc).__name__}: {exc}",
            ))
        result = replace(result, url=link.key, checked_at=time.time())
        if self.options.archive and result.status is LinkStatus.BROKEN and result.certain:
            from contentlint.links import archive

            result = await archive.annotate(self, result)
        self.gate(link.host).remaining -= 1
        if self.progress:
            self.progress.advance(result)
        return result

    async def archived(self, urls: Iterable[str]) -> dict[str, str | None]:
        """The archived copy of each checked URL: for links an audit finds broken only after
        several failures (certain failures get theirs as they are checked)."""
        from contentlint.links import archive

        wanted = list(dict.fromkeys(urls))
        async with self._open_session():
            found = await asyncio.gather(*(archive.copy_of(self, url) for url in wanted))
        return dict(zip(wanted, found, strict=True))

    def _open_session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self.options.max_concurrency, limit_per_host=0, resolver=self.resolver,
        )
        session = self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.CookieJar(unsafe=True),
            headers={
                "User-Agent": self.options.user_agent or f"contentlint/{__version__} (link checker)",
                "Accept": "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8",
                "Accept-Language": "tr,en;q=0.8",
            },
        )
        # aiohttp silently sends a request again when a reused connection drops; every try must
        # count against --retries (and reach the server at most 1 + retries times).
        session._retry_connection = False
        return session

    # -- services for host modules -----------------------------------------------------------

    def host_config(self, host: str) -> HostConfig:
        config = self._host_configs.get(host)
        if config is None:
            config = self._host_configs[host] = host_config(self.options, host)
        return config

    def accepted(self, host: str) -> frozenset[int]:
        found = self._accepted.get(host)
        if found is None:
            found = self._accepted[host] = frozenset(self.options.accept) | frozenset(self.host_config(host).accept)
        return found

    def gate(self, host: str) -> HostGate:
        gate = self._gates.get(host)
        if gate is None:
            config = self.host_config(host)
            gate = self._gates[host] = HostGate(
                config.max_concurrency or self.options.max_per_host,
                self.options.interval if config.interval is None else config.interval,
                self.clock,
            )
        return gate

    def _give_up(self, gate: HostGate, reason: Failure) -> Failure:
        gate.close(reason)
        self._scheduler.wake()
        return reason

    async def once(self, key: tuple[str, str], factory: Callable[[], Awaitable[T]]) -> T:
        """Run ``factory`` once per key in this run (two links to one video share its answer)."""
        task = self._memo.get(key)
        if task is None:
            task = self._memo[key] = asyncio.ensure_future(factory())
        result: T = await asyncio.shield(task)
        return result

    async def follow(self, url: str, method: str = "GET", *, headers: Mapping[str, str] | None = None,
                     read: Read = NO_BODY) -> Chain:
        """Request ``url`` and follow its redirects hop by hop (at most MAX_REDIRECTS)."""
        hops: list[Hop] = []
        visits = {url: 1}
        current = url
        while True:
            hop = await self.request(current, method, headers=headers, read=read)
            hops.append(hop)
            location = hop.headers.get("Location")
            if hop.status not in REDIRECTS or not location:
                return Chain(tuple(hops))
            if not _utf8(location):
                raise Failure(LinkStatus.BROKEN, model.HTTP_ERROR, msg(
                    "Invalid redirect: the server's Location header is not valid UTF-8",
                    "Geçersiz yönlendirme: sunucunun Location başlığı geçerli UTF-8 değil",
                ), http_status=hop.status)
            if len(hops) > MAX_REDIRECTS:
                raise Failure(LinkStatus.BROKEN, model.REDIRECT_LOOP, msg(
                    "The link redirects more than {limit} times", "Bağlantı {limit} kereden fazla yönlendiriyor",
                    limit=MAX_REDIRECTS,
                ), http_status=hop.status)
            target = join(current, location)
            if target is None:
                raise Failure(LinkStatus.BROKEN, model.HTTP_ERROR, msg(
                    "The link redirects to '{location}', which is not a web address",
                    "Bağlantı web adresi olmayan '{location}' adresine yönlendiriyor",
                    location=location,
                ), http_status=hop.status)
            seen = visits.get(target.key, 0)
            # A site may set a cookie and send the browser back to the same page once.
            if seen > 1 or (seen and "Set-Cookie" not in hop.headers):
                raise Failure(LinkStatus.BROKEN, model.REDIRECT_LOOP, msg(
                    "The link redirects in a loop (back to {url})",
                    "Bağlantı döngüye giriyor ({url} adresine geri dönüyor)",
                    url=target.key,
                ), http_status=hop.status)
            visits[target.key] = seen + 1
            current = target.key

    async def follow_head(self, url: str) -> Chain:
        """Only the status is needed: HEAD, or GET without reading the body if HEAD is refused."""
        chain = await self.follow(url, "HEAD")
        if chain.final.status in HEAD_REFUSED:
            chain = await self.follow(url, "GET")
        return chain

    async def request(self, url: str, method: str = "GET", *, headers: Mapping[str, str] | None = None,
                      read: Read = NO_BODY) -> Hop:
        """One hop, retried after 5xx answers, timeouts and connection errors, and slowed down
        (for the whole host) after 429 answers. Raises Failure when it cannot get an answer."""
        host = URL(url, encoded=True).raw_host or ""
        target_text, trusted = self.remapper.apply(url)
        try:
            target = URL(target_text, encoded=True)
        except ValueError:
            target = URL()
        if target.scheme not in ("http", "https") or not target.raw_host:
            raise unreachable(msg(
                "A remap rule turned the request into '{target}', which is not a web address",
                "Bir yeniden eşleme (remap) kuralı isteği web adresi olmayan '{target}' biçimine çevirdi",
                target=target_text,
            ))
        gate = self.gate(host)
        accepted = self.accepted(host)
        # Every answer and every failed try counts: a URL reaches the server at most 1 + retries times.
        attempt = 0
        while True:
            sent_at = self.clock.now()
            try:
                hop = await self._send(gate, url, target, trusted, method, headers, read)
            except _Transient as problem:
                if isinstance(problem, _TimedOut):
                    gate.timeouts += 1
                    if not gate.answered and gate.timeouts >= _DEAD_AFTER_TIMEOUTS:
                        raise self._give_up(gate, unreachable(msg(
                            "{host} did not answer {count} requests within {seconds} s each; "
                            "its other links were not requested",
                            "{host}, {count} isteğin hiçbirine {seconds} saniye içinde yanıt vermedi; "
                            "öteki bağlantıları için istek gönderilmedi",
                            host=host, count=gate.timeouts, seconds=f"{self.options.timeout:g}",
                        ))) from None
                if attempt >= self.options.retries:
                    raise unreachable(problem.reason) from None
                await self.clock.sleep(self._backoff(attempt))
                attempt += 1
                continue
            gate.answered = True
            if hop.status in accepted:
                gate.succeeded()
                return hop
            pause = retry_after(hop, time.time())
            if hop.status == 429 or (hop.status == 503 and pause is not None):
                pause = pause if pause is not None else self._backoff(attempt, floor=1.0)
                gate.slow_down(pause, sent_at)
                assert gate.limited_since is not None
                # The host's time budget runs from its first 429: when its next request could only
                # start after it, the host's remaining links are all reported as rate limited.
                if gate.ready_at() > gate.limited_since + self.options.max_rate_limit_wait:
                    raise self._give_up(gate, rate_limited(host, hop.status))
                if attempt >= self.options.retries:
                    raise rate_limited(host, hop.status)
                self._scheduler.wake()
                attempt += 1
                continue
            if hop.status >= 500 and attempt < self.options.retries:
                await self.clock.sleep(self._backoff(attempt))
                attempt += 1
                continue
            if hop.status < 500:
                gate.succeeded()
            return hop

    def _backoff(self, attempt: int, floor: float = 0.0) -> float:
        return max(floor, self.options.backoff) * 2.0 ** attempt * self._random.uniform(0.5, 1.5)

    async def _send(self, gate: HostGate, url: str, target: URL, trusted: bool, method: str,
                    headers: Mapping[str, str] | None, read: Read) -> Hop:
        target_host = target.raw_host or ""
        try:
            await self.guard.vet(target_host, trusted=trusted)
        except Refused as refused:
            raise Failure(LinkStatus.UNVERIFIABLE, model.PRIVATE_ADDRESS, msg(
                "{host} resolves to {address}, a private or local address; it was not requested",
                "{host} özel ya da yerel bir adrese ({address}) çözümleniyor; istek gönderilmedi",
                host=refused.host, address=refused.address,
            )) from None
        except NameNotFound:
            raise unreachable(msg(
                "The domain name {host} does not exist", "{host} alan adı yok", host=target_host,
            ), certain=True) from None
        except LookupFailed as failed:
            raise _Transient(msg(
                "The name {host} could not be resolved ({error})", "{host} adı çözümlenemedi",
                host=target_host, error=str(failed),
            )) from None
        await self._scheduler.acquire(gate)
        try:
            return await self._exchange(url, target, method, headers, read)
        except TimeoutError:
            raise _TimedOut(msg(
                "No answer within {seconds} s", "{seconds} saniye içinde yanıt gelmedi",
                seconds=f"{self.options.timeout:g}",
            )) from None
        except aiohttp.ClientSSLError as exc:
            raise unreachable(msg(
                "The secure connection (TLS) failed: {error}", "Güvenli bağlantı (TLS) kurulamadı{why_tr}",
                error=str(exc.os_error or exc),
                why_tr=": sunucunun sertifikası doğrulanamadı" if "certificate" in str(exc.os_error or exc).lower()
                else "",
            )) from None
        except aiohttp.ClientConnectorError as exc:
            raise _Transient(msg(
                "The connection failed: {error}", "Bağlantı kurulamadı: {error_tr}",
                **reason(exc.os_error),
            )) from None
        except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError) as exc:
            raise _Transient(msg(
                "The server closed the connection ({error})", "Sunucu bağlantıyı kapattı",
                error=type(exc).__name__,
            )) from None
        except aiohttp.ClientResponseError as exc:
            raise unreachable(msg(
                "The server's answer is not valid HTTP ({error})", "Sunucunun yanıtı geçerli HTTP değil",
                error=one_line(str(exc.message)),
            )) from None
        finally:
            self._scheduler.release(gate)

    async def _exchange(self, url: str, target: URL, method: str, headers: Mapping[str, str] | None,
                        read: Read) -> Hop:
        assert self._session is not None
        async with self._session.request(
            method, target, headers=headers, allow_redirects=False, timeout=self._timeout,
        ) as response:
            body = b""
            if method != "HEAD" and read.limit:
                html = response.content_type in ("text/html", "application/xhtml+xml")
                body = await _read(response, read.limit if html else min(read.limit, read.sniff),
                                   read.until if html else None)
            # Leaving the block returns a fully read connection to the pool and closes the rest.
            return Hop(url, response.status, response.headers, body)


async def _read(response: aiohttp.ClientResponse, limit: int, until: bytes | None) -> bytes:
    body = bytearray()
    while len(body) < limit:
        chunk = await response.content.read(min(_CHUNK, limit - len(body)))
        if not chunk:
            break
        start = max(0, len(body) - len(until or b""))
        body += chunk
        if until is not None and until in body[start:].lower():
            break
    return bytes(body)


def _utf8(header: str) -> bool:
    """Whether a header aiohttp decoded (invalid bytes become lone surrogates) was valid UTF-8."""
    try:
        header.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
