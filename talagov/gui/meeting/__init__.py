# SPDX-License-Identifier: GPL-3.0-or-later
"""The meeting workspace: one tab per stage of the journey (preparation, convocation, session)."""
