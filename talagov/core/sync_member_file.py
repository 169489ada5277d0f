# SPDX-License-Identifier: GPL-3.0-or-later
"""The strict first reading of a file a member's install writes into the shared folder.

Certificate requests (:mod:`talagov.core.sync_request`) and proxies
(:mod:`talagov.core.sync_proxy`) are plain JSON objects, not the organisation's signed
envelope: anyone able to write into the folder may leave one. Before a parser looks at
their fields, the file must be small, UTF-8 JSON (deeply nested arrays refused, not
raised), and an object with exactly the format's keys naming this format and version 1.
"""

from __future__ import annotations

import json
from typing import Any

from talagov.core.errors import UserError
from talagov.core.sync_format import FORMAT_VERSION, MAX_SMALL_FILE


def check_object(value: object, keys: frozenset[str], format: str, *, code: str, kind: str,
                 where: str = "") -> dict[str, Any]:
    """``value`` if it is an object with exactly ``keys`` (``format`` and ``version``
    among them) naming ``format``, version :data:`FORMAT_VERSION`.

    Args:
        code: the error raised, e.g. ``member.proxy_malformed``.
        kind: what the file is, in the detail (``"proxy"`` → ``not a version 1 proxy``).
        where: put before the detail (``"payload: "`` for an object inside the file).

    Raises:
        UserError: ``code`` (``detail`` says what, in English).
    """
    if not isinstance(value, dict) or set(value) != keys:
        raise UserError(code, {"detail": f"{where}missing or unexpected keys"})
    version = value["version"]
    if value["format"] != format or type(version) is not int or version != FORMAT_VERSION:
        raise UserError(code, {"detail": f"{where}not a version 1 {kind}"})
    return value


def read_object(data: bytes, keys: frozenset[str], format: str, *, code: str,
                kind: str) -> dict[str, Any]:
    """The JSON object of a file, checked as :func:`check_object` checks it.

    Raises:
        UserError: ``code``: more than :data:`MAX_SMALL_FILE` bytes, not UTF-8 JSON
            (nested too deep included), or as :func:`check_object`.
    """
    if len(data) > MAX_SMALL_FILE:
        raise UserError(code, {"detail": "file too large"})
    try:
        document = json.loads(data.decode("utf-8"))
    # RecursionError: deeply nested arrays, which anyone may write into the folder.
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise UserError(code, {"detail": "not UTF-8 JSON"}) from exc
    return check_object(document, keys, format, code=code, kind=kind)
