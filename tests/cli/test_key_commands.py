# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov keys`` and ``talagov package``: the secretary's and the member's sides."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from talagov.cli import key_commands
from talagov.cli.main import main
from talagov.core import certificates
from talagov.core.keyseal import TEST_KDF
from talagov.core.members import Member, PersonKind
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import members, shares
from talagov.services.uow import UnitOfWork
from talagov.services.voting_package import read_package
from talagov.storage.database import open_database
from tests.services.conftest import NOW, setup_org

ORG_PASS = "phrase du secrétariat"
MEMBER_PASS = "ma phrase secrète"


@pytest.fixture(autouse=True)
def _fast_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_commands, "KDF", TEST_KDF)
    monkeypatch.setenv("ORG_PASS", ORG_PASS)
    monkeypatch.setenv("MEMBER_PASS", MEMBER_PASS)


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    """A database with the organisation and two members holding a share."""
    path = tmp_path / "org.sqlite"
    database = open_database(path)
    setup_org(database)
    with UnitOfWork(database) as uow:
        for number, name in (("A-1", "Durand"), ("A-2", "Martin")):
            member_id, _ = members.add_member(uow, Member(0, number, PersonKind.NATURAL, name,
                                                          admission_date=date(2020, 1, 1)), now=NOW)
            shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2020, 1, 1),
                                                   1, 2500, to_member_id=member_id), now=NOW)
    database.close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _init(db_file: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = _run(capsys, "keys", "init", "--db", str(db_file), "--passphrase-env", "ORG_PASS")
    assert code == 0
    return out


def test_init_prints_the_fingerprint_and_show_lists_it(
        db_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _init(db_file, capsys)
    assert out.startswith("Organisation key created. Fingerprint: ")
    readable = out.split(": ", 1)[1].strip()
    assert len(readable.split()) == 16
    code, out, _ = _run(capsys, "keys", "show", "--db", str(db_file), "--json")
    data = json.loads(out)
    assert code == 0 and data["organisation"]["readable"] == readable
    assert data["organisation"]["name"] == "Fonderie du Val" and data["certificates"] == []
    code, out, _ = _run(capsys, "keys", "show", "--db", str(db_file), "--lang", "fr")
    assert readable in out and "Aucun certificat" in out
    # Never replaced silently: refused, exit 1, the same key stays.
    code, _, err = _run(capsys, "keys", "init", "--db", str(db_file), "--passphrase-env", "ORG_PASS")
    assert code == 1 and "already has a signing key" in err


def test_a_member_key_made_at_home_is_certified_installed_then_revoked(
        db_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _init(db_file, capsys)
    keystore, request, cert = tmp_path / "home-keys", tmp_path / "req.pem", tmp_path / "cert.pem"
    code, out, _ = _run(capsys, "keys", "new", "--keystore", str(keystore), "--member", "1",
                        "--name", "Léa Durand", "--out", str(request),
                        "--passphrase-env", "MEMBER_PASS")
    assert code == 0 and str(request) in out
    assert request.read_text().startswith("-----BEGIN CERTIFICATE REQUEST-----")
    code, out, _ = _run(capsys, "keys", "issue", "--db", str(db_file), "--request", str(request),
                        "--out", str(cert), "--passphrase-env", "ORG_PASS")
    assert code == 0 and "Durand" in out
    assert certificates.member_id_of(certificates.from_pem(cert.read_bytes())) == 1
    code, out, _ = _run(capsys, "keys", "install", "--keystore", str(keystore),
                        "--certificate", str(cert))
    assert code == 0 and "member 1" in out
    assert (keystore / "member-1.pem").is_file()
    code, out, _ = _run(capsys, "keys", "show", "--db", str(db_file))
    assert "in force, key on the member's computer" in out
    # The same key as PKCS#12, for software that signs documents: it opens with the
    # passphrase only.
    p12 = tmp_path / "moi.p12"
    code, out, _ = _run(capsys, "keys", "export", "--keystore", str(keystore), "--member", "1",
                        "--out", str(p12), "--passphrase-env", "MEMBER_PASS")
    assert code == 0 and str(p12) in out
    loaded = pkcs12.load_pkcs12(p12.read_bytes(), MEMBER_PASS.encode())
    assert loaded.cert is not None and certificates.member_id_of(loaded.cert.certificate) == 1
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(p12.read_bytes(), b"not the passphrase")
    code, out, _ = _run(capsys, "keys", "revoke", "--db", str(db_file), "--member", "1",
                        "--reason", "lost", "--passphrase-env", "ORG_PASS")
    assert code == 0 and "Durand" in out
    data = json.loads(_run(capsys, "keys", "show", "--db", str(db_file), "--json")[1])
    assert [c["revoked_reason"] for c in data["certificates"]] == ["lost"]
    # A second key for the same member needs --replace.
    code, _, err = _run(capsys, "keys", "new", "--keystore", str(keystore), "--member", "1",
                        "--name", "Léa Durand", "--out", str(request),
                        "--passphrase-env", "MEMBER_PASS")
    assert code == 1 and "already exists" in err


def test_passphrase_refusals(db_file: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = _run(capsys, "keys", "init", "--db", str(db_file), "--passphrase-env", "NOPE")
    assert code == 1 and "NOPE" in err
    monkeypatch.setenv("SHORT", "short")
    code, _, err = _run(capsys, "keys", "init", "--db", str(db_file), "--passphrase-env", "SHORT")
    assert code == 1 and "at least 8" in err
    _init(db_file, capsys)
    monkeypatch.setenv("WRONG", "not the passphrase")
    code, _, err = _run(capsys, "keys", "revoke", "--db", str(db_file), "--member", "1",
                        "--reason", "lost", "--passphrase-env", "WRONG")
    assert code == 1 and "Wrong passphrase" in err
    monkeypatch.setattr("sys.stdin", None)
    code, _, err = _run(capsys, "keys", "revoke", "--db", str(db_file), "--member", "1",
                        "--reason", "lost", "--lang", "fr")
    assert code == 1 and "--passphrase-env" in err


def test_passphrases_typed_twice_must_agree(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    typed = iter(["first passphrase", "other passphrase"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    code, _, err = _run(capsys, "keys", "new", "--keystore", str(tmp_path), "--member", "2",
                        "--name", "Jo", "--out", str(tmp_path / "req.pem"))
    assert code == 1 and "differ" in err
    assert not (tmp_path / "member-2.key").exists()


def test_file_problems_exit_2(db_file: Path, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "keys", "show", "--db", str(tmp_path / "missing.sqlite"))
    assert code == 2
    _init(db_file, capsys)
    code, _, err = _run(capsys, "keys", "issue", "--db", str(db_file), "--request",
                        str(tmp_path / "none.pem"), "--out", str(tmp_path / "c.pem"),
                        "--passphrase-env", "ORG_PASS")
    assert code == 2 and "none.pem" in err
    code, _, err = _run(capsys, "keys", "revoke", "--db", str(db_file), "--member", "1",
                        "--reason", "lost", "--passphrase-env", "ORG_PASS")
    assert code == 1 and "no voting key" in err


def test_package_writes_a_signed_voting_package(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.services.test_voting_package import _assembly

    path = tmp_path / "ag.sqlite"
    database = open_database(path)
    setup_org(database)
    counter = iter(range(1, 100))

    def add(name: str, *, shares_count: int = 0, first_name: str = "") -> int:
        n = next(counter)
        with UnitOfWork(database) as uow:
            member_id, _ = members.add_member(uow, Member(0, f"T-{n:03d}", PersonKind.NATURAL, name,
                                                          first_name=first_name,
                                                          admission_date=date(2020, 1, 1)), now=NOW)
            if shares_count:
                shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION,
                                                       date(2020, 1, 1), shares_count, 2500,
                                                       to_member_id=member_id), now=NOW)
        return member_id

    ag = _assembly(database, add)
    database.close()
    out_file = tmp_path / "package.json"
    code, out, _ = _run(capsys, "package", "--db", str(path), "--meeting", str(ag.meeting_id),
                        "--member", str(ag.voter), "--out", str(out_file),
                        "--passphrase-env", "ORG_PASS")
    assert code == 0 and "2 polls" in out
    package = read_package(out_file.read_bytes(), trusted_fingerprint=ag.fingerprint)
    assert package.voter_id == ag.voter and len(package.principals) == 2
    code, _, err = _run(capsys, "package", "--db", str(path), "--meeting", str(ag.meeting_id),
                        "--member", str(ag.principal), "--out", str(out_file),
                        "--passphrase-env", "ORG_PASS")
    assert code == 1 and "no voting key" in err
