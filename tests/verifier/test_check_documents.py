# SPDX-License-Identifier: GPL-3.0-or-later
"""The documents attached to the meeting against the library's record of them."""

from __future__ import annotations

from talagov.core import bundle_format as bf
from tests.verifier.conftest import Tamper, failed_with

REPORT = "documents/1-rapport.txt"


def test_a_document_replaced_is_named(tampered: Tamper) -> None:
    [line] = failed_with(tampered(lambda r: r.put(REPORT, b"Autre rapport.\n")),
                         "verify.documents.altered")
    assert line.file == REPORT and line.params["title"] == "Rapport de gestion"


def test_a_document_added_or_removed_is_named(tampered: Tamper) -> None:
    added = tampered(lambda r: r.put(f"{bf.DOCUMENTS_DIR}2-annexe.txt", b"Annexe.\n"))
    assert [x.file for x in failed_with(added, "verify.documents.unlisted")] \
        == ["documents/2-annexe.txt"]
    assert failed_with(tampered(lambda r: r.drop(REPORT)), "verify.documents.missing")
