# SPDX-License-Identifier: GPL-3.0-or-later
"""Lay out flowables once, then stamp the pages many times as PDF form XObjects.

A batch of convocations repeats the same pages for every member; only a few lines
(name, address) differ. The flowables are wrapped and placed once
(:func:`paginate`); each page's static content then becomes one form XObject per PDF
(:func:`define_forms`), which every member's page references with a single ``Do``
operator before its personal lines are drawn in the reserved :class:`Slot` boxes.
A thousand letters thus cost one layout and small page streams, and the file holds
the static text once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Spacer
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable

_FUZZ = 1e-3


class Slot(Spacer):  # type: ignore[misc]  # reportlab is untyped
    """Reserved space in the flow where each member's own lines are drawn later."""

    def __init__(self, name: str, width: float, height: float) -> None:
        super().__init__(width, height)
        self.name = name


class KeepWithNext(Spacer):  # type: ignore[misc]
    """Start a new page unless ``height`` points are left (keeps a heading with its text)."""

    def __init__(self, height: float) -> None:
        super().__init__(0, 0)
        self.needed = height


@dataclass(frozen=True)
class SlotBox:
    """Where a slot landed: lower-left corner and size, in points."""

    name: str
    x: float
    y: float
    width: float
    height: float


@dataclass
class PageLayout:
    """The placed flowables of one page and its slots."""

    placements: list[tuple[Flowable, float, float]] = field(default_factory=list)
    slots: list[SlotBox] = field(default_factory=list)


@dataclass(frozen=True)
class Area:
    """The frame flowables go into: left, bottom, width and top, in points."""

    x: float
    bottom: float
    width: float
    top: float


def paginate(flowables: Sequence[Flowable], first: Area, rest: Area) -> list[PageLayout]:
    """Place ``flowables`` on pages: ``first`` is the first page's area, then ``rest``.

    Flowables too tall for the space left are split (paragraphs between lines, tables
    between rows); a flowable that fits on no page raises.

    Raises:
        LayoutError: an unsplittable flowable taller than a whole page.
    """
    pages = [PageLayout()]
    area, y, at_top = first, first.top, True
    queue = list(flowables)
    while queue:
        item = queue.pop(0)
        if isinstance(item, KeepWithNext):
            if not at_top and y - item.needed < area.bottom:
                pages.append(PageLayout())
                area, y, at_top = rest, rest.top, True
            continue
        before = 0.0 if at_top else item.getSpaceBefore()
        room = y - before - area.bottom
        _, height = item.wrap(area.width, room)
        if height <= room + _FUZZ:
            y -= before + height
            pages[-1].placements.append((item, area.x, y))
            if isinstance(item, Slot):
                pages[-1].slots.append(SlotBox(item.name, area.x, y, area.width, height))
            y -= item.getSpaceAfter()
            at_top = False
            continue
        parts = item.split(area.width, room) if room > 0 else []
        if len(parts) > 1:
            queue[:0] = parts
            continue
        if at_top:
            raise LayoutError(f"{type(item).__name__} taller than a page")
        pages.append(PageLayout())
        area, y, at_top = rest, rest.top, True
        queue.insert(0, item)
    return pages


def define_forms(
    canvas: Canvas,
    pages: Sequence[PageLayout],
    prefix: str,
    decorate: Callable[[Canvas, int], None],
) -> list[str]:
    """Draw each page's flowables into a form XObject of ``canvas``; return the names.

    Args:
        decorate: draws the page's static furniture (letterhead, footer) into the
            form, given the 0-based page index.
    """
    names = []
    width, height = canvas._pagesize
    for index, page in enumerate(pages):
        name = f"{prefix}{index}"
        canvas.beginForm(name, 0, 0, width, height)
        decorate(canvas, index)
        for flowable, x, y in page.placements:
            if not isinstance(flowable, Spacer):
                flowable.drawOn(canvas, x, y)
        canvas.endForm()
        names.append(name)
    return names
