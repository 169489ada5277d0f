# SPDX-License-Identifier: GPL-3.0-or-later
"""Voting packages: what a member's own TalaGov needs to vote at home, signed by the
organisation, and the ballot files it writes back.

A package (``talagov.voting-package``, documented in ``docs/formats.md``) carries the
organisation certificate, the meeting, the voter (name, certificate), on whose behalf
they may vote (themselves, then the principals of the valid proxies they hold) and the
open polls, each with its id, definition and definition hash. It is signed by the
organisation key over the RFC 8785 JSON of its payload; the member compares the
organisation's fingerprint with the one printed on their convocation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import ballots, certificates
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.core.polls import BLANK, PollDefinition, PollKind, PollStatus, definition_hash
from talagov.core.signing import b64, sign, unb64, verify
from talagov.services import journal, keys
from talagov.services.files import save_file
from talagov.services.key_lists import aware, check_org_key
from talagov.services.personal_keys import next_sequences
from talagov.services.session_context import load_context, member_name, require_voter
from talagov.services.uow import UnitOfWork
from talagov.storage import polls_repo

FORMAT = "talagov.voting-package"
FORMAT_VERSION = 1


class PackagePoll(NamedTuple):
    """One open poll of a package: its own id (what ballots name), definition, hash."""

    id: int
    definition: PollDefinition
    hash: str


@dataclass(frozen=True)
class VotingPackage:
    """A voting package as read back (its signature verified).

    Attributes:
        organisation: fingerprint (hex) of ``organisation_certificate``.
        principals: ``(member id, name)``: the voter first, then their principals.
        polls: the open polls, in agenda order.
        issued_at: ISO time (UTC) the package was made.
    """

    organisation_certificate: x509.Certificate
    organisation: str
    organisation_name: str
    meeting_id: int
    meeting_title: str
    meeting_on: date
    voter_id: int
    voter_name: str
    voter_certificate: x509.Certificate
    principals: tuple[tuple[int, str], ...]
    polls: tuple[PackagePoll, ...]
    issued_at: str

    @property
    def hashes(self) -> tuple[str, ...]:
        """The definition hashes of :attr:`polls`, in the same order."""
        return tuple(p.hash for p in self.polls)

    @property
    def readable(self) -> str:
        """The organisation's fingerprint in groups of four, to compare aloud."""
        return readable_fingerprint(self.organisation)

    def poll(self, poll_id: int) -> PackagePoll | None:
        """The poll of that id, if the package carries it."""
        return next((p for p in self.polls if p.id == poll_id), None)


def export_package(uow: UnitOfWork, meeting_id: int, member_id: int, *,
                   org_key: ec.EllipticCurvePrivateKey, now: datetime) -> bytes:
    """The signed voting package of one voter for the meeting's open polls.

    Raises:
        UserError: ``keys.no_org_key``, ``keys.org_key_mismatch``, ``session.not_on_roll``,
            ``keys.no_member_key``, ``package.no_open_poll``; ``NotFoundError``.
    """
    org = keys.organisation_key(uow)
    if org is None:
        raise UserError("keys.no_org_key")
    check_org_key(org_key, certificates.from_pem(org.certificate_pem))
    ctx = load_context(uow, meeting_id)
    require_voter(ctx, member_id)
    voter_name = member_name(ctx, member_id)
    voter_cert = keys.member_certificate(uow, member_id, at=now)
    if voter_cert is None:
        raise UserError("keys.no_member_key", {"name": voter_name})
    polls = [r for r in polls_repo.poll_rows(uow.session, meeting_id)
             if r.status == PollStatus.OPEN.value]  # fmt: skip
    if not polls:
        raise UserError("package.no_open_poll")
    held = sorted({d.proxy.principal_id for d in ctx.decisions(at=now)
                   if d.valid and not d.proxy.blank and d.holder_id == member_id
                   and d.proxy.principal_id != member_id})  # fmt: skip
    principals = [[member_id, voter_name]]
    principals += sorted(([p, member_name(ctx, p)] for p in held), key=lambda e: (e[1], e[0]))
    payload: dict[str, Any] = {
        "organisation": org.fingerprint, "organisation_name": org.name,
        "organisation_certificate": org.certificate_pem,
        "meeting": {"id": ctx.meeting.id, "title": ctx.meeting.title,
                    "on": ctx.meeting.on.isoformat()},
        "voter": {"id": member_id, "name": voter_name, "certificate": certificates.to_pem(voter_cert)},
        "principals": principals,
        "polls": [{"id": r.id, "definition": polls_repo.definition_of(r).payload(),
                   "hash": r.definition_hash} for r in polls],
        "issued_at": ballots.receipt_time(aware(now)),
    }  # fmt: skip
    document = {"format": FORMAT, "version": FORMAT_VERSION, "payload": payload,
                "signature": b64(sign(payload, org_key))}  # fmt: skip
    journal.seal(uow, org_key)  # the key is unlocked: sign what the journal holds
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("a string was expected")
    return value


