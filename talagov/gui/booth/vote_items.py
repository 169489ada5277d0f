# SPDX-License-Identifier: GPL-3.0-or-later
"""What a voter is asked, one ballot at a time, and the words that describe it.

A :class:`VoteItem` is one ballot to fill: a poll definition and on whose behalf (the
voter, or the principal of a proxy they hold). The booth builds them from the
service's booth tasks, the voting-package dialog from a package; the poll, review and
receipt pages only ever see these, so both paths show the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from talagov.core.polls import ABSTAIN, AGAINST, BLANK, FOR, PollDefinition, PollKind
from talagov.gui.i18n import arg


@dataclass(frozen=True)
class VoteItem:
    """One ballot to fill.

    Attributes:
        key: what the caller needs to cast it: ``(poll id, on_behalf_of)`` in the booth,
            the key ``vote_from_package`` expects for a package.
        definition: the poll's frozen definition (question, choices, seats, secrecy).
        on_behalf_of: the member the ballot counts for.
        principal_name: that member's name.
        for_self: whether the voter votes for themselves (else through a proxy).
    """

    key: tuple[int, int]
    definition: PollDefinition
    on_behalf_of: int
    principal_name: str
    for_self: bool


def resolution_labels() -> dict[str, str]:
    """For, against, abstain: in the order of the ballot paper."""
    return {
        FOR: QCoreApplication.translate("Booth", "For"),
        AGAINST: QCoreApplication.translate("Booth", "Against"),
        ABSTAIN: QCoreApplication.translate("Booth", "Abstain"),
    }


def choice_label(definition: PollDefinition, choice: str) -> str:
    """The words of one choice: for/against/abstain, a candidate's name, or blank."""
    if choice == BLANK:
        return QCoreApplication.translate("Booth", "Blank vote")
    known = resolution_labels()
    if choice in known:
        return known[choice]
    return definition.labels.get(choice, choice)


def choice_meaning(definition: PollDefinition, choice: str) -> str:
    """What ticking ``choice`` means, in one sentence (its tooltip and description)."""
    if choice == FOR:
        return QCoreApplication.translate("Booth", "Vote for the resolution: you approve it.")
    if choice == AGAINST:
        return QCoreApplication.translate("Booth", "Vote against the resolution: you reject it.")
    if choice == ABSTAIN:
        return QCoreApplication.translate(
            "Booth", "Abstain: you take part in the vote without approving or rejecting the "
                     "resolution.")
    if choice == BLANK:
        return QCoreApplication.translate("Booth", "Blank vote: you choose none of the "
                                                   "candidates.")
    return arg(QCoreApplication.translate("Booth", "Vote for %1."), choice_label(definition, choice))


def choices_text(definition: PollDefinition, choices: tuple[str, ...]) -> str:
    """Every choice of a ballot in words, separated by commas."""
    if not choices:
        return QCoreApplication.translate("Booth", "No choice yet")
    return ", ".join(choice_label(definition, c) for c in choices)


def poll_title(definition: PollDefinition) -> str:
    """``Resolution 2: Approval of the accounts`` or ``Election 3: Board (seats: 2)``."""
    if definition.kind is PollKind.ELECTION:
        # No %n here: lupdate only sees plurals in tr(), and this is a module function.
        return arg(QCoreApplication.translate("Booth", "Election %1: %2 (seats: %3)"),
                   definition.number, definition.title, definition.seats)
    return arg(QCoreApplication.translate("Booth", "Resolution %1: %2"), definition.number,
               definition.title)


def behalf_text(item: VoteItem) -> str:
    """``You vote for yourself`` or ``You vote on behalf of X (proxy)``."""
    if item.for_self:
        return QCoreApplication.translate("Booth", "You vote for yourself")
    return arg(QCoreApplication.translate("Booth", "You vote on behalf of %1 (proxy)"),
               item.principal_name)


def short_behalf(for_self: bool, principal_name: str) -> str:
    """``For yourself`` or ``On behalf of X (proxy)`` (review and receipt lines)."""
    if for_self:
        return QCoreApplication.translate("Booth", "For yourself")
    return arg(QCoreApplication.translate("Booth", "On behalf of %1 (proxy)"), principal_name)


def secret_note() -> str:
    """What a secret poll means here, without promising more than it is."""
    return QCoreApplication.translate(
        "Booth", "Secret ballot: the results show only totals and no screen or document "
                 "shows who chose what. Your ballot is still signed, and the secretary's "
                 "database can link it to you.")


def complete(items: list[VoteItem], choices: Mapping[tuple[int, int], tuple[str, ...]]) -> bool:
    """Whether every item has a choice."""
    return all(choices.get(item.key) for item in items)
