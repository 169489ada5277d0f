# SPDX-License-Identifier: GPL-3.0-or-later
"""What the help window shows besides the guide files: Markdown anchors, the glossary
page generated from :mod:`talagov.core.glossary`, the "guide missing" page."""

from __future__ import annotations

import re
import unicodedata
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl

from talagov.core.glossary import TERMS, Term
from talagov.gui.help.topics import page_file
from talagov.gui.i18n import arg

# The guide marks each section with a line ``<a id="anchor"></a>`` before its heading.
_MARKER = re.compile(r'^[ \t]*<a id="([A-Za-z0-9_-]+)"></a>[ \t]*$', re.MULTILINE)
_FENCE = re.compile(r"^\s*(```|~~~)")


def markdown_with_anchors(text: str) -> str:
    """The guide's Markdown with its anchors made visible to ``QTextBrowser``.

    Qt's Markdown reader drops an empty ``<a id>`` element, so each marker becomes a
    named anchor around a zero-width space, which it keeps; ``scrollToAnchor`` then
    finds it right above the heading. Markers inside fenced code are left alone.
    """
    lines = text.splitlines(keepends=True)
    fenced = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            lines[index] = _MARKER.sub('<a name="\\1">\u200b</a>', line)
    return "".join(lines)


def anchors_of(text: str) -> list[str]:
    """The anchor ids a guide page declares (``<a id="…"></a>`` lines), in order."""
    return _MARKER.findall(text)


def _sort_key(name: str) -> str:
    # « Émargement » sorts with E, not after Z.
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def glossary_terms(lang: str) -> list[Term]:
    """Every glossary term, in alphabetical order of its name in ``lang``."""
    return sorted(TERMS.values(), key=lambda t: _sort_key(t.name(lang)))


def glossary_html(root: Path, lang: str) -> str:
    """The glossary page: every term with its definition and a link to the guide."""
    title = QCoreApplication.translate("HelpWindow", "Glossary")
    intro = QCoreApplication.translate(
        "HelpWindow", "The words of cooperative law and of TalaGov, explained in plain "
                      "language. These definitions are general: your statutes may set "
                      "other rules.")
    more = QCoreApplication.translate("HelpWindow", "Read more in the guide")
    parts = [f"<h1>{escape(title)}</h1>", f"<p>{escape(intro)}</p>"]
    for entry in glossary_terms(lang):
        page, _, anchor = entry.guide.partition("#")
        url = QUrl.fromLocalFile(str(page_file(root, lang, page)))
        url.setFragment(anchor)
        parts.append(f'<h3><a name="{entry.key}"></a>{escape(entry.name(lang))}</h3>')
        parts.append(f"<p>{escape(entry.definition(lang))} "
                     f'<a href="{escape(url.toString())}">{escape(more)}</a></p>')
    return "\n".join(parts)


def missing_html(path: Path, searched: list[Path]) -> str:
    """The page shown when a guide file is not installed, naming where it was looked for."""
    title = QCoreApplication.translate("HelpWindow", "The guide is not available")
    text = arg(QCoreApplication.translate(
        "HelpWindow", "TalaGov could not find the guide page %1. The guide is installed "
                      "with TalaGov's packages; in a copy of the source code it is in the "
                      "folder docs/guide."), path.name)
    where = QCoreApplication.translate("HelpWindow", "Places searched:")
    online = QCoreApplication.translate(
        "HelpWindow", "The glossary (Help › Glossary) is always available.")
    items = "".join(f"<li>{escape(str(p))}</li>" for p in searched)
    return (f"<h1>{escape(title)}</h1><p>{escape(text)}</p>"
            f"<p>{escape(where)}</p><ul>{items}</ul><p>{escape(online)}</p>")