def _int(value: Any) -> int:
    if type(value) is not int:
        raise TypeError("an integer was expected")
    return value


def _parse(payload: Any, org_cert: x509.Certificate) -> VotingPackage:
    """The package's fields; raises ``ValueError``/``KeyError``/``TypeError``/``UserError``."""
    organisation = _str(payload["organisation"])
    meeting, voter = payload["meeting"], payload["voter"]
    meeting_id = _int(meeting["id"])
    voter_id = _int(voter["id"])
    voter_cert = certificates.from_pem(_str(voter["certificate"]))
    if certificates.member_id_of(voter_cert) != voter_id:
        raise ValueError("the voter certificate names another member")
    principals = tuple((_int(p[0]), _str(p[1])) for p in payload["principals"])
    if not principals or principals[0][0] != voter_id:
        raise ValueError("the voter must come first among the principals")
    polls: list[PackagePoll] = []
    for entry in payload["polls"]:
        definition = PollDefinition.from_payload(entry["definition"])
        digest = _str(entry["hash"])
        if digest != definition_hash(definition) or definition.organisation != organisation \
                or definition.meeting_id != meeting_id:
            raise ValueError("a poll definition does not match its hash or meeting")
        polls.append(PackagePoll(_int(entry["id"]), definition, digest))
    return VotingPackage(
        organisation_certificate=org_cert, organisation=organisation,
        organisation_name=_str(payload["organisation_name"]), meeting_id=meeting_id,
        meeting_title=_str(meeting["title"]), meeting_on=date.fromisoformat(_str(meeting["on"])),
        voter_id=voter_id, voter_name=_str(voter["name"]), voter_certificate=voter_cert,
        principals=principals, polls=tuple(polls), issued_at=_str(payload["issued_at"]),
    )  # fmt: skip


def _normalise(fingerprint: str) -> str:
    return "".join(fingerprint.split()).lower()


def read_package(data: bytes, *, trusted_fingerprint: str | None = None) -> VotingPackage:
    """Read and verify a voting package.

    Args:
        trusted_fingerprint: the organisation fingerprint the member expects (hex, spaces
            allowed, any case); the package is refused when it names another.

    Raises:
        UserError: ``package.malformed``, ``package.bad_signature``,
            ``package.untrusted_organisation`` (with both readable fingerprints).
    """
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT \
                or document.get("version") != FORMAT_VERSION:
            raise ValueError("not a voting package")
        payload = document["payload"]
        signature = unb64(_str(document["signature"]))
        org_cert = certificates.from_pem(_str(payload["organisation_certificate"]))
        public = org_cert.public_key()
        if not isinstance(public, ec.EllipticCurvePublicKey) \
                or certificates.fingerprint(org_cert) != payload["organisation"]:
            raise ValueError("the organisation certificate is not the one named")
        signed = verify(payload, signature, public)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, UnsupportedAlgorithm,
            x509.InvalidVersion, UserError) as exc:
        raise UserError("package.malformed") from exc
    if not signed:
        raise UserError("package.bad_signature")
    found = certificates.fingerprint(org_cert)
    if trusted_fingerprint is not None and _normalise(trusted_fingerprint) != found:
        raise UserError("package.untrusted_organisation", {
            "expected": readable_fingerprint(_normalise(trusted_fingerprint)),
            "found": readable_fingerprint(found)})
    try:
        return _parse(payload, org_cert)
    except (ValueError, KeyError, TypeError, IndexError, UnsupportedAlgorithm,
            x509.InvalidVersion, UserError) as exc:
        raise UserError("package.malformed") from exc


