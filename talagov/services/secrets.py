# SPDX-License-Identifier: GPL-3.0-or-later
"""The SMTP password in the operating system's secret store, through ``keyring``.

Where no usable store exists (a headless Linux without Secret Service, say) nothing is
kept: :func:`get_password` returns ``None`` and the password is asked at each sending.
It is never written to a file, the database or the settings, and never logged.
"""

from __future__ import annotations

from typing import Any

import keyring
from keyring.backends import chainer, fail
from keyring.errors import KeyringError

from talagov.core.errors import UserError

SERVICE = "TalaGov SMTP"


def _account(host: str, user: str) -> str:
    return f"{user}@{host}"


def _usable(backend: Any) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_usable(b) for b in backend.backends)
    # The null backend (priority -1) accepts everything and keeps nothing.
    return float(getattr(backend, "priority", 1)) > 0


def keyring_available() -> bool:
    """Whether a secret store that really keeps passwords is available."""
    try:
        return _usable(keyring.get_keyring())
    except Exception:  # a broken backend must not stop the application
        return False


def get_password(host: str, user: str) -> str | None:
    """The stored password of ``user`` on ``host``, or ``None`` (none, or no store)."""
    if not keyring_available():
        return None
    try:
        found = keyring.get_password(SERVICE, _account(host, user))
    except KeyringError:
        return None
    return found if isinstance(found, str) else None


def store_password(host: str, user: str, password: str) -> None:
    """Keep the password of ``user`` on ``host`` in the secret store.

    Raises:
        UserError: ``mail.no_keyring`` without a usable store; ``mail.keyring_failed``
            when the store refused (locked, say).
    """
    if not keyring_available():
        raise UserError("mail.no_keyring")
    try:
        keyring.set_password(SERVICE, _account(host, user), password)
    except KeyringError as exc:
        raise UserError("mail.keyring_failed", {"error": type(exc).__name__}) from None


def delete_password(host: str, user: str) -> None:
    """Forget the stored password (nothing happens when none is stored or no store)."""
    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, _account(host, user))
    except KeyringError:
        return
