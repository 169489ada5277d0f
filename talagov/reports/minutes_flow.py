# SPDX-License-Identifier: GPL-3.0-or-later
"""The flowables of a procès-verbal, shared by the minutes PDF and the printed register.

:func:`content_story` lays out a :class:`MinutesContent` in the order of the seed
minutes: the head (organisation, meeting, bureau), attendance and quorum, the agenda
and decisions tables, the opening words, one section per item (debates, the text put
to the vote in a frame, the result), the closing words and the annexes. An erratum is
laid out as its own short document. The signatures are not part of it: the minutes
PDF and the register each print theirs (:mod:`minutes_pdf`, :mod:`deliberations_pdf`).

Every character typed by a person is escaped before it reaches reportlab's paragraph
markup, and empty parts are left out rather than printed as bare headings (a working
group has no vote and often no quorum).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import Flowable, HRFlowable

from talagov.core.minutes_content import ItemSection, MinutesContent, VoteResult
from talagov.core.rich_text import is_empty
from talagov.messages import format_int
from talagov.reports.fonts import FontNames
from talagov.reports.minutes_blocks import (
    GRID,
    WIDTH,
    Styles,
    bullet,
    clean,
    fingerprints,
    grid,
    heading,
    para,
    rich,
)
from talagov.reports.minutes_texts import t, worded_date


class MinutesStory:
    """Builds the flowables of one content with the document's styles and fonts."""

    def __init__(self, content: MinutesContent, st: Styles, fonts: FontNames, *,
                 in_register: bool = False) -> None:  # fmt: skip
        self.c, self.st, self.fonts = content, st, fonts
        self.lang = content.generated.lang
        # In the register the entry's band heads the minutes and the register's first
        # page carries the organisation: no letterhead and a smaller title.
        self.in_register = in_register

    def t(self, key: str, **params: Any) -> str:
        """A fixed text in the content's language."""
        return t(key, self.lang, **params)

    def heads(self, keys: Sequence[str], right: Sequence[int] = (),
              center: Sequence[int] = ()) -> list[Paragraph]:  # fmt: skip
        """A header row, upper-case as in the seed's tables."""
        def style(i: int) -> ParagraphStyle:
            return self.st["head_r" if i in right else "head_c" if i in center else "head"]

        return [para(self.t(k).upper(), style(i)) for i, k in enumerate(keys)]

    def number(self, value: int) -> str:
        """A count as printed (thousands separated)."""
        return format_int(value, self.lang)

    def story(self) -> list[Flowable]:
        """The whole content (an erratum gets its own, shorter layout)."""
        if self.c.erratum is not None:
            return self.erratum()
        out = self.head()
        out += self.attendance() + self.agenda() + self.decisions()
        if not is_empty(self.c.opening):
            out += [*heading(self.t("opening"), self.st), *rich(self.c.opening, self.st)]
        for item in self.c.items:
            out += self.item(item)
        if not is_empty(self.c.closing):
            out += [*heading(self.t("closing"), self.st), *rich(self.c.closing, self.st)]
        return out + self.annexes()

    def letterhead(self) -> list[Flowable]:
        """The organisation and its legal mentions, then a rule (none in the register)."""
        h = self.c.header
        if self.in_register:
            return []
        out: list[Flowable] = [para(h.organisation, self.st["org"])]
        mentions = [m for m in h.mentions if m and m != h.organisation]
        if mentions:
            out.append(para(" — ".join(mentions), self.st["mentions"]))
        return [*out, HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=2,
                                 spaceAfter=4)]  # fmt: skip

    def head(self) -> list[Flowable]:
        """Letterhead, title, when and where, the bureau, who drafted it, the documents."""
        h, st = self.c.header, self.st
        out = self.letterhead() + self.titles(self.t("title"), h.meeting_line)
        hours = self.t("hours", start=h.start_time, end=h.end_time) if (
            h.start_time and h.end_time) else h.start_time  # fmt: skip
        lines = [h.date_text, hours, h.place, h.remote]
        if h.convocation:
            lines.append(self.t("convocation", text=h.convocation))
        out += [para(line, st["body"]) for line in lines if line.strip()]
        bureau = []
        if h.chair:
            bureau.append(self.t("chair", name=h.chair))
        if h.secretary:
            bureau.append(self.t("secretary", name=h.secretary))
        if h.scrutineers:
            bureau.append(self.t("scrutineers", names=", ".join(h.scrutineers)))
        if bureau:
            out += [Spacer(0, 4), *(para(line, st["body"]) for line in bureau)]
        drafted = self.drafted()
        if drafted:
            out.append(para(drafted, st["note"]))
        if self.c.generated.participants:
            out.append(para(self.t("participants.annex"), st["note"]))
        if h.documents:
            out += heading(self.t("documents"), st, "h2")
            out += [bullet(d, st) for d in h.documents]
        if h.attachments:
            out.append(para(self.t("attachments", names=", ".join(h.attachments)), st["body"]))
        if h.notice_override:
            out.append(para(h.notice_override, st["box"]))
        return out

    def titles(self, title: str, meeting: str) -> list[Flowable]:
        """The document's title and the meeting; one line under a register entry's band."""
        if self.in_register:
            return [para(" — ".join(p for p in (title, meeting) if p), self.st["meeting"])]
        return [para(title, self.st["title"]), para(meeting, self.st["meeting"])]

    def drafted(self) -> str:
        """« Rédigé par … le … », or the date alone when nobody is named."""
        when = worded_date(self.c.drafted_on, self.lang) if self.c.drafted_on else ""
        if self.c.drafted_by and when:
            return self.t("drafted", name=self.c.drafted_by, date=when)
        return self.t("drafted.on", date=when) if when else self.c.drafted_by

    def attendance(self) -> list[Flowable]:
        """The attendance counts and, when a quorum applies, its explanation and outcome."""
        a, st = self.c.generated.attendance, self.st
        if not a.lines and not a.quorum and a.quorum_met is None:
            return []
        quorum = a.quorum_met is not None or bool(a.quorum)
        out = heading(self.t("attendance.quorum" if quorum else "attendance"), st)
        if a.lines:
            rows = [[para(label, st["cell"]), para(self.number(n), st["cell_r"])]
                    for label, n in a.lines]  # fmt: skip
            out.append(grid(rows, [200.0, 60.0], self.fonts, header=False))
        if a.quorum:
            # The first sentence states the outcome (« Quorum atteint : … »): it stands out.
            out.append(para(a.quorum[0], st["decision"] if a.quorum_met is not None else st["body"]))
            out += [para(sentence, st["body"]) for sentence in a.quorum[1:]]
        elif a.quorum_met is not None:
            out.append(para(self.t("quorum.met" if a.quorum_met else "quorum.not_met"),
                            st["decision"]))  # fmt: skip
        return out

    def agenda(self) -> list[Flowable]:
        """The « Ordre du jour » table: N°, point, treated (O/N)."""
        rows: list[list[Any]] = [self.heads(("col.number", "col.item", "col.treated"), center=(2,))]
        for row in self.c.generated.agenda:
            treated = self.t("yes" if row.treated else "no")
            rows.append([para(str(row.number), self.st["cell"]), para(row.title, self.st["cell"]),
                         para(treated, self.st["cell_c"])])  # fmt: skip
        if len(rows) == 1:
            return []
        table = grid(rows, [34.0, WIDTH - 34 - 92, 92.0], self.fonts)
        return [*heading(self.t("agenda"), self.st), table]

    def decisions(self) -> list[Flowable]:
        """The « Décisions » table (N°, action, who, due); nothing when there is none."""
        if not self.c.decisions:
            return []
        rows: list[list[Any]] = [self.heads(("col.number", "col.action", "col.who", "col.due"))]
        rows += [[para(str(i), self.st["cell"]), para(d.action, self.st["cell"]),
                  para(d.who, self.st["cell"]), para(d.due, self.st["cell"])]
                 for i, d in enumerate(self.c.decisions, start=1)]  # fmt: skip
        table = grid(rows, [34.0, WIDTH - 34 - 120 - 100, 120.0, 100.0], self.fonts)
        return [*heading(self.t("decisions"), self.st), table]

    def item(self, item: ItemSection) -> list[Flowable]:
        """One agenda item: heading, debates, the text put to the vote, the result."""
        st = self.st
        page_break, title = heading(self.t("item", number=item.number, title=item.title.upper()),
                                    st)  # fmt: skip
        body: list[Flowable] = []
        if item.not_recorded:
            body.append(Paragraph(f"<i>{clean(self.t('not_recorded'))}</i>", st["missing"]))
        elif not is_empty(item.debates):
            body += rich(item.debates, st)
        elif not item.resolution.strip() and item.vote is None:
            body.append(para(self.t("no_remarks"), st["missing"]))  # never a bare heading
        if item.resolution.strip():
            body += [*heading(self.t("resolution"), st, "h2"), para(item.resolution, st["box"])]
        if item.vote is None:
            return [page_break, title, *body]
        vote = self.vote(item.vote, item.kind == "election")
        if not body:  # an election with nothing written: the heading goes with the result
            return [page_break, KeepTogether([title, *vote])]
        return [page_break, title, *body, KeepTogether(vote)]

    def vote(self, v: VoteResult, election: bool) -> list[Flowable]:
        """The result: majority, counts, colleges, weighted result, ranking, decision."""
        st = self.st
        out: list[Flowable] = [para(self.t("vote"), st["h2"])]
        if v.majority:
            # The rule may come as a whole sentence (« Majorité requise : … ») or alone.
            line = v.majority if ":" in v.majority else self.t("majority", rule=v.majority)
            out.append(para(line, st["body"]))
        if v.choices:
            rows: list[list[Any]] = [self.heads(
                ("col.candidate" if election else "col.choice", "col.votes"), right=(1,))]
            rows += [[para(label, st["cell"]), para(self.number(n), st["cell_r"])]
                     for label, n in v.choices]  # fmt: skip
            out.append(grid(rows, [220.0, 60.0], self.fonts))
        if v.counted:
            out.append(para(v.counted, st["body"]))
        if v.colleges:
            rows = [self.heads(("col.college", "col.result"))]
            rows += [[para(name, st["cell"]), para(line, st["cell"])] for name, line in v.colleges]
            out.append(grid(rows, [140.0, WIDTH - 140], self.fonts))
        if v.weighted:
            out.append(para(v.weighted, st["body"]))
        if v.ranking:
            out.append(para(self.t("ranking"), st["h2"]))
            out += [para(line, st["list"]) for line in v.ranking]
        if v.decision:
            out.append(para(v.decision, st["decision"]))
        out += [para(sentence, st["note"]) for sentence in v.explanation]
        return out

    def annexes(self) -> list[Flowable]:
        """Participants, proxies, postal voters and incidents, each only when there are any."""
        g, st = self.c.generated, self.st
        out: list[Flowable] = []
        if g.participants:
            keys = ["col.name", "col.first_name", "col.role", "col.organisation"]
            widths = [100.0, 80.0, 115.0, 120.0]
            with_mode = any(p.attendance for p in g.participants)
            if with_mode:
                keys.append("col.attendance")
                widths.append(WIDTH - sum(widths))
            else:
                widths[-1] = WIDTH - sum(widths[:-1])
            rows: list[list[Any]] = [self.heads(keys)]
            for p in g.participants:
                cells = [p.name, p.first_name, p.role, p.organisation]
                cells += [p.attendance] if with_mode else []
                rows.append([para(c, st["cell"]) for c in cells])
            out += [*heading(self.t("participants").upper(), st), grid(rows, widths, self.fonts)]
        if g.proxies:
            rows = [self.heads(("col.principal", "col.holder"))]
            rows += [[para(a, st["cell"]), para(b, st["cell"])] for a, b in g.proxies]
            out += [*heading(self.t("proxies"), st), grid(rows, [WIDTH / 2] * 2, self.fonts)]
        if g.correspondence:
            out += [*heading(self.t("correspondence"), st),
                    para(", ".join(g.correspondence), st["body"])]  # fmt: skip
        if self.c.incidents:
            out += heading(self.t("incidents"), st)
            out += [bullet(i, st) for i in self.c.incidents]
        return out

    def erratum(self) -> list[Flowable]:
        """An erratum: which entry it corrects (with its fingerprint) and the correction."""
        e, h, st = self.c.erratum, self.c.header, self.st
        assert e is not None  # story() sends only errata here
        title = self.t("erratum.title", number=e.number, date=worded_date(e.date, self.lang))
        out = self.letterhead() + self.titles(title, h.meeting_line)
        if h.date_text:
            out.append(para(h.date_text, st["body"]))
        out.append(para(self.t("erratum.reference", number=e.number), st["body"]))
        out.append(fingerprints([(self.t("erratum.hash"), e.content_hash)], st))
        drafted = self.drafted()
        if drafted:
            out.append(para(drafted, st["note"]))
        out += [*heading(self.t("erratum.correction"), st), *rich(self.c.correction, st)]
        return out


def content_story(content: MinutesContent, st: Styles, fonts: FontNames, *,
                  in_register: bool = False) -> list[Flowable]:  # fmt: skip
    """The flowables of ``content`` (signatures excluded, see the module docstring).

    Args:
        in_register: laid out under a register entry: no letterhead, a one-line title.
    """
    return MinutesStory(content, st, fonts, in_register=in_register).story()
