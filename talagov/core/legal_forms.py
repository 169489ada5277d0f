# SPDX-License-Identifier: GPL-3.0-or-later
"""Legal forms TalaGov knows, and the families and company types they belong to."""

from __future__ import annotations

import enum


class Family(enum.StrEnum):
    """The cooperative regime (which special law applies)."""

    SCOP = "scop"  # loi 78-763
    SCIC = "scic"  # loi 47-1775 titre II ter
    ASSOCIATION = "association"  # loi 1901


class CompanyType(enum.StrEnum):
    """The company-law shape (which Code de commerce articles apply)."""

    SA = "sa"
    SARL = "sarl"
    SAS = "sas"
    ASSOCIATION = "association"


class LegalForm(enum.StrEnum):
    """A preset key: one family in one company type."""

    SCOP_SA = "scop-sa"
    SCOP_SARL = "scop-sarl"
    SCOP_SAS = "scop-sas"
    SCIC_SA = "scic-sa"
    SCIC_SARL = "scic-sarl"
    SCIC_SAS = "scic-sas"
    ASSOCIATION = "association"

    @property
    def family(self) -> Family:
        """SCOP, SCIC or association."""
        if self is LegalForm.ASSOCIATION:
            return Family.ASSOCIATION
        return Family(self.value.split("-")[0])

    @property
    def company_type(self) -> CompanyType:
        """SA, SARL, SAS or association."""
        if self is LegalForm.ASSOCIATION:
            return CompanyType.ASSOCIATION
        return CompanyType(self.value.split("-")[1])

    @property
    def label(self) -> str:
        """The usual French abbreviation (a proper name, not translated)."""
        if self is LegalForm.ASSOCIATION:
            return "Association loi 1901"
        fam, ctype = self.value.split("-")
        return f"{fam.upper()}-{ctype.upper()}"
