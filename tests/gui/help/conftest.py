# SPDX-License-Identifier: GPL-3.0-or-later
"""A small guide in a temporary folder (both languages, every anchor of the topics table),
and a help window reading it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage

from talagov.gui.help import help_window as help_module
from talagov.gui.help.help_window import HelpWindow
from talagov.gui.help.topics import PAGE_FILES, TOPICS

TITLES = {"fr": {"index": "Guide de TalaGov", "secretaire": "Guide du secrétaire",
                 "membre": "Guide du membre", "auditeur": "Guide de l’auditeur"},
          "en": {"index": "TalaGov guide", "secretaire": "Secretary’s guide",
                 "membre": "Member’s guide", "auditeur": "Auditor’s guide"}}
FILLER = "\n\n".join(f"Paragraphe {n} : du texte pour que la page défile." for n in range(30))


def _page(lang: str, page: str, anchors: list[str]) -> str:
    files = PAGE_FILES[lang]
    parts = [f"# {TITLES[lang][page]}", "",
             f"Voir [le guide du membre]({files['membre']}.md#home-vote), "
             f"[les votes](#votes) et [le site](https://example.org/talagov).", "",
             f"![Capture](../images/{lang}/shot.png)", "", FILLER, ""]
    for anchor in anchors:
        parts += [f'<a id="{anchor}"></a>', f"## Section {anchor}", "", FILLER, ""]
    # An anchor-looking line inside code must stay code.
    parts += ["```", '<a id="not-an-anchor"></a>', "# a shell comment", "```", ""]
    return "\n".join(parts)


def write_guide(root: Path) -> Path:
    """Write the fixture guide under ``root`` and return ``root``."""
    anchors: dict[str, list[str]] = {page: [] for page in PAGE_FILES["fr"]}
    for topic in TOPICS.values():
        if topic.anchor and topic.anchor not in anchors[topic.page]:
            anchors[topic.page].append(topic.anchor)
    anchors["index"].append("glossary")
    for lang, files in PAGE_FILES.items():
        (root / lang).mkdir(parents=True)
        (root / "images" / lang).mkdir(parents=True)
        image = QImage(1200, 500, QImage.Format.Format_RGB32)  # wider than the window
        image.fill(QColor("#2a6f97"))
        image.save(str(root / "images" / lang / "shot.png"))
        for page, name in files.items():
            (root / lang / f"{name}.md").write_text(_page(lang, page, anchors[page]),
                                                    encoding="utf-8")
    return root


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    """The fixture guide's root folder."""
    return write_guide(tmp_path / "guide")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """External addresses the help window handed to the desktop."""
    urls: list[QUrl] = []
    monkeypatch.setattr(help_module, "open_external", urls.append)
    return urls


@pytest.fixture
def help_win(qtbot, guide: Path, opened: list[QUrl]) -> Iterator[HelpWindow]:
    """The application's help window, reading the fixture guide."""
    window = HelpWindow(guide)
    qtbot.addWidget(window)
    help_module._instance[:] = [window]
    yield window
    help_module._instance.clear()
