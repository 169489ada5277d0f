# SPDX-License-Identifier: GPL-3.0-or-later
"""The auditor mode: an archive bundle opened read-only, its verification, its contents.

Nothing here touches a database: the window reads one ZIP file through
:mod:`talagov.verifier` and writes only the files the auditor asks for (the
verification report) and copies extracted to a temporary folder for viewing.
"""
