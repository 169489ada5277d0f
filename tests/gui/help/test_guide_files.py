# SPDX-License-Identifier: GPL-3.0-or-later
"""The real guide (docs/guide) has every page and anchor that F1 and the glossary open,
in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

import talagov
from talagov.core.glossary import TERMS
from talagov.gui.help.pages import anchors_of
from talagov.gui.help.topics import PAGE_FILES, TOPICS, Topic, page_file

GUIDE = Path(talagov.__file__).resolve().parents[1] / "docs" / "guide"
PLACES = sorted({(t.page, t.anchor) for t in TOPICS.values()}
                | {tuple(term.guide.split("#", 1)) for term in TERMS.values()}
                | {("index", "glossary")})


@pytest.mark.parametrize("lang", sorted(PAGE_FILES))
@pytest.mark.parametrize(("page", "anchor"), PLACES)
def test_topic_exists_in_the_guide(lang: str, page: str, anchor: str) -> None:
    path = page_file(GUIDE, lang, Topic(page, anchor).page)
    assert path.is_file(), f"missing guide page {path}"
    if anchor:
        assert anchor in anchors_of(path.read_text(encoding="utf-8")), \
            f'{path.name} has no <a id="{anchor}"></a>'
