# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared folder's names: each name we write is understood back, conflict copies of
sync engines are recognised as copies of the name they copy, partial names never read."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core import sync_format as sf
from talagov.core.sync_format import Kind, parse_name

H16 = "0123456789abcdef"
SHA = "ab" * 32
ALL = tuple(Kind)

ids = st.integers(min_value=1, max_value=10**18 - 1)
h16s = st.text("0123456789abcdef", min_size=16, max_size=16)
shas = st.text("0123456789abcdef", min_size=64, max_size=64)
extensions = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=0, max_size=8)


def _names() -> st.SearchStrategy[tuple[str, Kind, dict[str, int | None], str]]:
    """(name, kind, the numbers it carries, its digest) for every kind of name we write."""
    return st.one_of(
        h16s.map(lambda h: (sf.identity_name(h), Kind.IDENTITY, {}, h)),
        st.tuples(ids, ids, h16s).map(lambda t: (
            sf.package_name(*t), Kind.PACKAGE, {"meeting_id": t[0], "sequence": t[1]}, t[2])),
        st.tuples(shas, extensions).map(lambda t: (
            sf.document_name(*t), Kind.DOCUMENT, {}, t[0])),
        st.tuples(ids, h16s).map(lambda t: (
            sf.certificate_name(*t), Kind.CERTIFICATE, {"member_id": t[0]}, t[1])),
        st.tuples(ids, h16s).map(lambda t: (
            sf.revocations_name(*t), Kind.REVOCATIONS, {"sequence": t[0]}, t[1])),
        st.tuples(ids, h16s).map(lambda t: (
            sf.archive_name(*t), Kind.ARCHIVE, {"meeting_id": t[0]}, t[1])),
        h16s.map(lambda h: (sf.request_name(h), Kind.REQUEST, {}, h)),
        st.tuples(ids, h16s).map(lambda t: (
            sf.proxy_name(*t), Kind.PROXY, {"meeting_id": t[0]}, t[1])),
        st.tuples(ids, ids, h16s).map(lambda t: (
            f"ballot-{t[0]}-{t[1]}-{t[2]}.json", Kind.BALLOT,
            {"meeting_id": t[0], "poll_id": t[1]}, t[2])),
    )  # fmt: skip


def _conflict_copies(name: str) -> list[str]:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    return [
        f"{stem}.sync-conflict-20261201-101500-ABCDEF7{suffix}",  # Syncthing
        f"{stem} (conflicted copy 2026-12-01 101500){suffix}",  # Nextcloud
        f"{stem} (Jane's conflicted copy 2026-12-01){suffix}",  # Dropbox
        f"{stem}_conflict-20261201-101500{suffix}",  # Nextcloud, newer clients
    ]


@given(_names())
def test_every_name_we_write_parses_back_to_what_it_carries(
        case: tuple[str, Kind, dict[str, int | None], str]) -> None:
    name, kind, numbers, digest = case
    parsed = parse_name(name, ALL)
    assert parsed is not None
    assert (parsed.kind, parsed.digest, parsed.canonical, parsed.conflict) == (kind, digest,
                                                                               name, False)
    for field in ("meeting_id", "poll_id", "member_id", "sequence"):
        assert getattr(parsed, field) == numbers.get(field)


@given(_names())
def test_a_conflict_copy_is_read_as_the_file_it_copies(
        case: tuple[str, Kind, dict[str, int | None], str]) -> None:
    name, kind, _, digest = case
    for copy in _conflict_copies(name):
        parsed = parse_name(copy, ALL)
        assert parsed is not None, copy
        assert (parsed.kind, parsed.digest, parsed.canonical, parsed.conflict) == (
            kind, digest, name, True)


@given(_names(), st.sampled_from([".part", ".tmp", ".partial", ".crdownload", ".download",
                                  "~", ".swp"]))  # fmt: skip
def test_partial_and_hidden_names_are_never_read(
        case: tuple[str, Kind, dict[str, int | None], str], suffix: str) -> None:
    name = case[0]
    for partial in (name + suffix, "." + name, f".{name}.x1y2z3.part", "~$" + name,
                    ".syncthing." + name + ".tmp"):
        assert sf.is_partial(partial)
        assert parse_name(partial, ALL) is None


@given(st.text(max_size=120))
def test_any_text_is_either_refused_or_a_name_of_the_right_shape(text: str) -> None:
    parsed = parse_name(text, ALL)
    if parsed is not None:
        assert not sf.is_partial(text)
        # What a reader relies on: the canonical name is one the writer could make.
        again = parse_name(parsed.canonical, (parsed.kind,))
        assert again is not None and not again.conflict
        assert (again.kind, again.digest) == (parsed.kind, parsed.digest)
        assert parsed.conflict == (parsed.canonical != text)


def test_a_name_is_looked_for_only_among_its_directorys_kinds() -> None:
    ballot = f"ballot-3-7-{H16}.json"
    assert parse_name(ballot, (Kind.BALLOT,)) is not None
    assert parse_name(ballot, (Kind.PROXY, Kind.REQUEST)) is None
    archive, package = sf.archive_name(3, H16), sf.package_name(3, 2, H16)
    assert parse_name(archive, (Kind.PACKAGE,)) is None
    assert parse_name(package, (Kind.ARCHIVE,)) is None


@pytest.mark.parametrize("name", [
    f"ballot-0-7-{H16}.json",  # ids start at 1
    f"ballot-03-7-{H16}.json",  # no leading zero: one name per ballot
    f"ballot-3-7-{H16.upper()}.json",
    f"ballot-3-7-{H16[:-1]}.json",
    f"ballot-3-7-{H16}.JSON",
    f"ballot-3-7-{H16}.json.gz",
    f"identity-{H16}.json ",
    f"member-3-{H16}.crt",
    f"{SHA[:-1]}.pdf",
    f"{SHA}.toolongext",
    "desktop.ini",
    "",
])  # fmt: skip
def test_stray_names_are_not_ours(name: str) -> None:
    assert parse_name(name, ALL) is None


def test_document_names_lowercase_their_extension() -> None:
    assert sf.document_name(SHA, ".PDF") == f"{SHA}.pdf"
    assert sf.document_name(SHA, "") == SHA
    assert parse_name(SHA, (Kind.DOCUMENT,)) is not None


def test_install_ids_and_member_directories() -> None:
    install = "0f" * 16
    assert sf.is_install_id(install)
    assert not sf.is_install_id(install.upper()) and not sf.is_install_id(install[:-1])
    assert sf.member_dir(install) == f"members/{install}"
