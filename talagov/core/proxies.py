# SPDX-License-Identifier: GPL-3.0-or-later
"""Proxies (pouvoirs): who may represent whom, under the statutes' rules.

:func:`check_proxies` decides every proxy of a meeting at once and says, for each
refusal, which rule refused it (a :class:`~talagov.core.findings.Finding` with the
legal source). The rules, in the order they are applied:

1. the principal must have a vote, and cannot name themselves;
2. a blank proxy is accepted only if the statutes allow it, and goes to the chair;
3. the named holder must be an associate with a vote (SCOP, loi 78-763 art. 14) or
   a member of the body (board);
4. a proxy is void while its principal attends (present or remote);
5. no chains: a member who gave a proxy cannot hold one (unless the statutes allow);
6. a holder carries at most ``max_proxies(eligible)`` named proxies: the earliest
   received are kept (ties by id), blank proxies are not capped.

Everything is linear in the number of proxies (sorting aside).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from talagov.core.agenda import Presenter
from talagov.core.correspondence import Choice
from talagov.core.findings import Finding, Severity
from talagov.core.statutes import ProxyCap, ProxyHolder, ProxyRules, Statutes

# A board member may hold only one other member's proxy, and only a fellow member's
# (C. com. R225-19, unless the statutes say otherwise). Blank proxies do not exist there.
BOARD_PROXY_RULES = ProxyRules(ProxyHolder.BODY_MEMBER, ProxyCap.FIXED, cap_value=1,
                               blank_proxies=False, chains_allowed=False)
BOARD_PROXY_SOURCE = "C. com. R225-19"
# Holders that must themselves be on the roll (associates with a vote, or body members).
_MUST_VOTE = frozenset({ProxyHolder.ASSOCIATE, ProxyHolder.BODY_MEMBER})


@dataclass(frozen=True)
class Proxy:
    """A proxy given by ``principal_id`` to ``holder_id`` (``None``: a blank proxy).

    A blank proxy is sent to the company without naming a holder: the chair holds it,
    and it votes FOR the resolutions presented by management and AGAINST the others.

    Attributes:
        document_id: the scanned form in the governance library, if any.
    """

    id: int
    meeting_id: int
    principal_id: int
    holder_id: int | None
    received_on: date
    document_id: int | None = None
    note: str = ""

    @property
    def blank(self) -> bool:
        """No holder named."""
        return self.holder_id is None


@dataclass(frozen=True)
class ProxyDecision:
    """The outcome of one proxy.

    Attributes:
        holder_id: who holds it: the named holder, or the chair for a blank proxy
            (``None`` while no chair is chosen).
        reasons: why it is refused (empty when valid).
    """

    proxy: Proxy
    valid: bool
    holder_id: int | None
    reasons: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class _Rules:
    rules: ProxyRules
    sources: dict[str, str]

    def finding(self, code: str, path: str, **params: object) -> Finding:
        return Finding(code, Severity.VIOLATION, source=self.sources[path], params=params,
                       field=f"proxies.{path}")


def _rules(statutes: Statutes, board: bool) -> _Rules:
    names = ("holder", "cap", "blank_proxies", "chains_allowed")
    if board:
        return _Rules(BOARD_PROXY_RULES, dict.fromkeys(names, BOARD_PROXY_SOURCE))
    return _Rules(statutes.proxies, {n: statutes.source(f"proxies.{n}") for n in names})


def _own_checks(proxy: Proxy, r: _Rules, eligible_ids: frozenset[int],
                attending_ids: frozenset[int]) -> list[Finding]:
    """The rules that depend on this proxy alone (1-4); empty when it passes them."""
    found: list[Finding] = []
    holder, principal = proxy.holder_id, proxy.principal_id
    if principal not in eligible_ids:
        found.append(r.finding("proxy.principal_no_vote", "holder"))
    if holder is None:
        if not r.rules.blank_proxies:
            found.append(r.finding("proxy.blank_not_allowed", "blank_proxies"))
    elif holder == principal:
        found.append(r.finding("proxy.self", "holder"))
    elif holder not in eligible_ids and r.rules.holder in _MUST_VOTE:
        code = ("proxy.holder_not_body_member" if r.rules.holder is ProxyHolder.BODY_MEMBER
                else "proxy.holder_not_associate")
        found.append(r.finding(code, "holder"))
    if principal in attending_ids:
        found.append(r.finding("proxy.principal_attends", "holder"))
    return found


def _order(proxy: Proxy) -> tuple[date, int]:
    return proxy.received_on, proxy.id


def check_proxies(
    proxies: Iterable[Proxy],
    *,
    statutes: Statutes,
    eligible_ids: frozenset[int],
    attending_ids: frozenset[int],
    eligible: int,
    chair_id: int | None,
    board: bool = False,
) -> tuple[ProxyDecision, ...]:
    """Decide every proxy of a meeting.

    Args:
        proxies: the proxies recorded for the meeting.
        statutes: the statutes in force (their proxy rules and sources).
        eligible_ids: members with a vote (AG) or voting members of the body (board).
        attending_ids: members present or remote at the moment considered.
        eligible: the number of eligible members (the ``N`` of the SCOP cap).
        chair_id: the chair of the meeting, who holds blank proxies.
        board: a board meeting: :data:`BOARD_PROXY_RULES` apply instead of the AG's.

    Returns:
        One decision per proxy, in the order given.
    """
    r = _rules(statutes, board)
    items = list(proxies)
    refused: dict[int, list[Finding]] = {}
    for p in items:
        found = _own_checks(p, r, eligible_ids, attending_ids)
        if found:
            refused[p.id] = found
    givers = {p.principal_id for p in items if p.id not in refused}
    if not r.rules.chains_allowed:
        for p in items:
            if p.holder_id is not None and p.holder_id in givers:
                refused.setdefault(p.id, []).append(r.finding("proxy.chain", "chains_allowed"))
    cap = r.rules.max_proxies(eligible)
    if cap is not None:
        held: dict[int, int] = defaultdict(int)
        named = [p for p in items if p.holder_id is not None and p.id not in refused]
        for p in sorted(named, key=_order):
            holder = p.holder_id
            assert holder is not None
            held[holder] += 1
            if held[holder] > cap:
                refused[p.id] = [r.finding("proxy.cap_exceeded", "cap", cap=cap,
                                           eligible=eligible)]
    return tuple(
        ProxyDecision(p, p.id not in refused, chair_id if p.holder_id is None else p.holder_id,
                      tuple(refused.get(p.id, ())))
        for p in items
    )


def check_new_proxy(
    existing: Iterable[Proxy],
    new: Proxy,
    *,
    statutes: Statutes,
    eligible_ids: frozenset[int],
    attending_ids: frozenset[int],
    eligible: int,
    chair_id: int | None,
    board: bool = False,
) -> tuple[Finding, ...]:
    """Why ``new`` cannot be recorded next to the ``existing`` proxies (empty: it can).

    At entry the refusal is on the newcomer: a second proxy from the same principal
    (``"proxy.duplicate"``), a principal who already holds proxies or a holder who gave
    one (``"proxy.chain"``), or a holder who already carries the maximum
    (``"proxy.cap_exceeded"``), besides the rules of :func:`check_proxies`.
    """
    r = _rules(statutes, board)
    before = [p for p in existing if p.id != new.id]
    if any(p.principal_id == new.principal_id for p in before):
        return (r.finding("proxy.duplicate", "holder"),)
    found = _own_checks(new, r, eligible_ids, attending_ids)
    if found:
        return tuple(found)
    decisions = check_proxies(before, statutes=statutes, eligible_ids=eligible_ids,
                              attending_ids=attending_ids, eligible=eligible,
                              chair_id=chair_id, board=board)
    valid = [d for d in decisions if d.valid]
    if not r.rules.chains_allowed:
        gives = new.holder_id is not None and any(
            d.proxy.principal_id == new.holder_id for d in valid)
        holds = any(d.proxy.holder_id == new.principal_id for d in valid)
        if gives or holds:
            return (r.finding("proxy.chain", "chains_allowed"),)
    cap = r.rules.max_proxies(eligible)
    if cap is not None and new.holder_id is not None:
        carried = sum(1 for d in valid if d.proxy.holder_id == new.holder_id)
        if carried >= cap:
            return (r.finding("proxy.cap_exceeded", "cap", cap=cap, eligible=eligible),)
    return ()


def blank_proxy_direction(presenter: Presenter) -> Choice:
    """How a blank proxy votes: FOR management's resolutions, AGAINST the others.

    Source: C. com. L225-106 III, applied to cooperatives by their model statutes.
    """
    return Choice.FOR if presenter is Presenter.MANAGEMENT else Choice.AGAINST
