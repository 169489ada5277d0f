# SPDX-License-Identifier: GPL-3.0-or-later
"""The French catalogue is complete, current with the sources, and compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "talagov_fr.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def _tool(name: str) -> str | None:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


def _untranslated_or_mismatched(ts: Path) -> list[tuple[str, str, str]]:
    problems = []
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                if translation.get("type") == "unfinished" or not text.strip():
                    problems.append((name, source, "untranslated"))
                elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                    problems.append((name, source, text))
    return problems


def test_every_french_entry_is_translated_with_the_same_placeholders() -> None:
    assert _untranslated_or_mismatched(TS) == []


def test_no_source_string_is_missing_from_the_catalogue(tmp_path: Path) -> None:
    lupdate = _tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "talagov" / "gui").rglob("*.py"))
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    assert _untranslated_or_mismatched(copy) == []
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
