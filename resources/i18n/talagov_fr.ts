<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TalaGov</source>
        <translation>À propos de TalaGov</translation>
    </message>
    <message>
        <source>TalaGov %1</source>
        <translation>TalaGov %1</translation>
    </message>
    <message>
        <source>Governance of cooperatives: registers, meetings, signed votes, minutes and archives that an auditor can check.</source>
        <translation>La gouvernance des coopératives&#xa0;: registres, assemblées, votes signés, procès-verbaux et archives vérifiables par un auditeur.</translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and improve it under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Logiciel libre&#xa0;: vous pouvez l’utiliser, l’étudier, le partager et l’améliorer selon la licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Source code: %1</source>
        <translation>Code source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the source code&apos;s address in the web browser.</source>
        <translation>Ouvrir l’adresse du code source dans le navigateur.</translation>
    </message>
    <message>
        <source>Show the &amp;licence…</source>
        <translation>Afficher la &amp;licence…</translation>
    </message>
    <message>
        <source>Read the full text of the GNU GPL.</source>
        <translation>Lire le texte complet de la GPL GNU.</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Fermer cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <source>Add the item “%1”.</source>
        <translation>Ajouter le point «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Change the item “%1”.</source>
        <translation>Modifier le point «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Information item</source>
        <translation>Point d&apos;information</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>The item&apos;s title as listed in the agenda of the convocation.</source>
        <translation>L’intitulé du point tel qu’il figure à l’ordre du jour de la convocation.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Draft &amp;resolution:</source>
        <translation>&amp;Projet de résolution&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>The exact wording put to the vote, printed in the convocation and the minutes.</source>
        <translation>Le texte exact soumis au vote, imprimé dans la convocation et le procès-verbal.</translation>
    </message>
    <message>
        <source>What the item is about, printed in the convocation.</source>
        <translation>L’objet du point, imprimé dans la convocation.</translation>
    </message>
    <message>
        <source>An extraordinary resolution (statutes, capital…) needs the qualified majority of an AGE.</source>
        <translation>Une résolution extraordinaire (statuts, capital…) demande la majorité qualifiée d’une AGE.</translation>
    </message>
    <message>
        <source>Whether the management or associates put the resolution on the agenda.</source>
        <translation>Si la résolution est inscrite à l’ordre du jour par la direction ou par des associés.</translation>
    </message>
    <message>
        <source>The board or committee whose members are elected.</source>
        <translation>Le conseil ou le comité dont les membres sont élus.</translation>
    </message>
    <message>
        <source>How many seats are to be filled, from 1 to 99.</source>
        <translation>Combien de sièges sont à pourvoir, de 1 à 99.</translation>
    </message>
    <message>
        <source>The members standing for election, in ballot order.</source>
        <translation>Les sociétaires candidats à l’élection, dans l’ordre du bulletin.</translation>
    </message>
    <message>
        <source>Candidate to add</source>
        <translation>Candidat à ajouter</translation>
    </message>
    <message>
        <source>The member to add as a candidate; type part of a name or number.</source>
        <translation>Le sociétaire à ajouter comme candidat&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>&amp;Add candidate</source>
        <translation>&amp;Ajouter le candidat</translation>
    </message>
    <message>
        <source>Put the member chosen beside on the list of candidates.</source>
        <translation>Ajouter le sociétaire choisi à côté à la liste des candidats.</translation>
    </message>
    <message>
        <source>Re&amp;move candidate</source>
        <translation>&amp;Retirer le candidat</translation>
    </message>
    <message>
        <source>Take the selected candidate off the list.</source>
        <translation>Retirer le candidat sélectionné de la liste.</translation>
    </message>
    <message>
        <source>&amp;Nature:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Presented by:</source>
        <translation>Présentée pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Sièges à pourvoir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Candidates:</source>
        <translation>&amp;Candidats&#xa0;:</translation>
    </message>
    <message>
        <source>Loading bodies and members</source>
        <translation>Chargement des instances et des sociétaires</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Donnez un titre au point.</translation>
    </message>
    <message>
        <source>Choose the body to elect (create it on the Mandates page).</source>
        <translation>Choisissez l&apos;instance dont les membres sont à élire (créez-la dans la page Mandats).</translation>
    </message>
    <message>
        <source>Saving the agenda item</source>
        <translation>Enregistrement du point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n siège</numerusform>
            <numerusform>%n sièges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n candidate(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n candidat</numerusform>
            <numerusform>%1&#xa0;: %n candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Presented by</source>
        <translation>Présentée par</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>The items in the order of the meeting; drag a row to move it, Enter or double-click to edit it.</source>
        <translation>Les points dans l’ordre de la séance&#xa0;; faites glisser une ligne pour la déplacer, Entrée ou double-clic pour la modifier.</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>Ordre du &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;information…</source>
        <translation>Ajouter une &amp;information…</translation>
    </message>
    <message>
        <source>Add &amp;resolution…</source>
        <translation>Ajouter une résolu&amp;tion…</translation>
    </message>
    <message>
        <source>Add &amp;election…</source>
        <translation>Ajouter une éle&amp;ction…</translation>
    </message>
    <message>
        <source>&amp;Propose elections…</source>
        <translation>Pr&amp;oposer les élections…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Add an item that is discussed but not voted on.</source>
        <translation>Ajouter un point débattu mais non soumis au vote.</translation>
    </message>
    <message>
        <source>Add a decision put to the vote.</source>
        <translation>Ajouter une décision soumise au vote.</translation>
    </message>
    <message>
        <source>Add the election of people to a body (board, manager…).</source>
        <translation>Ajouter l’élection de personnes à un organe (conseil, gérance…).</translation>
    </message>
    <message>
        <source>List the mandates that end by this meeting and choose the elections to add.</source>
        <translation>Lister les mandats qui prennent fin d’ici cette assemblée et choisir les élections à ajouter.</translation>
    </message>
    <message>
        <source>Change the selected item.</source>
        <translation>Modifier le point sélectionné.</translation>
    </message>
    <message>
        <source>Remove the selected item from the agenda.</source>
        <translation>Retirer le point sélectionné de l’ordre du jour.</translation>
    </message>
    <message>
        <source>Move the selected item up the agenda (Alt+Up).</source>
        <translation>Monter le point sélectionné dans l’ordre du jour (Alt+Haut).</translation>
    </message>
    <message>
        <source>Move the selected item down the agenda (Alt+Down).</source>
        <translation>Descendre le point sélectionné dans l’ordre du jour (Alt+Bas).</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Amendments of the agenda</source>
        <translation>Modifications de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Every change made to the agenda after the notice was sent, with its reason.</source>
        <translation>Chaque modification de l’ordre du jour faite après l’envoi de la convocation, avec son motif.</translation>
    </message>
    <message>
        <source>A&amp;mendments since the convocation:</source>
        <translation>Modifications depuis la co&amp;nvocation&#xa0;:</translation>
    </message>
    <message>
        <source>The session is open or over: the agenda can no longer change.</source>
        <translation>La séance est ouverte ou terminée&#xa0;: l&apos;ordre du jour ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>The meeting is convened: each change is an amendment, logged with its reason.</source>
        <translation>La réunion est convoquée&#xa0;: chaque changement est une modification de l&apos;ordre du jour, consignée avec son motif.</translation>
    </message>
    <message>
        <source>Move the item “%1” to position %2.</source>
        <translation>Déplacer le point «&#xa0;%1&#xa0;» en position %2.</translation>
    </message>
    <message>
        <source>Reordering the agenda</source>
        <translation>Réorganisation de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove the item “%1” from the agenda?</source>
        <translation>Retirer le point «&#xa0;%1&#xa0;» de l&apos;ordre du jour&#xa0;?</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Supprimer le point</translation>
    </message>
    <message>
        <source>Deleting the agenda item</source>
        <translation>Suppression du point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Remove the item “%1”.</source>
        <translation>Retirer le point «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amend the agenda</source>
        <translation>Modifier l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>The meeting is convened: this change is an amendment of the agenda and is logged with its reason, which goes to the minutes.</source>
        <translation>La réunion est convoquée&#xa0;: ce changement est une modification de l&apos;ordre du jour&#xa0;; il est consigné avec son motif, qui figurera au procès-verbal.</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motif de la modification</translation>
    </message>
    <message>
        <source>Why the agenda changes after the convocation; this text goes to the minutes.</source>
        <translation>Pourquoi l’ordre du jour change après la convocation&#xa0;; ce texte figurera au procès-verbal.</translation>
    </message>
    <message>
        <source>e.g. request of associates holding 5 % of the capital, received on …</source>
        <translation>par ex. demande d&apos;associés détenant 5&#xa0;% du capital, reçue le …</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record the amendment</source>
        <translation>&amp;Enregistrer la modification</translation>
    </message>
    <message>
        <source>Make the change and log it with its reason.</source>
        <translation>Effectuer le changement et l’inscrire au journal avec son motif.</translation>
    </message>
</context>
<context>
    <name>AnnexesPanel</name>
    <message>
        <source>Participants, proxies and postal voters</source>
        <translation>Participants, pouvoirs et votes par correspondance</translation>
    </message>
    <message>
        <source>Incidents found in the record:</source>
        <translation>Incidents relevés dans les données enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents found in the record</source>
        <translation>Incidents relevés dans les données enregistrées</translation>
    </message>
    <message>
        <source>Incidents noted by the secretary</source>
        <translation>Incidents notés par le secrétaire de séance</translation>
    </message>
    <message>
        <source>Incidents of the meeting that the record does not show, one per line.</source>
        <translation>Les incidents de séance que les enregistrements ne montrent pas, un par ligne.</translation>
    </message>
    <message>
        <source>Other incidents, &amp;noted by the secretary (double-click or F2 to edit):</source>
        <translation>Autres incidents, notés par le secrétaire de séance (dou&amp;ble-clic ou F2 pour modifier)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add an incident</source>
        <translation>A&amp;jouter un incident</translation>
    </message>
    <message>
        <source>Remove t&amp;he incident</source>
        <translation>Retirer l&apos;in&amp;cident</translation>
    </message>
    <message>
        <source>Add a line for an incident, then type it.</source>
        <translation>Ajouter une ligne pour un incident, puis le saisir.</translation>
    </message>
    <message>
        <source>Remove the selected incident.</source>
        <translation>Supprimer l’incident sélectionné.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>TalaGov</source>
        <extracomment>The application&apos;s id: desktop entry, AppStream metainfo and icon name on Linux.</extracomment>
        <translation>TalaGov</translation>
    </message>
</context>
<context>
    <name>ApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>The applicant&apos;s family name or, for an entity, its corporate name; required.</source>
        <translation>Le nom de famille du candidat ou, pour une personne morale, sa raison sociale&#xa0;; obligatoire.</translation>
    </message>
    <message>
        <source>The applicant&apos;s first name.</source>
        <translation>Le prénom du candidat.</translation>
    </message>
    <message>
        <source>For an employee, the day they were hired: it starts the time within which they must apply.</source>
        <translation>Pour un salarié, le jour de son embauche&#xa0;: il fait courir le délai dans lequel il doit se porter candidat.</translation>
    </message>
    <message>
        <source>The day the application was received.</source>
        <translation>Le jour où la candidature a été reçue.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseignée)</translation>
    </message>
    <message>
        <source>The category of associates the applicant would join.</source>
        <translation>La catégorie d’associés que le candidat rejoindrait.</translation>
    </message>
    <message>
        <source>Anything worth keeping about the application, for the secretary.</source>
        <translation>Tout ce qui mérite d’être conservé sur la candidature, pour le secrétariat.</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hired on (employees):</source>
        <translation>Date d&apos;&amp;embauche (salariés)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>Date de &amp;candidature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Type the applicant&apos;s name.</source>
        <translation>Saisissez le nom du candidat.</translation>
    </message>
    <message>
        <source>Saving the application</source>
        <translation>Enregistrement de la candidature</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Hired on</source>
        <translation>Embauche</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Deadline / decided on</source>
        <translation>Échéance / décision</translation>
    </message>
</context>
<context>
    <name>ApplicationsWidget</name>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>People who asked to join, with the date of their application and the decision taken.</source>
        <translation>Les personnes qui ont demandé à adhérer, avec la date de leur candidature et la décision prise.</translation>
    </message>
    <message>
        <source>&amp;Applications to become an associate:</source>
        <translation>&amp;Candidatures pour devenir associé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle candidature…</translation>
    </message>
    <message>
        <source>Record a request to become an associate, before the general meeting decides.</source>
        <translation>Enregistrer une demande d’adhésion, avant que l’assemblée générale ne décide.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the details of the selected application.</source>
        <translation>Modifier les informations de la candidature sélectionnée.</translation>
    </message>
    <message>
        <source>Record the AG &amp;decision…</source>
        <translation>Enregistrer la &amp;décision de l&apos;AG…</translation>
    </message>
    <message>
        <source>Record whether the general meeting accepted or refused the selected application.</source>
        <translation>Enregistrer si l’assemblée générale a accepté ou refusé la candidature sélectionnée.</translation>
    </message>
    <message>
        <source>Loading applications</source>
        <translation>Chargement des candidatures</translation>
    </message>
    <message numerus="yes">
        <source>%n pending application(s), %1 needing attention.</source>
        <translation>
            <numerusform>%n candidature en attente, dont %1 à traiter.</numerusform>
            <numerusform>%n candidatures en attente, dont %1 à traiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveExport</name>
    <message>
        <source>Export the archive</source>
        <extracomment>``export_meeting``&apos;s shape: ``(uow, meeting_id, path, *, org_key, progress, cancelled)``.</extracomment>
        <translation>Exporter l&apos;archive</translation>
    </message>
    <message>
        <source>Archives (*.zip)</source>
        <translation>Archives (*.zip)</translation>
    </message>
</context>
<context>
    <name>ArchiveTab</name>
    <message>
        <source>Loading the archive</source>
        <translation>Chargement de l&apos;archive</translation>
    </message>
    <message>
        <source>The meeting&apos;s archive</source>
        <translation>Archive de séance</translation>
    </message>
    <message>
        <source>The archive is one file that proves itself: it holds every document, vote and signature of the meeting, with their fingerprints signed by the organisation. Anyone can check it, years later and without trusting this computer, with TalaGov or with the standard tools sha256sum and openssl alone.</source>
        <translation>L&apos;archive est un fichier unique qui porte sa propre preuve&#xa0;: elle contient chaque document, chaque vote et chaque signature de la réunion, avec leurs empreintes signées par l&apos;organisation. Chacun peut la vérifier, des années plus tard et sans avoir à faire confiance à cet ordinateur, avec TalaGov ou avec les seuls outils standard sha256sum et openssl.</translation>
    </message>
    <message>
        <source>State of the archive</source>
        <translation>État de l&apos;archive</translation>
    </message>
    <message>
        <source>&amp;Export the archive…</source>
        <translation>E&amp;xporter l&apos;archive…</translation>
    </message>
    <message>
        <source>Outcome of the export</source>
        <translation>Résultat de l&apos;exportation</translation>
    </message>
    <message>
        <source>Write the meeting&apos;s archive to a file, signed with the organisation&apos;s key.</source>
        <translation>Écrire l’archive de l’assemblée dans un fichier, signée avec la clé de l’organisation.</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Dernière exportation</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Fichier de l&apos;archive</translation>
    </message>
    <message>
        <source>Where the last archive was written; select it to copy it.</source>
        <translation>L’emplacement de la dernière archive écrite&#xa0;; sélectionnez-le pour le copier.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fi&amp;chier&#xa0;:</translation>
    </message>
    <message>
        <source>Size of the archive</source>
        <translation>Taille de l&apos;archive</translation>
    </message>
    <message>
        <source>Fingerprint of the organisation key, to compare with the one printed on the convocation and the minutes:</source>
        <translation>Empreinte de la clé de l&apos;organisation, à comparer avec celle imprimée sur la convocation et sur le procès-verbal&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint of the organisation key</source>
        <translation>Empreinte de la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Open the archive in the auditor&apos;s window, read-only, and check every signature, vote and count it holds.</source>
        <translation>Ouvrir l&apos;archive dans la fenêtre du mode auditeur, en lecture seule, et vérifier chaque signature, chaque vote et chaque décompte qu&apos;elle contient.</translation>
    </message>
    <message>
        <source>The archive can be exported once the session is closed: it holds the whole meeting, its votes and its minutes.</source>
        <translation>L&apos;archive pourra être exportée une fois la séance close&#xa0;: elle contient toute la réunion, ses votes et son procès-verbal.</translation>
    </message>
    <message>
        <source>The archive is signed with the organisation key, which does not exist yet: create it in Settings, under “Organisation key”.</source>
        <translation>L&apos;archive est signée avec la clé de l&apos;organisation, qui n&apos;existe pas encore&#xa0;: créez-la dans les Paramètres, sous «&#xa0;Clé de l&apos;organisation&#xa0;».</translation>
    </message>
    <message>
        <source>The minutes are not signed yet: the archive holds them as they stand now. Export it again once they are signed.</source>
        <translation>Le procès-verbal n&apos;est pas encore signé&#xa0;: l&apos;archive le contient dans son état actuel. Exportez-la de nouveau une fois qu&apos;il sera signé.</translation>
    </message>
    <message>
        <source>The meeting is closed and its minutes are signed: its archive is complete.</source>
        <translation>La réunion est close et son procès-verbal est signé&#xa0;: son archive est complète.</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is no longer there: it was moved or deleted, or its disk is not connected.</source>
        <translation>Le fichier n&apos;est plus là&#xa0;: il a été déplacé ou supprimé, ou son disque n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Export cancelled: no archive was written.</source>
        <translation>Exportation annulée&#xa0;: aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>The archive was exported. Keep it with the cooperative&apos;s records, or publish it in the shared folder.</source>
        <translation>L&apos;archive a été exportée. Conservez-la avec les archives de la coopérative, ou publiez-la dans le dossier partagé.</translation>
    </message>
</context>
<context>
    <name>ArchivesPanel</name>
    <message>
        <source>Archives of the closed meetings</source>
        <translation>Archives des réunions closes</translation>
    </message>
    <message>
        <source>Each archive holds the whole record of a meeting (attendance, proxies, ballots, results, signed minutes). TalaGov checks it before showing it, in auditor mode.</source>
        <translation>Chaque archive contient le dossier complet d&apos;une réunion (présences, pouvoirs, bulletins, résultats, procès-verbal signé). TalaGov la vérifie avant de l&apos;afficher, en mode auditeur.</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Enter or double-click opens the archive in auditor mode.</source>
        <translation>Entrée ou un double-clic ouvre l&apos;archive en mode auditeur.</translation>
    </message>
    <message>
        <source>No archive has been published yet.</source>
        <translation>Aucune archive n&apos;a encore été publiée.</translation>
    </message>
    <message>
        <source>&amp;Open in auditor mode</source>
        <translation>&amp;Ouvrir en mode auditeur</translation>
    </message>
    <message>
        <source>Open in auditor mode</source>
        <translation>Ouvrir en mode auditeur</translation>
    </message>
    <message>
        <source>Verify the archive and show what it holds, read-only.</source>
        <translation>Vérifier l&apos;archive et montrer ce qu&apos;elle contient, en lecture seule.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Réunion n°&#xa0;%1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>AttachDocumentDialog</name>
    <message>
        <source>Whole meeting</source>
        <translation>Toute la réunion</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Point %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Attach from the library</source>
        <translation>Joindre depuis la bibliothèque</translation>
    </message>
    <message>
        <source>The library&apos;s documents; choose the one to attach.</source>
        <translation>Les documents de la bibliothèque&#xa0;; choisissez celui à joindre.</translation>
    </message>
    <message>
        <source>The agenda item the document goes with, or the whole meeting.</source>
        <translation>Le point de l’ordre du jour auquel le document se rapporte, ou la réunion entière.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>Attach &amp;to:</source>
        <translation>&amp;Rattacher à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>Attach the chosen document to the meeting; it is sent with the convocation.</source>
        <translation>Joindre le document choisi à la réunion&#xa0;; il est envoyé avec la convocation.</translation>
    </message>
    <message>
        <source>Loading the library</source>
        <translation>Chargement de la bibliothèque</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — version %2</source>
        <translation>%1 — version %2</translation>
    </message>
    <message>
        <source>Choose a document (add files to the library first).</source>
        <translation>Choisissez un document (ajoutez d&apos;abord des fichiers à la bibliothèque).</translation>
    </message>
    <message>
        <source>Attaching the document</source>
        <translation>Rattachement du document</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Sociétaire</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Sociétaire %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>Proxies held</source>
        <translation>Pouvoirs détenus</translation>
    </message>
    <message>
        <source>Postal vote</source>
        <translation>Vote par correspondance</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Oui, à %1</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Quorum records</source>
        <translation>Quorums constatés</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <source>Who was present, represented or voting by post, as the archive records it.</source>
        <translation>Qui était présent, représenté ou votant par correspondance, selon l’archive.</translation>
    </message>
    <message>
        <source>The quorum recorded at the opening and at each agenda item.</source>
        <translation>Le quorum enregistré à l’ouverture et à chaque point de l’ordre du jour.</translation>
    </message>
    <message>
        <source>The proxies given for the meeting and who held them.</source>
        <translation>Les pouvoirs donnés pour l’assemblée et qui les détenait.</translation>
    </message>
    <message>
        <source>Quorum as recorded</source>
        <translation>Quorum tel que constaté</translation>
    </message>
    <message>
        <source>%1 lines on the sheet, %2 signed.</source>
        <translation>%1 ligne(s) sur la feuille, dont %2 signée(s).</translation>
    </message>
</context>
<context>
    <name>AttendanceWidget</name>
    <message>
        <source>Name, number, college, status…</source>
        <translation>Nom, numéro, collège, état…</translation>
    </message>
    <message>
        <source>Search the attendance sheet</source>
        <translation>Rechercher dans la feuille de présence</translation>
    </message>
    <message>
        <source>Type part of a name, number, college or status to show only the matching lines.</source>
        <translation>Tapez une partie d’un nom, d’un numéro, d’un collège ou d’un statut pour n’afficher que les lignes correspondantes.</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>One line per member; select a line, then mark their presence with the buttons or their shortcuts.</source>
        <translation>Une ligne par associé&#xa0;; sélectionnez une ligne, puis indiquez sa présence avec les boutons ou leurs raccourcis.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Mark the member present</source>
        <translation>Marquer le sociétaire présent</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Mark the member connected remotely</source>
        <translation>Marquer le sociétaire connecté à distance</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Mark the member excused</source>
        <translation>Marquer le sociétaire excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Mark the member absent</source>
        <translation>Marquer le sociétaire absent</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Record the member&apos;s arrival now</source>
        <translation>Enregistrer maintenant l&apos;arrivée du sociétaire</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Record the member&apos;s departure now (no longer counted for the quorum)</source>
        <translation>Enregistrer maintenant le départ du sociétaire (il ne compte plus pour le quorum)</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Let the member sign the sheet</source>
        <translation>Faire signer la feuille au sociétaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) shown of %1</source>
        <translation>
            <numerusform>%Ln sociétaire affiché sur %1</numerusform>
            <numerusform>%Ln sociétaires affichés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording attendance</source>
        <translation>Enregistrement de la présence</translation>
    </message>
