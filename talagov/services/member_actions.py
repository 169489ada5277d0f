# SPDX-License-Identifier: GPL-3.0-or-later
"""What a member does from their own install, through the shared folder: enrol a voting
key, vote in the polls open for remote voting, give a proxy.

Each action writes one new file, atomically, under ``members/<install id>/`` of the folder
(the only place this install writes), named after its content: a name that exists
already holds the very same bytes and is left alone. Nothing is ever deleted there; a
new vote is a new ballot with a higher sequence, a new proxy a new file.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec

from talagov.core import ballots, certificates
from talagov.core.ballots import SignedBallot, receipt_time
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.core.keyseal import DEFAULT_KDF, KdfParams
from talagov.core.meeting_package import MeetingPackage
from talagov.core.meetings import MeetingStatus
from talagov.core.polls import definition_hash
from talagov.core.sync_format import BALLOTS, PROXIES, REQUESTS, member_dir
from talagov.core.sync_proxy import ProxyContent, file_name, proxy_file, sign_proxy
from talagov.core.sync_request import CertificateRequest, request_file
from talagov.core.sync_request import file_name as request_file_name
from talagov.services import personal_keys, voting_package
from talagov.services.files import ensure_real_dir, save_file
from talagov.services.member_folder import CertificateState, MemberView
from talagov.services.member_home import Membership, identities, keystore, load
from talagov.services.voting_package import VotingPackage

# A proxy is given before or during the meeting, never after it.
_PROXY_STATUSES = frozenset({MeetingStatus.CONVENED.value, MeetingStatus.IN_SESSION.value})


def _own_dir(membership: Membership, directory: str) -> Path:
    """``members/<install>/<directory>``, made if needed, refused if a link is on the way
    (checked before a key is made or a ballot signed, and again when writing)."""
    return ensure_real_dir(membership.folder, f"{member_dir(membership.install_id)}/{directory}")


def _write_own(membership: Membership, directory: str, name: str, data: bytes) -> Path:
    """Write ``data`` as ``members/<install>/<directory>/<name>``, unless that name (a
    digest of the content) is already there.

    Each directory on the way must be a real one: ``members/<install id>`` is public, and
    a link planted there (a sync engine carries links) would send the member's ballots
    somewhere the secretary never reads, while they looked cast. Such a link is refused,
    never followed.

    Raises:
        UserError: ``file.unsafe_dir`` (a link or a file on the way), ``file.not_regular``
            (something else than a file under that name), ``file.unwritable``.
    """
    path = _own_dir(membership, directory) / name
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        save_file(path, data)  # a new name: temporary file, then a rename (never followed)
        return path
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(path),
                                            "reason": exc.strerror or str(exc)}) from exc
    if not stat.S_ISREG(info.st_mode):
        raise UserError("file.not_regular", {"path": str(path)})
    return path  # never rewrite a file of the folder, even our own


def _member_id(membership: Membership) -> int:
    if membership.member_id is None:
        raise UserError("member.no_member_id")
    return membership.member_id


def enrol(home: Path, *, passphrase: str, now: datetime, kdf: KdfParams = DEFAULT_KDF,
          replace: bool = False) -> CertificateRequest:
    """Make the member's voting key in the keystore and write its certificate request
    into ``members/<install id>/requests/`` for the secretary.

    Args:
        replace: replace an existing key of this member (after a revocation, a lost
            passphrase, an expired certificate).

    Raises:
        UserError: ``member.not_joined``, ``member.no_member_id``,
            ``member.no_organisation``, ``keys.passphrase_too_short``,
            ``keys.personal_key_exists``, ``file.unwritable``, ``file.unsafe_dir``.
    """
    membership = load(home)
    member_id = _member_id(membership)
    trusted = next((i for i in identities(membership.folder)
                    if i.organisation == membership.organisation), None)  # fmt: skip
    if trusted is None:
        raise UserError("member.no_organisation", {"path": str(membership.folder)})
    name = dict(trusted.members).get(member_id, "") or f"{member_id}"
    _own_dir(membership, REQUESTS)  # no key made if the request cannot be written
    pem = personal_keys.create_personal_key(keystore(home), member_id=member_id, name=name,
                                            passphrase=passphrase, kdf=kdf, replace=replace)
    request = CertificateRequest(organisation=membership.organisation,
                                 install_id=membership.install_id, member_id=member_id,
                                 name=name, request_pem=pem,
                                 made_at=receipt_time(now.astimezone()))  # fmt: skip
    data = request_file(request)
    _write_own(membership, REQUESTS, request_file_name(data), data)
    return request


def _package(view: MemberView, meeting_id: int) -> MeetingPackage:
    package = view.meeting(meeting_id)
    if package is None:
        raise UserError("member.unknown_meeting", {"meeting": str(meeting_id)})
    return package


def _on_roll(package: MeetingPackage, member_id: int) -> str:
    """The member's name on the meeting's roll."""
    name = next((m.name for m in package.members if m.id == member_id), None)
    if name is None:
        raise UserError("member.not_on_roll", {"member_id": str(member_id), "title": package.title})
    return name


def _require_certificate(view: MemberView) -> x509.Certificate:
    if view.certificate_state is CertificateState.REVOKED:
        raise UserError("member.certificate_revoked")
    if view.certificate_state is not CertificateState.ISSUED or view.certificate is None:
        raise UserError("member.no_certificate")
    return view.certificate


def voting_package_for(view: MemberView, meeting_id: int) -> VotingPackage:
    """The issue-4 voting package of the member for the meeting's open polls, built from
    the signed meeting package (already verified by ``read_folder``): the booth dialog
    and :func:`talagov.services.voting_package.vote_from_package` take it unchanged.

    The member votes for themselves, then for the principals of the valid proxies the
    package says they hold.

    Raises:
        UserError: ``member.unknown_meeting``, ``member.no_member_id``,
            ``member.not_on_roll``, ``member.no_open_polls``, ``member.no_certificate``,
            ``member.certificate_revoked``, ``member.poll_mismatch``.
    """
    package = _package(view, meeting_id)
    membership = view.membership
    voter_id = _member_id(membership)
    voter_name = _on_roll(package, voter_id)
    if not package.polls:
        raise UserError("member.no_open_polls", {"title": package.title})
    certificate = _require_certificate(view)
    names = {m.id: m.name for m in package.members}
    held = sorted(((p, names.get(p, str(p))) for p, h in package.proxies
                   if h == voter_id and p != voter_id), key=lambda e: (e[1], e[0]))  # fmt: skip
    polls: list[voting_package.PackagePoll] = []
    for poll in package.polls:
        d = poll.definition  # parse_package checked all this; a ballot depends on it
        if poll.hash != definition_hash(d) or d.organisation != membership.organisation \
                or d.meeting_id != meeting_id:
            raise UserError("member.poll_mismatch", {"number": str(d.number), "title": d.title})
        polls.append(voting_package.PackagePoll(poll.id, d, poll.hash))
    return VotingPackage(
        organisation_certificate=membership.certificate, organisation=membership.organisation,
        organisation_name=package.organisation_name, meeting_id=meeting_id,
        meeting_title=package.title, meeting_on=package.on, voter_id=voter_id,
        voter_name=voter_name, voter_certificate=certificate,
        principals=((voter_id, voter_name), *held), polls=tuple(polls),
        issued_at=package.issued_at,
    )  # fmt: skip


def cast_remote(home: Path, package: VotingPackage, key: ec.EllipticCurvePrivateKey,
                certificate: x509.Certificate,
                votes: Sequence[tuple[int, int, tuple[str, ...]]], *,
                now: datetime) -> list[tuple[SignedBallot, Path]]:
    """Sign one ballot per ``(poll id, on behalf of, choices)`` and write each as its own
    file into ``members/<install id>/ballots/``. A later vote for the same poll and
    principal gets a higher sequence and replaces this one when counted.

    Raises:
        UserError: ``member.not_joined``, ``member.other_organisation``, ``member.duplicate_vote``;
            from ``vote_from_package``: ``package.*``, ``cert.*``, ``keys.*``;
            ``file.unwritable``, ``file.unsafe_dir`` (a link on the way: nothing written).
    """
    membership = load(home)
    if package.organisation != membership.organisation:
        raise UserError("member.other_organisation", {"name": membership.organisation_name,
                                                      "fingerprint": readable_fingerprint(membership.organisation)})
    choices: dict[tuple[int, int], tuple[str, ...]] = {}
    for poll_id, on_behalf_of, chosen in votes:
        if (poll_id, on_behalf_of) in choices:
            raise UserError("member.duplicate_vote", {"poll": str(poll_id), "member_id": str(on_behalf_of)})
        choices[(poll_id, on_behalf_of)] = tuple(chosen)
    _own_dir(membership, BALLOTS)  # nothing signed if the ballots cannot reach the folder
    signed = voting_package.vote_from_package(package, key, certificate, choices, now=now,
                                              keystore=keystore(home))  # fmt: skip
    return [(ballot, _write_own(membership, BALLOTS, ballots.file_name(ballot),
                                ballots.to_file(ballot))) for ballot in signed]  # fmt: skip


def give_proxy(home: Path, view: MemberView, meeting_id: int, holder_id: int | None,
               key: ec.EllipticCurvePrivateKey, certificate: x509.Certificate, *,
               now: datetime) -> Path:
    """Sign a proxy for the meeting, to ``holder_id`` (``None``: a blank proxy, for the
    chair), and write it into ``members/<install id>/proxies/``. A later proxy for the
    same meeting is a new file; which one counts is the secretary's install's to judge.

    Raises:
        UserError: ``member.unknown_meeting``, ``member.no_member_id``,
            ``member.not_on_roll``, ``member.holder_not_on_roll``, ``member.own_proxy``,
            ``member.meeting_not_open``, ``member.no_certificate``,
            ``member.certificate_revoked``, ``cert.<problem>``,
            ``keys.certificate_mismatch``, ``file.unwritable``, ``file.unsafe_dir``.
    """
    package = _package(view, meeting_id)
    membership = view.membership
    principal = _member_id(membership)
    _on_roll(package, principal)
    if package.status not in _PROXY_STATUSES:
        raise UserError("member.meeting_not_open", {"title": package.title})
    if holder_id == principal:
        raise UserError("member.own_proxy")
    if holder_id is not None and all(m.id != holder_id for m in package.members):
        raise UserError("member.holder_not_on_roll", {"member_id": str(holder_id), "title": package.title})
    _require_certificate(view)
    problem = certificates.check_member_certificate(
        certificate, membership.certificate, at=now.astimezone(), member_id=principal)
    if problem is not None:
        raise UserError(f"cert.{problem.value}")
    if not certificates.matches(key.public_key(), certificate):
        raise UserError("keys.certificate_mismatch", {"member_id": str(principal)})
    content = ProxyContent(organisation=membership.organisation, meeting_id=meeting_id,
                           principal_id=principal, holder_id=holder_id,
                           given_at=receipt_time(now.astimezone()), nonce=ballots.new_nonce())
    _own_dir(membership, PROXIES)
    proxy = sign_proxy(content, key, certificate)
    return _write_own(membership, PROXIES, file_name(proxy), proxy_file(proxy))
