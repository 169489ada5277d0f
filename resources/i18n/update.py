# SPDX-License-Identifier: GPL-3.0-or-later
"""Refresh the translation catalogues from the GUI sources and compile them.

Run from anywhere: ``python resources/i18n/update.py``. It runs ``pyside6-lupdate``
over every Python file of ``talagov/gui`` (English source strings; existing
translations are kept, vanished ones marked obsolete), then ``pyside6-lrelease``
to write the ``.qm`` files loaded at start-up. Translate new entries with
``pyside6-linguist resources/i18n/talagov_fr.ts`` and run this script again.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("fr",)


def tool(name: str) -> str:
    """The PySide6 tool next to the running interpreter, else on the PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def main() -> int:
    """Update and compile every catalogue; returns the exit code."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "talagov" / "gui").rglob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"talagov_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        *sources, "-ts", str(ts)], cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
