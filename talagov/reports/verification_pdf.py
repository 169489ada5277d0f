# SPDX-License-Identifier: GPL-3.0-or-later
"""The verification report of an archive bundle, as a portrait A4 PDF.

What an auditor files with their opinion: which archive was checked (its file name,
the organisation, the meeting, when it was exported and by what), the fingerprint of
the organisation's key in the 16 groups printed on paper, when the check ran, the
verdict, then every check grouped by area — its outcome as a symbol *and* a word (the
page may be printed in black and white) and the verifier's explanation, worded by the
same catalogue as ``talagov verify``. Pages are numbered « Page n / N ».

Only the embedded DejaVu fonts; the same verification checked at the same time always
gives the same bytes (invariant mode, dated with the check, never the clock).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import HRFlowable, KeepTogether, Paragraph
from reportlab.platypus.flowables import Flowable

from talagov import __version__
from talagov.messages import format_int, render
from talagov.reports.bilingual import Texts, fill
from talagov.reports.convocation_texts import hour, long_date
from talagov.reports.fonts import FontNames
from talagov.reports.minutes_blocks import (
    GRID,
    WIDTH,
    Styles,
    fingerprints,
    grid,
    heading,
    para,
)
from talagov.reports.minutes_pdf import Pages
from talagov.reports.minutes_pdf import render as render_pages
from talagov.reports.minutes_texts import worded_date
from talagov.verifier.report import Area, CheckLine, Status, Verification
from talagov.verifier.subjects import render_subject

TEXTS: Texts = {
    "title": ("Rapport de vérification d'une archive", "Verification report of an archive"),
    "bundle": ("Fichier vérifié", "File checked"),
    "organisation": ("Organisation", "Organisation"),
    "meeting": ("Réunion", "Meeting"),
    "meeting.value": ("{title} — {date}", "{title} — {date}"),
    "exported": ("Exportée le", "Exported on"),
    "generator": ("Produite par", "Produced by"),
    "checked": ("Vérifiée le", "Checked on"),
    "verifier": ("Vérifiée avec", "Checked with"),
    "verifier.value": ("TalaGov {version}", "TalaGov {version}"),
    "fingerprint": ("Empreinte de la clé de l'organisation", "Fingerprint of the organisation's key"),
    "fingerprint.hint": (
        "À comparer avec l'empreinte imprimée sur la convocation et sur le procès-verbal\u00a0: "
        "si elles diffèrent, l'archive n'a pas été signée par la clé de l'organisation que vous "
        "connaissez.",
        "Compare it with the fingerprint printed on the convocation and on the minutes: if they "
        "differ, the archive was not signed by the organisation's key you know."),
    "verdict.ok": ("Toutes les vérifications sont satisfaites ({total}).",
                   "Every check holds ({total})."),
    "verdict.failed": (
        "{failed} sur {total} en échec\u00a0: cette archive ne prouve pas ce qu'elle affirme.",
        "{failed} of {total} failed: this archive does not prove what it says."),
    "checks.one": ("{count} vérification", "{count} check"),
    "checks.many": ("{count} vérifications", "{count} checks"),
    "warnings.one": ("{count} avertissement à lire.", "{count} warning to read."),
    "warnings.many": ("{count} avertissements à lire.", "{count} warnings to read."),
    "failures": ("Ce qui a échoué", "What failed"),
    "area.count": ("{area} — {checks}", "{area} — {checks}"),
    "area.failed": ("{area} — {failed} en échec sur {count}", "{area} — {failed} of {count} failed"),
    "col.status": ("Résultat", "Outcome"),
    "col.check": ("Vérification", "Check"),
    "status.ok": ("Satisfaite", "Holds"),
    "status.failed": ("Échec", "Failed"),
    "status.warning": ("Avertissement", "Warning"),
    "where": ("{file} — {subject}", "{file} — {subject}"),
    "at": ("{date} à {hour}", "{date} at {hour}"),
    "footer": ("Rapport de vérification — {organisation} — {bundle}",
               "Verification report — {organisation} — {bundle}"),
    "subject": ("Vérification de l'archive {bundle}", "Verification of the archive {bundle}"),
    "keywords": ("vérification, archive, {organisation}", "verification, archive, {organisation}"),
}
SYMBOLS = {Status.OK: "✓", Status.FAILED: "✗", Status.WARNING: "!"}
INKS = {Status.OK: colors.Color(0.106, 0.369, 0.125), Status.FAILED: colors.Color(0.643, 0.086, 0.102),
        Status.WARNING: colors.Color(0.478, 0.29, 0.0)}  # the window's colours
_CHUNK = 120  # rows per table: reportlab splits long tables in quadratic time


def t(key: str, lang: str, **params: Any) -> str:
    """The template ``key`` in ``lang`` with ``params`` filled in."""
    return fill(TEXTS, key, lang, params)


def counted(stem: str, count: int, lang: str) -> str:
    """« 1 vérification », « 42 checks » (French counts 0 and 1 as singular)."""
    singular = count <= 1 if lang == "fr" else count == 1
    return t(f"{stem}.{'one' if singular else 'many'}", lang, count=format_int(count, lang))


def _header(v: Verification, bundle_name: str, checked_at: datetime, lang: str,
            st: Styles, fonts: FontNames) -> list[Flowable]:  # fmt: skip
    m = v.manifest
    rows = [
        (t("bundle", lang), bundle_name),
        (t("organisation", lang), m.organisation),
        (t("meeting", lang), t("meeting.value", lang, title=m.meeting_title,
                               date=worded_date(m.meeting_date, lang))),
        (t("exported", lang), _when(m.exported_at, lang)),
        (t("generator", lang), m.generator),
        (t("checked", lang), long_date_time(checked_at, lang)),
        (t("verifier", lang), t("verifier.value", lang, version=__version__)),
    ]
    cells = [[para(label, st["head"]), para(value, st["cell"])] for label, value in rows]
    return [
        para(m.organisation, st["org"]),
        HRFlowable(width="100%", thickness=0.6, color=GRID, spaceBefore=2, spaceAfter=4),
        para(t("title", lang), st["title"]),
        grid(cells, [130.0, WIDTH - 130], fonts, header=False),
        KeepTogether([fingerprints([(t("fingerprint", lang), v.organisation_fingerprint)], st),
                      para(t("fingerprint.hint", lang), st["note"])]),
    ]


def long_date_time(value: datetime, lang: str) -> str:
    """« dimanche 22 novembre 2026 à 10 h 05 » / « Sunday 22 November 2026 at 10:05 »."""
    return t("at", lang, date=long_date(value.date(), lang), hour=hour(value.time(), lang))


def _when(iso: str, lang: str) -> str:
    """An ISO date or date-time as words; anything else as given (it is untrusted text)."""
    try:
        value = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return long_date_time(value, lang) if "T" in iso else worded_date(iso[:10], lang)


def _verdict(v: Verification, lang: str, st: Styles) -> Paragraph:
    total, failed = len(v.lines), len(v.failures)
    warnings = sum(1 for line in v.lines if line.status is Status.WARNING)
    checks = counted("checks", total, lang)
    text = (t("verdict.failed", lang, failed=format_int(failed, lang), total=checks) if failed
            else t("verdict.ok", lang, total=checks))  # fmt: skip
    if warnings:
        text += " " + counted("warnings", warnings, lang)
    style = st["decision"].clone("verdict", fontSize=12, leading=16, spaceBefore=10,
                                 textColor=INKS[Status.FAILED if failed else Status.OK])
    return para(text, style)


def _where(line: CheckLine, lang: str) -> str:
    if line.file and line.subject:
        return t("where", lang, file=line.file, subject=render_subject(line.subject, lang))
    return line.file or render_subject(line.subject, lang)


def _area(area: Area, lines: Sequence[CheckLine], lang: str, st: Styles,
          fonts: FontNames) -> list[Flowable]:  # fmt: skip
    failed = sum(1 for line in lines if line.status is Status.FAILED)
    name = render(f"verify.area.{area.value}", {}, lang)  # as ``talagov verify`` says it
    title = (t("area.failed", lang, area=name, failed=format_int(failed, lang),
               count=format_int(len(lines), lang)) if failed
             else t("area.count", lang, area=name, checks=counted("checks", len(lines), lang)))
    return [*heading(title, st), *_tables(lines, lang, st, fonts)]


def _tables(lines: Sequence[CheckLine], lang: str, st: Styles,
            fonts: FontNames) -> list[Flowable]:  # fmt: skip
    head = [para(t("col.status", lang), st["head"]), para(t("col.check", lang), st["head"])]
    where_style = st["note"].clone("where", fontSize=7.5, leading=9.5, spaceAfter=0)
    rows = []
    for line in lines:
        outcome = st["cell"].clone(f"status-{line.status.value}", textColor=INKS[line.status],
                                   fontName=fonts.bold)
        # The file and subject under the explanation, across the width: ballot files
        # are named by a 64-digit fingerprint.
        check: list[Flowable] = [para(render(line.code, line.params, lang),
                                      outcome if line.status is Status.FAILED else st["cell"])]
        where = _where(line, lang)
        if where:
            check.append(para(where, where_style))
        rows.append([para(f"{SYMBOLS[line.status]} {t(f'status.{line.status.value}', lang)}",
                          outcome), check])
    widths = [96.0, WIDTH - 96]
    out: list[Flowable] = []
    for start in range(0, len(rows), _CHUNK):
        out.append(grid([head, *rows[start:start + _CHUNK]], widths, fonts))
    return out


def verification_pdf(verification: Verification, *, bundle_name: str, checked_at: datetime,
                     lang: str) -> bytes:  # fmt: skip
    """The report as PDF bytes (the same arguments always give the same bytes).

    Args:
        verification: what :func:`talagov.verifier.api.verify_bundle` found.
        bundle_name: the file name of the archive as the auditor received it.
        checked_at: when the verification ran (local time), printed and stamped.
        lang: ``"fr"`` or ``"en"``, for the report's words and the checks' explanations.

    Raises:
        UserError: ``reports.font_missing`` on a broken installation.
    """
    v, m = verification, verification.manifest
    groups: dict[Area, list[CheckLine]] = {area: [] for area in Area}
    for line in v.lines:
        groups[line.area].append(line)

    def story(st: Styles, fonts: FontNames) -> list[Flowable]:
        out = _header(v, bundle_name, checked_at, lang, st, fonts)
        out.append(_verdict(v, lang, st))
        if v.failures:  # a long report starts with what matters
            out += [*heading(t("failures", lang), st), *_tables(v.failures, lang, st, fonts)]
        for area, lines in groups.items():
            if lines:
                out += _area(area, lines, lang, st, fonts)
        return out

    pages = Pages(
        title=f"{t('title', lang)} — {bundle_name}", author=m.organisation,
        subject=t("subject", lang, bundle=bundle_name),
        keywords=t("keywords", lang, organisation=m.organisation),
        footer=t("footer", lang, organisation=m.organisation, bundle=bundle_name),
        on=checked_at.date(), lang=lang,
    )  # fmt: skip
    return render_pages(story, pages)
