# SPDX-License-Identifier: GPL-3.0-or-later
"""The French texts of the demo's agendas: items, draft resolutions, a management report."""

from __future__ import annotations

from talagov.core.agenda import AgendaItem, ItemKind, Presenter, ResolutionNature

REPORT_TEXT = """{name} — Rapport de gestion de l'exercice {year}

1. Activité
L'exercice {year} a vu l'activité progresser de 18 % et s'étendre à deux nouvelles communes.
L'équipe salariée compte trois personnes de plus qu'à la clôture précédente.

2. Résultats
Le chiffre d'affaires s'établit à 412 380 € ; le résultat net est un excédent de 9 214 €.

3. Vie coopérative
Onze nouveaux associés ont été admis ; trois sont sortis. Les organes de direction se sont réunis six fois.

4. Perspectives
Le conseil propose de mettre en réserve impartageable l'essentiel de l'excédent.
"""


def _item(kind: ItemKind, title: str, text: str = "", *,
          nature: ResolutionNature = ResolutionNature.ORDINARY,
          presenter: Presenter = Presenter.MANAGEMENT) -> AgendaItem:  # fmt: skip
    return AgendaItem(0, 0, 0, kind, title, text, nature, presenter)


def accounts_items(year: int) -> tuple[AgendaItem, ...]:
    """The agenda of an annual AGO approving the accounts of ``year``."""
    info, res = ItemKind.INFORMATION, ItemKind.RESOLUTION
    return (
        _item(info, f"Rapport de gestion sur l'exercice {year}"),
        _item(res, f"Approbation des comptes de l'exercice {year}",
              f"L'assemblée générale, après avoir entendu la lecture du rapport de gestion, "
              f"approuve les comptes de l'exercice clos le 31 décembre "
              f"{year} tels qu'ils lui ont été présentés."),
        _item(res, "Affectation du résultat",
              "L'assemblée générale décide d'affecter l'excédent net de gestion de 9 214 € à "
              "hauteur de 8 000 € à la réserve impartageable et de 1 214 € à la réserve légale."),
        _item(res, "Quitus aux dirigeants",
              f"L'assemblée générale donne quitus aux dirigeants pour leur gestion au cours "
              f"de l'exercice {year}."),
        _item(res, "Fonds de solidarité entre associés (proposition d'associés)",
              "À la demande d'associés, l'assemblée générale charge les dirigeants d'étudier la "
              "création d'un fonds de solidarité et d'en présenter le règlement à la prochaine "
              "assemblée.", presenter=Presenter.MEMBERS),
    )


def upcoming_items(year: int) -> tuple[AgendaItem, ...]:
    """The agenda being prepared for next year's AGO (before the elections are added)."""
    return (*accounts_items(year)[:4],
            _item(ItemKind.INFORMATION, "Point d'étape sur l'ouverture de la station de Lisière-Nord"))
