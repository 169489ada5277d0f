# SPDX-License-Identifier: GPL-3.0-or-later
"""Electronic proxies from members' installs: checked, filed in the library, recorded."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from talagov.core import certificates, sync_proxy
from talagov.core.signing import new_private_key
from talagov.core.sync_proxy import ProxyContent, proxy_file, sign_proxy
from talagov.services import keys, library, session
from talagov.services.sync_import import import_folder
from talagov.services.uow import UnitOfWork
from talagov.storage.database import Database

from .conftest import AddMember
from .test_sync_import import INSTALL, put, run
from .vote_setup import Assembly, at, make_assembly, open_polls

GIVEN = datetime(2026, 6, 20, 18, 0, tzinfo=UTC)


def proxy(a: Assembly, principal: int, holder: int | None, *, signer: int | None = None,
          given: datetime = GIVEN, **changes: object) -> tuple[str, bytes]:
    """``(file name, bytes)`` of a proxy signed on a member's install."""
    key, cert = a.member_keys[principal if signer is None else signer]
    with UnitOfWork(a.db) as uow:
        org = keys.organisation_key(uow)
    assert org is not None
    fields: dict[str, object] = {
        "organisation": org.fingerprint, "meeting_id": a.meeting_id, "principal_id": principal,
        "holder_id": holder, "given_at": given.isoformat(), "nonce": "ab" * 16,
    }  # fmt: skip
    fields.update(changes)
    signed = sign_proxy(ProxyContent(**fields), key, cert)  # type: ignore[arg-type]
    return sync_proxy.file_name(signed), proxy_file(signed)


def holders(a: Assembly) -> dict[int, int | None]:
    """Principal -> holder of the proxies recorded in the session."""
    with UnitOfWork(a.db) as uow:
        state = session.session_state(uow, a.meeting_id, at=at(10))
    return {p.proxy.principal_id: p.proxy.holder_id for p in state.proxies}


def titles(a: Assembly) -> list[str]:
    """The titles of the library's documents."""
    with UnitOfWork(a.db) as uow:
        return [d.title for d in library.list_documents(uow)]


@pytest.fixture
def assembly(db: Database, add_member: AddMember) -> Assembly:
    """Six associates with keys, an AG convened, no poll open yet."""
    return make_assembly(db, add_member)


