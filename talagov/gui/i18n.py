# SPDX-License-Identifier: GPL-3.0-or-later
"""Languages of the interface: translators, resource lookup, placeholders, value display.

Source strings are English; French is the default language. Translatable text is
never built with f-strings: it carries Qt-style ``%1``, ``%2`` placeholders filled by
:func:`arg` after translation, and plurals use ``%n`` (``QCoreApplication.translate("%n member(s)", "", n)``).
Labels of core enums are declared here once so every page shows the same words.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from talagov.core.members import CategoryRole, ExitCause, PersonKind
from talagov.messages import format_date, format_int

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

_PACKAGE = Path(__file__).resolve().parents[1]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, in the source tree or in the installed wheel.

    The wheel maps the top-level ``resources/`` folder to ``talagov/_resources``
    (pyproject ``force-include``); a source checkout has it next to the package.
    """
    for root in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _PACKAGE.parent.joinpath("resources", *parts)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install Qt's own ``qtbase`` catalogue and ours for ``lang``.

    Returns the translators, which the caller must keep alive (Qt does not own them).
    English needs no catalogue: it is the source language.
    """
    installed: list[QTranslator] = []
    # Qt's own widgets (calendar popups, spin boxes) follow the default locale.
    QLocale.setDefault(QLocale("fr_FR" if lang == "fr" else "en_GB"))
    if lang == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = str(resource_path("i18n"))
    # Qt's catalogue comes with PySide6; a frozen bundle that could not keep Qt's layout
    # may ship it next to ours instead.
    candidates = [(f"qtbase_{lang}", (qt_dir, ours)), (f"talagov_{lang}", (ours,))]
    for name, directories in candidates:
        translator = QTranslator(app)
        if any(translator.load(name, directory) for directory in directories):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def arg(text: str, *values: object) -> str:
    """Fill ``%1``..``%9`` in a translated string (highest first, so %1 never eats %10)."""
    for index in range(len(values), 0, -1):
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def show_date(value: date | None, lang: str) -> str:
    """A date as the interface shows it (``22/11/2026`` in French), empty for none."""
    return format_date(value, lang) if value is not None else ""


def show_datetime(value: datetime, lang: str) -> str:
    """A date and time as the interface shows them (``22/11/2026 10:05`` in French)."""
    return f"{show_date(value.date(), lang)} {value:%H:%M}"


def show_int(value: int, lang: str) -> str:
    """An integer with the language's thousands separator."""
    return format_int(value, lang)


def date_display_format(lang: str) -> str:
    """The Qt display format of date edits."""
    return "dd/MM/yyyy" if lang == "fr" else "yyyy-MM-dd"


def person_kind_label(kind: PersonKind) -> str:
    """"Person" or "Legal entity", translated."""
    if kind is PersonKind.LEGAL:
        return QCoreApplication.translate("Labels", "Legal entity")
    return QCoreApplication.translate("Labels", "Person")


def exit_cause_labels() -> dict[ExitCause, str]:
    """Every exit cause with its translated label, in display order."""
    return {
        ExitCause.RESIGNATION: QCoreApplication.translate("Labels", "Resignation"),
        ExitCause.EXCLUSION: QCoreApplication.translate("Labels", "Exclusion"),
        ExitCause.DEATH: QCoreApplication.translate("Labels", "Death"),
        ExitCause.RETIREMENT: QCoreApplication.translate("Labels", "Retirement"),
        ExitCause.ECONOMIC_DISMISSAL: QCoreApplication.translate("Labels", "Economic dismissal"),
        ExitCause.INVALIDITY: QCoreApplication.translate("Labels", "Invalidity"),
        ExitCause.END_OF_EMPLOYMENT: QCoreApplication.translate("Labels", "End of employment"),
        ExitCause.DISSOLUTION: QCoreApplication.translate("Labels", "Dissolution"),
        ExitCause.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


def category_role_labels() -> dict[CategoryRole, str]:
    """Every category role with its translated label."""
    return {
        CategoryRole.EMPLOYEE: QCoreApplication.translate("Labels", "Employees"),
        CategoryRole.BENEFICIARY: QCoreApplication.translate("Labels", "Beneficiaries"),
        CategoryRole.PRODUCER: QCoreApplication.translate("Labels", "Producers"),
        CategoryRole.VOLUNTEER: QCoreApplication.translate("Labels", "Volunteers"),
        CategoryRole.PUBLIC_BODY: QCoreApplication.translate("Labels", "Public bodies"),
        CategoryRole.PARTNER: QCoreApplication.translate("Labels", "Partners"),
        CategoryRole.FOUNDER: QCoreApplication.translate("Labels", "Founders"),
        CategoryRole.OTHER: QCoreApplication.translate("Labels", "Other"),
    }


# gui/errors.py calls ``QCoreApplication.translate`` through an alias that lupdate
# cannot follow; declaring its texts here puts them in the catalogue.
_ERRORS_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "TalaGov"),
    QT_TRANSLATE_NOOP("Errors", "Unexpected error"),
    QT_TRANSLATE_NOOP("Errors", "Something went wrong. Nothing was saved by the failed action. "
                                "Please report the details below."),
)


def to_qdate(value: date) -> QDate:
    """A Python date as a ``QDate`` (typed, unlike PySide's implicit conversion)."""
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    """A ``QDate`` as a Python date."""
    return date(value.year(), value.month(), value.day())
