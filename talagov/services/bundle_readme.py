# SPDX-License-Identifier: GPL-3.0-or-later
"""``LISEZMOI.txt`` and ``README.txt``: how a person checks an archive, with TalaGov or
with ``sha256sum``, ``openssl`` and ``pdfsig`` alone.

The commands are written for a POSIX shell (GNU ``sed``, OpenSSL 3) run in the folder
the archive was extracted to, and name real members of this archive (a ballot, a
member certificate, a minutes PDF, a register entry) so that they can be pasted as
they are. Every command line is indented by four spaces and nothing else is: the test
suite extracts an archive and runs exactly those lines.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from talagov.core import bundle_format as bf
from talagov.core.canonical import readable_fingerprint

INDENT = "    "


@dataclass(frozen=True)
class Examples:
    """Members of this archive the commands name (``None``: the archive has none)."""

    ballot: str | None
    certificate: str | None
    minutes_pdf: str | None
    register_entry: str | None  # its signature is the same name ending in ``.sig``


_SUMS = ["sha256sum -c SHA256SUMS"]
_SIGNATURES = [
    f"openssl x509 -in {bf.ORG_CERT} -pubkey -noout > org.pub",
    f"openssl dgst -sha256 -verify org.pub -signature {bf.SUMS_SIG} {bf.SUMS}",
    f"openssl dgst -sha256 -verify org.pub -signature {bf.MANIFEST_SIG} {bf.MANIFEST}",
]
_FINGERPRINT = [f"openssl x509 -in {bf.ORG_CERT} -outform DER | openssl dgst -sha256 -r"]


def _ballot(path: str) -> list[str]:
    # docs/formats.md § "Checking a ballot with openssl alone", on one file of the archive.
    return [
        f"b={path}",
        """printf %s "$(sed -e 's/^.*"payload":\\(.*\\),"signature":.*$/\\1/' "$b")" > payload.json""",
        """sed -e 's/^.*"signature":"\\([^"]*\\)".*$/\\1/' "$b" | openssl base64 -d -A > sig.der""",
        """sed -e 's/^.*"certificate":"\\([^"]*\\)".*$/\\1/' -e 's/\\\\n/\\n/g' "$b" > voter.pem""",
        f"openssl verify -CAfile {bf.ORG_CERT} voter.pem",
        "openssl x509 -in voter.pem -pubkey -noout > voter.pub",
        "openssl dgst -sha256 -verify voter.pub -signature sig.der payload.json",
    ]


_TEXTS = {
    "fr": {
        "title": "Archive de séance TalaGov — {meeting}",
        "intro": (
            "Ce fichier ZIP est l’archive complète de la séance « {meeting} » du {date}, "
            "tenue par {organisation}. Elle se vérifie elle-même : chaque fichier est "
            "listé avec son empreinte SHA-256 dans manifest.json et SHA256SUMS, tous deux "
            "signés par la clé de l’organisation (certificates/organisation.pem)."),
        "fingerprint": (
            "Empreinte du certificat de l’organisation, à comparer avec celle imprimée "
            "sur les convocations et les procès-verbaux :"),
        "talagov": "Avec TalaGov : talagov verify ARCHIVE.zip (ou Fichier › Ouvrir une archive…).",
        "by_hand": (
            "À la main, dans le dossier où l’archive est extraite (shell POSIX, GNU sed, "
            "OpenSSL 3, poppler-utils pour pdfsig) :"),
        "sums": "1. Chaque fichier est intact (chaque ligne doit finir par « OK ») :",
        "signatures": ("2. La liste des empreintes et le manifeste sont signés par "
                       "l’organisation (« Verified OK ») :"),
        "own_fingerprint": "3. L’empreinte du certificat de l’organisation :",
        "certificate": ("4. Un certificat de membre a été émis par l’organisation (« OK » ; "
                        "ajouter -attime <date unix> pour un certificat expiré depuis) :"),
        "ballot": ("5. Un bulletin : découper le contenu signé, la signature et le "
                   "certificat, puis vérifier (« OK », puis « Verified OK ») :"),
        "receipt": (
            "Chaque votant peut retrouver son bulletin : son reçu de vote en donne "
            "l’empreinte, en 16 groupes de 4 caractères ; le fichier du bulletin porte "
            "cette empreinte pour nom, en minuscules et sans espaces "
            "(ballots/poll-N/<empreinte>.json). La liste des bulletins de l’archive :"),
        "register": "6. L’inscription au registre des délibérations est signée (« Verified OK ») :",
        "pdf": ("7. Les signatures du procès-verbal (« Signature is Valid ») ; « issuer isn't "
                "Trusted » est attendu : l’émetteur est l’autorité propre à l’organisation :"),
        "rest": (
            "Le dépouillement recalculé, le quorum, les droits de vote, les procurations et "
            "le journal se vérifient avec TalaGov, qui rejoue les règles sur les données "
            "de data/ (format décrit dans docs/bundle-format.md)."),
    },
    "en": {
        "title": "TalaGov meeting archive — {meeting}",
        "intro": (
            "This ZIP file is the complete archive of the meeting \"{meeting}\" of {date}, "
            "held by {organisation}. It proves itself: every file is listed with its "
            "SHA-256 in manifest.json and SHA256SUMS, both signed by the organisation's "
            "key (certificates/organisation.pem)."),
        "fingerprint": ("Fingerprint of the organisation's certificate, to compare with the "
                        "one printed on the convocations and minutes:"),
        "talagov": "With TalaGov: talagov verify ARCHIVE.zip (or File > Open archive…).",
        "by_hand": ("By hand, in the folder the archive is extracted to (POSIX shell, GNU sed, "
                    "OpenSSL 3, poppler-utils for pdfsig):"),
        "sums": "1. Every file is intact (each line must end with \"OK\"):",
        "signatures": ("2. The list of hashes and the manifest are signed by the organisation "
                       "(\"Verified OK\"):"),
        "own_fingerprint": "3. The fingerprint of the organisation's certificate:",
        "certificate": ("4. A member certificate was issued by the organisation (\"OK\"; add "
                        "-attime <unix time> for a certificate expired since):"),
        "ballot": ("5. A ballot: cut out the signed payload, the signature and the "
                   "certificate, then check (\"OK\", then \"Verified OK\"):"),
        "receipt": (
            "Each voter can find their own ballot: their voting receipt gives its "
            "fingerprint, in 16 groups of 4 characters; the ballot's file is named by "
            "that fingerprint, in lower case and without spaces "
            "(ballots/poll-N/<fingerprint>.json). The list of the archive's ballots:"),
        "register": "6. The entry in the register of deliberations is signed (\"Verified OK\"):",
        "pdf": ("7. The signatures of the minutes (\"Signature is Valid\"); \"issuer isn't "
                "Trusted\" is expected: the issuer is the organisation's own authority:"),
        "rest": (
            "The recomputed tally, the quorum, voting rights, proxies and the journal are "
            "checked by TalaGov, which replays the rules on the data in data/ (format in "
            "docs/bundle-format.md)."),
    },
}


def sections(examples: Examples) -> list[tuple[str, list[str]]]:
    """(text key, command lines) of each manual check this archive allows, in order."""
    found: list[tuple[str, list[str]]] = [("sums", _SUMS), ("signatures", _SIGNATURES),
                                          ("own_fingerprint", _FINGERPRINT)]
    if examples.certificate:
        found.append(("certificate", [f"openssl verify -CAfile {bf.ORG_CERT} "
                                      f"{examples.certificate}"]))
    if examples.ballot:
        found.append(("ballot", _ballot(examples.ballot)))
        found.append(("receipt", [f"ls {bf.BALLOTS}*/"]))
    if examples.register_entry:
        entry = examples.register_entry
        signature = entry[: -len(".json")] + ".sig"
        found.append(("register", [
            f"openssl x509 -in {bf.ORG_CERT} -pubkey -noout > org.pub",
            f"openssl dgst -sha256 -verify org.pub -signature {signature} {entry}"]))
    if examples.minutes_pdf:
        found.append(("pdf", [f"pdfsig {examples.minutes_pdf}"]))
    return found


# textwrap breaks lines at ASCII spaces only: a no-break space (U+00A0) keeps « and »
# with the words they quote, and : ; with the word before (French typography).
_NBSP = "\u00a0"
_UNBREAKABLE = re.compile(r"(?<=«) | (?=[»:;])")


def _fill(paragraph: str) -> str:
    # Prose never starts with the commands' indent, so they stay easy to find.
    return textwrap.fill(_UNBREAKABLE.sub(_NBSP, paragraph), width=78,
                         break_on_hyphens=False)


def readme(lang: str, *, organisation: str, meeting: str, date: str, fingerprint: str,
           examples: Examples) -> bytes:
    """The text of ``LISEZMOI.txt`` (``lang="fr"``) or ``README.txt`` (``"en"``), UTF-8,
    LF line ends."""
    t = _TEXTS[lang]
    lines = [t["title"].format(meeting=meeting), "",
             _fill(t["intro"].format(meeting=meeting, date=date, organisation=organisation)), "",
             _fill(t["fingerprint"]), "", "  " + readable_fingerprint(fingerprint), "",
             _fill(t["talagov"]), "", _fill(t["by_hand"]), ""]
    for key, commands in sections(examples):
        lines += [_fill(t[key]), *(INDENT + c for c in commands), ""]
    lines.append(_fill(t["rest"]))
    return ("\n".join(lines) + "\n").encode("utf-8")