</context>
<context>
    <name>AuditorLabels</name>
    <message>
        <source>Holds</source>
        <extracomment>Text colours (semantic roles of the theme, read in the theme in use), 4.5:1 or more.</extracomment>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AuditorWindow</name>
    <message>
        <source>Auditor mode — read-only. This window checks an archive and shows what it holds; it writes nothing to any database.</source>
        <extracomment>``open(path, progress, cancelled) -&gt; Opened``: how the window reads a bundle (tests inject one; the default verifies it with :mod:`talagov.verifier`). The fingerprint (hex) of the organisation the archive must be of, when known (a member&apos;s window opening their cooperative&apos;s archive): an archive of any other organisation is refused loudly, however well it verifies on its own.</extracomment>
        <translation>Mode auditeur — lecture seule. Cette fenêtre vérifie une archive et montre ce qu&apos;elle contient&#xa0;; elle n&apos;écrit rien dans aucune base de données.</translation>
    </message>
    <message>
        <source>Auditor mode — read-only</source>
        <translation>Mode auditeur — lecture seule</translation>
    </message>
    <message>
        <source>Verifying the archive…</source>
        <translation>Vérification de l&apos;archive…</translation>
    </message>
    <message>
        <source>Progress of the verification</source>
        <translation>Avancement de la vérification</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the verification; nothing is shown of the archive.</source>
        <translation>Arrêter la vérification&#xa0;; rien n’est montré de l’archive.</translation>
    </message>
    <message>
        <source>The archive could not be read</source>
        <translation>L&apos;archive n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Open an archive (File › Open archive…) to verify it.</source>
        <translation>Ouvrez une archive (Fichier › Ouvrir une archive…) pour la vérifier.</translation>
    </message>
    <message>
        <source>&amp;Export the verification report as PDF…</source>
        <translation>&amp;Exporter le rapport de vérification en PDF…</translation>
    </message>
    <message>
        <source>Save every check and its outcome as a PDF, to keep or to send.</source>
        <translation>Enregistrer en PDF chaque vérification et son résultat, pour le garder ou l’envoyer.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Liste des &amp;contrôles</translation>
    </message>
    <message>
        <source>Every check made on the archive, passed or failed.</source>
        <translation>Chaque vérification faite sur l’archive, réussie ou échouée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Called with an extracted file; opens it with the system viewer (tests replace it).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Ouvrir une archive…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Open an archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>TalaGov archives (*.zip);;All files (*)</source>
        <translation>Archives TalaGov (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Refused: this archive is NOT your cooperative&apos;s. It was signed by another organisation (fingerprint %1; yours is %2), whatever name it bears. Nothing of it is shown: do not trust it, and tell the secretary.</source>
        <translation>Refusée&#xa0;: cette archive n&apos;est PAS celle de votre coopérative. Elle a été signée par une autre organisation (empreinte %1&#xa0;; celle de la vôtre&#xa0;: %2), quel que soit le nom qu&apos;elle porte. Rien n&apos;en est affiché&#xa0;: ne vous y fiez pas, et prévenez le secrétariat.</translation>
    </message>
    <message>
        <source>Nothing was shown: the archive is another organisation&apos;s.</source>
        <translation>Rien n&apos;a été affiché&#xa0;: l&apos;archive est celle d&apos;une autre organisation.</translation>
    </message>
    <message>
        <source>The verification was cancelled. Open the archive again to verify it.</source>
        <translation>La vérification a été annulée. Ouvrez de nouveau l&apos;archive pour la vérifier.</translation>
    </message>
    <message>
        <source>The verification stopped on an unexpected error.</source>
        <translation>La vérification s&apos;est arrêtée sur une erreur inattendue.</translation>
    </message>
    <message>
        <source>This file is not an archive TalaGov can read: %1</source>
        <translation>Ce fichier n&apos;est pas une archive que TalaGov peut lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was verified.</source>
        <translation>Rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Export the verification report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
    <message>
        <source>verification-%1.pdf</source>
        <translation>rapport-de-verification-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Auditor mode — %1 — TalaGov</source>
        <translation>Mode auditeur — %1 — TalaGov</translation>
    </message>
    <message>
        <source>Auditor mode — TalaGov</source>
        <translation>Mode auditeur — TalaGov</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archive&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <source>Channel</source>
        <translation>Mode de vote</translation>
    </message>
    <message>
        <source>Voter</source>
        <translation>Votant</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>Au nom de</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>N° d&apos;ordre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>BallotsWidget</name>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>All ballots</source>
        <translation>Tous les bulletins</translation>
    </message>
    <message>
        <source>Show ballots</source>
        <translation>Bulletins à afficher</translation>
    </message>
    <message>
        <source>Show every ballot, or only those with one verdict.</source>
        <translation>Afficher tous les bulletins, ou seulement ceux d’un verdict donné.</translation>
    </message>
    <message>
        <source>The ballots of the poll, each with its signature check and verdict.</source>
        <translation>Les bulletins du scrutin, chacun avec la vérification de sa signature et son verdict.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Secret ballot: the choices are not shown.</source>
        <translation>Vote secret&#xa0;: les choix ne sont pas affichés.</translation>
    </message>
    <message>
        <source>%1 of %2 ballot(s) shown</source>
        <translation>%1 bulletin(s) affiché(s) sur %2</translation>
    </message>
    <message>
        <source>%1 ballot(s)</source>
        <translation>%1 bulletin(s)</translation>
    </message>
</context>
<context>
    <name>BeforeMinutesPage</name>
    <message>
        <source>&amp;Draft the minutes</source>
        <translation>Ré&amp;diger le procès-verbal</translation>
    </message>
    <message>
        <source>Draft the minutes</source>
        <translation>Rédiger le procès-verbal</translation>
    </message>
    <message>
        <source>Draft the minutes now from what was recorded during the meeting.</source>
        <translation>Rédiger maintenant le procès-verbal à partir de ce qui a été enregistré pendant la séance.</translation>
    </message>
    <message>
        <source>This meeting was closed before TalaGov drafted minutes. They can be drafted now from what was recorded.</source>
        <translation>Cette réunion a été close avant que TalaGov ne rédige son procès-verbal. Il peut être rédigé maintenant d&apos;après les données enregistrées.</translation>
    </message>
    <message>
        <source>The minutes are drafted from the record when the meeting is closed (Session tab). They can then be completed, signed and entered in the register.</source>
        <translation>Le procès-verbal est rédigé d&apos;après les données enregistrées à la clôture de la séance (onglet Séance). Il peut ensuite être complété, signé et inscrit au registre.</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>New body</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <source>What sort of body it is: board, supervisory board, management…</source>
        <translation>Le type d’instance&#xa0;: conseil d’administration, conseil de surveillance, gérance…</translation>
    </message>
    <message>
        <source>e.g. Conseil d&apos;administration</source>
        <translation>par ex. Conseil d&apos;administration</translation>
    </message>
    <message>
        <source>The body&apos;s name as in the statutes, printed on its minutes.</source>
        <translation>Le nom de l’instance comme dans les statuts, imprimé sur ses procès-verbaux.</translation>
    </message>
    <message>
        <source>Not fixed</source>
        <translation>Non fixé</translation>
    </message>
    <message>
        <source>How many members the statutes give it; 0 when they fix no number.</source>
        <translation>Le nombre de membres que lui donnent les statuts&#xa0;; 0 s’ils n’en fixent pas.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seats:</source>
        <translation>&amp;Sièges&#xa0;:</translation>
    </message>
    <message>
        <source>Give the body a name.</source>
        <translation>Donnez un nom à l&apos;instance.</translation>
    </message>
    <message>
        <source>Creating the body</source>
        <translation>Création de l&apos;instance</translation>
    </message>
</context>
<context>
    <name>Booth</name>
    <message>
        <source>Open the voting booth</source>
        <extracomment>(organisation key, meeting title, organisation name, readable fingerprint)</extracomment>
        <translation>Ouvrir l&apos;isoloir</translation>
    </message>
    <message>
        <source>The booth takes the whole screen; members vote one after the other. Type the passphrase of the organisation&apos;s key: it certifies the keys created in the booth, and it will be needed to close the booth.</source>
        <translation>L&apos;isoloir occupe tout l&apos;écran&#xa0;; les sociétaires votent l&apos;un après l&apos;autre. Tapez la phrase secrète de la clé de l&apos;organisation&#xa0;: elle certifie les clés créées dans l&apos;isoloir, et il faudra la taper pour fermer l&apos;isoloir.</translation>
    </message>
    <message>
        <source>&amp;Open the booth</source>
        <translation>&amp;Ouvrir l&apos;isoloir</translation>
    </message>
    <message>
        <source>Opening the booth</source>
        <translation>Ouverture de l&apos;isoloir</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Blank vote</source>
        <translation>Vote blanc</translation>
    </message>
    <message>
        <source>Vote for the resolution: you approve it.</source>
        <translation>Voter pour la résolution&#xa0;: vous l’approuvez.</translation>
    </message>
    <message>
        <source>Vote against the resolution: you reject it.</source>
        <translation>Voter contre la résolution&#xa0;: vous la rejetez.</translation>
    </message>
    <message>
        <source>Abstain: you take part in the vote without approving or rejecting the resolution.</source>
        <translation>Abstention&#xa0;: vous prenez part au vote sans approuver ni rejeter la résolution.</translation>
    </message>
    <message>
        <source>Blank vote: you choose none of the candidates.</source>
        <translation>Vote blanc&#xa0;: vous ne choisissez aucun des candidats.</translation>
    </message>
    <message>
        <source>Vote for %1.</source>
        <translation>Voter pour %1.</translation>
    </message>
    <message>
        <source>No choice yet</source>
        <translation>Pas encore de choix</translation>
    </message>
    <message>
        <source>Election %1: %2 (seats: %3)</source>
        <translation>Élection %1&#xa0;: %2 (sièges&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Resolution %1: %2</source>
        <translation>Résolution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You vote for yourself</source>
        <translation>Vous votez pour vous-même</translation>
    </message>
    <message>
        <source>You vote on behalf of %1 (proxy)</source>
        <translation>Vous votez au nom de %1 (pouvoir)</translation>
    </message>
    <message>
        <source>For yourself</source>
        <translation>Pour vous-même</translation>
    </message>
    <message>
        <source>On behalf of %1 (proxy)</source>
        <translation>Au nom de %1 (pouvoir)</translation>
    </message>
    <message>
        <source>Secret ballot: the results show only totals and no screen or document shows who chose what. Your ballot is still signed, and the secretary&apos;s database can link it to you.</source>
        <translation>Vote à bulletin secret&#xa0;: les résultats ne montrent que des totaux et aucun écran ni document ne montre qui a choisi quoi. Votre bulletin reste signé, et la base de données du secrétariat peut le relier à vous.</translation>
    </message>
</context>
<context>
    <name>BoothFlow</name>
    <message>
        <source>Loading the voters</source>
        <translation>Chargement des votants</translation>
    </message>
    <message>
        <source>Looking for the voter&apos;s key</source>
        <translation>Recherche de la clé du votant</translation>
    </message>
    <message>
        <source>Unlocking the key</source>
        <translation>Déverrouillage de la clé</translation>
    </message>
    <message>
        <source>No poll is open for you at the moment. Press Escape to go back to the list of names.</source>
        <translation>Aucun scrutin n&apos;est ouvert pour vous en ce moment. Appuyez sur Échap pour revenir à la liste des noms.</translation>
    </message>
    <message>
        <source>Creating the key</source>
        <translation>Création de la clé</translation>
    </message>
    <message>
        <source>Signing the ballots</source>
        <translation>Signature des bulletins</translation>
    </message>
    <message>
        <source>Poll %1: %2</source>
        <translation>Scrutin %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not reproduced (secret ballot)</source>
        <translation>non reproduit (vote secret)</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>Reçu enregistré sous %1.</translation>
    </message>
    <message>
        <source>Saving the receipt</source>
        <translation>Enregistrement du reçu</translation>
    </message>
</context>
<context>
    <name>BoothWindow</name>
    <message>
        <source>Voting booth — %1</source>
        <translation>Isoloir — %1</translation>
    </message>
    <message>
        <source>Voting booth</source>
        <translation>Isoloir</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <source>Close the booth…</source>
        <translation>Fermer l&apos;isoloir…</translation>
    </message>
    <message>
        <source>For the secretary: close the booth (asks the secretary&apos;s passphrase).</source>
        <translation>Pour le secrétariat&#xa0;: fermer l&apos;isoloir (demande la phrase secrète du secrétariat).</translation>
    </message>
    <message>
        <source>Checking the passphrase</source>
        <translation>Vérification de la phrase secrète</translation>
    </message>
    <message>
        <source>This is not the secretary&apos;s passphrase. The booth stays open.</source>
        <translation>Ce n&apos;est pas la phrase secrète du secrétariat. L&apos;isoloir reste ouvert.</translation>
    </message>
</context>
<context>
    <name>BrowseTabs</name>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>The members and their shares at the record date of the meeting.</source>
        <translation>Les associés et leurs parts à la date de référence de l’assemblée.</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>The attendance sheet, the quorums recorded and the proxies.</source>
        <translation>La feuille de présence, les quorums enregistrés et les pouvoirs.</translation>
    </message>
    <message>
        <source>&amp;Polls</source>
        <translation>Scru&amp;tins</translation>
    </message>
    <message>
        <source>Each poll with its recorded result and the ballots received.</source>
        <translation>Chaque scrutin avec son résultat enregistré et les bulletins reçus.</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>Procès-&amp;verbal</translation>
    </message>
    <message>
        <source>The minutes and their errata as the archive holds them.</source>
        <translation>Le procès-verbal et ses errata tels que l’archive les contient.</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>Every file of the archive, with its fingerprint.</source>
        <translation>Chaque fichier de l’archive, avec son empreinte.</translation>
    </message>
    <message>
        <source>%1 does not match the archive&apos;s signed list: it is not opened (see the checklist).</source>
        <translation>%1 ne correspond pas à la liste signée de l&apos;archive&#xa0;: ce fichier n&apos;est pas ouvert (voir la liste des contrôles).</translation>
    </message>
    <message>
        <source>The file could not be copied to a temporary folder: %1</source>
        <translation>Le fichier n&apos;a pas pu être copié dans un dossier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a file of the archive</source>
        <translation>Ouvrir un fichier de l&apos;archive</translation>
    </message>
</context>
<context>
    <name>BureauDialog</name>
    <message>
        <source>Bureau of the meeting</source>
        <translation>Bureau de séance</translation>
    </message>
    <message>
        <source>The member present who chairs the meeting; type part of a name or number.</source>
        <translation>Le sociétaire présent qui préside la séance&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>Name of the secretary of the meeting</source>
        <translation>Nom du secrétaire de séance</translation>
    </message>
    <message>
        <source>The person who takes the minutes; they need not be a member.</source>
        <translation>La personne qui rédige le procès-verbal ; elle n’a pas besoin d’être sociétaire.</translation>
    </message>
    <message>
        <source>A member present who checks the attendance sheet and the counts of votes.</source>
        <translation>Un sociétaire présent qui contrôle la feuille de présence et le décompte des voix.</translation>
    </message>
    <message>
        <source>The chair and the scrutineers are chosen among the members present or connected.</source>
        <translation>Le président de séance et les scrutateurs sont choisis parmi les sociétaires présents ou connectés à distance.</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Président de séance&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ecretary:</source>
        <translation>&amp;Secrétaire de séance&#xa0;:</translation>
    </message>
    <message>
        <source>Scrutineer &amp;1:</source>
        <translation>Scrutateur &amp;1&#xa0;:</translation>
    </message>
    <message>
        <source>Scrutineer &amp;2:</source>
        <translation>Scrutateur &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save bureau</source>
        <translation>&amp;Enregistrer le bureau</translation>
    </message>
    <message>
        <source>Record the chair, secretary and scrutineers of this meeting.</source>
        <translation>Enregistrer le président, le secrétaire et les scrutateurs de cette séance.</translation>
    </message>
    <message>
        <source>Choose each member of the bureau among the attendees (or leave the field empty).</source>
        <translation>Choisissez chaque membre du bureau parmi les participants (ou laissez le champ vide).</translation>
    </message>
    <message>
        <source>Choose two different scrutineers.</source>
        <translation>Choisissez deux scrutateurs différents.</translation>
    </message>
    <message>
        <source>Saving the bureau</source>
        <translation>Enregistrement du bureau</translation>
    </message>
</context>
<context>
    <name>BureauWidget</name>
    <message>
        <source>Choose the &amp;bureau…</source>
        <translation>Dési&amp;gner le bureau…</translation>
    </message>
    <message>
        <source>Open the sess&amp;ion…</source>
        <translation>Ouvr&amp;ir la séance…</translation>
    </message>
    <message>
        <source>&amp;Close the session…</source>
        <translation>&amp;Clore la séance…</translation>
    </message>
    <message>
        <source>Record &amp;quorum for item…</source>
        <translation>Constater le &amp;quorum pour un point…</translation>
    </message>
    <message>
        <source>Save the a&amp;ttendance sheet (PDF)…</source>
        <translation>E&amp;xporter la feuille de présence (PDF)…</translation>
    </message>
    <message>
        <source>Recorded quorums</source>
        <translation>Quorums constatés</translation>
    </message>
    <message>
        <source>Choose the chair, the secretary and the scrutineers of the meeting.</source>
        <translation>Choisir le président, le secrétaire et les scrutateurs de la séance.</translation>
    </message>
    <message>
        <source>Open the meeting now: the quorum at the opening is recorded.</source>
        <translation>Ouvrir la séance maintenant&#xa0;: le quorum à l’ouverture est enregistré.</translation>
    </message>
    <message>
        <source>Close the meeting now: attendance, proxies and postal votes become final.</source>
        <translation>Clore la séance maintenant&#xa0;: présences, pouvoirs et votes par correspondance deviennent définitifs.</translation>
    </message>
    <message>
        <source>Record the quorum when an agenda item is taken up.</source>
        <translation>Enregistrer le quorum au moment où un point de l’ordre du jour est abordé.</translation>
    </message>
    <message>
        <source>Save the attendance sheet, with its signatures, as a PDF.</source>
        <translation>Enregistrer la feuille de présence, avec ses signatures, en PDF.</translation>
    </message>
    <message>
        <source>The quorum recorded at the opening and at each agenda item.</source>
        <translation>Le quorum enregistré à l’ouverture et à chaque point de l’ordre du jour.</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Séance&#xa0;:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Président de séance&#xa0;:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Secrétaire de séance&#xa0;:</translation>
    </message>
    <message>
        <source>Scrutineers:</source>
        <translation>Scrutateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Quorums recorded:</source>
        <translation>Quorums constatés&#xa0;:</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>pas encore désigné</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 le %2 à %3</translation>
    </message>
    <message>
        <source>Open the session</source>
        <translation>Ouvrir la séance</translation>
    </message>
    <message>
        <source>Open the session now? The quorum at the opening is recorded, and postal votes received from now on will not be counted.</source>
        <translation>Ouvrir la séance maintenant&#xa0;? Le quorum à l&apos;ouverture est enregistré, et les votes par correspondance reçus désormais ne seront pas pris en compte.</translation>
    </message>
    <message>
        <source>Opening the session</source>
        <translation>Ouverture de la séance</translation>
    </message>
    <message>
        <source>Close the session</source>
        <translation>Clore la séance</translation>
    </message>
    <message>
        <source>Close the session now? The attendance sheet, proxies and postal votes can no longer change.</source>
        <translation>Clore la séance maintenant&#xa0;? La feuille de présence, les pouvoirs et les votes par correspondance ne pourront plus être modifiés.</translation>
    </message>
    <message>
        <source>Closing the session</source>
        <translation>Clôture de la séance</translation>
    </message>
    <message>
        <source>attendance-sheet.pdf</source>
        <translation>feuille-de-presence.pdf</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Enregistrer la feuille de présence</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the attendance sheet</source>
        <translation>Impression de la feuille de présence</translation>
    </message>
</context>
<context>
    <name>CapitalSummaryWidget</name>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Capital on date</source>
        <translation>Capital à la date</translation>
    </message>
    <message>
        <source>Show the capital as it stood at the end of this day.</source>
        <translation>Afficher le capital tel qu’il était à la fin de ce jour.</translation>
    </message>
    <message>
        <source>On &amp;date:</source>
        <translation>À la &amp;date&#xa0;:</translation>
    </message>
    <message>
        <source>Capital:</source>
        <translation>Capital&#xa0;:</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Parts&#xa0;:</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Holders:</source>
        <translation>Détenteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Détenteurs</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Shares and amount held by each category of members on that date.</source>
        <translation>Parts et montant détenus par chaque catégorie de sociétaires à cette date.</translation>
    </message>
    <message>
        <source>By college</source>
        <translation>Par collège</translation>
    </message>
    <message>
        <source>Shares and amount held by the members of each voting college on that date.</source>
        <translation>Parts et montant détenus par les sociétaires de chaque collège de vote à cette date.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>CategoriesEditor</name>
    <message>
        <source>Categories group the associates (SCIC: at least three, including employees or producers and beneficiaries). The role tells the compliance checks what a category means.</source>
        <translation>Les catégories regroupent les associés (SCIC&#xa0;: au moins trois, dont les salariés ou producteurs et les bénéficiaires). Le rôle indique aux contrôles de conformité ce que signifie chaque catégorie.</translation>
    </message>
    <message>
        <source>&amp;Add a category</source>
        <translation>&amp;Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Add an empty row for another category of associates.</source>
        <translation>Ajouter une ligne vide pour une autre catégorie d’associés.</translation>
    </message>
    <message>
        <source>&amp;Save the categories</source>
        <translation>&amp;Enregistrer les catégories</translation>
    </message>
    <message>
        <source>Save the categories</source>
        <translation>Enregistrer les catégories</translation>
    </message>
    <message>
        <source>Save every row; a category still used by a member cannot be removed.</source>
        <translation>Enregistrer toutes les lignes&#xa0;; une catégorie encore utilisée par un sociétaire ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A short code without spaces, used in imports and files, e.g. salaries.</source>
        <translation>Un code court sans espace, utilisé dans les imports et les fichiers, par exemple salaries.</translation>
    </message>
    <message>
        <source>The category&apos;s name as shown in the register.</source>
        <translation>Le nom de la catégorie tel qu’affiché dans le registre.</translation>
    </message>
    <message>
        <source>What the category means for the compliance checks (employees, beneficiaries…).</source>
        <translation>Ce que la catégorie signifie pour les contrôles de conformité (salariés, bénéficiaires…).</translation>
    </message>
    <message>
        <source>Delete this category; saving fails while a member still belongs to it.</source>
        <translation>Supprimer cette catégorie&#xa0;; l’enregistrement échoue tant qu’un sociétaire y appartient.</translation>
    </message>
    <message>
        <source>%1, category %2</source>
        <translation>%1, catégorie %2</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <source>Fingerprint of the organisation&apos;s key</source>
        <extracomment>An area that holds is shown open when it has at most this many lines.</extracomment>
        <translation>Empreinte de la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>Compare these 16 groups with the ones printed on the convocation and on the minutes: if they differ, the archive was not signed by the organisation&apos;s key you know.</source>
        <translation>Comparez ces 16 groupes avec ceux imprimés sur la convocation et sur le procès-verbal&#xa0;: s&apos;ils diffèrent, l&apos;archive n&apos;a pas été signée par la clé de l&apos;organisation que vous connaissez.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Checks of the verification</source>
        <translation>Contrôles de la vérification</translation>
    </message>
    <message>
        <source>One line per check: what was checked, where in the archive, and whether it passed.</source>
        <translation>Une ligne par vérification&#xa0;: ce qui a été vérifié, où dans l’archive, et le résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) failed: this archive does not prove what it says.</source>
        <translation>
            <numerusform>%1 contrôle sur %n a échoué&#xa0;: cette archive ne prouve pas ce qu&apos;elle affirme.</numerusform>
            <numerusform>Contrôles en échec&#xa0;: %1 sur %n&#xa0;; cette archive ne prouve pas ce qu&apos;elle affirme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every check holds (%n check(s)).</source>
        <translation>
            <numerusform>Tout est vérifié (%n contrôle).</numerusform>
            <numerusform>Tout est vérifié (%n contrôles).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read.</source>
        <translation>
            <numerusform>%n avertissement à lire.</numerusform>
            <numerusform>%n avertissements à lire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 of %n failed</source>
        <translation>
            <numerusform>%1 — %2 sur %n en échec</numerusform>
            <numerusform>%1 — %2 sur %n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n check(s)</source>
        <translation>
            <numerusform>%1 — %n contrôle</numerusform>
            <numerusform>%1 — %n contrôles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChoiceCountModel</name>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
</context>
<context>
    <name>CollegesEditor</name>
    <message>
        <source>No voting college: every associate votes in one general meeting.</source>
        <translation>Aucun collège de vote&#xa0;: tous les associés votent dans une même assemblée.</translation>
    </message>
    <message>
        <source>Add a &amp;college</source>
        <translation>Ajouter un &amp;collège</translation>
    </message>
    <message>
        <source>Add a college</source>
        <translation>Ajouter un collège</translation>
    </message>
    <message>
        <source>Add an empty row for another voting college.</source>
        <translation>Ajouter une ligne vide pour un autre collège de vote.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Share of votes</source>
        <translation>Part des voix</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A short code without spaces, used in imports and files, e.g. salaries.</source>
        <translation>Un code court sans espace, utilisé dans les imports et les fichiers, par exemple salaries.</translation>
    </message>
    <message>
        <source>The college&apos;s name as printed on the minutes.</source>
        <translation>Le nom du collège tel qu’imprimé sur les procès-verbaux.</translation>
    </message>
    <message>
        <source>The weight of the college in every vote; the share of votes is worked out from the total.</source>
        <translation>Le poids du collège dans chaque vote&#xa0;; la part des voix est calculée à partir du total.</translation>
    </message>
    <message>
        <source>Delete this college from the statutes being edited.</source>
        <translation>Supprimer ce collège des statuts en cours de modification.</translation>
    </message>
    <message>
        <source>%1, college %2</source>
        <translation>%1, collège %2</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Poids total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Cast your vote</source>
        <translation>Votez</translation>
    </message>
    <message>
        <source>Until a poll closes you may come back and vote again: only your last ballot counts.</source>
        <translation>Tant qu&apos;un scrutin n&apos;est pas clos, vous pouvez revenir voter à nouveau&#xa0;: seul votre dernier bulletin compte.</translation>
    </message>
    <message>
        <source>&amp;Sign and cast my vote</source>
        <translation>&amp;Signer et déposer mon vote</translation>
    </message>
    <message>
        <source>Sign every ballot with your key and record it (Enter). Escape: back to the review.</source>
        <translation>Signer chaque bulletin avec votre clé et l&apos;enregistrer (Entrée). Échap&#xa0;: retour à la vérification.</translation>
    </message>
    <message numerus="yes">
        <source>Your key will sign %n ballot(s), recorded all together.</source>
        <translation>
            <numerusform>Votre clé va signer %n bulletin, enregistré en une seule fois.</numerusform>
            <numerusform>Votre clé va signer %n bulletins, enregistrés en une seule fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was recorded. %1</source>
        <translation>Rien n&apos;a été enregistré. %1</translation>
    </message>
</context>
<context>
    <name>ConvocationFiles</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <extracomment>The sending date shown: it decides who is convened by post (no e-mail consent).</extracomment>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the postal letters</source>
        <translation>Enregistrer les courriers postaux</translation>
    </message>
    <message>
        <source>Printing the postal letters</source>
        <translation>Impression des courriers postaux</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the address labels</source>
        <translation>Enregistrer les étiquettes d&apos;adresse</translation>
    </message>
    <message>
        <source>Printing the labels</source>
        <translation>Impression des étiquettes</translation>
    </message>
    <message>
        <source>Save the convocation of this member</source>
        <translation>Enregistrer la convocation de ce sociétaire</translation>
    </message>
    <message>
        <source>Printing the convocation</source>
        <translation>Impression de la convocation</translation>
    </message>
    <message>
        <source>Folder for the .eml messages</source>
        <translation>Dossier des messages .eml</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) saved in %1</source>
        <translation>
            <numerusform>%n message enregistré dans %1</numerusform>
            <numerusform>%n messages enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the .eml messages</source>
        <translation>Écriture des messages .eml</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l&apos;invitation</translation>
    </message>
    <message>
        <source>iCalendar invitations (*.ics)</source>
        <translation>Invitations iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Writing the invitation</source>
        <translation>Écriture de l&apos;invitation</translation>
    </message>
</context>
<context>
    <name>ConvocationLabels</name>
    <message>
        <source>E-mail (consent recorded)</source>
        <translation>Courriel (accord enregistré)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Remise en main propre</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (connexion non chiffrée)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (SSL)</source>
        <translation>TLS (SSL)</translation>
    </message>
</context>
<context>
    <name>ConvocationMailer</name>
    <message>
        <source>Reading the mail settings</source>
        <translation>Lecture des paramètres de courriel</translation>
    </message>
    <message>
        <source>Send e-mails</source>
        <translation>Envoyer les courriels</translation>
    </message>
    <message>
        <source>The mail server is not set up yet. Enter it in Settings, E-mail tab.</source>
        <translation>Le serveur de courrier n&apos;est pas encore configuré. Renseignez-le dans les Paramètres, onglet Courriel.</translation>
    </message>
    <message numerus="yes">
        <source>The convocation will be sent by e-mail to %n member(s).</source>
        <translation>
            <numerusform>La convocation sera envoyée par courriel à %n sociétaire.</numerusform>
            <numerusform>La convocation sera envoyée par courriel à %n sociétaires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the convocations by e-mail</source>
        <translation>Envoi des convocations par courriel</translation>
    </message>
</context>
<context>
    <name>ConvocationTab</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>The members convened and how each one receives the notice; right-click for documents.</source>
        <translation>Les associés convoqués et la façon dont chacun reçoit la convocation&#xa0;; clic droit pour les documents.</translation>
    </message>
    <message>
        <source>Sending log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Every sending with its date and result, kept as proof of the convocation.</source>
        <translation>Chaque envoi avec sa date et son résultat, conservé comme preuve de la convocation.</translation>
    </message>
    <message>
        <source>Send &amp;e-mails…</source>
        <translation>Envoyer les c&amp;ourriels…</translation>
    </message>
    <message>
        <source>Re&amp;try failed…</source>
        <translation>Renvoyer les éc&amp;hecs…</translation>
    </message>
    <message>
        <source>&amp;Record a posting…</source>
        <translation>Enre&amp;gistrer un envoi…</translation>
    </message>
    <message>
        <source>Save &amp;documents</source>
        <translation>Enregistrer les documen&amp;ts</translation>
    </message>
    <message>
        <source>Save documents</source>
        <translation>Enregistrer les documents</translation>
    </message>
    <message>
        <source>Send the notice to every member convened by e-mail who has not received it yet.</source>
        <translation>Envoyer la convocation à chaque associé convoqué par courriel qui ne l’a pas encore reçue.</translation>
    </message>
    <message>
        <source>Send again the e-mails whose last attempt failed.</source>
        <translation>Renvoyer les courriels dont la dernière tentative a échoué.</translation>
    </message>
    <message>
        <source>Record a letter posted, registered or handed to the selected member.</source>
        <translation>Enregistrer une lettre postée, recommandée ou remise en main propre à l’associé sélectionné.</translation>
    </message>
    <message>
        <source>Save letters, labels, e-mails or a calendar invitation as files.</source>
        <translation>Enregistrer des lettres, des étiquettes, des courriels ou une invitation d’agenda dans des fichiers.</translation>
    </message>
    <message>
        <source>Postal letters with address labels (PDF)…</source>
        <translation>Courriers postaux avec étiquettes d&apos;adresse (PDF)…</translation>
    </message>
    <message>
        <source>Address labels only (PDF)…</source>
        <translation>Étiquettes d&apos;adresse seules (PDF)…</translation>
    </message>
    <message>
        <source>Convocation of this member (PDF)…</source>
        <translation>Convocation de ce sociétaire (PDF)…</translation>
    </message>
    <message>
        <source>E-mails to send from your own mail client (.eml)…</source>
        <translation>Courriels à envoyer depuis votre propre messagerie (.eml)…</translation>
    </message>
    <message>
        <source>Invitation for calendars (.ics)…</source>
        <translation>Invitation pour les agendas (.ics)…</translation>
    </message>
    <message>
        <source>Loading the convocation</source>
        <translation>Chargement de la convocation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) convened: %1 by e-mail (consent recorded), %2 by post.</source>
        <translation>
            <numerusform>%Ln sociétaire convoqué&#xa0;: %1 par courriel (consentement enregistré), %2 par courrier.</numerusform>
            <numerusform>%Ln sociétaires convoqués&#xa0;: %1 par courriel (consentement enregistré), %2 par courrier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sending(s) logged, %1 FAILED.</source>
        <translation>
            <numerusform>%n envoi enregistré, %1 en ÉCHEC.</numerusform>
            <numerusform>%n envois enregistrés, %1 en ÉCHEC.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting is convened. Send the convocations now.</source>
        <translation>La réunion est convoquée. Envoyez maintenant les convocations.</translation>
    </message>
    <message>
        <source>Every member convened by e-mail has received it.</source>
        <translation>Chaque sociétaire convoqué par courriel a reçu sa convocation.</translation>
    </message>
</context>
<context>
    <name>CooperativeView</name>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>The folder this computer shares with your cooperative.</source>
        <translation>Le dossier que cet ordinateur partage avec votre coopérative.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the shared folder again now (F5).</source>
        <translation>Relire le dossier partagé maintenant (F5).</translation>
    </message>
    <message>
        <source>The shared folder could not be read</source>
        <translation>Le dossier partagé n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>Your cooperative</source>
        <translation>Votre coopérative</translation>
    </message>
    <message>
        <source>My &amp;key</source>
        <translation>Ma &amp;clé</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>&amp;Archives</source>
        <translation>&amp;Archives</translation>
    </message>
    <message>
        <source>Your voting key and its certificate from the cooperative.</source>
        <translation>Votre clé de vote et son certificat délivré par la coopérative.</translation>
    </message>
    <message>
        <source>The meetings the secretary published: documents, voting and proxies.</source>
        <translation>Les assemblées publiées par le secrétariat&#xa0;: documents, vote et pouvoirs.</translation>
    </message>
    <message>
        <source>The archives of past meetings, to open and check.</source>
        <translation>Les archives des assemblées passées, à ouvrir et à vérifier.</translation>
    </message>
    <message>
        <source>Folder read at %1</source>
        <translation>Dossier lu le %1</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDialog</name>
    <message>
        <source>New postal vote</source>
        <translation>Nouveau vote par correspondance</translation>
    </message>
    <message>
        <source>The member who sent the postal vote form; type part of a name or number.</source>
        <translation>Le sociétaire qui a envoyé le formulaire de vote par correspondance&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>When the form was received; the statutes may set a deadline before the meeting.</source>
        <translation>Quand le formulaire a été reçu&#xa0;; les statuts peuvent fixer une date limite avant la réunion.</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Sociétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçu le&#xa0;:</translation>
    </message>
    <message>
        <source>Scanned &amp;form:</source>
        <translation>&amp;Formulaire numérisé&#xa0;:</translation>
    </message>
    <message>
        <source>Recor&amp;d postal vote</source>
        <translation>&amp;Enregistrer le vote</translation>
    </message>
    <message>
        <source>Record the form&apos;s choices; the member counts as present for the quorum.</source>
        <translation>Enregistrer les choix du formulaire&#xa0;; le sociétaire compte comme présent pour le quorum.</translation>
    </message>
    <message>
        <source>The agenda has no resolution to vote on.</source>
        <translation>L&apos;ordre du jour ne comporte aucune résolution à voter.</translation>
    </message>
    <message>
        <source>The form votes for this resolution.</source>
        <translation>Le formulaire vote pour cette résolution.</translation>
    </message>
    <message>
        <source>The form votes against this resolution.</source>
        <translation>Le formulaire vote contre cette résolution.</translation>
    </message>
    <message>
        <source>The form abstains on this resolution.</source>
        <translation>Le formulaire s’abstient sur cette résolution.</translation>
    </message>
    <message>
        <source>The form marks no choice here: it counts for the quorum only.</source>
        <translation>Le formulaire n’indique aucun choix ici&#xa0;: il compte seulement pour le quorum.</translation>
    </message>
    <message>
        <source>Resolution %1: %2</source>
        <translation>Résolution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Directions per resolution</source>
        <translation>Sens du vote pour chaque résolution</translation>
    </message>
    <message>
        <source>Choose the member who sent the form.</source>
        <translation>Choisissez le sociétaire qui a envoyé le formulaire.</translation>
    </message>
    <message>
        <source>Postal vote of %1</source>
        <translation>Vote par correspondance de %1</translation>
    </message>
    <message>
        <source>Recording the postal vote</source>
        <translation>Enregistrement du vote par correspondance</translation>
    </message>
</context>
<context>
    <name>CorrespondenceModel</name>
    <message>
        <source>Member</source>
        <translation>Sociétaire</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Sens des votes</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Formulaire numérisé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Received after the opening: not counted</source>
        <translation>Reçu après l&apos;ouverture de la séance&#xa0;: non pris en compte</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Importer des sociétaires</translation>
    </message>
    <message>
        <source>Import share movements</source>
        <translation>Importer des mouvements de parts</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Each row as it will be imported; a row with a problem says what to fix.</source>
        <translation>Chaque ligne telle qu’elle sera importée&#xa0;; une ligne avec un problème indique quoi corriger.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows</source>
        <translation>Importer seulement les lignes &amp;valides</translation>
    </message>
    <message>
        <source>Import the rows without problems and leave the others out.</source>
        <translation>Importer les lignes sans problème et laisser les autres de côté.</translation>
    </message>
    <message>
        <source>Import every row; possible only when no row has a problem.</source>
        <translation>Importer toutes les lignes&#xa0;; possible seulement si aucune ligne n’a de problème.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>%1 row(s) read: %2 ready to import, %3 refused.</source>
        <translation>%1 ligne(s) lue(s)&#xa0;: %2 prête(s) à importer, %3 refusée(s).</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Sociétaires actifs</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Next annual meeting, at the latest</source>
        <translation>Prochaine AG annuelle, au plus tard</translation>
    </message>
    <message>
        <source>Compliance alerts</source>
        <translation>Alertes de conformité</translation>
    </message>
    <message>
        <source>What the law or the statutes require and the register does not meet yet; most serious first.</source>
        <translation>Ce que la loi ou les statuts exigent et que le registre ne respecte pas encore&#xa0;; le plus grave d’abord.</translation>
    </message>
    <message>
        <source>Mandates to renew</source>
        <translation>Mandats à renouveler</translation>
    </message>
    <message>
        <source>Mandates that end before the next annual meeting, so their renewal goes on its agenda.</source>
        <translation>Les mandats qui prennent fin avant la prochaine assemblée annuelle&#xa0;: leur renouvellement va à son ordre du jour.</translation>
    </message>
    <message>
        <source>Applications due</source>
        <translation>Candidatures à traiter</translation>
    </message>
    <message>
        <source>Membership applications waiting for a decision, oldest first.</source>
        <translation>Les candidatures d’adhésion en attente d’une décision, les plus anciennes d’abord.</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>Réunions à venir</translation>
    </message>
    <message>
        <source>Meetings planned from today on, with their date and status.</source>
        <translation>Les réunions prévues à partir d’aujourd’hui, avec leur date et leur état.</translation>
    </message>
    <message>
        <source>Minutes awaiting signature</source>
        <translation>Procès-verbaux en attente de signature</translation>
    </message>
    <message>
        <source>Minutes that still miss a signatory; open the meeting to have them signed.</source>
        <translation>Les procès-verbaux auxquels il manque encore une signature&#xa0;; ouvrez la réunion pour les faire signer.</translation>
    </message>
    <message>
        <source>Compliance &amp;alerts</source>
        <translation>&amp;Alertes de conformité</translation>
    </message>
    <message>
        <source>Coming mee&amp;tings</source>
        <translation>&amp;Réunions à venir</translation>
    </message>
    <message>
        <source>Minutes a&amp;waiting signature</source>
        <translation>Procès-verbaux à &amp;signer</translation>
    </message>
    <message>
        <source>&amp;Mandates to renew before the next AG</source>
        <translation>&amp;Mandats à renouveler avant la prochaine AG</translation>
    </message>
    <message>
        <source>A&amp;pplications due</source>
        <translation>&amp;Candidatures à traiter</translation>
    </message>
    <message>
        <source>Updating the dashboard</source>
        <translation>Mise à jour du tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) on record in all</source>
        <translation>
            <numerusform>%Ln sociétaire inscrit au total</numerusform>
            <numerusform>%Ln sociétaires inscrits au total</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>au %1</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3 — planned end %4</source>
        <translation>%1 — %2, %3 — fin prévue le %4</translation>
    </message>
    <message>
        <source>No mandate ends before the next annual meeting.</source>
        <translation>Aucun mandat ne s&apos;achève avant la prochaine assemblée annuelle.</translation>
    </message>
    <message>
        <source>No application is waiting.</source>
        <translation>Aucune candidature n&apos;est en attente.</translation>
    </message>
    <message>
        <source>No meeting is planned.</source>
        <translation>Aucune réunion n&apos;est prévue.</translation>
    </message>
    <message>
        <source>Minutes of %1: awaiting the signature of %2</source>
        <translation>Procès-verbal — %1&#xa0;: en attente de la signature de %2</translation>
    </message>
    <message>
        <source>No minutes are waiting for a signature.</source>
        <translation>Aucun procès-verbal n&apos;attend de signature.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>%1 — %2 — %3: the notice period has run out (convocations were due by %4)</source>
        <translation>%1 — %2 — %3&#xa0;: le délai de convocation est dépassé (les convocations devaient partir au plus tard le %4)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3: send the convocations by %4</source>
        <translation>%1 — %2 — %3&#xa0;: envoyer les convocations au plus tard le %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — by %3</source>
        <translation>%1 — %2 — avant le %3</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Infraction</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>No alert: the composition complies with the statutes and the law.</source>
        <translation>Aucune alerte&#xa0;: la composition respecte les statuts et la loi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision on an application</source>
        <translation>Décision sur une candidature</translation>
    </message>
    <message>
        <source>Accepted, refused, or withdrawn by the applicant.</source>
        <translation>Acceptée, refusée, ou retirée par le candidat.</translation>
    </message>
    <message>
        <source>The day of the decision, usually the day of the meeting.</source>
        <translation>Le jour de la décision, en général celui de la réunion.</translation>
    </message>
    <message>
        <source>e.g. AGO of 2026-06-12, resolution 5</source>
        <translation>par ex. AGO du 12/06/2026, résolution 5</translation>
    </message>
    <message>
        <source>Which meeting and resolution decided, e.g. AGO of 2026-06-12, resolution 5; required.</source>
        <translation>La réunion et la résolution qui ont décidé, par exemple AGO du 12/06/2026, résolution 5&#xa0;; obligatoire.</translation>
    </message>
    <message>
        <source>Leave empty for the next free number</source>
        <translation>Laisser vide pour le prochain numéro libre</translation>
    </message>
    <message>
        <source>The new associate&apos;s number in the register; leave empty to take the next free one.</source>
        <translation>Le numéro du nouvel associé au registre&#xa0;; laissez vide pour prendre le suivant libre.</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Candidat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>Membership &amp;number:</source>
        <translation>N° de &amp;sociétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Say which meeting decided (e.g. AGO of 2026-06-12).</source>
        <translation>Indiquez quelle assemblée a décidé (par ex. AGO du 12/06/2026).</translation>
    </message>
    <message>
        <source>Recording the decision</source>
        <translation>Enregistrement de la décision</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Action to carry out</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>The actions the meeting decided; double-click or F2 to edit a cell.</source>
        <translation>Les actions décidées par l’assemblée&#xa0;; double-clic ou F2 pour modifier une cellule.</translation>
    </message>
    <message>
        <source>&amp;Actions decided — who carries them out, and by when:</source>
        <translation>Actions décidées — &amp;qui s&apos;en charge, et pour quand&#xa0;:</translation>
    </message>
    <message>
        <source>Add a decisio&amp;n</source>
        <translation>A&amp;jouter une décision</translation>
    </message>
    <message>
        <source>Remove t&amp;he line</source>
        <translation>Retirer la dé&amp;cision</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Add a line for a decided action.</source>
        <translation>Ajouter une ligne pour une action décidée.</translation>
    </message>
    <message>
        <source>Remove the selected line.</source>
        <translation>Supprimer la ligne sélectionnée.</translation>
    </message>
    <message>
        <source>Move the selected line up.</source>
        <translation>Monter la ligne sélectionnée.</translation>
    </message>
    <message>
        <source>Move the selected line down.</source>
        <translation>Descendre la ligne sélectionnée.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>The document&apos;s title as listed in the library and the convocation.</source>
        <translation>Le titre du document tel qu’il figure dans la bibliothèque et la convocation.</translation>
    </message>
    <message>
        <source>What the document is: statutes, accounts, report, internal rules…</source>
        <translation>La nature du document&#xa0;: statuts, comptes, rapport, règlement intérieur…</translation>
    </message>
    <message>
        <source>e.g. draft 2, as adopted…</source>
        <translation>par ex. projet n° 2, version adoptée…</translation>
    </message>
    <message>
        <source>Which version of the document this is, e.g. draft 2, as adopted.</source>
        <translation>De quelle version du document il s’agit, par exemple projet 2, tel qu’adopté.</translation>
    </message>
    <message>
        <source>The date of the document, if it has one.</source>
        <translation>La date du document, s’il en a une.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>The agenda item the document goes with, or the whole meeting.</source>
        <translation>Le point de l’ordre du jour auquel le document se rapporte, ou la réunion entière.</translation>
    </message>
    <message>
        <source>Attach &amp;to:</source>
        <translation>&amp;Rattacher à&#xa0;:</translation>
    </message>
    <message>
        <source>Give the document a title.</source>
        <translation>Donnez un titre au document.</translation>
    </message>
    <message>
        <source>Storing the document</source>
        <translation>Enregistrement du document</translation>
    </message>
</context>
<context>
    <name>DocumentModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Whole meeting</source>
        <translation>Toute la réunion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Opening the document</source>
        <translation>Ouverture du document</translation>
    </message>
    <message>
        <source>Documents of the meeting</source>
        <translation>Documents de la réunion</translation>
    </message>
    <message>
        <source>The documents sent with the notice or shown at the meeting; double-click to open one.</source>
        <translation>Les documents envoyés avec la convocation ou présentés en séance&#xa0;; double-cliquez pour en ouvrir un.</translation>
    </message>
    <message>
        <source>Doc&amp;uments:</source>
        <translation>Doc&amp;uments&#xa0;:</translation>
    </message>
    <message>
        <source>Attach from the &amp;library…</source>
        <translation>Joindre depuis la bibliothè&amp;que…</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un fichie&amp;r…</translation>
    </message>
    <message>
        <source>De&amp;tach</source>
        <translation>Détac&amp;her</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Attach a document already in the library to this meeting.</source>
        <translation>Joindre à cette assemblée un document déjà présent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Add a file from this computer to the library and attach it.</source>
        <translation>Ajouter un fichier de cet ordinateur à la bibliothèque et le joindre.</translation>
    </message>
    <message>
        <source>Detach the selected document; it stays in the library.</source>
        <translation>Détacher le document sélectionné&#xa0;; il reste dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Open the selected document in its usual application.</source>
        <translation>Ouvrir le document sélectionné avec son application habituelle.</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Detaching the document</source>
        <translation>Détachement du document</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Files of the meeting</source>
        <translation>Fichiers de la réunion</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>The files the archive holds; double-click one to open it.</source>
        <translation>Les fichiers que contient l’archive&#xa0;; double-cliquez sur l’un d’eux pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Open the selected file, as the archive holds it, in its usual application.</source>
        <translation>Ouvrir le fichier sélectionné, tel que l’archive le contient, avec son application habituelle.</translation>
    </message>
    <message>
        <source>Convocation (model)</source>
        <translation>Convocation (modèle)</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Results of the votes</source>
        <translation>Résultats des votes</translation>
    </message>
    <message>
        <source>Printed by TalaGov</source>
        <translation>Imprimé par TalaGov</translation>
    </message>
    <message>
        <source>The documents printed for the meeting and those of the library attached to it, as they were archived. Each opens in your usual viewer.</source>
        <translation>Les documents imprimés pour la réunion et ceux de la bibliothèque qui y sont rattachés, tels qu&apos;ils ont été archivés. Chacun s&apos;ouvre dans votre visionneuse habituelle.</translation>
    </message>
    <message>
        <source>This archive holds no document to open.</source>
        <translation>Cette archive ne contient aucun document à ouvrir.</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Nouveau sociétaire</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Sociétaire</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>Personne p&amp;hysique</translation>
    </message>
    <message>
        <source>&amp;Legal entity (company, commune, association)</source>
        <translation>Personne &amp;morale (entreprise, commune, association)</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>Personne physique</translation>
    </message>
    <message>
        <source>A human being, with a first name and a date of birth.</source>
        <translation>Un être humain, avec un prénom et une date de naissance.</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Personne morale</translation>
    </message>
    <message>
        <source>A company, a commune or an association, acting through a representative.</source>
        <translation>Une société, une commune ou une association, qui agit par un représentant.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Check the record and save it; any problem is shown next to its field.</source>
        <translation>Vérifier la fiche et l’enregistrer&#xa0;; tout problème est indiqué à côté du champ concerné.</translation>
    </message>
    <message>
        <source>Loading member</source>
        <translation>Chargement du sociétaire</translation>
    </message>
    <message>
        <source>Member %1 — %2</source>
        <translation>Sociétaire %1 — %2</translation>
    </message>
    <message>
        <source>Saving member</source>
        <translation>Enregistrement du sociétaire</translation>
    </message>
