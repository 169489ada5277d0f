# SPDX-License-Identifier: GPL-3.0-or-later
"""TalaGov: governance of cooperatives (registers, meetings, signed votes, archives)."""

__version__ = "0.1.0"
