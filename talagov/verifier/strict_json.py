# SPDX-License-Identifier: GPL-3.0-or-later
"""Strict JSON for untrusted bundle members.

Python's :func:`json.loads` is lenient where a verifier must not be: it keeps the last
of two equal keys (so two readers of one file could see different values), accepts
``NaN`` and ``Infinity``, turns ``1e999`` into infinity and lets lone UTF-16 surrogates
through (text that cannot be written back as UTF-8). :func:`load_json` refuses all of
those, and a member too large or nested too deeply, with a ``bundle.*`` code naming
the member.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from talagov.core import bundle_format as fmt
from talagov.verifier.report import BundleUnreadable
from talagov.verifier.zip_members import shown

# A \uD800–\uDFFF escape: only then can a lone surrogate reach the decoded text.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _NotFinite(ValueError):
    pass


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # in C: a data file holds thousands of objects
    if len(result) == len(pairs):
        return result
    seen: set[str] = set()
    for key, _ in pairs:  # fewer keys than pairs: find the first one written twice
        if key in seen:
            break
        seen.add(key)
    raise _DuplicateKey(key)


def _constant(name: str) -> float:
    raise _NotFinite(name)  # NaN, Infinity, -Infinity: not JSON (RFC 8259)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(text)  # 1e999 would silently become infinity
    return value


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


_NOT_WRITTEN = object()
# What json.loads / json.dumps build on every call given these arguments, built once.
_FINITE = json.JSONDecoder(parse_constant=_constant, parse_float=_float)
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _as_written(text: str) -> Any:
    """The value of ``text`` when ``text`` is exactly how :func:`json.dumps` writes it
    (compact, keys in the order read, UTF-8 as is): what TalaGov's RFC 8785 files are.
    :data:`_NOT_WRITTEN` for anything else, and for anything the strict parse could
    refuse, which is then left to it.

    Parsed without the duplicate-key hook (a Python call per object: a data file holds
    tens of thousands), which is safe here: a repeated key keeps one value in the
    parsed object, whose writing then has one pair less than ``text``, and a lone
    surrogate escape is written back as the character, not as the escape. NaN,
    Infinity and 1e999 are refused by the same hooks as the strict parse.
    """
    try:
        value = _FINITE.decode(text)
        written = _COMPACT.encode(value)
    except (ValueError, RecursionError, UnicodeEncodeError):  # the strict parse says why
        return _NOT_WRITTEN
    return value if written == text else _NOT_WRITTEN


def load_json(name: str, data: bytes) -> Any:
    """The JSON value of member ``name`` (its bytes ``data``), strictly parsed.

    Raises:
        BundleUnreadable: ``bundle.json_too_large`` (above ``MAX_JSON_SIZE``),
            ``bundle.json_encoding`` (not UTF-8, or a lone surrogate escape),
            ``bundle.bad_json`` (syntax, with line and column),
            ``bundle.json_duplicate_key``, ``bundle.json_not_finite``,
            ``bundle.json_number_too_long``, ``bundle.json_too_deep``.
    """
    member = shown(name)
    if len(data) > fmt.MAX_JSON_SIZE:
        raise BundleUnreadable("bundle.json_too_large",
                               {"name": member, "size": len(data), "limit": fmt.MAX_JSON_SIZE})
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleUnreadable("bundle.json_encoding", {"name": member}) from None
    value = _as_written(text)
    if value is not _NOT_WRITTEN:
        return value
    try:
        value = json.loads(text, object_pairs_hook=_object, parse_constant=_constant,
                           parse_float=_float)
    except _DuplicateKey as exc:
        raise BundleUnreadable("bundle.json_duplicate_key",
                               {"name": member, "key": shown(exc.key)}) from None
    except _NotFinite:
        raise BundleUnreadable("bundle.json_not_finite", {"name": member}) from None
    except json.JSONDecodeError as exc:
        raise BundleUnreadable("bundle.bad_json",
                               {"name": member, "line": exc.lineno, "column": exc.colno}) from None
    except RecursionError:
        raise BundleUnreadable("bundle.json_too_deep", {"name": member}) from None
    except ValueError:
        # int() refuses integers of more than sys.get_int_max_str_digits() digits.
        raise BundleUnreadable("bundle.json_number_too_long", {"name": member}) from None
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise BundleUnreadable("bundle.json_encoding", {"name": member})
    return value
