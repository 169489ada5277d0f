# SPDX-License-Identifier: GPL-3.0-or-later
"""The electorate and bases of a poll as they stood when it closed, stored on the poll.

The data and its strict reader are :mod:`talagov.core.poll_setting_codec` (the bundle
archives the same data); this module keeps it as JSON text in ``poll.setting``.
"""

from __future__ import annotations

import json

from cryptography import x509

from talagov.core.ballot_check import Electorate
from talagov.core.bundle_codec_base import Node
from talagov.core.poll_setting_codec import setting_from_data, setting_of, setting_to_data
from talagov.core.tally import Bases
from talagov.core.tally_codec import stored_text


def setting_to_json(electorate: Electorate, bases: Bases, participants: frozenset[int]) -> str:
    """The JSON text of a poll's electorate (without the CA certificate) and bases."""
    data = setting_to_data(setting_of(electorate, bases, participants))
    return stored_text(data)


def setting_from_json(text: str, ca_certificate: x509.Certificate
                      ) -> tuple[Electorate, Bases, frozenset[int]] | None:
    """What :func:`setting_to_json` stored (``None`` for an empty text: not yet closed).

    Raises:
        ValueError: not a stored poll setting (a ``BundleDataError`` naming the place).
    """
    if not text:
        return None
    data = json.loads(text)
    bases = data.get("bases") if isinstance(data, dict) else None
    if isinstance(bases, dict):  # settings stored before the quorum was frozen with them
        bases.setdefault("quorum_met", None)
        bases.setdefault("quorum_source", "")
    setting = setting_from_data(Node(data, "poll.setting"))
    return setting.electorate(ca_certificate), setting.bases, setting.participants
