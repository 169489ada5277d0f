# SPDX-License-Identifier: GPL-3.0-or-later
"""Proxy rules (loi 78-763 art. 14, domain-rules cases 13-16)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from talagov.core.agenda import Presenter
from talagov.core.correspondence import Choice
from talagov.core.legal_forms import LegalForm
from talagov.core.presets import preset
from talagov.core.proxies import (
    Proxy,
    ProxyDecision,
    blank_proxy_direction,
    check_new_proxy,
    check_proxies,
)
from talagov.core.statutes import ProxyCap, ProxyHolder, ProxyRules, Statutes

SCOP = preset(LegalForm.SCOP_SARL)
SCIC_SA = preset(LegalForm.SCIC_SA)
DAY = date(2026, 6, 20)
OUTSIDER = 999  # on the register, no vote


def _proxy(id: int, principal: int, holder: int | None, received: date = DAY) -> Proxy:
    return Proxy(id, 1, principal, holder, received)


def _decide(proxies: list[Proxy], *, n: int = 30, statutes: Statutes = SCOP,
            attending: frozenset[int] = frozenset(), chair: int | None = 1,
            board: bool = False) -> tuple[ProxyDecision, ...]:
    return check_proxies(proxies, statutes=statutes, eligible_ids=frozenset(range(1, n + 1)),
                         attending_ids=attending, eligible=n, chair_id=chair, board=board)


def _codes(decision: ProxyDecision) -> list[str]:
    return [f.code for f in decision.reasons]


def test_case_13_nineteen_associates_second_named_proxy_refused() -> None:
    decisions = _decide([_proxy(1, 2, 5), _proxy(2, 3, 5, date(2026, 6, 21))], n=19)
    assert decisions[0].valid
    assert not decisions[1].valid
    reason = decisions[1].reasons[0]
    assert reason.code == "proxy.cap_exceeded"
    assert reason.params == {"cap": 1, "eligible": 19}
    assert reason.source == "Loi 78-763 art. 14"


@pytest.mark.parametrize(("n", "cap"), [(19, 1), (20, 1), (39, 1), (40, 2), (59, 2), (60, 3)])
def test_case_14_scop_cap_follows_the_number_of_associates(n: int, cap: int) -> None:
    proxies = [_proxy(i, 10 + i, 5) for i in range(1, 5)]
    decisions = _decide(proxies, n=n)
    assert sum(d.valid for d in decisions) == cap


def test_earliest_received_kept_ties_by_id() -> None:
    proxies = [_proxy(7, 2, 5, date(2026, 6, 22)), _proxy(4, 3, 5, date(2026, 6, 21)),
               _proxy(3, 4, 5, date(2026, 6, 22))]
    valid = [d.proxy.id for d in _decide(proxies, n=19) if d.valid]
    assert valid == [4]
    proxies = [_proxy(7, 2, 5), _proxy(3, 4, 5)]
    assert [d.proxy.id for d in _decide(proxies, n=19) if d.valid] == [3]


def test_case_15_scop_holder_must_be_an_associate() -> None:
    (decision,) = _decide([_proxy(1, 2, OUTSIDER)])
    assert _codes(decision) == ["proxy.holder_not_associate"]
    assert decision.reasons[0].source == "Loi 78-763 art. 14"


def test_case_15_scic_sa_holder_need_not_be_an_associate() -> None:
    (decision,) = _decide([_proxy(1, 2, OUTSIDER)], statutes=SCIC_SA)
    assert decision.valid


def test_case_15_statutes_may_forbid_outside_holders_in_a_scic() -> None:
    strict = replace(SCIC_SA, proxies=ProxyRules(ProxyHolder.ASSOCIATE, ProxyCap.NONE))
    (decision,) = _decide([_proxy(1, 2, OUTSIDER)], statutes=strict)
    assert _codes(decision) == ["proxy.holder_not_associate"]


def test_case_16_blank_proxies_go_to_the_chair_uncapped() -> None:
    proxies = [_proxy(i, 10 + i, None) for i in range(1, 6)] + [_proxy(9, 2, 1)]
    decisions = _decide(proxies, n=19, chair=1)
    assert all(d.valid for d in decisions)
    assert {d.holder_id for d in decisions} == {1}


def test_case_16_blank_proxy_direction() -> None:
    assert blank_proxy_direction(Presenter.MANAGEMENT) is Choice.FOR
    assert blank_proxy_direction(Presenter.MEMBERS) is Choice.AGAINST


def test_blank_proxy_refused_when_the_statutes_forbid_it() -> None:
    statutes = preset(LegalForm.SCIC_SARL)
    (decision,) = _decide([_proxy(1, 2, None)], statutes=statutes)
    assert _codes(decision) == ["proxy.blank_not_allowed"]
    assert decision.reasons[0].source == "C. com. L223-28"


def test_no_chain_a_holder_who_gave_a_proxy_cannot_hold_one() -> None:
    decisions = _decide([_proxy(1, 2, 3), _proxy(2, 3, 4)])
    assert _codes(decisions[0]) == ["proxy.chain"]
    assert decisions[1].valid


def test_chain_allowed_by_the_statutes() -> None:
    statutes = replace(SCOP, proxies=replace(SCOP.proxies, chains_allowed=True))
    assert all(d.valid for d in _decide([_proxy(1, 2, 3), _proxy(2, 3, 4)], statutes=statutes))


def test_proxy_void_while_the_principal_attends() -> None:
    (decision,) = _decide([_proxy(1, 2, 3)], attending=frozenset({2, 3}))
    assert _codes(decision) == ["proxy.principal_attends"]


def test_attending_principal_may_hold_proxies_again() -> None:
    # 3 gave a proxy but came: the proxy is void, so 3 may hold 2's proxy.
    decisions = _decide([_proxy(1, 2, 3), _proxy(2, 3, 4)], attending=frozenset({3}))
    assert decisions[0].valid and not decisions[1].valid


def test_principal_without_a_vote_and_self_proxy() -> None:
    decisions = _decide([_proxy(1, OUTSIDER, 3), _proxy(2, 4, 4)])
    assert _codes(decisions[0]) == ["proxy.principal_no_vote"]
    assert _codes(decisions[1]) == ["proxy.self"]


def test_refused_proxies_do_not_use_up_the_cap() -> None:
    decisions = _decide([_proxy(1, 2, 5), _proxy(2, 3, 5)], n=19, attending=frozenset({2}))
    assert not decisions[0].valid and decisions[1].valid


def test_board_proxy_rules() -> None:
    proxies = [_proxy(1, 2, 3), _proxy(2, 4, 3), _proxy(3, 5, OUTSIDER), _proxy(4, 6, None)]
    decisions = _decide(proxies, n=10, board=True)
    assert decisions[0].valid
    assert _codes(decisions[1]) == ["proxy.cap_exceeded"]
    assert _codes(decisions[2]) == ["proxy.holder_not_body_member"]
    assert _codes(decisions[3]) == ["proxy.blank_not_allowed"]
    assert decisions[1].reasons[0].source == "C. com. R225-19"


def _check_new(existing: list[Proxy], new: Proxy, n: int = 19,
               attending: frozenset[int] = frozenset()) -> list[str]:
    found = check_new_proxy(existing, new, statutes=SCOP, eligible_ids=frozenset(range(1, n + 1)),
                            attending_ids=attending, eligible=n, chair_id=1)
    return [f.code for f in found]


def test_new_proxy_over_the_cap_is_refused_at_entry() -> None:
    first = _proxy(1, 2, 5, date(2026, 6, 25))
    # Even received earlier, the newcomer is the one refused: the first is already recorded.
    assert _check_new([first], _proxy(2, 3, 5, date(2026, 6, 1))) == ["proxy.cap_exceeded"]
    assert _check_new([first], _proxy(2, 3, 6)) == []
    assert _check_new([first], _proxy(2, 3, 5), n=40) == []


def test_new_proxy_chains_are_refused_both_ways() -> None:
    existing = [_proxy(1, 2, 5)]
    assert _check_new(existing, _proxy(2, 3, 2)) == ["proxy.chain"]  # 2 gave one
    assert _check_new(existing, _proxy(2, 5, 6)) == ["proxy.chain"]  # 5 holds one


def test_new_proxy_duplicate_principal_and_own_rules() -> None:
    existing = [_proxy(1, 2, 5)]
    assert _check_new(existing, _proxy(2, 2, 6)) == ["proxy.duplicate"]
    assert _check_new([], _proxy(2, 3, OUTSIDER)) == ["proxy.holder_not_associate"]
    assert _check_new([], _proxy(2, 3, 4), attending=frozenset({3})) == ["proxy.principal_attends"]
