# SPDX-License-Identifier: GPL-3.0-or-later
"""The upcoming AG's polls, session closing, minutes and archive, for the guides' images.

Continues :mod:`guide_journey` on the same :class:`Cast`: each poll is opened in session,
the members whose key is on the secretary's laptop vote at the booth (for themselves and
the proxies they hold), the scrutineers count the others by a show of hands, and the poll
is closed with the organisation's key (the demo's passphrases are public). The session
closes, the minutes drafted from the record get their debates, are submitted, signed by
the chair and the secretary, and the meeting is exported as its archive. Then the
library, the registers with the new entry, and the archive in the auditor's window.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from guide_journey import ARCHIVE, DAY, MINUTES, VOTES, Cast, at, show
from guide_shots import AUDITOR_TABS, HEIGHT, LIBRARY, MEETINGS, REGISTERS, WIDTH, Scene, Shooter

WRITTEN_ON = at(DAY + timedelta(days=2), 17)
SUBMITTED = at(DAY + timedelta(days=6), 18)


def run(sh: Shooter, window: Any, scene: Scene, cast: Cast, folder: Path) -> Path:
    """Vote, close, write and sign the minutes, export; return the archive's path."""
    from talagov.services import keys
    from talagov.services.demo.votes import SECRETARY_PASSPHRASE

    org_key = sh.act(lambda uow: keys.unlock_organisation(uow, SECRETARY_PASSPHRASE))
    vote(sh, window, scene, cast, org_key)
    minutes(sh, window, scene, cast, org_key)
    return archive(sh, window, scene, cast, org_key, folder)


def _choices(definition: Any, rng: random.Random) -> tuple[str, ...]:
    """A plausible choice: mostly for a resolution, ``seats`` candidates in an election."""
    if definition.kind.value == "election":
        candidates = [c for c in definition.choices if c != "blank"]
        return tuple(sorted(rng.sample(candidates, min(definition.seats, len(candidates)))))
    return (rng.choice(("for", "for", "for", "for", "against", "abstain")),)


def _booth(uow: Any, cast: Cast, poll_id: int, when: datetime, rng: random.Random) -> None:
    """The key holders vote at the booth, one after the other."""
    from talagov.services import ballots, keys, polls
    from talagov.services.demo.votes import member_passphrase

    definition = polls.get_poll(uow, poll_id).definition
    t = when
    for voter in cast.keys:
        tasks = [x for x in ballots.booth_tasks(uow, cast.meeting_id, voter, at=t)
                 if x.poll.id == poll_id]  # fmt: skip
        if not tasks:
            continue
        key, cert = keys.unlock_member(uow, voter, member_passphrase(voter), at=t)
        votes = [(poll_id, x.on_behalf_of, _choices(definition, rng)) for x in tasks]
        ballots.cast(uow, cast.meeting_id, votes, voter_id=voter, key=key, certificate=cert, now=t)
        t += timedelta(seconds=40)


def _hand(uow: Any, cast: Cast, poll_id: int, when: datetime, rng: random.Random) -> None:
    """The show of hands of the participants no ballot or postal form counts for."""
    from talagov.services import hand_counts
    from talagov.services.electorate import load_setting

    setting = load_setting(uow, poll_id, at=when)
    definition = setting.poll.definition
    colleges = setting.electorate.colleges
    totals: dict[str, Counter[str]] = {}
    for member_id in sorted(setting.participants - hand_counts.counted_otherwise(uow, setting)):
        college = colleges.get(member_id, "") if definition.colleges else ""
        for choice in _choices(definition, rng):
            totals.setdefault(college, Counter())[choice] += 1
    if totals:
        names = (cast.names[cast.scrutineers[0]], cast.names[cast.scrutineers[1]])
        hand_counts.record_hand_count(uow, poll_id, {c: dict(v) for c, v in totals.items()},
                                      names, now=when)  # fmt: skip


def vote(sh: Shooter, window: Any, scene: Scene, cast: Cast, org_key: Any) -> None:
    """Each poll opened, voted and closed; the first shot open, with its hand count."""
    from talagov.gui.dialogs.hand_count_dialog import HandCountDialog
    from talagov.services import polls

    rng = random.Random(1947)
    meeting_id = cast.meeting_id
    tab = window.pages[MEETINGS].workspace.votes
    listed = sh.act(lambda uow: polls.list_polls(uow, meeting_id))
    for k, poll in enumerate(listed):
        opened = at(DAY, 10, 30) + timedelta(minutes=20 * k)
        scene.at(opened)
        sh.act(lambda uow, p=poll.id, t=opened: polls.open_poll(uow, p, now=t))
        sh.act(lambda uow, p=poll.id, t=opened: _booth(uow, cast, p, t + timedelta(minutes=1), rng))
        counted = opened + timedelta(minutes=9)
        if k == 0:
            scene.at(counted)
            show(sh, window, meeting_id, VOTES)
            tab.select_poll(poll.id)
            sh.settle(1)
            sh.save(window, "votes-open")
            tab.hand_count()
            dialog = sh.dialog(HandCountDialog)
            sh.save(dialog, "votes-hand-count")
            dialog.reject()
        sh.act(lambda uow, p=poll.id, t=counted: _hand(uow, cast, p, t, rng))
        closed = opened + timedelta(minutes=12)
        sh.act(lambda uow, p=poll.id, t=closed: polls.close_poll(uow, p, org_key=org_key, now=t))
    scene.at(at(DAY, 12, 0))
    show(sh, window, meeting_id, VOTES)
    for name, poll in (("votes-result", listed[0]), ("votes-election", listed[-1])):
        tab.select_poll(poll.id)
        sh.settle(1)
        sh.save(window, name)
    tab.select_poll(listed[0].id)
    sh.settle(1)
    tab.details.setCurrentIndex(1)  # the ballots of the first resolution
    sh.settle(1)
    sh.save(window, "votes-ballots")
    tab.details.setCurrentIndex(0)


