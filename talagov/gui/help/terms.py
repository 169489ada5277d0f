# SPDX-License-Identifier: GPL-3.0-or-later
"""Legal terms explained where they appear: a tooltip and a "What's this?" text.

The definitions come from :mod:`talagov.core.glossary` in the interface language
(French or English, chosen at start-up), so a label reads « Quorum » and its tooltip
says in plain words what a quorum is.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QWidget

from talagov.core.glossary import term
from talagov.gui.errors import current_lang

# Property set on a widget once a term is explained, so calling explain() twice with
# the same key does not repeat the definition.
_EXPLAINED = "talagov_terms"
# Set when the accessible description is ours (so a later explain() may extend it).
_DESCRIBED = "talagov_terms_described"


def term_label(key: str) -> str:
    """The name of glossary term ``key`` in the interface language."""
    return term(key).name(current_lang())


def term_tooltip(key: str) -> str:
    """Rich text ``<b>name</b> — definition`` for term ``key``, HTML-escaped."""
    entry = term(key)
    lang = current_lang()
    return f"<b>{escape(entry.name(lang))}</b> — {escape(entry.definition(lang))}"


def explain(widget: QWidget, key: str) -> None:
    """Add the definition of term ``key`` to ``widget``'s tooltip and "What's this?".

    An existing tooltip (what the control does) is kept first; the definition follows
    it. A plain-text tooltip is escaped so the result stays valid rich text. Screen
    readers would read the tooltip's tags aloud (Qt does not strip them when it falls
    back from the accessible description to the tooltip), so the widget also gets a
    plain-text accessible description, unless it has one of its own.

    Raises:
        KeyError: ``key`` is not in the glossary.
    """
    done = widget.property(_EXPLAINED)
    keys = list(done) if isinstance(done, (list, tuple)) else []
    if key in keys:
        return
    addition = term_tooltip(key)
    rich = bool(keys)  # after a first explain() the texts are already rich
    described = widget.accessibleDescription()
    if not described or widget.property(_DESCRIBED):
        entry, lang = term(key), current_lang()
        base = described or _plain(widget.toolTip())
        spoken = f"{entry.name(lang)} — {entry.definition(lang)}"
        widget.setAccessibleDescription(f"{base} {spoken}" if base else spoken)
        widget.setProperty(_DESCRIBED, True)
    widget.setToolTip(_joined(widget.toolTip(), addition, rich))
    widget.setWhatsThis(_joined(widget.whatsThis(), addition, rich))
    widget.setProperty(_EXPLAINED, [*keys, key])


def _plain(text: str) -> str:
    if text.lstrip().startswith("<"):
        return QTextDocumentFragment.fromHtml(text).toPlainText().strip()
    return text.strip()


def _joined(existing: str, addition: str, rich: bool) -> str:
    if not existing:
        return addition
    # Rich tooltips here start with a tag (ours start with <b>); plain text is escaped
    # before it is combined with the rich definition, so "a < b" stays readable.
    head = existing if rich or existing.lstrip().startswith("<") else escape(existing)
    return f"{head}<br><br>{addition}"
