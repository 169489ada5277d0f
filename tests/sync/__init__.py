# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared-folder sync: several installs, a simulated sync engine, a real Syncthing pair."""
