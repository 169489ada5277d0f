# SPDX-License-Identifier: GPL-3.0-or-later
"""The live quorum panel: the counts, met or not (a colour and a word), and why.

It only displays a :class:`~talagov.core.quorum.QuorumResult` computed by the
service; the session tab feeds it after every change and every 30 seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from talagov.core.meetings import Meeting
from talagov.core.quorum import QuorumResult
from talagov.core.statutes import Convocation
from talagov.gui import theme
from talagov.gui.help.terms import explain
from talagov.gui.i18n import arg, show_int
from talagov.gui.widgets.tables import make_button
from talagov.messages import render_finding

# Dark text on a light tint: readable, and the word says it for those who cannot see colour.
MET_COLOURS = ("ok", "ok_bg")  # semantic roles of the theme
NOT_MET_COLOURS = ("error", "error_bg")


def quorum_sentence(result: QuorumResult, meeting: Meeting, lang: str) -> str:
    """``Quorum: 1/5 of 100 associates = 20 required; 23 take part`` (translated)."""
    taking_part = show_int(result.participants, lang)
    if result.ratio.num == 0:
        return arg(QCoreApplication.translate("QuorumPanel", "No quorum required; %1 take part"), taking_part)
    if meeting.type.is_general_assembly:
        template = QCoreApplication.translate(
            "QuorumPanel", "Quorum: %1 of %2 associates = %3 required; %4 take part")
    else:
        template = QCoreApplication.translate(
            "QuorumPanel", "Quorum: %1 of %2 members in office = %3 required; %4 take part")
    return arg(template, result.ratio.percent_text(), show_int(result.base, lang),
               show_int(result.required, lang), taking_part)


class QuorumPanel(QFrame):
    """Counts, verdict and explanation; offers the second convocation when not met.

    Signals:
        second_convocation_requested(): "Create second convocation…" was pressed.
    """

    second_convocation_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Quorum"))
        self.verdict = QLabel(self)
        self.verdict.setAutoFillBackground(True)
        self.verdict.setMargin(self.fontMetrics().height() // 3)
        font = QFont(self.verdict.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.verdict.setFont(font)
        explain(self.verdict, "quorum")
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.second_button = make_button(self, self.tr("Create &second convocation…"),
                                         self.second_convocation_requested.emit)
        self.second_button.setToolTip(self.tr(
            "Prepare a new meeting, convened a second time with the same agenda"))
        explain(self.second_button, "deuxieme_convocation")
        self.second_button.hide()
        self.reasons = QLabel(self)
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reasons.hide()

        self.values: dict[str, QLabel] = {}
        counts = QGridLayout()
        captions = (("present", self.tr("Present")), ("remote", self.tr("of whom remote")),
                    ("represented", self.tr("Represented")),
                    ("correspondence", self.tr("Postal votes")),
                    ("participants", self.tr("Taking part")), ("required", self.tr("Required")))
        bold = QFont(self.font())
        bold.setBold(True)
        for column, (key, caption) in enumerate(captions):
            title = QLabel(caption, self)
            value = QLabel("–", self)
            value.setFont(bold)
            value.setAccessibleName(caption)
            title.setBuddy(value)
            terms = {"represented": "pouvoir", "correspondence": "vote_par_correspondance",
                     "required": "quorum"}
            if key in terms:
                explain(title, terms[key])
            counts.addWidget(title, 0, column, Qt.AlignmentFlag.AlignHCenter)
            counts.addWidget(value, 1, column, Qt.AlignmentFlag.AlignHCenter)
            self.values[key] = value

        top = QHBoxLayout()
        top.addWidget(self.verdict)
        top.addWidget(self.sentence, 1)
        top.addWidget(self.second_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(counts)
        layout.addWidget(self.reasons)
        self.set_result(None, None, "fr")

    def set_result(self, result: QuorumResult | None, meeting: Meeting | None, lang: str) -> None:
        """Show ``result`` for ``meeting`` (``None``: no meeting, nothing to show)."""
        if result is None or meeting is None:
            self._paint_verdict(self.tr("Quorum: no meeting"), None)
            self.sentence.setText("")
            for value in self.values.values():
                value.setText("–")
            self.reasons.hide()
            self.second_button.hide()
            return
        verdict = self.tr("✔ Quorum met") if result.met else self.tr("✘ Quorum not met")
        self._paint_verdict(verdict, result.met)
        sentence = quorum_sentence(result, meeting, lang)
        self.sentence.setText(sentence)
        for key in self.values:
            self.values[key].setText(show_int(int(getattr(result, key)), lang))
        reasons = [render_finding(f, lang) for f in result.reasons]
        self.reasons.setText("\n".join(f"• {r}" for r in reasons))
        self.reasons.setVisible(bool(reasons))
        self.second_button.setVisible(not result.met and meeting.convocation is Convocation.FIRST)
        self.setAccessibleDescription("\n".join([verdict, sentence, *reasons]))

    def _paint_verdict(self, text: str, met: bool | None) -> None:
        self.verdict.setText(text)
        self.verdict.setAccessibleName(text)
        palette = self.palette()
        if met is not None:
            roles = MET_COLOURS if met else NOT_MET_COLOURS
            foreground, background = theme.qcolour(roles[0]), theme.qcolour(roles[1])
            palette.setColor(QPalette.ColorRole.Window, background)
            palette.setColor(QPalette.ColorRole.WindowText, foreground)
        self.verdict.setPalette(palette)

    def verdict_text(self) -> str:
        """The verdict shown ("Quorum met"...), for tests and screen readers."""
        return self.verdict.text()
