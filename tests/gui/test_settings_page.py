# SPDX-License-Identifier: GPL-3.0-or-later
"""The settings page: identity, statutes below a legal floor refused with the rule quoted,
suggestion markers, versions, reset to the preset, categories in use."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate

from talagov.core.legal_forms import LegalForm
from talagov.core.organisation import Organisation
from talagov.core.presets import default_categories, preset, rule_path
from talagov.core.ratio import Ratio
from talagov.core.statutes import Convocation, MeetingKind
from talagov.gui.pages.settings_page import SettingsPage
from talagov.services import organisation as org_service
from talagov.services.uow import UnitOfWork
from tests.gui.conftest import make_ctx, seed_register, type_text

AGO_NOTICE = rule_path(MeetingKind.AGO, Convocation.FIRST, "notice_days")


def _page(qtbot, db) -> tuple[SettingsPage, object]:
    ctx = make_ctx(db)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    ctx.runner.changes_applied.connect(page.on_changes)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.refresh()
    return page, ctx


@pytest.fixture
def sa_page(qtbot, db):
    form = LegalForm.SCOP_SA
    with UnitOfWork(db) as uow:
        org_service.create_organisation(
            uow, Organisation(name="Imprimerie Coopérative", form=form), preset(form),
            default_categories(form), effective_from=date(2010, 1, 1), now=datetime(2010, 1, 1))
    page, ctx = _page(qtbot, db)
    yield page
    ctx.runner.shutdown()


@pytest.fixture
def scic_page(qtbot, db):
    seed_register(db)
    page, ctx = _page(qtbot, db)
    yield page
    ctx.runner.shutdown()


def _versions(db) -> int:
    with UnitOfWork(db) as uow:
        return len(org_service.statutes_history(uow))


def test_sa_notice_below_the_floor_is_refused_with_the_rule(qtbot, sa_page: SettingsPage, db) -> None:
    editor = sa_page.statutes_editor
    field = editor.binder.fields[AGO_NOTICE]
    assert field.get() == 15
    assert "R225-69" in field.widget.toolTip()
    field.set(10)
    with qtbot.waitSignal(sa_page.save_failed, timeout=5000):
        sa_page.save_statutes_button.click()
    text = sa_page.statutes_bar.text()
    assert "nothing was changed" in text or "rien n'a été modifié" in text
    assert "15" in text and "R225-69" in text  # the rule and its source are quoted
    assert not field.marker.isHidden() and "floor" in field.marker.text()
    assert _versions(db) == 1


def test_suggestions_are_marked_with_a_tooltip(sa_page: SettingsPage) -> None:
    # SCOP-SA quorums come from an unconfirmed CG Scop model: suggestions only.
    quorum = sa_page.statutes_editor.binder.fields[rule_path(MeetingKind.AGO, Convocation.FIRST, "quorum")]
    assert not quorum.marker.isHidden()
    assert "suggestion" in quorum.marker.text()
    assert "CG Scop" in quorum.marker.toolTip()
    assert sa_page.statutes_editor.binder.fields[AGO_NOTICE].marker.isHidden()


def test_a_valid_edit_becomes_a_new_version(qtbot, sa_page: SettingsPage, db) -> None:
    editor = sa_page.statutes_editor
    quorum = editor.binder.fields[rule_path(MeetingKind.AGO, Convocation.FIRST, "quorum")]
    quorum.widget.num.setValue(1)
    quorum.widget.den.setValue(3)
    assert quorum.marker.isHidden()  # typed by the user: no longer a suggestion
    sa_page.effective_from.setDate(QDate(2026, 6, 12))
    type_text(sa_page.note, "AGE du 12/06/2026")
    with qtbot.waitSignal(sa_page.loaded, timeout=5000):
        sa_page.save_statutes_button.click()
    assert sa_page.history.count() == 2
    assert "12/06/2026" in sa_page.history.item(0).text()
    with UnitOfWork(db) as uow:
        saved = org_service.statutes_at(uow, date(2026, 7, 1))
    assert saved.rule(MeetingKind.AGO, Convocation.FIRST).quorum == Ratio(1, 3)


def test_reset_to_the_preset(qtbot, sa_page: SettingsPage) -> None:
    editor = sa_page.statutes_editor
    editor.binder.fields[AGO_NOTICE].set(30)
    editor.form_combo.setCurrentIndex(editor.form_combo.findData(LegalForm.SCOP_SARL.value))
    sa_page.reset_button.click()
    assert editor.statutes() == preset(LegalForm.SCOP_SARL)
    assert "SCOP-SARL" in sa_page.statutes_bar.text()


def test_colleges_show_their_percentages(scic_page: SettingsPage) -> None:
    colleges = scic_page.statutes_editor.colleges
    assert len(colleges.colleges()) == 5
    assert colleges._rows[0][3].text() == "30,00\u00a0%"
    colleges._rows[0][2].setValue(60)  # 60 of 130
    assert colleges._rows[0][3].text() == "46,15\u00a0%"


def test_identity_is_saved(qtbot, scic_page: SettingsPage, db) -> None:
    form = scic_page.organisation_form
    assert form.nominal.text() == "50,00"
    form.name.clear()
    type_text(form.name, "Autopartage des Deux Rives (SCIC)")
    form.nominal.setText("20,00")
    with qtbot.waitSignal(scic_page.loaded, timeout=5000):
        form.save_button.click()
    with UnitOfWork(db) as uow:
        org = org_service.require_organisation(uow)
    assert org.name == "Autopartage des Deux Rives (SCIC)" and org.share_nominal_cents == 2000


def test_a_category_in_use_cannot_be_removed(qtbot, scic_page: SettingsPage) -> None:
    editor = scic_page.categories_editor
    keys = [c.key for c in editor.categories()]
    editor._remove(keys.index("fondateurs"))
    with qtbot.waitSignal(scic_page.save_failed, timeout=5000):
        editor.save_button.click()
    assert "fondateurs" in editor.message_bar.text()


def test_changing_the_legal_form_updates_suggestions_and_sources(qtbot) -> None:  # type: ignore[no-untyped-def]
    from talagov.core.legal_forms import LegalForm
    from talagov.core.presets import preset
    from talagov.gui.widgets.statutes_editor import StatutesEditor

    editor = StatutesEditor("fr")
    qtbot.addWidget(editor)
    editor.set_statutes(preset(LegalForm.SCIC_SA))
    path = "meetings.ago.1.quorum"
    assert path not in editor.statutes().suggested  # the law sets it for an SA
    editor.form_combo.setCurrentIndex(editor.form_combo.findData(LegalForm.SCIC_SAS.value))
    edited = editor.statutes()
    assert edited.form is LegalForm.SCIC_SAS
    assert path in edited.suggested  # for an SAS the statutes decide (L227-9)
    assert edited.sources == preset(LegalForm.SCIC_SAS).sources


def test_who_signs_the_minutes_is_a_section_of_the_statutes(qtbot, sa_page: SettingsPage, db) -> None:
    editor = sa_page.statutes_editor
    fields = editor.binder.fields
    scrutineers = fields["minutes.ag_scrutineers_sign"]
    administrators = fields["minutes.board_administrators_sign"]
    assert scrutineers.widget.accessibleName() == "The scrutineers sign the AG's minutes"
    assert scrutineers.get() is True  # SA: the whole bureau signs (R225-106)
    scrutineers.widget.click()
    administrators.widget.setValue(2)
    with qtbot.waitSignal(sa_page.loaded, timeout=5000):
        sa_page.save_statutes_button.click()
    with UnitOfWork(db) as uow:
        saved = org_service.statutes_at(uow, date(2030, 1, 1))
    assert saved.minutes.ag_scrutineers_sign is False
    assert saved.minutes.board_administrators_sign == 2


def test_the_time_stamping_authority_is_saved_and_a_bad_address_refused(
        qtbot, scic_page: SettingsPage, db) -> None:
    from talagov.services import timestamping

    group = scic_page.timestamp_group
    assert "2019-1118" in group.about.text()
    type_text(group.url, "pas une adresse")
    group.save_button.click()
    qtbot.waitUntil(lambda: bool(group.message_bar.text()), timeout=5000)
    group.url.clear()
    type_text(group.url, "  https://tsa.example.org/tsr  ")
    with qtbot.waitSignal(group.saved, timeout=5000):
        group.save_button.click()
    assert group.message_bar.text() == ""
    with UnitOfWork(db) as uow:
        assert timestamping.tsa_url(uow) == "https://tsa.example.org/tsr"
