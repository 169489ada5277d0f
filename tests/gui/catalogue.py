# SPDX-License-Identifier: GPL-3.0-or-later
"""The French catalogue read as data, for the translation tests.

``entries`` parses a ``.ts`` file; ``english_only`` and ``french_only`` are the texts
that can only be one language (a source whose translation differs and that is no
translation itself, and the reverse): seeing one of them in the other language's
interface means a string escaped ``tr()`` or was translated before the translator was
installed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "talagov_fr.ts"
PLACEHOLDER = re.compile(r"%L?\d|%L?n|\{\w+\}")  # %Ln: the number in the locale's digits
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*/?>")


@dataclass(frozen=True)
class Entry:
    """One message of the catalogue: its context, source and French forms."""

    context: str
    source: str
    forms: tuple[str, ...]  # one, or the numerus forms
    kind: str  # "" (finished), "unfinished", "obsolete", "vanished"


def entries(ts: Path = TS) -> list[Entry]:
    """Every message of ``ts``, obsolete ones included (their ``kind`` says so)."""
    found = []
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = [f.text or "" for f in translation.findall("numerusform")]
            forms = tuple(numerus) if numerus else (translation.text or "",)
            found.append(Entry(name, message.findtext("source") or "", forms,
                               translation.get("type") or ""))
    return found


def tags(text: str) -> list[str]:
    """The HTML tag names of ``text``, sorted, closing tags marked with ``/``."""
    return sorted(("/" if m.group(0).startswith("</") else "") + m.group(1).lower()
                  for m in TAG.finditer(text))


def problems(ts: Path = TS) -> list[tuple[str, str, str]]:
    """``(context, source, why)`` for every live entry that is untranslated or whose
    placeholders or HTML tags differ from its source."""
    found = []
    for entry in entries(ts):
        if entry.kind in ("obsolete", "vanished"):
            continue
        for text in entry.forms:
            if entry.kind == "unfinished" or not text.strip():
                found.append((entry.context, entry.source, "untranslated"))
            elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(entry.source)):
                found.append((entry.context, entry.source, f"placeholders: {text}"))
            elif tags(text) != tags(entry.source):
                found.append((entry.context, entry.source, f"tags: {text}"))
    return found


def _live(ts: Path) -> list[Entry]:
    return [e for e in entries(ts) if e.kind not in ("obsolete", "vanished")]


def english_only(ts: Path = TS) -> set[str]:
    """Sources translated into something else, and never a French text themselves."""
    live = _live(ts)
    french = {form for e in live for form in e.forms}
    return {e.source for e in live if any(f != e.source for f in e.forms)} - french


def french_only(ts: Path = TS) -> set[str]:
    """Translations that differ from their source, and are never a source themselves."""
    live = _live(ts)
    sources = {e.source for e in live}
    return {f for e in live for f in e.forms if f != e.source} - sources


def filled_patterns(ts: Path = TS) -> list[re.Pattern[str]]:
    """English sources with ``%1``/``%n`` as patterns of the filled text (those with at
    least two words of their own, so that ``%1 (%2)`` does not match everything)."""
    patterns = []
    for source in english_only(ts):
        if not PLACEHOLDER.search(source):
            continue
        if len(re.findall(r"[A-Za-z]{3,}", PLACEHOLDER.sub("", source))) < 2:
            continue
        body = ".+?".join(re.escape(part) for part in PLACEHOLDER.split(source))
        patterns.append(re.compile(f"^{body}$", re.S))
    return patterns
