# SPDX-License-Identifier: GPL-3.0-or-later
"""Subjects are stable in the JSON output and worded in the reader's language."""

from __future__ import annotations

import pytest

from talagov.verifier import lines
from talagov.verifier.subjects import render_subject


@pytest.mark.parametrize(("subject", "fr", "en"), [
    (lines.poll_subject(2), "scrutin 2", "poll 2"),
    (lines.minutes_subject(4), "procès-verbal 4", "minutes 4"),
    (lines.ballot_subject("3f2a" * 16), "bulletin " + "3f2a" * 4, "ballot " + "3f2a" * 4),
    (lines.certificate_subject("ab" * 32), "certificat " + "ab" * 8, "certificate " + "ab" * 8),
    ("register ag 1", "registre ag 1", "register ag 1"),
    ("entry 12", "entrée 12 du journal", "journal entry 12"),
    ("quorum 3", "quorum n°3", "quorum no. 3"),
    ("document 7", "document 7", "document 7"),
])  # fmt: skip
def test_every_kind_of_subject_is_worded_in_both_languages(subject: str, fr: str, en: str) -> None:
    assert render_subject(subject, "fr") == fr
    assert render_subject(subject, "en") == en


@pytest.mark.parametrize("subject", ["", "poll", "something 3", "data/x.json"])
def test_an_unknown_subject_is_shown_as_it_is(subject: str) -> None:
    assert render_subject(subject, "fr") == subject
