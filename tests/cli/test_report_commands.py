# SPDX-License-Identifier: GPL-3.0-or-later
"""``talagov register members|shares``: files written, exit codes, no stray files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from talagov.cli.report_commands import run
from talagov.core.legal_forms import LegalForm
from talagov.core.members import Member, PersonKind
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset
from talagov.core.shares import MovementKind, ShareMovement
from talagov.services import members, organisation, shares
from talagov.services.uow import UnitOfWork
from talagov.storage.database import open_database
from tests.reports.pdftools import pdf_text
from tests.services.conftest import NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SCIC-SAS with one associate holding shares."""
    path = tmp_path / "coop.sqlite"
    db = open_database(path)
    form = LegalForm.SCIC_SAS
    with UnitOfWork(db) as uow:
        organisation.create_organisation(
            uow, Organisation(name="Lisière Autopartage", form=form), preset(form),
            default_categories(form), effective_from=date(2020, 1, 1), now=NOW,
        )  # fmt: skip
        member_id, _ = members.add_member(uow, Member(0, "S-1", PersonKind.NATURAL, "Brébion", "Agnès",
                                                      admission_date=date(2021, 1, 1)), now=NOW)  # fmt: skip
        shares.add_movement(uow, ShareMovement(0, MovementKind.SUBSCRIPTION, date(2021, 1, 1), 3, 5000,
                                               to_member_id=member_id), now=NOW)  # fmt: skip
    db.close()
    return path


def test_members_register_is_written(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "associés.pdf"
    assert run(["register", "members", "--db", str(db_path), "--at", "2026-11-22", str(out)]) == 0
    assert f"Register saved to {out}." in capsys.readouterr().out
    text = pdf_text(out.read_bytes())
    assert (
        "Registre des associés" in text
        and "Brébion Agnès" in text
        and "arrêté au 22/11/2026" in text
    )
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("coop.sqlite")) == [
        "associés.pdf"
    ]


def test_share_register_in_english_with_the_global_options(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "shares.pdf"
    assert run(["--lang", "en", "--db", str(db_path), "register", "shares", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert (
        "Register of share movements" in text and "as of 2021-01-01" in text and "€150.00" in text
    )


def test_missing_database_is_a_usage_error_and_is_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.sqlite"
    assert run(["register", "members", "--db", str(missing), str(tmp_path / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not missing.exists() and not (tmp_path / "x.pdf").exists()


def test_unwritable_destination_is_a_usage_error(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no-such-dir" / "x.pdf"
    assert run(["--lang", "fr", "register", "shares", "--db", str(db_path), str(out)]) == 2
    assert "Impossible d'enregistrer" in capsys.readouterr().err


def test_a_bad_date_is_refused_by_the_parser(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        run(
            [
                "register",
                "members",
                "--db",
                str(db_path),
                "--at",
                "22/11/2026",
                str(tmp_path / "x.pdf"),
            ]
        )
    assert caught.value.code == 2
