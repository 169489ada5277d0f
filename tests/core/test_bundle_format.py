# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundle's member names and its manifest: what the exporter writes is what a reader
accepts, and nothing else."""

from __future__ import annotations

import hashlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from talagov.core import bundle_format as bf

SAMPLE = {
    "data/meeting.json": b'{"format":"talagov.bundle.meeting"}',
    "ballots/poll-3/ab12.json": b"{}",
    "pdf/minutes.pdf": b"%PDF-1.4 ...",
}


def _manifest() -> bf.Manifest:
    return bf.Manifest(
        organisation="Lisière Autopartage", organisation_fingerprint="a" * 64, meeting_id=1,
        meeting_title="AGO 2026", meeting_date="2026-06-13",
        exported_at="2026-06-13T18:00:00", generator="TalaGov 0.6",
        files=bf.entries_for(SAMPLE),
    )  # fmt: skip


@pytest.mark.parametrize("name", [
    "data/meeting.json", "ballots/poll-3/ab12.json", "documents/12-rapport_2026.pdf",
    "LISEZMOI.txt", "a.b-c_d",
])  # fmt: skip
def test_names_the_exporter_writes_are_safe(name: str) -> None:
    assert bf.safe_name(name)


@pytest.mark.parametrize("name", [
    "", "../x", "/etc/passwd", "a/../../x", "a/./b", "C:\\x", "a\\b", "C:/x", "a//b",
    "a/", "/", "..", ".", "é.txt", "a b", "a/b\x00", "x" * 256, "README.txt\n", "a\n/b",
])  # fmt: skip
def test_traversal_absolute_and_odd_names_are_refused(name: str) -> None:
    assert not bf.safe_name(name)


@given(st.text(max_size=40))
def test_a_safe_name_never_leaves_its_folder(name: str) -> None:
    if bf.safe_name(name):
        parts = name.split("/")
        assert ".." not in parts and "" not in parts and not name.startswith("/")
        assert "\\" not in name and ":" not in name


def test_the_manifest_lists_every_file_with_its_digest_and_round_trips() -> None:
    manifest = _manifest()
    data = json.loads(bf.manifest_bytes(manifest))
    assert [f["path"] for f in data["files"]] == sorted(SAMPLE)
    pdf = next(f for f in data["files"] if f["path"] == "pdf/minutes.pdf")
    assert pdf["sha256"] == hashlib.sha256(SAMPLE["pdf/minutes.pdf"]).hexdigest()
    assert pdf["size"] == len(SAMPLE["pdf/minutes.pdf"])
    assert bf.parse_manifest(data) == manifest
    assert bf.manifest_bytes(bf.parse_manifest(data)) == bf.manifest_bytes(manifest)


def test_sha256sums_is_what_sha256sum_writes() -> None:
    text = bf.sums_bytes(bf.entries_for(SAMPLE)).decode("ascii")
    lines = text.splitlines()
    assert lines == sorted(lines, key=lambda line: line.split("  ", 1)[1])
    digest = hashlib.sha256(b"{}").hexdigest()
    assert f"{digest}  ballots/poll-3/ab12.json" in lines
    assert text.endswith("\n")


def _mutated(**changes: object) -> dict[str, object]:
    data = json.loads(bf.manifest_bytes(_manifest()))
    data.update(changes)
    return data


@pytest.mark.parametrize("data", [
    [], "manifest", _mutated(format="other"), _mutated(version=2), _mutated(version="1"),
    _mutated(version=True), _mutated(meeting=[]), _mutated(files={}),
    _mutated(organisation=None), _mutated(organisation_fingerprint="ABC"),
    _mutated(files=[{"path": "../x", "sha256": "0" * 64, "size": 1}]),
    _mutated(files=[{"path": "manifest.json", "sha256": "0" * 64, "size": 1}]),
    _mutated(files=[{"path": "a", "sha256": "0" * 64, "size": 1}] * 2),
    _mutated(files=[{"path": "a", "sha256": "0" * 63, "size": 1}]),
    _mutated(files=[{"path": "a", "sha256": "0" * 64, "size": -1}]),
    _mutated(files=[{"path": "a", "sha256": "0" * 64, "size": True}]),
    _mutated(files=["a"]),
])  # fmt: skip
def test_a_manifest_of_another_shape_is_refused_with_its_reason(data: object) -> None:
    with pytest.raises(bf.ManifestError) as caught:
        bf.parse_manifest(data)
    assert caught.value.reason
