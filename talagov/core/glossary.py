# SPDX-License-Identifier: GPL-3.0-or-later
"""The legal and technical terms the interface explains, in plain French and English.

Each :class:`Term` has a short definition (one or two sentences, for a volunteer
secretary, not a lawyer) and the guide section that says more. The definitions follow
``docs`` domain rules: they state what is true by default and say "selon les statuts"
where the statuts decide; they cite no article number. The GUI shows them as tooltips
(``talagov.gui.help.terms``) and as the help window's glossary page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

GUIDE_PAGES = ("secretaire", "membre", "auditeur")


@dataclass(frozen=True)
class Term:
    """One glossary entry.

    ``guide`` is ``"<page>#<anchor>"`` with a page from :data:`GUIDE_PAGES` (the
    French page name; the help window maps it to the English page).
    """

    key: str
    name_fr: str
    name_en: str
    definition_fr: str
    definition_en: str
    guide: str

    def name(self, lang: str) -> str:
        """The term's name in ``lang`` ("fr" or "en"; anything else reads French)."""
        return self.name_en if lang == "en" else self.name_fr

    def definition(self, lang: str) -> str:
        """The definition in ``lang`` ("fr" or "en"; anything else reads French)."""
        return self.definition_en if lang == "en" else self.definition_fr