def _valid_choices(definition: PollDefinition, choices: tuple[str, ...]) -> bool:
    if not choices or len(set(choices)) != len(choices) \
            or any(c not in definition.choices for c in choices):
        return False
    if definition.kind is PollKind.RESOLUTION:
        return len(choices) == 1
    return choices == (BLANK,) or (BLANK not in choices and len(choices) <= definition.seats)


def _check_certificate(package: VotingPackage, key: ec.EllipticCurvePrivateKey,
                       certificate: x509.Certificate, now: datetime) -> None:
    problem = certificates.check_member_certificate(
        certificate, package.organisation_certificate, at=aware(now), member_id=package.voter_id)
    if problem is not None:
        raise UserError(f"cert.{problem.value}")
    public = certificate.public_key()  # a P-256 key: checked with the certificate above
    if not isinstance(public, ec.EllipticCurvePublicKey) \
            or public.public_numbers() != key.public_key().public_numbers():
        raise UserError("keys.certificate_mismatch", {"member_id": str(package.voter_id)})


def vote_from_package(package: VotingPackage, key: ec.EllipticCurvePrivateKey,
                      certificate: x509.Certificate,
                      choices: Mapping[tuple[int, int], tuple[str, ...]], *, now: datetime,
                      keystore: Path) -> list[ballots.SignedBallot]:
    """Sign one ballot per ``(poll id, on behalf of) -> choices``.

    Each ballot's sequence is the next one kept in the keystore for that poll and
    principal, saved before the ballots are returned: a later vote replaces this one.

    Raises:
        UserError: ``package.nothing_to_vote``, ``package.unknown_poll``,
            ``package.not_a_principal``, ``package.invalid_choice``, ``cert.<problem>``
            (the certificate is not the voter's, or not valid now),
            ``keys.certificate_mismatch``, ``keys.counters_damaged``.
    """
    if not choices:
        raise UserError("package.nothing_to_vote")
    _check_certificate(package, key, certificate, now)
    principals = {p for p, _ in package.principals}
    planned: list[tuple[PackagePoll, int, tuple[str, ...]]] = []
    for (poll_id, on_behalf_of), chosen in choices.items():
        poll = package.poll(poll_id)
        if poll is None:
            raise UserError("package.unknown_poll", {"poll": str(poll_id)})
        if on_behalf_of not in principals:
            raise UserError("package.not_a_principal", {"member_id": str(on_behalf_of)})
        if not _valid_choices(poll.definition, tuple(chosen)):
            raise UserError("package.invalid_choice", {"number": poll.definition.number,
                                                       "title": poll.definition.title})
        planned.append((poll, on_behalf_of, tuple(chosen)))
    sequences = next_sequences(keystore, [
        (package.organisation, package.meeting_id, poll.id, package.voter_id, on_behalf_of)
        for poll, on_behalf_of, _ in planned])  # fmt: skip
    cast_at = ballots.receipt_time(aware(now))
    return [
        ballots.sign_ballot(ballots.BallotContent(
            organisation=package.organisation, meeting_id=package.meeting_id, poll_id=poll.id,
            definition_hash=poll.hash, voter_id=package.voter_id, on_behalf_of=on_behalf_of,
            choices=chosen, nonce=ballots.new_nonce(), cast_at=cast_at, sequence=sequence,
        ), key, certificate)
        for (poll, on_behalf_of, chosen), sequence in zip(planned, sequences, strict=True)
    ]  # fmt: skip


def write_ballot_files(signed: Sequence[ballots.SignedBallot], folder: Path) -> list[Path]:
    """Write each ballot to ``folder`` (created if needed) under its unique name.

    Raises:
        UserError: ``file.unwritable``.
    """
    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(folder),
                                            "reason": exc.strerror or str(exc)}) from exc
    paths: list[Path] = []
    for ballot in signed:
        path = Path(folder) / ballots.file_name(ballot)
        save_file(path, ballots.to_file(ballot))
        paths.append(path)
    return paths
