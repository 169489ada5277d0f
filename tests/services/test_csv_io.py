# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV import and export against a migrated database."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from talagov.core.cancel import CancelToken
from talagov.core.errors import Cancelled, UserError, ValidationError
from talagov.core.shares import holdings_at
from talagov.services import csv_io
from talagov.services.changes import Aggregate
from talagov.services.uow import UnitOfWork
from talagov.storage import members_repo, shares_repo
from talagov.storage.database import Database, open_database
from talagov.storage.models import MemberRow, ShareMovementRow

MEMBERS = (
    "Numéro;Type;Nom;Prénom;Courriel;Date d'admission;Alias;Représentant;Notes\n"
    "S-0001;personne physique;Lefèvre;Élodie;elodie@example.fr;15/03/2024;Cœur|Lefevre;;\n"
    "S-0002;personne morale;Commune de Besançon;;;01/01/2020;;Mme la Maire;\n"
    ";personne physique;Œuvray;Zoé;;02/02/2024;;;sans numéro\n"
)
SHARES = (
    "Date;Mouvement;Nombre de parts;Valeur nominale;De (numéro);À (numéro)\n"
    "15/03/2024;souscription;10;25,00;;S-0001\n"
    "01/01/2020;souscription;100;25,00;;S-0002\n"
    "01/06/2024;cession;3;25,00;S-0001;S-0003\n"
)


@pytest.fixture
def other_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite")
    yield database
    database.close()


def _count(db: Database, model: type[MemberRow] | type[ShareMovementRow]) -> int:
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(func.count()).select_from(model)) or 0


def _load(db: Database) -> tuple[list[object], dict[str, int]]:
    with UnitOfWork(db) as uow:
        members = members_repo.all_members(uow.session)
        held = holdings_at(shares_repo.all_movements(uow.session), date(2030, 1, 1))
    by_id = {m.id: m.number for m in members}
    return [replace(m, id=0) for m in members], {by_id[i]: n for i, n in held.items()}


def _import_sample(db: Database, encoding: str = "cp1252") -> None:
    with UnitOfWork(db) as uow:
        csv_io.import_members(uow, MEMBERS.encode(encoding))
    with UnitOfWork(db) as uow:
        csv_io.import_shares(uow, SHARES.encode(encoding))


def test_import_members_with_children_and_numbering(db: Database) -> None:
    progress: list[tuple[int, int]] = []
    with UnitOfWork(db) as uow:
        result = csv_io.import_members(
            uow, MEMBERS.encode("cp1252"), progress=lambda d, t: progress.append((d, t))
        )
    assert (result.imported, result.skipped_rows) == (3, ())
    assert result.changes.touches(Aggregate.MEMBERS)
    assert progress == [(0, 3), (3, 3)]
    with UnitOfWork(db) as uow:
        members = {m.number: m for m in members_repo.all_members(uow.session)}
        rows = {r.number: r.search for r in uow.session.scalars(select(MemberRow))}
    assert sorted(members) == ["S-0001", "S-0002", "S-0003"]  # the numberless row got S-0003
    assert members["S-0001"].aliases == ("Cœur", "Lefevre")
    assert members["S-0002"].representatives[0].name == "Mme la Maire"
    assert members["S-0002"].representatives[0].start == date(2020, 1, 1)
    # The search key is the one the member screens compute, so "coeur" finds Lefèvre.
    assert rows["S-0001"] == members["S-0001"].search_text()
    assert "coeur" in rows["S-0001"]


def test_one_bad_row_imports_nothing(db: Database) -> None:
    bad = MEMBERS + ";personne physique;;Sans nom;;31/02/2024;;;\n"
    with pytest.raises(ValidationError) as exc, UnitOfWork(db) as uow:
        csv_io.import_members(uow, bad.encode("cp1252"))
    assert {(f.code, f.param("row")) for f in exc.value.problems} == {
        ("csv.name_required", 5),
        ("csv.bad_date", 5),
    }
    assert _count(db, MemberRow) == 0