</context>
<context>
    <name>ElectionProposalsDialog</name>
    <message>
        <source>Election to the %1</source>
        <translation>Élection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outgoing members (who may stand again): %1.</source>
        <translation>Membres sortants (qui peuvent se représenter)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Propose elections</source>
        <translation>Proposer les élections</translation>
    </message>
    <message>
        <source>Tick each election to add to the agenda; each lists the mandates that end.</source>
        <translation>Cochez chaque élection à ajouter à l’ordre du jour&#xa0;; chacune indique les mandats qui prennent fin.</translation>
    </message>
    <message>
        <source>&amp;Elections due:</source>
        <translation>&amp;Élections à prévoir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add to the agenda</source>
        <translation>&amp;Ajouter à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Add one election item per ticked line to the meeting&apos;s agenda.</source>
        <translation>Ajouter un point d’élection par ligne cochée à l’ordre du jour de la réunion.</translation>
    </message>
    <message>
        <source>Looking for mandates to renew</source>
        <translation>Recherche des mandats à renouveler</translation>
    </message>
    <message>
        <source>%1: %2 seat(s) — outgoing: %3</source>
        <translation>%1&#xa0;: %2 siège(s) — sortants&#xa0;: %3</translation>
    </message>
    <message>
        <source>These mandates end before or at the meeting: check the elections to put on the agenda.</source>
        <translation>Ces mandats prennent fin au plus tard le jour de la réunion&#xa0;: cochez les élections à inscrire à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>No mandate ends before or at this meeting.</source>
        <translation>Aucun mandat ne prend fin au plus tard le jour de cette réunion.</translation>
    </message>
    <message>
        <source>Check at least one election.</source>
        <translation>Cochez au moins une élection.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n election(s) to the agenda.</source>
        <translation>
            <numerusform>Ajouter %n élection à l&apos;ordre du jour.</numerusform>
            <numerusform>Ajouter %n élections à l&apos;ordre du jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding the elections</source>
        <translation>Ajout des élections</translation>
    </message>
</context>
<context>
    <name>EndMandateDialog</name>
    <message>
        <source>End a mandate</source>
        <translation>Mettre fin à un mandat</translation>
    </message>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 — %3</translation>
    </message>
    <message>
        <source>The last day of the mandate, not before its start.</source>
        <translation>Le dernier jour du mandat, pas avant son début.</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>Fin de mandat</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Démission</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Loss of associate status</source>
        <translation>Perte de la qualité d&apos;associé</translation>
    </message>
    <message>
        <source>Pick a reason or type another one.</source>
        <translation>Choisissez un motif ou tapez-en un autre.</translation>
    </message>
    <message>
        <source>Mandate:</source>
        <translation>Mandat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Ending the mandate</source>
        <translation>Clôture du mandat</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Create my voting key</source>
        <extracomment>The key-derivation cost of the keys made here; tests set ``TEST_KDF``.</extracomment>
        <translation>Créer ma clé de vote</translation>
    </message>
    <message>
        <source>Your key is created on this computer and stays here, sealed under your passphrase: nobody can recover a forgotten passphrase. TalaGov writes the request for your certificate into the shared folder; the secretary issues it once you have read them your key&apos;s fingerprint.</source>
        <translation>Votre clé est créée sur cet ordinateur et y reste, scellée sous votre phrase secrète&#xa0;: personne ne peut retrouver une phrase secrète oubliée. TalaGov dépose la demande de votre certificat dans le dossier partagé&#xa0;; le secrétariat le délivre une fois que vous lui avez lu l&apos;empreinte de votre clé.</translation>
    </message>
    <message>
        <source>The key already on this computer will be replaced by the new one.</source>
        <translation>La clé déjà présente sur cet ordinateur sera remplacée par la nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Répétez la phrase secrète&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Nobody can recover it.</source>
        <translation>
            <numerusform>Au moins %n caractère. Personne ne pourra la retrouver.</numerusform>
            <numerusform>Au moins %n caractères. Personne ne pourra la retrouver.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same passphrase again, to rule out a typing mistake.</source>
        <translation>La même phrase secrète, pour écarter une faute de frappe.</translation>
    </message>
    <message>
        <source>&amp;Create my key</source>
        <translation>&amp;Créer ma clé</translation>
    </message>
    <message>
        <source>Create my key</source>
        <translation>Créer ma clé</translation>
    </message>
    <message>
        <source>Create the key on this computer and write the request for your certificate into the shared folder.</source>
        <translation>Créer la clé sur cet ordinateur et écrire la demande de certificat dans le dossier partagé.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète est trop courte&#xa0;: au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète est trop courte&#xa0;: au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <source>Your key is created and your request is in the shared folder. Read this fingerprint to the secretary: they issue your certificate only if it is the same as the one their TalaGov shows. It stays under « My key ».</source>
        <translation>Votre clé est créée et votre demande est dans le dossier partagé. Lisez cette empreinte au secrétariat&#xa0;: il ne délivre votre certificat que si elle est identique à celle qu&apos;affiche son TalaGov. Vous la retrouverez dans l&apos;onglet «&#xa0;Ma clé&#xa0;».</translation>
    </message>
    <message>
        <source>Fingerprint of your key: %1</source>
        <translation>Empreinte de votre clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Create your voting key</source>
        <translation>Créez votre clé de vote</translation>
    </message>
    <message>
        <source>I, the secretary, have checked this person&apos;s &amp;identity</source>
        <translation>Moi, secrétaire, j&apos;ai vérifié l&apos;&amp;identité de cette personne</translation>
    </message>
    <message>
        <source>For the secretary: tick with Space once you have checked who the person is.</source>
        <translation>Pour le secrétariat&#xa0;: cochez avec Espace après avoir vérifié qui est la personne.</translation>
    </message>
    <message>
        <source>Now the member chooses a passphrase of at least %1 characters and types it twice. Nobody can recover it: if it is forgotten, a new key is created.</source>
        <translation>Le sociétaire choisit maintenant une phrase secrète d&apos;au moins %1 caractères et la tape deux fois. Personne ne peut la retrouver&#xa0;: si elle est oubliée, on crée une nouvelle clé.</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Au moins %n caractère.</numerusform>
            <numerusform>Au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Répétez la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>The same passphrase again, to rule out a typing mistake.</source>
        <translation>La même phrase secrète, pour écarter une faute de frappe.</translation>
    </message>
    <message>
        <source>&amp;Create my key</source>
        <translation>&amp;Créer ma clé</translation>
    </message>
    <message>
        <source>Create the key, sealed under the passphrase, and have the organisation certify it.</source>
        <translation>Créer la clé, scellée sous la phrase secrète, et la faire certifier par l&apos;organisation.</translation>
    </message>
    <message>
        <source>The new key replaces the earlier one, which stops working.</source>
        <translation>La nouvelle clé remplace l&apos;ancienne, qui cesse de fonctionner.</translation>
    </message>
    <message>
        <source>You have no voting key yet: let us create one.</source>
        <translation>Vous n&apos;avez pas de clé de vote utilisable ici&#xa0;: créons-en une.</translation>
    </message>
    <message>
        <source>The secretary must first check the person&apos;s identity and tick the box.</source>
        <translation>Le secrétariat doit d&apos;abord vérifier l&apos;identité de la personne et cocher la case.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète est trop courte&#xa0;: au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète est trop courte&#xa0;: au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>TalaGov</source>
        <translation>TalaGov</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was saved by the failed action. Please report the details below.</source>
        <translation>Un problème est survenu. L&apos;action qui a échoué n&apos;a rien enregistré. Merci de signaler les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ExitMemberDialog</name>
    <message>
        <source>Exit of %1</source>
        <translation>Sortie de %1</translation>
    </message>
    <message>
        <source>Record the exit of member %1, %2. The record, its shares and mandates stay in the registers.</source>
        <translation>Enregistrer la sortie du sociétaire %1, %2. Sa fiche, ses parts et ses mandats restent dans les registres.</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>The day the member stops being an associate.</source>
        <translation>Le jour où le sociétaire cesse d’être associé.</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Motif de la sortie</translation>
    </message>
    <message>
        <source>Why the member leaves: resignation, exclusion, death…</source>
        <translation>Pourquoi le sociétaire part&#xa0;: démission, exclusion, décès…</translation>
    </message>
    <message>
        <source>Exit &amp;date:</source>
        <translation>&amp;Date de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Record exit</source>
        <translation>Enregistrer la sortie</translation>
    </message>
    <message>
        <source>Record the exit; the member&apos;s record, shares and mandates stay in the registers.</source>
        <translation>Enregistrer la sortie&#xa0;; la fiche, les parts et les mandats du sociétaire restent dans les registres.</translation>
    </message>
    <message>
        <source>Recording exit</source>
        <translation>Enregistrement de la sortie</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the archive</source>
        <translation>Exporter l&apos;archive</translation>
    </message>
    <message>
        <source>Export the archive of “%1” to %2? The organisation&apos;s passphrase signs the list of its files and their fingerprints, so that anyone can check that nothing was added, removed or changed.</source>
        <translation>Exporter l&apos;archive de la réunion «&#xa0;%1&#xa0;» vers %2&#xa0;? La phrase secrète de l&apos;organisation sert à signer la liste de ses fichiers et de leurs empreintes, pour que chacun puisse vérifier que rien n&apos;a été ajouté, retiré ou modifié.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Exporting the archive</source>
        <translation>Exportation de l&apos;archive</translation>
    </message>
    <message>
        <source>The passphrase of the organisation&apos;s key, which signs the archive.</source>
        <translation>La phrase secrète de la clé de l’organisation, qui signe l’archive.</translation>
    </message>
    <message>
        <source>Write the signed archive to the file chosen.</source>
        <translation>Écrire l’archive signée dans le fichier choisi.</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Legal source: %1</source>
        <translation>Source légale&#xa0;: %1</translation>
    </message>
    <message>
        <source>No legal source: set by your statutes.</source>
        <translation>Pas de source légale&#xa0;: fixé par vos statuts.</translation>
    </message>
    <message>
        <source>Suggested value: the law leaves it to the statutes; check it against your own statutes.</source>
        <translation>Valeur suggérée&#xa0;: la loi laisse ce choix aux statuts&#xa0;; vérifiez-la dans vos propres statuts.</translation>
    </message>
    <message>
        <source>⚠ below the legal floor</source>
        <translation>⚠ sous le minimum légal</translation>
    </message>
    <message>
        <source>◇ suggestion</source>
        <translation>◇ suggestion</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel in French, semicolon (*.csv)</source>
        <translation>CSV pour Excel en français, point-virgule (*.csv)</translation>
    </message>
    <message>
        <source>Import &amp;members (CSV)…</source>
        <translation>Importer des &amp;sociétaires (CSV)…</translation>
    </message>
    <message>
        <source>Export m&amp;embers (CSV)…</source>
        <translation>E&amp;xporter les sociétaires (CSV)…</translation>
    </message>
    <message>
        <source>Import &amp;share movements (CSV)…</source>
        <translation>Importer des &amp;mouvements de parts (CSV)…</translation>
    </message>
    <message>
        <source>Export s&amp;hare movements (CSV)…</source>
        <translation>Exporter les mou&amp;vements de parts (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Register of associates (PDF)…</source>
        <translation>&amp;Registre des associés (PDF)…</translation>
    </message>
    <message>
        <source>Register of share mo&amp;vements (PDF)…</source>
        <translation>Registre des mouvements de parts (P&amp;DF)…</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Importer des sociétaires</translation>
    </message>
    <message>
        <source>Import share movements</source>
        <translation>Importer des mouvements de parts</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Save the register</source>
        <translation>Enregistrer le registre</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the register</source>
        <translation>Impression du registre</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find your name</source>
        <translation>Trouvez votre nom</translation>
    </message>
    <message>
        <source>Type a few letters of your name or your member number, then choose your name in the list and press Enter.</source>
        <translation>Tapez quelques lettres de votre nom ou votre numéro de sociétaire, puis choisissez votre nom dans la liste et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Your &amp;name or member number:</source>
        <translation>Votre &amp;nom ou numéro de sociétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Your name or member number</source>
        <translation>Votre nom ou numéro de sociétaire</translation>
    </message>
    <message>
        <source>Filters the list below; accents and capitals do not matter. Down arrow: go to the list.</source>
        <translation>Filtre la liste ci-dessous&#xa0;; les accents et majuscules ne comptent pas. Flèche bas&#xa0;: aller à la liste.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Empty the field (Escape does too).</source>
        <translation>Vider le champ (Échap aussi).</translation>
    </message>
    <message>
        <source>Voters of the meeting</source>
        <translation>Votants de l&apos;assemblée</translation>
    </message>
    <message>
        <source>Choose your name with the arrow keys and press Enter.</source>
        <translation>Choisissez votre nom avec les flèches et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Go on with the name selected in the list.</source>
        <translation>Continuer avec le nom choisi dans la liste.</translation>
    </message>
    <message>
        <source>%1 name(s) shown of %2</source>
        <translation>%1 nom(s) affiché(s) sur %2</translation>
    </message>
    <message>
        <source>No voter of this meeting matches what you typed. Check the spelling, or ask the secretary.</source>
        <translation>Aucun votant de cette assemblée ne correspond à ce que vous avez tapé. Vérifiez l&apos;orthographe, ou demandez au secrétariat.</translation>
    </message>
    <message>
        <source>Several names match: choose yours in the list with the arrow keys, then press Enter.</source>
        <translation>Plusieurs noms correspondent&#xa0;: choisissez le vôtre dans la liste avec les flèches, puis appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>FingerprintPage</name>
    <message>
        <source>Check who sent this voting package</source>
        <translation>Vérifiez qui a envoyé ce paquet de vote</translation>
    </message>
    <message>
        <source>%1 — %2 of %3</source>
        <translation>%1 — %2 du %3</translation>
    </message>
    <message>
        <source>Voting package of %1.</source>
        <translation>Paquet de vote de %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint, group by group, with the one printed on your convocation letter:</source>
        <translation>Comparez cette empreinte, groupe par groupe, avec celle imprimée sur votre lettre de convocation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation fingerprint: %1</source>
        <translation>Empreinte de l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>If it differs, do not vote with this package: tell the secretary.</source>
        <translation>Si elle diffère, ne votez pas avec ce paquet&#xa0;: prévenez le secrétariat.</translation>
    </message>
    <message>
        <source>It &amp;matches the fingerprint on my convocation</source>
        <translation>Elle &amp;correspond à l&apos;empreinte de ma convocation</translation>
    </message>
    <message>
        <source>Tick only if every group is the same as on your letter.</source>
        <translation>Cochez seulement si chaque groupe est identique à celui de votre lettre.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go on to your key (Enter).</source>
        <translation>Passer à votre clé (Entrée).</translation>
    </message>
    <message>
        <source>Compare the fingerprints first, then tick the box.</source>
        <translation>Comparez d&apos;abord les empreintes, puis cochez la case.</translation>
    </message>
</context>
<context>
    <name>GatePage</name>
    <message>
        <source>Close the booth</source>
        <translation>Fermer l&apos;isoloir</translation>
    </message>
    <message>
        <source>Only the secretary may close the booth. Type the passphrase of the organisation&apos;s key.</source>
        <translation>Seul le secrétariat peut fermer l&apos;isoloir. Tapez la phrase secrète de la clé de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Secretary&apos;s &amp;passphrase:</source>
        <translation>&amp;Phrase secrète du secrétariat&#xa0;:</translation>
    </message>
    <message>
        <source>Secretary&apos;s passphrase</source>
        <translation>Phrase secrète du secrétariat</translation>
    </message>
    <message>
        <source>The passphrase of the organisation&apos;s key. Enter: close the booth. Escape: back to the booth.</source>
        <translation>La phrase secrète de la clé de l&apos;organisation. Entrée&#xa0;: fermer l&apos;isoloir. Échap&#xa0;: retour à l&apos;isoloir.</translation>
    </message>
    <message>
        <source>&amp;Back to the booth</source>
        <translation>&amp;Retour à l&apos;isoloir</translation>
    </message>
    <message>
        <source>Keep the booth open (Escape).</source>
        <translation>Garder l&apos;isoloir ouvert (Échap).</translation>
    </message>
    <message>
        <source>&amp;Close the booth</source>
        <translation>&amp;Fermer l&apos;isoloir</translation>
    </message>
    <message>
        <source>Close the booth with this passphrase.</source>
        <translation>Fermer l&apos;isoloir avec cette phrase secrète.</translation>
    </message>
    <message>
        <source>Type the secretary&apos;s passphrase.</source>
        <translation>Tapez la phrase secrète du secrétariat.</translation>
    </message>
</context>
<context>
    <name>GeneratedHtml</name>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Remote participation:</source>
        <translation>Participation à distance&#xa0;:</translation>
    </message>
    <message>
        <source>Convened:</source>
        <translation>Convocation&#xa0;:</translation>
    </message>
    <message>
        <source>Chaired by:</source>
        <translation>Président(e) de séance&#xa0;:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Secrétaire de séance&#xa0;:</translation>
    </message>
    <message>
        <source>Scrutineers:</source>
        <translation>Scrutateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Short notice:</source>
        <translation>Délai de convocation insuffisant&#xa0;:</translation>
    </message>
    <message>
        <source>Documents presented:</source>
        <translation>Documents présentés&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The quorum is met.</source>
        <translation>Le quorum est atteint.</translation>
    </message>
    <message>
        <source>The quorum is not met.</source>
        <translation>Le quorum n&apos;est pas atteint.</translation>
    </message>
    <message>
        <source>No agenda item was recorded.</source>
        <translation>Aucun point n&apos;a été inscrit à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>O</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Dealt with (Y/N)</source>
        <translation>Traité (O/N)</translation>
    </message>
    <message>
        <source>Majority:</source>
        <translation>Majorité&#xa0;:</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Resolution put to the vote:</source>
        <translation>Texte soumis au vote&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was put to the vote on this item.</source>
        <translation>Rien n&apos;a été soumis au vote sur ce point.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <source>Votes by correspondence</source>
        <translation>Votes par correspondance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Nobody was recorded as present.</source>
        <translation>Personne n&apos;a été enregistré comme présent.</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>The record shows no incident.</source>
        <translation>Les données enregistrées ne font apparaître aucun incident.</translation>
    </message>
</context>
<context>
    <name>GiveProxyDialog</name>
    <message>
        <source>Give a proxy — %1</source>
        <translation>Donner un pouvoir — %1</translation>
    </message>
    <message>
        <source>Name the member who will vote for you at this meeting, or give a blank proxy: the chair then holds it. The secretary&apos;s TalaGov records it according to the statutes; a proxy given later replaces this one.</source>
        <translation>Désignez le sociétaire qui votera pour vous à cette réunion, ou donnez un pouvoir en blanc&#xa0;: il revient alors au président de séance. Le TalaGov du secrétariat l&apos;enregistre selon les statuts&#xa0;; un pouvoir donné plus tard remplace celui-ci.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>The member called to this meeting who will vote for you.</source>
        <translation>Le sociétaire convoqué à cette réunion qui votera pour vous.</translation>
    </message>
    <message>
        <source>The chair holds a proxy that names nobody.</source>
        <translation>Un pouvoir qui ne désigne personne revient au président de séance.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase of your voting key: it signs the proxy.</source>
        <translation>La phrase secrète de votre clé de vote&#xa0;: elle sert à signer le pouvoir.</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Mandataire&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign and give the proxy</source>
        <translation>&amp;Signer et donner le pouvoir</translation>
    </message>
    <message>
        <source>Sign and give the proxy</source>
        <translation>Signer et donner le pouvoir</translation>
    </message>
    <message>
        <source>Sign the proxy with your key and put it in the shared folder for the secretary.</source>
        <translation>Signer le pouvoir avec votre clé et le déposer dans le dossier partagé pour le secrétariat.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase secrète.</translation>
    </message>
    <message>
        <source>Choose your name under « My key » first.</source>
        <translation>Choisissez d&apos;abord votre nom dans l&apos;onglet «&#xa0;Ma clé&#xa0;».</translation>
    </message>
    <message>
        <source>Your blank proxy is signed and in the shared folder.</source>
        <translation>Votre pouvoir en blanc est signé et déposé dans le dossier partagé.</translation>
    </message>
    <message>
        <source>Your proxy to %1 is signed and in the shared folder.</source>
        <translation>Votre pouvoir à %1 est signé et déposé dans le dossier partagé.</translation>
    </message>
    <message>
        <source>The secretary&apos;s TalaGov records it when it next reads the folder.</source>
        <translation>Le TalaGov du secrétariat l&apos;enregistrera à sa prochaine lecture du dossier.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HandCountDialog</name>
    <message>
        <source>Hand count</source>
        <translation>Décompte manuel</translation>
    </message>
    <message>
        <source>Enter the votes counted by the scrutineers in the room (show of hands or paper), as totals. Count only the participants whose vote is not recorded otherwise: signed ballots, postal forms and blank proxies are counted already.</source>
        <translation>Saisissez les voix comptées par les scrutateurs dans la salle (à main levée ou sur papier), sous forme de totaux. Ne comptez que les participants dont le vote n&apos;est pas déjà enregistré autrement&#xa0;: les bulletins signés, les votes par correspondance et les pouvoirs en blanc sont déjà comptés.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Votes counted for this choice in this college, a whole number.</source>
        <translation>Voix comptées pour ce choix dans ce collège, un nombre entier.</translation>
    </message>
    <message>
        <source>Votes counted for this choice, a whole number.</source>
        <translation>Voix comptées pour ce choix, un nombre entier.</translation>
    </message>
    <message>
        <source>&amp;Votes counted:</source>
        <translation>&amp;Voix comptées&#xa0;:</translation>
    </message>
    <message>
        <source>The name of a scrutineer who certifies the count.</source>
        <translation>Le nom d’un scrutateur qui certifie le décompte.</translation>
    </message>
    <message>
        <source>Scrutineer &amp;1:</source>
        <translation>Scrutateur &amp;1&#xa0;:</translation>
    </message>
    <message>
        <source>Scrutineer &amp;2:</source>
        <translation>Scrutateur &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record the count</source>
        <translation>&amp;Enregistrer le décompte</translation>
    </message>
    <message>
        <source>Record these counts as the result of the show of hands.</source>
        <translation>Enregistrer ces décomptes comme résultat du vote à main levée.</translation>
    </message>
    <message>
        <source>Total counted by hand: %1</source>
        <translation>Total du décompte manuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name the scrutineers who counted.</source>
        <translation>Indiquez le nom des scrutateurs qui ont compté les voix.</translation>
    </message>
    <message>
        <source>Recording the hand count</source>
        <translation>Enregistrement du décompte manuel</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
    <message>
        <source>%1 of %2, held by %3 since %4</source>
        <translation>%1 — %2, exercé par %3 depuis le %4</translation>
    </message>
    <message>
        <source>The member who takes over the office; type part of a name or number.</source>
        <translation>Le sociétaire qui reprend la fonction&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>The day the outgoing mandate ends and the successor&apos;s begins.</source>
        <translation>Le jour où le mandat sortant prend fin et où celui du successeur commence.</translation>
    </message>
    <message>
        <source>e.g. board meeting of 2026-06-12, resolution 4</source>
        <translation>par ex. CA du 12/06/2026, délibération 4</translation>
    </message>
    <message>
        <source>The decision that appointed the successor, e.g. board meeting of 2026-06-12, resolution 4.</source>
        <translation>La décision qui a nommé le successeur, par exemple conseil d’administration du 12/06/2026, résolution 4.</translation>
    </message>
    <message>
        <source>The outgoing mandate ends on this date and the successor completes the term, keeping its planned end.</source>
        <translation>Le mandat sortant prend fin à cette date&#xa0;; le successeur achève le mandat, dont la fin prévue est conservée.</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Successor:</source>
        <translation>&amp;Successeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Chargement des sociétaires</translation>
    </message>
    <message>
        <source>Choose the successor.</source>
        <translation>Choisissez le successeur.</translation>
    </message>
    <message>
        <source>Recording the handover</source>
        <translation>Enregistrement de la passation</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <source>Header of the minutes</source>
        <translation>En-tête du procès-verbal</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>e.g. Camille Roux, secretary of the meeting</source>
        <translation>par ex. Camille Roux, secrétaire de séance</translation>
    </message>
    <message>
        <source>The name and role of the person who wrote the minutes.</source>
        <translation>Le nom et la fonction de la personne qui a rédigé le procès-verbal.</translation>
    </message>
    <message>
        <source>Dr&amp;afted by:</source>
        <translation>Rédigé par (nom et &amp;qualité)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Help on this page</source>
        <translation>&amp;Aide sur cette page</translation>
    </message>
    <message>
        <source>Open the guide at the section about the page on screen.</source>
        <translation>Ouvrir le guide à la section qui explique la page affichée.</translation>
    </message>
    <message>
        <source>&amp;Secretary&apos;s guide</source>
        <translation>Guide du &amp;secrétaire</translation>
    </message>
    <message>
        <source>One general meeting, from the register to the archive.</source>
        <translation>Une assemblée générale, du registre à l’archive.</translation>
    </message>
    <message>
        <source>&amp;Member&apos;s guide</source>
        <translation>Guide du &amp;membre</translation>
    </message>
    <message>
        <source>Receiving a convocation, giving a proxy, voting.</source>
        <translation>Recevoir une convocation, donner un pouvoir, voter.</translation>
    </message>
    <message>
        <source>&amp;Auditor&apos;s guide</source>
        <translation>Guide de l’a&amp;uditeur</translation>
    </message>
    <message>
        <source>Opening an archive and checking it, with TalaGov or with openssl.</source>
        <translation>Ouvrir une archive et la vérifier, avec TalaGov ou avec openssl.</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>Every legal term explained in plain words.</source>
        <translation>Chaque terme juridique expliqué avec des mots simples.</translation>
    </message>
    <message>
        <source>&amp;About TalaGov</source>
        <translation>À &amp;propos de TalaGov</translation>
    </message>
    <message>
        <source>Version, licence and source code address.</source>
        <translation>Version, licence et adresse du code source.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Guide</source>
        <extracomment>Opens an external link (http, mailto, a file that is not a guide page); tests replace it.</extracomment>
        <translation>Guide</translation>
    </message>
    <message>
        <source>The page of the guide. Tab moves from link to link, Enter follows a link.</source>
        <translation>La page du guide. Tab passe d’un lien à l’autre, Entrée suit le lien.</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <source>Go back to the previous page (Alt+Left).</source>
        <translation>Revenir à la page précédente (Alt+Gauche).</translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation>&amp;Suivant →</translation>
    </message>
    <message>
        <source>Go forward to the next page (Alt+Right).</source>
        <translation>Aller à la page suivante (Alt+Droite).</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>S&amp;ommaire</translation>
    </message>
    <message>
        <source>Show the guide&apos;s table of contents (Alt+Home).</source>
        <translation>Afficher le sommaire du guide (Alt+Début).</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossaire</translation>
    </message>
    <message>
        <source>Show every term with its definition.</source>
        <translation>Afficher tous les termes avec leur définition.</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-).</source>
        <translation>Texte plus petit (Ctrl+-).</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++).</source>
        <translation>Texte plus grand (Ctrl++).</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Help — TalaGov</source>
        <translation>Aide — TalaGov</translation>
    </message>
    <message>
        <source>%1 — Help — TalaGov</source>
        <translation>%1 — Aide — TalaGov</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>The words of cooperative law and of TalaGov, explained in plain language. These definitions are general: your statutes may set other rules.</source>
        <translation>Les mots du droit coopératif et de TalaGov, expliqués simplement. Ces définitions sont générales&#xa0;: vos statuts peuvent fixer d’autres règles.</translation>
    </message>
    <message>
        <source>Read more in the guide</source>
        <translation>En savoir plus dans le guide</translation>
    </message>
    <message>
        <source>The guide is not available</source>
        <translation>Le guide n’est pas disponible</translation>
    </message>
    <message>
        <source>TalaGov could not find the guide page %1. The guide is installed with TalaGov&apos;s packages; in a copy of the source code it is in the folder docs/guide.</source>
        <translation>TalaGov ne trouve pas la page du guide %1. Le guide est installé avec les paquets de TalaGov&#xa0;; dans une copie du code source, il se trouve dans le dossier docs/guide.</translation>
    </message>
    <message>
        <source>Places searched:</source>
        <translation>Emplacements consultés&#xa0;:</translation>
    </message>
    <message>
        <source>The glossary (Help › Glossary) is always available.</source>
        <translation>Le glossaire (Aide › Glossaire) reste toujours disponible.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>OK, with a remark</source>
        <translation>Acceptée, avec une remarque</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Acceptée</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>Resolution and vote of %1</source>
        <translation>Résolution et vote du point %1</translation>
    </message>
    <message>
        <source>Debates &amp;not recorded</source>
        <translation>Dé&amp;bats non enregistrés</translation>
    </message>
    <message>
        <source>The minutes then say that the debates on this item were not recorded.</source>
        <translation>Le procès-verbal indique alors que les débats sur ce point n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Written by the secretary — the debates:</source>
        <translation>Rédigé par le se&amp;crétaire de séance — les débats&#xa0;:</translation>
    </message>
    <message>
        <source>Debates on %1</source>
        <translation>Débats sur le point %1</translation>
    </message>
</context>
<context>
    <name>JoinWizard</name>
    <message>
        <source>Join your cooperative</source>
        <extracomment>Asks for the shared folder (``None``: cancelled); tests replace it. Every organisation the folder holds, newest first (one, unless someone put their own there).</extracomment>
        <translation>Rejoindre votre coopérative</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>The previous step (Escape).</source>
        <translation>L&apos;étape précédente (Échap).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>The next step (Enter).</source>
        <translation>L&apos;étape suivante (Entrée).</translation>
    </message>
    <message>
        <source>Your cooperative&apos;s secretary shares a folder with the members (Nextcloud, Syncthing, a network share, a USB key…). Choose that folder on this computer: TalaGov reads the meetings from it and writes your votes into it.</source>
        <translation>Le secrétariat de votre coopérative partage un dossier avec les sociétaires (Nextcloud, Syncthing, un partage réseau, une clé USB…). Choisissez ce dossier sur cet ordinateur&#xa0;: TalaGov y lit les réunions et y dépose vos votes.</translation>
    </message>
    <message>
        <source>Shared &amp;folder:</source>
        <translation>Dossier &amp;partagé&#xa0;:</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>The path of the folder your cooperative shares with you.</source>
        <translation>Le chemin du dossier que votre coopérative partage avec vous.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>Pick the folder in a file dialog.</source>
        <translation>Choisir le dossier dans une fenêtre de sélection.</translation>
    </message>
    <message>
        <source>Organisations found in the folder</source>
        <translation>Organisations trouvées dans le dossier</translation>
    </message>
    <message>
        <source>Choose the one whose fingerprint is printed on your convocation.</source>
        <translation>Choisissez celle dont l&apos;empreinte est imprimée sur votre convocation.</translation>
    </message>
    <message>
        <source>Compare this fingerprint, group by group, with the one printed on your convocation letter:</source>
        <translation>Comparez cette empreinte, groupe par groupe, avec celle imprimée sur votre lettre de convocation&#xa0;:</translation>
    </message>
    <message>
        <source>If a single group differs, do not join: this folder holds an organisation signed by someone else. Tell the secretary.</source>
        <translation>Si un seul groupe diffère, n&apos;allez pas plus loin&#xa0;: ce dossier contient une organisation signée par quelqu&apos;un d&apos;autre. Prévenez le secrétariat.</translation>
    </message>
    <message>
        <source>It &amp;matches the fingerprint on my convocation</source>
        <translation>Elle &amp;correspond à l&apos;empreinte de ma convocation</translation>
    </message>
    <message>
        <source>Tick only if every group is the same as on your letter.</source>
        <translation>Cochez seulement si chaque groupe est identique à celui de votre lettre.</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Find your name:</source>
        <translation>&amp;Trouvez votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Trouvez votre nom</translation>
    </message>
    <message>
        <source>Type part of your name to shorten the list.</source>
        <translation>Tapez une partie de votre nom pour raccourcir la liste.</translation>
    </message>
    <message>
        <source>Members of the cooperative</source>
        <translation>Sociétaires de la coopérative</translation>
    </message>
    <message>
        <source>Choose your name; Enter joins.</source>
        <translation>Choisissez votre nom&#xa0;; Entrée pour rejoindre.</translation>
    </message>
    <message>
        <source>The organisation has published no list of members: join now, and choose your name later.</source>
        <translation>L&apos;organisation n&apos;a publié aucune liste de sociétaires&#xa0;: rejoignez-la maintenant, et choisissez votre nom plus tard.</translation>
    </message>
    <message>
        <source>Next, create your voting key (tab « My key »): read its fingerprint to the secretary, who issues your certificate. Until then you can read the meetings and their documents.</source>
        <translation>Créez ensuite votre clé de vote (onglet «&#xa0;Ma clé&#xa0;»)&#xa0;: lisez son empreinte au secrétariat, qui délivrera votre certificat. D&apos;ici là, vous pouvez consulter les réunions et leurs documents.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <source>&amp;Open my cooperative</source>
        <translation>&amp;Ouvrir ma coopérative</translation>
    </message>
    <message>
        <source>Choose, in the list, the organisation whose fingerprint is printed on your convocation.</source>
        <translation>Choisissez dans la liste l&apos;organisation dont l&apos;empreinte est imprimée sur votre convocation.</translation>
    </message>
    <message>
        <source>Compare the fingerprints first, then tick the box.</source>
        <translation>Comparez d&apos;abord les empreintes, puis cochez la case.</translation>
    </message>
    <message>
        <source>Choose the shared folder first.</source>
        <translation>Choisissez d&apos;abord le dossier partagé.</translation>
    </message>
    <message>
        <source>Warning: this folder holds %1 different organisations (different keys, sometimes under the same name). Only one is your cooperative: choose the one whose fingerprint is printed on your convocation, and tell the secretary that someone put the other(s) there.</source>
        <translation>Attention&#xa0;: ce dossier contient %1 organisations différentes (des clés différentes, parfois sous le même nom). Une seule est votre coopérative&#xa0;: choisissez celle dont l&apos;empreinte est imprimée sur votre convocation, et signalez au secrétariat que quelqu&apos;un a déposé les autres.</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, fingerprint %2</source>
        <translation>%1, empreinte %2</translation>
    </message>
    <message>
        <source>No organisation chosen</source>
        <translation>Aucune organisation choisie</translation>
    </message>
    <message>
        <source>Organisation fingerprint: %1</source>
        <translation>Empreinte de l&apos;organisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Organisation fingerprint</source>
        <translation>Empreinte de l&apos;organisation</translation>
    </message>
    <message>
        <source>Choose your name in the list.</source>
        <translation>Choisissez votre nom dans la liste.</translation>
    </message>
    <message>
        <source>You have joined %1 as %2.</source>
        <translation>Vous avez rejoint %1 en tant que %2.</translation>
    </message>
    <message>
        <source>You have joined %1.</source>
        <translation>Vous avez rejoint %1.</translation>
    </message>
    <message>
        <source>Your cooperative&apos;s shared folder</source>
        <translation>Le dossier partagé de votre coopérative</translation>
    </message>
</context>
<context>
    <name>JournalGroup</name>
    <message>
        <source>Journal of events</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Every governance event (admissions, share movements, convocations, ballots, minutes…) is written here, chained to the one before and signed with the organisation&apos;s key: an entry changed or removed afterwards shows at the check.</source>
        <translation>Chaque événement de la vie sociale (admissions, mouvements de parts, convocations, bulletins, procès-verbaux…) est inscrit ici, chaîné au précédent et signé par la clé de l&apos;organisation&#xa0;: une entrée modifiée ou supprimée après coup se voit à la vérification.</translation>
    </message>
    <message>
        <source>Meeting of the entries shown</source>
        <translation>Réunion des entrées affichées</translation>
    </message>
    <message>
        <source>List every entry, or only those about one meeting.</source>
        <translation>Lister toutes les entrées, ou seulement celles d’une réunion.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Latest entries of the journal</source>
        <translation>Dernières entrées du journal</translation>
    </message>
    <message>
        <source>The newest events first, each with its number, date and what happened.</source>
        <translation>Les événements les plus récents d’abord, chacun avec son numéro, sa date et ce qui s’est passé.</translation>
    </message>
    <message>
        <source>&amp;Check the journal</source>
        <translation>Vérifier le &amp;journal</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or put out of order since it was written.</source>
        <translation>Vérifier qu’aucune entrée n’a été modifiée, supprimée ou déplacée depuis son écriture.</translation>
    </message>
    <message>
        <source>Si&amp;gn the pending entries…</source>
        <translation>Si&amp;gner les entrées en attente…</translation>
    </message>
    <message>
        <source>Sign the entries written since the last signature with the organisation&apos;s key (asks its passphrase).</source>
        <translation>Signer avec la clé de l’organisation les entrées écrites depuis la dernière signature (demande sa phrase secrète).</translation>
    </message>
    <message>
        <source>Loading the journal</source>
        <translation>Chargement du journal</translation>
    </message>
    <message>
        <source>Entries: %1 — signed: %2 — awaiting the organisation&apos;s signature: %3</source>
        <translation>Entrées&#xa0;: %1 — signées&#xa0;: %2 — en attente de la signature de l&apos;organisation&#xa0;: %3</translation>
    </message>
    <message>
        <source>This install: %1</source>
        <translation>Cette installation&#xa0;: %1</translation>
    </message>
    <message>
        <source>This install has written no entry yet.</source>
        <translation>Cette installation n&apos;a encore inscrit aucune entrée.</translation>
    </message>
    <message>
        <source>Checking the journal</source>
        <translation>Vérification du journal</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) written since this check: “Check the journal” reads them too.</source>
        <translation>
            <numerusform>%n entrée inscrite depuis cette vérification&#xa0;: «&#xa0;Vérifier le journal&#xa0;» la lit aussi.</numerusform>
            <numerusform>%n entrées inscrites depuis cette vérification&#xa0;: «&#xa0;Vérifier le journal&#xa0;» les lit aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign the pending entries</source>
        <translation>Signer les entrées en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the journal wait for the organisation&apos;s signature. The organisation&apos;s passphrase signs them, so that none can be changed afterwards without it showing.</source>
        <translation>
            <numerusform>%n entrée du journal attend la signature de l&apos;organisation. La phrase secrète de l&apos;organisation la signe, pour qu&apos;elle ne puisse plus être modifiée sans que cela se voie.</numerusform>
            <numerusform>%n entrées du journal attendent la signature de l&apos;organisation. La phrase secrète de l&apos;organisation les signe, pour qu&apos;aucune ne puisse plus être modifiée sans que cela se voie.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Signing the journal</source>
        <translation>Signature du journal</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Meeting no. %1 (deleted)</source>
        <translation>Réunion n°%1 (supprimée)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>En attente de signature</translation>
    </message>