def minutes(sh: Shooter, window: Any, scene: Scene, cast: Cast, org_key: Any) -> None:
    """Close the session; write, submit and sign the minutes drafted from the record."""
    from talagov.core.minutes_content import Decision, ItemWritten, Written
    from talagov.core.rich_text import paragraph
    from talagov.gui.dialogs.passphrase_dialog import PassphraseDialog
    from talagov.services import minutes as minutes_service
    from talagov.services import minutes_signing, session
    from talagov.services.demo.votes import member_passphrase

    meeting_id = cast.meeting_id
    sh.act(lambda uow: session.close_session(uow, meeting_id, now=at(DAY, 12, 25)))
    scene.at(WRITTEN_ON)
    view = sh.act(lambda uow: minutes_service.minutes_of(uow, meeting_id)[0])
    chair, clerk = cast.names[cast.chair], cast.names[cast.secretary]
    first = view.generated.items[0]
    opening = paragraph(f"{chair} ouvre la séance à 10 h 05 et constate le quorum.",
                        speaker=chair)
    report = paragraph("Le rapport de gestion est présenté : la flotte compte désormais "
                       "42 véhicules et la station de Lisière-Nord ouvrira à l'automne.",
                       speaker=chair)
    written = Written(
        opening=(opening,), items={first.item_id: ItemWritten((report,))},
        closing=(paragraph("L'ordre du jour étant épuisé, la séance est levée à 12 h 25."),),
        decisions=(Decision("Publier le procès-verbal dans le dossier partagé", clerk,
                            "fin juin"),),
        drafted_by=clerk)
    sh.act(lambda uow: minutes_service.save_written(uow, view.id, written, now=WRITTEN_ON))
    show(sh, window, meeting_id, MINUTES)
    tab = window.pages[MEETINGS].workspace.minutes
    tab.sections.list.setCurrentRow(4)  # the first item: its debates, as written
    sh.settle(0.5)
    sh.save(window, "minutes-draft")
    scene.at(SUBMITTED)
    sh.act(lambda uow: minutes_service.submit(uow, view.id, now=SUBMITTED))
    show(sh, window, meeting_id, MINUTES)
    sh.save(window, "minutes-submitted")
    for k, member_id in enumerate((cast.chair, cast.secretary)):
        # Each signatory's dialog (the last one also asks for the organisation's passphrase).
        tab.sign(member_id)
        dialog = sh.dialog(PassphraseDialog)
        sh.save(dialog, ("minutes-sign", "minutes-sign-last")[k])
        dialog.reject()
        sh.settle(0.5)
        when = SUBMITTED + timedelta(minutes=10 * (k + 1))
        scene.at(when)
        sh.act(lambda uow, m=member_id, t=when, last=k == 1: minutes_signing.sign(
            uow, view.id, m, member_passphrase(m), now=t, org_key=org_key if last else None))
    scene.at(SUBMITTED + timedelta(minutes=25))
    show(sh, window, meeting_id, MINUTES)
    sh.save(window, "minutes-signed")


def archive(sh: Shooter, window: Any, scene: Scene, cast: Cast, org_key: Any,
            folder: Path) -> Path:
    """Export the meeting's archive as its tab would, and show the tab."""
    from talagov.gui.meeting.archive_data import remember_export
    from talagov.services.bundle_export import export_meeting

    target = folder / "archives" / "ag-2027.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    scene.at(SUBMITTED + timedelta(minutes=30))
    sh.act(lambda uow: export_meeting(uow, cast.meeting_id, target, org_key=org_key) and None)
    remember_export(window.ctx.db.path, cast.meeting_id, target)
    show(sh, window, cast.meeting_id, ARCHIVE)
    window.pages[MEETINGS].workspace.archive.refresh()
    sh.settle(1.5)
    sh.save(window, "archive")
    return target


def registers_shots(sh: Shooter, window: Any) -> None:
    """The library with the AG's report; the register of deliberations with the AG's
    new entry, checked, and the journal."""
    window.sidebar.setCurrentRow(LIBRARY)
    sh.settle(1.5)
    sh.save(window, "library")
    window.sidebar.setCurrentRow(REGISTERS)
    sh.settle(1.5)
    page = window.pages[REGISTERS]
    page.verify()
    sh.settle(2)
    sh.save(window, "registers")


def auditor_shots(sh: Shooter, window: Any, archive: Path) -> None:
    """The AG's archive opened in the auditor's window: the checklist and three tabs."""
    auditor = window.open_archive(archive)
    auditor.open_external = None
    auditor.resize(WIDTH, HEIGHT)
    start = time.monotonic()
    while auditor.opened is None and time.monotonic() - start < 120:
        sh.app.processEvents()
        time.sleep(0.02)
    for name, tab in AUDITOR_TABS:
        auditor.tabs.setCurrentIndex(tab)
        sh.settle(1)
        sh.save(auditor, name)
    auditor.close()
