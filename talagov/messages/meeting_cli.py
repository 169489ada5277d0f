# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the ``talagov meeting`` commands (French, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "meeting_cli.none": ("Aucune réunion.", "No meeting."),
    "meeting_cli.place": ("Lieu\u00a0: {place}", "Place: {place}"),
    "meeting_cli.agenda": ("Ordre du jour\u00a0:", "Agenda:"),
    "meeting_cli.amendment": ("  Modifié le {at}\u00a0: {what} (motif\u00a0: {reason})",
                              "  Amended on {at}: {what} (reason: {reason})"),
    "meeting_cli.convocations": ("Convocations\u00a0: {count} envoi(s)",
                                 "Convocations: {count} sending(s)"),
    "meeting_cli.attendance": ("Présence\u00a0: {detail}", "Attendance: {detail}"),
    "meeting_cli.proxies": ("Pouvoirs\u00a0: {count}", "Proxies: {count}"),
    "meeting_cli.blank": ("pouvoir en blanc (au président)", "blank proxy (to the chair)"),
    "meeting_cli.valid": ("valable", "valid"),
    "meeting_cli.quorum_met": (
        "Quorum atteint\u00a0: {participants} participant(s), {required} requis ({ratio} de {base}).",
        "Quorum met: {participants} taking part, {required} required ({ratio} of {base}).",
    ),
    "meeting_cli.quorum_not_met": (
        "Quorum non atteint\u00a0: {participants} participant(s), {required} requis "
        "({ratio} de {base}).",
        "Quorum not met: {participants} taking part, {required} required ({ratio} of {base}).",
    ),
    "meeting_cli.password_required": (
        "Le mot de passe du serveur de courriel est demandé : donnez-le dans "
        "TALAGOV_SMTP_PASSWORD ou enregistrez-le dans le trousseau du système.",
        "The e-mail server's password is needed: give it in TALAGOV_SMTP_PASSWORD or save it "
        "in the system keyring.",
    ),
    "meeting_cli.sent": ("Courriels envoyés : {sent} ; en échec : {failed}.",
                         "E-mails sent: {sent}; failed: {failed}."),
    "meeting_cli.failed": ("  Sociétaire {id} : {error}", "  Member {id}: {error}"),
    "meeting_cli.saved": ("Document enregistré dans {path}.", "Document saved to {path}."),
    "convocation.convened": ("La réunion {id} est convoquée.", "Meeting {id} is convened."),
}