</context>
<context>
    <name>KeyPanel</name>
    <message>
        <source>Tell TalaGov who you are: your key and your votes will be in your name.</source>
        <translation>Indiquez à TalaGov qui vous êtes&#xa0;: votre clé et vos votes seront à votre nom.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The members the organisation published.</source>
        <translation>La liste des sociétaires publiée par l&apos;organisation.</translation>
    </message>
    <message>
        <source>&amp;This is me</source>
        <translation>C&apos;est &amp;moi</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>C&apos;est moi</translation>
    </message>
    <message>
        <source>Remember the name chosen.</source>
        <translation>Retenir le nom choisi.</translation>
    </message>
    <message>
        <source>My voting key</source>
        <translation>Ma clé de vote</translation>
    </message>
    <message>
        <source>Fingerprint of your key:</source>
        <translation>Empreinte de votre clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create my key and request my certificate…</source>
        <translation>Créer ma clé et &amp;demander mon certificat…</translation>
    </message>
    <message>
        <source>Create my key and request my certificate</source>
        <translation>Créer ma clé et demander mon certificat</translation>
    </message>
    <message>
        <source>Make your voting key on this computer and send the request to the secretary through the shared folder.</source>
        <translation>Créer votre clé de vote sur cet ordinateur et envoyer la demande au secrétariat par le dossier partagé.</translation>
    </message>
    <message>
        <source>Member of %1</source>
        <translation>Sociétaire de %1</translation>
    </message>
    <message>
        <source>%1 — member %2 of %3</source>
        <translation>%1 — sociétaire n°&#xa0;%2 de %3</translation>
    </message>
    <message>
        <source>Member %1 of %2</source>
        <translation>Sociétaire n°&#xa0;%1 de %2</translation>
    </message>
    <message>
        <source>Choose your name above before creating your key.</source>
        <translation>Choisissez votre nom ci-dessus avant de créer votre clé.</translation>
    </message>
    <message>
        <source>Your certificate is issued, valid until %1. You can vote from this computer in the polls open for remote voting.</source>
        <translation>Votre certificat est délivré, valable jusqu&apos;au %1. Vous pouvez voter depuis cet ordinateur aux scrutins ouverts au vote à distance.</translation>
    </message>
    <message>
        <source>Your certificate was revoked by the organisation: this key can no longer vote. Create a new key and read its fingerprint to the secretary.</source>
        <translation>Votre certificat a été révoqué par l&apos;organisation&#xa0;: cette clé ne peut plus voter. Créez une nouvelle clé et lisez son empreinte au secrétariat.</translation>
    </message>
    <message>
        <source>Your request is waiting for the secretary. Read them the fingerprint below: they issue your certificate if it is the same as the one their TalaGov shows. It is installed here by itself as soon as it reaches the shared folder.</source>
        <translation>Votre demande attend le secrétariat. Lisez-lui l&apos;empreinte ci-dessous&#xa0;: il délivre votre certificat si elle est identique à celle qu&apos;affiche son TalaGov. Le certificat s&apos;installe ici tout seul dès qu&apos;il arrive dans le dossier partagé.</translation>
    </message>
    <message>
        <source>Your certificate has expired: this key can no longer vote. Create a new key and read its fingerprint to the secretary.</source>
        <translation>Votre certificat a expiré&#xa0;: cette clé ne peut plus voter. Créez une nouvelle clé et lisez son empreinte au secrétariat.</translation>
    </message>
    <message>
        <source>You have no voting key on this computer yet. To vote from home, create it: TalaGov writes the request for your certificate into the shared folder.</source>
        <translation>Vous n&apos;avez pas encore de clé de vote sur cet ordinateur. Pour voter de chez vous, créez-la&#xa0;: TalaGov dépose la demande de votre certificat dans le dossier partagé.</translation>
    </message>
    <message>
        <source>Fingerprint of your key: %1</source>
        <translation>Empreinte de votre clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a &amp;new key…</source>
        <translation>Créer une &amp;nouvelle clé…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Legal entity</source>
        <translation>Personne morale</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne physique</translation>
    </message>
    <message>
        <source>Resignation</source>
        <translation>Démission</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Retirement</source>
        <translation>Départ en retraite</translation>
    </message>
    <message>
        <source>Economic dismissal</source>
        <translation>Licenciement économique</translation>
    </message>
    <message>
        <source>Invalidity</source>
        <translation>Invalidité</translation>
    </message>
    <message>
        <source>End of employment</source>
        <translation>Fin de contrat de travail</translation>
    </message>
    <message>
        <source>Dissolution</source>
        <translation>Dissolution</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>Producteurs</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Public bodies</source>
        <translation>Collectivités publiques</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Founders</source>
        <translation>Fondateurs</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The documents kept by the cooperative; double-click to open one.</source>
        <translation>Les documents conservés par la coopérative&#xa0;; double-cliquez pour en ouvrir un.</translation>
    </message>
    <message>
        <source>Statutes, internal rules, reports and accounts: each file is kept once in the library folder next to the database, and stays there when a meeting that used it is deleted.</source>
        <translation>Statuts, règlement intérieur, rapports et comptes&#xa0;: chaque fichier est conservé une seule fois dans le dossier de la bibliothèque, à côté de la base de données, et y reste quand une réunion qui l&apos;utilisait est supprimée.</translation>
    </message>
    <message>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>Copy a file into the library and describe it.</source>
        <translation>Copier un fichier dans la bibliothèque et le décrire.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the title, kind, date or meeting of the selected document.</source>
        <translation>Modifier le titre, le type, la date ou la réunion du document sélectionné.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Remove the selected document from the library.</source>
        <translation>Retirer le document sélectionné de la bibliothèque.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected document in the application set for its type.</source>
        <translation>Ouvrir le document sélectionné avec l’application prévue pour son type.</translation>
    </message>
    <message>
        <source>Loading the library</source>
        <translation>Chargement de la bibliothèque</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Delete the document “%1” from the library?</source>
        <translation>Supprimer le document «&#xa0;%1&#xa0;» de la bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Deleting the document</source>
        <translation>Suppression du document</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Licence — TalaGov</source>
        <translation>Licence — TalaGov</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3.</source>
        <translation>La licence publique générale GNU, version 3.</translation>
    </message>
    <message>
        <source>The licence file is missing from this installation. TalaGov is distributed under the GNU General Public License, version 3 or later: %1</source>
        <translation>Le fichier de la licence manque dans cette installation. TalaGov est distribué selon la licence publique générale GNU, version 3 ou ultérieure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close the licence.</source>
        <translation>Fermer la licence.</translation>
    </message>
