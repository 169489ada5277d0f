# SPDX-License-Identifier: GPL-3.0-or-later
"""The independent verifier of archive bundles (``talagov verify``).

It imports the core and the messages catalogue only: neither Qt nor SQLAlchemy, nor
the storage, services, reports or GUI layers (tests/test_layering.py), so that an
auditor's check never depends on the secretary's database or interface code.
"""
