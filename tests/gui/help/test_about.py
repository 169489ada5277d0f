# SPDX-License-Identifier: GPL-3.0-or-later
"""The About box: version, licence with its text, source address, library versions."""

from __future__ import annotations

import platform
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtWidgets import QPushButton

import talagov
from talagov import SOURCE_URL, __version__
from talagov.gui.help import locate
from talagov.gui.help.about import AboutDialog, LicenceDialog


@pytest.fixture
def about(qtbot) -> AboutDialog:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_version_licence_source_and_versions(about: AboutDialog) -> None:
    assert __version__ in about.title.text()
    assert "GPL-3.0-or-later" in about.licence.text()
    assert f'href="{SOURCE_URL}"' in about.source.text()
    assert SOURCE_URL == "https://codeberg.org/talagov/talagov"
    assert platform.python_version() in about.versions.text()
    assert qVersion() in about.versions.text()
    assert "PySide6" in about.versions.text()
    for button in about.findChildren(QPushButton):
        assert button.toolTip(), button.text()


def test_source_link_opens_in_the_browser(about: AboutDialog, opened: list[QUrl]) -> None:
    about.source.linkActivated.emit(SOURCE_URL)
    assert opened == [QUrl(SOURCE_URL)]


def test_licence_button_shows_the_gpl_text(qtbot, about: AboutDialog) -> None:
    about.licence_button.click()
    dialog = about.licence_dialog
    assert isinstance(dialog, LicenceDialog) and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert dialog.text.isReadOnly()


def test_licence_missing_says_where_to_read_it(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(locate, "license_path", lambda: None)
    dialog = LicenceDialog()
    qtbot.addWidget(dialog)
    assert "gnu.org/licenses/gpl-3.0" in dialog.text.toPlainText()


def test_licence_file_is_found_in_the_checkout() -> None:
    found = locate.license_path()
    assert found is not None and found.read_text(encoding="utf-8").startswith(
        " " * 20 + "GNU GENERAL PUBLIC LICENSE")
    repo = Path(talagov.__file__).resolve().parents[1]
    assert locate.license_candidates()[-1] == repo / "LICENSE"


def test_guide_root_search_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    package = Path(talagov.__file__).resolve().parent
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert locate.guide_candidates() == [package / "_guide", tmp_path / "guide",
                                         package.parent / "docs" / "guide"]
    (tmp_path / "guide").mkdir()
    if not (package / "_guide").is_dir():
        assert locate.guide_root() == tmp_path / "guide"


def test_pyproject_ships_the_licence_and_names_the_source() -> None:
    import tomllib

    repo = Path(talagov.__file__).resolve().parents[1]
    project = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    include = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["LICENSE"] == "talagov/_resources/LICENSE"
    assert project["project"]["urls"]["Source"] == SOURCE_URL
