# SPDX-License-Identifier: GPL-3.0-or-later
"""The secretary's rich text between a ``QTextDocument`` and :mod:`talagov.core.rich_text`.

The editor shows a ``QTextDocument``; the minutes store blocks of runs, never HTML. The
document is read block by block (a block in a text list is a bullet or numbered item)
and fragment by fragment (bold and italic are all that is kept). A soft line break
(Shift+Enter, U+2028 in Qt) is a newline inside a run, which the PDF prints as a line
break. Whatever else a paste brings (fonts, colours, tables, images) is dropped on the
way in, so that what the editor shows is what is signed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from talagov.core.rich_text import Block, BlockKind, RichText, Run, normalise

_LINE_SEPARATOR = "\u2028"
_OBJECT = "\ufffc"  # an image or other embedded object: no text to keep
_NUMBERED_STYLES = (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
                    QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
                    QTextListFormat.Style.ListUpperRoman)  # fmt: skip
_STYLES = {BlockKind.BULLET: QTextListFormat.Style.ListDisc,
           BlockKind.NUMBERED: QTextListFormat.Style.ListDecimal}  # fmt: skip


def block_kind(block: QTextBlock) -> BlockKind:
    """Paragraph, bullet or numbered item, from the block's list (if any)."""
    text_list = block.textList()
    if text_list is None:
        return BlockKind.PARAGRAPH
    if text_list.format().style() in _NUMBERED_STYLES:
        return BlockKind.NUMBERED
    return BlockKind.BULLET


def is_bold(fmt: QTextCharFormat) -> bool:
    """Whether a character format is bold (semi-bold and heavier count)."""
    return fmt.fontWeight() >= QFont.Weight.DemiBold.value


def _runs(block: QTextBlock) -> list[Run]:
    runs = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid():
            fmt = fragment.charFormat()
            text = fragment.text().replace(_LINE_SEPARATOR, "\n").replace(_OBJECT, "")
            runs.append(Run(text, is_bold(fmt), fmt.fontItalic()))
        fragments += 1
    return runs


def from_document(document: QTextDocument) -> RichText:
    """The rich text a document holds (normalised: runs merged, trailing blanks dropped)."""
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(Block(block_kind(block), tuple(_runs(block))))
        block = block.next()
    return normalise(blocks)


def char_format(bold: bool = False, italic: bool = False) -> QTextCharFormat:
    """A character format with only the two styles the minutes know."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
    fmt.setFontItalic(italic)
    return fmt


def insert_blocks(cursor: QTextCursor, blocks: Iterable[Block], *,
                  into_current: bool = True) -> None:
    """Write ``blocks`` at ``cursor``; the first one continues the current block when
    ``into_current`` (a paste), each next one starts a block of its own.

    Consecutive items of one kind share one list, so that numbers follow on.
    """
    current: QTextList | None = None
    current_kind: BlockKind | None = None
    first = True
    for block in blocks:
        if not (first and into_current):
            cursor.insertBlock(QTextBlockFormat(), char_format())
        first = False
        if block.kind is BlockKind.PARAGRAPH:
            current, current_kind = None, None
        elif current is not None and current_kind is block.kind:
            current.add(cursor.block())
        else:
            existing = cursor.block().textList()
            if existing is not None and block_kind(cursor.block()) is block.kind:
                current = existing  # pasted into a list of the same kind: it goes on
            else:
                current = cursor.createList(_STYLES[block.kind])
            current_kind = block.kind
        for run in block.runs:
            text = run.text.replace("\n", _LINE_SEPARATOR)
            cursor.insertText(text, char_format(run.bold, run.italic))


def to_document(text: RichText, document: QTextDocument) -> None:
    """Replace what ``document`` holds with ``text`` (the undo history is cleared too)."""
    document.clear()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.setBlockFormat(QTextBlockFormat())
    cursor.setBlockCharFormat(char_format())
    insert_blocks(cursor, text, into_current=True)
    cursor.endEditBlock()
    document.clearUndoRedoStacks()
    document.setModified(False)
