# SPDX-License-Identifier: GPL-3.0-or-later
"""A client of an RFC 3161 time-stamping authority (TSA), over HTTP or HTTPS.

pyHanko builds the request and checks the reply's status and nonce; this module only
carries the bytes, with the standard library, for two reasons: the signing code must
tell "no answer" (``tsa_unreachable``) from "an answer, but no token" (``tsa_refused``)
to say plainly why minutes carry no time-stamp, and ``urllib`` honours the system's
proxy settings, as an office network may require. pyHanko is imported lazily (see
``talagov.core.pades``).
"""

from __future__ import annotations

import functools
import http.client
import queue
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import TYPE_CHECKING, Any

from talagov.core.errors import UserError

if TYPE_CHECKING:
    from pyhanko.sign.timestamps.api import TimeStamper

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
MAX_REPLY = 1 << 20  # a token is a few kilobytes; refuse to buffer a runaway answer
MAX_URL = 500


class TsaFailure(Exception):
    """No usable time-stamp token: ``code`` is ``tsa_unreachable`` or ``tsa_refused``."""

    def __init__(self, code: str, detail: str) -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}")

    def __str__(self) -> str:
        return f"{self.code}: {self.detail}"


def check_url(url: str) -> str:
    """The address of a TSA as it will be stored: ``url`` without surrounding blanks.

    It must be an ``http`` or ``https`` address with a host, printable ASCII without
    spaces, at most :data:`MAX_URL` characters, and without a user or password (the
    setting is stored in clear, and shown).

    Raises:
        UserError: ``settings.bad_tsa_url``.
    """
    text = url.strip()
    bad = UserError("settings.bad_tsa_url", {"url": text[:80]})
    if len(text) > MAX_URL or not text.isascii() or not text.isprintable() or " " in text:
        raise bad
    try:
        parts = urllib.parse.urlsplit(text)
        _ = parts.port  # raises on a port that is not a number in 0-65535
    except ValueError as exc:
        raise bad from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname \
            or parts.username is not None or parts.password is not None:
        raise bad
    return text


def post(url: str, query: bytes, timeout: float) -> bytes:
    """POST a DER ``TimeStampReq`` to ``url`` and return the DER reply.

    ``timeout`` bounds the whole exchange (connection, headers and body), not each read
    only: an authority that drips its answer a byte at a time is cut off, and the
    signature goes on without a time-stamp. The exchange runs in a daemon thread, so a
    server that stalls inside the headers cannot hold the caller either.

    Raises:
        TsaFailure: ``tsa_unreachable`` (connection refused, time-out, DNS, broken
            HTTP, an address the network layer cannot use), ``tsa_refused`` (an HTTP
            error status, another content type, an oversized reply).
    """
    deadline = time.monotonic() + timeout
    box: queue.Queue[tuple[bytes, None] | tuple[None, Exception]] = queue.Queue(maxsize=1)

    def work() -> None:
        try:
            box.put((_exchange(url, query, timeout, deadline), None))
        except Exception as exc:  # handed to the caller's thread, raised there
            box.put((None, exc))

    threading.Thread(target=work, name="tsa-post", daemon=True).start()
    try:
        # A little grace past the deadline, so the worker's own, more precise error wins.
        body, error = box.get(timeout=timeout + 0.5)
    except queue.Empty:
        raise TsaFailure("tsa_unreachable", "timed out") from None
    if error is not None:
        raise error
    assert body is not None
    return body


def _exchange(url: str, query: bytes, timeout: float, deadline: float) -> bytes:
    request = urllib.request.Request(url, data=query, method="POST",
                                     headers={"Content-Type": QUERY_TYPE, "Accept": REPLY_TYPE})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            content_type = reply.headers.get_content_type()
            if content_type != REPLY_TYPE:
                raise TsaFailure("tsa_refused", f"content type {content_type}")
            body = _read_bounded(reply, deadline)
    except urllib.error.HTTPError as exc:  # before URLError, its base class
        raise TsaFailure("tsa_refused", f"HTTP {exc.code}") from exc
    except urllib.error.URLError as exc:
        raise TsaFailure("tsa_unreachable", str(exc.reason)) from exc
    except (OSError, http.client.HTTPException) as exc:  # TimeoutError is an OSError
        raise TsaFailure("tsa_unreachable", str(exc) or type(exc).__name__) from exc
    except ValueError as exc:  # a host IDNA cannot encode (an empty label), a bad port
        raise TsaFailure("tsa_unreachable", f"unusable address ({exc})") from exc
    return body


def _read_bounded(reply: Any, deadline: float) -> bytes:
    """The body, read a chunk at a time until :data:`MAX_REPLY` or the deadline."""
    read = getattr(reply, "read1", reply.read)  # read1: whatever has arrived, no waiting for more
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise TsaFailure("tsa_unreachable", "timed out")
        chunk: bytes = read(16_384)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_REPLY:
            raise TsaFailure("tsa_refused", "reply too large")
        chunks.append(chunk)


def refusal(reply: bytes) -> str | None:
    """Why a DER ``TimeStampResp`` grants no token, or ``None`` when it is "granted".

    Read by hand: asn1crypto declares the token mandatory and will not parse a refusal.

    Raises:
        TsaFailure: ``tsa_refused`` when ``reply`` is not a ``TimeStampResp`` at all.
    """
    from asn1crypto import core, tsp

    try:
        info = tsp.PKIStatusInfo.load(core.Sequence.load(reply)[0].dump()).native
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise TsaFailure("tsa_refused", "malformed reply") from exc
    if info["status"] in ("granted", "granted_with_mods"):
        return None
    said = "; ".join([*(info["status_string"] or []), *(info["fail_info"] or [])])
    return f"{info['status']}" + (f" ({said})" if said else "")


@functools.cache
def _timestamper_class() -> type[TimeStamper]:
    from asn1crypto import tsp
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    class UrllibTimeStamper(TimeStamper):
        """pyHanko's time-stamper, carrying its requests with :func:`post`."""

        def __init__(self, url: str, timeout: float) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self.url = url
            self.timeout = timeout

        async def async_request_tsa_response(self, req: Any) -> Any:
            # Blocking on purpose: the loop is a private one (pades._run) with nothing
            # else to do while it waits.
            reply = post(self.url, req.dump(), self.timeout)
            why = refusal(reply)
            if why is not None:
                raise TsaFailure("tsa_refused", why)
            return tsp.TimeStampResp.load(reply)

        async def async_timestamp(self, message_digest: Any, md_algorithm: Any) -> Any:
            try:
                token = await super().async_timestamp(message_digest, md_algorithm)
                _ = token.native  # asn1crypto parses lazily: surface a malformed token now
            except TimestampRequestError as exc:  # a wrong nonce, for one
                raise TsaFailure("tsa_refused", str(exc)) from exc
            except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
                # A "granted" reply whose token is hollow (no TSTInfo): pyHanko itself
                # trips over it with an AttributeError before any check of ours.
                raise TsaFailure("tsa_refused", "malformed reply") from exc
            return token

    return UrllibTimeStamper


def timestamper(url: str, timeout: float) -> TimeStamper:
    """A pyHanko :class:`TimeStamper` asking the TSA at ``url`` (``timeout`` in seconds)."""
    factory: Any = _timestamper_class()
    stamper: TimeStamper = factory(url, timeout)
    return stamper
