# SPDX-License-Identifier: GPL-3.0-or-later
"""The checklist: the verdict, the fingerprint in 16 groups, green, red and amber lines
grouped by area, each explained in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from talagov.gui.auditor.checklist_widget import OPEN_UP_TO, ChecklistWidget
from talagov.gui.auditor.labels import COLOURS
from talagov.messages import render
from talagov.verifier.report import Area, Status
from tests.gui.auditor.samples import AMBER_LINE, GREEN, RED_LINE, ok, verification


def _widget(qtbot: QtBot, lang: str = "fr") -> ChecklistWidget:
    widget = ChecklistWidget(lang)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_archive_that_holds_is_all_green_with_its_fingerprint(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    widget.show_verification(verification())
    assert widget.verdict.text() == "Every check holds (5 check(s))."
    assert COLOURS[Status.OK] in widget.verdict.styleSheet()
    groups = widget.fingerprint.text().split("\n")
    assert groups == ["3F2A 91C0 77B1 04DE 3F2A 91C0 77B1 04DE"] * 2  # 2 lines of 8 groups
    assert widget.fingerprint_box.isVisible()
    # One branch per area present, in the checklist's order, each counting its lines.
    titles = [b.text(0) for b in widget.branches()]
    areas = [render(f"verify.area.{a}", {}, "fr") for a in ("manifest", "certificates",
                                                            "ballots", "tally")]
    assert titles == [f"✓  {areas[0]} — 2 check(s)", f"✓  {areas[1]} — 1 check(s)",
                      f"✓  {areas[2]} — 1 check(s)", f"✓  {areas[3]} — 1 check(s)"]
    assert widget.line_texts()[0] == "✓  " + render("verify.manifest.signature", {}, "fr")
    assert all(t.startswith("✓") for t in widget.line_texts())
    branch = widget.branches()[0]
    assert branch.child(0).text(1) == "manifest.json"
    assert branch.child(0).foreground(0).color().name() == COLOURS[Status.OK]


def test_a_failed_line_is_red_named_and_selected_and_a_warning_is_amber(qtbot: QtBot) -> None:
    widget = _widget(qtbot, lang="en")
    widget.show_verification(verification(*GREEN, RED_LINE, AMBER_LINE))
    assert widget.verdict.text() == ("1 of 7 check(s) failed: this archive does not prove what "
                                     "it says. 1 warning(s) to read.")
    assert COLOURS[Status.FAILED] in widget.verdict.styleSheet()
    tally = widget.branches()[3]
    assert tally.text(0) == "✗  " + render("verify.area.tally", {}, "en") + " — 1 of 2 failed"
    red = tally.child(1)
    assert red.text(0) == "✗  " + render("verify.tally.differs", {"number": 2}, "en")
    assert red.text(1) == "data/polls.json — poll 2"
    assert red.foreground(0).color().name() == COLOURS[Status.FAILED]
    assert red.font(0).bold()
    # The screen reader hears the outcome in words, not « ballot x mark ».
    assert str(red.data(0, Qt.ItemDataRole.AccessibleTextRole)).startswith("Failed: ")
    assert widget.tree.currentItem() is red  # the first failure is where the focus lands
    minutes = widget.branches()[4]
    assert minutes.text(0).startswith("!  ")
    assert minutes.child(0).foreground(0).color().name() == COLOURS[Status.WARNING]


def test_a_long_area_that_holds_stays_closed_one_with_a_failure_opens(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    many = tuple(ok(Area.BALLOTS, "verify.ballot.valid", f"ballots/poll-1/{i:064x}.json")
                 for i in range(OPEN_UP_TO + 1))
    widget.show_verification(verification(*many, GREEN[0]))
    manifest, ballots = widget.branches()
    assert not ballots.isExpanded() and manifest.isExpanded()
    bad = many[0].__class__(Area.BALLOTS, Status.FAILED, "verify.ballot.signature", {}, "x", "y")
    widget.show_verification(verification(*many, bad))
    ballots = widget.branches()[0]
    assert ballots.isExpanded()


def test_clear_shows_a_message_instead(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    widget.show_verification(verification())
    widget.clear("Verifying the archive…")
    assert widget.verdict.text() == "Verifying the archive…"
    assert widget.branches() == [] and not widget.fingerprint_box.isVisible()
