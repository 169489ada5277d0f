# SPDX-License-Identifier: GPL-3.0-or-later
"""``python -m talagov``."""

from talagov.cli.main import main

raise SystemExit(main())
