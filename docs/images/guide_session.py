# SPDX-License-Identifier: GPL-3.0-or-later
"""The upcoming AG's day, for the guides' images: attendance, proxies, postal votes, bureau.

Continues :mod:`guide_journey` on its :class:`Cast`: arrivals and signatures, proxies
and postal forms are recorded by the services at the story's time; the signature pad,
the proxy dialog (with a refusal), the postal form and the bureau are opened from their
buttons, shot and cancelled; then the bureau is set and the session opened at 10:05.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from guide_journey import ATTENDANCE, BUREAU, DAY, POSTAL, PROXIES, SESSION, Cast, at, show
from guide_shots import MEETINGS, Scene, Shooter


def attendance(sh: Shooter, window: Any, scene: Scene, cast: Cast) -> None:
    """Arrivals and signatures, proxies and postal forms; the dialogs of each."""
    from talagov.core.attendance import AttendanceEntry, AttendanceStatus, Signature
    from talagov.core.correspondence import Choice, CorrespondenceForm
    from talagov.core.errors import UserError
    from talagov.core.proxies import Proxy
    from talagov.gui.dialogs.signature_dialog import SignatureDialog
    from talagov.services import meetings, session
    from talagov.services.demo.meetings import signature_strokes

    rng = random.Random(612)
    meeting_id = cast.meeting_id
    opened = at(DAY, 10, 5)

    def arrivals(uow: Any) -> None:
        for k, member_id in enumerate(cast.present + cast.remote):
            status = (AttendanceStatus.PRESENT if member_id in cast.present
                      else AttendanceStatus.REMOTE)  # fmt: skip
            arrived = at(DAY, 9, 30) + timedelta(minutes=k % 30)
            session.set_attendance(uow, meeting_id, AttendanceEntry(member_id, status,
                                                                    arrived_at=arrived),
                                   now=arrived)  # fmt: skip
            if status is AttendanceStatus.PRESENT and member_id != cast.unsigned:
                session.sign(uow, meeting_id, member_id,
                             Signature(signature_strokes(rng), arrived + timedelta(minutes=1)))
        for member_id in cast.excused:
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                member_id, AttendanceStatus.EXCUSED), now=at(DAY, 9, 30))  # fmt: skip
        for k, member_id in enumerate(cast.represented):
            holder = None if k < 2 else cast.present[k % len(cast.present)]
            proxy = Proxy(0, meeting_id, member_id, holder, DAY - timedelta(days=2 + k % 9))
            try:
                session.add_proxy(uow, proxy, now=at(DAY, 9, 45))
            except UserError:
                continue  # a holder at the statutory cap: this member stays absent
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                member_id, AttendanceStatus.REPRESENTED), now=at(DAY, 9, 45))  # fmt: skip
        voted = [i for i in meetings.agenda(uow, meeting_id) if i.kind.value == "resolution"]
        for k, member_id in enumerate(cast.postal):
            choices = {i.id: (Choice.FOR, Choice.FOR, Choice.AGAINST, Choice.ABSTAIN)[(k + i.id) % 4]
                       for i in voted}  # fmt: skip
            received = at(DAY - timedelta(days=3 + k % 5), 11)
            session.record_correspondence(uow, CorrespondenceForm(0, meeting_id, member_id,
                                                                  received, choices),
                                          now=received)  # fmt: skip
            session.set_attendance(uow, meeting_id, AttendanceEntry(
                member_id, AttendanceStatus.CORRESPONDENCE), now=at(DAY, 9, 45))  # fmt: skip

    scene.at(at(DAY, 10, 0))
    sh.act(arrivals)
    show(sh, window, meeting_id, SESSION, ATTENDANCE)
    tab = window.pages[MEETINGS].workspace.session
    # Status and signature in full (at this width the sheet cuts them: see the report).
    for column in (2, 5):
        tab.attendance.table.resizeColumnToContents(column)
    tab.attendance.select_member(cast.unsigned)
    sh.settle(0.5)
    sh.save(window, "session-attendance")
    tab.attendance.sign_current()
    dialog = sh.dialog(SignatureDialog)
    dialog.pad.set_strokes(signature_strokes(random.Random(7)))
    sh.settle(0.3)
    sh.save(dialog, "session-signature")
    dialog.reject()
    signed = at(DAY, 10, 1)
    sh.act(lambda uow: session.sign(uow, meeting_id, cast.unsigned,
                                    Signature(signature_strokes(random.Random(7)), signed)))
    dialogs(sh, window, cast, opened)


def dialogs(sh: Shooter, window: Any, cast: Cast, opened: datetime) -> None:
    """The proxies and postal votes tabs with their dialogs; the bureau's dialog."""
    from PySide6.QtWidgets import QMessageBox

    from talagov.gui.dialogs.bureau_dialog import BureauDialog
    from talagov.gui.dialogs.correspondence_dialog import CorrespondenceDialog
    from talagov.gui.dialogs.proxy_dialog import ProxyDialog

    meeting_id = cast.meeting_id
    tab = window.pages[MEETINGS].workspace.session
    show(sh, window, meeting_id, SESSION, PROXIES)
    sh.save(window, "session-proxies")
    tab.proxies.new_proxy()
    dialog = sh.dialog(ProxyDialog)
    # A member who is in the room gives a proxy: TalaGov refuses it and says why.
    dialog.principal.set_member_id(cast.present[-1])
    dialog.holder.set_member_id(cast.present[0])
    sh.settle(0.3)
    sh.save(dialog, "session-proxy")
    dialog.ok_button.click()
    refusal = sh.dialog(QMessageBox)
    sh.save(refusal, "session-proxy-refused")
    refusal.accept()
    sh.settle(0.3)
    dialog.reject()
    show(sh, window, meeting_id, SESSION, POSTAL)
    sh.save(window, "session-postal")
    tab.postal.new_form()
    dialog = sh.dialog(CorrespondenceDialog)
    sh.save(dialog, "session-postal-form")
    dialog.reject()
    show(sh, window, meeting_id, SESSION, BUREAU)
    tab.bureau.edit_bureau()
    dialog = sh.dialog(BureauDialog)
    dialog.chair.set_member_id(cast.chair)
    dialog.secretary.setText(cast.names[cast.secretary])
    for picker, member_id in zip(dialog.scrutineers, cast.scrutineers, strict=False):
        picker.set_member_id(member_id)
    sh.settle(0.3)
    sh.save(dialog, "session-bureau")
    dialog.reject()


def open_session(sh: Shooter, window: Any, scene: Scene, cast: Cast) -> None:
    """The bureau designated and the session opened at 10:05: the quorum recorded."""
    from talagov.services import session

    meeting_id = cast.meeting_id
    sh.act(lambda uow: session.set_bureau(uow, meeting_id, chair_id=cast.chair,
                                          secretary_name=cast.names[cast.secretary],
                                          scrutineer_ids=cast.scrutineers))  # fmt: skip
    scene.at(at(DAY, 10, 5))
    sh.act(lambda uow: session.open_session(uow, meeting_id, now=at(DAY, 10, 5)))
    show(sh, window, meeting_id, SESSION, BUREAU)
    sh.save(window, "session-open")