_ENTRIES = (
    Term("associe", "Associé (sociétaire)", "Associate (member)",
         "Personne ou organisme qui détient au moins une part sociale de la coopérative (on dit aussi sociétaire). Chaque associé a une voix à l’assemblée générale, quel que soit le nombre de ses parts.",
         "A person or body holding at least one share in the cooperative. Each associate has one vote at the general meeting, however many shares they hold.",
         "secretaire#register"),
    Term("part_sociale", "Part sociale", "Share",
         "Somme apportée au capital de la coopérative par un associé. Avoir plus de parts ne donne pas plus de voix : une personne, une voix.",
         "An amount contributed by an associate to the cooperative's capital. More shares do not give more votes: one person, one vote.",
         "secretaire#shares"),
    Term("capital", "Capital social", "Share capital",
         "Total des parts sociales souscrites par les associés. Il est variable : il augmente quand des parts sont souscrites et diminue quand elles sont remboursées, sans descendre sous le minimum prévu par les statuts.",
         "The total of the shares subscribed by the associates. It is variable: it grows when shares are subscribed and shrinks when they are repaid, never below the minimum set by the statutes.",
         "secretaire#shares"),
    Term("quorum", "Quorum", "Quorum",
         "Nombre minimum d’associés présents, représentés ou ayant voté par correspondance pour que l’assemblée puisse délibérer. Il dépend de la forme juridique, du type d’assemblée, de la convocation (1re ou 2e) et des statuts.",
         "The minimum number of associates present, represented or voting by post for the meeting to be able to decide. It depends on the legal form, the kind of meeting, the convocation (1st or 2nd) and the statutes.",
         "secretaire#session"),
    Term("majorite_simple", "Majorité simple", "Simple majority",
         "La résolution est adoptée si les voix « pour » dépassent la moitié des voix prises en compte (selon la forme et les statuts). En cas d’égalité, elle est rejetée : il n’y a pas de voix prépondérante en assemblée.",
         "The resolution is adopted if the votes for exceed half of the votes taken into account (per the legal form and the statutes). A tie means it is rejected: there is no casting vote at a general meeting.",
         "secretaire#votes"),
    Term("majorite_qualifiee", "Majorité qualifiée", "Qualified majority",
         "Majorité renforcée, par exemple les deux tiers ou les trois quarts des voix, exigée pour les décisions importantes comme la modification des statuts. Le seuil exact dépend de la forme juridique et des statuts.",
         "A higher majority, such as two thirds or three quarters of the votes, required for major decisions such as amending the statutes. The exact threshold depends on the legal form and the statutes.",
         "secretaire#votes"),
    Term("ag_ordinaire", "Assemblée générale ordinaire (AGO)", "Ordinary general meeting (OGM)",
         "Assemblée qui prend les décisions courantes : approbation des comptes, affectation du résultat, élection des administrateurs ou des gérants. Elle se réunit au moins une fois par an.",
         "The meeting that takes the everyday decisions: approving the accounts, allocating the result, electing directors or managers. It meets at least once a year.",
         "secretaire#meetings"),
    Term("ag_extraordinaire", "Assemblée générale extraordinaire (AGE)", "Extraordinary general meeting (EGM)",
         "Assemblée qui décide des changements importants, surtout la modification des statuts. Elle demande en général un quorum et une majorité plus élevés que l’assemblée ordinaire.",
         "The meeting that decides major changes, above all amendments to the statutes. It usually needs a higher quorum and majority than the ordinary meeting.",
         "secretaire#meetings"),
    Term("convocation", "Convocation", "Notice of meeting",
         "Invitation officielle envoyée à chaque associé avant l’assemblée, avec la date, le lieu et l’ordre du jour. Elle doit partir dans le délai fixé par la loi et les statuts (souvent 15 jours) ; par e-mail seulement si l’associé l’a accepté.",
         "The official invitation sent to every associate before the meeting, with the date, place and agenda. It must go out within the period set by law and the statutes (often 15 days); by e-mail only if the associate agreed.",
         "secretaire#convocation"),
    Term("ordre_du_jour", "Ordre du jour", "Agenda",
         "Liste des points et des résolutions soumis à l’assemblée, envoyée avec la convocation. L’assemblée ne vote que sur les points inscrits, sauf pour révoquer un administrateur ou un gérant.",
         "The list of items and resolutions put to the meeting, sent with the notice. The meeting votes only on the listed items, except to remove a director or a manager.",
         "secretaire#meetings"),
    Term("pouvoir", "Pouvoir (procuration)", "Proxy",
         "Document par lequel un associé absent confie sa voix à une autre personne, en général un autre associé, pour voter à sa place. La loi et les statuts limitent le nombre de pouvoirs qu’une même personne peut porter.",
         "A document by which an absent associate entrusts their vote to another person, usually another associate, who votes in their place. The law and the statutes limit how many proxies one person may carry.",
         "secretaire#proxies"),
    Term("vote_par_correspondance", "Vote par correspondance", "Postal vote",
         "Vote exprimé à l’avance sur un formulaire, résolution par résolution (pour, contre ou abstention). Possible si les statuts le prévoient, et toujours dans une SA ; il compte pour le quorum s’il arrive avant l’assemblée.",
         "A vote cast in advance on a form, resolution by resolution (for, against or abstain). Allowed if the statutes provide for it, and always in an SA; it counts for the quorum if it arrives before the meeting.",
         "secretaire#attendance"),
    Term("feuille_de_presence", "Feuille de présence", "Attendance sheet",
         "Liste des associés présents, représentés ou ayant voté par correspondance, signée à l’arrivée et certifiée par le bureau. Elle sert à calculer le quorum et se conserve avec le procès-verbal.",
         "The list of associates present, represented or voting by post, signed on arrival and certified by the meeting's officers. It is used to compute the quorum and is kept with the minutes.",
         "secretaire#attendance"),
    Term("bureau", "Bureau de l’assemblée", "Meeting officers",
         "Équipe qui conduit l’assemblée : le président de séance, les scrutateurs et le secrétaire de séance. Elle certifie la feuille de présence, veille au bon déroulement des votes et signe le procès-verbal.",
         "The team that runs the meeting: the chair, the scrutineers and the secretary of the meeting. They certify the attendance sheet, see that the votes run properly and sign the minutes.",
         "secretaire#session"),
    Term("president_de_seance", "Président de séance", "Chair of the meeting",
         "Personne qui dirige l’assemblée : elle ouvre la séance, donne la parole, met les résolutions au vote et annonce les résultats. Les statuts disent qui préside, souvent le gérant ou le président du conseil.",
         "The person who runs the meeting: opens it, gives the floor, puts the resolutions to the vote and announces the results. The statutes say who chairs, often the manager or the chair of the board.",
         "secretaire#session"),
    Term("scrutateur", "Scrutateur", "Scrutineer",
         "Associé membre du bureau qui contrôle le déroulement des votes et le décompte des voix. On en désigne en général deux au début de la séance.",
         "An associate on the meeting's officers who checks how the votes are run and counted. Two are usually appointed when the meeting opens.",
         "secretaire#session"),
    Term("secretaire_de_seance", "Secrétaire de séance", "Secretary of the meeting",
         "Membre du bureau qui note les débats et rédige le procès-verbal. Il n’a pas besoin d’être associé.",
         "The officer who takes notes of the debates and drafts the minutes. They need not be an associate.",
         "secretaire#minutes"),
    Term("proces_verbal", "Procès-verbal (PV)", "Minutes",
         "Compte rendu officiel de l’assemblée : présents, quorum, texte des résolutions et résultat de chaque vote. Il est signé par les membres du bureau et conservé dans le registre des délibérations.",
         "The official record of the meeting: who attended, the quorum, the text of the resolutions and the result of each vote. It is signed by the meeting's officers and kept in the register of deliberations.",
         "secretaire#minutes"),
    Term("resolution", "Résolution", "Resolution",
         "Décision précise soumise au vote de l’assemblée, rédigée à l’avance et envoyée avec la convocation. Elle est adoptée ou rejetée selon la majorité prévue pour ce type de décision.",
         "A precise decision put to the meeting's vote, drafted in advance and sent with the notice. It is adopted or rejected according to the majority required for that kind of decision.",
         "secretaire#meetings"),
    Term("scrutin_secret", "Scrutin secret", "Secret ballot",
         "Vote où personne ne peut savoir ce que chacun a voté. La loi ne l’impose pas en assemblée, mais les statuts peuvent l’exiger, par exemple pour élire les administrateurs ou le gérant.",
         "A vote in which nobody can tell how each person voted. The law does not require it at a general meeting, but the statutes may, for instance to elect directors or the manager.",
         "secretaire#votes"),
    Term("college", "Collège de vote", "Voting college",
         "Dans une SCIC, les statuts peuvent répartir les associés en au moins trois collèges : les voix sont comptées dans chaque collège, puis pondérées. Aucun collège ne pèse plus de 50 % ni moins de 10 % des voix.",
         "In a SCIC the statutes may group the associates into three or more colleges: votes are counted within each college, then weighted. No college weighs more than 50% or less than 10% of the votes.",
         "secretaire#statutes"),
    Term("mandat", "Mandat", "Mandate (term of office)",
         "Fonction confiée pour une durée limitée : administrateur, gérant, membre du conseil de surveillance… TalaGov suit les dates de fin pour préparer les élections à temps.",
         "A position held for a limited time: director, manager, supervisory board member… TalaGov tracks the end dates so that elections are prepared in time.",
         "secretaire#mandates"),
    Term("gerant", "Gérant", "Manager (gérant)",
         "Dirigeant d’une coopérative sous forme de SARL, choisi parmi les associés. Dans une SCOP, il est nommé pour quatre ans au plus et l’assemblée peut le révoquer à tout moment.",
         "The manager of a cooperative formed as a SARL, chosen among the associates. In a SCOP the manager is appointed for at most four years and the meeting may remove them at any time.",
         "secretaire#mandates"),
    Term("statuts", "Statuts", "Statutes (articles of association)",
         "Texte fondateur de la coopérative. Il fixe ses règles (quorum, majorités, pouvoirs, vote par correspondance…) dans les limites de la loi ; TalaGov applique celles que vous y saisissez.",
         "The cooperative's founding document. It sets its rules (quorum, majorities, proxies, postal votes…) within the limits of the law; TalaGov applies the ones you enter.",
         "secretaire#statutes"),
    Term("registre", "Registre", "Register",
         "Document officiel tenu dans la durée : registre des associés et de leurs parts, registre des délibérations où les procès-verbaux sont numérotés et signés. Il peut être tenu sous forme électronique.",
         "An official record kept over time: the register of associates and their shares, the register of deliberations where the minutes are numbered and signed. It may be kept electronically.",
         "secretaire#register"),
    Term("signature_electronique", "Signature électronique", "Electronic signature",
         "Marque calculée avec la clé personnelle du signataire. Elle prouve qui a signé et que le document n’a pas changé depuis ; un procès-verbal électronique doit porter une signature au moins « avancée ».",
         "A mark computed with the signer's personal key. It proves who signed and that the document has not changed since; electronic minutes must carry at least an advanced signature.",
         "secretaire#keys"),
    Term("empreinte", "Empreinte", "Fingerprint (hash)",
         "Courte suite de chiffres et de lettres calculée à partir d’un fichier ou d’une clé (SHA-256). Si un seul caractère change, l’empreinte change : la comparer suffit à vérifier que rien n’a été modifié.",
         "A short string of digits and letters computed from a file or a key (SHA-256). If a single character changes, so does the fingerprint: comparing it is enough to check that nothing was altered.",
         "auditeur#verify-openssl"),
    Term("certificat", "Certificat", "Certificate",
         "Fichier signé par la coopérative qui relie une clé publique à un associé. Il permet à n’importe qui de vérifier que ses votes et signatures viennent bien de lui.",
         "A file signed by the cooperative that binds a public key to an associate. It lets anyone check that the associate's votes and signatures really come from them.",
         "secretaire#keys"),
    Term("archive", "Archive", "Archive",
         "Fichier unique qui rassemble tout ce qui concerne une réunion (convocations, présences, bulletins, procès-verbal) avec empreintes et signatures. On peut la vérifier des années plus tard, avec TalaGov ou avec openssl seul.",
         "A single file holding everything about a meeting (notices, attendance, ballots, minutes) with fingerprints and signatures. It can be checked years later, with TalaGov or with openssl alone.",
         "secretaire#archive"),
    Term("journal", "Journal", "Journal (log)",
         "Liste datée de tout ce qui a été enregistré (réunions, présences, votes, signatures). Chaque entrée est signée et liée à la précédente : une entrée supprimée ou modifiée se voit.",
         "A dated list of everything recorded (meetings, attendance, votes, signatures). Each entry is signed and linked to the previous one, so a deleted or altered entry shows.",
         "secretaire#journal"),
    Term("revocation", "Révocation", "Revocation",
         "Pour une clé : la coopérative déclare qu’elle ne l’accepte plus (perdue, volée, associé parti) ; les signatures faites avec elle ensuite sont refusées. Pour un mandat : l’assemblée met fin aux fonctions d’un dirigeant.",
         "For a key: the cooperative declares it no longer accepts it (lost, stolen, associate gone); signatures made with it afterwards are refused. For a mandate: the meeting ends a manager's or director's term.",
         "secretaire#keys"),
    Term("scop", "SCOP", "SCOP (worker cooperative)",
         "Société coopérative et participative, sous forme de SARL, SA ou SAS. Les salariés associés y détiennent au moins 51 % du capital et 65 % des voix.",
         "A worker cooperative (société coopérative et participative), formed as a SARL, SA or SAS. Employee associates hold at least 51% of the capital and 65% of the votes.",
         "secretaire#statutes"),
    Term("scic", "SCIC", "SCIC (multi-stakeholder cooperative)",
         "Société coopérative d’intérêt collectif : elle réunit au moins trois catégories d’associés, dont les salariés (ou les producteurs) et les bénéficiaires. Les collectivités publiques peuvent détenir jusqu’à 50 % du capital.",
         "A collective-interest cooperative: it brings together at least three categories of associates, including employees (or producers) and beneficiaries. Local authorities may hold up to 50% of the capital.",
         "secretaire#statutes"),
    Term("abstention", "Abstention", "Abstention",
         "Choix de ne voter ni pour ni contre. L’associé compte pour le quorum ; selon la forme et les statuts, son abstention est ignorée (voix exprimées) ou pèse comme un « contre ».",
         "Choosing to vote neither for nor against. The associate counts for the quorum; depending on the legal form and the statutes, the abstention is ignored (votes cast) or weighs like a vote against.",
         "secretaire#votes"),
    Term("voix_exprimees", "Voix exprimées", "Votes cast",
         "Les voix « pour » et « contre » seulement : abstentions, votes blancs et nuls n’en font pas partie. Dans une SA, les majorités se calculent sur ces voix.",
         "Only the votes for and against: abstentions, blank and spoilt votes are left out. In an SA, majorities are computed on these votes.",
         "secretaire#votes"),
    Term("deuxieme_convocation", "Deuxième convocation", "Second convocation",
         "Nouvelle convocation de la même assemblée quand le quorum n’a pas été atteint la première fois. Le quorum exigé est alors plus bas, parfois nul, selon la forme et les statuts.",
         "A new notice for the same meeting when the quorum was not reached the first time. The quorum required is then lower, sometimes none, depending on the legal form and the statutes.",
         "secretaire#convocation"),
    Term("administrateur", "Administrateur", "Director (board member)",
         "Membre du conseil d’administration d’une coopérative sous forme de SA, élu par l’assemblée parmi les associés, pour six ans au plus.",
         "A member of the board of directors of a cooperative formed as an SA, elected by the general meeting among the associates, for at most six years.",
         "secretaire#mandates"),
    Term("horodatage", "Horodatage", "Timestamp",
         "Attestation, délivrée par un service indépendant, qu’un document existait à une date et une heure précises. Un procès-verbal électronique doit être horodaté.",
         "A statement from an independent service that a document existed at a precise date and time. Electronic minutes must be timestamped.",
         "secretaire#minutes"),
    Term("cle_personnelle", "Clé personnelle", "Personal key",
         "Secret propre à chaque signataire, gardé sur son ordinateur et protégé par une phrase de passe. Il sert à signer ; personne d’autre, ni la coopérative, ne peut signer à sa place.",
         "A secret belonging to each signer, kept on their computer and protected by a passphrase. It is used to sign; nobody else, not even the cooperative, can sign in their place.",
         "secretaire#keys"),
    Term("isoloir", "Isoloir", "Voting booth",
         "Mode plein écran où un associé vote seul sur l’ordinateur de la séance, une décision par écran, puis reçoit un reçu de vote.",
         "A full-screen mode in which an associate votes alone on the meeting's computer, one decision per screen, then gets a vote receipt.",
         "secretaire#booth"),
)

# Read-only: callers look terms up, they never add one at run time.
TERMS: Mapping[str, Term] = MappingProxyType({entry.key: entry for entry in _ENTRIES})


def term(key: str) -> Term:
    """The glossary entry ``key``.

    Raises:
        KeyError: ``key`` is not in the glossary (a typo in the caller).
    """
    return TERMS[key]
