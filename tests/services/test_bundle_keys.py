# SPDX-License-Identifier: GPL-3.0-or-later
"""Document file names in the archive are always acceptable member names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from talagov.core import bundle_format as bf
from talagov.services.bundle_keys import safe_file_name


@given(st.text(max_size=300), st.integers(1, 10**9))
def test_any_file_name_becomes_a_safe_member_name(name: str, document_id: int) -> None:
    cleaned = safe_file_name(name)
    assert bf.safe_name(f"{bf.DOCUMENTS_DIR}{document_id}-{cleaned}")
    assert len(cleaned) <= 120


def test_accents_are_folded_and_the_extension_kept() -> None:
    assert safe_file_name("Procès-verbal été 2026.pdf") == "Proces-verbal_ete_2026.pdf"
    assert safe_file_name("../../etc/passwd") == "etc_passwd"
    assert safe_file_name("") == "document"
    assert safe_file_name("x" * 200 + ".pdf").endswith(".pdf")
