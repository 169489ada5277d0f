# SPDX-License-Identifier: GPL-3.0-or-later
"""TalaGov: governance of cooperatives (registers, meetings, signed votes, archives)."""

__version__ = "0.1.0"
# The project's published source address (About box, pyproject [project.urls] Source):
# the GPL's offer of the corresponding source points here.
SOURCE_URL = "https://codeberg.org/talagov/talagov"
