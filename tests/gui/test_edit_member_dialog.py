# SPDX-License-Identifier: GPL-3.0-or-later
"""The member dialog: loading, inline validation, saving, service refusals kept inline."""

from __future__ import annotations

from datetime import date

import pytest

from talagov.core.members import ExitCause, PersonKind
from talagov.gui.context import AppContext
from talagov.gui.dialogs.edit_member_dialog import EditMemberDialog
from talagov.services import members as members_service
from tests.gui.conftest import type_text


def open_dialog(qtbot, ctx: AppContext, member_id: int | None) -> EditMemberDialog:
    dialog = EditMemberDialog(ctx, member_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def fetch(qtbot, ctx: AppContext, member_id: int):
    task = ctx.runner.run(None, lambda uow: members_service.get_member(uow, member_id))
    qtbot.waitUntil(lambda: task.result is not None, timeout=5000)
    return task.result


def test_new_member_proposes_a_number_and_needs_a_name(qtbot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx, None)
    assert dialog.form.number.text() == "S-0008"
    assert not dialog.ok_button.isEnabled()
    assert "nom est obligatoire" in dialog.message_bar.text()  # rendered in French
    dialog.form.name.setFocus()
    type_text(dialog.form.name, "Hébert")
    type_text(dialog.form.first_name, "Maëlle")
    assert dialog.ok_button.isEnabled()
    assert dialog.message_bar.text() == ""
    dialog.form.category.setCurrentIndex(dialog.form.category.findData("benevoles"))
    dialog.form.admission_date.setValue(date(2026, 11, 1))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.ok_button.click()
    member = fetch(qtbot, ctx, saved.args[0])
    assert (member.name, member.first_name, member.category_key) == ("Hébert", "Maëlle", "benevoles")
    assert member.admission_date == date(2026, 11, 1)


def test_exit_before_admission_is_refused_and_the_dialog_stays_open(qtbot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx, 1)  # Durand, admitted 01/03/2019
    assert dialog.form.name.text() == "Durand"
    dialog.form.exit_date.setValue(date(2018, 1, 1))
    dialog.form.exit_cause.setCurrentIndex(dialog.form.exit_cause.findData(ExitCause.RESIGNATION.value))
    assert not dialog.ok_button.isEnabled()
    assert "01/01/2018" in dialog.message_bar.text() and "01/03/2019" in dialog.message_bar.text()
    error = dialog.form._errors["exit_date"]
    assert not error.isHidden() and "antérieure" in error.text()
    membership = dialog.tabs.indexOf(dialog.form._error_pages["exit_date"])
    assert not dialog.tabs.tabIcon(membership).isNull()  # the tab with a problem is marked
    dialog.buttons.accepted.emit()  # as Enter would
    assert dialog.isVisible()
    dialog.form.exit_date.setValue(date(2026, 1, 31))
    assert dialog.ok_button.isEnabled()


def test_number_taken_is_shown_inline_and_nothing_is_lost(qtbot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx, None)
    dialog.form.number.setText("S-0001")
    dialog.form.name.setText("Doublon")
    failed = []
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "S-0001" in dialog.message_bar.text(), timeout=5000)
    failed.append(dialog.message_bar.text())
    assert dialog.isVisible()
    assert dialog.form.name.text() == "Doublon"
    assert not dialog.form._errors["number"].isHidden()
    assert not dialog.ok_button.isEnabled()
    dialog.form.number.setText("S-0100")  # editing the field clears the service's complaint
    assert dialog.ok_button.isEnabled()


def test_legal_entity_shows_representatives_and_keeps_them(qtbot, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, ctx, 7)  # the commune
    assert dialog.legal_radio.isChecked()
    tabs = dialog.tabs
    titles = {tabs.tabText(i).replace("&", ""): tabs.isTabVisible(i) for i in range(tabs.count())}
    assert titles["Representatives"] and not titles["Employment"]
    assert not dialog.form.first_name.isVisibleTo(dialog)
    reps = dialog.form.representatives.values()
    assert [r[0] for r in reps] == ["Paul Girard", "Inès Haddad"]
    dialog.form.representatives.add_button.click()
    assert not dialog.ok_button.isEnabled()  # a representative without a name
    dialog.form.representatives._rows[-1][0].setText("Luc Morel")
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.ok_button.click()
    member = fetch(qtbot, ctx, 7)
    assert member.kind is PersonKind.LEGAL
    assert [r.name for r in member.representatives] == ["Paul Girard", "Inès Haddad", "Luc Morel"]


def test_every_field_has_an_accessible_name_or_text(qtbot, ctx: AppContext) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

    dialog = open_dialog(qtbot, ctx, 1)
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QAbstractButton)
    unnamed = [
        w for kind in kinds for w in dialog.findChildren(kind)
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
        and not w.isHidden()
        and not isinstance(w.parentWidget(), (QComboBox, QDateEdit))  # Qt's inner editors
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


@pytest.mark.parametrize("email", ["pas-une-adresse", "a@b"])
def test_invalid_email_is_flagged_next_to_the_field(qtbot, ctx: AppContext, email: str) -> None:
    dialog = open_dialog(qtbot, ctx, 2)
    dialog.form.email.setText(email)
    assert not dialog.form._errors["email"].isHidden()
    assert not dialog.ok_button.isEnabled()
