# SPDX-License-Identifier: GPL-3.0-or-later
"""The bundle's data files decoded into core values, each one checked to be exactly
what TalaGov writes.

Each ``data/*.json`` is read strictly (:meth:`talagov.verifier.reader.BundleFiles.json`)
and decoded by its ``core.bundle_codec_*`` reader; its bytes must then be the RFC 8785
form of what the decoded values encode to, so that a list reordered, a key re-spelt
or a value written differently is an alteration even before its meaning is checked.
A file that cannot be decoded is one failed line; the checks that need it are then
left out (the verification fails in any case).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from talagov.core import bundle_format as bf
from talagov.core.bundle_codec import CODECS, Decode, Encode
from talagov.core.bundle_model import BundleContents, BundleDataError
from talagov.core.canonical import canonical
from talagov.core.journal import JournalRecord, records_from_value
from talagov.core.statutes import Convocation, MeetingKind
from talagov.verifier.lines import failed, ok
from talagov.verifier.reader import BundleFiles
from talagov.verifier.report import Area, BundleUnreadable, CheckLine

_A = Area.MANIFEST

@dataclass(frozen=True)
class Decoded:
    """What the data files gave: the contents when every file decoded, the journal."""

    contents: BundleContents | None
    journal: tuple[JournalRecord, ...] | None


def written_as(value: object, data: bytes) -> bool:
    """Whether ``data`` is the RFC 8785 form of ``value``.

    For what data files hold (objects, lists, strings, integers up to 2^53, no floats)
    ``json.dumps`` with sorted keys and no spaces writes the RFC 8785 bytes, in C: a
    bundle with thousands of ballots is checked at the speed of its hashing. Only when
    the two differ is the canonical serialiser asked (keys beyond the BMP sort
    differently in RFC 8785).
    """
    try:
        fast = json.dumps(value, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError):  # a lone surrogate, an odd type
        fast = b""
    if fast == data:
        return True
    try:
        return canonical(value) == data
    except ValueError:
        return False


def _decode(name: str, files: BundleFiles, codec: tuple[Decode, Encode]
            ) -> tuple[Any, CheckLine | None]:
    if name not in files:
        return None, failed(_A, "verify.data.missing", name)
    try:
        value = codec[0](files.json(name))
    except BundleUnreadable as exc:  # not JSON, or not strict JSON: that file fails
        return None, failed(_A, exc.code, name, **exc.params)
    except BundleDataError as exc:
        return None, failed(_A, "verify.data.malformed", name, detail=exc.detail)
    if not written_as(codec[1](value), files.read(name)):
        return value, failed(_A, "verify.data.not_canonical", name)
    return value, None


def _journal(files: BundleFiles) -> tuple[tuple[JournalRecord, ...] | None, CheckLine | None]:
    if bf.JOURNAL not in files:
        return None, failed(_A, "verify.data.missing", bf.JOURNAL)
    data = files.read(bf.JOURNAL)
    try:
        value = files.json(bf.JOURNAL)  # strict JSON: no duplicate key, NaN or infinity
        records = records_from_value(value)
    except BundleUnreadable as exc:  # not strict JSON
        return None, failed(_A, exc.code, bf.JOURNAL, **exc.params)
    except ValueError as exc:
        return None, failed(_A, "verify.data.malformed", bf.JOURNAL, detail=str(exc))
    # records_from_file is strict about keys and types: the file is what
    # records_to_file writes exactly when it is in canonical form.
    if not written_as(value, data):
        return records, failed(_A, "verify.data.not_canonical", bf.JOURNAL)
    return records, None


def _complete(contents: BundleContents) -> bool:
    """Whether the statutes give the rules every check applies: an ordinary and an
    extraordinary general assembly's and a board's (at first convocation, which a
    second one falls back to), as every preset and every version TalaGov saves does."""
    meetings = contents.organisation.statutes.meetings
    return all((kind, Convocation.FIRST) in meetings
               for kind in (MeetingKind.AGO, MeetingKind.AGE, MeetingKind.BOARD))


def decode_contents(files: BundleFiles) -> tuple[Decoded, list[CheckLine]]:
    """Every data file decoded; one failed line per file that is missing, not strict
    JSON, not of this format, or not written as TalaGov writes it."""
    values: list[Any] = []
    lines: list[CheckLine] = []
    for name, codec in CODECS.items():
        value, problem = _decode(name, files, codec)
        values.append(value)
        if problem is not None:
            lines.append(problem)
    journal, problem = _journal(files)
    if problem is not None:
        lines.append(problem)
    contents = None if any(v is None for v in values) else BundleContents(*values)
    if contents is not None and not _complete(contents):
        lines.append(failed(_A, "verify.data.statutes_incomplete", bf.ORGANISATION))
        contents = None
    if not lines:
        lines.append(ok(_A, "verify.data.ok", "data/", count=len(CODECS) + 1))
    return Decoded(contents, journal), lines
