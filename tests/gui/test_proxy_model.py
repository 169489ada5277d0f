# SPDX-License-Identifier: GPL-3.0-or-later
"""The proxies table: holder or blank, validity and the rule that voids a proxy."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from talagov.core.findings import Finding, Severity
from talagov.core.proxies import Proxy
from talagov.gui.models.proxy_model import FORM, HOLDER, RECEIVED, RULE, VALIDITY, ProxyModel
from talagov.messages import render_finding
from talagov.services.session import ProxyLine

VOID = Finding("proxy.principal_attends", Severity.VIOLATION, "C. com. L225-106")


def _model() -> ProxyModel:
    model = ProxyModel()
    model.set_items([
        ProxyLine(Proxy(1, 9, 2, 1, date(2026, 11, 20), document_id=4), "Lefèvre Noël",
                  "Durand Élodie", True, ()),
        ProxyLine(Proxy(2, 9, 3, None, date(2026, 11, 21)), "Bénard Zoé", "", False, (VOID,)),
    ], "fr")
    return model


def test_model_passes_qtmodeltester(qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(_model())


def test_rows_say_who_holds_it_whether_it_counts_and_why() -> None:
    model = _model()

    def text(row: int, column: int) -> str:
        return str(model.data(model.index(row, column)))

    assert text(0, HOLDER) == "Durand Élodie" and text(0, VALIDITY) == "Valid"
    assert text(0, RECEIVED) == "20/11/2026" and text(0, FORM) == "Yes"
    assert text(1, HOLDER) == "Blank proxy (to the chair)"
    assert text(1, VALIDITY) == "Void: not counted"
    assert text(1, RULE) == render_finding(VOID, "fr") and "L225-106" in text(1, RULE)
