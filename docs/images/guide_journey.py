# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo's upcoming AG (12 June 2027) carried from its preparation to its session.

Each step is done through the services, at a fixed time of the story (:class:`Scene`),
the way the meeting's tabs would do it; the tab or the dialog of that step is shot before
and after. The dialogs the guide shows (agenda item, notice override, signature pad,
proxy, postal vote, bureau, hand count, signature of the minutes) are opened from their
buttons, shot, and cancelled: what they would have recorded is recorded by the service
at the story's time instead, so that no time on screen depends on the wall clock.
:mod:`guide_session` holds the session; :mod:`guide_closing` does the polls, the minutes
and the archive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from guide_shots import MEETINGS, Scene, Shooter

PREPARED = datetime(2027, 5, 3, 18, 0)
SENDING = date(2027, 5, 10)
LATE = date(2027, 6, 4)
DAY = date(2027, 6, 12)
# Meeting workspace tabs.
PREPARATION, CONVOCATION, SESSION, VOTES, MINUTES, ARCHIVE = range(6)
# Session sub-tabs.
ATTENDANCE, PROXIES, POSTAL, BUREAU = range(4)


@dataclass
class Cast:
    """Who does what at the AG, chosen once from the convened members."""

    meeting_id: int
    keys: list[int]  # members whose voting key is sealed on the secretary's laptop
    present: list[int] = field(default_factory=list)
    remote: list[int] = field(default_factory=list)
    represented: list[int] = field(default_factory=list)
    postal: list[int] = field(default_factory=list)
    excused: list[int] = field(default_factory=list)
    unsigned: int = 0  # present, signs on screen in the guide
    chair: int = 0
    secretary: int = 0
    scrutineers: tuple[int, int] = (0, 0)
    names: dict[int, str] = field(default_factory=dict)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment of the story."""
    return datetime.combine(day, time(hour, minute))


def run(sh: Shooter, window: Any, scene: Scene, folder: Path) -> Path:
    """Carry the upcoming AG to its archive, shooting each step; return the archive."""
    import guide_closing
    import guide_session
    from PySide6.QtWidgets import QSplitter

    page = window.pages[MEETINGS]
    workspace = page.workspace
    # A narrow list of meetings leaves the width to the tabs, as a secretary would.
    page.findChild(QSplitter).setSizes([230, 2000])
    for tab in (workspace.session, workspace.votes, workspace.minutes):
        tab.clock = scene.clock
    window.sidebar.setCurrentRow(MEETINGS)
    sh.settle(1.5)
    meeting_id = next(page.model.item_at(r).id for r in range(page.model.rowCount())
                      if page.model.item_at(r).status.value == "draft")  # fmt: skip
    prepare(sh, window, scene, meeting_id)
    convene(sh, window, scene, meeting_id)
    cast = choose_cast(sh, meeting_id)
    guide_session.attendance(sh, window, scene, cast)
    guide_session.open_session(sh, window, scene, cast)
    return guide_closing.run(sh, window, scene, cast, folder)


def show(sh: Shooter, window: Any, meeting_id: int, tab: int, sub: int | None = None) -> None:
    """The meeting on screen, at ``tab`` (and the session's sub-tab ``sub``)."""
    page = window.pages[MEETINGS]
    window.sidebar.setCurrentRow(MEETINGS)
    page.select_meeting(meeting_id)
    sh.settle(1)
    page.workspace.tabs.setCurrentIndex(tab)
    if sub is not None:
        page.workspace.session.tabs.setCurrentIndex(sub)
    sh.settle(1)


def prepare(sh: Shooter, window: Any, scene: Scene, meeting_id: int) -> None:
    """The agenda, a resolution's dialog, a document attached, the polls prepared."""
    from talagov.core.library import DocumentKind
    from talagov.gui.dialogs.agenda_item_dialog import AgendaItemDialog
    from talagov.gui.dialogs.poll_options_dialog import PollOptionsDialog
    from talagov.services import library
    from talagov.services.demo.demo_texts import REPORT_TEXT

    scene.at(PREPARED)
    text = REPORT_TEXT.format(year=2026, name="Lisière Autopartage").encode("utf-8")

    def attach(uow: Any) -> Any:
        doc, _ = library.add_document(uow, text, filename="rapport-de-gestion-2026.txt",
                                      title="Rapport de gestion 2026", kind=DocumentKind.REPORT,
                                      version="1", on=PREPARED.date(), now=PREPARED)  # fmt: skip
        return library.attach(uow, meeting_id, doc)

    sh.act(attach)
    show(sh, window, meeting_id, PREPARATION)
    sh.save(window, "prepare-agenda")
    agenda = window.pages[MEETINGS].workspace.preparation.agenda
    agenda.table.selectRow(1)  # Résolution n° 1
    sh.settle(0.5)
    agenda.edit_current()
    dialog = sh.dialog(AgendaItemDialog)
    sh.save(dialog, "prepare-resolution")
    dialog.reject()
    show(sh, window, meeting_id, VOTES)
    votes = window.pages[MEETINGS].workspace.votes
    votes.table.selectRow(0)
    sh.settle(1)
    sh.save(window, "prepare-polls")
    votes.edit_options()
    dialog = sh.dialog(PollOptionsDialog)
    sh.save(dialog, "prepare-poll-options")
    dialog.reject()


def convene(sh: Shooter, window: Any, scene: Scene, meeting_id: int) -> None:
    """The notice check in time and too late (its dialog), then convened and sent."""
    from talagov.gui.dialogs.override_dialog import OverrideDialog
    from talagov.services.demo.sending import send_convocations

    scene.at(at(SENDING, 9))
    show(sh, window, meeting_id, CONVOCATION)
    tab = window.pages[MEETINGS].workspace.convocation
    tab.notice.set_date(SENDING)
    sh.settle(1)
    sh.save(window, "convocation-notice")
    tab.notice.set_date(LATE)
    sh.settle(1)
    sh.save(window, "convocation-late")
    tab.notice.convene()
    dialog = sh.dialog(OverrideDialog)
    sh.save(dialog, "convocation-override")
    dialog.reject()
    tab.notice.set_date(SENDING)
    sh.settle(0.5)
    scene.at(at(SENDING, 9, 30))
    sh.act(lambda uow: send_convocations(uow, meeting_id, SENDING) and None)
    show(sh, window, meeting_id, CONVOCATION)
    sh.save(window, "convocation-sent")


def choose_cast(sh: Shooter, meeting_id: int) -> Cast:
    """Split the convened members as the demo's past AG did, the key holders present."""
    from talagov.services import convocations, keys
    from talagov.services.roll_cache import roll_and_members

    def load(uow: Any) -> tuple[list[int], list[int], dict[int, str], set[int]]:
        ids = [r.member_id for r in convocations.recipients(uow, meeting_id, on=SENDING)]
        here = sorted(k.member_id for k in keys.member_keys(uow)
                      if k.on_this_laptop and k.revoked_at is None and k.member_id in ids)
        _, people = roll_and_members(uow, DAY)
        persons = {m for m in ids if m in people and people[m].kind.value == "natural"}
        return ids, here, {m: people[m].display_name for m in ids if m in people}, persons

    ids, here, names, persons = sh.act(load)
    rng = random.Random(2027)
    others = [m for m in ids if m not in here]
    rng.shuffle(others)
    n = len(ids)
    cast = Cast(meeting_id, here, names=names)
    extra = max(0, n * 45 // 100 - len(here))
    cast.present = here + others[:extra]
    rest = others[extra:]
    cast.remote, rest = rest[:n // 20], rest[n // 20:]
    cast.represented, rest = rest[:n // 8], rest[n // 8:]
    cast.postal, rest = rest[:max(2, n // 15)], rest[max(2, n // 15):]
    cast.excused = rest[-2:]
    # The bureau: people, not the commune or a company (they sit through a representative).
    signers = [m for m in here if m in persons]
    room = [m for m in others[:extra] if m in persons]
    cast.unsigned = room[0]
    cast.chair, cast.secretary = signers[0], signers[1]
    cast.scrutineers = (room[1], room[2])
    return cast
