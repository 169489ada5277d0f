# SPDX-License-Identifier: GPL-3.0-or-later
"""What someone who can write the database file, but holds no key or passphrase, can try
against signed minutes and the register, and what stops or shows it: bytes appended to
the signed PDF, columns beside the signed entry and content, a signed minutes set back
to draft, a signatory dropped or the PDF swapped before signing, unreadable rows."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace

import pytest

from talagov.core.deliberations import Break
from talagov.core.errors import UserError
from talagov.core.minutes_codec import from_data
from talagov.core.minutes_content import Decision
from talagov.core.minutes_signers import Signer, SignerRole
from talagov.core.rich_text import paragraph
from talagov.reports.minutes_pdf import minutes_pdf
from talagov.services import deliberations, minutes, minutes_signing, timestamping
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database
from tests.core.tsa_fixtures import LocalTsa, running_tsa

from .conftest import AddMember
from .test_minutes import _closed_assembly, _minutes_id, _written, signed
from .vote_setup import MEMBER_PASS, Assembly, at

__all__ = ["signed"]  # the fixture, imported for the tests below


def _sql(db: Database, sql: str, params: tuple[object, ...] = ()) -> None:
    with sqlite3.connect(db.path) as conn:
        conn.execute(sql, params)


def _pdf(db: Database, minutes_id: int) -> bytes:
    with sqlite3.connect(db.path) as conn:
        (data,) = conn.execute("SELECT pdf FROM minutes WHERE id = ?", (minutes_id,)).fetchone()
    return bytes(data)


def _break(db: Database) -> Break | None:
    with UnitOfWork(db) as uow:
        (check,) = deliberations.verify(uow)
    return check.report.first_break or check.problem


def _submitted(db: Database, add_member: AddMember) -> tuple[Assembly, int]:
    a = _closed_assembly(db, add_member)
    minutes_id = _minutes_id(a)
    with UnitOfWork(db) as uow:
        minutes.save_written(uow, minutes_id, _written(a, minutes_id), now=at(16))
        minutes.submit(uow, minutes_id, now=at(17))
    return a, minutes_id


def _sign(a: Assembly, minutes_id: int, member_id: int, *, last: bool = False) -> None:
    with UnitOfWork(a.db) as uow:
        minutes_signing.sign(uow, minutes_id, member_id, MEMBER_PASS, now=at(18),
                             org_key=a.org_key if last else None)  # fmt: skip


def _forged(pdf: bytes) -> bytes:
    """``pdf`` with an incremental update that prints « FORGED » over the first page."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    drawn = writer.add_object(generic.StreamObject(stream_data=b"BT 50 400 Td (FORGED) Tj ET"))
    page["/Contents"] = generic.ArrayObject([page.raw_get("/Contents"), drawn])
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_page_drawn_over_after_the_signatures_is_found(signed: tuple[Assembly, int]) -> None:
    # The signed revision stays a byte prefix and every signature in it still verifies:
    # only what follows it shows the forgery a reader would print.
    a, minutes_id = signed
    _sql(a.db, "UPDATE minutes SET pdf = ? WHERE id = ?", (_forged(_pdf(a.db, minutes_id)),
                                                          minutes_id))  # fmt: skip
    assert _break(a.db) is Break.CONTENT


@pytest.fixture
def tsa(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalTsa]:
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    with running_tsa() as running:
        yield running


def test_a_time_stamp_added_later_keeps_the_register_true(signed: tuple[Assembly, int],
                                                          tsa: LocalTsa) -> None:
    a, minutes_id = signed
    with UnitOfWork(a.db) as uow:
        timestamping.set_tsa_url(uow, tsa.url)
        minutes_signing.add_timestamp(uow, minutes_id, now=at(19))
    assert _break(a.db) is None
    # ... but a claim of a time-stamp the file does not carry is found.
    _sql(a.db, "UPDATE minutes SET pdf = substr(pdf, 1, signed_pdf_size)")
    assert _break(a.db) is Break.CONTENT


def test_a_time_stamp_that_does_not_verify_is_not_claimed(signed: tuple[Assembly, int],
                                                          tsa: LocalTsa) -> None:
    a, minutes_id = signed
    before = _pdf(a.db, minutes_id)
    tsa.mangle = True
    with UnitOfWork(a.db) as uow:
        timestamping.set_tsa_url(uow, tsa.url)
    with pytest.raises(UserError, match="minutes.tsa_refused"), UnitOfWork(a.db) as uow:
        minutes_signing.add_timestamp(uow, minutes_id, now=at(19))
    with UnitOfWork(a.db) as uow:
        assert minutes.get_minutes(uow, minutes_id).timestamp == "local"
    assert _pdf(a.db, minutes_id) == before