def test_a_proxy_is_filed_and_recorded(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    m = a.members
    name, data = proxy(a, m[4], m[0])
    put(folder, INSTALL, "proxies", name, data)
    put(folder, "c" * 32, "proxies", name, data)  # the same file in another install's folder
    # The same signed proxy written out again (other bytes, same signature): one proxy.
    put(folder, "c" * 32, "proxies", f"proxy-{a.meeting_id}-{'0' * 16}.json",
        data.replace(b",", b", "))
    with UnitOfWork(a.db) as uow:
        report, changes = import_folder(uow, folder, now=at(10))
    assert (report.proxies, report.duplicates, report.quarantined) == (1, 2, ())
    assert a.meeting_id in changes.ids
    assert holders(a) == {m[4]: m[0]}
    assert titles(a) == ["Pouvoir électronique de Associé04"]
    with UnitOfWork(a.db) as uow:
        (line,) = session.session_state(uow, a.meeting_id, at=at(10)).proxies
        assert line.proxy.document_id is not None
        assert library.document_path(uow, line.proxy.document_id).read_bytes() == data
    assert run(a.db, folder).proxies == 0


def test_a_later_proxy_replaces_the_earlier_and_an_older_one_is_set_aside(
        assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    m = a.members
    put(folder, INSTALL, "proxies", *proxy(a, m[4], m[0]))
    run(a.db, folder)
    put(folder, INSTALL, "proxies", *proxy(a, m[4], m[1], given=GIVEN + timedelta(hours=1),
                                           nonce="cd" * 16))
    assert run(a.db, folder).proxies == 1
    assert holders(a) == {m[4]: m[1]}
    put(folder, INSTALL, "proxies", *proxy(a, m[4], m[2], given=GIVEN - timedelta(days=1),
                                           nonce="ef" * 16))
    (line,) = run(a.db, folder).quarantined
    assert line.reason_code == "sync_import.proxy_superseded"
    assert holders(a) == {m[4]: m[1]}


def test_once_a_poll_has_started_a_proxy_is_not_replaced(assembly: Assembly,
                                                        tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    m = a.members
    put(folder, INSTALL, "proxies", *proxy(a, m[4], m[0]))
    run(a.db, folder)
    open_polls(a, at(9))
    put(folder, INSTALL, "proxies", *proxy(a, m[4], m[1], given=GIVEN + timedelta(hours=1),
                                           nonce="cd" * 16))
    (line,) = run(a.db, folder).quarantined
    assert line.reason_code == "sync_import.proxy_too_late"
    assert holders(a) == {m[4]: m[0]}


def test_a_refusal_by_the_statutes_leaves_nothing_behind(assembly: Assembly,
                                                         tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    m = a.members
    put(folder, INSTALL, "proxies", *proxy(a, m[1], m[2]))
    run(a.db, folder)
    put(folder, INSTALL, "proxies", *proxy(a, m[0], m[1]))  # m[1] gave theirs: no chain
    (line,) = run(a.db, folder).quarantined
    assert line.reason_code == "proxy.chain" and "source" in line.params
    assert holders(a) == {m[1]: m[2]}
    assert titles(a) == ["Pouvoir électronique de Associé01"]  # no document for the refused one


def test_forged_and_foreign_proxies_are_quarantined(assembly: Assembly, tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    m = a.members
    put(folder, INSTALL, "proxies", *proxy(a, m[4], m[0], signer=m[3]))
    name, data = proxy(a, m[5], m[0])
    put(folder, INSTALL, "proxies", name, data.replace(
        f'"holder_id":{m[0]}'.encode(), f'"holder_id":{m[2]}'.encode()))
    put(folder, INSTALL, "proxies", *proxy(a, m[2], m[0], organisation="d" * 64))
    put(folder, INSTALL, "proxies", f"proxy-{a.meeting_id + 1}-{'0' * 16}.json",
        proxy(a, m[1], m[0])[1])
    stranger = new_private_key()
    cert = certificates.organisation_certificate(stranger, name="Autre", now=GIVEN)
    with UnitOfWork(a.db) as uow:
        org = keys.organisation_key(uow)
    assert org is not None
    foreign = sign_proxy(ProxyContent(org.fingerprint, a.meeting_id, m[3], m[0],
                                      GIVEN.isoformat(), "12" * 16), stranger, cert)
    put(folder, INSTALL, "proxies", sync_proxy.file_name(foreign), proxy_file(foreign))
    put(folder, INSTALL, "proxies", f"ballot-{a.meeting_id}-1-{'0' * 16}.json", b"{}")
    report = run(a.db, folder)
    assert sorted(q.reason_code for q in report.quarantined) == [
        "sync_import.misplaced", "sync_import.proxy_bad_signature",
        "sync_import.proxy_name_mismatch", "sync_import.proxy_not_principal",
        "sync_import.proxy_other_organisation", "sync_import.proxy_unknown_certificate"]
    assert holders(a) == {} and titles(a) == []


def test_a_proxy_signed_with_a_revoked_key_is_quarantined(assembly: Assembly,
                                                          tmp_path: Path) -> None:
    a, folder = assembly, tmp_path / "folder"
    m = a.members
    with UnitOfWork(a.db) as uow:
        keys.revoke(uow, m[4], "perdue", org_key=a.org_key, now=at(8))
    put(folder, INSTALL, "proxies", *proxy(a, m[4], m[0]))
    (line,) = run(a.db, folder).quarantined
    assert line.reason_code == "sync_import.proxy_revoked_certificate"
