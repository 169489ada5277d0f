# SPDX-License-Identifier: GPL-3.0-or-later
"""The generated half of the minutes as the tab shows it: read-only HTML for a
``QTextBrowser``, every value escaped.

The values come already worded in the minutes' language (French or English); only the
captions here follow the interface language. This HTML is for display only: the
minutes themselves are stored as data, never as HTML.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from PySide6.QtCore import QObject

from talagov.core.minutes_content import Generated, ItemSection, VoteResult


def _p(text: str) -> str:
    return f"<p>{escape(text)}</p>" if text else ""


def _bold(text: str) -> str:
    return f"<p><b>{escape(text)}</b></p>"


def _field(caption: str, value: str) -> str:
    return f"<p><b>{escape(caption)}</b> {escape(value)}</p>" if value else ""


def _list(items: Iterable[str]) -> str:
    lines = "".join(f"<li>{escape(i)}</li>" for i in items if i)
    return f"<ul>{lines}</ul>" if lines else ""


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]], *, wide: bool = False) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)  # fmt: skip
    width = " width='100%'" if wide else ""  # short tables stay as narrow as their text
    return (f"<table border='1' cellspacing='0' cellpadding='4'{width}>"
            f"<tr>{head}</tr>{body}</table>")  # fmt: skip


class GeneratedHtml(QObject):
    """Builds the HTML of each generated section (a QObject for its translated captions)."""

    def header(self, g: Generated) -> str:
        """The head of the minutes: organisation, meeting, bureau, documents."""
        h = g.header
        hours = " – ".join(t for t in (h.start_time, h.end_time) if t)
        parts = [f"<h3>{escape(h.organisation)}</h3>", _list(h.mentions),
                 f"<h3>{escape(h.meeting_line)}</h3>",
                 _field(self.tr("Date:"), h.date_text), _field(self.tr("Hours:"), hours),
                 _field(self.tr("Place:"), h.place),
                 _field(self.tr("Remote participation:"), h.remote),
                 _field(self.tr("Convened:"), h.convocation),
                 _field(self.tr("Chaired by:"), h.chair),
                 _field(self.tr("Secretary:"), h.secretary),
                 _field(self.tr("Scrutineers:"), ", ".join(h.scrutineers)),
                 _field(self.tr("Short notice:"), h.notice_override)]  # fmt: skip
        if h.documents:
            parts += [_bold(self.tr("Documents presented:")), _list(h.documents)]
        if h.attachments:
            parts += [_bold(self.tr("Attachments:")), _list(h.attachments)]
        return "".join(parts)

    def attendance(self, g: Generated) -> str:
        """The attendance summary, then the quorum and its explanation."""
        a = g.attendance
        parts = [_table((self.tr("Attendance"), self.tr("Number")), a.lines)]
        if a.quorum_met is not None:
            parts.append(_bold(self.tr("The quorum is met.") if a.quorum_met
                               else self.tr("The quorum is not met.")))  # fmt: skip
        parts += [_p(sentence) for sentence in a.quorum]
        return "".join(parts)

    def agenda(self, g: Generated) -> str:
        """The « Ordre du jour » table with its « Traité (O/N) » column."""
        if not g.agenda:
            return _p(self.tr("No agenda item was recorded."))
        yes, no = self.tr("Y"), self.tr("N")
        return _table((self.tr("No."), self.tr("Item"), self.tr("Dealt with (Y/N)")),
                      [(a.number, a.title, yes if a.treated else no) for a in g.agenda],
                      wide=True)  # fmt: skip

    def vote(self, v: VoteResult) -> str:
        """One poll's result: choices, colleges, the majority applied and the decision."""
        parts = [_field(self.tr("Majority:"), v.majority)]
        if v.choices:
            parts.append(_table((self.tr("Choice"), self.tr("Votes")), v.choices))
        parts += [_p(v.counted), _p(v.weighted)]
        if v.colleges:
            parts.append(_table((self.tr("College"), self.tr("Result")), v.colleges))
        parts.append(_list(v.ranking))
        parts += [_p(sentence) for sentence in v.explanation]
        if v.decision:
            parts.append(_bold(v.decision))
        return "".join(parts)

    def item(self, item: ItemSection) -> str:
        """An item's resolution text and vote (the debates are written by the secretary)."""
        parts = []
        if item.resolution:
            quoted = "".join(_p(line) for line in item.resolution.splitlines())
            parts += [_bold(self.tr("Resolution put to the vote:")),
                      f"<blockquote>{quoted}</blockquote>"]
        if item.vote is not None:
            parts.append(self.vote(item.vote))
        if not parts:
            parts.append(_p(self.tr("Nothing was put to the vote on this item.")))
        return "".join(parts)

    def annexes(self, g: Generated) -> str:
        """Participants (Nom, Prénom, Fonction, Structure), proxies, postal voters."""
        participants, proxies = self.tr("Participants"), self.tr("Proxies")
        by_post = self.tr("Votes by correspondence")  # lupdate reads tr() outside f-strings
        parts = [f"<h4>{escape(participants)}</h4>"]
        if g.participants:
            headers = (self.tr("Name"), self.tr("First name"), self.tr("Role"),
                       self.tr("Organisation"), self.tr("Attendance"))
            rows = [(p.name, p.first_name, p.role, p.organisation, p.attendance)
                    for p in g.participants]  # fmt: skip
            parts.append(_table(headers, rows, wide=True))
        else:
            parts.append(_p(self.tr("Nobody was recorded as present.")))
        if g.proxies:
            parts += [f"<h4>{escape(proxies)}</h4>",
                      _table((self.tr("Principal"), self.tr("Holder")), g.proxies)]
        if g.correspondence:
            parts += [f"<h4>{escape(by_post)}</h4>",
                      _list(g.correspondence)]
        return "".join(parts)

    def incidents(self, g: Generated) -> str:
        """The incidents found in the record (a member who left before a vote...)."""
        if not g.incidents:
            return _p(self.tr("The record shows no incident."))
        return _list(g.incidents)
