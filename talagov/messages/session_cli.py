# SPDX-License-Identifier: GPL-3.0-or-later
"""Messages of the ``talagov session`` commands (codes ``session_cli.*``): attendance,
bureau, opening and closing of a session from the command line."""

from __future__ import annotations

_NB = "\u00a0"

MESSAGES: dict[str, tuple[str, str]] = {
    "session_cli.member_twice": (
        f"Le sociétaire {{id}} est nommé deux fois{_NB}: chaque sociétaire ne prend qu’un état "
        "par commande.",
        "Member {id} is named twice: each member takes one status per command.",
    ),
    "session_cli.not_attending": (
        f"Le sociétaire {{id}} n’assiste pas à la réunion{_NB}: il ne peut pas la quitter.",
        "Member {id} does not attend the meeting, so cannot leave it.",
    ),
    "session_cli.recorded": (
        "Présence enregistrée pour {count} sociétaire(s).",
        "Attendance recorded for {count} member(s).",
    ),
    "session_cli.not_chosen": ("pas encore choisi", "not chosen yet"),
    "session_cli.bureau": (
        f"Bureau{_NB}: présidence {{chair}}{_NB}; secrétaire {{secretary}}{_NB}; "
        f"scrutateurs {{scrutineers}}.",
        "Bureau: chair {chair}; secretary {secretary}; scrutineers {scrutineers}.",
    ),
    "session_cli.opened": (
        "Séance de la réunion {id} ouverte à {time}, quorum d’ouverture enregistré.",
        "Session of meeting {id} opened at {time}; the opening quorum is recorded.",
    ),
    "session_cli.no_chair": (
        f"Aucun président de séance n’est choisi{_NB}: le procès-verbal ne pourra pas être "
        "signé sans lui (talagov session bureau --meeting {id} --chair SOCIÉTAIRE).",
        "No chair is chosen: the minutes cannot be signed without one "
        "(talagov session bureau --meeting {id} --chair MEMBER).",
    ),
    "session_cli.closed": (
        f"Séance de la réunion {{id}} close à {{time}}. Son procès-verbal est rédigé d’après "
        f"le déroulé{_NB}: talagov minutes show --meeting {{id}}.",
        "Session of meeting {id} closed at {time}. Its minutes are drafted from the record: "
        "talagov minutes show --meeting {id}.",
    ),
    "session_cli.never_opened": (
        f"Le scrutin {{number}} n’a pas été ouvert{_NB}: «{_NB}{{title}}{_NB}» n’a pas été "
        "mis aux voix.",
        "Poll {number} was never opened: \u201c{title}\u201d was not put to the vote.",
    ),
}
