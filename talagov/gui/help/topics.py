# SPDX-License-Identifier: GPL-3.0-or-later
"""Which guide section explains which screen: the table F1 reads.

A topic names a guide page by its French name (``secretaire``, ``membre``,
``auditeur``, ``index``) and an anchor (``<a id="…"></a>`` in the guide; empty for the
top of the page). Anchors are the same in both languages; the English pages have
English file names (``secretary.md``…), given by :data:`PAGE_FILES`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QTabWidget, QWidget

PAGE_FILES: dict[str, dict[str, str]] = {
    "fr": {"index": "index", "secretaire": "secretaire", "membre": "membre",
           "auditeur": "auditeur"},
    "en": {"index": "index", "secretaire": "secretary", "membre": "member",
           "auditeur": "auditor"},
}


@dataclass(frozen=True)
class Topic:
    """A place in the guide: a page (French name) and an anchor ("" = top)."""

    page: str
    anchor: str = ""


TOPICS: dict[str, Topic] = {
    # Main window sidebar pages.
    "dashboard": Topic("secretaire"),
    "members": Topic("secretaire", "register"),
    "shares": Topic("secretaire", "shares"),
    "mandates": Topic("secretaire", "mandates"),
    "meetings": Topic("secretaire", "meetings"),
    "registers": Topic("secretaire", "journal"),
    "library": Topic("secretaire", "meetings"),
    "sync": Topic("secretaire", "sync"),
    "settings": Topic("secretaire", "settings"),
    # A meeting's workspace tabs, in the journey's order.
    "meeting.preparation": Topic("secretaire", "meetings"),
    "meeting.convocation": Topic("secretaire", "convocation"),
    "meeting.session": Topic("secretaire", "session"),
    "meeting.votes": Topic("secretaire", "votes"),
    "meeting.minutes": Topic("secretaire", "minutes"),
    "meeting.archive": Topic("secretaire", "archive"),
    # Settings tabs.
    "settings.statutes": Topic("secretaire", "statutes"),
    "settings.keys": Topic("secretaire", "keys"),
    # The other windows.
    "booth": Topic("membre", "member-booth"),  # the voter presses F1, not the secretary
    "member": Topic("membre"),
    "member.vote": Topic("membre", "home-vote"),
    "member.proxy": Topic("membre", "member-proxy"),
    "auditor": Topic("auditeur", "verify-talagov"),
    # The guides themselves (Help menu).
    "guide.index": Topic("index"),
    "guide.secretary": Topic("secretaire"),
    "guide.member": Topic("membre"),
    "guide.auditor": Topic("auditeur"),
}

# Sidebar order of the main window (talagov/gui/main_window.py).
SIDEBAR_TOPICS = ("dashboard", "members", "shares", "mandates", "meetings", "registers",
                  "library", "sync", "settings")
# Tab order of the meeting workspace and of the settings page.
MEETING_TAB_TOPICS = ("meeting.preparation", "meeting.convocation", "meeting.session",
                      "meeting.votes", "meeting.minutes", "meeting.archive")
SETTINGS_TAB_TOPICS = ("settings", "settings.statutes", "settings", "settings", "settings.keys")


def page_file(root: Path, lang: str, page: str) -> Path:
    """The Markdown file of guide ``page`` (French name) in ``lang``."""
    lang = lang if lang in PAGE_FILES else "fr"
    return root / lang / f"{PAGE_FILES[lang][page]}.md"


def sidebar_topic(index: int, page: QWidget) -> str:
    """The topic of sidebar page ``index``, refined by the tab open on that page.

    The meetings page explains the open stage (convocation, session…), the settings
    page the open tab (statutes, keys).
    """
    if not 0 <= index < len(SIDEBAR_TOPICS):
        return "guide.secretary"
    key = SIDEBAR_TOPICS[index]
    tabs: object = None
    refined: tuple[str, ...] = ()
    if key == "meetings":
        workspace = getattr(page, "workspace", None)
        if workspace is not None and getattr(workspace, "meeting_id", None) is not None:
            tabs, refined = getattr(workspace, "tabs", None), MEETING_TAB_TOPICS
    elif key == "settings":
        tabs, refined = getattr(page, "tabs", None), SETTINGS_TAB_TOPICS
    if isinstance(tabs, QTabWidget) and 0 <= tabs.currentIndex() < len(refined):
        return refined[tabs.currentIndex()]
    return key
