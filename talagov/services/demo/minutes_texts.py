# SPDX-License-Identifier: GPL-3.0-or-later
"""What the demo's secretary wrote in the minutes (French, as a real PV would be).

Debates are lines ``(speaker, text)``: the speaker is an index into the participants the
demo picks (``-1``: a paragraph of the secretary's own, with no speaker). Items are keyed
by their number on the agenda.
"""

from __future__ import annotations

from typing import Any

AG_TEXTS: dict[str, Any] = {
    "opening": (
        (-1, "La présidence ouvre la séance, remercie les associés présents et ceux qui suivent la séance à "
            "distance, et rappelle que l'assemblée a été convoquée dans les formes et délais "
            "prévus par les statuts. La feuille de présence, les procurations et les formulaires "
            "de vote par correspondance sont tenus à la disposition des associés."),
    ),
    "items": {
        1: (
            (-1, "Le rapport de gestion, adressé avec la convocation, est présenté par la "
                 "présidence : croissance de la flotte partagée, ouverture de deux stations, "
                 "fréquentation en hausse de 18 %."),
            (0, "Le taux d'utilisation des véhicules électriques reste inférieur à celui des "
                "thermiques en hiver ; il faudrait mieux informer sur les bornes de recharge."),
            (1, "Les collectivités associées souhaitent un bilan par commune pour l'an prochain."),
        ),
        2: (
            (2, "Demande si la provision pour gros entretien couvre le remplacement des batteries."),
            (-1, "La trésorière précise que la provision a été portée à 12 000 € et qu'elle "
                 "couvre les remplacements prévus sur trois ans."),
        ),
        3: (
            (3, "Approuve l'affectation à la réserve impartageable, qui renforce les fonds "
                "propres de la coopérative comme le veut son statut de SCIC."),
        ),
        4: (
            (-1, "Aucune question n'est posée sur ce point."),
        ),
        5: (
            (4, "Présente la proposition des associés usagers : un fonds de solidarité pour "
                "aider les associés en difficulté à régler leurs abonnements."),
            (5, "Soutient l'idée mais souhaite qu'un règlement précise les critères d'accès et le "
                "plafond des aides."),
            (-1, "La présidence propose que le conseil étudie le règlement et le présente à la "
                 "prochaine assemblée."),
        ),
    },
    "closing": "L'ordre du jour étant épuisé, la présidence lève la séance. De tout ce que "
               "dessus, il a été dressé le présent procès-verbal, signé par la présidence et le "
               "secrétaire de séance.",
    "decisions": (
        ("Déposer les comptes approuvés au greffe du tribunal de commerce", "Secrétariat",
         "Sous un mois"),
        ("Étudier le règlement du fonds de solidarité entre associés", "Conseil d'administration",
         "AG 2027"),
        ("Publier un bilan d'utilisation par commune", "Équipe salariée", "Fin septembre"),
    ),
    "incidents": (
        "La liaison de visioconférence a été interrompue de 11 h 10 à 11 h 14 ; les associés à "
        "distance ont confirmé avoir pu suivre la reprise des débats.",
    ),
}

BOARD_ITEMS: tuple[tuple[str, str], ...] = (
    ("Arrêté des comptes de l'exercice {year}",
     "Le conseil arrête les comptes de l'exercice {year} qui seront soumis à l'assemblée."),
    ("Convocation de l'assemblée générale ordinaire", ""),
    ("Questions diverses", ""),
)

BOARD_TEXTS: dict[str, Any] = {
    "opening": "La présidence constate que la majorité des administrateurs est présente et que "
               "le conseil peut valablement délibérer.",
    "items": {
        1: (
            (-1, "L'expert-comptable a transmis les comptes ; l'excédent net de gestion s'élève "
                 "à 9 214 €."),
            (1, "Propose d'affecter l'essentiel de l'excédent à la réserve impartageable."),
        ),
        2: (
            (0, "Propose de réunir l'assemblée générale ordinaire annuelle au mois de juin, à la "
                "salle du conseil, avec participation à distance."),
        ),
        3: (
            (2, "Signale que deux demandes d'adhésion seront examinées au prochain conseil."),
        ),
    },
    "decisions": (
        ("Envoyer la convocation de l'assemblée générale", "Secrétariat", "24 jours avant l'AG"),
        ("Préparer le rapport de gestion", "Présidence", "Avec la convocation"),
    ),
}
