"""The SSRF guard: no request may reach loopback, private, link-local or metadata addresses.

Each host is resolved once per run and the addresses are pinned: the connection goes to the
very addresses that were vetted, so a DNS answer that changes between the check and the
connect (DNS rebinding) cannot slip through. The lookup function is injectable for tests.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable

from aiohttp.abc import AbstractResolver, ResolveResult

Lookup = Callable[[str], Awaitable[list[str]]]

# Cloud metadata services that are public-looking addresses or easy to miss by range alone.
_METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "100.100.100.200", "192.0.0.192", "fd00:ec2::254",
))


class GuardError(Exception):
    """A request the guard will not send, or a host that cannot be resolved."""


class Refused(GuardError):
    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} resolves to {address}")
        self.host = host
        self.address = address


class NameNotFound(GuardError):
    """The domain name does not exist (NXDOMAIN): certain, retrying will not help."""


class LookupFailed(GuardError):
    """The name could not be resolved now (temporary failure)."""


# IPv6 prefixes whose last 32 bits are an IPv4 address that the packet is bound for (NAT64).
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))


def _embedded(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries: IPv4-compatible (::a.b.c.d), NAT64, 6to4, Teredo."""
    found = []
    if ip.packed[:12] == bytes(12) or any(ip in net for net in _NAT64):
        found.append(ipaddress.IPv4Address(ip.packed[12:]))
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    return found


def _off_limits(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    return (ip in _METADATA or ip.is_multicast or ip.is_private or ip.is_reserved or ip.is_loopback
            or ip.is_link_local or ip.is_unspecified or not ip.is_global)


def forbidden(address: str) -> bool:
    """True for every address a link checker has no business requesting."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return _off_limits(ip.ipv4_mapped)
        if ip.is_site_local or any(_off_limits(v4) for v4 in _embedded(ip)):
            return True
    return _off_limits(ip)


async def system_lookup(host: str) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


class PinnedResolver(AbstractResolver):
    """aiohttp's resolver for the run: one lookup per host, its answer reused for every connect."""

    def __init__(self, lookup: Lookup | None = None) -> None:
        self._lookup = lookup or system_lookup
        self._answers: dict[str, asyncio.Task[list[str]]] = {}

    async def addresses(self, host: str) -> list[str]:
        literal = _literal(host)
        if literal is not None:
            return [literal]
        task = self._answers.get(host)
        if task is None:
            task = self._answers[host] = asyncio.ensure_future(self._resolve(host))
        return await asyncio.shield(task)

    async def _resolve(self, host: str) -> list[str]:
        try:
            found = await self._lookup(host)
        except socket.gaierror as exc:
            if exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)):
                raise NameNotFound(host) from None
            raise LookupFailed(f"{host}: {exc.strerror or exc}") from None
        except OSError as exc:
            raise LookupFailed(f"{host}: {exc.strerror or exc}") from None
        if not found:
            raise NameNotFound(host)
        return found

    def outcomes(self) -> tuple[int, int]:
        """How many names were looked up, and how many of them resolved."""
        done = [task for task in self._answers.values() if task.done() and not task.cancelled()]
        return len(done), sum(1 for task in done if task.exception() is None)

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        try:
            found = await self.addresses(host)
        except GuardError as exc:
            raise OSError(str(exc)) from exc
        return [
            ResolveResult(
                hostname=host, host=address, port=port,
                family=socket.AF_INET6 if ":" in address else socket.AF_INET,
                proto=0, flags=socket.AI_NUMERICHOST,
            )
            for address in found
        ]

    async def close(self) -> None:
        for task in self._answers.values():
            task.cancel()


class Guard:
    def __init__(self, resolver: PinnedResolver, allow_private: bool) -> None:
        self.resolver = resolver
        self.allow_private = allow_private

    async def vet(self, host: str, *, trusted: bool) -> None:
        """Raise unless a request to ``host`` may be sent. ``trusted``: a remap rule chose it.

        A lookup failure is raised here too, so a missing domain is known before any connect.
        """
        found = await self.resolver.addresses(host)
        if trusted or self.allow_private:
            return
        for address in found:
            if forbidden(address):
                raise Refused(host, address)
