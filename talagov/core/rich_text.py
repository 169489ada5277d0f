# SPDX-License-Identifier: GPL-3.0-or-later
"""The rich text the secretary writes in the minutes: paragraphs, bullet and numbered
lists, bold and italic runs, nothing else.

It is stored and signed as plain JSON (never HTML): a list of blocks, each a kind and a
list of runs. That keeps the signed content free of markup that a reader could render
differently, and lets the PDF escape every character it prints. The speaker of a
debate is written, as in the seed minutes, as a bold run « Name (Organisation) : »
at the start of a paragraph.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from talagov.core.errors import UserError

MAX_BLOCKS = 2_000  # a long AG: a few hundred paragraphs
MAX_RUN_CHARS = 20_000


class BlockKind(enum.StrEnum):
    """How a block is laid out."""

    PARAGRAPH = "p"
    BULLET = "bullet"  # an item of a bullet list
    NUMBERED = "number"  # an item of a numbered list (numbers follow the run of items)


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """A paragraph or list item."""

    kind: BlockKind
    runs: tuple[Run, ...]

    @property
    def plain(self) -> str:
        """The text without styles."""
        return "".join(r.text for r in self.runs)


RichText = tuple[Block, ...]
EMPTY: RichText = ()


def paragraph(text: str, *, speaker: str = "") -> Block:
    """A plain paragraph, optionally opened by a bold « speaker : » run."""
    runs: list[Run] = []
    if speaker:
        runs.append(Run(f"{speaker}\u00a0: ", bold=True))
    runs.append(Run(text))
    return Block(BlockKind.PARAGRAPH, tuple(runs))


def from_paragraphs(texts: Iterable[str]) -> RichText:
    """Plain paragraphs, one per non-empty text."""
    return tuple(paragraph(t.strip()) for t in texts if t.strip())


def is_empty(text: RichText) -> bool:
    """Whether nothing but white space was written."""
    return not any(b.plain.strip() for b in text)


def plain_text(text: RichText) -> str:
    """The text without styles, one line per block (lists marked « - »)."""
    lines = []
    for block in text:
        prefix = "- " if block.kind is not BlockKind.PARAGRAPH else ""
        lines.append(prefix + block.plain)
    return "\n".join(lines)


def _merge(runs: Sequence[Run]) -> tuple[Run, ...]:
    """Adjacent runs of one style joined, empty runs dropped (one canonical form)."""
    out: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if out and (out[-1].bold, out[-1].italic) == (run.bold, run.italic):
            out[-1] = Run(out[-1].text + run.text, run.bold, run.italic)
        else:
            out.append(run)
    return tuple(out)


def normalise(text: Iterable[Block]) -> RichText:
    """One canonical form: runs merged, trailing empty blocks dropped."""
    blocks = [Block(b.kind, _merge(b.runs)) for b in text]
    while blocks and not blocks[-1].plain.strip():
        blocks.pop()
    return tuple(blocks)


def to_data(text: RichText) -> list[dict[str, Any]]:
    """The JSON form: ``[{"kind": "p", "runs": [{"text": ..., "bold": true}]}]``.

    Style flags are written only when set, so the form is short and canonical.
    """
    out = []
    for block in text:
        runs = []
        for run in block.runs:
            item: dict[str, Any] = {"text": run.text}
            if run.bold:
                item["bold"] = True
            if run.italic:
                item["italic"] = True
            runs.append(item)
        out.append({"kind": block.kind.value, "runs": runs})
    return out


def _bad() -> UserError:
    return UserError("minutes.bad_text")


def from_data(data: Any) -> RichText:
    """Read :func:`to_data` output back, checking every type and limit.

    Raises:
        UserError: ``minutes.bad_text`` when the value is not rich text.
    """
    if not isinstance(data, list) or len(data) > MAX_BLOCKS:
        raise _bad()
    blocks = []
    for raw in data:
        if not isinstance(raw, dict) or not isinstance(raw.get("runs"), list):
            raise _bad()
        value: Any = raw.get("kind")  # anything: the enum refuses what is not a kind
        try:
            kind = BlockKind(value)
        except ValueError:
            raise _bad() from None
        runs = []
        for r in raw["runs"]:
            if not isinstance(r, dict) or not isinstance(r.get("text"), str):
                raise _bad()
            bold, italic = r.get("bold", False), r.get("italic", False)
            if not isinstance(bold, bool) or not isinstance(italic, bool):
                raise _bad()
            runs.append(Run(r["text"], bold, italic))
        blocks.append(Block(kind, tuple(runs)))
    text = normalise(blocks)
    # The limit holds on the merged runs, so that whatever is read here (and saved again
    # by the editor) is read again next time.
    if any(len(run.text) > MAX_RUN_CHARS for block in text for run in block.runs):
        raise _bad()
    return text