@pytest.mark.parametrize(("sql", "expected"), [
    # Printed in the register, beside the entry's own time.
    ("UPDATE register_entry SET entered_at = '2020-01-01 09:00:00'", Break.CONTENT),
    ("UPDATE minutes SET status = 'draft'", Break.CONTENT),  # would make it editable
    ("UPDATE minutes SET kind = 'erratum'", Break.CONTENT),
    ("UPDATE minutes SET timestamp = 'rfc3161'", Break.CONTENT),  # a time-stamp not there
    # The draft's halves, kept beside the signed content, are what the editor shows.
    ("UPDATE minutes SET written = replace(written, 'Les comptes sont clairs', "
     "'Les comptes sont faux')", Break.CONTENT),
    # Shown with each signatory.
    ("UPDATE minutes_signature SET signed_at = '2020-01-01 09:00:00'", Break.SIGNATORY),
    ("UPDATE minutes_signature SET role = 'chair'", Break.SIGNATORY),
])
def test_columns_beside_what_was_signed_are_checked(signed: tuple[Assembly, int], sql: str,
                                                    expected: Break) -> None:
    a, _ = signed
    _sql(a.db, sql)
    assert _break(a.db) is expected


def test_signed_minutes_show_what_was_signed_whatever_the_draft_columns_say(
        signed: tuple[Assembly, int]) -> None:
    a, minutes_id = signed
    _sql(a.db, "UPDATE minutes SET written = replace(written, 'Les comptes sont clairs', "
               "'Les comptes sont faux')")
    with UnitOfWork(a.db) as uow:
        view = minutes.get_minutes(uow, minutes_id)
    shown = json.dumps([b.plain for w in view.written.items.values() for b in w.debates])
    assert "Les comptes sont clairs" in shown and "faux" not in shown
    assert view.written.decisions == (Decision("Déposer les comptes", "Secrétariat",
                                               "Sous un mois"),)  # fmt: skip


def test_signed_minutes_set_back_to_draft_by_hand_stay_locked(
        signed: tuple[Assembly, int]) -> None:
    a, minutes_id = signed
    _sql(a.db, "UPDATE minutes SET status = 'draft'")
    with UnitOfWork(a.db) as uow:
        view = minutes.get_minutes(uow, minutes_id)
    assert not view.editable  # the editor stays read-only
    written = view.written
    for change in (
        lambda uow: minutes.save_written(uow, minutes_id, written, now=at(20)),
        lambda uow: minutes.set_signatories(uow, minutes_id, [Signer(a.members[0],
                                                                     SignerRole.CHAIR)],
                                            now=at(20)),
        lambda uow: minutes.regenerate(uow, minutes_id, now=at(20), lang="en"),
        lambda uow: minutes.submit(uow, minutes_id, now=at(20)),
    ):
        with pytest.raises(UserError, match="minutes.not_draft"), UnitOfWork(a.db) as uow:
            change(uow)


def test_partly_signed_minutes_set_back_to_draft_by_hand_stay_locked(
        db: Database, add_member: AddMember) -> None:
    a, minutes_id = _submitted(db, add_member)
    _sign(a, minutes_id, a.members[0])
    _sql(db, "UPDATE minutes SET status = 'draft'")
    with pytest.raises(UserError, match="minutes.not_draft"), UnitOfWork(db) as uow:
        minutes.save_written(uow, minutes_id, _written(a, minutes_id), now=at(20))


def test_a_signatory_dropped_before_the_last_signature_is_refused(
        db: Database, add_member: AddMember) -> None:
    # Without the chair in the stored list, the secretary's signature would be the last
    # and enter minutes whose content names a chair who never signed.
    a, minutes_id = _submitted(db, add_member)
    _sign(a, minutes_id, a.members[2])
    _sql(db, "UPDATE minutes SET signatories = ?",
         (json.dumps([{"member_id": a.members[1], "role": "secretary"},
                      {"member_id": a.members[2], "role": "scrutineer"}]),))  # fmt: skip
    with pytest.raises(UserError, match="minutes.changed_since_submission"):
        _sign(a, minutes_id, a.members[1], last=True)


def test_an_entry_missing_a_signatory_the_content_names_is_found(
        db: Database, add_member: AddMember, monkeypatch: pytest.MonkeyPatch) -> None:
    # Should the signing check be bypassed (an older TalaGov, a bug), the register check
    # still finds minutes entered without every signatory their content names.
    a, minutes_id = _submitted(db, add_member)
    _sql(db, "UPDATE minutes SET signatories = ?",
         (json.dumps([{"member_id": a.members[1], "role": "secretary"}]),))
    monkeypatch.setattr(minutes_signing, "check_frozen", lambda *args: None)
    _sign(a, minutes_id, a.members[1], last=True)
    assert _break(db) is Break.SIGNATORY


def test_a_pdf_swapped_before_the_first_signature_is_refused(
        db: Database, add_member: AddMember) -> None:
    # Signatories read the PDF and sign the content too: the two must say the same.
    a, minutes_id = _submitted(db, add_member)
    with UnitOfWork(db) as uow:
        content = minutes.get_minutes(uow, minutes_id).content
        fingerprint = minutes_signing.organisation_fingerprint(uow)
    assert content is not None
    other = replace(content, decisions=(Decision("Verser une prime au gérant"),))
    _sql(db, "UPDATE minutes SET pdf = ?", (minutes_pdf(other, fingerprint=fingerprint),))
    with pytest.raises(UserError, match="minutes.changed_since_submission"):
        _sign(a, minutes_id, a.members[0])