def test_skip_invalid_imports_the_rest(db: Database) -> None:
    bad = MEMBERS + ";personne physique;;Sans nom;;;;;\n"
    with UnitOfWork(db) as uow:
        result = csv_io.import_members(uow, bad.encode("cp1252"), skip_invalid=True)
    assert (result.imported, result.skipped_rows) == (3, (5,))
    assert [f.code for f in result.findings] == ["csv.name_required"]
    assert _count(db, MemberRow) == 3


def test_bad_header_is_refused_even_when_skipping(db: Database) -> None:
    with pytest.raises(ValidationError), UnitOfWork(db) as uow:
        csv_io.import_members(uow, b"Prenom;Courriel\nJean;j@x.fr\n", skip_invalid=True)


def test_numbers_already_in_the_register_are_errors(db: Database) -> None:
    _import_sample(db)
    with UnitOfWork(db) as uow:
        preview = csv_io.preview_members_import(uow, b"number;name\nS-0002;Doublon\n;Nouveau\n")
    assert [f.code for f in preview.rows[0].findings] == ["csv.number_exists"]
    assert preview.rows[1].value.number == "S-0004"


def test_cancel_rolls_everything_back(db: Database) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled), UnitOfWork(db) as uow:
        csv_io.import_members(uow, MEMBERS.encode("cp1252"), cancel=token)
    assert _count(db, MemberRow) == 0


def test_share_import_checks_balances_against_the_register(db: Database) -> None:
    _import_sample(db)
    overdraft = "date,kind,count,nominal,from_member\n2024-07-01,redemption,8,25.00,S-0001\n"
    with pytest.raises(ValidationError) as exc, UnitOfWork(db) as uow:
        csv_io.import_shares(uow, overdraft.encode())
    assert [f.code for f in exc.value.problems] == ["csv.negative_balance"]
    assert _count(db, ShareMovementRow) == 3


@pytest.mark.parametrize("variant", ["utf8", "excel-fr"])
def test_export_then_import_into_a_fresh_database(
    db: Database, other_db: Database, variant: str
) -> None:
    _import_sample(db)
    with UnitOfWork(db) as uow:
        members_csv = csv_io.export_members(uow, variant)
        shares_csv = csv_io.export_shares(uow, variant)
    with UnitOfWork(other_db) as uow:
        csv_io.import_members(uow, members_csv)
    with UnitOfWork(other_db) as uow:
        csv_io.import_shares(uow, shares_csv)
    members, held = _load(db)
    assert _load(other_db) == (members, held)
    assert held == {"S-0001": 7, "S-0002": 100, "S-0003": 3}


def test_excel_fr_export_refuses_unencodable_names(db: Database) -> None:
    with UnitOfWork(db) as uow:
        csv_io.import_members(uow, "name\nWałęsa\n".encode())
    with pytest.raises(UserError) as exc, UnitOfWork(db) as uow:
        csv_io.export_members(uow, "excel-fr")
    assert exc.value.code == "csv.unencodable"
    with UnitOfWork(db) as uow:
        assert "Wałęsa" in csv_io.export_members(uow, "utf8").decode("utf-8-sig")


def test_unreadable_file_is_a_user_error(db: Database) -> None:
    with pytest.raises(UserError) as exc, UnitOfWork(db) as uow:
        csv_io.import_members(uow, b"")
    assert exc.value.code == "csv.empty"


def test_header_only_file_imports_nothing(db: Database) -> None:
    with UnitOfWork(db) as uow:
        result = csv_io.import_members(uow, b"number;name\r\n")
    assert result.imported == 0


def test_import_restores_the_garbage_collector(db: Database) -> None:
    assert gc.isenabled()
    with UnitOfWork(db) as uow:
        csv_io.import_members(uow, MEMBERS.encode())
    assert gc.isenabled()
    with pytest.raises(UserError), UnitOfWork(db) as uow:
        csv_io.import_members(uow, b"\x00binary")
    assert gc.isenabled()
