# SPDX-License-Identifier: GPL-3.0-or-later
"""The printed register of deliberations: every entry of one register, in one flow.

The register opens with the organisation, its legal mentions and the register's name;
then each entry follows the previous one on the same page when there is room (a paper
register has no blank portions, K17): its number, when it was entered, its hash and the
previous entry's, then the minutes laid out exactly as in their own PDF
(:mod:`minutes_flow`) and the signatures as the register recorded them. Pages are
numbered « Page n / N » throughout and the register ends with the count of its entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import HRFlowable, KeepTogether
from reportlab.platypus.flowables import Flowable

from talagov.core.deliberations import GENESIS
from talagov.core.minutes_codec import content_hash
from talagov.core.minutes_content import MinutesContent
from talagov.reports.fonts import FontNames
from talagov.reports.minutes_blocks import GRID, Styles, fingerprints, para
from talagov.reports.minutes_flow import content_story
from talagov.reports.minutes_pdf import Pages, content_date, render
from talagov.reports.minutes_texts import end_of_register, t

_WITH_HEAD = 3  # flowables of the minutes kept on the page of the entry's band


@dataclass(frozen=True)
class RegisterPrintEntry:
    """One entry as printed; every text is already worded by the caller.

    Attributes:
        entered_at: when it was entered (« 13 juin 2026 à 18:42 »).
        entry_hash, previous: SHA-256 hex of this entry and of the one before
            (:data:`~talagov.core.deliberations.GENESIS` for the first).
        kind: ``"minutes"`` or ``"erratum"``; ``corrects`` is the number an erratum corrects.
        signatures: one line per signatory (« Jeanne Martin, présidente de séance — signé
            le 13 juin 2026 à 18:40 — certificat 3F2A … »).
    """

    number: int
    entered_at: str
    entry_hash: str
    previous: str
    kind: str
    corrects: int | None
    content: MinutesContent
    signatures: tuple[str, ...]


def _entry(entry: RegisterPrintEntry, st: Styles, fonts: FontNames, lang: str,
           tail: Sequence[Flowable] = ()) -> list[Flowable]:  # fmt: skip
    """The entry's band and hashes, its minutes, its signatures (kept with ``tail``)."""
    head: list[Flowable] = [
        para(t("register.entry", lang, number=entry.number, entered_at=entry.entered_at),
             st["band"]),
    ]  # fmt: skip
    if entry.kind == "erratum" and entry.corrects is not None:
        head.append(para(t("register.erratum", lang, number=entry.corrects), st["h2"]))
    previous = t("register.first", lang) if entry.previous == GENESIS else entry.previous
    head.append(fingerprints([(t("register.hash", lang), entry.entry_hash),
                              (t("register.previous", lang), previous)], st))  # fmt: skip
    story = content_story(entry.content, st, fonts, in_register=True)
    # The band never ends a page alone: it moves with the minutes' title and first lines.
    out: list[Flowable] = [KeepTogether([*head, *story[:_WITH_HEAD]]), *story[_WITH_HEAD:]]
    signed: list[Flowable] = [para(t("signatures", lang), st["h1"])]
    signed += [para(line, st["body"]) for line in entry.signatures]
    signed.append(fingerprints([(t("content_hash", lang), content_hash(entry.content))], st))
    out.append(KeepTogether([*signed, *tail]))
    return out


def register_pdf(register_label: str, organisation: str, mentions: tuple[str, ...],
                 entries: Sequence[RegisterPrintEntry], *, lang: str) -> bytes:  # fmt: skip
    """The register as PDF bytes (the same entries always give the same bytes).

    Args:
        register_label: the register's name (« Assemblée générale », « Conseil
            d'administration »).
        mentions: the organisation's legal mentions today (see ``reports.letterhead``).
        entries: in register order.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    title = t("register", lang)

    def story(st: Styles, fonts: FontNames) -> list[Flowable]:
        out: list[Flowable] = [para(organisation, st["org"])]
        rest = [m for m in mentions if m and m != organisation]
        if rest:
            out.append(para(" — ".join(rest), st["mentions"]))
        out += [HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=2, spaceAfter=4),
                para(title, st["title"]), para(register_label, st["meeting"])]  # fmt: skip
        # The closing line stays on the page of the last signatures, never alone.
        end = [HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=14,
                          spaceAfter=4), para(end_of_register(len(entries), lang), st["decision"])]
        if not entries:
            return [*out, para(t("register.empty", lang), st["body"]), *end]
        for i, entry in enumerate(entries):
            out += _entry(entry, st, fonts, lang, end if i == len(entries) - 1 else ())
        return out

    # Dated with the last entry, so that printing the same register twice gives the
    # same bytes; an empty register has no date of its own.
    on = max((content_date(e.content) for e in entries), default=date(1970, 1, 1))
    pages = Pages(
        title=f"{title} — {register_label} — {organisation}", author=organisation,
        subject=f"{title} — {register_label}",
        keywords=t("register.keywords", lang, label=register_label),
        footer=f"{title} — {register_label} — {organisation}", on=on, lang=lang,
    )  # fmt: skip
    return render(story, pages)