def test_content_changed_after_a_signature_is_refused(db: Database,
                                                     add_member: AddMember) -> None:
    a, minutes_id = _submitted(db, add_member)
    _sign(a, minutes_id, a.members[0])
    with sqlite3.connect(db.path) as conn:
        (text,) = conn.execute("SELECT content FROM minutes").fetchone()
    changed = text.replace("Les comptes sont clairs", "Les comptes sont faux")
    from talagov.core.canonical import sha256_hex

    _sql(db, "UPDATE minutes SET content = ?, content_hash = ?",
         (changed, sha256_hex(changed.encode("utf-8"))))
    with pytest.raises(UserError, match="minutes.changed_since_submission"):
        _sign(a, minutes_id, a.members[1])


def test_the_submitted_pdf_is_the_rendering_of_the_frozen_content(
        db: Database, add_member: AddMember) -> None:
    _a, minutes_id = _submitted(db, add_member)
    with sqlite3.connect(db.path) as conn:
        (text,) = conn.execute("SELECT content FROM minutes").fetchone()
    with UnitOfWork(db) as uow:
        fingerprint = minutes_signing.organisation_fingerprint(uow)
    assert _pdf(db, minutes_id) == minutes_pdf(from_data(json.loads(text)),
                                               fingerprint=fingerprint)  # fmt: skip


@pytest.mark.parametrize("sql", [
    "UPDATE minutes SET generated = '{'",
    "UPDATE minutes SET generated = '[]'",
    "UPDATE register_entry SET data = 'not json'",
])
def test_unreadable_rows_are_reported_never_raised(signed: tuple[Assembly, int], sql: str) -> None:
    a, _ = signed
    _sql(a.db, sql)
    with UnitOfWork(a.db) as uow:
        checks = deliberations.verify(uow)
    assert checks and not all(c.ok for c in checks)


def test_an_erratum_redrafted_in_english_keeps_no_annexes(signed: tuple[Assembly, int]) -> None:
    a, minutes_id = signed
    with UnitOfWork(a.db) as uow:
        erratum_id, _ = minutes.new_erratum(uow, minutes_id, now=at(20))
        minutes.regenerate(uow, erratum_id, now=at(20), lang="en")
        generated = minutes.get_minutes(uow, erratum_id).generated
    assert generated.lang == "en"
    assert (generated.items, generated.agenda, generated.participants, generated.proxies,
            generated.correspondence) == ((), (), (), (), ())


def test_the_register_lists_the_entry_time_that_was_signed(signed: tuple[Assembly, int]) -> None:
    a, _ = signed
    with UnitOfWork(a.db) as uow:
        (register,) = deliberations.registers(uow)
    signed_at = register.entries[0].entered_at
    _sql(a.db, "UPDATE register_entry SET entered_at = '2020-01-01 09:00:00'")
    with UnitOfWork(a.db) as uow:
        (register,) = deliberations.registers(uow)
    assert register.entries[0].entered_at == signed_at


def test_the_newest_entry_removed_with_its_minutes_shows_only_against_the_head(
        signed: tuple[Assembly, int]) -> None:
    # The limit docs/minutes.md states: what is left is a whole chain. The head the check
    # names (number and hash of the last entry) is what a printed register is compared with.
    a, minutes_id = signed
    with UnitOfWork(a.db) as uow:
        erratum_id, _ = minutes.new_erratum(uow, minutes_id, now=at(20))
        minutes.save_written(uow, erratum_id, replace(
            _written(a, minutes_id), correction=(paragraph("Lire 2026."),)), now=at(20))
        minutes.submit(uow, erratum_id, now=at(20))
    for k, member_id in enumerate(a.members[:3]):
        _sign(a, erratum_id, member_id, last=k == 2)
    with UnitOfWork(a.db) as uow:
        (register,) = deliberations.registers(uow)
        printed = deliberations.last_entries(uow)
    assert printed == {"ag": (2, register.entries[1].entry_hash)}
    for sql in ("DELETE FROM register_entry WHERE number = 2",
                "DELETE FROM minutes_signature WHERE minutes_id = ?",
                "DELETE FROM minutes WHERE id = ?"):
        _sql(a.db, sql, (erratum_id,) if "?" in sql else ())
    assert _break(a.db) is None
    with UnitOfWork(a.db) as uow:
        assert deliberations.last_entries(uow) == {"ag": (1, register.entries[0].entry_hash)}


def test_halves_cut_from_a_content_assemble_into_it_again(signed: tuple[Assembly, int]) -> None:
    from talagov.core.minutes_codec import content_bytes
    from talagov.core.minutes_content import assemble
    from talagov.services.minutes_frozen import halves_of

    a, minutes_id = signed
    with UnitOfWork(a.db) as uow:
        content = minutes.get_minutes(uow, minutes_id).content
    assert content is not None
    again = assemble(*halves_of(content), drafted_on=content.drafted_on,
                     signatories=content.signatories, erratum=content.erratum)  # fmt: skip
    assert content_bytes(again) == content_bytes(content)
