# SPDX-License-Identifier: GPL-3.0-or-later
"""Read PDFs back in tests: pypdf when installed, else poppler's tools, else skip."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def _run(tool: str, data: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(data)
        done = subprocess.run([tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
                              capture_output=True, check=True)  # fmt: skip
        return done.stdout.decode("utf-8")


def pdf_text(data: bytes) -> str:
    """The text of every page, no-break spaces turned into spaces (skips without a tool).

    poppler's ``pdftotext -layout`` first (``packaging/bootstrap.sh test`` installs it),
    as the tests read table rows line by line; pypdf only where poppler is missing.
    """
    if shutil.which("pdftotext"):
        text = _run("pdftotext", data, "-layout", "-enc", "UTF-8")
    elif importlib.util.find_spec("pypdf") is not None:
        import io

        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() for page in reader.pages)
    else:
        pytest.skip("neither pdftotext nor pypdf is available")
    return text.translate(_SPACES)


def pdf_fonts(data: bytes) -> list[tuple[str, bool]]:
    """``(name, embedded)`` for every font the PDF references (skips without pdffonts)."""
    if not shutil.which("pdffonts"):
        pytest.skip("pdffonts is not available")
    lines = _run("pdffonts", data).splitlines()[2:]
    # Columns: name type [type] encoding emb sub uni object ID; "emb" is 5th from the end.
    return [(line.split()[0], line.split()[-5] == "yes") for line in lines if line.strip()]
