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

#: The data members this module encodes and decodes (every ``data/*.json`` but the journal).
DATA_MEMBERS = (bf.ORGANISATION, bf.ROLL, bf.MEETING, bf.CONVOCATIONS, bf.ATTENDANCE,
                bf.PROXIES, bf.POLLS, bf.MINUTES, bf.KEYS)


def encode_contents(contents: BundleContents) -> dict[str, dict[str, Any]]:
    """Member name -> JSON object of each data file (serialise with ``canonical``)."""
    c = contents
    return {
        bf.ORGANISATION: encode_organisation(c.organisation), bf.ROLL: encode_roll(c.roll),
        bf.MEETING: encode_meeting(c.meeting), bf.CONVOCATIONS: encode_convocations(c.convocations),
        bf.ATTENDANCE: encode_attendance(c.attendance), bf.PROXIES: encode_proxies(c.proxies),
        bf.POLLS: encode_polls(c.polls), bf.MINUTES: encode_minutes(c.minutes),
        bf.KEYS: encode_keys(c.keys),
    }  # fmt: skip


def decode_contents(json_of: Callable[[str], object]) -> BundleContents:
    """Every data file read through ``json_of(member name) -> parsed JSON``.

    Raises:
        BundleDataError: the first file that is not what this version reads (whatever
            ``json_of`` raises for a missing or unparsable member goes through).
    """
    return BundleContents(
        organisation=decode_organisation(json_of(bf.ORGANISATION)),
        roll=decode_roll(json_of(bf.ROLL)), meeting=decode_meeting(json_of(bf.MEETING)),
        convocations=decode_convocations(json_of(bf.CONVOCATIONS)),
        attendance=decode_attendance(json_of(bf.ATTENDANCE)),
        proxies=decode_proxies(json_of(bf.PROXIES)), polls=decode_polls(json_of(bf.POLLS)),
        minutes=decode_minutes(json_of(bf.MINUTES)), keys=decode_keys(json_of(bf.KEYS)),
    )  # fmt: skip