</context>
<context>
    <name>MailSettingsForm</name>
    <message>
        <source>e.g. smtp.example.org</source>
        <extracomment>The usual port of each security mode, proposed when the mode changes.</extracomment>
        <translation>par ex. smtp.example.org</translation>
    </message>
    <message>
        <source>The name of your mail provider&apos;s outgoing server, e.g. smtp.example.org.</source>
        <translation>Le nom du serveur d’envoi de votre fournisseur de courrier, par exemple smtp.example.org.</translation>
    </message>
    <message>
        <source>Port number given by your provider: usually 587 with STARTTLS, 465 with TLS.</source>
        <translation>Numéro de port donné par votre fournisseur&#xa0;: en général 587 avec STARTTLS, 465 avec TLS.</translation>
    </message>
    <message>
        <source>How the connection to the server is encrypted, as your provider says.</source>
        <translation>Comment la connexion au serveur est chiffrée, selon les indications de votre fournisseur.</translation>
    </message>
    <message>
        <source>The login of the mail account, often the full address; leave empty if none is needed.</source>
        <translation>L’identifiant du compte de courrier, souvent l’adresse complète&#xa0;; laissez vide s’il n’en faut pas.</translation>
    </message>
    <message>
        <source>e.g. secretariat@example.org</source>
        <translation>par ex. secretariat@example.org</translation>
    </message>
    <message>
        <source>The address members see as the sender of convocations and minutes.</source>
        <translation>L’adresse que les sociétaires voient comme expéditeur des convocations et des procès-verbaux.</translation>
    </message>
    <message>
        <source>The mail account&apos;s password; TalaGov never stores it in its own files.</source>
        <translation>Le mot de passe du compte de courrier&#xa0;; TalaGov ne l’enregistre jamais dans ses propres fichiers.</translation>
    </message>
    <message>
        <source>&amp;Save the e-mail settings</source>
        <translation>Enre&amp;gistrer les paramètres de courriel</translation>
    </message>
    <message>
        <source>Save the server, port, security, user name and sender address.</source>
        <translation>Enregistrer le serveur, le port, la sécurité, l’identifiant et l’adresse d’expéditeur.</translation>
    </message>
    <message>
        <source>Save password in the system &amp;keyring</source>
        <translation>E&amp;nregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Keep the password in the system&apos;s keyring so that it is not asked at each sending.</source>
        <translation>Garder le mot de passe dans le trousseau du système pour qu’il ne soit pas demandé à chaque envoi.</translation>
    </message>
    <message>
        <source>Send a &amp;test e-mail</source>
        <translation>En&amp;voyer un courriel de test</translation>
    </message>
    <message>
        <source>Send a short message to the sender address to check the settings.</source>
        <translation>Envoyer un court message à l’adresse d’expéditeur pour vérifier les réglages.</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Serveur d&apos;envoi (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Serveu&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sécuri&amp;té&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Sen&amp;der address:</source>
        <translation>A&amp;dresse d&apos;expédition&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is never stored and is asked for at each sending. Type it here only to send a test e-mail.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le mot de passe n&apos;est jamais conservé et il est demandé à chaque envoi. Saisissez-le ici uniquement pour envoyer un courriel de test.</translation>
    </message>
    <message>
        <source>A password is saved in the system keyring for this server and user.</source>
        <translation>Un mot de passe est enregistré dans le trousseau du système pour ce serveur et cet identifiant.</translation>
    </message>
    <message>
        <source>No password is saved: it is asked for at each sending, unless you save it in the system keyring.</source>
        <translation>Aucun mot de passe n&apos;est enregistré&#xa0;: il est demandé à chaque envoi, sauf si vous l&apos;enregistrez dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Loading the e-mail settings</source>
        <translation>Chargement des paramètres de courriel</translation>
    </message>
    <message>
        <source>Saving the e-mail settings</source>
        <translation>Enregistrement des paramètres de courriel</translation>
    </message>
    <message>
        <source>The e-mail settings are saved.</source>
        <translation>Les paramètres de courriel sont enregistrés.</translation>
    </message>
    <message>
        <source>Type the password to save.</source>
        <translation>Saisissez le mot de passe à enregistrer.</translation>
    </message>
    <message>
        <source>Saving the password</source>
        <translation>Enregistrement du mot de passe</translation>
    </message>
    <message>
        <source>The password is saved in the system keyring.</source>
        <translation>Le mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Sending a test e-mail</source>
        <translation>Envoi d&apos;un courriel de test</translation>
    </message>
    <message>
        <source>A test e-mail was sent to %1.</source>
        <translation>Un courriel de test a été envoyé à %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>The parts of TalaGov: choose one to show it on the right (Ctrl+1 to Ctrl+9 from anywhere).</source>
        <translation>Les parties de TalaGov&#xa0;: choisissez-en une pour l’afficher à droite (Ctrl+1 à Ctrl+9 depuis n’importe où).</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Sociétaires</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;archive…</source>
        <translation>Ouvrir une &amp;archive…</translation>
    </message>
    <message>
        <source>Open a voting &amp;package…</source>
        <translation>Ouvrir un &amp;paquet de vote…</translation>
    </message>
    <message>
        <source>Create my voting &amp;key…</source>
        <translation>Créer ma &amp;clé de vote…</translation>
    </message>
    <message>
        <source>Install my &amp;certificate…</source>
        <translation>Installer mon cer&amp;tificat…</translation>
    </message>
    <message>
        <source>&amp;Join a cooperative (shared folder)…</source>
        <translation>Re&amp;joindre une coopérative (dossier partagé)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nouveau sociétaire…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <source>White and yellow text on black, for low vision (applies at once).</source>
        <translation>Texte blanc et jaune sur fond noir, pour les personnes malvoyantes (appliqué aussitôt).</translation>
    </message>
    <message>
        <source>Open an archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>TalaGov archives (*.zip);;All files (*)</source>
        <translation>Archives TalaGov (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading organisation</source>
        <translation>Chargement de l&apos;organisation</translation>
    </message>
    <message>
        <source>%1 — %2 — TalaGov</source>
        <translation>%1 — %2 — TalaGov</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Travail en cours…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time TalaGov starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de TalaGov.</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>New mandate</source>
        <translation>Nouveau mandat</translation>
    </message>
    <message>
        <source>The board or committee in which the office is held.</source>
        <translation>Le conseil ou le comité dans lequel la fonction est exercée.</translation>
    </message>
    <message>
        <source>The associate who holds the office; type part of a name or number.</source>
        <translation>L’associé qui exerce la fonction&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>The office held: chair, director, gérant…</source>
        <translation>La fonction exercée&#xa0;: président, administrateur, gérant…</translation>
    </message>
    <message>
        <source>The first day of the mandate, usually the day of the electing meeting.</source>
        <translation>Le premier jour du mandat, en général le jour de la réunion qui a élu.</translation>
    </message>
    <message>
        <source>When the mandate should end; proposed from the longest term the statutes allow.</source>
        <translation>Quand le mandat doit prendre fin&#xa0;; proposé d’après la durée maximale permise par les statuts.</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Titulaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Planned end:</source>
        <translation>&amp;Fin prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Loading bodies and members</source>
        <translation>Chargement des instances et des sociétaires</translation>
    </message>
    <message>
        <source>The statutes set no maximum term for this role.</source>
        <translation>Les statuts ne fixent pas de durée maximale pour ce rôle.</translation>
    </message>
    <message>
        <source>The statutes allow at most %1 years for this role.</source>
        <translation>Les statuts permettent au plus %1 ans pour ce rôle.</translation>
    </message>
    <message>
        <source>Create a body first (Mandates page, “New body…”).</source>
        <translation>Créez d&apos;abord une instance (page Mandats, «&#xa0;Nouvelle instance…&#xa0;»).</translation>
    </message>
    <message>
        <source>Choose the holder among the current members.</source>
        <translation>Choisissez le titulaire parmi les sociétaires actuels.</translation>
    </message>
    <message>
        <source>The planned end is beyond the %1-year maximum term of the statutes.</source>
        <translation>La fin prévue dépasse la durée maximale de %1 ans fixée par les statuts.</translation>
    </message>
    <message>
        <source>Recording the mandate</source>
        <translation>Enregistrement du mandat</translation>
    </message>
</context>
<context>
    <name>MandateTableModel</name>
    <message>
        <source>In office</source>
        <translation>En fonction</translation>
    </message>
    <message>
        <source>To renew at the next AG</source>
        <translation>À renouveler à la prochaine AG</translation>
    </message>
    <message>
        <source>Term over, not closed</source>
        <translation>Terme dépassé, non clôturé</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Pas encore commencé</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Terminé le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Planned end %1: to renew before the AG deadline (%2)</source>
        <translation>Fin prévue le %1&#xa0;: à renouveler avant l&apos;échéance de l&apos;AG (%2)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>MandatesPage</name>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Bodies</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>The boards and committees of the cooperative; choose one to list its mandates.</source>
        <translation>Les conseils et comités de la coopérative&#xa0;; choisissez-en un pour voir ses mandats.</translation>
    </message>
    <message>
        <source>&amp;Bodies:</source>
        <translation>&amp;Instances&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;body…</source>
        <translation>Nouvelle &amp;instance…</translation>
    </message>
    <message>
        <source>Add a board, a committee or a management position.</source>
        <translation>Ajouter un conseil, un comité ou une fonction de direction.</translation>
    </message>
    <message>
        <source>&amp;Current mandates only</source>
        <translation>Mandats en &amp;cours seulement</translation>
    </message>
    <message>
        <source>Current mandates only</source>
        <translation>Mandats en cours seulement</translation>
    </message>
    <message>
        <source>Hide the mandates that have already ended.</source>
        <translation>Masquer les mandats déjà terminés.</translation>
    </message>
    <message>
        <source>Who holds which office, since when and until when; double-click to edit.</source>
        <translation>Qui exerce quelle fonction, depuis quand et jusqu’à quand&#xa0;; double-cliquez pour modifier.</translation>
    </message>
    <message>
        <source>&amp;Mandates:</source>
        <translation>&amp;Mandats&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New mandate…</source>
        <translation>&amp;Nouveau mandat…</translation>
    </message>
    <message>
        <source>Record that a member takes an office in a body.</source>
        <translation>Enregistrer qu’un sociétaire prend une fonction dans une instance.</translation>
    </message>
    <message>
        <source>&amp;End mandate…</source>
        <translation>&amp;Fin de mandat…</translation>
    </message>
    <message>
        <source>Record the end of the selected mandate, with its date and reason.</source>
        <translation>Enregistrer la fin du mandat sélectionné, avec sa date et son motif.</translation>
    </message>
    <message>
        <source>&amp;Handover…</source>
        <translation>&amp;Passation…</translation>
    </message>
    <message>
        <source>End the selected mandate and give the same office to a successor on the same day.</source>
        <translation>Terminer le mandat sélectionné et confier la même fonction à un successeur le même jour.</translation>
    </message>
    <message>
        <source>Loading mandates</source>
        <translation>Chargement des mandats</translation>
    </message>
    <message>
        <source>All bodies</source>
        <translation>Toutes les instances</translation>
    </message>
    <message numerus="yes">
        <source>Next annual general meeting: by %1. %n mandate(s) to renew by then.</source>
        <translation>
            <numerusform>Prochaine assemblée générale annuelle&#xa0;: au plus tard le %1. %n mandat à renouveler d&apos;ici là.</numerusform>
            <numerusform>Prochaine assemblée générale annuelle&#xa0;: au plus tard le %1. %n mandats à renouveler d&apos;ici là.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <source>Polls open for remote voting</source>
        <translation>Scrutins ouverts au vote à distance</translation>
    </message>
    <message>
        <source>&amp;Vote…</source>
        <translation>&amp;Voter…</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Vote in the open polls; your signed ballots are written into the shared folder.</source>
        <translation>Voter aux scrutins ouverts&#xa0;; vos bulletins signés sont déposés dans le dossier partagé.</translation>
    </message>
    <message>
        <source>&amp;Give a proxy…</source>
        <translation>Donner un &amp;pouvoir…</translation>
    </message>
    <message>
        <source>Give a proxy</source>
        <translation>Donner un pouvoir</translation>
    </message>
    <message>
        <source>Let another member, or the chair, vote for you at this meeting.</source>
        <translation>Confier votre vote à cette réunion à un autre sociétaire ou au président de séance.</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Enter or double-click opens the document.</source>
        <translation>Entrée ou un double-clic ouvre le document.</translation>
    </message>
    <message>
        <source>&amp;Open the document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Check the document against its fingerprint, then open it.</source>
        <translation>Vérifier le document grâce à son empreinte, puis l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remote link: %1</source>
        <translation>Lien de participation à distance&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — you have voted from this computer</source>
        <translation>%1 — vous avez voté depuis cet ordinateur</translation>
    </message>
    <message>
        <source>Voting again replaces your previous ballot.</source>
        <translation>Voter à nouveau remplace votre bulletin précédent.</translation>
    </message>
    <message>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 ko)</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Détails de la réunion</translation>
    </message>
    <message>
        <source>e.g. Assemblée générale ordinaire 2027</source>
        <translation>par ex. Assemblée générale ordinaire 2027</translation>
    </message>
    <message>
        <source>The title printed on the convocation and the minutes, e.g. Assemblée générale ordinaire 2027.</source>
        <translation>Le titre imprimé sur la convocation et le procès-verbal, par exemple Assemblée générale ordinaire 2027.</translation>
    </message>
    <message>
        <source>The kind of meeting decides its quorum, majority and notice.</source>
        <translation>Le type de réunion détermine son quorum, sa majorité et son délai de convocation.</translation>
    </message>
    <message>
        <source>For a board meeting, the body that meets.</source>
        <translation>Pour une réunion du conseil, l’instance qui se réunit.</translation>
    </message>
    <message>
        <source>The day of the meeting; the notice period is counted back from it.</source>
        <translation>Le jour de la réunion&#xa0;; le délai de convocation se compte à rebours à partir de ce jour.</translation>
    </message>
    <message>
        <source>The time the meeting starts, printed on the convocation.</source>
        <translation>L’heure de début de la réunion, imprimée sur la convocation.</translation>
    </message>
    <message>
        <source>The time the meeting is planned to end.</source>
        <translation>L’heure de fin prévue de la réunion.</translation>
    </message>
    <message>
        <source>Address of the room</source>
        <translation>Adresse de la salle</translation>
    </message>
    <message>
        <source>Where the meeting is held, printed on the convocation.</source>
        <translation>Le lieu de la réunion, imprimé sur la convocation.</translation>
    </message>
    <message>
        <source>Video-conference link, if members may attend remotely</source>
        <translation>Lien de visioconférence, si les sociétaires peuvent participer à distance</translation>
    </message>
    <message>
        <source>A web address, e.g. https://…, sent with the convocation when the statutes allow remote attendance.</source>
        <translation>Une adresse web, par exemple https://…, envoyée avec la convocation si les statuts permettent d’assister à distance.</translation>
    </message>
    <message>
        <source>The day on which the members and their shares are counted for the votes; unticked: the meeting&apos;s date.</source>
        <translation>Le jour où l’on arrête la liste des sociétaires et de leurs parts pour les votes&#xa0;; décoché&#xa0;: la date de la réunion.</translation>
    </message>
    <message>
        <source>Free notes about the meeting, for the secretary.</source>
        <translation>Notes libres sur la réunion, pour le secrétariat.</translation>
    </message>
    <message>
        <source>The meeting is convened: its date, kind, body and record date can no longer change.</source>
        <translation>La réunion est convoquée&#xa0;: sa date, son type, son instance et sa date de référence ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Instance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;nds at:</source>
        <translation>Heure de &amp;fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remote link:</source>
        <translation>Lien de &amp;visioconférence&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;cord date of the voting rights:</source>
        <translation>Date de &amp;référence des droits de vote&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the meeting</source>
        <translation>Chargement de la réunion</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Donnez un titre à la réunion.</translation>
    </message>
    <message>
        <source>Choose the body that meets (create it on the Mandates page if needed).</source>
        <translation>Choisissez l&apos;instance qui se réunit (créez-la si besoin dans la page Mandats).</translation>
    </message>
    <message>
        <source>The meeting must end after it starts.</source>
        <translation>La réunion doit se terminer après son début.</translation>
    </message>
    <message>
        <source>The record date cannot be after the meeting.</source>
        <translation>La date de référence ne peut pas être postérieure à la réunion.</translation>
    </message>
    <message>
        <source>Saving the meeting</source>
        <translation>Enregistrement de la réunion</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <source>Ordinary general meeting (AGO)</source>
        <translation>Assemblée générale ordinaire (AGO)</translation>
    </message>
    <message>
        <source>Extraordinary general meeting (AGE)</source>
        <translation>Assemblée générale extraordinaire (AGE)</translation>
    </message>
    <message>
        <source>Mixed general meeting (ordinary and extraordinary)</source>
        <translation>Assemblée générale mixte (ordinaire et extraordinaire)</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>Réunion du conseil</translation>
    </message>
    <message>
        <source>Other body (committee, working group)</source>
        <translation>Autre instance (comité, groupe de travail)</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Convoquée</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>En séance</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaire</translation>
    </message>
    <message>
        <source>Extraordinary</source>
        <translation>Extraordinaire</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Associates</source>
        <translation>Associés</translation>
    </message>
    <message>
        <source>Statutes</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Internal rules</source>
        <translation>Règlement intérieur</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Annual accounts</source>
        <translation>Comptes annuels</translation>
    </message>
    <message>
        <source>Proxy form</source>
        <translation>Formulaire de pouvoir</translation>
    </message>
    <message>
        <source>Postal voting form</source>
        <translation>Formulaire de vote par correspondance</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <source>AGO</source>
        <translation>AGO</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>AGE</translation>
    </message>
    <message>
        <source>Mixed AG</source>
        <translation>AG mixte</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Autre instance</translation>
    </message>
</context>
<context>
    <name>MeetingRulesEditor</name>
    <message>
        <source>&amp;Quorum (fraction):</source>
        <translation>&amp;Quorum (fraction)&#xa0;:</translation>
    </message>
    <message>
        <source>Quorum counted on:</source>
        <translation>Quorum calculé sur&#xa0;:</translation>
    </message>
    <message>
        <source>Represented members count:</source>
        <translation>Les représentés comptent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Majority (fraction):</source>
        <translation>&amp;Majorité (fraction)&#xa0;:</translation>
    </message>
    <message>
        <source>Strictly more than:</source>
        <translation>Strictement plus de&#xa0;:</translation>
    </message>
    <message>
        <source>Majority counted on:</source>
        <translation>Majorité calculée sur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notice (days):</source>
        <translation>Délai de &amp;convocation (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Chair&apos;s casting vote:</source>
        <translation>Voix prépondérante du président&#xa0;:</translation>
    </message>
    <message>
        <source>Own rules at the &amp;second convocation</source>
        <translation>Règles propres à la &amp;seconde convocation</translation>
    </message>
    <message>
        <source>Own rules at the second convocation</source>
        <translation>Règles propres à la seconde convocation</translation>
    </message>
    <message>
        <source>When unchecked, the rules of the first convocation apply again at the second.</source>
        <translation>Décoché, les règles de la première convocation s&apos;appliquent aussi à la seconde.</translation>
    </message>
    <message>
        <source>First convocation</source>
        <translation>Première convocation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>first convocation</source>
        <translation>première convocation</translation>
    </message>
    <message>
        <source>second convocation</source>
        <translation>seconde convocation</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Seconde</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N° %1</translation>
    </message>
    <message>
        <source>General meeting</source>
        <translation>Assemblée générale</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n point à l&apos;ordre du jour</numerusform>
            <numerusform>%n points à l&apos;ordre du jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Convocation</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>&amp;Preparation</source>
        <translation>&amp;Préparation</translation>
    </message>
    <message>
        <source>The agenda, its resolutions and elections, and the meeting&apos;s documents.</source>
        <translation>L’ordre du jour, ses résolutions et élections, et les documents de l’assemblée.</translation>
    </message>
    <message>
        <source>Con&amp;vocation</source>
        <translation>Con&amp;vocation</translation>
    </message>
    <message>
        <source>Send the notice of meeting and keep a record of every sending.</source>
        <translation>Envoyer la convocation et garder la trace de chaque envoi.</translation>
    </message>
    <message>
        <source>Sessi&amp;on</source>
        <translation>&amp;Séance</translation>
    </message>
    <message>
        <source>Attendance, proxies, postal votes, the officers and the quorum.</source>
        <translation>Présences, pouvoirs, votes par correspondance, bureau et quorum.</translation>
    </message>
    <message>
        <source>Vote&amp;s</source>
        <translation>Vot&amp;es</translation>
    </message>
    <message>
        <source>Prepare, open and close the polls, and count the ballots.</source>
        <translation>Préparer, ouvrir et clore les scrutins, et dépouiller les bulletins.</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>Procès-verb&amp;al</translation>
    </message>
    <message>
        <source>Draft the minutes, have them signed and save them as a PDF.</source>
        <translation>Rédiger le procès-verbal, le faire signer et l’enregistrer en PDF.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arch&amp;ive</translation>
    </message>
    <message>
        <source>Export the closed meeting as one signed file that can be checked.</source>
        <translation>Exporter l’assemblée close en un seul fichier signé et vérifiable.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or create one with “New meeting…”.</source>
        <translation>Choisissez une réunion dans la liste, ou créez-en une avec «&#xa0;Nouvelle réunion…&#xa0;».</translation>
    </message>
    <message>
        <source>Loading the meeting</source>
        <translation>Chargement de la réunion</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Convene…</source>
        <translation>Convoquer…</translation>
    </message>
    <message>
        <source>Go to the Convocation tab to send the notice of meeting.</source>
        <translation>Aller à l’onglet «&#xa0;Convocation&#xa0;» pour envoyer la convocation.</translation>
    </message>
    <message>
        <source>Open the session…</source>
        <translation>Ouvrir la séance…</translation>
    </message>
    <message>
        <source>Go to the Session tab to open the meeting.</source>
        <translation>Aller à l’onglet «&#xa0;Séance&#xa0;» pour ouvrir la séance.</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Clore la séance…</translation>
    </message>
    <message>
        <source>Go to the Session tab to close the meeting.</source>
        <translation>Aller à l’onglet «&#xa0;Séance&#xa0;» pour clore la séance.</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>Remettre en préparation</translation>
    </message>
    <message>
        <source>Put the meeting back in preparation (only before any notice is sent).</source>
        <translation>Remettre l’assemblée en préparation (possible seulement avant tout envoi de convocation).</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Mark the meeting as archived: it can no longer change.</source>
        <translation>Marquer l’assemblée comme archivée&#xa0;: elle ne pourra plus changer.</translation>
    </message>
    <message>
        <source>Put the meeting back in preparation? This is possible only while no convocation has been sent.</source>
        <translation>Remettre la réunion en préparation&#xa0;? C&apos;est possible uniquement tant qu&apos;aucune convocation n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>Archive the meeting? An archived meeting can no longer change.</source>
        <translation>Archiver la réunion&#xa0;? Une réunion archivée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Changing the meeting&apos;s status</source>
        <translation>Changement d&apos;état de la réunion</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>General meetings and board meetings; choose one to prepare, hold or archive it.</source>
        <translation>Les assemblées générales et les réunions du conseil&#xa0;; choisissez-en une pour la préparer, la tenir ou l’archiver.</translation>
    </message>
    <message>
        <source>&amp;Meetings:</source>
        <translation>&amp;Réunions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Plan a general meeting or a board meeting.</source>
        <translation>Prévoir une assemblée générale ou une réunion du conseil.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Delete the selected meeting and its agenda; its documents stay in the library.</source>
        <translation>Supprimer la réunion sélectionnée et son ordre du jour&#xa0;; ses documents restent dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Loading meetings</source>
        <translation>Chargement des réunions</translation>
    </message>
    <message>
        <source>Delete the meeting “%1”? Its agenda goes with it; the documents stay in the library. Only a meeting in preparation can be deleted.</source>
        <translation>Supprimer la réunion «&#xa0;%1&#xa0;»&#xa0;? Son ordre du jour est supprimé avec elle&#xa0;; les documents restent dans la bibliothèque. Seule une réunion en préparation peut être supprimée.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Deleting the meeting</source>
        <translation>Suppression de la réunion</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>The meetings the secretary published.</source>
        <translation>Les réunions publiées par le secrétariat.</translation>
    </message>
    <message>
        <source>The secretary has published no meeting yet. TalaGov looks at the shared folder regularly: a meeting appears here as soon as it is convened.</source>
        <translation>Le secrétariat n&apos;a encore publié aucune réunion. TalaGov consulte régulièrement le dossier partagé&#xa0;: une réunion apparaît ici dès qu&apos;elle est convoquée.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>%1
%2 — %3</source>
        <translation>%1
%2 — %3</translation>
    </message>
    <message>
        <source>Choose your name under « My key » first.</source>
        <translation>Choisissez d&apos;abord votre nom dans l&apos;onglet «&#xa0;Ma clé&#xa0;».</translation>
    </message>
    <message>
        <source>To vote from this computer, create your voting key under « My key ».</source>
        <translation>Pour voter depuis cet ordinateur, créez votre clé de vote dans l&apos;onglet «&#xa0;Ma clé&#xa0;».</translation>
    </message>
    <message>
        <source>You can vote once the secretary has issued your certificate (« My key »).</source>
        <translation>Vous pourrez voter dès que le secrétariat aura délivré votre certificat («&#xa0;Ma clé&#xa0;»).</translation>
    </message>
    <message>
        <source>Your certificate was revoked: you cannot vote from this computer.</source>
        <translation>Votre certificat a été révoqué&#xa0;: vous ne pouvez pas voter depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>You are not on the list of the members called to this meeting.</source>
        <translation>Vous ne figurez pas sur la liste des sociétaires convoqués à cette réunion.</translation>
    </message>
    <message>
        <source>You gave a blank proxy (to the chair).</source>
        <translation>Vous avez donné un pouvoir en blanc (au président de séance).</translation>
    </message>
    <message>
        <source>You gave your proxy to %1.</source>
        <translation>Vous avez donné votre pouvoir à %1.</translation>
    </message>
    <message>
        <source>The secretary has registered it.</source>
        <translation>Le secrétariat l&apos;a enregistré.</translation>
    </message>
    <message>
        <source>The secretary has not registered it (yet).</source>
        <translation>Le secrétariat ne l&apos;a pas (encore) enregistré.</translation>
    </message>
    <message>
        <source>You hold the proxy of %1: you vote for them too.</source>
        <translation>Vous détenez le pouvoir de %1&#xa0;: vous votez aussi en son nom.</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>Member record</source>
        <translation>Fiche du sociétaire</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>Maiden name, former corporate name… one per line</source>
        <translation>Nom de naissance, ancienne raison sociale… un par ligne</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Pr&amp;énom&#xa0;:</translation>
    </message>
    <message>
        <source>Mem&amp;bership</source>
        <translation>&amp;Adhésion</translation>
    </message>
    <message>
        <source>e.g. board meeting of 12/06/2025</source>
        <translation>p. ex. conseil d&apos;administration du 12/06/2025</translation>
    </message>
    <message>
        <source>C&amp;ollege:</source>
        <translation>Co&amp;llège&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Admission date:</source>
        <translation>Date d&apos;a&amp;dmission&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xit date:</source>
        <translation>Date de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Coordonnées</translation>
    </message>
    <message>
        <source>Same as the e-mail address</source>
        <translation>Identique à l&apos;adresse électronique</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;ourriel&#xa0;:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Number, names and date of birth of the member.</source>
        <translation>Numéro, noms et date de naissance du sociétaire.</translation>
    </message>
    <message>
        <source>The member&apos;s number in the register, e.g. S-0042; a new member gets the next one.</source>
        <translation>Le numéro du sociétaire au registre, par exemple S-0042&#xa0;; un nouveau sociétaire reçoit le suivant.</translation>
    </message>
    <message>
        <source>The family name as on an identity document, or the corporate name of an entity.</source>
        <translation>Le nom de famille tel que sur une pièce d’identité, ou la raison sociale d’une personne morale.</translation>
    </message>
    <message>
        <source>The first name as on an identity document.</source>
        <translation>Le prénom tel que sur une pièce d’identité.</translation>
    </message>
    <message>
        <source>Date of birth, if known; it counts for the age limit of board members.</source>
        <translation>Date de naissance, si elle est connue&#xa0;; elle compte pour la limite d’âge des administrateurs.</translation>
    </message>
    <message>
        <source>Other names under which the member appears in older records, one per line.</source>
        <translation>Les autres noms sous lesquels le sociétaire figure dans des documents anciens, un par ligne.</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Date de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other names:</source>
        <translation>A&amp;utres noms&#xa0;:</translation>
    </message>
    <message>
        <source>Category, college, admission and exit of the member.</source>
        <translation>Catégorie, collège, admission et sortie du sociétaire.</translation>
    </message>
    <message>
        <source>The category of associates the member belongs to (see Settings, Categories).</source>
        <translation>La catégorie d’associés à laquelle appartient le sociétaire (voir Paramètres, Catégories).</translation>
    </message>
    <message>
        <source>The voting college in which the member votes.</source>
        <translation>Le collège de vote dans lequel le sociétaire vote.</translation>
    </message>
    <message>
        <source>The day the member was admitted as an associate.</source>
        <translation>Le jour où l’associé a été admis.</translation>
    </message>
    <message>
        <source>Which decision admitted the member, e.g. board meeting of 12/06/2025.</source>
        <translation>La décision qui a admis le sociétaire, par exemple conseil d’administration du 12/06/2025.</translation>
    </message>
    <message>
        <source>The day the member left; leave unticked while they are an associate.</source>
        <translation>Le jour où le sociétaire est sorti ; laissez décoché tant qu’il est associé.</translation>
    </message>
    <message>
        <source>Why the member left: resignation, exclusion, death…</source>
        <translation>Pourquoi le sociétaire est sorti&#xa0;: démission, exclusion, décès…</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie&#xa0;:</translation>
    </message>
    <message>
        <source>Admission d&amp;ecision:</source>
        <translation>Décisi&amp;on d&apos;admission&#xa0;:</translation>
    </message>
    <message>
        <source>Exit reaso&amp;n:</source>
        <translation>Moti&amp;f de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>How to reach the member, and whether convocations may go by e-mail.</source>
        <translation>Comment joindre le sociétaire, et si les convocations peuvent lui être envoyées par courriel.</translation>
    </message>
    <message>
        <source>E-mail address, e.g. name@example.org.</source>
        <translation>Adresse électronique, par exemple nom@example.org.</translation>
    </message>
    <message>
        <source>A phone number to reach the member, in any format.</source>
        <translation>Un numéro de téléphone pour joindre le sociétaire, sous n’importe quelle forme.</translation>
    </message>
    <message>
        <source>Postal address, used for convocations sent by post.</source>
        <translation>Adresse postale, utilisée pour les convocations envoyées par courrier.</translation>
    </message>
    <message>
        <source>The day the member agreed in writing to receive convocations by e-mail; untick if they did not.</source>
        <translation>Le jour où le sociétaire a accepté par écrit de recevoir les convocations par courriel&#xa0;; décochez s’il ne l’a pas fait.</translation>
    </message>
    <message>
        <source>Address for the convocations, if it differs from the e-mail address above.</source>
        <translation>Adresse pour les convocations, si elle diffère de l’adresse électronique ci-dessus.</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Té&amp;léphone&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Consent to electronic con&amp;vocation since:</source>
        <translation>Accord pour la con&amp;vocation électronique depuis le&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onvocation e-mail:</source>
        <translation>Co&amp;urriel de convocation&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the employment contract.</source>
        <translation>Premier jour du contrat de travail.</translation>
    </message>
    <message>
        <source>Last day of the contract, if it has ended.</source>
        <translation>Dernier jour du contrat, s’il a pris fin.</translation>
    </message>
    <message>
        <source>Why the employment ended.</source>
        <translation>Pourquoi l’emploi a pris fin.</translation>
    </message>
    <message>
        <source>&amp;Add an employment period</source>
        <translation>Ajouter une péri&amp;ode d&apos;emploi</translation>
    </message>
    <message>
        <source>Add a row for a period of employment by the cooperative.</source>
        <translation>Ajouter une ligne pour une période d’emploi par la coopérative.</translation>
    </message>
    <message>
        <source>Full name of the person who represents the entity.</source>
        <translation>Nom complet de la personne qui représente la personne morale.</translation>
    </message>
    <message>
        <source>Their role, e.g. Mayor or Managing director.</source>
        <translation>Sa fonction, par exemple maire ou directrice générale.</translation>
    </message>
    <message>
        <source>First day they represent the entity.</source>
        <translation>Premier jour où elle représente la personne morale.</translation>
    </message>
    <message>
        <source>Last day, once someone else took over.</source>
        <translation>Dernier jour, une fois qu’une autre personne a pris le relais.</translation>
    </message>
    <message>
        <source>&amp;Add a representative</source>
        <translation>Ajouter un repré&amp;sentant</translation>
    </message>
    <message>
        <source>Add a row for a new representative of the entity.</source>
        <translation>Ajouter une ligne pour un nouveau représentant de la personne morale.</translation>
    </message>
    <message>
        <source>E&amp;mployment</source>
        <translation>Em&amp;ploi</translation>
    </message>
    <message>
        <source>Periods during which this person was employed by the cooperative.</source>
        <translation>Périodes pendant lesquelles cette personne a été salariée de la coopérative.</translation>
    </message>
    <message>
        <source>&amp;Representatives</source>
        <translation>&amp;Représentants</translation>
    </message>
    <message>
        <source>The natural person who represents the entity, for each period (for a commune: the elected official designated after each election).</source>
        <translation>La personne physique qui représente la personne morale, pour chaque période (pour une commune&#xa0;: l&apos;élu désigné après chaque élection).</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Free notes about the member, for the secretary.</source>
        <translation>Notes libres sur le sociétaire, pour le secrétariat.</translation>
    </message>
    <message>
        <source>Anything worth keeping about this member, for the secretary.</source>
        <translation>Tout ce qui mérite d’être conservé sur ce sociétaire, pour le secrétariat.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Corporate &amp;name:</source>
        <translation>Raison s&amp;ociale&#xa0;:</translation>
    </message>
    <message>
        <source>This tab has a problem to fix</source>
        <translation>Cet onglet contient un problème à corriger</translation>
    </message>
</context>
<context>
    <name>MemberKeyModel</name>
    <message>
        <source>Member</source>
        <translation>Sociétaire</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Revoked on %1 (%2)</source>
        <translation>Révoqué le %1 (%2)</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Valide</translation>
    </message>
</context>
<context>
    <name>MemberKeysDialog</name>
    <message>
        <source>Keys and certificates</source>
        <translation>Clés et certificats</translation>
    </message>
    <message>
        <source>Fingerprint of the organisation key</source>
        <translation>Empreinte de la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>Fingerprint of the organisation key:</source>
        <translation>Empreinte de la clé de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Members&apos; certificates</source>
        <translation>Certificats des sociétaires</translation>
    </message>
    <message>
        <source>Each member&apos;s certificate with its fingerprint, dates and whether it was revoked.</source>
        <translation>Le certificat de chaque sociétaire avec son empreinte, ses dates et s’il a été révoqué.</translation>
    </message>
    <message>
        <source>Members&apos; &amp;certificates:</source>
        <translation>&amp;Certificats des sociétaires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Stop accepting the selected certificate, for instance after a lost key.</source>
        <translation>Ne plus accepter le certificat sélectionné, par exemple après une clé perdue.</translation>
    </message>
    <message>
        <source>&amp;Issue a certificate from a request file…</source>
        <translation>&amp;Délivrer un certificat à partir d&apos;un fichier de demande…</translation>
    </message>
    <message>
        <source>Open a request file a member sent you and sign their certificate.</source>
        <translation>Ouvrir un fichier de demande envoyé par un sociétaire et signer son certificat.</translation>
    </message>
    <message>
        <source>&amp;Export the organisation certificate…</source>
        <translation>E&amp;xporter le certificat de l&apos;organisation…</translation>
    </message>
    <message>
        <source>Save the organisation&apos;s certificate to a file, for members and auditors.</source>
        <translation>Enregistrer le certificat de l’organisation dans un fichier, pour les sociétaires et les contrôleurs.</translation>
    </message>
    <message>
        <source>Loading the certificates</source>
        <translation>Chargement des certificats</translation>
    </message>
    <message>
        <source>No organisation key yet: create it in Settings.</source>
        <translation>Pas encore de clé de l&apos;organisation&#xa0;: créez-la dans les Paramètres.</translation>
    </message>
    <message>
        <source>Pick a reason or type another one; it is kept with the revocation.</source>
        <translation>Choisissez un motif ou tapez-en un autre&#xa0;; il est conservé avec la révocation.</translation>
    </message>
    <message>
        <source>Key lost or passphrase forgotten</source>
        <translation>Clé perdue ou phrase secrète oubliée</translation>
    </message>
    <message>
        <source>Key may have been used by someone else</source>
        <translation>La clé a pu être utilisée par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>No longer an associate</source>
        <translation>Ne fait plus partie des associés</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Révoquer un certificat</translation>
    </message>
    <message>
        <source>The certificate of %1 will no longer be accepted: ballots it signs from now on are rejected. A new certificate can be issued later.</source>
        <translation>Le certificat de %1 ne sera plus accepté&#xa0;: les bulletins signés avec ce certificat à partir de maintenant seront rejetés. Un nouveau certificat pourra être délivré plus tard.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoking the certificate</source>
        <translation>Révocation du certificat</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Indiquez pourquoi le certificat est révoqué.</translation>
    </message>
    <message>
        <source>Open a certificate request</source>
        <translation>Ouvrir une demande de certificat</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem *.req);;All files (*)</source>
        <translation>Demandes de certificat (*.csr *.pem *.req);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Issue a certificate</source>
        <translation>Délivrer un certificat</translation>
    </message>
    <message>
        <source>Issue a certificate for the request %1? Check first, with the member, that the request is theirs.</source>
        <translation>Délivrer un certificat pour la demande %1&#xa0;? Vérifiez d&apos;abord avec le sociétaire que cette demande est bien la sienne.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Délivrer</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Délivrance du certificat</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem)</source>
        <translation>Certificats (*.pem)</translation>
    </message>
    <message>
        <source>Export the organisation certificate</source>
        <translation>Exporter le certificat de l&apos;organisation</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Type a name or a number</source>
        <translation>Tapez un nom ou un numéro</translation>
    </message>
    <message>
        <source>Type part of a name or a member number, accents optional, then pick from the list.</source>
        <translation>Tapez une partie d’un nom ou d’un numéro de sociétaire, avec ou sans accents, puis choisissez dans la liste.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Former member (left on %1)</source>
        <translation>Ancien sociétaire (sorti le %1)</translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation>Cliquez pour trier selon cette colonne&#xa0;; cliquez à nouveau pour inverser l’ordre.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>MemberWindow</name>
    <message>
        <source>Opening…</source>
        <extracomment>Hands a checked document to the system viewer (tests replace it).</extracomment>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>Reading the shared folder</source>
        <translation>Lecture du dossier partagé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Open &amp;archive…</source>
        <translation>Ouvrir une &amp;archive…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Reading the shared folder…</source>
        <translation>Lecture du dossier partagé…</translation>
    </message>
    <message>
        <source>The shared folder cannot be read: %1</source>
        <translation>Le dossier partagé ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open an archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>TalaGov archives (*.zip);;All files (*)</source>
        <translation>Archives TalaGov (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Join a cooperative — TalaGov</source>
        <translation>Rejoindre une coopérative — TalaGov</translation>
    </message>
    <message>
        <source>%1 — member — TalaGov</source>
        <translation>%1 — sociétaire — TalaGov</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Sociétaires</translation>
    </message>
    <message>
        <source>Name, number, e-mail, town…</source>
        <translation>Nom, numéro, courriel, ville…</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Rechercher un sociétaire</translation>
    </message>
    <message>
        <source>The list keeps the members whose name, number, e-mail or town contains what you type; Escape clears.</source>
        <translation>La liste garde les sociétaires dont le nom, le numéro, le courriel ou la ville contient ce que vous tapez&#xa0;; Échap efface.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Afficher les anciens sociétaires</translation>
    </message>
    <message>
        <source>Also list the members who have left, greyed out.</source>
        <translation>Afficher aussi les sociétaires sortis, en grisé.</translation>
    </message>
    <message>
        <source>The members on record; double-click or press Enter to edit one.</source>
        <translation>Les sociétaires inscrits&#xa0;; double-cliquez ou appuyez sur Entrée pour en modifier un.</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nouveau sociétaire…</translation>
    </message>
    <message>
        <source>Enter a new member in the register.</source>
        <translation>Inscrire un nouveau sociétaire au registre.</translation>
    </message>
    <message>
        <source>Change the identity, membership or contact details of the selected member.</source>
        <translation>Modifier l’identité, l’adhésion ou les coordonnées du sociétaire sélectionné.</translation>
    </message>
    <message>
        <source>Record e&amp;xit…</source>
        <translation>Enregistrer une &amp;sortie…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) shown of %1</source>
        <translation>
            <numerusform>%Ln sociétaire affiché sur %1</numerusform>
            <numerusform>%Ln sociétaires affichés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show f&amp;ormer members</source>
        <translation>Afficher les anciens s&amp;ociétaires</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Record that the selected member leaves the cooperative, with the date and the reason.</source>
        <translation>Enregistrer la sortie du sociétaire sélectionné, avec la date et le motif.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Remove a member entered by mistake; a member who left is recorded as an exit instead.</source>
        <translation>Supprimer un sociétaire saisi par erreur&#xa0;; un sociétaire qui part s’enregistre comme une sortie.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>The register of members, with their category, college and shares.</source>
        <translation>Le registre des sociétaires, avec leur catégorie, leur collège et leurs parts.</translation>
    </message>
    <message>
        <source>Membership applications and the general meeting&apos;s decisions on them.</source>
        <translation>Les candidatures d’adhésion et les décisions de l’assemblée générale à leur sujet.</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Chargement des sociétaires</translation>
    </message>
    <message>
        <source>Delete member %1 (%2)? Only a member entered by mistake should be deleted; a member who left keeps their record.</source>
        <translation>Supprimer le sociétaire %1 (%2)&#xa0;? Ne supprimez qu&apos;un sociétaire saisi par erreur&#xa0;; un sociétaire sorti garde sa fiche.</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>Supprimer le sociétaire</translation>
    </message>
    <message>
        <source>Deleting member</source>
        <translation>Suppression du sociétaire</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>MinutesActions</name>
    <message>
        <source>Drafting the minutes from the record</source>
        <translation>Rédaction du procès-verbal d&apos;après les données enregistrées</translation>
    </message>
    <message>
        <source>Drafting the minutes in the chosen language</source>
        <translation>Rédaction du procès-verbal dans la langue choisie</translation>
    </message>
    <message>
        <source>erratum-%1.pdf</source>
        <translation>erratum-%1.pdf</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>proces-verbal-%1.pdf</translation>
    </message>
    <message>
        <source>Printing the minutes</source>
        <translation>Impression du procès-verbal</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Enregistrer le procès-verbal</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the minutes</source>
        <translation>Enregistrement du procès-verbal</translation>
    </message>
    <message>
        <source>Submit for signature</source>
        <translation>Soumettre à la signature</translation>
    </message>
    <message>
        <source>Submit the minutes for signature? Their text is then frozen exactly as it will be signed: nothing can be changed, unless they are taken back to draft before anyone signs.</source>
        <translation>Soumettre le procès-verbal à la signature&#xa0;? Son texte est alors figé tel qu&apos;il sera signé&#xa0;: plus rien ne peut y être changé, sauf à le remettre en projet avant toute signature.</translation>
    </message>
    <message>
        <source>Submitting the minutes</source>
        <translation>Soumission du procès-verbal</translation>
    </message>
    <message>
        <source>Taking the minutes back to draft</source>
        <translation>Remise en projet du procès-verbal</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>The signed minutes now carry an RFC 3161 time-stamp.</source>
        <translation>Le procès-verbal signé porte désormais un horodatage RFC 3161.</translation>
    </message>
    <message>
        <source>Asking for a time-stamp</source>
        <translation>Demande d&apos;horodatage</translation>
    </message>
    <message>
        <source>New erratum</source>
        <translation>Nouvel erratum</translation>
    </message>
    <message>
        <source>Signed minutes cannot be changed: a correction is an erratum, written, signed and entered in the register like minutes. Start one?</source>
        <translation>Un procès-verbal signé ne peut plus être modifié&#xa0;: une correction prend la forme d&apos;un erratum, rédigé, signé et inscrit au registre comme un procès-verbal. En commencer un&#xa0;?</translation>
    </message>
    <message>
        <source>Starting an erratum</source>
        <translation>Création d&apos;un erratum</translation>
    </message>
    <message>
        <source>Entered in the register under no. %1.</source>
        <translation>Inscrit au registre sous le n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>Signature recorded. Still waiting for: %1.</source>
        <translation>Signature enregistrée. Encore en attente de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>no authority configured</source>
        <translation>aucune autorité d&apos;horodatage n&apos;est configurée</translation>
    </message>
    <message>
        <source>the authority could not be reached</source>
        <translation>l&apos;autorité d&apos;horodatage n&apos;a pas pu être jointe</translation>
    </message>
    <message>
        <source>No RFC 3161 time-stamp was obtained (%1): the local time was recorded.</source>
        <translation>Aucun horodatage RFC 3161 n&apos;a été obtenu (%1)&#xa0;: l&apos;heure locale a été enregistrée.</translation>
    </message>
    <message>
        <source>Preparing the signature</source>
        <translation>Préparation de la signature</translation>
    </message>
    <message>
        <source>%1 signs the minutes as %2 with their TalaGov key: type their passphrase. Signing takes a few seconds.</source>
        <translation>%1 signe le procès-verbal en qualité de %2 avec sa clé TalaGov&#xa0;: tapez sa phrase secrète. La signature prend quelques secondes.</translation>
    </message>
    <message>
        <source>This is the last signature: the minutes then enter the register of deliberations, signed by the organisation key. The secretary types the organisation&apos;s passphrase below.</source>
        <translation>C&apos;est la dernière signature&#xa0;: le procès-verbal est alors inscrit au registre des délibérations, signé par la clé de l&apos;organisation. Le secrétariat tape ci-dessous la phrase secrète de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Sign the minutes</source>
        <translation>Signer le procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Signing the minutes</source>
        <translation>Signature du procès-verbal</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Phrase secrète de %1</translation>
    </message>
    <message>
        <source>The passphrase of the key of %1, who signs now.</source>
        <translation>La phrase secrète de la clé de %1, qui signe maintenant.</translation>
    </message>
    <message>
        <source>Sign the minutes with this key.</source>
        <translation>Signer le procès-verbal avec cette clé.</translation>
    </message>
    <message>
        <source>&amp;Organisation&apos;s passphrase:</source>
        <translation>Phrase secrète de l&apos;&amp;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation&apos;s passphrase</source>
        <translation>Phrase secrète de l&apos;organisation</translation>
    </message>
    <message>
        <source>The passphrase of the organisation&apos;s key: it enters the minutes in the register.</source>
        <translation>La phrase secrète de la clé de l’organisation&#xa0;: elle inscrit le procès-verbal au registre.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s passphrase (the secretary&apos;s).</source>
        <translation>Tapez la phrase secrète de l&apos;organisation (celle du secrétariat).</translation>
    </message>
    <message>
        <source>Minutes signed</source>
        <translation>Procès-verbal signé</translation>
    </message>
</context>
<context>
    <name>MinutesBar</name>
    <message>
        <source>Autosave</source>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Do&amp;cument:</source>
        <translation>Do&amp;cument&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the minutes or one of their errata.</source>
        <translation>Choisir le procès-verbal ou l’un de ses errata.</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Langue du procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Language of the minutes:</source>
        <translation>Lan&amp;gue du procès-verbal&#xa0;:</translation>
    </message>
    <message>
        <source>The language the generated parts of the minutes are written in.</source>
        <translation>La langue dans laquelle sont rédigées les parties générées du procès-verbal.</translation>
    </message>
    <message>
        <source>PDF pr&amp;eview…</source>
        <translation>Aperçu du P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the P&amp;DF…</source>
        <translation>E&amp;xporter le PDF…</translation>
    </message>
    <message>
        <source>Si&amp;gnatories…</source>
        <translation>Signa&amp;taires…</translation>
    </message>
    <message>
        <source>Su&amp;bmit for signature…</source>
        <translation>Sou&amp;mettre à la signature…</translation>
    </message>
    <message>
        <source>Bac&amp;k to draft</source>
        <translation>Remettre en pro&amp;jet</translation>
    </message>
    <message>
        <source>Add a &amp;time-stamp</source>
        <translation>Ajouter un &amp;horodatage</translation>
    </message>
    <message>
        <source>New e&amp;rratum…</source>
        <translation>N&amp;ouvel erratum…</translation>
    </message>
    <message>
        <source>Open the minutes as a PDF to read them (a draft is marked as such).</source>
        <translation>Ouvrir le procès-verbal en PDF pour le lire (un projet est marqué comme tel).</translation>
    </message>
    <message>
        <source>Save the minutes as a PDF file.</source>
        <translation>Enregistrer le procès-verbal dans un fichier PDF.</translation>
    </message>
    <message>
        <source>Choose who signs the minutes and in what capacity.</source>
        <translation>Choisir qui signe le procès-verbal et en quelle qualité.</translation>
    </message>
    <message>
        <source>Freeze the text so that the signatories can sign it.</source>
        <translation>Figer le texte pour que les signataires puissent le signer.</translation>
    </message>
    <message>
        <source>Ask the time-stamping authority to date the signed PDF.</source>
        <translation>Demander à l’autorité d’horodatage de dater le PDF signé.</translation>
    </message>
    <message>
        <source>Start a signed correction to these minutes.</source>
        <translation>Commencer un erratum signé à ce procès-verbal.</translation>
    </message>
    <message>
        <source>Unfreeze the text to edit it again (only while nobody has signed).</source>
        <translation>Libérer le texte pour le modifier à nouveau (seulement tant que personne n’a signé).</translation>
    </message>
    <message>
        <source>A signature was given: the text it signed can no longer change.</source>
        <translation>Une signature a été apposée&#xa0;: le texte signé ne peut plus changer.</translation>
    </message>
    <message>
        <source>Erratum — register no. %1</source>
        <translation>Erratum — registre n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Erratum (being written)</source>
        <translation>Erratum (en cours de rédaction)</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Insert a speaker</source>
        <translation>Insérer un intervenant</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Intervenant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MinutesPanels</name>
    <message>
        <source>Drafted automatically from the record — cannot be edited</source>
        <translation>Rédigé automatiquement d&apos;après les données enregistrées — non modifiable</translation>
    </message>
    <message>
        <source>Drafted from the record of the meeting; it cannot be edited here.</source>
        <translation>Rédigé à partir des enregistrements de la séance&#xa0;; non modifiable ici.</translation>
    </message>
</context>
<context>
    <name>MinutesSections</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Attendance and quorum</source>
        <translation>Présences et quorum</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Sections of the minutes</source>
        <translation>Sections du procès-verbal</translation>
    </message>
    <message>
        <source>Choose the part of the minutes to read or write on the right.</source>
        <translation>Choisir la partie du procès-verbal à lire ou à rédiger à droite.</translation>
    </message>
    <message>
        <source>Sect&amp;ions:</source>
        <translation>Sect&amp;ions&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Written by the secretary — the opening of the meeting:</source>
        <translation>Rédigé par le se&amp;crétaire de séance — l&apos;ouverture de la séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Written by the secretary — the closing of the meeting:</source>
        <translation>Rédigé par le se&amp;crétaire de séance — la clôture de la séance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Written by the secretary — the correction:</source>
        <translation>Rédigé par le secrétaire de séance — la c&amp;orrection&#xa0;:</translation>
    </message>
    <message>
        <source>This erratum corrects the minutes entered under no. %1 of the register. Say what is replaced, and by what; it is signed and entered in the register in turn.</source>
        <translation>Cet erratum corrige le procès-verbal inscrit sous le n°&#xa0;%1 du registre. Indiquez ce qui est remplacé, et par quoi&#xa0;; il est à son tour signé et inscrit au registre.</translation>
    </message>
</context>
<context>
    <name>MinutesSignatures</name>
    <message>
        <source>Chair of the meeting</source>
        <translation>Président(e) de séance</translation>
    </message>
    <message>
        <source>Secretary of the meeting</source>
        <translation>Secrétaire de séance</translation>
    </message>
    <message>
        <source>Scrutineer</source>
        <translation>Scrutateur(rice)</translation>
    </message>
    <message>
        <source>Gérant</source>
        <translation>Gérant(e)</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Administrateur(rice)</translation>
    </message>
</context>
<context>
    <name>MinutesStatus</name>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Submitted — waiting for: %1</source>
        <translation>Soumis à la signature — en attente de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed — register no. %1</source>
        <translation>Signé — registre n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Erratum — %1</source>
        <translation>Erratum — %1</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <source>Loading the minutes</source>
        <translation>Chargement du procès-verbal</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Saving the minutes</source>
        <translation>Enregistrement du procès-verbal</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Procès-verbaux de la réunion</translation>
    </message>
    <message>
        <source>Choose the minutes or one of their errata.</source>
        <translation>Choisir le procès-verbal ou l’un de ses errata.</translation>
    </message>
    <message>
        <source>State of the minutes</source>
        <translation>État du procès-verbal</translation>
    </message>
    <message>
        <source>Text of the minutes</source>
        <translation>Texte du procès-verbal</translation>
    </message>
    <message>
        <source>The text of the minutes chosen, read-only.</source>
        <translation>Le texte du procès-verbal choisi, en lecture seule.</translation>
    </message>
    <message>
        <source>Open the signed &amp;PDF</source>
        <translation>Ouvrir le &amp;PDF signé</translation>
    </message>
    <message>
        <source>Open the signed PDF of these minutes, as the archive holds it.</source>
        <translation>Ouvrir le PDF signé de ce procès-verbal, tel que l’archive le contient.</translation>
    </message>
    <message>
        <source>Erratum</source>
        <translation>Erratum</translation>
    </message>
    <message>
        <source>Minutes — register entry no. %1</source>
        <translation>Procès-verbal — registre n° %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>No minutes were archived with this meeting.</source>
        <translation>Aucun procès-verbal n&apos;a été archivé avec cette réunion.</translation>
    </message>
    <message numerus="yes">
        <source>Signed on %1 by %n signatory(ies).</source>
        <translation>
            <numerusform>Signé le %1 par %n signataire.</numerusform>
            <numerusform>Signé le %1 par %n signataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted for signature, not signed by everyone.</source>
        <translation>Soumis à la signature, mais pas encore signé par tous.</translation>
    </message>
    <message>
        <source>Draft: not signed.</source>
        <translation>Projet&#xa0;: non signé.</translation>
    </message>
    <message>
        <source>Entered in the register on %1.</source>
        <translation>Inscrit au registre le %1.</translation>
    </message>
    <message>
        <source>This minutes was not signed: the archive holds no content for it.</source>
        <translation>Ce procès-verbal n&apos;a pas été signé&#xa0;: l&apos;archive n&apos;en contient pas le texte.</translation>
    </message>
    <message>
        <source>The content of this minutes does not match the archive&apos;s signed list: it is not shown (see the checklist).</source>
        <translation>Le contenu de ce procès-verbal ne correspond pas à la liste signée de l&apos;archive&#xa0;: il n&apos;est pas affiché (voir la liste des contrôles).</translation>
    </message>
    <message>
        <source>The content of this minutes cannot be read (see the checklist).</source>
        <translation>Le contenu de ce procès-verbal est illisible (voir la liste des contrôles).</translation>
    </message>
    <message>
        <source>Attendance and quorum</source>
        <translation>Présences et quorum</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <source>%1 days required; this sending date is after the meeting.</source>
        <translation>%1 jours requis&#xa0;; cette date d&apos;envoi est postérieure à la réunion.</translation>
    </message>
    <message>
        <source>%1 days required, %2 days before the meeting: in time.</source>
        <translation>%1 jours requis, envoi %2 jours avant la réunion&#xa0;: dans les délais.</translation>
    </message>
    <message>
        <source>%1 days required, %2 days before the meeting: too late, send by %3.</source>
        <translation>%1 jours requis, envoi %2 jours avant la réunion&#xa0;: trop tard, il fallait envoyer au plus tard le %3.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Délai de convocation</translation>
    </message>
    <message>
        <source>Sending date</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>The day the notices go out; the notice period is checked against it.</source>
        <translation>Le jour d’envoi des convocations&#xa0;; le délai de convocation est vérifié par rapport à cette date.</translation>
    </message>
    <message>
        <source>Sending &amp;date:</source>
        <translation>&amp;Date d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Convene…</source>
        <translation>&amp;Convoquer…</translation>
    </message>
    <message>
        <source>Record the meeting as convened on the sending date (a reason is asked if the notice is too short).</source>
        <translation>Enregistrer l’assemblée comme convoquée à la date d’envoi (un motif est demandé si le délai est trop court).</translation>
    </message>
    <message>
        <source>Meeting of %1, status: %2.</source>
        <translation>Réunion du %1, état&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 Convened despite a short notice; reason for the minutes: %2</source>
        <translation>%1 Convoquée malgré un délai de convocation insuffisant&#xa0;; motif porté au procès-verbal&#xa0;: %2</translation>
    </message>
    <message>
        <source>The meeting is no longer a draft.</source>
        <translation>La réunion n&apos;est plus en préparation.</translation>
    </message>
    <message>
        <source>Convening the meeting</source>
        <translation>Convocation de la réunion</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Tick to enter a date; leave unticked when there is none.</source>
        <translation>Cochez pour saisir une date&#xa0;; laissez décoché s’il n’y en a pas.</translation>
    </message>
    <message>
        <source>The date; the arrow opens a calendar.</source>
        <translation>La date&#xa0;; la flèche ouvre un calendrier.</translation>
    </message>
    <message>
        <source>%1: set a date</source>
        <translation>%1&#xa0;: indiquer une date</translation>
    </message>
</context>
<context>
    <name>OptionalTimeEdit</name>
    <message>
        <source>Tick to set a time; leave unticked when none is planned.</source>
        <translation>Cochez pour indiquer une heure&#xa0;; laissez décoché si aucune n’est prévue.</translation>
    </message>
    <message>
        <source>Time as hours and minutes, e.g. 18:30.</source>
        <translation>Heure en heures et minutes, par exemple 18:30.</translation>
    </message>
    <message>
        <source>%1: set a time</source>
        <translation>%1&#xa0;: indiquer une heure</translation>
    </message>
</context>
<context>
    <name>OrgKeyDialog</name>
    <message>
        <source>Create the organisation key</source>
        <translation>Créer la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>The organisation key signs the members&apos; certificates, the postal votes entered as witness, the hand counts and the results. Its fingerprint is printed in every convocation and minutes, so that members can check that a file comes from the cooperative.</source>
        <translation>La clé de l&apos;organisation signe les certificats des sociétaires, les votes par correspondance saisis (en tant que témoin), les décomptes manuels et les résultats. Son empreinte est imprimée sur chaque convocation et chaque procès-verbal, pour que les sociétaires puissent vérifier qu&apos;un fichier vient bien de la coopérative.</translation>
    </message>
    <message>
        <source>Choose a passphrase the secretary will remember, and keep it safe: nobody can recover a lost passphrase. A new key would be needed, and every member would need a new certificate.</source>
        <translation>Choisissez une phrase secrète dont le secrétariat se souviendra, et conservez-la en lieu sûr&#xa0;: personne ne peut retrouver une phrase secrète perdue. Il faudrait alors une nouvelle clé, et chaque sociétaire aurait besoin d&apos;un nouveau certificat.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>A long sentence only you know; nobody can recover it if it is forgotten.</source>
        <translation>Une longue phrase que vous seul connaissez&#xa0;; personne ne peut la retrouver si elle est oubliée.</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Type the same passphrase again, to catch a typing mistake.</source>
        <translation>Tapez à nouveau la même phrase secrète, pour éviter une faute de frappe.</translation>
    </message>
    <message>
        <source>&amp;Create the key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>Create the organisation&apos;s key and seal it under this passphrase.</source>
        <translation>Créer la clé de l’organisation et la sceller sous cette phrase secrète.</translation>
    </message>
    <message>
        <source>At least %1 characters (%2 typed). A sentence of several words is easier to remember and harder to guess.</source>
        <translation>Au moins %1 caractères (%2 pour l&apos;instant). Une phrase de plusieurs mots est plus facile à retenir et plus difficile à deviner.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Long enough.</source>
        <translation>Longueur suffisante.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>Tapez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>Creating the organisation key</source>
        <translation>Création de la clé de l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>OrgKeyGroup</name>
    <message>
        <source>Organisation key</source>
        <translation>Clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>Fingerprint of the organisation key</source>
        <translation>Empreinte de la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>C&amp;reate the organisation key…</source>
        <translation>C&amp;réer la clé de l&apos;organisation…</translation>
    </message>
    <message>
        <source>Create the key that signs the results and the members&apos; certificates, protected by a passphrase.</source>
        <translation>Créer la clé qui signe les résultats et les certificats des sociétaires, protégée par une phrase secrète.</translation>
    </message>
    <message>
        <source>Mem&amp;bers&apos; certificates…</source>
        <translation>Cer&amp;tificats des sociétaires…</translation>
    </message>
    <message>
        <source>See, issue and revoke the certificates that let members vote from home.</source>
        <translation>Voir, délivrer et révoquer les certificats qui permettent aux sociétaires de voter à distance.</translation>
    </message>
    <message>
        <source>Loading the organisation key</source>
        <translation>Chargement de la clé de l&apos;organisation</translation>
    </message>
    <message>
        <source>No organisation key yet. Signed electronic votes need one: it issues the members&apos; certificates and signs the results. Its passphrase will be the secretary&apos;s.</source>
        <translation>Pas encore de clé de l&apos;organisation. Les votes électroniques signés en ont besoin&#xa0;: elle délivre les certificats des sociétaires et signe les résultats. Sa phrase secrète sera celle du secrétariat.</translation>
    </message>
    <message>
        <source>Created on %1. This fingerprint is printed in every convocation and minutes: members compare it, reading it aloud if need be, with the one their TalaGov shows when it opens a voting package.</source>
        <translation>Créée le %1. Cette empreinte est imprimée sur chaque convocation et chaque procès-verbal&#xa0;: les sociétaires la comparent, au besoin en la lisant à voix haute, avec celle qu&apos;affiche leur TalaGov quand il ouvre un paquet de vote.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>The cooperative&apos;s name as registered, printed on convocations and minutes.</source>
        <translation>Le nom de la coopérative tel qu’immatriculé, imprimé sur les convocations et les procès-verbaux.</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <source>The 9-digit company number of the cooperative; spaces are ignored.</source>
        <translation>Le numéro SIREN à 9 chiffres de la coopérative&#xa0;; les espaces sont ignorées.</translation>
    </message>
    <message>
        <source>The address of the registered office, as in the statutes.</source>
        <translation>L’adresse du siège social, comme dans les statuts.</translation>
    </message>
    <message>
        <source>The town of the trade and companies register where the cooperative is registered.</source>
        <translation>La ville du registre du commerce et des sociétés où la coopérative est immatriculée.</translation>
    </message>
    <message>
        <source>Day of the month the fiscal year closes, 1 to 31.</source>
        <translation>Jour du mois de clôture de l’exercice, de 1 à 31.</translation>
    </message>
    <message>
        <source>Month the fiscal year closes; the annual meeting follows within six months.</source>
        <translation>Mois de clôture de l’exercice&#xa0;; l’assemblée annuelle a lieu dans les six mois qui suivent.</translation>
    </message>
    <message>
        <source>e.g. 25,00</source>
        <translation>par ex. 25,00</translation>
    </message>
    <message>
        <source>Value of one share in euros, e.g. 25,00; changing it needs a decision of the members.</source>
        <translation>Valeur d’une part en euros, par exemple 25,00&#xa0;; la modifier demande une décision des sociétaires.</translation>
    </message>
    <message>
        <source>&amp;Save the identity</source>
        <translation>&amp;Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Save the name, addresses, fiscal year and share value shown above.</source>
        <translation>Enregistrer le nom, les adresses, l’exercice et la valeur de la part indiqués ci-dessus.</translation>
    </message>
    <message>
        <source>Fiscal year end, day</source>
        <translation>Clôture de l&apos;exercice, jour</translation>
    </message>
    <message>
        <source>Fiscal year end, month</source>
        <translation>Clôture de l&apos;exercice, mois</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN&#xa0;:</translation>
    </message>
    <message>
        <source>Registered &amp;office:</source>
        <translation>&amp;Siège social&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;RCS city:</source>
        <translation>Ville du &amp;RCS&#xa0;:</translation>
    </message>
    <message>
        <source>Fiscal &amp;year ends on:</source>
        <translation>Clôture de l&apos;e&amp;xercice le&#xa0;:</translation>
    </message>
    <message>
        <source>Nominal value of a s&amp;hare (€):</source>
        <translation>Valeur nominale d&apos;une &amp;part (€)&#xa0;:</translation>
    </message>
    <message>
        <source>The legal form changes with a new version of the statutes (Statutes tab).</source>
        <translation>La forme juridique change avec une nouvelle version des statuts (onglet Statuts).</translation>
    </message>
    <message>
        <source>Type the nominal value in euros, for example 25,00.</source>
        <translation>Saisissez la valeur nominale en euros, par exemple 25,00.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Convene despite a short notice</source>
        <translation>Convoquer malgré un délai insuffisant</translation>
    </message>
    <message>
        <source>The convocation is refused by the rule above. You may convene anyway only for a lawful reason, for example if every member has waived the notice period in writing. The reason you give is recorded with the meeting and goes to the minutes.</source>
        <translation>La règle ci-dessus refuse la convocation. Vous ne pouvez convoquer malgré tout que pour un motif légitime, par exemple si chaque sociétaire a renoncé par écrit au délai de convocation. Le motif indiqué est enregistré avec la réunion et figurera au procès-verbal.</translation>
    </message>
    <message>
        <source>Every member waived the notice period in writing</source>
        <translation>Tous les sociétaires ont renoncé par écrit au délai de convocation</translation>
    </message>
    <message>
        <source>Every member is present or represented and agreed to meet</source>
        <translation>Tous les sociétaires sont présents ou représentés et ont accepté de se réunir</translation>
    </message>
    <message>
        <source>Pick a lawful reason or type your own; it is recorded and goes to the minutes.</source>
        <translation>Choisissez un motif légitime ou tapez le vôtre&#xa0;; il est enregistré et figurera au procès-verbal.</translation>
    </message>
    <message>
        <source>Refusal:</source>
        <translation>Refus&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason for the minutes:</source>
        <translation>&amp;Motif porté au procès-verbal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Convene anyway</source>
        <translation>&amp;Convoquer malgré tout</translation>
    </message>
    <message>
        <source>Send the convocation despite the short notice, with the reason given.</source>
        <translation>Envoyer la convocation malgré le délai trop court, avec le motif indiqué.</translation>
    </message>
    <message>
        <source>Give the reason for convening despite the short notice.</source>
        <translation>Indiquez le motif de la convocation malgré le délai insuffisant.</translation>
    </message>
    <message>
        <source>Convening the meeting</source>
        <translation>Convocation de la réunion</translation>
    </message>
</context>
<context>
    <name>PageLabels</name>
    <message>
        <source>Subscription</source>
        <translation>Souscription</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Cession</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Président·e</translation>
    </message>
    <message>
        <source>Vice-president</source>
        <translation>Vice-président·e</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Trésorier·ère</translation>
    </message>
    <message>
        <source>Board member</source>
        <translation>Administrateur·rice</translation>
    </message>
    <message>
        <source>Manager (gérant)</source>
        <translation>Gérant·e</translation>
    </message>
    <message>
        <source>Managing director</source>
        <translation>Directeur·rice général·e</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Advisory seat (no vote)</source>
        <translation>Siège consultatif (sans voix)</translation>
    </message>
    <message>
        <source>Representative of an entity</source>
        <translation>Représentant·e d&apos;une personne morale</translation>
    </message>
    <message>
        <source>Board of directors</source>
        <translation>Conseil d&apos;administration</translation>
    </message>
    <message>
        <source>Supervisory board</source>
        <translation>Conseil de surveillance</translation>
    </message>
    <message>
        <source>Management (gérance, presidency)</source>
        <translation>Direction (gérance, présidence)</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>Steering committee</source>
        <translation>Comité de pilotage</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Employee past the statutory delay to apply</source>
        <translation>Salarié·e hors du délai statutaire de candidature</translation>
    </message>
    <message>
        <source>Employee must apply soon</source>
        <translation>Salarié·e devant bientôt candidater</translation>
    </message>
    <message>
        <source>The general meeting must decide on this application</source>
        <translation>L&apos;assemblée générale doit statuer sur cette candidature</translation>
    </message>
    <message>
        <source>Awaiting the general meeting&apos;s decision</source>
        <translation>En attente de la décision de l&apos;assemblée générale</translation>
    </message>
    <message>
        <source>Ordinary general meeting (AGO)</source>
        <translation>Assemblée générale ordinaire (AGO)</translation>
    </message>
    <message>
        <source>Extraordinary general meeting (AGE)</source>
        <translation>Assemblée générale extraordinaire (AGE)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>associates with voting rights</source>
        <translation>associés ayant le droit de vote</translation>
    </message>
    <message>
        <source>members of the body in office</source>
        <translation>membres de l&apos;instance en fonction</translation>
    </message>
    <message>
        <source>votes cast</source>
        <translation>voix exprimées</translation>
    </message>
    <message>
        <source>votes present or represented</source>
        <translation>voix des présents et représentés</translation>
    </message>
    <message>
        <source>all associates</source>
        <translation>l&apos;ensemble des associés</translation>
    </message>
    <message>
        <source>Another associate</source>
        <translation>Un autre associé</translation>
    </message>
    <message>
        <source>Another associate, spouse or civil partner</source>
        <translation>Un autre associé, le conjoint ou le partenaire de PACS</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Toute personne</translation>
    </message>
    <message>
        <source>Another member of the body</source>
        <translation>Un autre membre de l&apos;instance</translation>
    </message>
    <message>
        <source>SCOP rule: 1, then 1 per 20 associates</source>
        <translation>Règle SCOP&#xa0;: 1, puis 1 par tranche de 20 associés</translation>
    </message>
    <message>
        <source>Fixed number</source>
        <translation>Nombre fixe</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Its weight goes to the other colleges</source>
        <translation>Son poids est réparti entre les autres collèges</translation>
    </message>
    <message>
        <source>It counts as a rejection</source>
        <translation>Il compte comme un rejet</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <extracomment>Builds the task from the passphrase typed: ``passphrase -&gt; (uow -&gt; result)``.</extracomment>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase that protects the key; it is never stored.</source>
        <translation>La phrase secrète qui protège la clé&#xa0;; elle n’est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Unlock the key with this passphrase and do what is described above.</source>
        <translation>Déverrouiller la clé avec cette phrase secrète et faire ce qui est décrit ci-dessus.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Tapez la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>Password of %1 on the mail server %2:</source>
        <translation>Mot de passe de %1 sur le serveur de courrier %2&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The mail account&apos;s password, used for this sending only unless you save it.</source>
        <translation>Le mot de passe du compte de courrier, utilisé pour cet envoi seulement sauf si vous l’enregistrez.</translation>
    </message>
    <message>
        <source>&amp;Use the password saved in the system keyring</source>
        <translation>&amp;Utiliser le mot de passe enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Send with the password already kept in the keyring, without typing it.</source>
        <translation>Envoyer avec le mot de passe déjà conservé dans le trousseau, sans le taper.</translation>
    </message>
    <message>
        <source>&amp;Save this password in the system keyring</source>
        <translation>&amp;Enregistrer ce mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>Keep the password typed in the system keyring for the next sendings.</source>
        <translation>Conserver le mot de passe tapé dans le trousseau du système pour les prochains envois.</translation>
    </message>
    <message>
        <source>No system keyring is available: the password is asked each time and never stored.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le mot de passe est demandé à chaque fois et n&apos;est jamais conservé.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <source>Connect to the mail server and send the messages.</source>
        <translation>Se connecter au serveur de courrier et envoyer les messages.</translation>
    </message>
</context>
<context>
    <name>PeriodRowsEditor</name>
    <message>
        <source>None recorded.</source>
        <translation>Aucune saisie.</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation>Retirer la ligne %1</translation>
    </message>
    <message>
        <source>Delete this row.</source>
        <translation>Supprimer cette ligne.</translation>
    </message>
</context>
<context>
    <name>PersonalKeyDialog</name>
    <message>
        <source>Create my voting key</source>
        <extracomment>The key-derivation cost of the keys created here; tests set ``TEST_KDF``.</extracomment>
        <translation>Créer ma clé de vote</translation>
    </message>
    <message>
        <source>Your key is created on this computer and stays here, sealed under your passphrase. TalaGov then saves a certificate request: send it to the secretary, who sends back your certificate (File &gt; Install my certificate…).</source>
        <translation>Votre clé est créée sur cet ordinateur et y reste, scellée sous votre phrase secrète. TalaGov enregistre ensuite une demande de certificat&#xa0;: envoyez-la au secrétariat, qui vous renvoie votre certificat (Fichier &gt; Installer mon certificat…).</translation>
    </message>
    <message>
        <source>The member id printed on your convocation letter (ask the secretary if unsure).</source>
        <translation>L&apos;identifiant de sociétaire imprimé sur votre lettre de convocation (demandez au secrétariat en cas de doute).</translation>
    </message>
    <message>
        <source>Your name as printed on your convocation.</source>
        <translation>Votre nom tel qu&apos;imprimé sur votre convocation.</translation>
    </message>
    <message>
        <source>Type the same passphrase again, to catch a typing mistake.</source>
        <translation>Tapez à nouveau la même phrase secrète, pour éviter une faute de frappe.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). Nobody can recover it.</source>
        <translation>
            <numerusform>Au moins %n caractère. Personne ne peut la retrouver.</numerusform>
            <numerusform>Au moins %n caractères. Personne ne peut la retrouver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Member &amp;id:</source>
        <translation>&amp;Identifiant de sociétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase:</source>
        <translation>&amp;Répétez la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create my key…</source>
        <translation>&amp;Créer ma clé…</translation>
    </message>
    <message>
        <source>Create my key</source>
        <translation>Créer ma clé</translation>
    </message>
    <message>
        <source>Create the key on this computer and save the request to send to the secretary.</source>
        <translation>Créer la clé sur cet ordinateur et enregistrer la demande à envoyer au secrétariat.</translation>
    </message>
    <message>
        <source>Type your member id, as printed on your convocation.</source>
        <translation>Tapez votre identifiant de sociétaire, tel qu&apos;imprimé sur votre convocation.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Tapez votre nom.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is too short: at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète est trop courte&#xa0;: au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète est trop courte&#xa0;: au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez-les à nouveau.</translation>
    </message>
    <message>
        <source>Creating your key</source>
        <translation>Création de votre clé</translation>
    </message>
    <message>
        <source>This computer already has a voting key for this member id. Replace it by a new one? The old key and its certificate will stop working here.</source>
        <translation>Cet ordinateur a déjà une clé de vote pour cet identifiant. La remplacer par une nouvelle&#xa0;? L&apos;ancienne clé et son certificat cesseront de fonctionner ici.</translation>
    </message>
    <message>
        <source>Your key is created. Send the certificate request %1 to the secretary; install the certificate they send back with File &gt; Install my certificate…</source>
        <translation>Votre clé est créée. Envoyez la demande de certificat %1 au secrétariat&#xa0;; installez le certificat qu&apos;il vous renvoie avec Fichier &gt; Installer mon certificat…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Save the certificate request</source>
        <translation>Enregistrer la demande de certificat</translation>
    </message>
    <message>
        <source>Certificate requests (*.pem)</source>
        <translation>Demandes de certificat (*.pem)</translation>
    </message>
    <message>
        <source>Install my certificate</source>
        <translation>Installer mon certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The certificate of %1 (member %2) is installed: you can vote from a voting package.</source>
        <translation>Le certificat de %1 (sociétaire %2) est installé&#xa0;: vous pouvez voter à partir d&apos;un paquet de vote.</translation>
    </message>
    <message>
        <source>Installing the certificate</source>
        <translation>Installation du certificat</translation>
    </message>
</context>
<context>
    <name>PersonalUnlockPage</name>
    <message>
        <source>Unlock your voting key</source>
        <translation>Déverrouillez votre clé de vote</translation>
    </message>
    <message>
        <source>Your &amp;key:</source>
        <translation>Votre &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>Votre clé</translation>
    </message>
    <message>
        <source>The voting keys on this computer.</source>
        <translation>Les clés de vote de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase of the key chosen. Enter: unlock.</source>
        <translation>La phrase secrète de la clé choisie. Entrée&#xa0;: déverrouiller.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the key with the passphrase typed.</source>
        <translation>Déverrouiller la clé avec la phrase secrète tapée.</translation>
    </message>
    <message>
        <source>%1 — member %2</source>
        <translation>%1 — sociétaire %2</translation>
    </message>
    <message>
        <source>%1 — member %2 (no certificate yet)</source>
        <translation>%1 — sociétaire %2 (pas encore de certificat)</translation>
    </message>
    <message>
        <source>No key of this voter with its certificate is on this computer. Create your key (File menu), send the request to the secretary, and install the certificate they send back.</source>
        <translation>Aucune clé de ce votant avec son certificat n&apos;est sur cet ordinateur. Créez votre clé (menu Fichier), envoyez la demande au secrétariat, et installez le certificat qu&apos;il vous renvoie.</translation>
    </message>
    <message>
        <source>There is no key to unlock.</source>
        <translation>Il n&apos;y a aucune clé à déverrouiller.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>PollChoiceWidget</name>
    <message>
        <source>Choose one answer (arrow keys, then Space), then press Enter.</source>
        <translation>Choisissez une réponse (flèches, puis Espace), puis appuyez sur Entrée.</translation>
    </message>
    <message numerus="yes">
        <source>Tick up to %n name(s) with Space, or Blank vote, then press Enter.</source>
        <translation>
            <numerusform>Cochez au plus %n nom avec Espace, ou Vote blanc, puis appuyez sur Entrée.</numerusform>
            <numerusform>Cochez au plus %n noms avec Espace, ou Vote blanc, puis appuyez sur Entrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>PollModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>PollOptionsDialog</name>
    <message>
        <source>Options of the poll</source>
        <translation>Options du scrutin</translation>
    </message>
    <message>
        <source>&amp;Secret ballot: results show totals only</source>
        <translation>Vote &amp;secret&#xa0;: les résultats ne montrent que les totaux</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Vote secret</translation>
    </message>
    <message>
        <source>Results then show only the totals, never who voted what.</source>
        <translation>Les résultats ne montrent alors que les totaux, jamais qui a voté quoi.</translation>
    </message>
    <message>
        <source>Even in a secret poll, the secretariat&apos;s database can link each voter to their choice: fully verifiable secrecy is not available yet.</source>
        <translation>Même pour un vote secret, la base de données du secrétariat peut relier chaque votant à son choix&#xa0;: le secret complet vérifiable n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>As the statutes say</source>
        <translation>Selon les statuts</translation>
    </message>
    <message>
        <source>Simple majority</source>
        <translation>Majorité simple</translation>
    </message>
    <message>
        <source>Two thirds</source>
        <translation>Deux tiers</translation>
    </message>
    <message>
        <source>Three quarters</source>
        <translation>Trois quarts</translation>
    </message>
    <message>
        <source>Unanimity</source>
        <translation>Unanimité</translation>
    </message>
    <message>
        <source>Relative majority (elections)</source>
        <translation>Majorité relative (élections)</translation>
    </message>
    <message>
        <source>The majority needed for the poll to pass; by default the one the statutes set for this meeting.</source>
        <translation>La majorité nécessaire pour que le scrutin soit adopté&#xa0;; par défaut celle que les statuts fixent pour cette réunion.</translation>
    </message>
    <message>
        <source>of votes cast</source>
        <translation>des voix exprimées</translation>
    </message>
    <message>
        <source>of associates present or represented</source>
        <translation>des associés présents ou représentés</translation>
    </message>
    <message>
        <source>of all associates</source>
        <translation>de l&apos;ensemble des associés</translation>
    </message>
    <message>
        <source>What the majority is counted on: the votes cast, the associates present or represented, or all.</source>
        <translation>Sur quoi se calcule la majorité&#xa0;: les voix exprimées, les associés présents ou représentés, ou tous.</translation>
    </message>
    <message>
        <source>e.g. art. 24 of the statutes, L223-30</source>
        <translation>par ex. art. 24 des statuts, L223-30</translation>
    </message>
    <message>
        <source>The article that sets a majority other than the statutes&apos; default, e.g. art. 24 of the statutes.</source>
        <translation>L’article qui fixe une majorité autre que celle des statuts par défaut, par exemple art. 24 des statuts.</translation>
    </message>
    <message>
        <source>&amp;Majority:</source>
        <translation>&amp;Majorité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save options</source>
        <translation>&amp;Enregistrer les options</translation>
    </message>
    <message>
        <source>Save the secrecy and the majority of this poll.</source>
        <translation>Enregistrer le secret et la majorité de ce scrutin.</translation>
    </message>
    <message>
        <source>Loading the statutes</source>
        <translation>Chargement des statuts</translation>
    </message>
    <message>
        <source>As the statutes say: %1</source>
        <translation>Selon les statuts&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule applied: %1 (%2).</source>
        <translation>Règle appliquée&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>statutes</source>
        <translation>statuts</translation>
    </message>
    <message>
        <source>Rule applied: the statutes&apos; rule for this item.</source>
        <translation>Règle appliquée&#xa0;: celle des statuts pour ce point.</translation>
    </message>
    <message>
        <source>Rule applied: %1.</source>
        <translation>Règle appliquée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Say where this majority comes from (an article of the statutes, the law, a decision of the assembly).</source>
        <translation>Indiquez d&apos;où vient cette majorité (un article des statuts, la loi, une décision de l&apos;assemblée).</translation>
    </message>
    <message>
        <source>Saving the options of the poll</source>
        <translation>Enregistrement des options du scrutin</translation>
    </message>
</context>
<context>
    <name>PollsPage</name>
    <message>
        <source>Your ballots</source>
        <translation>Vos bulletins</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <source>The question and its choices.</source>
        <translation>La question et ses choix.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>The previous ballot (Escape).</source>
        <translation>Le bulletin précédent (Échap).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Record this choice and go on (Enter).</source>
        <translation>Garder ce choix et continuer (Entrée).</translation>
    </message>
    <message>
        <source>Ballot %1 of %2</source>
        <translation>Bulletin %1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Review my choices</source>
        <translation>&amp;Vérifier mes choix</translation>
    </message>
    <message>
        <source>Make a choice first. To express no opinion, choose Abstain (or Blank vote in an election).</source>
        <translation>Faites d&apos;abord un choix. Pour ne pas prendre parti, choisissez Abstention (ou Vote blanc dans une élection).</translation>
    </message>
</context>
<context>
    <name>PollsTab</name>
    <message>
        <source>Polls</source>
        <translation>Scrutins</translation>
    </message>
    <message>
        <source>Choose a poll to see its result and its ballots.</source>
        <translation>Choisir un scrutin pour voir son résultat et ses bulletins.</translation>
    </message>
    <message>
        <source>The poll&apos;s rule and state</source>
        <translation>Règle et état du scrutin</translation>
    </message>
    <message>
        <source>Recorded result</source>
        <translation>Résultat enregistré</translation>
    </message>
    <message>
        <source>The votes for each choice as the secretary recorded them at the closing.</source>
        <translation>Les voix de chaque choix telles que le secrétariat les a enregistrées à la clôture.</translation>
    </message>
    <message>
        <source>Ballots received</source>
        <translation>Bulletins reçus</translation>
    </message>
    <message>
        <source>Ballots of the poll</source>
        <translation>Bulletins du scrutin</translation>
    </message>
    <message>
        <source>Every ballot of the poll with the check of its signature.</source>
        <translation>Chaque bulletin du scrutin avec la vérification de sa signature.</translation>
    </message>
    <message>
        <source>This meeting had no poll.</source>
        <translation>Cette réunion n&apos;a comporté aucun scrutin.</translation>
    </message>
    <message>
        <source>No result was recorded.</source>
        <translation>Aucun résultat n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Majority: %1</source>
        <translation>Majorité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rule from: %1</source>
        <translation>Source de la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open from %1 to %2</source>
        <translation>Ouvert du %1 au %2</translation>
    </message>
    <message>
        <source>Secret ballot: only the totals are shown.</source>
        <translation>Vote secret&#xa0;: seuls les totaux sont affichés.</translation>
    </message>
    <message>
        <source>Counted by hand: %1 votes (scrutineers: %2)</source>
        <translation>Décompte manuel&#xa0;: %1 voix (scrutateurs&#xa0;: %2)</translation>
    </message>
    <message>
        <source>No ballot was received for this poll.</source>
        <translation>Aucun bulletin n&apos;a été reçu pour ce scrutin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 ballots received — %2</source>
        <translation>%1 bulletin(s) reçu(s) — %2</translation>
    </message>
</context>
<context>
    <name>PostalVotesWidget</name>
    <message>
        <source>Postal votes</source>
        <translation>Votes par correspondance</translation>
    </message>
    <message>
        <source>&amp;Record postal vote…</source>
        <translation>Enre&amp;gistrer un vote par correspondance…</translation>
    </message>
    <message>
        <source>Remove postal vote</source>
        <translation>Supprimer le vote par correspondance</translation>
    </message>
    <message>
        <source>The postal voting forms received, with the date each one arrived.</source>
        <translation>Les formulaires de vote par correspondance reçus, avec leur date d’arrivée.</translation>
    </message>
    <message>
        <source>Record a postal voting form received from a member.</source>
        <translation>Enregistrer un formulaire de vote par correspondance reçu d’un associé.</translation>
    </message>
    <message>
        <source>Remove the selected postal vote (recorded by mistake).</source>
        <translation>Supprimer le vote par correspondance sélectionné (enregistré par erreur).</translation>
    </message>
    <message>
        <source>Removing the postal vote</source>
        <translation>Suppression du vote par correspondance</translation>
    </message>
</context>
<context>
    <name>PreparationTab</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <source>Date and hours:</source>
        <translation>Date et horaires&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Remote link:</source>
        <translation>Lien de visioconférence&#xa0;:</translation>
    </message>
    <message>
        <source>Record date:</source>
        <translation>Date de référence&#xa0;:</translation>
    </message>
    <message>
        <source>Convocation:</source>
        <translation>Convocation&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Modifier les &amp;détails…</translation>
    </message>
    <message>
        <source>Change the kind, date, place and other details of the meeting.</source>
        <translation>Modifier le type, la date, le lieu et les autres détails de l’assemblée.</translation>
    </message>
    <message>
        <source>Loading the meeting</source>
        <translation>Chargement de la réunion</translation>
    </message>
    <message>
        <source>The associates (general meeting)</source>
        <translation>Les associés (assemblée générale)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ProxiesWidget</name>
    <message>
        <source>Proxies</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <source>&amp;Record proxy…</source>
        <translation>Enre&amp;gistrer un pouvoir…</translation>
    </message>
    <message>
        <source>Remove prox&amp;y</source>
        <translation>Suppri&amp;mer le pouvoir</translation>
    </message>
    <message>
        <source>The proxies given by members for this meeting and who holds each one.</source>
        <translation>Les pouvoirs donnés par les associés pour cette assemblée et qui détient chacun d’eux.</translation>
    </message>
    <message>
        <source>Record a proxy given by a member to another person.</source>
        <translation>Enregistrer un pouvoir donné par un associé à une autre personne.</translation>
    </message>
    <message>
        <source>Remove the selected proxy (recorded by mistake or withdrawn).</source>
        <translation>Supprimer le pouvoir sélectionné (enregistré par erreur ou retiré).</translation>
    </message>
    <message>
        <source>Removing the proxy</source>
        <translation>Suppression du pouvoir</translation>
    </message>
</context>
<context>
    <name>ProxyDialog</name>
    <message>
        <source>New proxy</source>
        <translation>Nouveau pouvoir</translation>
    </message>
    <message>
        <source>The absent member who gives the proxy; type part of a name or number.</source>
        <translation>Le sociétaire absent qui donne le pouvoir&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>A proxy sent without naming a holder: the chair holds it; it votes for management&apos;s resolutions, against the others</source>
        <translation>Pouvoir adressé sans nommer de mandataire&#xa0;: il revient au président de séance et vote pour les résolutions présentées par la direction, contre les autres</translation>
    </message>
    <message>
        <source>The member who will vote in the principal&apos;s name; type part of a name or number.</source>
        <translation>Le sociétaire qui votera au nom du mandant&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>The day the signed proxy form reached the cooperative.</source>
        <translation>Le jour où le formulaire de pouvoir signé est parvenu à la coopérative.</translation>
    </message>
    <message>
        <source>A free remark kept with the proxy.</source>
        <translation>Une remarque libre conservée avec le pouvoir.</translation>
    </message>
    <message>
        <source>&amp;Principal (gives the proxy):</source>
        <translation>&amp;Mandant (donne le pouvoir)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Holder (receives it):</source>
        <translation>Man&amp;dataire (le reçoit)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçu le&#xa0;:</translation>
    </message>
    <message>
        <source>Scanned &amp;form:</source>
        <translation>&amp;Formulaire numérisé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Recor&amp;d proxy</source>
        <translation>&amp;Enregistrer le pouvoir</translation>
    </message>
    <message>
        <source>Record the proxy; the holder&apos;s votes will count for the principal too.</source>
        <translation>Enregistrer le pouvoir&#xa0;; les votes du mandataire compteront aussi pour le mandant.</translation>
    </message>
    <message>
        <source>Choose the member who gives the proxy.</source>
        <translation>Choisissez le sociétaire qui donne le pouvoir.</translation>
    </message>
    <message>
        <source>Choose the holder, or tick “Blank proxy (to the chair)”.</source>
        <translation>Choisissez le mandataire, ou cochez «&#xa0;Pouvoir en blanc (au président de séance)&#xa0;».</translation>
    </message>
    <message>
        <source>Proxy of %1</source>
        <translation>Pouvoir de %1</translation>
    </message>
    <message>
        <source>Recording the proxy</source>
        <translation>Enregistrement du pouvoir</translation>
    </message>
</context>
<context>
    <name>ProxyModel</name>
    <message>
        <source>Principal</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Formulaire numérisé</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>Void: not counted</source>
        <translation>Nul&#xa0;: non pris en compte</translation>
    </message>
</context>
<context>
    <name>ProxyTableModel</name>
    <message>
        <source>Principal</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Mandataire</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Sociétaire %1</translation>
    </message>
</context>
<context>
    <name>PublishPassphraseDialog</name>
    <message>
        <source>Publish to the shared folder</source>
        <extracomment>Runs a function on the worker and reports its cancellation to the page.</extracomment>
        <translation>Publier dans le dossier partagé</translation>
    </message>
    <message>
        <source>&amp;Sign and publish</source>
        <translation>&amp;Signer et publier</translation>
    </message>
    <message>
        <source>Sign the listed files with the organisation&apos;s key and put them in the shared folder.</source>
        <translation>Signer les fichiers listés avec la clé de l’organisation et les déposer dans le dossier partagé.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>To sign with the organisation&apos;s key before they go into the shared folder: %1.</source>
        <translation>À signer avec la clé de l&apos;organisation avant leur dépôt dans le dossier partagé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Also to publish, with no signature needed: %1.</source>
        <translation>À publier aussi, sans signature&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s passphrase to sign them. “Not now” publishes only what needs no signature, then reads the folder.</source>
        <translation>Tapez la phrase secrète de l&apos;organisation pour les signer. «&#xa0;Plus tard&#xa0;» ne publie que ce qui se passe de signature, puis lit le dossier.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Publish only what needs no signature, then read the folder.</source>
        <translation>Publier seulement ce qui n’a pas besoin de signature, puis lire le dossier.</translation>
    </message>
</context>
<context>
    <name>QuorumModel</name>
    <message>
        <source>Recorded</source>
        <translation>Constaté le</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Present or represented</source>
        <translation>Présents ou représentés</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Opening of the session</source>
        <translation>Ouverture de la séance</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Point %1</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>QuorumPanel</name>
    <message>
        <source>No quorum required; %1 take part</source>
        <translation>Aucun quorum requis&#xa0;; participants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 associates = %3 required; %4 take part</source>
        <translation>Quorum&#xa0;: %1 des %2 associés = %3 requis&#xa0;; participants&#xa0;: %4</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 members in office = %3 required; %4 take part</source>
        <translation>Quorum&#xa0;: %1 des %2 membres en fonction = %3 requis&#xa0;; participants&#xa0;: %4</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Create &amp;second convocation…</source>
        <translation>Créer la &amp;seconde convocation…</translation>
    </message>
    <message>
        <source>Prepare a new meeting, convened a second time with the same agenda</source>
        <translation>Préparer une nouvelle réunion, convoquée une seconde fois avec le même ordre du jour</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>of whom remote</source>
        <translation>dont à distance</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représentés</translation>
    </message>
    <message>
        <source>Postal votes</source>
        <translation>Votes par correspondance</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Quorum: no meeting</source>
        <translation>Quorum&#xa0;: aucune réunion</translation>
    </message>
    <message>
        <source>✔ Quorum met</source>
        <translation>✔ Quorum atteint</translation>
    </message>
    <message>
        <source>✘ Quorum not met</source>
        <translation>✘ Quorum non atteint</translation>
    </message>
</context>
<context>
    <name>QuorumRecordModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>✔ Met</source>
        <translation>✔ Atteint</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ Non atteint</translation>
    </message>
</context>
<context>
    <name>QuorumRecords</name>
    <message>
        <source>Opening of the session</source>
        <translation>Ouverture de la séance</translation>
    </message>
</context>
<context>
    <name>RatioEdit</name>
    <message>
        <source>%1, numerator</source>
        <translation>%1, numérateur</translation>
    </message>
    <message>
        <source>%1, denominator</source>
        <translation>%1, dénominateur</translation>
    </message>
    <message>
        <source>%1: set a limit</source>
        <translation>%1&#xa0;: fixer une limite</translation>
    </message>
    <message>
        <source>(no limit)</source>
        <translation>(sans limite)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <source>Your vote is recorded</source>
        <translation>Votre vote est enregistré</translation>
    </message>
    <message>
        <source>Keep these receipts: each fingerprint identifies one of your ballots, so that you can check later that it was counted.</source>
        <translation>Gardez ces reçus&#xa0;: chaque empreinte identifie un de vos bulletins, pour vérifier plus tard qu&apos;il a été compté.</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>One receipt per ballot. Arrow keys: scroll. Tab: the buttons.</source>
        <translation>Un reçu par bulletin. Flèches&#xa0;: faire défiler. Tab&#xa0;: aller aux boutons.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the receipts as a PDF document.</source>
        <translation>Enregistrer les reçus dans un document PDF.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the receipts.</source>
        <translation>Imprimer les reçus.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Finish and clear the screen for the next voter.</source>
        <translation>Terminer et effacer l&apos;écran pour le votant suivant.</translation>
    </message>
    <message>
        <source>Cast on %1</source>
        <translation>Déposé le %1</translation>
    </message>
    <message>
        <source>Choice: %1</source>
        <translation>Choix&#xa0;: %1</translation>
    </message>
    <message>
        <source>Receipt fingerprint:</source>
        <translation>Empreinte du reçu&#xa0;:</translation>
    </message>
    <message>
        <source>Receipt fingerprint: %1</source>
        <translation>Empreinte du reçu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecipientTableModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>Address or e-mail</source>
        <translation>Adresse ou courriel</translation>
    </message>
    <message>
        <source>Last sending</source>
        <translation>Dernier envoi</translation>
    </message>
</context>
<context>
    <name>RecordQuorumDialog</name>
    <message>
        <source>Record the quorum</source>
        <translation>Constater le quorum</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>The opening of the meeting, or the agenda item now taken up.</source>
        <translation>L’ouverture de la séance, ou le point de l’ordre du jour maintenant abordé.</translation>
    </message>
    <message>
        <source>&amp;Agenda item:</source>
        <translation>&amp;Point de l&apos;ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record quorum</source>
        <translation>&amp;Constater le quorum</translation>
    </message>
    <message>
        <source>Record the members taking part now as the quorum of this item.</source>
        <translation>Enregistrer les associés qui participent maintenant comme quorum de ce point.</translation>
    </message>
    <message>
        <source>Recording the quorum</source>
        <translation>Enregistrement du quorum</translation>
    </message>
</context>
<context>
    <name>RecordSendingDialog</name>
    <message>
        <source>Record a posting</source>
        <extracomment>The channels typed in by hand (e-mails are logged by the sending itself).</extracomment>
        <translation>Enregistrer un envoi</translation>
    </message>
    <message>
        <source>How the convocation was sent: post, registered letter, by hand…</source>
        <translation>Comment la convocation a été envoyée&#xa0;: courrier, lettre recommandée, remise en main propre…</translation>
    </message>
    <message>
        <source>e.g. 1A 234 567 8901 2</source>
        <translation>par ex. 1A 234 567 8901 2</translation>
    </message>
    <message>
        <source>For a registered letter, its number, e.g. 1A 234 567 8901 2; otherwise an optional note.</source>
        <translation>Pour une lettre recommandée, son numéro, par exemple 1A 234 567 8901 2&#xa0;; sinon une note facultative.</translation>
    </message>
    <message>
        <source>When the convocation was posted or handed over.</source>
        <translation>Quand la convocation a été postée ou remise.</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Sociétaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Mode d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Registered-letter number:</source>
        <translation>N° de lettre &amp;recommandée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Record this sending as proof that the member was convened.</source>
        <translation>Enregistrer cet envoi comme preuve que le sociétaire a été convoqué.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Type the number of the registered letter: it is the proof of the convocation.</source>
        <translation>Saisissez le numéro de la lettre recommandée&#xa0;: il fait preuve de la convocation.</translation>
    </message>
    <message>
        <source>Recording the posting</source>
        <translation>Enregistrement de l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>RefuseRequestDialog</name>
    <message>
        <source>Refuse the certificate request</source>
        <translation>Refuser la demande de certificat</translation>
    </message>
    <message>
        <source>The request received on behalf of %1 will not get a certificate. Say why: the note stays with the request. The member may make a new request.</source>
        <translation>La demande reçue au nom de %1 n&apos;obtiendra pas de certificat. Indiquez pourquoi&#xa0;: la note reste jointe à la demande. Le sociétaire pourra faire une nouvelle demande.</translation>
    </message>
    <message>
        <source>e.g. The member did not make this request.</source>
        <translation>par ex. Le sociétaire n&apos;a pas fait cette demande.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Why the request is refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>A short note kept with the request; required.</source>
        <translation>Une courte note conservée avec la demande&#xa0;; obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Refuse the request with this note.</source>
        <translation>Refuser la demande avec cette note.</translation>
    </message>
    <message>
        <source>Say why the request is refused.</source>
        <translation>Indiquez pourquoi la demande est refusée.</translation>
    </message>
    <message>
        <source>Refusing the request</source>
        <translation>Refus de la demande</translation>
    </message>
</context>
<context>
    <name>RefusedBar</name>
    <message>
        <source>%1 (file: %2)</source>
        <translation>%1 (fichier&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Refused files</source>
        <translation>Fichiers refusés</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n file(s) of the shared folder were refused and are not shown. Tell the secretary.</source>
        <translation>
            <numerusform>Attention&#xa0;: %n fichier du dossier partagé a été refusé et n&apos;est pas affiché. Prévenez le secrétariat.</numerusform>
            <numerusform>Attention&#xa0;: %n fichiers du dossier partagé ont été refusés et ne sont pas affichés. Prévenez le secrétariat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n other(s).</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterEntryModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Empreinte de l&apos;entrée</translation>
    </message>
    <message>
        <source>Erratum to no. %1</source>
        <translation>Erratum au n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Erratum</source>
        <translation>Erratum</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>RFC 3161</source>
        <translation>RFC 3161</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Entered on %1</source>
        <translation>Inscrit le %1</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Each body keeps its own register; choose the one to show.</source>
        <translation>Chaque instance tient son propre registre&#xa0;; choisissez celui à afficher.</translation>
    </message>
    <message>
        <source>&amp;Register of deliberations:</source>
        <translation>&amp;Registre des délibérations&#xa0;:</translation>
    </message>
    <message>
        <source>No minutes have been signed yet: each register fills as the minutes of its body are signed.</source>
        <translation>Aucun procès-verbal n&apos;a encore été signé&#xa0;: chaque registre se remplit à mesure que les procès-verbaux de son instance sont signés.</translation>
    </message>
    <message>
        <source>Entries of the register</source>
        <translation>Entrées du registre</translation>
    </message>
    <message>
        <source>The signed minutes entered in this register, numbered in order.</source>
        <translation>Les procès-verbaux signés inscrits dans ce registre, numérotés dans l’ordre.</translation>
    </message>
    <message>
        <source>&amp;Verify the register</source>
        <translation>&amp;Vérifier le registre</translation>
    </message>
    <message>
        <source>Check that no entry is missing and that every signature and fingerprint still matches.</source>
        <translation>Vérifier qu’aucune inscription ne manque et que chaque signature et chaque empreinte correspondent toujours.</translation>
    </message>
    <message>
        <source>&amp;Print the register…</source>
        <translation>&amp;Imprimer le registre…</translation>
    </message>
    <message>
        <source>Save the register as a PDF to print or to show an auditor.</source>
        <translation>Enregistrer le registre en PDF pour l’imprimer ou le montrer à un contrôleur.</translation>
    </message>
    <message>
        <source>&amp;Open the minutes</source>
        <translation>&amp;Ouvrir le procès-verbal</translation>
    </message>
    <message>
        <source>Show the selected minutes in their meeting.</source>
        <translation>Afficher le procès-verbal sélectionné dans sa réunion.</translation>
    </message>
    <message>
        <source>Save the signed P&amp;DF…</source>
        <translation>E&amp;xporter le PDF signé…</translation>
    </message>
    <message>
        <source>Save a copy of the selected minutes as signed, with their electronic signature.</source>
        <translation>Enregistrer une copie du procès-verbal sélectionné tel que signé, avec sa signature électronique.</translation>
    </message>
    <message>
        <source>Loading the registers</source>
        <extracomment>Called with a saved PDF; opens it with the system viewer (tests set it to None).</extracomment>
        <translation>Chargement des registres</translation>
    </message>
    <message>
        <source>Verifying the registers</source>
        <translation>Vérification des registres</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(ies)</source>
        <translation>
            <numerusform>Chaîne intacte&#xa0;: %n entrée</numerusform>
            <numerusform>Chaîne intacte&#xa0;: %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The register is broken: %1.</source>
        <translation>La chaîne du registre est rompue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Imprimer le registre</translation>
    </message>
    <message>
        <source>register-of-deliberations-%1.pdf</source>
        <translation>registre-des-deliberations-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the register</source>
        <translation>Impression du registre</translation>
    </message>
    <message>
        <source>Save the signed minutes</source>
        <translation>Enregistrer le procès-verbal signé</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>proces-verbal-%1.pdf</translation>
    </message>
    <message>
        <source>Saving the minutes</source>
        <translation>Enregistrement du procès-verbal</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Secret ballot: only the totals are shown. Beware: the secretariat&apos;s database can link each voter to their choice; fully verifiable secrecy is not available yet.</source>
        <translation>Vote secret&#xa0;: seuls les totaux sont affichés. Attention&#xa0;: la base de données du secrétariat peut relier chaque votant à son choix&#xa0;; le secret complet vérifiable n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>Votes by choice and channel</source>
        <translation>Voix par choix et par mode de vote</translation>
    </message>
    <message>
        <source>Colleges</source>
        <translation>Collèges</translation>
    </message>
    <message>
        <source>The votes for each choice, by the way they were cast.</source>
        <translation>Les voix de chaque choix, selon la façon dont elles ont été exprimées.</translation>
    </message>
    <message>
        <source>The votes within each college and the weight of each college in the result.</source>
        <translation>Les voix au sein de chaque collège et le poids de chaque collège dans le résultat.</translation>
    </message>
    <message>
        <source>Choose a poll in the list to see its result.</source>
        <translation>Choisissez un scrutin dans la liste pour voir son résultat.</translation>
    </message>
    <message>
        <source>Majority required: %1 (%2)</source>
        <translation>Majorité requise&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Majority required: %1</source>
        <translation>Majorité requise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counted by hand: %1 votes, by %2.</source>
        <translation>Décompte manuel&#xa0;: %1 voix, par %2.</translation>
    </message>
    <message>
        <source>Not open yet: its question and majority may still change.</source>
        <translation>Pas encore ouvert&#xa0;: sa question et sa majorité peuvent encore changer.</translation>
    </message>
    <message>
        <source>Open since %1; %2 ballot(s) received. The result is computed when the poll closes.</source>
        <translation>Ouvert depuis le %1&#xa0;; %2 bulletin(s) reçu(s). Le résultat sera calculé à la clôture du scrutin.</translation>
    </message>
    <message>
        <source>Closed on %1; %2 ballot(s) received.</source>
        <translation>Clos le %1&#xa0;; %2 bulletin(s) reçu(s).</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Share for</source>
        <translation>Part des voix Pour</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Weighted result R = Σ weight × share = %1</source>
        <translation>Résultat pondéré R = Σ poids × part = %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check your choices</source>
        <translation>Vérifiez vos choix</translation>
    </message>
    <message>
        <source>Nothing is signed yet. Change a ballot if it is not what you want; otherwise press Enter.</source>
        <translation>Rien n&apos;est encore signé. Modifiez un bulletin s&apos;il ne correspond pas à ce que vous voulez&#xa0;; sinon appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Your choices</source>
        <translation>Vos choix</translation>
    </message>
    <message>
        <source>One line per ballot.</source>
        <translation>Une ligne par bulletin.</translation>
    </message>
    <message>
        <source>&amp;These are my choices</source>
        <translation>&amp;Ce sont mes choix</translation>
    </message>
    <message>
        <source>Go on to sign and cast the ballots (Enter).</source>
        <translation>Continuer pour signer et déposer les bulletins (Entrée).</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Change the ballot: %1</source>
        <translation>Modifier le bulletin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Modifier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Text written by the secretary. Ctrl+B: bold, Ctrl+I: italic, Ctrl+Shift+K: insert a speaker; Tab leaves the text.</source>
        <translation>Texte rédigé par le secrétaire. Ctrl+B&#xa0;: gras, Ctrl+I&#xa0;: italique, Ctrl+Maj+K&#xa0;: insérer un intervenant&#xa0;; Tab quitte le texte.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Liste</translation>
    </message>
    <message>
        <source>Insert a speaker…</source>
        <translation>Insérer un intervenant…</translation>
    </message>
    <message>
        <source>Bullet list (Ctrl+Shift+8)</source>
        <translation>Liste à puces (Ctrl+Maj+8)</translation>
    </message>
    <message>
        <source>Numbered list (Ctrl+Shift+7)</source>
        <translation>Liste numérotée (Ctrl+Maj+7)</translation>
    </message>
</context>
<context>
    <name>RollModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Voting right</source>
        <translation>Droit de vote</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Collège</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No: not admitted on the record date</source>
        <translation>Non&#xa0;: pas encore admis à la date de référence</translation>
    </message>
    <message>
        <source>No: left before the record date</source>
        <translation>Non&#xa0;: sorti avant la date de référence</translation>
    </message>
    <message>
        <source>No: too few shares</source>
        <translation>Non&#xa0;: nombre de parts insuffisant</translation>
    </message>
    <message>
        <source>No: suspended (arrears)</source>
        <translation>Non&#xa0;: suspendu (impayés)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>RollTab</name>
    <message>
        <source>Register at the record date</source>
        <translation>Registre à la date de référence</translation>
    </message>
    <message>
        <source>The members at the record date, with their shares and whether they could vote.</source>
        <translation>Les associés à la date de référence, avec leurs parts et s’ils pouvaient voter.</translation>
    </message>
    <message>
        <source>Register of members on the record date, %1: %2 members, %3 with a vote.</source>
        <translation>Registre des sociétaires à la date de référence du %1&#xa0;: %2 sociétaires, dont %3 avec droit de vote.</translation>
    </message>
</context>
<context>
    <name>ScannedFormField</name>
    <message>
        <source>No scanned form</source>
        <translation>Aucun formulaire numérisé</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Formulaire numérisé</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Attach the scan of the signed paper form (PDF or image).</source>
        <translation>Joindre le scan du formulaire papier signé (PDF ou image).</translation>
    </message>
    <message>
        <source>Detach the scanned form.</source>
        <translation>Retirer le formulaire scanné.</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Numérisations (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No scan of the signed form is attached yet.</source>
        <translation>Aucun scan du formulaire signé n’est encore joint.</translation>
    </message>
</context>
<context>
    <name>SecondConvocationDialog</name>
    <message>
        <source>Second convocation</source>
        <translation>Seconde convocation</translation>
    </message>
    <message>
        <source>“%1” of %2 did not reach its quorum. A new meeting will be prepared with the same agenda, to be convened again.</source>
        <translation>La réunion «&#xa0;%1&#xa0;» du %2 n&apos;a pas atteint le quorum. Une nouvelle réunion sera préparée avec le même ordre du jour, pour être convoquée de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Date of the second meeting:</source>
        <translation>&amp;Date de la seconde réunion&#xa0;:</translation>
    </message>
    <message>
        <source>The day the meeting is held again; leave time for the notice period.</source>
        <translation>Le jour où l’assemblée se réunit à nouveau&#xa0;; laissez le temps du délai de convocation.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create the new meeting as a draft, with the same agenda.</source>
        <translation>Créer la nouvelle assemblée en préparation, avec le même ordre du jour.</translation>
    </message>
    <message>
        <source>Creating the second convocation</source>
        <translation>Création de la seconde convocation</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>E-mails sent</source>
        <translation>Courriels envoyés</translation>
    </message>
    <message>
        <source>&amp;Failed, with the reason:</source>
        <translation>&amp;Échecs, avec leur motif&#xa0;:</translation>
    </message>
    <message>
        <source>Failed e-mails</source>
        <translation>Courriels en échec</translation>
    </message>
    <message>
        <source>Each message that could not be sent, with the server&apos;s reason.</source>
        <translation>Chaque message qui n’a pas pu être envoyé, avec la raison donnée par le serveur.</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Renvoyer les échecs</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Renvoyer les échecs</translation>
    </message>
    <message>
        <source>Try again to send only the messages that failed.</source>
        <translation>Réessayer d’envoyer seulement les messages qui ont échoué.</translation>
    </message>
    <message>
        <source>Sent: %1. Failed: %2.</source>
        <translation>Envoyés&#xa0;: %1. Échecs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 Stopped before the end: the members not reached yet can be sent to with &quot;Send e-mails&quot; again.</source>
        <translation>%1 Interrompu avant la fin&#xa0;: les sociétaires pas encore atteints recevront la convocation si vous relancez «&#xa0;Envoyer les courriels&#xa0;».</translation>
    </message>
    <message>
        <source>%1 Every e-mail was accepted by the mail server.</source>
        <translation>%1 Tous les courriels ont été acceptés par le serveur de courrier.</translation>
    </message>
    <message>
        <source>FAILED — %1: %2</source>
        <translation>ÉCHEC — %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SendingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Sociétaire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Evidence or reason</source>
        <translation>Preuve ou motif</translation>
    </message>
</context>
<context>
    <name>SessionLabels</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Represented</source>
        <translation>Représenté</translation>
    </message>
    <message>
        <source>Postal vote</source>
        <translation>Vote par correspondance</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Sans indication</translation>
    </message>
    <message>
        <source>Blank proxy (to the chair)</source>
        <translation>Pouvoir en blanc (au président de séance)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Who is present, remote, excused or absent, and their signatures.</source>
        <translation>Qui est présent, à distance, excusé ou absent, et les signatures.</translation>
    </message>
    <message>
        <source>The proxies given by absent members.</source>
        <translation>Les pouvoirs donnés par les associés absents.</translation>
    </message>
    <message>
        <source>The postal voting forms received before the meeting.</source>
        <translation>Les formulaires de vote par correspondance reçus avant l’assemblée.</translation>
    </message>
    <message>
        <source>The officers, the opening and closing, and the quorums recorded.</source>
        <translation>Le bureau, l’ouverture et la clôture, et les quorums enregistrés.</translation>
    </message>
    <message>
        <source>Loading the session</source>
        <translation>Chargement de la séance</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet</source>
        <translation>Feuille &amp;de présence</translation>
    </message>
    <message>
        <source>Pro&amp;xies (%1)</source>
        <translation>P&amp;ouvoirs (%1)</translation>
    </message>
    <message>
        <source>Pos&amp;tal votes (%1)</source>
        <translation>Vo&amp;tes par correspondance (%1)</translation>
    </message>
    <message>
        <source>B&amp;ureau and quorum</source>
        <translation>&amp;Bureau et quorum</translation>
    </message>
    <message>
        <source>Recomputing the quorum</source>
        <translation>Recalcul du quorum</translation>
    </message>
    <message>
        <source>Second convocation</source>
        <translation>Seconde convocation</translation>
    </message>
    <message>
        <source>The second convocation of the meeting of %1 was created in preparation. Convene it from its Convocation tab.</source>
        <translation>La seconde convocation de la réunion du %1 a été créée (en préparation). Convoquez-la depuis son onglet Convocation.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>e.g. AGE of 2026-06-12, resolution 3</source>
        <translation>par ex. AGE du 12/06/2026, résolution 3</translation>
    </message>
    <message>
        <source>Which decision adopted this version of the statutes, kept in its history.</source>
        <translation>La décision qui a adopté cette version des statuts, conservée dans l’historique.</translation>
    </message>
    <message>
        <source>&amp;Reset to the preset of this legal form</source>
        <translation>&amp;Revenir au modèle de cette forme juridique</translation>
    </message>
    <message>
        <source>Show the usual values for this legal form in place of those entered; nothing is saved yet.</source>
        <translation>Afficher les valeurs usuelles de cette forme juridique à la place de celles saisies&#xa0;; rien n’est encore enregistré.</translation>
    </message>
    <message>
        <source>Save as a new &amp;version</source>
        <translation>Enregistrer une nouvelle &amp;version</translation>
    </message>
    <message>
        <source>Keep the statutes shown as a new version, in force from the date beside; older versions stay in the history.</source>
        <translation>Conserver les statuts affichés comme nouvelle version, en vigueur à la date indiquée&#xa0;; les anciennes versions restent dans l’historique.</translation>
    </message>
    <message>
        <source>Statutes versions</source>
        <translation>Versions des statuts</translation>
    </message>
    <message>
        <source>Every version of the statutes saved so far, with the date it came into force.</source>
        <translation>Chaque version des statuts enregistrée jusqu’ici, avec sa date d’entrée en vigueur.</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Statutes</source>
        <translation>&amp;Statuts</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Co&amp;urriel</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>C&amp;lés</translation>
    </message>
    <message>
        <source>Name, registered office and fiscal year of the cooperative.</source>
        <translation>Le nom, le siège et l’exercice de la coopérative.</translation>
    </message>
    <message>
        <source>The rules of the statutes that TalaGov applies: quorum, majorities, proxies, mandates.</source>
        <translation>Les règles des statuts que TalaGov applique&#xa0;: quorum, majorités, pouvoirs, mandats.</translation>
    </message>
    <message>
        <source>The categories of members and the college each one votes in by default.</source>
        <translation>Les catégories de sociétaires et le collège où chacune vote par défaut.</translation>
    </message>
    <message>
        <source>The mail server used to send convocations and minutes.</source>
        <translation>Le serveur de courrier qui envoie les convocations et les procès-verbaux.</translation>
    </message>
    <message>
        <source>The organisation&apos;s signing key, the members&apos; certificates and the timestamping service.</source>
        <translation>La clé de signature de l’organisation, les certificats des sociétaires et le service d’horodatage.</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur à partir du</translation>
    </message>
    <message>
        <source>The day the new version takes effect, as adopted by the general meeting.</source>
        <translation>Le jour où la nouvelle version prend effet, telle qu’adoptée par l’assemblée générale.</translation>
    </message>
    <message>
        <source>Note on this version</source>
        <translation>Note sur cette version</translation>
    </message>
    <message>
        <source>In &amp;force from:</source>
        <translation>En &amp;vigueur à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Statutes &amp;versions, newest first:</source>
        <translation>Versions des statuts, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>Loading the settings</source>
        <translation>Chargement des paramètres</translation>
    </message>
    <message>
        <source>In force from %1 (saved on %2)</source>
        <translation>En vigueur à partir du %1 (enregistrée le %2)</translation>
    </message>
    <message>
        <source>Saving the organisation</source>
        <translation>Enregistrement de l&apos;organisation</translation>
    </message>
    <message>
        <source>Saving the categories</source>
        <translation>Enregistrement des catégories</translation>
    </message>
    <message>
        <source>Saving the statutes</source>
        <translation>Enregistrement des statuts</translation>
    </message>
    <message>
        <source>The preset of %1 is shown. Check every value marked as a suggestion, then save.</source>
        <translation>Le modèle %1 est affiché. Vérifiez chaque valeur marquée comme suggestion, puis enregistrez.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>This database is empty. Describe your organisation: its statutes will start from the legal defaults of its form, which you can adjust later under Settings.</source>
        <translation>Cette base est vide. Décrivez votre organisation&#xa0;: ses statuts partiront des règles légales de sa forme, que vous pourrez ajuster ensuite dans les Paramètres.</translation>
    </message>
    <message>
        <source>The cooperative&apos;s name as registered, printed on convocations and minutes.</source>
        <translation>Le nom de la coopérative tel qu’immatriculé, imprimé sur les convocations et les procès-verbaux.</translation>
    </message>
    <message>
        <source>The legal form sets the rules of the law that apply and the starting statutes.</source>
        <translation>La forme juridique fixe les règles de la loi qui s’appliquent et les statuts de départ.</translation>
    </message>
    <message>
        <source>9 digits (optional)</source>
        <translation>9 chiffres (facultatif)</translation>
    </message>
    <message>
        <source>The 9-digit company number, if the cooperative is registered already; spaces are ignored.</source>
        <translation>Le numéro SIREN à 9 chiffres, si la coopérative est déjà immatriculée&#xa0;; les espaces sont ignorées.</translation>
    </message>
    <message>
        <source>The address of the registered office, as in the statutes.</source>
        <translation>L’adresse du siège social, comme dans les statuts.</translation>
    </message>
    <message>
        <source>The town of the trade and companies register where the cooperative is registered.</source>
        <translation>La ville du registre du commerce et des sociétés où la coopérative est immatriculée.</translation>
    </message>
    <message>
        <source>Day of the month the fiscal year closes, 1 to 31.</source>
        <translation>Jour du mois de clôture de l’exercice, de 1 à 31.</translation>
    </message>
    <message>
        <source>Month the fiscal year closes; the annual meeting follows within six months.</source>
        <translation>Mois de clôture de l’exercice&#xa0;; l’assemblée annuelle a lieu dans les six mois qui suivent.</translation>
    </message>
    <message>
        <source>Value of one share in euros, as in the statutes, e.g. 25,00.</source>
        <translation>Valeur d’une part en euros, comme dans les statuts, par exemple 25,00.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SIREN:</source>
        <translation>&amp;SIREN&#xa0;:</translation>
    </message>
    <message>
        <source>Registered &amp;office:</source>
        <translation>Siège s&amp;ocial&#xa0;:</translation>
    </message>
    <message>
        <source>RCS &amp;city:</source>
        <translation>Ville du &amp;RCS&#xa0;:</translation>
    </message>
    <message>
        <source>Fiscal year &amp;ends on:</source>
        <translation>Clôture de l&apos;&amp;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Fiscal year end: day</source>
        <translation>Clôture de l&apos;exercice&#xa0;: jour</translation>
    </message>
    <message>
        <source>Fiscal year end: month</source>
        <translation>Clôture de l&apos;exercice&#xa0;: mois</translation>
    </message>
    <message>
        <source>Share nominal &amp;value:</source>
        <translation>&amp;Valeur nominale d&apos;une part&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create the cooperative&apos;s register with the usual rules of its legal form, to check afterwards.</source>
        <translation>Créer le registre de la coopérative avec les règles usuelles de sa forme juridique, à vérifier ensuite.</translation>
    </message>
    <message>
        <source>I am a member: &amp;join my cooperative…</source>
        <translation>Je suis sociétaire&#xa0;: re&amp;joindre ma coopérative…</translation>
    </message>
    <message>
        <source>I am a member: join my cooperative</source>
        <translation>Je suis sociétaire&#xa0;: rejoindre ma coopérative</translation>
    </message>
    <message>
        <source>Vote and read the meetings from home, through the folder your cooperative shares with its members</source>
        <translation>Voter et consulter les réunions de chez vous, grâce au dossier que votre coopérative partage avec ses sociétaires</translation>
    </message>
    <message>
        <source>Creating the organisation</source>
        <translation>Création de l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>ShareMovementDialog</name>
    <message>
        <source>Subscription, transfer between members or redemption by the cooperative.</source>
        <translation>Souscription, cession entre sociétaires ou remboursement par la coopérative.</translation>
    </message>
    <message>
        <source>The day the movement takes effect in the share register.</source>
        <translation>Le jour où le mouvement prend effet dans le registre des parts.</translation>
    </message>
    <message>
        <source>The member who gives up the shares; type part of a name or number.</source>
        <translation>Le sociétaire qui cède les parts&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>The member who receives the shares; type part of a name or number.</source>
        <translation>Le sociétaire qui reçoit les parts&#xa0;; tapez une partie d’un nom ou d’un numéro.</translation>
    </message>
    <message>
        <source>How many shares move, a whole number of 1 or more.</source>
        <translation>Combien de parts changent de main, un nombre entier de 1 ou plus.</translation>
    </message>
    <message>
        <source>e.g. 25,00</source>
        <translation>par ex. 25,00</translation>
    </message>
    <message>
        <source>Value of one share in euros at the date of the movement, e.g. 25,00.</source>
        <translation>Valeur d’une part en euros à la date du mouvement, par exemple 25,00.</translation>
    </message>
    <message>
        <source>Subscription form no., bank transfer…</source>
        <translation>N° de bulletin de souscription, virement…</translation>
    </message>
    <message>
        <source>The document that proves the movement: subscription form, transfer order, bank transfer…</source>
        <translation>La pièce qui justifie le mouvement&#xa0;: bulletin de souscription, ordre de mouvement, virement…</translation>
    </message>
    <message>
        <source>A free remark kept with the line of the register.</source>
        <translation>Une remarque libre conservée avec la ligne du registre.</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Mouvement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From member:</source>
        <translation>&amp;Sociétaire cédant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To member:</source>
        <translation>Sociétaire &amp;bénéficiaire&#xa0;:</translation>
    </message>
    <message>
        <source>Number of &amp;shares:</source>
        <translation>Nombre de &amp;parts&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Nominal value of a share (€):</source>
        <translation>Valeur &amp;nominale d&apos;une part (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Total amount:</source>
        <translation>Montant total&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Loading members</source>
        <translation>Chargement des sociétaires</translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation>Nouvelle souscription</translation>
    </message>
    <message>
        <source>New transfer</source>
        <translation>Nouvelle cession</translation>
    </message>
    <message>
        <source>New redemption</source>
        <translation>Nouveau remboursement</translation>
    </message>
    <message numerus="yes">
        <source>Holds %n share(s) on %1</source>
        <translation>
            <numerusform>Détient %n part au %1</numerusform>
            <numerusform>Détient %n parts au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the nominal value in euros, for example 25,00.</source>
        <translation>Saisissez la valeur nominale en euros, par exemple 25,00.</translation>
    </message>
    <message>
        <source>Choose the member who gives up the shares.</source>
        <translation>Choisissez le sociétaire qui cède ou se fait rembourser les parts.</translation>
    </message>
    <message>
        <source>Choose the member who receives the shares.</source>
        <translation>Choisissez le sociétaire qui reçoit les parts.</translation>
    </message>
    <message>
        <source>Recording the movement</source>
        <translation>Enregistrement du mouvement</translation>
    </message>
</context>
<context>
    <name>ShareMovementTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mouvement</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Cédant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SharesPage</name>
    <message>
        <source>Shares</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Member, number, reference, date…</source>
        <translation>Sociétaire, numéro, référence, date…</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>The register keeps the lines whose member, number, reference or date contains what you type; Escape clears.</source>
        <translation>Le registre garde les lignes dont le sociétaire, le numéro, la référence ou la date contient ce que vous tapez&#xa0;; Échap efface.</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Every subscription, transfer and redemption of shares, in date order.</source>
        <translation>Chaque souscription, cession et remboursement de parts, par ordre de date.</translation>
    </message>
    <message>
        <source>Share &amp;register:</source>
        <translation>&amp;Registre des parts&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;subscription…</source>
        <translation>Nouvelle &amp;souscription…</translation>
    </message>
    <message>
        <source>Record shares bought by a member at their nominal value.</source>
        <translation>Enregistrer des parts souscrites par un sociétaire à leur valeur nominale.</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Cession…</translation>
    </message>
    <message>
        <source>Record shares passed from one member to another.</source>
        <translation>Enregistrer des parts cédées par un sociétaire à un autre.</translation>
    </message>
    <message>
        <source>&amp;Redemption…</source>
        <translation>Rem&amp;boursement…</translation>
    </message>
    <message>
        <source>Record shares paid back to a member by the cooperative.</source>
        <translation>Enregistrer des parts remboursées à un sociétaire par la coopérative.</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected line if it was entered by mistake.</source>
        <translation>Supprimer la ligne sélectionnée si elle a été saisie par erreur.</translation>
    </message>
    <message>
        <source>Share register</source>
        <translation>Registre des parts</translation>
    </message>
    <message>
        <source>Loading the share register</source>
        <translation>Chargement du registre des parts</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movement(s) shown of %1</source>
        <translation>
            <numerusform>%Ln mouvement affiché sur %1</numerusform>
            <numerusform>%Ln mouvements affichés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the %1 of %2 share(s) on %3 (%4)? Only a line entered by mistake should be deleted; a real redemption or transfer is recorded as a new movement.</source>
        <translation>Supprimer ce mouvement (%1 de %2 part(s) le %3, %4)&#xa0;? Ne supprimez qu&apos;une ligne saisie par erreur&#xa0;; un vrai remboursement ou une vraie cession s&apos;enregistre comme un nouveau mouvement.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Deleting the entry</source>
        <translation>Suppression de la ligne</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories of the minutes</source>
        <translation>Signataires du procès-verbal</translation>
    </message>
    <message>
        <source>The statutes propose these signatories. Any member of the bureau or present at the meeting may be added.</source>
        <translation>Les statuts proposent ces signataires. Vous pouvez ajouter tout membre du bureau de séance ou toute personne présente à la réunion.</translation>
    </message>
    <message>
        <source>&amp;Add a signatory</source>
        <translation>&amp;Ajouter un signataire</translation>
    </message>
    <message>
        <source>Add a line for one more signatory.</source>
        <translation>Ajouter une ligne pour un signataire de plus.</translation>
    </message>
    <message>
        <source>Keep these signatories and capacities.</source>
        <translation>Conserver ces signataires et leurs qualités.</translation>
    </message>
    <message>
        <source>Loading the members who may sign</source>
        <translation>Chargement des membres pouvant signer</translation>
    </message>
    <message>
        <source>Signatory %1</source>
        <translation>Signataire %1</translation>
    </message>
    <message>
        <source>The person who signs.</source>
        <translation>La personne qui signe.</translation>
    </message>
    <message>
        <source>Capacity of signatory %1</source>
        <translation>Qualité du signataire %1</translation>
    </message>
    <message>
        <source>The capacity in which this person signs (chair, secretary, scrutineer…).</source>
        <translation>La qualité en laquelle cette personne signe (président, secrétaire, scrutateur…).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove signatory %1</source>
        <translation>Retirer le signataire %1</translation>
    </message>
    <message>
        <source>Remove this signatory from the list.</source>
        <translation>Retirer ce signataire de la liste.</translation>
    </message>
    <message>
        <source>Choose at least one signatory.</source>
        <translation>Choisissez au moins un signataire.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 figure deux fois.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature of %1</source>
        <translation>Signature de %1</translation>
    </message>
    <message>
        <source>Sign in the box with the mouse, a pen or a finger.</source>
        <translation>Signez dans le cadre avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <source>Signature pad of %1</source>
        <translation>Zone de signature de %1</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Wipe the box to sign again.</source>
        <translation>Effacer le cadre pour signer à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Keep this handwritten signature on the attendance sheet.</source>
        <translation>Conserver cette signature manuscrite sur la feuille de présence.</translation>
    </message>
    <message>
        <source>Draw the signature in the box first.</source>
        <translation>Tracez d&apos;abord la signature dans le cadre.</translation>
    </message>
    <message>
        <source>Recording the signature</source>
        <translation>Enregistrement de la signature</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>Sign with the mouse, a pen or a finger. Delete or Backspace clears the signature.</source>
        <translation>Signez avec la souris, un stylet ou le doigt. Les touches Suppr et Retour arrière effacent la signature.</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Each signatory signs with their TalaGov key: the PDF carries their electronic signature, and the last signature enters the minutes in the register.</source>
        <translation>Chaque signataire signe avec sa clé TalaGov&#xa0;: le PDF porte sa signature électronique, et la dernière signature inscrit le procès-verbal au registre.</translation>
    </message>
    <message>
        <source>Nobody is chosen to sign yet: use “Signatories…”.</source>
        <translation>Aucun signataire n&apos;est encore désigné&#xa0;: utilisez «&#xa0;Signataires…&#xa0;».</translation>
    </message>
    <message>
        <source>Sign as %1…</source>
        <translation>Signer en tant que %1…</translation>
    </message>
    <message>
        <source>Sign the minutes with the key of %1 (asks their passphrase).</source>
        <translation>Signer le procès-verbal avec la clé de %1 (demande sa phrase secrète).</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Signé le %1</translation>
    </message>
    <message>
        <source>No valid certificate: create their key first (Settings, Keys)</source>
        <translation>Aucun certificat valide&#xa0;: créez d&apos;abord sa clé (Paramètres, Clés)</translation>
    </message>
    <message>
        <source>Their key is not on this laptop: they sign on the laptop that holds it</source>
        <translation>Sa clé n&apos;est pas sur cet ordinateur&#xa0;: la signature se fait sur l&apos;ordinateur qui la détient</translation>
    </message>
    <message>
        <source>Signs once the minutes are submitted</source>
        <translation>Signera une fois le procès-verbal soumis</translation>
    </message>
    <message>
        <source>Waiting for their signature</source>
        <translation>En attente de sa signature</translation>
    </message>
    <message>
        <source>The signatures carry an RFC 3161 time-stamp.</source>
        <translation>Les signatures portent un horodatage RFC 3161.</translation>
    </message>
    <message>
        <source>No RFC 3161 time-stamp was obtained: the local time was recorded. “Add a time-stamp” adds one once an authority is configured and reachable.</source>
        <translation>Aucun horodatage RFC 3161 n&apos;a été obtenu&#xa0;: l&apos;heure locale a été enregistrée. «&#xa0;Ajouter un horodatage&#xa0;» en ajoute un dès qu&apos;une autorité d&apos;horodatage est configurée et joignable.</translation>
    </message>
</context>
<context>
    <name>StatutesEditor</name>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>The legal form decides which rules of the law apply; save a new version to change it.</source>
        <translation>La forme juridique détermine les règles de la loi qui s’appliquent&#xa0;; enregistrez une nouvelle version pour la changer.</translation>
    </message>
    <message>
        <source>Legal &amp;form:</source>
        <translation>&amp;Forme juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Statutes</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Quorum, majority and notice of the annual and other ordinary general meetings.</source>
        <translation>Quorum, majorité et délai de convocation des assemblées générales ordinaires.</translation>
    </message>
    <message>
        <source>Quorum, majority and notice of the meetings that change the statutes or the capital.</source>
        <translation>Quorum, majorité et délai de convocation des assemblées qui modifient les statuts ou le capital.</translation>
    </message>
    <message>
        <source>Quorum, majority and notice of the board&apos;s meetings.</source>
        <translation>Quorum, majorité et délai de convocation des réunions du conseil.</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Réunions</translation>
    </message>
    <message>
        <source>&amp;Proxies and participation</source>
        <translation>&amp;Pouvoirs et participation</translation>
    </message>
    <message>
        <source>&amp;Colleges</source>
        <translation>&amp;Collèges</translation>
    </message>
    <message>
        <source>Man&amp;dates</source>
        <translation>Man&amp;dats</translation>
    </message>
    <message>
        <source>Mem&amp;bership</source>
        <translation>Adhési&amp;on</translation>
    </message>
    <message>
        <source>Com&amp;position</source>
        <translation>Com&amp;position</translation>
    </message>
    <message>
        <source>Minu&amp;tes</source>
        <translation>Procès-ver&amp;baux</translation>
    </message>
    <message>
        <source>The rules of general meetings and of the board, at each convocation.</source>
        <translation>Les règles des assemblées générales et du conseil, à chaque convocation.</translation>
    </message>
    <message>
        <source>Who may represent an absent member, how many proxies each may hold, postal and remote voting.</source>
        <translation>Qui peut représenter un sociétaire absent, combien de pouvoirs chacun peut détenir, vote par correspondance et à distance.</translation>
    </message>
    <message>
        <source>The voting colleges of a SCIC and the weight of each in a vote.</source>
        <translation>Les collèges de vote d’une SCIC et le poids de chacun dans un vote.</translation>
    </message>
    <message>
        <source>The size of the board and how long its members serve.</source>
        <translation>La taille du conseil et la durée des fonctions de ses membres.</translation>
    </message>
    <message>
        <source>Who must apply to become an associate and what it takes to vote.</source>
        <translation>Qui doit demander à devenir associé et ce qu’il faut pour voter.</translation>
    </message>
    <message>
        <source>The shares of capital and votes that each kind of associate must or may hold.</source>
        <translation>Les parts du capital et des voix que chaque type d’associé doit ou peut détenir.</translation>
    </message>
    <message>
        <source>Who signs the minutes of general meetings and of the board.</source>
        <translation>Qui signe les procès-verbaux des assemblées générales et du conseil.</translation>
    </message>
    <message>
        <source>◇ suggestion: the law leaves this value to your statutes and the preset only suggests it. The legal source of each field is in its tool tip.</source>
        <translation>◇ suggestion&#xa0;: la loi laisse cette valeur à vos statuts et le modèle ne fait que la suggérer. La source légale de chaque champ figure dans son infobulle.</translation>
    </message>
    <message>
        <source>Who may &amp;hold a proxy:</source>
        <translation>Qui peut &amp;recevoir un pouvoir&#xa0;:</translation>
    </message>
    <message>
        <source>Who may hold a proxy</source>
        <translation>Qui peut recevoir un pouvoir</translation>
    </message>
    <message>
        <source>Proxies per &amp;holder:</source>
        <translation>Pouvoirs par &amp;mandataire&#xa0;:</translation>
    </message>
    <message>
        <source>Proxies per holder</source>
        <translation>Pouvoirs par mandataire</translation>
    </message>
    <message>
        <source>Fixed &amp;number of proxies:</source>
        <translation>&amp;Nombre fixe de pouvoirs&#xa0;:</translation>
    </message>
    <message>
        <source>Fixed number of proxies</source>
        <translation>Nombre fixe de pouvoirs</translation>
    </message>
    <message>
        <source>Blank proxies:</source>
        <translation>Pouvoirs en blanc&#xa0;:</translation>
    </message>
    <message>
        <source>Blank proxies allowed</source>
        <translation>Pouvoirs en blanc autorisés</translation>
    </message>
    <message>
        <source>allowed (sent to the company without naming a holder)</source>
        <translation>autorisés (adressés à la société sans nommer de mandataire)</translation>
    </message>
    <message>
        <source>Proxy chains:</source>
        <translation>Pouvoirs en cascade&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy chains allowed</source>
        <translation>Pouvoirs en cascade autorisés</translation>
    </message>
    <message>
        <source>a holder may pass a proxy on</source>
        <translation>un mandataire peut transmettre un pouvoir</translation>
    </message>
    <message>
        <source>Vote by correspondence:</source>
        <translation>Vote par correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Vote by correspondence allowed</source>
        <translation>Vote par correspondance autorisé</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>Remote participation:</source>
        <translation>Participation à distance&#xa0;:</translation>
    </message>
    <message>
        <source>Remote participation allowed</source>
        <translation>Participation à distance autorisée</translation>
    </message>
    <message>
        <source>allowed (members by video count as present)</source>
        <translation>autorisée (les membres en visioconférence sont réputés présents)</translation>
    </message>
    <message>
        <source>Voting colleges</source>
        <translation>Collèges de vote</translation>
    </message>
    <message>
        <source>Voting colleges (SCIC):</source>
        <translation>Collèges de vote (SCIC)&#xa0;:</translation>
    </message>
    <message>
        <source>A college where nobody &amp;voted:</source>
        <translation>Un collège où personne n&apos;a &amp;voté&#xa0;:</translation>
    </message>
    <message>
        <source>A college where nobody voted</source>
        <translation>Un collège où personne n&apos;a voté</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>no obligation</source>
        <translation>aucune obligation</translation>
    </message>
    <message>
        <source>Board members, at least:</source>
        <translation>Administrateurs, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Board members, at most:</source>
        <translation>Administrateurs, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Longest term of a mandate (years):</source>
        <translation>Durée maximale d&apos;un mandat (ans)&#xa0;:</translation>
    </message>
    <message>
        <source>Board members over 70, at most:</source>
        <translation>Administrateurs de plus de 70 ans, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Longest term of a gérant (years):</source>
        <translation>Durée maximale du mandat d&apos;un gérant (ans)&#xa0;:</translation>
    </message>
    <message>
        <source>Supervisory board required above (associates):</source>
        <translation>Conseil de surveillance obligatoire au-delà de (associés)&#xa0;:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Supervisory board members, at least:</source>
        <translation>Membres du conseil de surveillance, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Supervisory board members, at most:</source>
        <translation>Membres du conseil de surveillance, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Mandates held by non-employee associates, at most:</source>
        <translation>Mandats détenus par des associés non salariés, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Employees must apply within (months):</source>
        <translation>Les salariés doivent candidater dans un délai de (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>The AG must rule after (months of employment):</source>
        <translation>L&apos;AG doit statuer après (mois d&apos;emploi)&#xa0;:</translation>
    </message>
    <message>
        <source>Shares needed to vote:</source>
        <translation>Parts nécessaires pour voter&#xa0;:</translation>
    </message>
    <message>
        <source>Vote suspended after a formal notice of (days):</source>
        <translation>Vote suspendu après une mise en demeure de (jours)&#xa0;:</translation>
    </message>
    <message>
        <source>Capital held by employees, at least:</source>
        <translation>Capital détenu par les salariés, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Votes of employees, at least:</source>
        <translation>Voix des salariés, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Votes of external associates, at most:</source>
        <translation>Voix des associés extérieurs, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Employee-associates, at least:</source>
        <translation>Associés salariés, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Associates, at most:</source>
        <translation>Associés, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Categories of associates, at least:</source>
        <translation>Catégories d&apos;associés, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Capital held by public bodies, at most:</source>
        <translation>Capital détenu par les collectivités publiques, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>Voting colleges, at least:</source>
        <translation>Collèges de vote, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Weight of a college, at least:</source>
        <translation>Poids d&apos;un collège, au moins&#xa0;:</translation>
    </message>
    <message>
        <source>Weight of a college, at most:</source>
        <translation>Poids d&apos;un collège, au plus&#xa0;:</translation>
    </message>
    <message>
        <source>The secretary of the meeting signs the AG&apos;s minutes</source>
        <translation>Le secrétaire de séance signe le procès-verbal de l&apos;AG</translation>
    </message>
    <message>
        <source>The scrutineers sign the AG&apos;s minutes</source>
        <translation>Les scrutateurs signent le procès-verbal de l&apos;AG</translation>
    </message>
    <message>
        <source>The gérants sign the AG&apos;s minutes</source>
        <translation>Les gérants signent le procès-verbal de l&apos;AG</translation>
    </message>
    <message>
        <source>Directors signing the board&apos;s minutes, besides the chair:</source>
        <translation>Administrateurs signant le procès-verbal du conseil, en plus du président de séance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SyncFolderGroup</name>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>The members&apos; own TalaGov installs work with this one through a folder that each of them can reach: a Nextcloud or Syncthing folder, a network share, or a USB key carried from one computer to the next. No server is needed.</source>
        <translation>Les installations TalaGov des sociétaires travaillent avec celle-ci grâce à un dossier auquel chacun a accès&#xa0;: un dossier Nextcloud ou Syncthing, un partage réseau, ou une clé USB portée d&apos;un ordinateur à l&apos;autre. Aucun serveur n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>TalaGov places in it, signed with the organisation&apos;s key, each convened meeting (convocation, agenda, documents, polls open for remote voting), the members&apos; certificates and the archives of closed meetings. It reads from it the members&apos; certificate requests, proxies and ballots. It never changes nor deletes a file written by someone else.</source>
        <translation>TalaGov y dépose, après les avoir signés avec la clé de l&apos;organisation, chaque réunion convoquée (convocation, ordre du jour, documents, scrutins ouverts au vote à distance), les certificats des sociétaires et les archives des réunions closes. Il y lit les demandes de certificat, les pouvoirs et les bulletins des sociétaires. Il ne modifie ni ne supprime jamais un fichier écrit par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Aucun dossier choisi pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>Pick the folder that the members&apos; installs also reach (Nextcloud, Syncthing, network share, USB key).</source>
        <translation>Choisir le dossier que les installations des sociétaires atteignent aussi (Nextcloud, Syncthing, partage réseau, clé USB).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the shared folder</source>
        <translation>Ouvrir le dossier partagé</translation>
    </message>
    <message>
        <source>Show the folder in the file manager.</source>
        <translation>Afficher le dossier dans le gestionnaire de fichiers.</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Publish what is new and read what the members left in the folder, now.</source>
        <translation>Publier ce qui est nouveau et lire ce que les sociétaires ont déposé dans le dossier, maintenant.</translation>
    </message>
    <message>
        <source>&amp;Watch the folder</source>
        <translation>S&amp;urveiller le dossier</translation>
    </message>
    <message>
        <source>Watch the folder</source>
        <translation>Surveiller le dossier</translation>
    </message>
    <message>
        <source>While the folder is watched, the ballots, proxies and certificate requests that arrive are read at once (and at least every 30 seconds), without publishing anything: “Synchronise now” also publishes.</source>
        <translation>Tant que le dossier est surveillé, les bulletins, pouvoirs et demandes de certificat qui arrivent sont lus aussitôt (et au moins toutes les 30 secondes), sans rien publier&#xa0;: «&#xa0;Synchroniser maintenant&#xa0;» publie aussi.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Shared folder</source>
        <extracomment>Watch the shared folder (1) or not (0); an int, as QSettings gives bools back as text. Opens the folder in the file manager (tests set it to None).</extracomment>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Requests and quarantine</source>
        <translation>Demandes et quarantaine</translation>
    </message>
    <message>
        <source>Members&apos; keys waiting for a certificate before they can vote from home.</source>
        <translation>Les clés des associés qui attendent un certificat pour pouvoir voter à distance.</translation>
    </message>
    <message>
        <source>Files found in the folder that TalaGov could not take into account, with the reason.</source>
        <translation>Les fichiers trouvés dans le dossier que TalaGov n’a pas pu prendre en compte, avec la raison.</translation>
    </message>
    <message>
        <source>Loading the shared folder</source>
        <translation>Chargement du dossier partagé</translation>
    </message>
    <message>
        <source>Certificate requests (%1)</source>
        <translation>Demandes de certificat (%1)</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Demandes de certificat</translation>
    </message>
    <message>
        <source>Quarantine (%1)</source>
        <translation>Quarantaine (%1)</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Choose the shared folder</source>
        <translation>Choisir le dossier partagé</translation>
    </message>
    <message>
        <source>Saving the shared folder</source>
        <translation>Enregistrement du dossier partagé</translation>
    </message>
    <message>
        <source>The shared folder could not be read: %1</source>
        <translation>Le dossier partagé n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was published: %1 The members&apos; files are read all the same.</source>
        <translation>Rien n&apos;a été publié&#xa0;: %1 Les fichiers des sociétaires sont tout de même lus.</translation>
    </message>
    <message>
        <source>Synchronisation cancelled: the next one finishes the work.</source>
        <translation>Synchronisation annulée&#xa0;: la prochaine terminera le travail.</translation>
    </message>
</context>
<context>
    <name>SyncPass</name>
    <message>
        <source>Preparing the synchronisation</source>
        <translation>Préparation de la synchronisation</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Reading the shared folder</source>
        <translation>Lecture du dossier partagé</translation>
    </message>
</context>
<context>
    <name>SyncQuarantineModel</name>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première détection</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière détection</translation>
    </message>
    <message>
        <source>Install %1…</source>
        <translation>Installation %1…</translation>
    </message>
</context>
<context>
    <name>SyncQuarantinePanel</name>
    <message>
        <source>Files that TalaGov could not take into account: they are left in the folder as they are, and listed here with the reason. A file that was still being copied is read again once it changes.</source>
        <translation>Fichiers que TalaGov n&apos;a pas pu prendre en compte&#xa0;: ils restent tels quels dans le dossier, et sont listés ici avec le motif. Un fichier qui était encore en cours de copie est relu dès qu&apos;il change.</translation>
    </message>
    <message>
        <source>No file is set aside.</source>
        <translation>Aucun fichier n&apos;est en quarantaine.</translation>
    </message>
    <message>
        <source>Files set aside</source>
        <translation>Fichiers en quarantaine</translation>
    </message>
    <message>
        <source>Select a file to read in full why it was set aside.</source>
        <translation>Sélectionnez un fichier pour lire en entier pourquoi il a été mis de côté.</translation>
    </message>
</context>
<context>
    <name>SyncRequestModel</name>
    <message>
        <source>Member</source>
        <translation>Sociétaire</translation>
    </message>
    <message>
        <source>Name in the request</source>
        <translation>Nom demandé</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificat délivré</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Unknown member no. %1</source>
        <translation>Sociétaire inconnu n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Replaces the valid key in use</source>
        <translation>Remplace la clé en service</translation>
    </message>
    <message>
        <source>From another install</source>
        <translation>Vient d&apos;une autre installation</translation>
    </message>
</context>
<context>
    <name>SyncRequestsPanel</name>
    <message>
        <source>A member who wants to vote from home creates a key in their TalaGov, which leaves a request here. Before issuing the certificate, ask the member to read out the fingerprint of their key, and check that it is the one shown here, group by group: anyone able to write in the folder could make a request in someone else&apos;s name.</source>
        <translation>Un sociétaire qui veut voter de chez lui crée une clé dans son TalaGov, qui dépose ici une demande. Avant de délivrer le certificat, demandez-lui de vous lire l&apos;empreinte de sa clé, et vérifiez, groupe par groupe, qu&apos;elle est bien celle affichée ici&#xa0;: toute personne qui peut écrire dans le dossier pourrait faire une demande au nom d&apos;un autre.</translation>
    </message>
    <message>
        <source>No request is waiting.</source>
        <translation>Aucune demande en attente.</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Demandes de certificat</translation>
    </message>
    <message>
        <source>The requests waiting for a decision; select one to see its key&apos;s fingerprint.</source>
        <translation>Les demandes en attente d’une décision&#xa0;; sélectionnez-en une pour voir l’empreinte de sa clé.</translation>
    </message>
    <message>
        <source>Fingerprint of the requested key</source>
        <translation>Empreinte de la clé demandée</translation>
    </message>
    <message>
        <source>&amp;Issue the certificate…</source>
        <translation>Déli&amp;vrer le certificat…</translation>
    </message>
    <message>
        <source>Sign a certificate for this key once the member has read out the same fingerprint.</source>
        <translation>Signer un certificat pour cette clé une fois que le sociétaire a lu à voix haute la même empreinte.</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>Turn the request down with a note saying why; the member may ask again.</source>
        <translation>Refuser la demande avec une note qui dit pourquoi&#xa0;; le sociétaire pourra en refaire une.</translation>
    </message>
    <message>
        <source>Request of %1, received on %2 from the install %3.
Fingerprint of the key, to compare with what the member reads out:</source>
        <translation>Demande de %1, reçue le %2 de l&apos;installation %3.
Empreinte de la clé, à comparer avec celle que vous lit le sociétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Warning: %1 already holds a valid certificate. Issuing this one revokes the key %1 votes with today.</source>
        <translation>Attention&#xa0;: %1 détient déjà un certificat valide. Délivrer celui-ci révoque la clé avec laquelle %1 vote aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Warning: this request comes from another install than the earlier request of %1.</source>
        <translation>Attention&#xa0;: cette demande vient d&apos;une autre installation que la demande précédente de %1.</translation>
    </message>
    <message>
        <source>Issue a certificate to %1 for the key whose fingerprint is:

%2

Issue it only if the member has read you this same fingerprint. The organisation&apos;s passphrase signs the certificate; the next synchronisation places it in the shared folder.</source>
        <translation>Délivrer un certificat à %1 pour la clé dont l&apos;empreinte est&#xa0;:

%2

Ne le délivrez que si le sociétaire vous a lu cette même empreinte. La phrase secrète de l&apos;organisation sert à signer le certificat&#xa0;; la prochaine synchronisation le dépose dans le dossier partagé.</translation>
    </message>
    <message>
        <source>Issue the certificate</source>
        <translation>Délivrer le certificat</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Délivrer</translation>
    </message>
    <message>
        <source>Issuing the certificate</source>
        <translation>Délivrance du certificat</translation>
    </message>
</context>
<context>
    <name>SyncStatusGroup</name>
    <message>
        <source>identity of the organisation</source>
        <translation>identité de l&apos;organisation</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>réunions</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificats</translation>
    </message>
    <message>
        <source>list of revoked certificates</source>
        <translation>liste des certificats révoqués</translation>
    </message>
    <message>
        <source>archives</source>
        <translation>archives</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Last synchronisation</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>No synchronisation since TalaGov was started.</source>
        <translation>Aucune synchronisation depuis le démarrage de TalaGov.</translation>
    </message>
    <message>
        <source>Published on %1 — %2</source>
        <translation>Publié le %1 — %2</translation>
    </message>
    <message>
        <source>Published on %1 — nothing: the folder was up to date.</source>
        <translation>Publié le %1 — rien&#xa0;: le dossier était déjà à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Not published: %n file(s) to sign with the organisation&apos;s key (its passphrase was not given).</source>
        <translation>
            <numerusform>Non publié&#xa0;: %n fichier à signer avec la clé de l&apos;organisation (sa phrase secrète n&apos;a pas été donnée).</numerusform>
            <numerusform>Non publiés&#xa0;: %n fichiers à signer avec la clé de l&apos;organisation (sa phrase secrète n&apos;a pas été donnée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Read again on %1 (watching): nothing new.</source>
        <translation>Relu le %1 (surveillance)&#xa0;: rien de nouveau.</translation>
    </message>
    <message>
        <source>Folder read on %1 (watching)</source>
        <translation>Dossier lu le %1 (surveillance)</translation>
    </message>
    <message>
        <source>Folder read on %1</source>
        <translation>Dossier lu le %1</translation>
    </message>
    <message>
        <source>Certificate requests received: %1 — proxies received: %2</source>
        <translation>Demandes de certificat reçues&#xa0;: %1 — pouvoirs reçus&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) set aside: see “Quarantine”.</source>
        <translation>
            <numerusform>%n nouveau fichier mis en quarantaine&#xa0;: voir l&apos;onglet «&#xa0;Quarantaine&#xa0;».</numerusform>
            <numerusform>%n nouveaux fichiers mis en quarantaine&#xa0;: voir l&apos;onglet «&#xa0;Quarantaine&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Files in the members&apos; directories: %1, of which %2 unchanged since they were last read.</source>
        <translation>Fichiers dans les répertoires des sociétaires&#xa0;: %1, dont %2 inchangés depuis leur dernière lecture.</translation>
    </message>
    <message>
        <source>Ballots: none new.</source>
        <translation>Bulletins&#xa0;: aucun nouveau.</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptés</translation>
    </message>
    <message>
        <source>superseded by a later vote</source>
        <translation>remplacés par un vote ultérieur</translation>
    </message>
    <message>
        <source>overridden by another channel</source>
        <translation>écartés au profit d&apos;un autre canal</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetés</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importés</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ballots: %1.</source>
        <translation>Nouveaux bulletins — %1.</translation>
    </message>
</context>
<context>
    <name>SyncWatcher</name>
    <message>
        <source>Reading the shared folder</source>
        <extracomment>``(uow, folder, cancel) -&gt; result``: the pass (``sync_import.import_folder`` by default).</extracomment>
        <translation>Lecture du dossier partagé</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Check the form and save it; any problem is listed at the top and the dialog stays open.</source>
        <translation>Vérifier le formulaire et l’enregistrer&#xa0;; tout problème est indiqué en haut et la fenêtre reste ouverte.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TimestampGroup</name>
    <message>
        <source>Time-stamping (RFC 3161)</source>
        <translation>Horodatage (RFC 3161)</translation>
    </message>
    <message>
        <source>The electronic register of deliberations requires an advanced electronic signature and a reliable time-stamp (décret n° 2019-1118 of 31 October 2019). Enter the address of a time-stamping authority (RFC 3161): each signature of the minutes then carries its time-stamp. Without one, the local time of this computer is recorded and the minutes say that no time-stamp was obtained; one can be added later.</source>
        <translation>Le registre électronique des délibérations exige une signature électronique avancée et un horodatage fiable (décret n°&#xa0;2019-1118 du 31 octobre 2019). Indiquez l&apos;adresse d&apos;une autorité d&apos;horodatage (RFC 3161)&#xa0;: chaque signature du procès-verbal porte alors son horodatage. Sans autorité, l&apos;heure locale de cet ordinateur est enregistrée et le procès-verbal indique qu&apos;aucun horodatage n&apos;a été obtenu&#xa0;; il pourra être ajouté plus tard.</translation>
    </message>
    <message>
        <source>Address of the time-stamping authority</source>
        <translation>Adresse de l&apos;autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>https://… (empty: none)</source>
        <translation>https://… (vide&#xa0;: aucune)</translation>
    </message>
    <message>
        <source>The web address of an RFC 3161 time-stamping service, starting with https://; leave empty for none.</source>
        <translation>L’adresse web d’un service d’horodatage RFC 3161, commençant par https://&#xa0;; laissez vide pour n’en utiliser aucun.</translation>
    </message>
    <message>
        <source>&amp;Time-stamping authority:</source>
        <translation>Autorité d&apos;&amp;horodatage&#xa0;:</translation>
    </message>
    <message>
        <source>Sa&amp;ve the address</source>
        <translation>Enre&amp;gistrer l&apos;adresse</translation>
    </message>
    <message>
        <source>Save the address; the next signatures of minutes will be time-stamped by it.</source>
        <translation>Enregistrer l’adresse&#xa0;; les prochaines signatures de procès-verbaux seront horodatées par ce service.</translation>
    </message>
    <message>
        <source>Loading the time-stamping authority</source>
        <translation>Chargement de l&apos;autorité d&apos;horodatage</translation>
    </message>
    <message>
        <source>Saving the time-stamping authority</source>
        <translation>Enregistrement de l&apos;autorité d&apos;horodatage</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your voting key</source>
        <translation>Déverrouillez votre clé de vote</translation>
    </message>
    <message>
        <source>Type the passphrase you chose when your key was created, then press Enter. Nobody else sees it.</source>
        <translation>Tapez la phrase secrète choisie à la création de votre clé, puis appuyez sur Entrée. Personne d&apos;autre ne la voit.</translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation>Votre &amp;phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase of your voting key. Enter: unlock. Escape: back to the list of names.</source>
        <translation>La phrase secrète de votre clé de vote. Entrée&#xa0;: déverrouiller. Échap&#xa0;: retour à la liste des noms.</translation>
    </message>
    <message>
        <source>Forgot your passphrase, or your key is on another computer? Create a new key: the secretary checks your identity, and your old key stops working.</source>
        <translation>Phrase secrète oubliée, ou clé sur un autre ordinateur&#xa0;? Créez une nouvelle clé&#xa0;: le secrétariat vérifie votre identité, et votre ancienne clé cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Create a &amp;new key…</source>
        <translation>Créer une &amp;nouvelle clé…</translation>
    </message>
    <message>
        <source>Replace your key by a new one, after the secretary checks your identity.</source>
        <translation>Remplacer votre clé par une nouvelle, après vérification de votre identité par le secrétariat.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock your key with the passphrase typed.</source>
        <translation>Déverrouiller votre clé avec la phrase secrète tapée.</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>Bonjour, %1</translation>
    </message>
    <message>
        <source>Your voting key is on another computer, not on this one. Create a new key here to vote (your other key will stop working).</source>
        <translation>Votre clé de vote est sur un autre ordinateur, pas sur celui-ci. Créez ici une nouvelle clé pour voter (votre autre clé cessera de fonctionner).</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Tapez d&apos;abord votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>VotesActions</name>
    <message>
        <source>No vote of this meeting was recorded in TalaGov.</source>
        <translation>Aucun vote de cette réunion n&apos;a été enregistré dans TalaGov.</translation>
    </message>
    <message>
        <source>Create the organisation key first (Settings, Keys tab): polls name it, and closing a poll signs with it.</source>
        <translation>Créez d&apos;abord la clé de l&apos;organisation (Paramètres, onglet Clés)&#xa0;: chaque scrutin y fait référence, et la clôture d&apos;un scrutin est signée avec elle.</translation>
    </message>
    <message>
        <source>Nothing is put to the vote in this meeting&apos;s agenda.</source>
        <translation>L&apos;ordre du jour de cette réunion ne soumet rien au vote.</translation>
    </message>
    <message>
        <source>No poll yet: “Prepare polls” creates one for each resolution and election of the agenda.</source>
        <translation>Aucun scrutin pour l&apos;instant&#xa0;: «&#xa0;Préparer les scrutins&#xa0;» en crée un pour chaque résolution et chaque élection de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Preparing the polls</source>
        <translation>Préparation des scrutins</translation>
    </message>
    <message>
        <source>Open the poll</source>
        <translation>Ouvrir le scrutin</translation>
    </message>
    <message>
        <source>Open the vote on “%1” now? Its question and majority can no longer change; in session, the quorum is recorded for the item.</source>
        <translation>Ouvrir maintenant le vote sur «&#xa0;%1&#xa0;»&#xa0;? Sa question et sa majorité ne pourront plus changer&#xa0;; en séance, le quorum est constaté pour ce point.</translation>
    </message>
    <message>
        <source>Opening the poll</source>
        <translation>Ouverture du scrutin</translation>
    </message>
    <message>
        <source>Close the poll</source>
        <translation>Clore le scrutin</translation>
    </message>
    <message>
        <source>Close the vote on “%1”? No ballot is accepted afterwards, and the result is computed and stored. The organisation&apos;s passphrase (the secretary&apos;s) signs the postal votes as witness and the hand count.</source>
        <translation>Clore le vote sur «&#xa0;%1&#xa0;»&#xa0;? Plus aucun bulletin ne sera accepté ensuite&#xa0;; le résultat est calculé et enregistré. La phrase secrète de l&apos;organisation (celle du secrétariat) sert à signer les votes par correspondance, en tant que témoin, ainsi que le décompte manuel.</translation>
    </message>
    <message>
        <source>&amp;Close the poll</source>
        <translation>&amp;Clore le scrutin</translation>
    </message>
    <message>
        <source>Closing the poll and counting</source>
        <translation>Clôture du scrutin et dépouillement</translation>
    </message>
</context>
<context>
    <name>VotesFiles</name>
    <message>
        <source>Counted: %1</source>
        <translation>Pris en compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Superseded by a later vote: %1</source>
        <translation>Remplacés par un vote ultérieur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overridden by another channel: %1</source>
        <translation>Écartés au profit d&apos;un autre mode de vote&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already imported: %1</source>
        <translation>Déjà importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not ballot files or refused: %1</source>
        <translation>Fichiers non reconnus ou refusés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import ballot files</source>
        <translation>Importer des fichiers de bulletins</translation>
    </message>
    <message>
        <source>Ballot files (*.json);;All files (*)</source>
        <translation>Fichiers de bulletins (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing ballot files</source>
        <translation>Importation des fichiers de bulletins</translation>
    </message>
    <message>
        <source>Ballot files imported</source>
        <translation>Fichiers de bulletins importés</translation>
    </message>
    <message>
        <source>The reasons of the files not counted are in the details.</source>
        <translation>Les motifs des fichiers non pris en compte figurent dans les détails.</translation>
    </message>
    <message>
        <source>Loading the voters</source>
        <translation>Chargement des votants</translation>
    </message>
    <message>
        <source>Voting package</source>
        <translation>Paquet de vote</translation>
    </message>
    <message>
        <source>A voting package lets a member vote from their own TalaGov on the open polls, for themselves and the proxies they hold. It is signed with the organisation key: type the organisation&apos;s passphrase.</source>
        <translation>Un paquet de vote permet à un sociétaire de voter depuis son propre TalaGov aux scrutins ouverts, pour lui-même et pour les pouvoirs qu&apos;il détient. Il est signé avec la clé de l&apos;organisation&#xa0;: tapez la phrase secrète de l&apos;organisation.</translation>
    </message>
    <message>
        <source>&amp;Make the package</source>
        <translation>&amp;Créer le paquet</translation>
    </message>
    <message>
        <source>Signing the voting package</source>
        <translation>Signature du paquet de vote</translation>
    </message>
    <message>
        <source>&amp;Voter:</source>
        <translation>&amp;Votant&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the voter among the associates.</source>
        <translation>Choisissez le votant parmi les associés.</translation>
    </message>
    <message>
        <source>Save the voting package</source>
        <translation>Enregistrer le paquet de vote</translation>
    </message>
    <message>
        <source>voting-package-%1.json</source>
        <translation>paquet-de-vote-%1.json</translation>
    </message>
    <message>
        <source>Voting packages (*.json)</source>
        <translation>Paquets de vote (*.json)</translation>
    </message>
    <message>
        <source>Saving the voting package</source>
        <translation>Enregistrement du paquet de vote</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>results.pdf</source>
        <translation>resultats.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the results</source>
        <translation>Impression des résultats</translation>
    </message>
</context>
<context>
    <name>VotesLabels</name>
    <message>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Booth</source>
        <translation>Isoloir</translation>
    </message>
    <message>
        <source>Ballot file</source>
        <translation>Fichier de bulletin</translation>
    </message>
    <message>
        <source>Postal form</source>
        <translation>Vote par correspondance</translation>
    </message>
    <message>
        <source>Blank proxy</source>
        <translation>Pouvoir en blanc</translation>
    </message>
    <message>
        <source>Hand count</source>
        <translation>Décompte manuel</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>Superseded (voted again)</source>
        <translation>Remplacé (nouveau vote)</translation>
    </message>
    <message>
        <source>Overridden (another channel counts)</source>
        <translation>Écarté (un autre mode de vote prévaut)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vote blanc</translation>
    </message>
    <message>
        <source>of votes cast</source>
        <translation>des voix exprimées</translation>
    </message>
    <message>
        <source>of associates present or represented</source>
        <translation>des associés présents ou représentés</translation>
    </message>
    <message>
        <source>of all associates</source>
        <translation>de l&apos;ensemble des associés</translation>
    </message>
    <message>
        <source>Relative majority (most votes)</source>
        <translation>Majorité relative (le plus de voix)</translation>
    </message>
    <message>
        <source>Unanimity %1</source>
        <translation>Unanimité %1</translation>
    </message>
    <message>
        <source>half</source>
        <translation>la moitié</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>deux tiers</translation>
    </message>
    <message>
        <source>three quarters</source>
        <translation>trois quarts</translation>
    </message>
    <message>
        <source>More than %1 %2</source>
        <translation>Plus de %1 %2</translation>
    </message>
    <message>
        <source>At least %1 %2</source>
        <translation>Au moins %1 %2</translation>
    </message>
    <message>
        <source>Elected: %1</source>
        <translation>Élu(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tie to settle: %1</source>
        <translation>Égalité à départager&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody elected</source>
        <translation>Aucun élu</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adopté</translation>
    </message>
    <message>
        <source>Election %1: %2</source>
        <translation>Élection %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Resolution %1: %2</source>
        <translation>Résolution %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>VotesTab</name>
    <message>
        <source>Polls</source>
        <translation>Scrutins</translation>
    </message>
    <message>
        <source>P&amp;repare polls</source>
        <translation>Préparer les scru&amp;tins</translation>
    </message>
    <message>
        <source>Op&amp;tions…</source>
        <translation>Optio&amp;ns…</translation>
    </message>
    <message>
        <source>&amp;Open poll</source>
        <translation>Ouvr&amp;ir le scrutin</translation>
    </message>
    <message>
        <source>&amp;Close poll…</source>
        <translation>&amp;Clore le scrutin…</translation>
    </message>
    <message>
        <source>H&amp;and count…</source>
        <translation>&amp;Décompte manuel…</translation>
    </message>
    <message>
        <source>&amp;Import ballot files…</source>
        <translation>I&amp;mporter des fichiers de bulletins…</translation>
    </message>
    <message>
        <source>Voting pac&amp;kage…</source>
        <translation>Pa&amp;quet de vote…</translation>
    </message>
    <message>
        <source>Open the votin&amp;g booth</source>
        <translation>&amp;Ouvrir l&apos;isoloir</translation>
    </message>
    <message>
        <source>Results P&amp;DF…</source>
        <translation>E&amp;xporter les résultats en PDF…</translation>
    </message>
    <message>
        <source>Ke&amp;ys…</source>
        <translation>C&amp;lés…</translation>
    </message>
    <message>
        <source>One poll per resolution or election of the agenda, with its state; select one to act on it.</source>
        <translation>Un scrutin par résolution ou élection de l’ordre du jour, avec son état&#xa0;; sélectionnez-en un pour agir dessus.</translation>
    </message>
    <message>
        <source>Create the polls of the agenda&apos;s resolutions and elections, or update the prepared ones.</source>
        <translation>Créer les scrutins des résolutions et élections de l’ordre du jour, ou mettre à jour ceux déjà préparés.</translation>
    </message>
    <message>
        <source>Choose whether the selected poll is secret and which majority it needs.</source>
        <translation>Choisir si le scrutin sélectionné est secret et quelle majorité il requiert.</translation>
    </message>
    <message>
        <source>Open the selected poll: its question can then no longer change.</source>
        <translation>Ouvrir le scrutin sélectionné&#xa0;: sa question ne pourra plus changer.</translation>
    </message>
    <message>
        <source>Close the selected poll and record its result (asks the organisation&apos;s passphrase).</source>
        <translation>Clore le scrutin sélectionné et enregistrer son résultat (demande la phrase secrète de l’organisation).</translation>
    </message>
    <message>
        <source>Enter the votes counted in the room for the selected poll.</source>
        <translation>Saisir les voix comptées dans la salle pour le scrutin sélectionné.</translation>
    </message>
    <message>
        <source>Import the signed ballot files that members sent.</source>
        <translation>Importer les fichiers de bulletins signés envoyés par les associés.</translation>
    </message>
    <message>
        <source>Save a signed voting package so that a member can vote on their own computer.</source>
        <translation>Enregistrer un paquet de vote signé pour qu’un associé puisse voter sur son propre ordinateur.</translation>
    </message>
    <message>
        <source>Turn this computer into a full-screen voting booth for the members present.</source>
        <translation>Transformer cet ordinateur en isoloir plein écran pour les associés présents.</translation>
    </message>
    <message>
        <source>Save the results of the closed polls as a PDF.</source>
        <translation>Enregistrer en PDF les résultats des scrutins clos.</translation>
    </message>
    <message>
        <source>Show the organisation&apos;s fingerprint and the members&apos; keys and certificates.</source>
        <translation>Afficher l’empreinte de l’organisation et les clés et certificats des associés.</translation>
    </message>
    <message>
        <source>The voting booth is not installed.</source>
        <translation>L&apos;isoloir n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Scrutin</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Ballots</source>
        <translation>&amp;Bulletins</translation>
    </message>
    <message>
        <source>The counts and the decision of the selected poll.</source>
        <translation>Les décomptes et la décision du scrutin sélectionné.</translation>
    </message>
    <message>
        <source>Every ballot received for the selected poll and whether it is valid.</source>
        <translation>Chaque bulletin reçu pour le scrutin sélectionné et s’il est valable.</translation>
    </message>
    <message>
        <source>The poll is closed, but the shared folder could not be read first (ballots waiting there will be set aside at the next synchronisation; tell the members concerned): %1</source>
        <translation>Le scrutin est clos, mais le dossier partagé n&apos;a pas pu être lu auparavant (les bulletins qui y attendent seront mis de côté à la prochaine synchronisation&#xa0;; prévenez les sociétaires concernés)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Before closing, the shared folder was read: %n ballot(s) imported.</source>
        <translation>
            <numerusform>Avant la clôture, le dossier partagé a été lu&#xa0;: %n bulletin importé.</numerusform>
            <numerusform>Avant la clôture, le dossier partagé a été lu&#xa0;: %n bulletins importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the shared folder set aside: see the quarantine of the Shared folder page.</source>
        <translation>
            <numerusform>%n fichier du dossier partagé mis de côté&#xa0;: voir la quarantaine de la page Dossier partagé.</numerusform>
            <numerusform>%n fichiers du dossier partagé mis de côté&#xa0;: voir la quarantaine de la page Dossier partagé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the polls</source>
        <translation>Chargement des scrutins</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Loading the poll</source>
        <translation>Chargement du scrutin</translation>
    </message>
    <message>
        <source>&amp;Ballots (%1)</source>
        <translation>&amp;Bulletins (%1)</translation>
    </message>
</context>
<context>
    <name>VotingPackageDialog</name>
    <message>
        <source>Vote — %1</source>
        <extracomment>``cast(key, certificate, votes, now)``: sign and write ``(poll id, on behalf of, choices)`` ballots; returns each signed ballot with the file written. Asks the folder for the ballot files (``None``: cancelled); tests replace it.</extracomment>
        <translation>Vote — %1</translation>
    </message>
    <message>
        <source>&amp;Save my ballots…</source>
        <translation>&amp;Enregistrer mes bulletins…</translation>
    </message>
    <message>
        <source>&amp;Sign and send my ballots</source>
        <translation>&amp;Signer et envoyer mes bulletins</translation>
    </message>
    <message>
        <source>Your ballots are saved</source>
        <translation>Vos bulletins sont enregistrés</translation>
    </message>
    <message>
        <source>Your ballots are in the shared folder</source>
        <translation>Vos bulletins sont dans le dossier partagé</translation>
    </message>
    <message>
        <source>Looking for your keys</source>
        <translation>Recherche de vos clés</translation>
    </message>
    <message>
        <source>Unlocking the key</source>
        <translation>Déverrouillage de la clé</translation>
    </message>
    <message>
        <source>Signing and saving your ballots</source>
        <translation>Signature et enregistrement de vos bulletins</translation>
    </message>
    <message>
        <source>Signing your ballots and writing them into the shared folder</source>
        <translation>Signature de vos bulletins et dépôt dans le dossier partagé</translation>
    </message>
    <message numerus="yes">
        <source>%n ballot file(s) written into the shared folder: the secretary&apos;s TalaGov counts them when it next reads the folder. Keep these fingerprints to check that they were counted.</source>
        <translation>
            <numerusform>%n fichier de bulletin déposé dans le dossier partagé&#xa0;: le TalaGov du secrétariat le comptera à sa prochaine lecture du dossier. Gardez ces empreintes pour vérifier qu&apos;il a été compté.</numerusform>
            <numerusform>%n fichiers de bulletins déposés dans le dossier partagé&#xa0;: le TalaGov du secrétariat les comptera à sa prochaine lecture du dossier. Gardez ces empreintes pour vérifier qu&apos;ils ont été comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot file(s) saved in %1. Give them to the secretary (shared folder, USB stick, e-mail); keep these fingerprints to check that they were counted.</source>
        <translation>
            <numerusform>%n fichier de bulletin enregistré dans %1. Remettez-le au secrétariat (dossier partagé, clé USB, courriel)&#xa0;; gardez ces empreintes pour vérifier qu&apos;il a été compté.</numerusform>
            <numerusform>%n fichiers de bulletins enregistrés dans %1. Remettez-les au secrétariat (dossier partagé, clé USB, courriel)&#xa0;; gardez ces empreintes pour vérifier qu&apos;ils ont été comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to save your ballots</source>
        <translation>Où enregistrer vos bulletins</translation>
    </message>
    <message>
        <source>Open a voting package</source>
        <translation>Ouvrir un paquet de vote</translation>
    </message>
    <message>
        <source>Voting packages (*.json);;All files (*)</source>
        <translation>Paquets de vote (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the voting package</source>
        <translation>Lecture du paquet de vote</translation>
    </message>
</context>
<context>
    <name>_WhoDelegate</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Who carries out the action: a person or an organisation.</source>
        <translation>Qui réalise l’action&#xa0;: une personne ou une organisation.</translation>
    </message>
</context>
</TS>
