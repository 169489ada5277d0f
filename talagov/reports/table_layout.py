# SPDX-License-Identifier: GPL-3.0-or-later
"""Cell wrapping and pagination of a long register table.

One reportlab ``Table`` of 10,000 rows is re-measured at every page split (about 12 s
measured here). Instead every cell is wrapped once, rows are packed into pages
here, and each page becomes a small table: the work is linear, the page count is
known before drawing (for "Page 3 / 12"), and progress and cancellation can be
reported between chunks of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from reportlab.pdfbase.pdfmetrics import stringWidth

Progress = Callable[[int, int], None]

FONT_SIZE = 7.5
LEADING = 9.0
PAD_X = 3.0
PAD_Y = 2.0
CHUNK = 250  # rows between two progress reports / cancellation checks
# A table row cannot split across pages: a cell taller than a page would stop the
# build, so a pasted essay in a free-text field is cut (about 2,000 characters).
MAX_LINES = 40


class Cancellable(Protocol):
    """Anything with ``raise_if_cancelled()``, such as :class:`talagov.core.cancel.CancelToken`."""

    def raise_if_cancelled(self) -> None:
        """Raise :class:`talagov.core.errors.Cancelled` once the user cancelled."""


@dataclass(frozen=True)
class Column:
    """One column of a register: header text, width in points, alignment."""

    header: str
    width: float
    numeric: bool = False


@dataclass(frozen=True)
class Row:
    """A row whose cells are already wrapped into lines, and its height in points.

    ``span`` > 1 merges the first cells into one (the label of a total row).
    """

    cells: tuple[str, ...]
    height: float
    span: int = 1


@lru_cache(maxsize=65536)
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width`` points.

    Only ordinary spaces and newlines break a line: the no-break spaces of French
    typography (before ``:``, inside numbers) hold. A word longer than the width is
    cut between characters rather than overflowing into the next column. Register
    values repeat a lot (dates, categories), hence the cache.
    """
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return (text,)
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in text.split("\n"):
        current, used = "", 0.0
        for word in paragraph.split(" "):
            w = stringWidth(word, font, size)
            if current and used + space + w <= width:
                current, used = f"{current} {word}", used + space + w
                continue
            if current:
                lines.append(current)
            pieces = _cut(word, font, size, width) if w > width else [word]
            lines.extend(pieces[:-1])
            current = pieces[-1]
            used = stringWidth(current, font, size)
        lines.append(current)
    return tuple(lines)


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def fit_widths(
    headers: Sequence[str],
    numeric: Sequence[bool],
    values: Sequence[Sequence[str]],
    totals: Sequence[str],
    fonts: tuple[str, str],
    width: float,
) -> list[float]:
    """Column widths summing to ``width``, sized to the content.

    Headers and numeric columns never wrap (numbers include the bold ``totals`` row).
    Text columns get at least their longest word and, when everything does not fit
    on one line, share the remaining width in proportion to what they would need.
    """
    regular, bold = fonts
    pad = 2 * PAD_X + 0.5  # a hair more than the padding: rounding must not wrap a header
    minimum = [stringWidth(h, bold, FONT_SIZE) + pad for h in headers]
    natural = list(minimum)
    for i, is_number in enumerate(numeric):
        for value in {row[i] for row in values}:
            need = stringWidth(value, regular, FONT_SIZE) + pad
            natural[i] = max(natural[i], need)
            if is_number:
                minimum[i] = max(minimum[i], need)
            else:
                longest = max(stringWidth(w, regular, FONT_SIZE) for w in value.split(" "))
                minimum[i] = max(minimum[i], min(longest + pad, width / 6))
        if is_number and totals[i]:
            minimum[i] = natural[i] = max(natural[i], stringWidth(totals[i], bold, FONT_SIZE) + pad)
    spare = width - sum(natural)
    if spare >= 0:  # everything fits: widen the text columns alike
        grow = [0.0 if n else w for w, n in zip(natural, numeric, strict=True)]
        return [w + spare * g / (sum(grow) or 1) for w, g in zip(natural, grow, strict=True)]
    if width <= sum(minimum):  # cannot even fit the minimums: shrink everything alike
        return [m * width / sum(minimum) for m in minimum]
    return _share(natural, minimum, numeric, width)


def _share(
    natural: list[float], minimum: list[float], numeric: Sequence[bool], width: float
) -> list[float]:
    # Lower only the widest text columns to a common cap, found by bisection: the
    # narrow ones keep their natural width and stay on one line, so as few columns
    # as possible wrap (sharing the shortage out would make every wide column wrap).
    text_cols = [i for i, is_number in enumerate(numeric) if not is_number]
    room = width - sum(n for n, is_number in zip(natural, numeric, strict=True) if is_number)

    def widths(cap: float) -> dict[int, float]:
        return {i: max(minimum[i], min(natural[i], cap)) for i in text_cols}

    low, high = 0.0, max((natural[i] for i in text_cols), default=0.0)
    for _ in range(40):
        middle = (low + high) / 2
        low, high = (middle, high) if sum(widths(middle).values()) <= room else (low, middle)
    capped = widths(low)
    wide = [i for i in text_cols if natural[i] > low] or text_cols
    extra = (room - sum(capped.values())) / max(len(wide), 1)
    return [
        natural[i] if numeric[i] else capped[i] + (extra if i in wide else 0.0)
        for i in range(len(natural))
    ]


def make_row(values: Sequence[str], columns: Sequence[Column], font: str, span: int = 1) -> Row:
    """Wrap every cell of a row to its column and compute the row height.

    With ``span`` > 1 the first value fills the first ``span`` columns (the others
    of them must be empty). A cell longer than :data:`MAX_LINES` ends with "…".
    """
    widths = [c.width for c in columns]
    widths[0] = sum(widths[:span])
    wrapped = [wrap(v, font, FONT_SIZE, w - 2 * PAD_X) for v, w in zip(values, widths, strict=True)]
    wrapped = [w if len(w) <= MAX_LINES else (*w[: MAX_LINES - 1], "…") for w in wrapped]
    lines = max(len(w) for w in wrapped)
    return Row(tuple("\n".join(w) for w in wrapped), lines * LEADING + 2 * PAD_Y, span)


def make_rows(
    values: Sequence[Sequence[str]],
    columns: Sequence[Column],
    font: str,
    *,
    progress: Progress | None = None,
    total: int = 0,
    cancel: Cancellable | None = None,
) -> list[Row]:
    """Wrap many rows, reporting ``(done, total)`` and checking ``cancel`` every chunk."""
    rows: list[Row] = []
    for start in range(0, len(values), CHUNK):
        if cancel is not None:
            cancel.raise_if_cancelled()
        rows.extend(make_row(v, columns, font) for v in values[start : start + CHUNK])
        if progress is not None:
            progress(len(rows), total or len(values))
    return rows


def paginate(rows: Sequence[Row], available: float) -> list[list[Row]]:
    """Pack rows into pages of at most ``available`` points (the header row excluded).

    A row taller than a whole page still gets a page of its own, so nothing is lost;
    an empty register yields one empty page.
    """
    pages: list[list[Row]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > available:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row.height
    return pages
