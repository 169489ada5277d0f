# SPDX-License-Identifier: GPL-3.0-or-later
"""Translated words of the votes: poll kinds and states, channels, verdicts, choices,
majority rules and results.

Declared once so that the polls table, the ballots table, the results panel and the
dialogs say the same thing. Nothing here decides anything: the tally is the core's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talagov.core.ballot_check import Verdict
from talagov.core.ballots import Channel
from talagov.core.polls import (
    ABSTAIN,
    AGAINST,
    BLANK,
    FOR,
    PollDefinition,
    PollKind,
    PollStatus,
)
from talagov.core.ratio import Ratio
from talagov.core.statutes import MajorityBase, MajorityRule
from talagov.core.tally import TallyResult
from talagov.gui.i18n import arg
from talagov.messages import format_bp


def poll_kind_label(kind: PollKind) -> str:
    """"Resolution" or "Election"."""
    if kind is PollKind.ELECTION:
        return QCoreApplication.translate("VotesLabels", "Election")
    return QCoreApplication.translate("VotesLabels", "Resolution")


def poll_status_label(status: PollStatus) -> str:
    """Prepared, open or closed."""
    return {
        PollStatus.PREPARED: QCoreApplication.translate("VotesLabels", "Prepared"),
        PollStatus.OPEN: QCoreApplication.translate("VotesLabels", "Open"),
        PollStatus.CLOSED: QCoreApplication.translate("VotesLabels", "Closed"),
    }[status]


def channel_labels() -> dict[Channel, str]:
    """Every channel a vote comes through, in the order the results show them."""
    return {
        Channel.BOOTH: QCoreApplication.translate("VotesLabels", "Booth"),
        Channel.FILE: QCoreApplication.translate("VotesLabels", "Ballot file"),
        Channel.CORRESPONDENCE: QCoreApplication.translate("VotesLabels", "Postal form"),
        Channel.BLANK_PROXY: QCoreApplication.translate("VotesLabels", "Blank proxy"),
        Channel.HAND: QCoreApplication.translate("VotesLabels", "Hand count"),
    }


def verdict_labels() -> dict[Verdict, str]:
    """What became of a ballot, in the order of the filter."""
    return {
        Verdict.COUNTED: QCoreApplication.translate("VotesLabels", "Counted"),
        Verdict.SUPERSEDED: QCoreApplication.translate("VotesLabels", "Superseded (voted again)"),
        Verdict.OVERRIDDEN: QCoreApplication.translate("VotesLabels", "Overridden (another channel counts)"),
        Verdict.REJECTED: QCoreApplication.translate("VotesLabels", "Rejected"),
    }


def choice_label(choice: str, definition: PollDefinition | None) -> str:
    """A choice as the voter saw it: For, Against, Abstention, Blank or the candidate's name."""
    fixed = {
        FOR: QCoreApplication.translate("VotesLabels", "For"),
        AGAINST: QCoreApplication.translate("VotesLabels", "Against"),
        ABSTAIN: QCoreApplication.translate("VotesLabels", "Abstention"),
        BLANK: QCoreApplication.translate("VotesLabels", "Blank"),
    }
    if choice in fixed:
        return fixed[choice]
    if definition is not None and choice in definition.labels:
        return definition.labels[choice]
    return choice


def choices_text(choices: tuple[str, ...], definition: PollDefinition | None) -> str:
    """Several choices (an election with several seats), comma separated."""
    return ", ".join(choice_label(c, definition) for c in choices)


def base_label(base: MajorityBase) -> str:
    """What a majority is taken of, as the end of a sentence ("of votes cast")."""
    return {
        MajorityBase.CAST: QCoreApplication.translate("VotesLabels", "of votes cast"),
        MajorityBase.PRESENT_OR_REPRESENTED: QCoreApplication.translate(
            "VotesLabels", "of associates present or represented"),
        MajorityBase.TOTAL: QCoreApplication.translate("VotesLabels", "of all associates"),
    }[base]


def is_relative(rule: MajorityRule) -> bool:
    """A zero fraction: the most votes wins (elections' relative majority)."""
    return rule.ratio.num == 0


def majority_text(rule: MajorityRule) -> str:
    """The rule in words: "More than half of votes cast", "Unanimity of all associates"..."""
    ratio, of = rule.ratio, base_label(rule.base)
    if is_relative(rule):
        return QCoreApplication.translate("VotesLabels", "Relative majority (most votes)")
    if ratio == Ratio(1, 1):
        return arg(QCoreApplication.translate("VotesLabels", "Unanimity %1"), of)
    names = {
        (1, 2): QCoreApplication.translate("VotesLabels", "half"),
        (2, 3): QCoreApplication.translate("VotesLabels", "two thirds"),
        (3, 4): QCoreApplication.translate("VotesLabels", "three quarters"),
    }
    fraction = names.get((ratio.num, ratio.den), str(ratio))
    if rule.strict:
        return arg(QCoreApplication.translate("VotesLabels", "More than %1 %2"), fraction, of)
    return arg(QCoreApplication.translate("VotesLabels", "At least %1 %2"), fraction, of)


def fraction_text(value: tuple[int, int], lang: str) -> str:
    """An exact fraction with its percentage: ``4/5 (80,00 %)``; a dash for ``x/0``."""
    num, den = value
    if den <= 0:
        return "–"
    # To the nearest hundredth of a percent, as the explanation and the results PDF.
    return f"{num}/{den} ({format_bp((num * 20_000 + den) // (2 * den), lang)})"


def result_text(result: TallyResult | None, definition: PollDefinition) -> str:
    """The decision in a few words: Adopted, Rejected, Elected: names, or a tie to settle."""
    if result is None:
        return ""
    if result.election is not None:
        election = result.election
        parts = []
        if election.elected:
            parts.append(arg(QCoreApplication.translate("VotesLabels", "Elected: %1"),
                             choices_text(election.elected, definition)))
        if election.tied:
            parts.append(arg(QCoreApplication.translate("VotesLabels", "Tie to settle: %1"),
                             choices_text(election.tied, definition)))
        if not parts:
            parts.append(QCoreApplication.translate("VotesLabels", "Nobody elected"))
        return "; ".join(parts)
    if result.adopted:
        return QCoreApplication.translate("VotesLabels", "Adopted")
    return QCoreApplication.translate("VotesLabels", "Rejected")


def poll_title(number: int, title: str, kind: PollKind) -> str:
    """"Resolution 3: Approval of the accounts" or "Election 4: Board members"."""
    if kind is PollKind.ELECTION:
        return arg(QCoreApplication.translate("VotesLabels", "Election %1: %2"), number, title)
    return arg(QCoreApplication.translate("VotesLabels", "Resolution %1: %2"), number, title)

