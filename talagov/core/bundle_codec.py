# SPDX-License-Identifier: GPL-3.0-or-later
"""Every data file of a bundle at once: :func:`encode_contents` gives the JSON object of
each ``data/*.json`` member (the journal aside, written by ``core.journal``), and
:func:`decode_contents` reads them all back through a caller's JSON reader.

The per-file codecs live in ``bundle_codec_org`` (organisation, roll, convocations),
``bundle_codec_meeting``, ``bundle_codec_session`` (attendance, proxies),
``bundle_codec_polls`` and ``bundle_codec_minutes`` (minutes, keys).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.bundle_codec_meeting import decode_meeting, encode_meeting
from talagov.core.bundle_codec_minutes import (
    decode_keys,
    decode_minutes,
    encode_keys,
    encode_minutes,
)
from talagov.core.bundle_codec_org import (
    decode_convocations,
    decode_organisation,
    decode_roll,
    encode_convocations,
    encode_organisation,
    encode_roll,
)
from talagov.core.bundle_codec_polls import decode_polls, encode_polls
from talagov.core.bundle_codec_session import (
    decode_attendance,
    decode_proxies,
    encode_attendance,
    encode_proxies,
)
from talagov.core.bundle_model import BundleContents

Decode = Callable[[object], Any]
Encode = Callable[[Any], dict[str, Any]]

#: Data member -> (decode, encode), in the order of :class:`BundleContents`' fields
#: (every ``data/*.json`` but the journal). The exporter and the verifier both go
#: through this table.
CODECS: dict[str, tuple[Decode, Encode]] = {
    bf.ORGANISATION: (decode_organisation, encode_organisation),
    bf.ROLL: (decode_roll, encode_roll),
    bf.MEETING: (decode_meeting, encode_meeting),
    bf.CONVOCATIONS: (decode_convocations, encode_convocations),
    bf.ATTENDANCE: (decode_attendance, encode_attendance),
    bf.PROXIES: (decode_proxies, encode_proxies),
    bf.POLLS: (decode_polls, encode_polls),
    bf.MINUTES: (decode_minutes, encode_minutes),
    bf.KEYS: (decode_keys, encode_keys),
}

#: The data members this module encodes and decodes.
DATA_MEMBERS = tuple(CODECS)
_FIELDS = tuple(f.name for f in fields(BundleContents))


def encode_contents(contents: BundleContents) -> dict[str, dict[str, Any]]:
    """Member name -> JSON object of each data file (serialise with ``canonical``)."""
    return {name: encode(getattr(contents, field))
            for (name, (_, encode)), field in zip(CODECS.items(), _FIELDS, strict=True)}


def decode_contents(json_of: Callable[[str], object]) -> BundleContents:
    """Every data file read through ``json_of(member name) -> parsed JSON``.

    Raises:
        BundleDataError: the first file that is not what this version reads (whatever
            ``json_of`` raises for a missing or unparsable member goes through).
    """
    values = {field: decode(json_of(name))
              for (name, (decode, _)), field in zip(CODECS.items(), _FIELDS, strict=True)}
    return BundleContents(**values)
