# SPDX-License-Identifier: GPL-3.0-or-later
"""The SMTP password in the system keyring, or nowhere when there is none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from talagov.core.errors import UserError
from talagov.services import secrets


class MemoryKeyring(KeyringBackend):
    """A keyring keeping passwords in a dict, standing for the system's store."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("restore_keyring")
def test_password_is_stored_read_and_forgotten() -> None:
    store = MemoryKeyring()
    keyring.set_keyring(store)
    assert secrets.keyring_available()
    assert secrets.get_password("smtp.example.org", "ag") is None
    secrets.store_password("smtp.example.org", "ag", "s3cret")
    assert secrets.get_password("smtp.example.org", "ag") == "s3cret"
    assert secrets.get_password("smtp.example.org", "other") is None
    assert list(store.items.values()) == ["s3cret"]
    secrets.delete_password("smtp.example.org", "ag")
    assert secrets.get_password("smtp.example.org", "ag") is None


@pytest.mark.usefixtures("restore_keyring")
@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_usable_keyring_nothing_is_kept(backend: KeyringBackend) -> None:
    keyring.set_keyring(backend)
    assert not secrets.keyring_available()
    assert secrets.get_password("smtp.example.org", "ag") is None
    with pytest.raises(UserError, match="mail.no_keyring"):
        secrets.store_password("smtp.example.org", "ag", "s3cret")
    secrets.delete_password("smtp.example.org", "ag")  # harmless


@pytest.mark.usefixtures("restore_keyring")
def test_a_chainer_without_backends_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    empty = chainer.ChainerBackend()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(empty)
    assert not secrets.keyring_available()
