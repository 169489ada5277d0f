# SPDX-License-Identifier: GPL-3.0-or-later
"""The French catalogue is complete, current with the sources, and compiled; Qt's own
French catalogue is found."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from tests.gui.catalogue import ROOT, TS, problems

QM = TS.with_suffix(".qm")


def _tool(name: str) -> str | None:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


def test_every_french_entry_is_translated_with_the_same_placeholders_and_tags() -> None:
    assert problems(TS) == []


def test_the_check_sees_untranslated_entries_and_differing_placeholders(tmp_path: Path) -> None:
    ts = tmp_path / "fr.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR">
<context><name>Page</name>
<message><source>Save</source><translation type="unfinished"></translation></message>
<message><source>%1 of %2</source><translation>%1 sur</translation></message>
<message><source>{count} shares</source><translation>{nombre} parts</translation></message>
<message numerus="yes"><source>%Ln member(s)</source><translation>
  <numerusform>%Ln sociétaire</numerusform><numerusform>sociétaires</numerusform></translation></message>
<message><source>&lt;b&gt;%1&lt;/b&gt; left</source><translation>%1 restant</translation></message>
<message><source>Old</source><translation type="vanished">Ancien</translation></message>
<message><source>Kept</source><translation>Gardé</translation></message>
</context></TS>""", encoding="utf-8")
    assert [(source, why.split(":")[0]) for _context, source, why in problems(ts)] == [
        ("Save", "untranslated"), ("%1 of %2", "placeholders"), ("{count} shares", "placeholders"),
        ("%Ln member(s)", "placeholders"), ("<b>%1</b> left", "tags")]


def test_no_source_string_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "talagov" / "gui").rglob("*.py"))
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    assert problems(copy) == [], "translate, then run python resources/i18n/update.py"
    # an empty context means lupdate could not see which context a string belongs to:
    # such a string is never translated at run time
    names = [c.findtext("name") for c in ET.parse(copy).getroot().findall("context")]
    assert "" not in names and None not in names


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    lrelease = _tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / "fr.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run python resources/i18n/update.py"


def test_qt_own_french_catalogue_comes_with_pyside6() -> None:
    # QDialogButtonBox and QMessageBox buttons, context menus of text fields, the
    # calendar: Qt's texts, translated by qtbase_fr (a frozen bundle must ship it).
    directory = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    assert translator.load("qtbase_fr", directory), directory
    assert translator.translate("QPlatformTheme", "Cancel") == "Annuler"
