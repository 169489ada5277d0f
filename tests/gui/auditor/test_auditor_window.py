# SPDX-License-Identifier: GPL-3.0-or-later
"""The auditor window with a verifier stand-in: the banner, verification off the GUI
thread with progress and cancel, an unreadable file, the report, names for every control."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from talagov.gui.auditor.auditor_window import AuditorWindow
from talagov.gui.auditor.opened import Opened
from talagov.messages import render
from talagov.verifier.report import BundleUnreadable, Cancelled
from tests.gui.auditor.samples import GREEN, RED_LINE, verification
from tests.gui.test_accessibility import _visit_tabs
from tests.reports.pdftools import pdf_fonts, pdf_text

Progress = Callable[[int, int], None]


def _window(qtbot: QtBot, opener: Callable[..., Opened], lang: str = "fr") -> AuditorWindow:
    window = AuditorWindow(lang, opener=opener)
    window.open_external = None
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def opened_window(qtbot: QtBot) -> Iterator[AuditorWindow]:
    def opener(path: Path, progress: Progress, cancelled: Callable[[], bool]) -> Opened:
        for done in range(1, 4):
            progress(done, 3)
        return Opened(verification(*GREEN, RED_LINE, path=str(path)))

    window = _window(qtbot, opener)
    with qtbot.waitSignal(window.verified, timeout=5000):
        window.open_archive(Path("/tmp/ag-2026.zip"))
    yield window
    window.close()


def test_the_window_says_it_is_read_only_and_shows_the_checklist_first(
        opened_window: AuditorWindow) -> None:
    w = opened_window
    assert w.banner.isVisible() and w.banner.text().startswith("Auditor mode — read-only")
    assert w.windowTitle() == "Auditor mode — ag-2026.zip — TalaGov"
    assert w.tabs.currentIndex() == 0
    assert w.checklist.verdict.text().startswith("1 of 6 check(s) failed")
    assert "✗  " + render("verify.tally.differs", {"number": 2}, "fr") in w.checklist.line_texts()
    assert not w.progress_box.isVisible()
    assert w.report_button.isEnabled() and w.report_action.isEnabled()
    # Nothing could be browsed: the stand-in decoded no contents.
    assert not any(w.tabs.isTabEnabled(i) for i in range(1, w.tabs.count()))


def test_the_verification_runs_off_the_gui_thread_and_can_be_cancelled(qtbot: QtBot) -> None:
    started, threads = threading.Event(), []

    def opener(path: Path, progress: Progress, cancelled: Callable[[], bool]) -> Opened:
        threads.append(threading.current_thread())
        progress(1, 10)
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled()

    window = _window(qtbot, opener)
    window.open_archive(Path("/tmp/slow.zip"))
    assert window.progress_box.isVisible() and window.cancel_button.isEnabled()
    assert started.wait(5)
    qtbot.waitUntil(lambda: window.progress.maximum() == 10, timeout=5000)
    assert window.progress.value() == 1
    with qtbot.waitSignal(window.cancelled, timeout=5000):
        window.cancel_button.click()
    assert threads and threads[0] is not threading.main_thread()
    assert not window.progress_box.isVisible()
    assert "cancelled" in window.checklist.verdict.text()
    assert not window.report_button.isEnabled()
    window.close()


def test_an_unreadable_file_is_explained_and_the_window_stays_usable(qtbot: QtBot) -> None:
    calls: list[Path] = []

    def opener(path: Path, progress: Progress, cancelled: Callable[[], bool]) -> Opened:
        calls.append(path)
        if path.name == "broken.zip":
            raise BundleUnreadable("bundle.not_zip", {"path": str(path)})
        return Opened(verification(path=str(path)))

    window = _window(qtbot, opener, lang="en")
    with qtbot.waitSignal(window.unreadable, timeout=5000):
        window.open_archive(Path("/tmp/broken.zip"))
    expected = render("bundle.not_zip", {"path": "/tmp/broken.zip"}, "en")
    assert window.problem_text() == f"This file is not an archive TalaGov can read: {expected}"
    assert window.problem.isVisible() and not window.report_button.isEnabled()
    with qtbot.waitSignal(window.verified, timeout=5000):
        window.open_archive(Path("/tmp/good.zip"))
    assert window.problem_text() == "" and window.report_button.isEnabled()
    assert window.checklist.verdict.text() == "Every check holds (5 check(s))."
    window.close()


def test_the_verification_report_is_a_pdf_with_every_line(qtbot: QtBot, tmp_path: Path,
                                                          opened_window: AuditorWindow) -> None:
    target = tmp_path / "rapport.pdf"
    with qtbot.waitSignal(opened_window.report_saved, timeout=10_000):
        opened_window.export_report(target)
    data = target.read_bytes()
    text = pdf_text(data)
    assert "Rapport de vérification d'une archive" in text
    assert "ag-2026.zip" in text and "Autopartage des Deux Rives" in text
    assert "3F2A 91C0 77B1 04DE" in text
    assert render("verify.tally.differs", {"number": 2}, "fr") in text
    assert all(embedded for _, embedded in pdf_fonts(data))


def test_every_control_is_named_on_every_tab(opened_window: AuditorWindow) -> None:
    assert _visit_tabs(opened_window) == []


def test_the_keyboard_reaches_the_checklist_and_the_report_button(
        qtbot: QtBot, opened_window: AuditorWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    w = opened_window
    qtbot.waitExposed(w)
    seen: list[QWidget] = []
    widget: QWidget = w.tabs.tabBar()
    for _ in range(500):
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            seen.append(widget)
        if widget is w.tabs.tabBar():
            break
    assert w.checklist.tree in seen and w.report_button in seen
    assert w.checklist.fingerprint in seen  # selectable and copied with the keyboard
    assert w.open_action.shortcut().toString() == "Ctrl+Shift+O"


def test_an_archive_of_another_organisation_than_expected_is_refused_in_red(qtbot: QtBot) -> None:
    from talagov.core.canonical import readable_fingerprint
    from tests.gui.auditor.samples import FINGERPRINT

    def opener(path: Path, progress: Progress, cancelled: Callable[[], bool]) -> Opened:
        return Opened(verification(*GREEN, path=str(path)))  # green against itself

    ours = "0123456789abcdef" * 4
    window = AuditorWindow("en", opener=opener, expected_organisation=ours)
    window.open_external = None
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.unreadable, timeout=5000):
        window.open_archive(Path("/tmp/ag-2026.zip"))
    text = window.problem_text()
    assert text.startswith("Refused: this archive is NOT your cooperative's.")
    assert readable_fingerprint(FINGERPRINT) in text and readable_fingerprint(ours) in text
    assert "#a00000" in window.problem.styleSheet()
    assert window.opened is None and not window.report_button.isEnabled()
    assert window.checklist.line_texts() == []
    window.expected_organisation = FINGERPRINT  # the organisation it is of: shown
    with qtbot.waitSignal(window.verified, timeout=5000):
        window.open_archive(Path("/tmp/ag-2026.zip"))
    assert window.problem_text() == "" and window.opened is not None
    window.close()
