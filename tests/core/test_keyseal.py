# SPDX-License-Identifier: GPL-3.0-or-later
"""Sealed private keys: a passphrase opens them, anything else (or any change) does not."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import pkcs12

from talagov.core import certificates, keyseal
from talagov.core.errors import UserError
from talagov.core.keyseal import TEST_KDF, seal, sealed_label, sealed_public_key, unseal
from talagov.core.signing import b64, new_private_key, unb64

PASSPHRASE = "cheval correct agrafe"
KEY = new_private_key()
SEALED = seal(KEY, PASSPHRASE, label="Zoé Martin", params=TEST_KDF)


def _same(a: Any, b: Any) -> bool:
    return bool(a.private_numbers() == b.private_numbers())


def _edit(data: bytes, change: Any) -> bytes:
    document = json.loads(data)
    change(document)
    return json.dumps(document).encode()


def _code(data: bytes, passphrase: str = PASSPHRASE) -> str:
    with pytest.raises(UserError) as caught:
        unseal(data, passphrase)
    return caught.value.code


def test_the_passphrase_opens_the_key() -> None:
    assert _same(unseal(SEALED, PASSPHRASE), KEY)


def test_the_file_documents_itself_and_hides_the_key() -> None:
    document = json.loads(SEALED)
    assert document["format"] == "talagov.sealed-key" and document["version"] == 1
    assert document["label"] == "Zoé Martin" and sealed_label(SEALED) == "Zoé Martin"
    assert document["kdf"]["name"] == "argon2id" and len(unb64(document["kdf"]["salt"])) == 16
    assert document["cipher"] == {"name": "aes-256-gcm", "nonce": document["cipher"]["nonce"]}
    assert len(unb64(document["cipher"]["nonce"])) == 12
    assert b"PRIVATE KEY" not in SEALED
    assert sealed_public_key(SEALED).public_numbers() == KEY.public_key().public_numbers()


def test_sealing_twice_gives_different_files() -> None:
    again = seal(KEY, PASSPHRASE, params=TEST_KDF)
    assert json.loads(again)["kdf"]["salt"] != json.loads(SEALED)["kdf"]["salt"]
    assert _same(unseal(again, PASSPHRASE), KEY)


def test_a_wrong_passphrase_is_refused() -> None:
    assert _code(SEALED, "cheval correct agrafé") == "keys.wrong_passphrase"


def test_the_passphrase_is_unicode_normalised() -> None:
    composed = "café crème brûlée"
    decomposed = "cafe\u0301 cre\u0300me bru\u0302le\u0301e"
    data = seal(KEY, composed, params=TEST_KDF)
    assert _same(unseal(data, decomposed), KEY)


def test_a_short_passphrase_is_refused_when_sealing() -> None:
    with pytest.raises(UserError) as caught:
        seal(KEY, "court", params=TEST_KDF)
    assert caught.value.code == "keys.passphrase_too_short"
    assert caught.value.params == {"min": keyseal.MIN_PASSPHRASE}


def _flip_b64(text: str) -> str:
    raw = bytearray(unb64(text))
    raw[len(raw) // 2] ^= 0x01
    return b64(bytes(raw))


@pytest.mark.parametrize("change", [
    lambda d: d.update(ciphertext=_flip_b64(d["ciphertext"])),
    lambda d: d["kdf"].update(salt=_flip_b64(d["kdf"]["salt"])),
    lambda d: d["cipher"].update(nonce=_flip_b64(d["cipher"]["nonce"])),
    lambda d: d.update(label="Someone else"),
    lambda d: d["kdf"].update(iterations=d["kdf"]["iterations"] + 1),
    lambda d: d["kdf"].update(memory_kib=d["kdf"]["memory_kib"] * 2),
], ids=["ciphertext", "salt", "nonce", "label", "iterations", "memory"])
def test_any_altered_byte_is_refused(change: Any) -> None:
    assert _code(_edit(SEALED, change)) == "keys.wrong_passphrase"


def test_another_public_key_in_the_header_is_refused() -> None:
    other = seal(new_private_key(), PASSPHRASE, params=TEST_KDF)
    swapped = _edit(SEALED, lambda d: d.update(public_key=json.loads(other)["public_key"]))
    assert _code(swapped) == "keys.wrong_passphrase"


def test_a_flipped_byte_of_the_public_key_is_refused() -> None:
    def flip(document: dict[str, Any]) -> None:
        pem = document["public_key"]
        lines = pem.splitlines()
        body = lines[1]
        lines[1] = body[:20] + ("A" if body[20] != "A" else "B") + body[21:]
        document["public_key"] = "\n".join(lines) + "\n"

    assert _code(_edit(SEALED, flip)) in {"keys.wrong_passphrase", "keys.not_a_key_file"}


@pytest.mark.parametrize("data", [
    b"\xff\xfe not utf-8",
    b"not json",
    b"[1, 2]",
    b'{"format": "talagov.ballot"}',
])
def test_what_is_not_a_key_file_says_so(data: bytes) -> None:
    assert _code(data) == "keys.not_a_key_file"


@pytest.mark.parametrize("change", [
    lambda d: d["kdf"].update(iterations=0),
    lambda d: d["kdf"].update(memory_kib=8),
    lambda d: d["kdf"].update(lanes=0),
    lambda d: d["kdf"].update(iterations=True),
    lambda d: d["kdf"].update(memory_kib=1 << 40),
    lambda d: d["kdf"].update(name="pbkdf2"),
    lambda d: d["cipher"].update(name="aes-128-cbc"),
    lambda d: d.update(version=2),
    lambda d: d.update(format="other"),
    lambda d: d.pop("public_key"),
    lambda d: d.update(extra=1),
    lambda d: d.update(ciphertext="***"),
    lambda d: d["kdf"].update(salt=b64(b"short")),
    lambda d: d.update(public_key="not a pem"),
], ids=["iterations0", "tiny-memory", "lanes0", "bool", "huge-memory", "kdf-name",
        "cipher-name", "version", "format", "missing", "extra", "base64", "salt-length", "pem"])
def test_weak_or_strange_parameters_are_not_a_key_file(change: Any) -> None:
    assert _code(_edit(SEALED, change)) == "keys.not_a_key_file"
    with pytest.raises(UserError):
        sealed_public_key(_edit(SEALED, change))


def test_seal_uses_the_default_cost_unless_told() -> None:
    kdf = json.loads(seal(KEY, PASSPHRASE))["kdf"]
    default = keyseal.DEFAULT_KDF
    assert (kdf["iterations"], kdf["memory_kib"], kdf["lanes"]) \
        == (default.iterations, default.memory_kib, default.lanes) == (3, 64 * 1024, 4)
    assert json.loads(SEALED)["kdf"]["memory_kib"] == TEST_KDF.memory_kib < default.memory_kib


def _pkcs12() -> tuple[bytes, Any, Any]:
    now = datetime(2026, 11, 1, 12, tzinfo=UTC)
    org_key = new_private_key()
    ca = certificates.organisation_certificate(org_key, name="Coop", now=now)
    cert = certificates.issue_member_certificate(org_key, ca, KEY.public_key(), member_id=7,
                                                 name="Zoé", now=now)
    return keyseal.to_pkcs12(KEY, cert, PASSPHRASE, name="Zoé", ca=ca, rounds=1000), cert, ca


def test_pkcs12_opens_with_the_passphrase_only() -> None:
    data, cert, ca = _pkcs12()
    loaded = pkcs12.load_pkcs12(data, PASSPHRASE.encode())
    assert loaded.key is not None and _same(loaded.key, KEY)
    assert loaded.cert is not None and loaded.cert.certificate == cert
    assert [c.certificate for c in loaded.additional_certs] == [ca]
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, None)
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(data, b"wrong passphrase")


def test_pkcs12_refuses_a_short_passphrase() -> None:
    _, cert, _ = _pkcs12()
    with pytest.raises(UserError):
        keyseal.to_pkcs12(KEY, cert, "court", name="x")


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_openssl_opens_the_pkcs12_file(tmp_path: Path) -> None:
    data, _, _ = _pkcs12()
    path = tmp_path / "key.p12"
    path.write_bytes(data)
    ok = subprocess.run(["openssl", "pkcs12", "-info", "-noout", "-in", str(path),
                         "-passin", f"pass:{PASSPHRASE}"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "AES-256-CBC" in ok.stderr and "SHA256" in ok.stderr
    bad = subprocess.run(["openssl", "pkcs12", "-info", "-noout", "-in", str(path),
                          "-passin", "pass:wrong passphrase"], capture_output=True, text=True)
    assert bad.returncode != 0
