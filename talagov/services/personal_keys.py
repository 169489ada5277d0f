# SPDX-License-Identifier: GPL-3.0-or-later
"""A member's own keystore: the voting key made on their laptop, its certificate, and
the ballot sequence counters. No database is needed.

The keystore is a directory (by default ``keys`` beside the database in the user's data
directory) holding, per member: ``member-<id>.key`` (the sealed key, the member's name
as its label) and, once the secretary has sent it back, ``member-<id>.pem`` (the
certificate, which must match the key). ``ballot-sequences.json`` keeps the last
sequence number used per ballot, so that a new vote always replaces the previous one.
Every file is written atomically.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from talagov.core import certificates, keyseal
from talagov.core.errors import UserError
from talagov.core.keyseal import DEFAULT_KDF, KdfParams
from talagov.core.signing import new_private_key
from talagov.services.files import read_file, save_file

SEQUENCES_FILE = "ballot-sequences.json"
SEQUENCES_FORMAT = "talagov.ballot-sequences"
# (organisation fingerprint, meeting id, poll id, voter id, on behalf of)
SequenceKey = tuple[str, int, int, int, int]


@dataclass(frozen=True)
class PersonalKey:
    """A key in the keystore; ``certificate`` is ``None`` until it is installed."""

    member_id: int
    name: str
    path: Path  # the sealed key file
    certificate: x509.Certificate | None


def default_keystore() -> Path:
    """The keystore of this user: ``keys`` in the data directory beside the database."""
    from talagov.storage.db import default_db_path

    return default_db_path().parent / "keys"


def key_path(keystore: Path, member_id: int) -> Path:
    """Where the sealed key of ``member_id`` lives."""
    return Path(keystore) / f"member-{member_id}.key"


def certificate_path(keystore: Path, member_id: int) -> Path:
    """Where the certificate of ``member_id`` lives once installed."""
    return Path(keystore) / f"member-{member_id}.pem"


def _make_keystore(keystore: Path) -> None:
    try:
        Path(keystore).mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise UserError("file.unwritable", {"path": str(keystore),
                                            "reason": exc.strerror or str(exc)}) from exc


def create_personal_key(keystore: Path, *, member_id: int, name: str, passphrase: str,
                        kdf: KdfParams = DEFAULT_KDF, replace: bool = False) -> str:
    """Make a voting key for ``member_id``, seal it under ``passphrase`` in the keystore,
    and return the certificate request (PEM) to send to the secretary.

    Args:
        replace: overwrite an existing key of the same member (its certificate, which no
            longer matches, is removed); refused otherwise.

    Raises:
        UserError: ``keys.member_id_invalid``, ``keys.name_required``,
            ``keys.passphrase_too_short``, ``keys.personal_key_exists``, ``file.unwritable``.
    """
    name = name.strip()
    if member_id <= 0:
        raise UserError("keys.member_id_invalid")
    if not name:
        raise UserError("keys.name_required")
    path = key_path(keystore, member_id)
    if path.exists() and not replace:
        raise UserError("keys.personal_key_exists", {"member_id": str(member_id), "path": str(path)})
    key = new_private_key()
    sealed = keyseal.seal(key, passphrase, label=name, params=kdf)
    request = certificates.certificate_request(key, member_id=member_id, name=name)
    _make_keystore(keystore)
    save_file(path, sealed)
    with contextlib.suppress(OSError):  # sealed already; still, others need not read it
        path.chmod(0o600)
    certificate_path(keystore, member_id).unlink(missing_ok=True)  # it matched the old key
    return certificates.request_to_pem(request)


def install_certificate(keystore: Path, certificate_pem: bytes) -> PersonalKey:
    """Install the certificate the secretary sent back, beside its key.

    Raises:
        UserError: ``cert.malformed``, ``keys.not_a_member_certificate``,
            ``keys.no_personal_key``, ``keys.certificate_mismatch``, ``file.unwritable``.
    """
    try:
        cert = certificates.from_pem(certificate_pem)
    except x509.InvalidVersion as exc:  # not a ValueError: from_pem lets it through
        raise UserError("cert.malformed") from exc
    member_id = certificates.member_id_of(cert)
    if member_id is None:
        raise UserError("keys.not_a_member_certificate")
    path = key_path(keystore, member_id)
    if not path.is_file():
        raise UserError("keys.no_personal_key", {"member_id": str(member_id), "path": str(keystore)})
    sealed = read_file(path)
    if not certificates.matches(keyseal.sealed_public_key(sealed), cert):
        raise UserError("keys.certificate_mismatch", {"member_id": str(member_id)})
    save_file(certificate_path(keystore, member_id), certificates.to_pem(cert).encode("ascii"))
    return PersonalKey(member_id, _common_name(cert) or keyseal.sealed_label(sealed), path, cert)


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def _load_certificate(keystore: Path, member_id: int) -> x509.Certificate | None:
    path = certificate_path(keystore, member_id)
    if not path.is_file():
        return None
    try:
        return certificates.from_pem(read_file(path))
    except UserError:
        return None  # unreadable: as if not installed, installing again repairs it


def personal_keys(keystore: Path) -> list[PersonalKey]:
    """The keys of the keystore, by member id (an absent keystore has none).

    A damaged key file is skipped; a damaged certificate counts as not installed.
    """
    found: list[PersonalKey] = []
    if not Path(keystore).is_dir():
        return found
    for path in Path(keystore).glob("member-*.key"):
        tail = path.stem.removeprefix("member-")
        if not (tail.isascii() and tail.isdigit()):
            continue
        try:
            label = keyseal.sealed_label(read_file(path))
        except UserError:
            continue
        member_id = int(tail)
        cert = _load_certificate(keystore, member_id)
        found.append(PersonalKey(member_id, _common_name(cert) if cert else label, path, cert))
    return sorted(found, key=lambda k: k.member_id)


def unlock_personal(keystore: Path, member_id: int,
                    passphrase: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """The member's key and installed certificate.

    Raises:
        UserError: ``keys.no_personal_key``, ``keys.no_certificate_yet``,
            ``keys.wrong_passphrase``, ``keys.not_a_key_file``.
    """
    path = key_path(keystore, member_id)
    if not path.is_file():
        raise UserError("keys.no_personal_key", {"member_id": str(member_id), "path": str(keystore)})
    cert = _load_certificate(keystore, member_id)
    if cert is None:
        raise UserError("keys.no_certificate_yet", {"member_id": str(member_id)})
    key = keyseal.unseal(read_file(path), passphrase)
    if not certificates.matches(key.public_key(), cert):
        raise UserError("keys.certificate_mismatch", {"member_id": str(member_id)})
    return key, cert


def export_pkcs12(keystore: Path, member_id: int, passphrase: str) -> bytes:
    """The member's key, certificate and name as a PKCS#12 file protected by the same
    passphrase (AES-256-CBC, PBKDF2-SHA256 with :data:`keyseal.PKCS12_ROUNDS` rounds), for
    software that signs documents with it (a PDF reader, a mail client).

    Raises:
        UserError: as :func:`unlock_personal`.
    """
    key, cert = unlock_personal(keystore, member_id, passphrase)
    return keyseal.to_pkcs12(key, cert, passphrase, name=_label(keystore, member_id))


def _label(keystore: Path, member_id: int) -> str:
    return keyseal.sealed_label(read_file(key_path(keystore, member_id))) or f"member {member_id}"


def _counter_name(key: SequenceKey) -> str:
    organisation, meeting, poll, voter, on_behalf_of = key
    return f"{organisation}/{meeting}/{poll}/{voter}/{on_behalf_of}"


def _read_counters(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    try:
        document = json.loads(read_file(path).decode("utf-8"))
        counters = document["counters"]
        if document.get("format") != SEQUENCES_FORMAT or not isinstance(counters, dict):
            raise ValueError("not a sequences file")
        return {str(k): int(v) for k, v in counters.items()}
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise UserError("keys.counters_damaged", {"path": str(path)}) from exc


def next_sequences(keystore: Path, keys: Sequence[SequenceKey]) -> list[int]:
    """The next ballot sequence number of each key (1 the first time), saved in the
    keystore before they are returned, so that a number is never used twice.

    Raises:
        UserError: ``keys.counters_damaged``, ``file.unwritable``.
    """
    path = Path(keystore) / SEQUENCES_FILE
    counters = _read_counters(path)
    numbers: list[int] = []
    for key in keys:
        name = _counter_name(key)
        counters[name] = counters.get(name, 0) + 1
        numbers.append(counters[name])
    _make_keystore(keystore)
    document = {"format": SEQUENCES_FORMAT, "version": 1, "counters": dict(sorted(counters.items()))}
    save_file(path, json.dumps(document, indent=2).encode("utf-8") + b"\n")
    return numbers
