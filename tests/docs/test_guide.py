# SPDX-License-Identifier: GPL-3.0-or-later
"""The guides under docs/guide/: pages, images, links and anchors hold together.

The help window (talagov.gui.help) opens these pages at an anchor, a ``<a id="…"></a>``
line right before a heading, with the same ids in French and English; the Markdown must
also render on a forge and in ``QTextBrowser.setMarkdown`` (no raw HTML but those lines).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from talagov.core.glossary import TERMS, Term
from talagov.gui.help.pages import anchors_of
from tests.readme_blocks import shell_block

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
# French page -> English page, as the help window maps them.
PAGES = {"index": "index", "secretaire": "secretary", "membre": "member", "auditeur": "auditor"}
FILES = {"fr": tuple(PAGES), "en": tuple(PAGES.values())}
# The anchors the help window scrolls to (brief of issue 8, contract 4).
CONTRACT = ("register", "shares", "mandates", "meetings", "convocation", "session",
            "attendance", "proxies", "votes", "booth", "minutes", "archive", "journal", "sync",
            "settings", "statutes", "keys", "glossary", "home-vote", "member-proxy",
            "verify-talagov", "verify-openssl")
MARKER = re.compile(r'^<a id="([A-Za-z0-9_-]+)"></a>$')
LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
FENCE = re.compile(r"^\s*(```|~~~)")


def pages() -> list[Path]:
    """Every guide page, French then English."""
    return [GUIDE / lang / f"{name}.md" for lang in ("fr", "en") for name in FILES[lang]]


def prose(path: Path) -> list[tuple[int, str]]:
    """The page's lines outside fenced code, inline code spans removed, with numbers."""
    lines, fenced = [], False
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            lines.append((number, re.sub(r"`[^`]*`", "", line)))
    return lines


def links(path: Path) -> list[tuple[bool, str]]:
    """``(is_image, target)`` of every relative link or image of the page."""
    found = []
    text = "\n".join(line for _, line in prose(path))
    for bang, _text, target in LINK.findall(text):
        if not re.match(r"^[a-z]+:", target):
            found.append((bang == "!", target))
    return found


def slug(heading: str) -> str:
    """A heading's anchor as a forge writes it (``Checking an archive by hand`` ->
    ``checking-an-archive-by-hand``)."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors_in(path: Path) -> set[str]:
    """The anchors a link may name in ``path``: explicit markers, and headings' slugs."""
    text = path.read_text("utf-8")
    headings = {slug(h) for h in re.findall(r"^#{1,6}\s+(.*)$", text, re.MULTILINE)}
    return set(anchors_of(text)) | headings


def test_every_page_of_both_languages_exists() -> None:
    missing = [str(p.relative_to(ROOT)) for p in pages() if not p.is_file()]
    assert missing == []


@pytest.mark.parametrize("page", pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_image_the_page_shows_exists_in_its_language(page: Path) -> None:
    images = [target for is_image, target in links(page) if is_image]
    assert images, "each page shows at least one screenshot"
    lang = page.parent.name
    wrong = [t for t in images if not t.startswith(f"../images/{lang}/")]
    missing = [t for t in images if not (page.parent / t).is_file()]
    assert (wrong, missing) == ([], [])


@pytest.mark.parametrize("page", pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_relative_link_resolves_to_a_file_and_its_anchor(page: Path) -> None:
    def resolves(target: str) -> bool:
        path_part, _, anchor = target.partition("#")
        target_file = (page.parent / path_part).resolve() if path_part else page
        if not target_file.exists():
            return False
        return not anchor or target_file.suffix != ".md" or anchor in anchors_in(target_file)

    assert [target for _is_image, target in links(page) if not resolves(target)] == []


@pytest.mark.parametrize("french", list(PAGES))
def test_a_page_and_its_translation_declare_the_same_anchors_in_the_same_order(
        french: str) -> None:
    fr = anchors_of((GUIDE / "fr" / f"{french}.md").read_text("utf-8"))
    en = anchors_of((GUIDE / "en" / f"{PAGES[french]}.md").read_text("utf-8"))
    assert fr == en
    assert len(set(fr)) == len(fr), "an anchor is declared once per page"


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_every_anchor_the_help_window_uses_exists_in_each_language(lang: str) -> None:
    declared: set[str] = set()
    for name in FILES[lang]:
        declared |= set(anchors_of((GUIDE / lang / f"{name}.md").read_text("utf-8")))
    assert [a for a in CONTRACT if a not in declared] == []
    assert "glossary" in anchors_of((GUIDE / lang / "index.md").read_text("utf-8"))


@pytest.mark.parametrize("page", pages(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_anchor_line_stands_right_before_a_heading_and_no_other_html(page: Path) -> None:
    lines = prose(page)
    misplaced, html = [], []
    for index, (number, line) in enumerate(lines):
        if MARKER.match(line):
            following = lines[index + 1][1] if index + 1 < len(lines) else ""
            if not following.startswith("#"):
                misplaced.append(number)
        elif re.search(r"</?[A-Za-z][^>]*>", line):
            html.append(number)
    assert (misplaced, html) == ([], [])


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_every_screenshot_of_a_language_is_shown_by_one_of_its_pages(lang: str) -> None:
    shown = {Path(t).name for name in FILES[lang]
             for is_image, t in links(GUIDE / lang / f"{name}.md") if is_image}
    on_disk = {p.name for p in (GUIDE / "images" / lang).glob("*.png")}
    assert sorted(on_disk - shown) == []


def test_both_languages_have_the_same_screenshots() -> None:
    fr = sorted(p.name for p in (GUIDE / "images" / "fr").glob("*.png"))
    en = sorted(p.name for p in (GUIDE / "images" / "en").glob("*.png"))
    assert fr == en and fr


def glossary_line(term: Term, lang: str) -> str:
    """A term's line in the index's glossary: its name, its definition, its section."""
    page, anchor = term.guide.split("#")
    page = page if lang == "fr" else PAGES[page]
    colon = " :" if lang == "fr" else ":"
    more = "en savoir plus" if lang == "fr" else "more"
    return f"- **{term.name(lang)}**{colon} {term.definition(lang)} ([{more}]({page}.md#{anchor}))"


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_the_glossary_gives_every_term_its_definition_and_section(lang: str) -> None:
    # The lines missing (a term added or its definition changed in core/glossary.py) are
    # the ones to paste into the page, in alphabetical order.
    text = (GUIDE / lang / "index.md").read_text("utf-8")
    glossary = text[text.index('<a id="glossary"></a>'):].splitlines()
    missing = [glossary_line(t, lang) for t in TERMS.values()
               if glossary_line(t, lang) not in glossary]
    assert missing == []
    listed = [line for line in glossary if line.startswith("- **")]
    assert len(listed) == len(TERMS), "a term the glossary no longer has is still listed"


@pytest.mark.parametrize("page", ("fr/auditeur.md", "en/auditor.md"))
def test_the_hand_check_gives_the_readme_s_tested_commands(page: Path) -> None:
    def commands(script: str) -> list[str]:
        return [line for line in script.splitlines() if line and not line.startswith("#")]

    readme = commands(shell_block("<!-- archive-route:start -->", "<!-- archive-route:end -->"))
    blocks = re.findall(r"```sh\n(.*?)```", (GUIDE / page).read_text("utf-8"), re.DOTALL)
    assert readme in [commands(block) for block in blocks]
