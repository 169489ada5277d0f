# SPDX-License-Identifier: GPL-3.0-or-later
"""A member's install: its home directory, and joining an organisation from the folder.

A member's TalaGov has no database. Its state is a home directory holding
``membership.json`` (``talagov.membership``: which folder, which organisation it trusts,
which member it is, its install id) and ``keys/``, the keystore of
:mod:`talagov.services.personal_keys`.

Joining is the one moment of trust: the member is shown the organisation's name and
fingerprint (:func:`discover`), compares it with the one printed on their convocation,
and confirms it (:func:`join`). From then on, every organisation file must verify under
the certificate kept in ``membership.json``; nothing in the folder can change it.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from cryptography import x509

from talagov.core import certificates
from talagov.core.ballots import receipt_time
from talagov.core.canonical import readable_fingerprint
from talagov.core.errors import UserError
from talagov.core.sync_format import (
    FORMAT_VERSION,
    IDENTITY_DIR,
    MAX_SMALL_FILE,
    MEMBERSHIP_FORMAT,
    Kind,
    is_install_id,
    member_dir,
    parse_name,
)
from talagov.core.sync_identity import Identity, read_identity
from talagov.services.files import read_file, read_regular, save_file

MEMBERSHIP_FILE = "membership.json"
_KEYS = frozenset({"format", "version", "install_id", "folder", "organisation",
                   "organisation_name", "certificate_pem", "member_id", "joined_at"})  # fmt: skip


@dataclass(frozen=True)
class Membership:
    """What a member's install remembers of the organisation it joined.

    Attributes:
        install_id: this install's directory under ``members/`` (32 hex digits).
        organisation: fingerprint (hex) of the trusted ``certificate_pem``.
        member_id: who the member said they are (``None`` until they did).
        joined_at: ISO time with offset of the (first) join.
    """

    home: Path
    install_id: str
    folder: Path
    organisation: str
    organisation_name: str
    certificate_pem: str
    member_id: int | None
    joined_at: str

    @property
    def certificate(self) -> x509.Certificate:
        """The trusted organisation certificate."""
        return certificates.from_pem(self.certificate_pem)

    @property
    def own_dir(self) -> Path:
        """``members/<install id>`` in the folder: the only place this install writes."""
        return self.folder / member_dir(self.install_id)


def default_home() -> Path:
    """The member's home of this user: ``member`` in TalaGov's data directory."""
    return platformdirs.user_data_path("TalaGov", appauthor=False) / "member"


def keystore(home: Path) -> Path:
    """The member's keystore (:mod:`talagov.services.personal_keys`) in ``home``."""
    return Path(home) / "keys"


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, case, colons ignored), as 64 lowercase hex."""
    return "".join(c for c in text if c not in " \t\n:-").lower()


def identities(folder: Path) -> list[Identity]:
    """Every identity file of ``folder`` that reads and verifies under the certificate it
    carries (whoever wrote it), highest sequence first; unreadable ones are skipped.

    Files are read without following links or blocking, and ``organisation/`` must be a
    real directory: anyone able to write into the folder may have planted a link, a FIFO
    or a file no parser expects, and none of it may stop the member from joining."""
    directory = Path(folder) / IDENTITY_DIR
    found: list[Identity] = []
    info = _lstat(directory)
    if info is None or not stat.S_ISDIR(info.st_mode) or getattr(info, "st_reparse_tag", 0) != 0:
        return found
    try:
        entries = sorted(directory.iterdir())
    except OSError:
        return found
    for path in entries:
        if parse_name(path.name, (Kind.IDENTITY,)) is None:
            continue
        try:
            found.append(read_identity(read_regular(path, MAX_SMALL_FILE)))
        # A partial or hostile file (whatever a parser lets slip, RecursionError among
        # them): the member is shown the valid ones.
        except Exception:
            continue
    return sorted(found, key=lambda i: i.sequence, reverse=True)


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except OSError:
        return None


def _require_folder(folder: Path) -> None:
    if not Path(folder).is_dir():
        raise UserError("member.folder_missing", {"path": str(folder)})


def discover(folder: Path) -> tuple[Identity, ...]:
    """Every organisation whose identity the folder holds (the newest identity of each),
    the newest first, for the member to compare fingerprints before trusting one (nothing
    is trusted nor written here).

    There should be one. More than one means someone put an organisation of their own
    into the folder (possibly under the same name): only one is the member's
    cooperative, the one whose fingerprint is printed on their convocation.

    Raises:
        UserError: ``member.folder_missing``, ``member.no_organisation``.
    """
    _require_folder(folder)
    newest: dict[str, Identity] = {}
    for identity in identities(folder):  # highest sequence first
        current = newest.get(identity.organisation)
        if current is None or (identity.sequence, identity.issued_at) > \
                (current.sequence, current.issued_at):
            newest[identity.organisation] = identity
    if not newest:
        raise UserError("member.no_organisation", {"path": str(folder)})
    return tuple(sorted(newest.values(), key=lambda i: (i.sequence, i.issued_at), reverse=True))


def join(home: Path, folder: Path, *, fingerprint: str, member_id: int | None,
         now: datetime) -> Membership:
    """Trust the organisation of ``folder`` whose fingerprint the member confirmed, and
    remember it in ``home``. Joining again the same organisation keeps the install id
    (and the member id, unless another is given) and follows the folder if it moved.

    Args:
        fingerprint: what the member confirmed or typed (spaces and case ignored).
        member_id: who the member is, among the identity's members (or ``None``: later).

    Raises:
        UserError: ``member.folder_missing``, ``member.no_organisation``,
            ``member.fingerprint_mismatch`` (``expected``, ``found``: readable),
            ``member.other_organisation``, ``member.unknown_member``,
            ``member.membership_damaged``, ``file.unwritable``.
    """
    found = discover(folder)
    expected = normalise_fingerprint(fingerprint)
    # The confirmed organisation, even if a stranger's identity is newer.
    chosen = next((i for i in found if i.organisation == expected), None)
    if chosen is None:
        raise UserError("member.fingerprint_mismatch", {
            "expected": readable_fingerprint(expected), "found": readable_fingerprint(found[0].organisation)})
    if member_id is not None:
        _check_member(chosen, member_id)
    previous = _load_optional(home)
    if previous is not None and previous.organisation != chosen.organisation:
        raise UserError("member.other_organisation", {
            "name": previous.organisation_name, "fingerprint": readable_fingerprint(previous.organisation)})
    membership = Membership(
        home=Path(home), install_id=previous.install_id if previous else os.urandom(16).hex(),
        folder=Path(folder).absolute(), organisation=chosen.organisation,
        organisation_name=chosen.name, certificate_pem=chosen.certificate_pem,
        member_id=member_id if member_id is not None else (previous.member_id if previous else None),
        joined_at=previous.joined_at if previous else receipt_time(now.astimezone()),
    )  # fmt: skip
    _save(membership)
    return membership


def _check_member(identity: Identity, member_id: int) -> None:
    if member_id not in {i for i, _ in identity.members}:
        raise UserError("member.unknown_member", {"member_id": str(member_id), "name": identity.name})


def load(home: Path) -> Membership:
    """The membership kept in ``home``.

    Raises:
        UserError: ``member.not_joined``, ``member.membership_damaged``.
    """
    membership = _load_optional(home)
    if membership is None:
        raise UserError("member.not_joined", {"path": str(home)})
    return membership


def set_member(home: Path, member_id: int) -> Membership:
    """Say which member this install is (one of the trusted identity's members).

    Raises:
        UserError: ``member.not_joined``, ``member.unknown_member``,
            ``member.no_organisation`` (no identity of the trusted organisation readable
            in the folder), ``file.unwritable``.
    """
    membership = load(home)
    trusted = next((i for i in identities(membership.folder)
                    if i.organisation == membership.organisation), None)  # fmt: skip
    if trusted is None:
        raise UserError("member.no_organisation", {"path": str(membership.folder)})
    _check_member(trusted, member_id)
    membership = replace(membership, member_id=member_id)
    _save(membership)
    return membership


def _document(m: Membership) -> dict[str, Any]:
    return {
        "format": MEMBERSHIP_FORMAT, "version": FORMAT_VERSION, "install_id": m.install_id,
        "folder": str(m.folder), "organisation": m.organisation,
        "organisation_name": m.organisation_name, "certificate_pem": m.certificate_pem,
        "member_id": m.member_id, "joined_at": m.joined_at,
    }  # fmt: skip


def _save(m: Membership) -> None:
    home = Path(m.home)
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(home), "reason": exc.strerror or str(exc)}) from exc
    text = json.dumps(_document(m), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    save_file(home / MEMBERSHIP_FILE, text.encode("utf-8"))


def _load_optional(home: Path) -> Membership | None:
    path = Path(home) / MEMBERSHIP_FILE
    if not path.exists():
        return None
    data = read_file(path)  # unreadable (permissions): file.unreadable, not "damaged"
    try:
        document = json.loads(data.decode("utf-8"))
        if not isinstance(document, dict) or set(document) != _KEYS \
                or document["format"] != MEMBERSHIP_FORMAT or document["version"] != FORMAT_VERSION:
            raise ValueError("not a membership file")
        member_id = document["member_id"]
        if member_id is not None and (type(member_id) is not int or member_id < 1):
            raise ValueError("member_id")
        fields = {k: document[k] for k in ("install_id", "folder", "organisation",
                                            "organisation_name", "certificate_pem", "joined_at")}
        if not all(isinstance(v, str) for v in fields.values()) or not is_install_id(fields["install_id"]):
            raise ValueError("fields")
        membership = Membership(home=Path(home), member_id=member_id, **{
            **fields, "folder": Path(fields["folder"])})
        if certificates.fingerprint(membership.certificate) != membership.organisation:
            raise ValueError("the certificate is not the organisation's")
        return membership
    except (UnicodeDecodeError, ValueError, UserError) as exc:
        raise UserError("member.membership_damaged", {"path": str(path)}) from exc
